import { HONORIFICS } from '../lexicon/roles.js';
import { foldText } from '../normalize/fold.js';
import { trimChars } from '../normalize/trim.js';

const HONORIFIC_WORDS = new Set(HONORIFICS.map((h) => foldText(h)));
/** Letters that transliterations swap: غ/ج/ق for g, ك/ق for k, ت/ط, س/ص, ذ/ز, ه/ة. */
const TRANSLIT_CLASSES: Readonly<Record<string, string>> = { 'غ': 'ج', 'ق': 'ج', 'ك': 'ج', 'ط': 'ت', 'ص': 'س', 'ذ': 'ز', 'ظ': 'ز', 'ض': 'د', 'ث': 'س', 'ؤ': 'و', 'ئ': 'ي', 'ء': '' };
const PUNCT = /[^\p{L}\p{N}\s]/gu;

/** Removes leading honorifics and punctuation from a printed name. */
export function cleanName(name: string): string {
  // "#أفيغدور_ليبرمان" is a hashtag of the name
  const words = name.replace(/[«»"“”()#]/gu, '').replace(/_/gu, ' ').trim().split(/\s+/u);
  while (words.length > 1 && HONORIFIC_WORDS.has(foldText(words[0]!))) words.shift();
  return trimChars(words.join(' '), '،,.:');
}

/** The folded words of a name, with "عبد X" joined and # dropped. */
export function nameWords(name: string): string[] {
  const words = foldText(name).replace(PUNCT, ' ').replace(/_/gu, ' ').split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === 'عبد' || w === 'ابو' || w === 'بو') && i + 1 < words.length) {
      out.push(w + words[++i]);
    } else out.push(w);
  }
  return out;
}

const TRANSLIT_MEMO_LIMIT = 4096;

function translit(word: string, memo?: Map<string, string>): string {
  const known = memo?.get(word);
  if (known !== undefined) return known;
  const out = translitWord(word);
  if (memo && memo.size < TRANSLIT_MEMO_LIMIT) memo.set(word, out);
  return out;
}

function translitWord(word: string): string {
  let out = '';
  for (const ch of word) out += TRANSLIT_CLASSES[ch] ?? ch;
  return out.replace(/^ال+/u, '').replace(/(.)\1/gu, '$1');
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Whether two name words are one spelling: equal, or alike once transliteration letters are merged. */
export function sameWord(a: string, b: string, memo?: Map<string, string>): boolean {
  if (a === b) return true;
  const ta = translit(a, memo);
  const tb = translit(b, memo);
  if (ta === tb) return true;
  return Math.min(ta.length, tb.length) >= 4 && editDistanceAtMostOne(ta, tb);
}

function cachedWords(name: string, cache?: Map<string, string[]>): string[] {
  if (cache === undefined) return nameWords(name);
  let w = cache.get(name);
  if (w === undefined) {
    w = nameWords(name);
    cache.set(name, w);
  }
  return w;
}

/**
 * Whether two printed names can be one speaker: the same words, or the shorter's words all in the longer with
 * the same last word (family name), or a definite noun standing for an organisation ("الوزارة").
 */
export function sameSpeaker(a: string, b: string, memo: Map<string, string> = new Map(), words?: Map<string, string[]>): boolean {
  const x = cachedWords(a, words);
  const y = cachedWords(b, words);
  if (x.length === 0 || y.length === 0) return false;
  const [small, big] = x.length <= y.length ? [x, y] : [y, x];
  // "الوزارة" for "وزارة الداخلية التونسية"
  if (small.length === 1 && big.length > 1 && small[0] === 'ال' + big[0]) return true;
  // every other match needs the same last word (the family name): most pairs stop here
  const last = small[small.length - 1]!;
  if (!sameWord(last, big[big.length - 1]!, memo)) return false;
  if (small.length === big.length) return small.every((w, i) => sameWord(w, big[i]!, memo));
  return small.every((w) => big.some((v) => sameWord(v, w, memo)));
}

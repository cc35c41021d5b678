import { FIELD_ADJECTIVES, HONORIFICS, INSTITUTION_SYNONYMS, OFFICE_HONORIFICS, PRAISE_ADJECTIVES, RANK_ADJECTIVES } from '../lexicon/roles.js';
import { isKnownPlace } from '../metadata/known.js';
import { lineKey } from '../normalize/key.js';
import { foldText } from '../normalize/fold.js';
import { trimChars } from '../normalize/trim.js';
import { ALEF, LAM } from '../normalize/codes.js';
import { isRoleHead } from '../quotes/role-forms.js';

const HONORIFIC_WORDS = new Set(HONORIFICS.map((h) => foldText(h)));
const OFFICE_WORDS: ReadonlySet<string> = new Set(OFFICE_HONORIFICS.map(foldText));
/** Each synonym's folded form → the first name of its body. */
const INSTITUTION_OF: ReadonlyMap<string, string> = new Map(INSTITUTION_SYNONYMS.flatMap((names) => names.map((n) => [foldText(n), foldText(names[0]!)] as [string, string])));
/** Letters that transliterations swap: غ/ج/ق for g, ك/ق for k, ت/ط, س/ص, ذ/ز, ه/ة. */
const TRANSLIT_CLASSES: Readonly<Record<string, string>> = { 'غ': 'ج', 'ق': 'ج', 'ك': 'ج', 'ط': 'ت', 'ص': 'س', 'ذ': 'ز', 'ظ': 'ز', 'ض': 'د', 'ث': 'س', 'ؤ': 'و', 'ئ': 'ي', 'ء': '' };
const NAME_WORD = /[\p{L}\p{N}]+/gu;

/** Removes leading honorifics and punctuation from a printed name. */
export function cleanName(name: string): string {
  // "#أفيغدور_ليبرمان" is a hashtag of the name
  const words = name.replace(/[«»"“”()#]/gu, '').replace(/_/gu, ' ').trim().split(/\s+/u);
  while (words.length > 1 && HONORIFIC_WORDS.has(foldText(words[0]!)) && !titleStays(words)) words.shift();
  return trimChars(words.join(' '), '،,.:');
}

/**
 * Whether an honorific and what follows it are a title with no name after: "المستشار الألماني", "العقيد المتقاعد",
 * "المستشار القانوني للوزارة" (an office's honorific, what describes it, at most an office's genitive), "الشيخ الجليل".
 */
function titleStays(words: readonly string[]): boolean {
  return (words.length === 2 && PRAISE_KEYS.has(lineKey(words[1]!))) || isOfficeTitle(words);
}

/** "المستشار الألماني", "المستشار القانوني للوزارة", "العقيد المتقاعد": an office's honorific and what describes it, a title. */
export function isOfficeTitle(words: readonly string[]): boolean {
  if (words.length < 2 || !OFFICE_WORDS.has(foldText(words[0]!)) || !describesTitle(words[1]!)) return false;
  return words.length === 2 || (words.length === 3 && OFFICE_GENITIVE.test(words[2]!));
}
/** "للوزارة", "للرئيس", "لشؤون": whose office ("ل" and a definite noun, or "لشؤون"). */
const OFFICE_GENITIVE = /^(?:لل|لشؤون$|لشئون$)/u;
const PRAISE_KEYS: ReadonlySet<string> = new Set(PRAISE_ADJECTIVES.map(lineKey));

/** "الألماني" (a known place's nisba: ألمانيا), "المتقاعد", "السابق": a word describing a title after an office's honorific. */
function describesTitle(word: string): boolean {
  const key = lineKey(word);
  if (RANK_ADJECTIVE_KEYS.has(key) || FIELD_KEYS.has(key) || (key.endsWith('يه') && FIELD_KEYS.has(key.slice(0, -1)))) return true;
  const nisba = DEFINITE_NISBA.exec(key);
  const stem = nisba?.[1];
  // ("مصر", "فرنسا", "الأردن", "ألمانيا", "السعودية")
  return stem !== undefined && [stem, `${stem}ا`, `ال${stem}`, `${stem}يا`, `ال${stem}يه`].some(isKnownPlace);
}
/** "ال", a place's stem, then "ي" or "يه" (a key): "الالماني" → "المان" (ألمانيا), "الفرنسي" → "فرنس" (فرنسا). */
const DEFINITE_NISBA = /^ال(\p{L}{2,})(?:ي|يه)$/u;
const RANK_ADJECTIVE_KEYS: ReadonlySet<string> = new Set(RANK_ADJECTIVES.map(lineKey));
const FIELD_KEYS: ReadonlySet<string> = new Set(FIELD_ADJECTIVES.map(lineKey));

/** "عبد", "أبو", "بو", "بن", "ابن" (folded): joined to the word after them, as names are printed either way. */
const JOINED_TO_NEXT = new Set(['عبد', 'ابو', 'بو', 'بن']);

/** The folded words of a name, with "عبد X" and "بن X" joined ("ابن كيران", "بن كيران", "بنكيران" alike) and # dropped. */
export function nameWords(name: string): string[] {
  // letters and digits between anything else: punctuation, "#" and "_" separate words like spaces
  const words = foldText(name).match(NAME_WORD) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] === 'ابن' ? 'بن' : words[i]!;
    if (JOINED_TO_NEXT.has(w) && i + 1 < words.length) {
      out.push(w + words[++i]);
    } else out.push(w);
  }
  return out;
}

/** Transliteration classes per UTF-16 unit: the class letter, DROP_UNIT for hamza, or 0 to keep the unit. */
const DROP_UNIT = 0xffff;
const TRANSLIT_UNITS: ReadonlyMap<number, number> = new Map(
  Object.entries(TRANSLIT_CLASSES).map(([from, to]) => [from.charCodeAt(0), to === '' ? DROP_UNIT : to.charCodeAt(0)]),
);

/** The transliteration key of a folded word: letter classes merged, leading ال dropped, doubled letters single. */
export function translitWord(word: string): string {
  let merged = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const to = TRANSLIT_UNITS.get(c);
    if (to === undefined) merged += word[i];
    else if (to !== DROP_UNIT) merged += String.fromCharCode(to);
  }
  // "^ال+": an alef and every lam after it
  let s = 0;
  if (merged.charCodeAt(0) === ALEF && merged.charCodeAt(1) === LAM) {
    s = 2;
    while (merged.charCodeAt(s) === LAM) s++;
  }
  // "(.)\1" → "$1", left to right without overlap, by code point ("." never takes a line break)
  let out = '';
  for (let i = s; i < merged.length; ) {
    const cp = merged.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const next = merged.codePointAt(i + width);
    out += merged.slice(i, i + width);
    i += next === cp && !LINE_BREAKS.has(cp) ? 2 * width : width;
  }
  return out;
}
const LINE_BREAKS = new Set([0x0a, 0x0d, 0x2028, 0x2029]);

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
export function sameWord(a: string, b: string): boolean {
  return a === b || sameTranslit(translitWord(a), translitWord(b));
}

function sameTranslit(ta: string, tb: string): boolean {
  return ta === tb || (Math.min(ta.length, tb.length) >= 4 && editDistanceAtMostOne(ta, tb));
}

/** A printed name's folded words and their transliteration keys, worked out once per name and article. */
export interface NameShape {
  words: string[];
  keys: string[];
}
export type NameShapes = Map<string, NameShape>;

function shapeOf(name: string, shapes?: NameShapes): NameShape {
  let shape = shapes?.get(name);
  if (shape === undefined) {
    const words = nameWords(name);
    shape = { words, keys: words.map(translitWord) };
    shapes?.set(name, shape);
  }
  return shape;
}

/** Number of words of a printed name ("عبد الله" counts once). */
export function wordCount(name: string, shapes?: NameShapes): number {
  return shapeOf(name, shapes).words.length;
}

function sameAt(x: NameShape, i: number, y: NameShape, j: number): boolean {
  return x.words[i] === y.words[j] || sameTranslit(x.keys[i]!, y.keys[j]!);
}

/** "بن", "ولد": a father's name follows them in a lineage, folded. */
const LINEAGE: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ولد']);

/** "الله", folded: the last word of compound names ("عبد الله", "نصر الله"), never a family name by itself. */
const GOD = 'الله';

/**
 * Whether two printed names can be one speaker: the same words, or the shorter's words all in the longer with
 * the same last word (family name), or a definite noun standing for an organisation ("الوزارة").
 * `shapes` keeps each name's words between calls.
 */
export function sameSpeaker(a: string, b: string, shapes?: NameShapes): boolean {
  const x = shapeOf(a, shapes);
  const y = shapeOf(b, shapes);
  if (x.words.length === 0 || y.words.length === 0) return false;
  const [small, big] = x.words.length <= y.words.length ? [x, y] : [y, x];
  const n = small.words.length;
  const m = big.words.length;
  // "الوزارة" for "وزارة الداخلية التونسية"
  if (n === 1 && m > 1 && small.words[0] === 'ال' + big.words[0]) return true;
  // "النيابة" for "الادعاء في البحرين": two names of one institution
  const body = INSTITUTION_OF.get(small.words[0]!);
  if (n === 1 && body !== undefined && body === INSTITUTION_OF.get(big.words[0]!)) return true;
  // "الائتلاف" for "الائتلاف الوطني السوري المعارض": the definite head alone (printed with ال, not "آلاء" or "إلياس")
  if (n === 1 && m > 1 && small.words[0] === big.words[0] && (small === x ? a : b).startsWith('ال')) return true;
  // every other match needs the same last word (the family name): most pairs stop here
  if (!sameAt(small, n - 1, big, m - 1)) return false;
  // "الله" alone is no one's family name ("رسول الله", "عبد الله"), and one word of "نصر الله" is not the family
  if (small.words[n - 1] === GOD && (n === 1 || !sameAt(small, n - 2, big, m - 2))) return false;
  // "المدير العام لأوبر" (a person known by a title) is not "أوبر" (the company in its genitive)
  if (isRoleHead(small.words[0]!) !== isRoleHead(big.words[0]!)) return false;
  if (n === m) {
    for (let i = 0; i < n; i++) if (!sameAt(small, i, big, i)) return false;
    return true;
  }
  // "محمد الأمين" is not "محمد أحمد ولد محمد الأمين": a name of two words or more after ولد or بن in the longer one
  // is the father's
  if (n >= 2 && LINEAGE.has(big.words[m - n - 1]!)) {
    let tail = true;
    for (let i = 0; i < n && tail; i++) tail = sameAt(small, i, big, m - n + i);
    if (tail) return false;
  }
  for (let i = 0; i < n; i++) {
    let found = false;
    for (let j = 0; j < m && !found; j++) found = sameAt(big, j, small, i);
    if (!found) return false;
  }
  return true;
}

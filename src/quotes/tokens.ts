import { fold, type Folded } from '../normalize/fold.js';
import { isWordUnit } from '../normalize/key.js';
import { cueOf, type CueInfo } from './cue-index.js';

/** A word of a paragraph: its folded form and where it stands in the verbatim paragraph. */
export interface Token {
  /** Folded form, for matching. */
  norm: string;
  start: number;
  end: number;
  /** Punctuation right after the word (",", "،", ":", "."), or '' when only space follows. */
  after: string;
  /** True when the printed word carries the article ال (not a name like "إليزابيث" that folds to "ال…"). */
  definite: boolean;
  /** The word as a strict speech cue (decided once here), or null. */
  cue: CueInfo | null;
}

const ALEF = 0x0627;
const LAM = 0x0644;
/** Prefix letters that may stand before the article: و ف ب ك ل. */
const ARTICLE_PREFIXES = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644]);

function isMark(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f);
}

/** Whether the printed word starts with ال or لل (after an optional و/ف/ب/ك/ل), diacritics skipped. */
function printedArticle(text: string, start: number, end: number): boolean {
  const letters: number[] = [];
  for (let i = start; i < end && letters.length < 3; i++) {
    const c = text.charCodeAt(i);
    if (!isMark(c)) letters.push(c);
  }
  const [a, b, c] = letters;
  if ((a === ALEF && b === LAM) || (a === LAM && b === LAM)) return true;
  return a !== undefined && ARTICLE_PREFIXES.has(a) && b === ALEF && c === LAM;
}

/** A word; a dot joins only a short or Latin tail ("العربية.نت", "U.S"), never two Arabic words ("الآن.وقال"). */
const WORD = /[\p{L}\p{N}#_]+(?:[.'’](?:نت|[\p{Script=Latin}\p{N}]+)(?![\p{L}\p{N}]))*/gu;

/** Tokenises a paragraph on its folded copy, with verbatim offsets. */
export function tokenize(text: string): Token[] {
  const folded: Folded = fold(text);
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  const f = folded.text;
  for (let m = WORD.exec(f); m !== null; m = WORD.exec(f)) {
    const fs = m.index;
    const fe = fs + m[0].length;
    let k = fe;
    let after = '';
    while (k < f.length) {
      const c = f.charCodeAt(k);
      if (isWordUnit(c) || c === 35) break;
      if (c > 32 && c !== 0xa0) after += f[k];
      k++;
    }
    const start = folded.map[fs]!;
    const end = folded.map[fe - 1]! + 1;
    tokens.push({ norm: m[0], start, end, after, definite: printedArticle(text, start, end), cue: cueOf(m[0], true) });
  }
  return tokens;
}

/** Index of the first token that starts at or after a verbatim offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

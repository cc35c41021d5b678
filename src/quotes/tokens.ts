import { fold, type Folded } from '../normalize/fold.js';
import { isWordUnit } from '../normalize/key.js';

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
}

const PRINTED_ARTICLE = /^[\u0640\u064B-\u065F]*(?:[وفبكل][\u064B-\u065F]*)?(?:ال|لل)/u;

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
    tokens.push({ norm: m[0], start, end, after, definite: PRINTED_ARTICLE.test(text.slice(start, end)) });
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

/**
 * What the two equivalence tests of `withChangedTokens` (test/property.test.ts over generated words, test/shared.test.ts
 * over every corpus line) share: the token fields compared, and each glued ل of a text changed as
 * `readUngluedMention` changes it.
 */

import { withChangedTokens, tokenize, type Token } from '../src/quotes/tokens.js';

/** The fields a reader sees on a token (its memo is filled in as the readers ask, so it is left out). */
export function tokenFields(t: Token): unknown[] {
  return [t.norm, t.start, t.end, t.after, t.definite, t.cue, t.loose, t.role];
}

/**
 * For each token of `text` that opens on ل: the fields `withChangedTokens` lets a reader see with that ل changed
 * ("ل" made a space, "لل" made "ال"), and the fields of the changed text tokenized whole, which they must equal.
 */
export function gluedLamReads(text: string, tokens: readonly Token[]): { seen: unknown[][]; whole: unknown[][] }[] {
  const reads: { seen: unknown[][]; whole: unknown[][] }[] = [];
  tokens.forEach((t, g) => {
    if (t.norm.charCodeAt(0) !== 0x0644) return;
    const changed = `${text.slice(0, t.start)}${t.norm.startsWith('لل') ? 'ا' : ' '}${text.slice(t.start + 1)}`;
    reads.push({ seen: withChangedTokens(tokens, changed, g, (read) => read.map(tokenFields)), whole: tokenize(changed).map(tokenFields) });
  });
  return reads;
}

/**
 * A quick "maybe" test for a fixed set of folded words: one bit per word hash in a 128 kB bitmap (about 1%
 * false positives for 10,000 words). Most words of a paragraph are turned away by a few multiplications
 * and one array read, before a Set or Map lookup. Never says no to a word of the set.
 */
export type WordFilter = (word: string) => boolean;

const BITS = 1 << 20;

/** FNV-1a over the UTF-16 units. */
function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (BITS - 1);
}

/** Builds the filter of a word list (empty words are never matched). */
export function wordFilter(words: Iterable<string>): WordFilter {
  const bits = new Uint8Array(BITS >> 3);
  for (const w of words) {
    if (w === '') continue;
    const h = shapeHash(w);
    bits[h >> 3]! |= 1 << (h & 7);
  }
  return (word) => {
    if (word === '') return false;
    const h = shapeHash(word);
    return (bits[h >> 3]! & (1 << (h & 7))) !== 0;
  };
}

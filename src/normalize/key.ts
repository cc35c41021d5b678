import { foldUnit, unitBuffer, unitsToString } from './fold.js';

/** Letters and digits of the Basic Multilingual Plane, one flag per UTF-16 unit. Built once; never changed. */
const WORD_UNIT: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (word.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table;
})();

const SPACE = 32;

/** Whether a UTF-16 unit is a letter or a digit (surrogates count as neither). */
export function isWordUnit(code: number): boolean {
  return WORD_UNIT[code] === 1;
}

/** A line's comparison key: folded, punctuation and symbols as single spaces, trimmed. One pass. */
export function lineKey(line: string): string {
  const n = line.length;
  const units = unitBuffer(n);
  let k = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const f = foldUnit(line.charCodeAt(i));
    if (f === 0) continue;
    if (WORD_UNIT[f] === 1) {
      if (gap && k > 0) units[k++] = SPACE;
      gap = false;
      units[k++] = f;
    } else gap = true;
  }
  return unitsToString(units, k);
}

/** Number of words in a key (single spaces between words), counted without splitting. */
export function keyWords(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === SPACE) n++;
  return n;
}

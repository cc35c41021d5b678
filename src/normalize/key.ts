import { ALEF, LAM, SPACE } from './codes.js';
import { foldUnit, LAM_ALEF, unitBuffer, unitsToString } from './fold.js';

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


/** Whether a UTF-16 unit is a letter or a digit (surrogates count as neither). */
export function isWordUnit(code: number): boolean {
  return WORD_UNIT[code] === 1;
}

const DROPPED = 0;
const GAP = 1;
/** A unit's lower case when that is one unit of the Basic Multilingual Plane ("É" → "é"; not "İ"). */
function lowerUnit(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/** Per UTF-16 unit: its folded, lower-cased letter or digit, DROPPED (diacritics, tatweel) or GAP (anything else). */
const KEY_UNIT: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = foldUnit(c);
    table[c] = f === 0 ? DROPPED : f === LAM_ALEF ? LAM_ALEF : WORD_UNIT[f] === 1 ? lowerUnit(f) : GAP;
  }
  return table;
})();

/** A line's key and its number of words (see `lineKey`). */
export interface KeyedLine {
  key: string;
  words: number;
}

/** Words of the key `writeKey` wrote last. */
let counted = 0;

/** Writes a line's key into a buffer and returns its length; its word count is left in `counted`. */
function writeKey(line: string, units: Uint16Array): number {
  const n = line.length;
  let k = 0;
  let gap = false;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const f = KEY_UNIT[line.charCodeAt(i)]!;
    if (f > GAP) {
      if (gap && k > 0) {
        units[k++] = SPACE;
        spaces++;
      }
      gap = false;
      // (a lam-alef ligature: two letters)
      if (f === LAM_ALEF) {
        units[k++] = LAM;
        units[k++] = ALEF;
      } else units[k++] = f;
    } else if (f === GAP) gap = true;
  }
  counted = k === 0 ? 0 : spaces + 1;
  return k;
}

/** A line's comparison key: folded, lower case, punctuation and symbols as single spaces, trimmed. One pass. */
export function lineKey(line: string): string {
  const units = unitBuffer(2 * line.length);
  return unitsToString(units, writeKey(line, units));
}

/** A line's key with its word count (`keyWords(lineKey(line))`), counted in the same pass. */
export function keyedLine(line: string): KeyedLine {
  const units = unitBuffer(2 * line.length);
  const key = unitsToString(units, writeKey(line, units));
  return { key, words: counted };
}

/** Number of words in a key (single spaces between words), counted without splitting. */
export function keyWords(key: string): number {
  if (key === '') return 0;
  return spaceCount(key) + 1;
}

/** Whether a key holds a word or phrase between spaces or the ends (every occurrence tried), without splitting it. */
export function hasWord(key: string, word: string): boolean {
  for (let i = key.indexOf(word); i >= 0; i = key.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || key.charCodeAt(i - 1) === SPACE) && (end === key.length || key.charCodeAt(end) === SPACE)) return true;
  }
  return false;
}

/** Number of U+0020 spaces in a text, stopping at `limit` (indexOf runs faster than a loop over the units). */
export function spaceCount(text: string, limit = Infinity): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0 && n < limit; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;

/**
 * UTF-16 units of the character at `i` when it is in a class: 1 when `table` flags its unit (Basic
 * Multilingual Plane), 2 for a code point beyond it that `astral` accepts ("𝐀"), 0 otherwise or past the end.
 * A lone surrogate is never in the class.
 */
export function unitsInClass(text: string, i: number, table: Uint8Array, astral: RegExp): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (table[c] === 1) return 1;
  if (c < 0xd800 || c > 0xdbff) return 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && astral.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** UTF-16 units of the letter or digit at `i` (see `unitsInClass`). */
export function wordUnitsAt(text: string, i: number): number {
  return unitsInClass(text, i, WORD_UNIT, ASTRAL_WORD);
}

/** Number of runs of letters and digits (as `text.match(/[\p{L}\p{N}]+/gu).length`), without building them. */
export function wordRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; ) {
    const units = wordUnitsAt(text, i);
    if (units > 0 && !inRun) runs++;
    inRun = units > 0;
    i += units > 0 ? units : 1;
  }
  return runs;
}

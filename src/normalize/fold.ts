import { ALEF, LAM } from './codes.js';

/**
 * The matching copy of a text: alef forms → ا, ى → ي, ة → ه, no tatweel or diacritics, Western digits,
 * Persian letter forms → Arabic, presentation forms (old PDFs' and legacy pages' "ﺍﻟﺮﺋﻴﺴﻴﺔ") → the letters they
 * stand for, Latin lowercased. Matching runs on it; `map` leads every folded index back to the verbatim text.
 */
export interface Folded {
  text: string;
  /** `map[i]` is the index in the source of folded character `i`; `map[text.length]` is the source length. */
  map: Int32Array;
}

const DROP = 0;
/** What `FOLD_TABLE` holds for a lam-alef ligature ("ﻻ"), which folds to ل and ا (U+FFFF, a noncharacter, folds to nothing). */
export const LAM_ALEF = 0xffff;
const SPACE_UNIT = 0x20;
const TATWEEL = 0x0640;
const LETTER_MAP: ReadonlyArray<[string, string]> = [
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ی', 'ي'], ['ک', 'ك'], ['ۀ', 'ه'], ['ە', 'ه'],
];

/** Diacritics (harakat, Quranic marks) and tatweel: dropped from the matching copy. */
function isDropped(code: number): boolean {
  return (
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}

/** One table lookup per UTF-16 unit: the folded unit, or 0 to drop it. Built once; never changed. */
const FOLD_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 1; c < 0x10000; c++) table[c] = isDropped(c) ? DROP : c;
  for (const [from, to] of LETTER_MAP) table[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let d = 0; d < 10; d++) {
    table[0x0660 + d] = 48 + d;
    table[0x06f0 + d] = 48 + d;
  }
  for (let c = 65; c <= 90; c++) table[c] = c + 32;
  // presentation forms: each letter's isolated, initial, medial and final shapes fold as the letter does; a diacritic's
  // shapes drop; lam-alef ligatures fold to two units (marked here, written by the folders)
  table[LAM_ALEF] = DROP;
  for (let c = 0xfb50; c <= 0xfeff; c++) {
    if (c >= 0xfe00 && c < 0xfe70) continue;
    const n = String.fromCharCode(c).normalize('NFKC');
    if (n.length === 1 && n.charCodeAt(0) !== c) table[c] = table[n.charCodeAt(0)]!;
    else if (n.length === 2 && table[n.charCodeAt(0)] === LAM && table[n.charCodeAt(1)] === ALEF) table[c] = LAM_ALEF;
    else if (n.length === 2 && (n.charCodeAt(0) === SPACE_UNIT || n.charCodeAt(0) === TATWEEL) && isDropped(n.charCodeAt(1))) table[c] = DROP;
  }
  return table;
})();

const CHUNK = 8192;

/** Node's Buffer decodes UTF-16 about ten times faster than `String.fromCharCode.apply` and keeps lone surrogates. */
interface Utf16Buffer {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'utf16le'): string };
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const NODE_BUFFER = LITTLE_ENDIAN ? (globalThis as { Buffer?: Utf16Buffer }).Buffer : undefined;
const UTF16 = new TextDecoder('utf-16le');
const DECODER_MIN = 64;
const SHORT_STRING = 8;

/** Turns UTF-16 units into a string: Buffer under Node, else TextDecoder (fromCharCode around surrogates). */
export function unitsToString(units: Uint16Array, length: number): string {
  // a few units are quicker joined one by one than through a Buffer
  if (length <= SHORT_STRING) {
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(units[i]!);
    return out;
  }
  if (NODE_BUFFER !== undefined) return NODE_BUFFER.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
  if (length >= DECODER_MIN && !hasSurrogate(units, length)) return UTF16.decode(units.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i += CHUNK) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return out;
}

function hasSurrogate(units: Uint16Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (units[i]! >= 0xd800 && units[i]! <= 0xdfff) return true;
  return false;
}

/** Texts up to this length are folded in one reused buffer; longer ones get their own (not kept alive). */
const SCRATCH_MAX = 1 << 16;
let scratch = new Uint16Array(1024);

/**
 * A buffer of at least `n` UTF-16 units for building a string that is decoded before the next call. Reused
 * for ordinary lengths: allocating a typed array per line cost more than folding it. Safe because every
 * caller decodes synchronously before anything else folds.
 */
export function unitBuffer(n: number): Uint16Array {
  if (n > SCRATCH_MAX) return new Uint16Array(n);
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/** Folds a text for matching and keeps the offset map. Linear in the length of the text. */
export function fold(source: string): Folded {
  const folded = foldTransient(source);
  return { text: folded.text, map: folded.map.slice() };
}

let scratchMap = new Int32Array(1024);

/**
 * Like `fold`, but the map is a view of a buffer that the next call overwrites: for callers that read the
 * offsets at once (the tokenizer). Saves allocating a typed array per paragraph, which cost more than folding.
 */
export function foldTransient(source: string): Folded {
  const n = source.length;
  // (a ligature folds to two units: room for twice the source)
  const units = unitBuffer(2 * n);
  let map = scratchMap;
  if (2 * n + 1 > SCRATCH_MAX) map = new Int32Array(2 * n + 1);
  else if (map.length < 2 * n + 1) map = scratchMap = new Int32Array(Math.max(2 * n + 1, map.length * 2));
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = FOLD_TABLE[source.charCodeAt(i)]!;
    if (f === DROP) continue;
    if (f === LAM_ALEF) {
      units[k] = LAM;
      map[k++] = i;
      units[k] = ALEF;
    } else units[k] = f;
    map[k++] = i;
  }
  map[k] = n;
  return { text: unitsToString(units, k), map: map.subarray(0, k + 1) };
}

/** Folds without keeping offsets: for lexicon entries and comparisons. */
export function foldText(source: string): string {
  const n = source.length;
  const units = unitBuffer(2 * n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = FOLD_TABLE[source.charCodeAt(i)]!;
    if (f === LAM_ALEF) {
      units[k++] = LAM;
      units[k++] = ALEF;
    } else if (f !== DROP) units[k++] = f;
  }
  return unitsToString(units, k);
}

/** The folded unit of one UTF-16 unit (0 when it is dropped, `LAM_ALEF` for a lam-alef ligature). */
export function foldUnit(code: number): number {
  return FOLD_TABLE[code]!;
}

/** Maps a folded [start, end) range back to the verbatim source. */
export function toSource(folded: Folded, start: number, end: number): [number, number] {
  const s = folded.map[Math.min(start, folded.map.length - 1)]!;
  const e = end >= folded.map.length - 1 ? folded.map[folded.map.length - 1]! : folded.map[end - 1]! + 1;
  return [s, Math.max(s, e)];
}

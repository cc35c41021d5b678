import { isWordUnit } from './key.js';

const OTHER = 0;
const LETTER = 1;
const ARABIC = 2;

function isArabicBlock(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** Per UTF-16 unit: OTHER (not a letter, or a digit), LETTER, or ARABIC (a letter of the Arabic blocks). */
const LETTER_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (!isWordUnit(c) || isDigit(c)) continue;
    table[c] = isArabicBlock(c) ? ARABIC : LETTER;
  }
  return table;
})();

/** Letters of a text (digits left out) and how many of them are Arabic: one table read per unit. */
export function letterCounts(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const k = LETTER_CLASS[text.charCodeAt(i)]!;
    if (k === OTHER) continue;
    letters++;
    if (k === ARABIC) arabic++;
  }
  return { letters, arabic };
}

/**
 * Whether at least `minArabic` letters are Arabic and they make at least `minShare` of all letters. Stops as
 * soon as the rest of the text cannot change the answer to "no" (even if every unit left were a Latin letter).
 */
export function isMostlyArabic(text: string, minArabic: number, minShare: number): boolean {
  let letters = 0;
  let arabic = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const k = LETTER_CLASS[text.charCodeAt(i)]!;
    if (k === OTHER) continue;
    letters++;
    if (k === ARABIC) {
      arabic++;
      if (arabic >= minArabic && arabic >= minShare * (letters + n - 1 - i)) return true;
    }
  }
  return arabic >= minArabic && arabic / Math.max(1, letters) >= minShare;
}

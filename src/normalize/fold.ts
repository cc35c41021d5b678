/**
 * The matching copy of a text: alef forms → ا, ى → ي, ة → ه, no tatweel or diacritics, Western digits,
 * Persian letter forms → Arabic, Latin lowercased. Matching runs on it; `map` leads every folded index back
 * to the verbatim text.
 */
export interface Folded {
  text: string;
  /** `map[i]` is the index in the source of folded character `i`; `map[text.length]` is the source length. */
  map: Int32Array;
}

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

const LETTER_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك', 'ۀ': 'ه', 'ە': 'ه',
};

function foldChar(ch: string): string {
  const mapped = LETTER_MAP[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return ch;
}

/** Folds a text for matching and keeps the offset map. Linear in the length of the text. */
export function fold(source: string): Folded {
  const out: string[] = [];
  const map = new Int32Array(source.length + 1);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (isDropped(ch.charCodeAt(0))) continue;
    out.push(foldChar(ch));
    map[n++] = i;
  }
  map[n] = source.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/** Folds without keeping offsets: for lexicon entries and comparisons. */
export function foldText(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (!isDropped(ch.charCodeAt(0))) out += foldChar(ch);
  }
  return out;
}

/** Maps a folded [start, end) range back to the verbatim source. */
export function toSource(folded: Folded, start: number, end: number): [number, number] {
  const s = folded.map[Math.min(start, folded.map.length - 1)]!;
  const e = end >= folded.map.length - 1 ? folded.map[folded.map.length - 1]! : folded.map[end - 1]! + 1;
  return [s, Math.max(s, e)];
}

/** Converts Arabic-Indic and Persian digits to Western digits (lengths unchanged). */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

import { collapseSpaces } from '../normalize/clean.js';
import { SPACE } from '../normalize/codes.js';

/** One input line, or one paragraph of a line that packed several; whitespace collapsed. */
export interface Segment {
  text: string;
  /** True when a blank line came right before this segment. */
  afterBlank: boolean;
  /** True for an aggregator ticker: several short headlines joined on one line by wide gaps. */
  ticker: boolean;
  /** True for a piece of an input line that wide gaps or packed paragraphs split: its ends are not the line's. */
  piece?: boolean;
}

/** Runs of four or more spaces or tabs: aggregator tickers join headlines this way. */
const WIDE_GAP = / {4,}|\t+/;
const SENTENCE_END = /[.!?؟…]["»”']?$/;
const TICKER_MIN_PIECES = 3;
const TICKER_MAX_WORDS = 16;

function wordCount(text: string): number {
  return text.split(' ').length;
}

function isTicker(pieces: string[]): boolean {
  return (
    pieces.length >= TICKER_MIN_PIECES &&
    pieces.every((p) => wordCount(p) <= TICKER_MAX_WORDS && !SENTENCE_END.test(p))
  );
}

function tidy(pieces: string[]): string[] {
  return pieces.map(collapseSpaces).filter((p) => p !== '');
}

const NBSP = '\u00A0';
/** A paragraph's pieces between wide gaps; most have no gap and skip the split. */
function gapPieces(paragraph: string): string[] {
  if (paragraph.indexOf('\t') < 0 && paragraph.indexOf('    ') < 0) {
    const piece = collapseSpaces(paragraph);
    return piece === '' ? [] : [piece];
  }
  return tidy(paragraph.split(WIDE_GAP));
}

/**
 * Per UTF-16 unit: 1 for U+0020, 2 for a control or any other whitespace. `\s` is the whitespace `trim`
 * removes, and holds every space the collapsing and splitting patterns look for.
 */
const SPACE_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const whitespace = /\s/u;
  for (let c = 0; c < 0x10000; c++) if (c < SPACE || (c !== SPACE && whitespace.test(String.fromCharCode(c)))) table[c] = 2;
  table[SPACE] = 1;
  return table;
})();

/**
 * Whether a line is already one tidy segment: not empty, no space at either end, no two spaces in a row, and
 * no tab, control or other whitespace (so no packed paragraphs, no wide gaps, nothing to collapse or trim).
 * One scan; most lines pass and skip the splits below.
 */
function isTidy(line: string): boolean {
  const n = line.length;
  if (n === 0 || line.charCodeAt(0) === SPACE || line.charCodeAt(n - 1) === SPACE) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const kind = SPACE_CLASS[line.charCodeAt(i)]!;
    if (kind === 2 || (kind === 1 && prev === 1)) return false;
    prev = kind;
  }
  return true;
}

/** A paragraph break packed into a line, captured when splitting: " \u00A0 " or a run of NBSP. */
const INLINE_BREAK_GROUPED = /( \u00A0+ |\u00A0{2,})/;
const SPACE_CODE = 0x20;
/** The end of a sentence before a break, closing marks after it allowed. */
const ENDS_SENTENCE = /[.!?؟…:]["»”')]*\s*$/u;

/**
 * The paragraphs packed into one line. A run of NBSP with no space around it parts paragraphs only after a
 * sentence's end (or at the line's start): "كيه سانثوش\u00A0\u00A0لرويترز «…»" is one sentence.
 */
function packedParagraphs(raw: string): string[] {
  const parts = raw.split(INLINE_BREAK_GROUPED);
  const out: string[] = [parts[0]!];
  for (let k = 1; k < parts.length; k += 2) {
    const sep = parts[k]!;
    const next = parts[k + 1]!;
    const prev = out[out.length - 1]!;
    if (sep.charCodeAt(0) !== SPACE_CODE && prev.trim() !== '' && !ENDS_SENTENCE.test(prev)) out[out.length - 1] = `${prev} ${next}`;
    else out.push(next);
  }
  return out;
}

/** Quote marks that open, close, or both (straight quotes). */
const OPENING = '«“';
const CLOSING = '»”';
const STRAIGHT = '"';

/** Opening marks left open at the end of a line: «/» and “/” counted apart, an odd run of straight quotes as one. */
function openQuotes(text: string): number {
  let open = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPENING.includes(c)) open++;
    else if (CLOSING.includes(c)) open = Math.max(0, open - 1);
    else if (c === STRAIGHT) straight++;
  }
  return open + (straight % 2);
}

/** Whether a line's first quote mark closes one (a straight quote counts when the line holds an odd number of them). */
function closesFirst(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (CLOSING.includes(c)) return true;
    if (OPENING.includes(c)) return false;
    if (c === STRAIGHT) return text.split(STRAIGHT).length % 2 === 0;
  }
  return false;
}

/** Whether any quote mark stands in a text (most lines hold none and skip the counting). */
const ANY_MARK = /[«»“”"]/u;

/**
 * "« عنوان السابق", "عنوان التالي »": a post navigation's title behind a guillemet set apart from it as an arrow, the
 * other one nowhere (a quote's guillemets hug its words: «…»).
 */
export const PREVIOUS_ARROW_TITLE = /^« [^«»]+$/u;
export const NEXT_ARROW_TITLE = /^[^«»]+ »$/u;
/** A full stop before the closing guillemet: a quoted sentence's end ("… العام المقبل. »"), no title's. */
const STOP_BEFORE_ARROW = /\.\s»$/u;

/**
 * "« عنوان المقال السابق" over "عنوان المقال التالي »": a post navigation's two titles on lines next to each other,
 * never one quote broken in two.
 */
function arrowTitles(s: string, t: string): boolean {
  return PREVIOUS_ARROW_TITLE.test(s) && NEXT_ARROW_TITLE.test(t) && !STOP_BEFORE_ARROW.test(t);
}

/**
 * 'وقال … إن "الأسعار ستواصل' / 'الانخفاض خلال …".': a line that leaves a quote open mid-sentence, and the very next
 * line (no blank line between) that closes it, are one paragraph broken by the scraper. Joined in place.
 */
function joinBrokenQuotes(segments: Segment[]): Segment[] {
  // (one pass into a new list: joining in place would cost a copy per join on a page of many such lines)
  let out: Segment[] | null = null;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const t = segments[i + 1];
    const broken = t !== undefined && !t.afterBlank && !s.ticker && !t.ticker && !s.piece && !t.piece && ANY_MARK.test(s.text) && ANY_MARK.test(t.text) && !ENDS_SENTENCE.test(s.text) && openQuotes(s.text) > 0 && closesFirst(t.text) && !arrowTitles(s.text, t.text);
    if (!broken) {
      out?.push(s);
      continue;
    }
    out ??= segments.slice(0, i);
    out.push({ text: `${s.text} ${t.text}`, afterBlank: s.afterBlank, ticker: false });
    i++;
  }
  return out ?? segments;
}

/** Splits cleaned text into segments: lines, and the paragraphs some sites pack into one line. */
export function segmentLines(text: string): Segment[] {
  const out: Segment[] = [];
  let afterBlank = false;
  for (const raw of text.split('\n')) {
    if (isTidy(raw)) {
      out.push({ text: raw, afterBlank, ticker: false });
      afterBlank = false;
      continue;
    }
    const paragraphs = (raw.includes(NBSP) ? packedParagraphs(raw) : [raw]).filter((p) => p.trim() !== '');
    if (paragraphs.length === 0) {
      afterBlank = true;
      continue;
    }
    for (const paragraph of paragraphs) {
      const gapped = gapPieces(paragraph);
      if (isTicker(gapped)) {
        out.push({ text: collapseSpaces(paragraph), afterBlank, ticker: true });
      } else {
        const split = gapped.length > 1 || paragraphs.length > 1;
        for (const piece of gapped) out.push(split ? { text: piece, afterBlank, ticker: false, piece: true } : { text: piece, afterBlank, ticker: false });
      }
      afterBlank = false;
    }
  }
  return joinBrokenQuotes(out);
}

import { collapseSpaces } from '../normalize/clean.js';

/** One input line, or one paragraph of a line that packed several; whitespace collapsed. */
export interface Segment {
  text: string;
  /** True when a blank line came right before this segment. */
  afterBlank: boolean;
  /** True for an aggregator ticker: several short headlines joined on one line by wide gaps. */
  ticker: boolean;
}

/** Paragraph breaks inside one line: " \u00A0 " (Saudi dailies) or runs of NBSP. */
const INLINE_BREAK = / \u00A0+ |\u00A0{2,}/;
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

/** Splits cleaned text into segments: lines, and the paragraphs some sites pack into one line. */
export function segmentLines(text: string): Segment[] {
  const out: Segment[] = [];
  let afterBlank = false;
  for (const raw of text.split('\n')) {
    const paragraphs = (raw.includes(NBSP) ? raw.split(INLINE_BREAK) : [raw]).filter((p) => p.trim() !== '');
    if (paragraphs.length === 0) {
      afterBlank = true;
      continue;
    }
    for (const paragraph of paragraphs) {
      const gapped = gapPieces(paragraph);
      if (isTicker(gapped)) {
        out.push({ text: collapseSpaces(paragraph), afterBlank, ticker: true });
      } else {
        for (const piece of gapped) out.push({ text: piece, afterBlank, ticker: false });
      }
      afterBlank = false;
    }
  }
  return out;
}

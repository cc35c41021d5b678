/** A quoted stretch inside one paragraph. `start`/`end` bound the text inside the marks. */
export interface MarkSpan {
  paragraph: number;
  /** Index of the opening mark. */
  open: number;
  start: number;
  end: number;
  /** Index just past the closing mark, or the paragraph end when the quote is never closed. */
  close: number;
  closed: boolean;
}

/** Which marks may close a quote opened with a given mark (mismatched pairs included). */
const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«',
  '“': '”“"',
  '”': '”"',
  '„': '“”"',
  '"': '"”“',
  '‘': '’',
  '‹': '›',
};
const OPENERS = new Set(Object.keys(CLOSERS));
const ALL_MARKS = /[«»“”„"‘’‹›]/g;

function trimmedSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Pairs quote marks in one paragraph in a single pass. Inner marks of another style are nested text; a quote
 * left open runs to the paragraph's end.
 */
export function findMarkSpans(text: string, paragraph: number): MarkSpan[] {
  const spans: MarkSpan[] = [];
  let openAt = -1;
  let openMark = '';
  ALL_MARKS.lastIndex = 0;
  for (let m = ALL_MARKS.exec(text); m !== null; m = ALL_MARKS.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (openAt < 0) {
      if (OPENERS.has(ch)) {
        openAt = i;
        openMark = ch;
      }
      continue;
    }
    if (CLOSERS[openMark]!.includes(ch)) {
      const [s, e] = trimmedSpan(text, openAt + 1, i);
      if (e > s) spans.push({ paragraph, open: openAt, start: s, end: e, close: i + 1, closed: true });
      openAt = -1;
    }
  }
  if (openAt >= 0) {
    const [s, e] = trimmedSpan(text, openAt + 1, text.length);
    if (e > s) spans.push({ paragraph, open: openAt, start: s, end: e, close: text.length, closed: false });
  }
  return spans;
}

/** Whether a paragraph opens with a quote mark (the run-on of a multi-paragraph quote). */
export function opensWithMark(text: string): boolean {
  return /^[«“„"»]/u.test(text);
}

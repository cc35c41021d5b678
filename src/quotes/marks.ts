import { closesTitle } from './sentences.js';

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

/** Which marks may close a quote opened with a given mark (mismatched and reversed pairs included). */
const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«»',
  '“': '”“"',
  '”': '”"“',
  '„': '“”"',
  '"': '"”“',
  '‘': '’',
  '‹': '›',
};
const OPENERS = new Set(Object.keys(CLOSERS));
/** Marks printed twice for one quote's opening ("‹‹", "««", "‘‘"). */
const DOUBLED_OPENERS: ReadonlySet<string> = new Set(['‹', '«', '‘']);
const ALL_MARKS = /[«»“”„"‘’‹›]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SENTENCE_STOP = /[.!?؟]/u;
/** A mark inside a quote that opens a short nested quote ("«ويتشيتا»") closes again within this reach. */
const NESTED_REACH = 40;
const NESTED_MAX_WORDS = 5;

function trimmedSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}

/** A mark glued to the word after it and not to the word before: it opens. */
function openingShaped(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return after !== undefined && WORD_CHAR.test(after) && (before === undefined || !WORD_CHAR.test(before));
}

/** A mark glued to the word before it and not to the word after: it closes. */
function closingShaped(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && /[^\s:]/u.test(before) && (after === undefined || !WORD_CHAR.test(after));
}

/**
 * End of a short nested quote opened at `i` ("«ويتشيتا»"), or -1. With `reprinted`, the opening mark printed again with
 * no word glued after it closes it too ("«8 مارس « وقام").
 */
function nestedEnd(text: string, i: number, mark: string, reprinted = false): number {
  const closers = CLOSERS[mark] ?? '';
  const limit = Math.min(text.length, i + 1 + NESTED_REACH);
  for (let k = i + 1; k < limit; k++) {
    const c = text[k]!;
    if (closers.includes(c) || (reprinted && c === mark && !openingShaped(text, k))) return text.slice(i + 1, k).trim().split(/\s+/u).length <= NESTED_MAX_WORDS ? k : -1;
  }
  return -1;
}

/** The opening guillemet, which Arabic papers sometimes print again for the closing one. */
const GUILLEMET = '«';

/** Punctuation that may follow a closing mark: ". ، , ؛ ; ! ؟ ? :". */
const AFTER_CLOSER = /[.،,؛;!؟?:]/u;

/**
 * Whether a mark stands where a closing one does: glued to the word before it, or with punctuation after it and then
 * a space or the end ("ظفرك «. العامل"; never "«..التارك", whose dots lead into a word).
 */
function closesLikeCloser(text: string, i: number): boolean {
  if (closingShaped(text, i)) return true;
  let k = i + 1;
  while (k < text.length && AFTER_CLOSER.test(text[k]!)) k++;
  return k > i + 1 && (k === text.length || /\s/u.test(text[k]!));
}

/** The straight mark: the same character opens and closes, so a quote nested in a quote is told by shape alone. */
const STRAIGHT = '"';

/** Whether a letter or digit stands between two offsets. */
function hasWordBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (WORD_CHAR.test(text[k]!)) return true;
  return false;
}

/** Index of the last straight mark (or curly closer) in the text shaped to close a quote, or -1. */
function lastStraightCloser(text: string): number {
  const closers = CLOSERS[STRAIGHT]!;
  for (let k = text.length - 1; k >= 0; k--) {
    if (closers.includes(text[k]!) && closingShaped(text, k) && !openingShaped(text, k)) return k;
  }
  return -1;
}

/**
 * The last sentence stop between `from` and `to`, to end a quote whose closing mark is missing (never the stop of a
 * title's abbreviation: "… النمو الوطني. من جانبه رأى د. فرانك أليسون …" ends at "الوطني.").
 */
function lastStop(text: string, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (SENTENCE_STOP.test(text[k]!) && !(text[k] === '.' && closesTitle(text, k))) return k + 1;
  return to;
}

/**
 * The start of speech that lost its opening mark: after the last colon of the sentence, or -1. The scan stops at
 * `floor` (at least `from`): below it, the scan for an earlier mark with the same `from` found no colon.
 */
function lostOpening(text: string, from: number, i: number, floor = from): number {
  for (let k = i - 1; k >= floor; k--) {
    const c = text[k]!;
    if (c === ':') return k + 1;
    // the quote's own final "؟" or "." stands right before the closing mark
    if (SENTENCE_STOP.test(c) && k < i - 1) return -1;
  }
  return -1;
}

/**
 * Pairs quote marks in one paragraph in a single pass (lookahead bounded by NESTED_REACH). Inner marks of
 * another style are nested text; a mark that opens a new quote while one is open ends the open one at its
 * last full stop; a quote left open runs to the paragraph's end.
 */
export function findMarkSpans(text: string, paragraph: number): MarkSpan[] {
  const spans: MarkSpan[] = [];
  let openAt = -1;
  let openMark = '';
  let lastClose = 0;
  let lastCloser: number | null = null;
  // a stray closer's scan back from `noOpeningBelow` to `noOpeningFrom` found no colon (see lostOpening)
  let noOpeningFrom = -1;
  let noOpeningBelow = -1;
  const push = (open: number, from: number, to: number, close: number, closed: boolean): void => {
    // ("‹‹سنواصل العمل››": two single guillemets stand for one double, the second no part of the words)
    const doubled = DOUBLED_OPENERS.has(text[open]!) && text[from] === text[open] ? from + 1 : from;
    const [s, e] = trimmedSpan(text, doubled, to);
    if (e > s) spans.push({ paragraph, open, start: s, end: e, close, closed });
  };
  ALL_MARKS.lastIndex = 0;
  for (let m = ALL_MARKS.exec(text); m !== null; m = ALL_MARKS.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (openAt < 0) {
      if (!OPENERS.has(ch)) continue;
      if (closingShaped(text, i) && !openingShaped(text, i)) {
        // "وتساءل: لماذا …؟»": the opening mark is missing; the quote starts after the colon
        // (a stray closer after another with no colon and no stop between gives -1 again: only the words since the
        // last one are read, so a paragraph of thousands of stray closers stays linear)
        const start = lostOpening(text, lastClose, i, noOpeningFrom === lastClose ? noOpeningBelow : lastClose);
        if (start >= 0) {
          push(start, start, i, i + 1, true);
          lastClose = i + 1;
        } else {
          noOpeningFrom = lastClose;
          noOpeningBelow = i;
        }
        continue;
      }
      openAt = i;
      openMark = ch;
      continue;
    }
    // ("«إن تنظيم «داعش» يهدد المنطقة»": a guillemet glued to the word after it opens a short quote nested in the open
    // one, which goes on past its closer, "»" or a "«" printed for it: "فريق «8 مارس « وقام …")
    // (never right after the outer mark: "««سنواصل …»»" is a doubled mark)
    if (ch === GUILLEMET && openMark === GUILLEMET && openingShaped(text, i) && !closingShaped(text, i) && hasWordBetween(text, openAt + 1, i)) {
      const nested = nestedEnd(text, i, GUILLEMET, true);
      if (nested >= 0) ALL_MARKS.lastIndex = nested + 1;
      continue;
    }
    // ("بالمقولة « ما حك جلدك مثل ظفرك «. العامل …": an opening guillemet printed again where the closing one goes, no
    // word glued after it, closes the quote it repeats)
    if (ch === GUILLEMET && openMark === GUILLEMET && closesLikeCloser(text, i) && hasWordBetween(text, openAt + 1, i)) {
      push(openAt, openAt + 1, i, i + 1, true);
      lastClose = i + 1;
      openAt = -1;
      continue;
    }
    if (!CLOSERS[openMark]!.includes(ch)) continue;
    if (openingShaped(text, i) && !closingShaped(text, i)) {
      // "قال: "وفرتها "باب رزق" وساعدت"": a straight mark nests a short quote when a closer follows for the outer one
      let nested = -1;
      if (ch !== openMark) nested = nestedEnd(text, i, ch);
      // (never right after the outer mark: '""باب' is a doubled mark)
      else if (ch === STRAIGHT && hasWordBetween(text, openAt + 1, i)) {
        lastCloser ??= lastStraightCloser(text);
        const end = nestedEnd(text, i, ch);
        if (end >= 0 && lastCloser > end && closingShaped(text, end)) nested = end;
      }
      if (nested >= 0) {
        ALL_MARKS.lastIndex = nested + 1;
        continue;
      }
      // A new quote opens while one is open: the open one lost its closing mark.
      const end = lastStop(text, openAt, i);
      push(openAt, openAt + 1, end, end, false);
      openAt = i;
      openMark = ch;
      continue;
    }
    push(openAt, openAt + 1, i, i + 1, true);
    lastClose = i + 1;
    openAt = -1;
  }
  if (openAt >= 0) push(openAt, openAt + 1, text.length, text.length, false);
  return spans;
}

/** Whether a paragraph opens with a quote mark (the run-on of a multi-paragraph quote). */
export function opensWithMark(text: string): boolean {
  return /^[«“„"»]/u.test(text);
}

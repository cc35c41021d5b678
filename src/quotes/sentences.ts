import type { MarkSpan } from './marks.js';
import { MEEM } from '../normalize/codes.js';

/** Domain endings written in Arabic after a site's name: "العربية.نت", "ممزورلد.كوم". */
const DOMAIN_ENDINGS = ['نت', 'كوم', 'أورغ', 'اورغ', 'أورج', 'اورج', 'إنفو', 'انفو'];

/** Titles abbreviated to one letter and a full stop: "د. فرانك أليسون" (doctor), "أ. سامي" (professor), "أ.د. سعيد" (both). */
const ABBREVIATED_TITLES = 'دأ';
/**
 * What may stand before a title's one letter, or before the one or two letters of a spelt abbreviation ("أ.ف.ب"): the
 * paragraph's start, a space, a bracket, a quote mark or a stop.
 */
const BEFORE_TITLE_CLASS = '[\\s(«"“.]';
const BEFORE_TITLE_LETTER = new RegExp(BEFORE_TITLE_CLASS, 'u');
/** "م. محمد البقمي": the engineer's title, a lone م and a full stop (after a year, "عام 1990 م.", the era ends a sentence). */
const ENGINEER_TITLE = new RegExp(`(?:^|${BEFORE_TITLE_CLASS})م\\.$`, 'u');
const ERA_AFTER_NUMBER = /[\d\u0660-\u0669]\s?م\.$/u;

/**
 * A full stop before a space, the end, or a glued Arabic word ("الآن.وحسب"; not "العربية.نت", "ممزورلد.كوم",
 * "د. فرانك", nor inside letters spelt with stops: "إف.جي.إي", "أ.ف.ب").
 */
const SENTENCE_BREAK = new RegExp(
  `(?<!(?:^|${BEFORE_TITLE_CLASS})[${ABBREVIATED_TITLES}])[.!?؟](?=\\s|$)|(?<!(?:^|${BEFORE_TITLE_CLASS})\\p{Script=Arabic}{1,2})[.!?؟](?=(?!(?:${DOMAIN_ENDINGS.join('|')})(?!\\p{L}))\\p{Script=Arabic}{2})|[.]{2,}`,
  'gu',
);

/**
 * Whether the full stop at `at` closes a title abbreviated to one letter ("د. فرانك", "أ. سامي", "م. محمد"), never a
 * sentence (after a year, "عام 1990 م.", the era ends one).
 */
export function closesTitle(text: string, at: number): boolean {
  const letter = text[at - 1];
  if (letter === undefined || (letter !== 'م' && !ABBREVIATED_TITLES.includes(letter))) return false;
  if (letter === 'م') {
    const before = text.slice(Math.max(0, at - 3), at + 1);
    return ENGINEER_TITLE.test(before) && !ERA_AFTER_NUMBER.test(before);
  }
  return at < 2 || BEFORE_TITLE_LETTER.test(text[at - 2]!);
}

/** Sentence boundaries of a paragraph (offsets just past each full stop), ignoring stops inside quotes. */
export function sentenceBreaks(text: string, spans: readonly MarkSpan[]): number[] {
  const breaks: number[] = [];
  SENTENCE_BREAK.lastIndex = 0;
  let s = 0;
  for (let m = SENTENCE_BREAK.exec(text); m !== null; m = SENTENCE_BREAK.exec(text)) {
    const at = m.index;
    while (s < spans.length && spans[s]!.close <= at) s++;
    // ("عام 1990 م. وقال": the era's abbreviation ends the sentence; the title's never does)
    if (m[0] === '.' && text.charCodeAt(at - 1) === MEEM && closesTitle(text, at)) continue;
    // (a quote that lost its closing mark ends at a full stop, which ends the sentence too)
    const inside = s < spans.length && spans[s]!.open < at && at < spans[s]!.close && (spans[s]!.closed || at + m[0].length < spans[s]!.close);
    if (!inside) breaks.push(at + m[0].length);
  }
  return breaks;
}

/** Index of the first break strictly after `offset` (binary search: breaks are sorted). */
function firstBreakAfter(breaks: readonly number[], offset: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The start of the sentence holding `offset`. */
export function sentenceStart(breaks: readonly number[], offset: number): number {
  const k = firstBreakAfter(breaks, offset);
  return k === 0 ? 0 : breaks[k - 1]!;
}

/** The end of the sentence holding `offset` (before its full stop), or the paragraph's end. */
export function sentenceEnd(breaks: readonly number[], offset: number, length: number): number {
  const k = firstBreakAfter(breaks, offset);
  return k < breaks.length ? breaks[k]! - 1 : length;
}

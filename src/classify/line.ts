import { findDate, type DateFound } from '../metadata/date.js';
import { bareAuthors, bareOrFamilyName, classifyPart, isPersonLike, opensOnEvent, parseBylineLine, parseWireCredit } from '../metadata/byline.js';
import { isKnownOutlet, isKnownPlace, isWriterTitle, startsWithGivenName } from '../metadata/known.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, PUBLISHED_LABELS, PUBLISHED_VERBS, WEEKDAYS } from '../lexicon/months.js';
import { foldText } from '../normalize/fold.js';
import { trimChars } from '../normalize/trim.js';
import { parseReadTimeLine } from '../metadata/read-time.js';
import { keyedLine, lineKey, spaceCount } from '../normalize/key.js';
import type { Segment } from '../lines/segment.js';
import type { Byline } from '../schema.js';
import { isChromeLine, isEmbeddedPostFoot, isInlineSectionHeading, isRelatedMarker, isSectionHeading, isSectionKey, isSourceLine } from './chrome.js';
import { gated, SHAPE } from '../normalize/gate.js';

/** What one line is, on its own. */
export type LineInfo =
  | { kind: 'chrome' }
  | { kind: 'related' }
  /** A heading of a list of other news or of comments: chrome, and a related block once the body has begun. */
  | { kind: 'section' }
  | { kind: 'read-time'; minutes: number }
  /** A date (and a credit), with the read time printed last on the same line when there is one. */
  | { kind: 'date'; date: DateFound; byline: Byline | null; minutes?: number }
  | { kind: 'byline'; byline: Byline; minutes?: number }
  | { kind: 'text' };

export interface ClassifiedLine extends Segment {
  key: string;
  /** Words of the line; a line over LONG_LINE_CHARS is counted up to COUNTED_WORDS (no rule reads further). */
  words: number;
  info: LineInfo;
}

/** Longest line read as a date line: two stamps with their labels and times ("نشر في: … GST آخر تحديث: … GST"). */
const MAX_DATE_LINE_WORDS = 20;
const MAX_METADATA_LINE_WORDS = 24;
/** Longest line read as a place, a date and an agency with nothing else. */
const MAX_PLACED_DATE_WORDS = 6;
/** Lines longer than this are never metadata; the chrome checks read their first characters only. */
const LONG_LINE_CHARS = 400;
/** Word counts of long lines stop here: every rule on line length compares with less. */
const COUNTED_WORDS = 64;
const MIN_DATE_COVERAGE = 0.6;
const MIN_LABELLED_COVERAGE = 0.35;
const DATE_PIECES = /\d{1,4}[/\-.:]\d{1,2}(?:[/\-.:]\d{1,4})?|\d+|[()|,،\-–—]/gu;

/** Every word of a month's names, Gregorian and Hijri ("كانون", "الأول", "ربيع"), folded. */
const MONTH_WORDS: ReadonlySet<string> = new Set([...Object.values(GREGORIAN_MONTHS), ...Object.values(HIJRI_MONTHS)].flat().flatMap((m) => foldText(m).split(' ')));

/** "اليوم" (today) right before a time ("اليوم 11:07"). */
const TODAY_AT_TIME = /(?:^|\s)اليوم(?=\s\d{1,2}:\d{2})/u;
/** The time zone of a stamp ("… 10:01 بتوقيت أبوظبي", "(توقيت مكة)"): a city that is no dateline. */
const ZONE_PHRASE = /ب?توقيت[^\d|،,()\-–—]*/u;

/**
 * A date line may also carry a dateline and agency: "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس". Never
 * authors: the words of a stamp's labels ("آخر تحديث") are no name, and a credit beside a date is read apart.
 */
function dateLineByline(stamp: string): Byline | null {
  // ("اليوم 11:07 - 19/07/2018": "today" before the time is no outlet's name)
  const line = stamp.replace(ZONE_PHRASE, ' ').replace(TODAY_AT_TIME, ' ');
  // (month names are the date's: "عمّان - رؤيا | 25 كانون الأول 2025" has no agency "الأول")
  const words = line.replace(DATE_PIECES, ' ').split(/\s+/u).filter((w) => w !== '' && !MONTH_WORDS.has(foldText(w)));
  // most stamps hold nothing but the date's own words ("الثلاثاء 01/ديسمبر/2026 - 02:15 م"): no place or agency to read
  if (words.every(isStampWord)) return null;
  // the place is every word before the first digit ("المدينة المنورة 25 شوال …")
  const lead = /^[^\d\u0660-\u0669]*/u.exec(line)![0].trim();
  const first = lead !== '' && lead.split(/\s+/u).length <= 3 ? lead : words[0];
  const last = words[words.length - 1];
  // ("دمشق - 17/04/2018": the place and its dash alone before the date are one part, never the place twice)
  const alone = first !== undefined && trimChars(first, CREDIT_SEPARATORS) === last;
  const candidates = [first && last && first !== last && !alone ? `${first} - ${last}` : null, alone ? first : null, last ?? null].filter(Boolean) as string[];
  for (const c of candidates) {
    const b = parseBylineLine(c);
    if (b && b.authors.length === 0 && (b.agency || b.dateline)) return b;
  }
  return null;
}

/** "اليوم:", "تاريخ اليوم:": a header's label before today's date, opening the line. */
const TODAY_LABEL = gated(SHAPE.COLON, /^(?:اليوم|تاريخ اليوم)\s?[:：]\s?/u, 'ات');

/** "للنشرة": the wire desk a credit names ("إعداد سلمى نجم للنشرة العربية"). */
const WIRE_DESK = ' للنشرة ';

/** A source label opening a line: "المصدر: …". */
const SOURCE_LABEL_LEAD = /^(?:المصدر|مصدر)\s*:\s*/u;

/** Where the date part of a credit line starts: a bar or the first digit ("كتب: منى سعيد | 2018-05-30"). */
const DATE_PART_START = /[|0-9\u0660-\u0669\u06F0-\u06F9]/u;
/** Words between a credit and its date: the weekday and labels ("الأربعاء،", "بتاريخ"). Folded. */
const PUBLISHED_WORDS = new Set(PUBLISHED_VERBS.map((w) => foldText(w)));
const BEFORE_DATE_WORDS = new Set([...WEEKDAYS, ...PUBLISHED_LABELS.filter((l) => !l.includes(' ')), 'يوم', 'في'].map((w) => foldText(w).toLowerCase()));

/**
 * The words of a stamp itself: the words before a date (weekdays, labels), the publication verbs, the words of
 * labels of two words ("آخر تحديث"), the hour's ص/م and a zone. Folded.
 */
const STAMP_WORDS: ReadonlySet<string> = new Set([
  ...BEFORE_DATE_WORDS,
  ...PUBLISHED_WORDS,
  ...[...PUBLISHED_LABELS.filter((l) => l.includes(' ')).flatMap((l) => l.split(' ')), 'ص', 'م', 'صباحا', 'مساء', 'ساعه', 'الساعه', 'gmt', 'utc', 'بتوقيت', 'توقيت'].map((w) => foldText(w).toLowerCase()),
]);

/** Whether a word of a date line, its punctuation left off, is one of the stamp's own words. */
function isStampWord(word: string): boolean {
  return STAMP_WORDS.has(foldText(trimChars(word, ':،,.|')).toLowerCase());
}

/** A name and a family name in the form of a nisba ("سحر الجزائري"), as a key. */
const NISBA_NAME = /^(?!ال)\p{L}{2,} ال\p{L}{2,}ي$/u;

/**
 * "سحر الجزائري" before a date on its line: a given name the lexicon lacks (or leaves out as a common word) and a
 * definite family name in ي is a name there (never a writer's trade nor a place: "مراسل الجزيرة", "جدة التاريخي").
 */
function nisbaName(text: string): boolean {
  const key = lineKey(text);
  return NISBA_NAME.test(key) && isPersonLike(text, 2, 2, key) && !isWriterTitle(key.slice(0, key.indexOf(' '))) && !isKnownPlace(key.slice(0, key.indexOf(' ')));
}

/**
 * Names alone, or "بيسان العتوم" after a date and a bar, or before a read time: a given name the lexicon lacks and a
 * definite family name are a name there (the line is the story's metadata); never a stamp's words or a menu's
 * section. A topic of two such words opens on a topic's noun (`TOPIC_NOUNS`: "كأس العالم" is no name).
 */
function creditNames(text: string): string[] | null {
  return bareOrFamilyName(text, (name, key) => !isStampWord(key.slice(0, key.indexOf(' '))) && !isChromeLine(name, key, 2));
}

/** What may part a credit from the date after it: "name | date", "name · date", "name @ date", "name / date", "name ⏤ date". */
const CREDIT_SEPARATORS = ' ،,|-–—⏤:·•@/';
/** Letters, their marks and spaces alone. */
const LETTERS_ONLY = /^[\p{L}\p{M} ]+$/u;
/** A mark parting a credit from the date after it, the spaces aside ("عزة كامل ⏤ …", "أنيسة مخالدي · …"). */
const MARKED_CREDIT_END = /[|｜\-–—⏤·•،,/]\s*$/u;

/**
 * "عزة كامل ⏤ 05 يونيو 2024": a name of two or three words the given-name list lacks, a mark and the date after it: the
 * date beside it vouches for it as a date line under a name does (`unlistedName` in the layout). Never a stamp's
 * words, a place, a trade, an outlet or a chrome line, nor a name opening on a definite word or holding a month's.
 */
function unlistedNameBeforeDate(line: string, cut: number, name: string): boolean {
  // (the date part may start at the bar itself: "عزة كامل | 05 يونيو 2024")
  return (MARKED_CREDIT_END.test(line.slice(0, cut)) || line[cut] === '|') && unlistedCreditName(name);
}

/** Whether a credit beside a date on its line is a name of two or three words the given-name list may lack (see above). */
function unlistedCreditName(name: string): boolean {
  // (letters alone: never a label's credit, "تصوير: فادي الحلبي")
  if (!LETTERS_ONLY.test(name)) return false;
  const key = lineKey(name);
  const first = key.slice(0, key.indexOf(' '));
  // ("ثورة يناير - 25 يناير 2011": a month or a weekday names an event, never a writer)
  // ("17 أبريل 2018 | كأس العالم": nor a topic's or an event's words)
  // (nor a body's: "مجلس النواب", which the byline's reader names no person)
  // (nor a section's name: "عربي ودولي")
  return isPersonLike(name, 2, 3, key) && !first.startsWith('ال') && !opensOnEvent(key) && !isSectionKey(key) && classifyPart(name, key).kind === 'person' && !key.split(' ').some((w) => MONTH_WORDS.has(w) || WEEKDAY_KEYS.has(w)) && !isStampWord(first) && !isKnownPlace(first) && !isWriterTitle(first) && !isKnownOutlet(key) && !isChromeLine(name, key, spaceCount(key) + 1);
}

/**
 * "كتب محمد علي الأربعاء، 30 مايو 2018 02:00 م", "كتب: منى سعيد | 2018-05-30 12:30": a credit and the date on one
 * line. The credit's byline when the words before the date are a credit with a name (or names alone) and what
 * follows is a date line by itself; else null.
 */
function creditBeforeDate(line: string): Byline | null {
  const cut = line.search(DATE_PART_START);
  if (cut <= 0) return null;
  const words = trimChars(line.slice(0, cut), CREDIT_SEPARATORS).split(/\s+/u);
  // ("عبدالعزيز الخميس | 22 يناير 2018": a family name that is a weekday's stays after a given name alone; the weekday
  // printed is no test, as pages print the wrong one)
  while (words.length > 0 && BEFORE_DATE_WORDS.has(foldText(trimChars(words[words.length - 1]!, '،,:')).toLowerCase())) {
    if (words.length === 2 && WEEKDAY_KEYS.has(lineKey(words[1]!)) && startsWithGivenName(lineKey(words[0]!))) break;
    words.pop();
  }
  // "نُشر بواسطة منى سعيد في …": a publication label before the credit
  if (words.length > 0 && PUBLISHED_WORDS.has(foldText(words[0]!).toLowerCase())) words.shift();
  // most stamps hold labels alone before the date ("نشر في:"): nothing is left to read
  if (words.length < 2) return null;
  // ("عبدالله البرقاوي سبق 2026-12-04": the outlet's name printed after the writer's, no separator between)
  // (a city that names a daily too, "الرياض", is the city: the daily signs in quote marks or with its "صحيفة")
  const last = words.length >= 3 ? lineKey(words[words.length - 1]!) : '';
  const outlet = words.length >= 3 && isKnownOutlet(last) && !isKnownPlace(last) ? words.pop()! : null;
  // ("سامي الأحمد صنعاء 20/11/2025": or the city filed from, after a name of two words at least; "فهد العتيبي من
  // الرياض 28 نوفمبر 2026": after "من" the credit reads its place itself)
  const place = outlet === null && words.length >= 3 && isKnownPlace(last) && !PLACE_PREPOSITIONS.has(foldText(words[words.length - 2]!)) ? words.pop()! : null;
  const before = trimChars(words.join(' '), CREDIT_SEPARATORS);
  const credit = parseBylineLine(before);
  const names = credit !== null && credit.authors.length > 0 ? null : bareAuthors(before) ?? (nisbaName(before) || unlistedNameBeforeDate(line, cut, before) ? [before] : null);
  if ((credit === null || credit.authors.length === 0) && names === null) return null;
  const after = findDate(line.slice(cut));
  if (after === null || after.coverage < MIN_DATE_COVERAGE) return null;
  if (names === null) return { ...credit!, agency: credit!.agency ?? outlet, dateline: credit!.dateline ?? place };
  return { authors: names, agency: outlet, dateline: place };
}

/** The weekdays' names, as keys. */
const WEEKDAY_KEYS: ReadonlySet<string> = new Set(WEEKDAYS.map(lineKey));

/** "من", "في": a preposition before the place a credit was filed from, folded. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['من', 'في']);

/** A bar or a spaced dash parting a date from the credit after it, or a space before the credit's label ("… بواسطة X"). */
const DATE_CREDIT_SEPARATOR = / [|｜] | [-–—] | (?=(?:بواسطة|بقلم) )/u;

/**
 * "الأحد 05-03-2023 14:22 | كتب: محمد علي", "12 مايو 2018 - سارة علي": the date, then a bar or a dash and a credit with
 * a name, or names alone. The credit's byline when the part before the last separator is a date line by itself;
 * else null.
 */
function creditAfterDate(line: string): Byline | null {
  const parts = line.split(DATE_CREDIT_SEPARATOR);
  if (parts.length < 2) return null;
  const credit = parts[parts.length - 1]!.trim();
  const names = creditNames(credit);
  const read = names !== null ? { authors: names, agency: null, dateline: null } : parseBylineLine(credit);
  // ("05 يونيو 2024 | عزة كامل": a name the given-name list lacks after the bar, as before it, when nothing else reads)
  const byline = (read === null || (read.authors.length === 0 && read.agency === null)) && unlistedCreditName(credit) ? { authors: [credit], agency: null, dateline: null } : read;
  // ("السبت 12 أيار 2018 | تصوير: فادي الحلبي": a credit of no writing after the date leaves the date read, nobody named)
  if (byline === null || (byline.authors.length === 0 && !NON_WRITING_CREDIT.test(credit))) return null;
  const date = findDate(line.slice(0, line.lastIndexOf(credit)));
  return date !== null && date.coverage >= MIN_DATE_COVERAGE ? byline : null;
}

/** A photographer's, a designer's or an editor's credit label and its colon: "تصوير: X". */
const NON_WRITING_CREDIT = gated(SHAPE.COLON, /^(?:تصوير|عدسة|تصميم|مونتاج|جرافيك|غرافيك|تحرير|تدقيق|مراجعة)\s?[:：]/u, 'تجعغم');

/** " | ": a bar between two parts of a line. */
const BAR_BETWEEN = / [|｜] /u;
/** Most words of the credit before a bar and a whole date. */
const MAX_BARRED_CREDIT_WORDS = 4;
const DIGIT = gated(SHAPE.ANY_DIGIT, /[0-9\u0660-\u0669\u06F0-\u06F9]/u);

/** The date after a bar when it is read whole and the part before it is a few words with no digit; else null. */
function barredDate(line: string): DateFound | null {
  const parts = line.split(BAR_BETWEEN);
  if (parts.length !== 2 || DIGIT.test(parts[0]!) || parts[0]!.trim().split(/\s+/u).length > MAX_BARRED_CREDIT_WORDS) return null;
  const date = findDate(parts[1]!);
  return date !== null && date.coverage === 1 ? date : null;
}

/** Classifies every segment; a short line repeated on the page ("محتوى إعلاني") is classified once. */
export function classifyLines(segments: readonly Segment[]): ClassifiedLine[] {
  const seen = new Map<string, ClassifiedLine>();
  return segments.map((segment) => {
    // chrome repeats in short lines; hashing every paragraph to find repeats costs more than it saves
    if (segment.ticker || segment.text.length > LONG_LINE_CHARS) return classifyLine(segment);
    const known = seen.get(segment.text);
    if (known) return known.piece === segment.piece ? { ...known, afterBlank: segment.afterBlank } : { ...known, afterBlank: segment.afterBlank, piece: segment.piece };
    const line = classifyLine(segment);
    seen.set(segment.text, line);
    return line;
  });
}

function classified(segment: Segment, key: string, words: number, info: LineInfo): ClassifiedLine {
  return segment.piece ? { text: segment.text, afterBlank: segment.afterBlank, ticker: segment.ticker, piece: true, key, words, info } : { text: segment.text, afterBlank: segment.afterBlank, ticker: segment.ticker, key, words, info };
}

/** "By ", "Written by ": a credit label in Latin letters opening the line. */
const LATIN_CREDIT = gated(SHAPE.LATIN, /^(?:(?:written|posted) )?by /iu, 'BPWbpw');
const OPEN_BRACKET = 0x28;
const CHROME: LineInfo = { kind: 'chrome' };
const RELATED: LineInfo = { kind: 'related' };
const SECTION: LineInfo = { kind: 'section' };
const TEXT: LineInfo = { kind: 'text' };

/** The bar, bullet or slash before a line's last part ("سامر يوسف / منذ 3 ساعات"). */
// ("سامي النجار — 3 مقالات هذا الأسبوع": a spaced dash too)
const LAST_PART_SEPARATOR = / [|｜•·∙/—–] (?=[^|｜•·∙/—–]+$)/u;

/**
 * "… 12 نوفمبر 2026 3 دقائق قراءة", "… - قراءة 3 دقائق": a read time of minutes in figures last on a line, after a space or
 * a dash (a page's spans joined with no separator).
 */
const READ_TIME_TAIL = /\s(?:[-–—]\s)?((?:[\d٠-٩]+ ?(?:دقائق|دقيقة|دقيقه|د) (?:قراءة|للقراءة))|(?:(?:قراءة|للقراءة) [\d٠-٩]+ ?(?:دقائق|دقيقة|دقيقه|د)))$/u;

/** The read time a line prints as its last part, after a bar or bullet (or a space), and the line before it; or null. */
function readTimeLast(line: string): { rest: string; minutes: number } | null {
  const separator = LAST_PART_SEPARATOR.exec(line);
  const minutes = separator === null ? null : parseReadTimeLine(line.slice(separator.index + separator[0].length));
  if (minutes !== null) return { rest: line.slice(0, separator!.index), minutes };
  const tail = READ_TIME_TAIL.exec(line);
  const tailMinutes = tail === null ? null : parseReadTimeLine(tail[1]!);
  return tailMinutes === null ? null : { rest: line.slice(0, tail!.index), minutes: tailMinutes };
}

type MetadataInfo = Extract<LineInfo, { kind: 'date' | 'byline' }>;

/**
 * What a line's rest reads as once its last part (a read time, a button) is set aside: a date, a credit with a name,
 * or names alone (a name the given-name list lacks with a definite family name too); else null.
 */
function metadataOfRest(rest: string, afterBlank: boolean): MetadataInfo | null {
  const { info } = classifyLine({ text: rest, afterBlank, ticker: false });
  if (info.kind === 'date' || (info.kind === 'byline' && info.byline.authors.length > 0)) return info;
  const names = info.kind === 'text' ? creditNames(rest) : null;
  return names !== null ? { kind: 'byline', byline: { authors: names, agency: null, dateline: null } } : null;
}

const HAS_LETTER = /\p{L}/u;
/** A follow button after a writer's name, with a plus or a bar before it or none: " + متابعة", " متابعة". */
const FOLLOW_BUTTON = /\s(?:[+|｜•·]\s)?(?:متابعة|تابع|follow|Follow)$/u;

/** Most parts of the page's read off a line's end ("2015-08-07 | سياسة | عربي ودولي": two sections). */
const MAX_LAST_BUTTONS = 3;

/**
 * The line without its last parts when each is a link or button of the page's ("… | مقالات الكاتب (25)", "… |
 * شارك") or a section's name ("… | سياسة | عربي ودولي"), or without a follow button after a name ("… + متابعة");
 * or null.
 */
function withoutLastButton(line: string): string | null {
  const follow = FOLLOW_BUTTON.exec(line);
  if (follow !== null) return line.slice(0, follow.index);
  let rest = line;
  for (let n = 0; n < MAX_LAST_BUTTONS; n++) {
    const separator = LAST_PART_SEPARATOR.exec(rest);
    if (separator === null || !isPagePart(rest.slice(separator.index + separator[0].length))) break;
    rest = rest.slice(0, separator.index);
  }
  return rest === line ? null : rest;
}

/** Whether a line's last part is a link, button or section of the page's (see `withoutLastButton`). */
function isPagePart(last: string): boolean {
  // (never a date, which lines of letters-free digits are too: "… | 21-07-2015")
  if (!HAS_LETTER.test(last) || findDate(last) !== null) return false;
  const { key, words } = keyedLine(last);
  // (never a source, which names the agency: "إعداد: X | المصدر: وكالات"; nor an agency in Latin letters, which is
  // chrome alone: "سارة أحمد | Reuters")
  if (isSourceLine(last, key, words) || classifyPart(last, key).kind === 'agency') return false;
  return isRelatedMarker(last, key, words) || isSectionHeading(key) || isChromeLine(last, key, words) || isSectionKey(key);
}

/**
 * A line of the blocks above an HTML page's body, for a reader that keeps only its dates, read times and the credits
 * `keeps` takes (and a bare name beside a date, which it classifies again with `classifyLine`): a line that reads as
 * no credit, or as one the reader would not keep, is text to it whether or not it is chrome, so the chrome test, the
 * costliest of all, is left out for such a line (it is classified as text).
 */
export function classifyHeaderLine(segment: Segment, keeps: (credit: Byline, text: string) => boolean): ClassifiedLine {
  return classifySegment(segment, keeps);
}

/** Classifies one segment on its own, without looking at its neighbours. */
export function classifyLine(segment: Segment): ClassifiedLine {
  return classifySegment(segment);
}

/** `classifyLine`, or `classifyHeaderLine` for a header reader that keeps the credits `headerKeeps` takes. */
function classifySegment(segment: Segment, headerKeeps?: (credit: Byline, text: string) => boolean): ClassifiedLine {
  const { text } = segment;
  // A paragraph-long line needs only its opening words for the chrome and related-story checks.
  const long = text.length > LONG_LINE_CHARS;
  const { key, words: keyCount } = keyedLine(long ? text.slice(0, LONG_LINE_CHARS) : text);
  // segments are already collapsed to single spaces
  const words = long ? Math.min(spaceCount(text, COUNTED_WORDS) + 1, COUNTED_WORDS) : keyCount;
  if (segment.ticker) return classified(segment, key, words, CHROME);
  if (words > MAX_METADATA_LINE_WORDS) {
    // a paragraph-long line can still be a disclaimer or a related-story marker, never metadata
    if (isRelatedMarker(text, key, keyCount)) return classified(segment, key, words, RELATED);
    return classified(segment, key, words, isChromeLine(text, key, keyCount) ? CHROME : TEXT);
  }
  const minutes = parseReadTimeLine(text, key);
  if (minutes !== null) return classified(segment, key, words, { kind: 'read-time', minutes });
  // "هبة السعدي • 17 مارس 2018 • 3 دقائق قراءة": a date line with the read time as its last part
  const timed = words <= MAX_DATE_LINE_WORDS ? readTimeLast(text) : null;
  // ("عامر السبيعي · 5 دقائق قراءة": or a credit with a name, or a name alone)
  const timedRest = timed !== null ? metadataOfRest(timed.rest, segment.afterBlank) : null;
  if (timedRest !== null) return classified(segment, key, words, { ...timedRest, minutes: timed!.minutes });
  // ("منذ 3 ساعات | 4 دقائق قراءة": or the page's chrome, a relative time or a button: the line is the read time)
  if (timed !== null && isChromeLine(timed.rest)) return classified(segment, key, words, { kind: 'read-time', minutes: timed.minutes });
  // "اليوم: الأحد 12 مارس 2024": a header's widget with today's date, the day the page was seen, no publication date
  // ("نشر بواسطة وزارة الصحة في الأحد، 12 يناير 2024": an embedded post's foot, its page no writer, its day not the story's)
  if (words <= MAX_DATE_LINE_WORDS && (TODAY_LABEL.test(text) || isEmbeddedPostFoot(key, words))) return classified(segment, key, words, CHROME);
  if (words <= MAX_DATE_LINE_WORDS) {
    const date = findDate(text);
    if (date) {
      // a credit's words are left over once the date, its labels and the weekday are read
      const credit = date.coverage < 1 ? creditBeforeDate(text) ?? creditAfterDate(text) : null;
      if (credit !== null || date.coverage >= MIN_DATE_COVERAGE || ((date.published || date.update) && date.coverage >= MIN_LABELLED_COVERAGE)) {
        return classified(segment, key, words, { kind: 'date', date, byline: credit ?? dateLineByline(text) });
      }
      // "سيدي ولد محمد | 21 يوليو 2015": a short credit the lexicon cannot read, a bar and a whole date: the date is read
      const barred = barredDate(text);
      if (barred !== null) return classified(segment, key, words, { kind: 'date', date: barred, byline: null });
      // "رام الله 01-08-2015 وفا-": a short dateline of place, date and agency, each word read
      if (words <= MAX_PLACED_DATE_WORDS) {
        const placed = dateLineByline(text);
        if (placed !== null && placed.agency !== null && placed.dateline !== null) return classified(segment, key, words, { kind: 'date', date, byline: placed });
      }
    }
  }
  // "سامي النجار | مقالات الكاتب (25)", "سامي النجار + متابعة": a credit, a date or names, then a link or button of the
  // page's as the last part
  const buttoned = words <= MAX_DATE_LINE_WORDS ? withoutLastButton(text) : null;
  const buttonedRest = buttoned !== null ? metadataOfRest(buttoned, segment.afterBlank) : null;
  if (buttonedRest !== null) return classified(segment, key, words, buttonedRest);
  if (isRelatedMarker(text, key, keyCount)) return classified(segment, key, words, RELATED);
  if (isSectionHeading(key) || isInlineSectionHeading(text, words)) return classified(segment, key, words, SECTION);
  // "المصدر: دبي - طلال الحربي": a source label before a dateline and a writer is a byline, not a source note
  const sourced = SOURCE_LABEL_LEAD.exec(text);
  if (sourced !== null) {
    const b = parseBylineLine(text.slice(sourced[0].length));
    if (b !== null && b.authors.length > 0) return classified(segment, key, words, { kind: 'byline', byline: b });
  }
  // "(إعداد سلمى نجم للنشرة العربية - تحرير علي خفاجي)": a wire's credits, before the bracketed-note chrome rule
  // ("إعداد سلمى نجم للنشرة العربية - تحرير علي خفاجي": the brackets lost, the desk named)
  const credit = text.charCodeAt(0) === OPEN_BRACKET || text.includes(WIRE_DESK) ? parseWireCredit(text) : null;
  if (credit !== null) return classified(segment, key, words, { kind: 'byline', byline: credit });
  // "جود الحسن | البريد الإلكتروني: desk@example.com": a writer and an address, before the contact line's chrome rule
  const addressed = text.includes('@') ? parseBylineLine(text, key, keyCount) : null;
  if (addressed !== null && addressed.authors.length > 0) return classified(segment, key, words, { kind: 'byline', byline: addressed });
  // "By Samer Halabi", "Written by …": a credit in Latin letters, before the chrome rule that drops a line of no Arabic
  const latin = LATIN_CREDIT.test(text) ? parseBylineLine(text, key, keyCount) : null;
  if (latin !== null && latin.authors.length > 0) return classified(segment, key, words, { kind: 'byline', byline: latin });
  if (headerKeeps !== undefined) {
    // (the header reader's credit first: a line that gives none it keeps is text to it, chrome or not)
    const credit = parseBylineLine(text, key, keyCount);
    if (credit === null || !headerKeeps(credit, text)) return classified(segment, key, words, TEXT);
    return classified(segment, key, words, isChromeLine(text, key, keyCount) ? CHROME : { kind: 'byline', byline: credit });
  }
  if (isChromeLine(text, key, keyCount)) return classified(segment, key, words, CHROME);
  const byline = parseBylineLine(text, key, keyCount);
  if (byline) return classified(segment, key, words, { kind: 'byline', byline });
  return classified(segment, key, words, TEXT);
}

import { GREGORIAN_MONTHS, HIJRI_MONTHS, NAMED_ZONES, LATIN_ZONES, PUBLISHED_LABELS, UPDATE_LABELS, WEEKDAYS, WEEKDAYS_BY_NUMBER } from '../lexicon/months.js';
import { PRINT_EDITIONS } from '../lexicon/chrome.js';
import { foldText } from '../normalize/fold.js';
import { wordRuns } from '../normalize/key.js';
import { gated, SHAPE } from '../normalize/gate.js';

/** A date found in a line, with what labels it. */
export interface DateFound {
  /** ISO 8601 date or date-time. */
  iso: string;
  /** True when the line calls it the last update ("آخر تحديث"). */
  update: boolean;
  /** True when the line calls it the publication date ("نشر"). */
  published: boolean;
  /** Share of the line's words that belong to the date, its labels and time: near 1 for a date line. */
  coverage: number;
  /** Where the line stands, when the layout tells: over the headline (a masthead's day may stand there) or in the body. */
  place?: 'over-headline' | 'body';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function monthTable(table: Readonly<Record<number, readonly string[]>>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [n, names] of Object.entries(table)) for (const name of names) map.set(foldText(name).toLowerCase(), Number(n));
  return map;
}

const MONTHS = monthTable(GREGORIAN_MONTHS);
const HIJRI = monthTable(HIJRI_MONTHS);
const alternation = (names: Iterable<string>): string =>
  [...names].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const MONTH_ALT = alternation(MONTHS.keys());
const HIJRI_ALT = alternation(HIJRI.keys());
const HIJRI_WORDS = new Set([...HIJRI.keys()].flatMap((k) => k.split(' ')));

/** "16 أغسطس 2018", "12 مارس سنة 2024", "05 نوفمبر / تشرين الثاني 2023", "12/فبراير/2024", "28 آب/اغسطس 2013", "21 تموز (يوليو) 2015", "12 شهر مارس 2024", "12 من شهر نوفمبر 2026". */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\d\\p{L}])(\\d{1,2})(?:er)? ?[/\\-]? ?(?:من )?(?:شهر )?(${MONTH_ALT})(?: ?[/\\-] ?(?:${MONTH_ALT})| ?\\((?:${MONTH_ALT})\\))?(?![\\p{L}]) ?[/\\-,،]? ?(?:سنه |عام )?(\\d{4})(?!\\d)`,
  'u',
);
/** "March 13, 2026" and "مارس 13، 2026". */
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_ALT}) (\\d{1,2})[,،]? ?(\\d{4})(?!\\d)`, 'u');
/** "13/3/2008", "13-3-2026", "30.04.2020", "02 - 12 - 2025", "12 / 3 / 2018" (dashes or slashes spaced apart). */
const NUMERIC_DMY_ALL = /(?<!\d)(\d{1,2})(?:[/\-.]| [-/] )(\d{1,2})(?:[/\-.]| [-/] )(\d{4})(?!\d)/g;
/** Earliest year a date in figures is read as Gregorian: before it, "1439/08/25" is a Hijri date. */
const MIN_GREGORIAN_YEAR = 1900;
/** "2024-09-09", "2015/08/11". */
const NUMERIC_YMD = /(?<!\d)(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})(?!\d)/;
/** "26 شوال 1436 هـ", "7/3/1429 هـ". */
const HIJRI_TEXT = new RegExp(`(?<!\\d)(\\d{1,2}) (${HIJRI_ALT}) (1[34]\\d\\d)(?!\\d)`, 'u');
const HIJRI_NUMERIC = /(?<!\d)(\d{1,2})[/\-](\d{1,2})[/\-](1[34]\d\d) ?ه/;
/** "1439/08/25هـ": a Hijri date in figures, the year first. */
const HIJRI_NUMERIC_YMD = /(?<!\d)(1[34]\d\d)[/\-](\d{1,2})[/\-](\d{1,2}) ?ه/;
/** "14:00", "04:53 م", "10:01 صباحا", "13:48 pm". */
const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?(ص|م|صباحا|مساء|مساءا|am|pm)(?!\p{L}))?/u;
/** "14:22 GMT", "بتوقيت غرينتش": Greenwich time with no offset after it. */
const BARE_GMT = /(?<![a-z])(?:gmt|utc|غرينتش|جرينتش)(?![a-z])(?! ?[+-] ?\d)/;
/** "t10:30:00+03:00", "t07:30z": the offset right after an ISO date-time's time (lowercased text). */
const ISO_OFFSET = /t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(z|([+-]\d{2}):?(\d{2}))(?![\d:])/;
/** The "t" between an ISO date and its time and the "z" after it, left alone once both are blanked out. */
const ISO_JOINTS = /(?<=\s|^)(?:t|(?:\.\d+)?z)(?=\s|[+-]|$)/g;
/** "(GMT+0400)", "GMT +3", "UTC+02:00". */
const GMT_OFFSET = /(?:gmt|utc|غرينتش|جرينتش) ?([+-]) ?(\d{1,2})(?::?(\d{2}))?/;
/** "14:20 KSA", "9:05 GST". */
const LATIN_ZONE = new RegExp(`(?<![a-z])(${Object.keys(LATIN_ZONES).join('|')})(?![a-z])`);
const NAMED_ZONE = new RegExp(`ب?توقيت (${alternation(Object.keys(NAMED_ZONES).map((z) => foldText(z)))})`);
const UPDATE_RE = new RegExp(alternation(UPDATE_LABELS.map((l) => foldText(l).toLowerCase())));
/** "نشر في العدد الورقي رقم 5432 بتاريخ …": a note that the story ran in print; its date is the paper's, not the page's. */
const PRINT_NOTE_RE = new RegExp(`(?:${alternation(PRINT_EDITIONS.map((l) => foldText(l).toLowerCase()))}|(?<!\\p{L})العدد (?:رقم )?\\d)`, 'u');
const PUBLISHED_RE = new RegExp(`(?<!\\p{L})(?:${alternation(PUBLISHED_LABELS.map((l) => foldText(l).toLowerCase()))})(?!\\p{L})`, 'u');
/** The weekdays' names, folded, as a regex alternation. */
const WEEKDAY_ALT = alternation(WEEKDAYS.map((w) => foldText(w).toLowerCase()));
/** A weekday glued to the digits after it ("الثلاثاء12"), on the folded text. */
const GLUED_WEEKDAY = new RegExp(`(?<!\\p{L})(${WEEKDAY_ALT})(?=\\d)`, 'gu');
/** "الـ11 من أغسطس": the article before a day's number (folded, tatweel gone). */
const DEFINITE_DAY = /(?<!\p{L})ال(?=\d{1,2}(?!\d))/gu;
const WEEKDAY_RE = new RegExp(`(?<!\\p{L})(?:${WEEKDAY_ALT})(?!\\p{L})`, 'gu');
const FILLER_WORDS = new Set([...Object.keys(LATIN_ZONES), 'في', 'يوم', 'الموافق', 'م', 'ه', 'هـ', 'بتوقيت', 'توقيت', 'الساعه', 'le', 'a', 'à', 'at', 'on', 'pm', 'am', 'ص', 'gmt', 'utc', 'on', 'سنه', 'عام']);
const WORD = /[\p{L}\p{N}]+/gu;
const ANY_DIGIT = gated(SHAPE.ANY_DIGIT, /[0-9\u0660-\u0669\u06F0-\u06F9]/u);
/** Every date pattern above holds a four-digit year: a folded line without four digits in a row has no date. */
const YEAR_DIGITS = gated(SHAPE.DIGIT, /\d{4}/);

/** "12 مارس 24", "الثلاثاء 12 مارس 24": a date alone on its line with a year of two digits (folded). */
const SHORT_YEAR_DATE = new RegExp(`^((?:(?:${WEEKDAY_ALT})[،,]? )?\\d{1,2} (?:${MONTH_ALT})[،,]? )(\\d{2})$`, 'u');
/** Two-digit years from 70 are the twentieth century's ("12 مارس 98"), the rest this one's. */
const CENTURY_PIVOT = 70;
const fullYear = (yy: number): number => (yy >= CENTURY_PIVOT ? 1900 : 2000) + yy;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Tabular Islamic calendar to Gregorian (±1 day of Umm al-Qura). */
export function hijriToGregorian(y: number, m: number, d: number): [number, number, number] {
  const jd = Math.floor((11 * y + 3) / 30) + 354 * y + 30 * m - Math.floor((m - 1) / 2) + d + 1948440 - 385;
  let l = jd + 68569;
  const n = Math.floor((4 * l) / 146097);
  l -= Math.floor((146097 * n + 3) / 4);
  const i = Math.floor((4000 * (l + 1)) / 1461001);
  l = l - Math.floor((1461 * i) / 4) + 31;
  const j = Math.floor((80 * l) / 2447);
  const day = l - Math.floor((2447 * j) / 80);
  l = Math.floor(j / 11);
  return [100 * (n - 49) + i + l, j + 2 - 12 * l, day];
}

interface Ymd {
  y: number;
  m: number;
  d: number;
  span: [number, number];
}

/**
 * "الأربعاء 12 11 2026", "12 11 2026 - 10:30": day, month and year parted by spaces only, read when they open the line
 * (after a weekday or none) and nothing but a time or a separator follows (in running text three numbers are no date).
 */
const SPACED_DMY = new RegExp(`^\\s*(?:(?:${WEEKDAY_ALT})[،,]? )?(\\d{1,2}) (\\d{1,2}) (\\d{4})(?=\\s*$|\\s?[-|،,]|\\s\\d{1,2}:\\d{2})`, 'u');

function gregorian(text: string): Ymd | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return { y: Number(m[3]), m: MONTHS.get(m[2]!)!, d: Number(m[1]), span: [m.index, m.index + m[0].length] };
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return { y: Number(m[3]), m: MONTHS.get(m[1]!)!, d: Number(m[2]), span: [m.index, m.index + m[0].length] };
  m = NUMERIC_YMD.exec(text);
  // ("10/08/2015م - 1439/08/25هـ": a Hijri year first is no Gregorian date; the day-first date before it is)
  if (m && Number(m[1]) >= MIN_GREGORIAN_YEAR) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), span: [m.index, m.index + m[0].length] };
  const re = NUMERIC_DMY_ALL;
  re.lastIndex = 0;
  for (let n = re.exec(text); n !== null; n = re.exec(text)) {
    const y = Number(n[3]);
    if (y >= MIN_GREGORIAN_YEAR) return { y, m: Number(n[2]), d: Number(n[1]), span: [n.index, n.index + n[0].length] };
  }
  const spaced = SPACED_DMY.exec(text);
  if (spaced) return { y: Number(spaced[3]), m: Number(spaced[2]), d: Number(spaced[1]), span: [spaced.index, spaced.index + spaced[0].length] };
  return null;
}

/** The weekday's name right before a date (a comma between or none), on the folded text. */
const WEEKDAY_LAST = new RegExp(`(?<!\\p{L})(${WEEKDAY_ALT})[،,]?\\s*$`, 'u');
/** The day of the week (0 Sunday … 6 Saturday) of each weekday's folded name. */
const WEEKDAY_NUMBER: ReadonlyMap<string, number> = new Map(Object.entries(WEEKDAYS_BY_NUMBER).flatMap(([n, names]) => names.map((w) => [foldText(w).toLowerCase(), Number(n)] as const)));
const DAY_MS = 86_400_000;

/**
 * "الأحد 20 ربيع الآخر 1447": the tabular calendar may miss the printed Hijri day by one; the weekday printed before it
 * settles it (the day before or after the conversion that falls on that weekday; else the conversion stands).
 */
function onWeekday(text: string, found: Ymd): Ymd {
  const m = WEEKDAY_LAST.exec(text.slice(0, found.span[0]));
  const want = m === null ? undefined : WEEKDAY_NUMBER.get(m[1]!);
  if (want === undefined) return found;
  const at = Date.UTC(found.y, found.m - 1, found.d);
  for (const shift of [0, -1, 1]) {
    const day = new Date(at + shift * DAY_MS);
    if (day.getUTCDay() === want) return { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate(), span: found.span };
  }
  return found;
}

function hijri(text: string): Ymd | null {
  const found = hijriDate(text);
  return found === null ? null : onWeekday(text, found);
}

function hijriDate(text: string): Ymd | null {
  let m = HIJRI_TEXT.exec(text);
  if (m) {
    const [y, mo, d] = hijriToGregorian(Number(m[3]), HIJRI.get(m[2]!)!, Number(m[1]));
    return { y, m: mo, d, span: [m.index, m.index + m[0].length] };
  }
  m = HIJRI_NUMERIC.exec(text);
  if (m) {
    const [y, mo, d] = hijriToGregorian(Number(m[3]), Number(m[2]), Number(m[1]));
    return { y, m: mo, d, span: [m.index, m.index + m[0].length] };
  }
  m = HIJRI_NUMERIC_YMD.exec(text);
  if (m) {
    const [y, mo, d] = hijriToGregorian(Number(m[1]), Number(m[2]), Number(m[3]));
    return { y, m: mo, d, span: [m.index, m.index + m[0].length] };
  }
  return null;
}

function timeOf(text: string): { iso: string; span: [number, number] } | null {
  const m = TIME.exec(text);
  if (m === null) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const mark = m[4];
  if (mark !== undefined && /^(م|مساء|مساءا|pm)$/.test(mark) && h < 12) h += 12;
  if (mark !== undefined && /^(ص|صباحا|am)$/.test(mark) && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return { iso: `${pad(h)}:${pad(min)}`, span: [m.index, m.index + m[0].length] };
}

function offsetOf(text: string): string | null {
  // "2024-03-12t10:30:00+03:00", "…t07:30:00z": an ISO date-time's own offset (the text is lowercased)
  const iso = ISO_OFFSET.exec(text);
  if (iso !== null) return iso[1] === 'z' ? '+00:00' : `${iso[2]}:${iso[3]}`;
  const g = GMT_OFFSET.exec(text);
  if (g) {
    const raw = g[2]!;
    const hours = raw.length > 2 ? raw.slice(0, 2) : raw;
    const minutes = g[3] ?? (raw.length > 2 ? raw.slice(2) : '00');
    return `${g[1]}${pad(Number(hours))}:${pad(Number(minutes))}`;
  }
  if (BARE_GMT.test(text)) return '+00:00';
  const latin = LATIN_ZONE.exec(text);
  if (latin) return LATIN_ZONES[latin[1]!] ?? null;
  const z = NAMED_ZONE.exec(text);
  if (z) {
    const entry = Object.entries(NAMED_ZONES).find(([name]) => foldText(name) === z[1]);
    return entry ? entry[1] : null;
  }
  return null;
}


/** "اليوم" (today), folded. */
const TODAY = 'اليوم';
/** "اليوم" last in the text before a time: "اليوم 10:45". */
const TODAY_BEFORE = /(?:^|\s)اليوم\s*$/u;

/** Finds the publication-style date printed in a line (Gregorian preferred, else Hijri converted). */
export function findDate(line: string): DateFound | null {
  // every printed date has a digit: skip the month patterns otherwise
  if (!ANY_DIGIT.test(line)) return null;
  let folded = foldText(line).toLowerCase();
  if (!YEAR_DIGITS.test(folded)) {
    // "12 مارس 24": a day, a month's name and a year of two digits, nothing else on the line
    const short = SHORT_YEAR_DATE.exec(folded.trim());
    if (short === null) return null;
    folded = short[1]! + fullYear(Number(short[2]));
  }
  // "الثلاثاء12 مارس 2024": the weekday's span and the day's glued together by the scrape
  // ("الثلاثاء الـ11 من أغسطس 2015": the day's number with the article glued to it)
  const text = folded.replace(GLUED_WEEKDAY, '$1 ').replace(DEFINITE_DAY, '');
  const found = gregorian(text) ?? hijri(text);
  if (found === null || !validDate(found.y, found.m, found.d)) return null;
  // "آخر تحديث: 13 نوفمبر 2026 | نشر: 12 نوفمبر 2026": the update's date first, then the labelled publication's: that one
  if (UPDATE_RE.test(text.slice(0, found.span[0]))) {
    const publishedAt = text.slice(found.span[1]).search(PUBLISHED_RE);
    const later = publishedAt >= 0 ? findDate(text.slice(found.span[1] + publishedAt)) : null;
    if (later !== null && later.published && !later.update) return later;
  }
  let iso = `${found.y}-${pad(found.m)}-${pad(found.d)}`;
  // "نشر بتاريخ: 2025/10/22 ( آخر تحديث: … الساعة: 14:05 )": the time of a later update is not the date's
  const updateAt = text.slice(found.span[1]).search(UPDATE_RE);
  const own = updateAt >= 0 && PUBLISHED_RE.test(text.slice(0, found.span[0])) ? text.slice(0, found.span[1] + updateAt) : text;
  const time = timeOf(own.slice(0, found.span[0]) + ' '.repeat(found.span[1] - found.span[0]) + own.slice(found.span[1]));
  if (time) {
    const offset = offsetOf(text);
    iso += `T${time.iso}${offset ?? ''}`;
  }
  const update = UPDATE_RE.test(text);
  const published = PUBLISHED_RE.test(text) && !PRINT_NOTE_RE.test(text);
  const rest = [found.span, time?.span].reduce<string>(
    (acc, span) => (span ? acc.slice(0, span[0]) + ' '.repeat(span[1] - span[0]) + acc.slice(span[1]) : acc),
    text,
  );
  // ("اليوم 10:45 - 12/05/2018": "today" before the time is the stamp's word, no outlet's name)
  const todayAt = time !== null && TODAY_BEFORE.test(text.slice(0, time.span[0]));
  const residue = (rest
    .replace(WEEKDAY_RE, ' ')
    .replace(UPDATE_RE, ' ')
    .replace(PUBLISHED_RE, ' ')
    .replace(GMT_OFFSET, ' ')
    .replace(NAMED_ZONE, ' ')
    .replace(ISO_JOINTS, ' ')
    .match(WORD) ?? []).filter((w) => !FILLER_WORDS.has(w) && !MONTHS.has(w) && !HIJRI_WORDS.has(w) && !/^\d+(?:ه|م)?$/u.test(w) && !(w === TODAY && todayAt));
  const total = Math.max(1, wordRuns(text));
  return { iso, update, published, coverage: 1 - residue.length / total };
}

// ("تم التحديث منذ ساعتين", "آخر تحديث منذ 5 دقائق", "نشر قبل يومين", "تاريخ النشر: منذ ساعتين", an aggregator's "تم جلب الخبر منذ 12 دقيقة":
// with the stamp's label before it, in English too: "Updated: منذ 3 ساعات")
const RELATIVE_TIME = gated(0, /^(?:(?:تمت? (?:التحديث|النشر|الاضافه|التعديل|\p{L}+ (?:الخبر|المقال|الماده|التقرير|الموضوع))|(?:اخر )?تحديث|تاريخ (?:النشر|التحديث)|(?:نشر|نشرت) في|نشر|نشرت|محدث|updated|published|posted) )?(?:منذ|قبل)(?: حوالي| نحو)? (?:\d+ )?(?:ثانيه|ثواني|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)$/u, 'اتقمنpu');
/** Whether a key (a line's) is how long ago a story ran: "منذ 3 ساعات", "قبل يومين", "تم التحديث منذ ساعة". */
export function isRelativeTime(key: string): boolean {
  return RELATIVE_TIME.test(key);
}

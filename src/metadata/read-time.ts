import { lineKey, spaceCount } from '../normalize/key.js';
import type { ReadTime } from '../schema.js';

/** Number words that stand for minutes ("دقيقة واحدة", "دقيقتان", "خمس دقائق"), folded. */
const MINUTE_WORDS: Readonly<Record<string, number>> = {
  'واحده': 1, 'دقيقه': 1, 'دقيقتان': 2, 'دقيقتين': 2, 'ثلاث': 3, 'اربع': 4, 'خمس': 5, 'ست': 6, 'سبع': 7, 'ثماني': 8,
  'ثمان': 8, 'تسع': 9, 'عشر': 10,
};

/**
 * An amount of minutes and its unit ("3 دقائق", "دقيقتان", "دقيقة واحدة"), as a regex of three groups: number, unit,
 * "واحده"; "أقل من دقيقة" (less than a minute) reads as the minute.
 */
const MINUTES = String.raw`(?:اقل من )?(\d{1,3}|واحده|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)? ?(دقائق|دقيقه|دقيقتان|دقيقتين)(?: (واحده))?`;

/**
 * "3 دقائق قراءة", "4 دقائق للقراءة", "دقيقتان من القراءة", "حوالي دقيقتين للقراءة", "مدة القراءة التقديرية: دقيقة
 * واحدة": amount (about so much) then unit, then the reading word ("3 دقائق min read", "3 دقائق min de lecture": or an
 * English or French badge's words).
 */
const AMOUNT_FIRST = /^(?:(?:مده|وقت|زمن) القراءه (?:(?:المقدر|المتوقع|التقريبي|التقديري)ه? )?)?(?:(?:حوالي|نحو|قرابه|زهاء|اقل من) )?(\d{1,3}|واحده|ثلاث|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)? ?(دقائق|دقيقه|دقيقتان|دقيقتين|min|mins|minutes?)(?: (واحده))?(?: (?:قراءه|للقراءه|من القراءه|read|min read|min de lecture|de lecture))?$/;
/** "قراءة 4 دقائق", "مدة القراءة 5 دقائق", "قراءة دقيقتان", "يستغرق قراءة المقال 3 دقائق". */
const READING_FIRST = new RegExp(String.raw`^(?:مده |وقت |زمن |يستغرق |تستغرق )?(?:القراءه|قراءه) (?:المقال |الخبر |الموضوع |هذا المقال )?(?:المقدر |المتوقع |التقريبي |في |خلال |لمده )?${MINUTES}$`);
/** "الوقت المقدر للقراءة: دقيقتان", "المدة المتوقعة للقراءة 4 دقائق": an estimate's label, then the minutes. */
const ESTIMATE_FIRST = new RegExp(String.raw`^(?:ال)?(?:وقت|مده|زمن) (?:ال)?(?:مقدر|متوقع|تقريبي|لازم)(?:ه)? لل?قراءه ${MINUTES}$`);
/** "تقرأ في 3 دقائق", "يُقرأ خلال دقيقتين", "اقرأ في دقيقتين": the reader's verb, then the minutes. */
const READ_IN = new RegExp(String.raw`^(?:س?تقرا|يقرا|اقرا|اقراه|س?تقراه|اقراها|ستقراها) (?:في|خلال) ${MINUTES}$`);
/** "تحتاج 3 دقائق لقراءة هذا المقال": what the reader needs, then the minutes, then what they are for. */
const NEEDED_FOR = new RegExp(String.raw`^(?:تحتاج|يحتاج|ستحتاج|سيحتاج)(?: الي)? ${MINUTES} لل?قراءه(?: هذا| هذه)?(?: المقال| الخبر| الماده| الموضوع)?$`);
/** "يستغرق 3 دقائق من وقتك", "تستغرق قراءته دقيقتين من وقتك": what the story takes of the reader's time. */
const TAKES_OF_TIME = new RegExp(String.raw`^(?:يستغرق|تستغرق|سيستغرق|ستستغرق)(?: (?:المقال|الخبر|هذا المقال|قراءته|قراءه المقال|قراءه هذا المقال))? (?:(?:حوالي|نحو) )?${MINUTES} من وقتك$`);
const TIME_OF_YOURS = ' من وقتك';
/** " تقريبا": "about", last after the minutes (a key). */
const ABOUT_LAST = ' تقريبا';
/** "يستغرق دقيقة واحدة للقراءة", "تستغرق 3 دقائق قراءة": what reading takes (a key). */
const TAKES_TO_READ = new RegExp(String.raw`^(?:يستغرق|تستغرق)(?: (?:المقال|الخبر))? (?:(?:حوالي|نحو) )?${MINUTES} (?:لل?قراءه|قراءه)$`);
/** "850 كلمة · 4 دقائق", "عدد الكلمات: 1,200 - 6 دقائق": the story's word count, then the minutes (on the key). */
const WORDS_THEN_MINUTES = new RegExp(String.raw`^(?:عدد الكلمات:? \d{1,3}(?:[ ,]?\d{3})?|\d{1,3}(?:[ ,]?\d{3})? ?كلمه) ${MINUTES}(?: (?:قراءه|للقراءه))?$`);
/** "دقائق قراءة 6": the unit and the reading word, then the number (printed in its own box after them). */
const NUMBER_LAST = /^(?:دقائق|دقيقه) (?:قراءه|للقراءه) (\d{1,3})$/u;
/** "4 دقائق قراءة · 812 كلمة": the story's word count after its read time (on the key). */
const WORD_COUNT_LAST = / \d{1,3}(?: ?\d{3})? ?(?:كلمه|كلمات)$/u;
const READING_WORD = /قرا|read|lecture/;
/** Every read-time line names minutes. */
const READ_TIME_HINT = /دقي|دقائق|min/iu;

function amount(value: string | undefined, unit: string): number {
  if (value !== undefined) return /^\d+$/.test(value) ? Number(value) : MINUTE_WORDS[value] ?? 1;
  return MINUTE_WORDS[unit] ?? 1;
}

/** "Lecture : 3 min", "Temps de lecture : 4 min", "3 min de lecture", "Reading time: 5 minutes": a read time in French or English. */
const LATIN_READ_TIME = /^(?:(?:temps|durée) de lecture|lecture|reading time|read time)\s?:?\s?(\d{1,3})\s?(?:min|mins|minutes?)\.?$|^(\d{1,3})\s?(?:min|mins|minutes?)\.? (?:de lecture|reading)$/iu;
/** A clock before an amount of minutes marks a read time without the word قراءة: "⏱ 7 دقائق". */
const CLOCK = /^\s*[⏱⏰⌚⏳⌛📖🕐-🕧]/u;
/** "قراءة: 3 د", "مدة القراءة: 3 دق", "3 د قراءة": minutes abbreviated to د or دق beside the reading word (on the key). */
const ABBREVIATED = /^(?:(?:مده|وقت|زمن) )?(?:القراءه|قراءه) (\d{1,3}) ?دق?$|^(\d{1,3}) ?دق? (?:قراءه|للقراءه)$/u;
const MAX_ABBREVIATED_KEY = 24;
/** "⏱ 4 د": after a clock, the minutes abbreviated alone (on the key). */
const CLOCKED_ABBREVIATED = /^(\d{1,3}) ?دق?$/u;

/** Reads a stated reading time from a chrome line, or null when the line is not one. */
export function parseReadTimeLine(line: string, key?: string): number | null {
  if (!READ_TIME_HINT.test(line)) {
    if (line.length > MAX_ABBREVIATED_KEY + 4 || !line.includes('د')) return null;
    const short = ABBREVIATED.exec(key ?? lineKey(line)) ?? (CLOCK.test(line) ? CLOCKED_ABBREVIATED.exec(key ?? lineKey(line)) : null);
    return short === null ? null : Number(short[1] ?? short[2]) || null;
  }
  key ??= lineKey(line);
  // "قراءة في 3 دقائق تقريبا": "about" after the minutes says no more than the minutes
  if (key.endsWith(ABOUT_LAST)) key = key.slice(0, -ABOUT_LAST.length);
  // "قراءة في 4 دقائق · 812 كلمة", "⏱ 4 دقائق · 812 كلمة": a word count after the minutes says no more than the minutes
  const counted = WORD_COUNT_LAST.exec(key);
  if (counted !== null && (READING_WORD.test(key.slice(0, counted.index)) || CLOCK.test(line))) key = key.slice(0, counted.index);
  if (CLOCK.test(line)) {
    const clocked = AMOUNT_FIRST.exec(key);
    if (clocked !== null) return amount(clocked[1], clocked[2]!);
  }
  // "Lecture : 3 min", "3 min de lecture", "Reading time: 5 minutes": a French or English read time, labelled or not
  const latin = LATIN_READ_TIME.exec(line.trim());
  if (latin !== null) return Number(latin[1] ?? latin[2]) || null;
  // "2min", "3 min read": an English read-time badge on an Arabic page
  const badge = /^(\d{1,3}) ?(?:min|mins|minutes?)(?: read)?$/iu.exec(key);
  if (badge) return Number(badge[1]) || null;
  if (key.endsWith(TIME_OF_YOURS)) {
    const taken = TAKES_OF_TIME.exec(key);
    return taken === null ? null : amount(taken[1], taken[2]!);
  }
  // "850 كلمة · 4 دقائق": a word count beside the minutes says what they are
  const wordsFirst = WORDS_THEN_MINUTES.exec(key);
  if (wordsFirst !== null) return amount(wordsFirst[1], wordsFirst[2]!) || null;
  if (key.length > 40 || !READING_WORD.test(key)) return null;
  const last = NUMBER_LAST.exec(key);
  if (last !== null) return Number(last[1]) || null;
  const m = AMOUNT_FIRST.exec(key) ?? READING_FIRST.exec(key) ?? ESTIMATE_FIRST.exec(key) ?? READ_IN.exec(key) ?? NEEDED_FOR.exec(key) ?? TAKES_TO_READ.exec(key);
  if (m === null) return null;
  const minutes = amount(m[1], m[2]!);
  return minutes > 0 && minutes < 1000 ? minutes : null;
}

/** "3 دقائق", "دقيقتان", "دقيقة واحدة": minutes alone, with no reading word (as a key). */
const MINUTES_ALONE = new RegExp(String.raw`^${MINUTES}$`);

/** Reads minutes alone ("3 دقائق") from the line under a read time's label, or null. */
export function parseMinutesAlone(key: string): number | null {
  const m = MINUTES_ALONE.exec(key);
  if (m === null) return null;
  const minutes = amount(m[1], m[2]!);
  return minutes > 0 && minutes < 1000 ? minutes : null;
}

/** A count before the minutes on a post's meta bar: its views ("1 254" on the key, from "1٬254"). */
const COUNT_FIRST = /^\d{1,3}(?: \d{3})* /u;
/** "دقائق" alone: minutes with no amount, a word of a sentence rather than a badge. Folded. */
const BARE_MINUTES = 'دقائق';

/**
 * Minutes alone as a post's meta bar prints its read-time badge, the clock icon lost ("3 دقائق", "دقيقتان"), perhaps
 * after the views' count beside it ("1٬254 دقيقتان"), as a key; or null. Never "دقائق" with no amount.
 */
export function parseMinutesBadge(key: string): number | null {
  if (key === BARE_MINUTES) return null;
  const alone = parseMinutesAlone(key);
  if (alone !== null) return alone;
  // ("1 254 3 دقائق": the count, then the badge's own amount)
  const count = COUNT_FIRST.exec(key);
  if (count === null) return null;
  const rest = key.slice(count[0].length);
  return rest === BARE_MINUTES ? null : parseMinutesAlone(rest);
}

/** Estimates minutes from the body's word count at `wordsPerMinute`, at least one. */
export function estimateReadTime(paragraphs: readonly string[], wordsPerMinute: number): ReadTime {
  let words = 0;
  for (const p of paragraphs) words += spaceCount(p) + 1;
  return { minutes: Math.max(1, Math.round(words / wordsPerMinute)), source: 'estimated' };
}

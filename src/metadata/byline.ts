import { COMMON_WORD_GIVEN_NAMES } from '../lexicon/given-names.js';
import { PLATFORMS } from '../lexicon/not-speech.js';
import { ACADEMIC_HOUSES, COMMON_WORD_OUTLETS, DESK_FIELDS, DESK_WORDS, JOINED_TRADES, NETWORK_SOURCES, NEWSROOM_DESKS, OUTLET_NAME_ENDINGS, SITE_NAME_HEADS, STAFF_PLURALS, TITLES_AFTER_CREDIT_LABEL, TITLES_BEFORE_WRITER, TRADE_FIELDS } from '../lexicon/agencies.js';
import { CAPTION_SCENE_WORDS, CAPTION_STARTS, CHROME_LINES, COLUMN_LABELS, LONE_CREDIT_LABELS, OPINION_LABELS, RATE_WIDGET_ITEMS, SOURCE_LABELS } from '../lexicon/chrome.js';
import { DAY_NAMES, FACILITY_HEADS, NAME_JOINERS, QUESTION_WORDS, SPEAKING_ORGANISATION_HEADS } from '../lexicon/function-words.js';
import { TERRITORY_HEADS } from '../lexicon/places.js';
import { foldText } from '../normalize/fold.js';
import { keyWords, lineKey } from '../normalize/key.js';
import { LOW_SURROGATE_MAX, LOW_SURROGATE_MIN } from '../normalize/codes.js';
import { trimChars } from '../normalize/trim.js';
import type { Byline } from '../schema.js';
import { findDate, isRelativeTime, type DateFound } from './date.js';
import { isGroupNoun, isKnownOutlet, isKnownPlace, isRoleHead, isWriterCalling, isWriterTitle, opensOnWriterTrade, startsWithGivenName, titleWordNamed } from './known.js';
import { EVENT_NOUN_SHAPE, EVENT_NOUNS, NEWS_VERBS, TOPIC_NOUNS } from '../lexicon/verbs.js';
import { JOB_TITLE_HEADS, PRESS_ADJECTIVE_WORDS } from '../lexicon/roles.js';
import { cueOf } from '../quotes/cue-index.js';
import { ORGANISATION_SET } from '../quotes/organisations.js';
import { gated, SHAPE } from '../normalize/gate.js';

/** Label words that open a credit line: "كتب: …", "بقلم …", "حوار: …". */
const CREDIT_LABEL =
  /^(?:(?:ال)?كاتبة? (?:ال)?ضيفة?(?=\s?:)|(?:المشاركة الأصلية )?كتبت? بواسطة|(?:تم النشر|نُ?شرت?|حُ?ررت?) بواسطة|posted by|written by|(?:يكتب|تكتب|يكتبها|تكتبها|المؤلف|المؤلفة|التوقيع)(?=\s?:)|كتبها|كتبتها|كتبت? (?:هذا|هذه) (?:التقرير|المقال|الخبر|القصة|المادة)(?=\s?:)|كتب|كتبت|كتبه|كاتبة? المقال(?=\s?:)|ضيفة? المقال(?=\s?:)|للكاتبة?|مقالة? لـ?|مدونة|(?:اسم )?(?:(?:الكاتب|المحرر)(?:\s?\/\s?ة|\(ة\))|الكاتب|الكاتبة|المحرر|المحررة)|(?:ال)?مقالة?(?: رأي)? بقلم|(?:ال)?مقالة?(?=\s?:)|(?:ب?عدسة|تصوير) و(?:قلم|تحرير)(?=\s?:)|بقلم وعدسة|بقلم|حوار (?:أجراه|أجرته|أجراها|أجرتها|اجراه|اجرته)|حوار|حاوره|حاورها|حاورته|حاورتها|حاورهم|أجرى الحوار|أجرت الحوار|أجرى اللقاء|أجرت اللقاء|(?:(?:ملف|تقرير|تحقيق) )?من (?:إعداد|اعداد)|من طرف|رصد|(?:بحث|جمع) و(?:إعداد|اعداد|ترتيب|تحرير)(?=\s?:)|(?:إعداد|اعداد) (?:الملف|التقرير|المادة)(?=\s?:)|اعداد|إعداد|بواسطة|تصوير|تقرير|ترجمة|متابعة|تحرير|إشراف|اشراف|مراسل|مراسلة|مراسلنا|مراسلتنا|أعده للنشر|أعدته للنشر|أعده|أعدته|أعدت? (?:التقرير|التحقيق|الملف|المادة)(?: للنشر)?(?=\s?:)|أعد\u0651ت? (?:التقرير|التحقيق|الملف|المادة)(?: للنشر)?(?=\s?:)|تغطية(?=\s?:)|تحقيق(?=\s?:)|تحليل(?=\s?:)|تقديم(?=\s?:)|نشره(?=\s?:)|نشرته(?=\s?:)|(?:حرره|حررته|حررها|حررتها)(?=\s?:)|نص(?=\s?:)|النص(?=\s?:)|من(?=\s?:)|كتابة و(?:تصوير|إعداد|اعداد|تحرير)(?=\s?:)|كتابة(?=\s?:)|نقل(?:ه|ته|ها|تها) (?:(?:إلى|الى) (?:ال)?عربية|للعربية)(?=\s?:)|عن (?:ال)?(?:إنجليزية|انجليزية|إنكليزية|انكليزية|فرنسية|ألمانية|المانية|عبرية|إسبانية|اسبانية|روسية|تركية|فارسية|إيطالية|ايطالية)(?=\s?:)|by|par|author|authors|role)(?=[\s:/\-–—,،])/iu;
/** "بالاشتراك مع", "بمشاركة": a second writer credited jointly after the first (between spaces). */
const JOINTLY = / (?:بالاشتراك مع|بمشاركة) (?=\S)/u;
/** "وتقديم", "وتحرير", "وحوار": a second credit label joined by و, right before the colon or dash. */
const SECOND_LABEL = /^ و(?:تقديم|تحرير|إعداد|اعداد|تصوير|ترجمة|مونتاج|إخراج|اخراج|متابعة|حوار)(?=\s?[:\-–—])/u;
/** A journalist's trades ("صحفية", "إعلامي"), as a regex alternation. */
const PRESS_TRADES = PRESS_ADJECTIVE_WORDS.join('|');
/** Titles before a writer's name ("المهندس", "الأستاذ الدكتور"), longest first, as a regex alternation. */
const WRITER_TITLE_WORDS = [...TITLES_BEFORE_WRITER].sort((a, b) => b.length - a.length).join('|');
/** "د/", "أ/", "م/" (Egyptian), "ذ/": a title of one letter and a slash before a name, as a regex. */
const SHORT_TITLE = '[دأمذ] ?/';
/** "والمحلل السياسي": a second trade joined by و to the first, and its field, as a regex. */
const JOINED_TRADE = `و(?:ال)?(?:${JOINED_TRADES.join('|')})(?: (?:${TRADE_FIELDS.join('|')}))?`;
/** A place's words after "في" in a credit: letters only ("عمان", "البحر الميت"), no separator. */
const PLACE_WORDS = /^\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*)?$/u;
/** "في": the place a writer files from, before it. */
const IN = 'في';

/** "في عمان سامي النجار" → the place (one or two words) and the name after it, when the place is known and a full name follows. */
function placeBeforeName(rest: string): { place: string; name: string } | null {
  const words = rest.split(' ');
  if (words[0] !== IN) return null;
  for (let n = 1; n <= 2; n++) {
    const place = words.slice(1, 1 + n).join(' ');
    const name = words.slice(1 + n).join(' ');
    if (PLACE_WORDS.test(place) && isKnownPlace(lineKey(place)) && isPersonLike(name, 2, MAX_BYLINE_NAME_WORDS)) return { place, name };
  }
  return null;
}

/** A full-width colon ("："), as some pages print a credit's. */
const FULL_WIDTH_COLON = '\uFF1A';
/** Tatweel and the vowel marks. */
const MARKS = /[\u0640\u064B-\u0652]/gu;
/** A first word holding tatweel or vowel marks, and what follows it ("كتـب" and ":"). */
const LABEL_MARKS = /^(\p{Script=Arabic}*[\u0640\u064B-\u0652][\p{Script=Arabic}\u0640\u064B-\u0652]*)([\s:/\-–—,،]?)/u;

/** "سامي النجار :الكاتب": a name, then a colon and a writer's label closing the line (the labels a credit may print alone). */
const LABEL_LAST = new RegExp(`^([^:]{4,40}?) ?:(${LONE_CREDIT_LABELS.join('|')}|اعداد)$`, 'u');

/** " لـ«الغد»:", " لـ الغد -": the outlet a credit was written for, after its label and before a colon or dash (kept). */
const FOR_OUTLET = /^\s?لـ ?[«"“]?([^«»"“”:\-–—]{2,30}?)[»"”]? ?[:\-–—]/u;

/** "في صنعاء /": a place after a credit label, before a separator. */
const PLACE_AFTER_LABEL = /^في ([^/\-–—:،,]{2,30}?) ?[/\-–—:،,]/u;
/**
 * "بقلم الكاتب سامي يوسف", "مراسل الموقع منى سعيد", "بقلم المدون: نور الراشد", "بقلم رئيس التحرير: …": the writer's
 * trade, post or the outlet's noun between the label and the name (a colon may follow it). Left off, and the name is then as marked as after a colon.
 */
const LEAD_AFTER_LABEL = new RegExp(
  `^\\s*(?:(?:${WRITER_TITLE_WORDS}|${TITLES_AFTER_CREDIT_LABEL.join('|')}|(?:ال)?(?:كاتب|كاتبة|${PRESS_TRADES}|زميل|زميلة|دكتور|دكتورة|أستاذ|أستاذة|مهندس|مهندسة|مدون|مدونة|محرر|محررة)(?: (?:ال)?(?:صحفي|صحفية|صحافي|صحافية))?)(?: ${JOINED_TRADE})?|${JOINED_TRADE}|${SHORT_TITLE}|الموقع|القناة|الصحيفة|الجريدة|الوكالة|الإذاعة|(?:نائب |نائبة )?(?:رئيس|رئيسة|مدير|مديرة) التحرير)(?:\\s?[:：/]\\s*|\\s+)`,
  'u',
);
/** "مدونة سلمى الحسن": the writer's blog (or the blogger), before a name with no colon. */
const BLOG_LABEL = 'مدونة';
/** The label of a photographer's credit. */
const PHOTO_LABEL = 'تصوير';
/** A credit's label followed by its colon or dash. */
const MARKED_CREDIT = /^\s?[:\-–—]/u;
/** After a photo label, marked or not, a credit to an archive or a file photo: ": أرشيف الموقع", " أرشيفية". */
const ARCHIVE_CREDIT = /^(?:\s*[:\-–—])?\s*(?:ال)?[أا]رشيف/u;
/** A second label inside a credit line ("إعداد: فلان, تصوير : فلان"). */
// ("كتبه X · تحقق منه: فريق تقصي الحقائق": a fact-checker's "checked it")
const INNER_LABEL = /(?<!\p{L})(?:تصوير|إعداد|اعداد|تحرير|مراجعة|تدقيق|ترجمة|بقلم|كتب|إشراف|اشراف|مونتاج|إخراج|اخراج|غرافيك|جرافيك|تحققت? من(?:ه|ها))(?=[\s:\-–—])[\s:\-–—]*/gu;
/** "(CNN)--", "دبي، الإمارات العربية المتحدة (CNN)—", "(رويترز) -", "القاهرة (أ ش أ) -": an agency in brackets. */
const BRACKET_PREFIX = /^([^()]{2,60})?\(([^()]{1,30})\)\s?(?:--|—|–|-|:)\s?/u;
/** A dash after the closing bracket of a lead. */
const DASH_AFTER_BRACKET = gated(SHAPE.PAREN, /\)\s?(?:--|—|–|-)\s?$/u);
/** " - 14 - 5 ": the day and month a wire prints after its place, before the agency in brackets. */
const WIRE_DAY_MONTH = /[-–—] ?\d{1,2} ?[-–—/] ?\d{1,2}$/u;
/** Glyphs, emoji and bullets opening a line, before its first letter, digit, bracket or quote mark. */
const LEADING_GLYPHS = /^[^\p{L}\p{N}«"“(\[]+/u;
/** "✍️": the writing hand, a writer's mark before the name. */
const WRITING_HAND = '\u270D';
/** " [خاص]": a short note in square brackets closing a line. */
const SQUARE_NOTE_LAST = /\s?\[([^[\]]{1,30})\]$/u;
/** "📍": a pin, a place's mark. */
export const ROUND_PIN = '\u{1F4CD}';
/** " - منذ 3 ساعات", " | قبل يومين", " • منذ 3 ساعات": a relative time closing a byline line. */
const SINCE_SUFFIX = / [-–—|•·] (?:منذ|قبل) [^-–—|•·:]{2,20}$/u;
/** A place (a few words, no separator), a dash or bar between spaces, and the rest: "عمّان - كتب سامي النجار:". */
const PLACE_THEN_CREDIT = /^([^\-–—|:،,]{2,30}?) [-–—|] (\S.*)$/u;
/** Longest line read as a name and a time since with no separator ("لانا الحياري منذ 3 ساعات"): a name and a few words. */
const MAX_SINCE_LINE_CHARS = 60;
/** Where "منذ" or "قبل" may open a relative time after a credit with no separator. */
const SINCE_START = / (?=(?:منذ|قبل) )/gu;

/** " منذ 3 ساعات" closing a line with no separator before it: the match (from its space), or null. */
function bareSinceSuffix(line: string): { index: number } | null {
  if (line.length > MAX_SINCE_LINE_CHARS) return null;
  for (const m of line.matchAll(SINCE_START)) if (isRelativeTime(lineKey(line.slice(m.index + 1)))) return { index: m.index };
  return null;
}
/** An account's handle, last on a line: "@writer_desk". */
const HANDLE_AT_END = gated(SHAPE.AT, /^@[a-z0-9_.]{1,30}\)?$/iu, '\u0040');
/** An account's handle printed with its "@" last, as copied out of right-to-left text: "okaz_online@". */
const HANDLE_AT_LAST = gated(SHAPE.AT, /^[a-z0-9_.]{1,30}@$/iu);
/** An e-mail address, last on a line: "desk@example.com". */
const EMAIL_AT_END = gated(SHAPE.AT, /^[a-z0-9_.+-]{1,40}@[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,20}){1,4}$/iu);
/** A platform's name or an e-mail label and a colon, last before the handle: "تويتر:", "البريد الإلكتروني:". */
const PLATFORM_BEFORE_HANDLE = /(?:^|\s)(?:تويتر|twitter|إكس|اكس|انستغرام|instagram|البريد الإلكتروني|البريد الالكتروني|البريد|الإيميل|الايميل|e-?mail) ?:?$/iu;
const HANDLE_SEPARATORS = ' |｜-–—،,(';

/**
 * "غادة السمان | تويتر: @writer_desk", "X - @handle", "X handle@": where the writer's account after the credit begins
 * (its platform and separator included), or -1.
 */
function handleStart(line: string): number {
  let at = line.lastIndexOf('@');
  if (at <= 0) return -1;
  // ("جود الحسن | البريد الإلكتروني: desk@example.com": an e-mail address, read from its first letter)
  const word = line.lastIndexOf(' ', at) + 1;
  if (word > 0 && word < at && EMAIL_AT_END.test(line.slice(word).trimEnd())) at = word;
  // ("محمد حفني (القاهرة) okaz_online@": the handle with its "@" last, read from its first letter)
  else if (word > 0 && word < at && HANDLE_AT_LAST.test(line.slice(word).trimEnd())) at = word;
  else if (!HANDLE_AT_END.test(line.slice(at).trimEnd())) return -1;
  let before = line.slice(0, at).trimEnd();
  const platform = PLATFORM_BEFORE_HANDLE.exec(before);
  if (platform !== null) before = before.slice(0, platform.index);
  let end = before.length;
  while (end > 0 && HANDLE_SEPARATORS.includes(before[end - 1]!)) end--;
  return end;
}
/** "نزار الخياط، جدة": what stands before the last comma, and a place of one or two words after it. */
const WRITER_COMMA_PLACE = /^([^،,]{3,40})[،,] ?(\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*)?)$/u;
/** Marks that part a byline: dashes, bars, colons, slashes, brackets, quote marks, "+", bullets and stars ("X • عمّان", "X ✦ صحفية"). */
const PART_SEPARATORS = /[-–—|:/()«»"+•·∙●◆▪■~║｜✦✧★☆◇♦]/u;
const ARABIC_WORD = /^[\p{Script=Arabic}]+$/u;
const NAME_STOPWORDS = new Set(
  ['في', 'من', 'على', 'الى', 'عن', 'مع', 'ان', 'قال', 'قالت', 'هذا', 'هذه', 'التي', 'الذي', 'بعد', 'قبل', 'امس', 'اليوم', 'كما', 'ثم', 'او', 'و', 'لا', 'ما', 'هو', 'هي', ...CAPTION_SCENE_WORDS].map(foldText),
);

const DESK_KEYS = new Set(DESK_WORDS.map((d) => lineKey(d)));
/**
 * Currencies and commodities ("دولار", "يورو", "الذهب") and the heads of a job's title ("محاسب", "مبرمجة"), as keys:
 * never a name's first word ("من: دولار أمريكي", "محاسب مالي - عمّان").
 */
const NOT_NAME_FIRST_KEYS: ReadonlySet<string> = new Set([...RATE_WIDGET_ITEMS, ...JOB_TITLE_HEADS].map(lineKey));

export type PartKind = 'agency' | 'place' | 'desk' | 'person' | 'date' | 'section' | 'unknown';

export interface BylinePart {
  text: string;
  kind: PartKind;
}

/** A person named beside a place or agency in a byline has two or three words ("حمزة مصطفى"). */
const MAX_BYLINE_NAME_WORDS = 3;
/** Most words of a name after a writer's label ("بقلم: عبدالعزيز بن صالح العمري"), joiners aside. */
const MAX_CREDIT_NAME_WORDS = 4;
/** No agency or outlet of the lexicon has more words ("وكالة المغرب العربي للأنباء"; a lexicon test holds it). */
const MAX_LISTED_OUTLET_WORDS = 5;

const NAME_JOINER_SET = new Set(NAME_JOINERS);
/** "ولد": the Mauritanian "son of" inside a name ("سيدي محمد ولد أحمد"), a joiner `NAME_JOINERS` leaves out (folded). */
const SON_OF_MAURITANIAN = 'ولد';
/** Most joiners a name's words are counted past the limit for ("عبد الرحمن بن ناصر آل مبارك": three). */
const MAX_COUNTED_JOINERS = 3;

/**
 * How many of a folded name's words are joiners inside it ("عبد الرحيم", "بن سالم", "ابو بكر", "ولد أحمد", "آل سعيد" folded
 * "ال"; "محمد بن سعيد ال عاطف": two), never its last word, at most MAX_COUNTED_JOINERS.
 */
function joinerCount(key: string): number {
  const words = key.split(' ');
  let count = 0;
  for (let i = 0; i < words.length - 1; i++) if ((NAME_JOINER_SET.has(words[i]!) || words[i] === SON_OF_MAURITANIAN) && ++count === MAX_COUNTED_JOINERS) break;
  return count;
}

const MAX_BYLINE_CHARS = 160;

const EMPTY_BYLINE: Byline = { authors: [], agency: null, dateline: null };

function stripPunct(text: string): string {
  return trimChars(text, ':،,.-–—«»"()');
}

/** Whether a phrase looks like a person's name: 1–4 Arabic words, no function words. */
export function isPersonLike(text: string, minWords = 2, maxWords = 4, key = lineKey(text)): boolean {
  const count = keyWords(key);
  if (count < minWords || count > maxWords) return false;
  const words = key.split(' ');
  // "علي" spelt with ي is the name Ali, not the preposition على (with its marks or without them: "عَلِيّ"); the raw words
  // are split only when a function word's key is met
  let raw: string[] | undefined;
  const spelled = (i: number, word: string): boolean => (raw ??= text.replace(COMBINING_MARKS, '').split(/[\s\p{P}]+/u).filter(Boolean))[i] === word;
  // ("ع ا/ م ح", "ع خ" at a wire story's foot: an editor's initials, words of one or two letters, no name)
  // ("آن أبلباوم": "آن" spelt with madda is the name Anne, never the particle أن)
  // ("جماهير الهلال", "لاعبو النصر": a crowd, never a person; "دولار أمريكي" in a converter's field: a currency;
  // "محاسب مالي" in a jobs box: a job)
  return !isGroupNoun(words[0]!) && !NOT_NAME_FIRST_KEYS.has(words[0]!) && words.some((w) => w.length >= MIN_NAME_WORD_LETTERS) && words.every((w, i) => ARABIC_WORD.test(w) && (!NAME_STOPWORDS.has(w) || spelled(i, 'علي') || spelled(i, 'آن')));
}

/**
 * Whether a phrase looks like a person's name, a word more allowed for each joiner in it: "عبد الرحيم بن سالم",
 * "محمد بن سعيد آل عاطف", "نورة بنت عبدالله آل ثاني" (at most MAX_COUNTED_JOINERS more).
 */
export function isJoinedPersonLike(text: string, minWords: number, maxWords: number, key = lineKey(text)): boolean {
  if (isPersonLike(text, minWords, maxWords, key)) return true;
  if (keyWords(key) <= maxWords) return false;
  const joiners = joinerCount(key);
  return joiners > 0 && isPersonLike(text, minWords, maxWords + joiners, key);
}

/** Harakat, shadda and the other combining marks over or under a letter. */
const COMBINING_MARKS = /\p{Mn}/gu;

/** Fewest letters of one word at least of a name: initials alone are none. */
const MIN_NAME_WORD_LETTERS = 3;

const LIST_COMMA = /[،,]/u;

function hasComma(text: string): boolean {
  return text.includes('،') || text.includes(',');
}

/** "عرعر، بغداد": places written from, parted by commas. */
export function placeList(text: string): boolean {
  if (!hasComma(text)) return false;
  const pieces = text.split(LIST_COMMA);
  return pieces.every((p) => isKnownPlace(lineKey(p)));
}

/** A site's name with its domain spelled out: "القدس دوت كوم", "دوت كوم" alone after a quoted name. Folded. */
const SPELLED_DOMAIN = /(?:^| )دوت (?:كوم|نت|اورج|اورغ)$/u;
/** "الحدث.نت", "مصراوي.كوم": a site named by its domain, the dot printed (on the text, not the key). */
const DOTTED_DOMAIN = /^\p{Script=Arabic}{2,}(?: \p{Script=Arabic}{2,})?\.(?:نت|كوم|أورغ|اورغ|أورج|اورج)$/u;
const MAX_DOMAIN_NAME_WORDS = 4;
/** A name and a dash with nothing after them: "عمون -", "الرياض -". */
const DANGLING_LEAD = /^([^-–—:|]{2,30}?)\s*[-–—]\s*$/u;
const MAX_LEAD_WORDS = 2;
/**
 * A site's name by its last word: "السومرية نيوز", "هبة بريس", "العربية أونلاين", "الشرق بوست", "صحراء ميديا", "يمن مونيتور", "العين الإخبارية", a
 * radio's "موزاييك أف أم". Folded.
 */
const OUTLET_ENDING = new RegExp(`^\\S+(?: \\S+)? (?:${[...OUTLET_NAME_ENDINGS, 'اف ام', 'fm'].join('|')})$`, 'u');
/**
 * "TRT عربي", "CNBC عربية", "DW عربية": a Latin brand and its Arabic service, as a key (folded, lower-cased); printed
 * with no separator between them ("EN | عربي" is a switch between a site's editions).
 */
const ARABIC_SERVICE_OF_BRAND = gated(SHAPE.LATIN, /^[a-z][a-z0-9]*(?: [a-z0-9]+)? عربي(?:ه)?$/u);
/**
 * "العربية Business", "الشرق Bloomberg", "سبوتنيك عربي": a listed outlet and one Latin word naming its product, or the
 * word naming its Arabic service, as a key.
 */
const PRODUCT_OR_SERVICE_TAIL = / (?:[a-z]{3,12}|عربي|عربيه)$/u;
function outletProduct(key: string): boolean {
  const tail = PRODUCT_OR_SERVICE_TAIL.exec(key);
  return tail !== null && isKnownOutlet(key.slice(0, tail.index));
}
const QUOTED_THEN_DOMAIN = /[«"“]([^«»"“”]{2,30})[»"”]\s*(دوت (?:كوم|نت))/u;

const OUTLET_KIND_KEYS = new Set(SITE_NAME_HEADS.map(lineKey));
/** "خدمة كووورة", "خدمة الأخبار العاجلة": a news service named after its outlet. */
const SERVICE_PREFIX = 'خدمه ';

/** "جريدة الأيام", "موقع الخليج": an outlet named by its kind and a name of a few words. */
function outletByKind(key: string): boolean {
  const space = key.indexOf(' ');
  if (space <= 0 || keyWords(key) > MAX_LISTED_OUTLET_WORDS) return false;
  // ("البوابة العربية للأخبار التقنية": the kind with the article, and a name of adjectives and genitives)
  const head = key.slice(0, space);
  return OUTLET_KIND_KEYS.has(head) || (head.startsWith('ال') && OUTLET_KIND_KEYS.has(head.slice(2)));
}

const EVENT_NOUN_SET: ReadonlySet<string> = new Set([...EVENT_NOUNS, ...TOPIC_NOUNS].map(lineKey));

/**
 * "مصر: ارتفاع أسعار الذهب", "العراق: مقتل ثلاثة جنود": words opening on an event noun (a verbal noun's shape no
 * given name has, or a listed one) are a headline's, never a person's name.
 */
export function opensOnEvent(key: string): boolean {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  return (EVENT_NOUN_SET.has(first) || EVENT_NOUN_SHAPE.test(first)) && !startsWithGivenName(key);
}

/**
 * "الموفد الخاص إلى نيويورك: …", "مراسل الجزيرة في بيروت: …", "مراسلة القناة: …": a correspondent's or envoy's title,
 * what follows it (an outlet, a place), a colon and the name (group 2; the words between the title and the colon, group 1).
 */
const CORRESPONDENT_TITLE = /^(?:ال)?(?:مراسل|موفد|محرر)ة?(?: (?:ال)?خاصة?)?(?: ([^:：]{2,40}?))?\s?[:：]\s*(\S.*)$/u;
/** A name of two to four words in Latin letters, each capitalised, before or after the Arabic name on the line. */
const LATIN_WORD = "[A-Z][\\p{Script=Latin}'’.-]*";
// ("Sara Ali | سارة علي": a bar, a slash or a dash may part the two)
const LATIN_NAME_FIRST = new RegExp(`^${LATIN_WORD}(?: ${LATIN_WORD}){1,3}(?: ?[|｜/–—-])? (?=\\p{Script=Arabic})`, 'u');
const LATIN_NAME_LAST = new RegExp(`(?<=\\p{Script=Arabic})(?: [|｜/–—-])? ${LATIN_WORD}(?: ${LATIN_WORD}){1,3}$`, 'u');
/** A joiner before a Latin name's next word, or none: "al ", "de ", "bin ", "al-". */
const LATIN_JOINER = '(?:(?:al|el|de|da|di|du|van|von|bin|ben|ibn) )?(?:(?:al|el)-)?';
/** A name of two to four words in Latin letters alone, each capitalised but a joiner ("Omar al-Sharif", "Ana de Souza"). */
const LATIN_NAME = gated(SHAPE.LATIN, new RegExp(`^${LATIN_WORD}(?: ${LATIN_JOINER}${LATIN_WORD}){1,3}$`, 'u'));
/** "Staff", "Team", "Desk": a word that makes a Latin credit a newsroom's, not a person's. */
const LATIN_DESK_WORD = gated(SHAPE.LATIN, /(?:^| )(?:Staff|Team|Desk|Editors?|Newsroom|News|Agency|Online|Arabic|Reporters?|Correspondents?|Rédaction|Redaction)(?: |$)/u);
/** A capital and small letters: a word of a name with no label ("Rami"; never "A" or "AFP"). */
const BARE_LATIN_WORD = "[A-Z][a-z'’-]+";
/**
 * A name in Latin letters alone on its line, with no label: two or three words, each a capital and small letters
 * ("Rami Khouri"), never initials ("A A") nor a label's word ("Par La Rédaction", "By …").
 */
const BARE_LATIN_NAME = gated(SHAPE.LATIN, new RegExp(`^(?!(?:By|Par|Von|Por|The|La|Le|Les) )${BARE_LATIN_WORD}(?: ${LATIN_JOINER}${BARE_LATIN_WORD}){1,2}$`, 'u'));
/** What each of the three readings below needs: a capital Latin letter or "@". */
const LATIN_CAPITAL_OR_AT = /[A-Z@]/;
/** "@samerkh " opening the line, before the writer's Arabic name. */
const LEADING_HANDLE = /^@[\w.]{1,30} (?=\p{Script=Arabic})/u;
/** "Samer Halabi": a person's name in Latin letters alone, not a wire's, a desk's or a listed outlet's ("Reuters Staff", "Sky News Arabia"). */
function latinNameAlone(text: string): boolean {
  return LATIN_CAPITAL_OR_AT.test(text) && LATIN_NAME.test(text) && !LATIN_DESK_WORD.test(text) && classifyPart(text).kind !== 'agency';
}
/** "Rami Khouri" alone on its line, with no label (see `BARE_LATIN_NAME`). */
export function bareLatinName(text: string): boolean {
  return BARE_LATIN_NAME.test(text) && latinNameAlone(text);
}
/** "مكتب عمان": an outlet's bureau in a known city, as a key. */
const BUREAU_WORD = 'مكتب ';
function isBureau(key: string): boolean {
  return key.startsWith(BUREAU_WORD) && isKnownPlace(key.slice(BUREAU_WORD.length));
}

/** "عن الإنجليزية", "بتصرف عن الفرنسية": the language a translation was made from, after the translator (a key). */
const FROM_LANGUAGE = gated(0, /^(?:بتصرف )?عن (?:ال)?(?:انجليزيه|انكليزيه|فرنسيه|المانيه|اسبانيه|روسيه|تركيه|فارسيه|عبريه|ايطاليه|صينيه)$/u, 'بع');
/** Heads of a newsroom's desk, as keys ("قسم", "وحدة"): see `newsroomDesk`. */
const NEWSROOM_DESK_KEYS: ReadonlySet<string> = new Set(NEWSROOM_DESKS.map(lineKey));
/** Most words of a desk's name: the head and one or two definite words ("قسم المعلومات", "وحدة التحقق الرقمي"). */
const MAX_DESK_NAME_WORDS = 3;

/** "قسم المعلومات", "وحدة التحقق": a desk's head and definite words only, a credit that names nobody (as a key). */
function newsroomDesk(key: string): boolean {
  const words = key.split(' ');
  return words.length >= 2 && words.length <= MAX_DESK_NAME_WORDS && NEWSROOM_DESK_KEYS.has(words[0]!) && words.slice(1).every((w) => w.startsWith('ال') && w.length > 3);
}

/** "من مراسلنا", "من مندوبتنا": the outlet's own correspondent after "من" (from). */
const FROM_WORD = 'من ';
const FROM_CORRESPONDENT = gated(0, /^من (?:مراسل|مندوب)(?:نا|تنا|ينا) /u, 'م');
/** "— سامر يوسف، خاص", "(انتهى) سامر يوسف": a name after a dash with an exclusive's note, or after the wire's end mark. */
const SIGNED_AFTER_MARK = /^(?:[—–]\s?(\p{L}+(?: \p{L}+){1,3})[،,]\s?(?:خاص|حصري)|\(انتهى\)\s?(\p{L}+(?: \p{L}+){1,3}))$/u;
const MAX_SIGNED_CHARS = 60;
/** "من مراسلنا في الخرطوم", "مراسلتنا في بيروت": the outlet's own correspondent in a place, unnamed on the line. */
// ("مراسلنا - الخرطوم": or a dash before the place)
const OUR_CORRESPONDENT_IN = /^(?:من )?(?:مراسل|مندوب)(?:نا|تنا|ينا)(?: (?:في|ب)\s?| ?[-–—] ?)(\p{L}+(?: \p{L}+)?)$/u;
/** " في بيروت", " إلى نيويورك": the place after a correspondent's outlet, which is left off. */
const POSTED_TO = /(?:^| )(?:في|إلى|الى|لدى) .*$/u;

/** The listed outlet a correspondent's title names ("الجزيرة في بيروت" gives "الجزيرة"), or null. */
function correspondentsOutlet(words: string | undefined): string | null {
  const outlet = words?.replace(POSTED_TO, '').trim() ?? '';
  return outlet === '' ? null : outletOf(outlet);
}

/**
 * "خاص ليبانون ديبايت", "خاص بالموقع", "خاص لـ«القدس العربي»", "حصري لموقع الساحة": "exclusive" and the outlet,
 * without a separator (ل glued only to an outlet's head word: a site, a paper, a channel, an agency).
 */
const EXCLUSIVE_TO_OUTLET = /^(?:خاص|حصري) (?:(?:ب|ل)ـ?(?=[«"“]|ال)|ل(?=(?:موقع|صحيفة|صحيفه|جريدة|جريده|مجلة|مجله|قناة|قناه|وكالة|وكاله) ))?[«"“]?([^«»"“”:.،,|\-–—]{2,30}?)[»"”]?$/u;
/** "خاص بـ«المجلة»", "حصري لـ«الموقع»": "exclusive", then the preposition glued before the outlet (on the text). */
const EXCLUSIVE_WITH_PREPOSITION = /^(?:خاص|حصري) [بل]/u;
/** "خاص بـ«العربي الجديد»": the desk word "exclusive" and the preposition before the outlet, as a key. */
const EXCLUSIVE_TO = gated(0, /^خاص ?[بل]$/u, 'خ');
/** "المحرر الاقتصادي", "المحررة الثقافية": a desk's editor credited with no name; as a key. */
const EDITOR_DESK = gated(0, /^(?:ال)?محرر(?:ه)? ال\p{L}{3,}ي(?:ه)?$/u, 'ام');
const MAX_EDITOR_DESK_CHARS = 30;
/**
 * "محرر الشؤون الدولية", "محررة الشؤون الثقافية", "محرر الاقتصاد": the editor of a field, its affairs or a listed
 * field's noun, credited with no name; as a key.
 */
const EDITOR_OF_FIELD = gated(0, new RegExp(`^(?:ال)?محرر(?:ه)? (?:(?:ال)?(?:شؤون|شئون|شوون) ال\\p{L}{3,}يه|${DESK_FIELDS.map(lineKey).join('|')})$`, 'u'), 'ام');

/** "فريق التحرير", "مكتب عمان", "محرر الشؤون العلمية": a desk credited with no label, nobody named (as a key). */
function labelLessDesk(key: string): boolean {
  return DESK_KEYS.has(key) || isBureau(key) || EDITOR_OF_FIELD.test(key);
}

/** "المحرر الاقتصادي", "محرر الشؤون الدولية", "هيئة التحرير", "الإدارة": a desk or the site credited after a label, nobody named. */
function unnamedDesk(text: string): boolean {
  const key = lineKey(text);
  return EDITOR_DESK.test(key) || EDITOR_OF_FIELD.test(key) || DESK_KEYS.has(key);
}

/** "بقلم": the pen's credit label, never another word before a name. */
const PEN_LABEL = 'بقلم';
/** "من " opening a byline part, as a key: the writer's name follows ("عمان - من X"). */
const FROM_WRITER = 'من ';
/** "عن " opening a part, as a key: the paper a piece is taken from follows ("عن واشنطن بوست"). */
const TAKEN_FROM = 'عن ';

/** "مراسلو الجزيرة نت": an outlet's staff in the plural, then what may be the outlet. */
const STAFF_OF = new RegExp(`^(?:${STAFF_PLURALS.join('|')}) (\\S.*)$`, 'u');

/** "مراسل الجزيرة نت", "مراسلة العربي الجديد": an outlet's correspondent, unnamed, then what may be the outlet. */
const CORRESPONDENT_OF = /^(?:ال)?(?:مراسل|مندوب|موفد)ة? (\S.*)$/u;
/** "مراسلنا", "مراسلتنا", "مندوبنا": the site's own correspondent, unnamed (keys). */
const OUR_CORRESPONDENT_KEYS: ReadonlySet<string> = new Set(['مراسلنا', 'مراسلتنا', 'مندوبنا', 'مندوبتنا', 'مراسلونا', 'مراسلينا']);

/** "جامعة الملك سعود", "كلية الإعلام": a house of learning and its name (a key). */
const ACADEMIC_HOUSE = gated(0, new RegExp(`^(?:ال)?(?:${ACADEMIC_HOUSES.map(lineKey).join('|')}) \\S`, 'u'), 'اجكم');

/** Names the kind of one part of a byline. */
export function classifyPart(raw: string, rawKey?: string): BylinePart {
  const text = stripPunct(raw);
  // the key ignores punctuation: the raw text's key is the stripped text's key
  const key = rawKey ?? lineKey(text);
  if (key === '') return { text, kind: 'unknown' };
  // "سامي النجار - خاص بالموقع", "… - خاص ليبانون ديبايت": an exclusive beside the writer, to the site itself or to an outlet
  const exclusive = EXCLUSIVE_TO_OUTLET.exec(text);
  if (exclusive !== null) {
    const outlet = classifyPart(exclusive[1]!);
    if (outlet.kind === 'desk' || outlet.kind === 'agency') return { text: outlet.kind === 'agency' ? outlet.text : text, kind: outlet.kind };
    // ("… - خاص بـ«المجلة»": after its preposition an outlet the lexicon lacks is still the one the piece was written for)
    if (EXCLUSIVE_WITH_PREPOSITION.test(text)) return { text, kind: 'desk' };
  }
  // "مراسلو الجزيرة نت": the staff of a listed or outlet-shaped name, the outlet
  const staff = STAFF_OF.exec(text);
  if (staff !== null) {
    const outlet = classifyPart(staff[1]!);
    if (outlet.kind === 'agency') return outlet;
  }
  // "مراسل الجزيرة نت - الخرطوم", "الخرطوم - مراسلة العربي الجديد": an outlet's correspondent, unnamed, the outlet
  // ("مراسلنا", "مراسلتنا": the site's own, a desk's mark naming no outlet)
  // (only a listed outlet: "مراسل الموقع في بيروت" is a writer's post, naming none)
  const correspondentOf = CORRESPONDENT_OF.exec(text);
  if (correspondentOf !== null && isKnownOutlet(lineKey(correspondentOf[1]!))) return { text: stripPunct(correspondentOf[1]!), kind: 'agency' };
  if (OUR_CORRESPONDENT_KEYS.has(key)) return { text, kind: 'desk' };
  // "من الرياض - سامي النجار": "من" before the place filed from
  if (key.startsWith(FROM_WRITER) && isKnownPlace(key.slice(FROM_WRITER.length))) return { text: stripPunct(text.slice(text.indexOf(' ') + 1)), kind: 'place' };
  // "عن واشنطن بوست" under a translated column: the paper it is taken from, without "عن"
  if (key.startsWith(TAKEN_FROM)) {
    const source = classifyPart(text.slice(text.indexOf(' ') + 1));
    if (source.kind === 'agency') return source;
  }
  if (isKnownOutlet(key) || /^وكاله /.test(key) || (outletByKind(key) && !PART_SEPARATORS.test(text)) || ((SPELLED_DOMAIN.test(key) || OUTLET_ENDING.test(key)) && keyWords(key) <= MAX_DOMAIN_NAME_WORDS && !PART_SEPARATORS.test(text)) || (ARABIC_SERVICE_OF_BRAND.test(key) && !PART_SEPARATORS.test(text)) || outletProduct(key) || DOTTED_DOMAIN.test(text)) return { text, kind: 'agency' };
  if (isKnownPlace(key) || placeList(text)) return { text, kind: 'place' };
  // ("ع خ", "ع ا/ م ح" after a wire's name at the foot: its editors' initials, the desk's marks)
  if (labelLessDesk(key) || EXCLUSIVE_TO.test(key) || EDITOR_INITIALS.test(key) || newsroomDesk(key) || FROM_LANGUAGE.test(key)) return { text, kind: 'desk' };
  // "خدمة كووورة": an outlet's news service, the outlet
  if (key.startsWith(SERVICE_PREFIX) && keyWords(key) <= MAX_LISTED_OUTLET_WORDS) return { text: text.slice(text.indexOf(' ') + 1), kind: 'agency' };
  // "د. عبدالله الغذامي - جامعة الملك سعود": the writer's university, a desk's kind of part (no outlet, no writer)
  if (ACADEMIC_HOUSE.test(key)) return { text, kind: 'desk' };
  if (/\d{4}/.test(key) || /\d{1,2}:\d{2}/.test(key)) return { text, kind: 'date' };
  // "عمان ـ من سامي النجار", "الناصرة ـ «القدس العربي» ـ من وديع عواودة": "من" before the writer's name
  if (key.startsWith(FROM_WRITER)) {
    const writer = classifyPart(text.slice(text.indexOf(' ') + 1));
    if (writer.kind === 'person') return writer;
  }
  const personLike = isJoinedPersonLike(text, 2, MAX_BYLINE_NAME_WORDS, key);
  if (personLike && !opensOnEvent(key) && !opensOnTitle(key) && !opensOnBodyOrPlace(key)) {
    return { text, kind: 'person' };
  }
  return { text, kind: 'unknown' };
}

/** Heads of an organisation's, a facility's or a territory's name ("وزارة", "حي", "ولاية"), folded. */
const BODY_OR_PLACE_HEADS: ReadonlySet<string> = new Set([...ORGANISATION_SET, ...FACILITY_HEADS, ...TERRITORY_HEADS]);

/** "وزارة الصحة المصرية", "حي الملز", "ولاية الحوض الشرقي" after a place and a dash: a body or a place, no writer. */
function opensOnBodyOrPlace(key: string): boolean {
  const space = key.indexOf(' ');
  return BODY_OR_PLACE_HEADS.has(space < 0 ? key : key.slice(0, space));
}

/**
 * "الرئيس يصافح نظيره", "ولي العهد يستقبل الوزير" (a caption before its credit): a title or a definite noun first is
 * no writer's name, unless a common given name opens it ("الطيب صالح", "أمين معلوف") and no place follows it.
 */
function opensOnTitle(key: string): boolean {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  // ("ملك الأردن", "أمير قطر": a title's word that is a given name too, before a place, is the title)
  if (space > 0 && isRoleHead(first) && isKnownPlace(key.slice(space + 1))) return true;
  if (startsWithGivenName(key) || titleWordNamed(key)) return false;
  const second = key.indexOf(' ', space + 1);
  return first.startsWith('ال') || isRoleHead(first) || isRoleHead(second < 0 ? key : key.slice(0, second));
}

/** Initials of one or two letters, two to four of them, as a key ("ع خ", "م ح"). */
const EDITOR_INITIALS = /^\p{Script=Arabic}{1,2}(?: \p{Script=Arabic}{1,2}){1,3}$/u;

const SPACED_TATWEEL = / ـ+ /gu;

/** A name in quote marks inside a byline is an outlet's: "الرياض: «الشرق الأوسط أونلاين»", "«الاقتصادية» من الرياض". */
const QUOTED_NAME = /[«"“]([^«»"“”]{2,40})[»"”]/u;

/** "المصدر أونلاين - خاص": whether a byline line carries a desk word ("خاص", "متابعات") beside what it names. */
export function hasDeskPart(text: string): boolean {
  return splitParts(text).some((p) => p.kind === 'desk');
}

/** "وكالات", "متابعات" as printed after و at a part's end ("العربية.نت ووكالات", "… و وكالات"). */
const POOLED_WORDS = ['وكالات', 'الوكالات', 'متابعات'];
const JOINING_AND = ['و', 'و '];
const POOLED_ENDING = 'ات';

/** "اندبندنت عربية ووكالات": an outlet and the wires' pooled word joined by و are two parts, as with a dash. */
function pooledAfterAnd(part: string): string[] {
  // (each pooled word ends on ات: most parts are turned away by one test)
  if (!part.endsWith(POOLED_ENDING)) return [part];
  for (const word of POOLED_WORDS) {
    for (const and of JOINING_AND) {
      const tail = ` ${and}${word}`;
      if (part.length > tail.length && part.endsWith(tail)) return [part.slice(0, -tail.length).trim(), word];
    }
  }
  return [part];
}

function splitParts(text: string): BylinePart[] {
  // ("بغداد ـ «القدس العربي»:", "بيروت ــ ريتا الجمّال": tatweel with a space on each side is a dash)
  const pieces = text.replace(SPACED_TATWEEL, ' - ').split(PART_SEPARATORS);
  // "طه عودة، الوكالات": a comma parts names too, unless it lists places ("عرعر، بغداد")
  const parts = (hasComma(text) ? pieces.flatMap((p) => (hasComma(p) && !placeList(p) ? p.split(LIST_COMMA) : [p])) : pieces)
    .flatMap((p) => pooledAfterAnd(p.trim()))
    .filter((p) => stripPunct(p) !== '')
    .map((p) => classifyPart(p));
  // ("… - خاص بـ«المجلة»": the quote marks split off the outlet after "exclusive" and its preposition; one the lexicon
  // lacks is still the exclusive's)
  for (let k = 0; k + 1 < parts.length; k++) {
    if (parts[k]!.kind === 'desk' && parts[k + 1]!.kind === 'unknown' && EXCLUSIVE_TO.test(lineKey(parts[k]!.text))) parts[k + 1] = { ...parts[k + 1]!, kind: 'desk' };
  }
  return parts;
}

/**
 * "الرياض: «الشرق الأوسط أونلاين»": beside places alone, a name in quote marks is the outlet's. Never in a
 * headline: every other part must be a place or a desk word ("أزمة الإسكان.. «لا يوجد حل»" stays a headline).
 */
function quotedOutlets(text: string, parts: readonly BylinePart[]): readonly BylinePart[] {
  const placeLike = (p: BylinePart): boolean => p.kind === 'place' || p.kind === 'desk' || (p.kind === 'agency' && isKnownPlace(lineKey(p.text)));
  // cheap tests first: most lines hold no quote mark, or no place beside it
  if (!/[«"“]/u.test(text) || !parts.some((p) => p.kind === 'place' || p.kind === 'agency' || p.kind === 'desk') || !QUOTED_NAME.test(text)) return parts;
  const quoted = new Set([...text.matchAll(new RegExp(QUOTED_NAME.source, 'gu'))].map((m) => stripPunct(m[1]!.trim())));
  const outlet = (p: BylinePart): boolean => quoted.has(p.text) && (p.kind === 'person' || p.kind === 'unknown');
  if (!parts.every((p) => outlet(p) || placeLike(p))) return parts;
  return parts.map((p) => (outlet(p) ? { ...p, kind: 'agency' as const } : p));
}

/** Most words an unlisted outlet's name has beside its reporter ("العمق المغربي - مريم الشامي", "اليوم 24 - …"). */
const MAX_UNLISTED_OUTLET_WORDS = 3;

/**
 * "العمق المغربي - مريم الشامي": an outlet the lexicon does not list beside its reporter. Read only when one part
 * opens with a common given name and the other does not, and the other is no single plain word (a section:
 * "سياسة - …").
 */
function outletAndReporter(line: string, parts: readonly BylinePart[]): Byline | null {
  // "إسطنبول، بيروت، دمشق: طه عودة، الوكالات": lists are read part by part, never as an outlet's name
  if (parts.length !== 2 || parts.some((p) => hasComma(p.text))) return null;
  // "أعدته للنشر: …": before a colon stands a label, not an outlet (an outlet and its reporter are parted by a dash)
  if (line.includes(':')) return null;
  // one part must be a person's name, the other a name or unknown words (cheap tests before any key)
  const kinds = parts.map((p) => p.kind);
  if (!kinds.includes('person') || kinds.some((k) => k !== 'person' && k !== 'unknown')) return null;
  const keys = parts.map((p) => lineKey(p.text));
  const named = keys.map(startsWithGivenName);
  if (named[0] === named[1]) return null;
  const reporter = named[0] ? 0 : 1;
  const outlet = 1 - reporter;
  if (parts[reporter]!.kind !== 'person') return null;
  const outletWords = keys[outlet]!.split(' ');
  // "سارة علي - محرر الشؤون الاقتصادية": the writer's trade after the name, no outlet
  if (outlet === 1 && isWriterCalling(outletWords[0]!)) return { authors: [parts[reporter]!.text], agency: null, dateline: null };
  // ("ناصر الظاهري (أبو علي)": a by-name of "أبو" or "أم" and a name in brackets after the name, the writer's, no outlet)
  if (outlet === 1 && BRACKET_LAST.test(line) && KUNYA.test(keys[outlet]!)) return { authors: [parts[reporter]!.text], agency: null, dateline: null };
  // ("نهى الشاذلي (الساحة)": one word the lexicon lacks, in brackets after the name, is the site's name)
  // ("الساحة - نهى الشاذلي": or before the name, a dash between; never a title, "المستشار/ X")
  const oneWordOutlet = (outlet === 0 || BRACKET_LAST.test(line)) && loneOutletWord(parts[outlet]!) && !isRoleHead(keys[outlet]!) && !isWriterCalling(keys[outlet]!);
  if (outletWords.length > MAX_UNLISTED_OUTLET_WORDS || (outletWords.length === 1 && !/\d/u.test(keys[outlet]!) && !oneWordOutlet)) return null;
  // ("محمد أبو زريق - 12 هدفا": a count and its noun after a name, a scorer's goals, is no outlet)
  if (COUNT_PHRASE.test(keys[outlet]!)) return null;
  return { authors: [parts[reporter]!.text], agency: parts[outlet]!.text, dateline: null };
}

/** "ابو علي", "ام محمد": a by-name, "father of" or "mother of" and one name (a key). */
const KUNYA = /^(?:ابو|ام) \S+$/u;
/** A closing bracket ending a line. */
const BRACKET_LAST = gated(SHAPE.PAREN, /\)\s*$/u);
/** "12 هدفا", "3 أهداف": a number and the noun it counts (as a key), never an outlet's name. */
const COUNT_PHRASE = gated(SHAPE.DIGIT, /^\d{1,3} \p{L}+$/u, '0123456789');

/** "عادل الخنين من الرياض", "«الاقتصادية» من الرياض": a reporter or outlet and the place written from. */
const FROM_PLACE = /^([^:.؟?!،,\-–—]{2,40}?) من ([^:.؟?!،,\-–—]{2,30})(:?)$/u;

/** A sound plural ("عائدون من الرباط:" is people, not an outlet). Folded. */
const PLURAL_ENDING = /(?:ون|ين|ات)$/u;

/** "من سامي النجار في القاهرة": "من" (by), the writer and the place filed from after "في", as the wires sign. */
const BY_WRITER_IN_PLACE = /^من ([^:.؟?!،,\-–—]{2,40}?) في ([^:.؟?!،,\-–—]{2,30}?):?$/u;

/** The writer and the place of a wire's "من X في Y", when Y is a known place and X a name, or null. */
function writerInPlace(line: string): Byline | null {
  const m = BY_WRITER_IN_PLACE.exec(line.trim());
  if (m === null || !isKnownPlace(lineKey(m[2]!))) return null;
  const who = m[1]!.trim();
  const key = lineKey(who);
  return isPersonLike(who, 2, MAX_BYLINE_NAME_WORDS + 1, key) && startsWithGivenName(key) ? { authors: [who], agency: null, dateline: m[2]!.trim() } : null;
}

function fromPlace(line: string): Byline | null {
  // the place after the last "من" is looked up before the pattern runs: most lines with "من" name none
  const from = line.lastIndexOf(' من ');
  if (from < 0 || !isKnownPlace(lineKey(line.slice(from + 4)))) return null;
  const m = FROM_PLACE.exec(line.trim());
  if (m === null || !isKnownPlace(lineKey(m[2]!))) return null;
  const who = m[1]!.trim();
  const quoted = /^[«"“](.+)[»"”]$/u.exec(who);
  if (quoted) return { authors: [], agency: stripPunct(quoted[1]!), dateline: stripPunct(m[2]!) };
  const key = lineKey(who);
  // "إيلاف من الرباط:": a one-word outlet and its city, a colon leading into the story
  if (m[3] === ':' && !key.includes(' ') && !PLURAL_ENDING.test(key) && !startsWithGivenName(key) && !isKnownPlace(key)) return { authors: [], agency: who, dateline: stripPunct(m[2]!) };
  // ("هسبريس من الرباط", "رويترز من القاهرة": a listed outlet and its city, with no colon)
  const outlet = classifyPart(who, key);
  if (outlet.kind === 'agency') return { authors: [], agency: outlet.text, dateline: stripPunct(m[2]!) };
  if (!isPersonLike(who, 2, MAX_BYLINE_NAME_WORDS, key) || !startsWithGivenName(key)) return null;
  return { authors: [who], agency: null, dateline: stripPunct(m[2]!) };
}

const STOPS = new Set(['.', '؟', '?', '!']);
/** A one-letter word before a final full stop: an initial ("بروكسل - أ. ف. ب."). */
const INITIAL_BEFORE_STOP = /(?:^|[\s.])\p{L}\.$/u;

/** Whether a line ends a sentence (a full stop, "؟", "?", "!"); the full stop of a last initial does not. */
function endsSentence(line: string): boolean {
  const text = line.trimEnd();
  const last = text[text.length - 1];
  if (last === undefined || !STOPS.has(last)) return false;
  return last !== '.' || !INITIAL_BEFORE_STOP.test(text.slice(-4));
}

/** Picks the agency: an agency part that is not also a place when a place stands beside it. */
function assemble(parts: readonly BylinePart[]): Byline {
  // "الرياض" is a city and a newspaper: beside another agency or a reporter it is the dateline ("الرياض - أ ف ب",
  // "الرياض - محمد الشاهين", as Saudi dailies print the city their reporter writes from)
  const agencyCount = parts.filter((p) => p.kind === 'agency').length;
  const reporter = parts.some((p) => p.kind === 'person');
  const resolved = parts.map((p) => (p.kind === 'agency' && (agencyCount > 1 || reporter) && isKnownPlace(lineKey(p.text)) ? { ...p, kind: 'place' as const } : p));
  const agencies = resolved.filter((p) => p.kind === 'agency');
  const places = resolved.filter((p) => p.kind === 'place');
  const people = resolved.filter((p) => p.kind === 'person');
  // ("متابعات - عين اليوم", "وكالات - الخليج أونلاين": the outlet named beside the wires' or follow-ups' word, which
  // reads as the agency alone only)
  const agency = (agencies.find((p) => !POOLED_SOURCE_KEYS.has(lineKey(p.text))) ?? agencies[0])?.text ?? null;
  return { authors: people.map((p) => p.text), agency, dateline: places.map((p) => p.text).join('، ') || null };
}
/** "المصدر", "Source": a source's label, as keys. */
const SOURCE_LABEL_KEYS: ReadonlySet<string> = new Set(SOURCE_LABELS.map(lineKey));
/** "وكالات", "متابعات": sources pooled under one word, named as the agency only when no outlet stands beside them. */
const POOLED_SOURCE_KEYS: ReadonlySet<string> = new Set(['وكالات', 'الوكالات', 'متابعات'].map(lineKey));

/** Menu and section names of sites ("محليات", "رياضة"), as keys. */
const MENU_WORD_KEYS: ReadonlySet<string> = new Set(CHROME_LINES.map(lineKey).filter((k) => !k.includes(' ')));

/** "هسبريس - مجتمع": a one-word part beside an agency is the site's section. */
function sectionsBesideAgency(parts: readonly BylinePart[]): readonly BylinePart[] {
  if (!parts.some((p) => p.kind === 'agency')) return parts;
  // "الرياض - كووورة": an outlet that is also a city ("الرياض"), first, before one word the lexicon lacks, is the
  // dateline, and the word the outlet ("بنزرت - الشروق" reads so already)
  if (parts.length === 2 && parts[0]!.kind === 'agency' && parts[1]!.kind === 'unknown' && isKnownPlace(lineKey(parts[0]!.text))) {
    const lone = lineKey(parts[1]!.text);
    // (never a section the site lists in its menus: "الرياض - محليات")
    if (/^\p{L}{3,}$/u.test(lone) && !startsWithGivenName(lone) && !MENU_WORD_KEYS.has(lone)) return [{ ...parts[0]!, kind: 'place' }, { ...parts[1]!, kind: 'agency' }];
  }
  // ("الحرة / وكالات - واشنطن": beside the wires' pooled word alone, and no writer, a word no menu lists is the
  // outlet's; never a label, "هشام عبد الرحمن | المصدر: وكالات")
  const pooledOnly = parts.every((p) => p.kind !== 'person' && (p.kind !== 'agency' || POOLED_SOURCE_KEYS.has(lineKey(p.text))));
  const outletWord = (key: string): boolean => pooledOnly && !MENU_WORD_KEYS.has(key) && !SOURCE_LABEL_KEYS.has(key);
  return parts.map((p) => (p.kind === 'unknown' && lineKey(p.text).split(' ').length === 1 && !outletWord(lineKey(p.text)) ? { ...p, kind: 'section' as const } : p));
}

/** Longest town printed before its country in brackets ("أدري (تشاد):"). */
const MAX_TOWN_CHARS = 25;

/**
 * "أدري (تشاد): نادية الحسن": a town the lexicon may not list, its country in brackets, then a colon or dash and
 * the byline's rest. The byline with the town as its dateline, or null.
 */
function townInCountry(line: string): Byline | null {
  const open = line.indexOf(' (');
  if (open < 2 || open > MAX_TOWN_CHARS) return null;
  const close = line.indexOf(')', open);
  if (close < 0 || !isKnownPlace(lineKey(line.slice(open + 2, close)))) return null;
  const rest = line.slice(close + 1).trimStart();
  if (!/^[:\-–—]/u.test(rest)) return null;
  const town = line.slice(0, open).trim();
  const names = trimChars(rest, ':-–— ');
  const authors = bareAuthors(names) ?? (isPersonLike(names, 2, 4) ? [names] : null);
  return authors !== null ? { authors, agency: null, dateline: town } : null;
}

/** A short line that is only byline material: "عمان - رويترز", "عين اليوم – متابعات", "بغداد: حمزة مصطفى". */
export function parseBylineLine(line: string, key?: string, words?: number): Byline | null {
  const byline = readBylineLine(line, key, words);
  // "كتب: رلى موفق لـ«النهار»": لـ and the outlet written for are no part of the writer's name
  return byline === null || byline.authors.length === 0 ? byline : withOutletWrittenFor(byline);
}

/** A name that ends on لـ, or on لـ and an outlet in quote marks: "رلى موفق لـ", "سامي الخطيب لـ«النهار". */
const NAME_FOR_OUTLET = /^(\S.*?) لـ? ?(?:[«"“]([^«»"“”]{2,30})[»"”]?)?$/u;

/**
 * The byline with each name cut before لـ, and the outlet after it as the agency when the byline names none; the
 * byline itself when no name ends so.
 */
function withOutletWrittenFor(byline: Byline): Byline {
  let agency = byline.agency;
  let cut = false;
  const authors = byline.authors.map((name) => {
    const m = name.includes(' ل') ? NAME_FOR_OUTLET.exec(name) : null;
    if (m === null) return name;
    cut = true;
    agency ??= m[2]?.trim() ?? null;
    return m[1]!;
  });
  return cut ? { ...byline, authors, agency } : byline;
}

/** "وكالة الأنباء الألمانية (د ب أ)": a name and a short one in brackets, alone on the line. */
const AGENCY_WITH_SHORT_NAME = /^([^()]{2,40}?) ?\(([^()]{1,20})\)$/u;
/** "د. ", "أ.د. ", "الدكتورة ", "الأستاذ ": a doctor's or a teacher's title opening a line, before a letter. */
const HONORIFIC_LEAD = /^(?:أ\.\s?د\.|[دأ]\.|(?:ال)?دكتور[ةه]?|(?:ال)?[أا]ستاذ[ةه]?|(?:ال)?مهندس[ةه]?)\s?(?=\p{L})/u;
/** "Reuters", "A.F.P": Latin letters, spaces and dots. */
const LATIN_WORDS = gated(SHAPE.LATIN, /^[A-Za-z][A-Za-z .]*$/u);

/** A list's bullet opening a line. */
const BULLET_LEAD = /^[•▪◦●■◆]/u;

function readBylineLine(line: string, key?: string, words?: number): Byline | null {
  // a paragraph is never a byline: cheap test before any folding
  if (line.length > MAX_BYLINE_CHARS) return null;
  // "• متابعة دورية للتنفيذ": a list's item under its bullet, no credit (a credit's colon may follow one: "• بقلم: X")
  if (BULLET_LEAD.test(line) && !line.includes(':')) return null;
  // "بقلم：X": a full-width colon is a colon
  if (line.includes(FULL_WIDTH_COLON)) return parseBylineLine(line.replaceAll(FULL_WIDTH_COLON, ':'));
  // "كتـب: X", "بِقَلَمِ: X": tatweel and vowel marks inside the label (the name after it is kept as printed)
  const marked = LABEL_MARKS.exec(line);
  if (marked !== null) {
    const label = marked[1]!.replace(MARKS, '');
    if (CREDIT_LABEL.test(label + marked[2]!)) return parseBylineLine(label + line.slice(marked[1]!.length));
  }
  // "كتب: سامر يوسف [خاص]": a note in square brackets last is read as one in round brackets
  if (line.endsWith(']')) {
    const rounded = line.replace(SQUARE_NOTE_LAST, ' ($1)');
    if (rounded !== line) return parseBylineLine(rounded);
  }
  // "بيروت ــ ريتا الجمّال": tatweel with a space on each side is a dash
  if (line.includes(' ـ')) {
    const dashed = line.replace(SPACED_TATWEEL, ' - ');
    if (dashed !== line) return parseBylineLine(dashed);
  }
  // '"القدس" دوت كوم': the spelled domain belongs inside the quoted name
  if (line.includes(' دوت ')) {
    const joined = line.replace(QUOTED_THEN_DOMAIN, '"$1 $2"');
    if (joined !== line) return parseBylineLine(joined);
  }
  // "وكالة الأنباء الألمانية (د ب أ)", "رويترز (Reuters)": an agency and its short or Latin name in brackets
  const abbreviated = line.endsWith(')') ? AGENCY_WITH_SHORT_NAME.exec(line) : null;
  if (abbreviated !== null && classifyPart(abbreviated[1]!).kind === 'agency' && (classifyPart(abbreviated[2]!).kind === 'agency' || LATIN_WORDS.test(abbreviated[2]!))) {
    return { ...EMPTY_BYLINE, agency: stripPunct(abbreviated[1]!) };
  }
  // "Samer Al-Khatib سامر الخطيب", "@samerkh سامر الخطيب": the name in Latin letters, or the writer's account, beside
  // the name in Arabic
  // (most lines hold no capital Latin letter and no "@": one test turns them away before the three readings)
  const beside = LATIN_CAPITAL_OR_AT.test(line) ? LATIN_NAME_FIRST.exec(line) ?? LATIN_NAME_LAST.exec(line) ?? LEADING_HANDLE.exec(line) : null;
  if (beside !== null) {
    const names = bareOrFamilyName(beside.index === 0 ? line.slice(beside[0].length) : line.slice(0, beside.index));
    if (names !== null) return { ...EMPTY_BYLINE, authors: names };
  }
  // "من سامي كليب": "from" and a writer's name alone, a translated page's credit (the name opening on a listed given
  // name: never "من الرياض", nor "من أجل …")
  if (line.startsWith(FROM_WORD) && line.length <= MAX_SIGNED_CHARS) {
    const rest = line.slice(FROM_WORD.length).trim();
    const names = bareAuthors(rest);
    if (names !== null && names.length === 1 && names[0] === rest && startsWithGivenName(lineKey(rest))) return { ...EMPTY_BYLINE, authors: names };
  }
  // "— سامر يوسف، خاص", "(انتهى) سامر يوسف": a name signed after a dash and before an exclusive's note, or after the
  // wire's end mark, at the foot (never a dash and a name alone: an epigraph's author is signed so)
  const signed = line.length <= MAX_SIGNED_CHARS ? SIGNED_AFTER_MARK.exec(line) : null;
  if (signed !== null) {
    const names = bareOrFamilyName(signed[1] ?? signed[2]!);
    return names !== null ? { ...EMPTY_BYLINE, authors: names } : null;
  }
  // "د. سامر يوسف | كاتب وباحث في الشؤون السياسية": a doctor's or a teacher's title before a credit that names its
  // writer without it
  const honoured = HONORIFIC_LEAD.exec(line);
  if (honoured !== null) {
    const rest = parseBylineLine(line.slice(honoured[0].length));
    if (rest !== null && rest.authors.length > 0) return rest;
  }
  // "✍️ بقلم: …", "• كتب: …": a glyph or bullet before the label
  const glyphs = LEADING_GLYPHS.exec(line);
  if (glyphs !== null && glyphs[0].length < line.length) {
    // "✍️ هيفاء القحطاني": the writing hand alone before a name signs it, as a label would
    const names = glyphs[0].includes(WRITING_HAND) ? bareAuthors(line.slice(glyphs[0].length)) : null;
    if (names !== null) return { ...EMPTY_BYLINE, authors: names };
    const rest = parseBylineLine(line.slice(glyphs[0].length));
    // ("📍 موقع الحادث": the pin marks a place; what reads without one behind it is no credit)
    return rest !== null && rest.dateline === null && glyphs[0].includes(ROUND_PIN) ? null : rest;
  }
  // "سامي النجار :الكاتب": a table's cells copied right to left, the label after the name and the colon before it
  const labelLast = line.includes(':') ? LABEL_LAST.exec(line) : null;
  if (labelLast !== null) return parseBylineLine(`${labelLast[2]!}: ${labelLast[1]!}`);
  // "حقوق الصورة: رويترز", "الصورة: أ ف ب": a photo's credit names no writer
  const colon = line.indexOf(':');
  if (colon > 0 && CAPTION_LABEL_KEYS.has(lineKey(line.slice(0, colon)))) return null;
  // "بواسطة بسام العتيبي - منذ 3 ساعات": the time since publication after the credit
  // ("عامر السبيعي • منذ 3 ساعات": a name alone before it is the writer's, one the given-name list lacks too with a
  // definite family name: the time says so)
  // ("لانا الحياري منذ 3 ساعات": with no separator, the words after "منذ" or "قبل" are a time since, nothing else)
  const since = SINCE_SUFFIX.exec(line) ?? bareSinceSuffix(line);
  if (since !== null) {
    const names = bareOrFamilyName(line.slice(0, since.index));
    return names !== null ? { ...EMPTY_BYLINE, authors: names } : parseBylineLine(line.slice(0, since.index));
  }
  // (a name alone before the account is the writer's: the handle says so)
  const handle = line.includes('@') ? handleStart(line) : -1;
  if (handle > 0) {
    const credit = line.slice(0, handle);
    const names = bareOrFamilyName(credit);
    return names !== null ? { ...EMPTY_BYLINE, authors: names } : parseBylineLine(credit);
  }
  // ("من مراسلنا في الخرطوم": the place it was filed from, the correspondent named on the next line or nowhere)
  const ours = OUR_CORRESPONDENT_IN.exec(line);
  if (ours !== null) return isKnownPlace(lineKey(ours[1]!)) ? { ...EMPTY_BYLINE, dateline: ours[1]! } : null;
  // "من مراسلنا سامر الخطيب": "from" before the outlet's correspondent
  if (line.startsWith(FROM_WORD) && FROM_CORRESPONDENT.test(line)) return parseBylineLine(line.slice(FROM_WORD.length));
  // "نزار الخياط، جدة": a writer, a comma and the city the story was filed from
  const filed = WRITER_COMMA_PLACE.exec(line);
  if (filed !== null && isKnownPlace(lineKey(filed[2]!))) {
    const names = bareOrFamilyName(filed[1]!);
    if (names !== null) return { authors: names, agency: null, dateline: filed[2]! };
  }
  // "عمّان - كتب سامي النجار:": the place filed from, a dash or bar, then a credit with its label
  const placeFirst = PLACE_THEN_CREDIT.exec(line);
  if (placeFirst !== null && CREDIT_LABEL.test(placeFirst[2]!) && isKnownPlace(lineKey(placeFirst[1]!))) {
    const credit = parseBylineLine(placeFirst[2]!);
    if (credit !== null && credit.authors.length > 0) return { ...credit, dateline: credit.dateline ?? placeFirst[1]! };
  }
  // "خاص ليبانون ديبايت", "خاص بالموقع": an exclusive to the outlet named after it (or to the site itself)
  const exclusive = EXCLUSIVE_TO_OUTLET.exec(line);
  if (exclusive !== null && keyWords(lineKey(exclusive[1]!)) <= MAX_LISTED_OUTLET_WORDS) {
    const part = classifyPart(exclusive[1]!);
    // (an outlet the lexicon lacks may read like a name: "ليبانون ديبايت")
    return part.kind === 'desk' ? { ...EMPTY_BYLINE } : part.kind === 'place' || part.kind === 'date' ? null : { ...EMPTY_BYLINE, agency: part.text };
  }
  // "الموفد الخاص إلى نيويورك: سلمى الدوري", "مراسل الجزيرة في بيروت: …": a correspondent's title, a colon and the name
  const posted = CORRESPONDENT_TITLE.exec(line);
  if (posted !== null) {
    const names = bareAuthors(posted[2]!);
    if (names !== null) return { authors: names, agency: correspondentsOutlet(posted[1]), dateline: null };
  }
  // "مروان الصباغ يكتب:" alone: the writer and the verb of writing
  const writes = NAME_WRITES.exec(line);
  if (writes !== null && writes[2] === undefined) {
    const names = titledName(writes[1]!, '');
    if (names !== null) return { ...EMPTY_BYLINE, authors: names };
  }
  // "نهى الشاذلي تكتب من القاهرة": the writer, the verb of writing and a known place filed from
  const writesFrom = NAME_WRITES_FROM.exec(line);
  if (writesFrom !== null && isKnownPlace(lineKey(writesFrom[2]!))) {
    const names = titledName(writesFrom[1]!, '');
    if (names !== null) return { ...EMPTY_BYLINE, authors: names, dateline: writesFrom[2]! };
  }
  // ("رأي - حازم البنا": a name after an opinion label, as one under it is, never a title: "رأي - الحكومة والموازنة")
  const opinion = OPINION_THEN_WRITER.exec(line);
  if (opinion !== null) {
    const names = titledName(opinion[1]!, '');
    if (names !== null) return { ...EMPTY_BYLINE, authors: names };
  }
  // ("خواطر | جميلة الهنائي", "عمود «نبض الشارع» | بقلم: أمل الحارثي": a column's label, its name in quote marks, a
  // bar or dash, then the writer or the credit)
  const column = COLUMN_THEN_WRITER.exec(line);
  if (column !== null) {
    const rest = column[1]!.trim();
    const credited = parseBylineLine(rest);
    if (credited !== null && credited.authors.length > 0) return credited;
    const names = titledName(rest, '');
    if (names !== null) return { ...EMPTY_BYLINE, authors: names };
  }
  // "مراسل الأخبار - سامر الحلبي", "مراسلة الأخبار في الرياض - ليلى حداد": the outlet's correspondent, a dash, the name
  // ("مراسل الجزيرة - غزة - وائل الدحدوح": the place after a dash too)
  const correspondent = CORRESPONDENT_THEN_NAME.exec(line);
  if (correspondent !== null) {
    const names = bareAuthors(correspondent[4]!);
    if (names !== null) return correspondentByline(names, outletOf(correspondent[1]!), correspondent[2] ?? correspondent[3]);
    // ("مراسل الجزيرة نت - الخرطوم": a known place after the dash, no name: the outlet's correspondent filing from it)
    const outlet = outletOf(correspondent[1]!);
    if (outlet !== null && correspondent[2] === undefined && correspondent[3] === undefined && isKnownPlace(lineKey(correspondent[4]!))) return correspondentByline([], outlet, correspondent[4]);
  }
  // "نادين حداد، مراسلة بي بي سي في بيروت", "وائل الدحدوح - مراسل الجزيرة - غزة": the name, then the correspondent's post
  // (the place after "في" is the post, no dateline; the outlet is named only when listed: "مراسل الموقع بفاس" names none)
  // (most lines hold no "مراسل": one test turns them away before the pattern)
  const named = line.includes(CORRESPONDENT_WORD) ? NAME_THEN_CORRESPONDENT.exec(line) : null;
  if (named !== null) {
    const names = bareAuthors(named[1]!);
    const outlet = named[2]!.trim();
    if (names !== null && names.length === 1) return correspondentByline(names, isKnownOutlet(lineKey(outlet)) ? outlet : null, named[4]);
  }
  const credit = CREDIT_LABEL.exec(line);
  // "كتبت: سارة المنصوري بالاشتراك مع خالد الزهراني": writers credited jointly, as "X وY" after the label
  // ("كتب: ماهر العلي بمشاركة وكالات": wires so credited are no second writer but the agency; a desk is left off)
  const jointly = credit !== null ? JOINTLY.exec(line) : null;
  if (jointly !== null) {
    const other = classifyPart(line.slice(jointly.index + jointly[0].length));
    if (other.kind !== 'agency' && other.kind !== 'desk') return parseBylineLine(line.replace(JOINTLY, ' و'));
    const writer = parseBylineLine(line.slice(0, jointly.index));
    return writer !== null && other.kind === 'agency' ? { ...writer, agency: writer.agency ?? other.text } : writer;
  }
  // ("المحرر الاقتصادي": the label alone with the desk's adjective)
  if (credit !== null && line.length <= MAX_EDITOR_DESK_CHARS && EDITOR_DESK.test(key ?? lineKey(line))) return { ...EMPTY_BYLINE };
  if (credit) {
    // "إعداد وتقديم: هالة سعيد": a second label joined by و before the colon
    const second = SECOND_LABEL.exec(line.slice(credit[0].length));
    // "تصوير: محمود بكار", "تصوير: أرشيف الموقع": a photo credit names no writer (with a writing label joined to it,
    // "تصوير وإعداد: …", it does)
    const afterLabel = line.slice(credit[0].length);
    if (credit[0] === PHOTO_LABEL && second === null && (MARKED_CREDIT.test(afterLabel) || ARCHIVE_CREDIT.test(afterLabel))) return { ...EMPTY_BYLINE };
    const labelEnd = credit[0].length + (second?.[0].length ?? 0);
    // "بقلم: المحرر الاقتصادي", "بقلم محرر الشؤون الدولية", "بواسطة: الإدارة": the label before a desk names nobody
    if (unnamedDesk(trimChars(line.slice(labelEnd), ':/-–—,،'))) return { ...EMPTY_BYLINE };
    const lead = LEAD_AFTER_LABEL.exec(line.slice(labelEnd));
    const afterLead = line.slice(labelEnd + (lead?.[0].length ?? 0));
    // "كتب لـ«الغد»: سامي النجار": the outlet written for, between the label and the name
    const written = lead === null ? FOR_OUTLET.exec(afterLead) : null;
    const after = written !== null ? afterLead.slice(written[0].length - 1) : afterLead;
    const trimmed = trimChars(after, ':/-–—,،');
    if (trimmed === '') return null;
    // "By Samer Halabi", "بقلم: Samer Halabi": a name in Latin letters alone after the label (not a wire's or a
    // desk's: "By Reuters Staff")
    if (latinNameAlone(trimmed)) return { ...EMPTY_BYLINE, authors: [trimmed] };
    // "مراسلنا في عمان سامي النجار": the place the writer files from, then the name with no separator
    const filedFrom = placeBeforeName(trimmed);
    const rest = filedFrom?.name ?? trimmed;
    // "ترجمة وتحرير: الأخبار", "كتب: الأخبار": one definite word after the label and its colon is an outlet (a writer's
    // name has two; without the colon the label may be a noun: "رصد الأسعار")
    const colonAfterLabel = COLON_FIRST.test(line.slice(labelEnd));
    // ("تحرير: عرب 48": or a word and a number, as outlets are named and people never are)
    if (filedFrom === null && (ONE_DEFINITE_WORD.test(rest) || WORD_AND_NUMBER.test(rest)) && colonAfterLabel && !startsWithGivenName(lineKey(rest))) return { ...EMPTY_BYLINE, agency: rest };
    // ("الكاتب صحفي أردني": a note on the writer's trade, the label and the trade then one word, no name)
    if (lead !== null && !rest.includes(' ') && !colonAfterLabel) return null;
    // without a colon or dash the label may be an ordinary word ("حوار المرحلة"): ask for a full name
    // "حاوره في صنعاء / …": the place the interview was held in, then a separator, marks the credit too
    const placed = PLACE_AFTER_LABEL.exec(rest);
    // ("بقلم سامر الحلبي، أستاذ العلوم السياسية بجامعة القاهرة": a name and, after a comma, the writer's trade mark it too)
    // ("بقلم سامر الحلبي | المصري اليوم": so does a listed outlet after the name and a bar or dash)
    const marked = lead !== null || filedFrom !== null || /^\s*[:/\-–—,،]/u.test(after) || (placed !== null && isKnownPlace(lineKey(placed[1]!))) || namedBeforeTrade(rest) || namedBeforeOutlet(rest);
    // "مراسل الجزيرة نت": a correspondent of a listed outlet, under the writer's name
    if (!marked && /^مراسل/u.test(credit[0]) && classifyPart(rest).kind === 'agency') return { authors: [], agency: classifyPart(rest).text, dateline: null };
    // ("بقلم نيوتن": after "بقلم", a pen's label that is no other word, one name alone is a pen name)
    if (!marked && (!isJoinedPersonLike(rest, credit[0] === PEN_LABEL ? 1 : 2, MAX_CREDIT_NAME_WORDS) || /^ال/u.test(rest))) return null;
    // ("مدونة أخبار الجنوب": a blog's own name after the word is no writer's: a writer's name there opens on a given
    // name, or is one the lexicon lacks and a definite family name, never a section's word)
    if (!marked && credit[0] === BLOG_LABEL && bareOrFamilyName(rest, (_, k) => !MENU_WORD_KEYS.has(k.slice(0, k.indexOf(' ')))) === null) return null;
    if (/^role$/iu.test(credit[0])) return { authors: [], agency: classifyPart(rest).kind === 'agency' ? classifyPart(rest).text : null, dateline: null };
    const credited = parseCredit(rest, lead !== null);
    if (credited === null) return null;
    return { ...credited, agency: credited.agency ?? written?.[1]!.trim() ?? null, dateline: credited.dateline ?? filedFrom?.place ?? null };
  }
  const townFirst = townInCountry(line);
  if (townFirst !== null) return townFirst;
  const byWire = line.startsWith(FROM_WORD) ? writerInPlace(line) : null;
  if (byWire !== null) return byWire;
  const lineKeyed = key ?? lineKey(line);
  const count = words ?? keyWords(lineKeyed);
  if (count > 10 || endsSentence(line)) return null;
  // "أسامة فرج، بي بي سي نيوز عربي", "أسامة فرج ورويترز": a writer and the outlet after a comma or joined by و
  // (names open on a given name: most short lines are turned away before the outlet is looked for)
  const withOutlet = startsWithGivenName(lineKeyed) ? nameAndOutlet(line) : null;
  if (withOutlet !== null) return withOutlet;
  // a line of more words than any outlet's name, with no separator and no "من", is no byline: most short body
  // lines stop here
  if (count > MAX_LISTED_OUTLET_WORDS && !PART_SEPARATORS.test(line) && !line.includes(' من ')) return null;
  const whole = classifyPart(line, lineKeyed);
  if (whole.kind === 'agency') return { ...EMPTY_BYLINE, agency: whole.text };
  // "فريق التحرير", "محرر الموقع" alone: the newsroom credited, nobody named (never one word: "المحرر" heads a list)
  // ("مكتب عمان": the outlet's bureau in a city; "محرر الشؤون العلمية": the editor of a field's affairs)
  if (count >= 2 && labelLessDesk(lineKeyed)) return { ...EMPTY_BYLINE };
  // "عمون -": the outlet's lead, printed on its own line above the story it opens
  const lead = DANGLING_LEAD.exec(line);
  if (lead !== null) {
    const part = classifyPart(lead[1]!);
    if (part.kind === 'place') return { ...EMPTY_BYLINE, dateline: part.text };
    if (part.kind === 'agency' || (part.kind === 'unknown' && keyWords(lineKey(part.text)) <= MAX_LEAD_WORDS)) return { ...EMPTY_BYLINE, agency: part.text };
  }
  const from = fromPlace(line);
  if (from !== null) return from;
  // "كرم البطوش، مراسل الشؤون الاقتصادية": a name, a comma and the writer's trade (a name the given-name list lacks
  // with a definite family name too)
  const beforeTrade = beforeCommaTrade(line);
  const tradeNamed = beforeTrade !== null ? bareOrFamilyName(beforeTrade) : null;
  if (tradeNamed !== null) return { ...EMPTY_BYLINE, authors: tradeNamed };
  // one part alone is never a byline: no separator, no split
  // ("اندبندنت عربية ووكالات": but an outlet and the wires' pooled word joined by و are the outlet's credit)
  if (!PART_SEPARATORS.test(line)) {
    const [outlet, pooled] = pooledAfterAnd(line);
    const part = pooled !== undefined ? classifyPart(outlet!) : null;
    return part?.kind === 'agency' ? { ...EMPTY_BYLINE, agency: part.text } : null;
  }
  const parts = nameLists(sectionsBesideAgency(quotedOutlets(line, splitParts(line))));
  if (parts.length < 2) return null;
  const known = parts.filter((p) => p.kind === 'agency' || p.kind === 'place' || p.kind === 'desk');
  // "أحمد علي - محمد حسن": writers alone, each opening on a given name
  if (known.length === 0 && parts.every((p) => p.kind === 'person' && bareAuthors(p.text) !== null)) return { authors: parts.map((p) => p.text), agency: null, dateline: null };
  if (known.length === 0) return outletAndReporter(line, parts);
  // "بنزرت - الشروق", "عمّان - رؤيا": a place and one word the lexicon lacks (outlets named by a common word) is the
  // place and the outlet, never a person (a writer's name has two words or more; a given name alone is not read)
  // ("الحرة / خاص - واشنطن", "الحرة - واشنطن": the word first, the desk word "خاص" beside it or not; never a section
  // of the site's menus, "محليات - الرياض")
  // ("خاص - الساحة - نهى الشاذلي": the desk word, then the outlet and its reporter)
  const special = parts.length === 3 && parts[0]!.kind === 'desk' ? outletAndReporter(line, parts.slice(1)) : null;
  if (special !== null) return special;
  // ("الحرة / وكالات - واشنطن": the wires' pooled word beside an outlet's word stands as the desk word does)
  const pooledAsDesk = parts.some((p) => p.kind === 'unknown') ? parts.map((p) => (p.kind === 'agency' && POOLED_SOURCE_KEYS.has(lineKey(p.text)) ? { ...p, kind: 'desk' as const } : p)) : parts;
  const outlet = loneOutletBesidePlace(pooledAsDesk, BRACKET_LAST.test(line));
  if (outlet !== null) return outlet;
  if (parts.some((p) => p.kind === 'unknown')) return null;
  return assemble(parts.filter((p) => p.kind !== 'date' && p.kind !== 'section'));
}

/**
 * "أسامة فرج، بي بي سي نيوز عربي" (a comma before the outlet), "أسامة فرج ورويترز" (و joined to it): names opening on
 * given names, then a listed outlet (or a desk after و); null otherwise.
 */
function nameAndOutlet(line: string): Byline | null {
  const comma = Math.max(line.lastIndexOf('،'), line.lastIndexOf(','));
  if (comma > 0) {
    const part = classifyPart(line.slice(comma + 1));
    // ("نهى الشاذلي، الساحة": one word the lexicon lacks, no title or trade, is the site's name after one writer)
    const outlet = part.kind === 'agency' || outletAfterComma(part);
    const authors = outlet ? bareAuthors(line.slice(0, comma)) : null;
    return authors !== null && (part.kind === 'agency' || authors.length === 1) ? { authors, agency: part.text, dateline: null } : null;
  }
  // (the outlet is listed, and joined after a name of two words at least; or the newsroom's desk, which names nobody:
  // "سامي الحربي وفريق الموقع")
  const words = line.split(' ');
  for (let k = 2; k < words.length; k++) {
    if (!words[k]!.startsWith('و')) continue;
    const outlet = [words[k]!.slice(1), ...words.slice(k + 1)].join(' ');
    const listed = isKnownOutlet(lineKey(outlet));
    if (!listed && classifyPart(outlet).kind !== 'desk') continue;
    const authors = bareAuthors(words.slice(0, k).join(' '));
    return authors !== null ? { authors, agency: listed ? outlet : null, dateline: null } : null;
  }
  return null;
}

/**
 * Whether a part after a writer's name and a comma is an outlet named by one word the lexicon lacks ("الساحة"): never
 * a title, a trade or a section of the site's menus, with the article or without ("المحررة", "الرياضة").
 */
function outletAfterComma(part: BylinePart): boolean {
  if (!loneOutletWord(part)) return false;
  const key = lineKey(part.text);
  const bare = key.startsWith('ال') ? key.slice(2) : key;
  return !isRoleHead(key) && !isWriterTitle(key) && !isWriterTitle(bare) && !MENU_WORD_KEYS.has(bare);
}

/** An outlet named by one word the lexicon lacks, a word and a number, or a number of three digits ("رؤيا", "لي 360", "964"), as a key. */
const OUTLET_WORD = /^(?:\p{L}{3,}|\p{L}{2,} \d{1,3}|\d{3})$/u;

/**
 * "بنزرت - الشروق", "عمّان - رؤيا", "الحرة / خاص - واشنطن": one place and one word the lexicon lacks (an outlet named
 * by a common word), in either order, a desk word beside them or not: the place and the outlet. "عمان - الدستور -
 * رنا الحياري", 'جنين - "الأيام" - سامر خويرة:': the place, the outlet and then its reporter, last (or the reporter
 * before the outlet in brackets, `bracketedLast`). Else null.
 */
function loneOutletBesidePlace(parts: readonly BylinePart[], bracketedLast: boolean): Byline | null {
  // (the reporter last, or before the outlet's word in brackets: "الإسكندرية / نهى الشاذلي (الساحة)"; or between the
  // place and the outlet's word: "القاهرة - سامر الحلبي - الأخبار")
  const between = parts.length === 3 && parts[1]!.kind === 'person' && parts[2]!.kind === 'unknown' && (bracketedLast || parts[0]!.kind === 'place');
  // (a reporter reads as a name: "الحوثيون - السعودية: جولة مفاوضات جديدة" is a headline, its last part no one)
  const reporterAt = parts.length !== 3 ? -1 : parts[2]!.kind === 'person' && bareOrFamilyName(parts[2]!.text) !== null ? 2 : between ? 1 : -1;
  const reporter = reporterAt < 0 ? null : parts[reporterAt]!;
  const rest = parts.filter((p) => p.kind !== 'desk' && p !== reporter);
  const desks = parts.length - rest.length - (reporter === null ? 0 : 1);
  if (rest.length === 1 && desks === 1 && reporter === null) {
    const only = rest[0]!;
    // "عدن الغد / خاص": a site's name of an outlet's shape beside the desk word alone
    // ("سرايا - خاص": or one word the lexicon lacks, no given name and no section of the site's menus)
    if (only.kind !== 'place' && (outletShapedName(lineKey(only.text)) || loneOutletWord(only))) return { ...EMPTY_BYLINE, agency: only.text };
    // ("محليات - خاص": a section of the site's menus and the desk word credit the newsroom, nobody named)
    if (MENU_WORD_KEYS.has(lineKey(only.text))) return { ...EMPTY_BYLINE };
  }
  if (rest.length !== 2 || desks > 1 || (reporter !== null && desks > 0)) return null;
  const place = rest.find((p) => p.kind === 'place');
  // ("طرابلس | ليبيا الأحرار", "العمق المغربي - الرباط": words of an outlet's shape, read as a person's)
  // ("بنغازي | سبها اليوم": words the lexicon does not read as a name, opening on a place's name)
  const word = rest.find((p) => p.kind === 'unknown' || (p.kind === 'person' && outletShapedName(lineKey(p.text))));
  // ("التصنيف الأول: السعودية، اليابان، إيران": three places or more are a draw's or a tour's list, never where a
  // story was filed)
  if (place === undefined || word === undefined || LISTED_PLACES.test(place.text)) return null;
  const key = lineKey(word.text);
  if (outletShapedName(key) || placeFirstName(key)) return { authors: reporter === null ? [] : [reporter.text], agency: word.text, dateline: place.text };
  // (after the place any such word; before it, beside a desk word or before a reporter, never a section the site
  // lists in its menus)
  const guarded = rest[0] === word || desks === 1 || reporter !== null;
  // (a word and a number too: "لي 360 - الرباط")
  if (!OUTLET_WORD.test(key) || startsWithGivenName(key) || (guarded && MENU_WORD_KEYS.has(key))) return null;
  return { authors: reporter === null ? [] : [reporter.text], agency: word.text, dateline: place.text };
}

/** Two commas at least: three places or more listed. */
const LISTED_PLACES = /[،,][^،,]*[،,]/u;

/** One word the lexicon lacks, of an outlet word's shape, no given name and no menu section ("سرايا", not "محليات"). */
function loneOutletWord(part: BylinePart): boolean {
  const key = lineKey(part.text);
  return part.kind === 'unknown' && OUTLET_WORD.test(key) && !startsWithGivenName(key) && !MENU_WORD_KEYS.has(key);
}

/**
 * "ليبيا الأحرار", "عدن الغد", "العمق المغربي": words no person's name has — a place's name first, or the article on
 * every word — of two or three words, none a given name or a writer's trade. As a key.
 */
function outletShapedName(key: string): boolean {
  const words = key.split(' ');
  if (words.length < 2 || words.length > MAX_UNLISTED_OUTLET_WORDS || startsWithGivenName(key) || isWriterTitle(words[0]!)) return false;
  return placeFirstName(key) || words.every((w) => DEFINITE_WORD.test(w));
}

/** "ليبيا الأحرار", "سبها اليوم": two or three words opening on a place's name that is no given name, as a key. */
function placeFirstName(key: string): boolean {
  const words = key.split(' ');
  return words.length >= 2 && words.length <= MAX_UNLISTED_OUTLET_WORDS && isKnownPlace(words[0]!) && !startsWithGivenName(words[0]!) && !isKnownPlace(key);
}
/** A word with the article and three letters at least after it, as a key. */
const DEFINITE_WORD = gated(0, /^ال\p{L}{3,}$/u, 'ا');

/** A name without the و glued to its first word, when the word without it is a given name and with it is none. */
function gluedWaw(piece: string): string {
  if (!piece.startsWith('و') || piece.length < 4) return piece;
  const key = lineKey(piece);
  return !startsWithGivenName(key) && startsWithGivenName(key.slice(1)) ? piece.slice(1) : piece;
}

/** A word opening on و after a space: "ومحمد". */
const JOINED_WORD = / و/u;

/** "القاهرة - أحمد علي ومحمد حسن": a part of names joined by و, each opening on a given name, is that many writers. */
function nameLists(parts: readonly BylinePart[]): readonly BylinePart[] {
  // (only a part with a و opening a word can list names: most unknown parts are date pieces or labels)
  if (!parts.some((p) => p.kind === 'unknown' && JOINED_WORD.test(p.text))) return parts;
  return parts.flatMap((p) => {
    // ("بيروت – من ريتا الجمال وليلى حداد": "من" before the names)
    const names = p.kind === 'unknown' && JOINED_WORD.test(p.text) ? bareAuthors(p.text.startsWith(FROM_WRITER) ? p.text.slice(FROM_WRITER.length) : p.text) : null;
    return names !== null && names.length >= 2 ? names.map((text) => ({ text, kind: 'person' as const })) : [p];
  });
}

/** Splits a credit's names on commas, slashes, " و " and a glued و between two full names ("كايلا إبستين وأنجليكا كاساس"). */
function splitNames(text: string): string[] {
  // ("سامر الخطيب — صحفي", "سامر الخطيب (صحفي)": any dash, and a note in brackets, part a name from what follows it)
  // (never a star's note mark, "X (*)", taken off each name after)
  return text.split(/[|،,/:]|\s[-–—]\s|\s[و&]\s|\s?\((?!\*)|(?<!\*)\)/u).flatMap((raw) => {
    // ("سارة محمد، ونور الهدى أحمد": و glued to the given name that opens a name after a comma)
    const piece = gluedWaw(raw.trim());
    const words = piece.trim().split(/\s+/u);
    const k = words.findIndex((w, i) => i >= 2 && w.startsWith('و') && w.length > 3 && words.length - i >= 2);
    return k > 0 ? [words.slice(0, k).join(' '), [words[k]!.slice(1), ...words.slice(k + 1)].join(' ')] : [piece];
  });
}

/** A social handle: "@mona_s". */
const HANDLE = gated(SHAPE.AT, /^@[\w.]+$/u, '\u0040');

/** The line without a social handle closing it ("نادين حداد صحافية @nadine_h"). */
function withoutHandle(line: string): string {
  const trimmed = line.trimEnd();
  const at = trimmed.lastIndexOf(' @');
  return at > 0 && HANDLE.test(trimmed.slice(at + 1)) ? trimmed.slice(0, at) : trimmed;
}
/** A name, a bar and up to six words after it: "بيسان العتوم | مراسلة"; the first bar with its spaces. */
const TRADE_AFTER_BAR = /^(.+?)\s[|｜]\s(\S+)(?:\s\S+){0,5}$/u;
const SPACED_BAR = /\s[|｜]\s/u;
/** A name, a dash and up to six words after it: "تالين الحداد — مراسلة الشؤون الاقتصادية". */
const TRADE_AFTER_DASH = /^(.+?)\s[—–-]\s(\S+)(?:\s\S+){0,5}$/u;

/**
 * "منى سعيد صحافية" → "منى سعيد": the writer's trade printed after a single name, or after a dash as a phrase
 * that opens with it ("… — مراسلة الشؤون الاقتصادية").
 */
function withoutWriterTitle(line: string): string {
  const trimmed = line.trim();
  const dashed = TRADE_AFTER_DASH.exec(trimmed) ?? TRADE_AFTER_COMMA.exec(trimmed);
  if (dashed !== null && isWriterCalling(lineKey(dashed[2]!))) return dashed[1]!;
  // "نادين السقا صحفية متخصصة في الشؤون الاقتصادية", "… كاتب وروائي": a trade right after a name of two or three
  // words, no dash between, and a note on it after
  // ("نور الهدى بن علي (مراسل الساحة)": a trade in brackets may follow a name of four words, the bracket parting them)
  const words = trimmed.split(' ');
  for (let k = MIN_NAME_WORDS; k <= MAX_BRACKETED_NAME_WORDS && k < words.length - 1; k++) {
    if ((k <= MAX_BYLINE_NAME_WORDS || words[k]!.startsWith('(')) && isWriterTitle(lineKey(words[k]!))) return words.slice(0, k).join(' ');
  }
  const space = trimmed.lastIndexOf(' ');
  return space > 0 && isWriterTitle(lineKey(trimmed.slice(space + 1))) ? trimmed.slice(0, space) : trimmed;
}

/** A name, a comma and a trade: "نادين السقا، صحفية", "…, كاتب وروائي". */
const TRADE_AFTER_COMMA = /^([^،,]{4,40}?)\s?[،,]\s?(\S+)(?:\s\S+){0,5}$/u;

/** The words before a comma and a phrase that opens on a writer's trade ("كرم البطوش، مراسل الشؤون الاقتصادية"), or null. */
function beforeCommaTrade(line: string): string | null {
  const commaed = hasComma(line) ? TRADE_AFTER_COMMA.exec(line.trim()) : null;
  return commaed !== null && isWriterCalling(lineKey(commaed[2]!)) ? commaed[1]! : null;
}
/** Whether a line is a person's name the given-name list may lack, a comma and a writer's trade ("معصوم مرزوق، سفير سابق"). */
function personBeforeCommaTrade(line: string): boolean {
  const name = beforeCommaTrade(line);
  return name !== null && classifyPart(name).kind === 'person';
}
/** A name and a phrase in brackets that opens on a writer's trade: "هدير محمود (صحافية مستقلة)". */
const TRADE_IN_BRACKETS = /^([^()]{4,40}?)\s?\((\S+)(?:\s[^()]+)?\)$/u;
/** Whether a line is a person's name the given-name list may lack before a trade in brackets ("هدير محمود (صحافية مستقلة)"). */
function personBeforeBracketTrade(line: string): boolean {
  const bracketed = line.includes('(') ? TRADE_IN_BRACKETS.exec(line.trim()) : null;
  return bracketed !== null && isWriterTitle(lineKey(bracketed[2]!)) && classifyPart(bracketed[1]!).kind === 'person';
}
/**
 * Whether a text is a writer's name (opening on a given name, an honorific before it or not), then a comma or a
 * dash and the writer's trade ("بقلم د. محمد عبد الرحمن - أستاذ الاقتصاد بجامعة القاهرة").
 */
function namedBeforeTrade(text: string): boolean {
  const dashed = TRADE_AFTER_DASH.exec(text.trim());
  const name = dashed !== null && isWriterCalling(lineKey(dashed[2]!)) ? dashed[1]! : beforeCommaTrade(text);
  return name !== null && bareAuthors(name.replace(AUTHOR_HONORIFIC, '')) !== null;
}
/** Fewest words of a name before a trade with no dash. */
const MIN_NAME_WORDS = 2;
/** Most words of a name before a trade in brackets ("نور الهدى بن علي (مراسل الساحة)"). */
const MAX_BRACKETED_NAME_WORDS = 4;

/** Symbols, emoji and their joiners before a line's first letter ("✍️ "), and an opinion column's star ("* "). */
const LEADING_SYMBOLS = /^[\p{So}\p{Sk}\uFE0F\u200D*]+\s*/u;
/** A name, a spaced dash and one word: "تسنيم الزعبي - الوسط". */
const NAME_THEN_WORD = /^([^-–—]{4,40}?) [-–—] \S{2,15}$/u;
/** A dash with a space on each side, parting a line's parts ("تسنيم الزعبي - الوسط"). */
export const SPACED_DASH = / (?:[-–—]|ـ+) /u;

/** A word and the Mauritanian "ولد" (son of) after it, as a key: "سيدي ولد …". */
const SON_OF = /^\p{L}{2,} ولد /u;

/**
 * Whether a key is a name with "ولد" and a father's common given name (or a definite one) after its first word, whatever
 * that word: "سيدي ولد محمد", "إسماعيل ولد الشيخ أحمد" ("طفل ولد ميتا" is a child born dead).
 */
function sonOfName(key: string): boolean {
  const joiner = SON_OF.exec(key);
  if (joiner === null) return false;
  const father = key.slice(joiner[0].length);
  return startsWithGivenName(father) || (father.startsWith('ال') && father.length > 3);
}

/** Most names a bare credit line lists ("يوسف علي ورانيا حسن"). */
const MAX_BARE_NAMES = 3;

/**
 * A header line of names with no label, each opening with a common given name: "سارة الخطيب", "يوسف بن علي
 * ورانيا الحسيني", "خالد عمر، منى سعيد". The names, or null.
 */
export function bareAuthors(line: string): string[] | null {
  if (line.length > MAX_BYLINE_CHARS || endsSentence(line)) return null;
  // "سامي النجار (*)": the mark of a note on the writer under the piece, no part of the name
  if (line.includes('(*')) return bareAuthors(line.replace(STAR_NOTE_MARK, ''));
  // "سامي النجار* كاتب وباحث": the note's star between the name and the trade parts them as a dash does
  if (line.includes('*') && STAR_BEFORE_WORDS.test(line)) return bareAuthors(line.replace(STAR_BEFORE_WORDS, ' - '));
  // "✍️ يامن السعدي": an emoji or symbol before the name marks it, it is no part of it
  const symbols = LEADING_SYMBOLS.exec(line);
  if (symbols !== null && symbols[0].length < line.length) return bareAuthors(line.slice(symbols[0].length));
  // "سلمى الشريف ✍️": the same mark after the name
  const unmarked = withoutTrailingSymbols(line);
  if (unmarked !== '' && unmarked.length < line.trimEnd().length) return bareAuthors(unmarked);
  // "الصحفية ريم العباسي", "أ.د. طارق الحوراني", "أ. سامي النجار": a trade or title before one name marks it, as a
  // trade after it does; it is no part of the name
  // (before a name that opens on no common given name "أ." and "م." are initials: "م. بن عمر", read below)
  const titled = TITLE_BEFORE_NAME.exec(line);
  if (titled !== null) {
    const named = titledName(line.slice(titled[0].length).trim(), titled[0]);
    if (named !== null || !LETTER_TITLE.test(titled[0])) return named;
  }
  // "ع. سمير", "م. بن عمر": an initial and a name, as Maghrebi papers sign
  // ("د. سمير عمراني" is a doctor: the title is left off)
  if (INITIALED_NAME.test(line)) return [line.trim().replace(DOCTOR, '')];
  // ("د. مصطفى كامل السيد": a doctor's name of three words, read as the bare rules read it)
  if (DOCTOR.test(line)) return bareAuthors(line.replace(DOCTOR, ''));
  const space = line.indexOf(' ');
  if (space < 0) return null;
  // the first two words suffice for a compound given name ("نور الدين")
  const second = line.indexOf(' ', space + 1);
  const named = startsWithGivenName(lineKey(second < 0 ? line : line.slice(0, second))) || (second > 0 && sonOfName(lineKey(line)));
  // ("بيسان العتوم وسامر يوسف": names joined, one of them opening on a common given name; the names are split only
  // when asked, last)
  const joined = line.includes(' و') || hasComma(line);
  let listedCoWriter: boolean | undefined;
  const vouched = (): boolean => joined && (named || (listedCoWriter ??= splitNames(line).slice(1).some((n) => startsWithGivenName(lineKey(n)))));
  // most lines fail here: no common given name first, no handle, no writer's trade last, no second name opening on one
  // "بيسان العتوم | مراسلة", "بسنت فهمي | خبير اقتصادي": a bar before a trade parts it from the name as a dash does
  // (read as the dash is, whatever the given name)
  const barred = line.includes('|') ? TRADE_AFTER_BAR.exec(line.trim()) : null;
  if (barred !== null && isWriterCalling(lineKey(barred[2]!))) return bareAuthors(line.trim().replace(SPACED_BAR, ' - '));
  // ("معصوم مرزوق، سفير سابق": a comma before a trade marks a person's name as a dash does; never a body's, "وزارة الصحة";
  // so does a trade in brackets, "هدير محمود (صحافية مستقلة)")
  if (!named && !line.includes('@') && !isWriterTitle(lineKey(line.slice(line.trimEnd().lastIndexOf(' ') + 1))) && !TRADE_AFTER_DASH.test(line.trim()) && !personBeforeCommaTrade(line) && !personBeforeBracketTrade(line) && !vouched()) return null;
  // "تسنيم الزعبي - الوسط": a name, a dash and one word (an outlet or a section named by a common word): the name
  // ("بيسان العتوم - صحفية": a trade after the dash marks the name before it, read below)
  const beforeDash = NAME_THEN_WORD.exec(line.trim());
  if (beforeDash !== null && !isWriterTitle(lineKey(line.slice(line.trimEnd().lastIndexOf(' ') + 1)))) return bareAuthors(beforeDash[1]!);
  const bare = withoutWriterTitle(withoutHandle(line));
  // (any other dash parts the line: "name - place" and the like are read as bylines, never as one name)
  if (SPACED_DASH.test(bare)) return null;
  // "لمياء فاروق صحافية @desk": a trade or a handle marks a byline whatever the given name
  const marked = bare !== line.trim();
  if (/[\d:«»"“”()@]/u.test(bare)) return null;
  const names = splitNames(bare).map((n) => stripPunct(n.trim()));
  if (names.length > MAX_BARE_NAMES || (marked && names.length > 1)) return null;
  for (const name of names) {
    const key = lineKey(name);
    // "نايف بن" is a name cut by a line break, not a byline; "هبة بريس" is a site
    // ("بيسان العتوم وسامر يوسف": a co-writer's common given name vouches for a name and family name beside it)
    if (!isJoinedPersonLike(name, 2, MAX_CREDIT_NAME_WORDS, key) || !(marked || startsWithGivenName(key) || sonOfName(key) || (vouched() && familyNamed(name, key))) || NAME_JOINER_SET.has(key.slice(key.lastIndexOf(' ') + 1)) || OUTLET_ENDING.test(key)) return null;
  }
  return names;
}

/** A star glued to a name's last word and the words after it: "سامي النجار* كاتب وباحث". */
const STAR_BEFORE_WORDS = /(?<=\p{L}) ?\*+ (?=\p{L})/u;
/** "(*)" after a writer's name: the mark of the note on the writer under the piece ("(*) كاتب أردني"). */
const STAR_NOTE_MARK = /\s?\(\*+\)?\s*$/u;

/** A name and a definite family name ("بيسان العتوم"), as a key; never a word glued to لل ("للاستفسارات الإعلامية"). */
const FAMILY_NAME = /^(?!ال|لل)\p{L}{2,} ال\p{L}{2,}$/u;
/** Two words of letters and their marks alone, as printed: no label's colon, no punctuation. */
const TWO_WORDS = /^\p{L}[\p{L}\p{M}]* \p{L}[\p{L}\p{M}]*$/u;

/**
 * Whether two words read as a given name the lexicon lacks and a definite family name ("بيسان العتوم"): never a
 * place, a trade, a title or a body ("مجلس النواب", "حزب الله", "وزارة الصحة") nor an outlet. Asked only where the
 * line is marked as a credit otherwise (a date, a read time, a city after a comma, a handle, a listed co-writer).
 */
export function familyNamed(text: string, key = lineKey(text)): boolean {
  if (!FAMILY_NAME.test(key) || !TWO_WORDS.test(text)) return false;
  const first = key.slice(0, key.indexOf(' '));
  return !isWriterTitle(first) && !isKnownPlace(first) && !ORGANISATION_SET.has(first) && classifyPart(text, key).kind === 'person';
}

/**
 * Names alone (`bareAuthors`), or one name the given-name list lacks with a definite family name, where a mark says
 * credit; `allowed` may turn the second reading away ("آخر تحديث" beside a date is a stamp's words).
 */
export function bareOrFamilyName(text: string, allowed: (name: string, key: string) => boolean = () => true): string[] | null {
  const names = bareAuthors(text);
  if (names !== null) return names;
  const trimmed = text.trim();
  const key = lineKey(trimmed);
  return familyNamed(trimmed, key) && allowed(trimmed, key) ? [trimmed] : null;
}

/** The line without the symbols, emoji and joiners before its first letter and after its last ("✍️ سلمى الشريف"). */
export function withoutSymbols(line: string): string {
  const symbols = LEADING_SYMBOLS.exec(line);
  return withoutTrailingSymbols(symbols !== null ? line.slice(symbols[0].length) : line).trim();
}

/** One symbol, emoji or joiner (one code point), or a column's star. */
const SYMBOL = /^[\p{So}\p{Sk}\uFE0F\u200D*]$/u;

/** The line without the symbols, emoji and joiners after its last letter (" ✍️"), read back from its end. */
function withoutTrailingSymbols(line: string): string {
  let end = line.trimEnd().length;
  while (end > 0) {
    const low = line.charCodeAt(end - 1);
    const size = end >= 2 && low >= LOW_SURROGATE_MIN && low <= LOW_SURROGATE_MAX ? 2 : 1;
    if (!SYMBOL.test(line.slice(end - size, end))) break;
    end = line.slice(0, end - size).trimEnd().length;
  }
  return line.slice(0, end);
}
/**
 * A journalist's trade, an academic title or an honorific before a writer's name: "الصحفية", "الإعلامي", "الدكتور",
 * "الشيخ", "أ.د.", and "أ." (أستاذ) or "م." (مهندس) before a name of two words or more (before one word they are an
 * initial: "م. بن عمر").
 */
const TITLE_BEFORE_NAME = new RegExp(`^\\s*(?:(?:${WRITER_TITLE_WORDS}|${TITLES_AFTER_CREDIT_LABEL.join('|')}|(?:ال)?(?:${PRESS_TRADES}|دكتور|دكتورة|أستاذ|أستاذة|مهندس|مهندسة))(?: ${JOINED_TRADE})?(?:\\s?/\\s?|\\s)|أ\\.\\s?د\\.\\s?|${SHORT_TITLE}\\s?|[أمذ]\\.\\s?(?=\\S+\\s\\S))`, 'u');

/** "أ." or "م.": a title of one letter, or an initial. */
const LETTER_TITLE = /^\s*[أمذ]\.\s?$/u;

/**
 * The name after a title: a name the bare rules take, or (after a trade or a full title, which mark it as a trade
 * after it does) any name-like run of two to three words; "أ." and "م." ask for a common given name first.
 */
function titledName(rest: string, title: string): string[] | null {
  const names = bareAuthors(rest);
  if (names !== null) return names.length === 1 ? names : null;
  if (LETTER_TITLE.test(title) || /[\d:«»"“”()@.،,|\-–—]/u.test(rest)) return null;
  const key = lineKey(rest);
  // ("الروائي طالب الرفاعي": a given name that is also a title's word, "student", after a trade is the name's)
  return isPersonLike(rest, 2, MAX_BYLINE_NAME_WORDS, key) && (!opensOnTitle(key) || COMMON_WORD_NAME_KEYS.has(key.slice(0, key.indexOf(' ')))) ? [rest] : null;
}
/** Given names that are also common words ("طالب", "صباح"), as keys: names after a trade, never on their own. */
const COMMON_WORD_NAME_KEYS: ReadonlySet<string> = new Set(COMMON_WORD_GIVEN_NAMES.map(lineKey));

/**
 * "مروان الصباغ يكتب:", "سارة الفقي تكتب: عنوان المقال": a writer's name and the verb of writing, alone or opening
 * the headline, as Egyptian sites print them (the verb marks the name as a trade would).
 */
const NAME_WRITES = /^([^:]{4,40}?) (?:يكتب|تكتب)\s?(?::\s?(\S.*)?)?$/u;
/** "نهى الشاذلي تكتب من القاهرة": a writer's name, the verb of writing and the place after "من" or "في" (one or two words). */
const NAME_WRITES_FROM = /^([^:]{4,40}?) (?:يكتب|تكتب) (?:من|في) (\p{L}+(?: \p{L}+)?)$/u;

/** The writer a headline names before the verb of writing ("مروان الصباغ يكتب: …"), or null. */
export function writerOfHeadline(text: string): string[] | null {
  const signed = NAME_WRITES.exec(text);
  return signed !== null && signed[2] !== undefined ? titledName(signed[1]!, '') : null;
}

/** A colon first after a credit label (spaces before it allowed). */
const COLON_FIRST = gated(SHAPE.COLON, /^\s*[:：]/u);
/** "الأخبار": one word with the article, printed. */
const ONE_DEFINITE_WORD = gated(0, /^ال\p{L}{3,}$/u, 'ا');
/** "عرب 48", "لي 360": a word and a number, an outlet's name. */
const WORD_AND_NUMBER = gated(SHAPE.DIGIT, /^\p{L}{2,} \d{1,3}$/u);
/** "مراسل الأخبار - سامر الحلبي": a correspondent's label, the outlet (and the place), a dash, then the name. */
const CORRESPONDENT_THEN_NAME = /^مراسل(?:ة)? ([^\-–—:|،,]{2,30}?)(?: في ([^\-–—:|،,]{2,20}?)| [-–—] ([^\-–—:|،,]{2,20}?))? [-–—] ([^\-–—:|]+)$/u;
/** "نادين حداد، مراسلة بي بي سي في بيروت": a name, a comma or dash, the correspondent of an outlet, its post, a place after a dash. */
const NAME_THEN_CORRESPONDENT = /^([^،,\-–—|:]{4,40}?)\s?[،,\-–—|]\s?(?:ال)?مراسل(?:ة)? ([^\-–—:|،,]{2,30}?)(?: في ([^\-–—:|،,]{2,20}?))?(?:\s?[-–—|]\s?([^\-–—:|،,]{2,20}))?$/u;

/** "مراسل": the word every correspondent's post opens on. */
const CORRESPONDENT_WORD = 'مراسل';
/** A correspondent's byline: the names, the outlet, and the place filed from when it is a known one. */
function correspondentByline(authors: string[], agency: string | null, placeText: string | undefined): Byline {
  const place = placeText !== undefined && isKnownPlace(lineKey(placeText)) ? placeText.trim() : null;
  return { authors, agency, dateline: place };
}

/** The text read as an outlet, or null. */
function outletOf(text: string): string | null {
  const part = classifyPart(text);
  return part.kind === 'agency' ? part.text : null;
}
/** "رأي - حازم البنا": an opinion label, a dash or bar and the writer, over the headline. */
const OPINION_THEN_WRITER = new RegExp(`^(?:${OPINION_LABELS.join('|')})\\s?[-–—|:：]\\s?(\\S.*)$`, 'u');

/** "عمود «نبض الشارع» | …": a column's label, its name in quote marks if any, and a bar or dash before the writer. */
const COLUMN_THEN_WRITER = new RegExp(`^(?:${COLUMN_LABELS.join('|')})(?:\\s?[:：]?\\s?[«"“][^»"”]{2,30}[»"”])?\\s?[-–—|｜]\\s?(\\S.*)$`, 'u');

/** One letter and a full stop, then one or two words: a writer signing with an initial ("ع. سمير"). */
const DOCTOR = /^د\.\s?/u;
const INITIALED_NAME = /^\s*\p{Script=Arabic}\.\s?\p{Script=Arabic}{2,}(?: \p{Script=Arabic}{2,})?\s*$/u;

/** Academic and professional titles before a writer's name: "د. رانيا الحسيني", "أ.د. سامي يوسف". */
const AUTHOR_HONORIFIC = new RegExp(`^\\s*(?:أ\\.\\s?د\\.|[دأمذ]\\.|${SHORT_TITLE}|(?:${WRITER_TITLE_WORDS}|${TITLES_AFTER_CREDIT_LABEL.join('|')}) )\\s*`, 'u');

/** " | المصدر: وكالات", " - المصدر: الساحة": the story's source after a bar or a dash, last in a credit. */
const SOURCE_PART = /(?:\s?[|｜]\s?|\s[-–—]\s)(?:ال)?مصدر\s?[:：]\s?([^|｜:]+)$/u;

/** `COMMON_WORD_OUTLETS` as keys. */
const COMMON_WORD_OUTLET_KEYS: ReadonlySet<string> = new Set(COMMON_WORD_OUTLETS.map(lineKey));

/** The names in a credit line, label words removed. */
function parseCredit(rest: string, afterTrade = false): Byline | null {
  // "إعداد وتحرير: سهى المومني | المصدر: وكالات": the source names no writer; a listed outlet there is the agency
  const source = SOURCE_PART.exec(rest);
  if (source !== null) {
    const credit = parseCredit(rest.slice(0, source.index), afterTrade);
    const part = classifyPart(source[1]!.trim());
    return credit === null ? null : { ...credit, agency: credit.agency ?? (part.kind === 'agency' ? part.text : null) };
  }
  // "سامي الحربي بمساعدة فريق البحث", "… بمشاركة وكالات": the newsroom's desk or the wires credited with the writer
  const helped = HELPED_BY.exec(rest);
  if (helped !== null) {
    const part = classifyPart(helped[1]!);
    const credit = part.kind === 'desk' || part.kind === 'agency' ? parseCredit(rest.slice(0, helped.index), afterTrade) : null;
    if (credit !== null && credit.authors.length > 0) return { ...credit, agency: credit.agency ?? (part.kind === 'agency' ? part.text : null) };
  }
  const cleaned = withoutNonWriters(rest);
  const names: string[] = [];
  let dateline: string | null = null;
  let agency: string | null = null;
  let desk = false;
  for (const piece of splitNames(cleaned)) {
    const text = stripPunct(piece.replace(/^في\s+/u, '').replace(AUTHOR_HONORIFIC, '').replace(STAR_NOTE_MARK, ''));
    if (text === '') continue;
    // "بقلم: سعيد المرابط | صحفي متخصص في …": the writer's trade after the name, no second writer
    // ("بقلم: جود الساعدي - رئيس التحرير": a newsroom post after the name is no second writer either)
    if (names.length > 0 && opensOnWriterTrade(lineKey(text))) continue;
    // ("* ترجمة خاصة بالموقع": a translation or a report made for the site, nobody named)
    if (EXCLUSIVE_NOTE.test(text)) {
      desk = true;
      continue;
    }
    // ("سامر الحلبي | الأخبار": after a writer's name, an outlet whose name is also a common word)
    if (names.length > 0 && agency === null && COMMON_WORD_OUTLET_KEYS.has(lineKey(text))) {
      agency = text;
      continue;
    }
    const part = classifyPart(text);
    if (part.kind === 'place') dateline ??= part.text;
    // ("كتب - عبدالله المطيري - الرياض": a city that is also a paper's name, in a writer's credit, is where he writes from)
    else if (part.kind === 'agency' && dateline === null && isKnownPlace(lineKey(part.text))) dateline = part.text;
    else if (part.kind === 'agency') agency ??= part.text;
    else if (part.kind === 'desk') desk = true;
    else if (part.kind !== 'date') names.push(text);
  }
  // "تقرير / بساتين العنب تتكئ على ضفاف وادي نجران" is a headline, not a credit
  // ("بقلم الروائي طالب الرفاعي": after the writer's trade a given name that is also a title's word opens the name)
  if (names.some((n) => !isJoinedPersonLike(n, 1, MAX_CREDIT_NAME_WORDS) || (readsAsHeadline(n) && !(afterTrade && COMMON_WORD_NAME_KEYS.has(lineKey(n).split(' ')[0]!))))) return null;
  // ("نشر بواسطة فريق التحرير": the newsroom credited, a credit line that names nobody)
  if (names.length === 0 && agency === null) return desk ? { authors: [], agency: null, dateline } : null;
  return { authors: names, agency, dateline };
}

/** A name, a bar or a spaced dash, then the rest of a credit. */
const NAME_THEN_BAR = /^([^|–—-]+?)\s(?:\||[-–—])\s(.+)$/u;

/** "سامر الحلبي | المصري اليوم": a person's name of two to four words, a bar or dash, and a listed outlet. */
function namedBeforeOutlet(rest: string): boolean {
  const m = NAME_THEN_BAR.exec(rest);
  return m !== null && isPersonLike(m[1]!, 2, MAX_BYLINE_NAME_WORDS) && classifyPart(m[2]!).kind === 'agency';
}

const QUESTION_WORD_SET: ReadonlySet<string> = new Set(QUESTION_WORDS);
const ENDS_QUESTION_OR_EXCLAMATION = /[؟?!]\s*$/u;

/**
 * "حوار: الوزير يكشف خطة الحكومة", "تقرير: هل تنجح الحكومة؟": after a kicker's label, words a headline's, not a
 * name's: a question (a question word first, or a question or exclamation mark last), or a title with no given name
 * after it ("وزير الخارجية الأسبق عمرو موسى" names one).
 */
function readsAsHeadline(name: string): boolean {
  const words = lineKey(name).split(' ');
  if (ENDS_QUESTION_OR_EXCLAMATION.test(name) || QUESTION_WORD_SET.has(words[0]!)) return true;
  // ("أمين بلعمري": a title's word that is a given name too opens a name)
  return isRoleHead(words[0]!) && !words.some((w) => startsWithGivenName(w));
}

/** "بمساعدة فريق البحث", "بالتعاون مع وحدة التحقق", "بمشاركة وكالات": who helped the writer, last (group 1). */
const HELPED_BY = / (?:بمساعدة|بالتعاون مع|بمشاركة|بالاشتراك مع) (\S.{1,40})$/u;

/** "خاصة بالموقع", "خاص", "حصري": a credit's note that the work was made for (or only for) the outlet. */
const EXCLUSIVE_NOTE = gated(0, /^(?:خاص[ةه]?|حصري[ةاه]?)(?: |$)/u, 'حخ');

/**
 * Inner labels of those credited for no writing: the photographer, the copy editor, the reviewer, the supervisor, the
 * video's editor; and the editor, whose "تحرير:" after a writer's credit names no second writer ("إعداد: X - تحرير: Y").
 */
const NON_WRITING_LABEL = gated(0, /^(?:تصوير|تدقيق|مراجعة|إشراف|اشراف|مونتاج|إخراج|اخراج|غرافيك|جرافيك|تحرير|تحقق)/u, 'إاتجغم');

/**
 * A credit's names with each inner label turned into a separator, the names after a label of no writing left out:
 * "منى الدباغ | تصوير: فادي الحلبي" → "منى الدباغ ||".
 */
function withoutNonWriters(rest: string): string {
  let out = '';
  let last = 0;
  let drop = false;
  for (const m of rest.matchAll(INNER_LABEL)) {
    if (!drop) out += rest.slice(last, m.index);
    out += '|';
    drop = NON_WRITING_LABEL.test(m[0]);
    last = m.index + m[0].length;
  }
  return drop ? out : out + rest.slice(last);
}

/** "(إعداد سلمى نجم للنشرة العربية - تحرير علي خفاجي)": a wire's closing credits in brackets. */
const WIRE_CREDIT = /^\(([^()]{8,160})\)$/u;
/** "إعداد سلمى نجم للنشرة العربية - تحرير علي خفاجي": the same credits with their brackets lost, the desk named in them. */
const UNBRACKETED_WIRE_CREDIT = /^((?:إعداد|اعداد|تغطية|شارك|ساهم)[^()]{4,150} للنشرة [^()]{2,60})$/u;
/** A writer's label and its colon opening a credit in brackets ("كتبه:", "بقلم:"). */
const BRACKETED_WRITER_LABEL = gated(SHAPE.COLON, /^(?:كتب|كتبت|كتبه|كتبته|كتبها|بقلم|إعداد|اعداد|كتابة|تقرير)\s?:/u, 'إابتك');
/** Labels of a wire credit and whether the one named writes (إعداد، تغطية صحفية) or only edits (تحرير). */
// ("شارك في التغطية": contributed reporting, a writer as the box "شارك في التغطية" over names reads)
const WIRE_CREDIT_LABEL = /^(إعداد|اعداد|تغطية صحفية|تغطية|شارك في التغطية|ساهم في التغطية|كتابة|ترجمة|تحرير|مراجعة) (\S.*)$/u;
const WIRE_WRITING_LABELS = new Set(['إعداد', 'اعداد', 'تغطية صحفية', 'تغطية', 'شارك في التغطية', 'ساهم في التغطية', 'كتابة', 'ترجمة']);
/** The desk a wire writer works for, after the name: "للنشرة العربية". */
const WIRE_DESK_WORDS = new Set(['للنشرة', 'لنشرة']);

/** A wire writer's name without the desk after it ("سلمى نجم للنشرة العربية" → "سلمى نجم"). */
function withoutDesk(name: string): string {
  const words = name.split(' ');
  return words.length > 2 && WIRE_DESK_WORDS.has(words[words.length - 2]!) ? words.slice(0, -2).join(' ') : name;
}

/** Heads of a newsroom's desk ("فريق رويترز", "قسم الأخبار"): credited, but no person. */
const DESK_HEADS = new Set(NEWSROOM_DESKS);

/** The writers a wire's closing credits in brackets name, or null when the line is no such credit. */
export function parseWireCredit(line: string): Byline | null {
  const m = WIRE_CREDIT.exec(line.trim()) ?? UNBRACKETED_WIRE_CREDIT.exec(line.trim());
  if (m === null) return null;
  // "(كتبه: سامي النجار)": a writer's credit with its label and colon, wholly in brackets at the foot (an editor's,
  // "(تحرير: منى سعيد)", names no writer there)
  if (BRACKETED_WRITER_LABEL.test(m[1]!)) {
    const credit = parseBylineLine(m[1]!);
    return credit !== null && credit.authors.length > 0 ? credit : null;
  }
  const authors: string[] = [];
  for (const piece of m[1]!.split(/ [-–—] /u)) {
    const c = WIRE_CREDIT_LABEL.exec(piece.trim());
    if (c === null) return null;
    const name = withoutDesk(c[2]!.trim());
    if (!isPersonLike(name, 2, 4)) return null;
    // ("تغطية صحفية فريق رويترز": the newsroom's desk, no person)
    if (WIRE_WRITING_LABELS.has(c[1]!) && !DESK_HEADS.has(name.split(' ')[0]!)) authors.push(name);
  }
  return { authors, agency: null, dateline: null };
}

/** A byline or dateline at the start of the first paragraph, and the paragraph without it. */
export interface PrefixResult {
  byline: Byline;
  rest: string;
  prefix: string;
  /** The story's date when the lead prints it ("الخرطوم 18 أغسطس 2025 –"). */
  date?: DateFound;
}

const COLON_PREFIX = /^([^:.؟?!"«“]{2,70}):/u;
const DASH_PREFIX = /^([^:.؟?!"«“\-–—]{2,40}?) ?[-–—] ?([^:.؟?!"«“\-–—]{2,40}?) ?[-–—:] /u;
const MAX_PREFIX_WORDS = 9;
/**
 * "رام الله – «القدس العربي»: …", "لندن ـ "القدس العربي": …": a place, a dash and the outlet in quote marks, a colon
 * ("رام الله - «القدس» دوت كوم - أعلنت …": or a dash, and the site's "دوت كوم" after the marks, group 3).
 */
const QUOTED_OUTLET_PREFIX = /^([^:.؟?!"«“»”\-–—ـ]{2,40}) [-–—ـ] [«"“]([^:.؟?!"«“»”]{2,30})[»"”]( دوت كوم| دوت نت)? ?(?::|[-–—ـ]) /u;
/** "رام الله 12-10-2025 وفا- …": place, day-month-year and agency, then a dash. */
const PLACE_DATE_AGENCY_PREFIX = /^([^\d:.،,!؟?"«]{2,30}) (\d{1,2}-\d{1,2}-\d{4}) ([^\s\d\-–—]{2,12}) ?[-–—] ?/u;
/**
 * "بكين 25 نوفمبر 2024 (شينخوا) ارتفعت …", "عمان 17 كانون الأول (بترا)- …": a place, the day, month (and year) and
 * the agency in brackets, with or without a dash before the story.
 */
const PLACE_DATE_BRACKET_PREFIX = /^([^\d()،,:.!؟?"«\-–—]{2,30}) (\d{1,2} [^\s\d()]{3,10}(?: ?\/ ?[^\s\d()]{3,10})?(?: [^\s\d()]{3,10})?(?: \d{4})?) ?\(([^()]{1,30})\) ?(?:--|—|–|-|:)? ?/u;
/** "موسكو - سبوتنيك. أعلن …": a place, a dash and the agency, then a full stop opening the story. */
const PLACE_AGENCY_STOP_PREFIX = /^([^\d:.،,!؟?"«»\-–—]{2,25}?) ?[-–—] ?([^\d:.،,!؟?"«»\-–—]{2,25}?)\. (?=\S)/u;
/** "الخرطوم- …", "غزة – …": a place of a few words and a dash, then the story. */
const PLACE_DASH_PREFIX = /^([^\d:.،,!؟?"«»\-–—]{2,25}?) ?[-–—] (?=\S)/u;
/**
 * "الخرطوم 18 أغسطس 2025 – …": a place and the day, month and year, then a dash opening the story ("الرياض، 4 ديسمبر
 * 2026 –", "دبي، الإمارات العربية المتحدة، 4 ديسمبر 2026:": a press release's, with commas and a colon).
 */
const PLACE_DAY_PREFIX = /^([^\d:.!؟?"«\-–—]{2,40}?)[،,]? (\d{1,2} [^\s\d]{3,10}(?: [^\s\d]{3,10})? \d{4})(?: م)? ?(?:[-–—]{1,2}|:) /u;
/** "شفق نيوز/ …": the outlet and a slash opening the story. */
const OUTLET_SLASH_PREFIX = /^([^/:.؟?!"«“،,\-–—]{2,25}?) ?\/ /u;
/** Longest place (with its day) and agency of a wire's lead between slashes. */
const MAX_SLASH_HEAD = 40;
const MAX_SLASH_AGENCY = 20;
/** "أبوظبي في 20 أكتوبر": a place and the day of the month. */
const PLACE_AND_DAY = / في \d{1,2} [^\s\d]+(?: \d{4})?$/u;

/**
 * "أبوظبي في 20 أكتوبر / وام /", "دبي / وام /": a wire's place (and day) and the agency between slashes. The place,
 * the agency and the prefix's length, or null.
 */
function slashAgencyPrefix(paragraph: string): { place: string; agency: string; length: number } | null {
  const first = paragraph.indexOf('/');
  if (first < 2 || first > MAX_SLASH_HEAD) return null;
  const second = paragraph.indexOf('/', first + 1);
  if (second < 0 || second - first > MAX_SLASH_AGENCY) return null;
  const head = paragraph.slice(0, first).trim();
  const day = PLACE_AND_DAY.exec(head);
  let length = second + 1;
  while (paragraph[length] === ' ') length++;
  return { place: day ? head.slice(0, day.index) : head, agency: paragraph.slice(first + 1, second).trim(), length };
}

/** A lead of a known place and a listed agency, `length` characters long, or null when either is not one. */
function placedAgency(paragraph: string, placeText: string, agencyText: string, length: number): PrefixResult | null {
  const place = classifyPart(placeText.trim());
  const agency = classifyPart(agencyText.trim());
  if (place.kind !== 'place' || agency.kind !== 'agency') return null;
  return { byline: { authors: [], agency: agency.text, dateline: place.text }, rest: paragraph.slice(length).trimStart(), prefix: paragraph.slice(0, length).trim() };
}

/** The first word of a text, folded. */
const FIRST_WORD = /^\s*(\S+)/u;

/** "عاجل", "مراسلنا", "مراسلة": a breaking label or a reporter's word before a colon, no outlet's name (key). */
const NOT_OUTLET_WORD = gated(0, /^(?:عاجل|هام|مراسل\p{L}*|مندوب\p{L}*|خاص|حصري)$/u, 'حخعمه');

/** Past verbs that open news sentences ("استقبل", "وجه"), folded. */
const NEWS_VERB_KEYS: ReadonlySet<string> = new Set(NEWS_VERBS.map(foldText));

/**
 * Whether a text opens on a verb of saying or announcing ("أعلن", "قال") or a news verb, masculine or feminine
 * ("استقبل", "وجه", "افتتحت"): the story's first word after its lead.
 */
function opensOnVerb(rest: string): boolean {
  const first = FIRST_WORD.exec(rest);
  if (first === null) return false;
  const word = foldText(first[1]!);
  return cueOf(word)?.kind === 'verb' || NEWS_VERB_KEYS.has(word) || (word.endsWith('ت') && NEWS_VERB_KEYS.has(word.slice(0, -1)));
}

/** Most words of an outlet in quote marks the lexicon lacks, after a known place ('بيروت - "الأخبار": قال …'). */
const MAX_QUOTED_OUTLET_WORDS = 3;

/** 'بيروت - "الأخبار": أعلن …': a known place, an outlet in quote marks the lexicon lacks, and a verb opening the story. */
function placedQuotedOutlet(paragraph: string, placeText: string, outletText: string, length: number): PrefixResult | null {
  const place = classifyPart(placeText.trim());
  const outlet = outletText.trim();
  if (place.kind !== 'place' || keyWords(lineKey(outlet)) > MAX_QUOTED_OUTLET_WORDS || isPersonLike(outlet, 2, MAX_BYLINE_NAME_WORDS) || !opensOnVerb(paragraph.slice(length))) return null;
  return { byline: { authors: [], agency: outlet, dateline: place.text }, rest: paragraph.slice(length).trimStart(), prefix: paragraph.slice(0, length).trim() };
}

/**
 * "عمون - قال وزير التربية …": one word the lexicon lacks, a dash, and a speech verb opening the story: the outlet's
 * lead. Never a definite word ("اليوم - قال …"), a given name, a word of the site's menus or a speech word itself;
 * `colonAfter`, between a known place and a colon ("نواكشوط – الأخبار: أعلنت …"), a definite word too, but a day's
 * or a title ("الرئيس").
 */
function unlistedOutletLead(word: string, rest: string, colonAfter = false): boolean {
  const key = lineKey(word);
  if (key.startsWith('ال') && !(colonAfter && !DAY_NAME_KEYS.has(key) && !isRoleHead(key))) return false;
  if (key.includes(' ') || !OUTLET_WORD.test(key) || /\d/u.test(key) || startsWithGivenName(key) || MENU_WORD_KEYS.has(key) || cueOf(key) !== null) return false;
  return opensOnVerb(rest);
}
/** "اليوم", "الأحد": a day's word, no outlet's name after a place (keys). */
const DAY_NAME_KEYS: ReadonlySet<string> = new Set(DAY_NAMES);

/**
 * "عمون - التقى …", "المرصد – متابعات: أكد …": a name of at most three words, then a dash, and a desk word with its
 * colon or dash or none, opening the story (group 1 the name, group 2 the desk word).
 */
const NAME_DASH_LEAD = /^(\p{L}[\p{L}\d]*(?: [\p{L}\d]+){0,2}) ?[-–—] (?:(\p{L}+) ?[:：\-–—] )?/u;

/**
 * "عمون - التقى …" under the masthead "عمون" (or "صحيفة المرصد" over "المرصد – متابعات: …"): the site's own name
 * opening its story as the lead, read when it repeats a line dropped over the body (`dropped`, the page's masthead,
 * a site's head word before it or none); the outlet is the lead's agency. Else null.
 */
export function mastheadLead(paragraph: string, dropped: readonly string[]): PrefixResult | null {
  const m = NAME_DASH_LEAD.exec(paragraph);
  if (m === null) return null;
  // (a word before a colon is the desk's only when listed: "عمون - الحكومة: …" opens the story on its subject)
  const lead = m[2] === undefined || DESK_KEYS.has(lineKey(m[2])) ? m[0] : m[0].slice(0, m[0].lastIndexOf(m[2]));
  const key = lineKey(m[1]!);
  if (!dropped.some((line) => mastheadKey(lineKey(line)) === key)) return null;
  return { byline: { authors: [], agency: m[1]!, dateline: null }, rest: paragraph.slice(lead.length).trimStart(), prefix: lead.trim() };
}

/** A masthead's key without the site's head word before the name ("صحيفة المرصد" → "المرصد"). */
function mastheadKey(key: string): string {
  const space = key.indexOf(' ');
  return space > 0 && OUTLET_KIND_KEYS.has(key.slice(0, space)) ? key.slice(space + 1) : key;
}

/**
 * "الرياض", "دبي، الإمارات العربية المتحدة": a known place (a city that is also a paper's name too), and after commas
 * more places or proper nouns.
 */
function placeOfLead(text: string): boolean {
  const pieces = text.trim().split(LEAD_PLACE_PIECES);
  return (classifyPart(pieces[0]!).kind === 'place' || isKnownPlace(lineKey(pieces[0]!))) && pieces.slice(1).every(placeOrProperNoun);
}

/** The comma between the pieces of a lead's place ("أتلانتا، الولايات المتحدة الأمريكية"). */
const LEAD_PLACE_PIECES = /[،,]\s?/u;

/** A piece of a lead's place: a known place, or a short proper-noun phrase. */
function placeOrProperNoun(piece: string): boolean {
  return classifyPart(piece).kind === 'place' || isPersonLike(piece, 1, 3);
}

/** Reads "(CNN)--", "عمان - رويترز:", "عيسى الحربي- سبق- الرياض:" off the start of a paragraph. */
export function parseLeadPrefix(paragraph: string): PrefixResult | null {
  const bracket = BRACKET_PREFIX.exec(paragraph);
  if (bracket) {
    const agency = classifyPart(bracket[2]!);
    // ("الكويت - 14 - 5 (كونا) --": a wire's day and month after the place)
    const place = bracket[1] ? stripPunct(bracket[1].trimEnd().replace(WIRE_DAY_MONTH, '')) : '';
    // each comma piece a known place, or a short proper-noun phrase ("أتلانتا، الولايات المتحدة الأمريكية")
    const placeOk = place === '' || place.split(LEAD_PLACE_PIECES).every(placeOrProperNoun);
    // ("نواكشوط (الأخبار) –": after a known place, an outlet in brackets the lexicon lacks is still the lead's)
    const placedOutlet = place !== '' && classifyPart(place).kind === 'place' && agency.kind === 'unknown' && keyWords(lineKey(agency.text)) <= MAX_LEAD_WORDS;
    if ((agency.kind === 'agency' || /^cnn$/iu.test(agency.text) || placedOutlet) && placeOk) {
      return { byline: { authors: [], agency: agency.text, dateline: place || null }, rest: paragraph.slice(bracket[0].length).trimStart(), prefix: bracket[0].trim() };
    }
    // "الأخبار (نواكشوط) –": the outlet first, its place in brackets, then a dash (a colon may open a quote's speaker)
    const outlet = place === '' ? null : classifyPart(place);
    if (outlet !== null && agency.kind === 'place' && DASH_AFTER_BRACKET.test(bracket[0]) && (outlet.kind === 'agency' || (outlet.kind === 'unknown' && keyWords(lineKey(outlet.text)) <= MAX_LEAD_WORDS && !isPersonLike(outlet.text, 2, MAX_BYLINE_NAME_WORDS)))) {
      return { byline: { authors: [], agency: outlet.text, dateline: agency.text }, rest: paragraph.slice(bracket[0].length).trimStart(), prefix: bracket[0].trim() };
    }
  }
  const placeDateBracket = PLACE_DATE_BRACKET_PREFIX.exec(paragraph);
  if (placeDateBracket !== null) {
    const lead = placedAgency(paragraph, placeDateBracket[1]!, placeDateBracket[3]!, placeDateBracket[0].length);
    const date = lead === null ? null : findDate(placeDateBracket[2]!);
    // ("عمان 17 كانون الأول (بترا)-": without the year the day dates nothing, and the lead stands all the same)
    if (lead !== null) return date !== null && date.coverage === 1 ? { ...lead, date } : lead;
  }
  const slash = slashAgencyPrefix(paragraph);
  const slashed = slash ? placedAgency(paragraph, slash.place, slash.agency, slash.length) : null;
  if (slashed !== null) return slashed;
  // "رام الله 12-10-2025 وفا- …": a place, the date and the agency opening the story
  const dated = PLACE_DATE_AGENCY_PREFIX.exec(paragraph);
  const datedLead = dated ? placedAgency(paragraph, dated[1]!, dated[3]!, dated[0].length) : null;
  if (datedLead !== null) {
    const date = findDate(dated![2]!);
    return date !== null && date.coverage === 1 ? { ...datedLead, date } : datedLead;
  }
  // "الخرطوم 18 أغسطس 2025 – …": a known place and the whole date
  const placeDay = PLACE_DAY_PREFIX.exec(paragraph);
  if (placeDay !== null && placeOfLead(placeDay[1]!)) {
    const date = findDate(placeDay[2]!);
    if (date !== null && date.coverage === 1) {
      return { byline: { authors: [], agency: null, dateline: placeDay[1]!.trim() }, rest: paragraph.slice(placeDay[0].length).trimStart(), prefix: placeDay[0].trim(), date };
    }
  }
  const quoted = QUOTED_OUTLET_PREFIX.exec(paragraph);
  const quotedName = quoted ? quoted[2]! + (quoted[3] ?? '') : '';
  const quotedLead = quoted ? placedAgency(paragraph, quoted[1]!, quotedName, quoted[0].length) ?? placedQuotedOutlet(paragraph, quoted[1]!, quotedName, quoted[0].length) : null;
  if (quotedLead !== null) return quotedLead;
  const stopped = PLACE_AGENCY_STOP_PREFIX.exec(paragraph);
  const stoppedLead = stopped ? placedAgency(paragraph, stopped[1]!, stopped[2]!, stopped[0].length) : null;
  if (stoppedLead !== null) return stoppedLead;
  const outlet = OUTLET_SLASH_PREFIX.exec(paragraph);
  if (outlet) {
    const agency = classifyPart(outlet[1]!.trim());
    if (agency.kind === 'agency') return { byline: { authors: [], agency: agency.text, dateline: null }, rest: paragraph.slice(outlet[0].length).trimStart(), prefix: outlet[0].trim() };
  }
  for (const re of [COLON_PREFIX, DASH_PREFIX]) {
    const m = re.exec(paragraph);
    if (m === null) continue;
    const prefix = re === DASH_PREFIX ? `${m[1]!.trim()} - ${m[2]!.trim()}` : m[1]!.trim();
    if (lineKey(prefix).split(' ').length > MAX_PREFIX_WORDS) continue;
    // "إيلاف من لندن: …": an outlet (or a writer) and the city it reports from
    const from = re === COLON_PREFIX ? fromPlace(`${prefix}:`) : null;
    if (from !== null) return { byline: from, rest: paragraph.slice(m[0].length).trimStart(), prefix: m[0].trim() };
    const parts = splitParts(prefix).filter((p) => p.kind !== 'date');
    const known = parts.filter((p) => p.kind === 'agency' || p.kind === 'place' || p.kind === 'desk');
    if (known.length === 0) continue;
    if (parts.some((p) => p.kind === 'unknown')) {
      // "صنعاء - سبأنت: أعلن …": a known place and one outlet the lexicon lacks, then a verb opening the story
      // (one word of an outlet's shape: never "عاجل", "مراسلنا", "الأسبوع الماضي")
      const unknown = parts.find((p) => p.kind === 'unknown');
      const lone = parts.length === 2 && known.length === 1 && known[0]!.kind === 'place' && unknown !== undefined && unlistedOutletLead(unknown.text, paragraph.slice(m[0].length), re === COLON_PREFIX) && !NOT_OUTLET_WORD.test(lineKey(unknown.text)) ? loneOutletBesidePlace(parts, false) : null;
      if (lone !== null && lone.agency !== null && lone.dateline !== null) return { byline: lone, rest: paragraph.slice(m[0].length).trimStart(), prefix: m[0].trim() };
      continue;
    }
    return { byline: assemble(parts), rest: paragraph.slice(m[0].length).trimStart(), prefix: m[0].trim() };
  }
  // "الخرطوم- قال مصدر …": a known place and a dash opening the story (Al Jazeera's lead)
  const placed = PLACE_DASH_PREFIX.exec(paragraph);
  if (placed !== null && classifyPart(placed[1]!).kind === 'place') return { byline: { authors: [], agency: null, dateline: placed[1]!.trim() }, rest: paragraph.slice(placed[0].length).trimStart(), prefix: placed[0].trim() };
  if (placed !== null && unlistedOutletLead(placed[1]!.trim(), paragraph.slice(placed[0].length))) {
    return { byline: { authors: [], agency: placed[1]!.trim(), dateline: null }, rest: paragraph.slice(placed[0].length).trimStart(), prefix: placed[0].trim() };
  }
  return null;
}

/** "رابط الخبر بصحيفة الوئام: …" (a signature some outlets end the body with, or print on its own line) and "المصدر : الجزيرة + وكالات". */
const SOURCE_SIGNATURE = /رابط الخبر\s?(?:ب|في\s)?(?:صحيفة|موقع|جريدة)\s([^:]{2,30}):/u;
const SOURCE_LINE = /^(?:المصدر|المصادر|مصدر)\s?:\s?([^+/،,]{2,30})/u;
/** Heads of bodies that are no outlet ("المركز", "وزارة", "جامعة"), folded: a source line naming one names no agency. */
const DATA_SOURCE_HEADS: ReadonlySet<string> = new Set(SPEAKING_ORGANISATION_HEADS.filter((h) => h !== 'وكاله'));
/** The article ال opening a folded word. */
const DEFINITE_ARTICLE = /^ال(?=\p{L}{2})/u;
/** Social platforms, as keys ("يوتيوب", "إكس"): a video's or a post's source, no news agency. */
const PLATFORM_KEYS: ReadonlySet<string> = new Set(PLATFORMS.map(lineKey));

/**
 * Whether a source line's source names no agency: a body that is no outlet gave the data ("المصدر: المركز الأوروبي
 * المتوسطي لرصد الزلازل", "المصدر: وزارة الصحة"), or a platform or the networks carried the video or the picture
 * ("المصدر: يوتيوب", "المصدر: مواقع التواصل الاجتماعي"), or the source is a web address.
 */
function namesNoAgency(source: string): boolean {
  const key = lineKey(source);
  return PLATFORM_KEYS.has(key) || DATA_SOURCE_HEADS.has(key.split(' ')[0]!.replace(DEFINITE_ARTICLE, '')) || NETWORK_SOURCE_KEYS.some((k) => key === k || key.startsWith(`${k} `)) || WEB_ADDRESS.test(source.trim());
}
/** "https://…", "www.…": a web address given as the source, no agency's name. */
const WEB_ADDRESS = /^(?:https?:|www\.)/iu;
/** "مواقع التواصل الاجتماعي", "الإنترنت": the networks a picture or a clip was taken from, no agency (keys). */
const NETWORK_SOURCE_KEYS: readonly string[] = NETWORK_SOURCES.map(lineKey);
/** "المصادر: الغارديان، التايمز، الإندبندنت": the plural label and three sources or more parted by commas. */
const REVIEWED_SOURCES = gated(SHAPE.COLON, /^(?:المصادر|مصادر)\s?:\s?[^،,]{2,30}(?:[،,][^،,]{2,30}){2,}$/u, 'ام');

/**
 * "(د ب أ، رويترز)", "م.ع.ح/ع.ج.م (أ ف ب)": the agencies a story was written from, in brackets on a line of their
 * own, after nothing or an editor's initials (one or two sets, parted by "/").
 */
const BRACKETED_SOURCES = /^(?:(?:\p{Script=Arabic}{1,2}\.){1,3}\p{Script=Arabic}{0,2}\s?(?:\/\s?(?:\p{Script=Arabic}{1,2}\.){1,3}\p{Script=Arabic}{0,2}\s?)?)?\(([^()]{1,60})\)$/u;

const CAPTION_START_KEYS = CAPTION_STARTS.map(lineKey);
/** The same, as a set: a caption's label before a colon ("حقوق الصورة:"). */
const CAPTION_LABEL_KEYS = new Set(CAPTION_START_KEYS);

/** "صورة أرشيفية": a caption, whose credit may be printed on the next line ("(أ ف ب)" credits the photo). */
function isCaptionStart(line: string | undefined): boolean {
  if (line === undefined) return false;
  const key = lineKey(line);
  return CAPTION_START_KEYS.some((k) => key === k || key.startsWith(`${k} `));
}

/** The first agency of a line of bracketed sources, when every source in it is a known agency; else null. */
function bracketedSource(line: string): string | null {
  const m = BRACKETED_SOURCES.exec(line);
  if (m === null) return null;
  const sources = m[1]!.split(LIST_COMMA).map((p) => p.trim());
  return sources.every((p) => isKnownOutlet(lineKey(p))) ? sources[0]! : null;
}

/** A sentence's end, then the wires that sign the paragraph off in brackets: "… للبرميل. (رويترز)" (groups: text, sources). */
const SIGNED_OFF = /^([\s\S]*[.!؟?])\s*([(（][^()（）]{2,60}[)）])\s*$/u;

/** A paragraph the wire signs off after its last sentence: the paragraph without it, the sign-off, its first agency. */
export interface SignOff {
  text: string;
  signature: string;
  agency: string;
}

/** "وصعدت العقود … للبرميل. (رويترز)": the known agencies in brackets after the paragraph's last sentence, or null. */
export function signOff(paragraph: string): SignOff | null {
  const m = SIGNED_OFF.exec(paragraph);
  const agency = m !== null ? bracketedSource(m[2]!.replace(/[（]/u, '(').replace(/[）]/u, ')')) : null;
  return agency === null ? null : { text: m![1]!, signature: m![2]!, agency };
}

/** The outlet a source line or signature credits, and the place it names before the outlet, if any. */
export interface SourceCredit {
  agency: string;
  dateline: string | null;
}

/** A bar and a graphic's credit after a source: "… | تصميم: …", "… | رسم: …". */
const GRAPHIC_CREDIT = /[|｜•]\s*(?:تصميم|رسم|جرافيك|غرافيك|إنفوغراف|انفوغراف)/u;

/**
 * The outlet a closing signature or source line credits, or null. Bracketed sources count from `bodyStart` on
 * (the boilerplate entries from the body down): above the story the same brackets credit a photo.
 */
export function sourceCredit(paragraphs: readonly string[], boilerplate: readonly string[], bodyStart = 0): SourceCredit | null {
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const signature = SOURCE_SIGNATURE.exec(last.slice(-200));
  if (signature) return { agency: signature[1]!.trim(), dateline: null };
  for (const [index, line] of boilerplate.entries()) {
    const bracketed = index >= bodyStart && !isCaptionStart(boilerplate[index - 1]) ? bracketedSource(line) : null;
    if (bracketed !== null) return { agency: bracketed, dateline: null };
    // ("المصدر: البنك الدولي | تصميم: قسم الجرافيك": a graphic's source and its design credit name no agency of the story's)
    // ("المصادر: الغارديان، التايمز، الإندبندنت": three sources or more under the plural label are the papers a press
    // review read, no agency of the story's)
    const m = GRAPHIC_CREDIT.test(line) || REVIEWED_SOURCES.test(line) ? null : SOURCE_LINE.exec(line);
    if (m) {
      const credit = parseBylineLine(line.slice(line.indexOf(':') + 1));
      // (not "المصدر: دبي - طلال الحربي", a dateline and a writer; "المصدر: الخرطوم - إرم نيوز" is a place and the outlet)
      if (credit !== null && credit.authors.length === 0 && credit.agency !== null && credit.dateline !== null) return { agency: credit.agency, dateline: credit.dateline };
      if ((credit?.authors.length ?? 0) === 0 && !namesNoAgency(m[1]!)) return { agency: trimChars(m[1]!, '"«»“”'), dateline: null };
    }
    // the signature printed on a line of its own is chrome, and still names the outlet
    const signed = SOURCE_SIGNATURE.exec(line.slice(0, 200));
    if (signed) return { agency: signed[1]!.trim(), dateline: null };
  }
  return null;
}

/** Merges byline facts found in several places; the first value found wins. */
export function mergeBylines(parts: readonly Byline[]): Byline {
  const authors: string[] = [];
  let agency: string | null = null;
  let dateline: string | null = null;
  for (const b of parts) {
    for (const a of b.authors) if (!authors.includes(a)) authors.push(a);
    agency ??= b.agency;
    dateline ??= b.dateline;
  }
  return { authors, agency, dateline };
}

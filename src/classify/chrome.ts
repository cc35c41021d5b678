import {
  AD_LABELS, BOX_END_BUTTONS, COMMENT_BUTTONS, RATE_WIDGET_ITEMS, TRENDING_LABELS, SPONSOR_LEADS, CALL_CHANNELS, CALL_MODALS, CALL_NOUNS, CALL_VERBS, FEEDBACK_OBJECTS, FEEDBACK_VERBS, CONTACT_CALLS, CAPTION_CREDITS, CAPTION_STARTS, CHROME_LINES, CHROME_PREFIXES, SECTION_NAMES, READ_CALLS, SECTION_ROW_LABELS, PUBLICATION_NOTE_TERMS, PUBLICATION_NOTE_VERBS, REPUBLISHING_VERBS, ORIGINAL_TEXT_LANGUAGES, ORIGINAL_TEXT_NOUNS, MENU_LANGUAGES, MARKET_COLUMNS, COUNTER_LABELS, DISCLAIMER_TERMS, END_MARKERS,
  CAPTION_SCENE_WORDS, CLICK_PROMPTS, CONTINUE_NOUNS, CONTINUE_OBJECTS, CONTINUE_PLACES, CONTINUE_VERBS, FOOTER_LINKS, LINK_PROMPTS, PLATFORM_NAMES, SUPPORT_CALLS, BUTTON_ACTIONS, BUTTON_OBJECTS, RELATED_MARKERS, RELATED_PHRASES, SECTION_HEADINGS, SOURCE_LABELS,
  TICKER_NAMES, TICKER_WORDS, SATELLITE_NAMES, PRINT_EDITIONS, MATCH_FACT_LABELS, VERDICT_LABELS, FACT_CHECK_VERDICTS, VERDICT_OBJECTS, VERDICT_DEGREES, VERDICT_SCALE_LABELS, SWITCH_VERBS, CARD_LABELS, LISTEN_VERBS, LISTEN_OBJECTS, PRAYER_NAMES, NEXT_LINKS, EDITOR_NOTE_LABELS, EDITOR_NOTE_OBJECTS, TAKEN_STORY_NOUNS, TAKEN_FROM_PARTICIPLES, STORY_PREPARED_VERBS, CONTENT_WARNING_VERBS, CONTENT_WARNING_WORDS, CONTENT_LICENCES, FREE_ARTICLE_PHRASES, LINK_LIST_WORDS,
  MACHINE_MADE_THINGS, MACHINE_MAKERS, MACHINE_VOICE, HOME_PAGE_NAMES, PRODUCTION_CREDIT_LABELS, SHARE_VERBS, PAGER_WORDS, REACTION_WORDS, FONT_LABELS,
  WEATHER_CONDITIONS, POLL_LABELS, PODCAST_PLATFORMS, STILL_CAPTION_OPENINGS, FOOTNOTE_LABELS, CITED_BEFORE_PHRASES, ZODIAC_SIGNS,
} from '../lexicon/chrome.js';
import { CLOCK_HOUR_WORDS, WEEKDAYS } from '../lexicon/months.js';
import { hasWord, keyWords, lineKey } from '../normalize/key.js';
import { isKnownOutlet, isKnownPlace, isRoleHead, isWriterTitle, startsWithGivenName, titleWordNamed } from '../metadata/known.js';
import { MASTHEAD_POSTS, NEWSROOM_DESKS, SITE_NAME_HEADS } from '../lexicon/agencies.js';
import { FEH, HEH, SPACE, STAR, WAW } from '../normalize/codes.js';
import { TITLE_NOUNS_WITH_WAW_OR_FEH } from '../lexicon/function-words.js';
import { cueOf } from '../quotes/cue-index.js';
import { isRelativeTime } from '../metadata/date.js';
import { NEXT_ARROW_TITLE, PREVIOUS_ARROW_TITLE } from '../lines/segment.js';
import { gated, SHAPE } from '../normalize/gate.js';

/** A list's keys as a regex alternation. */
const keyAlternatives = (list: readonly string[]): string => list.map(lineKey).join('|');
const CHROME_LINE_KEYS = new Set([...CHROME_LINES, ...END_MARKERS, ...AD_LABELS, ...BOX_END_BUTTONS, ...COMMENT_BUTTONS].map(lineKey));
const END_KEYS = new Set(END_MARKERS.map(lineKey));
/** One full stop at the end of a line (not "..", not "…"). */
const SENTENCE_FULL_STOP = /[^.]\.$/u;
/** No whole-line chrome entry is longer: longer keys skip the lookup (hashing a paragraph's key costs). */
const LONGEST_CHROME_LINE_KEY = Math.max(...[...CHROME_LINE_KEYS].map((k) => k.length));
const CHROME_PREFIX_KEYS = CHROME_PREFIXES.map(lineKey).filter((k) => k !== '');
const RELATED_KEYS = RELATED_MARKERS.map(lineKey);
const CREDIT_KEYS = CAPTION_CREDITS.map(lineKey);
const CAPTION_START_KEYS = CAPTION_STARTS.map(lineKey);
const SOURCE_KEYS = SOURCE_LABELS.map(lineKey);
const DISCLAIMER_KEYS = DISCLAIMER_TERMS.map(lineKey);
/** Plain literals over keys (which hold no surrogates): without the u flag the scan runs a little faster. */
const DISCLAIMER_RE = new RegExp(DISCLAIMER_KEYS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** Counters' labels as keys, a label of two words joined by "_" ("اعاده_نشر"; see `pairedCounterLabel`). */
const COUNTER_KEYS = new Set(COUNTER_LABELS.map((l) => lineKey(l).replace(' ', '_')));
/** Counters' labels of two words, as keys: "اعاده نشر". */
const COUNTER_PAIR_KEYS: readonly string[] = COUNTER_LABELS.map(lineKey).filter((k) => k.includes(' '));
const FOOTER_KEYS = new Set(FOOTER_LINKS.map(lineKey));
const RELATED_PHRASE_KEYS = RELATED_PHRASES.map(lineKey);
/** Longest line (in words) read as a counter, a font-size widget, a menu or a related-block title. */
const MAX_COUNTER_WORDS = 3;
const MAX_MENU_WORDS = 16;
const MAX_RELATED_PHRASE_WORDS = 5;
/** Separators of menu items: "سياسة الخصوصية | اتصل بنا | من نحن". */
const MENU_SEPARATOR = /[|•·]/u;
/** A count, or a count in thousands or millions ("1.2K": the key parts it as "1 2k"). */
const DIGITS_ONLY = gated(SHAPE.DIGIT, /^\d+[km]?$/u, '0123456789');
/** "ألف", "مليون" (keys): a count's thousands or millions spelt out. */
const COUNT_MULTIPLIERS = new Set(['الف', 'الاف', 'مليون', 'ملايين']);
const OPEN_BRACKET = 0x28;
const OPEN_SQUARE = 0x5b;

/** "السنة الخامسة عشرة", "السنة 15" before an issue's number, as a key (the year in one or two words or digits). */
const PRINT_YEAR = /^السنه (?:\d+|\p{L}+(?: \p{L}+)?) (?=العدد \d+(?: الصفحه \d+)?$)/u;
/** "العدد 16892 - السنة الثامنة والأربعون": the year after the issue's number, as a key. */
const PRINT_YEAR_AFTER = /^(العدد \d+) السنه (?:\d+|\p{L}+(?: \p{L}+)?)$/u;
const PRINT_YEAR_LABEL = 'السنه ';
const PRINT_ISSUE_LABEL = 'العدد ';

/** "مشاهدات: 1520", "1520 مشاهدة", "تعليقات (0)": a counter label and a number. */
function isCounter(key: string, words: number): boolean {
  // "السنة الخامسة عشرة - العدد 5432": a paper's year of publication before the issue
  const year = key.startsWith(PRINT_YEAR_LABEL) ? PRINT_YEAR.exec(key) : null;
  if (year !== null) return isCounter(key.slice(year[0].length), keyWords(key.slice(year[0].length)));
  const yearAfter = key.startsWith(PRINT_ISSUE_LABEL) ? PRINT_YEAR_AFTER.exec(key) : null;
  if (yearAfter !== null) return isCounter(yearAfter[1]!, 2);
  // ("56 إعادة نشر": a label of two words counts as one)
  const paired = words === 3 ? pairedCounterLabel(key) : null;
  if (paired !== null) return isCounter(paired, 2);
  if (words < 2 || words > MAX_COUNTER_WORDS + 1) return false;
  // "عدد القراءات 230", "رقم العدد: 16543": the count may be named as such, an issue by its number
  const parts = key.split(' ').filter((w, k) => !(k === 0 && (w === 'عدد' || w === 'رقم')));
  const labels = parts.filter((w) => COUNTER_KEYS.has(w)).length;
  // ("العدد 4821 - الصفحة 7": a print edition's issue and page, two labels each with its number)
  // ("1.2 ألف مشاهدة": a count in thousands spelt out)
  return (labels === 1 || (labels === 2 && parts.length === 4)) && parts.every((w) => COUNTER_KEYS.has(w) || DIGITS_ONLY.test(w) || COUNT_MULTIPLIERS.has(w));
}

/** The key with a counter's label of two words, first or last, joined by "_"; or null. */
function pairedCounterLabel(key: string): string | null {
  for (const pair of COUNTER_PAIR_KEYS) if (key.endsWith(' ' + pair) || key.startsWith(pair + ' ')) return key.replace(pair, pair.replace(' ', '_'));
  return null;
}

/** "أ أ أ", "ع ع", "A A A": font-size buttons, one letter repeated (not initials like "و م ع" or "أ ف ب"). */
function isLetterWidget(key: string, words: number): boolean {
  if (words < 2 || key.length !== 2 * words - 1) return false;
  for (let i = 2; i < key.length; i += 2) if (key[i] !== key[0]) return false;
  return true;
}

const FONT_LABEL_KEYS = FONT_LABELS.map(lineKey);

/** "الخط: أ+ أ-", "حجم النص أ أ أ": a font widget's letters after its label (key). */
function isLabelledLetterWidget(key: string): boolean {
  for (const label of FONT_LABEL_KEYS) {
    if (key.startsWith(label + ' ')) {
      const rest = key.slice(label.length + 1);
      return isLetterWidget(rest, keyWords(rest));
    }
  }
  return false;
}

/** "تكبير الخط A+ | تصغير الخط A-", "تكبير النص": buttons that make the text larger or smaller, each with its letter or not (key). */
const FONT_SIZE_BUTTONS = gated(0, /^(?:(?:تكبير|تصغير|زياده|تقليل) (?:حجم )?(?:الخط|النص)(?: [aأ])?)(?: (?:تكبير|تصغير|زياده|تقليل) (?:حجم )?(?:الخط|النص)(?: [aأ])?)*$/u, 'تز');

/** "سياسة الخصوصية | اتصل بنا | من نحن": a menu line with at least two site links. */
function isMenu(line: string, words: number): boolean {
  if (words > MAX_MENU_WORDS || !MENU_SEPARATOR.test(line)) return false;
  const items = line.split(MENU_SEPARATOR).map(lineKey).filter((k) => k !== '');
  // ("طباعة | إرسال | حفظ": a bar of buttons alone is a menu too)
  return items.length >= 2 && (items.filter((k) => FOOTER_KEYS.has(k)).length >= 2 || items.every((k) => BUTTON_ACTION_KEYS.has(k)));
}

const CALL_VERB_KEYS = new Set(CALL_VERBS.map(lineKey));
const PLATFORM_KEYS = new Set(PLATFORM_NAMES.map(lineKey));
const CALL_CHANNEL_KEYS = CALL_CHANNELS.map(lineKey);
const LINK_PROMPT_KEYS = LINK_PROMPTS.map(lineKey);
/**
 * "للتبرع عبر المنصة: اضغط هنا", "بوابة القبول الموحد: انقر هنا للتقديم": a label, a colon and a link prompt (on the
 * key, which keeps no colon: the prompt follows at most six words).
 */
const LABELLED_PROMPT = new RegExp(`^(?:\\S+ ){1,6}(?:${CLICK_PROMPTS.map(lineKey).join('|')})(?: |$)`, 'u');
const SUPPORT_CALL_KEYS = SUPPORT_CALLS.map(lineKey);
const CONTACT_CALL_KEYS = CONTACT_CALLS.map(lineKey);
/** "إن", "أن", "إنه", "أنها": the particles that open words reported, folded. */
const REPORTING_PARTICLES: ReadonlySet<string> = new Set(['ان', 'انه', 'انها']);
/** Longest line (in words) read as a call to follow or a link prompt. */
const MAX_CALL_WORDS = 12;
/**
 * "عن صحيفة الغارديان البريطانية", "نقلا عن موقع …": a translated or reprinted story's source under its headline, as
 * a key: "عن" and an outlet's kind ("بتصرف عن الغارديان": after "adapted", the source alone).
 */
const REPRINTED_FROM = gated(0, new RegExp(`^(?:(?:نقلا|مترجم|مترجمه|ترجمه) )?عن (?:${[...SITE_NAME_HEADS, 'وكالة'].map(lineKey).join('|')}) |^بتصرف (?:عن|من) \\S`, 'u'), 'بتعمن');
const MAX_REPRINTED_WORDS = 7;
/** The story named, as a key alternation: "هذا التقرير", "هذه المادة", or its noun alone ("المادة"). */
const TAKEN_STORY = [...EDITOR_NOTE_OBJECTS, ...TAKEN_STORY_NOUNS].map(lineKey).join('|');
/** "هذا التقرير مترجم عن صحيفة نيويورك تايمز", "المادة منقولة بتصرف عن موقع «الحرة»": a note of where the story was taken from (key). */
const TAKEN_FROM_NOTE = gated(0, new RegExp(`^(?:${TAKEN_STORY}) (?:${TAKEN_FROM_PARTICIPLES.map(lineKey).join('|')}) (?:بتصرف )?(?:عن|من) \\S`, 'u'), 'اتنه');
/**
 * "أعدت إيلاف هذا التقرير نقلا عن «الغارديان»", "تمت ترجمة هذه المادة عن …": the same note with a verb of preparing
 * (key; a sentence of the story's own, "أعدت الوزارة التقرير عن حالة الطرق.", ends on a full stop).
 */
const PREPARED_FROM_NOTE = gated(0, new RegExp(`^(?:${STORY_PREPARED_VERBS.map(lineKey).join('|')}) (?:\\S+ ){0,3}?(?:${TAKEN_STORY})(?: (?:نقلا|ترجمه|بتصرف))? (?:بتصرف )?(?:عن|من) \\S`, 'u'), 'اتج');
const MAX_TAKEN_FROM_WORDS = 14;
/** Verbs of publishing and the words for the story ("نشر", "هذا المقال"), as key alternations for the notes below. */
const PUBLISHING_VERB = PUBLICATION_NOTE_VERBS.map(lineKey).join('|');
const STORY_NOUN = EDITOR_NOTE_OBJECTS.map(lineKey).join('|');
/** Verbs of a piece run again ("ينشر", "يعاد نشره"), and an outlet's kind ("موقع", "صحيفة"), as key alternations. */
const REPUBLISHING_VERB = REPUBLISHING_VERBS.map(lineKey).join('|');
const SITE_KIND = SITE_NAME_HEADS.map(lineKey).join('|');
/** "في الأصل", "أولا", "لأول مرة": "first" in a note on where the story first ran, as a key alternation. */
const FIRST_TIME = 'في الاصل|بالاصل|اصلا|اولا|لاول مره|للمره الاولي|اول مره';
/**
 * "نُشر في الأصل على موقع ميدل إيست آي", "نشر هذا المقال أصلا في صحيفة …", "نشر لأول مرة في صحيفة …": a note that the
 * story first ran elsewhere, as a key: a verb of publishing, "first" and an outlet's kind.
 */
const FIRST_RAN_IN = gated(0, new RegExp(`^(?:${PUBLISHING_VERB})(?: (?:${TAKEN_STORY}))? (?:${FIRST_TIME}) (?:علي|في) (?:${SITE_KIND}) `, 'u'), 'اتسن');
const MAX_FIRST_RAN_WORDS = 14;
/**
 * "ينشر بالاتفاق مع موقع «المدن»", "نشر هذا المقال بالتعاون مع مجلة …", "يعاد نشره بإذن من صحيفة …", "يُنشر هذا المقال
 * بموجب اتفاقية تعاون مع موقع …": a note that the piece runs by agreement with another outlet, as a key: a verb of
 * publishing, the agreement and an outlet's kind.
 */
const RAN_WITH = gated(0, new RegExp(`^(?:${PUBLISHING_VERB}|${REPUBLISHING_VERB})(?: (?:${STORY_NOUN}))? (?:بالاتفاق|بالتعاون|بالتزامن|بالشراكه|(?:بموجب|ضمن|في اطار) (?:اتفاقيه|اتفاق|شراكه|تعاون)(?: \\S+)?) مع (?:${SITE_KIND}) |^(?:${REPUBLISHING_VERB}) باذن (?:من )?(?:${SITE_KIND}) `, 'u'), 'اتسمني');
const MAX_RAN_WITH_WORDS = 14;
/**
 * "نشر هذا التقرير بدعم من", "ينشر هذا المقال بالشراكة مع": a note on the piece that ends on a sponsor's lead, the
 * funder's name on the next line, as a key.
 */
const SUPPORTED_BY_HEAD = `^(?:${PUBLISHING_VERB}|${REPUBLISHING_VERB}) (?:${STORY_NOUN}) (?:${SPONSOR_LEADS.map(lineKey).join('|')})`;
const SUPPORTED_BY_LEAD = gated(0, new RegExp(`${SUPPORTED_BY_HEAD}$`, 'u'), 'اتسمني');
/** "تنشر هذه السلسلة بدعم من مؤسسة فريدريش إيبرت": the same note with the funder named on its line (key). */
const SUPPORTED_BY_NOTE = gated(0, new RegExp(`${SUPPORTED_BY_HEAD} \\S+(?: \\S+){0,5}$`, 'u'), 'اتسمني');
const MAX_SUPPORTED_BY_NOTE_WORDS = 14;
/**
 * "هذا المحتوى مدفوع وأنتج بالتعاون مع الجهة الراعية.", "أنتج هذا التقرير بالتعاون مع شبكة أريج …": a note on the piece
 * itself, paid for, or made with a partner or a funder, as a key; a sentence with its full stop too ("هذا"/"هذه" and the
 * story's noun name the page's own piece, never the story's subject).
 */
const OWN_PIECE_NOTE = gated(0, /^(?:(?:انتج|انتجت|اعد|اعدت|انجز|انجزت|تم انتاج|تم اعداد) )?(?:هذا|هذه) (?:المحتوي|الماده|المقال|التقرير|التحقيق|القصه|السلسله|الملف) (?:(?:مدفوع|ممول)ه?|بالتعاون مع|بالشراكه مع|بدعم من|برعايه)(?: |$)/u, 'اتنه');
const MAX_OWN_PIECE_NOTE_WORDS = 16;
/** "/م ن/": a wire desk's initials between slashes, letters alone parted by spaces. */
const SLASHED_INITIALS = gated(SHAPE.SLASH, /^\/\p{Script=Arabic}(?: \p{Script=Arabic}){1,3}\/$/u, '\u002f');
/** One desk's initials: one or two letters each, parted by spaces ("ع ع ت", "هـ ب"). */
const INITIALS_GROUP = '[\\p{Script=Arabic}\\u0640]{1,2}(?: [\\p{Script=Arabic}\\u0640]{1,2}){0,3}';
/**
 * "ع ع ت / ح س م", "(النهاية) س ج / هـ ب", "--(بترا) ح ص/ م ح", "وام/ع ا/ز م": the desks' initials parted by
 * slashes, after a wire's end mark or its name or alone.
 */
const WIRE_END_CODE = gated(SHAPE.SLASH, new RegExp(`^(?:-{0,2}\\(\\s?\\p{Script=Arabic}[^()]{0,12}\\)-{0,2} ?|-?\\p{Script=Arabic}{2,8}[-/] ?)?${INITIALS_GROUP}(?: ?/ ?${INITIALS_GROUP}){1,3}/?$`, 'u'));
/** "كونا151230 جمت مار 24": a wire's transmission code, its name glued to the time, then short codes. */
const TRANSMISSION_CODE = gated(SHAPE.DIGIT, /^\p{Script=Arabic}{2,6}\d{6,}(?: [\p{Script=Arabic}\d]{1,4}){0,5}$/u);
const MAX_WIRE_CODE_WORDS = 12;
/** "نسبة المشاركة: 45.2%", "الأصوات المفروزة: 87%": a widget's label, a colon and a percentage alone. */
const LABELLED_PERCENT = gated(SHAPE.ANY_DIGIT | SHAPE.COLON | SHAPE.PERCENT, /^\p{Script=Arabic}[\p{Script=Arabic} ]{1,30}:\s?[+-]?[\d٠-٩][\d٠-٩.,٫]{0,8}\s?[%٪]$/u);
const MAX_LABELLED_PERCENT_WORDS = 5;
/** "باقي على كأس العالم: 120 يوما": a countdown widget's lead (on the key), then a colon and the count (on the line). */
const COUNTDOWN_LEAD = gated(0, /^(?:باق|باقي|بقي|متبقي|المتبقي|يتبقي|تبقي) (?:علي|حتي) /u, 'ابتمي');
const COUNTDOWN_COUNT = gated(SHAPE.ANY_DIGIT | SHAPE.COLON, /:\s?[\d٠-٩]+\s?[\u0621-\u064A]+$/u);
/**
 * "متبقي 12 يوماً على انطلاق البطولة": the same widget with the count first, after the participle "left" (key; never the
 * verb, "بقي 12 يوما على …", a headline's words, nor a sentence with its full stop).
 */
const DAYS_LEFT = gated(SHAPE.DIGIT, /^(?:ال)?(?:متبقي|باقي) \d{1,4} (?:يوما|ايام|يوم|ساعه|ساعات|اسبوعا|اسابيع|شهرا|اشهر|دقيقه|دقائق) (?:علي|حتي|ل)(?: \S+){1,5}$/u, 'امب');
const MAX_DAYS_LEFT_WORDS = 10;
/** "سعر بنزين 95: 2.33 ريال": a price widget's label, a colon, the price and its currency. */
const PRICE_LINE = gated(SHAPE.ANY_DIGIT | SHAPE.COLON, /^(?:سعر|أسعار|اسعار) [^:]{2,25}:\s?[\d٠-٩][\d٠-٩.,٫]{0,10}\s?[\u0621-\u064A]{2,8}$/u, 'أاس');
/** "محمد أبو زريق - 12 هدفا": a scorers' table row, a player, a dash and the goals. */
const SCORER_ROW = gated(SHAPE.ANY_DIGIT, /^[^-–—]{3,40} [-–—] [\d٠-٩]{1,3} (?:هدفا|هدفاً|أهداف|اهداف|هدف)$/u);
const MAX_WIDGET_LINE_WORDS = 8;
/** "ياسين بونو: 7", "الشناوي - 7/10", "محمد صلاح (8.5)", "عمر السومة ⭐⭐⭐⭐": a player's mark out of ten, or stars. */
const RATING_ROW = /^[\p{L} ]{2,30}?\s?(?:[:\-–]\s?(?:10|\d)(?:[.,]5)?(?:\s?\/\s?10)?|\((?:10|\d)(?:[.,]5)?\)|⭐{1,5})$/u;
const MAX_RATING_ROW_WORDS = 5;
/** "تقييم لاعبي الأهلي": a ratings box's heading with the team's name (on the key). */
const RATINGS_HEADING = gated(0, /^(?:تقييم|تقييمات|درجات) (?:اداء )?لاعبي \S+(?: \S+)?$/u, 'تد');
/** "☀️ الشروق 6:02 | الغروب 18:15": sunrise and sunset with their times. */
const SUN_TIMES = gated(SHAPE.DIGIT | SHAPE.COLON, /^(?:\p{Extended_Pictographic}\uFE0F?\s?)?(?:الشروق|شروق الشمس|الغروب|غروب الشمس)\s?:?\s?\d{1,2}:\d{2}/u);
/** "التقييم النهائي: 8/10", "النتيجة: 4.5 من 5": a review's score out of its scale. */
const REVIEW_SCORE = gated(SHAPE.DIGIT | SHAPE.COLON, /^(?:التقييم(?: النهائي)?|تقييمنا|تقييم المحرر|النتيجة(?: النهائية)?|الدرجة|العلامة)\s?:\s?\d{1,3}(?:[.,]\d)?\s?(?:\/|من)\s?\d{1,3}$/u, 'ات');
/** "رسم بياني: تطور أسعار النفط", "خريطة: مواقع الاشتباكات", "إنفوغراف | أرقام الموازنة": a graphic's label and title. */
// ("إنفوجراف.. أرقام الموازنة": two dots or more may part them; "جدول: أسعار الشرائح", "في الصورة: وزير الطاقة": a
// table's title, a caption's label)
// ("خريطة تفاعلية: النتائج حسب المحافظة": an interactive one's; "🗺️ خريطة …", "📊 رسم بياني: …": behind its glyph)
const GRAPHIC_TITLE = gated(0, /^(?:(?:ال)?رسم (?:ال)?بياني|(?:ال)?رسم (?:ال)?توضيحي|(?:ال)?خريطة|(?:ال)?خريطه|(?:ال)?جدول|في الصورة|في الصوره|في الصور|إنفوغراف|انفوغراف|إنفوجراف|انفوجراف|إنفوغرافيك|انفوغرافيك|مخطط)(?: (?:ال)?تفاعلي[ةه]?)?\s?(?:[:|]|\.{2,})\s?[^.!؟?]+$/u, 'إاجخرفم');
const GLYPHED_GRAPHIC_TITLE = gated(0, /^(?:🗺|📊|📈|📉|🖼)\uFE0F?\s?(?:(?:ال)?رسم (?:ال)?بياني|(?:ال)?خريطة|(?:ال)?خريطه|(?:ال)?جدول|إنفوغراف|انفوغراف|إنفوجراف|انفوجراف|مخطط)(?: (?:ال)?تفاعلي[ةه]?)?\s?(?:[:|]|\.{2,})\s?[^.!؟?]+$/u, '🗺📊📈📉🖼');
const MAX_GRAPHIC_TITLE_WORDS = 12;
const CARD_LABEL_KEYS: ReadonlySet<string> = new Set(CARD_LABELS.map(lineKey));
const MAX_CARD_WORDS = 7;
/** Most words of a card's value after the label (a label of one word left the value six, as before). */
const MAX_CARD_VALUE_WORDS = MAX_CARD_WORDS - 1;
const MAX_CARD_LABEL_WORDS = 8;
/** A value with a sentence's end or a second label in it: no card line (a point between digits is a decimal one). */
const NOT_CARD_VALUE = /[!؟?:]|\.(?!\d)/u;

/**
 * "📍 المكان: المركز الثقافي", "الدخول: مجانا", "وقت التحضير: 20 دقيقة": a card's labelled line, a short value with no
 * sentence's end.
 */
function isCardLine(line: string, words: number): boolean {
  if (words > MAX_CARD_WORDS + MAX_CARD_LABEL_WORDS) return false;
  const colon = line.indexOf(':');
  if (colon < 0 || NOT_CARD_VALUE.test(line.slice(colon + 1)) || line.slice(colon + 1).trim() === '') return false;
  const label = lineKey(line.slice(0, colon));
  // (the value's words are what the limit is for: "التسارع من 0 إلى 100 كم/س: 6.2 ثانية" is a label of six)
  return CARD_LABEL_KEYS.has(label) && words - keyWords(label) <= MAX_CARD_VALUE_WORDS;
}

/**
 * A wire's end code, a card's or a widget's line: desks' initials, a transmission code, a labelled percentage, a
 * countdown, a price, a scorers' row, a review's score, a graphic's title. Each behind its word limit.
 */
function isWidgetLine(line: string, key: string, words: number): boolean {
  if (words <= MAX_WIRE_CODE_WORDS && (WIRE_END_CODE.test(line) || TRANSMISSION_CODE.test(line))) return true;
  if (isCardLine(line, words)) return true;
  if (words <= MAX_LABELLED_PERCENT_WORDS && LABELLED_PERCENT.test(line)) return true;
  if (words <= MAX_DAYS_LEFT_WORDS && DAYS_LEFT.test(key) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (words <= MAX_WIDGET_LINE_WORDS && ((COUNTDOWN_LEAD.test(key) && COUNTDOWN_COUNT.test(line)) || PRICE_LINE.test(line) || SCORER_ROW.test(line) || RATINGS_HEADING.test(key) || SUN_TIMES.test(line))) return true;
  if (words <= MAX_RATING_ROW_WORDS && RATING_ROW.test(line.trim())) return true;
  return words <= MAX_GRAPHIC_TITLE_WORDS && (REVIEW_SCORE.test(line) || GRAPHIC_TITLE.test(line) || GLYPHED_GRAPHIC_TITLE.test(line));
}
/** "تاسي 11,234.5 ▲ 0.45%": a market ticker's index, its level, an arrow and the change. */
const MARKET_TICKER = gated(SHAPE.PERCENT, /[▲▼△▽🔺🔻][^%]{0,12}%/u);
// ("سهم الراجحي 92.10 ريال ▼ 1.2%": a share, its price and its change, the key splitting each figure in two)
const MAX_MARKET_TICKER_WORDS = 9;
/**
 * "الدولار/الجنيه 48.65 ▲": a rate and the arrow of its move last; "خام برنت 82.4 دولار للبرميل (+1.2%)": a price and
 * its signed change in brackets last. A quote of a market's widget.
 */
const MARKET_QUOTE = gated(SHAPE.ANY_DIGIT, /[\d٠-٩]\s?[▲▼△▽🔺🔻↑↓]$|^[^()\d٠-٩]*[\d٠-٩][^()]*\([+\-−][\d٠-٩][\d٠-٩.,٫]*\s?[%٪]\)$/u);
const MAX_MARKET_QUOTE_WORDS = 8;
/** "مكة المكرمة 13:05 | القاهرة 12:05": a world clock's cities and their times, parted by bars. */
const CITY_TIME = /^(\p{L}[\p{L}\p{M} ]{1,25}?) [\d٠-٩]{1,2}:[\d٠-٩]{2}$/u;
const MAX_WORLD_CLOCK_WORDS = 16;

/** Whether every part of a line parted by bars is a known place and a clock time. */
function worldClock(line: string): boolean {
  return line.split('|').every((part) => {
    const m = CITY_TIME.exec(part.trim());
    return m !== null && isKnownPlace(lineKey(m[1]!));
  });
}
/** "¹ تقرير البنك الدولي، 2023.": a note that opens on a superscript number. */
const SUPERSCRIPT_NOTE = gated(0, /^[¹²³⁰⁴-⁹]{1,3}\s?\S/u, '²³¹⁰⁴⁵⁶⁷⁸⁹');
/** "[1] …", "(2) …", "3- …", "¹ …": a numbered note or reference (or list item) opening a line. */
export const NOTE_NUMBER = /^(?:\[[\d٠-٩]{1,3}\]|\([\d٠-٩]{1,3}\)|[\d٠-٩]{1,3} ?[-–.)]|[¹²³⁰⁴-⁹]{1,3})\s?\S/u;
/** "…، ص 45", "…، ص. 12-14": a cited page last (on the line). */
const CITED_PAGE = gated(SHAPE.ANY_DIGIT, /[،,] ?(?:ص|صفحة|ص\.) ?[\d٠-٩]{1,4}(?:[-–][\d٠-٩]{1,4})?\.?$/u);
/** "[1] الأمم المتحدة، تقرير التنمية البشرية 2023": a reference numbered in square brackets, its year last. */
const SQUARE_NUMBERED_YEAR = gated(SHAPE.ANY_DIGIT, /^\[[\d٠-٩]{1,3}\]\s?\S.*[\d٠-٩]{4}\.?$/u, '\u005b');
const CITED_BEFORE = new RegExp(`(?:^| )(?:${keyAlternatives(CITED_BEFORE_PHRASES)})(?: |$)`, 'u');
const FOOTNOTE_LABEL_KEYS = new Set(FOOTNOTE_LABELS.map(lineKey));
const MAX_FOOTNOTE_WORDS = 30;

/**
 * A footnote or reference under the piece: one opening on a superscript number, one numbered in square brackets with its
 * year last, a numbered one that cites a page or a source cited before ("(2) المرجع السابق، ص 12"), or one under a footnote's label ("حاشية: …").
 */
function isFootnote(line: string, key: string): boolean {
  if (SUPERSCRIPT_NOTE.test(line) || SQUARE_NUMBERED_YEAR.test(line)) return true;
  if (NOTE_NUMBER.test(line) && (CITED_PAGE.test(line) || CITED_BEFORE.test(key))) return true;
  const colon = line.indexOf(':');
  return colon > 2 && colon < 12 && FOOTNOTE_LABEL_KEYS.has(lineKey(line.slice(0, colon)));
}
/**
 * "نشر بواسطة وزارة الصحة في الأحد، 12 يناير 2024", "تم النشر بواسطة …": the foot of a social post embedded in the story
 * (on the key); the page or account it names is the first group.
 */
const EMBEDDED_POST_FOOT = new RegExp(`^(?:تم )?(?:ال)?نشر(?:ت|ه)? بواسطه ((?:\\S+ ){1,8}?)في (?:يوم )?(?:${keyAlternatives(WEEKDAYS)}) .*\\d{4}$`, 'u');
const MAX_POST_FOOT_WORDS = 16;

/**
 * Whether a line's key is the foot of an embedded social post: a page or account, then the day it posted (a person's
 * name there, opening on a given name, is a blog's byline: "نشر بواسطة سامر الحلبي في الأربعاء، 12 نوفمبر 2026").
 */
export function isEmbeddedPostFoot(key: string, words: number): boolean {
  if (words > MAX_POST_FOOT_WORDS) return false;
  const foot = EMBEDDED_POST_FOOT.exec(key);
  return foot !== null && !startsWithGivenName(foot[1]!);
}
/** "برج الحمل: يوم مليء بالمفاجآت": a horoscope's sign and its reading. */
const ZODIAC_LINE = gated(SHAPE.COLON, new RegExp(`^برج (?:${ZODIAC_SIGNS.join('|')}) ?[:：]`, 'u'), 'ب');
const MAX_ZODIAC_WORDS = 30;
const ORIGINAL_LANGUAGE = `(?:(?:باللغه |ب)?(?:${ORIGINAL_TEXT_LANGUAGES.map(lineKey).join('|')}))`;
/** "النص الأصلي (English)", "اقرأ المقال باللغة الإنجليزية": a link to the story in its first language (on the key). */
// ("اقرأ بالإنجليزية": the verb alone before the language)
const ORIGINAL_TEXT = gated(0, new RegExp(`^(?:(?:اقرا )?(?:${ORIGINAL_TEXT_NOUNS.map(lineKey).join('|')}) (?:(?:الاصلي|الاصليه)(?: ${ORIGINAL_LANGUAGE})?|${ORIGINAL_LANGUAGE})|اقرا(?: (?:هذا|هذه) (?:${ORIGINAL_TEXT_NOUNS.map(lineKey).join('|')}))? ${ORIGINAL_LANGUAGE})$`, 'u'), 'ا');
/** "هذا المقال متاح أيضا باللغة الإنجليزية": the story offered in another language (on the key). */
const AVAILABLE_IN_LANGUAGE = gated(0, new RegExp(`^(?:(?:هذا|هذه) \\S+ )?متاح(?:ه)? (?:ايضا )?${ORIGINAL_LANGUAGE}$`, 'u'), 'مه');
/** "المقال مترجم عن الإنجليزية", "ترجمة عن الفرنسية": a note on the language a piece was translated from, the whole line (key). */
const TRANSLATED_FROM_LANGUAGE = gated(0, new RegExp(`^(?:(?:هذا|هذه) )?(?:(?:${ORIGINAL_TEXT_NOUNS.map(lineKey).join('|')}) )?(?:مترجم|مترجمه|ترجمه) (?:عن|من) (?:اللغه )?(?:${ORIGINAL_TEXT_LANGUAGES.map(lineKey).join('|')})$`, 'u'), 'اتمه');
/** A language's adjective, folded, without its feminine ending: "الانجليزي", "الفرنسي". */
const LANGUAGE_ADJECTIVE = `(?:${ORIGINAL_TEXT_LANGUAGES.map(lineKey).filter((k) => k.endsWith('يه')).map((k) => k.slice(0, -1)).join('|')})ه?`;
/** "نُشر بالإنجليزية في صحيفة واشنطن بوست": a translated piece's note on the language and the outlet it first ran in (key). */
const RAN_IN_LANGUAGE_IN = gated(0, new RegExp(`^(?:${PUBLISHING_VERB})(?: (?:${STORY_NOUN}))? (?:باللغه |ب)${LANGUAGE_ADJECTIVE} (?:علي|في) (?:${SITE_KIND}) `, 'u'), 'اتسن');
/** "عن «فورين بوليسي»", "مترجم عن «لوموند» بتصرف": the outlet a piece was taken from, named in quote marks alone. */
const QUOTED_SOURCE_NOTE = gated(0, /^(?:(?:نقلا|مترجم|مترجمة|ترجمة) )?عن [«"“][^«»"“”]{2,40}[»"”](?: بتصرف)?$/u, 'تعمن');
/**
 * Most words of the short notes and labels below and above (a source named in quote marks, a new-posts button, an
 * edition's name, a jump link, an episode's line, a guest's label, a player's speeds, a writer's count of articles, a
 * count of votes or of updates, a translate menu, a print page's numbers, an event's time, where a product is sold,
 * a platform's account, a background box's label, a match's event).
 */
const MAX_SHORT_NOTE_WORDS = 8;
/** "السرعة: 1x 1.5x 2x", "سرعة التشغيل 1x": an audio player's speed choices (key: "1.5x" is "1 5x" there). */
const PLAYER_SPEEDS = gated(SHAPE.DIGIT | SHAPE.LATIN, /^(?:ال)?سرعه(?: (?:ال)?(?:تشغيل|قراءه|صوت))?(?: (?:\d+ )?\d+x)+$/u, 'اس');
/** "248 مقالا": the count of a writer's articles by the byline (key). */
// ("3 مقالات هذا الأسبوع": in a period)
const WRITER_ARTICLE_COUNT = gated(SHAPE.DIGIT, /^\d+ (?:مقال|مقالا|مقالات|مقاله|تدوينه|تدوينات)(?: (?:هذا|هذه) (?:الاسبوع|الشهر|السنه|العام)| اليوم)?$/u, '0123456789');
/** "تم فرز 85% من الأصوات": a results box's share of the vote counted (key: the per cent sign dropped). */
const VOTES_COUNTED = gated(SHAPE.DIGIT, /^(?:تم )?فرز \d+(?: \d+)? (?:بالمئه |بالمائه )?من (?:الاصوات|الصناديق|مراكز الاقتراع|مكاتب الاقتراع|الدوائر)$/u, 'تف');
/** "خلفية:": a background box's label, its colon printed (a subheading "خلفية" alone may open a part of the story). */
const BACKGROUND_LABEL = gated(SHAPE.COLON, /^(?:ال)?خلفي[ةه](?: (?:ال)?(?:خبر|قضي[ةه]|أزم[ةه]|ازم[ةه]))?\s?[:：]$/u, 'اخ');
/** "⚽ 23' سالم الدوسري", "🟥 80' طرد …", "🔄 ⬆️ …": a match's event behind its emoji (a goal, a card, a change). */
const MATCH_EVENT = /^(?:⚽|🟥|🟨|🔄)\uFE0F?\s?\S/u;
/**
 * "ص 4 - العدد 15234", "العدد 15234": a print page's and issue's numbers (key); "الملحق الاقتصادي | الصفحة 12": a
 * supplement's name of one or two words before the page.
 */
/** "الحلقة الثالثة من سلسلة «مدن منسية»": a part of a named series over the headline (key; "الجزء 2 من 4" is SERIES_PART below). */
/** "القاهرة • 312 مقالا": a writer's city and the count of the writer's articles, parted by a dot or a bar. */
const PLACE_COUNT_PARTS = /^([^•·|｜\d]{2,30}?) ?[•·|｜] ?(\S+ \S+)$/u;
/** A figure and a count word on the line: the cheap test before `placeAndArticleCount`. */
const WRITER_ARTICLE_COUNT_GATE = /\d \p{L}/u;

/** Whether a line is a writer's city and the count of the writer's articles ("القاهرة • 312 مقالا"). */
function placeAndArticleCount(line: string): boolean {
  const m = PLACE_COUNT_PARTS.exec(line);
  return m !== null && WRITER_ARTICLE_COUNT.test(lineKey(m[2]!)) && isKnownPlace(lineKey(m[1]!));
}
const PART_OF_SERIES = gated(0, /^(?:ال)?(?:حلقه|جزء) (?:\S+ )?من (?:سلسله|ملف|سلسله تقارير|سلسله مقالات) /u, 'اجح');
/** "مرحبا، سامي", "مساء الخير، زائرنا الكريم": a member's greeting in the page's account strip, the name alone after it. */
const MEMBER_GREETING = gated(0, /^(?:(?:مرحبا|مرحباً|أهلا|أهلاً|اهلا)(?: بك)?(?:\s?[،,]\s?|\s)|(?:مساء|صباح) الخير\s?[،,]\s?)\p{L}+(?: \p{L}+)?!?$/u, 'أاصم');
/** "الرطوبة 65%", "الرياح 15 كم/س": a weather widget's reading alone. */
const WEATHER_READING = gated(SHAPE.ANY_DIGIT, /^(?:ال)?(?:رطوب[ةه]|رياح|ضغط الجوي|الضغط الجوي|رؤي[ةه]|مدى الرؤي[ةه]|سرع[ةه] الرياح)\s?:?\s?[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?\s?(?:%|٪|كم\/س|كلم\/س|كم|ملم|هكتوباسكال|م\/ث)?$/u, 'ارسضم');
/** "السنة السابعة عشرة", "السنة 17": a paper's volume, the year of its run, alone over the headline (key). */
const VOLUME_YEAR = gated(0, /^السنه (?:\d{1,3}|(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه)(?: (?:عشره|والعشرون|والثلاثون|والاربعون|والخمسون|والستون|والسبعون|والثمانون|والتسعون))?)$/u, 'ا');
/**
 * "تحميل الملف (PDF، 2.3 ميغابايت)", "نص القرار كاملا (PDF)", "التقرير السنوي 2023.pdf (4.1 MB)": a link to a document,
 * its format (and size) in brackets last.
 */
const DOCUMENT_LINK = gated(SHAPE.LATIN | SHAPE.PAREN, /\((?:pdf|docx?|xlsx?|pptx?)(?:[،,] ?[\d٠-٩][\d٠-٩.,٫]* ?(?:ميغابايت|ميجابايت|كيلوبايت|ميغا|ميجا|mb|kb))?\)$|\.(?:pdf|docx?|xlsx?) ?\([\d٠-٩][\d٠-٩.,٫]* ?(?:mb|kb|ميغابايت|كيلوبايت)\)$/iu);
const MAX_DOCUMENT_LINK_WORDS = 14;
/** "ص 7 | الشؤون المحلية": a print page's number and its section, parted by a bar or a slash. */
const PRINT_PAGE_SECTION = gated(SHAPE.ANY_DIGIT, /^(?:ص|صفحة|الصفحة) ?[\d٠-٩]{1,3} ?[|｜/] ?\p{L}[\p{L} ]{2,25}$/u, 'اص');
const PRINT_PAGE_LINE = gated(SHAPE.DIGIT, /^(?:(?:ص|صفحه|الصفحه) \d+ )?(?:ال)?عدد(?: رقم)? \d+(?: (?:ص|صفحه|الصفحه) (?:\d+|الاولي|الاخيره))?$|^(?:(?:ال)?ملحق \p{L}+(?: \p{L}+)? )?(?:ص|صفحه|الصفحه) \d+$/u, 'اصعم');
/** "⏰ الساعة: 8 مساء", "التوقيت: 9:30 صباحا": an event card's time, labelled, a colon printed (key). */
const EVENT_TIME = gated(SHAPE.DIGIT, /^(?:ال)?(?:ساعه|وقت|توقيت|موعد)(?: (?:ال)?(?:عرض|حفل|فعاليه|انطلاق|بدء))? \d{1,2}(?: \d{2})? (?:مساء|صباحا|ظهرا|عصرا|م|ص)$/u, 'اتسمو');
/** "🎁 استخدم الكوبون SAHA10 واحصل على خصم إضافي": a coupon's word before its code in capitals and digits. */
const COUPON_CODE = gated(SHAPE.LATIN, /(?:كوبون|الكوبون|(?:ال)?(?:كود|رمز) (?:ال)?(?:خصم|ترويجي)|(?:استخدم|استخدمي|استخدموا) (?:ال)?(?:كود|رمز))\s?[:：]?\s?[A-Z][A-Z\d]{3,14}(?![A-Za-z\d])/u);
/** "خصم 30% على الأجهزة المنزلية لفترة محدودة": a shop's offer for a limited time (key). */
const LIMITED_OFFER = gated(0, /^(?:خصم|خصومات|تخفيض|تخفيضات|عرض|عروض) .+ لفتره محدوده$/u, 'تخع');
const MAX_OFFER_WORDS = 12;
/** "للإعلان في الإعلانات المبوبة اتصل على 920001234": a call to advertise, with the number to ring (key). */
const ADVERTISE_CALL = gated(SHAPE.DIGIT, /^(?:للاعلان|للاعلانات|لحجز الاعلانات|لطلب الاعلانات)(?: \S+){0,8} \d{6,}$/u, 'ل');
/** "متوفر في: أمازون، نون": where a product is sold, a colon printed after the preposition. */
const SOLD_AT = gated(SHAPE.COLON, /^(?:متوفر|متوفرة|متوفره|متاح|متاحة|متاحه|يتوفر|تتوفر) (?:في|عبر|لدى|لدي|على|علي)\s?[:：]/u, 'تمي');
/** "إكس: @writer_sa", "تويتر: @x": a platform's name, a colon and an account alone. */
const PLATFORM_HANDLE = gated(SHAPE.COLON | SHAPE.AT, /^(?:إكس|اكس|تويتر|انستغرام|إنستغرام|انستجرام|فيسبوك|تيك توك|سناب شات|تلغرام|تيليجرام|X|Twitter|Instagram)\s?[:：]\s?@[\w.]{2,30}$/u, 'ITXإاتسف');
/** "تم التحديث 3 مرات": how often a story was updated; "تحديث 3": a live page's numbered entry (key). */
const UPDATE_COUNT = gated(SHAPE.DIGIT, /^(?:تم )?(?:ال)?تحديث(?: (?:الخبر|المقال|القصه))? \d+ (?:مرات|مره)$|^تحديث(?: رقم)? \d{1,3}$/u, 'ات');
/** A translate menu's label and two languages or more: "ترجمة: English | Français" (key; one name after "ترجمة:" is a translator's credit). */
/** The languages of a menu, as keys in one alternation. */
const MENU_LANGUAGE_KEYS = MENU_LANGUAGES.map(lineKey).join('|');
const TRANSLATE_MENU = gated(0, new RegExp(`^(?:ترجمه|ترجم(?: المقال| الخبر)?|اللغه|اختر اللغه|translate)(?: (?:${MENU_LANGUAGE_KEYS})){2,}$`, 'u'), 'tات');
/** "EN | عربي", "العربية | English | Français": a site's switch between its language editions, the languages alone (key). */
const LANGUAGE_SWITCH = gated(0, new RegExp(`^(?:${MENU_LANGUAGE_KEYS})(?: (?:${MENU_LANGUAGE_KEYS})){1,5}$`, 'u'), 'adefktрاعفكⵜ');
/** "↑ 3 منشورات جديدة": a live page's button to load new posts (key). */
// ("عرض 12 تحديثا جديدا": shown, the count in the accusative)
const NEW_POSTS_BUTTON = gated(SHAPE.DIGIT, /^(?:(?:عرض|اظهار|تحميل) )?\d+ (?:منشورات|منشورا|منشور|تحديثات|تحديثا|تحديث|اخبار|خبرا|خبر|تعليقات|تعليقا|تعليق) (?:جديده|جديدا|جديد)$/u, '0123456789اتع');
/** "انتقل إلى: ردود الفعل": a table of contents' jump link, its colon printed ("انتقل إلى رحمة الله" is no link). */
const JUMP_LINK = gated(SHAPE.COLON, /^(?:انتقل|اذهب|انتقلي) (?:إلى|الى)\s?[:：]/u, 'ا');
/** "الحلقة 45 | 32 دقيقة", "الحلقة رقم 12": a podcast's or a series' episode number, its length after it or none (key). */
const EPISODE_LINE = gated(SHAPE.DIGIT, /^(?:ال)?حلقه (?:رقم )?\d+(?: \d+ (?:دقيقه|دقائق|د|ساعه|ساعات))?$/u, 'اح');
/** "ضيف الحلقة: د. محمد الرشيد": a podcast's or a programme's guest, labelled. */
const GUEST_LINE = gated(SHAPE.COLON, /^(?:ضيف|ضيفة|ضيفه|ضيوف) (?:الحلقة|الحلقه|البرنامج|اللقاء)\s?[:：]/u, 'ض');
const MAX_GUEST_LINE_WORDS = 16;
/** "طبعة الرياض", "الطبعة الدولية", "Le360 - النسخة العربية": a print edition's or a site's language edition's name (key). */
const EDITION_NAME = /^(?:ال)?طبعه (?:ال)?\p{L}{3,}$|^(?:\S+ ){0,2}النسخه (?:العربيه|الانجليزيه|الفرنسيه|الانكليزيه)$/u;
/**
 * "نُشر لأول مرة على موقعنا الإنجليزي", "نشر المقال في الأصل باللغة الإنجليزية": a note that the story first ran on the
 * site, or at all, in another language (on the key).
 */
const FIRST_RAN_IN_LANGUAGE = gated(0, new RegExp(`^نشر(?:ت)?(?: (?:هذا|هذه) \\S+| (?:${TAKEN_STORY}))? (?:${FIRST_TIME}) (?:(?:علي|في) (?:موقعنا|الموقع|نسختنا|النسخه) |(?:باللغه |ب))${LANGUAGE_ADJECTIVE}$`, 'u'), 'ن');
const MAX_ORIGINAL_TEXT_WORDS = 6;
/** "نُشرت النسخة الأصلية من هذا المقال باللغة الإنجليزية": a note of the language the story first ran in (a key). */
const ORIGINAL_RAN_IN = gated(0, new RegExp(`^(?:نشرت|نشر|صدرت|صدر) (?:النسخه الاصليه|النص الاصلي|المقال الاصلي)(?: من (?:هذا|هذه) (?:المقال|التقرير|الخبر|الماده|القصه))? ${ORIGINAL_LANGUAGE}(?: \\S+){0,3}$`, 'u'), 'نص');
const MAX_LANGUAGE_NOTE_WORDS = 9;
/** "👁️ 1.2 ألف", "💬 12": a counter's emoji and its count, with no label (on the line). */
const SYMBOL_COUNT = gated(SHAPE.DIGIT, /^(?:[\p{So}\uFE0F\u200D]\s?){1,3}\d+(?:[.,]\d+)?\s?(?:ألف|الف|مليون|[kKmM])?$/u);
/** "خلاصة الخبر في 30 ثانية", "الخبر في دقيقة", "الخلاصة في 30 ثانية": a short summary's label (on the key). */
const STORY_IN_SECONDS = gated(0, /^(?:(?:(?:خلاصه|ملخص) )?(?:الخبر|المقال|القصه)|الخلاصه|الملخص) في (?:\d{1,3} )?(?:ثانيه|ثواني|دقيقه|دقيقتين|دقائق)$/u, 'اخم');
const MAX_SYMBOL_COUNT_WORDS = 6;
/** "أكملت 45% من المقال", "أكملت قراءة 40%", "تمت قراءة 40%": a reading-progress bar (on the key). */
// ("أكملت قراءة 40%": the reading named, the story left out)
const READ_PROGRESS = gated(0, /^تمت قراءه \d{1,3}(?: في الميه)?$|^(?:اكملت|قرات|انهيت)(?: \d{1,3} (?:في الميه )?(?:من )?(?:المقال|الخبر|القصه|التقرير)| قراءه(?: \d{1,3}(?: في الميه)?| (?:المقال|الخبر|القصه|التقرير)){1,2})$/u, 'اتق');
/** "وقت القراءة المتبقي: 3 دقائق", "متبقي 3 دقائق للقراءة": the reading time left, never the story's read time (on the key). */
const TIME_LEFT = gated(SHAPE.DIGIT, /^(?:(?:وقت|مده) القراءه المتبقي(?:ه)?|الوقت المتبقي(?: للقراءه)?|متبقي) \d{1,3} (?:دقيقه|دقائق|دقيقتان|دقيقتين|د)(?: للقراءه)?$/u, 'امو');
/** "أرامكو 28.50 +0.35 (1.2%)": a share's name, price, change and change in percent. */
const SHARE_QUOTE = gated(SHAPE.DIGIT | SHAPE.PERCENT, /^\p{L}+(?: \p{L}+)? \d+(?:[.,]\d+)? [+\-−]\d+(?:[.,]\d+)? \(?[+\-−]?\d+(?:[.,]\d+)? ?%\)?$/u);
const MAX_MARKET_ROW_WORDS = 8;
const MARKET_COLUMN_KEYS: ReadonlySet<string> = new Set(MARKET_COLUMNS.map(lineKey));

/** "الرمز | السعر | التغير": a markets table's header row, two column heads or more parted by bars. */
function isMarketHeaderRow(line: string): boolean {
  if (!line.includes('|')) return false;
  const items = line.split('|').map(lineKey);
  return items.length >= 2 && items.every((k) => MARKET_COLUMN_KEYS.has(k));
}
/** "القسم: أخبار محلية": a row naming the story's section, the label, a colon and a short value (on the line). */
const SECTION_ROW = gated(SHAPE.COLON, new RegExp(`^(?:${SECTION_ROW_LABELS.join('|')})\\s?:\\s?\\S`, 'iu'), 'CRScrsſاتق');
const MAX_SECTION_ROW_WORDS = 5;
/** "تتمة ص 7", "البقية في الصفحة 12", "يتبع في الصفحة 5": a print page's pointer to the page the story goes on, as a key. */
const CONTINUED_ON_PAGE = gated(SHAPE.DIGIT, /^(?:(?:ال)?(?:تتمه|بقيه)|يتبع|تتبع) (?:في )?(?:ص|صفحه|الصفحه) \d{1,3}$/u, 'ابتي');
const MAX_CONTINUED_WORDS = 5;
const CALL_MODAL_KEYS = new Set(CALL_MODALS.map(lineKey));
const CALL_NOUN_KEYS = CALL_NOUNS.map(lineKey);
/** "هل كان (هذا) المقال مفيدا", "هل وجدت هذه المعلومات مفيدة": a feedback question, as a key. */
const FEEDBACK_QUESTION = gated(0, new RegExp(`^هل (?:${FEEDBACK_VERBS.map(lineKey).join('|')}) (?:هذا |هذه )?(?:${FEEDBACK_OBJECTS.map(lineKey).join('|')}) مفيد(?:ا|ه)?(?: |$)`, 'u'), 'ه');
/** "الحلقة 25", "الحلقة رقم 3", "الموسم 2 الحلقة 5", "الحلقة 12 | الموسم 2": an episode's number, as a key. */
const EPISODE_LABEL = gated(SHAPE.DIGIT, /^(?:(?:ال)?موسم \d+ )?(?:ال)?حلقه(?: رقم)? \d+(?: (?:من )?(?:ال)?موسم(?: رقم)? \d+)?$/u, 'احم');
/** A recording's length on a key: "3 دقائق", "2 دقيقه و30 ثانيه", "03 45" (a clock's colon gone). */
const RECORDING_LENGTH = String.raw`\d{1,3} (?:دقيقه|دقائق|ثانيه|ثواني|ساعه)(?: و ?\d{1,2} (?:ثانيه|ثواني|دقيقه|دقائق))?|\d{1,2} \d{2}(?: \d{2})?`;
/** "مدة الحلقة: 30 دقيقة", "مدة الفيديو 03:45", "مدة الاستماع 12 دقيقة": a recording's running time, as a key. */
// ("فيديو مدته 2 دقيقة و30 ثانية", "مقطع مدته 45 ثانية": a player's caption of the clip's length)
const RUNNING_TIME = gated(0, new RegExp(String.raw`^(?:المده|مده (?:الحلقه|الفيديو|المقطع|الاستماع|التسجيل|البث|المشاهده)|(?:فيديو|مقطع|تسجيل|مقطع فيديو) (?:مدته|طوله)) (?:${RECORDING_LENGTH}|دقيقه|دقيقتان)$`, 'u'), 'اتفم');
/**
 * "▶ تشغيل | 18 دقيقة", "استمع 12:40", "▶ 18 دقيقة": a player's button with the recording's length, as a key (a bare
 * length needs the play glyph on the line: `PLAY_GLYPH_LEAD`).
 */
const PLAYER_LENGTH = gated(SHAPE.DIGIT, new RegExp(String.raw`^(?:(?:تشغيل|استمع|استماع|شاهد|مشاهده)(?: (?:الان|الحلقه|الفيديو|المقطع))? )?(?:${RECORDING_LENGTH})$`, 'u'), '0123456789اتشم');
const PLAY_GLYPH_LEAD = /^[▶►▷⏵⏯🎧🔊🎙]/u;
const KEY_DIGIT_LEAD = /^\d/u;
const MAX_EPISODE_WORDS = 7;
/** "دولار 3 75 ريال" (a key: the dot is gone), "اليورو 4 05", "الذهب 2650": a currency or commodity and its rate. */
const RATE_ITEMS = RATE_WIDGET_ITEMS.map(lineKey).join('|');
// ("برنت 82.4 دولار للبرميل": the unit priced after the currency)
const RATE_LINE = gated(SHAPE.DIGIT, new RegExp(`^(?:${RATE_ITEMS}) \\d{1,6}(?: \\d{1,4})?(?: (?:${RATE_ITEMS})(?: (?:لل|ل)(?:برميل|اونصه|غرام|جرام))?)?$`, 'u'), 'euابجدذرلي');
const MAX_RATE_WORDS = 5;
/** "الذهب 2,315 دولارا للأونصة": gold's price per ounce in dollars (key). */
const GOLD_OUNCE = gated(SHAPE.DIGIT, /^(?:سعر )?(?:ال)?ذهب \d+(?: \d+)? (?:دولار|دولارا|دولارات)(?: (?:لل|ل)?اونصه)?$/u, 'اذس');
/**
 * "عيار 21: 52.3 دينار", "سعر الذهب عيار 24 59.8", "الذهب عيار 21: 245 ريالا للغرام": a gold widget's karat and price,
 * and the weight it is priced by (key).
 */
const GOLD_PRICE = gated(SHAPE.DIGIT, new RegExp(`^(?:(?:سعر |اسعار )?(?:ال)?ذهب )?عيار \\d{2} \\d+(?: \\d+)?(?: (?:${RATE_ITEMS}))?(?: (?:لل|ل)(?:غرام|جرام|اونصه|كيلو))?$`, 'u'), 'اذسع');
const MAX_GOLD_PRICE_WORDS = 8;
/** "للاشتراك في خدمة الأخبار العاجلة أرسل 1 إلى 94444": a text-message service's short number closing the line (key). */
const SMS_CALL = gated(SHAPE.DIGIT, /(?:^| )(?:ارسل|ارسلي|ارسلوا|ابعث) \S+(?: \S+)? (?:(?:الي|علي) |ل ?)\d{3,6}$/u);
const MAX_SMS_CALL_WORDS = 16;
/** A sponsor's lead and the sponsor's name, as a key. */
const SPONSOR_LINE = gated(0, new RegExp(`^(?:${SPONSOR_LEADS.map(lineKey).join('|')}) \\S`, 'u'), 'بتمهي');
/** "هذا المحتوى برعاية شركة …": the sponsored content named before the sponsor's lead, as a key. */
// ("هذا القسم برعاية بنك القاهرة", "هذه الصفحة بدعم من …": a section or a page of the site sponsored)
const SPONSORED_CONTENT = gated(0, new RegExp(`^(?:هذا (?:المحتوي|المقال|الموضوع|التقرير|البرنامج|الملف|القسم|الركن)|هذه (?:الصفحه|الزاويه|السلسله|النشره|الفقره)) (?:${SPONSOR_LEADS.map(lineKey).join('|')}) \\S`, 'u'), 'ه');
const MAX_SPONSORED_CONTENT_WORDS = 8;
const MAX_SPONSOR_WORDS = 5;
/** An address's label and a street, road or post box, as a key ("العنوان شارع الملك فهد …"). */
const ADDRESS_LINE = gated(0, /^(?:العنوان|عنوان المقر|عنواننا|المقر الرئيسي) (?:[^ ]+ ){0,3}(?:شارع|طريق|ص ب|صندوق بريد|مبني|برج|حي)(?: |$)/u, 'اع');
const MAX_ADDRESS_WORDS = 16;
/** "ص.ب 1234 عمان 11118 الأردن", "صندوق بريد 5500": the outlet's post-office box at the foot (key). */
const PO_BOX = gated(SHAPE.DIGIT, /^(?:ص ب|صندوق بريد|صندوق البريد)(?: رقم)? \d+(?: \S+){0,5}$/u, 'ص');
/** Most words of a line of widgets parted by bars. */
const MAX_BARRED_WIDGET_WORDS = 8;
/** A rating's stars, three or more in a run ("★★★★☆"). */
const STAR_RUN = /[★☆⭐✩]{3}/u;
/** Most words of a cell in a rating's row ("تطبيق الخبر"). */
const MAX_RATED_CELL_WORDS = 3;
const SPONSOR_PUNCTUATION = /[.،,:!؟?|]/u;
/** "برعاية: شركة الأفق للاتصالات": a sponsor's lead as a label, its colon right after it and no stop after (on the line). */
const SPONSOR_LABEL = gated(SHAPE.COLON, new RegExp(`^(?:${SPONSOR_LEADS.join('|')})\\s?[:：][^.،,:!؟?|]+$`, 'u'), 'بتمهي');
/** Most words of a feedback question with its answers on one line. */
const MAX_FEEDBACK_WORDS = 10;
const SPEECH_MARKS = /[:«»"“”]/u;
export const QUOTE_MARK_IN_LINE = /[«»"“”]/u;

/** "اضغط على المحافظة لعرض النتائج", "انقر على الرسم البياني لتكبيره", "اضغط لعرض الإنفوغراف": a call to click (a part of a
 * widget) to see something, as a key. */
const CLICK_TO_VIEW = gated(0, /^(?:اضغط|انقر|اضغطي|انقري|اضغطوا|انقروا) (?:علي (?:\S+ ){1,3})?(?:لعرض|لمشاهده|لمعرفه|لقراءه|لتصفح|للاطلاع|لتكبيره|لتكبيرها|للتكبير)(?: |$)/u, 'ا');

/**
 * "أضف موقعنا كمصدر مفضل على Google", "اجعلنا مصدرك المفضل في أخبار جوجل": a call to make the outlet a preferred
 * source (on Google, or nowhere named), the imperative first (key).
 */
const PREFERRED_SOURCE_CALL = gated(
  0,
  /^(?:اضف|اضيفي|اضيفوا|اضفنا|اضيفونا|اجعل|اجعلي|اجعلوا|اجعلنا|اجعلونا|اختر|اختاري|اختاروا|اخترنا|اختارونا)(?: \S+){0,4} [كلب]?(?:مصدر|مصدرا|مصادر)(?:ك|كم)? (?:ال)?مفضل(?:ه|ا)?(?: (?:لديك|لك|لكم))?(?: (?:في|علي|عبر|ضمن) (?:\S+ ){0,2}(?:جوجل|غوغل|google)(?: \S+)?)?$/u,
  'ا',
);

/** "تابع موقع الخبر عبر تطبيق نبض", "لمزيد من الأخبار اضغط هنا": a call to follow or a link prompt. */
function isCallToAction(line: string, key: string, words: number): boolean {
  if (words > MAX_CALL_WORDS) return false;
  // "بوابة القبول: اضغط هنا للتقديم": a label and a link prompt after its colon
  if (line.includes(':') && !QUOTE_MARK_IN_LINE.test(line) && LABELLED_PROMPT.test(key)) return true;
  // "تابع قائلا: «…»": speech is never a call
  if (SPEECH_MARKS.test(line)) return false;
  if (LINK_PROMPT_KEYS.some((p) => hasWord(key, p))) return true;
  if (CLICK_TO_VIEW.test(key) || PREFERRED_SOURCE_CALL.test(key)) return true;
  // "… ادعمنا لنبقى مستقلين.": a call to support the outlet, never one a speaker is told to make ("ادعمونا، قال المرشح")
  if (SUPPORT_CALL_KEYS.some((c) => hasWord(key, c))) return !key.split(' ').some((w) => cueOf(w) !== null);
  // (a call to get in touch closes the line: "… تواصل معنا"; inside one it may be told: "الوزير تواصل معنا أمس"; nor
  // is it one in words reported: "وقالت أم محمد إن المسؤول اتصل بنا")
  if (CONTACT_CALL_KEYS.some((c) => key.endsWith(c) && (key.length === c.length || key.charCodeAt(key.length - c.length - 1) === SPACE))) return !key.split(' ').some((w) => cueOf(w) !== null || REPORTING_PARTICLES.has(w));
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  if (CALL_VERB_KEYS.has(first)) return CALL_CHANNEL_KEYS.some((c) => hasWord(key, c));
  // "يمكنكم متابعة آخر الأخبار عبر حساب الموقع على تويتر": a modal, a call's verbal noun and a channel
  if (CALL_MODAL_KEYS.has(first)) return CALL_NOUN_KEYS.some((n) => key.startsWith(n, space + 1)) && CALL_CHANNEL_KEYS.some((c) => hasWord(key, c));
  // "وتابعوا حساب سيدتي على إنستغرام": after و the verb may be a past one ("وتابعوا" = "and they went on"), so
  // the call must name a platform
  return first.charCodeAt(0) === WAW && CALL_VERB_KEYS.has(first.slice(1)) && key.split(' ').some((w) => PLATFORM_KEYS.has(w));
}

/** Most words of a toolbar of actions ("طباعة مشاركة حفظ"). */
const MAX_TOOLBAR_WORDS = 6;

/** "طباعة مشاركة حفظ", "مشاركة فيسبوك واتساب": a toolbar of button actions, platforms among them or not. */
function isActionBar(key: string, words: number): boolean {
  if (words < 2 || words > MAX_TOOLBAR_WORDS || !BUTTON_ACTION_KEYS.has(key.slice(0, key.indexOf(' ')))) return false;
  return key.split(' ').every((w) => BUTTON_ACTION_KEYS.has(w) || PLATFORM_KEYS.has(w));
}

/** "فيسبوك تويتر واتساب": a share bar of platform names and nothing else (a name may have two words). */
function isPlatformBar(key: string, words: number): boolean {
  if (words < 2) return false;
  // most lines fail on their first word: test it before splitting the key
  const space = key.indexOf(' ');
  const second = key.indexOf(' ', space + 1);
  if (!PLATFORM_KEYS.has(key.slice(0, space)) && !PLATFORM_KEYS.has(second < 0 ? key : key.slice(0, second))) return false;
  const w = key.split(' ');
  for (let i = 0; i < w.length; ) {
    if (i + 1 < w.length && PLATFORM_KEYS.has(`${w[i]} ${w[i + 1]}`)) i += 2;
    else if (PLATFORM_KEYS.has(w[i]!)) i++;
    else return false;
  }
  return true;
}

/** "شاهد", "شاهدوا الفيديو", "شاهد أيضا": the call to watch and the object it may take, a pattern's source (matched on the printed line). */
const WATCH_CALL = '(?:شاهد|شاهدوا|شاهدي)(?: (?:الفيديو|بالفيديو|المقطع|أيضا|أيضاً))?';
/**
 * "شاهد.. لحظة وصول الوفد", "بالفيديو: …", "شاهد الفيديو: …": a pointer to a video, the verb (and its object) followed
 * by ".." or a colon; "فيديو | …"
 * (or "انفوجراف | …", "بالصور | …", "صور | …": another medium; "شاهد | …": the verb) with a bar may hold ".." and end on
 * a question (a page titled so keeps its headline: with no text line for it, the layout takes such a line first on the page).
 */
const VIDEO_POINTER = gated(0, new RegExp(`^(?:${WATCH_CALL}|بالفيديو|فيديو)\\s?(?:\\.\\.|…|:)[^.؟?!]*$|^(?:بالفيديو|فيديو|بالصور|صور|شاهد|انفوجراف|إنفوجراف|انفوغراف|إنفوغراف|فيديوجراف) ?\\| ?(?:[^.؟?!]|\\.\\.)*[؟?!]?$`, 'u'), 'إابشصف');
/**
 * "▶️ فيديو: تحسين صحة أطفالنا.. السر في 15 دقيقة": a play glyph before the video label, then a title of any kind (a
 * page's own headline never carries the glyph; without it, "بالفيديو: …" with ".." may be the headline).
 */
/**
 * "شاهد التفاصيل في الفيديو التالي:", "تابعوا في المقطع أدناه": a call to watch the video the page embeds under it (key;
 * the video itself is no text).
 */
const VIDEO_BELOW_CALL = gated(0, /^(?:شاهد|شاهدوا|شاهدي|تابع|تابعوا|تابعي)(?: \S+){0,3} (?:في|عبر) (?:الفيديو|المقطع|التقرير المصور)(?: (?:التالي|الاتي|ادناه|المرفق))?$/u, 'شت');
const MAX_VIDEO_BELOW_CALL_WORDS = 9;
/**
 * "اختبر معلوماتك عن الموضوع", "اختبروا معلوماتكم حول الانتخابات": a quiz's call with what it asks about (key; the bare
 * "اختبر معلوماتك" heads the quiz's box, read by the layout).
 */
const QUIZ_CALL = gated(0, /^اختبر(?:ي|وا)? (?:معلوماتك|معلوماتكم|نفسك) (?:عن|حول|في|بشان) \S+(?: \S+){0,3}$/u, 'ا');
const MAX_QUIZ_CALL_WORDS = 7;
/** "شارك فيه 2,340 قارئا", "أجاب عنه 815 مشاركا": the count of readers who took a quiz or a poll (key). */
const TAKERS_COUNT = gated(SHAPE.DIGIT, /^(?:شارك|شاركت|اجاب|اجابت)(?: (?:فيه|فيها|عنه|عنها|عليه|عليها))? \d+(?: \d+)* (?:قارئا|قارئ|قراء|مشاركا|مشارك|مشاركين|شخصا|شخص)$/u, 'اش');
const PLAYED_VIDEO_POINTER = /^[▶►▷🎥📹🎬📺]\uFE0F?\s?(?:شاهد|شاهدوا|شاهدي|بالفيديو|فيديو)\s?(?:\.\.|…|:)(?:[^.!]|\.\.)*$/u;
/**
 * "🎧 بودكاست الأخبار", "🎙️ الحلقة 12": a headphone's or a microphone's glyph before a podcast's name or episode (a
 * short line: a page may title its podcast episode so, "🎧 بودكاست الأخبار: الحلقة 12 عن مستقبل الطاقة").
 */
const PODCAST_POINTER = /^[🎧🎙📻]\uFE0F?\s?(?:بودكاست|البودكاست|الحلقة|حلقة)(?![\p{L}])[^.!؟?]*$/u;
const MAX_PODCAST_POINTER_WORDS = 6;
/** "🎙️ بودكاست: مختصون ينصحون …", "بودكاست | …": a podcast episode's title after the label and its colon or bar. */
// (the title may hold an ellipsis's dots, "الموانئ جاهزة.. والمطار خلال يومين", never a full stop)
const PODCAST_LINK = /^(?:[🎧🎙📻]\uFE0F?\s?)?(?:بودكاست|البودكاست)\s?[:：|｜]\s?[^.!]+(?:\.{2,}[^.!]+)*(?:\.{2,})?$/u;
const MAX_PODCAST_LINK_WORDS = 25;

/**
 * "شاهد: نجران.. السجن 5 أعوام لمبتز", "طالع: …": inside the body, an imperative and a colon before another
 * story's title (".." may part it, a question mark may end it; no sentence ends in it). Not read above the body, where "بالفيديو: …" and
 * "شاهد: …" open headlines.
 */
const STORY_POINTER = gated(SHAPE.COLON, new RegExp(`^(?:${WATCH_CALL}|طالع|طالعوا|طالعي|(?:في )?(?:الحلقة|الجزء) (?:المقبلة|القادمة|التالية|المقبل|القادم|التالي)) ?:`, 'u'), 'اشطف');
/** A full stop alone (not part of ".." or "…"), or a mark that ends a sentence, inside a title. */
const LONE_FULL_STOP = /(?<!\.)\.(?!\.)|[!؟?]/u;

/** Whether a line inside the body points to another story ("شاهد: عنوان"). */
export function isStoryPointer(line: string, words: number): boolean {
  // "📌 عنوان قصة أخرى": a pin before a title with no sentence end
  if (PIN_GLYPH.test(line) && words <= MAX_PINNED_TITLE_WORDS && words >= 3 && !/[.!]$/u.test(line)) return true;
  if (words > MAX_POINTER_WORDS || !STORY_POINTER.test(line)) return false;
  // the title after the colon: ".." may part it, a question mark may end it, no sentence ends inside it
  const title = line.slice(line.indexOf(':') + 1).replace(/[؟?]$/u, '');
  return !LONE_FULL_STOP.test(title);
}
const MAX_POINTER_WORDS = 15;
/** "بالصور.. …", "بالصور: …": a gallery's label before its title, with no sentence end in it. */
const GALLERY_POINTER = gated(0, /^بالصور\s?(?:\.\.|…|:)[^.؟?!]*$/u, 'ب');

/**
 * "بالصور.. جولة الوزير في حقول القمح": a gallery's label and its title (above the body it may be the headline; at the
 * foot, among other stories' titles, it is one of them).
 */
export function isGalleryPointer(line: string, words: number): boolean {
  return words <= MAX_POINTER_WORDS && GALLERY_POINTER.test(line);
}
/** A pin or hand pointing at a link: "📌 …", "👈 …", "🔗 …". */
const PIN_GLYPH = /^\s*(?:📌|📍|🔗|👈|👉)/u;
const MAX_PINNED_TITLE_WORDS = 20;

const BUTTON_ACTION_KEYS = new Set(BUTTON_ACTIONS.map(lineKey));
const BUTTON_OBJECT_KEYS = new Set(BUTTON_OBJECTS.map(lineKey));

/** "طباعة الخبر", "ارسال المقال": an action and what it acts on, and nothing else. */
function isButton(key: string, words: number): boolean {
  if (words !== 2 && words !== 3) return false;
  const space = key.indexOf(' ');
  // "اطبع هذا المقال", "أرسل هذه الصفحة": the action, a demonstrative and the object
  const rest = words === 3 ? demonstrativeOff(key.slice(space + 1)) : key.slice(space + 1);
  return rest !== null && BUTTON_ACTION_KEYS.has(key.slice(0, space)) && BUTTON_OBJECT_KEYS.has(rest);
}

/** Demonstratives between a button's action and its object. Folded. */
const DEMONSTRATIVES = ['هذا ', 'هذه '];

/** The object after a demonstrative ("هذا المقال" → "المقال"), or null. */
function demonstrativeOff(words: string): string | null {
  for (const d of DEMONSTRATIVES) if (words.startsWith(d)) return words.slice(d.length);
  return null;
}

/** Separators of a breadcrumb trail: "الصفحة الرئيسية » محليات", "أخبار › العالم". */
const CRUMB_SEPARATOR = /[»›>]/u;
const MAX_CRUMB_WORDS = 10;
const MAX_CRUMB_ITEM_WORDS = 3;

/** "الصفحة الرئيسية » محليات": short items parted by » › >, one of them a section or home link the lexicon lists. */
function isBreadcrumb(line: string, words: number): boolean {
  if (words > MAX_CRUMB_WORDS) return false;
  // "الصفحة الرئيسية / الأخبار / سياسة": parted by slashes, a trail that opens on the home page
  if (!CRUMB_SEPARATOR.test(line)) return (line.includes('/') && homeTrail(line)) || sectionTrail(line);
  const items = line.split(CRUMB_SEPARATOR).map(lineKey).filter((k) => k !== '');
  // ("الأخبار > عربي ودولي > الخليج": a section's name among the items is enough)
  return items.length >= 2 && items.every((k) => keyWords(k) <= MAX_CRUMB_ITEM_WORDS) && items.some((k) => isSectionKey(k) || FOOTER_KEYS.has(k));
}

/** The home page's name opening a trail, as keys. */
const HOME_KEYS: ReadonlySet<string> = new Set(HOME_PAGE_NAMES.map(lineKey));

/** "الرئيسية / أخبار / سياسة": items parted by slashes, the first the home page, each of a few words. */
function homeTrail(line: string): boolean {
  const items = line.split('/').map(lineKey).filter((k) => k !== '');
  return items.length >= 2 && HOME_KEYS.has(items[0]!) && items.every((k) => keyWords(k) <= MAX_CRUMB_ITEM_WORDS);
}

/** Separators of a section's trail under the date: a slash, a bar, a dash between spaces. */
const TRAIL_SEPARATOR = /\/|\||\s[-–—]\s/u;
const MAX_TRAIL_ITEMS = 3;
/** Section names and the navigation's words, as keys. */
const SECTION_NAME_KEYS: ReadonlySet<string> = new Set([...CHROME_LINE_KEYS, ...SECTION_NAMES.map(lineKey)]);

/** Whether a key names a section, with or without the article ("الأخبار" as "أخبار"). */
export function isSectionKey(key: string): boolean {
  return SECTION_NAME_KEYS.has(key) || (key.startsWith('ال') && SECTION_NAME_KEYS.has(key.slice(2)));
}

/** "الأخبار / سياسة", "اقتصاد - أسواق": two or three sections parted by a slash, a bar or a spaced dash. */
// ("أخبار | محليات | الأردن": the last item may be a country's or a city's section, after sections)
function sectionTrail(line: string): boolean {
  if (!TRAIL_SEPARATOR.test(line)) return false;
  const items = line.split(TRAIL_SEPARATOR).map(lineKey);
  if (items.length < 2 || items.length > MAX_TRAIL_ITEMS) return false;
  const last = items.length - 1;
  return items.every((k, i) => isSectionKey(k) || (i === last && isKnownPlace(k))) && isSectionKey(items[0]!);
}

/** "3 من 12", "الصورة 1 من 6", a paged story's "صفحة 1 من 2" (on the key). */
const GALLERY_POSITION = gated(SHAPE.DIGIT, /^(?:(?:ال)?صوره |صور |(?:ال)?صفحه )?\d{1,3} من \d{1,3}$/u, '0123456789اص');
/** "الفجر 04:52", "العشاء 7:45 م": a prayer-times widget's line, one or more prayers with their times (on the key). */
const PRAYER_TIMES = `(?:(?:${PRAYER_NAMES.map(lineKey).join('|')}) \\d{1,2} \\d{2}(?: (?:ص|م|am|pm))? ?)+`;
const PRAYER_TIME = gated(SHAPE.DIGIT, new RegExp(`^${PRAYER_TIMES}$`, 'u'), 'اصم');
/** "مواقيت الصلاة في عمان", "أوقات الصلاة: الفجر 4:30 الظهر 12:15": a prayer-times widget's label, its city, its times. */
const PRAYER_LABEL = gated(0, new RegExp(`^(?:مواقيت|اوقات|موعد|مواعيد) الصلاه(?: (?:في|حسب|وفق|بتوقيت) \\S+(?: \\S+)?)?(?: اليوم)?(?: ${PRAYER_TIMES})?$`, 'u'), 'ام');
const MAX_PRAYER_WIDGET_WORDS = 20;
/** "الرياض | الصلاة القادمة: العصر بعد 01:20": the next prayer and when, the city before it or none (key). */
const NEXT_PRAYER = gated(SHAPE.DIGIT, new RegExp(`^(?:\\S+ ){0,2}(?:الصلاه|صلاه) (?:القادمه|التاليه) (?:${PRAYER_NAMES.map(lineKey).join('|')}) (?:بعد |في )?\\d{1,2} \\d{2}(?: (?:ص|م|ساعه|دقيقه))?$`, 'u'));
/**
 * "بورصة عمان: 2450 نقطة (+0.5%)", "مؤشر السوق 11,520 نقطة ▲": a market index's points, nothing else (key), in a widget's
 * marks (a colon, a percentage, an arrow): a headline's "مؤشر البورصة يرتفع 50 نقطة" has none.
 */
const INDEX_POINTS = gated(SHAPE.DIGIT, /^(?:ال)?(?:بورصه|سوق|مؤشر)(?: [^\s\d]+){0,3} \d+(?: \d+){0,2} نقطه(?: \d+(?: \d+)?)?$/u, 'ابسم');
const WIDGET_MARKS = /[:%▲▼]/u;
const MAX_INDEX_POINTS_WORDS = 10;
/** "الصورة: رويترز", "صورة: أرشيفية": a photo credit, never the article's agency. */
// ("الصورة الرئيسية: رويترز": the lead photo's)
const PHOTO_CREDIT = gated(SHAPE.COLON, /^\(?\s*(?:ال)?(?:صور[ةه]|صور)(?:\s+(?:الرئيسية|الرئيسيه|البارزة|البارزه|المقال|الخبر|الغلاف))?(?:\s+من)?\s*[:：]\s*[^:.؟?!]{1,40}\)?$/u);
/**
 * "1/12 - جانب من الدمار", "(3 من 8) أطفال يلعبون في المخيم", "الصورة 5: سوق المدينة": a photo essay's caption under the
 * picture's number in the gallery.
 */
const NUMBERED_CAPTION = gated(SHAPE.ANY_DIGIT, /^(?:[\d٠-٩]{1,2} ?\/ ?[\d٠-٩]{1,2} [-–—|] ?|\( ?[\d٠-٩]{1,2} (?:من|\/) [\d٠-٩]{1,2} ?\) ?|(?:ال)?صور[ةه] (?:رقم )?[\d٠-٩]{1,2} ?[:：\-–—] ?)\p{L}/u);
/** "متطوعون يوزعون المساعدات. تصوير: سامي يوسف": a caption, a full stop, then the photographer's credit last. */
const CAPTION_THEN_PHOTOGRAPHER = gated(SHAPE.COLON, /\.\s?(?:تصوير|عدسة|بعدسة|الصورة|صورة)\s?[:：]\s?[^.:؟?!]{2,30}$/u);
const MAX_NUMBERED_CAPTION_WORDS = 20;
/** "مدقق الحقائق", "راجع الحقائق", "تدقيق المعلومات": a fact-checker's label, before a colon and a name or a desk. */
// ("تحقق منه: فريق تقصي الحقائق", "تحققت منها: …": "checked it", the story itself the verb's object)
const FACT_CHECK_LABEL = '(?:(?:راجع|راجعت|دقق|دققت|(?:ال)?(?:تدقيق|مراجعة|تحقق من|مدقق|مدققة|مدققو)) (?:ال)?(?:معلومات|حقائق)|تحققت? من(?:ه|ها))';
/** "مراجعة: فريق التحرير", "تدقيق: قسم التدقيق": a credit label and the newsroom's desk, no person. */
// ("مراجعة وتدقيق: قسم التحرير": a second label joined by و)
// ("راجع الحقائق: فريق التحقق": a fact-checker's label)
// ("شارك في الإعداد: فريق الموقع": a contribution's label)
const CONTRIBUTED_LABEL = '(?:شارك|شاركت|ساهم|ساهمت) في (?:ال)?(?:إعداد|اعداد|تحرير|تغطية|متابعة|ترجمة)';
const NEWSROOM_LABEL = `(?:مراجعة|تدقيق|تحرير|إعداد|اعداد|إشراف|اشراف|متابعة|ترجمة|تصوير|غرافيك|مونتاج|إخراج|اخراج|${CONTRIBUTED_LABEL}|${FACT_CHECK_LABEL})`;
const NEWSROOM_CREDIT = gated(SHAPE.COLON, new RegExp(`^${NEWSROOM_LABEL}(?: و${NEWSROOM_LABEL})?\\s*[:：]\\s*(?:${NEWSROOM_DESKS.join('|')})\\s+\\S+(?:\\s+\\S+)?$`, 'u'), 'إاتدرغمشس');
/**
 * "مراجعة لغوية: نور الهدى سالم", "التدقيق اللغوي: …", "إشراف: نادر الحلبي", "راجعه طبيا: د. منير الحسن": a copy
 * editor's, a supervisor's or a medical reviewer's credit, the label, a colon and a name (a doctor's title before it).
 */
// ("تمت المراجعة الطبية بواسطة: د. هالة منصور", "تدقيق المعلومات: ريم الخطيب", "المراجعة الطبية: د. نبيل عيسى، استشاري
// الأمراض الباطنية": a review's label in more words, a fact-checker's, the reviewer's trade after a comma)
const COPY_EDIT_CREDIT = new RegExp(
  `^(?:(?:ال)?(?:(?:مراجعة|تدقيق)(?: (?:ال)?(?:لغوي|طبي|علمي)(?:ة)?)?|[إا]شراف(?: (?:ال)?عام)?)|(?:راجعه|راجعته|راجعها|دققه|دققته)(?: (?:طبيا|طبياً|علميا|علمياً))?|تمت (?:ال)?مراجعة (?:ال)?(?:طبية|علمية)(?: (?:بواسطة|من قبل))?|${FACT_CHECK_LABEL})\\s?[:：]\\s?(?:(?:د\\.|د\\/|الدكتورة?|دكتورة?)\\s?)?([^\\s:.،,]+(?: [^\\s:.،,]+){1,3})(?:[،,] [^:،,.]{3,50})?$`,
  'u',
);

/**
 * "ساهم في إعداد التقرير: غدير منصور", "ساهمت في كتابة المقال: …": a contributor credited at the foot, not the story's
 * writer; the verb, what was contributed to, a colon and a name.
 */
// ("ساهم في التقرير: …", "شارك في الإعداد: …": the piece or the work named alone)
const CONTRIBUTOR_CREDIT = /^(?:ساهم|ساهمت|ساهموا|أسهم|أسهمت|شارك|شاركت|شاركوا) في (?:(?:ال)?(?:إعداد|اعداد|كتابة|تحرير|جمع المعلومات)(?: (?:هذا |هذه )?(?:التقرير|المقال|الخبر|المادة|القصة|التحقيق))?|(?:ال)?(?:تقرير|تغطية|تغطيه))\s?[:：]\s?([^:.]{3,80})$/u;

/** "مع مساهمة من وليد خوري", "بمساهمة سلمى النجار": a contributor credited with no colon, under the writer or at the foot. */
const CONTRIBUTED_BY = /^(?:مع |و?ب)مساهم[ةه] (?:من )?(\p{L}+(?: \p{L}+){1,3})$/u;

/** "تصميم جرافيك: رامي العلي", "تصميم وإخراج: …": a production credit's labels (joined by و), a colon and a name. */
const PRODUCTION_LABEL = `(?:${PRODUCTION_CREDIT_LABELS.join('|')})`;
// ("تصوير ومونتاج: بلال حسن", "عدسة: منصور الحربي", "بعدسة: …": the photographer with a production label joined, or the lens)
const PRODUCTION_CREDIT = new RegExp(`^(?:${PRODUCTION_LABEL}|تصوير(?= و)|ب?عدسة)(?: و${PRODUCTION_LABEL})?\\s?[:：]\\s?([^\\s:.،,]+(?: [^\\s:.،,]+){1,3})$`, 'u');

/** Whether a line credits a copy editor, a contributor or a designer by name: no writer ("مراجعة لغوية: نور الهدى سالم"). */
function isNonWriterCredit(line: string): boolean {
  const credit = COPY_EDIT_CREDIT.exec(line) ?? CONTRIBUTOR_CREDIT.exec(line) ?? CONTRIBUTED_BY.exec(line) ?? PRODUCTION_CREDIT.exec(line);
  if (credit === null) return false;
  const key = lineKey(credit[1]!);
  // ("موسيقى: فرقة النغم", "إنتاج: استوديو الساحة": a band or a studio credited for the production)
  return startsWithGivenName(key) || (PRODUCTION_CREDIT.test(line) && PRODUCER_HEADS.has(key.slice(0, key.indexOf(' '))));
}
/** Heads of a band's, a studio's, a firm's or a desk's name credited for a production ("وحدة البيانات"), as keys. */
// ("الموسيقى: أرشيف البرنامج": the programme's archive)
const PRODUCER_HEADS: ReadonlySet<string> = new Set(['فرقه', 'استوديو', 'استديو', 'ستوديو', 'شركه', 'فريق', 'وحده', 'قسم', 'ارشيف', 'مكتبه']);

/** "رئيس مجلس الإدارة ورئيس التحرير: عادل المصري": the masthead's posts (joined by و), a colon and a name (group 1). */
const MASTHEAD_CREDIT = new RegExp(`^(?:${MASTHEAD_POSTS.join('|')})(?: و(?:${MASTHEAD_POSTS.join('|')}))*\\s?[:：]\\s?([^:.؟?!]{3,60})$`, 'u');
const MAX_MASTHEAD_NAME_WORDS = 4;
/** "رئيس مجلس الإدارة المدير العام": the masthead's posts alone, the name on the line under them (on the key). */
const MASTHEAD_POST_KEYS = `(?:${MASTHEAD_POSTS.map(lineKey).sort((a, b) => b.length - a.length).join('|')})`;
const MASTHEAD_POSTS_ONLY = gated(0, new RegExp(`^${MASTHEAD_POST_KEYS}(?: و?${MASTHEAD_POST_KEYS}){0,2}$`, 'u'), 'ارصمن');
const MAX_MASTHEAD_POSTS_WORDS = 10;

/**
 * "التاريخ:" alone over the date: the date's label with its colon (without one, "التاريخ" is a subheading's word too,
 * history).
 */
const DATE_LABEL_ALONE = /^(?:ال)?تاريخ(?: (?:الخبر|المقال|الإضافة|الاضافة))?\s?:$/u;
const MAX_DATE_LABEL_WORDS = 2;

/** "رئيس التحرير المسؤول", "رئيس مجلس الإدارة ورئيس التحرير": the masthead's posts alone, no name after a colon (key). */
export function isMastheadPosts(key: string, words: number): boolean {
  return words <= MAX_MASTHEAD_POSTS_WORDS && MASTHEAD_POSTS_ONLY.test(key);
}

/** Whether a line names one of the newsroom's chiefs by post: the outlet's masthead, no writer of the story. */
function isMastheadCredit(line: string): boolean {
  const credit = MASTHEAD_CREDIT.exec(line);
  if (credit === null) return false;
  const name = lineKey(credit[1]!);
  return keyWords(name) <= MAX_MASTHEAD_NAME_WORDS && startsWithGivenName(name);
}

/** "عاجل | عنوان": a breaking-news ticker's item, the label and a bar or arrow before the title. */
const BREAKING_TICKER = gated(0, /^عاجل\s*[|»›]\s*\S/u, 'ع');
/**
 * "تنبيه من المركز الوطني للأرصاد: أمطار رعدية …", "🔴 إنذار أحمر: رياح شديدة": an alert's banner, its label (and
 * who issued it) before a colon; "⚠️ إغلاق طريق الملك فهد …": a line behind a warning sign.
 */
const ALERT_BANNER = gated(SHAPE.COLON, /^[\p{Extended_Pictographic}\uFE0F\s]*(?:تنبيه|تحذير|إنذار|انذار)(?: (?:أحمر|احمر|برتقالي|أصفر|اصفر|جوي|مروري|عاجل))?(?: من [^:.؟!?]{2,60})?\s?:\s?\S/u);
const WARNING_SIGN_LINE = /^(?:⚠\uFE0F?|🚨|🚦|🚧)\s?\p{Script=Arabic}/u;
/**
 * "🌙 رمضان كريم", "عيد مبارك من أسرة التحرير", "كل عام وأنتم بخير", "عيد وطني سعيد 🇸🇦": a season's or a national
 * day's greeting from the newsroom, an emoji before or after it or none (on the key).
 */
const GREETING = '(?:رمضان (?:كريم|مبارك)|(?:عيد|عيدكم)(?: (?:الفطر|الاضحي|فطر|اضحي))? (?:مبارك|سعيد)|(?:عيد|يوم|اليوم) (?:ال)?وطني(?: \\S+)? (?:سعيد|مجيد)|كل عام وانتم بخير|(?:سنه|عام) (?:سعيده|سعيد|جديده|جديد)(?: \\d{4})?|جمعه مباركه)';
// ("عيد مبارك وكل عام وأنتم بخير": two greetings joined by و)
const SEASON_GREETING = gated(0, new RegExp(`^${GREETING}(?: و${GREETING})?(?: (?:من|لكم|لجميع|للجميع)(?: \\S+){0,3})?$`, 'u'), 'اجرسعكي');
const MAX_GREETING_WORDS = 8;
/** "1 دولار = 1310 دنانير", "💱 اليورو = 4.05 ريال": a converter's rate, an amount or currency, "=" and an amount. */
const RATE_EQUATION = gated(SHAPE.DIGIT | SHAPE.EQUALS, /^[^=]{2,30} = ?\d[\d.,]*(?: \S+){1,2}$/u);
const MAX_RATE_EQUATION_WORDS = 8;
/** "جودة الفيديو: تلقائي", "الترجمة المصاحبة: إيقاف": a video player's setting and its state (on the key). */
const PLAYER_SETTING = gated(0, /^(?:جوده الفيديو|الجوده|الترجمه المصاحبه|سرعه التشغيل)(?: (?:تلقائي|ايقاف|تشغيل|عادي|\d{3,4}p|\d(?: \d+)?x))$/u, 'اجس');
/** "الإعلان سينتهي خلال 5 ثوان", "يمكنك تخطي الإعلان بعد 3 ثوان": an ad's countdown in a video player (on the key). */
const AD_COUNTDOWN = gated(SHAPE.DIGIT, /^(?:الاعلان (?:سينتهي|ينتهي)|(?:سينتهي|ينتهي) الاعلان|يمكنك تخطي الاعلان|تخطي الاعلان) (?:خلال|بعد) \d+ (?:ثوان|ثواني|ثانيه)$/u, 'اتسي');
const MAX_PLAYER_LINE_WORDS = 6;
/** "⭐⭐⭐⭐ فندق الواحة - دبي": a rating in stars before what it rates. */
const LEADING_STARS = gated(0, /^(?:⭐|★){2,}\s?\S/u, '\u2605\u2b50');
const MAX_STARRED_WORDS = 10;
/** "📸 سالم العبادي", "📷 18 صورة": a camera before a photographer's name or a gallery's count. */
const CAMERA_LINE = /^(?:📸|📷|🎥)\uFE0F?\s?\S/u;
const MAX_CAMERA_LINE_WORDS = 6;
/** "صورة": a photo's word, as a key, before the name of whom it shows. */
const PHOTO_OF = 'صوره ';
const MAX_PHOTO_OF_WORDS = 5;

/** "صورة رشا عوني": a writer's photo's alt text, the word and a name that opens on a listed given name (key). */
function photoOfPerson(key: string): boolean {
  return key.startsWith(PHOTO_OF) && keyWords(key) >= 3 && startsWithGivenName(key.slice(PHOTO_OF.length));
}
/** "📊 7.5 مليار دولار حجم الاستثمارات", "📈 12% نمو الصادرات": a chart before a figure, a numbers box's line. */
const CHART_FIGURE_LINE = gated(SHAPE.ANY_DIGIT, /^(?:📊|📈|📉|💹)\uFE0F?\s?[^\s\d]{0,20}\s?[\d٠-٩]/u);
const MAX_CHART_FIGURE_WORDS = 10;
/** "🩺 هل تعاني من هذه الأعراض؟ استخدم أداة فحص الأعراض": a glyph, a question and a call after it, a widget's teaser. */
const GLYPH_TEASER = /^\p{Extended_Pictographic}\uFE0F?\s?[^.!؟?«»"“”]{3,80}[؟?]\s?[^.!؟?«»"“”]{3,80}$/u;
const MAX_GLYPH_TEASER_WORDS = 16;
/**
 * "الصورة 2 من 6: جانب من الفعالية", "صورة 3/8": a gallery's picture by its number out of the count, with its caption
 * after a separator or with a slash (on the line: the key drops both); the bare count is `GALLERY_POSITION`'s.
 */
const NUMBERED_PICTURE = gated(SHAPE.DIGIT, /^(?:ال)?صور[ةه] \d{1,3}\s?(?:من|\/)\s?\d{1,3}(?:\s?[:|\-–—]\s?[^.!؟?]+)?$/u, 'اص');
const MAX_NUMBERED_PICTURE_WORDS = 16;
/** "النص الكامل للتقرير المصور:", "تفريغ نصي للحلقة:": a transcript's label alone on its line, its colon last. */
const TRANSCRIPT_LABEL = gated(SHAPE.COLON, /^(?:النص الكامل|التفريغ النصي|تفريغ نصي|نص)\s(?:لل|ل)?(?:تقرير|فيديو|حلقة|حلقه|مقطع|مقابلة|مقابله|برنامج|لقاء)(?:\s[^\s:：]+){0,2}\s?[:：]$/u, 'اتن');
const MAX_TRANSCRIPT_LABEL_WORDS = 6;
const MAX_ALERT_WORDS = 22;
/** "💡 معلومة: تغطي الصحراء ثلث اليابسة", "هل تعلم؟ أن …": a fact's label and the fact, on one line. */
const FACT_LINE = /^(?:\p{Extended_Pictographic}\uFE0F?\s?(?:معلومة|هل تعلم|حقيقة)|هل تعلم)\s?[:؟?]\s?\S/u;
const MAX_FACT_LINE_WORDS = 16;
/** "ينشر هذا الرد عملا بحق الرد": a note that a reply is printed under the right of reply (on the key). */
const RIGHT_OF_REPLY = gated(0, /^[يتن]?نشر .{0,40}(?:عملا|استنادا الي|وفقا ل|طبقا ل) ?ب?حق الرد(?:\s|$)/u, 'تني');
const MAX_RIGHT_OF_REPLY_WORDS = 14;

const MAX_WARNING_SIGN_WORDS = 14;
const MAX_BIO_WORDS = 15;
/** A dash and a space opening a line, as a bullet. */
const DASH_BULLET = '- ';
/** "(*) أستاذ جامعي": the bracketed star of a note on the writer. */
const STAR_NOTE = '(*)';

/**
 * "* كاتب وأكاديمي سعودي", "- كاتب أردني": a starred or dashed note on the writer under an opinion piece (a bullet of
 * the body names no trade); "الكاتبة صحفية أردنية": the writer named by the label, then the trade.
 */
function isWriterNote(line: string, key: string, words: number): boolean {
  if (words > MAX_BIO_WORDS) return false;
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  if (WRITER_LABEL_KEYS.has(first) && words <= MAX_WRITER_IS_WORDS) {
    const second = key.indexOf(' ', space + 1);
    return isWriterTitle(second < 0 ? key.slice(space + 1) : key.slice(space + 1, second));
  }
  if (line.charCodeAt(0) !== STAR && !line.startsWith(DASH_BULLET) && !line.startsWith(STAR_NOTE)) return false;
  return isWriterTitle(first) || (first.startsWith('و') && isWriterTitle(first.slice(1)));
}
/** Most words of a writer's trade alone on its line, unbulleted ("كاتبة وباحثة في الشؤون السياسية"). */
const MAX_BARE_BIO_WORDS = 7;
/** "سعودي", "الاقتصاديه", "اردنيه": a nisba's shape (folded), an adjective of origin or field. */
const NISBA_WORD = /^\p{L}{2,}يه?$/u;
/** Words a bare note on the writer is built of besides trades and nisbas: "في الشؤون …", "مهتمه بالشان …" (keys). */
const BIO_WORDS: ReadonlySet<string> = new Set(['في', 'متخصص', 'متخصصه', 'مختص', 'مختصه', 'مهتم', 'مهتمه', 'الشؤون', 'بالشؤون', 'الشان', 'بالشان', 'شؤون', 'مستقل', 'مستقله']);

/**
 * "كاتب صحفي", "كاتبة وباحثة في الشؤون السياسية", "صحفية مهتمة بالشأن الاقتصادي", "كاتبة صحفية | 214 مقالا": a note
 * on the writer in the writer's box, a trade first and nothing but its description after it (and the count of the
 * writer's articles after a bar). A line with a verb or a name ("كاتب سعودي يفوز بجائزة", "باحث في جامعة الملك سعود")
 * is not one. Not chrome by itself: the layout reads such a line under a name as the byline's note; the parse drops it
 * under the writer's name printed again.
 */
export function isWriterBio(line: string): boolean {
  const bar = line.indexOf('|');
  const key = lineKey(bar < 0 ? line : line.slice(0, bar));
  if (bar >= 0 && !WRITER_ARTICLE_COUNT.test(lineKey(line.slice(bar + 1)))) return false;
  const words = key.split(' ');
  if (words.length > MAX_BARE_BIO_WORDS) return false;
  if (!isWriterTitle(words[0]!)) return false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (BIO_WORDS.has(w) || isWriterTitle(w) || (w.charCodeAt(0) === WAW && isWriterTitle(w.slice(1))) || NISBA_WORD.test(w)) continue;
    return false;
  }
  return true;
}
/** "الكاتب", "الكاتبة" as keys: the label that names the writer before a note on the trade. */
const WRITER_LABEL_KEYS: ReadonlySet<string> = new Set(['الكاتب', 'الكاتبه']);
const MAX_WRITER_IS_WORDS = 8;

/** Prefix keys by their first word, so that a line is compared with a handful of entries, not all. */
function byFirstWord(keys: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const k of keys) {
    const first = k.split(' ')[0]!;
    const list = map.get(first) ?? [];
    list.push(k);
    map.set(first, list);
  }
  return map;
}
const CHROME_PREFIX_INDEX = byFirstWord(CHROME_PREFIX_KEYS);
const RELATED_INDEX = byFirstWord(RELATED_KEYS);
const CAPTION_START_INDEX = byFirstWord(CAPTION_START_KEYS);
const SOURCE_INDEX = byFirstWord(SOURCE_KEYS);

/** "المصدر: الجزيرة + وكالات": a short source note, which closes the article text. */
export function isSourceLine(line: string, key: string, words: number): boolean {
  return words <= MAX_SOURCE_WORDS && /^[^:]{0,20}:/u.test(line) && startsWithKey(key, SOURCE_INDEX) && !UNNAMED_SOURCE_LABEL.test(lineKey(line.slice(0, line.indexOf(':'))));
}
/** "مصدر نيابي:", "مصادر مطلعة:": an unnamed source described by an indefinite adjective opens a headline, no credit. */
const UNNAMED_SOURCE_LABEL = gated(0, /^(?:مصدر|مصادر) (?!ال)\p{L}+$/u, 'م');

/** How many disclaimer terms a key holds, stopping at two. */
function disclaimerTerms(key: string): number {
  DISCLAIMER_RE.lastIndex = 0;
  let n = 0;
  while (n < 2 && DISCLAIMER_RE.exec(key) !== null) n++;
  return n;
}
const MAX_DISCLAIMER_WORDS = 90;

const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** An e-mail address: "writer@example.com". */
const EMAIL_ADDRESS = gated(SHAPE.AT, /(?:^|[\s:(])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}/u);
/** "هاتف: 0097124444444", "فاكس +966 11 000 0000": a phone or fax line. */
// ("هاتف: 06-5600800 فاكس: 06-5600801": a second label and number after the first)
// ("للتواصل مع المحرر: 0501234567": a contact label may name whom the number reaches)
const PHONE_LABEL = '(?:هاتف|الهاتف|الرقم الموحد|تلفون|تليفون|جوال|الجوال|فاكس|الفاكس|واتساب|(?:للتواصل|للاتصال)(?: مع \\S+| ب\\S+)?|رقم الهاتف|موبايل|للإعلان|للاعلان|للإعلانات|للاعلانات)';
// ("لإرسال رسائلكم وشكاواكم: واتساب 0790000000": what the number is for before the colon, the channel after it)
const PHONE_LINE = gated(SHAPE.DIGIT, new RegExp(`^(?:[^:：\\d.؟?!]{3,40}\\s?[:：]\\s?)?${PHONE_LABEL}\\s?[:：]?\\s?\\+?\\d[\\d\\s-]{6,20}(?:\\s${PHONE_LABEL}\\s?[:：]?\\s?\\+?\\d[\\d-]{6,20})?$`, 'u'));
/**
 * "للاستفسارات الصحية: 937", "للبلاغات: 911", "لإعلاناتكم: 0555…": an inquiries', reports' or advertisers' line and a
 * number, however short (a hotline's), alone after the colon.
 */
const HOTLINE_LINE = gated(SHAPE.ANY_DIGIT | SHAPE.COLON, /^(?:لل|ل)?(?:استفسارات|استفسار|بلاغات|البلاغات|شكاوى|الشكاوى|الطوارئ|طوارئ|إعلان|إعلانات|إعلاناتكم|الإعلانات)(?: [^:\d]{2,25})?\s?[:：]\s?\+?[\d٠-٩][\d٠-٩\s-]{1,20}$/u, 'إابشطل');
/**
 * "للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (29) … إلى 88591": how to reach the writer, by a text message's code,
 * a number or an address, however the paper words it (on the key).
 */
const WRITER_CONTACT = gated(0, /^(?:للتواصل|للاتصال|لمراسله|للكتابه) (?:مع |الي |علي )?(?:الكاتب|الكاتبه|المحرر|المحرره|كاتب المقال|كاتبه المقال)(?: |$)/u, 'ل');
/** A number of four digits or more, an address's "@" or a text message's "SMS" on the contact line. */
const WRITER_CONTACT_MEANS = /[\d٠-٩]{4}|@|\bSMS\b|رساله نصيه|رسالة نصية/u;
const MAX_WRITER_CONTACT_WORDS = 40;
/** Longest line read as a contact line around an e-mail address. */
const MAX_CONTACT_WORDS = 12;
const URL_OR_HANDLE = gated(SHAPE.LATIN, /^(?:https?:\/\/|www\.|pic\.twitter\.com)|^\S+\.(?:com|net|org|info)(?:\/\S*)?$/iu);
const EMBED_SIGNATURE = gated(SHAPE.AT | SHAPE.PAREN, /^[—–-]\s*.{1,60}\(@\w+\)/u, '\u002d\u2013\u2014');
/** "Posted by وزارة الطاقة on Wednesday, November 12, 2026": an embedded Facebook post's signature. */
const FACEBOOK_SIGNATURE = gated(SHAPE.LATIN, /^Posted by .{1,60} on \S/u, 'P');
/** "الصورة © أ ف ب", "تصوير: © رويترز": a picture's label and its copyright's holder. */
const CREDIT_AFTER_LABEL = gated(0, /^(?:الصورة|صورة|الصور|تصوير|فيديو|الفيديو)\s?[:：]?\s?©/u, 'اتصف');
const HASHTAGS_ONLY = gated(SHAPE.HASH, /^(?:#[^\s#]+\s*)+$/u, '\u0023');
/** "# السودان # الاتحاد الأوروبي # الدعم السريع": a tag bar printed with a space after each "#", two tags at least. */
const SPACED_TAG_BAR = gated(SHAPE.HASH, /^#\s+[^#\s][^#]*(?:#\s+[^#\s][^#]*)+$/u, '\u0023');
/** Most words of a spaced tag bar. */
const MAX_TAG_BAR_WORDS = 24;
/**
 * "[فيديو] لحظة وصول الوزير", "> الحكومة تقر الموازنة": a link to another story between paragraphs, its medium in
 * brackets or an arrow before its title.
 */
const LINK_LEAD = gated(0, /^(?:[[(](?:فيديو|بالفيديو|صور|بالصور|شاهد|إنفوغراف|انفوغراف|صوت)[\])]|>>?)\s?[\p{L}«"“]/u, '\u0028\u003e\u005b');
const MAX_LINK_LEAD_WORDS = 20;
/** Trailing bracketed credit of a caption: "(رويترز)", "(AP Photo/…)", "(غيتي)". */
const BRACKET_CREDIT = /[(（]([^()]{1,40})[)）]\s*$/u;
/** A credit after a dash, bar or slash at the end of a caption: "… - الصورة من الأرشيف", "… | رويترز", "… / رويترز". */
const DASH_CREDIT = /\s[-–—|/]\s*([^-–—|/]{2,40})$/u;
/** A whole line in brackets that points elsewhere: "(شاهد: فيديو من داخل المركز)", "[اقرأ أيضا …]". */
const BRACKETED_POINTER = gated(0, /^[([]\s*(?:شاهد|شاهدوا|اقرأ|اقرا|إقرأ|طالع|فيديو|للمزيد|لمزيد|تابع)(?![\p{L}])[^()[\]]*[)\]]\.?$/u, '\u0028\u005b');
/**
 * "ي.ط", "م/ع": an editor's two initials signing an agency story (three are an agency: "أ.ف.ب"); two or three
 * editors' pairs parted by a slash or a space: "ر.ح/ م.ش".
 */
const EDITOR_INITIALS = /^\/?\p{Script=Arabic}\s?[./]\s?\p{Script=Arabic}\.?(?:\s?[/ ]\s?\p{Script=Arabic}\s?\.\s?\p{Script=Arabic}\.?){0,2}\/?$/u;
/**
 * "ع ف": an editor's initials with no dots, two letters alone parted by a space (no word is one letter; three are an
 * agency's, "أ ف ب", "و م ع").
 */
const SPACED_INITIALS = /^\p{Script=Arabic} \p{Script=Arabic}$/u;
/** "… الحقوق محفوظة" anywhere in a short line: a rights notice. Folded. */
const RIGHTS_RESERVED = 'الحقوق محفوظه';
/** "جميع حقوق النشر محفوظة لموقع الغد 2024" (a key's words). */
const PUBLISHING_RIGHTS_RESERVED = 'حقوق النشر محفوظه';
const MAX_RIGHTS_LINE_WORDS = 12;
/** "(تتمة الخبر)", "(إعلان)": a short note wholly in brackets on a line of its own, never body text. */
const BRACKETED_NOTE = gated(SHAPE.PAREN, /^\(\s*\p{Script=Arabic}[^()]*\)$/u, '\u0028');
/**
 * "[إثيوبيا وإرتيريا تعلنان رسمياً «نهاية الحرب» بينهما]": another story's title, alone in square brackets between
 * paragraphs (a link); no full stop or exclamation mark ends it ("[تحرير عدن..]": a cut title's dots may).
 */
const SQUARE_TITLE = gated(0, /^\[\s*[\p{Script=Arabic}\p{N}«"“][^[\]]*[^[\].!\s](?:\.{2,3}|…)?\s*\]$/u, '\u005b');
const MAX_SQUARE_TITLE_WORDS = 25;
const MAX_BRACKETED_NOTE_WORDS = 4;
const AGENCY_END_MARK = /^\/?\s*انتهى\s*\/?$/u;
/** "الأخبار © 2026": the rights mark after the site's name, before the year (a line opening on © is chrome whatever follows). */
const SITE_COPYRIGHT = /^[^.!؟?©\d]{2,40} ©\s?(?:\d{4}(?:\s?[-–]\s?\d{4})?)?\.?$/u;
const MAX_SITE_COPYRIGHT_WORDS = 6;
/**
 * "صوت الشعب - جريدة يومية شاملة", "جريدة الأخبار | أول صحيفة يومية": a site's name, a bar or dash, and what kind of
 * outlet it is (its head word indefinite, then adjectives only), printed in the masthead or the footer.
 */
const OUTLET_MASTHEAD = /^[^|｜:\-–—]{2,30} ?[|｜:\-–—] ?(?:(?:[أا]ول|[أا]كبر|[أا]فضل|[أا]قدم|[أا]هم) )?(?:(?:صحيف|جريد|مجل|بواب|منص|شبك|قنا|[إا]ذاع)[ةه]|موقع) (?:(?!ال)\p{L}+(?:ي[ةه]?|[ةه])(?: |$)){1,3}$/u;
const MAX_MASTHEAD_WORDS = 8;
/** "📍 الرياض": a pin before a place alone tags the story's location (read as its dateline under the headline). */
const PIN_PLACE = /^\u{1F4CD}\uFE0F?\s?([^\d|｜:\-–—]{2,30})$/u;
const MAX_PIN_PLACE_WORDS = 3;
/** Relative timestamps: "منذ 3 ساعات", "منذ يومين", "قبل 3 ساعات". */
const EDITOR_NOTE_LABEL_KEYS = EDITOR_NOTE_LABELS.map(lineKey);
const EDITOR_NOTE_OBJECT_KEYS = EDITOR_NOTE_OBJECTS.map(lineKey);
const MAX_EDITOR_NOTE_WORDS = 40;
/** The label before a colon, then words on the story or its earlier version. */
function isEditorNote(line: string, key: string): boolean {
  const colon = line.indexOf(':');
  if (colon < 2 || colon > 20 || !EDITOR_NOTE_LABEL_KEYS.includes(lineKey(line.slice(0, colon)))) return false;
  return speaksOfStory(key);
}

/** "تصحيح" alone over "ورد في نسخة سابقة من هذا الخبر …": an editor's note's label on a line of its own, then the note. */
export function isEditorNoteOver(key: string, next: string, nextKey: string, nextWords: number): boolean {
  return EDITOR_NOTE_LABEL_KEYS.includes(key) && nextWords <= MAX_EDITOR_NOTE_WORDS && !next.includes(':') && speaksOfStory(nextKey);
}

const CONTENT_WARNING_KEYS = CONTENT_WARNING_WORDS.map(lineKey);
const CONTENT_WARNING_VERB_KEYS = CONTENT_WARNING_VERBS.map(lineKey);
/** Most words of a content warning. */
const MAX_CONTENT_WARNING_WORDS = 20;
/** "تحذير: يحتوي هذا التقرير على صور قد تكون مزعجة": a short line on the story that warns of what it shows. */
function isContentWarning(key: string, words: number): boolean {
  return words <= MAX_CONTENT_WARNING_WORDS && CONTENT_WARNING_KEYS.some((w) => hasWord(key, w)) && CONTENT_WARNING_VERB_KEYS.some((w) => hasWord(key, w)) && speaksOfStory(key);
}

/**
 * Notes that one phrase tells, on a line of at most so many words: the story's licence ("تُنشر هذه المادة بموجب رخصة
 * المشاع الإبداعي (CC BY 4.0)"), a metered paywall's count of free articles ("تبقى لك 3 مقالات مجانية هذا الشهر").
 */
const PHRASE_NOTES: ReadonlyArray<{ keys: readonly string[]; maxWords: number }> = [
  { keys: CONTENT_LICENCES.map(lineKey), maxWords: 25 },
  { keys: FREE_ARTICLE_PHRASES.map(lineKey), maxWords: 14 },
];

/** Whether a short line is one of `PHRASE_NOTES`. */
function isPhraseNote(key: string, words: number): boolean {
  return PHRASE_NOTES.some((note) => words <= note.maxWords && note.keys.some((k) => hasWord(key, k)));
}

/** Whether a key speaks of the story or its earlier version ("نسخة سابقة", "هذا الخبر"). */
function speaksOfStory(key: string): boolean {
  return EDITOR_NOTE_OBJECT_KEYS.some((o) => hasWord(key, o));
}

const PUBLICATION_NOTE_OPENING = gated(0, new RegExp(`^(?:(?:${PUBLISHING_VERB}) )?(?:${STORY_NOUN}) `, 'u'), 'اتسنه');
const PUBLICATION_NOTE_TERM_KEYS = PUBLICATION_NOTE_TERMS.map(lineKey);
const MAX_PUBLICATION_NOTE_WORDS = 16;
/** "هذا المقال من الأرشيف، ونُشر أول مرة في 2015": a note on when the story first ran (on the key). */
function isPublicationNote(key: string): boolean {
  return (PUBLICATION_NOTE_OPENING.test(key) && PUBLICATION_NOTE_TERM_KEYS.some((t) => hasWord(key, t))) || PRINT_EDITION_NOTE.test(key) || PRINTED_ISSUE_NOTE.test(key);
}
/** "نشر في العدد 12345 من صحيفة الغد", "نُشر هذا المقال في العدد رقم 512": a note of the printed issue it ran in (a key). */
const PRINTED_ISSUE_NOTE = gated(SHAPE.DIGIT, new RegExp(`^(?:${PUBLISHING_VERB})(?: (?:${STORY_NOUN}))? (?:في|ب) ?(?:ال)?عدد(?: رقم)? \\d+(?: |$)`, 'u'), 'اتسن');
/**
 * "نُشر في النسخة الورقية، العدد 18234", "نشر هذا المقال في الطبعة الورقية", "نشرت هذه المادة أولا في النسخة المطبوعة":
 * a note that the story ran in print (a key).
 */
const PRINT_EDITION_NOTE = gated(0, new RegExp(`^(?:${PUBLISHING_VERB})(?: (?:${STORY_NOUN}))?(?: (?:اولا|اصلا|في الاصل|لاول مره|للمره الاولي|اول مره))? (?:في|ب)(?: ?(?:${PRINT_EDITIONS.map(lineKey).join('|')}))(?: |$)`, 'u'), 'اتسن');

/**
 * "الصور المرفقة أرشيفية", "الصورة المستخدمة في التقرير تعبيرية", "الصورة من الأرشيف": a note on what the story's
 * pictures are, in a sentence (a key; its label "تنويه:" is read by the note-label rule).
 */
const PICTURE_NOTE_SENTENCE = gated(0, /^(?:ال)?صور(?:ه)?(?: \S+){0,4} (?:ارشيفيه|تعبيريه|توضيحيه|من الارشيف)$/u, 'اص');
const MAX_PICTURE_NOTE_WORDS = 7;
/**
 * "لمزيد من التفاصيل حول هذا الموضوع، طالع تقريرنا السابق", "للاطلاع على الخلفية اقرأ ملفنا الخاص": a pointer to the
 * outlet's own earlier piece, "for more" first and the piece as "ours" after the imperative (a key).
 */
const OWN_PIECE_POINTER = gated(0, /^(?:لمزيد|للمزيد|للاطلاع|لمعرفه|للتعرف|للتفاصيل|لقراءه)(?: \S+){0,8} (?:طالع|طالعوا|طالعي|اقرا|اقراوا|اقرئي|راجع|راجعوا|راجعي|انظر|انظروا|شاهد|شاهدوا|تابع|تابعوا)(?: \S+){0,2} (?:في )?(?:تقرير|مقال|موضوع|خبر|ملف|تغطيت|حوار|تحقيق|قصت|صفحت)نا(?: \S+){0,2}$/u, 'ل');
const MAX_OWN_PIECE_POINTER_WORDS = 16;
/** "ساعدنا في تحسين تجربتك بالإجابة على استبيان قصير", "شاركونا في استطلاع الرأي": a call to take the site's survey (a key). */
const SURVEY_CALL = gated(0, /^(?:ساعدنا|ساعدونا|ساعدينا|شاركنا|شاركونا|شاركينا|اجب|اجيبي|اجيبوا)(?: \S+){0,6} (?:علي |في |عن )?(?:ال)?(?:استبيان|استطلاع)(?: \S+){0,2}$/u, 'سشا');
/**
 * "يصلكم هذا القسم برعاية بنك …", "هذه الفقرة بالتعاون مع …": a sponsor's note on a section of the page, never on
 * an event ("هذا المؤتمر برعاية الوزير" is news; a key).
 */
const SECTION_SPONSOR = gated(0, /^(?:(?:يصلكم|تصلكم|يقدم لكم|تقدم لكم|ياتيكم|تاتيكم) )?(?:هذا|هذه) (?:القسم|الفقره|الزاويه|النشره|الصفحه|المحتوي|الركن|البرنامج|التغطيه)(?: \S+){0,2} (?:برعايه|بالتعاون مع|بدعم من|مقدم من|مقدمه من) \S+(?: \S+){0,5}$/u, 'يتاه');
/** "الفيديو لا يعمل؟ جرّب تحديث الصفحة": a player's fallback note, what fails and the remedy (a key). */
const PLAYER_FALLBACK = gated(0, /^(?:ال)?(?:فيديو|مقطع|مشغل)(?: \S+)? لا (?:يعمل|يظهر|يعرض)(?: \S+){0,2} (?:جرب|جربي|جربوا|حدث|حدثي|اعد|اعيدي) (?:تحديث|تحميل) (?:ال)?صفحه$/u, 'افمم');
/** "الأسعار المذكورة قابلة للتغيير وقت النشر": a note that the prices the story gives may change (a key). */
const PRICES_NOTE = gated(0, /^(?:جميع )?(?:ال)?اسعار (?:المذكوره|الوارده|المعروضه|المدرجه)(?: \S+){0,3} (?:قابله للتغيير|قد تتغير|عرضه للتغيير|صحيحه (?:وقت|حتي|لحظه))(?: \S+){0,3}$/u, 'اج');
/**
 * "ملاحظة: تم تغيير أسماء بعض الأشخاص الواردة في التقرير حفاظاً على سلامتهم", "الأسماء الواردة في التقرير مستعارة": a
 * note that the people's names were changed to shield them, its label or none (a key).
 */
const NAMES_CHANGED = gated(0, /^(?:(?:ملاحظه|تنويه|توضيح)(?: المحرر)? )?(?:(?:تم|جري) )?(?:تغيير|تبديل|تعديل|حجب) (?:ال)?اسماء? (?:\S+ ){0,6}?(?:حفاظا|حمايه|حرصا|صونا) (?:علي |ل)(?:سلامت|خصوصي|امن|هوي|حيا)\S*(?: \S+){0,3}$|^(?:(?:ملاحظه|تنويه|توضيح)(?: المحرر)? )?(?:جميع |كل )?(?:ال)?اسماء (?:الوارده|المذكوره|المستخدمه)(?: \S+){0,4} (?:مستعاره|غير حقيقيه)$/u, 'مترجحاكت');
const MAX_NAMES_CHANGED_WORDS = 25;
/** "ساهمت وكالات الأنباء في إعداد هذا التقرير": the wires credited with a share of the story, in a sentence (a key). */
const WIRES_CONTRIBUTED = gated(0, /^(?:ساهمت|شاركت|ساهم|شارك) (?:وكالات(?: الانباء)?|الوكالات|وكاله \S+(?: \S+)?) في (?:اعداد|كتابه|تحرير) (?:هذا|هذه) (?:التقرير|الخبر|المقال|الماده|القصه)$/u, 'سش');
/** "في الفيديو أعلاه: لقطات …", "الصورة أعلاه: جانب من …": a caption pointing at the media over it, then a colon (a key). */
const MEDIA_ABOVE = gated(0, /^(?:في )?(?:ال)?(?:فيديو|صوره|صور|مقطع|خريطه|رسم|انفوغراف|انفوجراف)(?: \S+)? (?:اعلاه|ادناه)(?: |$)/u, 'فاصمخرا');
const MAX_SECTION_NOTE_WORDS = 14;

/** "النسخة الورقية", "من النسخة الورقية", "نسخة العدد الورقي": the print edition named alone, as a label (a key). */
const PRINT_EDITION_LABEL = gated(0, new RegExp(`^(?:(?:من|في) )?(?:(?:ال)?(?:نسخه|طبعه) )?(?:${keyAlternatives(PRINT_EDITIONS)})$`, 'u'), 'افمنط');
/** "الصفحة 5 من العدد المطبوع", "صفحة 12 في النسخة الورقية": the print page a story ran on (a key). */
const PRINT_PAGE = gated(SHAPE.DIGIT, new RegExp(`^(?:ال)?صفحه \\d{1,3} (?:من|في) (?:${keyAlternatives(PRINT_EDITIONS)}|(?:ال)?عدد(?: رقم)?(?: \\d+)?)$`, 'u'), 'اص');
/** "تصفح العدد اليومي PDF", "حمّل النسخة الورقية": a link to the day's issue or edition (a key). */
const ISSUE_LINK = gated(0, /^(?:تصفح|تصفحي|تصفحوا|حمل|حملي|حملوا|تحميل|تنزيل|طالع|طالعي|طالعوا) (?:ال)?(?:عدد|نسخه|طبعه|جريده|صحيفه)(?: \S+){0,3}$/u, 'تحط');
const MAX_ISSUE_LINK_WORDS = 6;
/**
 * "الحكم: مضلل", "التقييم: ادعاء خاطئ", "درجة الدقة: مضللة جزئياً": a fact-check's verdict, its label, perhaps what
 * was checked, the verdict (masculine or feminine) and how far it holds, nothing more (a key).
 */
const FACT_CHECK_VERDICT = gated(0, new RegExp(
  `^(?:${keyAlternatives(VERDICT_LABELS)}) (?:(?:${keyAlternatives(VERDICT_OBJECTS)}) )?(?:${keyAlternatives(FACT_CHECK_VERDICTS)})ه?(?: (?:${keyAlternatives(VERDICT_DEGREES)}))?$`,
  'u',
), 'اتحد');
const MAX_VERDICT_WORDS = 6;
/** "سلم التقييم: صحيح | صحيح جزئيا | مضلل | زائف": a fact-check's legend, its label and two verdicts or more (a key). */
const VERDICT_SCALE = gated(0, new RegExp(
  `^(?:${keyAlternatives(VERDICT_SCALE_LABELS)})(?: (?:${keyAlternatives(FACT_CHECK_VERDICTS)})ه?(?: (?:${keyAlternatives(VERDICT_DEGREES)}))?){2,}$`,
  'u',
), 'سمدت');
const MAX_VERDICT_SCALE_WORDS = 16;

/**
 * "الملعب: استاد الملك فهد الدولي", "الاستحواذ: 58% - 42%": a match card's label, a colon and a short value ("🟨
 * الإنذارات: …": a card's emoji may stand before the label).
 */
const MATCH_FACT = gated(SHAPE.COLON, new RegExp(`^(?:[\\p{So}\\uFE0F\\u200D]\\s?)*(?:${MATCH_FACT_LABELS.join('|')})\\s?[:：]\\s?\\S`, 'u'));
/**
 * "التشكيلة الأساسية: محمد العويس، سعود عبد الحميد، علي البليهي": a match's line-up or its substitutes, labelled, names
 * parted by commas (three at least: a list, no sentence).
 */
const LINE_UP = gated(SHAPE.COLON, /^(?:(?:ال)?تشكيل[ةه]?(?: (?:ال)?(?:اساسي[ةه]?|أساسي[ةه]?|رسمي[ةه]?))?|(?:ال)?بدلاء|(?:ال)?احتياط|دكة البدلاء)\s?[:：]\s?[^:،,.]{3,30}(?:[،,]\s?[^:،,.]{3,30}){2,}$/u, 'ابتد');
/** Most words of a labelled line-up. */
const MAX_LINE_UP_WORDS = 40;
const MAX_MATCH_FACT_WORDS = 8;
/** "الهلال × النصر": two teams of a word or two, parted by a multiplication sign (or "vs"). */
const TEAMS_FACING = /^\p{L}+(?: \p{L}+)? (?:×|vs\.?) \p{L}+(?: \p{L}+)?$/u;
/** "الدقيقة 90+3", "الجولة 12 - دوري روشن": a live page's minute, a league's round and its competition (on the key). */
const MATCH_MINUTE = gated(SHAPE.DIGIT, /^الدقيقه \d{1,3}(?: \d{1,2})?$/u, 'ا');
const LEAGUE_ROUND = gated(SHAPE.DIGIT, /^الجوله \d{1,2}(?: \p{L}+){0,4}$/u, 'ا');

/** A line of a sports site's match card or live page: a labelled fact, the teams facing, a minute, a round. */
function isMatchCardLine(line: string, key: string, words: number): boolean {
  if (words <= MAX_LINE_UP_WORDS && LINE_UP.test(line)) return true;
  return words <= MAX_MATCH_FACT_WORDS && (MATCH_FACT.test(line) || TEAMS_FACING.test(line) || MATCH_MINUTE.test(key) || LEAGUE_ROUND.test(key));
}

/** "غرد على تويتر", "شارك الخبر عبر واتساب": a share button naming its platform, the whole line (key). */
const SHARE_BUTTON = gated(0, new RegExp(`^(?:${keyAlternatives(SHARE_VERBS)})(?: (?:الخبر|المقال))? (?:علي|عبر|في) (?:${keyAlternatives(PLATFORM_NAMES)})$`, 'u'), 'اشغ');
const MAX_SHARE_BUTTON_WORDS = 5;
/**
 * "تم إنتاج هذه المادة بدعم من الاتحاد الأوروبي", "أنتج هذا التقرير بالتعاون مع شبكة أريج", "هذا المحتوى من إنتاج فريق
 * البودكاست": a note on who made or funded the piece (key).
 */
const PRODUCED_WITH = gated(0, /^(?:(?:تم )?(?:انتاج|انتج|انتجت|اعد|اعدت|اعداد|انجز|انجاز)(?: هذا| هذه)? (?:الماده|التقرير|المقال|المحتوي|القصه|التحقيق|العمل|الفيلم)(?: \S+)? (?:بدعم|بتمويل|بالتعاون|بالشراكه|ضمن)|هذا (?:المحتوي|التقرير|المقال|العمل) من (?:انتاج|اعداد|تقديم))(?: |$)/u, 'اته');
const MAX_PRODUCED_WITH_WORDS = 16;
/** "يتم تحديث هذا الخبر تباعا", "جار تحديث الخبر": a developing story's note that it is being updated, the whole line (key). */
const UPDATING_NOTE = gated(0, /^(?:يتم|سيتم|جار|جاري) تحديث (?:هذا |هذه )?(?:الخبر|المقال|التقرير|الصفحه|التغطيه)(?: (?:تباعا|باستمرار|اولا باول|لحظه بلحظه|بالتفاصيل))?$/u, 'جسي');
/** "ظهرت المقالة لأول مرة على موقع الغد": a syndicated piece's note on where it first ran (key). */
// ("نشر المقال الأصلي في مجلة فورين أفيرز": where the original of a translated piece appeared)
const FIRST_APPEARED_ON = gated(0, /^(?:ظهر(?:ت)? (?:هذه |هذا )?(?:المقاله|المقال|القصه|التدوينه|الخبر|التقرير) (?:لاول مره|اولا|للمره الاولي) (?:علي|في) |نشر(?:ت)? (?:المقال|المقاله|النص|التقرير) (?:ال)?اصلي (?:في|علي|ب) )/u, 'ظن');
/**
 * "قرأ هذا الخبر 1,234 مرة", "123 شخص قرأ هذا الخبر", "تمت قراءته 5 آلاف مرة", "يقرأه الآن 87 شخصا": a count of the
 * story's readers or viewers (key).
 */
const READ_COUNT = gated(SHAPE.DIGIT, /^(?:(?:(?:قرا|شاهد|زار)(?: هذا| هذه)? (?:الخبر|المقال|الموضوع|التقرير|الفيديو|المقاله)|(?:يقراه|يقرؤه|تمت قراءته|تمت قراءتها|تم قراءته|شاركه|شاركها|قراه|قراها)(?: الان)?) \d+(?: \d+)?(?: (?:الف|الاف|مليون))? (?:مره|مرات|شخص|شخصا|اشخاص|قارئ|قارئا|قراء|زائر)|\d+(?: \d+)? (?:شخص|قارئ|زائر|مستخدم) (?:قرا|قراوا|شاهد|شاهدوا|زار) (?:هذا |هذه )?(?:الخبر|المقال|الموضوع|الفيديو|المقاله))$/u, '0123456789تزشقي');
/** "حالة الخبر: مؤكد", "درجة الموثوقية: عالية", "نوع المحتوى: تقرير": a label the site gives the story, and its value (key). */
const STORY_LABEL = gated(0, /^(?:حاله الخبر|درجه الموثوقيه|مستوي الموثوقيه|نوع المحتوي|نوع الخبر|تصنيف المحتوي) \p{L}+(?: \p{L}+)?$/u, 'تحدمن');
/** "المقال رقم 2 في الأكثر مشاركة": the story's rank in a most-read or most-shared list (key). */
/** "#1 الأكثر قراءة", "1 في الترند": a story's rank badge, its number before the list it tops (key). */
const RANK_BADGE = gated(SHAPE.DIGIT, /^\d{1,2} (?:في )?(?:الاكثر (?:قراءه|مشاهده|تداولا|مشاركه)|الترند|ترند|رائج)$/u, '0123456789');
const STORY_RANK = gated(SHAPE.DIGIT, /^(?:(?:المقال|الخبر|الموضوع) رقم|المرتبه|الترتيب) \d{1,2} في (?:قائمه )?(?:الاكثر|الاعلي) (?:قراءه|مشاركه|مشاهده|تعليقا|تداولا)$/u, 'ا');
/** "تقييم القراء: 4.2/5", "متوسط التقييم 4.5": a readers' rating and its score (key). */
const READERS_RATING = gated(SHAPE.DIGIT, /^(?:متوسط )?(?:ال)?تقييم(?: (?:ال)?(?:قراء|مستخدمين|زوار))? \d+(?: \d+){0,2}$/u, 'اتم');
/** "الفيديو التالي خلال 5 ثوان": a player's countdown to the next video (key). */
// ("يبدأ الفيديو التالي خلال 5": the counter's unit left out, the start's verb before it)
const NEXT_VIDEO_COUNTDOWN = gated(SHAPE.DIGIT, /^(?:(?:يبدا|يبدء|سيبدا) )?(?:ال)?(?:فيديو|مقطع) (?:ال)?تالي (?:خلال|بعد) \d+(?: (?:ثوان|ثواني|ثانيه))?$/u, 'اسفمي');
/** "الآن: الحكومة تقر الموازنة", "الآن | …": a ticker's "now" label and the title after it, with no full stop. */
const NOW_TICKER = gated(0, /^(?:الآن|الان)\s*[:|»›]\s*\S/u, 'ا');
const MAX_NOW_TICKER_WORDS = 14;
const MAX_COUNTDOWN_WORDS = 8;
/** "محتوى مدمج من يوتيوب", "منشور على إنستغرام": an embed's label naming its platform, the whole line (key). */
// ("تغريدة للوزير على منصة إكس", "منشور وزارة الطاقة على فيسبوك": the one who posted it, and the platform's noun)
// (a video or a clip so named is a headline's shape: "فيديو لحظة انهيار المبنى على يوتيوب")
// ("منشور على ثريدز بواسطة @moh_gov": the account after the platform)
const EMBED_LABEL = gated(0, new RegExp(`^(?:ال)?(?:محتوي|منشور|تغريده|فيديو|مقطع)(?: مدمج| ل\\S+)? (?:من|علي|عبر) (?:منصه )?(?:${keyAlternatives(PLATFORM_NAMES)})(?: (?:بواسطه|من قبل|من حساب) \\S+(?: \\S+){0,2})?$|^(?:منشور|تغريده)(?: \\S+){1,3} (?:علي|عبر) (?:منصه )?(?:${keyAlternatives(PLATFORM_NAMES)})$`, 'u'), 'اتفم');
/**
 * Most words of an embed's label: the noun, who posted it (three words at most), the preposition and the platform, or
 * the account after the platform.
 */
const MAX_EMBED_LABEL_WORDS = 9;
/** "شاهد الفيديو على TikTok", "مشاهدة على YouTube": an embedded post's or player's link to its platform (key). */
const WATCH_ON_PLATFORM = gated(0, new RegExp(`^(?:شاهد|شاهدي|شاهدوا|مشاهده|اعرض|عرض)(?: (?:هذا|هذه))?(?: (?:الفيديو|المقطع|المنشور|المشاركه|البث))? (?:علي|عبر) (?:${keyAlternatives(PLATFORM_NAMES)})$`, 'u'), 'اشعم');
/** "متابعة الكاتب (1.2 ألف متابع)": the follow button over the writer's name with its count in brackets. */
const FOLLOW_WRITER_COUNT = gated(SHAPE.PAREN, /^(?:تابع|تابعي|متابعة|متابعه) (?:ال)?(?:كاتب|كاتبة|كاتبه)\s?\([^()]{1,30}\)$/u, 'تم');
/** "تابع الكاتب على إكس: @writer_ar": a call to follow the writer on a platform, the account after it (key). */
const FOLLOW_WRITER_ON = gated(0, new RegExp(`^(?:تابع|تابعي|تابعوا) (?:ال)?(?:كاتب|كاتبه|محرر|محرره|مراسل|مراسله) (?:علي|عبر) (?:${keyAlternatives(PLATFORM_NAMES)})(?: \\S+){0,3}$`, 'u'), 'ت');
/** "تردد القناة على نايل سات: 11900 أفقي", "التردد على عرب سات 12034 رأسي": a channel's frequency on a satellite (key). */
const SATELLITE_FREQUENCY = gated(SHAPE.DIGIT, new RegExp(`^(?:ال)?تردد(?: (?:ال)?قناه)?(?: \\S+)? (?:علي|عبر) (?:القمر (?:الصناعي )?)?(?:${keyAlternatives(SATELLITE_NAMES)}) \\d{4,5}(?: \\S+){0,3}$`, 'u'), 'ات');
/**
 * "موعد البرنامج: كل خميس 9 مساء بتوقيت مكة", "موعد عرض الحلقة الأولى الساعة 10 مساء": a programme's slot, its label
 * and a clock hour with its part of the day (key).
 */
const BROADCAST_SLOT = gated(0, /^(?:موعد|مواعيد|توقيت) (?:عرض |بث |اذاعه )?(?:ال)?(?:برنامج|حلقه|حلقات|مسلسل|بث|عرض|اعاده|نشره)(?= )(?=.* \d{1,2}(?: \d{2})? (?:مساء|صباحا|ظهرا|ليلا|عصرا|فجرا)(?: |$))/u, 'تم');
/**
 * "برنامج المشهد - التاسعة مساء بتوقيت مكة المكرمة", "نشرة الأخبار 8 مساء": a programme named and its hour with the
 * part of the day, a channel's listing (key); a sentence ends no listing (the caller checks the line's full stop).
 */
const PROGRAMME_AT_HOUR = gated(0, new RegExp(`^(?:ال)?(?:برنامج|مسلسل|نشره|حلقه)(?: \\p{L}+){1,4} (?:الساعه )?(?:\\d{1,2}(?: \\d{2})?|${keyAlternatives(CLOCK_HOUR_WORDS)})(?: (?:و ?النصف|و ?الربع|الا ربعا))? (?:مساء|صباحا|ظهرا|ليلا|عصرا|فجرا)(?: (?:بتوقيت|بتوقيت مدينه|حسب توقيت)(?: \\p{L}+){1,2})?$`, 'u'), 'ابحمن');
/** "يعرض الليلة على شاشتنا", "قريبا على شاشتنا": a channel's promotion of its own programme (key). */
const ON_OUR_SCREEN = gated(0, /^(?:(?:يعرض|تعرض|يبث|تبث) )?(?:(?:الليله|اليوم|غدا|قريبا|حصريا) )?(?:علي|عبر) (?:شاشتنا|شاشتكم|قناتنا)(?: (?:الليله|اليوم|غدا|قريبا|حصريا))?$/u, 'يتاغقحع');
const MAX_BROADCAST_WORDS = 12;
/** "وجدت خطأ؟ ظلل النص واضغط Ctrl+Enter": a prompt to report a typo with the keys that send it. */
const KEYS_PROMPT = gated(SHAPE.LATIN | SHAPE.PLUS, /ctrl ?\+ ?enter/iu);
const MAX_KEYS_PROMPT_WORDS = 14;
/** "عنوان خبر آخر — 8,120 مشاهدة": another story's title with its count of views or reads, a most-read box's item. */
const TITLE_WITH_COUNT = gated(SHAPE.DIGIT, / [—–-] \d{1,3}(?:[,.]\d{3})* (?:مشاهدة|مشاهدات|قراءة|قراءات)$/u);
/** "عنوان خبر آخر (11/08/2015)": another story's title with its date in brackets, between paragraphs. */
const TITLE_WITH_DATE = gated(SHAPE.DIGIT | SHAPE.SLASH | SHAPE.PAREN, / \(\d{1,2}\/\d{1,2}\/\d{4}\)$/u);
/** "نشر هذا الخبر أولا الساعة 10:30 وجرى تحديثه": when the story first ran, and that it was updated since (key). */
const FIRST_RUN_NOTE = gated(0, /^نشر (?:هذا )?(?:الخبر|المقال|التقرير) (?:اولا|لاول مره)(?: \S+){0,5} (?:و ?جري|و ?تم) تحديثه$/u, 'ن');
/** "الإدارة: 0114870000 - التحرير: 0114871000": an imprint's numbers, each after its department's name. */
const DEPARTMENT_PHONES = gated(SHAPE.DIGIT | SHAPE.COLON, /^\p{L}+(?: \p{L}+)?\s?[:：]\s?\+?\d{7,14}(?: [-|–] \p{L}+(?: \p{L}+)?\s?[:：]\s?\+?\d{7,14}){1,2}$/u);
/** "مواضيع ساخنة: الطاقة | الموازنة | الانتخابات", "ترند: الأسهم، البنوك": a trending label over two short topics or more. */
const TRENDING_BAR = gated(SHAPE.COLON, new RegExp(`^(?:${TRENDING_LABELS.join('|')})\\s?[:：]\\s?[^|،,•:.!؟?]{1,25}(?:\\s?[|،,•]\\s?[^|،,•:.!؟?]{1,25})+$`, 'u'), 'اترم');
/** "مشاركة: 𝕏 f in", "تابعنا: f t in": a share or follow label, then the platforms' icons and letters, no Arabic word among them. */
const SHARE_ICONS = gated(SHAPE.COLON, /^(?:شارك|شاركي|شاركوا|مشاركة|مشاركه|انشر|تابعنا|تابعونا|تابعوا)(?: (?:الخبر|المقال|عبر))?\s?[:：]\s?[^\p{Script=Arabic}]{1,40}$/u, 'اتشم');
/**
 * "هذا الخبر نشر قبل أكثر من عام", "هذا المقال منشور منذ 3 سنوات": a note that the story is old; "قد تكون بعض المعلومات
 * الواردة في هذا الخبر قديمة": that what it says may be out of date (key).
 */
const STALE_NOTICE = gated(0, /^(?:تنبيه )?(?:هذا|هذه) (?:الخبر|المقال|المقاله|التقرير|الماده|القصه) (?:نشر|نشرت|منشور|منشوره) (?:قبل|منذ) (?:اكثر من )?(?:عام|عامين|سنه|سنتين|\d+ (?:اعوام|سنوات|عاما|سنه|اشهر|شهور|شهرا|ايام|يوما))$|^قد تكون (?:بعض )?(?:المعلومات|الارقام|البيانات|التفاصيل) (?:الوارده )?في هذا (?:الخبر|المقال|التقرير) (?:قديمه|غير محدثه)$/u, 'تقه');
/** "@jordan.news ♬ الصوت الأصلي": an embedded short video's sound line, the music glyph after the account. */
const SOUND_LINE = /♬/u;
const MAX_SOUND_LINE_WORDS = 10;
/** "يسمح هذا المحتوى بعرض محتوى من جهات خارجية": an embed's consent note on content from outside the site (key). */
const THIRD_PARTY_CONTENT = /(?:^| )محتوي(?: مقدم)? من (?:جهات|مواقع|اطراف|منصات) خارجيه(?: |$)/u;
const MAX_THIRD_PARTY_WORDS = 24;
/** "احفظ المقال لقراءته لاحقا", "حفظ الخبر": a button saving the story for later (key). */
const SAVE_FOR_LATER = gated(0, /^(?:احفظ|احفظي|حفظ) (?:المقال|الخبر|القصه|الموضوع|التقرير)(?: (?:لقراءته|لقراءتها|للقراءه))?(?: لاحقا| في وقت لاحق)?$/u, 'اح');
/** "لا يمكن إضافة تعليقات جديدة على هذا الخبر", "تم إغلاق التعليقات": a comment box that is closed (key). */
const COMMENTS_CLOSED = gated(0, /^(?:(?:لا يمكن|لا يمكنك|لم يعد بالامكان|لم يعد من الممكن) (?:اضافه|كتابه|نشر) (?:ال)?تعليق(?:ات)?|(?:تم )?(?:اغلاق|ايقاف) (?:ال)?تعليقات|(?:ال)?تعليقات مغلقه)(?: |$)/u, 'اتل');
const MAX_COMMENTS_CLOSED_WORDS = 12;
/**
 * "الأخبار العاجلة على واتساب", "أخبارنا عبر تيليجرام", "صفحتنا على فيسبوك": the news or the outlet's own page offered on
 * a platform or channel, the whole line (key).
 */
const NEWS_ON_CHANNEL = gated(0, new RegExp(
  `^(?:(?:اخر|اهم|ابرز|احدث) )?(?:(?:ال)?اخبار|اخبارنا|عاجل|صفحتنا|قناتنا|حسابنا|حساباتنا|صفحاتنا)(?: (?:ال)?عاجله)? (?:علي|عبر) (?:${keyAlternatives(PLATFORM_NAMES)}|${keyAlternatives(CALL_CHANNELS)})$`,
  'u',
), 'احصعق');
/** "ترخيص رقم 1234", "رقم الترخيص: 2019/88", "ترخيص هيئة الإعلام رقم 412": the outlet's licence at the foot (key). */
const LICENCE_NUMBER = gated(SHAPE.DIGIT, /^(?:رقم )?(?:ال)?ترخيص(?: \p{L}+){0,3}(?: رقم)?(?: \d+)+$/u, 'اتر');
const MAX_LICENCE_WORDS = 8;
/**
 * "رقم الإيداع القانوني: 2015/4587", "الترقيم الدولي: ISSN 1319-0296", "السجل التجاري: 1010234567", "مرخصة من وزارة
 * الإعلام برقم 4521", "رقم التسجيل لدى وزارة الإعلام: 2019/4512": a paper's or a site's registrations at the foot, a
 * number last (on the key).
 */
const LEGAL_REGISTRATION = gated(SHAPE.DIGIT, /^(?:(?:رقم )?(?:ال)?ايداع(?: (?:ال)?قانوني)?|(?:ال)?ترقيم (?:ال)?دولي|(?:ال)?رقم (?:ال)?معياري (?:ال)?دولي|(?:رقم )?(?:ال)?سجل (?:ال)?تجاري|رقم (?:ال)?تسجيل(?: (?:لدي|في) (?:وزاره|هيئه)(?: \p{L}+){1,3})?|مرخصه? من(?: \p{L}+){1,4} برقم)(?: [a-z]+)?(?: \d+)+$/u, 'اترسم');
/** Most words of a numbered note at the foot: a registration, a series' number, a notice's number. */
const MAX_NUMBERED_NOTE_WORDS = 10;
/** "إعلان قضائي رقم 455 لسنة 2024", "مناقصة رقم 12/2024": a paper's notice by its number (on the key). */
const NOTICE_NUMBER = gated(SHAPE.DIGIT, /^(?:اعلان|مناقصه|ممارسه|مزايده|مزاد)(?: \p{L}+){0,2} رقم(?: \d+)+(?: لسنه \d{4})?$/u, 'ام');
/** "انضم في مارس 2019": when a writer's account was opened, in a profile strip (on the key). */
const ACCOUNT_JOINED = gated(SHAPE.DIGIT, /^انضم(?:ت)? (?:في|منذ) \p{L}+ \d{4}$/u, 'ا');
/**
 * "9:00 م | مسلسل الحارة | الحلقة 12": a channel's schedule row, a time and a bar before the programme; "الإيرادات |
 * 8.4 | 8.7 | -3%": a table's row, four cells or more parted by bars, two of them figures.
 */
const SCHEDULE_ROW = gated(SHAPE.DIGIT | SHAPE.COLON, /^\d{1,2}:\d{2}(?: ?(?:ص|م|صباحا|مساء|مساءً))? ?[|｜] ?\S/u, '0123456789');
const BAR_CELL = / ?[|｜] ?/u;
const FIGURE_CELL = gated(SHAPE.DIGIT, /^[-+−]?\d[\d.,]*%?$/u, '\u002b\u002d0123456789\u2212');
/** "المقاعد: 45/120 | 38/120 | 37/120": a results box's label, a colon and figures alone, parted by bars. */
const LABELLED_FIGURE_ROW = gated(SHAPE.ANY_DIGIT | SHAPE.COLON, /^\p{L}[\p{L}\p{M} ]{1,25}: ?[\d٠-٩][\d٠-٩.,/%٪]*(?: ?[|｜] ?[\d٠-٩][\d٠-٩.,/%٪]*)+$/u);
const MIN_TABLE_CELLS = 4;
const MIN_FIGURE_CELLS = 2;
const MAX_TABLE_LINE_WORDS = 16;

/** Whether a line is a table's row with bars: four cells or more, two of them figures. */
function barTableRow(line: string): boolean {
  const cells = line.split(BAR_CELL);
  return cells.length >= MIN_TABLE_CELLS && cells.filter((c) => FIGURE_CELL.test(c.trim())).length >= MIN_FIGURE_CELLS;
}
/** "سلسلة أوراق السياسات، العدد 27": a paper's series and its number (on the key). */
const SERIES_NUMBER = gated(SHAPE.DIGIT, /^(?:ضمن )?سلسله(?: \p{L}+){1,4} (?:العدد|رقم) \d+$/u, 'سض');
/** "تحديث تلقائي: مفعّل": a live page's auto-refresh switch, with its state or none (on the key). */
const AUTO_REFRESH = gated(0, /^(?:ال)?تحديث (?:ال)?تلقائي(?: (?:مفعل|معطل|تشغيل|ايقاف|on|off))?$/u, 'ات');
/** "اضغط لتحديث الصفحة", "انقر هنا لتكبير الصورة": a prompt to click (tap, swipe) to do something, on the key. */
const CLICK_TO = gated(0, /^(?:اضغط|اضغطي|اضغطوا|انقر|انقري|انقروا|المس|اسحب)(?: هنا)? ل\p{L}/u, 'ا');
const MAX_CLICK_TO_WORDS = 7;
/** "الخبر مترجم آليا", "ترجمة آلية بالذكاء الاصطناعي": a note that a machine translated the text (key). */
const MACHINE_TRANSLATED = /(?:^| )(?:مترجم|مترجمه|ترجم|ترجمت|ترجمه) (?:اليا|اليه|الي|بالذكاء الاصطناعي)(?: |$)/u;
const MAX_TRANSLATED_NOTE_WORDS = 8;
const PAGER_WORD_KEYS = new Set(PAGER_WORDS.map(lineKey));
const MAX_PAGER_WORDS = 12;

const REACTION_KEYS = new Set(REACTION_WORDS.map(lineKey));
/** Most reactions in a row with their counts. */
const MAX_REACTION_WORDS = 16;

/**
 * How many of a key's words are numbers and how many are in `labels`: [numbers, labels], or null when a word is
 * neither (a pager's "1 2 3 التالي", a reaction row's "أعجبني 12 غاضب 3").
 */
function numbersAndLabels(key: string, labels: ReadonlySet<string>): [number, number] | null {
  let numbers = 0;
  let labelled = 0;
  for (const w of key.split(' ')) {
    if (DIGITS_ONLY.test(w)) numbers++;
    else if (labels.has(w)) labelled++;
    else return null;
  }
  return [numbers, labelled];
}

/** "أعجبني 12 · غاضب 3 · حزين 1": two reaction buttons or more, each with its count, nothing else (key). */
function isReactionRow(key: string, words: number): boolean {
  const counted = words >= 4 && words <= MAX_REACTION_WORDS ? numbersAndLabels(key, REACTION_KEYS) : null;
  return counted !== null && counted[0] >= 2 && counted[1] >= 2;
}

/** "يمنع نسخ أو إعادة نشر المواد دون إذن", "ممنوع النسخ": the site's ban on copying and republishing (key). */
const COPYING_FORBIDDEN = gated(0, /^(?:(?:يمنع|ممنوع|يحظر|محظور|لا يجوز|لا يسمح ب|غير مسموح ب)(?: منعا باتا)? (?:ال)?(?:نسخ|اعاده (?:ال)?نشر|نقل|اقتباس)|(?:ال)?(?:نشر|نقل|نسخ)(?: (?:الخبر|المقال|الماده|المواد))? (?:بدون|دون|من دون) (?:ذكر|اذن))/u, 'اغلمني');
const MAX_COPYING_NOTE_WORDS = 16;
/** "البقية في الأسفل", "تتمة الخبر أدناه": a pointer past an ad to the story's rest (key). */
// ("يتواصل المقال أدناه", "تستمر القصة في الأسفل": a verb of going on before the story)
// ("المقال يستكمل أسفل الإعلان", "يتابع المقال بعد الإعلان": the story named first or after its verb, below an ad or a video;
// "يتبع بعد الإعلان": the serial's verb alone)
const REST_NOUN = 'الخبر|المقال|الموضوع|القصه|التقرير|النص';
const GOES_ON = 'يتواصل|تتواصل|يستمر|تستمر|يتابع|يستكمل|تستكمل';
const REST_BELOW = gated(0, new RegExp(`^(?:(?:ال)?(?:بقيه|تتمه|تكمله)(?: (?:الخبر|المقال|الموضوع))?|(?:${GOES_ON}|يتبع) (?:${REST_NOUN})|يتبع|(?:${REST_NOUN}) (?:${GOES_ON})) (?:في الاسفل|بالاسفل|اسفل|ادناه|(?:بعد|اسفل|تحت) (?:الاعلان|الفيديو))$`, 'u'), 'ابتي');
/** "الجزء الأول", "الحلقة الثانية والأخيرة", "انتهى الجزء الأول", "الجزء الثاني غدا": a series' part named alone (key). */
const SERIES_PART = gated(0, /^(?:(?:انتهي|نهايه) )?(?:ال)?(?:جزء|حلقه)(?: رقم)? (?:\d+|الاول|الاولي|الثاني|الثانيه|الثالث|الثالثه|الرابع|الرابعه|الخامس|الخامسه|الاخير|الاخيره)(?: (?:من \d+|والاخير|والاخيره|غدا|الاسبوع المقبل|قريبا))?$/u, 'اجحن');
const MAX_SERIES_PART_WORDS = 6;
/** "هذا المقال هو", "هذه المادة": the story named first in a note on it (key). */
const STORY_IS = /^(?:هذا|هذه) (?:المقال|التقرير|الماده|الحلقه|القصه|الموضوع)(?: (?:هو|هي))? /u;
const MAX_SERIES_NOTE_WORDS = 16;
/**
 * "هذا المقال هو الجزء الثالث من سلسلة «…»": the sentence form of `PART_OF_SERIES`, the story named first, then the part of
 * the series (key).
 */
function seriesNote(key: string): boolean {
  const story = key.charCodeAt(0) === HEH ? STORY_IS.exec(key) : null;
  return story !== null && PART_OF_SERIES.test(key.slice(story[0].length));
}
/** "سلسلة: أزمة المياه", "ضمن سلسلة: …": a series' label and its name. */
const SERIES_LABEL = gated(SHAPE.COLON, /^(?:ضمن |من )?(?:سلسلة|السلسلة)\s?:\s?\S/u, 'اسضم');
const MAX_SERIES_LABEL_WORDS = 8;
/** "تغطية مباشرة | الحرب على غزة", "🔴 مباشر: …": a live page's label and the story it follows. */
const LIVE_COVERAGE_LEAD = /^[^\p{L}]*(?:تغطية مباشرة|تغطية حية|تغطية مستمرة|تغطية خاصة|تحديثات مباشرة|بث مباشر|مباشر)\s?[|｜:\-–—]\s?\S/u;

/** The story a live page's label leads ("مباشر | تطورات الأوضاع في غزة" → "تطورات الأوضاع في غزة"), or null. */
export function liveCoverageTitle(line: string): string | null {
  const m = LIVE_COVERAGE_LEAD.exec(line);
  return m === null ? null : line.slice(m[0].length - 1).trim();
}
const MAX_LIVE_COVERAGE_WORDS = 8;
/**
 * "⚠️ تنويه: …", "ملاحظة: …": a note's label (after a sign or not) and its colon; "النشرة الإخبارية: …", a newsletter
 * box's heading so.
 */
const NOTE_LABEL_LEAD = /^[^\p{L}\p{N}]*(?:تنويه|ملاحظة|ملاحظه|تنبيه|تحذير|النشرة الإخبارية|النشرة البريدية|نشرتنا الإخبارية|نشرتنا البريدية)\s?:\s?/u;
/** "النشرة اليومية | كل صباح في السابعة": a newsletter's name, a bar, colon or dash, and its tagline. */
const NEWSLETTER_TAGLINE = gated(0, /^(?:النشرة|نشرتنا) (?:اليومية|الإخبارية|البريدية|الصباحية|المسائية|الأسبوعية)\s?[|:–—-]\s?\S/u, 'ان');
const MAX_NEWSLETTER_TAGLINE_WORDS = 10;
/** "إعلان - قم بالتمرير للمتابعة": an ad's label, a dash or bar, and a line of chrome. */
const AD_LABEL_LEAD = new RegExp(`^(?:${AD_LABELS.join('|')}) [-–—|] `, 'u');

/** "1 2 3 التالي", "« السابق 4 5 6": a pager's numbers and its links, nothing else (key). */
function isPager(key: string, words: number): boolean {
  const counted = words >= 2 && words <= MAX_PAGER_WORDS ? numbersAndLabels(key, PAGER_WORD_KEYS) : null;
  return counted !== null && counted[0] > 0 && counted[1] > 0;
}

/** "الرقم: 2025/154", "رقم البيان: 88", "الخبر رقم: 45123": a release's or a story's reference number. */
const REFERENCE_NUMBER = gated(0, /^(?:الرقم|رقم البيان|رقم الخبر|رقم المقال|رقم القرار|المرجع|(?:الخبر|المقال|البيان) رقم|(?:كود|رمز|معرف) (?:الخبر|المقال))\s?:?\s?[\d/\-–]+$/u, 'اركم');
const MAX_REFERENCE_WORDS = 5;
/** A temperature: "28°C", "31 °". */
const DEGREES = gated(SHAPE.DIGIT, /\d ?°/u);
const MAX_WEATHER_WORDS = 4;
/** "درجة الحرارة في عمان 24°", "الطقس في الرياض 31°C": a weather widget's label, a place and the degrees last (key, line). */
const WEATHER_LABEL = gated(0, /^(?:درجه الحراره|الحراره|الطقس|حاله الطقس) /u, 'احد');
const DEGREES_LAST = gated(SHAPE.DIGIT, /\d ?°[CFcf]?$/u);
/** "الطقس في عمان 25° مشمس", "القاهرة 24°C غائم جزئيا": the degrees, then the sky (`WEATHER_CONDITIONS`), last on the line. */
// ("الرياض | درجة الحرارة 34° | مشمس": a bar or a dot between them too)
const DEGREES_THEN_SKY = gated(SHAPE.DIGIT, new RegExp(`\\d ?°[CFcf]?(?: ?[|｜•·] ?| )(?:${WEATHER_CONDITIONS.join('|')})$`, 'u'));
/** "درجة الحرارة العظمى 41 والصغرى 27": the day's high and low after the label, last on the line (key). */
const HIGH_AND_LOW = gated(SHAPE.DIGIT, /العظمي -?\d{1,2}(?: درجه)? و ?الصغري -?\d{1,2}(?: درجه)?$/u);
const MAX_LABELLED_WEATHER_WORDS = 7;
/** "عمّان 23/14": a city and its high and low of the day, a slash between them. */
const CITY_HIGH_LOW = /^(\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*)?) (\d{1,2}) ?\/ ?(-?\d{1,2})$/u;

/**
 * A known city's high and low ("عمّان 23/14"), or its day and month alone ("إربد 21/12": a dateline's date, or a
 * forecast whose low is 12 or less); no sentence either way.
 */
function cityHighAndLow(line: string): boolean {
  const m = CITY_HIGH_LOW.exec(line);
  return m !== null && isKnownPlace(lineKey(m[1]!));
}
/** "أخبار منطقة عسير", "أخبار الرياض", "أخبار محافظة جدة": a section named by a place, the region's news (key). */
const PLACE_NEWS = /^اخبار (?:(?:منطقه|محافظه|مدينه|ولايه|اماره|دوله|مملكه|جمهوريه) )?(.+)$/u;
const MAX_PLACE_NEWS_WORDS = 5;

/** Whether a line (key) is "أخبار" and a known place, maybe after the kind of place: a section's name, no headline. */
function placeNews(key: string): boolean {
  const m = PLACE_NEWS.exec(key);
  return m !== null && isKnownPlace(m[1]!);
}
/**
 * "أكمل قراءة المقال", "تابع بقية الخبر", "اقرأ القصة كاملة", "تكملة الخبر في الصفحة التالية", "اقرأ المقال كاملا على
 * موقعنا": a link to the story's rest (key).
 */
const CONTINUE_LINK = gated(0, new RegExp(
  `^(?:(?:${CONTINUE_VERBS.map(lineKey).join('|')}) (?:(?:${CONTINUE_NOUNS.map(lineKey).join('|')}) )?|(?:${CONTINUE_NOUNS.map(lineKey).join('|')}) )(?:${CONTINUE_OBJECTS.map(lineKey).join('|')})(?: كامل[اه]?)?(?: (?:في|علي|من|عبر) (?:${CONTINUE_PLACES.map(lineKey).join('|')}))?$`,
  'u',
), 'ابتطقو');
const MAX_CONTINUE_WORDS = 7;
/** "بتوقيت مكة المكرمة", "حسب توقيت القدس": the time zone of a date printed above it, alone on its line (on the key). */
// ("جميع الأوقات بتوقيت مكة المكرمة": the times of the page, named before the zone)
const TIME_ZONE_NOTE = gated(0, /^(?:(?:جميع|كل) )?(?:(?:ال)?(?:اوقات|مواعيد|توقيتات|ازمنه)(?: (?:المذكوره|الوارده|المنشوره))? )?(?:(?:حسب|وفق) توقيت|بتوقيت)(?: \S+){1,3}$/u, 'ابتجحكمو');
const MAX_TIME_ZONE_WORDS = 7;
/**
 * "البيانات متأخرة 15 دقيقة", "الأسعار عند الإغلاق 3:00 م بتوقيت مكة": a markets box's note on its figures' delay or
 * time (key).
 */
const MARKET_DATA_NOTE = gated(0, /^(?:ال)?(?:بيانات|اسعار)(?: (?:السوق|التداول|المعروضه|الوارده))? (?:متاخره(?: بمقدار)? \d+ (?:دقيقه|دقائق)|(?:عند|حتي|وقت) (?:الاغلاق|اغلاق السوق|اغلاق التداول)(?: \d+(?: \d+)?(?: [صم])?)?(?: بتوقيت \S+(?: \S+)?)?)$/u, 'اب');
const MAX_MARKET_DATA_NOTE_WORDS = 10;
/** "الاثنين | 26° | 18° | غائم جزئيا": a forecast's row, two temperatures on a short line. */
const FORECAST_ROW = gated(SHAPE.DIGIT, /\d ?°.*\d ?°/u);
const MAX_FORECAST_ROW_WORDS = 8;
/** "EK 902 | دبي | 14:30 | متأخرة": a flights board's row, the flight's code first. */
const FLIGHT_ROW = gated(SHAPE.DIGIT, /^[A-Z\d]{2} ?\d{1,4} [|\-–] /u);
/** "الإمساك: 4:12 ص", "موعد الإفطار في بغداد: 6:31 مساء": a timetable's row, a label and a clock time alone. */
/** "القاهرة — الإسكندرية 08:00 | 10:30 | 13:15": a timetable's row, a route and its times parted by bars. */
const DEPARTURES_ROW = gated(SHAPE.DIGIT | SHAPE.COLON | SHAPE.BAR, /^[^:|]{2,40} \d{1,2}:\d{2}(?: ?\| ?\d{1,2}:\d{2})+$/u);
const TIMETABLE_ROW = gated(SHAPE.ANY_DIGIT | SHAPE.COLON, /^[^:]{2,30}: ?[\d٠-٩]{1,2}:[\d٠-٩]{2} ?(?:ص|م|صباحا|صباحاً|مساء|مساءً|فجرا|فجراً|ظهرا|ظهراً|عصرا|عصراً|ليلا|ليلاً)?$/u);
const MAX_TABLE_ROW_WORDS = 10;
/**
 * "✔ تم التحقق من المعلومات الواردة في هذا التقرير": a badge that the newsroom checked the story (key).
 */
const VERIFIED_NOTE = gated(0, /^(?:تم|جري) (?:التحقق|التاكد|التثبت) من (?:صحه )?(?:(?:المعلومات|الحقائق|البيانات|الارقام)(?: الوارده| المذكوره)? في )?(?:هذا|هذه) (?:التقرير|المقال|المقاله|الخبر|الماده)$/u, 'تج');
const MAX_VERIFIED_NOTE_WORDS = 10;
/**
 * "الدوري المصري | الجولة 12", "دوري أبطال أفريقيا - المجموعة الثانية": a sports page's kicker, a competition and its
 * round, group or stage (key).
 */
const COMPETITION_STAGE = gated(0, /^(?:ال)?(?:دوري|كاس|بطوله|تصفيات)(?: \S+){0,4} (?:الجوله|الاسبوع|المجموعه|الدور|ذهاب|اياب|ربع النهائي|نصف النهائي|النهائي|دور ال\d+)(?: \S+){0,2}$/u, 'ابتدك');
const MAX_COMPETITION_STAGE_WORDS = 9;
/** "ترتيب الدوري بعد الجولة 14", "جدول ترتيب الفرق حتى الأسبوع 8": a league table's heading after its round (key). */
const STANDINGS_AFTER_ROUND = gated(SHAPE.DIGIT, /^(?:ترتيب|جدول ترتيب|جدول) (?:الدوري|الفرق|الهدافين|المجموعه)(?: \S+)? (?:بعد|في|حتي|خلال) (?:نهايه )?(?:ال)?(?:جوله|اسبوع|مرحله) \d{1,2}$/u, 'تج');
const MAX_STANDINGS_WORDS = 8;
/** "الترتيب: 1- الاتحاد 40 نقطة، 2- الشباب 35": a league's ranks on one line after their label (on the line). */
const RANKS_LINE = gated(SHAPE.DIGIT | SHAPE.COLON, /^(?:ال)?ترتيب(?: \p{L}+){0,2}\s?[:：]\s?\d{1,2}\s?[-–.)]\s?\p{L}/u, 'ات');
/** "1. الهلال — 45 نقطة", "3- الاتحاد 39 نقطة": a league table's row alone on its line, a rank, a team and its points (key). */
const STANDINGS_ROW = gated(SHAPE.DIGIT, /^\d{1,2} \p{L}+(?: \p{L}+){0,3} \d{1,3} (?:نقطه|نقاط)$/u, '0123456789');
const MAX_STANDINGS_ROW_WORDS = 7;
/** "1 | الهلال | 45": the same row with bars between its cells, any figures after the name. */
const STANDINGS_BAR_ROW = gated(SHAPE.DIGIT, /^\d{1,2} ?[|｜] ?[^|｜\d]{2,25}? ?[|｜] ?[+-]?\d{1,3}(?: ?[|｜] ?[+-]?\d{1,3}){0,6}$/u, '0123456789');
const MAX_STANDINGS_BAR_ROW_WORDS = 12;
/** "السبت 20:00 — استاد القاهرة": a fixture card's kick-off and ground, a weekday first or not (key). */
const FIXTURE_SLOT = gated(SHAPE.DIGIT, new RegExp(`^(?:(?:${keyAlternatives(WEEKDAYS)}) )?\\d{1,2} \\d{2}(?: (?:م|ص|مساء|صباحا))? (?:علي )?(?:ال)?(?:استاد|ستاد|ملعب)(?: \\p{L}+){1,4}$`, 'u'));
const MAX_FIXTURE_SLOT_WORDS = 9;
const MAX_RANKS_LINE_WORDS = 24;
/** "آخر 5 مباريات: ف ف ت خ ف": a team's form, a letter for each result (on the line). */
const FORM_GUIDE = gated(SHAPE.DIGIT | SHAPE.COLON, /^(?:آخر|اخر) \d{1,2} (?:مباريات|مواجهات|لقاءات)\s?[:：]\s?[فتخWDL](?:\s?[فتخWDL]){2,9}$/u, 'آا');
const MAX_FORM_GUIDE_WORDS = 14;
/**
 * "استطلاع: هل أنت راض عن أداء الحكومة؟": a readers' poll, its label, a colon and the question (on the line); "نعم 45% |
 * لا 55%": its results, answers and shares parted by bars or bullets.
 */
// ("🗳️ استطلاع: …؟", "📊 استطلاع: …؟": a ballot box's or a chart's glyph before the label)
const POLL_QUESTION = gated(SHAPE.COLON, new RegExp(`^(?:[🗳📊❓]\\uFE0F?\\s?)?(?:${POLL_LABELS.join('|')})(?: (?:الرأي|الراي|رأي|راي))?\\s?[:：][^.!؟?]+[؟?]$`, 'u'), 'اس❓📊🗳');
const MAX_POLL_QUESTION_WORDS = 20;
// ("نتيجة التصويت: نعم 62% | لا 38%": the results' label may lead)
const POLL_RESULTS = gated(SHAPE.DIGIT | SHAPE.PERCENT, /^(?:(?:نتيجة|نتائج) (?:التصويت|الاستطلاع|الاستفتاء)\s?:\s?)?\p{L}+(?: \p{L}+){0,2} \d{1,3}(?:[.,]\d{1,2})?\s?[%٪](?: [|•·] \p{L}+(?: \p{L}+){0,2} \d{1,3}(?:[.,]\d{1,2})?\s?[%٪])+$/u);
const MAX_POLL_RESULTS_WORDS = 12;
/** "النشرة الصباحية: أهم الأخبار في بريدك كل صباح", "النشرة الأسبوعية | كل خميس في بريدك": a newsletter and what it brings. */
const NEWSLETTER_HEAD = gated(0, /^(?:ال)?نشره |^نشرتنا /u, 'ان');
const NEWSLETTER_INBOX = /(?:^| )(?:في |الي |علي )?(?:بريدك|بريدكم)(?: |$)/u;
const MAX_NEWSLETTER_WORDS = 14;
/**
 * "المجموعة الأولى: الأهلي، الترجي، الوداد", "المجموعة (أ): مصر - المغرب - تونس", "التصنيف الثاني: أستراليا، قطر،
 * كوريا": a draw's row, a group or pot and three teams or more after the colon, parted by commas or dashes.
 */
const DRAW_ROW = gated(SHAPE.COLON, /^(?:المجموعة|التصنيف|المستوى|الوعاء|القبعة)(?: \(?[\p{L}\d]{1,10}\)?)?\s?:\s?[^:.؟?!،,\-–]{2,30}(?:(?:\s?[،,]\s?| [-–] )[^:.؟?!،,\-–]{2,30}){2,}$/u, 'ا');
const MAX_DRAW_ROW_WORDS = 16;
/** "تنقل المباراة على قناة أون تايم سبورت": where the match is broadcast, a note under the header (key). */
const BROADCAST_NOTE = gated(0, /^(?:تنقل|تذاع|تبث|ينقل|يذاع|يبث)(?: (?:المباراه|اللقاء|المواجهه|القمه))? (?:علي|عبر) (?:قناه|قنوات|شاشه|منصه) /u, 'تي');
const MAX_BROADCAST_NOTE_WORDS = 9;
/**
 * "يُعرض البرنامج كل خميس الساعة التاسعة مساءً بتوقيت بيروت": a programme page's note of when it airs, the page's own
 * programme unnamed, a weekday or "daily", then the hour (key; no "و" before the verb, as a story's sentence has).
 */
const AIRING_NOTE = gated(0, /^(?:يعرض|يبث|يذاع|تعرض|تبث|تذاع) (?:البرنامج|الحلقه|الحلقات|المسلسل) (?:كل (?:يوم )?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)|يوميا|اسبوعيا|ايام|يوم)(?: \S+){0,10} (?:الساعه|بتوقيت)(?: \S+){1,6}$/u, 'يت');
const MAX_AIRING_NOTE_WORDS = 18;
/** "نتائج أمس: الهلال 2-1 الاتحاد، النصر 3-0 الشباب": a results' label, a colon and scores of two teams each, by commas. */
const RESULTS_LINE = gated(SHAPE.DIGIT | SHAPE.COLON, /^(?:ال)?نتائج(?: \p{L}+){0,2} ?: ?[^،,:\d]{2,30}? \d{1,2} ?[-–] ?\d{1,2} [^،,:\d]{2,30}?(?: ?[،,] ?[^،,:\d]{2,30}? \d{1,2} ?[-–] ?\d{1,2} [^،,:\d]{2,30}?)*$/u, 'نا');
const MAX_RESULTS_LINE_WORDS = 30;
/**
 * "إذا كنت تمر بأزمة نفسية أو تراودك أفكار لإيذاء نفسك، يمكنك التواصل مع خط المساندة …", "إذا كنت تعاني من أفكار
 * انتحارية …، تواصل مع خط المساعدة في بلدك": a helpline's box for readers in distress, under a story (key): "if you", a
 * word of distress, then a line or number to call.
 */
const HELPLINE_NOTE = gated(0, /^و?اذا (?:كنت|كنتم|كنتي)(?: \S+){0,12}? (?:ازمه|ضائقه|اكتئاب|الاكتئاب|انتحار|الانتحار|انتحاريه|لايذاء|ايذاء|اذي|اذيه|عنف|العنف|صحتك النفسيه)(?: \S+){0,12}? (?:خط|الخط|رقم|الرقم|بالرقم|بخط)(?= )/u, 'او');
const MAX_HELPLINE_WORDS = 40;
/**
 * "[caption id=\"attachment_4821\" align=\"aligncenter\"] …[/caption]", "[embed]…[/embed]": a WordPress shortcode a scrape
 * left in the text, opening its line (the caption or address inside it is the page's, not the story's).
 */
const WP_SHORTCODE = gated(0, /^\[(?:caption|gallery|embed|video|audio|playlist|contact-form-7)(?:[ \]])/u, '[');
/** Most words of a row of buttons, each one chrome on its own ("تكبير الخط تصغير الخط"); most words of one button. */
const MAX_BUTTON_ROW_WORDS = 6;
const MAX_ROW_BUTTON_WORDS = 3;

/** "تكبير الخط تصغير الخط", "طباعة إرسال لصديق": a row of two buttons or more, each a whole chrome line, on the key. */
function isButtonRow(key: string, words: number): boolean {
  if (words < 2 || words > MAX_BUTTON_ROW_WORDS) return false;
  const w = key.split(' ');
  // split[i]: the first i words are whole buttons
  const split = [true];
  for (let i = 1; i <= w.length; i++) {
    split[i] = false;
    for (let len = 1; len <= MAX_ROW_BUTTON_WORDS && len <= i && !split[i]; len++) split[i] = split[i - len]! && CHROME_LINE_KEYS.has(w.slice(i - len, i).join(' '));
  }
  return split[w.length]!;
}
/** "14:05", "10:30 ص", and a live page's stamp between paragraphs ("تحديث 14:05", "تحديث 14:05 ت.غ": Greenwich time abbreviated), on the key. */
// ("تحديث 17/03 - 06:08": the day and month before the time)
const CLOCK_TIME = gated(SHAPE.DIGIT, /^(?:(?:تحديث|محدث|اخر تحديث|عاجل|اليوم|امس) )?(?:\d{1,2} \d{1,2} )?\d{1,2} \d{2}(?: (?:ص|م|صباحا|مساء|ظهرا|am|pm))?(?: بتوقيت [^ ]+(?: [^ ]+)?| gmt| utc| ت غ)?$/u, '0123456789اتعم');
/** Whether a line's key is a time stamp alone ("12:40 م"). */
export function isClockTime(key: string): boolean {
  return CLOCK_TIME.test(key);
}
const MAX_PREFIX_CHROME_WORDS = 24;
const MAX_CAPTION_WORDS = 25;
const MAX_SOURCE_WORDS = 8;

function startsWithKey(key: string, index: ReadonlyMap<string, readonly string[]>): boolean {
  const space = key.indexOf(' ');
  const candidates = index.get(space < 0 ? key : key.slice(0, space));
  return candidates !== undefined && candidates.some((p) => key === p || key.startsWith(p + ' '));
}

/** "الأهلي 2 - 1 الزمالك", "الهلال 0:0 النصر": two teams and the score between them. */
const SCORE_LINE = gated(SHAPE.DIGIT, /^[^\d.،,:!؟?]{2,30} \d{1,2} ?[-–:] ?\d{1,2} [^\d.،,:!؟?]{2,30}$/u);
const MAX_SCORE_WORDS = 8;
const TICKER_NAME_KEYS = new Set(TICKER_NAMES.map(lineKey));
const TICKER_WORD_KEYS = new Set(TICKER_WORDS.map(lineKey));
const MAX_TICKER_WORDS = 8;
/** Most rates a ticker line holds. */
const MAX_TICKER_ITEMS = 6;
const NUMBER_WORD = gated(SHAPE.DIGIT, /^\d+$/u, '0123456789');

/**
 * "الدولار 47.52 جنيه": a price ticker, a listed currency or commodity with numbers and units alone. Read only in
 * a page's header: an article on exchange rates lists the same lines as its body.
 */
export function isTicker(key: string, words: number, line?: string): boolean {
  // "الأهلي 2 - 1 الزمالك": a score widget's match
  if (line !== undefined && words <= MAX_SCORE_WORDS && SCORE_LINE.test(line)) return true;
  // "الدولار 48.62 ▲ | اليورو 52.10 ▼ | الذهب عيار 21: 3640 جنيه": several rates on one line, parted by bars
  if (line !== undefined && line.includes('|') && words <= MAX_TICKER_WORDS * MAX_TICKER_ITEMS) {
    const items = line.split('|');
    return items.length <= MAX_TICKER_ITEMS && items.every((item) => isTickerItem(lineKey(item)));
  }
  if (words < 2 || words > MAX_TICKER_WORDS) return false;
  let name = false;
  let number = false;
  for (const w of key.split(' ')) {
    if (NUMBER_WORD.test(w)) number = true;
    else if (TICKER_NAME_KEYS.has(w)) name = true;
    else if (!TICKER_WORD_KEYS.has(w)) return false;
  }
  return name && number;
}

/** One item of a ticker line, as a key. */
function isTickerItem(key: string): boolean {
  return isTicker(key, keyWords(key));
}

/** Whether a line is a caption: a short line ending in an agency credit, or opening like one. */
export function isCaption(line: string, key = lineKey(line), words = keyWords(key)): boolean {
  // ("تحرير: طارق بن عيسى | تصوير: فادي الحلبي": a writer's credit line with the photographer's after a bar)
  if (words > MAX_CAPTION_WORDS || WRITER_CREDIT_START.test(line)) return false;
  // "(رويترز)" in brackets, or after a dash, bar or slash: "طفل يتلقى اللقاح - الصورة من الأرشيف", "… | رويترز"
  const bracketed = BRACKET_CREDIT.exec(line);
  // ("وصعدت العقود الآجلة لخام برنت 1.2% إلى 74.3 دولار. (رويترز)": a paragraph the wire signs off after its full stop)
  if (bracketed !== null && signedParagraph(line.slice(0, bracketed.index), key, words)) return false;
  const credit = bracketed ?? dashCredit(line, words);
  // (never a writer's account after the name: "نور الهدى بن عمر | تويتر: @writer_desk")
  if (credit && !credit[1]!.includes('@')) {
    // "صورة توضيحية: سوق في إدلب (عنب بلدي)": a caption's label, its words and any credit in brackets
    if (CAPTION_LABEL.test(line) && startsWithKey(key, CAPTION_START_INDEX)) return true;
    const c = lineKey(credit[1]!);
    // ("باريس (أ ف ب)": a known place alone before the agency in brackets is the story's dateline, no caption)
    if (bracketed !== null && isKnownPlace(lineKey(line.slice(0, bracketed.index)))) return false;
    // ("أسماء النجار (خاص)": a writer's name, a given name first, with an exclusive's mark, no picture's credit)
    if (bracketed !== null && c === EXCLUSIVE_MARK && namedWriterBefore(lineKey(line.slice(0, bracketed.index)))) return false;
    if (CREDIT_KEYS.some((k) => c === k || c.startsWith(k + ' ') || c.includes(' ' + k))) return true;
    if (/photo|getty|images/iu.test(credit[1]!) || startsWithKey(c, CAPTION_START_INDEX)) return true;
    // "رئيس الوزراء المصري مصطفى مدبولي خلال المؤتمر الصحافي (مجلس الوزراء)": whom it shows, during what, and any
    // body's credit in brackets (no sentence end, colon or quote marks before it)
    if (bracketed !== null && creditedScene(line.slice(0, bracketed.index), credit[1]!)) return true;
  }
  // "صورة من الفيديو المتداول", "لقطة شاشة من حساب الوزارة": a caption under a video's still or a screenshot
  if (words <= MAX_STILL_CAPTION_WORDS && STILL_CAPTION.test(key) && !/[.؟?!]$/u.test(line)) return true;
  // "جانب من الاجتماع", "جانب من الدمار في خان يونس": a photo's caption, a part of the scene it shows
  // "الرئيس خلال استقباله الوفد", "وزير الزراعة أثناء جولته في الحقول": who is shown, during what he did (no verb
  // opens it, no sentence ends it, no colon gives it words)
  if (words <= MAX_SCENE_CAPTION_WORDS && !SCENE_CAPTION_STOPS.test(line) && (SCENE_PART.test(key) || (DURING_OWN_ACT.test(key) && opensOnPerson(key.slice(0, key.indexOf(' ')))))) return true;
  // "▲ صورة من الحدث": a caption under its pointer glyph
  if (words <= 8 && POINTER_GLYPH.test(line) && startsWithKey(key, CAPTION_START_INDEX) && !/[.؟?!]$/u.test(line)) return true;
  return words <= 12 && startsWithKey(key, CAPTION_START_INDEX) && !/[.؟?!]$/u.test(line) && /صدر|مصدر|تعليق|حقوق|أرشيف|ارشيف|photo/iu.test(line);
}

/** "خاص": an exclusive's mark in brackets, after a writer's name or a picture. */
const EXCLUSIVE_MARK = lineKey('خاص');
const MAX_MARKED_NAME_WORDS = 3;

/** Whether a key is a name of two or three words that opens on a given name: "اسماء النجار". */
function namedWriterBefore(key: string): boolean {
  const words = keyWords(key);
  return words >= 2 && words <= MAX_MARKED_NAME_WORDS && startsWithGivenName(key);
}

/** "جانب من …": "part of …", the opening of a photo's caption (a key). */
const SCENE_PART = gated(0, /^جانب من /u, 'ج');
/** A name or title of up to four words, then "خلال"/"أثناء" and a verbal noun with its pronoun ("استقباله", "جولتها"), a key. */
const DURING_OWN_ACT = /^(?:\S+ ){1,4}(?:خلال|اثناء) (?!ال)\S{3,}(?:ه|ها|هم)(?: |$)/u;
/** A sentence's end, a colon, or quote marks: a line with them is no bare caption. */
const SCENE_CAPTION_STOPS = /[.؟?!:«»"“”]/u;
const MAX_SCENE_CAPTION_WORDS = 10;

/** A name or title of up to six words, then "خلال"/"أثناء" and what went on, a key. */
const DURING_SCENE = /^(?:\S+ ){1,6}(?:خلال|اثناء) \S/u;
const DURING_WORD = / (?:خلال|اثناء) /u;
/** "(وفق مصادر)", "(حسب الوكالة)": a source a sentence cites in brackets, no photo's credit. A key. */
const REPORTED_CREDIT = gated(0, /^(?:وفق|وفقا|حسب|بحسب|نقلا|على|في|من|عن) /u, 'بحعفمنو');
/** "ستعلن", "يعقد", "تواصل": a present or future verb's shape, a key's word. */
const PRESENT_OR_FUTURE_VERB = gated(0, /^[وف]?س?[يت]\p{L}{3,4}$/u, 'تسفوي');
const MAX_CREDITED_SCENE_WORDS = 16;
const MAX_SCENE_CREDIT_WORDS = 4;

/** Whether the words before a bracketed credit show someone during something, as a photo's caption does. */
function creditedScene(before: string, credit: string): boolean {
  const key = lineKey(before);
  const creditKey = lineKey(credit);
  if (keyWords(key) > MAX_CREDITED_SCENE_WORDS || keyWords(creditKey) > MAX_SCENE_CREDIT_WORDS || /\d/u.test(credit)) return false;
  if (SCENE_CAPTION_STOPS.test(before) || !DURING_SCENE.test(key) || !opensOnPerson(key.slice(0, key.indexOf(' '))) || REPORTED_CREDIT.test(creditKey)) return false;
  // ("الحكومة ستعلن خلال الأسبوع المقبل …": a verb before "خلال" makes it a sentence)
  const shown = key.slice(0, key.search(DURING_WORD)).split(' ');
  return !shown.some((w) => PRESENT_OR_FUTURE_VERB.test(w) && !startsWithGivenName(w));
}

/** Whether a caption's first word (a key) names whom it shows: a title, a given name, or a noun with the article. */
function opensOnPerson(first: string): boolean {
  return isRoleHead(first) || startsWithGivenName(first) || (first.startsWith('ال') && cueOf(first) === null);
}

/** A sentence's end before a wire's sign-off in brackets. */
const SIGNED_SENTENCE_END = /[.!؟?]\s*$/u;
/** Fewest words of a line ending a sentence before a bracketed credit that reads as a paragraph however it opens. */
const MIN_SIGNED_PARAGRAPH_WORDS = 16;
const TITLE_NOUN_KEYS: ReadonlySet<string> = new Set(TITLE_NOUNS_WITH_WAW_OR_FEH);

/** "في" (in), folded: a preposition that opens on ف with no conjunction in it. */
const IN_KEY = 'في';

/**
 * Whether a line's first word (its key) opens on و or ف before no noun a title or a caption opens on ("وصدر",
 * "وصعدت", against "وزارة الصحة تعلن …", "واشنطن تحذر …", "فيصل الفايز: …"): a paragraph going on.
 */
export function conjoinedOpening(first: string): boolean {
  const c = first.charCodeAt(0);
  // (never "في", the preposition: "في خطوة تاريخية.. أول إماراتي …" opens a title)
  return (c === WAW || c === FEH) && first !== IN_KEY && !TITLE_NOUN_KEYS.has(first) && !isKnownPlace(first) && !startsWithGivenName(first) && !isRoleHead(first);
}

/**
 * Whether the words before a bracketed credit are a paragraph the wire signs off, no caption: they end a sentence and
 * are long, or open on the conjunction و or ف (see `conjoinedOpening`; never an outlet's name either).
 */
function signedParagraph(before: string, key: string, words: number): boolean {
  if (!SIGNED_SENTENCE_END.test(before)) return false;
  if (words >= MIN_SIGNED_PARAGRAPH_WORDS) return true;
  const first = key.slice(0, key.indexOf(' ') >>> 0);
  return first.length >= 4 && conjoinedOpening(first) && !isKnownOutlet(first);
}

/** A writer's credit label and its colon opening a line: "تحرير: …", "كتب: …", "بقلم: …". */
const WRITER_CREDIT_START = gated(SHAPE.COLON, /^(?:تحرير|إعداد|اعداد|كتابة|كتب|كتبت|بقلم)(?: و(?:تحرير|إعداد|اعداد|تقديم|ترجمة|متابعة|حوار))?\s?[:：]/u, 'إابتك');

/** A caption's opening on a video's still or a screenshot, on the key. */
const STILL_CAPTION = gated(0, new RegExp(`^(?:${keyAlternatives(STILL_CAPTION_OPENINGS)})(?: |$)`, 'u'), 'صل');
const MAX_STILL_CAPTION_WORDS = 14;

/** A glyph pointing at a picture above or below the line: "▲ صورة من الحدث". */
const POINTER_GLYPH = /^[▲△▼▽◄►⬆⬇↑↓📷📸]/u;

/** A caption's label before a colon at the start of the line ("صورة توضيحية:", "الصورة:"). */
const CAPTION_LABEL = gated(SHAPE.COLON, /^[^:]{2,20}:/u);

/**
 * Words a caption describes before a dashed credit; "الخرطوم - الجزيرة نت" is a dateline, not a caption. Fewer do with
 * a word of the scene ("متظاهرون وسط العاصمة | أ ف ب") or a title first ("الرئيس يصافح نظيره - رويترز").
 */
const MIN_DASHED_CAPTION_WORDS = 4;
const MIN_SCENE_CAPTION_WORDS = 2;
const SCENE_WORD_KEYS = new Set(CAPTION_SCENE_WORDS.map(lineKey));
/** "تعبيرية", "صورة أرشيفية": what a picture is, never an outlet a dateline names after its dash (keys). */
const PICTURE_NOTE_KEYS: ReadonlySet<string> = new Set(['تعبيرية', 'صورة تعبيرية', 'توضيحية', 'صورة توضيحية', 'أرشيفية', 'صورة أرشيفية'].map(lineKey));

/** The credit after a dash, bar or slash that ends a descriptive line (no sentence end), or null. */
function dashCredit(line: string, words: number): RegExpExecArray | null {
  if (/[.؟?!]$/u.test(line)) return null;
  const m = DASH_CREDIT.exec(line);
  if (m === null) return null;
  const creditKey = lineKey(m[1]!);
  const described = words - keyWords(creditKey);
  // ("واشنطن - أ ف ب - رويترز": a place and agencies alone before the credit are a wire's dateline, nothing described)
  if (wireDatelineParts(line.slice(0, m.index))) return null;
  // ("عدادات ذكية - تعبيرية": a picture's note that it only illustrates, or is from the archive, after any words)
  if (described >= MIN_DASHED_CAPTION_WORDS || (described >= 1 && PICTURE_NOTE_KEYS.has(creditKey))) return m;
  const sceneKey = lineKey(line.slice(0, m.index));
  const scene = sceneKey.split(' ');
  // ("ملك العنزي - الجزيرة نت": a title's word that is a given name, before a family name, is a writer and outlet)
  return described >= MIN_SCENE_CAPTION_WORDS && ((isRoleHead(scene[0]!) && !titleWordNamed(sceneKey)) || scene.some((w) => SCENE_WORD_KEYS.has(w))) ? m : null;
}

/** Whether every part of a text parted by dashes, bars or slashes is a known place or outlet ("واشنطن - أ ف ب"). */
function wireDatelineParts(text: string): boolean {
  return text.split(CREDIT_SEPARATOR).every((part) => {
    const key = lineKey(part);
    return key !== '' && (isKnownPlace(key) || isKnownOutlet(key));
  });
}
const CREDIT_SEPARATOR = /\s[-–—|/]\s*|\//u;

/** Whether a line opens a block of links to other stories ("اقرأ أيضا", "أخبار ذات صلة"). */
const NEXT_LINK_KEYS = new Set(NEXT_LINKS.map(lineKey));
/** "اقرأ: عنوان قصة أخرى": a call to read and a colon (on the line). */
const READ_CALL = gated(SHAPE.COLON, new RegExp(`^(?:${READ_CALLS.join('|')})\\s?:`, 'u'), 'إاط');
/**
 * "المزيد: عنوان قصة أخرى": "more" and a colon (or a pointing mark) before a story's title (on the line). Never "للمزيد:", which France 24
 * prints inside its stories and the dev gold keeps as body.
 */
// ("المزيد ≫ عنوان", "المزيد » عنوان": a pointing mark for the colon)
const MORE_LINK = gated(0, /^المزيد\s?(?:[:：]|[»≫>]{1,2}|←)\s?\S/u, 'ا');
/**
 * "أيضاً.. عنوان قصة أخرى": "also" and two dots or an ellipsis before another story's title, CNN Arabic's link set
 * between paragraphs (on the line; never "أيضا، ذكر شهود …", a sentence going on with a comma).
 */
const ALSO_LINK = gated(0, /^[أا]يض\p{Mn}?ا\p{Mn}?\s?(?:\.{2,}|…)\s?\S/u, 'أا');
/** "قائمه 1 من 2" (a key): a link list's word and its position. */
const LINK_LIST_POSITION = gated(SHAPE.DIGIT, new RegExp(`^(?:${LINK_LIST_WORDS.map(lineKey).join('|')}) \\d{1,2} من \\d{1,2}$`, 'u'), 'اق');

/** "» عنوان", "← عنوان", "⬅️ عنوان", "► عنوان": a pointer mark opening a line (the guillemet that closes a quote in Arabic, never opening one). */
const POINTER_LINK = gated(0, /^[»←⬅◄►◀⇐⇦➤➜➔]\uFE0F?\s+[\p{L}\p{N}"«“]/u, '\u00bb\u2190\u21d0\u21e6\u25ba\u25c0\u25c4\u2794\u279c\u27a4\u2b05');
/** A full stop or a quote mark: what a link's label never holds. */
const FRAGMENT_MARKS = /[.،,"“”«:]/u;

/**
 * "التالي: عنوان خبر آخر", "السابق: …", "الحلقة السابقة: …", "الجزء التالي: …": a link to the next or the last story,
 * or to a series' part before or after, its label then a colon before the title (never "التالي في قائمة التشغيل", a
 * heading).
 */
const NEXT_LABEL = gated(SHAPE.COLON, /^(?:التالي|السابق|(?:الحلقة|الحلقه|الجزء|المقال|الخبر) (?:السابقة|السابقه|التالية|التاليه|السابق|التالي|القادمة|القادم))\s?[:：]\s?\S/u, 'ا');
/** "الصورة السابقة | الصورة التالية": a pager's links, each a link to the next or the last. */
function isNextLinkBar(line: string): boolean {
  if (!line.includes('|')) return false;
  const parts = line.split('|').map((p) => lineKey(p)).filter((k) => k !== '');
  return parts.length >= 2 && parts.every((k) => NEXT_LINK_KEYS.has(k));
}

/** Most words of a line that opens on a related block's marker and ends on a full stop still read as the marker's. */
const MAX_MARKER_LEAD_WORDS = 6;
export function isRelatedMarker(line: string, key = lineKey(line), words = keyWords(key)): boolean {
  if (words > 30) return false;
  // (never a hard-wrapped fragment that ends a sentence: 'التالي".')
  if (words <= 2 && NEXT_LINK_KEYS.has(key) && !FRAGMENT_MARKS.test(line)) return true;
  // ("الأكثر قراءة بين المواطنين كانت فقرة الدعم.": a sentence that opens on the marker's words is the text's)
  if (startsWithKey(key, RELATED_INDEX) && !(words > MAX_MARKER_LEAD_WORDS && SENTENCE_FULL_STOP.test(line))) return true;
  if (READ_CALL.test(line) || NEXT_LABEL.test(line) || isNextLinkBar(line)) return true;
  if ((MORE_LINK.test(line) || ALSO_LINK.test(line)) && !SENTENCE_FULL_STOP.test(line)) return true;
  // "» عنوان خبر آخر", "← عنوان": a pointer opening a line that is a title, a link to another story
  if ((POINTER_LINK.test(line) || PREVIOUS_ARROW_TITLE.test(line) || NEXT_ARROW_TITLE.test(line)) && !SENTENCE_FULL_STOP.test(line)) return true;
  // "قائمة 1 من 2": a numbered list of links inside the body
  if (words === 4 && LINK_LIST_POSITION.test(key)) return true;
  // "مواضيع قد تهمك", "أخبار قد تعجبك": the phrase may stand after a first word
  return words <= MAX_RELATED_PHRASE_WORDS && RELATED_PHRASE_KEYS.some((p) => hasWord(key, p));
}

const SECTION_KEYS = new Set(SECTION_HEADINGS.map(lineKey));
const LONGEST_SECTION_KEY = Math.max(...[...SECTION_KEYS].map((k) => k.length));

/** "آخر ما كتب سامر القيسي", "أحدث ما كتبت …": the heading of a writer's other articles, with the name (key). */
const WRITER_LIST_HEADING = gated(0, /^(?:اخر|احدث|جديد) ما (?:كتب|كتبت|كتبه|نشر|نشرت)(?: \p{L}+){1,4}$/u, 'اج');
/** "نبذة عن وزارة الطاقة", "نبذة عن شركة الكهرباء الوطنية": a box's heading on the body that issued a release (key). */
export const ABOUT_BODY_HEADING = /^نبذه عن (?:وزاره|هيئه|شركه|مجموعه|بنك|مؤسسه|جامعه|مركز|منظمه|صندوق|جمعيه|اتحاد|نادي|سلطه|مجلس)(?: \p{L}+){1,3}$/u;
/** Whether a line is the heading of a list of other news or of comments ("آخر الأخبار", "تعليقات الزوار"). */
export function isSectionHeading(key: string): boolean {
  // "نشر هذا التقرير بدعم من" over the funder's name: a sponsor's lead in a note on the piece
  // ("آخر ما كتب سامر القيسي" over his other titles: the writer's list, the name after the heading)
  // ("نبذة عن وزارة الطاقة" over a paragraph on it: a release's box on the body that issued it)
  if (SUPPORTED_BY_LEAD.test(key) || WRITER_LIST_HEADING.test(key) || ABOUT_BODY_HEADING.test(key)) return true;
  if (key.length > LONGEST_SECTION_KEY + 5) return false;
  if (SECTION_KEYS.has(key)) return true;
  // "التعليقات (3)", "3 تعليقات": a heading with its count after or before it
  const counted = COUNTED_HEADING.exec(key) ?? COUNT_FIRST_HEADING.exec(key);
  return counted !== null && SECTION_KEYS.has(counted[1]!);
}
/** A heading's key and a count after it ("التعليقات 3"). */
const COUNTED_HEADING = /^(\p{L}[\p{L} ]*) \d{1,4}$/u;
/** A count and then a heading's key ("3 تعليقات"). */
const COUNT_FIRST_HEADING = /^\d{1,4} (\p{L}[\p{L} ]*)$/u;

/** Longest line read as a heading with its first item after a colon. */
const MAX_INLINE_HEADING_WORDS = 8;
const MAX_INLINE_TITLE_WORDS = 20;
/** Headings end early in the line: "المزيد عن:", "الكلمات المفتاحية:". */
const MAX_HEADING_CHARS = 24;

/** "المزيد عن: الشرق الأوسط", "الوسوم: انتخابات": a section heading with its first item after a colon. */
export function isInlineSectionHeading(line: string, words: number): boolean {
  // ("آخر الأخبار: عنوان قصة أخرى": a headline-long item, with no full stop, may follow the colon)
  if (words > MAX_INLINE_HEADING_WORDS && (words > MAX_INLINE_TITLE_WORDS || /[.!]$/u.test(line))) return false;
  const colon = line.indexOf(':');
  return colon > 0 && colon <= MAX_HEADING_CHARS && isSectionHeading(lineKey(line.slice(0, colon)));
}

/** A label and a note in brackets after it: "ملخص المقال (مولد بالذكاء الاصطناعي)", "جدول المحتويات [إخفاء]". */
const LABEL_WITH_NOTE = /^([^()[\]]{2,40}?)\s*(?:\([^()]{1,40}\)|\[[^[\]]{1,40}\])$/u;

/** The key of a line's label without a note in brackets after it (the whole line's key when it has none). */
export function labelKey(line: string): string {
  const m = LABEL_WITH_NOTE.exec(line);
  return lineKey(m === null ? line : m[1]!);
}

/** "صورة الكاتب أيمن البنا": the alt text of the writer's photo over the byline, as a key. */
const WRITER_PHOTO = gated(0, /^صوره (?:ال)?(?:كاتب|كاتبه|مؤلف|مؤلفه|محرر|محرره|مراسل|مراسله)(?: |$)/u, 'ص');
const MAX_WRITER_PHOTO_WORDS = 7;

const SWITCH_VERB_KEYS = SWITCH_VERBS.map(lineKey);
const MAX_SWITCH_WORDS = 6;

/** "تفعيل الوضع الداكن": a switch's verb and a line of chrome, the setting it switches (as keys). */
function isSwitch(key: string): boolean {
  for (const verb of SWITCH_VERB_KEYS) {
    if (key.startsWith(verb + ' ') && CHROME_LINE_KEYS.has(key.slice(verb.length + 1))) return true;
  }
  return false;
}

/** How long a recording plays, after a listen button ("3 دقائق", "دقيقتان"), as keys. */
const LISTEN_LENGTHS = 'دقيقه|دقيقتان|دقيقتين|دقائق|ثانيه|ثوان|ثانيتان|ثانيتين|ساعه';
/**
 * "استمع إلى النسخة الصوتية للمقال", "للاستماع إلى الخبر": a listen button, its verb first, "إلى" or "ل" right after it
 * and what it plays last (a key). A subject after the verb makes a sentence ("استمع الوزير إلى تفاصيل الخبر").
 */
// ("استمع إلى ملخص صوتي للمقال (دقيقتان)": with how long it plays after it)
const LISTEN_BUTTON = gated(0, new RegExp(`^(?:${LISTEN_VERBS.map(lineKey).join('|')}) (?:(?:الي |ل)(?:\\S+ ){0,3})?(?:${LISTEN_OBJECTS.map(lineKey).join('|')})(?: (?:\\d+ )?(?:${LISTEN_LENGTHS}))?$`, 'u'), 'ال');
const MAX_LISTEN_WORDS = 9;
/** "استمع على Spotify", "اشترك عبر أنغامي": a podcast's link to where it is heard, the whole line (key). */
// ("استمع على Spotify | Apple Podcasts | أنغامي": on several)
const LISTEN_ON = gated(0, new RegExp(`^(?:${LISTEN_VERBS.map(lineKey).join('|')}|تابعنا|تابعونا|اشترك|اشتركوا) (?:علي|عبر|في) (?:${keyAlternatives(PODCAST_PLATFORMS)})(?: و?(?:${keyAlternatives(PODCAST_PLATFORMS)}))*$`, 'u'), 'اتل');

const MACHINE_THING_KEYS = MACHINE_MADE_THINGS.map(lineKey);
/** "🔊 النسخة الصوتية بصوت المذيعة ريم فؤاد": a player's note on who reads the article aloud (key). */
const NARRATED_BY = gated(0, new RegExp(`^(?:${MACHINE_THING_KEYS.join('|')})(?: (?:للمقال|للخبر|للتقرير))? (?:بصوت|بقراءه|يقرؤها|تقرؤها|يقدمها|تقدمها)(?: \\S+){1,4}$`, 'u'), 'امه');
const MAX_NARRATED_WORDS = 9;
/** "خط مناسب لعسر القراءة: تشغيل", "تحديث تلقائي: مفعّل": a page's setting and its switch, a colon between (key). */
const SETTING_SWITCH = /^(?:\p{L}+ ){1,6}(?:تشغيل|ايقاف|مفعل|معطل|on|off)$/u;
const MAX_SETTING_SWITCH_WORDS = 7;
/** "جرّب: ما خلفية هذا القرار؟": an assistant's suggested question, "try" and a colon. */
const SUGGESTED_PROMPT = gated(SHAPE.COLON, /^(?:جرّب|جرب|جربي|اسأل مثلا)\s?[:：][^.:]+[؟?]$/u, 'اج');
const MAX_SUGGESTED_PROMPT_WORDS = 12;
/** "* الأرقام بالمليار دولار": a chart's note on its unit, under a star (key after it). */
const UNIT_NOTE = gated(0, /^(?:الارقام|القيم|المبالغ|البيانات|الاسعار|النسب) (?:بالمليار|بالمليون|بالالف|بالالاف|بملايين|بمليارات|بالدولار|بالريال|بالجنيه|بالدرهم|بالدينار|بالطن|بالالف طن|بالنسبه المئويه|بالمئه)(?: \p{L}+){0,2}$/u, 'ا');
const MAX_UNIT_NOTE_WORDS = 6;
/** "أعجب 1.2 ألف شخص بهذا", "حفظه 340 قارئا", "يقرأ هذا الخبر الآن 128 شخصا": a count of readers who did something (key). */
const READERS_DID = gated(SHAPE.DIGIT, /^(?:(?:اعجب|حفظه|حفظها|شاركه|شاركها) \d+(?: \d+)?(?: (?:الف|مليون))? (?:شخص|شخصا|قارئ|قارئا|قراء|مستخدم|مستخدما)(?: (?:بهذا|بهذه|به|بها))?|(?:يقرا|يتابع|يشاهد)(?: (?:هذا|هذه))? (?:الخبر|المقال|الموضوع|التقرير|الفيديو|القصه) (?:الان )?\d+(?: \d+)? (?:شخص|شخصا|قارئ|قارئا|قراء))$/u, 'احشي');
/** "🔥 رائج في مصر": a trending badge and its country (key). */
const TRENDING_IN = gated(0, /^(?:رائج|الاكثر رواجا|ترند|تريند)(?: الان)? في \p{L}+$/u, 'اتر');
const MAX_READERS_DID_WORDS = 9;
/** "تدريب صحفي مدفوع — قدّم الآن": a line ending on a button's call after a dash. */
// ("شحن مجاني | اشترِ الآن من Amazon": or after a bar, the store named after the call)
const DASHED_CALL = /\s[—–\-|｜]\s?(?:قدّم|قدم|سجّل|سجل|اشترك|احجز|اطلب|اشترِ|اشتر|حمّل|حمل|جرّب|جرب|ابدأ|انضم|تقدّم|تقدم|تسوّق|تسوق) (?:الآن|الان|مجانا|مجاناً|هنا)(?: من [\p{L}.]+)?$/u;
const MAX_DASHED_CALL_WORDS = 12;
/**
 * "* المتهم بريء حتى تثبت إدانته", "ملاحظة: القضية منظورة أمام القضاء", "* الأسماء الواردة مستعارة …", "نشر هذا الخبر
 * وفق قرار النيابة بحظر النشر الجزئي": a court story's legal note, never a sentence (key).
 */
const LEGAL_NOTE = /(?:بري\S* حتي تثبت ادانت|الاسماء (?:الوارده )?(?:في (?:هذا )?(?:التقرير|الخبر|المقال|القصه) )?مستعاره|(?:القضيه|الدعوي) (?:لا تزال )?منظوره (?:امام|لدي) (?:القضاء|المحكمه)|وفق قرار (?:\S+ ){0,3}بحظر النشر)/u;
const MAX_LEGAL_NOTE_WORDS = 16;
/** "توقيت مكة المكرمة 14:05": a clock strip, a place's time (key). */
// ("الساعة الآن 10:45": the clock with no place)
const LOCAL_CLOCK = gated(SHAPE.DIGIT, /^(?:توقيت|بتوقيت|الساعه الان في|الوقت الان في) \p{L}+(?: \p{L}+)? \d{1,2} \d{2}$|^(?:الساعه|الوقت) الان \d{1,2} \d{2}$/u, 'ابت');
/** "ترقبوا الجزء الثاني", "غدا: الحلقة الثانية من التحقيق": a teaser for a series' next part (key). */
const NEXT_PART_TEASER = gated(0, /^(?:غدا|قريبا|ترقبوا|انتظروا|تابعونا في|الاسبوع المقبل) (?:ال)?(?:حلقه|جزء)(?: \p{L}+){0,6}$/u, 'اتغق');
const MAX_NEXT_PART_WORDS = 9;
/** "شارك: 1.2 ألف", "↗ 45 مشاركة": a share button's count (key). */
const SHARE_COUNT = gated(SHAPE.DIGIT, /^(?:(?:شارك|مشاركه|مشاركات|المشاركات) \d+(?: \d+)?(?: (?:الف|مليون))?|\d+(?: \d+)?(?: (?:الف|مليون))? (?:مشاركه|مشاركات))$/u, '0123456789اشم');
/**
 * "45% نسبة النمو المتوقعة": a figure first, then what it counts, alone between paragraphs (no verb, no stop; no
 * preposition: "15% خفض في فاتورة الكهرباء" is a headline's phrase).
 */
const FIGURE_FIRST = gated(SHAPE.ANY_DIGIT | SHAPE.PERCENT, /^[\d٠-٩]+(?:[.,][\d٠-٩]+)?\s?[%٪] \p{L}+(?: (?!(?:في|من|على|إلى|الى|عن|لـ?)(?: |$))\p{L}+){0,4}$/u);
const MAX_FIGURE_FIRST_WORDS = 7;
/** "نُشر في: سياسة، عربي ودولي": the sections a story was filed under, after a label. */
const FILED_UNDER = /^(?:نُ?شر في|منشور في|في قسم|مصنف في)\s?[:：]\s?(.+)$/u;
const SECTIONS_SEPARATOR = /[،,|/]/u;
/** Whether a line names the sections a story was filed under, each part a section's name. */
function filedUnder(line: string): boolean {
  const m = FILED_UNDER.exec(line);
  return m !== null && m[1]!.split(SECTIONS_SEPARATOR).every((part) => part.trim() !== '' && isSectionKey(lineKey(part)));
}
/** "فنادق بأسعار تبدأ من 200 درهم", "السعر يبدأ من 145 ألف ريال": an offer's price from (key). */
const PRICE_FROM = gated(SHAPE.DIGIT, /^(?:\p{L}+ )?(?:باسعار|بسعر|اسعار|الاسعار|السعر|سعر) (?:تبدا|يبدا|ابتداء) من \d+(?: \d+)?(?: (?:الف|مليون))? \p{L}+$/u);
const MAX_PRICE_FROM_WORDS = 9;
/** "الخط الساخن للصحة النفسية: 16328": a hotline's name and number (key). */
const HOTLINE = gated(SHAPE.DIGIT, /^(?:ال)?خط (?:ال)?ساخن(?: \p{L}+){0,4} \d{3,}$/u, 'اخ');
/** "إمام وخطيب المسجد: الشيخ عبد الله المطلق": a mosque's imam credited by post, a colon and a name. */
const IMAM_CREDIT = gated(SHAPE.COLON, /^(?:إمام|امام|خطيب)(?: و(?:إمام|امام|خطيب))?(?: \p{L}+){0,3}\s?[:：]\s?(?:الشيخ |فضيلة الشيخ )?\p{L}+(?: \p{L}+){1,3}$/u, 'إاخ');
/** "مدة الرحلة من الرياض: 5 ساعات": a trip's length from a place, in hours or minutes (key; never a read time). */
const TRIP_LENGTH = gated(SHAPE.DIGIT, /^مده (?:ال)?(?:رحله|طيران|سفر)(?: (?:من|الي) \p{L}+(?: \p{L}+)?){1,2} \d+ (?:ساعه|ساعات|ساعتان|ساعتين|دقيقه|دقائق)$/u, 'م');
/** "تقييم IMDb: 7.8", "تقييم النقاد: 8/10": a title's score on a site or by a public (key). */
const SCORE_BY = gated(SHAPE.DIGIT, /^(?:تقييم|التقييم) (?:imdb|النقاد|الجمهور|المستخدمين|القراء|المشاهدين) \d+(?: \d+)?$/u, 'ات');
/** "سهم أرامكو: 27.85 ريال": a company's share and its price. */
const SHARE_PRICE = gated(SHAPE.ANY_DIGIT | SHAPE.COLON, /^سهم \p{L}+(?: \p{L}+)?\s?[:：]\s?[\d٠-٩]+(?:[.,][\d٠-٩]+)? (?:ريال|ريالا|دولار|دولارا|درهم|درهما|جنيه|جنيها|دينار|دينارا)$/u, 'س');
/** "للإيجار: فيلا بحديقة في الشيخ زايد", "مطلوب: محاسب بخبرة": a classified advertisement, its kind and a colon. */
const CLASSIFIED_AD = gated(SHAPE.COLON, /^(?:للبيع|للإيجار|للايجار|للتقبيل|مطلوب|مطلوبة)\s?[:：]\s?\S/u, 'لم');
const MAX_CLASSIFIED_AD_WORDS = 16;
const MACHINE_MAKER_KEYS = MACHINE_MAKERS.map(lineKey);
const MACHINE_VOICE_KEY = lineKey(MACHINE_VOICE);
/** Most words of a note that a model or a synthetic voice made a box or a player, and of a voice's line alone. */
const MAX_MACHINE_NOTE_WORDS = 14;
const MAX_MACHINE_VOICE_WORDS = 4;
/** Where the made thing may stand in the note: among its first four words ("تم إنشاء هذا الملخص"). */
const MACHINE_THING_WORDS = 4;

/**
 * "تمت الاستعانة بأدوات …", "استخدمنا …": a note that opens on the newsroom's use of a tool; "يمكنك الاستماع إلى هذا
 * المقال بصوت مولد …", on the reader's offered use of one (key).
 */
const MACHINE_USE_LEAD = gated(0, /^(?:تمت|تم) (?:الاستعانه|استخدام) |^(?:استعنا|استخدمنا|استخدم|استخدمت) |^(?:يمكنك|يمكنكم|بامكانك|بامكانكم) (?:الاستماع|سماع) /u, 'اتيب');
/** "حرر بواسطة الذكاء الاصطناعي وراجعه محرر": a note that opens on what a tool did to the text (key). */
const MACHINE_MADE_LEAD = gated(0, /^(?:حرر|كتب|صيغ|اعد|انتج|ولد|ترجم)ت? بواسطه /u, 'اتحصكو');

/**
 * "تم إنشاء هذا الملخص باستخدام الذكاء الاصطناعي", "صوت مولد آليا", "تمت الاستعانة بأدوات الذكاء الاصطناعي في إعداد
 * هذا النص": a note that a machine made (or helped make) the box, the player or the text.
 */
function isMachineNote(line: string, key: string, words: number): boolean {
  if (words > MAX_MACHINE_NOTE_WORDS || LIST_COMMA_MARK.test(line) || !MACHINE_MAKER_KEYS.some((m) => hasWord(key, m))) return false;
  if ((words <= MAX_MACHINE_VOICE_WORDS && key.startsWith(MACHINE_VOICE_KEY + ' ')) || MACHINE_MADE_LEAD.test(key) || MADE_BY_MACHINE.test(key)) return true;
  const opening = MACHINE_USE_LEAD.test(key) ? key : key.split(' ', MACHINE_THING_WORDS).join(' ');
  return MACHINE_THING_KEYS.some((t) => hasWord(opening, t));
}
/**
 * "ينتج بالذكاء الاصطناعي", "مولد آليا", "تم إنشاؤه بالذكاء الاصطناعي": a box's note alone that a model made it, the
 * thing made left unnamed (key; the maker is one of `MACHINE_MAKERS`).
 */
const MADE_BY_MACHINE = gated(0, new RegExp(
  `^(?:تم )?(?:[يت]نتج|[يت]نشا|[يت]ولد|مولد|مولده|منتج|منتجه|منشا|منشاه|انشاؤه|انشاوه|انشاوها|توليده|توليدها|انتاجه|انتاجها|مكتوب|مكتوبه|مصنوع|مصنوعه|مدعوم|مدعومه|بدعم من)(?: (?:باستخدام|عبر|من))? (?:${MACHINE_MAKERS.map(lineKey).join('|')})$`,
  'u',
), 'ابتمي');
/** A comma on the line: a sentence of the story ("الصوت مزيف، بحسب خبراء"), never a player's note. */
const LIST_COMMA_MARK = /[،,]/u;

/** Whether a line is a pin and a known place alone ("📍 الرياض", "📍 جدة، السعودية"). */
function pinnedPlace(line: string): boolean {
  const m = PIN_PLACE.exec(line);
  return m !== null && m[1]!.split(/[،,]\s?/u).every((part) => isKnownPlace(lineKey(part)));
}

/** Whether a single line is page chrome by itself. */
export function isChromeLine(line: string, key = lineKey(line), words = keyWords(key)): boolean {
  if (key === '') return true;
  if (!ARABIC_LETTER.test(line)) return true;
  // a single word that ends a sentence ("المشاركة.") is a fragment of hard-wrapped text, not a button
  if (key.length <= LONGEST_CHROME_LINE_KEY && CHROME_LINE_KEYS.has(key) && !(words === 1 && SENTENCE_FULL_STOP.test(line) && !END_KEYS.has(key))) return true;
  // "ملخص المقال (مولد بالذكاء الاصطناعي)": a chrome label with a note in brackets
  if ((line.endsWith(')') || line.endsWith(']')) && CHROME_LINE_KEYS.has(labelKey(line))) return true;
  if (words <= MAX_PREFIX_CHROME_WORDS && startsWithKey(key, CHROME_PREFIX_INDEX)) return true;
  if (words <= MAX_SWITCH_WORDS && isSwitch(key)) return true;
  if (words <= MAX_WRITER_PHOTO_WORDS && WRITER_PHOTO.test(key)) return true;
  if (words <= MAX_LISTEN_WORDS && (LISTEN_BUTTON.test(key) || LISTEN_ON.test(key)) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (isMachineNote(line, key, words)) return true;
  if (isSourceLine(line, key, words)) return true;
  if (URL_OR_HANDLE.test(line) || EMBED_SIGNATURE.test(line) || FACEBOOK_SIGNATURE.test(line) || CREDIT_AFTER_LABEL.test(line) || HASHTAGS_ONLY.test(line) || BREAKING_TICKER.test(line) || (words <= MAX_TAG_BAR_WORDS && SPACED_TAG_BAR.test(line))) return true;
  if (words <= MAX_MASTHEAD_WORDS && OUTLET_MASTHEAD.test(line)) return true;
  if (words <= MAX_PIN_PLACE_WORDS && pinnedPlace(line)) return true;
  if (AGENCY_END_MARK.test(line) || /^©/u.test(line) || (words <= MAX_SITE_COPYRIGHT_WORDS && SITE_COPYRIGHT.test(line)) || isRelativeTime(key) || CLOCK_TIME.test(key) || EDITOR_INITIALS.test(line) || SLASHED_INITIALS.test(line) || SPACED_INITIALS.test(line)) return true;
  if (isWidgetLine(line, key, words)) return true;
  // "تصحيح: ذكرت نسخة سابقة من هذا التقرير خطأً …": the editor's note on the story, not the story
  if (words <= MAX_EDITOR_NOTE_WORDS && isEditorNote(line, key)) return true;
  if (isContentWarning(key, words) || isPhraseNote(key, words)) return true;
  if (words <= MAX_PUBLICATION_NOTE_WORDS && isPublicationNote(key)) return true;
  if (words <= MAX_NAMES_CHANGED_WORDS && NAMES_CHANGED.test(key)) return true;
  if (WP_SHORTCODE.test(line)) return true;
  if ((words <= MAX_PICTURE_NOTE_WORDS && PICTURE_NOTE_SENTENCE.test(key)) || (words <= MAX_OWN_PIECE_POINTER_WORDS && OWN_PIECE_POINTER.test(key))) return true;
  if (words <= MAX_SECTION_NOTE_WORDS && (SURVEY_CALL.test(key) || SECTION_SPONSOR.test(key) || PLAYER_FALLBACK.test(key) || PRICES_NOTE.test(key) || WIRES_CONTRIBUTED.test(key) || ORIGINAL_RAN_IN.test(key) || (MEDIA_ABOVE.test(key) && line.includes(':')))) return true;
  if ((words <= MAX_VERDICT_WORDS && (FACT_CHECK_VERDICT.test(key) || PRINT_EDITION_LABEL.test(key))) || (words <= MAX_VERDICT_SCALE_WORDS && VERDICT_SCALE.test(key))) return true;
  if (words <= MAX_ISSUE_LINK_WORDS && (PRINT_PAGE.test(key) || (ISSUE_LINK.test(key) && !SENTENCE_FULL_STOP.test(line)))) return true;
  if (isMatchCardLine(line, key, words)) return true;
  // "للتواصل مع الكاتب: writer@example.com": a contact line that gives an e-mail address
  if (words <= MAX_CONTACT_WORDS && (EMAIL_ADDRESS.test(line) || PHONE_LINE.test(line) || HOTLINE_LINE.test(line))) return true;
  if (words <= MAX_WRITER_CONTACT_WORDS && WRITER_CONTACT.test(key) && WRITER_CONTACT_MEANS.test(line)) return true;
  // "الرقم: 2025/154": a release's reference number
  if (words <= MAX_REFERENCE_WORDS && REFERENCE_NUMBER.test(line)) return true;
  if (words <= MAX_LICENCE_WORDS && LICENCE_NUMBER.test(key)) return true;
  if (words <= MAX_NUMBERED_NOTE_WORDS && (LEGAL_REGISTRATION.test(key) || SERIES_NUMBER.test(key) || NOTICE_NUMBER.test(key))) return true;
  if (words <= MAX_SWITCH_WORDS && (AUTO_REFRESH.test(key) || ACCOUNT_JOINED.test(key))) return true;
  if (words <= MAX_TABLE_LINE_WORDS && (SCHEDULE_ROW.test(line) || (line.includes('|') && (barTableRow(line) || LABELLED_FIGURE_ROW.test(line))))) return true;
  if (words <= MAX_PRODUCED_WITH_WORDS && (PRODUCED_WITH.test(key) || FIRST_APPEARED_ON.test(key) || UPDATING_NOTE.test(key)) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (words <= MAX_NOW_TICKER_WORDS && NOW_TICKER.test(line) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (words <= MAX_COUNTDOWN_WORDS && STORY_LABEL.test(key) && line.includes(':')) return true;
  if (words <= MAX_COUNTDOWN_WORDS && (READ_COUNT.test(key) || STORY_RANK.test(key) || READERS_RATING.test(key) || NEXT_VIDEO_COUNTDOWN.test(key))) return true;
  if (words <= MAX_SHARE_BUTTON_WORDS && (SHARE_BUTTON.test(key) || NEWS_ON_CHANNEL.test(key) || WATCH_ON_PLATFORM.test(key) || SAVE_FOR_LATER.test(key))) return true;
  if (words <= MAX_EMBED_LABEL_WORDS && EMBED_LABEL.test(key)) return true;
  if (words <= MAX_SOUND_LINE_WORDS && SOUND_LINE.test(line)) return true;
  if (words <= MAX_LINK_LEAD_WORDS && LINK_LEAD.test(line) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (words <= MAX_KEYS_PROMPT_WORDS && (KEYS_PROMPT.test(line) || SHARE_ICONS.test(line) || TRENDING_BAR.test(line) || STALE_NOTICE.test(key) || FIRST_RUN_NOTE.test(key) || DEPARTMENT_PHONES.test(line))) return true;
  if (words <= MAX_LINK_LEAD_WORDS && (TITLE_WITH_COUNT.test(line) || TITLE_WITH_DATE.test(line)) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (words <= MAX_BROADCAST_WORDS && (FOLLOW_WRITER_ON.test(key) || FOLLOW_WRITER_COUNT.test(line) || SATELLITE_FREQUENCY.test(key) || ((BROADCAST_SLOT.test(key) || PROGRAMME_AT_HOUR.test(key)) && !SENTENCE_FULL_STOP.test(line)) || ON_OUR_SCREEN.test(key))) return true;
  if ((words <= MAX_THIRD_PARTY_WORDS && THIRD_PARTY_CONTENT.test(key)) || (words <= MAX_COMMENTS_CLOSED_WORDS && COMMENTS_CLOSED.test(key))) return true;
  if (words <= MAX_CLICK_TO_WORDS && CLICK_TO.test(key) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (words <= MAX_TRANSLATED_NOTE_WORDS && MACHINE_TRANSLATED.test(key)) return true;
  if (isPager(key, words) || isReactionRow(key, words)) return true;
  if (words <= MAX_COPYING_NOTE_WORDS && COPYING_FORBIDDEN.test(key)) return true;
  if (words <= MAX_CONTINUED_WORDS && REST_BELOW.test(key)) return true;
  if ((words <= MAX_SERIES_PART_WORDS && SERIES_PART.test(key)) || (words <= MAX_SERIES_LABEL_WORDS && SERIES_LABEL.test(line)) || (words <= MAX_SERIES_NOTE_WORDS && seriesNote(key))) return true;
  if (words <= MAX_LIVE_COVERAGE_WORDS && LIVE_COVERAGE_LEAD.test(line)) return true;
  if (words <= MAX_PREFIX_CHROME_WORDS && AD_LABEL_LEAD.test(line) && isChromeLine(line.replace(AD_LABEL_LEAD, ''))) return true;
  if (words <= MAX_NEWSLETTER_TAGLINE_WORDS && NEWSLETTER_TAGLINE.test(line) && !SENTENCE_FULL_STOP.test(line)) return true;
  // "⚠️ تنويه: الآراء الواردة تعبر عن كاتبها": a note's label before a line of chrome
  const noted = words <= MAX_PREFIX_CHROME_WORDS ? NOTE_LABEL_LEAD.exec(line) : null;
  if (noted !== null && isChromeLine(line.slice(noted[0].length))) return true;
  // "القاهرة 28°C", "الرياض 31°": a weather widget
  if (words <= MAX_WEATHER_WORDS && DEGREES.test(line)) return true;
  if (words <= MAX_WEATHER_WORDS && cityHighAndLow(line)) return true;
  if (words <= MAX_PLACE_NEWS_WORDS && placeNews(key)) return true;
  if (words <= MAX_LABELLED_WEATHER_WORDS && ((WEATHER_LABEL.test(key) && (DEGREES_LAST.test(line.trimEnd()) || HIGH_AND_LOW.test(key))) || DEGREES_THEN_SKY.test(line.trimEnd()))) return true;
  if (words <= MAX_TIME_ZONE_WORDS && TIME_ZONE_NOTE.test(key)) return true;
  if ((words <= MAX_MARKET_DATA_NOTE_WORDS && MARKET_DATA_NOTE.test(key)) || (words <= MAX_HELPLINE_WORDS && HELPLINE_NOTE.test(key))) return true;
  if (words <= MAX_TABLE_ROW_WORDS && ((words <= MAX_FORECAST_ROW_WORDS && FORECAST_ROW.test(line)) || FLIGHT_ROW.test(line) || TIMETABLE_ROW.test(line) || DEPARTURES_ROW.test(line))) return true;
  if (words <= MAX_VERIFIED_NOTE_WORDS && VERIFIED_NOTE.test(key)) return true;
  if (words <= MAX_DRAW_ROW_WORDS && DRAW_ROW.test(line)) return true;
  if ((words <= MAX_STANDINGS_ROW_WORDS && STANDINGS_ROW.test(key)) || (words <= MAX_FIXTURE_SLOT_WORDS && FIXTURE_SLOT.test(key))) return true;
  if ((words <= MAX_STANDINGS_WORDS && STANDINGS_AFTER_ROUND.test(key)) || (words <= MAX_RANKS_LINE_WORDS && RANKS_LINE.test(line)) || (words <= MAX_FORM_GUIDE_WORDS && FORM_GUIDE.test(line))) return true;
  if ((words <= MAX_POLL_QUESTION_WORDS && POLL_QUESTION.test(line)) || (words <= MAX_POLL_RESULTS_WORDS && POLL_RESULTS.test(line))) return true;
  if (words <= MAX_NEWSLETTER_WORDS && NEWSLETTER_HEAD.test(key) && NEWSLETTER_INBOX.test(key)) return true;
  if ((words <= MAX_COMPETITION_STAGE_WORDS && COMPETITION_STAGE.test(key)) || (words <= MAX_BROADCAST_NOTE_WORDS && BROADCAST_NOTE.test(key) && !SENTENCE_FULL_STOP.test(line)) || (words <= MAX_AIRING_NOTE_WORDS && AIRING_NOTE.test(key))) return true;
  if ((words <= MAX_RESULTS_LINE_WORDS && RESULTS_LINE.test(line)) || (words <= MAX_STANDINGS_BAR_ROW_WORDS && STANDINGS_BAR_ROW.test(line))) return true;
  if (words <= MAX_CONTINUE_WORDS && CONTINUE_LINK.test(key)) return true;
  if ((words <= MAX_FACT_LINE_WORDS && FACT_LINE.test(line)) || (words <= MAX_RIGHT_OF_REPLY_WORDS && RIGHT_OF_REPLY.test(key) && !SENTENCE_FULL_STOP.test(line))) return true;
  if ((words <= MAX_CHART_FIGURE_WORDS && CHART_FIGURE_LINE.test(line)) || (words <= MAX_GLYPH_TEASER_WORDS && GLYPH_TEASER.test(line))) return true;
  if ((words <= MAX_TRANSCRIPT_LABEL_WORDS && TRANSCRIPT_LABEL.test(line)) || (words <= MAX_NUMBERED_PICTURE_WORDS && NUMBERED_PICTURE.test(line))) return true;
  if (words <= MAX_PHOTO_OF_WORDS && photoOfPerson(key)) return true;
  if ((words <= MAX_CAMERA_LINE_WORDS && CAMERA_LINE.test(line)) || (words <= MAX_PLAYER_LINE_WORDS && (PLAYER_SETTING.test(key) || AD_COUNTDOWN.test(key)))) return true;
  if (words <= MAX_STARRED_WORDS && LEADING_STARS.test(line)) return true;
  if ((words <= MAX_GREETING_WORDS && SEASON_GREETING.test(key)) || (words <= MAX_RATE_EQUATION_WORDS && line.includes('=') && RATE_EQUATION.test(line))) return true;
  if ((words <= MAX_ALERT_WORDS && ALERT_BANNER.test(line)) || (words <= MAX_WARNING_SIGN_WORDS && WARNING_SIGN_LINE.test(line) && !SENTENCE_FULL_STOP.test(line))) return true;
  if (isButtonRow(key, words)) return true;
  // "الاتحاد - جميع الحقوق محفوظة": the rights notice after the site's name
  if (words <= MAX_RIGHTS_LINE_WORDS && (key.includes(RIGHTS_RESERVED) || key.includes(PUBLISHING_RIGHTS_RESERVED))) return true;
  if (isMastheadPosts(key, words) || (words <= MAX_DATE_LABEL_WORDS && DATE_LABEL_ALONE.test(line))) return true;
  // "أ+", "أ-", "ع": a single letter is a button, never text
  if (key.length === 1) return true;
  // widgets, menus and calls are short lines
  if (words <= MAX_FEEDBACK_WORDS && FEEDBACK_QUESTION.test(key)) return true;
  // "محدث | 2.5 ألف مشاهدة": widgets parted by a bar, each chrome on its own
  if (words <= MAX_BARRED_WIDGET_WORDS && line.includes(' | ') && line.split(' | ').every((part) => part.trim() !== '' && isChromeLine(part.trim()))) return true;
  // "تطبيق الخبر | ★★★★☆ | حمّل": an app's rating, a row of short cells with one of stars
  if (words <= MAX_BARRED_WIDGET_WORDS && line.includes(' | ') && STAR_RUN.test(line) && line.split(' | ').every((part) => part.trim() !== '' && keyWords(lineKey(part)) <= MAX_RATED_CELL_WORDS)) return true;
  // "العنوان: شارع الملك فهد، الرياض": the outlet's address at the foot
  if (words <= MAX_ADDRESS_WORDS && (ADDRESS_LINE.test(key) || PO_BOX.test(key))) return true;
  // "بالشراكة مع بنك الخليج": a sponsor's line (a short one, never a sentence)
  // (a headline that opens so carries its punctuation: "بالتعاون مع اليونسكو.. إطلاق مبادرة")
  if (((words <= MAX_SPONSOR_WORDS && SPONSOR_LINE.test(key)) || (words <= MAX_SPONSORED_CONTENT_WORDS && SPONSORED_CONTENT.test(key))) && (!SPONSOR_PUNCTUATION.test(line) || SPONSOR_LABEL.test(line))) return true;
  // "دولار 3.75 ريال", "الذهب 2650": a rate widget
  if (words <= MAX_RATE_WORDS && RATE_LINE.test(key)) return true;
  if (words <= MAX_GOLD_PRICE_WORDS && (GOLD_PRICE.test(key) || GOLD_OUNCE.test(key))) return true;
  if ((words <= MAX_PRAYER_WIDGET_WORDS && (PRAYER_LABEL.test(key) || NEXT_PRAYER.test(key))) || (words <= MAX_INDEX_POINTS_WORDS && INDEX_POINTS.test(key) && WIDGET_MARKS.test(line))) return true;
  if (words <= MAX_SMS_CALL_WORDS && SMS_CALL.test(key)) return true;
  // a podcast's or video's "الحلقة 25" and "مدة الحلقة: 30 دقيقة" (a running time, never the article's read time)
  if (words <= MAX_EPISODE_WORDS && (EPISODE_LABEL.test(key) || RUNNING_TIME.test(key))) return true;
  if (words <= MAX_EPISODE_WORDS && PLAYER_LENGTH.test(key) && (!KEY_DIGIT_LEAD.test(key) || PLAY_GLYPH_LEAD.test(line))) return true;
  if (words <= MAX_REPRINTED_WORDS && REPRINTED_FROM.test(key) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (words <= MAX_TAKEN_FROM_WORDS && (TAKEN_FROM_NOTE.test(key) || (PREPARED_FROM_NOTE.test(key) && !SENTENCE_FULL_STOP.test(line)))) return true;
  if (words <= MAX_FIRST_RAN_WORDS && (FIRST_RAN_IN.test(key) || RAN_IN_LANGUAGE_IN.test(key))) return true;
  if (words <= MAX_SHORT_NOTE_WORDS && (QUOTED_SOURCE_NOTE.test(line) || NEW_POSTS_BUTTON.test(key) || EDITION_NAME.test(key) || EPISODE_LINE.test(key) || JUMP_LINK.test(line))) return true;
  // ("ضيف الحلقة: د. سامر القيسي، أستاذ الاقتصاد في جامعة بغداد": the guest's label, the name and the post)
  if (words <= MAX_GUEST_LINE_WORDS && GUEST_LINE.test(line)) return true;
  if (words <= MAX_SHORT_NOTE_WORDS && WRITER_ARTICLE_COUNT_GATE.test(line) && placeAndArticleCount(line)) return true;
  if (words <= MAX_SHORT_NOTE_WORDS && (PLAYER_SPEEDS.test(key) || WRITER_ARTICLE_COUNT.test(key) || VOTES_COUNTED.test(key) || UPDATE_COUNT.test(key) || TRANSLATE_MENU.test(key) || LANGUAGE_SWITCH.test(key) || PRINT_PAGE_LINE.test(key) || PRINT_PAGE_SECTION.test(line) || VOLUME_YEAR.test(key) || PART_OF_SERIES.test(key) || WEATHER_READING.test(line))) return true;
  if (words <= MAX_SHORT_NOTE_WORDS && ((EVENT_TIME.test(key) && line.includes(':')) || SOLD_AT.test(line) || PLATFORM_HANDLE.test(line) || BACKGROUND_LABEL.test(line) || MATCH_EVENT.test(line))) return true;
  if (words <= MAX_OWN_PIECE_NOTE_WORDS && OWN_PIECE_NOTE.test(key)) return true;
  if ((words <= MAX_RAN_WITH_WORDS && RAN_WITH.test(key)) || (words <= MAX_SUPPORTED_BY_NOTE_WORDS && SUPPORTED_BY_NOTE.test(key) && !SENTENCE_FULL_STOP.test(line))) return true;
  if (words <= MAX_OFFER_WORDS && (COUPON_CODE.test(line) || LIMITED_OFFER.test(key) || ADVERTISE_CALL.test(key)) && !SENTENCE_FULL_STOP.test(line)) return true;
  if (words <= MAX_MARKET_TICKER_WORDS && MARKET_TICKER.test(line)) return true;
  if (words <= MAX_MARKET_QUOTE_WORDS && MARKET_QUOTE.test(line)) return true;
  if (words <= MAX_WORLD_CLOCK_WORDS && line.includes(':') && worldClock(line)) return true;
  if (words <= MAX_FOOTNOTE_WORDS && isFootnote(line, key)) return true;
  if (isEmbeddedPostFoot(key, words)) return true;
  if (words <= MAX_ZODIAC_WORDS && ZODIAC_LINE.test(line)) return true;
  if (words <= MAX_SETTING_SWITCH_WORDS && line.includes(':') && SETTING_SWITCH.test(key)) return true;
  if (words <= MAX_READERS_DID_WORDS && (READERS_DID.test(key) || TRENDING_IN.test(key) || LOCAL_CLOCK.test(key) || SHARE_COUNT.test(key))) return true;
  if (words <= MAX_SHORT_NOTE_WORDS && (TRIP_LENGTH.test(key) || SCORE_BY.test(key) || SHARE_PRICE.test(line))) return true;
  if ((words <= MAX_PRICE_FROM_WORDS && PRICE_FROM.test(key)) || (words <= MAX_SHORT_NOTE_WORDS && (HOTLINE.test(key) || IMAM_CREDIT.test(line)))) return true;
  if ((words <= MAX_NEXT_PART_WORDS && NEXT_PART_TEASER.test(key)) || (words <= MAX_FIGURE_FIRST_WORDS && FIGURE_FIRST.test(line)) || (words <= MAX_SHORT_NOTE_WORDS && filedUnder(line))) return true;
  if ((words <= MAX_DASHED_CALL_WORDS && DASHED_CALL.test(line)) || (words <= MAX_LEGAL_NOTE_WORDS && LEGAL_NOTE.test(key) && !SENTENCE_FULL_STOP.test(line))) return true;
  if ((words <= MAX_SUGGESTED_PROMPT_WORDS && SUGGESTED_PROMPT.test(line)) || (words <= MAX_UNIT_NOTE_WORDS && line.charCodeAt(0) === STAR && UNIT_NOTE.test(key))) return true;
  if ((words <= MAX_NARRATED_WORDS && NARRATED_BY.test(key)) || (words <= MAX_CLASSIFIED_AD_WORDS && CLASSIFIED_AD.test(line))) return true;
  if (words <= MAX_DOCUMENT_LINK_WORDS && DOCUMENT_LINK.test(line)) return true;
  if (words <= MAX_GREETING_WORDS && MEMBER_GREETING.test(line)) return true;
  // (a live page's dated entry is a sentence: "1/12 - وصل الوفد إلى المطار.")
  if (words <= MAX_NUMBERED_CAPTION_WORDS && ((NUMBERED_CAPTION.test(line) && !SENTENCE_FULL_STOP.test(line)) || CAPTION_THEN_PHOTOGRAPHER.test(line))) return true;
  if (words <= MAX_ORIGINAL_TEXT_WORDS && ORIGINAL_TEXT.test(key)) return true;
  if (words <= MAX_SYMBOL_COUNT_WORDS && (SYMBOL_COUNT.test(line) || STORY_IN_SECONDS.test(key) || RANK_BADGE.test(key))) return true;
  if (words <= MAX_LANGUAGE_NOTE_WORDS && (AVAILABLE_IN_LANGUAGE.test(key) || FIRST_RAN_IN_LANGUAGE.test(key) || READ_PROGRESS.test(key) || TIME_LEFT.test(key) || TRANSLATED_FROM_LANGUAGE.test(key))) return true;
  if (words <= MAX_MARKET_ROW_WORDS && (SHARE_QUOTE.test(line) || isMarketHeaderRow(line))) return true;
  if (words <= MAX_SECTION_ROW_WORDS && SECTION_ROW.test(line)) return true;
  // "تتمة ص 7": a print page's pointer to where the story goes on
  if (words <= MAX_CONTINUED_WORDS && CONTINUED_ON_PAGE.test(key)) return true;
  // "آخر التطورات لحظة بلحظة": a live page's tagline
  if (words <= MAX_LIVE_TAGLINE_WORDS && LIVE_TAGLINE.test(key)) return true;
  if (words <= MAX_MENU_WORDS && (isCounter(key, words) || isLetterWidget(key, words) || isLabelledLetterWidget(key) || FONT_SIZE_BUTTONS.test(key) || isMenu(line, words) || isCallToAction(line, key, words) || isPlatformBar(key, words) || isActionBar(key, words))) return true;
  // gallery positions, photo credits, notes on the writer and video pointers are short lines too
  if ((words <= MAX_VIDEO_BELOW_CALL_WORDS && VIDEO_BELOW_CALL.test(key)) || (words <= MAX_QUIZ_CALL_WORDS && (QUIZ_CALL.test(key) || TAKERS_COUNT.test(key)))) return true;
  if (words <= MAX_POINTER_WORDS && (isButton(key, words) || isBreadcrumb(line, words) || GALLERY_POSITION.test(key) || PRAYER_TIME.test(key) || PHOTO_CREDIT.test(line) || NEWSROOM_CREDIT.test(line) || isNonWriterCredit(line) || isMastheadCredit(line) || isWriterNote(line, key, words) || VIDEO_POINTER.test(line) || PLAYED_VIDEO_POINTER.test(line) || (words <= MAX_PODCAST_POINTER_WORDS && PODCAST_POINTER.test(line)))) return true;
  if (words <= MAX_PODCAST_LINK_WORDS && PODCAST_LINK.test(line)) return true;
  if ((line.charCodeAt(0) === OPEN_BRACKET || line.charCodeAt(0) === OPEN_SQUARE) && (BRACKETED_POINTER.test(line) || (words <= MAX_BRACKETED_NOTE_WORDS && BRACKETED_NOTE.test(line)))) return true;
  if (line.charCodeAt(0) === OPEN_SQUARE && words <= MAX_SQUARE_TITLE_WORDS && SQUARE_TITLE.test(line)) return true;
  // comment policies and disclaimers: "… مراجعة التعليقات قبل نشرها … سياسة الخصوصية …"
  if (words <= MAX_DISCLAIMER_WORDS && disclaimerTerms(key) >= 2) return true;
  if (words <= MAX_PARTED_CHROME_WORDS && partedChrome(line)) return true;
  if (isBoxLine(line, key, words)) return true;
  return isCaption(line, key, words);
}

/** Words that name a clip of sound or video, after an emoji or none: the head of a player's label. */
const CLIP_WORD = '(?:فيديو|بالفيديو|مقطع (?:صوتي|فيديو|مصور)|تسجيل (?:صوتي|مصور)|استمع|استمعي|استمعوا|شاهد|شاهدوا|بودكاست)';
/**
 * "فيديو (1:45) - مشاهد من موقع الحادث", "🎧 استمع للتصريح (0:45)", "مقطع صوتي | 1:20": a player's label, the clip's
 * running time in brackets or after a bar; "تسجيل صوتي: مقتطف من كلمة الوزير": its label and a few words on it.
 */
const CLIP_WITH_TIME = gated(SHAPE.DIGIT | SHAPE.COLON, new RegExp(`^(?:\\p{Extended_Pictographic}\uFE0F?\\s?)?${CLIP_WORD}(?![\\p{L}])(?:[^.!؟?]*\\(\\d{1,2}:\\d{2}\\)|\\s?\\|\\s?\\d{1,2}:\\d{2}(?!\\d))`, 'u'));
const CLIP_LABEL = /^(?:\p{Extended_Pictographic}\uFE0F?\s?)?(?:مقطع|تسجيل) (?:صوتي|مصور|فيديو)\s?[:：|]\s?[^.!؟?]*$/u;
const MAX_CLIP_WORDS = 14;
/** "نهاية الشوط الأول: الهلال 1-0 النصر": a match's score at a break, a live card's line (on the key). */
// ("انتهت المباراة: الهلال 3 - 1 النصر", "ركلات الترجيح: الأهلي 4-3 الزمالك": the final score, the shoot-out's)
const SCORE_AT_BREAK = gated(SHAPE.DIGIT, /^(?:(?:نهايه|انتهاء|ختام|بدايه) (?:الشوط (?:الاول|الثاني)|المباراه|اللقاء|الوقت الاصلي)|انتهت المباراه|ركلات الترجيح|النتيجه النهائيه)(?: \p{L}+){0,3} \d{1,2} \d{1,2}(?: \p{L}+){0,3}$/u, 'ابخنر');
/**
 * "د 67 | هدف", "الدقيقة 90+2: بطاقة صفراء": a match's minute and what happened in it, a live card's line (a live
 * report's entry tells it in a sentence: "الدقيقة 67: هدف أول للهلال عبر سالم الدوسري").
 */
const MINUTE_EVENT = gated(SHAPE.DIGIT, /^(?:د|الدقيقة|الدقيقه)\s?\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’]?\s?[|:：–-]\s?(?:هدف|بطاقة|بطاقه|تبديل|ركلة|ركله|طرد|إنذار|انذار|ضربة|ضربه|تسلل|إصابة|اصابه)(?: [^\s.!؟?]+){0,2}$/u, 'اد');
/** "ربع النهائي: الاتحاد ضد السد": a fixture under its round's name. */
const STAGE_FIXTURE = gated(SHAPE.COLON, /^(?:ربع النهائي|نصف النهائي|ثمن النهائي|النهائي|دور ال\d+|الجولة \d+|المجموعة \p{L}+)\s?[:：]\s?\p{L}+(?: \p{L}+)? (?:ضد|×|vs) \p{L}+(?: \p{L}+)?$/u, 'اثدرن');
const MAX_MATCH_CARD_WORDS = 10;
/**
 * "مباريات 24 | أهداف 15 | صناعة 7", "🛏 4 غرف | 🛁 3 حمامات | 📐 250 م²", "🌍 زلزال بقوة 6.1 | العمق 15 كم": a card's
 * figures parted by bars, a few words each, two figures at least (fewer cells than `barTableRow` asks for).
 */
function barredFigures(line: string): boolean {
  const cells = line.split(BAR_CELL);
  // (a data table's row, "القاهرة | 7.2 مليون | 41%", opens on a label with no figure or holds a figure alone in a cell)
  if (cells.length < 2 || cells.length > MAX_BARRED_FIGURE_CELLS || !DIGIT.test(cells[0]!)) return false;
  let figures = 0;
  for (const cell of cells) {
    const c = cell.trim();
    if (c === '' || c.split(' ').length > MAX_BARRED_FIGURE_CELL_WORDS || SENTENCE_FULL_STOP.test(c) || BARE_FIGURE.test(c)) return false;
    if (DIGIT.test(c)) figures++;
  }
  return figures >= 2 && figures >= cells.length - 1;
}
/** "41%", "2019", "-3.5": a cell that is a figure and nothing else, a data table's. */
const BARE_FIGURE = /^[\d٠-٩.,٫%٪+\-−\s]+$/u;
const MAX_BARRED_FIGURE_CELLS = 6;
const MAX_BARRED_FIGURE_CELL_WORDS = 5;
const DIGIT = gated(SHAPE.ANY_DIGIT, /[\d٠-٩]/u);
/** "من مؤلفات الكاتب", "أحدث إصداراته": the head of a writer's list of books (on the key), alone or before a title. */
const WRITER_WORKS = gated(0, /^(?:من|احدث|اخر|اهم|ابرز) (?:مؤلفات|اصدارات|كتب|روايات|دواوين)(?:ه|ها)?(?: (?:الكاتب|الكاتبه|المؤلف|المؤلفه|الشاعر|الشاعره))?$/u, 'ام');
const WRITER_WORKS_TITLED = gated(SHAPE.COLON, /^(?:أحدث|احدث|آخر|اخر|أهم|اهم|أبرز|ابرز|من) (?:مؤلفاته|مؤلفاتها|إصداراته|إصداراتها|اصداراته|اصداراتها|كتبه|كتبها|رواياته|رواياتها)\s?[:：]\s?(?:(?:رواية|كتاب|ديوان|مجموعة قصصية) )?[«"“][^»"”]+[»"”]$/u, 'آأام');
/** Most words of a writer's latest book and its label ("أحدث إصداراتها: رواية «بيت الريح»"). */
const MAX_WRITER_WORKS_WORDS = 10;
/** "«مملكة الفراشة» (2013)": a book's title and its year, a line of a writer's list of books. */
const BOOK_ENTRY = gated(SHAPE.DIGIT | SHAPE.PAREN, /^[«"“][^»"”]{2,60}[»"”]\s?\((?:1[89]|20)\d{2}\)$/u, '\u0022\u00ab\u201c');
/** "اشتر الكتاب من متجر جملون": a call to buy the book (on the key). */
const BUY_CALL = gated(0, /^(?:اشتر|اشتري|اطلب|اطلبي|احجز|احجزي) (?:الكتاب|الروايه|نسختك|نسخه|نسختها|العدد)(?: \S+){0,4}$/u, 'ا');
/** "هذا المقال متاح للمشتركين", "هذه المادة متاحة لمشتركي النسخة المميزة فقط": a paywall's note (on the key). */
const SUBSCRIBERS_ONLY = gated(0, /^(?:هذا|هذه) (?:المقال|المقاله|الماده|الخبر|التقرير|القصه|المحتوي|التحليل) (?:متاح|متاحه|حصري|حصريه|مخصص|مخصصه) (?:فقط )?(?:للمشتركين|للمشتركات|للاعضاء|للمشتركين في \S+|لمشتركي(?: \S+){1,2})(?: فقط)?$/u, 'ه');
/** "منذ ساعتين: انقطاع الكهرباء": a live ticker's entry, how long ago and a title after a colon. */
const TIMED_ENTRY = /^([^:：]{3,20}?)\s?[:：]\s?[^.!؟?:：]{2,80}$/u;
const MAX_TIMED_ENTRY_WORDS = 10;
/** "من الأحد إلى الخميس: 8 ص - 3 م": an office's opening hours (on the key). */
const DAY_KEY = '(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)';
const HOUR_KEY = '\\d{1,2}(?: \\d{2})?(?: (?:ص|م|صباحا|مساء|ظهرا))?';
const OPENING_HOURS = gated(SHAPE.DIGIT, new RegExp(`^(?:من )?(?:يوم )?${DAY_KEY}(?: (?:الي|حتي) ${DAY_KEY})? ${HOUR_KEY} (?:الي |حتي )?${HOUR_KEY}$`, 'u'), 'امي');
/** "أدخل رقم الجلوس ثم اضغط بحث": a form's prompt (key); "رابط الاستعلام عن النتيجة": a link's label alone (key). */
const FORM_PROMPT = gated(0, /^(?:ادخل|اكتب|اختر)(?: \S+){1,5} (?:ثم|و) (?:اضغط|انقر)(?: علي)? (?:بحث|ارسال|استعلام|تسجيل|دخول|زر \S+)$/u, 'ا');
const LINK_LABEL = gated(0, /^رابط (?:الاستعلام|التسجيل|التقديم|الحجز|البث المباشر|البث|المشاهده|التحميل|النتيجه|النتائج)(?: \S+){0,3}$/u, 'ر');
const MAX_FORM_WORDS = 8;

/** Whether a short line is a widget's or a box's, one of the families above. */
function isBoxLine(line: string, key: string, words: number): boolean {
  if (words <= MAX_CLIP_WORDS && (CLIP_WITH_TIME.test(line) || CLIP_LABEL.test(line))) return true;
  if (words <= MAX_MATCH_CARD_WORDS && ((SCORE_AT_BREAK.test(key) && line.includes(':')) || MINUTE_EVENT.test(line) || STAGE_FIXTURE.test(line))) return true;
  if (words <= MAX_TABLE_LINE_WORDS && line.includes('|') && barredFigures(line)) return true;
  if (words <= MAX_FORM_WORDS && (WRITER_WORKS.test(key) || BOOK_ENTRY.test(line) || BUY_CALL.test(key) || SUBSCRIBERS_ONLY.test(key) || OPENING_HOURS.test(key) || FORM_PROMPT.test(key) || LINK_LABEL.test(key))) return true;
  if (words <= MAX_WRITER_WORKS_WORDS && WRITER_WORKS_TITLED.test(line)) return true;
  if (words <= MAX_TIMED_ENTRY_WORDS && !SENTENCE_FULL_STOP.test(line)) {
    const timed = TIMED_ENTRY.exec(line);
    if (timed !== null && isRelativeTime(lineKey(timed[1]!))) return true;
  }
  return false;
}

/** "آخر التطورات لحظة بلحظة", "الأحداث أولا بأول": a live page's tagline, a few words and "as it happens" last (a key). */
const LIVE_TAGLINE = /^(?:\S+ ){1,3}(?:لحظه بلحظه|اولا باول)$/u;
const MAX_LIVE_TAGLINE_WORDS = 5;

/** A bullet or a bar between spaces, parting a line's pieces: "12 ألف مشاهدة • قبل يومين". */
const PIECE_SEPARATOR = /\s[•·|｜]\s/u;
const MAX_PARTED_CHROME_WORDS = 12;

/** "12 ألف مشاهدة • قبل يومين", "الرئيسية | الأخبار": a line of two pieces or more behind bullets or bars, each chrome. */
function partedChrome(line: string): boolean {
  if (!PIECE_SEPARATOR.test(line)) return false;
  const pieces = line.split(PIECE_SEPARATOR).map((p) => p.trim());
  return pieces.length >= 2 && pieces.every((p) => p !== '' && isChromeLine(p));
}

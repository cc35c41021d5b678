import { ANSWER_LABELS, CONJUNCTION_OPENERS, NAME_JOINERS, PARAGRAPH_OPENERS, QUESTION_LABELS, SENTENCE_CONNECTORS, SPEAKING_ORGANISATION_HEADS } from '../lexicon/function-words.js';
import { findDate, type DateFound } from '../metadata/date.js';
import { isHeadlineLike, outletSuffix, sectionLabelAround } from '../metadata/headline.js';
import { parseMinutesAlone, parseMinutesBadge } from '../metadata/read-time.js';
import { cueOf } from '../quotes/cue-index.js';
import { bareAuthors, bareLatinName, bareOrFamilyName, classifyPart, hasDeskPart, isPersonLike, parseBylineLine, placeList, ROUND_PIN, SPACED_DASH, withoutSymbols, writerOfHeadline } from '../metadata/byline.js';
import { isKnownPlace, isRoleHead, isWriterCalling, isWriterTitle, NISBA_FAMILY, opensOnWriterTrade, startsWithGivenName } from '../metadata/known.js';
import {
  ABOUT_OUTLET_HEADINGS, AD_LABELS, BOOK_AUTHOR_LABELS, CALL_VERBS, READ_CALLS, SHARE_VERBS, BOOK_CARD_LABELS, BOX_END_BUTTONS, CITE_HEADINGS, COMMENT_BUTTONS, COMMENT_THREAD_HEADINGS, COMPANY_BOX_HEADINGS, CONTENTS_LABELS, END_MARKERS, KICKER_LABELS, LONE_CREDIT_LABELS,
  LONE_NON_WRITER_LABELS, CLAIM_LABELS, FAQ_HEADINGS, POLL_ANSWERS, QA_GENRE_LABELS, MEDIA_CONTACT_LABELS, MEDIA_TITLE_LABELS, NOTES_HEADINGS, PROFILE_BOX_HEADINGS, WRITER_ARTICLE_LINKS, OPINION_LABELS, PLACE_LABELS, READ_TIME_LABELS, SOURCE_LABELS, SUMMARY_LABELS, INFO_BOX_HEADINGS, FACT_BOX_HEADINGS,
  GENRE_HEADS, WATCH_CALLS, SECTION_NAMES, SECTION_NAME_HEADS, QUIZ_HEADINGS, FOOT_CALL_IMPERATIVES, TICKER_LABELS, SORT_CONTROLS, SUPPLEMENT_HEADS, SUPPORT_BOX_HEADINGS, WRITER_BOX_HEADINGS, POLL_LABELS,
} from '../lexicon/chrome.js';
import { ABOUT_BODY_HEADING, conjoinedOpening, isCaption, isChromeLine, isClockTime, isEditorNoteOver, isGalleryPointer, isMastheadPosts, isSourceLine, isWriterBio, isStoryPointer, isTicker, labelKey, liveCoverageTitle, NOTE_NUMBER, QUOTE_MARK_IN_LINE } from './chrome.js';
import { ACADEMIC_HOUSES, DESK_FIELDS, NEWSROOM_DESKS, RESEARCH_HOUSES, SECTION_LIKE_OUTLETS, SITE_NAME_HEADS } from '../lexicon/agencies.js';
import type { Byline } from '../schema.js';
import type { ClassifiedLine, LineInfo } from './line.js';
import { hasWord, keyWords, lineKey } from '../normalize/key.js';
import { foldText } from '../normalize/fold.js';
import { FEH, WAW } from '../normalize/codes.js';
import { trimChars } from '../normalize/trim.js';
import { gated, SHAPE } from '../normalize/gate.js';

/** The article's parts as laid out in the text, before quotes. */
export interface Layout {
  headline: string;
  paragraphs: string[];
  boilerplate: string[];
  dates: DateFound[];
  bylines: Byline[];
  statedMinutes: number | null;
  /** How many boilerplate entries precede the first body paragraph (where a lead prefix belongs). */
  boilerplateBeforeBody: number;
}

/** A key of definite words only ("النسخه الورقيه"). */
const ALL_DEFINITE = gated(0, /^ال\S+(?: ال\S+)+$/u, 'ا');
const SENTENCE_END = /[.!؟?…:]["»”']?\)?$/u;
/** A sentence of six words or more ended by one full stop (never a title's ".."), more words after it on the line. */
const INNER_SENTENCE_END = /^(?:\S+ ){5,}\S*[^.\s]\. \p{L}/u;
/** Related-story titles often end in a question mark; a body paragraph ends in a full stop or colon. */
const PARAGRAPH_END = /(?:(?<!\.)\.|[…:])["»”']?\)?$/u;
const MIN_HEADLINE_WORDS = 3;
/** Most words of a deck right under the headline, over the writer or the date, read as the header's. */
const MAX_DECK_WORDS = 25;
const MAX_HEADLINE_WITH_STOP = 6;
const MAX_BARE_AUTHOR_WORDS = 3;
/** Longest line read as names alone (three names of four words and their joiners). */
const MAX_BARE_NAMES_WORDS = 12;
/** Longest line read as the site's own name above the headline. */
const MAX_SITE_NAME_WORDS = 3;
const SITE_NAME_HEAD_KEYS = new Set(SITE_NAME_HEADS.map(lineKey));
const SECTION_LIKE_OUTLET_KEYS = new Set(SECTION_LIKE_OUTLETS.map(lineKey));
/** Labels of an ad or sponsored slot, as keys ("محتوى مدفوع", "برعاية"). */
const AD_LABEL_KEYS = new Set(AD_LABELS.map(lineKey));
/**
 * An editor's, a reviewer's, a supervisor's or a presenter's credit opening a line: "تحرير: X", "مراجعة - X", "إشراف:
 * X", "تقديم: X" (a programme's presenter, under its writer).
 */
const EDITING_CREDIT = gated(0, /^(?:تحرير|مراجعة|تدقيق|إشراف|اشراف|تقديم)\s*[:\-–—]/u, 'إاتم');
/** A translator's credit opening a line: "ترجمة: X", "ترجمة وتحرير - X". */
const TRANSLATION_CREDIT = /^ترجمة(?: و(?:تحرير|إعداد|اعداد))?\s*[:\-–—]/u;
/** A summary box's labels, as keys ("ملخص", "باختصار"). */
const SUMMARY_KEYS = new Set(SUMMARY_LABELS.map(lineKey));
const INFO_BOX_KEYS = new Set(INFO_BOX_HEADINGS.map(lineKey));
/** Fewest words of a chrome line that alone marks the title under it as another story's. */
const MIN_WEIGHTY_CHROME_WORDS = 2;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const SKIP_START = /^تخطي (.{2,40}) وواصل القراءه$/u;
const MAX_SKIPPED = 12;
const SAME_TITLE_SHARE = 0.7;

/** Two titles that share most of their words ("آرون بوشنيل: أصدقاء الطيار …" and "أصدقاء الطيار … آرون بوشنيل"). */
const MIN_SHARED_TITLE_WORDS = 4;
/** Fewest words of a title printed again inside the body and dropped there (a short one may be a subheading). */
const MIN_REPEATED_TITLE_WORDS = 4;

function sameTitle(a: string, y: readonly string[]): boolean {
  if (y.length < MIN_SHARED_TITLE_WORDS) return false;
  // the share can only reach the bar if enough of the title's words are in the line: most lines stop here
  let present = 0;
  for (const w of y) if (hasWord(a, w)) present++;
  if (present < SAME_TITLE_SHARE * y.length) return false;
  const x = new Set(a.split(' '));
  if (x.size < MIN_SHARED_TITLE_WORDS || y.length < MIN_SHARED_TITLE_WORDS) return false;
  const shared = y.filter((w) => x.has(w)).length;
  return shared / Math.max(x.size, y.length) >= SAME_TITLE_SHARE;
}
const MAX_RELATED_ITEM_WORDS = 22;
/** A full stop (or two) at the end of a line. */
const FULL_STOP_END = /\.["»”']?\)?$/u;
/** Two dots or more at the end of a line: a title's trailing "..", not a full stop. */
const TWO_DOTS_END = /\.\.["»”']?\)?$/u;
/** Any punctuation that ends a line: subheadings carry none. */
const END_MARK = /[.!؟?…:»"”']$/u;
/** Separators between a related marker and a title on its line: "اقرأ أيضا: …", "اقرأ أيضًا.. …", "طالع أيضا | …". */
const ITEM_SEPARATOR = /:|\.\.|…|\||\s[-–—]\s/u;
const MAX_MARKER_CHARS = 30;
const MIN_INLINE_TITLE_WORDS = 3;

/** Most words of a title listed under a related marker that already carries one. */
const MAX_LISTED_TITLE_WORDS = 14;

/** A line that opens like a body paragraph: joined by و or ف to what came before, or long for a title. */
function bodyOpening(line: ClassifiedLine): boolean {
  const c = line.text.charCodeAt(0);
  return c === WAW || c === FEH || line.words > MAX_LISTED_TITLE_WORDS;
}

/** Words after the conjunction و or ف that open a paragraph going on from the one before ("وفي", "وكان"). Folded. */
const AFTER_CONJUNCTION = new Set(CONJUNCTION_OPENERS);
/** A present verb after و ("ويأتي", "وتشهد"). Folded. */
const PRESENT_AFTER_WAW = gated(0, /^و[يت]\p{L}{2,}$/u, 'و');

/**
 * Whether a line opens on the conjunction و or ف before a speech verb, a present verb or a function word ("وأضاف",
 * "ويأتي", "وفي", "فقد"): a paragraph's opening, never a title's. (Titles open on nouns that start with و or ف:
 * "وزير", "واشنطن", "فيسبوك".)
 */
function conjunctionOpening(line: ClassifiedLine): boolean {
  const c = line.text.charCodeAt(0);
  if (c !== WAW && c !== FEH) return false;
  const first = line.key.slice(0, line.key.indexOf(' ') >>> 0);
  return cueOf(first) !== null || AFTER_CONJUNCTION.has(first.slice(1)) || (c === WAW && PRESENT_AFTER_WAW.test(first));
}

/**
 * Whether a last line opens like a paragraph cut off rather than a title: on the conjunction (see
 * `conjunctionOpening`), or on و or ف before a word that is no noun a title opens on ("وصدر مؤخرا حكم …" against
 * "وزارة الصحة تعلن …", "واشنطن تحذر …", "فيصل الفايز: …").
 */
function paragraphOpening(line: ClassifiedLine): boolean {
  if (conjunctionOpening(line)) return true;
  if (!bodyOpening(line) || line.words > MAX_LISTED_TITLE_WORDS) return false;
  const first = line.key.slice(0, line.key.indexOf(' ') >>> 0);
  return conjoinedOpening(first);
}

/** Whether a related marker's line carries a title of its own after a separator. */
function inlineItem(text: string): boolean {
  const m = ITEM_SEPARATOR.exec(text);
  if (m === null || m.index > MAX_MARKER_CHARS) return false;
  return text.slice(m.index + m[0].length).trim().split(/\s+/u).length >= MIN_INLINE_TITLE_WORDS;
}
const MAX_RELATED_ITEMS = 12;

/** "س: …", "ج: …": an interview's question or answer, body text however short. */
const INTERVIEW_LABEL = gated(0, new RegExp(`^(?:${[...QUESTION_LABELS, ...ANSWER_LABELS].join('|')})\\s*[:\\-–—]\\s*\\S`, 'u'), 'اجس');

/** A bullet opening a line: "•", "▪", "■", "●", "◄", or a triangle or an arrow pointing at a picture ("▲", "⬆️", "↑"). */
const BULLET = gated(0, /^[•▪■●◆◄►▲▼⬆⬇↑↓]/u, '\u2022\u2191\u2193\u25a0\u25aa\u25b2\u25ba\u25bc\u25c4\u25c6\u25cf\u2b06\u2b07');
/** Longest bulleted title read as a link to another story. */
const MAX_BULLET_TITLE_WORDS = 18;

/** Whether line `i` is one bulleted title, no sentence, between two paragraphs that are no list's items or its intro. */
function loneBulletTitle(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i]!;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (!BULLET.test(line.text) || line.words > MAX_BULLET_TITLE_WORDS || /[.:]$/u.test(line.text) || prev === undefined || next === undefined) return false;
  // (no other bullet two lines either side: a list's item may be cut in two)
  for (let k = i - 2; k <= i + 2; k++) if (k !== i && lines[k] !== undefined && BULLET.test(lines[k]!.text)) return false;
  return !prev.text.trimEnd().endsWith(':') && isBodyLike(prev) && isBodyLike(next);
}

/** A line that reads as a body paragraph rather than a link to another story. */
function isBodyLike(line: ClassifiedLine): boolean {
  // ("وفي الختام فإنه يجب أن نعيش عيد الإسلام … دعاة الغلو والتطرف..": a long line that opens on the conjunction and a
  // word that goes on from the paragraph before ends on two dots as a writer's last sentence may; no teaser opens so)
  return PARAGRAPH_END.test(line.text) || line.words > MAX_RELATED_ITEM_WORDS || INTERVIEW_LABEL.test(line.text) || joinedSpeechVerb(line) || (line.words > MAX_LISTED_TITLE_WORDS && TWO_DOTS_END.test(line.text) && conjunctionOpening(line));
}

/** Fewest words of a line read as going on with the article for its opening speech verb (not a name: "وعد الربيعي"). */
const MIN_JOINED_SPEECH_WORDS = 4;

/**
 * "وتساءل المضف: كيف …؟": a line opening on و or ف and a speech verb goes on with the article, never a title (nor
 * a name that opens so: "وعد الربيعي").
 */
function joinedSpeechVerb(line: ClassifiedLine): boolean {
  const c = line.key.charCodeAt(0);
  return (c === WAW || c === FEH) && line.words >= MIN_JOINED_SPEECH_WORDS && cueOf(line.key.slice(0, line.key.indexOf(' ') >>> 0))?.kind === 'verb' && !startsWithGivenName(line.key);
}

const OPEN_BRACKET = '(';
const CLOSE_BRACKET = ')';

/** "(أ ف ب)", "(رويترز)": an agency's name alone in brackets, as its byline; null for anything else in brackets. */
function bracketedAgency(text: string): Byline | null {
  if (!text.startsWith(OPEN_BRACKET) || !text.endsWith(CLOSE_BRACKET)) return null;
  const byline = parseBylineLine(text.slice(1, -1).trim());
  return byline !== null && isMasthead(byline) ? byline : null;
}

/** A byline line that is an outlet's name and nothing else. */
function isMasthead(byline: Byline): boolean {
  return byline.agency !== null && byline.authors.length === 0 && byline.dateline === null;
}

/**
 * Whether every line above `i` is chrome: "تخطى إلى المحتوى" or a menu over the outlet's name, which is then the page's
 * first words, its masthead, as on a page that opens on the name.
 */
function chromeAbove(lines: readonly ClassifiedLine[], i: number): boolean {
  for (let k = 0; k < i; k++) if (lines[k]!.info.kind !== 'chrome') return false;
  return true;
}

/** Most words of a file's label and name under the headline ("ملف خاص: أزمة المياه في الجنوب"). */
const MAX_FILE_LABEL_WORDS = 8;
/** "العنوان:", "عنوان الخبر:": a print page's label before the headline, and its colon and space. */
const HEADLINE_LABEL = /^\s*(?:ال)?عنوان(?: (?:ال)?(?:خبر|مقال|مقالة|موضوع))?\s?[:：]\s*(?=\S)/u;
/** "من ملف :", "ضمن ملف:": the label of the file a story is filed in, and its colon. */
const FILE_LABEL = gated(SHAPE.COLON, /^(?:من |ضمن )?(?:ال)?ملف\s?:/u, 'اضم');
/** "عاجل:", "من ملف:", "عاجل..": a banner's or kicker's label opening a line. */
const KICKER_LABEL = gated(0, new RegExp(`^(?:${KICKER_LABELS.join('|')})\\s*(?::|\\.\\.)`, 'u'), 'ابتزسضعقمشخأ');
/** "أزمة الطاقة: تغطية خاصة", "الحرب على غزة | اليوم 400": a coverage's name, then its label or its day's count. */
const COVERAGE_LAST = /^[^:|]{3,40}\s?[:|\-–]\s?(?:تغطي[ةه] (?:خاص[ةه]|مستمر[ةه]|مباشر[ةه])|ملف خاص|اليوم \d{1,4})$/u;

const SUPPLEMENT_HEAD_KEYS = new Set(SUPPLEMENT_HEADS.map(lineKey));
const MAX_SUPPLEMENT_WORDS = 4;

/** Whether a line is a supplement's or a column's label: "ملحق الاقتصاد الأسبوعي", short and unpunctuated. */
function supplementLabel(line: ClassifiedLine): boolean {
  return line.words <= MAX_SUPPLEMENT_WORDS && SUPPLEMENT_HEAD_KEYS.has(line.key.slice(0, line.key.indexOf(' ') >>> 0)) && !PUNCTUATION.test(line.text);
}

/** Most words of a kicker over the headline read by its length alone; most words of the headline under it. */
const MAX_KICKER_WORDS = 3;
const MAX_TITLE_UNDER_KICKER_WORDS = 16;

/** A present verb's shape, folded: ي or ت and three letters or more ("ترتفع", "يفوز"). */
const PRESENT_VERB_SHAPE = gated(0, /^[يت]\p{L}{3,}$/u, 'تي');

/**
 * Whether a short line with no punctuation and no verb stands over a title of a headline's length that ends on no full
 * stop ("قرعة كأس آسيا", "صوت الجنوب الحر"; a short headline says something: "البورصة ترتفع مجددا" over its deck).
 */
function kickerOverTitle(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  if (next === undefined || next.words < MIN_HEADLINE_WORDS + 1 || next.words > MAX_TITLE_UNDER_KICKER_WORDS || FULL_STOP_END.test(next.text)) return false;
  return kickerShaped(line);
}

/** Whether a line is short, with no punctuation and no verb: a kicker's shape ("قرعة كأس آسيا"). */
function kickerShaped(line: ClassifiedLine): boolean {
  // ("🏆 دوري أبطال آسيا": an emoji before the label is no word of it)
  const bare = withoutSymbols(line.text);
  if ((bare === line.text ? line.words : keyWords(lineKey(bare))) > MAX_KICKER_WORDS || PUNCTUATION.test(bare)) return false;
  return !line.key.split(' ').some((w) => PRESENT_VERB_SHAPE.test(w) && !isKnownPlace(w));
}

/** Whether a line is a title of one or two words with its dots ("تحرير عدن.."), the metadata under it. */
function shortTitleWithMetadata(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i];
  return line !== undefined && line.info.kind === 'text' && line.words < MIN_HEADLINE_WORDS && ellipsisTitle(line) && followedByMetadata(lines, i);
}

/**
 * "الأخبار | أخبار مصر والعالم", "الأخبار: صوت الحقيقة": a site's name and its slogan after a bar, dash or colon, the
 * slogan opening on a news site's word (on the folded line, which keeps the bar the key drops).
 */
// ("صوت الوطن منذ 1990": or the slogan alone, opening on a voice's, a window's or a platform's word)
const SITE_TAGLINE = /^\S+(?: \S+)? ?[|｜:\-–—] ?(?:اخبار|بوابه|موقع|صوت|نافذه|منبر|صحيفه|جريده|منصه)(?: \S+){0,4}$|^(?:صوت|نافذه|منبر) \S+(?: \S+){0,3}$/u;

/** "سوريا، دمشق، اللاجئين": a story's tags, three or more of a word or two each parted by commas, no other mark. */
const COMMA_TAGS = /^[^\s،,.:؟?!«»"]+(?: [^\s،,.:؟?!«»"]+)?(?:[،,] ?[^\s،,.:؟?!«»"]+(?: [^\s،,.:؟?!«»"]+)?){2,5}$/u;

/** Whether a line is a site's name and slogan ("الأخبار | أخبار مصر والعالم") over a title its metadata follows. */
function siteTagline(line: ClassifiedLine): boolean {
  return line.words <= MAX_TAGLINE_WORDS && SITE_TAGLINE.test(foldText(line.text));
}
const MAX_TAGLINE_WORDS = 6;

/** A line quoted whole, the marks its first and last characters: "«نحن لا نريد الحرب»". */
const QUOTED_WHOLE = gated(0, /^[«"“][^«»"“”]+[»"”]$/u, '\u0022\u00ab\u201c');
/** Paragraphs of the body a title is compared with, and the fewest words a line has to be one of them. */
const SAMPLED_PARAGRAPHS = 3;
const MIN_SAMPLED_PARAGRAPH_WORDS = 12;
/** How far under a title its body's first paragraphs are looked for, in lines. */
const MAX_SAMPLE_REACH = 20;
/** Fewest words the title under another must share with the body for the one over it to be another story's. */
const MIN_RETOLD_TITLE_WORDS = 2;
/** Fewest letters of a word compared between a title and the body, without its prefixes (function words are shorter). */
const MIN_COMPARED_WORD_LETTERS = 4;
/** Prefixes left off a word before it is compared: و, ف, ب, ل and the article. */
const WORD_PREFIXES = /^(?:[وفبل]?ال|[وفبل])(?=\p{L}{4})/u;

/** A digit anywhere in a word: figures are not compared ("4.2" in an alert, a year in the body). */
const ANY_DIGIT = gated(SHAPE.DIGIT, /\d/u);

/** A key's words of four letters or more without their prefixes: the words a title and a paragraph are compared by. */
function comparedWords(key: string): Set<string> {
  const words = new Set<string>();
  for (const word of key.split(' ')) {
    const bare = word.replace(WORD_PREFIXES, '');
    if (bare.length >= MIN_COMPARED_WORD_LETTERS && !ANY_DIGIT.test(bare)) words.add(bare);
  }
  return words;
}

/** A full stop that ends a sentence (not an ellipsis's dots), before a closing quote mark if any. */
const SENTENCE_STOP = /(?<!\.)\.["»”']?$/u;

/**
 * Whether the text line at `i`, a title the metadata does not follow, stands over a title no longer than it that the
 * metadata follows, whose words the body's first paragraphs share (two or more beyond those of the line at `i`) while
 * they share one of its own at most: an alert's or another story's title over the headline.
 */
function aboutAnotherStory(lines: readonly ClassifiedLine[], i: number): boolean {
  const next = lines[i + 1];
  // (a short headline over a longer deck, or over a deck that ends a sentence, is the story's: "البورصة ترتفع
  // مجددا" over "المؤشر العام يغلق على مكاسب …")
  if (next === undefined || next.info.kind !== 'text' || next.words > lines[i]!.words || SENTENCE_STOP.test(next.text)) return false;
  if (!isHeadlineLike(lines[i]!.text) || !isHeadlineLike(next.text) || bareName(next) || followedByMetadata(lines, i) || !followedByMetadata(lines, i + 1)) return false;
  const body = new Set<string>();
  let sampled = 0;
  for (let j = i + 2; j < lines.length && j - i <= MAX_SAMPLE_REACH && sampled < SAMPLED_PARAGRAPHS; j++) {
    if (lines[j]!.info.kind !== 'text' || lines[j]!.words < MIN_SAMPLED_PARAGRAPH_WORDS) continue;
    for (const word of comparedWords(lines[j]!.key)) body.add(word);
    sampled++;
  }
  const alert = sharedWords(comparedWords(lines[i]!.key), body);
  return sampled > 0 && alert <= 1 && sharedWords(comparedWords(next.key), body) >= alert + MIN_RETOLD_TITLE_WORDS;
}

/** How many of a title's compared words the body's hold. */
function sharedWords(title: ReadonlySet<string>, body: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of title) if (body.has(word)) shared++;
  return shared;
}

/** Most words of a quoted kicker over the headline. */
const MAX_QUOTED_KICKER_WORDS = 8;

/** Whether a line is a few words quoted whole ("«نحن لا نريد الحرب»"), as a kicker over the headline prints them. */
function quotedKicker(line: ClassifiedLine): boolean {
  return line.words <= MAX_QUOTED_KICKER_WORDS && QUOTED_WHOLE.test(line.text.trim());
}

/** Dots that end or part a column's short title: "تحرير عدن..", "ثلاثية..قادحة..فاضحة", "العيد… والثوب". */
const TITLE_DOTS = /\.\.|…/u;
/** A definite noun joined by و after another word ("العيد والثوب الجديد"), on the key: no part of a name. */
const JOINED_DEFINITE = / وال\p{L}/u;
/** "من " before a name under the headline ("من هلا حداد"). */
const FROM_LEAD = /^من (?=\p{L}+ \p{L})/u;
/** A post held before, last on a line ("سفير سابق", "وزير الإعلام الأسبق"): no name ends on it. Folded. */
const FORMER_LAST = / (?:ال)?(?:سابق|اسبق)ه?$/u;

/** Marks a short title with dots does not carry: a colon, a bar, a question mark, digits (a time, a score). */
const PUNCTUATION_BUT_DOTS = /[:|؟?!\d٠-٩]/u;

/** Whether a line of one or two words carries a title's dots ("تحرير عدن.."): a short headline, never a name or section. */
function ellipsisTitle(line: ClassifiedLine): boolean {
  return TITLE_DOTS.test(line.text) && !PUNCTUATION_BUT_DOTS.test(line.text);
}


/** Whether a line is a writer's name alone ("محمد عبد الرحمن"): a byline, never the headline. */
function bareName(line: ClassifiedLine): boolean {
  return line.words <= MAX_BARE_NAMES_WORDS && bareAuthors(line.text) !== null;
}

/** A site's sections and a newsroom's fields, as keys: "أسواق", "كرة القدم", "الاقتصاد". */
const SECTION_BESIDE_TITLE_KEYS: ReadonlySet<string> = new Set([...SECTION_NAMES, ...DESK_FIELDS].map(lineKey));

/**
 * Whether a key names a section, with the article or without ("اقتصاد" as "الاقتصاد"): beside the headline on its line
 * it is no part of it. (A medium's, a genre's or a live page's label, "فيديو", "تقرير", "مباشر", is the headline's.)
 */
function sectionBesideTitle(key: string): boolean {
  return SECTION_BESIDE_TITLE_KEYS.has(key) || SECTION_BESIDE_TITLE_KEYS.has(`ال${key}`) || (key.startsWith('ال') && SECTION_BESIDE_TITLE_KEYS.has(key.slice(2)));
}

function headlineIndex(lines: readonly ClassifiedLine[]): number {
  let short = -1;
  let ellipsis = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.info.kind !== 'text') continue;
    // a writer's name alone ("محمد عبد الرحمن") is a byline, never the headline
    if (bareName(line)) continue;
    // ("سلوى بن عمر" / "مراسل الشؤون العربية": nor is the note on the trade of a writer named right above)
    if (i > 0 && writerTradeNote(line) && lines[i - 1]!.info.kind === 'text' && bareName(lines[i - 1]!)) continue;
    // ("تحرير عدن.." / writer / date / "مراسل الموقع في القاهرة": nor under the metadata of a short title over it)
    if (short >= 0 && writerTradeNote(line) && (lines[i - 1]!.info.kind === 'date' || lines[i - 1]!.info.kind === 'byline')) continue;
    // the site's own name above the headline ("بوابة أخبار اليوم") is no headline either
    if (line.words <= MAX_SITE_NAME_WORDS && i + 1 < lines.length && SITE_NAME_HEAD_KEYS.has(line.key.split(' ')[0]!) && !PUNCTUATION.test(line.text)) continue;
    if (siteNameOverChrome(lines, i) || isTicker(line.key, line.words, line.text) || titleWithSiteOver(lines, i)) continue;
    // a line under "ملخص" is the summary box's
    if (i > 0 && SUMMARY_KEYS.has(lines[i - 1]!.key)) continue;
    // ("تحرير عدن.." / "ملف خاص: أزمة المياه" / the writer: the file's label under a two-word headline)
    if (short >= 0 && short === i - 1 && KICKER_LABEL.test(line.text)) return short;
    // "عاجل: انقطاع الكهرباء …" over a title its metadata follows: a breaking-news banner, not the story's headline
    // (and "من ملف: أزمات المنطقة": the file the story is filed in)
    // ("ملحق الاقتصاد الأسبوعي", "زاوية حديث الأربعاء": a supplement's or column's label, no punctuation in it)
    // (not over a writer's name alone: "عاجل: زلزال يضرب تركيا" / "هالة الكيلاني" / date is the headline and its byline)
    // ("أزمة الطاقة: تغطية خاصة", "الحرب على غزة | اليوم 400": a coverage's name and its label or day after it)
    // ("أخبار منطقة عسير", "صوت الجنوب الحر": a line of three words or fewer, no punctuation, over a title of a
    // headline's length with no full stop that the metadata follows is a kicker, a section's or a slogan's; headlines
    // that short are rare)
    // ("الأخبار | أخبار مصر والعالم": the site's name and its slogan)
    // ("«نحن لا نريد الحرب»" over "رئيس الوزراء العراقي: …": a few words quoted whole over a title its metadata
    // follows are the story's kicker, a line of what was said)
    // ("صوت الوطن منذ 1990" / the title / "حصة الهاجري" / date: a name the list lacks may stand between the title and
    // the date)
    // ("سوريا، دمشق، اللاجئين": the story's tags parted by commas)
    if ((KICKER_LABEL.test(line.text) || COVERAGE_LAST.test(line.text) || supplementLabel(line) || kickerOverTitle(line, lines[i + 1]) || siteTagline(line) || quotedKicker(line) || COMMA_TAGS.test(line.text)) && lines[i + 1]?.info.kind === 'text' && isHeadlineLike(lines[i + 1]!.text) && !bareName(lines[i + 1]!) && (followedByMetadata(lines, i + 1) || nameOverMetadata(lines, i + 2))) continue;
    // ("قرعة كأس آسيا" / "تحرير عدن.." / writer: so is one over a title of one or two words with its dots)
    if (kickerShaped(line) && shortTitleWithMetadata(lines, i + 1)) continue;
    // "هزة أرضية بقوة 4.2 درجات شمال إربد" / "كابيلو يعلن اعتزاله التدريب" / writer / date: a title about nothing the
    // body tells, over the title the metadata follows that the body's first paragraphs retell, is another story's
    // (an alert's, a ticker's), not the headline
    if (aboutAnotherStory(lines, i)) continue;
    // "آخر الأخبار" and other stories' titles over the page's own: a title under a list heading is an item when a
    // later title has the story's metadata under it
    // (never the title the metadata stands right under: "أميركا: مفاوضات …" / "لبنى العلوي" / date)
    if (underListHeading(lines, i) && !followedByMetadata(lines, i) && laterTitleWithMetadata(lines, i)) continue;
    // "عاجل" alone over another story's title, then the story's own headline (longer than a name) over its metadata:
    // a breaking-news ticker ("🔴 عاجل" over the story's own headline is its kicker)
    if (i > 0 && lines[i - 1]!.info.kind === 'chrome' && TICKER_LABEL_KEYS.has(lines[i - 1]!.key) && !followedByMetadata(lines, i) && tickerOverHeadline(lines, i)) continue;
    // Breadcrumbs and section names are too short to be the headline; a two-word title right before the
    // metadata lines ("تحرير عدن..") is kept as a fallback.
    if (line.words < MIN_HEADLINE_WORDS) {
      // ("تحرير عدن..": a column's title of one or two words with its dots is one wherever it stands first, and no
      // name or section line after it takes its place)
      if (short < 0 && ellipsisTitle(line)) {
        short = i;
        ellipsis = true;
      } else if (!ellipsis && line.words === MIN_HEADLINE_WORDS - 1 && (followedByMetadata(lines, i) || (KICKER_LABEL.test(lines[i + 1]?.text ?? '') && followedByMetadata(lines, i + 1)))) short = i;
      continue;
    }
    // ("تحرير عدن.." / date / "فريق تحرير الساحة": a line under the metadata of a short title with its dots is no headline)
    if (ellipsis && followedByMetadata(lines, short)) return short;
    if (short >= 0 && (!isHeadlineLike(line.text) || /(?<!\.)\.["»”']?$/u.test(line.text))) return short;
    // A sentence (a full stop at the end) or a paragraph-long first text line means the scrape carries no headline.
    if (!isHeadlineLike(line.text) || (line.words > MAX_HEADLINE_WITH_STOP && /(?<!\.)\.["»”']?$/u.test(line.text))) return -1;
    return i;
  }
  return -1;
}

/** The site's name after or before the headline in a page title, with its separator: "| الأخبار", "الأخبار -". */
const SITE_AFTER = gated(0, /^[|｜\-–—] (\S+(?: \S+){0,3})$/u, '\u002d\u007c\u2013\u2014\uff5c');
const SITE_BEFORE = /^(\S+(?: \S+){0,3}) [|｜\-–—]$/u;
/** How far under the page title the headline alone may stand. */
const MAX_TITLE_TO_HEADLINE = 3;

/**
 * "وزير الطاقة يعلن خطة … | الأخبار" over "وزير الطاقة يعلن خطة …": the page's title, the headline with the site's name
 * beside it, over the headline alone (the headline is the line without the name).
 */
function titleWithSiteOver(lines: readonly ClassifiedLine[], i: number): boolean {
  const title = lines[i]!.text.trim();
  for (let j = i + 1; j < lines.length && j - i <= MAX_TITLE_TO_HEADLINE; j++) {
    if (lines[j]!.info.kind !== 'text') continue;
    const headline = lines[j]!.text.trim();
    if (headline.length >= title.length) return false;
    if (title.startsWith(headline)) return SITE_AFTER.test(title.slice(headline.length).trim());
    return title.endsWith(headline) && SITE_BEFORE.test(title.slice(0, title.length - headline.length).trim());
  }
  return false;
}

/**
 * "موزاييك أف أم" / "الرئيسية / وطنية" / the headline / its date: a name of up to three words, with no metadata
 * of its own, over chrome and then a headline-like line that the metadata follows, is the site's name. (A
 * short headline has its date or byline right under it, or a deck under it and no chrome between.)
 */
function siteNameOverChrome(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i]!;
  if (line.words > MAX_SITE_NAME_WORDS || lines[i + 1]?.info.kind !== 'chrome' || PUNCTUATION.test(line.text) || followedByMetadata(lines, i)) return false;
  for (let j = i + 2; j < lines.length; j++) {
    const next = lines[j]!;
    if (next.info.kind === 'chrome') continue;
    return next.info.kind === 'text' && isHeadlineLike(next.text) && followedByMetadata(lines, j);
  }
  return false;
}

/**
 * "تغريد الحسيني، مراسل الموقع في القاهرة", "الأستاذ سعود الزهراني، عضو هيئة التدريس": one name, a comma and a writer's
 * trade or a faculty's or council's seat; the name, or null.
 */
function nameWithTrade(line: ClassifiedLine): string[] | null {
  const comma = line.text.indexOf('،');
  if (comma <= 0 || SENTENCE_END.test(line.text)) return null;
  const trade = lineKey(line.text.slice(comma + 1));
  // ("مصطفى الأنصاري، خاص": the desk's mark of an exclusive after the name, no trade)
  if (keyWords(trade) > MAX_TRADE_WORDS || !(isWriterCalling(trade.slice(0, trade.indexOf(' ') >>> 0)) || SEAT_OR_DEGREE.test(trade) || AFFILIATION.test(trade) || classifyPart(line.text.slice(comma + 1).trim()).kind === 'desk')) return null;
  const names = bareAuthors(line.text.slice(0, comma).trim());
  return names !== null && names.length === 1 ? names : null;
}

/**
 * "عضو هيئة التدريس", "عضو مجلس الشورى": a seat on a faculty or a council, after a writer's name; "دكتوراه في العلوم
 * السياسية", a degree (key).
 */
const SEAT_OR_DEGREE = /^(?:عضو(?:ه)? (?:في )?(?:هيئه (?:ال)?تدريس|مجلس )|(?:دكتوراه|ماجستير|حاصل علي|حاصله علي) )/u;
/** "جامعة القاهرة", "مركز الدراسات الاستراتيجية": the writer's university or research house after the name (key). */
const AFFILIATION = new RegExp(`^(?:ال)?(?:${[...ACADEMIC_HOUSES, ...RESEARCH_HOUSES].map(lineKey).join('|')}) \\S`, 'u');

/** Whether line `i` is a writer's trade alone: it opens on one, is short and ends no sentence ("كاتب ومحلل سياسي"). */
function tradeLineAt(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i];
  return line !== undefined && line.info.kind === 'text' && line.words <= MAX_TRADE_WORDS && !SENTENCE_END.test(line.text) && opensOnWriterTrade(line.key);
}

/** Most lines of a writer's box between the name and the headline under it (the trade, a handle, a count). */
const MAX_WRITER_BOX_LINES = 3;
/** Most words of a box's short chrome line ("@writer_x", "42 مقالا", "تابع الكاتبة", "12.4 ألف متابع": four in the key). */
const MAX_BOX_CHROME_WORDS = 4;

/**
 * Whether the lines between `i` and the headline under it are a writer's box: the trade or a post ("كاتبة وباحثة في
 * الشؤون الاجتماعية") and short chrome lines (a handle, a count of pieces), one line at least, one trade at most.
 */
function writerBoxUnder(lines: readonly ClassifiedLine[], i: number, head: number): boolean {
  if (i >= head - 1 || head - 1 - i > MAX_WRITER_BOX_LINES) return false;
  let trades = 0;
  for (let j = i + 1; j < head; j++) {
    const line = lines[j]!;
    if (line.info.kind === 'text' && writerTradeNote(line)) trades++;
    else if (line.info.kind !== 'chrome' || line.words > MAX_BOX_CHROME_WORDS) return false;
  }
  return trades <= 1;
}

/** Whether line `i` opens on a writer's trade or post, ends no sentence, and stands right under a byline already read. */
function tradeUnderByline(lines: readonly ClassifiedLine[], i: number, out: Layout): boolean {
  const line = lines[i]!;
  const before = lines[i - 1];
  // (a longer note on the writer when the date still follows: "صحفية تغطي الشؤون البرلمانية منذ عام 2015")
  if (line.words > (followedByMetadata(lines, i) ? MAX_WRITER_NOTE_WORDS : MAX_TRADE_WORDS) || SENTENCE_END.test(line.text) || before === undefined || out.bylines.length === 0 || out.boilerplate.at(-1) !== before.text) return false;
  // (the name over it was read as the writer's, or reads as names alone; or a name and the date on one line: "سامر
  // القيسي | 12/03/2024" over "صحفي مستقل مقيم في بيروت")
  const credited = before.info.kind === 'byline' || (before.info.kind === 'date' && (before.info.byline?.authors.length ?? 0) > 0);
  if (!opensOnWriterTrade(line.key)) return false;
  if (credited || out.bylines.at(-1)!.authors.includes(before.text) || bareAuthors(before.text) !== null) return true;
  // ("بقلم: سامر الحلبي" / "12 نوفمبر 2026" / "مراسل الأخبار في القاهرة": the date or the read time between the name and
  // the trade)
  const named = lines[i - 2];
  return (before.info.kind === 'date' || before.info.kind === 'read-time') && named !== undefined && out.boilerplate.includes(named.text) && (named.info.kind === 'byline' ? named.info.byline.authors.length > 0 : out.bylines.at(-1)!.authors.includes(named.text));
}

/** Whether a text line repeats the page's first line, a name of up to three words with no punctuation (the site's). */
function repeatedSiteName(lines: readonly ClassifiedLine[], line: ClassifiedLine): string | null {
  const first = lines[0]!;
  if (line.info.kind !== 'text' || first.info.kind !== 'text' || first.words > MAX_SITE_NAME_WORDS || PUNCTUATION.test(first.text)) return null;
  if (line.key === first.key) return line.text;
  // "تحرير: عرب 48": a credit's label of a word or two, then the site's name
  const colon = line.text.indexOf(':');
  if (colon > 0 && keyWords(lineKey(line.text.slice(0, colon))) <= 2 && lineKey(line.text.slice(colon + 1)) === first.key) return line.text.slice(colon + 1).trim();
  // "المدن - سياسة": the name and the section the story is filed under
  const parts = line.text.split(SPACED_DASH);
  return parts.length === 2 && lineKey(parts[0]!) === first.key && isChromeLine(parts[1]!.trim()) ? parts[0]!.trim() : null;
}

/** Most items of a list read between its heading and the page's headline. */
const MAX_LEAD_LIST_ITEMS = 6;

/**
 * Whether line `i` stands under a list heading ("آخر الأخبار", "اقرأ أيضا") or a sponsor's label ("برعاية" over the
 * sponsor's name) with only text lines between.
 */
function underListHeading(lines: readonly ClassifiedLine[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 2 * MAX_LEAD_LIST_ITEMS; j--) {
    const kind = lines[j]!.info.kind;
    if (kind === 'section' || kind === 'related' || (kind === 'chrome' && AD_LABEL_KEYS.has(lines[j]!.key))) return true;
    // ("الأكثر قراءة" / "1" / a title / "2" / a title: the items' numbers on lines of their own)
    if (kind !== 'text' && !listNumber(lines[j]!)) return false;
  }
  return false;
}

/** An item's number alone on its line ("1", "٢."), read as chrome. */
const LIST_NUMBER = gated(SHAPE.ANY_DIGIT, /^[0-9\u0660-\u0669]{1,2}[.)]?$/u);
function listNumber(line: ClassifiedLine): boolean {
  return line.info.kind === 'chrome' && LIST_NUMBER.test(line.text);
}

/** A breaking-news ticker's label alone on its line, as keys. */
const TICKER_LABEL_KEYS: ReadonlySet<string> = new Set(TICKER_LABELS.map(lineKey));

/**
 * Whether the line after a ticker's item is a headline longer than a writer's name with the story's metadata under it,
 * or a title of one or two words with its dots ("تحرير عدن..") so placed.
 */
function tickerOverHeadline(lines: readonly ClassifiedLine[], i: number): boolean {
  const next = lines[i + 1];
  if (shortTitleWithMetadata(lines, i + 1)) return true;
  // ("العيد.. والثوب الجديد": a title as short as a name, with its dots, is no name)
  return next !== undefined && next.info.kind === 'text' && (next.words > MAX_BARE_AUTHOR_WORDS || ellipsisTitle(next)) && isHeadlineLike(next.text) && followedByMetadata(lines, i + 1);
}

/** Whether a headline-like text line after `i`, within a list's length, has the story's metadata under it. */
function laterTitleWithMetadata(lines: readonly ClassifiedLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j - i <= 2 * MAX_LEAD_LIST_ITEMS; j++) {
    const line = lines[j]!;
    // (past the next items' numbers, and a section's name over the story's headline: "أخبار محلية")
    if (line.info.kind === 'chrome' || line.info.kind === 'section') continue;
    if (line.info.kind !== 'text') return false;
    // (a writer's name is no title, one the given-name list lacks with the date right under it neither: "جان عزيز")
    if (isHeadlineLike(line.text) && followedByMetadata(lines, j) && !bareName(line) && !nameOverMetadata(lines, j)) return true;
  }
  return false;
}

/** Whether the next line after `i` that is not chrome is body text ending a sentence or a paragraph long. */
function subheadingBefore(lines: readonly ClassifiedLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j]!;
    if (next.info.kind === 'chrome') continue;
    return next.info.kind === 'text' && isBodyLike(next);
  }
  return false;
}

/** Whether the next non-chrome line after `i` is a date, byline or read-time line, or names alone. */
function followedByMetadata(lines: readonly ClassifiedLine[], i: number): boolean {
  let trade = false;
  for (let j = i + 1; j < lines.length; j++) {
    const kind = lines[j]!.info.kind;
    if (kind === 'chrome' || kind === 'section') continue;
    // (one note on the writer's trade may stand between a name and the date: "كاتب وباحث في الشؤون الاقتصادية")
    if (kind === 'text' && !trade && writerTradeNote(lines[j]!)) {
      trade = true;
      continue;
    }
    if (kind === 'text' && bareName(lines[j]!)) return true;
    return kind === 'date' || kind === 'byline' || kind === 'read-time';
  }
  return false;
}

/** Whether line `i` reads as a person's name of two or three words (the list may lack it) with the metadata under it. */
function nameOverMetadata(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i];
  return line !== undefined && line.info.kind === 'text' && line.words >= 2 && !PUNCTUATION.test(line.text) && unlistedName(line) && followedByMetadata(lines, i);
}

/**
 * Whether a line may be a name the given-name list lacks: short, a person's words, not definite nouns alone ("سلافة
 * جبور", never "النسخة الورقية"). Read only where the layout's place vouches for a name.
 */
function unlistedName(line: ClassifiedLine): boolean {
  return line.words <= MAX_BARE_AUTHOR_WORDS && isPersonLike(line.text) && !ALL_DEFINITE.test(line.key);
}

/** Whether a credit names somebody. */
function namesSomebody(byline: Byline): boolean {
  return byline.authors.length > 0;
}

/** Whether a date read is the story's own, not a masthead's day over the headline. */
function storyDate(date: DateFound): boolean {
  return date.place !== 'over-headline';
}

/** Fewest date lines in a row of a timeline in the story (longer entries opening on a date may stand among them). */
const MIN_TIMELINE_ENTRIES = 2;
const TIMELINE_TEXT: LineInfo = { kind: 'text' };
/** Words of a text line's opening that may hold a timeline entry's date ("- 13 سبتمبر 1993: توقيع …"). */
const TIMELINE_DATE_WORDS = 5;

/** A date line's day ("2024-06-05") when it reads as a date and an event's words, with no label and no read time; else null. */
function timelineDay(line: ClassifiedLine): string | null {
  const { info } = line;
  return info.kind === 'date' && !info.date.published && !info.date.update && info.minutes === undefined && info.date.coverage < 1 ? info.date.iso.slice(0, 10) : null;
}

/** Whether a text line opens on a date, as a longer entry of a timeline does. */
function opensOnDate(line: ClassifiedLine): boolean {
  if (line.info.kind !== 'text' || !/\d/u.test(line.text.slice(0, 12))) return false;
  const opening = line.text.split(' ', TIMELINE_DATE_WORDS).join(' ');
  return findDate(opening) !== null;
}

/**
 * The lines with a timeline's entries read as text: under a text line, two dated lines or more in a row,
 * each a date and an event's words (date lines on days all different, or longer text lines opening on a date)
 * ("أبرز المحطات:" / "6 أكتوبر 1973 - اندلاع حرب أكتوبر" / "13 سبتمبر 1993 - توقيع اتفاق أوسلو"). A header's credit and
 * date, or a foot's stamps, print the one day, or carry a label.
 */
function timelinesAsText(lines: readonly ClassifiedLine[]): readonly ClassifiedLine[] {
  let out: ClassifiedLine[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    if (timelineDay(lines[i]!) === null) continue;
    // (the run may open on longer entries that read as text)
    let from = i;
    while (from > 1 && opensOnDate(lines[from - 1]!)) from--;
    // (under a fact box's heading, "التسلسل الزمني", the entries are the box's)
    if (lines[from - 1]!.info.kind !== 'text') continue;
    const days = new Set<string>();
    let j = from;
    for (; j < lines.length; j++) {
      const day = timelineDay(lines[j]!);
      if (day === null ? !opensOnDate(lines[j]!) : days.has(day)) break;
      if (day !== null) days.add(day);
    }
    // (two date lines at least: a header's credit and date over a paragraph opening on its dateline's date, "الكويت 5
    // يونيو 2024 - أغلقت …", is no timeline)
    if (days.size >= MIN_TIMELINE_ENTRIES) {
      out ??= lines.slice();
      for (let k = from; k < j; k++) if (out[k]!.info.kind === 'date') out[k] = { ...lines[k]!, info: TIMELINE_TEXT };
    }
    i = Math.max(i, j);
  }
  return out ?? lines;
}

/** Kinds of a story's credit, date and read-time lines: a place's tag stands under them, a summary box over them. */
const METADATA_KINDS: ReadonlySet<string> = new Set(['date', 'byline', 'read-time']);
const PLACE_LABEL_KEYS = new Set(PLACE_LABELS.map(lineKey));
/** Most words of a place's tag ("دبي، الإمارات العربية المتحدة"). */
const MAX_PLACE_TAG_WORDS = 5;
/** A dash or colon closing a place's tag ("عمّان -"), trimmed with the spaces. */
const TAG_END_MARKS = ' -–—:：';

/**
 * "عمّان", "دبي، الإمارات العربية المتحدة": a line of known places alone (parted by commas), as printed ("من مكة
 * المكرمة": "from" before the place is left off); or null.
 */
function placeTag(line: ClassifiedLine): string | null {
  if (line.words > MAX_PLACE_TAG_WORDS) return null;
  // ("📍 الرياض": the pin is no part of the place)
  let text = trimChars(withoutSymbols(line.text), TAG_END_MARKS);
  if (text.startsWith(FROM_PLACE)) text = text.slice(FROM_PLACE.length);
  return text !== '' && (isKnownPlace(lineKey(text)) || placeList(text)) ? text : null;
}
/** "من " opening a place's tag. */
const FROM_PLACE = 'من ';

/**
 * A writer and an agency in brackets after the name ("أسامة فرج (واس)") on line `i`, right under the headline or next
 * to the date or a byline; null otherwise.
 */
function bracketedCredit(lines: readonly ClassifiedLine[], i: number, head: number): Byline | null {
  const line = lines[i]!;
  if (head < 0 || i <= head || !line.text.endsWith(')')) return null;
  const beside = i === head + 1 || METADATA_KINDS.has(lines[i - 1]!.info.kind) || METADATA_KINDS.has(lines[i + 1]?.info.kind ?? '');
  if (!beside) return null;
  const credit = parseBylineLine(line.text);
  return credit !== null && credit.authors.length > 0 && credit.agency !== null ? credit : null;
}

/**
 * Whether a line is one word without digits right under the headline (a site's name, a section, a label), or right
 * under the date or the byline after it ("تحليل", "بورتريه": the story's genre over the body).
 */
function loneWordUnderHeadline(lines: readonly ClassifiedLine[], i: number, head: number): boolean {
  const line = lines[i]!;
  return head >= 0 && (i === head + 1 || (i > head && METADATA_KINDS.has(lines[i - 1]!.info.kind))) && line.words === 1 && !/\d/u.test(line.text);
}

/**
 * Whether a line is a note on a writer's trade: it opens on one ("كاتب", "باحثة") or on a newsroom post ("رئيس قسم
 * الأخبار الدولية"), is short and ends no sentence.
 */
function writerTradeNote(line: ClassifiedLine): boolean {
  return line.words <= MAX_WRITER_NOTE_WORDS && !SENTENCE_END.test(line.text) && opensOnWriterTrade(line.key);
}

/** "الادعاء: …": a fact-check's claim, its label and a colon, and the claim. */
const CLAIM_LINE = gated(SHAPE.COLON, new RegExp(`^(?:${CLAIM_LABELS.join('|')})\\s?[:：]\\s?\\S`, 'u'), 'ام');
const MAX_CLAIM_WORDS = 20;
/** "الضيف: د. ناصيف حتي، …", "ضيف الحلقة: …": a guest's label and its colon, in the header (in a transcript it heads answers). */
const GUEST_CARD = gated(SHAPE.COLON, /^(?:الضيف|الضيفة|ضيف الحلقة|ضيفة الحلقة|ضيف البرنامج|ضيفة البرنامج|ضيوف الحلقة)\s?[:：]\s?\S/u, 'ضا');

const QUIZ_KEYS = new Set(QUIZ_HEADINGS.map(lineKey));
/** Longest question under a quiz's heading, most answers under it, and longest answer. */
const MAX_QUIZ_QUESTION_WORDS = 20;
const MAX_QUIZ_ANSWERS = 5;
const MAX_QUIZ_ANSWER_WORDS = 6;
/** A question's mark ending a line, a closing quote after it or not. */
const QUESTION_END = /[؟?]["»”]?$/u;

/**
 * "اختبر معلوماتك" / "س: في أي عام تأسست …؟" / "أ) 1945 ب) 1950 ج) 1962": how many lines under the quiz's heading at
 * `i` are its question and its short answers (a question's label there opens no interview); 0 when the next line asks
 * nothing. Never the headline.
 */
function quizLines(lines: readonly ClassifiedLine[], i: number, head: number): number {
  const question = lines[i + 1];
  if (question === undefined || i + 1 === head || question.info.kind !== 'text' || question.words > MAX_QUIZ_QUESTION_WORDS || !QUESTION_END.test(question.text)) return 0;
  let j = i + 2;
  while (j < lines.length && j !== head && j - i - 2 < MAX_QUIZ_ANSWERS && lines[j]!.info.kind === 'text' && lines[j]!.words <= MAX_QUIZ_ANSWER_WORDS && !PARAGRAPH_END.test(lines[j]!.text)) j++;
  return j - i - 1;
}

/** Headings of a box of one fact ("هل تعلم؟", "معلومة سريعة"), and the longest fact read under one. */
const FACT_BOX_KEYS = new Set(FACT_BOX_HEADINGS.map(lineKey));
const MAX_FACT_WORDS = 30;
/** A sentence's end with more after it: a second sentence in the line. */
const SENTENCE_INSIDE = /[.!؟?]\s+\S/u;

/**
 * "هل تعلم؟" / "يستهلك العالم أكثر من 100 مليون برميل من النفط يوميا.": 1 when the line under the fact box's heading at
 * `i` is one short sentence quoting no one (its fact: no speech marks), else 0. Never the headline.
 */
function factLines(lines: readonly ClassifiedLine[], i: number, head: number): number {
  const fact = lines[i + 1];
  if (fact === undefined || i + 1 === head || fact.info.kind !== 'text' || fact.words > MAX_FACT_WORDS || QUOTE_MARK_IN_LINE.test(fact.text)) return 0;
  return PARAGRAPH_END.test(fact.text) && !SENTENCE_INSIDE.test(fact.text) ? 1 : 0;
}

/** Longest poll question, most answers, and longest answer read over a poll's button. */
const MAX_POLL_QUESTION_WORDS = 12;
const MAX_POLL_ANSWERS = 5;
const MAX_POLL_ANSWER_WORDS = 3;

/** How many answers follow line `i` when it is a poll's question ("…؟") over short answers and a vote button, or 0. */
// ("🗳️ استطلاع: هل تتوقع …؟" then "نعم", "لا", "لا أعرف" last on the page: a question its label calls a poll needs no
// button under its answers)
function pollAnswers(lines: readonly ClassifiedLine[], i: number, labelled = false): number {
  const line = lines[i]!;
  if (line.words > MAX_POLL_QUESTION_WORDS || !/[؟?]$/u.test(line.text)) return 0;
  let j = i + 1;
  while (j < lines.length && j - i <= MAX_POLL_ANSWERS && lines[j]!.words <= MAX_POLL_ANSWER_WORDS && !BOX_END_KEYS.has(lines[j]!.key)) j++;
  if (j > i + 1 && j < lines.length && BOX_END_KEYS.has(lines[j]!.key)) return j - i - 1;
  if (labelled && j - i - 1 >= MIN_RESULT_ANSWERS && j === lines.length) return j - i - 1;
  // ("هل تؤيد …؟" over "نعم (42%)" and "لا (58%)": a poll's result, each answer with its share, needs no button)
  const answers = j - i - 1;
  if (answers >= MIN_RESULT_ANSWERS && lines.slice(i + 1, j).every((l) => SHARE_LAST.test(l.text))) return answers;
  // (nor "نعم" and "لا" alone, each a poll's button, two or more, an interview's answer being one: the short lines under
  // the question, or those before a blank line; a results button under them, "النتائج", is read with the box's end)
  let buttons = 0;
  while (i + buttons + 1 < lines.length && buttons < MAX_POLL_ANSWERS && POLL_ANSWER_KEYS.has(lines[i + buttons + 1]!.key)) buttons++;
  const after = lines[i + buttons + 1];
  return buttons >= MIN_RESULT_ANSWERS && (buttons === answers || after === undefined || after.afterBlank) ? buttons : 0;
}
/** A poll's answer buttons ("نعم", "لا", "لا أعرف"), as keys. */
const POLL_ANSWER_KEYS: ReadonlySet<string> = new Set(POLL_ANSWERS.map(lineKey));
/** A poll's label opening a line's key: "استطلاع", "استفتاء", "سؤال اليوم". */
const POLL_LABEL = gated(0, new RegExp(`^(?:${[...new Set(POLL_LABELS.map(lineKey))].join('|')})(?: |$)`, 'u'), 'اس');
/** Fewest answers of a poll's result. */
const MIN_RESULT_ANSWERS = 2;
/** "نعم (42%)", "لا 58%": an answer's share closing its line. */
const SHARE_LAST = gated(SHAPE.DIGIT | SHAPE.PERCENT, /\d{1,3}(?:[.,]\d{1,2})?\s?[%٪]\)?$/u);

/** Whether line `i` is a bulleted item whose run of bullets the header's metadata (a writer, a date) follows. */
function bulletsOverMetadata(lines: readonly ClassifiedLine[], i: number): boolean {
  if (!BULLET.test(lines[i]!.text)) return false;
  let j = i;
  while (j + 1 < lines.length && BULLET.test(lines[j + 1]!.text)) j++;
  return followedByMetadata(lines, j);
}

/** A whole input line of headline length with no full stop or trailing colon or comma: another story's title. */
function linkedTitle(title: ClassifiedLine | undefined, maxWords = MAX_LISTED_TITLE_WORDS, minWords = MIN_INSET_TITLE_WORDS): boolean {
  return title !== undefined && !title.piece && title.info.kind === 'text' && title.words >= minWords && title.words <= maxWords && !FULL_STOP_END.test(title.text) && !/[:،,]$/u.test(title.text) && !INTERVIEW_LABEL.test(title.text)
    // ("لكن السؤال الذي يطرحه كثيرون: هل …؟": a line that opens on a connector goes on from the text before it)
    && !CONNECTOR_KEYS.has(title.key.slice(0, title.key.indexOf(' ') >>> 0))
    // ("… هذا الأسبوع. سمات إسرائيل": a sentence ended inside the line, a site's tags glued after it, is the text's)
    && !INNER_SENTENCE_END.test(title.text);
}
/** Words that join a sentence to the one before it; no title opens with one. Folded. */
const CONNECTOR_KEYS = new Set(SENTENCE_CONNECTORS);

/** Most words of the story a box or slot inside the body links to: as long as a headline runs. */
const MAX_SLOT_TITLE_WORDS = 20;

/**
 * Whether the line at `i` is another story's title with a paragraph after it, or with the next section's
 * subheading and then a paragraph ("محاكمة أم سياف", "عندما يهدد التلاعب بالنظام أن يتحول إلى النظام نفسه").
 */
function sponsoredTitle(lines: readonly ClassifiedLine[], i: number): boolean {
  if (!linkedTitle(lines[i], MAX_SLOT_TITLE_WORDS)) return false;
  let after = lines[i + 1];
  if ((after !== undefined && after.info.kind === 'text' && !after.piece && after.words <= MAX_INSET_HEADING_WORDS && !END_MARK.test(after.text)) || linkedTitle(after)) after = lines[i + 2];
  return after !== undefined && after.info.kind === 'text' && isBodyLike(after);
}

/** "من: …" over "إلى: …": the two ends of a transfer, a trip or a converter, labelled. */
const FROM_LABEL = /^من\s?:/u;
const TO_LABEL = /^[إا]لى\s?:/u;

/** Whether the line at `i` is the first end of a from/to pair: "من: بنفيكا البرتغالي" over "إلى: الهلال السعودي". */
function fromToPair(lines: readonly ClassifiedLine[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && !next.afterBlank && FROM_LABEL.test(lines[i]!.text) && TO_LABEL.test(next.text);
}

/** Whether the line at `i` is a name alone, as a masthead prints the one holding a post. */
function mastheadNameAt(lines: readonly ClassifiedLine[], i: number): boolean {
  const name = lines[i];
  if (name === undefined || name.afterBlank || name.words > MAX_BARE_AUTHOR_WORDS) return false;
  if (name.info.kind === 'byline') return name.info.byline.authors.length > 0 && name.info.byline.agency === null;
  return name.info.kind === 'text' && (bareAuthors(name.text) !== null || isPersonLike(name.text));
}

/** "— وزير التربية": a pull quote's speaker under it, after a long dash, no sentence. */
const DASHED_SPEAKER = /^[—–]\s?[^\s\d.!؟?:«»"“”—–-][^.!؟?:«»"“”]{1,40}$/u;
const MAX_DASHED_SPEAKER_WORDS = 5;
/** "❝ لن نتراجع عن الإصلاحات ❞": a line in a pull quote's ornamental marks. */
const PULL_QUOTE_MARKED = /^\s?[❝❛〝][^❝❞❛❜〝〞]+[❞❜〞]\s?$/u;

/** Whether the line at `i` names a pull quote's speaker after a long dash. */
function pullQuoteSpeakerAt(lines: readonly ClassifiedLine[], i: number): boolean {
  const speaker = lines[i];
  return speaker !== undefined && speaker.words <= MAX_DASHED_SPEAKER_WORDS && DASHED_SPEAKER.test(speaker.text);
}

/** A letter: a line of the page's with words, not a rule of dashes or stars. */
const LETTER = /\p{L}/u;

/** Whether the line over `i` is the page's, with words: a box's line, so the one at `i` ends the box. */
function boxLineAbove(lines: readonly ClassifiedLine[], i: number): boolean {
  const above = lines[i - 1];
  return above !== undefined && above.info.kind === 'chrome' && LETTER.test(above.text);
}

/** Most lines of a card inside the body between its label and the button or note under them. */
const MAX_CARD_TEXT_LINES = 2;

/**
 * "إعلان" / "اشتر الآن بخصم 50%" / "تسوق الآن", "فيديو" / "لحظة وصول الوزير" / "02:13": a card set apart by blank lines
 * inside the body, a chrome label over one or two short lines that end no sentence and a chrome line under them (a
 * button, a running time). How many lines under the label at `i` are the card's, or 0.
 */
function cardLines(lines: readonly ClassifiedLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && j - i <= MAX_CARD_TEXT_LINES && !lines[j]!.afterBlank && lines[j]!.info.kind === 'text' && !isBodyLike(lines[j]!)) j++;
  const last = lines[j];
  if (j === i + 1 || last === undefined || last.afterBlank || last.info.kind !== 'chrome') return 0;
  const next = lines[j + 1];
  return next === undefined || next.afterBlank ? j - i : 0;
}

/** Fewest words of a linked title under a heading inside the body, and most words of the heading. */
const MIN_INSET_TITLE_WORDS = 4;
const MAX_INSET_HEADING_WORDS = 4;

/** How many lines of a heading over a linked title open at `i` inside the body (with a label over the heading, 3), or 0. */
function insetLines(lines: readonly ClassifiedLine[], i: number): number {
  if (headingOverTitle(lines, i)) return 2;
  const label = lines[i]!;
  return !label.piece && label.words <= MAX_INSET_HEADING_WORDS && !/[.!؟?…:]["»”']?$/u.test(label.text) && bareAuthors(label.text) === null && i + 1 < lines.length && lines[i + 1]!.info.kind === 'text' && headingOverTitle(lines, i + 1) ? 3 : 0;
}

/**
 * A short heading (one to four words, no sentence end, no name) over a headline-long line with no full stop
 * (four to fourteen words), with a paragraph right after it; each a whole input line (the pieces of a line that
 * wide gaps split are fragments of its text, of any length).
 */
function headingOverTitle(lines: readonly ClassifiedLine[], i: number): boolean {
  const heading = lines[i]!;
  const title = lines[i + 1];
  const after = lines[i + 2];
  // ("وفيما يلي نص الحوار:" over the interview's first question: a line that opens like a paragraph going on heads no
  // link; the text introduces what follows)
  if (heading.piece || heading.words > MAX_INSET_HEADING_WORDS || /[.!؟?…]["»”']?$/u.test(heading.text) || bareAuthors(heading.text) !== null || paragraphOpening(heading)) return false;
  return linkedTitle(title) && after !== undefined && after.info.kind === 'text' && isBodyLike(after);
}

/** Whether the next text line after `i`, past chrome, related markers and headings, reads as a paragraph. */
function paragraphNext(lines: readonly ClassifiedLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j]!;
    if (next.info.kind === 'text') return isBodyLike(next);
    if (!isPageChrome(next)) return false;
  }
  return false;
}

/** A short text line with no end mark: a button's or widget's label when it stands among others. */
function shortLabel(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && line.info.kind === 'text' && line.words < MIN_HEADLINE_WORDS + 1 && !SENTENCE_END.test(line.text);
}

/**
 * Between the headline and the body, a short line under a chrome line with no paragraph coming after it, or
 * beside another short label ("نص كبير" over "نص صغير") is a button: the body never opens with two headings. (A
 * short line over chrome and a paragraph is the body's kicker: "جماهير الهلال" over an inline video pointer.)
 */
function headerButton(lines: readonly ClassifiedLine[], i: number): boolean {
  const before = lines[i - 1];
  const after = lines[i + 1];
  // (a short line right before a paragraph may be its first hard-wrapped fragment: "قال ريموند" over "حداد، نائب …")
  const beforeParagraph = paragraphNext(lines, i);
  return (before?.info.kind === 'chrome' && !beforeParagraph) || shortLabel(before) || shortLabel(after);
}

/** Most lines of a summary box, and most words in each. */
const MAX_SUMMARY_LINES = 4;
const MAX_SUMMARY_LINE_WORDS = 40;

/**
 * How many lines under the summary label at `i` form its box: text lines with no blank line between them, ended by
 * a blank line with the body's paragraphs after it. 0 where no blank line sets the box apart (on a page whose
 * paragraphs no blank line parts, the box cannot be told from the body's first lines). A model's note or a "was it
 * useful" question among them goes with the box; items that each open on a list mark ("• …", "- …") may stand
 * apart by blank lines.
 */
function summaryBoxLines(lines: readonly ClassifiedLine[], i: number): number {
  if (lines[i + 1] !== undefined && LIST_MARK.test(lines[i + 1]!.text)) return markedSummaryLines(lines, i);
  const short = shortSummaryLines(lines, i);
  if (short > 0) return short;
  let j = i + 1;
  let items = 0;
  for (; j < lines.length && !lines[j]!.afterBlank && (lines[j]!.info.kind === 'text' || lines[j]!.info.kind === 'chrome') && lines[j]!.words <= MAX_SUMMARY_LINE_WORDS; j++) {
    if (lines[j]!.info.kind === 'text') items++;
  }
  if (items === 0 || items > MAX_SUMMARY_LINES || j >= lines.length || !lines[j]!.afterBlank) return 0;
  return bodyFollows(lines, j) ? j - i - 1 : 0;
}

/**
 * "نقاط رئيسية", two short lines, then the body's first paragraph with no blank line before it: short items that are
 * no sentences, right under the label, then a paragraph, make the box, blank lines or none on the page (the paragraph
 * is the body's, however short; a short line set apart under the label may be the article's own first line: "ملخص
 * بالذكاء الاصطناعي" / "" / "الأمير سلطان"; sentences under the label with no blank line after them stay).
 */
function shortSummaryLines(lines: readonly ClassifiedLine[], i: number): number {
  let j = i + 1;
  let items = 0;
  for (; j < lines.length && j - i <= MAX_SUMMARY_LINES && !lines[j]!.afterBlank; j++) {
    const line = lines[j]!;
    if (line.info.kind === 'text' && (isBodyLike(line) || line.words > MAX_CONTENTS_ITEM_WORDS)) break;
    if (line.info.kind === 'text') items++;
    else if (METADATA_KINDS.has(line.info.kind)) break;
    else if (line.info.kind !== 'chrome') return 0;
  }
  // ("ملخص المقال" / two items / "بروكسل - أ ف ب" / the body: the story's credit or date may stand between the box and
  // its first paragraph)
  let k = j;
  while (k < lines.length && k - j < MAX_METADATA_AFTER_BOX && !lines[k]!.afterBlank && METADATA_KINDS.has(lines[k]!.info.kind)) k++;
  const next = lines[k];
  return items > 0 && next !== undefined && next.info.kind === 'text' && isBodyLike(next) ? j - i - 1 : 0;
}
/** A box's item opening on a figure or a year: "2011: اندلاع الاحتجاجات", "٣ ملايين لاجئ". */
const FIGURE_FIRST = /^[0-9٠-٩]/u;
/** Fewest items of a box of figures set apart by blank lines. */
const MIN_FIGURE_ITEMS = 2;

/**
 * "تسلسل زمني" / "2011: اندلاع الاحتجاجات" / "2015: توقيع الاتفاق النووي" / the body, blank lines between or not: how
 * many lines under a box's heading at `i` are its items, short lines each opening on a figure, none a sentence, the
 * body's paragraph after them (0 where they are not).
 */
function figureItemLines(lines: readonly ClassifiedLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && j - i <= MAX_SUMMARY_LINES && lines[j]!.info.kind === 'text' && FIGURE_FIRST.test(lines[j]!.text) && !isBodyLike(lines[j]!) && lines[j]!.words <= MAX_CONTENTS_ITEM_WORDS) j++;
  const next = lines[j];
  return j - i - 1 >= MIN_FIGURE_ITEMS && next !== undefined && next.info.kind === 'text' && isBodyLike(next) ? j - i - 1 : 0;
}

/** Most credit, date or read-time lines between a summary box and the body. */
const MAX_METADATA_AFTER_BOX = 3;

/** Whether a line is a summary box's label ("ملخص الخبر:", "أبرز النقاط"). */
function summaryLabel(line: ClassifiedLine): boolean {
  return SUMMARY_KEYS.has(line.key) || SUMMARY_KEYS.has(labelKey(line.text));
}

/** A list item's mark opening a line: a bullet, a dash or a star before a space. */
const LIST_MARK = gated(0, /^(?:[•▪■●◆◄►✓✔]|[-–*] )/u, '\u002a\u002d\u2013\u2022\u25a0\u25aa\u25ba\u25c4\u25c6\u25cf\u2713\u2714');
/** Most items of a summary box whose items open on a list mark. */
const MAX_MARKED_SUMMARY_ITEMS = 6;

/** "النقاط الرئيسية" then "- …" items, blank lines between them or not, then the body: how many lines are the box's. */
function markedSummaryLines(lines: readonly ClassifiedLine[], i: number): number {
  let j = i + 1;
  let items = 0;
  for (; j < lines.length && lines[j]!.words <= MAX_SUMMARY_LINE_WORDS; j++) {
    const kind = lines[j]!.info.kind;
    if (kind === 'text' && LIST_MARK.test(lines[j]!.text)) items++;
    else if (kind !== 'chrome') break;
  }
  return items <= MAX_MARKED_SUMMARY_ITEMS && j < lines.length && bodyFollows(lines, j) ? j - i - 1 : 0;
}

/** The body after line `j`: at least one paragraph-like line. */
function bodyFollows(lines: readonly ClassifiedLine[], j: number): boolean {
  for (let k = j; k < lines.length; k++) if (lines[k]!.info.kind === 'text' && isBodyLike(lines[k]!)) return true;
  return false;
}

const CONTENTS_KEYS = new Set(CONTENTS_LABELS.map(lineKey));
/** Most items of a contents box, and most words in each. */
const MAX_CONTENTS_ITEMS = 8;
const MAX_CONTENTS_ITEM_WORDS = 10;

/** How many short lines under a contents heading at `i` are its items (questions, part titles), up to the body. */
function contentsBoxLines(lines: readonly ClassifiedLine[], i: number): number {
  let j = i + 1;
  while (j < lines.length && j - i <= MAX_CONTENTS_ITEMS && lines[j]!.info.kind === 'text' && lines[j]!.words <= MAX_CONTENTS_ITEM_WORDS && !isBodyLike(lines[j]!)) j++;
  // (the body after them: at least one paragraph-like line)
  return j < lines.length && bodyFollows(lines, j) ? j - i - 1 : 0;
}

/** Splits classified lines into headline, body paragraphs and boilerplate, collecting metadata lines. */
const OPINION_KEYS = new Set(OPINION_LABELS.map(lineKey));

/** "مصر: الحكومة تقر الموازنة": a place, a colon and words after it, with no space before the colon. */
const PLACE_COLON_TITLE = gated(SHAPE.COLON, /^[^:\s][^:]{1,30}: \S+ \S+/u);

/** The media and breaking labels as one alternation. */
const MEDIA_LABEL = MEDIA_TITLE_LABELS.join('|');
/** "بالفيديو.. لحظة …", "عاجل | زلزال …": a media or breaking label and what follows it. */
const MEDIA_TITLE = new RegExp(`^(?:${MEDIA_LABEL})\\s*(?::|\\||\\.\\.+)\\s*(.+)$`, 'u');

/**
 * "(فيديو) لحظة …", "… (صور)", "… - فيديو", "[فيديو] …": a title tagged with its medium in brackets, or after a dash or bar
 * at its end (the title is the group matched).
 */
const MEDIA_TAGGED_TITLE = new RegExp(
  `^[([](?:${MEDIA_LABEL})[)\\]]\\s*(.+)$|^(.+?)\\s*[([](?:${MEDIA_LABEL})[)\\]]$|^(.+?) [-–—|] (?:${MEDIA_LABEL})$`,
  'u',
);

/** "مصدر أمني: القبض على المتهم": an unnamed source, perhaps with one word describing it, and its words. */
const SOURCE_TITLE = /^(?:مصدر|مصادر)(?: \p{L}+)? ?: ?(.+)$/u;

/**
 * With no headline among the text lines, the page's headline may have been read as something else: "place:
 * writer" ("مصر: الحكومة تقر الموازنة", "العراق: مقتل ثلاثة جنود": a writer's credit stands under a headline,
 * never in its place), a video pointer ("بالفيديو.. لحظة انهيار مبنى سكني", which inside a page points at a
 * video) or a source line ("مصدر أمني: القبض على المتهم", which at the foot credits an outlet). The first such line
 * before any text line, or -1.
 */
function fallbackTitleIndex(lines: readonly ClassifiedLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.info.kind === 'text') return -1;
    if (line.info.kind === 'byline' && PLACE_COLON_TITLE.test(line.text)) {
      const { authors, agency, dateline } = line.info.byline;
      // ("الرياض: عبد الهادي حبتور": a writer's name after the place, a given name and a name's words, is the credit)
      const writer = authors.length === 1 && startsWithGivenName(lineKey(authors[0]!).split(' ')[0]!) && bareAuthors(authors[0]!) !== null;
      return authors.length === 1 && agency === null && dateline !== null && !writer && isHeadlineLike(line.text) ? i : -1;
    }
    if (line.info.kind !== 'chrome') continue;
    const match = MEDIA_TITLE.exec(line.text) ?? SOURCE_TITLE.exec(line.text) ?? MEDIA_TAGGED_TITLE.exec(line.text);
    // ("مباشر | تطورات الأوضاع في غزة" over the body: a live page's label and its story, the page's own title)
    const title = match?.slice(1).find((group) => group !== undefined) ?? liveCoverageTitle(line.text) ?? undefined;
    if (title !== undefined && keyWords(lineKey(title)) >= MIN_HEADLINE_WORDS && isHeadlineLike(title) && classifyPart(title).kind !== 'agency') return i;
  }
  return -1;
}

/**
 * "مباشر | تطورات الحرب في السودان" / … / "18:40" / "قوات الدعم السريع تعلن …": the text line found as the headline
 * stands under a post's time stamp, and a live page's label with its story stands above it: the line is the first
 * post's title, the label's story the page's.
 */
function postUnderLiveTitle(lines: readonly ClassifiedLine[], found: number): boolean {
  if (found === 0 || !isClockTime(lines[found - 1]!.key)) return false;
  for (let i = 0; i < found - 1; i++) if (lines[i]!.info.kind === 'chrome' && liveCoverageTitle(lines[i]!.text) !== null) return fallbackTitleIndex(lines) === i;
  return false;
}

/** Most lines of a writer's biography in the box at the foot. */
const MAX_BIOGRAPHY_LINES = 2;

/**
 * "عن الكاتب" / name / "صحفي متخصص في الشؤون السياسية …" / "جميع مقالات الكاتب": the text lines (two at most) from
 * `from` under the writer's name, when nothing after them reads as the article's (the box closes the page); else none.
 * (Under a press release's "عن الشركة", the lines on the company, read the same way.)
 */
function writerBioLines(lines: readonly ClassifiedLine[], from: number): number[] {
  const bio: number[] = [];
  let j = from;
  // (a biography opens on a noun, "صحفي", "باحث": a line opening on و or ف goes on with the article)
  while (j < lines.length && bio.length < MAX_BIOGRAPHY_LINES && lines[j]!.info.kind === 'text' && !conjunctionOpening(lines[j]!)) bio.push(j++);
  return bodyFollows(lines, j) ? [] : bio;
}

export function layoutLines(classified: readonly ClassifiedLine[]): Layout {
  const lines = timelinesAsText(classified);
  const out: Layout = { headline: '', paragraphs: [], boilerplate: [], dates: [], bylines: [], statedMinutes: null, boilerplateBeforeBody: 0 };
  const found = headlineIndex(lines);
  const head = found >= 0 && !postUnderLiveTitle(lines, found) ? found : fallbackTitleIndex(lines);
  const headWords = head >= 0 ? lines[head]!.key.split(' ') : [];
  let bodyStarted = false;
  let related = 0;
  // under a related-stories title, items are headlines; under a section heading, tags and form labels too
  let minItemWords = MIN_HEADLINE_WORDS;
  let inlineBlock = false;
  let skipUntil: string | null = null;
  const bodyLines: ClassifiedLine[] = [];
  let skipped = 0;
  let skipLines = 0;
  // where the headline was printed again over the body (the page's <h1> under the document's title), or -1
  let titleAgainAt = -1;
  const biography = new Set<number>();
  lines.forEach((line, i) => {
    const info = line.info;
    if (biography.has(i)) {
      out.boilerplate.push(line.text);
      return;
    }
    if (skipLines > 0) {
      // (a box's lines end at the headline, never take it: "بالأرقام.." over the headline labels it, it opens no box)
      if (i === head) skipLines = 0;
      else {
        skipLines--;
        out.boilerplate.push(line.text);
        return;
      }
    }
    if (i === head) {
      // ("العنوان: الحكومة ترفع …": a print page's label before the title, listed with the chrome)
      const label = HEADLINE_LABEL.exec(line.text);
      if (label !== null) out.boilerplate.push(label[0].trim());
      // ("… - سكاي نيوز عربية": the outlet's name after the title is the page's, listed with the chrome)
      const { headline: titled, suffix } = outletSuffix(label === null ? line.text : line.text.slice(label[0].length));
      // ("أسواق | بورصة الكويت تغلق …", "… - اقتصاد": a section's name beside the title on its line, listed too)
      const { headline, label: section } = sectionLabelAround(titled, sectionBesideTitle);
      out.headline = headline;
      if (suffix !== null) out.boilerplate.push(suffix);
      if (section !== null) out.boilerplate.push(section);
      // "مروان الصباغ يكتب: …": the headline names its writer first
      const signed = writerOfHeadline(line.text);
      if (signed !== null) out.bylines.push({ authors: signed, agency: null, dateline: null });
      // (a list over the headline, "الأكثر قراءة" and its titles, ends at it)
      related = 0;
      return;
    }
    // the title printed again above the body, or a variant of it (page <h1> beside the JSON-LD headline); inside the
    // body ("أنت تقرأ الآن" bars) only word for word, and not as short as a subheading
    const titleAgain = head >= 0 && line.key === lines[head]!.key;
    if (bodyStarted ? titleAgain && line.words >= MIN_REPEATED_TITLE_WORDS : titleAgain || (head >= 0 && line.words >= MIN_SHARED_TITLE_WORDS && sameTitle(line.key, headWords))) {
      if (!bodyStarted) titleAgainAt = i;
      out.boilerplate.push(line.text);
      return;
    }
    // "تخطى قصص مقترحة وواصل القراءة" … "قصص مقترحة نهاية": a promo block the page lets readers skip
    const skip = SKIP_START.exec(line.key);
    if (skip) {
      skipUntil = `${skip[1]} نهايه`;
      out.boilerplate.push(line.text);
      return;
    }
    if (skipUntil !== null) {
      if (line.key === skipUntil || skipped >= MAX_SKIPPED) skipUntil = null;
      skipped = skipUntil === null ? 0 : skipped + 1;
      out.boilerplate.push(line.text);
      return;
    }
    // "أسامة فرج (واس)" under the headline or beside the date: a writer and the agency in brackets, which the line
    // reader takes for a caption's credit (as "محمد صلاح (رويترز)" under a picture between paragraphs is)
    const bracketed = !bodyStarted && info.kind === 'chrome' ? bracketedCredit(lines, i, head) : null;
    if (bracketed !== null) {
      out.bylines.push(bracketed);
      out.boilerplate.push(line.text);
      return;
    }
    // "بقلم:" alone over "سارة البدور": a credit's label on its own line, the name under it ("تصوير:" over a name:
    // the photographer, no writer)
    // (at the foot too, when nothing after reads as the article's: "إعداد:" / name, "المصدر:" / "وكالات")
    const credit = i > head && head >= 0 ? loneLabelCredit(line, lines[i + 1]) : null;
    if (credit !== null && (!bodyStarted || !bodyFollows(lines, i + 2))) {
      if (credit.authors.length > 0 || credit.agency !== null) out.bylines.push(credit);
      out.boilerplate.push(line.text);
      skipLines = 1;
      return;
    }
    // "3 دقائق", "1٬254 دقيقتان" between the headline and the body: the meta bar's read-time badge (and its views'
    // count), the clock icon lost with the markup
    const badge = !bodyStarted && head >= 0 && i > head && (info.kind === 'text' || info.kind === 'chrome') ? parseMinutesBadge(line.key) : null;
    if (badge !== null) {
      out.statedMinutes ??= badge;
      out.boilerplate.push(line.text);
      return;
    }
    // "تصحيح" over "ورد في نسخة سابقة من هذا الخبر …": an editor's note, its label on a line of its own
    const next = lines[i + 1];
    if (next !== undefined && line.words <= 2 && isEditorNoteOver(line.key, next.text, next.key, next.words)) {
      out.boilerplate.push(line.text);
      skipLines = 1;
      return;
    }
    // "للاقتباس من هذا المقال:" over "الموقع، عنوان المقال، تاريخ النشر": a card citing the article, its reference
    // under the heading
    if (next !== undefined && i > head && CITE_HEADING_KEYS.has(line.key)) {
      out.boilerplate.push(line.text);
      skipLines = 1;
      return;
    }
    // "التعليقات (2)" then a name, an age, a comment and "رد": readers' comments, to the page's end
    // ("الهوامش:" then "[1] …" lines: numbered notes, to the page's end)
    if (bodyStarted && (info.kind === 'section' || info.kind === 'chrome')) {
      // ("الأسئلة الشائعة" then questions and their short answers, to the page's end)
      const rest = commentThread(lines, i) ? lines.length - i - 1 : NOTES_HEADING_KEYS.has(line.key) ? notesBlock(lines, i) : FAQ_HEADING_KEYS.has(line.key) ? faqBlock(lines, i) : 0;
      if (rest > 0) {
        out.boilerplate.push(line.text);
        skipLines = rest;
        return;
      }
    }
    // ("تعليقان" then "خالد م. — منذ 3 ساعات": a comments heading the line reader left as text, a commenter and the
    // age right under it)
    if (bodyStarted && info.kind === 'text' && plainCommentHeading(lines, i)) {
      out.boilerplate.push(line.text);
      skipLines = lines.length - i - 1;
      return;
    }
    switch (info.kind) {
      case 'read-time':
        out.statedMinutes ??= info.minutes;
        out.boilerplate.push(line.text);
        return;
      case 'date':
        // (under the body a date's publication label is no stronger than a plain date over it: "الفتوى صادرة بتاريخ
        // 12 رمضان 1445" dates a document the story is about)
        // ("الخميس، 13 نوفمبر 2026" over the headline: a masthead's day, no stronger than a plain date under it)
        out.dates.push(bodyStarted ? { ...info.date, published: false, place: 'body' } : head >= 0 && i < head ? { ...info.date, place: 'over-headline' } : info.date);
        if (info.byline) out.bylines.push(info.byline);
        if (info.minutes !== undefined) out.statedMinutes ??= info.minutes;
        out.boilerplate.push(line.text);
        return;
      case 'byline':
        // "المؤلف: يوسف الشامي" beside "الناشر: …": a book's card names the book's writer
        // ("من: بنفيكا البرتغالي" over "إلى: الهلال السعودي": a transfer's or a trip's ends, no credit)
        if (inBookCard(lines, i) || fromToPair(lines, i)) {
          out.boilerplate.push(line.text);
          return;
        }
        // "الشروق أونلاين" over the headline, first on the page: the site's own masthead, which credits no agency;
        // "الوطن" lower down over the headline: a section named by the same common word as an outlet
        // ("المصدر أونلاين - خاص" first on the page: the outlet and a desk word, a credit, not the masthead)
        // ("سامية الحوسني" / "تحرير: ليلى قاسم": an editor's credit alone under a writer already credited names no
        // second writer; alone, "تحرير: X" is the writer's credit on many sites)
        // ("ديفيد إغناطيوس" / "ترجمة: سمر الأتاسي" in the header: a translated column's translator is no second writer;
        // at the foot "ترجمة: X" may be the page's only credit to its own staff, and is read as the writer's)
        if ((EDITING_CREDIT.test(line.text) || (!bodyStarted && TRANSLATION_CREDIT.test(line.text))) && out.bylines.some((b) => b.authors.length > 0)) out.bylines.push({ ...info.byline, authors: [] });
        else if (!(i < head && isMasthead(info.byline) && (i === 0 || chromeAbove(lines, i) || SECTION_LIKE_OUTLET_KEYS.has(line.key)) && !hasDeskPart(line.text))) out.bylines.push(info.byline);
        if (info.minutes !== undefined) out.statedMinutes ??= info.minutes;
        out.boilerplate.push(line.text);
        return;
      case 'related':
        related = MAX_RELATED_ITEMS;
        minItemWords = MIN_HEADLINE_WORDS;
        // "اقرأ أيضًا.. عنوان القصة": a title on the marker's own line; more titles may follow it, but a body line
        // without a full stop ("وأردف …") ends the block
        inlineBlock = inlineItem(line.text);
        out.boilerplate.push(line.text);
        return;
      case 'section': {
        // "آخر الأخبار", "التعليقات": after the article, the titles or form labels under it go with it
        // ("معلومة سريعة: تأسست الأمم المتحدة عام 1945.": a label and its sentence, ended, heads no list: the
        // subheading under it is the story's)
        if (bodyStarted) related = FULL_STOP_END.test(line.text) ? 0 : MAX_RELATED_ITEMS;
        minItemWords = 1;
        out.boilerplate.push(line.text);
        // "عن الكاتب" and then a name: the writer's box names the author
        const named = WRITER_BOX_KEYS.has(line.key) ? lines[i + 1] : undefined;
        const authors = named !== undefined && named.info.kind === 'text' && named.words <= MAX_BARE_AUTHOR_WORDS ? bareAuthors(named.text) ?? (isPersonLike(named.text) ? [named.text] : null) : null;
        if (authors !== null) out.bylines.push({ authors, agency: null, dateline: null });
        // ("عن الكاتب: مصطفى السيد، أستاذ العلاقات الدولية": the box's heading and the writer on one line)
        else if (named === undefined) {
          const inline = inlineWriterBox(line.text);
          if (inline !== null) out.bylines.push({ authors: inline, agency: null, dateline: null });
        }
        // (and a line or two of the writer's biography under the name, at the foot: "صحفي متخصص في …")
        if (named !== undefined && bodyStarted && (authors !== null || (named.info.kind === 'byline' && named.info.byline.authors.length > 0))) {
          for (const k of writerBioLines(lines, i + 2)) biography.add(k);
        }
        // ("عن الكاتب" / "سامر القيسي صحفي وكاتب يهتم …": a biography that opens on the name of a writer credited above;
        // "عن الكاتب" / "صحفي متخصص في الشؤون الاقتصادية، عمل …": the biography alone, opening on a trade)
        else if (named !== undefined && bodyStarted && named.info.kind === 'text' && (out.bylines.some((b) => b.authors.some((a) => named.text.startsWith(`${a} `))) || opensOnWriterTrade(named.key))) {
          for (const k of writerBioLines(lines, i + 1)) biography.add(k);
        }
        // "عن الشركة" under a press release, "ادعم الصحافة المستقلة": the paragraph on the company or outlet goes with it
        if (bodyStarted && (PARAGRAPH_BOX_KEYS.has(line.key) || ABOUT_BODY_HEADING.test(line.key))) for (const k of writerBioLines(lines, i + 1)) biography.add(k);
        // "اختبر معلوماتك" over its question and answers, between paragraphs or before the body starts
        if (QUIZ_KEYS.has(line.key)) skipLines = quizLines(lines, i, head);
        // "💡 هل تعلم؟" over "يستهلك العالم أكثر من 100 مليون برميل …" between paragraphs: the box's one fact goes with it
        // (and the box ends there: the lines under it are the story's again)
        else if (bodyStarted && FACT_BOX_KEYS.has(line.key)) {
          skipLines = factLines(lines, i, head);
          if (skipLines > 0) related = 0;
        }
        // "في أرقام:" over "2 مليون منزل" and the body's first paragraph, no blank line between: a fact box over the body
        // ("تسلسل زمني" / "" / "2011: اندلاع الاحتجاجات" / "" / …: or items each opening on a figure, blank lines between)
        else if (!bodyStarted && INFO_BOX_KEYS.has(line.key)) skipLines = shortSummaryLines(lines, i) || figureItemLines(lines, i);
        return;
      }
      case 'chrome': {
        out.boilerplate.push(line.text);
        // "بقلم: X" / "(أ ف ب)" / "12 مارس 2024": an agency alone in brackets between two lines of the story's metadata is
        // the agency it came from (over the body with no metadata around it, it is the lead photo's credit)
        const agency = !bodyStarted && head >= 0 && i > head + 1 && METADATA_KINDS.has(lines[i - 1]!.info.kind) && lines[i + 1] !== undefined && METADATA_KINDS.has(lines[i + 1]!.info.kind) ? bracketedAgency(line.text) : null;
        if (agency !== null) {
          out.bylines.push(agency);
          return;
        }
        // "📍 الرياض" under the headline, before the body: the dateline, without the pin (chrome at the foot)
        const pinned = !bodyStarted && head >= 0 && i > head && line.text.startsWith(ROUND_PIN) ? placeTag(line) : null;
        if (pinned !== null) {
          out.bylines.push({ authors: [], agency: null, dateline: pinned });
          return;
        }
        // "Rami Khouri" under the headline, right over the date: the writer's name in Latin letters alone
        if (!bodyStarted && head >= 0 && i > head && lines[i + 1]?.info.kind === 'date' && bareLatinName(line.text)) {
          out.bylines.push({ authors: [line.text], agency: null, dateline: null });
          return;
        }
        // "مدة القراءة" over "3 دقائق": the read time's label on its own line, the minutes under it
        if (READ_TIME_LABEL_KEYS.has(line.key) && lines[i + 1] !== undefined) {
          const minutes = parseMinutesAlone(lines[i + 1]!.key);
          if (minutes !== null) {
            out.statedMinutes ??= minutes;
            skipLines = 1;
            return;
          }
        }
        // "رئيس التحرير المسؤول" / "سالم العامري": the masthead's post over the name that holds it, the outlet's, never
        // the writer's
        if (bodyStarted && isMastheadPosts(line.key, line.words) && mastheadNameAt(lines, i + 1)) {
          skipLines = 1;
          return;
        }
        // "تصويت" closes a poll: the subheading under it is the article's
        if (BOX_END_KEYS.has(line.key)) related = 0;
        const polled = bodyStarted && POLL_LABEL.test(line.key) ? pollAnswers(lines, i, true) : 0;
        if (polled > 0) {
          skipLines = polled;
          return;
        }
        // "إعلانات" or "اشترك في نشرتنا" then a headline, between two paragraphs: the story the slot or box links
        // to (a picture's caption may stand over the next subheading instead)
        // (never under a live page's time stamp: "12:40 م" stands over the title of the next post)
        // ("أبرز النقاط" / "• …" / "• …" set apart between paragraphs: a summary box whose items open on list marks
        // right under the label; items parted by blank lines there are the story's own list, as set 130 reads them)
        if (bodyStarted && line.afterBlank && LIST_MARK.test(lines[i + 1]?.text ?? '') && !lines[i + 1]!.afterBlank && summaryLabel(line)) skipLines = markedSummaryLines(lines, i);
        // (the last line of a box of the page's, "🗳 نتائج أولية" / "نسبة المشاركة: 41.2%" / "الفرز مستمر", labels no
        // slot: the subheading under it is the story's; a rule of dashes over the label parts the slot from the story)
        else if (bodyStarted && !boxLineAbove(lines, i) && sponsoredTitle(lines, i + 1) && !isCaption(line.text, line.key, line.words) && !isClockTime(line.key)) skipLines = 1;
        // "إعلان" / "اشتر الآن بخصم 50%" / "تسوق الآن" apart between paragraphs: a card, its label over its button
        else if (bodyStarted && line.afterBlank) skipLines = cardLines(lines, i);
        // "ملخص" and its lines over a blank line, before the body: a summary box
        else if (!bodyStarted && summaryLabel(line)) skipLines = summaryBoxLines(lines, i);
        // "في هذا المقال:" and the questions or titles under it, before the body: a contents box
        else if (!bodyStarted && CONTENTS_KEYS.has(line.key)) skipLines = contentsBoxLines(lines, i);
        return;
      }
      case 'text':
        break;
    }
    // a line of one or two words with no end mark, followed by a paragraph, is the body's next subheading
    // ("بتال يحتفي"), not a title ("تحرير عدن..")
    if (related > 0 && !isBodyLike(line) && !(line.words < minItemWords && !END_MARK.test(line.text) && subheadingBefore(lines, i)) && !(inlineBlock && bodyOpening(line))) {
      related--;
      out.boilerplate.push(line.text);
      return;
    }
    related = 0;
    // "هل تؤيد هذا القرار؟", "نعم", "لا", "صوت الآن": a poll with no heading, its question and answers over its button
    const answers = bodyStarted ? pollAnswers(lines, i) : 0;
    if (answers > 0) {
      related = answers;
      minItemWords = 1;
      inlineBlock = false;
      out.boilerplate.push(line.text);
      return;
    }
    // "شاهد: نجران.. السجن 5 أعوام لمبتز" inside the body: a pointer to another story
    // ("• عنوان قصة أخرى" alone between two paragraphs: a link to another story; a list's items come in runs)
    // ("بالصور.. جولة الوزير …" with a paragraph right under it: a link to a gallery between paragraphs)
    const gallery = isGalleryPointer(line.text, line.words) && lines[i + 1]?.info.kind === 'text' && isBodyLike(lines[i + 1]!);
    if (bodyStarted && (isStoryPointer(line.text, line.words) || gallery || loneBulletTitle(lines, i))) {
      out.boilerplate.push(line.text);
      return;
    }
    // "ما يجب معرفته" over a headline-long title inside the body, after a paragraph: a heading of the page's own
    // and the story it links to (a subheading stands over a paragraph, never over a title)
    // ("مساحة إعلانية" over "اقرأ كمان:" over the title: a label may stand over the heading)
    const inset = bodyStarted && bodyLines.length > 0 && isBodyLike(bodyLines[bodyLines.length - 1]!) ? insetLines(lines, i) : 0;
    if (inset > 0) {
      related = inset - 1;
      minItemWords = MIN_INSET_TITLE_WORDS;
      inlineBlock = false;
      out.boilerplate.push(line.text);
      return;
    }
    // "📊 المؤشرات الرئيسية" over "التضخم: 3.4% | البطالة: 7.1%": a chart's glyph before a short heading, over the
    // page's chrome, is a numbers box's title (over a paragraph it heads a part of the story: "📊 نتائج الاستطلاع")
    // ("🗓 مهرجان الشارقة القرائي للطفل" over "📍 مركز إكسبو الشارقة": a calendar's glyph before an event's name, over
    // the card's place, is an event card's title)
    if (bodyStarted && line.words <= MAX_CHART_HEADING_WORDS && CHART_HEADING.test(line.text) && (isPageChrome(lines[i + 1]) || cardPlaceAt(lines, i + 1))) {
      out.boilerplate.push(line.text);
      return;
    }
    // "📍 مركز إكسبو الشارقة" between paragraphs, under a card's title or over its chrome: the card's place
    if (bodyStarted && cardPlaceAt(lines, i) && (out.boilerplate.at(-1) === lines[i - 1]?.text || isPageChrome(lines[i + 1]))) {
      out.boilerplate.push(line.text);
      return;
    }
    // "«الاستثمار في التعليم هو الطريق الوحيد للنهوض»" over "— وزير التربية" between paragraphs: a pull quote and the
    // one who said it, the page's, repeating the story; "❝ … ❞": one in a pull quote's marks, which no story's text uses
    const ornamented = bodyStarted && PULL_QUOTE_MARKED.test(line.text);
    if (ornamented || (bodyStarted && QUOTED_WHOLE.test(line.text) && pullQuoteSpeakerAt(lines, i + 1))) {
      if (!ornamented) skipLines = 1;
      out.boilerplate.push(line.text);
      return;
    }
    // "الدولار 47.52 جنيه" in the header: a price ticker
    // ("الادعاء: صورة متداولة تظهر …" in the header: the claim a fact-check tests, over its verdict)
    // ("الضيف: د. ناصيف حتي، وزير الخارجية الأسبق" under the date: a programme's guest card, never a writer)
    if (!bodyStarted && (isTicker(line.key, line.words, line.text) || (i > head && line.words <= MAX_CLAIM_WORDS && (CLAIM_LINE.test(line.text) || (GUEST_CARD.test(line.text) && !SENTENCE_END.test(line.text)))))) {
      out.boilerplate.push(line.text);
      return;
    }
    // "من هو؟" over "اقرأ السيرة الكاملة ←": a profile box's heading right over the page's chrome is the page's too
    if (PROFILE_BOX_KEYS.has(line.key) && isPageChrome(lines[i + 1])) {
      out.boilerplate.push(line.text);
      return;
    }
    // names alone under the headline (or above a body with none), each opening with a common given name
    // ("يوسف بن علي ورانيا الحسيني")
    // (or under the deck that opens the body, when the date or read time still follows: "خبراء يرون …" / "سلمى الراشد صحافية")
    const underDeck = bodyStarted && bodyLines.length === 1 && !isBodyLike(bodyLines[0]!) && followedByMetadata(lines, i);
    // (or right over the headline, under a section's label: an opinion page prints the writer first)
    // (or over a writer's box over the headline: "غادة الرشيد" / "كاتبة وباحثة …" / "@handle" / "42 مقالا" / the headline)
    const overHead = head > 0 && (((i === head - 1 || i === head - 2) && lines[head - 1]!.info.kind === 'text') || writerBoxUnder(lines, i, head));
    // ("تغريد الحسيني، مراسل الموقع في القاهرة": a name and the writer's trade after a comma)
    // ("مقالات الرأي" / "سلافة جبور" / the headline: under an opinion label, a name the given-name list lacks too)
    const underOpinionLabel = overHead && i === head - 1 && i > 0 && OPINION_KEYS.has(lines[i - 1]!.key) && unlistedName(line);
    // ("نوارة نجم" / "كاتب صحفي" / "12 ألف متابع" / the headline: over a writer's box whose trade stands right under it,
    // a name the given-name list lacks too)
    const boxedOverHead = overHead && i < head - 1 && tradeLineAt(lines, i + 1) && unlistedName(line);
    // ("هلا الشياب" under the date, over "بطاقة المباراة": a given name the lexicon lacks with a definite family name,
    // between the stamp and the page's chrome, is the writer; never a stamp's or a menu's words)
    // ("بيان الرفاعي" under the date, over the blank line that ends the header: the same, a given name that is a common
    // word too)
    const stamped = !bodyStarted && head >= 0 && i > head && METADATA_KINDS.has(lines[i - 1]!.info.kind) && (isPageChrome(lines[i + 1]) || (!line.afterBlank && lines[i + 1]?.afterBlank === true));
    // ("سحر الجعارة" over "كاتبة ومحللة سياسية", under the headline: a writer's trade under the line marks a name the
    // given-name list lacks with a definite family name)
    const tradeUnder = !bodyStarted && head >= 0 && i > head && tradeLineAt(lines, i + 1);
    // ("سلام الخوري" right under the headline, alone over the blank line that ends the header: two words, a given name
    // that is a common word too and a family name of a nisba's shape; never a column's name, "نبض الشارع")
    const underHead = !bodyStarted && head >= 0 && i === head + 1 && line.words === 2 && !line.afterBlank && lines[i + 1]?.afterBlank === true && NISBA_FAMILY.test(line.key.slice(line.key.indexOf(' ') + 1));
    const names = (!bodyStarted || underDeck) && (i > head || overHead) && line.words <= MAX_BARE_NAMES_WORDS ? bareAuthors(line.text) ?? nameWithTrade(line) ?? (underOpinionLabel || boxedOverHead ? [line.text] : null) ?? (stamped || tradeUnder || underHead ? bareOrFamilyName(line.text, unlabelledName) ?? (stamped ? stampedName(line) : null) : null) : null;
    if (names !== null) {
      out.bylines.push({ authors: names, agency: null, dateline: null });
      out.boilerplate.push(line.text);
      return;
    }
    // "«همس الحروف»" between the stamp and the blank line that ends the header: a column's name in quote marks
    if (stamped && line.words <= MAX_QUOTED_TITLE_WORDS && QUOTED_TITLE_ALONE.test(line.text)) {
      out.boilerplate.push(line.text);
      return;
    }
    // "عمّان" alone under the date or the byline, before the body: the place the story was filed from
    const place = !bodyStarted && i > head && head >= 0 && (METADATA_KINDS.has(lines[i - 1]!.info.kind) || PLACE_LABEL_KEYS.has(lines[i - 1]!.key)) ? placeTag(line) : null;
    if (place !== null) {
      out.bylines.push({ authors: [], agency: null, dateline: place });
      out.boilerplate.push(line.text);
      return;
    }
    // "آمنة بوزيد" then "محررة في قسم الأخبار": the writer's trade right under the byline, before the body
    if (!bodyStarted && i > head && head >= 0 && tradeUnderByline(lines, i, out)) {
      out.boilerplate.push(line.text);
      return;
    }
    // "رووداو ديجيتال" over the page and again under the headline: the site's name, now as the story's credit
    // ("المدن - سياسة": the site's name and the section)
    const site = !bodyStarted && i > head && head > 0 ? repeatedSiteName(lines, line) : null;
    if (site !== null) {
      out.bylines.push({ authors: [], agency: site, dateline: null });
      out.boilerplate.push(line.text);
      return;
    }
    // ("ملف خاص: أزمة المياه" under the headline, over the writer: the file the story is filed in)
    const fileLabel = !bodyStarted && i > head && head >= 0 && line.words <= MAX_FILE_LABEL_WORDS && KICKER_LABEL.test(line.text);
    // ("قراءة في أرقام الربع الأول ودلالاتها على الأسواق" right under the headline, over the writer or the date: the
    // story's deck, no sentence of it)
    // (or right under the headline printed again: an HTML page's <h2> under its <h1>)
    const deck = !bodyStarted && head >= 0 && (i === head + 1 || (titleAgainAt > head && i === titleAgainAt + 1)) && line.words <= MAX_DECK_WORDS;
    const shortHeaderLine = !bodyStarted && (fileLabel || deck || line.words < MIN_HEADLINE_WORDS + 1) && !SENTENCE_END.test(line.text);
    // A short line after the headline belongs to the header only when metadata lines still follow it;
    // otherwise it is the body's first line (a kicker or subtitle).
    // ("أبرز النقاط" and its bulleted items over the writer and the date: a summary box in the header)
    // ("الراكوبة" alone right under the headline, over the body: one word is the site's name or a label, no paragraph)
    if (i < head || (shortHeaderLine && (head < 0 || followedByMetadata(lines, i) || headerButton(lines, i) || loneWordUnderHeadline(lines, i, head))) || (!bodyStarted && i > head && bulletsOverMetadata(lines, i))) {
      // a bare name between the headline and the date is the author ("خالد المنصوري")
      // (never the writer's trade under the name: "كاتب صحفي")
      // (never two parts around a dash: "عمّان - رؤيا" is a place and an outlet)
      // (never a noun and its adjective, both definite: "النسخة الورقية"; "الهادي التريكي" opens on a given name)
      // (never words parted by a comma: "وزارة الصحة، جدة"; never a label's credit: "تدقيق: رنا الشامي" names the
      // copy editor)
      // (an emoji or symbol before or after the name marks it and is no part of it: "✍️ لين الرواشدة")
      // (never a body's unit: "وحدة الدراسات السياسية" under the writer names who published the paper)
      // (never a label or a button: "تحليل اقتصادي", "شاهد الفيديو كاملا", "اقرأ بهدوء الآن")
      // (never a title's dots nor definite nouns joined by و: "العيد.. والثوب الجديد" is a short title)
      // ("من هلا حداد": "from" before the name is no part of it; "من مكة المكرمة" names the place filed from)
      // (a date read already ends the names, unless it stood over the headline and the name is the first in the
      // headline's block: "05/06/2024" / the title / "ألفة يوسف"; after a blank line or a writer, "الأمير سلطان" is a
      // caption's)
      const bare = withoutSymbols(line.text);
      const unled = bare.replace(FROM_LEAD, '');
      const name = unled !== bare && isKnownPlace(lineKey(unled)) ? bare : unled;
      if (i > head && head >= 0 && (line.afterBlank || out.bylines.some(namesSomebody) ? out.dates.length === 0 : !out.dates.some(storyDate)) && isPersonLike(name) && line.words <= MAX_BARE_AUTHOR_WORDS && !isWriterTitle(line.key.split(' ')[0] ?? '') && !labelOrButton(line.key) && !bodysUnit(line.key) && !SPACED_DASH.test(line.text) && !/[،,:]/u.test(line.text) && !(ALL_DEFINITE.test(line.key) && !startsWithGivenName(line.key)) && !TITLE_DOTS.test(line.text) && !JOINED_DEFINITE.test(line.key) && !FORMER_LAST.test(line.key)) {
        out.bylines.push({ authors: [name], agency: null, dateline: null });
      }
      // "عدن" alone under the headline, over the writer's name: the dateline ("📍 الرياض": without the pin)
      else if (i > head && head >= 0 && isKnownPlace(line.key)) out.bylines.push({ authors: [], agency: null, dateline: name });
      out.boilerplate.push(line.text);
      return;
    }
    // ("من ملف : العدوان على لبنان" under the body: the file the story is filed in; over the headline it is a kicker)
    if (bodyStarted && line.words <= MAX_FILE_LABEL_WORDS && FILE_LABEL.test(line.text) && !SENTENCE_END.test(line.text)) {
      out.boilerplate.push(line.text);
      return;
    }
    if (!bodyStarted) out.boilerplateBeforeBody = out.boilerplate.length;
    bodyStarted = true;
    out.paragraphs.push(line.text);
    bodyLines.push(line);
  });
  // whether page chrome (a button, a list heading, a related block) follows the lines after the last paragraph
  // "(ميساء الخالدي)" last on the page, under the body, and no writer credited: the writer's signature in brackets
  const signature = out.bylines.some((b) => b.authors.length > 0) ? null : bracketedSignature(lines, bodyLines);
  if (signature !== null) out.bylines.push({ authors: [signature], agency: null, dateline: null });
  // "-انتهى-" then "نبذة عن سابك" and the paragraph on the company: a press release's foot after the wire's end mark
  const about = aboutAfterEndMark(lines, bodyLines);
  if (about > 0) {
    out.boilerplate.push(...out.paragraphs.splice(about));
    return out;
  }
  // "للاستفسارات الإعلامية:" and the contact's name and department under it, last on the page: a press release's foot
  const contact = contactBlock(bodyLines);
  if (contact > 0) {
    out.boilerplate.push(...out.paragraphs.splice(contact));
    return out;
  }
  const tail = tailStart(bodyLines);
  const lastParagraph = tail > 0 ? lines.lastIndexOf(bodyLines[tail - 1]!) : -1;
  // (after the tail's last line: a fragment cut off at the end of a truncated scrape has nothing after it)
  const lastTail = tail < bodyLines.length ? lines.lastIndexOf(bodyLines[bodyLines.length - 1]!) : -1;
  const chromeAfter = lastTail >= 0 && lines.slice(lastTail + 1).some(isPageChrome);
  // (over the page's chrome, or over the outlet's own line: "جريدة الأيام - البحرين")
  // (a name the given-name list lacks signs too when it repeats a writer credited above: "عزة أحمد")
  const credited = new Set(out.bylines.flatMap((b) => b.authors));
  const writer = footWriter(bodyLines, (line) => chromeOrMetadata(lines[lines.lastIndexOf(line) + 1]), (line) => lines[lines.lastIndexOf(line) + 1]?.info.kind === 'date', (line) => lines.lastIndexOf(line) === lines.length - 1, credited, (line) => WRITER_LINK_KEYS.has(lines[lines.lastIndexOf(line) + 1]?.key ?? ''));
  // (with the page's chrome under it, or last on the page after a paragraph that ends a sentence: "… آخر فقرة." /
  // "سارة الكندري")
  const signed = writer > 0 ? lines.slice(lines.lastIndexOf(bodyLines[writer]!) + 1) : [];
  // (or last on the page over one line of the writer's trade: "* جود الساعدي" / "كاتب وأكاديمي")
  const tradeLast = signed.length === 1 && writer === bodyLines.length - 2 && signed[0] === bodyLines[writer + 1] && opensOnWriterTrade(signed[0]!.key);
  if (writer > 0 && (signed.some(chromeOrMetadata) || tradeLast || (writer === bodyLines.length - 1 && signed.length === 0 && (SENTENCE_END.test(bodyLines[writer - 1]!.text) || bodyLines[writer]!.afterBlank)))) {
    out.bylines.push({ authors: bareAuthors(bodyLines[writer]!.text) ?? [dashedSignature(bodyLines[writer]!) ?? bodyLines[writer]!.text.trim()], agency: null, dateline: null });
    out.boilerplate.push(...out.paragraphs.splice(writer));
    return out;
  }
  // "شارك المقال", "نسخ الرابط", then "نوال بن علي" and "كاتب صحفي وباحث …" last on the page: a writer's box
  const boxed = writerUnderFootChrome(lines, bodyLines);
  if (boxed !== null) {
    out.bylines.push({ authors: boxed.authors, agency: null, dateline: null });
    out.boilerplate.push(...out.paragraphs.splice(boxed.at));
    return out;
  }
  // "سامي النجار كاتب وباحث في الشؤون الدولية", "كاتب فلسطيني": a note on the writer, last on the page under a
  // paragraph that ends a sentence, with no mark before it
  const note = footWriterNote(lines, bodyLines, credited);
  if (note !== null) {
    if (note.length > 0) out.bylines.push({ authors: note, agency: null, dateline: null });
    out.boilerplate.push(...out.paragraphs.splice(bodyLines.length - 1));
    return out;
  }
  // the headline printed again after the last paragraph (a sticky header at the page's foot)
  if (head >= 0 && bodyLines.length > 2 && bodyLines[bodyLines.length - 1]!.key === lines[head]!.key) out.boilerplate.push(...out.paragraphs.splice(bodyLines.length - 1));
  // whether page chrome stands between that paragraph and the first line after it that is still in the body
  const firstTail = tail < bodyLines.length ? lines.indexOf(bodyLines[tail]!, lastParagraph + 1) : -1;
  const chromeBefore = firstTail > lastParagraph + 1 && lines.slice(lastParagraph + 1, firstTail).some(isPageChrome);
  const chromeAfterFirst = firstTail >= 0 && lines.slice(firstTail + 1).some(isPageChrome);
  // "// انتهى //" and "المصدر: الجزيرة + وكالات" end the article text: what follows is the agency's stamp ("17:02 ت م")
  // or more of the page
  const endMarked = firstTail > lastParagraph + 1 && lines.slice(lastParagraph + 1, firstTail).some((l) => l.info.kind === 'chrome' && (END_KEYS.has(l.key) || isSourceLine(l.text, l.key, l.words)));
  const foot = footList(bodyLines, chromeAfter, chromeBefore && (tail < bodyLines.length - 1 || chromeAfterFirst || endMarked));
  if (foot > 0) out.boilerplate.push(...out.paragraphs.splice(foot));
  else {
    const under = underFootChrome(lines, bodyLines, tail);
    if (under > 0) out.boilerplate.push(...out.paragraphs.splice(under));
    else if (lastTitleUnderChrome(lines, bodyLines)) out.boilerplate.push(...out.paragraphs.splice(bodyLines.length - 1));
    else {
      const apart = apartTitles(lines, bodyLines);
      if (apart > 0) out.boilerplate.push(...out.paragraphs.splice(apart));
      else if (loneTitleAfterParagraphs(lines, bodyLines)) out.boilerplate.push(...out.paragraphs.splice(bodyLines.length - 1));
      else {
        const block = titleBlockAfterParagraphs(lines, bodyLines);
        if (block > 0) out.boilerplate.push(...out.paragraphs.splice(block));
      }
    }
  }
  // "تابع النتائج الكاملة لكل الدوائر": a short call last on the page, under a paragraph that ends a sentence
  if (out.paragraphs.length >= 2 && out.paragraphs.at(-1) === bodyLines.at(-1)!.text && footCall(bodyLines)) out.boilerplate.push(out.paragraphs.pop()!);
  // "سامي" / "👍 12 👎 3" / "متى ينتهي هذا الوضع؟": a reader's comment last on the page, with no heading over it (read
  // last, once the foot's other chrome is gone: "// انتهى //" and "17:02 ت م" may stand over it)
  const comment = footComment(lines, bodyLines);
  const kept = out.paragraphs;
  if (comment > 0 && kept.length > 2 && kept.at(-2) === bodyLines[comment]!.text && kept.at(-1) === bodyLines[comment + 1]!.text) {
    out.boilerplate.push(...kept.splice(kept.length - 2));
  }
  return out;
}

/** Imperatives of a call to follow, read, watch or join, as keys: a short last line opening on one is the page's. */
const FOOT_CALL_KEYS: ReadonlySet<string> = new Set(FOOT_CALL_IMPERATIVES.map(lineKey));
const MAX_FOOT_CALL_WORDS = 8;
/** Marks of speech or a label: a line holding one is no bare call. */
const CALL_SPEECH_MARKS = /[:«»"“”]/u;

/**
 * Whether the body's last line is a short call ("تابع النتائج الكاملة لكل الدوائر", "اقرأ التفاصيل في عدد الغد"): an
 * imperative first, no sentence's end, no speech or label marks, under a paragraph.
 */
function footCall(body: readonly ClassifiedLine[]): boolean {
  const last = body[body.length - 1]!;
  const before = body[body.length - 2]!;
  // (under a paragraph: one that ends a sentence, or one of a paragraph's length, its stop lost or tags glued after it)
  if (last.words > MAX_FOOT_CALL_WORDS || SENTENCE_END.test(last.text) || CALL_SPEECH_MARKS.test(last.text) || !(SENTENCE_END.test(before.text) || before.words >= MIN_SIGNED_WORDS)) return false;
  const words = last.key.split(' ');
  // ("تابع الوزير جولته في المحافظة": a title or a name after the verb is its subject, a sentence with its stop lost)
  return FOOT_CALL_KEYS.has(words[0]!) && (words.length === 1 || !(isRoleHead(words[1]!) || startsWithGivenName(words[1]!)));
}

/** A comment's votes, thumbs up and down with their counts: "👍 12 👎 3". */
const COMMENT_VOTES = gated(SHAPE.DIGIT, /^👍\uFE0F?\s?\d+(?:\s*[|·•])?\s*👎\uFE0F?\s?\d+$/u);
/** Most words of a commenter's name, and of the comment under it. */
const MAX_COMMENTER_WORDS = 3;
const MAX_FOOT_COMMENT_WORDS = 40;

/**
 * "سامي" / "👍 12 👎 3" / "متى ينتهي هذا الوضع؟": a reader's comment at the page's foot with no heading over it, the last
 * two lines of the body: a short name with no digits or sentence end, the comment's votes (the page's chrome) between,
 * and a short comment. Where the name stands in the body, or -1.
 */
function footComment(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[]): number {
  const n = body.length;
  if (n < 3) return -1;
  const name = body[n - 2]!;
  const at = lines.lastIndexOf(name);
  const votes = lines[at + 1];
  if (votes === undefined || votes.info.kind !== 'chrome' || !COMMENT_VOTES.test(votes.text.trim()) || lines[at + 2] !== body[n - 1]) return -1;
  return name.words <= MAX_COMMENTER_WORDS && !SENTENCE_END.test(name.text) && !/\d/u.test(name.text) && body[n - 1]!.words <= MAX_FOOT_COMMENT_WORDS ? n - 2 : -1;
}

/**
 * A writer's name and a line of the writer's trade, last on the page, with the page's chrome between them and the
 * last paragraph (a box with no heading: "نوال بن علي" / "كاتب صحفي وباحث في الشؤون الاقتصادية"), or both on one
 * line. Where the name stands in the body, and the names; or null.
 */
function writerUnderFootChrome(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[]): { at: number; authors: string[] } | null {
  const n = body.length;
  if (n < 3) return null;
  const trade = body[n - 1]!;
  const at = lines.lastIndexOf(trade);
  if (lines.slice(at + 1).some((l) => l.info.kind === 'text') || trade.words > MAX_BIO_WORDS || SENTENCE_END.test(trade.text)) return null;
  // ("يوسف القحطاني - صحافي متخصص في الشؤون السياسية": the name and the trade on one line)
  const parts = trade.text.split(SPACED_DASH);
  const oneLine = parts.length === 2 ? bareAuthors(parts[0]!.trim()) : null;
  if (oneLine !== null && isWriterTitle(lineKey(parts[1]!).split(' ')[0] ?? '')) {
    return lines.slice(lines.lastIndexOf(body[n - 2]!) + 1, at).some(isPageChrome) ? { at: n - 1, authors: oneLine } : null;
  }
  const name = body[n - 2]!;
  const authors = name.words <= MAX_BARE_AUTHOR_WORDS + 1 ? bareAuthors(name.text) : null;
  if (authors === null || !isWriterTitle(trade.key.split(' ')[0] ?? '')) return null;
  const nameAt = lines.lastIndexOf(name);
  if (lines[nameAt + 1] !== trade) return null;
  const last = lines.lastIndexOf(body[n - 3]!);
  return lines.slice(last + 1, nameAt).some(isPageChrome) ? { at: n - 2, authors } : null;
}

/**
 * The last body line as a note on the writer, last on the page (nothing but chrome under it) after a paragraph that
 * ends a sentence (or marked by a star): a trade alone ("كاتب فلسطيني", "صحفية وباحثة") gives no name ([]); a name of two to four words
 * with the trade right after it ("سامي النجار كاتب وباحث في الشؤون الدولية") gives the name. Null otherwise.
 */
function footWriterNote(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[], credited: ReadonlySet<string>): string[] | null {
  const n = body.length;
  if (n < 2) return null;
  const note = body[n - 1]!;
  if (note.words > MAX_BIO_WORDS) return null;
  // ("* هبة العموري، كاتب وباحث …": a star before the note, a comma between the name and the trade)
  const named = noteWriter(note.text.replace(NOTE_STAR, ''), NOTE_STAR.test(note.text));
  // (a star before the note marks it whatever the paragraph over it ends on: a tag list, "… مواقف معادية"; and
  // whether or not the note ends on a full stop: "* سامر الحلبي صحفي أردني.")
  // (so does a comma between a listed name and the trade, "جمال الشريف، صحفي مقيم في تونس", under a paragraph with the
  // page's link glued to it)
  // (and so does the name of the writer credited over the story: "باسل رفايعة صحفية أردنية تكتب في …" under the body)
  if (!NOTE_STAR.test(note.text) && named?.comma !== true && (SENTENCE_END.test(note.text) || !SENTENCE_END.test(body[n - 2]!.text)) && !(named !== null && named.names.length === 1 && credited.has(named.names[0]!))) return null;
  const at = lines.lastIndexOf(note);
  if (lines.slice(at + 1).some((l) => l.info.kind === 'text')) return null;
  if (writerTradeNote(note)) return [];
  return named !== null && named.names.length === 1 ? named.names : null;
}

/**
 * "هبة العموري، كاتب وباحث …", "سامي النجار كاتب وباحث …": the listed names before the first writer's trade among the
 * note's third to fifth words, and whether a comma closes them; null when no trade stands there or no name before it.
 * ("* حسناء القنيعير كاتبة …": after the note's star, a name the given-name list lacks with a definite family name too.)
 */
function noteWriter(text: string, starred: boolean): { names: string[]; comma: boolean } | null {
  const words = text.split(' ');
  for (let k = MIN_NOTE_NAME_WORDS; k <= MAX_NOTE_NAME_WORDS && k < words.length; k++) {
    if (!isWriterTitle(lineKey(words[k]!))) continue;
    const name = trimChars(words.slice(0, k).join(' '), '،,');
    const names = starred ? bareOrFamilyName(name, unlabelledName) : bareAuthors(name);
    return names === null ? null : { names, comma: NAME_COMMA_END.test(words[k - 1]!) };
  }
  return null;
}
const NAME_COMMA_END = /[،,]$/u;
/** "* ", "(*) ": the star that marks a note on the writer. */
const NOTE_STAR = /^(?:\(\*\)|\*)\s?/u;
/** Words of a writer's name before the trade in a note on the writer. */
const MIN_NOTE_NAME_WORDS = 2;
const MAX_NOTE_NAME_WORDS = 4;

/**
 * "… سمات إسرائيل الضفة الغربية" (a last line with no full stop), then "المصدر: الحرة" and a share bar, then two
 * titles: inside the lines after the last paragraph, what follows the page's chrome is more of it (two lines or
 * more, or one with chrome after it or a source note over it), as `footList` reads it right after the paragraph.
 * Where it starts, or -1.
 */
function underFootChrome(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[], tail: number): number {
  const n = body.length;
  if (tail === 0 || n - tail < 2) return -1;
  let at = lines.lastIndexOf(body[tail]!);
  for (let t = tail + 1; t < n; t++) {
    const next = lines.indexOf(body[t]!, at + 1);
    const between = next > at + 1 ? lines.slice(at + 1, next) : [];
    if (between.some(isPageChrome)) {
      const run = body.slice(t);
      // (one title is enough under a source note, which ends the text: "المصدر: وكالات")
      const more = t < n - 1 || lines.slice(next + 1).some(isPageChrome) || between.some((l) => l.info.kind === 'chrome' && isSourceLine(l.text, l.key, l.words));
      return more && run.every((l) => l.words <= MAX_LISTED_TITLE_WORDS && !FULL_STOP_END.test(l.text) && bareAuthors(l.text) === null) ? t : -1;
    }
    at = next;
  }
  return -1;
}

/** Fewest lines of the page's chrome over a lone title last on the page, and the title's longest. */
const MIN_CHROME_OVER_TITLE = 2;
const MAX_LONE_TITLE_WORDS = 18;
/** Fewest words of a title last on the page under two chrome lines or more (fewer than a headline's). */
const MIN_CHROME_TITLE_WORDS = 2;

/** Fewest characters of fewer paragraphs that still weigh as an article over titles after it (one long paragraph). */
const MIN_CHARS_OVER_TITLES = 600;

/** Whether the body's first `n` lines weigh as an article: `paragraphs` of them, or fewer that are long. */
function enoughText(body: readonly ClassifiedLine[], n: number, paragraphs: number): boolean {
  if (n >= paragraphs) return true;
  let chars = 0;
  for (let k = 0; k < n; k++) chars += body[k]!.text.length;
  return chars >= MIN_CHARS_OVER_TITLES;
}

/** Fewest paragraphs over last titles set apart by a blank line alone, and most such titles. */
const MIN_PARAGRAPHS_OVER_APART_TITLES = 3;
const MAX_APART_TITLES = 3;

/**
 * "… آخر فقرة." then a blank line and one to three titles, last on a page whose paragraphs no blank line parts:
 * links to other stories set apart from the article. Where they start in the body, or -1.
 */
function apartTitles(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[]): number {
  const n = body.length;
  let s = n - 1;
  while (s > 0 && n - s < MAX_APART_TITLES && !body[s]!.afterBlank) s--;
  if (s < 1 || !enoughText(body, s, MIN_PARAGRAPHS_OVER_APART_TITLES) || !body[s]!.afterBlank || body.slice(1, s).some((l) => l.afterBlank)) return -1;
  // (a title of three words too, "العيد.. والثوب الجديد", set apart as it is; never a line opening on the
  // conjunction و or ف)
  for (let k = s; k < n; k++) if (!linkedTitle(body[k], MAX_LONE_TITLE_WORDS, MIN_HEADLINE_WORDS) || conjunctionOpening(body[k]!) || cueOf(body[k]!.key.split(' ')[0]!)?.kind === 'verb' || bareAuthors(body[k]!.text) !== null) return -1;
  // (no text but the titles between the last paragraph and the page's end: the page's chrome may follow them)
  const titles = body.slice(s);
  const from = lines.lastIndexOf(body[s - 1]!);
  return lines.slice(from + 1).every((l) => l.info.kind !== 'text' || titles.includes(l)) ? s : -1;
}

/**
 * "… آخر فقرة." then a blank line and two or three titles on lines of their own, last on a page whose paragraphs
 * blank lines part: links to other stories in a block. Where the block starts in the body, or -1. (A list the
 * article ends with opens its lines on a bullet, a dash or a number.)
 */
function titleBlockAfterParagraphs(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[]): number {
  const n = body.length;
  let s = n - 1;
  while (s > 0 && n - s <= MAX_APART_TITLES && !body[s]!.afterBlank) s--;
  // ("… آخر فقرة." with two or three titles right under it, no blank line between: the paragraph ends a sentence and
  // stays, the titles after it are the block)
  const glued = s > 0 && n - s >= 3 && n - s <= MAX_APART_TITLES + 1 && body[s]!.afterBlank && SENTENCE_END.test(body[s]!.text) && !linkedTitle(body[s], MAX_LONE_TITLE_WORDS, MIN_HEADLINE_WORDS);
  if (glued) s++;
  else if (s < 1 || n - s < 2 || !body[s]!.afterBlank || !SENTENCE_END.test(body[s - 1]!.text)) return -1;
  if (!enoughText(body, s, MIN_PARAGRAPHS_OVER_LONE_TITLE)) return -1;
  for (let k = 1; k < s; k++) if (!body[k]!.afterBlank) return -1;
  for (let k = s; k < n; k++) {
    const t = body[k]!;
    if (k > s && t.afterBlank) return -1;
    if (!linkedTitle(t, MAX_LONE_TITLE_WORDS, MIN_HEADLINE_WORDS) || cutParagraph(t) || LIST_ITEM.test(t.text) || cueOf(t.key.split(' ')[0]!)?.kind === 'verb' || bareAuthors(t.text) !== null) return -1;
  }
  return lines.slice(lines.lastIndexOf(body[n - 1]!) + 1).some((l) => l.info.kind === 'text') ? -1 : s;
}
/** A list item's opening: a bullet, a dash or a number. */
const LIST_ITEM = /^\s*(?:[-–—•*·▪●]|\d{1,2}[.)-])/u;

/** A key that opens on words that go on from the paragraph before ("كما", "من جهته"). */
const PARAGRAPH_OPENER = gated(0, new RegExp(`^(?:${PARAGRAPH_OPENERS.join('|')})(?: |$)`, 'u'), 'فكمي');
/**
 * Whether a last line reads as a paragraph cut short rather than a title: it opens like a paragraph (see
 * `paragraphOpening`, "كما", "من جهته") or holds a comma ("من جهة أخرى، أعلن نائب و").
 */
function cutParagraph(line: ClassifiedLine): boolean {
  return paragraphOpening(line) || line.text.includes('،') || PARAGRAPH_OPENER.test(line.key);
}

/** A dash or bar and a date in figures ending a line: "… - 03/08/2015", a listed story's date. */
const DATED_TITLE_END = gated(SHAPE.ANY_DIGIT, /\s[-–—|]\s*[\d٠-٩]{1,2}[/.-][\d٠-٩]{1,2}[/.-][\d٠-٩]{2,4}$/u);

/** Fewest paragraphs over a lone last title on a page of blank-line paragraphs. */
const MIN_PARAGRAPHS_OVER_LONE_TITLE = 3;

/**
 * "… آخر فقرة." then one headline-shaped line, last on a page whose paragraphs blank lines part: a link to another
 * story. (Never a line that opens like a paragraph, on و or ف or a speech verb, nor a name; a scrape cut off inside
 * a paragraph that opens otherwise loses its fragment to the boilerplate list.)
 */
function loneTitleAfterParagraphs(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[]): boolean {
  const t = body.length - 1;
  if (t < 1 || !enoughText(body, t, MIN_PARAGRAPHS_OVER_LONE_TITLE)) return false;
  const title = body[t]!;
  const before = body[t - 1]!;
  // (the last paragraph ends a sentence, or is long enough that the title set apart under it cannot be its end)
  // (a title that ends on a dash and a date is a listed link however it opens: "في خطوة تاريخية.. … - 03/08/2015")
  if ((!SENTENCE_END.test(before.text) && before.words < MIN_SIGNED_WORDS) || !linkedTitle(title, MAX_LONE_TITLE_WORDS) || (cutParagraph(title) && !DATED_TITLE_END.test(title.text)) || cueOf(title.key.split(' ')[0]!)?.kind === 'verb' || bareAuthors(title.text) !== null) return false;
  // (every paragraph after the first set apart by a blank line, the title too)
  for (let k = 1; k <= t; k++) if (!body[k]!.afterBlank) return false;
  return !lines.slice(lines.lastIndexOf(title) + 1).some((l) => l.info.kind === 'text');
}

/**
 * "… آخر فقرة." then "خدمة RSS", "النشرة اليومية" and one headline-long line last on the page: a story the foot
 * links to (never a writer's name, never a line that ends a sentence).
 */
function lastTitleUnderChrome(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[]): boolean {
  const t = body.length - 1;
  if (t < 1) return false;
  const title = body[t]!;
  // (a title may end on two dots, "تحرير عدن..", never on a sentence's full stop)
  if (title.words < MIN_CHROME_TITLE_WORDS || title.words > MAX_LONE_TITLE_WORDS || (FULL_STOP_END.test(title.text) && !TWO_DOTS_END.test(title.text)) || bareAuthors(title.text) !== null) return false;
  // (the last paragraph ends a sentence, or is long enough that the title cannot be its wrapped end)
  const before = body[t - 1]!;
  if (!SENTENCE_END.test(before.text) && before.words < MIN_SIGNED_WORDS) return false;
  const from = lines.lastIndexOf(before);
  const at = lines.indexOf(title, from + 1);
  // (one chrome line suffices when it labels a sponsored slot: "محتوى مدفوع" over the story it sells; never over a
  // line that opens on a speech verb or a connector, which goes on with the article: "محتوى إعلاني" then "وقال …" cut short)
  // (a read time or a date at the foot weighs as chrome: "مدة القراءة 3 دقائق" over another story's title)
  const chrome = lines.slice(from + 1, at).filter((l) => isPageChrome(l) || l.info.kind === 'read-time' || l.info.kind === 'date');
  // (a chrome line of two words or more, a share button, a call or a contact line, weighs as much: "شارك المقال",
  // "للتواصل مع الكاتب: …"; a one-word button over a line may stand between a paragraph and its wrapped end)
  const weighty = chrome.length === 1 && (AD_LABEL_KEYS.has(chrome[0]!.key) || chrome[0]!.words >= MIN_WEIGHTY_CHROME_WORDS);
  // (a one-word button too, when the paragraph over it ends a sentence and the line opens no paragraph of its own:
  // "… آخر فقرة." / "شارك" / a title)
  const button = chrome.length === 1 && !weighty && SENTENCE_END.test(before.text) && !cutParagraph(title);
  // (under a weighty line a title of three words too: "تابعوا قناة رؤيا على يوتيوب" / "العيد.. والثوب الجديد")
  const sold = (weighty || button) && linkedTitle(title, MAX_LONE_TITLE_WORDS, weighty ? MIN_HEADLINE_WORDS : MIN_INSET_TITLE_WORDS) && cueOf(title.key.split(' ')[0]!)?.kind !== 'verb';
  // (a title of two words only under two chrome lines or more, and never one that opens like a paragraph or on a
  // speech verb: "Read in English" / "اقرأ المقال باللغة الإنجليزية" / "تحرير عدن..")
  const short = title.words < MIN_HEADLINE_WORDS;
  if (short && (cutParagraph(title) || cueOf(title.key.split(' ')[0]!)?.kind === 'verb')) return false;
  // (under a weighty line a title of two words too when it ends on two dots, as a teaser's does: "شارك المقال" /
  // "تحرير عدن..")
  const teaser = weighty && short && TWO_DOTS_END.test(title.text);
  const enough = chrome.length >= MIN_CHROME_OVER_TITLE || (sold && !short) || teaser;
  return enough && !lines.slice(at + 1).some((l) => l.info.kind === 'text');
}

const WRITER_BOX_KEYS = new Set(WRITER_BOX_HEADINGS.map(lineKey));
/**
 * The headings of a box on the writer that may name the writer after a colon on the same line, as keys (never a
 * contributors' heading: "شارك في التغطية: X" credits no writer).
 */
const INLINE_WRITER_BOX_KEYS: ReadonlySet<string> = new Set(['عن الكاتب', 'عن الكاتبة', 'نبذة عن الكاتب', 'نبذة عن الكاتبة', 'عن المؤلف'].map(lineKey));
/** The writer a writer's box names after its heading and a colon on the same line ("عن الكاتب: مصطفى السيد، …"), or null. */
function inlineWriterBox(text: string): string[] | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || !INLINE_WRITER_BOX_KEYS.has(lineKey(text.slice(0, colon)))) return null;
  const rest = text.slice(colon + 1).trim();
  const credit = parseBylineLine(rest);
  return credit !== null && credit.authors.length > 0 ? credit.authors : bareAuthors(rest);
}
/** Boxes at the foot whose paragraph goes with their heading: a company's (under a release), an appeal for support, the outlet's note on itself. */
const PARAGRAPH_BOX_KEYS = new Set([...COMPANY_BOX_HEADINGS, ...SUPPORT_BOX_HEADINGS, ...ABOUT_OUTLET_HEADINGS].map(lineKey));

const LONE_CREDIT_KEYS = new Set(LONE_CREDIT_LABELS.map(lineKey));
/** Most words of the line under a lone credit label read as the credit's names. */
const MAX_LONE_CREDIT_WORDS = 8;

const LONE_NON_WRITER_KEYS = new Set(LONE_NON_WRITER_LABELS.map(lineKey));
const NO_WRITER: Byline = { authors: [], agency: null, dateline: null };

const LONE_SOURCE_KEYS = new Set(SOURCE_LABELS.map(lineKey));
/** Most words of an outlet's name under a lone source label ("المصدر:" / "وكالات"). */
const MAX_LONE_SOURCE_WORDS = 4;

/** "بقلم:" over "سارة البدور": the credit the label and the next line make together, or null. */
function loneLabelCredit(label: ClassifiedLine, next: ClassifiedLine | undefined): Byline | null {
  const writer = LONE_CREDIT_KEYS.has(label.key);
  const source = !writer && LONE_SOURCE_KEYS.has(label.key);
  if (!writer && !source && !LONE_NON_WRITER_KEYS.has(label.key)) return null;
  if (next === undefined || next.afterBlank || next.words > MAX_LONE_CREDIT_WORDS) return null;
  // ("المصدر" over "رويترز": an outlet's line read as its byline already)
  if (source && next.info.kind === 'byline' && next.info.byline.authors.length === 0) return next.info.byline;
  if (next.info.kind !== 'text') return null;
  // ("المصدر:" over the outlet the story came from: its own line names no writer)
  if (source) return next.words <= MAX_LONE_SOURCE_WORDS ? NO_WRITER : null;
  if (!writer) return isPersonLike(next.text) ? NO_WRITER : null;
  return parseBylineLine(`${label.key}: ${next.text.trim()}`);
}

const NOTES_HEADING_KEYS = new Set(NOTES_HEADINGS.map(lineKey));
const CITE_HEADING_KEYS = new Set(CITE_HEADINGS.map(lineKey));
/** "المؤلف:", "تأليف:": a writer's label that a book's card uses too. */
const BOOK_AUTHOR_LABEL = gated(SHAPE.COLON, new RegExp(`^(?:${BOOK_AUTHOR_LABELS.join('|')}) ?:`, 'u'), 'ات');
const BOOK_CARD_KEYS = new Set(BOOK_CARD_LABELS.map(lineKey));

/** Whether line `i` is "المؤلف: …" with a line of a book's card ("الناشر: …", "عدد الصفحات: …") right before or after it. */
function inBookCard(lines: readonly ClassifiedLine[], i: number): boolean {
  if (!BOOK_AUTHOR_LABEL.test(lines[i]!.text)) return false;
  return [lines[i - 1], lines[i + 1]].some((near) => {
    const colon = near?.text.indexOf(':') ?? -1;
    return colon > 0 && BOOK_CARD_KEYS.has(lineKey(near!.text.slice(0, colon)));
  });
}

/** How many numbered notes (and chrome lines among them) stand under a notes heading at `i` to the page's end; else 0. */
function notesBlock(lines: readonly ClassifiedLine[], i: number): number {
  let notes = 0;
  for (let j = i + 1; j < lines.length; j++) {
    if (NOTE_NUMBER.test(lines[j]!.text)) notes++;
    else if (lines[j]!.info.kind === 'text') return 0;
  }
  return notes > 0 ? lines.length - i - 1 : 0;
}

const FAQ_HEADING_KEYS = new Set([...FAQ_HEADINGS, ...QA_GENRE_LABELS].map(lineKey));
/** Most lines, and words a line, of a box of questions and answers at the page's foot. */
const MAX_FAQ_LINES = 16;
const MAX_FAQ_LINE_WORDS = 25;
/** "متى تبدأ الإجازة؟", "س: ما موعد صرف المعاشات؟": a question's line. */
const QUESTION_LINE = /(?:[؟?]\s*$|^س\s?[:/])/u;

/** How many lines of questions and short answers stand under a questions heading at `i` to the page's end; else 0. */
function faqBlock(lines: readonly ClassifiedLine[], i: number): number {
  const rest = lines.slice(i + 1);
  if (rest.length === 0 || rest.length > MAX_FAQ_LINES || rest.some((l) => l.words > MAX_FAQ_LINE_WORDS)) return 0;
  return rest.some((l) => QUESTION_LINE.test(l.text.trim())) ? rest.length : 0;
}

/** A comments heading, with or without its count ("التعليقات (2)", "3 تعليقات"), as a key. */
const COMMENT_HEADING = gated(0, new RegExp(`^(?:\\d+ )?(?:${COMMENT_THREAD_HEADINGS.map(lineKey).join('|')})(?: \\d+)?$`, 'u'), '0123456789ات');
const COMMENT_BUTTON_KEYS = new Set(COMMENT_BUTTONS.map(lineKey));
/** "ترتيب حسب: الأحدث": a thread's sort control, which may head it in place of its heading (key). */
const COMMENT_SORT = gated(0, new RegExp(`^(?:${SORT_CONTROLS.map(lineKey).join('|')})(?: \\S+){1,2}$`, 'u'), 'ترف');
/** How far under its heading a thread shows that it is one (a reply button, a comment's age or its date line). */
const COMMENT_LOOKAHEAD = 6;
/** "منذ ساعتين", "قبل يوم": a comment's age, a line opening on "since" (or a short one on "ago") (key). */
const COMMENT_AGE = gated(0, /^(?:منذ |قبل (?:\S+ ){0,2}\S+$)/u, 'قم');
/** "خالد م. — منذ 3 ساعات": a commenter's short name, then the comment's age on the same line (key). */
const COMMENTER_AGE = /^(?:\S+ ){1,3}(?:منذ|قبل) (?:\S+ ){0,2}\S+$/u;

/**
 * Whether line `i` heads a thread of readers' comments: its heading or sort control, then a reply button, a comment's
 * age (alone or after the commenter's name) or a date line ("محمد العلي | 12/03/2024 10:30": a commenter and the time)
 * soon under it.
 */
function commentThread(lines: readonly ClassifiedLine[], i: number): boolean {
  if (!COMMENT_HEADING.test(lines[i]!.key) && !COMMENT_SORT.test(lines[i]!.key)) return false;
  for (let k = i + 1; k < lines.length && k <= i + COMMENT_LOOKAHEAD; k++) {
    const key = lines[k]!.key;
    if (COMMENT_BUTTON_KEYS.has(key) || COMMENT_AGE.test(key) || COMMENTER_AGE.test(key) || lines[k]!.info.kind === 'date') return true;
  }
  return false;
}

/** Most words of a commenter's line with the comment's age ("خالد م. — منذ 3 ساعات"). */
const MAX_COMMENTER_AGE_WORDS = 6;

/** Whether line `i` is a comments heading read as text ("تعليقان") with a commenter and the comment's age right under it. */
function plainCommentHeading(lines: readonly ClassifiedLine[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && next.words <= MAX_COMMENTER_AGE_WORDS && COMMENT_HEADING.test(lines[i]!.key) && COMMENTER_AGE.test(next.key);
}

/** Heads of a body's or a newsroom's name ("وزارة", "مركز", "وحدة", "قسم"), as keys. */
const UNIT_HEAD_KEYS: ReadonlySet<string> = new Set([...SPEAKING_ORGANISATION_HEADS, ...NEWSROOM_DESKS.map(lineKey)]);

/** "وحدة الدراسات السياسية", "مركز الأبحاث": a body's or a unit's name (its head first, no given name), as a key. */
function bodysUnit(key: string): boolean {
  const space = key.indexOf(' ');
  return UNIT_HEAD_KEYS.has(space < 0 ? key : key.slice(0, space)) && !startsWithGivenName(key);
}

/** A read time's label alone on its line ("مدة القراءة"), over the minutes, as keys. */
const READ_TIME_LABEL_KEYS = new Set(READ_TIME_LABELS.map(lineKey));

/** Closing lines that end the article text ("انتهى"), as keys. */
const END_KEYS = new Set(END_MARKERS.map(lineKey));
/** "نبذة عن سابك", "عن إعمار", "حول الشركة": a heading on a company or body of one to three words, a key. */
const ABOUT_HEADING = gated(0, /^(?:نبذه عن|عن|حول) \S+(?: \S+){0,2}$/u, 'حعن');

/**
 * Where "نبذة عن X" stands in the body right under the wire's end mark ("-انتهى-"), with a paragraph at least after
 * it: the foot of a press release from there on; else -1.
 */
function aboutAfterEndMark(lines: readonly ClassifiedLine[], bodyLines: readonly ClassifiedLine[]): number {
  // (one pass over the lines: the first end mark with such a heading under it decides)
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    const line = lines[i]!;
    if (before.info.kind !== 'chrome' || !END_KEYS.has(before.key) || !ABOUT_HEADING.test(line.key) || SENTENCE_END.test(line.text)) continue;
    const k = bodyLines.indexOf(line);
    return k > 0 && k < bodyLines.length - 1 ? k : -1;
  }
  return -1;
}
const BOX_END_KEYS = new Set(BOX_END_BUTTONS.map(lineKey));

/** Page chrome, or a byline or date line of the page's own. */
function chromeOrMetadata(line: ClassifiedLine | undefined): boolean {
  return isPageChrome(line) || line?.info.kind === 'byline' || line?.info.kind === 'date';
}

/** "«همس الحروف»": a few words in quote marks alone on a line, no punctuation inside. */
const QUOTED_TITLE_ALONE = /^\s*[«"“][\p{L} ]{2,30}[»"”]\s*$/u;
const MAX_QUOTED_TITLE_WORDS = 4;

/** Most words of a name read on its place alone, between the stamp and the blank line that ends the header. */
const MAX_STAMPED_NAME_WORDS = 3;
/** Digits, quote marks, brackets, a handle or a bar: no name alone. */
const NOT_NAME_MARKS = /[\d٠-٩:«»"“”()@|؟?!]/u;
/** Question words, words of time and the passive's helper, folded: never a word of a writer's name. */
// ("آخر مقالات الكاتبة": "latest" too; "تمت المراجعة الطبية": "was done")
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(['الان', 'اليوم', 'امس', 'غدا', 'هنا', 'ماذا', 'لماذا', 'كيف', 'متي', 'اين', 'هل', 'اخر', 'احدث', 'تم', 'تمت']);

/** Whether a key's words hold a question's word or a time's ("ماذا الآن", "آخر مقالات الكاتبة"): no name. */
function holdsNotNameWord(words: readonly string[]): boolean {
  return words.some((w) => NOT_NAME_WORDS.has(w));
}

/** A name read under the date or the headline: never a line of chrome, nor one holding a question's or a time's word. */
function unlabelledName(name: string, key: string): boolean {
  const words = key.split(' ');
  // ("أجندة الفعاليات", "ركن الأطفال": a noun in ة or a corner's head before a definite word is a section's name)
  return !isChromeLine(name, key, 2) && !holdsNotNameWord(words) && !feminineNounOpening(words) && !SECTION_NAME_HEAD_KEYS.has(words[0]!);
}
const SECTION_NAME_HEAD_KEYS: ReadonlySet<string> = new Set(SECTION_NAME_HEADS.map(lineKey));
/** "اقرأ", "تابعونا", "شارك": a call's imperative, folded; a line opening on one is a button ("اقرأ بدون إعلانات"), no name. */
const CALL_IMPERATIVE_KEYS: ReadonlySet<string> = new Set([...READ_CALLS, ...CALL_VERBS, ...SHARE_VERBS].map(lineKey));
/** A call's imperative, a genre's word or a call to watch, folded: "اقرأ بهدوء الآن", "تحليل اقتصادي" open on one. */
const LABEL_OPENER_KEYS: ReadonlySet<string> = new Set([...CALL_IMPERATIVE_KEYS, ...[...GENRE_HEADS, ...WATCH_CALLS].map(lineKey)]);

/**
 * Whether a line (key) opens on a call's imperative, a genre's word or a call to watch, and not on a common given
 * name: a label or a button under the headline ("تحليل اقتصادي", "اقرأ بهدوء الآن"), no writer's name.
 */
function labelOrButton(key: string): boolean {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  return LABEL_OPENER_KEYS.has(first) && !startsWithGivenName(key);
}

/** ة as the key folds it. */
const TEH_MARBUTA_FOLDED = 'ه';
/** A feminine plural's ending ("ملفات"): a given name so spelt ("بركات") is on the given-name list. */
const FEMININE_PLURAL_END = 'ات';
const WAW_JOINER = 'و';
/** "صبري", "الحلبي": a family name in ي (a nisba or a father's name), folded. */
const FAMILY_NISBA = /^(?:ال)?\p{L}{3,}ي$/u;
/** "عبد", "أبو", "بن": words that open the second part of a name, folded. */
const NAME_JOINER_WORDS: ReadonlySet<string> = new Set(NAME_JOINERS);
/** "ولد", "son of" in Mauritanian names ("محمد ولد أحمد"): no و joining a second name. */
const MAURITANIAN_SON = 'ولد';

/**
 * "هيفين كوباني" between the date and the blank line that ends the header: two or three words of a person's shape
 * (no article first, no title, event or place), whether the given-name list has the first or not. Never a noun in ة
 * first unless a family name in ي or a joined name follows ("نهاية حقبة", "حالة طوارئ"), nor a plural in ات first
 * ("ملفات ساخنة": a name so shaped is on the given-name list), never words joined by و or a place among them ("مصر
 * وتركيا", "رأي وتحليل").
 */
function stampedName(line: ClassifiedLine): string[] | null {
  if (line.words < 2 || line.words > MAX_STAMPED_NAME_WORDS || line.key.startsWith('ال') || NOT_NAME_MARKS.test(line.text)) return null;
  const words = line.key.split(' ');
  // ("محرر الشؤون الاقتصادية": a writer's trade or post, read under the byline as such)
  // ("ركن الأطفال": a corner's or a list's head opens a section's name)
  if (CALL_IMPERATIVE_KEYS.has(words[0]!) || SECTION_NAME_HEAD_KEYS.has(words[0]!) || opensOnWriterTrade(line.key)) return null;
  // ("ماذا الآن", "غزة اليوم": a question's word or a time's is no part of a name)
  if (holdsNotNameWord(words)) return null;
  // ("نيرة صبري", "سميرة عبد الحق": a first word in ة before a family name in ي or a name joined by عبد is a woman's
  // given name; "حالة طوارئ", "نهاية حقبة" are no names)
  if (feminineNounOpening(words) || words[0]!.endsWith(FEMININE_PLURAL_END) || words.some((w, k) => (k > 0 && w.startsWith(WAW_JOINER) && w !== MAURITANIAN_SON) || isKnownPlace(w))) return null;
  const text = line.text.trim();
  return classifyPart(text, line.key).kind === 'person' ? [text] : null;
}

/**
 * Whether a key's words open on a word in ة that no family name in ي nor a joined name follows: a noun ("حالة طوارئ",
 * "أجندة الفعاليات"), where a given name the list lacks would be followed by one ("نيرة صبري", "سميرة عبد الحق").
 */
function feminineNounOpening(words: readonly string[]): boolean {
  return words[0]!.endsWith(TEH_MARBUTA_FOLDED) && !(FAMILY_NISBA.test(words[words.length - 1]!) || NAME_JOINER_WORDS.has(words[1] ?? ''));
}

/** Page chrome, a related block's marker or a section heading. */
function isPageChrome(line: ClassifiedLine | undefined): boolean {
  return line !== undefined && (line.info.kind === 'chrome' || line.info.kind === 'related' || line.info.kind === 'section');
}

/** Where the lines after the last one that reads as a paragraph start. */
function tailStart(body: readonly ClassifiedLine[]): number {
  let start = body.length;
  while (start > 0 && !isBodyLike(body[start - 1]!)) start--;
  return start;
}

const MEDIA_CONTACT_KEYS = new Set(MEDIA_CONTACT_LABELS.map(lineKey));
const WRITER_LINK_KEYS: ReadonlySet<string> = new Set(WRITER_ARTICLE_LINKS.map(lineKey));
const PROFILE_BOX_KEYS: ReadonlySet<string> = new Set(PROFILE_BOX_HEADINGS.map(lineKey));
/** Most lines and words of a line under a media-contact label (name, department, telephone, e-mail). */
const MAX_CONTACT_LINES = 6;
const MAX_CONTACT_LINE_WORDS = 8;

/** Where a media-contact label stands with only short lines under it to the page's end, or -1. */
function contactBlock(body: readonly ClassifiedLine[]): number {
  for (let k = body.length - 1; k >= Math.max(1, body.length - 1 - MAX_CONTACT_LINES); k--) {
    const line = body[k]!;
    if (!MEDIA_CONTACT_KEYS.has(line.key)) continue;
    return body.slice(k + 1).every((l) => l.words <= MAX_CONTACT_LINE_WORDS && !SENTENCE_END.test(l.text)) ? k : -1;
  }
  return -1;
}

/** Fewest words of a paragraph a writer's name may sign. */
const MIN_SIGNED_WORDS = 10;

/**
 * "… آخر فقرة." then "سارة الكندري" and "محرر الشؤون المحلية" over the page's buttons: a writer named at the
 * foot, right after the last paragraph, alone or over a line of the writer's trade (a name of the given-name list, or
 * one of the writers `credited` above). Where the name stands, or -1.
 */
function footWriter(
  body: readonly ClassifiedLine[],
  overChrome: (line: ClassifiedLine) => boolean,
  overDate: (line: ClassifiedLine) => boolean,
  lastOnPage: (line: ClassifiedLine) => boolean,
  credited: ReadonlySet<string>,
  overWriterLink: (line: ClassifiedLine) => boolean,
): number {
  const n = body.length;
  for (let k = n - 1; k >= Math.max(1, n - 2); k--) {
    const name = body[k]!;
    const before = body[k - 1]!;
    if (name.words > MAX_BARE_AUTHOR_WORDS + 1) continue;
    // "ليلى الشهري" over "جميع مقالات الكاتب ›": a listed or credited name right over the link to the writer's other
    // articles signs the article, whatever stands before it (tags glued to the last paragraph, no sentence end)
    if (k === n - 1 && overWriterLink(name) && (bareAuthors(name.text) !== null || credited.has(name.text.trim()))) return k;
    // (a credited name the list lacks only right under a paragraph that ends a sentence: what stands between a wire's
    // end mark and the name is the page's, read by the rules below)
    // ("… آخر فقرة." / "— عروبة المنيف" last on the page: a dash before a name the list lacks signs it too)
    if (k === n - 1 && dashedSignature(name) !== null && before.words >= MIN_SIGNED_WORDS && SENTENCE_END.test(before.text) && (lastOnPage(name) || overChrome(name))) return k;
    if (bareAuthors(name.text) === null && !(credited.has(name.text.trim()) && before.words >= MIN_SIGNED_WORDS && SENTENCE_END.test(before.text))) continue;
    // "// انتهى //", "21:05 ت م", a blank line, then "يوسف القاضي" over the date, last in the body: a name and its
    // date at the foot sign the article whatever short line stands before them
    // (or last on the page, or over the page's chrome: "…"، a blank line, then "سارة الكندري" and nothing more)
    if (k === n - 1 && name.afterBlank && (overDate(name) || lastOnPage(name) || overChrome(name))) return k;
    // over a line of the writer's trade ("محرر الشؤون المحلية", "مراسل الجزيرة نت", "كاتب صحفي"), after a paragraph
    // of any length, or alone (the page's chrome right under it) after a paragraph that ends a sentence ("..." too),
    // so that the name cannot be its hard-wrapped last words
    // (or over a note that is all the writer's trade and its description, last on the page, whatever stands before
    // the name: "// انتهى //", "17:02 ت م", then "مازن القاسم" / "صحفية مهتمة بالشأن الاقتصادي")
    if (k < n - 1 && isWriterTitle(body[k + 1]!.key.split(' ')[0] ?? '') && (before.words >= MIN_SIGNED_WORDS || SENTENCE_END.test(before.text) || tradeOverChrome(body, k + 1, overChrome) || (k === n - 2 && isWriterBio(body[k + 1]!.text)))) return k;
    if (before.words < MIN_SIGNED_WORDS) continue;
    // (or a blank line before it: "… خليجي 23", a blank line, "لبنى الخطيب")
    if ((k === n - 1 || overChrome(name)) && (SENTENCE_END.test(before.text) || name.afterBlank)) return k;
  }
  return -1;
}

/** "— عروبة المنيف": a dash and a name of two or three words, alone on the line. */
const DASHED_NAME = /^[—–]\s?(\p{L}+(?: \p{L}+){1,2})$/u;

/** The name signed after a dash on a line ("— عروبة المنيف"), when it reads as a person's; else null. */
function dashedSignature(line: ClassifiedLine): string | null {
  const m = line.words <= MAX_BARE_AUTHOR_WORDS ? DASHED_NAME.exec(line.text.trim()) : null;
  return m !== null && isPersonLike(m[1]!) && !ALL_DEFINITE.test(lineKey(m[1]!)) ? m[1]! : null;
}

/** Longest line of a writer's trade under the name ("مراسل الموقع في بيروت"). */
const MAX_TRADE_WORDS = 6;
const MAX_WRITER_NOTE_WORDS = 12;

/** Longest line of a writer's biography under the name, over the page's chrome ("صحفية متخصصة في …، عملت في …"). */
const MAX_BIO_WORDS = 15;

/**
 * A trade line last in the body with the page's chrome under it: the name over it signs the article whatever
 * stands before it (a wire's time stamp "15:37 ت م"). A short one, or a biography that names no sentence's end.
 */
function tradeOverChrome(body: readonly ClassifiedLine[], k: number, overChrome: (line: ClassifiedLine) => boolean): boolean {
  const trade = body[k]!;
  return k === body.length - 1 && trade.words <= MAX_BIO_WORDS && !SENTENCE_END.test(trade.text) && overChrome(trade);
}

/** Fewest lines of a list at the page's foot under a heading the lexicon does not know. */
const MIN_FOOT_LIST = 3;
const MAX_FOOT_HEADING_WORDS = 3;

/** Fewest headline-long items (four words or more) under a foot heading. */
const MIN_FOOT_TITLES = 2;

/**
 * "عناوين أخرى" and the titles under it, "روابط سريعة | الصفحة الرئيسية | …": at the page's foot, after the
 * last line that reads as a paragraph, a line of one to three words over two headlines or more, or a run of
 * short lines alone, is a list of links, not the article's end. Never a list the article introduces with a colon
 * ("وجاءت أسماء الفائزين كالتالي:") and never names. Where it starts, or -1.
 */
function footList(body: readonly ClassifiedLine[], chromeAfter: boolean, afterChrome: boolean): number {
  const start = tailStart(body);
  // at least one paragraph stays, and it reads as one; never a list the article introduces with a colon, never names
  if (start === 0 || start === body.length || /:\s*$/u.test(body[start - 1]!.text)) return -1;
  const run = body.slice(start);
  if (run.some((l) => bareAuthors(l.text) !== null)) return -1;
  // "المصدر: الجزيرة", "ابق على اطلاع" and then titles: what follows the page's own chrome at the foot is more of
  // it (two lines or more, or one with chrome after it too); the body never resumes under a share bar
  if (afterChrome) return start;
  // "أضف إلى مفضلتك", "هل تود مشاركة هذا المحتوى؟", a note on the writer's views, titles: what stands between the
  // last paragraph and the page's chrome is more of it (lines no longer than a headline)
  // (never a line that ends with a full stop: a writer's sign-off "إلى اللقاء.." is text)
  // (nor a first line that opens like a paragraph going on, its full stop lost: "وهبط خام برنت بنسبة 2%" over "حمّل
  // التطبيق" is the article's last paragraph)
  // (nor one that ends a sentence inside it, a site's tags glued after: "وهدمت إسرائيل بنايتين … هذا الأسبوع. سمات إسرائيل")
  if (chromeAfter && !paragraphOpening(run[0]!) && !INNER_SENTENCE_END.test(run[0]!.text) && run.every(titleLong)) return start;
  // (that paragraph with the tags glued after it stays, and the short lines under it are the page's: "… هذا الأسبوع. سمات
  // إسرائيل" / "احجز موعدا مع طبيب الآن" / "هل كان هذا المقال مفيدا؟ نعم | لا")
  if (chromeAfter && run.length >= 2 && INNER_SENTENCE_END.test(run[0]!.text) && !paragraphOpening(run[1]!) && run.slice(1).every(titleLong)) return start + 1;
  if (run[0]!.words > MAX_FOOT_HEADING_WORDS) return -1;
  const titles = run.slice(1).filter((l) => l.words > MAX_FOOT_HEADING_WORDS).length;
  const allShort = titles === 0;
  return (run.length >= MIN_FOOT_LIST && titles >= MIN_FOOT_TITLES) || (allShort && run.length >= 2) ? start : -1;
}

/** Whether a line is no longer than a headline and ends with no full stop (a link's title, a button, a note). */
function titleLong(line: ClassifiedLine): boolean {
  return line.words <= MAX_LISTED_TITLE_WORDS && !FULL_STOP_END.test(line.text);
}

/**
 * "📊 المؤشرات الرئيسية", "📈 حصاد الأسبوع", "🗳 نتائج أولية", "🗓 معرض الكتاب": a chart's, a ballot's or a
 * calendar's glyph before a short heading (no figure, no sentence's end).
 */
const CHART_HEADING = /^(?:📊|📈|📉|💹|🗳|🗓|📅|📆)\uFE0F?\s?[^\d٠-٩.!؟?:«»"“”]{2,40}$/u;
const MAX_CHART_HEADING_WORDS = 4;
/** "📍 مركز إكسبو الشارقة": a pin before a place's short name (no figure, no sentence's end, no speech marks). */
const CARD_PLACE = /^📍\uFE0F?\s?[^\d٠-٩.!؟?:«»"“”]{2,40}$/u;
const MAX_CARD_PLACE_WORDS = 5;

/** Whether line `i` is an event card's place: a pin before a short name. */
function cardPlaceAt(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i];
  return line !== undefined && line.info.kind === 'text' && line.words <= MAX_CARD_PLACE_WORDS && CARD_PLACE.test(line.text);
}

/** A name in brackets alone on a line: "(ميساء الخالدي)". */
const BRACKETED_NAME = /^\(([^()]{3,40})\)$/u;
/** Most words of a writer's name signed in brackets. */
const MAX_SIGNED_NAME_WORDS = 3;

/**
 * The writer's name signed in brackets on the page's last line, under the body's last line, read as chrome: a
 * person's name that opens on a listed given name ("(ميساء الخالدي)"; never "(رويترز)", "(وزارة الصحة)"); or null.
 */
function bracketedSignature(lines: readonly ClassifiedLine[], bodyLines: readonly ClassifiedLine[]): string | null {
  const last = lines[lines.length - 1];
  const lastBody = bodyLines[bodyLines.length - 1];
  if (last === undefined || lastBody === undefined || last.info.kind !== 'chrome' || lines.lastIndexOf(lastBody) > lines.length - 2) return null;
  const m = BRACKETED_NAME.exec(last.text.trim());
  if (m === null) return null;
  const name = m[1]!.trim();
  const key = lineKey(name);
  return isPersonLike(name, 2, MAX_SIGNED_NAME_WORDS, key) && startsWithGivenName(key) && !isKnownPlace(key) ? name : null;
}

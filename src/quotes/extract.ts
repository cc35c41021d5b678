import { ANSWER_LABELS, BROADCAST_WORDS, CLAUSE_FIRST_WORDS, GLOSS_NOUNS, IMPERSONAL_VERBS, NEWS_AGENCY_WORDS, POINTING_ADJECTIVES, QUESTION_LABELS, SPEAKING_BODIES, TOLD_OUTLET_NOUNS } from '../lexicon/function-words.js';
import { GRADED_RANKS, RELAYERS } from '../lexicon/roles.js';
import { FIRM_STAFF_WORDS, HEADING_WORDS, NOT_SPEECH_MARKERS, PLATFORMS, SPEECH_OCCASION_ADJECTIVES, SPELT_LETTERS, COMMON_WORD_LETTERS, TITLE_MARKERS as TITLE_WORDS } from '../lexicon/not-speech.js';
import { keyWords, lineKey } from '../normalize/key.js';
import { isKnownOutlet, isKnownPlace, startsWithGivenName } from '../metadata/known.js';
import { foldText } from '../normalize/fold.js';
import type { QuoteKind } from '../schema.js';
import {
  accordingTo,
  ACCORDING_TO_LEADS,
  readUngluedMention,
  documentVoice,
  AS_SAID_SET,
  asSaidTag,
  currentVoice,
  cueAt,
  DECIDING,
  opensSelfTag,
  insideSpan,
  ATTRIBUTION_LEADS,
  RELAYING,
  spanClosingAfter,
  leftCue,
  mentionAfter,
  pointsBack,
  SAYING_NOUN,
  CONTRAST_OPENERS,
  HOWEVER_HEADS,
  ON_TONGUE,
  rightAttribution,
  statementVoice,
  MAX_SENTENCE_REACH,
  voiceForCue,
  voiceOf,
  type Context,
  type FoundCue,
  type ParagraphView,
  type Voice,
  UNNAMED_SOURCE_SET,
} from './attribution.js';
import { findMarkSpans, opensWithMark, type MarkSpan } from './marks.js';
import { afterGluedLetter, CITED_DOCUMENT_SET, DAY_NAME_SET, DAY_PART_SET, DOCUMENT_NAME_HEADS, hasComma, isDescribingWord, isHonorific, isKinship, isOrganisationHead, KUNYA_HEADS, NISBA_NAMED_BODY_SET, isNewsVerb, isParticle, isStopWord, nameLengthAt, nameWord, quotedAddressee, readMention, roleLength, toldLength, withheldNameEnd, type Mention } from './phrase.js';
import { buildRegistry, JOINERS, registeredByFamily, registeredEndingAt, registeredLength, registerName, type NameRegistry } from './registry.js';
import { sentenceBreaks, sentenceEnd, sentenceStart } from './sentences.js';
import { BI_APART, printedArticle, tokenAt, tokenize, type Token } from './tokens.js';
import { ORGANISATION_SET } from './organisations.js';
import { ALEF, BEH, FEH, LAM, TEH, WAW, YEH } from '../normalize/codes.js';
import { isRoleHead } from './role-forms.js';
import { isOfficeTitle } from '../speakers/names.js';

/** A quote before speakers are merged: `speaker` is the mention as printed. */
export interface RawQuote {
  text: string;
  kind: QuoteKind;
  cue: string | null;
  speaker: string | null;
  role: string | null;
  paragraph: number;
  start: number;
  end: number;
  endParagraph: number;
}

/** Marker words, by the last word of each entry ("ما يسمى" → "يسمى": "ما" alone before a quote marks nothing). */
const NOT_SPEECH = new Set(NOT_SPEECH_MARKERS.map((m) => foldText(m).split(' ').at(-1)!));
const BARE_PARTICLES = new Set(['ان', 'بان', 'وان', 'لان']);
/** "أنه", "إنها", "لأنه": the particle with a pronoun, folded. */
const PRONOUN_PARTICLES = new Set(['انه', 'انها', 'لانه', 'لانها', 'بانه', 'بانها']);
const PREPOSITIONS = new Set(['الي', 'ب', 'ل', 'من', 'عن', 'في', 'علي', 'بـ']);
/** "الأم", "الأب": a parent named right after the word. Folded. */
const PARENTS = new Set(['الام', 'الاب', 'والام', 'والاب']);
/** "مصادر", "مصدر": sources, in construct with the outlet they speak to ("مصادر «الشروق»"). Folded. */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['مصادر', 'مصدر', 'ومصادر', 'ومصدر']);
/** Punctuation that ends a phrase or a sentence. */
const PAUSE = /[.،,:;!?؟]/u;

/** Whether the sentence goes on past a quote: a word after it, no punctuation between but its closing mark. */
function runsOnAfter(tokens: readonly Token[], openToken: number, quoteTokens: number): boolean {
  return openToken + quoteTokens < tokens.length && !PAUSE.test(tokens[openToken + quoteTokens - 1]!.after);
}

/** Words before a short quote that make it an outlet or addressee: "لـ«الشرق الأوسط»", "مع «العربية»" (and OUTLET_TOLD: "لإذاعة «موزاييك»"). */
const OUTLET_LEADS = new Set(['ل', 'مع', 'عبر']);
const RELAYER_HEADS = new Set(RELAYERS.map((r) => foldText(r)));

/**
 * Conjunctions that make "أن" temporal or concessive, not the opening of reported content: "بعد أن"; and the
 * connectors "إلا أن", "غير أن", "بيد أن" (however) and "كما أن" (moreover), which open the reporter's next clause.
 */
const NON_SPEECH_BEFORE_PARTICLE = new Set(['بعد', 'قبل', 'منذ', 'حتي', 'بدل', 'رغم', 'بمجرد', 'لمجرد', 'دون', 'بدون', 'الا', 'غير', 'بيد', 'كما']);
const MAX_PARTICLE_GAP = 10;

/** Definite heads of institutions that issue statements of their own. Folded. */
const SPEAKING_INSTITUTIONS = new Set(SPEAKING_BODIES);

/** A comma right after a quote's closing mark (a space may stand before it). */
const COMMA_AFTER_CLOSE = /^\s?[،,]/u;
/** A full stop, question or exclamation mark last inside a quote. */
const STOP_LAST = /[.!؟?]\s*$/u;
/** The straight single mark, which some pages print around words after a colon. */
const SINGLE_MARK = "'";

/** "حديثة", "جديدة": adjectives of a body's or a document's kind or age, no name's word. Folded keys. */
const BODY_DESCRIBING_ADJECTIVES: ReadonlySet<string> = new Set(['حديثه', 'جديده', 'اخيره', 'سابقه', 'مستقله', 'كبيره', 'صغيره']);
/** An indefinite adjective of a body ("حديثه") or its indefinite feminine nisba ("امريكيه", "حقوقيه"), by folded key. */
function describesBody(word: string): boolean {
  return !word.startsWith('ال') && (BODY_DESCRIBING_ADJECTIVES.has(word) || /^\p{L}{2,}يه$/u.test(word));
}

/**
 * Indirect speech is kept for named speakers: a person or a named body ("وزارة الداخلية التونسية", "نادي
 * ليفربول"), not a bare definite noun ("التحالف", "السلطات الإسرائيلية") or a country ("مصر").
 */
function isNamedVoice(name: string): boolean {
  const key = lineKey(name);
  if (isKnownPlace(key)) return false;
  const words = key.split(' ');
  // "أكدت دراسة أن": the head of a body alone names none, nor with adjectives that only describe it ("دراسة حديثة",
  // "منظمة حقوقية")
  if (!words[0]!.startsWith('ال') && ORGANISATION_SET.has(foldText(words[0]!)) && words.slice(1).every(describesBody)) return false;
  // "قال الادعاء في البحرين إن …", "وذكرت الخارجية أن …": an institution that speaks for itself
  const head = words[0]!.replace(/^و(?=ال)/u, '');
  // ("وقال الاتحاد الأوروبي إن …": a union or party that a nisba names)
  const nisbaNamed = words.length >= 2 && NISBA_NAMED_BODY_SET.has(head) && NISBA_WORD.test(words[1]!) && !POINTING_ADJECTIVE_SET.has(words[1]!);
  return printedIndefiniteWord(name) || SPEAKING_INSTITUTIONS.has(head) || nisbaNamed;
}

/** A preposition glued before the article ("للأمم", "بالحكومة"): the word counts as the name's, not as definite. */
const GLUED_PREPOSITION = /^[فبكل]/u;
/**
 * Whether a name holds a word printed without the article (و aside). Read on the printed words, not the folded ones:
 * "أليسون", "إليسون", "ألونسو" fold to words that open like "ال" but carry no article.
 */
function printedIndefiniteWord(name: string): boolean {
  return name.split(/\s+/u).some((w) => w !== '' && (GLUED_PREPOSITION.test(w) || !printedArticle(w, 0, w.length)));
}
const POINTING_ADJECTIVE_SET: ReadonlySet<string> = new Set(POINTING_ADJECTIVES);

/**
 * "السفير الأمريكي", "النائب العام": a person's definite title of two words or more stands for its one holder, as
 * "وزير الخارجية" does (not a body: "السلطات الإسرائيلية"; not "الفريق الطبي", a team; nor a courtesy before a
 * family name, which the speakers' list would print without it: "الدكتور المصري"; an office's honorific and the
 * field or nationality describing it do: "المستشار الاقتصادي"; praise after a sheikh's, "الشيخ الجليل", names no one).
 */
function isTitleHolder(name: string): boolean {
  const words = foldText(name).split(' ');
  return words.length >= 2 && isRoleHead(words[0]!) && (!isHonorific(words[0]!) || isOfficeTitle(name.split(' '))) && !GRADED_RANK_SET.has(words[0]!);
}
const GRADED_RANK_SET: ReadonlySet<string> = new Set(GRADED_RANKS.map(foldText));

/** Whether reported speech may be kept for a voice so named: a person or body named, or a titled holder. */
function heardByName(ctx: Context, name: string): boolean {
  return isNamedVoice(name) || isTitleHolder(name) || isRegisteredFamily(ctx.registry, name) || namedInFull(ctx, name) || definiteGivenName(name);
}

/**
 * "الحسين الوردي", "المصطفى الرميد": a listed given name printed with the article, then a family name that is no
 * title's word, names a person, though every word carries the article as a body's adjectives do.
 */
function definiteGivenName(name: string): boolean {
  const words = foldText(name).split(' ');
  return words.length >= 2 && words[0]!.startsWith('ال') && startsWithGivenName(words[0]!) && !words.slice(1).some((w) => isRoleHead(w));
}

/** "وأضاف الرشيدي أن …": a definite family name of a person named in full with a title before ("فهد الرشيدي") is that person. */
function isRegisteredFamily(registry: NameRegistry, name: string): boolean {
  const folded = foldText(name);
  // the last word of "عبد الله", "أبو بكر" is no family name
  return !folded.includes(' ') && registeredByFamily(registry, folded).some((n) => n.role !== null && !JOINERS.has(n.words[n.words.length - 2]!));
}

/**
 * Whether token `k` is a given name: a listed one, or after an honorific a word with no article that is no title
 * ("الحاج فرهود الربيعي": a given name the lexicon lacks).
 */
function opensGivenName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return startsWithGivenName(t.norm) || (k > 0 && isHonorific(tokens[k - 1]!.norm) && !t.definite && !t.role);
}

/**
 * "يجلس الحاج كاظم الربيعي …" … "ويضيف الربيعي أن …": a definite family name the article prints after a listed given
 * name is a person's, named in full there (no title needed).
 */
function namedInFull(ctx: Context, name: string): boolean {
  const folded = foldText(name);
  if (folded.includes(' ') || !folded.startsWith('ال')) return false;
  if (ctx.fullFamilies === null) {
    const families = new Set<string>();
    for (const v of ctx.views) {
      for (let k = 0; k + 1 < v.tokens.length; k++) {
        const t = v.tokens[k]!;
        const family = v.tokens[k + 1]!;
        // (never "عبد الله", a body's head, a title or a place after the given name)
        const given = opensGivenName(v.tokens, k);
        if (t.after === '' && family.definite && !family.role && t.norm !== 'عبد' && family.norm !== 'الله' && given && !ORGANISATION_SET.has(family.norm) && !isKnownPlace(family.norm) && !isStopWord(family.norm)) families.add(family.norm);
      }
    }
    ctx.fullFamilies = families;
  }
  return ctx.fullFamilies.has(folded);
}

/** Whether a speaker name is an outlet, report or figure that relays news rather than speaking. */
function isRelayer(name: string): boolean {
  const folded = foldText(name);
  const head = folded.split(/\s+/u)[0] ?? '';
  // "شبكة (سي.بي.اس.نيوز)" relays news; "شبكة أطباء السودان" speaks for itself
  if (head.replace(/^و?ال/u, '') === 'شبكه') return folded.split(/[^\p{L}\p{N}]+/u).some((w) => BROADCAST_SET.has(w));
  // "وكالة الأنباء الفرنسية", "وكالة رويترز", "الوكالة الرسمية" relay news; "وكالة الطاقة الدولية" speaks for itself
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const agency = head.replace(/^و?ال/u, '') === 'وكاله';
  // "الوكالة الدولية للطاقة الذرية", "الوكالة الأمريكية للتنمية الدولية": a nisba, then the field it serves after لل
  if (agency && words.length > 2 && NISBA_WORD.test(words[1]!) && words[2]!.startsWith('لل') && !words.some((w) => NEWS_AGENCY_SET.has(w))) return false;
  if (agency && words.length > 1 && !NISBA_WORD.test(words[1]!)) {
    return words.some((w) => NEWS_AGENCY_SET.has(w) || BROADCAST_SET.has(w)) || isKnownOutlet(lineKey(name)) || isKnownOutlet(lineKey(words.slice(1).join(' ')));
  }
  return RELAYER_HEADS.has(head) || RELAYER_HEADS.has(head.replace(/^و/u, '')) || isKnownOutlet(lineKey(name));
}
/** Words that make an agency a news agency ("وكالة الأنباء", "وكالة أنباء الإمارات"), folded. */
const NEWS_AGENCY_SET = new Set(NEWS_AGENCY_WORDS);
/** A nisba adjective ("المحلية", "الرسمية", "السورية"), folded: the agency it describes is a news agency. */
const NISBA_WORD = /^(?:ال)?\p{L}{2,}(?:ي|يه)$/u;
/** Words that make a network a broadcaster or a news site, folded and lower-cased. */
const BROADCAST_SET = new Set(BROADCAST_WORDS);
const NON_ARABIC_QUOTE = /^[^\p{Script=Arabic}]*$/u;
const SHORT_QUOTE = 3;
/** Fewest words of a quote after a colon said whole ("وأضاف: «نحن مستعدون»"). */
const MIN_COLON_SENTENCE = 2;
/** Names and titles in quotes are short; longer quotes are titles only after a title word. */
const MAX_NAME_QUOTE = 4;
/** "في", "لدى", "من": the word between a title and the body it names in quote marks ("مدير الأبحاث في «…»"). */
const TITLE_TO_BODY = /\s(?:في|لدى|لدي|من)\s*$/u;

/** Whether the quote opening at `open` follows its speaker's title and "في"/"لدى"/"من" (the title's body). */
function inSpeakerTitle(text: string, open: number, role: string): boolean {
  const before = text.slice(Math.max(0, open - role.length - 8), open);
  const joiner = TITLE_TO_BODY.exec(before);
  return joiner !== null && before.slice(0, joiner.index).endsWith(role);
}
const NAME_LOOKBACK = 5;
const TITLE_MARKERS = new Set(TITLE_WORDS.map((w) => foldText(w)));
const PLATFORM_KEYS = new Set(PLATFORMS.map(lineKey));
const TITLE_LOOKBACK = 6;
const SPEECH_OCCASIONS = new Set(SPEECH_OCCASION_ADJECTIVES.map((w) => foldText(w)));
const LONG_QUOTE = 5;
const MAX_INDIRECT_GAP = 8;
const MIN_INDIRECT_TOKENS = 3;
/** Fewest words reported right after a verb of saying and its speaker when they close the sentence. */
const MIN_CLOSING_INDIRECT_TOKENS = 2;
/** A comma right at a clause's end, maybe after a space. */
const COMMA_NEXT = /^\s?[،,]/u;

/** Longest quote read as an organisation's name by the head it opens with ("«شركة … لبيع مواد البناء»"). */
const MAX_ORGANISATION_QUOTE = 6;

/**
 * Heads that open the name of a company, party, front or institution in quotes ("«شركة …»", "«حزب …»", "أعلنت «جبهة
 * النصرة»"), folded. Not bodies that a description may open ("وصفها بـ«قوات العدوان»"), nor documents.
 */
const NAMED_BODY_HEADS = new Set(['شركه', 'حزب', 'جبهه', 'جمعيه', 'مؤسسه', 'منظمه', 'جامعه', 'نادي', 'مجموعه', 'بنك', 'مصرف', 'صندوق', 'مستشفي', 'فندق', 'مطعم', 'معهد', 'كليه', 'اكاديميه', 'مدرسه', 'مجمع', 'شبكه', 'قناه', 'صحيفه', 'جريده', 'مجله', 'وكاله']);

/** Latin letters spelt out in Arabic, as keys. */
const LETTER_NAMES = new Set(SPELT_LETTERS.map(lineKey));
/** Spelt letters that are no common word as well ("بي", "سي"; not "في", "أي", "أو", "أم", "كي", "إن"), folded. */
const PLAIN_LETTER_NAMES: ReadonlySet<string> = new Set(SPELT_LETTERS.filter((w) => !COMMON_WORD_LETTERS.includes(w)).map(lineKey));

/**
 * Whether the إن at `j` is a letter of a spelt abbreviation: after the سي that opens one ("سي إن إن", "سي إن بي سي",
 * and the second إن of "سي إن إن"), or before a plain spelt letter with another on either side ("إن بي سي"). The
 * إن after a whole one ("…سي إن بي سي إن الاقتصاد") is the particle.
 */
function inSpeltLetters(tokens: readonly Token[], j: number): boolean {
  const at = (k: number): string => tokens[k]?.norm ?? '';
  if (at(j - 1) === 'سي' && !LETTER_NAMES.has(at(j - 2))) return true;
  if (at(j - 1) === 'ان' && at(j - 2) === 'سي' && !LETTER_NAMES.has(at(j - 3))) return true;
  return PLAIN_LETTER_NAMES.has(at(j + 1)) && (LETTER_NAMES.has(at(j - 1)) || PLAIN_LETTER_NAMES.has(at(j + 2)));
}
/** "ينتظر", "تتابع", "ستعلن": a present verb's shape, its future prefix or none, on a word without the article. Folded. */
const PRESENT_VERB = /^س?[يت]\p{L}{3,5}$/u;

/** Whether a word of a present verb's shape stands among the tokens [from, to). */
function presentVerbWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.definite && PRESENT_VERB.test(tokens[k]!.norm)) return true;
  return false;
}

/** The conjunction و or ف, and the preposition ب or ل, a body's head may carry before a name in quotes ("ولمعهد «…»"). */
const HEAD_CONJUNCTION = /^[وف]/u;
const HEAD_PREPOSITION = /^[بل]/u;

/** Whether a folded word is a named body's head, bare or after و/ف and ب/ل ("بنك", "وبنك", "لمعهد"). */
function namedBodyHead(norm: string): boolean {
  if (NAMED_BODY_HEADS.has(norm)) return true;
  const bare = norm.replace(HEAD_CONJUNCTION, '');
  return NAMED_BODY_HEADS.has(bare) || NAMED_BODY_HEADS.has(bare.replace(HEAD_PREPOSITION, ''));
}

/** An organisation's head without the article, opening a quote: "شركة", "حزب", "جمعية" (not "الحكومة لن …"). */
function indefiniteOrganisation(t: Token): boolean {
  return !t.definite && NAMED_BODY_HEADS.has(t.norm);
}

const FIRM_STAFF = new Set(FIRM_STAFF_WORDS.map(foldText));

/** Whether a token is a title or people who work somewhere ("محللون"), with nothing after it but a space. */
function staffBefore(t: Token | undefined): boolean {
  return t !== undefined && t.after === '' && (t.role || FIRM_STAFF.has(t.norm.replace(/^[وف]/u, '')));
}

/** Whether a folded word is a not-speech marker, with its و/ب/ل/ال prefixes tried off. */
function isMarker(word: string): boolean {
  if (NOT_SPEECH.has(word)) return true;
  // "وبرنامج": the ب may be the word's own first letter, not a preposition: try the word with و/ف alone off too
  return markerBase(word.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/u, '')) || markerBase(word.replace(/^(?:و|ف)(?:ال)?/u, ''));
}

/** Whether a word without its prefixes is a marker, bare, definite, or with a pronoun or dual ending off. */
function markerBase(bare: string): boolean {
  // "اسمها «شوغر»": the marker may carry a pronoun
  // "صحيفتا «…» و«…»": the dual in construct (تا, تي) of a feminine marker
  // "منصته «…»": a feminine marker's ة is printed ت before the pronoun
  const unsuffixed = dualToSingular(bare.replace(/(?:ها|هم|ه)$/u, ''));
  return bare.length > 1 && (NOT_SPEECH.has(bare) || NOT_SPEECH.has('ال' + bare) || (unsuffixed.length > 2 && (NOT_SPEECH.has(unsuffixed) || (bare !== unsuffixed && NOT_SPEECH.has(unsuffixed.replace(/ت$/u, 'ه'))))));
}

/** "صحيفتا" → "صحيفه": the construct dual (تا, تي) of a feminine noun of three letters or more, else the word. */
function dualToSingular(word: string): string {
  const n = word.length;
  if (n < 5 || word.charCodeAt(n - 2) !== TEH) return word;
  const last = word.charCodeAt(n - 1);
  return last === ALEF || last === YEH ? `${word.slice(0, -2)}ه` : word;
}

/** A paper or a channel with ل glued to it, folded: "لصحيفه", "لمجله" (who was told). */
const OUTLET_TOLD: ReadonlySet<string> = new Set(TOLD_OUTLET_NOUNS.map((n) => `ل${n}`));

/** Words a told paper may stand after its cue: "قال الأمين العام للحزب محمد علي لصحيفة …". */
const TOLD_LOOKBACK = 8;
/** Whether a speech cue stands within TOLD_LOOKBACK words before token `k`, with no sentence's end between. */
function cueShortlyBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= TOLD_LOOKBACK && !/[.!؟?]/u.test(tokens[j]!.after); j--) if (cueAt(tokens, j)) return true;
  return false;
}

/** Strips و/ف, ب/ل/ك and ال (and an accusative ا: "عنوانا") off a folded word. */
function bareWord(word: string): string {
  const bare = word.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/u, '');
  return TITLE_MARKERS.has(bare) || bare.length < 4 ? bare : bare.replace(/ا$/u, '');
}

/** A headline in quotes: short phrases joined by " .. " ("غدا .. مصر تعبر للمستقبل"). */
const HEADLINE_SHAPE = /\S \.\.+ \S/u;
const MAX_HEADLINE_QUOTE = 8;

/** Whether word `k` is still a plain word walking back from the quote: within `limit` words, not inside another quote. */
function plainWordBefore(view: ParagraphView, openToken: number, k: number, limit: number): boolean {
  return k >= 0 && openToken - k <= limit && !insideSpan(view.spans, view.tokens[k]!.start);
}

/** Article-wide facts the not-speech rules use. */
export interface ArticleFacts {
  /** Whether the article uses these folded words (single spaces between) outside quote marks. Built on first use. */
  usesUnquoted(words: string): boolean;
  /** How often each short quoted text (folded key) is quoted in the article. */
  quotedCounts: Map<string, number>;
}

/** An indefinite nisba adjective, folded: "سري", "نووية", "عسكري". */
const INDEFINITE_ADJECTIVE = /^(?!ال)\p{L}{2,}ي(?:ه)?$/u;
/** "صحتي", "حياتي": a noun in ة that carries "my", folded (no nisba adjective ends so). */
const MY_NOUN_IN_TA = /^\p{L}{2,}تي$/u;

/** Words that show a short quoted name after a speech verb to be its subject: a relative pronoun, or عن of a relayed source. */
const QUOTED_SUBJECT_FOLLOWERS = new Set(['الذي', 'التي', 'الذين', 'عن']);

/** A short quote quoted this often in one article is a name ("باب رزق جميل"), not a remark. */
const REPEATED_NAME = 3;

/**
 * Words in quote marks that belong to the speaker phrase of the verb before them: a name before the
 * speaker's title ("وقال “جون كول” المدير التنفيذي") or a one-word description before the name ("وكتبت
 * “المدونة” هالة سعيد").
 */
function quotedSpeakerPhrase(view: ParagraphView, openToken: number, quoteTokens: number): boolean {
  const next = view.tokens[openToken + quoteTokens];
  if (openToken === 0 || next === undefined || quoteTokens > MAX_NAME_QUOTE) return false;
  if (cueAt(view.tokens, openToken - 1)?.kind !== 'verb') return false;
  for (let k = openToken; k < openToken + quoteTokens; k++) if (!nameWord(view.text, view.tokens[k]!)) return false;
  if (next.role) return true;
  // "وقالت «هيومن رايتس ووتش» إن …", "ذكرت «ذي دايلي مايل» التي رأت": the quoted name is the verb's subject
  if (isParticle(next.norm) || QUOTED_SUBJECT_FOLLOWERS.has(next.norm)) return true;
  return quoteTokens === 1 && view.tokens[openToken]!.definite && !next.definite && nameWord(view.text, next);
}

/** The quote that a lone و joins the quote opening at token `openToken` to: «…» و«…». */
function joinedToQuote(view: ParagraphView, openToken: number): { span: MarkSpan; openToken: number; quoteTokens: number } | null {
  const and = view.tokens[openToken - 1];
  if (and === undefined || (and.norm !== 'و' && and.norm !== 'او')) return null;
  let close = and.start;
  while (close > 0 && and.start - close < MAX_JOIN_GAP && /\s/u.test(view.text[close - 1]!)) close--;
  // spans do not overlap: their closing offsets rise with them
  let lo = 0;
  let hi = view.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.spans[mid]!.close < close) lo = mid + 1;
    else hi = mid;
  }
  const span = view.spans[lo];
  if (span === undefined || span.close !== close || !span.closed) return null;
  const first = tokenAt(view.tokens, span.open);
  return { span, openToken: first, quoteTokens: tokenAt(view.tokens, span.close) - first };
}
const MAX_JOIN_GAP = 8;
/** «…» و«…» و«…»: how many joined quotes back a name is looked for. */
const MAX_JOINED_QUOTES = 4;

/** How far back from a quote a title's speech verb is looked for. */
const TITLED_NAME_REACH = 14;

/**
 * A name in quote marks at the end of the speaker phrase of the verb before it: "وأوضح المتحدث الرسمي للمؤسسة
 * «فهد العتيبي»؛ قائلا …" — the phrase read from the verb ends with the quote.
 */
function quotedTitledName(view: ParagraphView, openToken: number, quoteTokens: number): boolean {
  if (quoteTokens < 2 || quoteTokens > 3) return false;
  for (let k = openToken - 1; k >= 0 && openToken - k <= TITLED_NAME_REACH; k--) {
    if (view.tokens[k]!.after.includes(':') || insideSpan(view.spans, view.tokens[k]!.start)) return false;
    const cue = cueAt(view.tokens, k);
    if (cue === null) continue;
    if (cue.kind !== 'verb' || !view.tokens[k + 1]?.role) return false;
    const m = readMention(view.text, view.tokens, k + 1, Math.min(view.tokens.length, openToken + quoteTokens), null);
    return m !== null && m.role !== null && m.next === openToken + quoteTokens;
  }
  return false;
}

/** "لقائد", "برئيس": a title head after the preposition ل or ب, with no article (folded). */
function prefixedTitle(norm: string): boolean {
  return (norm.charCodeAt(0) === LAM || norm.charCodeAt(0) === BEH) && norm.length > 3 && isRoleHead(norm.slice(1));
}

const HEADING_SET = new Set(HEADING_WORDS.map((w) => foldText(w)));

/** "المعروف", "المسماة", "الملقب": a definite participle of naming, folded. */
const NAMING_PARTICIPLE = /^[وف]?ال(?:معروف|مسما|مسمي|ملقب)/u;

/** Prepositions a verb of calling or urging governs before what it calls for ("دعا إلى", "حث على", "طالب بـ"), folded. */
const GOVERNED_PREPOSITIONS = new Set(['الي', 'علي', BI_APART]);

/** "عن" of "نقلا عن" and "ل" of "وفقا لـ", folded: the preposition between an according-to lead and its source. */
const LEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['عن', 'ل']);

/**
 * "نقلا عن «الغارديان»", "بحسب «مصادر مطلعة»", "وفقا لـ«مصدر أمني»": a quote right after an according-to lead (and
 * its preposition) is the source the words are relayed from, named, not words said.
 */
function sourceAfterLead(tokens: readonly Token[], openToken: number): boolean {
  const prev = tokens[openToken - 1];
  if (prev === undefined || hasComma(prev)) return false;
  if (ATTRIBUTION_LEADS.has(prev.norm)) return true;
  const lead = tokens[openToken - 2];
  return LEAD_PREPOSITIONS.has(prev.norm) && lead !== undefined && lead.after === '' && ATTRIBUTION_LEADS.has(lead.norm);
}

/** Prepositions between a title and the body it serves ("النائب عن", "القيادي في", "الأمين العام لـ"), folded. */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['عن', 'في', 'ل', 'من', 'لدي']);
/** Most words from a title to the quoted body it serves ("كبير الاقتصاديين في بنك «…»"). */
const MAX_TITLE_TO_BODY = 5;
/** Opening quote marks, which a token's `after` holds when a quote follows it. */
const OPENING_MARKS = /[«"“]/gu;

/**
 * "النائب عن «ائتلاف دولة القانون» عارف الحمامي", "كبير الاقتصاديين في بنك «ستاندرد تشارترد» مايكل ووكر": a short
 * quote a few plain words after a title (no punctuation, particle or cue between) and before a word of a name is the
 * body the title serves, a name in the speaker's phrase.
 */
function quotedBodyOfTitle(view: ParagraphView, openToken: number, quoteTokens: number): boolean {
  const { tokens } = view;
  const next = tokens[openToken + quoteTokens];
  if (next === undefined || next.definite || !titledBefore(tokens, openToken)) return false;
  // (a name of the speaker's, no particle or verb: "النائب عن «الكتلة» إن …" quotes the body's words)
  return !hasComma(tokens[openToken + quoteTokens - 1]!) && !isParticle(next.norm) && cueAt(tokens, openToken + quoteTokens) === null && nameWord(view.text, next);
}

/** Whether a title stands within MAX_TITLE_TO_BODY plain words before the quote opening at `openToken`. */
function titledBefore(tokens: readonly Token[], openToken: number): boolean {
  for (let k = openToken - 1; k >= 0 && openToken - k <= MAX_TITLE_TO_BODY; k--) {
    const t = tokens[k]!;
    const after = k === openToken - 1 ? t.after.replace(OPENING_MARKS, '') : t.after;
    if (after.trim() !== '') return false;
    // (the title itself, never right before the quote: "الوزير «سامي نور»" names the minister)
    // ("كبير الاقتصاديين": a title the phrase reader reads from a rank's word)
    if (t.role || roleLength(tokens, k, openToken) > 0) return k < openToken - 1;
    // (only the words of a title's phrase between: a preposition, a body's head, a definite word; never a verb or a
    // person's name, "الرئيس رجب طيب أردوغان يأمل «بإنجاز التطويق»", which quotes his hope)
    if (!TITLE_PREPOSITIONS.has(t.norm) && !isOrganisationHead(t.norm) && !t.definite) return false;
    if (isParticle(t.norm) || cueAt(tokens, k) !== null) return false;
  }
  return false;
}

/** A name or title in quotes: a marker word stands just before it, with no cue or particle between. */
function markedAsName(view: ParagraphView, openToken: number, quoteTokens: number, inner: string, facts: ArticleFacts, depth = 0): boolean {
  const prevToken = view.tokens[openToken - 1];
  // A colon introduces speech, never a title, but after a title word: "تحت عنوان: «مرحلة التحول …»"
  if (prevToken?.after.includes(':')) return HEADING_SET.has(prevToken.norm);
  if (quotedSpeakerPhrase(view, openToken, quoteTokens) || quotedTitledName(view, openToken, quoteTokens)) return true;
  if (quoteTokens <= MAX_HEADLINE_QUOTE && HEADLINE_SHAPE.test(inner)) return true;
  // "صحيفتا «ذي دايلي مايل» و«دايلي تلغراف»", "المعروف باسم «…» أو «…»": a quote joined by و or أو to a name in
  // quotes is a name too
  // (a long quote only after a long name: "«مميزة» و«في درجة راقية من الجودة»" are words said)
  let joined = depth < MAX_JOINED_QUOTES ? joinedToQuote(view, openToken) : null;
  if (joined !== null && quoteTokens > MAX_NAME_QUOTE && joined.quoteTokens <= MAX_NAME_QUOTE) joined = null;
  if (joined !== null && markedAsName(view, joined.openToken, joined.quoteTokens, view.text.slice(joined.span.start, joined.span.end), facts, depth + 1)) return true;
  // "لـ«شركة مخزن الخليج لبيع مواد البناء»", "«حزب التقدم والاشتراكية»": an organisation's name, its head inside
  // ("مشيرا إلى أن «صندوق النقد ينتظر التشريعات»": after a particle, a present verb past the body's genitive is its
  // predicate, a clause said)
  if (quoteTokens <= MAX_ORGANISATION_QUOTE && indefiniteOrganisation(view.tokens[openToken]!) && !(prevToken !== undefined && isParticle(prevToken.norm) && presentVerbWithin(view.tokens, openToken + 2, openToken + quoteTokens))) return true;
  if (quoteTokens <= MAX_ORGANISATION_QUOTE && (sourceAfterLead(view.tokens, openToken) || quotedBodyOfTitle(view, openToken, quoteTokens))) return true;
  // "بنك «غولدمان ساكس»", "لمعهد «بروكينغز»": such a head without the article right before a short quote names it
  if (prevToken !== undefined && quoteTokens <= MAX_ORGANISATION_QUOTE && !prevToken.definite && namedBodyHead(prevToken.norm)) return true;
  // "نقلا عن «بيان سلام وصداقة مشترك»": after عن, a short quote opening on a document's head names the document
  if (quoteTokens <= MAX_ORGANISATION_QUOTE && prevToken?.norm === 'عن' && !view.tokens[openToken]!.definite && DOCUMENT_NAME_HEADS.has(view.tokens[openToken]!.norm)) return true;
  if (quoteTokens > MAX_NAME_QUOTE) {
    for (let k = openToken - 1; plainWordBefore(view, openToken, k, TITLE_LOOKBACK); k--) {
      const w = view.tokens[k]!.norm;
      if (k < openToken - 1 && view.tokens[k]!.after.includes(':')) return false;
      if (TITLE_MARKERS.has(w) || TITLE_MARKERS.has(bareWord(w))) {
        // "قال لصحيفة الغارديان «…»": a paper told, its name between it and the quote (right before the quote,
        // "لصحيفة «الشرق الأوسط»", the quote is the paper's name)
        if (k < openToken - 1 && OUTLET_TOLD.has(w) && cueShortlyBefore(view.tokens, k)) return false;
        // "أن البرنامج «…»": the title word is the subject of أن, the quote its predicate
        const before = view.tokens[k - 1]?.norm;
        return !(k === openToken - 1 && before !== undefined && isParticle(before));
      }
      if (isParticle(w)) return false;
      // "عنوانا رئيسيا يقول «…»": a headline that "says" is still a title
      if (cueAt(view.tokens, k)) return [1, 2, 3].some((d) => TITLE_MARKERS.has(bareWord(view.tokens[k - d]?.norm ?? '')));
    }
    return false;
  }
  const key = lineKey(inner);
  // ("«سيتجاوز 60 تريليون دينار»": a number in words that open on a verb is said, not a name)
  // ("إن «الخطة تشمل 5 محافظات».": after إن or أن, a quote that ends the sentence is the whole clause said; a name
  // there would need its predicate after it)
  // ("خبير المدن الذكية في “المملكة المتحدة”", "إن «مصر» تدعم …": a place alone in quotes is its name, as a person's is)
  if (isKnownOutlet(key) || isKnownPlace(key) || PLATFORM_KEYS.has(key) || (/\d/u.test(key) && !OPENS_ON_VERB.test(key) && !wholeClauseAfterParticle(view, openToken, quoteTokens))) return true;
  // "الجوهرة «اف ام»", "«بي بي سي»": Latin letters spelt out in Arabic are an abbreviation, a name
  if (quoteTokens >= 2 && key.split(' ').every((w) => LETTER_NAMES.has(w))) return true;
  // "لـ«الشرق»", "الوزير «سامي نور»", "وقالت الأم «إليزابيث هاندي»": an outlet told, or the name of the title or
  // relative before it
  // ("المستشار الإعلامي لقائد «الدعم السريع»": a title after ل or ب, in construct with the name)
  // ("إن الرئيس «يتابع الوضع عن كثب».": a title after إن or أن is the clause's subject, and a quote that opens on a
  // verb or ends the sentence its predicate, words said of him)
  if (prevToken !== undefined && prevToken.role && titleThenPredicate(view, openToken, quoteTokens, key)) return false;
  if (prevToken !== undefined && (OUTLET_LEADS.has(prevToken.norm) || OUTLET_TOLD.has(prevToken.norm) || prevToken.role || isKinship(prevToken.norm) || PARENTS.has(prevToken.norm) || prefixedTitle(prevToken.norm))) return true;
  // "محللون في «غولدمان ساكس»", "المحلل لدى «جيه بي مورغان»": the firm of the people or the title before "في"/"لدى"
  if (prevToken !== undefined && quoteTokens <= MAX_NAME_QUOTE && (prevToken.norm === 'في' || prevToken.norm === 'لدي') && staffBefore(view.tokens[openToken - 2])) return true;
  // "وأفادت مصادر «الشروق» بأن …": the outlet whose sources they are, in construct, its clause going on past the
  // quote ("وقال مصدر «التحقيق مستمر».": a sentence ended on the quote is the source's words)
  if (prevToken !== undefined && quoteTokens <= MAX_NAME_QUOTE && SOURCE_NOUNS.has(prevToken.norm) && !PAUSE.test(prevToken.after) && runsOnAfter(view.tokens, openToken, quoteTokens)) return true;
  // "حسبما نقلت «حرييت»": the outlet that relays; "مدرب الـ«سيتيزينس»": a nickname after the article printed apart
  if (prevToken !== undefined && (RELAYING.test(prevToken.norm) || prevToken.norm === 'ال')) return true;
  // A word or two in quotes that the article also uses unquoted is a name ("بوينغ", "ويتشيتا").
  if (quoteTokens <= 2 && key.length > 2 && facts.usesUnquoted(foldText(key))) return true;
  if ((facts.quotedCounts.get(key) ?? 0) >= REPEATED_NAME) return true;
  for (let k = openToken - 1; plainWordBefore(view, openToken, k, NAME_LOOKBACK); k--) {
    const w = view.tokens[k]!.norm;
    // "في مدينة إزمير، «ضحية اعتقال مجحف»": a comma closes the marker's phrase before the quote, and so does a
    // sentence's end ("… في المخيم. «لم يبق لنا شيء»، تقول")
    if (/[،,.!؟?]/u.test(view.tokens[k]!.after)) return false;
    // "شدد رئيس مجلس النواب نبيه بري على «…»": a person's name between a marker and the quote; the marker is in the
    // title before the name, and names nothing
    if (k < openToken - 1 && !view.tokens[k]!.definite && opensGivenName(view.tokens, k)) return false;
    // "برنامج «سري»": an indefinite adjective right after the marker describes it, it does not name it
    // "في مؤتمر صحافي هاتفي من جنيف «…»": a press conference names nothing, it is where the words were said
    // "بأنّ عملية الإصلاح «تسير في ظروف طيبة»": a marker with its genitive after a particle is the clause's subject,
    // the quote its predicate (the marker right before the quote still names it: "أن حركة «حماس»")
    if (isMarker(w) && k < openToken - 1 && k > 0 && isParticle(view.tokens[k - 1]!.norm)) return false;
    // "أن القرار «صائب»": a definite marker after a particle, an indefinite word in quotes after it: subject and predicate
    // ("إن نجاح الاتفاق «يتطلب …»": the marker in construct with the subject after the particle, so too)
    if (isMarker(w) && k === openToken - 1 && k > 0 && (isParticle(view.tokens[k - 1]!.norm) || (k > 1 && isParticle(view.tokens[k - 2]!.norm) && !view.tokens[k - 1]!.definite && view.tokens[k - 1]!.after === '')) && view.tokens[k]!.definite && !view.tokens[openToken]!.definite) return false;
    // "لتشكيل لائحة توافقية «وصلت إلى طريق مسدود»": a marker described by its own indefinite adjective, then a
    // quote: the quote is what was said of it, not its name
    if (isMarker(w) && k === openToken - 2 && quoteTokens >= SHORT_QUOTE && INDEFINITE_ADJECTIVE.test(view.tokens[k + 1]!.norm) && !view.tokens[k]!.definite) return false;
    // "وبررت الوزارة القرار بـ«ارتفاع التكاليف»", "وبررت الهيئة الزيادة بـ«…»": ب between a definite noun and the quote
    // gives a cause or a content, no name of a marker before
    // (a definite noun: "تسمى بـ«…»", "المعروفة بـ«…»" name what they stand after)
    if (k === openToken - 2 && view.tokens[k + 1]!.norm === BI_APART && view.tokens[k]!.definite && !NAMING_PARTICIPLE.test(w)) return false;
    // "ودعت منظمة الصحة العالمية إلى «توخي الحذر»": a body's head after a speech verb and before the preposition the
    // verb governs is the verb's subject, and the quote what was called for, no name of it (a naming word there still
    // names: "ما يسمى بـ«…»", "يصطلح عليها بـ«…»")
    if (isMarker(w) && k < openToken - 1 && GOVERNED_PREPOSITIONS.has(view.tokens[openToken - 1]!.norm) && ORGANISATION_SET.has(bareWord(w)) && cueShortlyBefore(view.tokens, k)) return false;
    // ("تطبيق «صحتي»": a noun in ة with "my", the ي of no adjective, names the app)
    if (isMarker(w) && !(k + 1 < openToken && SPEECH_OCCASIONS.has(view.tokens[k + 1]!.norm))) return !(k === openToken - 1 && quoteTokens === 1 && INDEFINITE_ADJECTIVE.test(view.tokens[openToken]!.norm) && !MY_NOUN_IN_TA.test(view.tokens[openToken]!.norm));
    if (isParticle(w) || cueAt(view.tokens, k)) return false;
  }
  return false;
}

/** Whether nothing but a sentence's end (or the paragraph's start) stands before a quote's opening mark. */
function opensSentence(view: ParagraphView, span: MarkSpan): boolean {
  const before = view.text.slice(0, span.open).trimEnd();
  return before === '' || /[.!؟?]$/u.test(before);
}

/**
 * Whether the two words quoted from `open` to `close` are a sentence set off by a comma before a verb of saying ("«لن
 * نستسلم»، قال …"): they open on the article, a clause's first word or a present verb ("«مستحيل تماما»" is a phrase).
 */
function taggedRight(tokens: readonly Token[], open: number, close: number): boolean {
  const first = tokens[open];
  const last = tokens[close - 1];
  if (first === undefined || last === undefined || !hasComma(last) || cueAt(tokens, close)?.kind !== 'verb') return false;
  return first.definite || CLAUSE_FIRST_SET.has(first.norm) || OPENS_ON_VERB.test(first.norm);
}
const CLAUSE_FIRST_SET: ReadonlySet<string> = new Set(CLAUSE_FIRST_WORDS);

/** Words before a quote searched for the particle that opens a clause the quote is part of. */
const MAX_CLAUSE_BEFORE_QUOTE = 16;

/** Most words of a quote read as the predicate of "إنه"/"إنها" when it opens on a noun. */
const MAX_PREDICATE_QUOTE = 6;
/** A noun's ending no verb has: ة. */
const TEH_MARBUTA_END = /\u0629$/u;

/** Whether the quote's first word, at `k`, is a noun by its shape: printed with a final ة, or with the article. */
function nominalOpening(view: ParagraphView, k: number): boolean {
  const t = view.tokens[k];
  return t !== undefined && (t.norm.startsWith('ال') || TEH_MARBUTA_END.test(view.text.slice(t.start, t.end)));
}

/**
 * A quote's kind. `byStatement`: no cue, the speaker read from a statement's or a message's lead ("وجاء في رسالة وجهها
 * الرئيس X: «…»"), whose colon sets off a sentence as a verb's does.
 */
function kindOf(view: ParagraphView, ctx: Context, span: MarkSpan, openToken: number, quoteTokens: number, cue: FoundCue | null, byStatement: boolean): QuoteKind {
  // ("وأضاف: «نحن مستعدون»": two words after the colon are a sentence said whole; one is still a word quoted)
  const before = cue !== null || byStatement ? view.text.slice(0, span.open).trimEnd() : '';
  if (quoteTokens >= MIN_COLON_SENTENCE && before.endsWith(':')) return 'direct';
  // ("«نحن لا نطلب المستحيل»، يقول …": a quote of three words or more that opens its sentence is said whole; so are
  // two, "«لن نستسلم»، قال القيادي", when a comma and a verb of saying follow them)
  if (cue === null) return quoteTokens >= LONG_QUOTE || (quoteTokens >= (taggedRight(view.tokens, openToken, openToken + quoteTokens) ? MIN_COLON_SENTENCE : SHORT_QUOTE) && opensSentence(view, span)) ? 'direct' : 'partial';
  // ("وقال إن «السلام ممكن».", "أن «إيران كذبت».": two words right after a bare إن/أن that end the sentence are the
  // clause said whole)
  if (quoteTokens >= MIN_COLON_SENTENCE && quoteTokens < SHORT_QUOTE && wholeClauseAfterParticle(view, openToken, quoteTokens) && saidClauseParticle(view.tokens[openToken - 1]!.norm, cue)) return 'direct';
  if (quoteTokens < SHORT_QUOTE) return 'partial';
  // ("قال أحد الذين يتلاعبون بالنتائج لبي بي سي، «…»": a comma right before a whole quote sets it off like a colon)
  // (never a quote that goes on the sentence, "…، «لأن …»", "…، «وهو مبلغ …»", nor after the reported clause began)
  if (COMMA_END.test(before) && quoteTokens >= LONG_QUOTE && cue.info.kind === 'verb' && cue.info.strength !== 'opinion' && !GOES_ON.test(view.tokens[openToken]!.norm) && speakerOnlyBefore(view.tokens, cue.index + 1, openToken)) return 'direct';
  const prev = view.tokens[openToken - 1];
  if (prev === undefined) return 'direct';
  if (PREPOSITIONS.has(prev.norm) || /^(?:ب|ل)$/u.test(prev.norm)) return 'partial';
  // ("وصف … بأنه «…»" describes: partial; "صرح لهسبريس بأن «…»" after a verb of saying: direct)
  if (saidClauseParticle(prev.norm, cue)) return 'direct';
  // ("أكد أنه «لا تغيير في …»": the particle with its pronoun, then the clause quoted whole; after a verb of judging,
  // "معتبرا أنه «حل ترقيعي …»", "وصفه بأنه «…»", what it is judged to be)
  // ("وقالت إنها «رسالة قوية للعالم»": a short quote opening on a noun in ة or with the article is the pronoun's
  // predicate, a phrase quoted)
  if (PRONOUN_PARTICLES.has(prev.norm.replace(/^و/u, '')) && cue.info.strength !== 'opinion') return quoteTokens <= MAX_PREDICATE_QUOTE && nominalOpening(view, openToken) ? 'partial' : 'direct';
  // "ما اعتبروه «غياب شروط المحاكمة العادلة»": a verb of judging with its object pronoun, then what it judged it
  if (cue.index === openToken - 1 && cue.info.strength === 'opinion' && OBJECT_PRONOUN_END.test(view.tokens[cue.index]!.norm)) return 'partial';
  // ("ورد بالقول إن البنك «لن يخضع …»": after a noun cue, a particle and the reported clause's own words before the
  // quote make it part of that clause)
  if (cue.index === openToken - 1 || (cue.info.kind === 'noun' && !subjectAfterParticle(view.tokens, Math.max(cue.index + 1, openToken - MAX_CLAUSE_BEFORE_QUOTE), openToken))) return 'direct';
  // ("مضيفا القول «…»": only "the saying" (`SAYING_NOUN`) stands between the verb and the quote)
  if (cue.index + 2 === openToken && view.tokens[openToken - 1]!.norm === SAYING_NOUN) return 'direct';
  // "فقالت لفرانس برس «…»": only the outlet told stands between the verb and the quote
  if (cue.index + 1 + toldLength(view.tokens, cue.index + 1, openToken) === openToken) return 'direct';
  // "وقالت في رسالة بالبريد الإلكتروني «…»": where the words were said, right after the verb, then a whole quote
  if (saidWhere(view.tokens, cue.index + 1, openToken, quoteTokens)) return 'direct';
  const m = mentionAfter(view, ctx, cue, openToken);
  if (m === null) return 'partial';
  // ("وقال الوزير سمير داود لرويترز «…»": the speaker, then only the outlet told)
  const told = m.name !== null ? toldLength(view.tokens, m.next, openToken) : 0;
  if (m.next === openToken || (m.name !== null && m.next + told === openToken)) return 'direct';
  // ("وقال المصدر الذي رفض الكشف عن اسمه «…»": only the withheld name between the speaker and the quote)
  if (withheldNameEnd(view.tokens, m.next, openToken) === openToken) return 'direct';
  // "كتب د. عمر المقبل … في حسابه عن هذا الحدث الأليم "…"": where the words were said, then a whole quote
  // ("وقال جيرارد للصحافيين في المؤتمر الصحفي «…»": who was told, then where)
  if ((m.name !== null || m.roleOnly || m.anonymous) && saidWhere(view.tokens, m.next + told, openToken, quoteTokens)) return 'direct';
  // ("وقال مهيب اسحق وهو جالس إلى جوار ابنه «هل سيكون هناك ماء؟ لا أعلم.»": sentences said whole, closing the
  // reporter's, with no "that" of his between the verb and them)
  return quotedSentences(view, span, cue, openToken) ? 'direct' : 'partial';
}

/** A sentence's end inside quoted words with more words after it: "هذا. لا", "ماء؟ لا". */
const INNER_SENTENCE_END = /[.!?؟…]\s+\p{L}/u;
/** What may follow a closing mark at a sentence's end: its full stop, a question mark, or nothing. */
const CLOSES_SENTENCE = /^\s*(?:[.!?؟…]|$)/u;

/**
 * Whether the quote at `span` holds two sentences or more and ends the sentence it stands in, after a verb of saying
 * with no particle of its own between them: words said whole, never a fragment of the reporter's clause.
 */
function quotedSentences(view: ParagraphView, span: MarkSpan, cue: FoundCue, openToken: number): boolean {
  if (cue.info.kind !== 'verb' || cue.info.strength === 'opinion' || !span.closed) return false;
  if (!INNER_SENTENCE_END.test(view.text.slice(span.start, span.end)) || !CLOSES_SENTENCE.test(view.text.slice(span.close))) return false;
  for (let k = cue.index + 1; k < openToken; k++) if (isParticle(view.tokens[k]!.norm)) return false;
  return true;
}

/** Whether a bare particle ("إن", "أن", "بأن") opens the clause a cue says, not one it judges ("وصف … بأن"). Folded. */
function saidClauseParticle(norm: string, cue: FoundCue): boolean {
  return isParticle(norm) && BARE_PARTICLES.has(norm.replace(/^و/u, '')) && (norm !== 'بان' || cue.info.strength !== 'opinion');
}

/** Whether a particle ("أن", "إن") stands in tokens [from, to) with words after it: the quote at `to` goes on its clause. */
function subjectAfterParticle(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - 1 < from || PUNCT_BEFORE_QUOTE.test(tokens[to - 1]!.after) || BARE_PARTICLES.has(tokens[to - 1]!.norm.replace(/^و/u, ''))) return false;
  for (let k = to - 2; k >= from; k--) if (BARE_PARTICLES.has(tokens[k]!.norm.replace(/^و/u, ''))) return true;
  return false;
}
const PUNCT_BEFORE_QUOTE = /[:،,]/u;

const COMMA_END = /[،,]$/u;
/** A quote's first word that goes on the sentence before it: و/ف, "لأن", "لكن", "لذلك", "إلا", "أن", "كما" … Folded. */
const GOES_ON = /^(?:[وف]\p{L}+|ل?ان|انه|انها|لكن|لكنه|لكنها|لذلك|لذا|الا|كما|حيث|اذ|بل|ثم|مما|ما|التي|الذي)$/u;

/** Whether tokens [from, to) hold no particle, cue or sentence's end: only who spoke (and to whom). */
function speakerOnlyBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isParticle(tokens[k]!.norm) || cueAt(tokens, k) !== null || /[.!؟?:]/u.test(tokens[k]!.after)) return false;
  return true;
}

/** A verb's form with an attached object pronoun ("اعتبروه", "وصفها", "اعتبرهم"). Folded. */
const OBJECT_PRONOUN_END = /^\p{L}{3,}(?:ه|ها|هم)$/u;

/**
 * Whether the tokens [from, to) are one phrase of where the words were said ("في حسابه", "في مؤتمر صحفي اليوم")
 * before a whole quote: no comma, cue or particle ("… عن أمله في …، وكذلك في مجال تشكيل «…»" is an object).
 */
function saidWhere(tokens: readonly Token[], from: number, to: number, quoteTokens: number): boolean {
  // ("حمد القاضي من أبها عبر حسابه «…»": where the speaker is from, before where the words were said)
  if (from + 2 < to && tokens[from]!.norm === 'من' && isKnownPlace(tokens[from + 1]!.norm)) from += 2;
  return quoteTokens >= LONG_QUOTE && from < to && to - from <= MAX_SAID_WHERE && SAID_WHERE.has(tokens[from]!.norm) && plainPhrase(tokens, from, to);
}

/** Longest phrase of where the words were said between a speaker and a whole quote (tokens). */
const MAX_SAID_WHERE = 12;

/** Whether the tokens [from, to) hold no cue, no particle and no punctuation before the last of them. */
function plainPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // ("في تصريحات صحفية له": a noun of speech names the occasion)
    if ((k < to - 1 && t.after !== '') || isParticle(t.norm) || cueAt(tokens, k)?.kind === 'verb') return false;
  }
  return true;
}

function remember(ctx: Context, voice: Voice | null, paragraph: number, sentence: number): void {
  if (voice === null) return;
  ctx.recent.push(voice);
  if (ctx.recent.length > 8) ctx.recent.shift();
  ctx.last = { voice, paragraph, sentence };
  if (voice.name !== null) registerName(ctx.registry, voice.name, voice.role);
}

function quoteText(views: readonly ParagraphView[], span: MarkSpan, endParagraph: number, endSpan: MarkSpan | null): string {
  if (endParagraph === span.paragraph || endSpan === null) return views[span.paragraph]!.text.slice(span.start, span.end);
  const pieces = [views[span.paragraph]!.text.slice(span.start, span.end)];
  for (let p = span.paragraph + 1; p < endParagraph; p++) pieces.push(views[p]!.text.replace(/^[«“„"»]\s*/u, ''));
  pieces.push(views[endParagraph]!.text.slice(endSpan.start, endSpan.end));
  return pieces.join('\n');
}

/**
 * Where a paragraph's one quote mark stands when it is a closing guillemet or curly quote, or -1. After a quote
 * opened by a straight mark, a straight mark that ends the paragraph (only punctuation after it) closes it too:
 * '"الجعالة … العمال.' then 'نحن … الطريقة".'.
 */
function orphanClose(text: string, straight = false): number {
  const close = text.search(CLOSING_GUILLEMET);
  if (close > 0) return text.match(ANY_QUOTE_MARK)!.length === 1 ? close : -1;
  if (!straight) return -1;
  const end = text.lastIndexOf('"');
  return end > 0 && text.match(ANY_QUOTE_MARK)!.length === 1 && CLOSING_TAIL.test(text.slice(end + 1)) ? end : -1;
}
/** What may follow a closing mark at a paragraph's end: punctuation and spaces. */
const CLOSING_TAIL = /^[\s.،,!؟?]*$/u;
const CLOSING_GUILLEMET = /[»”]/u;
/** Marks that close a quote in some scrapes though the mark finder pairs them with nothing: double primes, a straight quote. */
const STRAY_CLOSER = /[″‶"]/u;
const ANY_QUOTE_MARK = /[«»“”„‟"″'‘’]/gu;

/** Most lines a quote left open at a paragraph's end runs over to the mark that closes it, that line included. */
const MAX_RUN_ON_LINES = 3;

/** Finds where a quote left open at a paragraph's end runs on: later paragraphs that open with a mark. */
function runOn(views: readonly ParagraphView[], span: MarkSpan, consumed: Set<string>): { endParagraph: number; endSpan: MarkSpan | null } {
  let p = span.paragraph;
  let endSpan: MarkSpan | null = null;
  // "«نحن نحاول …." then "الفترة الانتقالية … الأسر».": a line broken inside the quote, closed on the next line by a
  // mark that nothing opened there
  // (never when a mark of another kind may have closed it on its own line: "… 2013″، وفق …")
  const straight = views[p]!.text[span.open] === '"';
  // ("«أيها الإخوة،" / "إن المرحلة المقبلة …" / "ولن نسمح …»": or a line or two later, the lines between holding no mark)
  if (!STRAY_CLOSER.test(views[p]!.text.slice(span.start))) {
    for (let k = p + 1; k < views.length && k - p <= MAX_RUN_ON_LINES && !opensWithMark(views[k]!.text); k++) {
      const orphan = orphanClose(views[k]!.text, straight);
      if (orphan > 0) return { endParagraph: k, endSpan: { paragraph: k, open: 0, start: 0, end: orphan, close: orphan + 1, closed: true } };
      if (views[k]!.text.search(ANY_QUOTE_MARK) >= 0) break;
    }
  }
  while (p + 1 < views.length && opensWithMark(views[p + 1]!.text)) {
    const first = views[p + 1]!.spans[0];
    if (first === undefined || first.open !== 0) break;
    p++;
    endSpan = first;
    consumed.add(`${p}:0`);
    if (first.closed) break;
  }
  return { endParagraph: p, endSpan };
}

function speechQuote(views: readonly ParagraphView[], view: ParagraphView, span: MarkSpan, ctx: Context, consumed: Set<string>, facts: ArticleFacts): RawQuote | null {
  const { tokens } = view;
  const openToken = tokenAt(tokens, span.open);
  const closeToken = tokenAt(tokens, span.close);
  const quoteTokens = closeToken - openToken;
  const inner = view.text.slice(span.start, span.end);
  if (quoteTokens === 0 || NON_ARABIC_QUOTE.test(inner) || /^#/u.test(inner)) return null;
  if (markedAsName(view, openToken, quoteTokens, inner, facts)) return null;
  const floor = tokenAt(tokens, sentenceStart(view.breaks, span.open));
  // (the statement a quote was said in, and a particle before it, are looked for no further back than a cue's speaker
  // is: in a sentence of thousands of quotes with no cue, each would read the whole sentence before it again)
  const reach = Math.max(floor, openToken - MAX_SENTENCE_REACH);
  let ceiling = tokenAt(tokens, sentenceEnd(view.breaks, span.close, view.text.length));
  // "«…».. هذا ما قاله لـ«سبق» الشاب سلمان": the sentence that points back at the quote attributes it
  if (ceiling <= closeToken && pointsBack(tokens[closeToken])) ceiling = tokenAt(tokens, sentenceEnd(view.breaks, tokens[closeToken]!.start, view.text.length));
  // "أكد الوزير أن …، «…»، حسبما أضاف ياسين": a tag right after the quote that names who said it outranks a verb before
  // (never an outlet that relays: "حسبما ذكرت صحيفة …")
  const tag = asSaidTag(view, ctx, closeToken, Math.max(closeToken, ceiling));
  const tagged = tag !== null && !isRelayer(tag.voice.name!) ? tag : null;
  const according = tagged ?? accordingTo(view, ctx, openToken, floor);
  // (a verb before a tagged quote still tells whether the quote is part of its clause)
  const cue = according !== null && tagged === null ? null : leftCue(view, openToken, floor);
  let voice: Voice | null = null;
  let cueText: string | null = null;
  let byStatement = false;
  if (according) {
    voice = according.voice;
    cueText = according.cue;
  } else if (cue) {
    voice = voiceForCue(view, ctx, cue, floor, openToken);
    cueText = view.text.slice(tokens[cue.index]!.start, tokens[cue.index]!.end);
    // "وأضاف أن الحكومة «…»، على حد تعبير X": nobody known for the verb before, the attribution set off by a comma
    // right after the quote names the speaker (a full name, never a relaying outlet; never past the quote's own full
    // stop, where another sentence begins)
    if (voice?.name == null && span.closed && COMMA_AFTER_CLOSE.test(view.text.slice(span.close, span.close + 2)) && !STOP_LAST.test(inner)) {
      const right = rightAttribution(view, ctx, closeToken, Math.max(closeToken, ceiling));
      const name = right?.voice?.name;
      // ("…»، على حد تعبيره": the tag's own pronoun names nobody new, the speaker stays unknown)
      const ownWords = opensSelfTag(tokens, closeToken) && right!.voice === currentVoice(ctx, null);
      if (name && !ownWords && !isRelayer(name) && isNamedVoice(name) && lineKey(name).includes(' ')) voice = right!.voice;
    }
  } else {
    const right = rightAttribution(view, ctx, closeToken, Math.max(closeToken, ceiling));
    const statement = right ? null : statementVoice(view, ctx, reach, openToken) ?? documentVoice(view, ctx, reach, openToken, quoteTokens >= LONG_QUOTE);
    const label = right || statement ? null : labelVoice(view, ctx, floor, openToken);
    const above = right || statement || label ? null : introducedAbove(views, view, ctx, span) ?? taggedBelow(views, view, ctx, span);
    if (right) {
      voice = right.voice;
      cueText = right.cue;
    } else if (statement) {
      voice = statement;
      byStatement = true;
    } else if (label) {
      voice = label;
    } else if (above) {
      voice = above.voice;
      cueText = above.cue;
    } else if (quoteTokens < LONG_QUOTE || (!span.closed && span.paragraph < views.length - 1) || namesThingAfterPreposition(view, span, openToken, quoteTokens)) {
      // (a mark never closed, with no cue and no attribution, is a stray mark: "مثل "حبونا, وبدر الجنوب, …"; in the
      // last paragraph it may be a quote the scrape cut off)
      return null;
    } else {
      voice = currentVoice(ctx, null);
    }
  }
  // "وقالت «أرامكو» في بيان إن …": the words in quote marks are the speaker's own name, no quote
  if (voice?.name && quoteTokens <= MAX_NAME_QUOTE && lineKey(voice.name) === lineKey(inner)) return null;
  // "فيصل الشمري، مدير الأبحاث في «الراجحي كابيتال»، إن …": the words in quote marks name the body in the speaker's title
  if (voice?.role && quoteTokens <= MAX_NAME_QUOTE && inSpeakerTitle(view.text, span.open, voice.role)) return null;
  // an outlet or a report relays what it quotes: never the speaker ("ونقلت وكالة فرانس برس …")
  if (voice?.name && isRelayer(voice.name)) voice = { name: null, role: null, anonymous: true, feminine: voice.feminine };
  // "بحسب X، فإن الحكومة «…»": a fragment of the clause told according to X
  // ("وجاء في بيان للحكومة أن هذه المنظمات «…»": the subject of the reported clause before the quote, a fragment)
  const kind = (according !== null && 'governed' in according && according.governed) || (byStatement && subjectAfterParticle(tokens, reach, openToken)) ? 'partial' : kindOf(view, ctx, span, openToken, quoteTokens, cue, byStatement);
  const { endParagraph, endSpan } = span.closed ? { endParagraph: span.paragraph, endSpan: null } : runOn(views, span, consumed);
  remember(ctx, voice, view.index, tokens[floor]?.start ?? 0);
  return {
    text: quoteText(views, span, endParagraph, endSpan),
    kind,
    cue: cueText,
    speaker: voice?.anonymous ? null : voice?.name ?? null,
    role: voice?.role ?? null,
    paragraph: span.paragraph,
    start: span.start,
    end: endSpan ? endSpan.end : span.end,
    endParagraph,
  };
}

/**
 * "تنظيم محاضرات لهم في "وحدة توجيه ما قبل المغادرة" لتوعيتهم", "في الندوة الدولية حول "…"، التي نظمها": words in
 * quote marks that nothing introduces as said, the object of a preposition right before them, the sentence going on
 * past them (maybe after a comma): the name of a thing (a unit, an event, a programme, a topic), however long, never
 * words said.
 */
function namesThingAfterPreposition(view: ParagraphView, span: MarkSpan, openToken: number, quoteTokens: number): boolean {
  const prev = view.tokens[openToken - 1];
  const last = openToken + quoteTokens - 1;
  return span.closed && prev !== undefined && !PAUSE.test(prev.after) && (PREPOSITIONS.has(prev.norm) || TOPIC_PREPOSITIONS.has(prev.norm)) && last + 1 < view.tokens.length && !SENTENCE_GOES_NO_FURTHER.test(view.tokens[last]!.after);
}
/** "ندوة حول «…»", "ورشة بشأن «…»": words before a topic's title in quote marks, folded. */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['حول', 'بشان']);
/** What ends a sentence, or sets off what follows as said, after a closing quote mark (a comma lets it go on). */
const SENTENCE_GOES_NO_FURTHER = /[.!?؟:;؛…]/u;

/** Most words of a speaker's name and title printed as a label before a colon and a quote ("الخبيرة سارة الحسن: «…»"). */
const MAX_QUOTE_LABEL_WORDS = 5;

/**
 * "سارة الحسن: «…»", "الخبيرة الاقتصادية سارة الحسن: «…»": a sentence that opens on a person's name (a title before
 * it or none) and a colon right before the quote, with no verb, prints the quote as that person's; null otherwise.
 */
function labelVoice(view: ParagraphView, ctx: Context, floor: number, openToken: number): Voice | null {
  const { tokens } = view;
  const colon = openToken - 1;
  if (colon < floor || openToken - floor > MAX_QUOTE_LABEL_WORDS || !tokens[colon]!.after.startsWith(':')) return null;
  const m = readMention(view.text, tokens, floor, openToken, ctx.registry);
  if (m === null || m.next !== openToken || m.name === null || m.anonymous || m.pronoun || m.orgReference || m.latter) return null;
  const voice = voiceOf(view, ctx, m, null, tokens[floor]!.start);
  return voice !== null && voice.name !== null && !isRelayer(voice.name) ? voice : null;
}

/**
 * "وقال عضو اللجنة، النائب أحمد سمير:" then a paragraph that opens on the quote: the speech verb closing the
 * paragraph before (with its speaker and a colon, and no quote after it) introduces the quote. Its voice and cue, or null.
 */
function introducedAbove(views: readonly ParagraphView[], view: ParagraphView, ctx: Context, span: MarkSpan): { voice: Voice; cue: string | null } | null {
  const prev = views[view.index - 1];
  if (prev === undefined || !COLON_END.test(prev.text) || view.text.slice(0, span.open).trim() !== '') return null;
  const n = prev.tokens.length;
  const floor = tokenAt(prev.tokens, sentenceStart(prev.breaks, prev.text.length));
  const cue = leftCue(prev, n, floor);
  // ("وزير الطاقة سامي فؤاد:" alone over the quote: the speaker's title and name as its label, no verb)
  if (cue === null && n <= MAX_LABEL_PARAGRAPH_WORDS && prev.spans.length === 0) {
    const m = readMention(prev.text, prev.tokens, 0, n, ctx.registry);
    const voice = m !== null && m.next === n && m.name !== null && !m.anonymous && !m.pronoun && (m.role !== null || m.name.includes(' ')) ? voiceOf(prev, ctx, m, null, n) : null;
    return voice === null || voice.name === null ? null : { voice, cue: null };
  }
  if (cue === null || cue.info.kind === 'noun' || quotedAfterCue(prev, cue)) return null;
  const voice = voiceForCue(prev, ctx, cue, floor, n);
  return voice === null ? null : { voice, cue: prev.text.slice(prev.tokens[cue.index]!.start, prev.tokens[cue.index]!.end) };
}
const COLON_END = /:\s*$/u;

/**
 * Whether words in quote marks stand after the cue in the paragraph a colon closes: the cue's own quote, so the
 * colon introduces nothing below. A name in marks is no such quote ("على منصته «تروث سوشيال»:", "لصحيفة «الأيام»:"):
 * closed, and a name's length.
 */
function quotedAfterCue(prev: ParagraphView, cue: FoundCue): boolean {
  const from = prev.tokens[cue.index]!.start;
  return prev.spans.some((s) => s.open > from && (!s.closed || tokenAt(prev.tokens, s.end) - tokenAt(prev.tokens, s.start) > MAX_NAME_QUOTE));
}

/** A hashtag or a link, one word of a post's tail: "#EU", "pic.twitter.com/AbC1". */
const POST_TAIL_WORD = /^(?:#|pic\.twitter\.com\/|https?:\/\/)\S/u;

/** Where the hashtags and links closing a post quoted as text begin (" #EU #Trade pic.twitter.com/AbC1"), or its end. */
function postTailStart(text: string): number {
  let end = text.length;
  while (end > 0 && SPACE_CHAR.test(text[end - 1]!)) end--;
  for (;;) {
    let space = end - 1;
    while (space >= 0 && !SPACE_CHAR.test(text[space]!)) space--;
    // (one word of the tail read at a time, from its first letters: linear in the paragraph)
    if (space < 0 || !POST_TAIL_WORD.test(text.slice(space + 1, Math.min(end, space + 1 + MAX_TAIL_PROBE)))) return end;
    end = space;
    while (end > 0 && SPACE_CHAR.test(text[end - 1]!)) end--;
  }
}
const SPACE_CHAR = /\s/u;
/** Letters enough to tell a hashtag or a link by its opening. */
const MAX_TAIL_PROBE = 24;
/** A list's item opening a paragraph: "- …", "• …", "1. …", "أولا: …". */
const LIST_ITEM_OPENING = /^\s*(?:[-–—•●▪*]|\d{1,2}\s?[.)\-–]|[أا]ولا\s?[:\-–])/u;

/**
 * "وكتب ترامب على منصته «تروث سوشيال»:" closing its paragraph, then a paragraph with no quote marks and nothing said
 * in it: the words said, unmarked, as after the colon inside one paragraph. Only the first paragraph under the colon;
 * never a list's item, nor a paragraph that opens on its own cue; the speaker named (or known) by the cue's subject,
 * no particle between the verb and the colon ("وأوضح أن الخطة تشمل:" introduces a list, not words said).
 */
function unmarkedBelowColon(views: readonly ParagraphView[], view: ParagraphView, ctx: Context): RawQuote | null {
  const prev = views[view.index - 1];
  if (prev === undefined || !COLON_END.test(prev.text) || view.tokens.length < MIN_INDIRECT_TOKENS || LIST_ITEM_OPENING.test(view.text) || cueAt(view.tokens, 0) !== null) return null;
  const n = prev.tokens.length;
  const floor = tokenAt(prev.tokens, sentenceStart(prev.breaks, prev.text.length));
  const cue = leftCue(prev, n, floor);
  if (cue === null || cue.info.kind === 'noun' || cue.info.strength === 'opinion' || n - cue.index > MAX_COLON_REACH) return null;
  if (quotedAfterCue(prev, cue)) return null;
  for (let j = cue.index + 1; j < n; j++) if (isParticle(prev.tokens[j]!.norm)) return null;
  const voice = voiceForCue(prev, ctx, cue, floor, n);
  if (voice === null || voice.name === null || voice.anonymous) return null;
  const { start, end } = paragraphWords(view.text);
  remember(ctx, voice, view.index, 0);
  const cueToken = prev.tokens[cue.index]!;
  return { ...quote(view, start, end, 'unmarked', { start, end: start }, voice), cue: prev.text.slice(cueToken.start, cueToken.end) };
}

/**
 * Where the words of a paragraph said whole stand: past its leading space, before its closing stop (a question mark
 * kept) and before the hashtags and links that close a post ("… أحادية. #EU pic.twitter.com/AbC1").
 */
function paragraphWords(text: string): { start: number; end: number } {
  const start = text.length - text.trimStart().length;
  return { start, end: withQuestionMark(text, trimEndPunct(text, start, postTailStart(text))) };
}

/**
 * An embedded post's words, the whole paragraph `index` ("<blockquote class="twitter-tweet">" in the page), given to
 * the account that posted them (null when the page names none): unmarked words, without the hashtags and links that
 * close the post. Null when nothing but them is left.
 */
export function postedWords(paragraphs: readonly string[], index: number, account: string | null): RawQuote | null {
  const text = paragraphs[index]!;
  const { start, end } = paragraphWords(text);
  if (end <= start) return null;
  return { text: text.slice(start, end), kind: 'unmarked', cue: null, speaker: account, role: null, paragraph: index, start, end, endParagraph: index };
}

/**
 * The end of unmarked words trimmed at `end`, past a question mark right after them ("وتساءل: كيف يمكن …؟": a question
 * keeps its mark, as it does inside quote marks).
 */
function withQuestionMark(text: string, end: number): number {
  return text[end] === '؟' || text[end] === '?' ? end + 1 : end;
}

/** What may follow a quote that fills its paragraph: its closing stop, dots or dashes. */
const QUOTE_PARAGRAPH_TAIL = /^[\s.،,…\-–—]*$/u;

/**
 * "«لم نعد نحتمل هذا الغلاء»" alone, then a paragraph that opens "بهذه الكلمات عبّر المواطن أحمد سالم …" or "هكذا
 * قال …": the tag pointing back at the quote names its speaker, or a group nobody names. Its voice and cue, or null
 * (a speaker the next paragraph does not name is no one it told).
 */
function taggedBelow(views: readonly ParagraphView[], view: ParagraphView, ctx: Context, span: MarkSpan): { voice: Voice; cue: string | null } | null {
  const next = views[view.index + 1];
  if (next === undefined || !span.closed || !pointsBack(next.tokens[0]) || view.text.slice(0, span.open).trim() !== '' || !QUOTE_PARAGRAPH_TAIL.test(view.text.slice(span.close))) return null;
  const ceiling = tokenAt(next.tokens, sentenceEnd(next.breaks, 0, next.text.length));
  const right = rightAttribution(next, ctx, 0, Math.max(1, ceiling));
  const voice = right?.voice;
  // ("هكذا يرى كثير من المواطنين الوضع": a group nobody names said it)
  if (voice?.anonymous) return { voice, cue: right!.cue };
  return voice?.name && lineKey(next.text).includes(lineKey(voice.name)) ? { voice, cue: right!.cue } : null;
}
/** Most words of a speaker's title and name printed alone, with a colon, over the quote. */
const MAX_LABEL_PARAGRAPH_WORDS = 8;

/** Marks a word may carry after its letters (tanween, shadda …) as the tokenizer leaves them out. */
const TRAILING_MARK = /\p{M}/u;

/**
 * The end of reported words at a word's `end`: past its trailing marks and the one character after them (a
 * closing quote mark or bracket, "%", or the comma `trimEndPunct` drops), but never an opening quote mark.
 */
function closedEnd(text: string, start: number, end: number): number {
  while (end < text.length && TRAILING_MARK.test(text[end]!)) end++;
  const c = text[end];
  if (c === '«' || c === '“') return end;
  if (c === '"') {
    let open = false;
    for (let k = start; k < end; k++) if (text[k] === '"') open = !open;
    return open ? end + 1 : end;
  }
  return end + 1;
}

function trimEndPunct(text: string, start: number, end: number): number {
  while (end > start && /[\s.,،:؛;]/u.test(text[end - 1]!)) end--;
  return end;
}

/** Whether a speaker phrase comes with a title or stands for a titled person ("الوزير"). */
function titledSubject(m: Mention | null): boolean {
  return m !== null && (m.role !== null || m.roleOnly || m.pronoun);
}

/**
 * Words after a comma that start the reporter's own clause: "…، مما أدى إلى …", "…، الأمر الذي …", "…، حسب ما
 * صرّح به" (and "في إشارة إلى").
 */
const REPORTER_CLAUSE = new Set(['مما', 'الامر', 'حسب', 'بحسب', 'وفق', 'وفقا']);
/** Nouns after "في" that open the reporter's gloss: "في إشارة إلى", "في مؤشر على", "في دلالة على", folded. */
const GLOSS_SET = new Set(GLOSS_NOUNS);

/**
 * Where reported content ends: at a comma before a participle or a joined verb of speech ("…، موضحا أنه …",
 * "…، وقال: …") or before the reporter's own clause ("…، مما أدى إلى …"); else at `end`.
 */
function clauseEnd(view: ParagraphView, start: number, end: number): number {
  const { tokens, text } = view;
  const from = tokenAt(tokens, start) + 1;
  const last = tokenAt(tokens, end);
  // an ordinary sentence is scanned; a very long one is answered from the paragraph's index (built once)
  let b = last;
  if (last - from <= MAX_SCAN) {
    for (let k = from; k < last; k++) {
      if (opensClauseAt(view, k, insideSpan(view.spans, tokens[k]!.start))) {
        b = k;
        // ("… بالصعبة وقال: «…»", "… وفي الشأن السوري قال كيري: «…»": the verb that opens the quote, and its subject,
        // are no part of the reported words)
        if (tokens[k - 1]!.after.includes(':')) for (let j = k - 1; j >= from && j >= k - MAX_VERB_BEFORE_COLON; j--) if (cueAt(tokens, j)?.kind === 'verb') b = j;
        break;
      }
    }
  } else b = clauseIndex(view).nextBreak[from] ?? tokens.length;
  return b < last ? trimEndPunct(text, start, closedEnd(text, start, tokens[b - 1]!.end)) : end;
}
/** Stretches up to this many tokens are scanned; longer ones use the paragraph's clause index. */
const MAX_SCAN = 200;
/** How far before a colon the verb that opens a quote is looked for ("وقال", "قال كيري", "قال الوزير سامي نور"). */
const MAX_VERB_BEFORE_COLON = 4;

/** Whether quote marks hold most of a stretch's words: "قال إن عنان «يمتلك وثائق …»" is a quote, not reported speech. */
function mostlyQuoted(view: ParagraphView, start: number, end: number): boolean {
  const from = tokenAt(view.tokens, start);
  const to = tokenAt(view.tokens, end);
  let quoted = 0;
  if (to - from <= MAX_SCAN) {
    for (let k = from; k < to; k++) if (insideSpan(view.spans, view.tokens[k]!.start)) quoted++;
  } else {
    const { quotedBefore } = clauseIndex(view);
    quoted = quotedBefore[to]! - quotedBefore[from]!;
  }
  return 2 * quoted > to - from;
}

/** Per paragraph, worked out once: where the next clause break is from each token, and quoted tokens counted. */
interface ClauseIndex {
  /** `nextBreak[k]`: the first token at or after `k` that opens a new clause after a comma (or the token count). */
  nextBreak: Int32Array;
  /** `quotedBefore[k]`: how many of the tokens before `k` stand inside quote marks. */
  quotedBefore: Int32Array;
}
const CLAUSE_INDEX = new WeakMap<ParagraphView, ClauseIndex>();

/**
 * Linear in the paragraph, so that reported speech costs no more than its cue however long the sentence (a
 * scan per cue was quadratic on a one-sentence page of cues).
 */
function clauseIndex(view: ParagraphView): ClauseIndex {
  let index = CLAUSE_INDEX.get(view);
  if (index !== undefined) return index;
  const { tokens } = view;
  const n = tokens.length;
  const quotedBefore = new Int32Array(n + 1);
  // tokens and spans are both in reading order: one walk over the two (as insideSpan, without a search per token)
  const { spans } = view;
  for (let k = 0, s = 0; k < n; k++) {
    const at = tokens[k]!.start;
    while (s < spans.length && spans[s]!.close <= at) s++;
    const inside = s < spans.length && spans[s]!.open <= at;
    quotedBefore[k + 1] = quotedBefore[k]! + (inside ? 1 : 0);
  }
  const nextBreak = new Int32Array(n + 1);
  nextBreak[n] = n;
  for (let k = n - 1; k >= 0; k--) nextBreak[k] = k > 0 && opensClauseAt(view, k, quotedBefore[k + 1]! > quotedBefore[k]!) ? k : nextBreak[k + 1]!;
  index = { nextBreak, quotedBefore };
  CLAUSE_INDEX.set(view, index);
  return index;
}

/**
 * Whether token `k` (past the first) opens a clause of its own: after a mark (`opensClause`), or, with no comma before
 * it ("إن الحكومة مستعدة للحوار مضيفا أن الاتفاق قريب"), as a participle of saying that opens its own "that" clause,
 * colon or quote: the speaker's next words begin there.
 */
function opensClauseAt(view: ParagraphView, k: number, quoted: boolean): boolean {
  const before = view.tokens[k - 1]!.after;
  return (before !== '' && opensClause(view, k, quoted)) || (!quoted && before === '' && participleOpensReport(view.tokens, k));
}

/** "…، موضحا أنه …", "…، وقال: …", "…، مما أدى إلى …": token `k` opens a clause of its own after a comma. */
function opensClause(view: ParagraphView, k: number, quoted: boolean): boolean {
  const { tokens } = view;
  // ("يقول إنه اقترض المال لدفع ثمن الدروس: «كل ما أملك …»": a colon before a quote opens the speaker's own words)
  if (quoted && tokens[k - 1]!.after.includes(':')) return true;
  if (!/[،,]/u.test(tokens[k - 1]!.after)) return false;
  if (quoted) return appendedQuote(view, k);
  // a participle or a verb joined by و/ف: a bare verb after a comma may be the content's own ("الشبكة، …، تؤكد")
  // (an ambiguous participle counts here: after a comma "متوقعة تصحيحا" is the speaker's act, not "expected")
  const cue = cueAt(tokens, k) ?? (tokens[k]!.loose?.kind === 'participle' ? tokens[k]!.loose : null);
  const opens = cue !== null && (cue.kind === 'participle' || (cue.kind === 'verb' && /^[وف]/u.test(tokens[k]!.norm)));
  // "…، في إشارة إلى …", "…، في مؤشر على …": the reporter's gloss of what was said
  // ("…، على حد قوله": the reporter's tag; "…، وهو ما …" is left to the content: the comment may be the speaker's)
  const w = tokens[k]!.norm;
  const next = tokens[k + 1]?.norm ?? '';
  const gloss = (w === 'في' && GLOSS_SET.has(next)) || (w === 'علي' && next === 'حد');
  // "…، لكنه حذر من …": "but he" and a speech verb tell another act of the speaker's
  const but = BUT_HE.has(tokens[k]!.norm) && k + 1 < tokens.length && cueAt(tokens, k + 1)?.kind === 'verb';
  // "…، إلا أن النائب سامي فؤاد أكد أن …", "…، بينما قال الوزير …": a clause of contrast whose own verb of saying
  // follows its subject tells what another said
  const contrast = contrastWithSpeech(tokens, k);
  // "…، حسبما أضاف ياسين", "…، كما قال الوزير": the reporter's tag of who said it
  return opens || gloss || but || contrast || opensAsSaid(tokens, k) || REPORTER_CLAUSE.has(tokens[k]!.norm) || (AND_THAT.has(w) && quotedToSentenceEnd(view, k + 1));
}

/** An opening quote mark or a colon after a word: what a participle of saying sets off ("مضيفا: …", "مضيفا «…»"). */
const SETS_OFF_WORDS = /[:«“"]/u;

/**
 * Whether token `k` is a participle of saying ("مضيفا", "مشيرا", "مؤكدا") right before its own "that" (maybe after
 * إلى/على), a colon or an opening quote mark: the act of saying it names begins the speaker's next words.
 */
function participleOpensReport(tokens: readonly Token[], k: number): boolean {
  if (cueAt(tokens, k)?.kind !== 'participle') return false;
  const t = tokens[k]!;
  if (SETS_OFF_WORDS.test(t.after)) return true;
  const next = tokens[k + 1];
  if (next === undefined || t.after !== '') return false;
  if (isParticle(next.norm)) return true;
  const after = tokens[k + 2];
  return PREPOSITION_BEFORE_PARTICLE.has(next.norm) && next.after === '' && after !== undefined && isParticle(after.norm);
}

/** "حين" of "في حين" (whereas), folded. */
const WHEREAS_SECOND = 'حين';
/** Most words of a contrast clause's subject before its verb of saying ("إلا أن النائب سامي فؤاد أكد"). */
const MAX_CONTRAST_SUBJECT = 6;

/**
 * Whether token `k` opens a clause of contrast ("إلا أن", "غير أن", "بيد أن", "لكن", "بينما", "فيما") whose verb of
 * saying comes within MAX_CONTRAST_SUBJECT words, no particle or comma before it.
 */
function contrastWithSpeech(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  // ("…، في حين يرى …": "whereas", two words, opens the clause as "بينما" does)
  const whereas = w === 'في' && tokens[k + 1]?.norm === WHEREAS_SECOND;
  const s = HOWEVER_HEADS.has(w) && tokens[k + 1]?.norm === 'ان' ? k + 2 : CONTRAST_OPENERS.has(w) ? k + 1 : whereas ? k + 2 : -1;
  if (s < 0) return false;
  for (let j = s; j < tokens.length && j - s <= MAX_CONTRAST_SUBJECT; j++) {
    if (cueAt(tokens, j)?.kind === 'verb') return j > s || CONTRAST_OPENERS.has(w) || whereas;
    if (isParticle(tokens[j]!.norm) || tokens[j]!.after !== '') return false;
  }
  return false;
}

/** Whether token `k` opens an "as … said" tag: "حسبما أضاف", "كما قال". */
function opensAsSaid(tokens: readonly Token[], k: number): boolean {
  return k + 1 < tokens.length && AS_SAID_SET.has(tokens[k]!.norm) && cueAt(tokens, k + 1)?.kind === 'verb';
}

/** "…، وأن «…»": a second أن whose clause is all in quote marks, a quote of its own after the reported words. Folded. */
const AND_THAT = new Set(['وان', 'وبان']);

/** Whether a closed quote opens right before token `k` and runs to the end of its sentence. */
function quotedToSentenceEnd(view: ParagraphView, k: number): boolean {
  const { spans, tokens, text } = view;
  const t = tokens[k];
  if (t === undefined) return false;
  const span = spans[spanClosingAfter(spans, t.start)];
  if (span === undefined || span.open < tokens[k - 1]!.end || span.open > t.start || !span.closed) return false;
  if (SENTENCE_TAIL.test(text.slice(span.close, sentenceEnd(view.breaks, span.close, text.length)))) return true;
  // "…، «وقد اتفق الجانبان على ذلك»، حسبما أضاف ياسين", "…، «وهذا أمر طبيعي»، حسب تعبيره": or only the quote's tag
  const after = tokenAt(tokens, span.close);
  return opensAsSaid(tokens, after) || opensSelfTag(tokens, after);
}

/**
 * "إن سعر الحطب وصل إلى 150 دولارًا، «وهو مبلغ لا نستطيع جمعه»": a quote that opens right after a comma and runs
 * to the end of the sentence is a remark of its own after the reported words, not part of them.
 */
function appendedQuote(view: ParagraphView, k: number): boolean {
  return opensRemark(view.tokens[k]!.norm) && quotedToSentenceEnd(view, k);
}

/**
 * A quote's first word that links it to the words before as a remark of its own: و/ف ("وهو مبلغ …"), "لأن", "إذ"
 * (a quote opening on a verb, "أن مشاركة فرنسا، «تقتصر على …»", is the predicate of the reported clause). Folded.
 */
function opensRemark(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return ((c === WAW || c === FEH) && norm.length > 2) || REMARK_LINKS.has(norm);
}
const REMARK_LINKS = new Set(['لان', 'لانه', 'لانها', 'لانهم', 'لاننا', 'اذ', 'حيث', 'مما', 'كما', 'لكن', 'لكنه', 'لكنها', 'بل']);
/** Only closing punctuation up to the sentence's end. */
const SENTENCE_TAIL = /^[\s.،,؛!؟?…]*$/u;

/** "لكنه", "لكنها", "ولكنه": "but he/she", before a verb of the speaker's own. Folded. */
const BUT_HE = new Set(['لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'لكنهم', 'ولكنهم']);

/** Words that open where or when words were said: "في تصريح صحفي", "خلال مؤتمر", "عقب اجتماع", "اليوم". Folded. */
const SAID_WHERE = new Set(['في', 'خلال', 'عبر', 'امام', 'عقب', 'اثناء', 'لدي', 'علي', 'بعد', 'مساء', 'صباح', 'اليوم', 'امس']);

/** "دعا", "داعيا", "يدعو", "ندعو": forms of calling on someone, which before God are praying. Folded. */
const PRAYING = /^[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|ندعو|ادعو|داعي|داعيا|داعيه|داعين)$/u;
/** God as the one called on: "داعيا الله", "ودعا المولى عز وجل". Folded. */
const PRAYED_TO = new Set(['الله', 'المولي', 'ربه', 'ربها', 'الرب', 'ربنا']);

/** "لأن", "ولأنه": ل + أن, "that" right after a verb ("أشار لأن") and "because" after a comma. Folded. */
const BECAUSE = /^و?لان/u;

/** Words a described subject may add before its particle: "قالت نبيلة منيب، التي تقود الفيدرالية في …، إن". */
const MAX_DESCRIPTION_WORDS = 12;

/** Whether the tokens at `i` open a description of the name before them: "، التي …", "، وهو …", or a bare "الذي …". */
function describesName(tokens: readonly Token[], i: number): boolean {
  if (i <= 0 || i >= tokens.length) return false;
  const w = tokens[i]!.norm;
  return RELATIVE_PRONOUNS.has(w) || (/[،,]/u.test(tokens[i - 1]!.after) && isDescribingWord(w));
}

/**
 * "وأضاف الدكتور X، المستشار بالديوان الملكي المشرف العام على مركز …، أن": the subject's title set off by a comma
 * after the name was read only in part (it stops at `i`, inside the aside); the aside goes on to a comma right before
 * the particle, within a description's words, no particle or speech verb inside it.
 */
function asideRunsOn(tokens: readonly Token[], cueIndex: number, i: number): boolean {
  if (i <= cueIndex + 1 || i >= tokens.length || tokens[i - 1]!.after !== '') return false;
  let opened = false;
  for (let k = cueIndex + 1; k < i - 1 && !opened; k++) opened = /[،,]/u.test(tokens[k]!.after);
  if (!opened) return false;
  for (let k = i; k < tokens.length && k - i < MAX_DESCRIPTION_WORDS; k++) {
    const t = tokens[k]!;
    if (isParticle(t.norm) || t.cue?.kind === 'verb') return false;
    if (t.after === '') continue;
    return /^[،,]$/u.test(t.after) && tokens[k + 1] !== undefined && isParticle(tokens[k + 1]!.norm);
  }
  return false;
}

/** Relative pronouns that open a clause on the name before them, with or without a comma. Folded. */
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين']);
/** Furthest a subject phrase reaches after its verb (a long title and a joined name): the relative pronoun stands within. */
const MAX_SUBJECT_REACH = 20;
/** Longest relative clause read past between a named subject and its particle (words). */
const MAX_RELATIVE_CLAUSE = 24;

/**
 * Where a relative clause on the cue verb's named subject ends (its last token, the one a comma follows):
 * "قال فيل ميرزيانوف الذي كشف … ثم فر وأعلن انشقاقه في الولايات المتحدة، إنه …". -1 when there is none.
 */
function relativeClauseEnd(view: ParagraphView, cue: FoundCue, limit: number, subject: () => Mention | null): number {
  if (cue.info.kind !== 'verb') return -1;
  // most cues have no relative pronoun within a subject's reach: a scan, before reading the subject
  let near = false;
  for (let k = cue.index + 1; k < limit && k - cue.index <= MAX_SUBJECT_REACH && !near; k++) near = RELATIVE_PRONOUNS.has(view.tokens[k]!.norm);
  if (!near) return -1;
  const m = subject();
  if (m === null || m.name === null || m.next >= limit || !RELATIVE_PRONOUNS.has(view.tokens[m.next]!.norm)) return -1;
  for (let k = m.next + 1; k < limit && k - m.next <= MAX_RELATIVE_CLAUSE; k++) if (/[،,]/u.test(view.tokens[k]!.after)) return k;
  return -1;
}

/**
 * How far past the cue a particle may stand when the verb's subject is a long named phrase: as far after the
 * phrase as after a short one ("وأوضح المتحدث الرسمي …، المقدم علي آل جرمان في تصريح صحفي، أنه"), and further
 * after a description ("، التي تقود …"); 0 when the subject is unnamed.
 */
function namedSubjectReach(view: ParagraphView, cue: FoundCue, limit: number, subject: () => Mention | null): number {
  if (cue.info.kind !== 'verb') return 0;
  // no particle stands past the usual reach within the furthest one: nothing to read the subject for
  let particle = false;
  const from = cue.index + MAX_INDIRECT_GAP + 6;
  for (let k = from; k < limit && k - from <= MAX_SUBJECT_REACH + MAX_PARTICLE_GAP + MAX_DESCRIPTION_WORDS && !particle; k++) particle = isParticle(view.tokens[k]!.norm);
  if (!particle) return 0;
  const m = subject();
  if (m === null || m.name === null || m.next >= limit) return 0;
  const described = describesName(view.tokens, m.next) || asideRunsOn(view.tokens, cue.index, m.next);
  // what follows the subject is the particle, a description or where the words were said, never an object
  // ("أكد الأمير … أهمية الأنشطة … على أن" holds no reported speech)
  const next = view.tokens[m.next]!.norm;
  if (!described && !isParticle(next) && !SAID_WHERE.has(next)) return 0;
  // (a where-phrase set off by a comma may run past the usual gap: "منيب، خلال مهرجان خطابي تم تنظيمه …، أن")
  const setOff = /[،,]/u.test(view.tokens[m.next - 1]!.after) && SAID_WHERE.has(next);
  return m.next - cue.index + MAX_PARTICLE_GAP + (described ? MAX_DESCRIPTION_WORDS : setOff ? SET_OFF_WHERE_EXTRA : 0);
}

/** Most words a where-phrase set off by commas adds past the particle's usual gap ("، خلال مهرجان … الانتخابية، أن"). */
const SET_OFF_WHERE_EXTRA = 6;

/**
 * "وأوضحت منيب، خلال مهرجان خطابي تم تنظيمه بالعاصمة …، أن": tokens [from, j) are where the words were said, set
 * off by a comma on each side, with no particle or speech verb inside.
 */
function setOffWhere(tokens: readonly Token[], from: number, j: number): boolean {
  if (from <= 0 || from >= j || !/[،,]/u.test(tokens[from - 1]!.after) || !/[،,]/u.test(tokens[j - 1]!.after) || !SAID_WHERE.has(tokens[from]!.norm)) return false;
  for (let k = from; k < j; k++) if (isParticle(tokens[k]!.norm) || cueAt(tokens, k)?.kind === 'verb') return false;
  return true;
}

/** "إلى", "على": the preposition a verb of saying takes before its particle ("أشار إلى أن", "شدد على أن"). Folded. */
const PREPOSITION_BEFORE_PARTICLE: ReadonlySet<string> = new Set(['الي', 'علي']);

/**
 * Whether the particle at `j` follows right after `from` (the speaker's phrase or the verb): at once, after the
 * verb's preposition ("إلى أن"), after whom the words were told ("للصحفيين إن", "لرويترز إن", "لـ«العربية Business»
 * أن"), or after where they were said set off by commas ("، في تصريح لـ«عكاظ»، أن").
 */
function particleFollows(tokens: readonly Token[], from: number, j: number): boolean {
  if (j === from || (j === from + 1 && PREPOSITION_BEFORE_PARTICLE.has(tokens[from]!.norm)) || setOffWhere(tokens, from, j)) return true;
  // ("وقال الوزير سامي داود الثلاثاء إن …", "… لرويترز يوم الثلاثاء إن …", "… للصحفيين، أمس، إن …": whom it was told, and
  // the day it was said before or after it)
  let k = from;
  for (let step = 0; step < 2 && k < j; step++) {
    const told = Math.max(toldLength(tokens, k, j), quotedAddressee(tokens, k, j));
    k += told > 0 ? told : whenSaidLength(tokens, k, j);
  }
  return k === j && j > from;
}

/** "الثلاثاء", "أمس", "يوم الثلاثاء", "مساء الاثنين": the day words were said, at `k`: how many words, or 0. */
function whenSaidLength(tokens: readonly Token[], k: number, j: number): number {
  const t = tokens[k];
  if (t === undefined || k >= j) return 0;
  if (DAY_NAME_SET.has(t.norm)) return 1;
  return (t.norm === DAY_WORD || DAY_PART_SET.has(t.norm)) && k + 1 < j && DAY_NAME_SET.has(tokens[k + 1]!.norm) ? 2 : 0;
}
/** "يوم" before a day's name, folded. */
const DAY_WORD = 'يوم';

/** Furthest token after a cue whose colon opens unmarked words (never past a particle). */
const MAX_COLON_REACH = 12;
/** The colon's usual reach: right after the cue or its subject. */
const MAX_NEAR_COLON = 6;

/** A sentence's end mark after a quote's last word: "…».", "…»؟". */
const SENTENCE_END_AFTER = /[.!؟?]/u;

/** Whether the quote at `openToken` follows إن or أن (perhaps with a pronoun) and ends its sentence: the clause said. */
function wholeClauseAfterParticle(view: ParagraphView, openToken: number, quoteTokens: number): boolean {
  const before = view.tokens[openToken - 1];
  const last = view.tokens[openToken + quoteTokens - 1];
  return before !== undefined && last !== undefined && isParticle(before.norm) && (openToken + quoteTokens === view.tokens.length || SENTENCE_END_AFTER.test(last.after));
}

/**
 * Whether the title right before the quote at `openToken` is the subject of إن or أن before it, and the quote, opening
 * on a verb or ending its sentence, the predicate ("أن الوزير «حريص على الحوار»."); a title's name in quotes would
 * need its own predicate after it.
 */
function titleThenPredicate(view: ParagraphView, openToken: number, quoteTokens: number, key: string): boolean {
  const particle = view.tokens[openToken - 2];
  const last = view.tokens[openToken + quoteTokens - 1];
  // ("فإن الرئيس «غاضب جدا»": فإن after an according-to phrase opens the clause as إن does)
  if (particle === undefined || last === undefined || !(isParticle(particle.norm) || particle.norm === THEN_INDEED) || particle.after !== '') return false;
  return OPENS_ON_VERB.test(key) || openToken + quoteTokens === view.tokens.length || SENTENCE_END_AFTER.test(last.after);
}

/** A quote's key opening on a future or present verb ("سيتجاوز", "يبلغ", "تراجع"): words said. */
const OPENS_ON_VERB = /^[وف]?(?:س[يتنا]\p{L}{3,}|[يت]\p{L}{3,})(?: |$)/u;

/** Question words, folded: "كيف", "لماذا", "متى", "أين", "هل", "ماذا". */
const INTERROGATIVES = new Set(['كيف', 'لماذا', 'متي', 'اين', 'هل', 'ماذا']);

/** "ما", "مما": "what" before a verb, folded. */
const WHAT_AS_SUBJECT: ReadonlySet<string> = new Set(['ما', 'مما', 'وما', 'ومما']);

/** Reported speech after a cue: "قال نتنياهو إنه لن يسمح …" (indirect) or "وأضاف: نتمنى …" (unmarked). */
function reportedSpeech(view: ParagraphView, ctx: Context, cueIndex: number): RawQuote | null {
  const { tokens, text } = view;
  const info = cueAt(tokens, cueIndex);
  if (info === null || info.kind === 'noun') return null;
  const cue: FoundCue = { index: cueIndex, info };
  // "داعيا الله أن يحمي المملكة": a prayer, not reported words
  if (PRAYED_TO.has(tokens[cueIndex + 1]?.norm ?? '') && PRAYING.test(tokens[cueIndex]!.norm)) return null;
  const sentenceFrom = sentenceStart(view.breaks, tokens[cueIndex]!.start);
  const sentenceTo = sentenceEnd(view.breaks, tokens[cueIndex]!.end, text.length);
  const floor = tokenAt(tokens, sentenceFrom);
  const ceiling = tokenAt(tokens, sentenceTo);
  // unmarked: a colon right after the cue or its subject (and where the words were said: "وأكدت الوزيرة سارة حداد
  // في تصريح للصحافة: …"), and no mark after it
  for (let j = cueIndex; j < Math.min(ceiling, cueIndex + MAX_COLON_REACH); j++) {
    if (j > cueIndex && isParticle(tokens[j]!.norm)) break;
    if (!tokens[j]!.after.includes(':')) continue;
    const colon = text.indexOf(':', tokens[j]!.end);
    const rest = text.slice(colon + 1).trimStart();
    if (colon < 0 || /^[«“„"»]/u.test(rest) || info.strength === 'opinion') return null;
    // ("قال … في ختام كلمته: إن …": past the usual reach, words that open with إن are reported, read below)
    if (j >= cueIndex + MAX_NEAR_COLON && /^[وف]?[إا]ن(?:ه|ها|هم|نا)?(?=\s)/u.test(rest)) break;
    const start = text.length - rest.length;
    const trimmed = trimEndPunct(text, start, sentenceEnd(view.breaks, start, text.length));
    const end = withQuestionMark(text, trimmed);
    if (tokenAt(tokens, end) - tokenAt(tokens, start) < MIN_INDIRECT_TOKENS || insideSpan(view.spans, start)) return null;
    // a quote inside the stretch is the real quote: "وأضاف: تظهر الوثائق أن «…»"
    if (/[«»“”„"]/u.test(text.slice(start, end))) return null;
    const voice = voiceForCue(view, ctx, cue, floor, j + 1);
    remember(ctx, voice, view.index, sentenceFrom);
    // ("وقال الوزير: 'سنواصل العمل …'": straight single marks around the words are no part of them)
    const singly = text[start] === SINGLE_MARK && text[end - 1] === SINGLE_MARK && end - start > 2 ? 1 : 0;
    return quote(view, start + singly, end - singly, 'unmarked', tokens[cueIndex]!, voice);
  }
  // "ولعل ما يلفت الانتباه أن …", "ومما يثير القلق أن …": "what" is the verb's subject, the reporter's remark (not
  // "بحسب ما أكده الوزير", the words of whom the verb names)
  if (cueIndex > 0 && WHAT_AS_SUBJECT.has(tokens[cueIndex - 1]!.norm) && !ATTRIBUTION_LEADS.has(tokens[cueIndex - 2]?.norm ?? '')) return null;
  let reach: number | null = null;
  let relativeEnd: number | null = null;
  // the verb's subject read up to the sentence's end, once for both questions below
  let subjectRead: Mention | null | undefined;
  const subjectToEnd = (): Mention | null => (subjectRead === undefined ? (subjectRead = mentionAfter(view, ctx, cue, ceiling)) : subjectRead);
  for (let j = cueIndex + 1; j < ceiling; j++) {
    // past the usual reach only a long named subject keeps its particle
    if (j - cueIndex > MAX_INDIRECT_GAP + 6 && j - cueIndex > (reach ??= namedSubjectReach(view, cue, ceiling, subjectToEnd))) return null;
    const t = tokens[j]!;
    if (insideSpan(view.spans, t.start)) continue;
    const between = j > cueIndex + 1 ? cueAt(tokens, j) : null;
    // "وقال الكيميائي فيل ميرزيانوف الذي كشف عن …، إنه": the verbs and particles of a relative clause on the
    // named subject are the clause's own
    if ((between !== null || isParticle(t.norm)) && j <= (relativeEnd ??= relativeClauseEnd(view, cue, ceiling, subjectToEnd))) continue;
    // ("وأوضح المحيسن وفقا لما أوردته صحيفة الجزيرة، أن …": the verb of an "according to what X reported" aside is the
    // aside's, not a clause of its own)
    if (between?.kind === 'verb' && !reportedAside(tokens, j)) return null;
    // a participle before the particle governs it unless the verb has a titled subject: "نشرت صورة …، زاعمة أنه"
    // goes to the participle, "نفى وزير الخارجية، سيرغي لافروف، …، مشيرا إلى أن" stays with the verb
    if (between?.kind === 'participle' && info.kind === 'verb' && !titledSubject(mentionAfter(view, ctx, cue, j))) return null;
    // "والذي يوضح، كيف يمكن للمعرفة أن تعمل …": a question word before the particle governs it (the verb tells how,
    // not that)
    if (INTERROGATIVES.has(t.norm)) return null;
    // "لوكالة سي إن إن", "لشبكة سي إن بي سي": the إن of the outlet's name opens nothing
    if (!isParticle(t.norm) || inSpeltLetters(tokens, j)) continue;
    if (NON_SPEECH_BEFORE_PARTICLE.has(tokens[j - 1]!.norm.replace(/^و/u, ''))) return null;
    // "شدد على ضرورة حل الأزمة سياسيا، لأن إطالة الصراع …": after a comma لأن is "because", not "that"
    if (BECAUSE.test(t.norm) && /[،,]/u.test(tokens[j - 1]!.after)) return null;
    // "قررت اللجنة تشكيل لجنة …، على أن تختار …": after a decision, على أن states a condition, not words
    if (tokens[j - 1]!.norm === 'علي' && DECIDING.test(tokens[cueIndex]!.norm)) return null;
    const subject = info.kind === 'verb' ? mentionAfter(view, ctx, cue, j) : null;
    if (subject !== null && j - subject.next > MAX_PARTICLE_GAP + (describesName(tokens, subject.next) || asideRunsOn(tokens, cueIndex, subject.next) ? MAX_DESCRIPTION_WORDS : setOffWhere(tokens, subject.next, j) ? SET_OFF_WHERE_EXTRA : 0)) return null;
    const bare = BARE_PARTICLES.has(t.norm.replace(/^و/u, ''));
    const next = tokens[j + 1];
    if (next === undefined) return null;
    const start = bare ? next.start : t.start;
    if (/[«“„"»]/u.test(text.slice(t.end, next.start))) return null;
    const sentenceClose = trimEndPunct(text, start, sentenceTo);
    const end = clauseEnd(view, start, sentenceClose);
    // ("وقالت المحامية ليلى حسن إن موكلتها بريئة.": two words that close the sentence or a clause before its comma,
    // right after a verb of saying and its speaker or the verb alone, are reported too)
    // (read only for a clause shorter than the usual least: most are longer, and pay nothing for it)
    const words = tokenAt(tokens, end) - tokenAt(tokens, start);
    if (words < MIN_INDIRECT_TOKENS && !(words >= MIN_CLOSING_INDIRECT_TOKENS && (end === sentenceClose || COMMA_NEXT.test(text.slice(end, end + 2))) && info.kind === 'verb' && info.strength !== 'opinion' && particleFollows(tokens, subject !== null && subject.next <= j ? subject.next : cueIndex + 1, j))) return null;
    // ("في بلد يرى زيفا أن …": a verb right after an indefinite noun the sentence governs describes that noun, its
    // subject; it reports no one's words)
    if (subject === null && describedByVerb(tokens, cueIndex)) return null;
    const voice = voiceForCue(view, ctx, cue, floor, j);
    // ("وقال مصدر أمني إن …" then "وأضاف المصدر ذاته أن …": an unnamed source named right after the verb speaks on,
    // its words kept by no one)
    if (voice?.anonymous && UNNAMED_SOURCE_SET.has(tokens[cueIndex + 1]?.norm ?? '')) remember(ctx, voice, view.index, sentenceFrom);
    if (voice === null || voice.name === null || voice.anonymous || isRelayer(voice.name) || !heardByName(ctx, voice.name)) return null;
    remember(ctx, voice, view.index, sentenceFrom);
    // the speaker is heard, but content that quote marks mostly hold is reported as the quote alone
    return mostlyQuoted(view, start, end) ? null : quote(view, start, end, 'indirect', tokens[cueIndex]!, voice);
  }
  return null;
}

/** "ما", "لما": the "what" of "وفقا لما أوردته …", "بحسب ما ذكرت …", folded. */
const WHAT_REPORTED: ReadonlySet<string> = new Set(['ما', 'لما']);

/** Whether the verb at `j` opens after an "according to what" lead ("وفقا لما أوردته صحيفة …", "حسبما ذكرت الوكالة"). */
function reportedAside(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  if (before === undefined) return false;
  if (AS_SAID_SET.has(before.norm)) return true;
  const lead = tokens[j - 2];
  return WHAT_REPORTED.has(before.norm) && lead !== undefined && (ACCORDING_LEADS.has(lead.norm) || ACCORDING_TO_LEADS.has(lead.norm));
}

/** Prepositions before an indefinite noun a present verb describes ("في بلد يرى …"), with و glued too; folded. */
const DESCRIBED_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'من', 'علي', 'الي', 'عن', 'وفي', 'ومن']);
/** "في حين يرى …", "في وقت يقول …": nouns of time after which the verb opens a clause of its own. Folded. */
const CLAUSE_TIME_NOUNS: ReadonlySet<string> = new Set(['حين', 'وقت', 'حال', 'لحظه', 'يوم', 'اثناء', 'حينه']);
/** "في مقال يقول فيه …": a preposition with the pronoun that points back to the noun, the verb's subject another's. */
const RESUMPTIVE = /^(?:في|عن|من|ب|ل)(?:ه|ها)$/u;
/** A present verb's first letter: ي or ت. */
const PRESENT_PREFIX = /^[يت]/u;

/**
 * Whether the verb at `cue` describes the indefinite noun a preposition governs right before it ("في بلد يرى زيفا
 * أن …", "في مشهد يؤكد أن …"): a present verb, no comma between, no name, place, title or word of speech for the noun,
 * and no pronoun after the verb that points back to it ("في مقال يقول فيه").
 */
function describedByVerb(tokens: readonly Token[], cue: number): boolean {
  const noun = tokens[cue - 1];
  if (noun === undefined || cue < 2 || noun.after !== '' || noun.definite || noun.role || noun.loose !== null || !PRESENT_PREFIX.test(tokens[cue]!.norm)) return false;
  if (!DESCRIBED_NOUN_PREPOSITIONS.has(tokens[cue - 2]!.norm) || tokens[cue - 2]!.after !== '' || CLAUSE_TIME_NOUNS.has(noun.norm)) return false;
  if (RESUMPTIVE.test(tokens[cue + 1]?.norm ?? '') || startsWithGivenName(noun.norm) || isKnownPlace(noun.norm)) return false;
  return !/\P{Script=Arabic}/u.test(noun.norm);
}

/** "وبحسب", "حسب", "ووفق": "according to" before the name it attributes to, folded. */
const ACCORDING_LEADS: ReadonlySet<string> = new Set(['بحسب', 'وبحسب', 'حسب', 'وحسب', 'وفق', 'ووفق']);
/** "فإن": the particle that opens the attributed clause after the fronted phrase, folded. */
const THEN_INDEED = 'فان';
/** فإن alone, as the set of particles `accordingReport` accepts after the speaker (أن/بأن after "على لسان"). */
const THEN_INDEED_SET: ReadonlySet<string> = new Set([THEN_INDEED]);

/** Whether token `i` opens an "according to" phrase ("وبحسب", "ووفقا", "حسبما", "وعلى حد"). */
function isAccordingLead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // (asked of every word: one lookup turns away the words that open none of these phrases)
  if (!ACCORDING_LEAD_WORDS.has(t.norm)) return false;
  // ("حسبما", "وكما": "as" with its "what" glued, the leads of an "as … said" tag, before the verb of saying)
  // ("على" only before "حد": the word is common, the phrase rare)
  return ACCORDING_LEADS.has(t.norm) || ACCORDING_TO_LEADS.has(t.norm) || AS_SAID_SET.has(t.norm) || (AS_FAR_LEADS.has(t.norm) && tokens[i + 1]?.norm === EXTENT) || onTongueOf(tokens, i);
}
/** "جاء", "وجاء": "it came", the verb of "وجاء على لسان X أن …" (X said that …), folded. */
const CAME_LEADS: ReadonlySet<string> = new Set(['جاء', 'وجاء']);
/** Whether token `i` opens "وجاء على لسان" (by the tongue of), the words after the one named being theirs. */
function onTongueOf(tokens: readonly Token[], i: number): boolean {
  return CAME_LEADS.has(tokens[i]!.norm) && tokens[i + 1]?.norm === ON_TONGUE[0] && tokens[i + 2]?.norm === ON_TONGUE[1];
}
/** "أن", "بأن": the particle after the one named in "وجاء على لسان X أن …", folded. */
const THAT_AFTER_TONGUE: ReadonlySet<string> = new Set(['ان', 'بان']);
/** "على" and "وعلى", folded: the lead of "على حد تعبير X، فإن …" ("to the extent of X's words"). */
const AS_FAR_LEADS: ReadonlySet<string> = new Set(['علي', 'وعلي']);
/** Every word that may open an "according to" phrase: the first word of each kind `isAccordingLead` reads. */
const ACCORDING_LEAD_WORDS: ReadonlySet<string> = new Set([...ACCORDING_LEADS, ...ACCORDING_TO_LEADS, ...AS_SAID_SET, ...AS_FAR_LEADS, ...CAME_LEADS]);
/** "حد", folded: after على in that phrase. */
const EXTENT = 'حد';
/** "قول", "تعبير": the noun of saying after the lead ("بحسب قول X", "على حد تعبير X"), folded. */
const SAYING_NOUNS: ReadonlySet<string> = new Set(['قول', 'تعبير']);

/**
 * Words between an "according to" lead at `k` (nothing glued after it) and its speaker: "حد تعبير" after على, "قول"
 * after بحسب, "على لسان" after جاء; -1 when على has no "حد تعبير".
 */
function sayingNounLength(tokens: readonly Token[], k: number): number {
  const lead = tokens[k]!;
  if (onTongueOf(tokens, k)) return 2;
  if (AS_FAR_LEADS.has(lead.norm)) return tokens[k + 1]?.norm === EXTENT && tokens[k + 1]!.after === '' && SAYING_NOUNS.has(tokens[k + 2]?.norm ?? '') ? 2 : -1;
  return ACCORDING_LEADS.has(lead.norm) && SAYING_NOUNS.has(tokens[k + 1]?.norm ?? '') ? 1 : 0;
}

/**
 * "وبحسب وزير الصحة خالد عبد الغفار، فإن المستشفيات …", "ووفقا للمتحدث باسم الشرطة أحمد علي، فإن …": an "according
 * to" phrase opening the sentence, a named speaker, and فإن: the clause after the particle is that speaker's words,
 * reported (the phrase is the cue). The speaker is kept as a verb's would be (named, no relaying outlet).
 */
function accordingReport(view: ParagraphView, ctx: Context, k: number): RawQuote | null {
  const { tokens, text } = view;
  const lead = tokens[k]!;
  const sentenceFrom = sentenceStart(view.breaks, lead.start);
  if (tokenAt(tokens, sentenceFrom) !== k || lead.after !== '') return null;
  const sentenceTo = sentenceEnd(view.breaks, lead.end, text.length);
  const ceiling = tokenAt(tokens, sentenceTo);
  // ("وبحسب ما قاله وزير …"، "ووفقا لما أعلنه …": "what X said", the verb and its pronoun before the speaker)
  // ("حسبما أفاد المرصد، فإن …", "وكما أوضح الوزير، فإن …": "what" glued to the lead, the verb right after it)
  // ("وعلى حد تعبير المتحدث X، فإن …", "وبحسب قول X فإن …": the noun of saying before the speaker)
  const noun = sayingNounLength(tokens, k);
  if (noun < 0) return null;
  const said = noun > 0 ? noun : AS_SAID_SET.has(lead.norm) ? saidAfterGluedWhat(tokens, k + 1) : saidWhatLength(tokens, k + 1, ACCORDING_TO_LEADS.has(lead.norm));
  if (said < 0) return null;
  // ("وحسب ما صرح به لـ«الصباح» رئيس الجامعة، …": the outlet told, in its marks, between the verb and the speaker)
  const toldFirst = said > 0 && noun === 0 ? quotedAddressee(tokens, k + 1 + said, ceiling) : 0;
  const from = k + 1 + said + toldFirst;
  const first = tokens[from];
  // ("ووفقا لوزارة الصحة": ل glued to the name's first word)
  const glued = said === 0 && ACCORDING_TO_LEADS.has(lead.norm);
  if (first === undefined || (glued && first.norm.charCodeAt(0) !== LAM)) return null;
  // ("وبحسب التقرير، فإن": a document's figures are the reporter's account, nobody's words)
  if (CITED_DOCUMENT_SET.has(first.norm.replace(glued ? /^(?:لل|ل)/u : /^ال/u, ''))) return null;
  // (read on a copy where the ل is a space, or the article's alef in "للمتحدث": same offsets, same words)
  let m = glued ? readUngluedMention(view, ctx, from, ceiling) : readMention(text, tokens, from, ceiling, ctx.registry);
  // ("ووفق ما نقلته وكالة الأنباء الرسمية عن وزير الداخلية X، فإن …": the outlet relays, the one after عن spoke)
  // (the verb right after the lead with "what" glued to it, "حسبما نقلته", or after "ما", "بحسب ما نقلته")
  if (noun === 0 && said > 0 && m !== null && m.next + 1 < ceiling && tokens[m.next]!.norm === FROM_WHOM && RELAYED_WHAT.test(tokens[AS_SAID_SET.has(lead.norm) ? k + 1 : k + 2]!.norm)) m = readMention(text, tokens, m.next + 1, ceiling, ctx.registry);
  // ("وجاء على لسان X أن …": after "by the tongue of" the particle is أن, not فإن)
  const particle = onTongueOf(tokens, k) ? THAT_AFTER_TONGUE : THEN_INDEED_SET;
  // ("وبحسب مدير الدفاع المدني في إدلب، فإن …": a title alone speaks as it does after a verb)
  if (m === null || m.name === null || m.anonymous || m.pronoun || m.next >= ceiling) return null;
  // ("وحسب ما صرح به رئيس الجامعة X لـ«الصباح»، فإن …": or between the speaker and the particle)
  const toldAfter = said > 0 && noun === 0 && toldFirst === 0 ? quotedAddressee(tokens, m.next, ceiling) : 0;
  const at = m.next + toldAfter;
  if (at >= ceiling || !particle.has(tokens[at]!.norm)) return null;
  const next = tokens[at + 1];
  if (next === undefined) return null;
  const start = next.start;
  // (quote marks in the sentence, but for the outlet's, leave it to the quote they mark)
  const toldSpan: [number, number] | null = toldFirst > 0 ? [tokens[k + 1 + said]!.start, tokens[from - 1]!.end] : toldAfter > 0 ? [tokens[m.next]!.start, tokens[at - 1]!.end] : null;
  const unmarked = toldSpan === null ? text.slice(lead.start, sentenceTo) : text.slice(lead.start, toldSpan[0]) + text.slice(toldSpan[1] + 1, sentenceTo);
  if (/[«»“”„"]/u.test(unmarked)) return null;
  const end = clauseEnd(view, start, trimEndPunct(text, start, sentenceTo));
  if (tokenAt(tokens, end) - tokenAt(tokens, start) < MIN_INDIRECT_TOKENS) return null;
  const voice = voiceOf(view, ctx, m, null, lead.start);
  if (voice === null || voice.name === null || voice.anonymous || isRelayer(voice.name) || !heardByName(ctx, voice.name)) return null;
  // (registered, not made the current voice: the phrase tells no gender, and a verb later in the paragraph
  // should find the speaker its form agrees with)
  registerName(ctx.registry, voice.name, voice.role);
  // (the cue is the whole phrase before the speaker: "على حد تعبير", "بحسب قول")
  return quote(view, start, end, 'indirect', { start: lead.start, end: tokens[k + noun]!.end }, voice);
}

/** "عن": "from", before the one whose words an outlet relays. */
const FROM_WHOM = 'عن';
/** "نقلته", "أوردته", "نشرته": an outlet's verb of relaying "what" it relayed, folded. */
const RELAYED_WHAT = /^(?:نقل|اورد|نشر)(?:ت)?(?:ه|ها)?$/u;


/** "ما" (or "لما" after وفقا and طبقا), folded: "what" before the verb of saying in an "according to" phrase. */
const WHAT = 'ما';
const TO_WHAT = 'لما';
/** Object pronouns after that verb: "بحسب ما صرح به", "وفق ما قالته". Folded. */
const SAID_OBJECTS: ReadonlySet<string> = new Set(['به', 'بها', 'عنه', 'عنها']);

/**
 * Words of "what … said" at `k` in an "according to" phrase ("ما قاله", "ما صرح به", "لما أعلنه"): "ما", a verb of
 * saying and the object pronoun after it, or 0.
 */
/** Words of the verb of saying (and its object pronoun) at `k` after a lead with "what" glued to it, or -1. */
function saidAfterGluedWhat(tokens: readonly Token[], k: number): number {
  if (cueAt(tokens, k)?.kind !== 'verb') return -1;
  return SAID_OBJECTS.has(tokens[k + 1]?.norm ?? '') ? 2 : 1;
}

function saidWhatLength(tokens: readonly Token[], k: number, glued: boolean): number {
  if (tokens[k]?.norm !== (glued ? TO_WHAT : WHAT) || tokens[k]!.after !== '' || cueAt(tokens, k + 1)?.kind !== 'verb') return 0;
  return SAID_OBJECTS.has(tokens[k + 2]?.norm ?? '') ? 3 : 2;
}

function quote(view: ParagraphView, start: number, end: number, kind: QuoteKind, cue: { start: number; end: number }, voice: Voice | null): RawQuote {
  return {
    text: view.text.slice(start, end),
    kind,
    cue: view.text.slice(cue.start, cue.end),
    speaker: voice?.anonymous ? null : voice?.name ?? null,
    role: voice?.role ?? null,
    paragraph: view.index,
    start,
    end,
    endParagraph: view.index,
  };
}

/** A short quote inside a quote: '"خارجيا"', «…» or “…”. */
const NESTED_QUOTE = /["«“]([^"«»“”]{1,60})["»”]/gu;
const ANY_OPENER = /["«“]/u;

function countQuoted(counts: Map<string, number>, text: string): void {
  const key = lineKey(text);
  if (keyWords(key) <= MAX_NAME_QUOTE) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The article's words outside quote marks, for telling names in quotes from speech. */
function articleFacts(views: readonly ParagraphView[]): ArticleFacts {
  const pieces: string[] = [];
  const quotedCounts = new Map<string, number>();
  for (const v of views) {
    let at = 0;
    for (const s of v.spans) {
      pieces.push(v.text.slice(at, s.open));
      at = s.close;
      const inner = v.text.slice(s.start, s.end);
      countQuoted(quotedCounts, inner);
      // "وإضافة كلمة "خارجيا" على المادة": a word quoted inside a quote is quoted as often
      if (ANY_OPENER.test(inner)) for (const m of inner.matchAll(NESTED_QUOTE)) countQuoted(quotedCounts, m[1]!);
    }
    pieces.push(v.text.slice(at));
  }
  let unquoted: string | null = null;
  let phrases: Set<string> | null = null;
  let searches = 0;
  return {
    // A substring search per quote is quickest for an ordinary article but quadratic on a page of thousands of
    // quotes: after SEARCHES_BEFORE_INDEX of them, words and word pairs go into a set (longer phrases, which
    // the rules never ask about, keep the search).
    usesUnquoted(query: string): boolean {
      unquoted ??= ` ${lineKey(pieces.join(' '))} `;
      if (++searches <= SEARCHES_BEFORE_INDEX || query.split(' ').length > 2) return unquoted.includes(` ${query} `);
      if (phrases === null) {
        const words = unquoted.slice(1, -1).split(' ');
        phrases = new Set(words);
        for (let i = 0; i + 1 < words.length; i++) phrases.add(`${words[i]} ${words[i + 1]}`);
      }
      return phrases.has(query);
    },
    quotedCounts,
  };
}
const SEARCHES_BEFORE_INDEX = 64;

/** Builds the per-paragraph views: tokens, quote spans, sentence breaks. */
export function viewParagraphs(paragraphs: readonly string[]): ParagraphView[] {
  return paragraphs.map((text, index) => {
    const spans = findMarkSpans(text, index);
    return { index, text, tokens: tokenize(text), spans, breaks: sentenceBreaks(text, spans) };
  });
}

/** Finds direct, partial, unmarked and indirect quotes in body paragraphs, in reading order. */
export function extractQuotes(paragraphs: readonly string[]): { quotes: RawQuote[]; registry: NameRegistry } {
  const views = viewParagraphs(paragraphs);
  const ctx: Context = { views, registry: buildRegistry(views), recent: [], last: null, searches: new Map(), nameWords: new Map(), fullFamilies: null, ungluedReads: 0 };
  const facts = articleFacts(views);
  const out: RawQuote[] = [];
  const consumed = new Set<string>();
  for (const view of views) {
    const { spans, tokens } = view;
    const keptBefore = out.length;
    const seen = new Set<string>();
    const keep = (q: RawQuote | null): void => {
      if (q === null) return;
      const key = `${q.paragraph}:${q.start}:${q.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(q);
    };
    // quote marks and speech verbs in reading order: both lists are already sorted by offset
    let k = 0;
    const quotesOpeningBefore = (offset: number): void => {
      for (; k < spans.length && spans[k]!.open < offset; k++) {
        if (!consumed.has(`${view.index}:${k}`)) keep(speechQuote(views, view, spans[k]!, ctx, consumed, facts));
      }
    };
    let reportedUntil = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const according = isAccordingLead(tokens, i) && !insideSpan(spans, t.start) ? accordingReport(view, ctx, i) : null;
      if (according !== null) {
        quotesOpeningBefore(t.start);
        reportedUntil = according.end;
        keep(according);
        continue;
      }
      const info = cueAt(tokens, i);
      if (info === null || info.kind === 'noun' || insideSpan(spans, t.start)) continue;
      quotesOpeningBefore(t.start);
      // "أن حركة الحاويات يتوقع أن ترتفع …": "it is expected" inside words already reported is part of them
      if (t.start < reportedUntil && IMPERSONAL_INSIDE.test(t.norm)) continue;
      const reported = reportedSpeech(view, ctx, i);
      if (reported !== null) reportedUntil = reported.end;
      keep(reported);
    }
    quotesOpeningBefore(Infinity);
    if (spans.length === 0) keep(interviewAnswer(view, ctx) ?? labelledAnswer(view, ctx) ?? (out.length === keptBefore ? unmarkedBelowColon(views, view, ctx) : null));
  }
  completeFirstNames(views, out);
  completeFamilyNames(views, out);
  completeRegisteredFirstNames(ctx.registry, out);
  fillInterviewee(views, out);
  return { quotes: out, registry: ctx.registry };
}

/**
 * "ج: لأن الذاكرة …" answered before anyone was named with a title: when the article quotes one person by name and
 * nobody else, the answers with no speaker are that person's (the interviewee).
 */
function fillInterviewee(views: readonly ParagraphView[], quotes: RawQuote[]): void {
  const answers = quotes.filter((q) => q.speaker === null && q.kind === 'unmarked' && q.start > 0 && ANSWER_LABEL.test(views[q.paragraph]!.text));
  if (answers.length === 0) return;
  const named = new Set(quotes.filter((q) => q.speaker !== null).map((q) => q.speaker!));
  if (named.size !== 1) return;
  const [speaker] = named;
  for (const q of answers) q.speaker = speaker!;
}

/** Present verbs of expecting or believing that are impersonal inside reported words ("يتوقع أن"), folded. */
const IMPERSONAL_INSIDE = new RegExp(`^[وف]?(?:${IMPERSONAL_VERBS.join('|')})$`, 'u');

/** Most words of a speaker's name printed as a label before a colon ("ذياب: …"). */
const MAX_LABEL_WORDS = 3;

/**
 * "ذياب: نعم، الصيف المقبل سيكون الأصعب": a paragraph that opens with a registered person's name (or family name)
 * and a colon, as interviews and transcripts print answers, holds that person's unmarked words.
 */
function labelledAnswer(view: ParagraphView, ctx: Context): RawQuote | null {
  const { tokens, text } = view;
  let k = 0;
  while (k < tokens.length && k < MAX_QUOTE_LABEL_WORDS && !tokens[k]!.after.includes(':')) k++;
  if (k >= tokens.length || k >= MAX_QUOTE_LABEL_WORDS || !tokens[k]!.after.startsWith(':')) return null;
  const known = k < MAX_LABEL_WORDS && registeredLength(ctx.registry, tokens, 0) === k + 1 ? registeredEndingAt(ctx.registry, tokens, k) : null;
  // ("أحمد سالم: أستاذ الاقتصاد بجامعة القاهرة", "محمد صلاح: اللاعب المصري يقود …": a title after a label the article
  // named nowhere else describes the one named, no words of theirs)
  if (known === null && tokens[k + 1]?.role) return null;
  const start = text.indexOf(':', tokens[k]!.end) + 1;
  const from = start + (text.slice(start).length - text.slice(start).trimStart().length);
  const end = trimEndPunct(text, from, text.length);
  if (tokenAt(tokens, end) - tokenAt(tokens, from) < MIN_INDIRECT_TOKENS) return null;
  // ("الوزير سامي فؤاد: سنواصل …": or a full name opening on a given name, titled or not, read off the label)
  const named = known !== null ? { name: known.text, role: known.role } : labelPerson(view, ctx, k + 1);
  if (named === null) return null;
  const voice: Voice = { name: named.name, role: named.role, anonymous: false, feminine: null };
  remember(ctx, voice, view.index, 0);
  return quote(view, from, end, 'unmarked', { start: tokens[0]!.start, end: tokens[k]!.end }, voice);
}

/**
 * "الوزير سامي فؤاد", "سامي فؤاد": a label of `upto` tokens before a colon that reads whole as a full name opening on a
 * given name, titled or not; null for a place, a body, a title alone or anything else ("مصر: …", "وزير الخارجية: …").
 */
function labelPerson(view: ParagraphView, ctx: Context, upto: number): { name: string; role: string | null } | null {
  const m = readMention(view.text, view.tokens, 0, upto, ctx.registry);
  if (m === null || m.next !== upto || m.name === null || m.anonymous || m.roleOnly || m.pronoun || m.orgReference || m.latter || isRelayer(m.name)) return null;
  const key = lineKey(m.name);
  // (the name opens on a given name, titled or not: "مديرة مسرح شكسبير" names a theatre, no person)
  return key.includes(' ') && startsWithGivenName(key) && isNamedVoice(m.name) ? { name: m.name, role: m.role } : null;
}

/** Most words of a full name a first name alone is completed to. */
const MAX_FULL_NAME_WORDS = 4;
/** "الابن", "الأب": after a first name, the son or the father, not a family name. Folded. */
const RELATIVE_AFTER_NAME = new Set(['الابن', 'الاب', 'الابنه', 'الام', 'الجد', 'الحفيد']);

/**
 * Whether the words after a first name, tokens [from, to), read as a family name: a definite last word ("آلاء
 * الشيخ") that is no relative or place, a joined name ("آمنة عبد الله") or a father's given name ("آمنة إبراهيم"),
 * never a verb or a place ("هادي طلب", "توفيق عدن").
 */
function familyShaped(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]!;
  if (tokens.slice(from, to).some((t) => JOINERS.has(t.norm) || t.norm.startsWith('عبد'))) return true;
  // "آمنة إبراهيم": a father's given name after hers is the family name most Arab names carry
  if (to - from === 1 && startsWithGivenName(last.norm) && !isKnownPlace(last.norm)) return true;
  return last.definite && !RELATIVE_AFTER_NAME.has(last.norm) && !isKnownPlace(last.norm);
}

/**
 * "تجلس آمنة عبد الله أمام خيمتها" … "تقول آمنة: «…»": a speaker named by a common given name alone is the one
 * person the article names in full with it, when it names exactly one (never a guess between two).
 */
function completeFirstNames(views: readonly ParagraphView[], quotes: RawQuote[]): void {
  const firstNames = new Set<string>();
  for (const q of quotes) if (q.speaker !== null && !q.speaker.includes(' ') && startsWithGivenName(lineKey(q.speaker))) firstNames.add(foldText(q.speaker));
  if (firstNames.size === 0) return;
  const full: FullForms = new Map();
  const closing: FullForms = new Map();
  for (const view of views) {
    view.tokens.forEach((t, k) => {
      if (!firstNames.has(t.norm)) return;
      // ("الوزير سامي داود الخطة" … "وقال داود": a given name that closes a name begun by another given name is its family
      // name there, and the whole name is its full form when the word opens no name anywhere: "يوسف عزت" … "الوزير عزت
      // سعد" … "وقال عزت" is Izzat Saad)
      const begun = nameClosedAt(view, k);
      if (begun >= 0) {
        addForm(closing, t.norm, view.text.slice(view.tokens[begun]!.start, t.end));
        return;
      }
      const len = nameLengthAt(view.text, view.tokens, k);
      if (len < 2 || len > MAX_FULL_NAME_WORDS) return;
      const end = view.tokens[k + len - 1]!.end;
      if (!familyShaped(view.tokens, k + 1, k + len) && !AGE_AFTER_NAME.test(view.text.slice(end, end + MAX_AGE_NOTE))) return;
      addForm(full, t.norm, view.text.slice(t.start, end));
    });
  }
  for (const [word, forms] of closing) if (!full.has(word)) full.set(word, forms);
  completeFromForms(quotes, full);
}
/**
 * The first token of a name that opens before token `k` and closes exactly on it, or -1 (never after "بن": "محمد بن
 * سلمان" names the father, and "سلمان" may open a name of its own).
 */
function nameClosedAt(view: ParagraphView, k: number): number {
  return k === 0 || JOINERS.has(view.tokens[k - 1]!.norm) ? -1 : nameOpenedBefore(view, k, k);
}
/** "حليمة آدم (52 عاما)": a name followed by an age in brackets is a person's whole name, whatever its last word. */
const AGE_AFTER_NAME = /^\s?[(（]\s?[\d\u0660-\u0669]{1,3}\s?(?:عاما|عاماً|عام|سنة|سنوات)\s?[)）]/u;
const MAX_AGE_NOTE = 16;

/** Full forms of a name word, by the word: each form once, by its key. */
type FullForms = Map<string, Map<string, string>>;

function addForm(full: FullForms, word: string, form: string): void {
  const forms = full.get(word) ?? new Map<string, string>();
  forms.set(lineKey(form), form);
  full.set(word, forms);
}

/** Each one-word speaker with exactly one full form becomes that form. */
function completeFromForms(quotes: RawQuote[], full: FullForms): void {
  for (const q of quotes) {
    if (q.speaker === null || (q.speaker.includes(' ') && !compoundFamily(foldText(q.speaker)))) continue;
    const forms = full.get(foldText(q.speaker));
    if (forms !== undefined && forms.size === 1) q.speaker = [...forms.values()][0]!;
  }
}

/** "نصر الله", "فضل الله": a family name of a word and "الله" (never the given name "عبد الله"), folded. */
function compoundFamily(key: string): boolean {
  const space = key.indexOf(' ');
  return space > 0 && key.slice(space + 1) === 'الله' && !key.startsWith('عبد');
}

/** A word with ل, و or ب glued before a letter, folded. */
const GLUED_LETTER = /^[لوب]\p{L}{3,}$/u;

/** Whether a definite word is the head of a body's name ("الوزارة", "الهيئة", "الحكومة"), folded. */
function institutionHead(key: string): boolean {
  return SPEAKING_INSTITUTIONS.has(key) || ORGANISATION_SET.has(key) || ORGANISATION_SET.has(key.slice(2));
}

/** Most name words read before a family name to find its full form. */
const MAX_FAMILY_LOOKBACK = 3;

/**
 * The first token, at most MAX_FAMILY_LOOKBACK words before token `first`, of a name that opens on a given name or a
 * kunya ("أبو أحمد النجار": the longest first) and closes exactly on token `last`; -1 when none does.
 */
function nameOpenedBefore(view: ParagraphView, first: number, last: number): number {
  for (let s = Math.max(0, first - MAX_FAMILY_LOOKBACK); s < first; s++) {
    if (!opensGivenName(view.tokens, s) && !KUNYA_HEADS.has(view.tokens[s]!.norm)) continue;
    if (nameLengthAt(view.text, view.tokens, s) === last - s + 1) return s;
  }
  return -1;
}

/**
 * "يقف أبو أحمد النجار (45 عاما) …" … "يقول النجار: «…»": a speaker named by a family name alone (with ال) is the
 * one person the article names in full with it, opening on a given name or a kunya, when it names exactly one.
 */
function completeFamilyNames(views: readonly ParagraphView[], quotes: RawQuote[]): void {
  const families = new Set<string>();
  // ("الله" is no one's family name; "نصر الله" of two words is; nor is a body's head, "الوزارة": "وعزت الوزارة" is a verb
  // and its subject, never a given name before a family name)
  for (const q of quotes) {
    const key = q.speaker === null ? '' : foldText(q.speaker);
    if ((!key.includes(' ') && key !== 'الله' && ((key.startsWith('ال') && !institutionHead(key)) || (foreignFamily(key) && !startsWithGivenName(key) && !ORGANISATION_SET.has(key)))) || compoundFamily(key)) families.add(key);
  }
  if (families.size === 0) return;
  const full: FullForms = new Map();
  for (const view of views) {
    view.tokens.forEach((t, k) => {
      const compound = k > 0 && t.norm === 'الله' ? `${view.tokens[k - 1]!.norm} الله` : '';
      // ("كان عبدالله المطوع يبحث …" … "وقال مطوع": a family name without the article the article printed with it)
      const key = families.has(t.norm) ? t.norm : families.has(compound) ? compound : t.definite && t.norm.startsWith('ال') && families.has(t.norm.slice(2)) ? t.norm.slice(2) : '';
      if (key === '') return;
      const first = key === compound ? k - 1 : k;
      // (the longest full form first: "أبو أحمد النجار", not "أحمد النجار")
      // ("حوار لمارتن غريفيث", "وجيورجيوس ستاثاكيس": a given name with ل, و or ب glued, right before)
      const glued = first > 0 ? view.tokens[first - 1]! : null;
      if (glued !== null && GLUED_LETTER.test(glued.norm) && startsWithGivenName(glued.norm.slice(1)) && !hasComma(glued)) {
        addForm(full, key, view.text.slice(afterGluedLetter(view.text, glued), t.end));
        return;
      }
      const opened = nameOpenedBefore(view, first, k);
      if (opened >= 0) addForm(full, key, view.text.slice(view.tokens[opened]!.start, t.end));
    });
  }
  completeFromForms(quotes, full);
}

/**
 * "أبرز أستاذ القانون كريستوف بوتان …" … "وقال كريستوف «…»": a speaker named by one word that is the first word of
 * exactly one registered two-word name (or three-word East Asian name), and the last word of no longer name (then it is
 * a family name), is that person.
 */
function completeRegisteredFirstNames(registry: NameRegistry, quotes: RawQuote[]): void {
  for (const q of quotes) {
    if (q.speaker === null || q.speaker.includes(' ')) continue;
    const word = foldText(q.speaker);
    let full: string | null = null;
    let found = 0;
    for (const n of registry) {
      if (n.words.length >= 2 && n.words[n.words.length - 1] === word) {
        found = 0;
        break;
      }
      // (a foreign given name and its family name: two words, the second without ال, of four letters or more and
      // no verb or place, "هادي طلب" being "Hadi asked"; longer entries may be misreads)
      // ("لو دا ليانغ" … "وأضاف لو": a Chinese name, its family name first, of short syllables that are no given
      // name of the lexicon)
      const foreign = n.words.length === 2 ? foreignFamily(n.words[1]!) || (n.words[1]!.length <= MAX_SHORT_SYLLABLE && syllableName(n.words[1]!)) : n.words.length === 3 && syllableName(n.words[1]!) && syllableName(n.words[2]!);
      // ("أمير منطقة الرياض الأمير فيصل بن بندر" … "وقال الأمير فيصل": a prince or a sheikh is called by his given name)
      const royal = n.words.length >= 3 && (n.words[1] === 'بن' || n.words[1] === 'بنت') && ROYAL_TITLE.test(foldText(`${n.title ?? ''} ${n.role ?? ''}`));
      if (n.words[0] === word && (foreign || royal) && n.text !== full) {
        full = n.text;
        found++;
      }
    }
    if (found === 1) q.speaker = full;
  }
}

/** A royal's or a sheikh's title, folded: "الأمير", "الشيخة", "أمير منطقة الرياض". */
const ROYAL_TITLE = /(?:^| )(?:ال)?(?:امير|اميره|شيخ|شيخه|ملك|سلطان)(?: |$)/u;

/** Longest second word of a two-word East Asian name read without the family-name test ("وي", "لي"; "هادي طلب" is "Hadi asked"). */
const MAX_SHORT_SYLLABLE = 2;
/** Whether a folded word reads as a syllable of an East Asian name ("دا", "ليانغ", "وي"): no article, verb, place, stop word or given name. */
function syllableName(word: string): boolean {
  return word.length >= 2 && !word.startsWith('ال') && !isNewsVerb(word) && !isStopWord(word) && !isKnownPlace(word) && !startsWithGivenName(word);
}

/** Whether a folded word after a given name reads as an indefinite family name ("بوتان", "خوري"): no verb, place or stop word. */
function foreignFamily(word: string): boolean {
  return word.length >= 4 && !word.startsWith('ال') && !isNewsVerb(word) && !isStopWord(word) && !isKnownPlace(word);
}

/** "ج: …", "جواب: …": an interview's answer, printed after a question ("س: …"). */
const ANSWER_LABEL = new RegExp(`^(?:${ANSWER_LABELS.join('|')})\\s*[:\\-–—]\\s*`, 'u');
const QUESTION_LABEL = new RegExp(`^(?:${QUESTION_LABELS.join('|')})\\s*[:\\-–—]`, 'u');

/**
 * "س: هل تتوقعون أزمة؟" then "ج: نعم، …": the answer is the interviewee's words, unmarked. The interviewee is the
 * one speaking, or else the first titled person the article named before the answer ("التقت «الصباح» وزير … عون ذياب").
 */
function interviewAnswer(view: ParagraphView, ctx: Context): RawQuote | null {
  const labelled = ANSWER_LABEL.exec(view.text);
  // (an interview asks first: "ج-" alone may be the third item of a list "أ- … ب- … ج- …")
  const label = labelled !== null && ctx.views.some((v) => v.index < view.index && QUESTION_LABEL.test(v.text)) ? labelled[0] : dashAnswer(view, ctx.views);
  if (label === null) return null;
  const start = label.length;
  const end = trimEndPunct(view.text, start, view.text.length);
  if (end <= start) return null;
  const before = ctx.registry.filter((n) => n.paragraph < view.index);
  const named = before.find((n) => n.role !== null) ?? before[0];
  const voice = currentVoice(ctx, null) ?? (named ? { name: named.text, role: named.role, anonymous: false, feminine: null } : null);
  remember(ctx, voice, view.index, 0);
  return quote(view, start, end, 'unmarked', { start: 0, end: label.trimEnd().length }, voice);
}

/** "- نعم، …": a dash opening a paragraph, as some interviews print each answer. */
const DASH_OPENING = /^[-–—]\s+/u;
/** A question mark last in a paragraph ("ومتى تبدأ الخطة؟"). */
const QUESTION_LAST = /[؟?]["»”]?\s*$/u;
/** Fewest questions answered after a dash that make an interview (one may be a heading over a list's items). */
const MIN_DASH_ANSWERS = 2;

/**
 * The dash that opens an interview's answer right under its question ("ومتى تبدأ؟" / "- مطلع العام المقبل"), when the
 * article asks and answers so at least twice; null otherwise.
 */
function dashAnswer(view: ParagraphView, views: readonly ParagraphView[]): string | null {
  const dash = DASH_OPENING.exec(view.text);
  if (dash === null || view.index === 0 || !QUESTION_LAST.test(views[view.index - 1]!.text)) return null;
  let answered = 0;
  for (let i = 1; i < views.length && answered < MIN_DASH_ANSWERS; i++) if (DASH_OPENING.test(views[i]!.text) && QUESTION_LAST.test(views[i - 1]!.text)) answered++;
  return answered >= MIN_DASH_ANSWERS ? dash[0] : null;
}

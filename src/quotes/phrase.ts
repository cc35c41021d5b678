import { POINTING_BACK_WORDS, QUOTED_WORDS_NOUNS, ABOUT_GOVERNING_NOUNS, ADDRESSED_GROUPS, OBJECT_GROUP_HEADS, ADDRESSEES, CALLED_WORDS, CLAUSE_OPENERS, COMMON_OBJECT_NOUNS, DISMISSED_CLAIMS, MASCULINE_BODIES, NISBA_NAMED_BODIES, PARTICIPLE_SHAPED_BODIES, COUNT_NOUNS, CONDITION_NOUNS, DAY_NAMES, DAY_PARTS, DECLINED_ACTS, OCCASION_WORDS, DEFENCE_WORDS, DESCRIBING_WORDS, DESCRIPTION_PRONOUNS, DOCUMENTS_OF_BODIES, GATHERING_NOUNS, OCCASION_PREPOSITIONS, REGNAL_ORDINALS, FACILITY_HEADS, FAMILY_NAMED_TITLES, GIVEN_NAME_TITLES, MANNER_ADVERBS, NOT_NAME_WORDS, OVERSIGHT_NOUNS, PHRASE_STOPS, PITCH_POSITIONS, PORTFOLIO_NOUNS, PRONOUN_OBJECTS, ROLE_CONTINUATIONS, SAME_SPEAKER_TITLES, SAME_WORDS, SPEAKER_WORDS, SPEAKING_BODIES, SPOKESMAN_WORDS, STATEMENT_ADJECTIVES, STATEMENT_WORDS, TITLE_NOUNS_WITH_WAW_OR_FEH, WITHHELD_NAME_OBJECTS, WITHHELD_NAME_VERBS, YEAR_ADJECTIVES } from '../lexicon/function-words.js';
import { ORGANISATION_SET as ORG_SET } from './organisations.js';
import { EVENT_NOUN_SHAPE, NEWS_VERBS, OBJECT_EVENT_NOUNS } from '../lexicon/verbs.js';
import { OUTLET_NAME_ENDINGS } from '../lexicon/agencies.js';
import { isGivenName, isKnownOutlet, isKnownPlace, startsWithGivenName } from '../metadata/known.js';
import { COMPOUND_REGIONS, TERRITORY_HEADS } from '../lexicon/places.js';
import { BU_FAMILY_NAMES, COMMON_WORD_GIVEN_NAMES, FOREIGN_GIVEN_NAMES, FOREIGN_NAME_PARTICLES, NAMES_BEFORE_ALLAH, NAMES_SPELT_AS_CUES, FAMILY_NAMES_SPELT_AS_SPEECH_NOUNS, FAMILY_NAMES_SPELT_AS_TIME_WORDS } from '../lexicon/given-names.js';
import { ANONYMOUS_SOURCES, FOOTBALL_CLUBS, FOREIGN_BODY_NAMES, GRADED_RANKS, HONORIFICS, HONORIFIC_PRONOUNS, KINSHIP_NOUNS, LEGISLATOR_TITLE_ENDS, OCCUPATIONS, PRESS_ADJECTIVE_WORDS, PRESS_NOUN_WORDS, RANK_ADJECTIVES, RANK_GRADES, RELAYERS, ROLE_HEADS } from '../lexicon/roles.js';
import { foldText } from '../normalize/fold.js';
import { CITED_DOCUMENTS, DOCUMENT_NAME_WORDS } from '../lexicon/not-speech.js';
import { cueOf, isSpeechNoun, type ObjectFollows } from './cue-index.js';
import { OFFICIAL_TITLES, registeredByFamily, registeredLength, withoutGluedPreposition, type NameRegistry } from './registry.js';
import { isRoleHead } from './role-forms.js';
import { isMark, isRepresentedBy, NAME_TAIL, NAME_TAIL_KNOWN, NAME_WORD, NAME_WORD_KNOWN, WORD_LOOKAHEAD, type Token } from './tokens.js';
import { ALEF, BEH, HASH, HEH, KAF, LAM, TEH_MARBUTA, WAW } from '../normalize/codes.js';

/** A speaker mention read from the words after (or before) a cue. */
export interface Mention {
  /** Verbatim name, honorifics removed; null for an anonymous source or when no name was found. */
  name: string | null;
  role: string | null;
  anonymous: boolean;
  /** True when the phrase is only a definite title ("الوزير", "المدعي العام") standing for a person. */
  roleOnly: boolean;
  /** True for "سموه", "معاليه": a person named before. */
  pronoun: boolean;
  /** The honorific pronoun itself, folded ("سموه"), when `pronoun` is true. */
  honour?: string;
  /** True when the words standing for the one speaking are feminine ("المتحدثة", "المسؤولة ذاتها"). */
  feminine?: boolean;
  /** True for a definite organisation noun ("الوزارة", "المنظمة الطبية") that may refer back to a named one. */
  orgReference?: boolean;
  /** True for "الأخير" (the latter): the person named last before it. */
  latter?: boolean;
  /**
   * A second title the name was printed with: the one-word title before the name when an apposition after it gave the
   * role ("النائب" of "النائب X، عضو …"), or a title after the first one's comma ("وزيرة البيئة" of "رئيسة القمة،
   * وزيرة البيئة X").
   */
  title?: string;
  /** Token index just past the phrase. */
  next: number;
}

const STOPS = new Set([...PHRASE_STOPS, ...ADDRESSEES]);
/** Titles of several words ("رئيس الوزراء"), by their first word. */
const ROLE_PHRASES: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const r of ROLE_HEADS) {
    if (!r.includes(' ')) continue;
    const words = foldText(r).split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  return byFirst;
})();
const HONORIFIC_SET = new Set(HONORIFICS.map(foldText));
/** Styles "صاحب" opens as an honorific: "صاحب السمو", "صاحب الجلالة". Folded. */
const DECLINED_SET = new Set(DECLINED_ACTS);
const HIGHNESS = new Set(['السمو', 'الجلاله', 'المعالي', 'الفضيله', 'السعاده', 'الفخامه', 'الغبطه', 'النيافه']);
/** "صاحب الشعبية الكبيرة": "صاحب" before anything but a style is "owner of", no honorific opening a name. */
const ownerOf = (tokens: readonly Token[], k: number): boolean => opensOnOwner(tokens[k]!) && !HIGHNESS.has(tokens[k + 1]?.norm ?? '');
/** "صاحب", "صاحبة": owner of, or the opening of a style. */
function opensOnOwner(t: Token): boolean {
  return t.norm === 'صاحب' || t.norm === 'صاحبه';
}

/** "صاحب الجلالة", "صاحب الفخامة": "صاحب" and the style it opens, two words of courtesy before a title. */
export const styleOfHighness = (tokens: readonly Token[], k: number): boolean => opensOnOwner(tokens[k]!) && HIGHNESS.has(tokens[k + 1]?.norm ?? '');

/** Whether a folded word is an honorific or rank ("صاحب", "السمو", "الدكتور", "اللواء"): never part of a name. */
export const isHonorific = (norm: string): boolean => HONORIFIC_SET.has(norm);
const HONORIFIC_PRONOUN_SET = new Set(HONORIFIC_PRONOUNS.map(foldText));
const ANONYMOUS_SET = new Set(ANONYMOUS_SOURCES.map(foldText));
/** Heads of a document's name ("بيان", "تقرير", "وثيقة"), folded, without the article. */
export const DOCUMENT_NAME_HEADS: ReadonlySet<string> = new Set(DOCUMENT_NAME_WORDS.map(foldText));
/** Documents and figures an account cites ("تقديرات", "بيانات", "تقرير"), folded, without the article. */
export const CITED_DOCUMENT_SET: ReadonlySet<string> = new Set(CITED_DOCUMENTS.map(foldText));
// (and documents and figures that "show" or "point to" in the reporter's voice: "وتشير تقديرات الأمم المتحدة إلى أن …")
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...CITED_DOCUMENT_SET]);
const COMMON_OBJECT_SET: ReadonlySet<string> = new Set(COMMON_OBJECT_NOUNS);
const DISMISSED_CLAIM_SET: ReadonlySet<string> = new Set(DISMISSED_CLAIMS);
const ADDRESSED_GROUP_SET: ReadonlySet<string> = new Set(ADDRESSED_GROUPS);
const OBJECT_GROUP_HEAD_SET: ReadonlySet<string> = new Set(OBJECT_GROUP_HEADS);
const ROLE_MORE = new Set(ROLE_CONTINUATIONS);
const OVERSIGHT_SET: ReadonlySet<string> = new Set(OVERSIGHT_NOUNS);
const ABOUT_GOVERNING_SET: ReadonlySet<string> = new Set(ABOUT_GOVERNING_NOUNS);
const ABOUT = 'عن';
const PORTFOLIO_SET: ReadonlySet<string> = new Set(PORTFOLIO_NOUNS);
/** "على", folded. */
const ON = 'علي';
/** Titles that name institutions after a ruler: "مركز الملك سلمان", "مستشفى الأمير محمد". Folded. */
const ROYAL_NAMERS = new Set(['الملك', 'الامير', 'الاميره', 'الشيخ', 'السلطان']);
/** "الأمير", "الأميرة": a prince's title, which may follow the styles ("صاحب السمو الملكي") before the name. Folded. */
const PRINCELY = new Set(['الامير', 'الاميره']);
/** Indefinite titles that relate their holder to the name after them: "محامي برونسون" is Brunson's lawyer. Folded. */
const RELATIONAL_TITLES = new Set(['محامي', 'محاميه', 'مستشار', 'مستشاره', 'مساعد', 'مساعده', 'متحدث', 'متحدثه', 'ممثل', 'ممثله']);
/** "صباح", "مساء", "فجر": a part of the day before its name ("مساء الاثنين"), folded. */
export const DAY_PART_SET: ReadonlySet<string> = new Set(DAY_PARTS);
/** "اليوم", "الأحد", "أمس": a day's words (folded), read by the speaker phrase and the statement's issuer alike. */
export const DAY_NAME_SET: ReadonlySet<string> = new Set(DAY_NAMES);

/** "هذا ما قاله", "هكذا قال": words that point back at the quote before them, folded. */
export const POINTING_BACK: ReadonlySet<string> = new Set(POINTING_BACK_WORDS);
/** "بهذه" before one of `THESE_WORDS`: "بهذه الكلمات", "بهذه العبارة", the words just quoted. */
export const WITH_THESE = 'بهذه';
export const THESE_WORDS: ReadonlySet<string> = new Set(QUOTED_WORDS_NOUNS);

/**
 * Whether the verb at `k` follows words pointing back at a quote ("هكذا وصف", "هذا ما قاله", "بهذه العبارة لخص"): the
 * quote is then its object, so another object may follow its subject ("… لخص حازم بديع معاناة الأهالي").
 */
export function afterPointingBack(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.norm;
  if (before === undefined) return false;
  if (POINTING_BACK.has(before)) return true;
  if (before === 'ما') return POINTING_BACK.has(tokens[k - 2]?.norm ?? '');
  return THESE_WORDS.has(before) && tokens[k - 2]?.norm === WITH_THESE;
}
const RELAYER_SET = new Set(RELAYERS.map(foldText));
const KINSHIP_SET = new Set(KINSHIP_NOUNS.map(foldText));

/** "والد", "ووالدة", "شقيقه": a kinship noun, with or without و (folded). */
export function isKinship(norm: string): boolean {
  return KINSHIP_SET.has(norm) || (norm.charCodeAt(0) === WAW && norm.length > 3 && KINSHIP_SET.has(norm.slice(1)));
}
/** "والدته", "زوجها", "شقيقهم": a kinship noun with the pronoun of whose relative it is (folded; ت before it is ة). */
const KINSHIP_WITH_PRONOUN = /^(\p{L}{2,}?)(?:ه|ها|هم|هما)$/u;
function kinshipWithPronoun(norm: string): boolean {
  const base = KINSHIP_WITH_PRONOUN.exec(norm)?.[1];
  return base !== undefined && (KINSHIP_SET.has(base) || KINSHIP_SET.has(base.replace(/ت$/u, 'ه')));
}
/** Whether a kinship noun is printed with "his" (ه) where its feminine ends in ة: "شقيقه", "زوجه" (both fold alike). */
function printedWithPronoun(text: string, t: Token): boolean {
  return text.charCodeAt(t.end - 1) === HEH && kinshipWithPronoun(t.norm);
}
const MAX_ROLE_TOKENS = 12;
/** "المتحدث", "الناطقة", "تحدث": who speaks on behalf of someone ("باسم …"), folded, without the article. */
const SPEAKING_FOR = new Set([...SPOKESMAN_WORDS, 'ناطق', 'ناطقه', 'تحدث', 'يتحدث', 'تتحدث']);
/** How far before "باسم" the spokesman's word may stand ("الناطق الرسمي باسم"). */
const MAX_SPOKESMAN_REACH = 3;

/**
 * Whether "باسم" at `j` (in a phrase from `i`) is "on behalf of": after a spokesman's word ("المتحدث الرسمي باسم حماس")
 * or before a definite word ("باسم الحكومة"), and the first in the phrase; else it is a given name.
 */
function onBehalfOf(tokens: readonly Token[], i: number, j: number): boolean {
  // ("الناطق باسم الحكومة العراقية باسم العوادي": one spokesman speaks on behalf of one body; a second باسم is his name)
  for (let k = i; k < j; k++) if (tokens[k]!.norm === 'باسم') return false;
  if (j + 1 < tokens.length && definiteToken(tokens[j + 1]!)) return true;
  for (let k = Math.max(i, j - MAX_SPOKESMAN_REACH); k < j; k++) if (SPEAKING_FOR.has(tokens[k]!.norm.replace(/^و?ال/u, ''))) return true;
  return false;
}

/** "أكاديمية": a body's head that is also the feminine of a title ("الأكاديمية" is an academy or a woman academic). Folded. */
const TITLE_HOMOGRAPH_BODIES: ReadonlySet<string> = new Set(['اكاديميه']);

/** Prepositions a verb takes right after it: "شكك في", "رد على", "تحدث عن". Folded. */
const VERB_PREPOSITIONS = new Set(['في', 'علي', 'عن', 'من', 'الي', 'مع']);
/** "عبد" (servant of), which opens a given name of two words: "عبد الباري", "عبد الرحمن". */
const SERVANT_OF = 'عبد';

/**
 * Whether a subject's name, read up to `next`, ends on the verb of its clause: three words or more, the last unlisted
 * and without the article right after one with it, and a preposition right after it ("غير أن النائب صالح العرموطي
 * شكك في ذلك"). Read only where a verb follows its subject (a fronted subject), never after a speech verb, where
 * "محمد السيد سليم في تصريحات" is a name.
 */
export function verbAfterFamilyName(tokens: readonly Token[], name: string, next: number): boolean {
  const last = tokens[next - 1];
  const before = tokens[next - 2];
  // ("الكاتب عبد الباري عطوان على القرار": a word with the article after "عبد" is a given name's second half, and the
  // word after it the family name)
  return name.split(' ').length >= 3 && last !== undefined && before !== undefined && next < tokens.length && before.definite && !before.role && !last.definite && !last.role
    && before.after === '' && last.after === '' && VERB_PREPOSITIONS.has(tokens[next]!.norm) && !startsWithGivenName(last.norm) && tokens[next - 3]?.norm !== SERVANT_OF;
}

/** "باسمه", "باسمها": (speaking) on behalf of the body named before, folded. */
const ON_ITS_BEHALF = new Set(['باسمه', 'باسمها', 'باسمهم']);
/** "جارها", "صديقه", "زميلتها": a neighbour, friend or colleague with the pronoun of whose it is. Folded. */
const RELATION_WITH_PRONOUN = /^(?:جار|جارت|صديق|صديقت|زميل|زميلت|رفيق|رفيقت)(?:ه|ها|هم|هما)$/u;
const COUNT_WORDS = new Set(COUNT_NOUNS);
/** A mark that opens a quote before a word. */
const OPENING_MARK = /[«"“]/u;
const CLOSING_MARK = /[»"”]/u;
const MAX_NAME_TOKENS = 4;
const NAME_JOINERS = new Set(['بن', 'بنت', 'ابن', 'عبد', 'ابو', 'ال', 'ولد']);
/** "آل" (the house of), folded: "تركي آل الشيخ". */
const HOUSE_OF = 'ال';
const MAX_ORG_TOKENS = 8;
const MAX_ROLE_TAIL = 12;

const isDefinite = (w: string): boolean => w.startsWith('ال') || w.startsWith('وال') || (w.startsWith('لل') && !STOPS.has(w));
/** A token that carries ال as printed ("إليزابيث" folds to "اليزابيث" but is a name). */
const definiteToken = (t: Token): boolean => t.definite && isDefinite(t.norm);
const COMMA_OR_COLON = /[،,:]/u;
/** Whether a comma or a colon follows a token. */
export const hasComma = (t: Token): boolean => t.after !== '' && COMMA_OR_COLON.test(t.after);

/**
 * Every printed form of the news verbs, folded: masculine and feminine (أثار/أثارت, تولى/تولت), with و/ف. A form
 * with و/ف that spells a common given name is left out: "فادي" is Fadi far more often than "فأدى".
 */
const VERB_FORMS: ReadonlySet<string> = new Set(
  NEWS_VERBS.flatMap((v) => {
    const m = foldText(v);
    const f = m.endsWith('ي') ? m.slice(0, -1) + 'ت' : m + 'ت';
    return [m, f].flatMap((w) => [w, ...['و' + w, 'ف' + w].filter((joined) => !startsWithGivenName(joined))]);
  }),
);

/** Whether a folded word is a news verb ("أثار", "وتركزت"): never part of a name. */
export function isNewsVerb(norm: string): boolean {
  return VERB_FORMS.has(norm);
}

/** Function words, cue words and numbers end a phrase; "وعن" and "فمن" count as their bare word. */
export function isStopWord(norm: string): boolean {
  return isFunctionWord(norm) || cueOf(norm, true) !== null;
}

/** Function words and numbers (no cue lookup): "وعن" and "فمن" count as their bare word. */
function isFunctionWord(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (STOPS.has(norm)) return true;
  return norm.length > 2 && (c === 0x0648 || c === 0x0641) && STOPS.has(norm.slice(1));
}

const isStop = (t: Token): boolean => t.cue !== null || isFunctionWord(t.norm);

const MAX_OUTLET_WORDS = 4;
/**
 * "قال ميرزيانوف لبي بي سي", "كشفت الشركة لرويترز": لـ glued to a known outlet is who was told, not part of
 * the speaker's name. Returns the outlet's number of tokens from `j`, or 0.
 */
export function outletAddressee(tokens: readonly Token[], j: number, limit: number): number {
  const first = tokens[j]!.norm;
  // "لـ«الشرق الأوسط»": the ل printed apart, the outlet in quote marks after it
  const apart = first === 'ل' && j + 1 < limit;
  if ((first.length < 3 && !apart) || first.charCodeAt(0) !== LAM) return 0;
  const from = apart ? j + 1 : j;
  // ("للميادين", "للشرق الأوسط": ل glued to the article drops its alef, the outlet is "الميادين")
  let key = apart ? tokens[from]!.norm : first.startsWith('لل') ? `ا${first.slice(1)}` : first.slice(1);
  let told = 0;
  // the longest outlet name wins: "الشرق الأوسط" over "الشرق"
  for (let k = from; k < limit && k - from < MAX_OUTLET_WORDS; k++) {
    if (k > from) key += ' ' + tokens[k]!.norm;
    // ("لبيزنس نيوز": an unlisted name of a word or two and an outlet's last word)
    if (isKnownOutlet(key) || (k > from && k - from <= 2 && OUTLET_ENDING_SET.has(tokens[k]!.norm) && !isStop(tokens[from]!))) told = k - j + 1;
    if (hasComma(tokens[k]!)) break;
  }
  return told;
}
/**
 * "وقال لـ«الأيام» الخبير الأمني …": right after a verb, ل printed apart and a name of up to MAX_OUTLET_WORDS words
 * in quote marks is who was told, listed outlet or not (and right after the speaker, before the particle: "هاني جنينة
 * لـ«العربية Business» أن"). Returns its number of tokens from `j`, or 0.
 */
export function quotedAddressee(tokens: readonly Token[], j: number, limit: number): number {
  if (tokens[j]!.norm !== 'ل' || !OPENING_MARK.test(tokens[j]!.after)) return 0;
  for (let k = j + 1; k < limit && k - j <= MAX_OUTLET_WORDS; k++) {
    if (CLOSING_MARK.test(tokens[k]!.after)) return k - j + 1;
    if (tokens[k]!.after !== '') return 0;
  }
  return 0;
}
/** Most definite words an addressee runs on for before the speaker's title ("لوسائل الإعلام المحلية"). */
const MAX_ADDRESSEE_ADJECTIVES = 2;
/**
 * "وقال للصحفيين الوزير …", "وقال لوسائل الإعلام المتحدث باسم …": an addressee told before the speaker, with the
 * definite words it runs on for, when a title follows them. Returns its number of tokens from `j`, or 0.
 */
function addresseeBeforeTitle(tokens: readonly Token[], j: number, limit: number): number {
  if (!ADDRESSEE_SET.has(tokens[j]!.norm) || PRONOUN_OBJECT_SET.has(tokens[j]!.norm)) return 0;
  let k = j + 1;
  while (k < limit && k - j <= MAX_ADDRESSEE_ADJECTIVES && tokens[k - 1]!.after === '' && tokens[k]!.definite && !tokens[k]!.role) k++;
  return k < limit && tokens[k - 1]!.after === '' && tokens[k]!.role ? k - j : 0;
}
const PRONOUN_OBJECT_SET: ReadonlySet<string> = new Set(PRONOUN_OBJECTS);
/** "ورد عليه نتنياهو", "وقال له الرئيس": 1 when token `j` is a pronoun after ل or على with a word after it before `limit`, else 0. */
export function pronounObjectLength(tokens: readonly Token[], j: number, limit: number): number {
  // (never a blessing: "فقال عليه الصلاة والسلام", "قال عليه السلام")
  return j + 1 < limit && PRONOUN_OBJECT_SET.has(tokens[j]!.norm) && !BLESSING_WORDS.has(tokens[j + 1]!.norm) ? 1 : 0;
}
/** "الصلاة", "السلام": what a blessing after "عليه" wishes. Folded. */
const BLESSING_WORDS: ReadonlySet<string> = new Set(['الصلاه', 'السلام']);
const OUTLET_ENDING_SET: ReadonlySet<string> = new Set(OUTLET_NAME_ENDINGS);
const ADDRESSEE_SET: ReadonlySet<string> = new Set(ADDRESSEES);
/** Words an addressee may run on for ("لوكالة الأنباء الألمانية", "للصحفيين الأجانب"). */
const MAX_ADDRESSEE_TAIL = 3;
/**
 * Who was told, right after a speaker: a known outlet ("لرويترز"), or an addressee word ("للوكالة", "للصحفيين",
 * "لصحيفة") with up to MAX_ADDRESSEE_TAIL words after it that are no cue, no particle and no stop, up to `limit`.
 * Returns its number of tokens from `j`, or 0. The words after an addressee are only read up to a quote mark:
 * callers ask whether it fills the gap to the quote exactly.
 */
export function toldLength(tokens: readonly Token[], j: number, limit: number): number {
  const outlet = outletAddressee(tokens, j, limit);
  if (outlet > 0 || j >= limit || !ADDRESSEE_SET.has(tokens[j]!.norm)) return outlet;
  let k = j + 1;
  for (; k < limit && k - j <= MAX_ADDRESSEE_TAIL && !hasComma(tokens[k - 1]!); k++) {
    const t = tokens[k]!;
    if (t.cue !== null || isStop(t) || isParticle(t.norm)) break;
  }
  return k - j;
}

/**
 * A quote mark or bracket right after a word ends a name or an organisation's name: "وقال “جون كول” المدير
 * التنفيذي", "أحمد الرباني (إعلامي)".
 */
const NAME_END_MARK = /[«»“”"()[\]]/u;
const endsAtMark = (t: Token): boolean => t.after !== '' && NAME_END_MARK.test(t.after);

/**
 * A plural of participles, "متخصصون", "المحتجون": of the shape م…ون, with the article or not. Never with alef after
 * the م, which no derived participle has and the name "ماكرون" does.
 */
const PARTICIPLE_PLURAL = /^(?:ال)?م(?!ا)\p{L}{3,}ون$/u;

/**
 * "متخصصون", "البعض": an indefinite plural of participles or "some" is nobody in particular; so is a definite one
 * with no adjective or genitive after it ("هتف المحتجون أمام …", not "المديرون التنفيذيون للصندوق").
 */
function isUnnamedGroup(word: string, next: Token | undefined): boolean {
  if (word === 'البعض' || word === 'بعض') return true;
  if (isTitleDual(word, next)) return true;
  if (!PARTICIPLE_PLURAL.test(word)) return false;
  return !word.startsWith('ال') || next === undefined || !(definiteToken(next) || next.norm.startsWith('لل'));
}

/**
 * "المتحدثان باسم الحكومتين", "وزيرا الخارجية", "الرئيسان": the dual of a title, definite (ان) or in construct before a
 * definite genitive (ا), two people and no name (the gold reads unnamed speakers as nobody).
 */
function isTitleDual(word: string, next: Token | undefined): boolean {
  if (word.startsWith('ال')) return word.length > 6 && word.endsWith(DUAL_ENDING) && isRoleHead(word.slice(0, -DUAL_ENDING.length));
  return next !== undefined && definiteToken(next) && accusativeTitle(word);
}
/** "وزيرا", "رئيسا": an indefinite title in the accusative (or in a construct dual), folded. */
function accusativeTitle(word: string): boolean {
  return word.length > 3 && word.charCodeAt(word.length - 1) === ALEF && !word.startsWith('ال') && isRoleHead(word.slice(0, -1));
}
/** "ان" of a definite dual ("الوزيران"), folded. */
const DUAL_ENDING = 'ان';

/** "علي" folds like the preposition "على": spelt with ي in the page, it is the name Ali. */
function isNameAli(text: string, t: Token): boolean {
  return t.norm === 'علي' && text.slice(t.start, t.end) === 'علي';
}

const PARTICLE = /^(?:و)?(?:ب|ل)?[اإ]ن(?:ه|ها|هم|هما|نا|ني|ي)?$/u;
const LONGEST_PARTICLE = 'وبانهما'.length;
/** "أن", "إنه", "بأنها", "ولأن…": a folded word that opens reported content (a length test first: most words are longer). */
export function isParticle(norm: string): boolean {
  return norm.length <= LONGEST_PARTICLE && PARTICLE.test(norm);
}

/** A word that folds like a particle or preposition but is spelt as a noun: Ali, an imam, Ahn. */
function spelledAsNoun(text: string, t: Token): boolean {
  return isNameAli(text, t) || isImam(text, t) || isNameAhn(text, t) || isWali(text, t);
}

/** "والي" folds like "وإلى" (and to): spelt with a bare alef and ي in the page, it is the title governor ("والي ولاية الجزائر"). */
function isWali(text: string, t: Token): boolean {
  return t.norm === 'والي' && text.startsWith('والي', t.start);
}

/** "إمام" folds like "أمام" (in front of): spelt with إ in the page, it is the title imam ("وقال إمام المنطقة"). */
function isImam(text: string, t: Token): boolean {
  return t.norm === 'امام' && text.startsWith('إ', t.start);
}

/**
 * "إمام عاشور، لاعب وسط الأهلي", "أمير نصر، محلل النفط": an indefinite "إمام" or "أمير" right before a word that
 * is no house of worship or region, no place, no definite noun and no function word is a given name; the imam is
 * "إمام مسجد …", "إمام الحرم", the emir "أمير قطر", "أمير منطقة الرياض".
 */
function givenImam(tokens: readonly Token[], i: number, limit: number): boolean {
  if (hasComma(tokens[i]!) || i + 1 >= limit) return false;
  const next = tokens[i + 1]!;
  if (FAMILY_NAMED_TITLE_SET.has(tokens[i]!.norm) && familyNameThenTitle(tokens, i + 1, limit)) return true;
  if (!GIVEN_NAME_TITLE_SET.has(tokens[i]!.norm)) return false;
  // ("أمير قطر", "أمير منطقة الرياض": a place or a region after it keeps the title)
  // (nor an indefinite nisba: "أمير سعودي بارز" is a prince; "أمير علي" a name)
  return !definiteToken(next) && !ORG_SET.has(next.norm) && !isStop(next) && !next.role && !isKnownPlace(next.norm) && !(/ي$/u.test(next.norm) && !startsWithGivenName(next.norm));
}
/**
 * After a body's head and its indefinite genitive ("غرفة تجارة"), the tokens from `j` that name the place it serves:
 * 1 for a known place ("عمان"), 2 for و, a second genitive and the place ("وصناعة دبي"); else 0.
 */
function placeServedByGenitive(tokens: readonly Token[], j: number, limit: number): number {
  const prev = tokens[j - 1]!;
  if (!ORG_SET.has(tokens[j - 2]!.norm) || definiteToken(prev) || prev.role || hasComma(prev)) return 0;
  const w = tokens[j]!.norm;
  if (isKnownPlace(w)) return 1;
  return w.charCodeAt(0) === WAW && w.length > 3 && j + 1 < limit && !hasComma(tokens[j]!) && !startsWithGivenName(w.slice(1)) && isKnownPlace(tokens[j + 1]!.norm) ? 2 : 0;
}

/** Most words of a known place's name ("بيت لحم", "دير البلح", "سيدي بو زيد"). */
const MAX_PLACE_WORDS = 3;

/** How many tokens from `j` spell a known place of two words or more, with no comma inside ("بيت لحم"); else 0. */
function placeOfWordsAt(tokens: readonly Token[], j: number, limit: number): number {
  let key = tokens[j]!.norm;
  let best = 0;
  for (let k = j + 1; k < limit && k - j < MAX_PLACE_WORDS && !hasComma(tokens[k - 1]!); k++) {
    key += ` ${tokens[k]!.norm}`;
    if (isKnownPlace(key)) best = k - j + 1;
  }
  return best;
}

/**
 * Whether the `len` tokens from `k` spell a known place ("مكة المكرمة"). A place's first word is mostly a place
 * itself, so the joined key is built only then.
 */
function knownPlaceRun(tokens: readonly Token[], k: number, len: number): boolean {
  return isKnownPlace(tokens[k]!.norm) && isKnownPlace(tokens.slice(k, k + len).map((t) => t.norm).join(' '));
}

/** Kunya heads ("أبو أحمد", "أم محمد"): they open a name, and a name in apposition after one may be its kunya. Folded. */
export const KUNYA_HEADS: ReadonlySet<string> = new Set(['ابو', 'ام']);

/**
 * Whether the words [j, j + len) read as a name after a title are rather the title's, a name following them in
 * apposition: they open on no given name and are no registered name; after their comma a name of two words or
 * more, no kunya, ends on a comma or before a particle.
 */
function appositiveAfter(text: string, tokens: readonly Token[], j: number, len: number, limit: number, registry: NameRegistry | null): boolean {
  if (startsWithGivenName(tokens[j]!.norm) || KUNYA_HEADS.has(tokens[j]!.norm) || (registry !== null && registeredLength(registry, tokens, j) > 0)) return false;
  const k = j + len;
  // ("وزير المالية، بيرات البيرق، صهر الرئيس،": a relative or a title after the comma is the name's apposition)
  if (KUNYA_HEADS.has(tokens[k]!.norm) || isKinship(tokens[k]!.norm) || tokens[k]!.role) return false;
  // ("محافظ حلب، عزام الغريب، لعنب بلدي، إن": a word glued to ل that is no given name is whom he told)
  if ((LI_GENITIVE.test(tokens[k]!.norm) || LIL_GENITIVE.test(tokens[k]!.norm)) && !startsWithGivenName(tokens[k]!.norm)) return false;
  const named = nameLength(text, tokens, k, limit, registry);
  if (named < 2) return false;
  const end = k + named;
  return end >= limit || hasComma(tokens[end - 1]!) || isParticle(tokens[end]!.norm);
}

/** Titles that are also given names: "إمام عاشور", "أمير نصر". Folded. */
const GIVEN_NAME_TITLE_SET = new Set(GIVEN_NAME_TITLES);
const FAMILY_NAMED_TITLE_SET = new Set(FAMILY_NAMED_TITLES);

/**
 * Whether "أمين", "أمير" or "إمام" at `j`, inside a title after a word that is no title, opens a name: a definite
 * word follows that is no title, body, place or "العام", and the phrase closes after it (a comma, a stop or its end).
 */
function givenNameAfterBody(tokens: readonly Token[], j: number, limit: number): boolean {
  const t = tokens[j]!;
  if (!FAMILY_NAMED_TITLE_SET.has(t.norm) || t.definite || tokens[j - 1]!.role || hasComma(t) || j + 1 >= limit) return false;
  const next = tokens[j + 1]!;
  // ("وزير الاقتصاد اللبناني أمين سلام إن": after a definite word of the title, an indefinite name word and at most one
  // more that close the phrase; never a title's own genitive, "أمين عام", "أمين سر", "أمير قطر")
  if (!definiteToken(next) && definiteToken(tokens[j - 1]!)) return indefiniteNameCloses(tokens, j + 1, limit);
  if (!definiteToken(next) || next.role || next.norm === GENERAL || isKnownPlace(next.norm) || ORG_SET.has(withoutArticle(next.norm))) return false;
  return hasComma(next) || j + 2 >= limit || isStop(tokens[j + 2]!);
}
/** "عام", "سر", "صندوق": what "أمين" heads as a title ("أمين عام الحزب", "أمين سر المجلس", "أمين صندوق الجمعية"). Folded. */
const AMIN_GENITIVES: ReadonlySet<string> = new Set(['عام', 'سر', 'صندوق', 'عاصمه', 'منطقه', 'محافظه', 'مدينه', 'مكتبه', 'متحف']);
/** Most words of the name after "أمين", "أمير" or "إمام" read as a given name in a title. */
const MAX_NAME_AFTER_GIVEN_TITLE = 2;

/** Whether an indefinite name word at `k`, and at most one more after it, close the phrase (a comma, a stop, its end). */
function indefiniteNameCloses(tokens: readonly Token[], k: number, limit: number): boolean {
  const first = tokens[k]!;
  if (first.role || isStop(first) || AMIN_GENITIVES.has(first.norm) || ORG_SET.has(first.norm) || isKnownPlace(first.norm) || first.norm.length < 3) return false;
  for (let e = k + 1; e - k <= MAX_NAME_AFTER_GIVEN_TITLE; e++) {
    if (hasComma(tokens[e - 1]!) || e >= limit || isStop(tokens[e]!)) return true;
    if (tokens[e]!.role || ORG_SET.has(withoutArticle(tokens[e]!.norm)) || isKnownPlace(tokens[e]!.norm)) return false;
  }
  return false;
}

/**
 * "أمين الناصر، الرئيس التنفيذي للشركة،": whether token `k` is a definite family name (no place, body or word in ة)
 * closed by a comma, with a title in apposition after it.
 */
function familyNameThenTitle(tokens: readonly Token[], k: number, limit: number): boolean {
  const word = tokens[k]!;
  if (!word.definite || !hasComma(word) || k + 1 >= limit || word.role || word.norm.endsWith('ه') || isKnownPlace(word.norm) || ORG_SET.has(word.norm) || ORG_SET.has(word.norm.slice(2))) return false;
  const after = tokens[k + 1]!;
  // (the title after the comma names nobody: "أمير المنطقة، الأمير فيصل" is the emir, named)
  return after.role && definiteToken(after) && !(k + 2 < limit && !tokens[k + 2]!.role && !definiteToken(tokens[k + 2]!) && startsWithGivenName(tokens[k + 2]!.norm));
}

/** Given names that are also titles ("طالب", "أمير", "إمام", "أمين": "المهندس أمين الناصر"), folded: see `givenNameAfterTitle`. */
const TITLE_GIVEN_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAME_TITLES, ...FAMILY_NAMED_TITLES, ...COMMON_WORD_GIVEN_NAMES.map(foldText)]);

/**
 * Whether the bare title at `j`, right after a title with the article ("الروائي طالب", "الطالب أمير"), is a given
 * name: a word follows it that may go on a name (no title, body, place, stop word, nor a comma between), so
 * "الأمير طالب بن محمد" names Talib while "الشيخ أمير قطر" stays the emir.
 */
function givenNameAfterTitle(tokens: readonly Token[], j: number, limit: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1]!;
  if (!t.role || t.definite || !TITLE_GIVEN_NAMES.has(t.norm) || !prev.role || !definiteToken(prev) || hasComma(prev) || hasComma(t) || j + 1 >= limit) return false;
  const next = tokens[j + 1]!;
  return !next.role && !isStop(next) && !isKnownPlace(next.norm) && !ORG_SET.has(next.norm) && !ORG_SET.has(withoutArticle(next.norm));
}

/** Whether a folded word is an organisation's head glued to ل ("لمنظمة", "لشركة"; not لل, the article's). */
function gluedOrganisation(w: string): boolean {
  return w.charCodeAt(0) === LAM && w.charCodeAt(1) !== LAM && ORG_SET.has(w.slice(1));
}

/** "آن" (Ahn, Anne) folds like the particle أن: spelt with آ in the page, it is a name ("آن دوك-غيون"). */
function isNameAhn(text: string, t: Token): boolean {
  return t.norm === 'ان' && text.startsWith('آ', t.start);
}

/** Whether a word carries tanween (ً ٌ ٍ), inside it or among the marks right after it (its last letter's marks fall outside the token). */
function hasTanween(text: string, t: Token): boolean {
  for (let i = t.start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) return true;
    if (i >= t.end && !(c >= 0x064b && c <= 0x065f)) return false;
  }
  return false;
}

/** Whether a token can be part of a bare name (no title, not registered): not an adverb, not "بالـ…". */
export function nameWord(text: string, t: Token): boolean {
  // decided once per token: the phrase readers ask again at every cue and title nearby
  if ((t.memo & NAME_WORD_KNOWN) === 0) t.memo |= NAME_WORD_KNOWN | (decideNameWord(text, t) ? NAME_WORD : 0);
  return (t.memo & NAME_WORD) !== 0;
}

/**
 * "احتفى", "اجتمع", "انتقل": a past verb of the افتعل pattern (five letters, ت third), folded. Never a name: names
 * of that shape end in ة ("اشتية") or are longer ("ابتسام").
 */
const FORM_VIII_PAST = /^[وف]?ا\p{L}ت\p{L}[^\u0627\u0647]$/u;
/** A word printed with a hamza on its first alef (after و or ف): "أكتاش", "وأرتان". */
const HAMZA_FIRST = /^[وف]?[أإ]/u;
/** "بأداء", "لإطلاق", "كأن": ب, ل or ك and an alef with hamza, as printed (marks allowed between). */
const PREPOSITION_BEFORE_HAMZA = /^[بلك]\p{M}*[أإآ]/u;
/** "تختلف", "يحتفل", "تنتظر": the present of the same pattern (ت or ي first, ت third, five letters), folded. */
const FORM_VIII_PRESENT = /^[وف]?[يت][^\u0627]ت[^\u0627]{2}$/u;

/** "وتعزيز", "فتطوير", "لتصميم": و, ف or ل and a verbal noun of the تفعيل pattern (ت first, ي fourth), folded. */
const JOINED_FORM_II_MASDAR = /^[وفل]ت[^ا]{2}ي[^ا]$/u;

/** Names spelt like a speech verb's form ("روته", Rutte: "she told it"; "عزت"), folded. */
const NAMES_LIKE_VERBS: ReadonlySet<string> = new Set(NAMES_SPELT_AS_CUES);
const SPEECH_NOUN_FAMILY_SET: ReadonlySet<string> = new Set(FAMILY_NAMES_SPELT_AS_SPEECH_NOUNS);
const TIME_WORD_FAMILY_SET: ReadonlySet<string> = new Set(FAMILY_NAMES_SPELT_AS_TIME_WORDS);

/** "الدين" printed right after a word, as the second word of a compound given name ("عز الدين"). */
const COMPOUND_END_AFTER = /^\s+الدين(?![\p{L}\p{M}])/u;

/** "أوغلو" (-oğlu), printed apart from the word it closes in Turkish family names ("إمام أوغلو", "داود أوغلو"). Folded. */
const OGLU = 'اوغلو';

/** An indefinite nisba's shape, folded: "عسكري", "أمريكي" (the anonymous official's adjective). */
const INDEFINITE_NISBA = /^\p{L}{2,}ي$/u;

/**
 * Whether the words from `j` after "مسؤول" make it an office: a definite portfolio ("مسؤول الإعلام"), an indefinite
 * one and its definite genitive ("مسؤول ملف الأسرى"), or, after "المسؤول", في and the body ("المسؤول في وزارة …").
 */
function officialOf(tokens: readonly Token[], j: number, limit: number, definite: boolean): boolean {
  const t = tokens[j]!;
  if (definite) return t.norm === 'في' && j + 1 < limit;
  if (isStop(t)) return false;
  if (definiteToken(t)) return !DEFINITE_NISBA.test(t.norm);
  return !INDEFINITE_NISBA.test(t.norm) && !hasComma(t) && j + 1 < limit && definiteToken(tokens[j + 1]!) && !isStop(tokens[j + 1]!);
}

/** Whether a word listed as never a name's ("عز" of "الله عز وجل") opens a listed compound given name here ("عز الدين ميرغني"). */
function opensCompoundName(text: string, t: Token): boolean {
  return COMPOUND_END_AFTER.test(text.slice(t.end, t.end + WORD_LOOKAHEAD)) && startsWithGivenName(`${t.norm} ${COMPOUND_NAME_END}`);
}

function decideNameWord(text: string, t: Token): boolean {
  if (isNameAli(text, t) || isNameAhn(text, t) || isImam(text, t) || NAMES_LIKE_VERBS.has(t.norm)) return true;
  // "عمره", "رغبته": a noun with a pronoun, not a name ("طه", "عبدالله", "فوشيه", "فقيه", "عبده" and the listed
  // "أولريكه" are names)
  const printed = text.slice(t.start, t.end);
  if ((/(?:ته|ها|هم)$/u.test(printed) || (/ه$/u.test(printed) && printed.length >= 4 && !/(?:له|يه)$/u.test(printed))) && !startsWithGivenName(t.norm)) return false;
  // "للأمم المتحدة", "للاجتماع": لـ with the article opens no name
  if (t.norm.startsWith('لل')) return false;
  // "جدلاً", "مؤكداً": a word printed with tanween is an indefinite noun or adverb, never a name
  if (hasTanween(text, t)) return false;
  // (the past verb opens on a bare alef, "اجتمع": "أكتاش" with hamza is a name)
  // ("فيكتور" has the shape of ف + a present verb: a listed given name is a name)
  if (isStop(t) || (NOT_NAME.has(t.norm) && !opensCompoundName(text, t)) || isNewsVerb(t.norm) || (FORM_VIII_PAST.test(t.norm) && !HAMZA_FIRST.test(printed)) || (FORM_VIII_PRESENT.test(t.norm) && !startsWithGivenName(t.norm))) return false;
  // "وتعزيز العلاقة", "دار استشارية عالمية لتصميم": و or ل and a verbal noun of the تفعيل pattern (without و the
  // shape is also a foreign name: "توريس")
  if (JOINED_FORM_II_MASDAR.test(t.norm) && !startsWithGivenName(t.norm.slice(1))) return false;
  // "نظيرتها الفرنسية وشركة يوروتانيل": و + a body's head joins a second party, it starts no name
  if (t.norm.charCodeAt(0) === WAW && ORG_SET.has(t.norm.slice(1))) return false;
  // "طالبة وناشطة": و + a title joins a second title, it starts no name
  if (t.role && t.norm.startsWith('و') && isRoleHead(t.norm.slice(1))) return false;
  // "ونشر رقم هاتفها", "بين ارتداء الحجاب": a speech-verb form, even an ambiguous one, is never a name (طالب is)
  // ("عزت" is also the given name Izzat: a listed given name is a name)
  if (t.loose?.kind === 'verb' && !/^[وف]?طالب$/u.test(t.norm) && !startsWithGivenName(t.norm)) return false;
  // "تصريحه", "حديثها": a speech noun with its pronoun
  if (isSpeechNoun(t.norm)) return false;
  // "نوه الحسين الوردي برئيس الحكومة": ب, ل or ك before a title is a preposition, not part of a name
  if (prepositionBeforeTitle(t.norm) && !startsWithGivenName(t.norm)) return false;
  // "بتسخير", "بتفوق", "باستخدام": ب before a verbal noun (`BI_VERBAL_NOUN`); "بقوله" (ب + noun + pronoun), but
  // not the بو- of Maghrebi family names ("بوطوالة", "بوتفليقة")
  if (t.norm.charCodeAt(0) === BEH && BI_VERBAL_NOUN.test(t.norm) && !startsWithGivenName(t.norm)) return false;
  // "أشاد رئيس النادي بأداء اللاعبين": ب, ل or ك glued to a word printed with a hamza on its alef is a preposition
  // and a noun; no name is spelt so
  if (PREPOSITION_BEFORE_HAMZA.test(printed)) return false;
  // ("بطريقة": ب and a noun in ة; a name printed with a final ه stays: "صوفي بينيه")
  // (a listed given name so spelt is a name: "بشارة")
  return !/^(?:ب|و|ف)?بال/u.test(t.norm) && !/^[0-9]/u.test(t.norm) && !(/^ب(?!و\p{L}{5})\p{L}{3,}ه$/u.test(t.norm) && !printed.endsWith('ه') && !startsWithGivenName(t.norm) && !BU_NAME_SET.has(t.norm));
}

/** A word that can continue a name already begun: not a nisba adjective ("البريطانية"), not "بكدمة". */
function nameTail(text: string, t: Token): boolean {
  if ((t.memo & NAME_TAIL_KNOWN) === 0) t.memo |= NAME_TAIL_KNOWN | (decideNameTail(text, t) ? NAME_TAIL : 0);
  return (t.memo & NAME_TAIL) !== 0;
}

function decideNameTail(text: string, t: Token): boolean {
  if (!nameWord(text, t)) return false;
  // (a stem of three letters at least: "العطية" is a family name)
  if (/^(?:ال|وال)\p{L}{3,}(?:يه|يين|يون)$/u.test(t.norm)) return false;
  // "حميداني الوكالة", "شهيدي كلمة": an institution or a speech noun after a name is not part of it
  const bare = t.norm.replace(/^(?:ل|ب)(?=\p{L}{3})/u, '');
  // "رفض المستشار X التعليق": what the name's owner declines to do
  if (DECLINED_SET.has(t.norm)) return false;
  if (ORG_SET.has(t.norm) || RELAYER_SET.has(t.norm) || HONORIFIC_SET.has(t.norm) || RELAYER_SET.has(bare) || (bare !== t.norm && ORG_SET.has(bare))) return false;
  // "شركتي أوبر وكريم", "شركات": the dual or plural of a body's head is no part of a name
  if (/(?:تي|تا|ات)$/u.test(t.norm) && ORG_SET.has(t.norm.replace(/(?:تي|تا|ات)$/u, 'ه'))) return false;
  // ("بطريقة": ب and a noun in ة; a name printed with a final ه stays: "صوفي بينيه")
  if ((/^ب(?!و\p{L}{5})\p{L}{3,}ه$/u.test(t.norm) && text[t.end - 1] !== 'ه' && !startsWithGivenName(t.norm) && !BU_NAME_SET.has(t.norm)) || /^ب(?:ال|جانب)/u.test(t.norm)) return false;
  // a word that opens a quote ("محمود حسن «تريزيغيه»") is a nickname, not the name
  return !OPENING_MARK.test(text[t.start - 1] ?? '');
}

/** Maghreb family names of بو/بن and a word in ة ("بوعزة"), folded. */
const BU_NAME_SET: ReadonlySet<string> = new Set(BU_FAMILY_NAMES.map(foldText));
/** ب and a noun in ة, folded: "بطريقة", "بصراحة", or a family name so spelt ("بشارة"). */
const BEH_NOUN_SHAPE = /^ب\p{L}{3,}ه$/u;
/** بو and a word in ة, folded: "بوريطة", the shape of a Maghreb family name (and of "بوتيرة", ب and a noun). */
const BU_NAME_SHAPE = /^بو\p{L}{3,}ه$/u;
const MANNER_ADVERB_SET: ReadonlySet<string> = new Set(MANNER_ADVERBS);

/**
 * Whether token `j` closes a phrase: a colon or a comma ends it, or a particle (إن, أن) follows it (the particle may
 * stand at `limit` itself: a reported clause's reader stops the speaker's phrase right before it).
 */
function closesBeforeParticle(tokens: readonly Token[], j: number, limit: number): boolean {
  const t = tokens[j]!;
  return /[:،,]/u.test(t.after) || (j + 1 <= limit && j + 1 < tokens.length && isParticle(tokens[j + 1]!.norm));
}

const OCCASION_PREPOSITION_SET: ReadonlySet<string> = new Set(OCCASION_PREPOSITIONS);

/**
 * Whether whom the speaker told ("للصحفيين", "لرويترز"), or "في"/"خلال" and a place or a press occasion ("في جنيف",
 * "في مؤتمر"), follows token `j` with nothing between: where a speaker's phrase ends after a name.
 */
function toldOrOccasionAfter(tokens: readonly Token[], j: number, limit: number): boolean {
  const next = tokens[j + 1];
  if (next === undefined || j + 1 >= limit || tokens[j]!.after !== '') return false;
  if (toldLength(tokens, j + 1, limit) > 0) return true;
  const after = tokens[j + 2];
  return OCCASION_PREPOSITION_SET.has(next.norm) && after !== undefined && j + 2 < limit && (isKnownPlace(after.norm) || PRESS_NOUN_SET.has(after.norm));
}

/** Words before "الله" that make one name with it ("نصر الله", "فضل الله"); after anything else it is a prayer. */
const GOD_NAME_PARTS: ReadonlySet<string> = new Set(NAMES_BEFORE_ALLAH);

/** "بالقول", "بالإشارة": ب and the verbal noun of saying that introduces what was said, folded. */
const BY_SAYING = /^بال(?:قول|اشاره|تاكيد|تصريح)$/u;
/** "بالديوان": بال and a noun, the body a title after a name serves, folded. */
const SERVED_BODY = /^بال\p{L}{3,}$/u;

/** Clubs' names as folded words, longest first. */
const CLUB_WORDS: PhraseIndex = phraseIndex(FOOTBALL_CLUBS);
/** Bodies named by foreign words printed bare ("هيومن رايتس ووتش"), as folded words, longest first. */
const FOREIGN_BODY_WORDS: PhraseIndex = phraseIndex(FOREIGN_BODY_NAMES);
/** "في", "لدى", "باسم": the words of a title that a body's name follows (folded). */
const BODY_NAME_LEADS: ReadonlySet<string> = new Set(['في', 'لدي', 'باسم']);

/** Listed phrases as folded words, by their first word, longest first. */
type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, (readonly string[])[]>();
  for (const words of phrases.map((p) => foldText(p).split(' ')).sort((a, b) => b.length - a.length)) {
    const list = index.get(words[0]!);
    if (list) list.push(words);
    else index.set(words[0]!, [words]);
  }
  return index;
}

/** How many tokens from `j` (before `end`) spell one of the listed phrases, or 0. */
function listedPhraseLength(phrases: PhraseIndex, tokens: readonly Token[], j: number, end: number): number {
  if (j >= end) return 0;
  return phrases.get(tokens[j]!.norm)?.find((words) => j + words.length <= end && words.every((w, k) => tokens[j + k]!.norm === w))?.length ?? 0;
}

/** How many tokens from `j` (before `end`) spell a listed club's name, or 0. */
function clubLength(tokens: readonly Token[], j: number, end: number): number {
  return listedPhraseLength(CLUB_WORDS, tokens, j, end);
}

/** "بن", "بنت", the Mauritanian "ولد": the words that join a given name to the father's, folded. */
const PATRONYM_JOINERS: ReadonlySet<string> = new Set(['بن', 'بنت', 'ولد']);

/** Whether token `i` is a given name with the article before "بن" and a name word ("الوليد بن طلال", "المختار ولد داداه"). */
function definitePatronymAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return definiteToken(t) && t.norm.startsWith('ال') && !hasComma(t) && startsWithGivenName(t.norm.slice(2)) && PATRONYM_JOINERS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2] !== undefined && !isStop(tokens[i + 2]!);
}

/** Whether token `j` is "الله" closing a name with the word before it ("فضل الله"). */
function godNamePart(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.norm === 'الله' && j > 0 && GOD_NAME_PARTS.has(tokens[j - 1]!.norm);
}


/**
 * "لمنتخب مصر", "لشركة أرامكو", "لسابع أكتوبر، …": لـ and a genitive continue a title; but two words that close
 * the phrase before a particle are the name ("المتحدثة باسم الشرطة لوبا سمري إن"), unless the second is
 * definite, a place or an organisation.
 */
function gluedGenitive(tokens: readonly Token[], j: number, limit: number): boolean {
  const next = tokens[j + 1];
  if (next === undefined || j + 1 >= limit) return false;
  // "المتحدثة باسم المفوضية ليزا أبو خالد": a word before أبو/بن opens a name, whatever its first letter
  if (NAME_JOINERS.has(next.norm)) return false;
  if (ORG_SET.has(tokens[j]!.norm.slice(1)) || definiteToken(next) || isKnownPlace(next.norm) || ORG_SET.has(next.norm)) return true;
  return j + 2 < limit && !isStop(tokens[j + 2]!);
}

/** How far after a title's "بال…" word a given name is looked for. */
const GIVEN_NAME_REACH = 6;

/** Whether a common given name stands within GIVEN_NAME_REACH tokens from `j`, with no comma or stop word before it. */
function givenNameAhead(tokens: readonly Token[], j: number, limit: number): boolean {
  for (let k = j; k < limit && k - j < GIVEN_NAME_REACH; k++) {
    const t = tokens[k]!;
    if (startsWithGivenName(t.norm)) return true;
    if (hasComma(t) || isStop(t)) return false;
  }
  return false;
}

const GENERAL = 'العام';
const GENERAL_FEMININE = 'العامه';

const YEAR_ADJECTIVE_SET: ReadonlySet<string> = new Set(YEAR_ADJECTIVES);

/** Whether the word after "العام" dates it as a year: "الماضي", "المقبل", "2023". */
function yearDated(next: Token | undefined): boolean {
  return next !== undefined && (YEAR_ADJECTIVE_SET.has(next.norm) || /^\d/u.test(next.norm));
}

/** The prefixes and the article of a definite word ("بالاتحاد", "للاتحاد", "والاتحاد"), folded. */
const DEFINITE_PREFIX = /^(?:[وف]?[بلك]?ال|[وف]?لل)/u;

/** A folded definite word without its prefixes and article: "بالاتحاد" → "اتحاد". */
function withoutArticle(norm: string): string {
  return norm.replace(DEFINITE_PREFIX, '');
}

/** An organisation's head, bare or after ل or ب ("لمركز", "بجامعة"). Folded. */
export function isOrganisationHead(w: string): boolean {
  return ORG_SET.has(w) || ((w.charCodeAt(0) === LAM || w.charCodeAt(0) === BEH) && ORG_SET.has(w.slice(1)));
}

const TERRITORY_SET: ReadonlySet<string> = new Set(TERRITORY_HEADS);
/** A word glued to ب or ل ("بجهة", "لمحافظة"), folded. */
const GLUED_BI_OR_LI = /^[بل]\p{L}{3,}$/u;
const PITCH_SET: ReadonlySet<string> = new Set(PITCH_POSITIONS);
/** "لاعب", "لاعبة", or "خط" before another place on the pitch, folded: what a pitch position follows. */
const PLAYER_OR_PITCH = /^(?:لاعب|لاعبه|خط)$/u;
/** Listed regions by folded words, longest first ("فاس مكناس" → ["فاس", "مكناس"]). */
const REGIONS: PhraseIndex = phraseIndex(COMPOUND_REGIONS);

/** "جامعة الملك فهد", "لمركز الأمير سلطان": a ruler's title at `i` that names an institution, not a person speaking. */
export function namesInstitution(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || !ROYAL_NAMERS.has(tokens[i]!.norm) || hasComma(tokens[i - 1]!)) return false;
  // ("جسر الملك فهد", "لمطار الملك خالد", "شارع الأمير محمد": a place named after him too)
  const before = tokens[i - 1]!.norm;
  return isOrganisationHead(before) || FACILITY_SET.has(before) || FACILITY_SET.has(before.replace(/^[وفلب]/u, ''));
}
const FACILITY_SET: ReadonlySet<string> = new Set(FACILITY_HEADS);

/**
 * Whether the facility's head at `j` is named after a person of two words ("مستشفى كمال عدوان"), a given name and a
 * word with no article, and a name of two words or more opening on a given name follows them.
 */
function personNamedFacility(tokens: readonly Token[], j: number, limit: number): boolean {
  if (j + 4 >= limit || hasComma(tokens[j]!) || hasComma(tokens[j + 1]!) || hasComma(tokens[j + 2]!)) return false;
  const [given, family, next] = [tokens[j + 1]!, tokens[j + 2]!, tokens[j + 3]!];
  if (!startsWithGivenName(given.norm) || definiteToken(given) || definiteToken(family) || isStop(family) || family.role || family.cue !== null) return false;
  return startsWithGivenName(next.norm) && !definiteToken(next) && !hasComma(next) && !isStop(tokens[j + 4]!) && tokens[j + 4]!.cue === null;
}

/** Past a ruler's name in an institution's name: its "بن …" links ("الأمير محمد بن فهد"). */
function royalNameEnd(tokens: readonly Token[], j: number, limit: number): number {
  while (j + 1 < limit && (tokens[j]!.norm === 'بن' || tokens[j]!.norm === 'ابن') && !hasComma(tokens[j - 1]!)) j += 2;
  return j;
}

const QUOTE_MARK = /[«»"“”]/u;

/** A document's head (folded, without ال) → the head of the body that issues it. */
export const BODY_OF_DOCUMENT: ReadonlyMap<string, string> = new Map(DOCUMENTS_OF_BODIES);

/** Whether a listed title of several words ("ولي العهد", "خادم الحرمين الشريفين") stands at token `i`. */
function rolePhraseAt(tokens: readonly Token[], i: number): boolean {
  return ROLE_PHRASES.get(tokens[i]!.norm)?.some((p) => p.every((w, k) => tokens[i + k]?.norm === w)) ?? false;
}

/** "للوكالة الدولية", "للقناة الأولى": a body's head with ل and the article glued, then a definite adjective. */
function bodyOfTitle(tokens: readonly Token[], j: number, limit: number): boolean {
  const w = tokens[j]!.norm;
  if (j + 1 >= limit || hasComma(tokens[j]!) || !definiteToken(tokens[j + 1]!) || isStop(tokens[j + 1]!)) return false;
  // ("المفوض العام لوكالة الأونروا فيليب لازاريني": the agency of the title, no news agency told, "لوكالة الأنباء …")
  if (w === TO_AGENCY) return tokens[j + 1]!.norm !== NEWS && outletAddressee(tokens, j, limit) === 0;
  return w.startsWith('لل') && ORG_SET.has(w.slice(2));
}
/** "لوكالة": "to the agency" of a wire, or "of the agency" in a title. Folded. */
const TO_AGENCY = 'لوكاله';
/** "وكالة" after "باسم" ("المتحدث باسم وكالة …"), and "باسم". Folded. */
const AGENCY = 'وكاله';
const ON_BEHALF_OF = 'باسم';
/** "الأنباء" (the news) of a news agency's name, folded. */
const NEWS = 'الانباء';
/** "أنباء" of "وكالة أنباء …", a news agency's name without the article, folded. */
const NEWS_INDEFINITE = 'انباء';

/**
 * "المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني": after a title, "لوكالة" and an
 * indefinite noun (or two joined by و) before a definite genitive name the agency of the title, when a given name
 * follows: how many words past "لوكالة" the indefinite nouns take, or 0. Never a news agency told ("لوكالة أنباء …",
 * a listed outlet) and never without the holder's name after it ("قال المسؤول لوكالة بلومبرغ الأمريكية إن …").
 */
function agencyOfTitleChain(tokens: readonly Token[], j: number, limit: number): number {
  const first = tokens[j + 1];
  if (first === undefined || j + 2 >= limit || hasComma(tokens[j]!) || hasComma(first) || definiteToken(first) || isStop(first) || first.norm === NEWS_INDEFINITE || startsWithGivenName(first.norm)) return 0;
  let n = 1;
  const joined = tokens[j + 2]!;
  if (joined.norm.charCodeAt(0) === WAW && joined.norm.length > 3 && !definiteToken(joined) && !hasComma(joined)) n = 2;
  const genitive = tokens[j + 1 + n];
  if (genitive === undefined || j + 1 + n >= limit || !definiteToken(genitive) || isStop(genitive) || outletAddressee(tokens, j, limit) > 0) return 0;
  return givenNameAhead(tokens, j + 1 + n, limit) ? n : 0;
}

export function roleLength(tokens: readonly Token[], i: number, limit: number): number {
  const phrase = ROLE_PHRASES.get(tokens[i]!.norm)?.find((p) => p.every((w, k) => tokens[i + k]?.norm === w));
  if (phrase === undefined && !tokens[i]!.role) return 0;
  if (phrase === undefined && givenImam(tokens, i, limit)) return 0;
  let j = i + (phrase?.length ?? 1);
  // (a bracket ends the title: in "وزير الخارجية (السابق)" the bracketed word is read apart)
  while (j < limit && j - i < MAX_ROLE_TOKENS && !hasComma(tokens[j - 1]!) && !tokens[j - 1]!.after.includes('(')) {
    const w = tokens[j]!.norm;
    // "المدير العام", "المشرفة العامة", "بالاتحاد العام", "باسم الأمن العام": right after a title or a definite word of
    // it, العام is "general", not "the year" (which "الماضي", "المقبل" or a number after it dates)
    if ((w === GENERAL || w === GENERAL_FEMININE) && (tokens[j - 1]!.role || (j - 1 > i && tokens[j - 1]!.definite && !yearDated(tokens[j + 1])))) {
      j++;
      continue;
    }
    // ("المفوض العام لوكالة غوث وتشغيل اللاجئين": "لوكالة" and its indefinite nouns, the genitive after them read next;
    // "المتحدث باسم وكالة غوث وتشغيل اللاجئين" as well)
    const chain = w === TO_AGENCY || (w === AGENCY && tokens[j - 1]!.norm === ON_BEHALF_OF) ? agencyOfTitleChain(tokens, j, limit) : 0;
    if (chain > 0) {
      j += 1 + chain;
      continue;
    }
    // ("الرئيس الأسبق للوكالة الدولية للطاقة الذرية": a body told, ل and its article glued, before a definite
    // adjective is the title's genitive)
    if (STOPS.has(w) && bodyOfTitle(tokens, j, limit)) {
      j++;
      continue;
    }
    // ("مدير إدارة الرقابة على المصارف", "المشرفة العامة على البرنامج": على after a noun of oversight, and the
    // definite noun it governs)
    if (w === ON && (OVERSIGHT_SET.has(tokens[j - 1]!.norm) || (j - 2 >= i && OVERSIGHT_SET.has(tokens[j - 2]!.norm) && (tokens[j - 1]!.norm === GENERAL || tokens[j - 1]!.norm === GENERAL_FEMININE))) && j + 1 < limit && !hasComma(tokens[j - 1]!) && !hasComma(tokens[j]!) && definiteToken(tokens[j + 1]!) && !isStop(tokens[j + 1]!)) {
      j += 2;
      continue;
    }
    // ("عضو المكتب الجهوي لمنظمة الدفاع عن المستهلك": عن after a verbal noun of the body's name, and the noun it governs)
    if (w === ABOUT && j - 1 > i && ABOUT_GOVERNING_SET.has(tokens[j - 1]!.norm) && j + 1 < limit && !hasComma(tokens[j - 1]!) && !hasComma(tokens[j]!) && !isStop(tokens[j + 1]!)) {
      j += 2;
      continue;
    }
    // ("لاعب وسط برشلونة بيدري", "لاعب خط وسط الأهلي إمام عاشور": a player's place on the pitch, then his club;
    // "وسط" after any other word is "amid", a stop)
    if (PITCH_SET.has(w) && PLAYER_OR_PITCH.test(tokens[j - 1]!.norm) && !hasComma(tokens[j - 1]!)) {
      j++;
      const club = clubLength(tokens, j, limit);
      if (club > 0) j += club;
      continue;
    }
    // ("قائد الجيش السوداني الفريق أول عبد الفتاح البرهان": a graded rank after the title opens the name, as a rank does)
    if (STOPS.has(w) || HONORIFIC_SET.has(w) || rankFirst(tokens, j)) break;
    // ("وأبلغ وزير الخارجية السعودي نظيره الإيراني أن …": his counterpart is another person, the one told)
    if (COUNTERPART_WORD.test(w)) break;
    // "الرئيس التنفيذي لشركة أرامكو السعودية أمين الناصر،": after the body a title's words name, "أمين", "أمير" or
    // "إمام" before a definite word that closes the phrase opens the name
    if (j > i && givenNameAfterBody(tokens, j, limit)) break;
    // "الروائي طالب الرفاعي", "الطالب أمير حسن": a bare title that is also a given name, right after a title with
    // the article, opens the name when a name's word follows it
    if (givenNameAfterTitle(tokens, j, limit)) break;
    // ("والي جهة فاس مكناس سعيد زنيبر": a region named by its cities, whole after a territory's head)
    // ("مدير المركز الجهوي للاستثمار بجهة سوس ماسة", "مدير الصحة بمحافظة ديالى": so after one glued to ب or ل, and a
    // known place of one word so too)
    const glued = GLUED_BI_OR_LI.test(w) && TERRITORY_SET.has(w.slice(1));
    const region = (TERRITORY_SET.has(w) || glued) && !hasComma(tokens[j]!) ? listedPhraseLength(REGIONS, tokens, j + 1, limit) || (glued && j + 1 < limit && isKnownPlace(tokens[j + 1]!.norm) ? 1 : 0) : 0;
    if (region > 0) {
      j += 1 + region;
      continue;
    }
    // ("المدير التنفيذي لمنظمة هيومن رايتس ووتش كينيث روث", "المتحدث باسم وول ستريت جورنال": a listed body's name of
    // foreign words, whole after "باسم" or a body's head; the holder's name follows it)
    const foreign = (w === 'باسم' || ORG_SET.has(w) || gluedOrganisation(w)) && !hasComma(tokens[j]!) ? listedPhraseLength(FOREIGN_BODY_WORDS, tokens, j + 1, limit) : 0;
    if (foreign > 0) {
      j += 1 + foreign;
      continue;
    }
    // "المرجع الشيعي الأعلى آية الله": a title of several words inside the phrase
    const inner = ROLE_PHRASES.get(w)?.find((p) => p.every((x, k) => tokens[j + k]?.norm === x));
    if (inner !== undefined && j + inner.length <= limit) {
      j += inner.length;
      continue;
    }
    // ("رئيس غرفة تجارة عمان", "عضو مجلس إدارة غرفة تجارة وصناعة دبي": the place a body's indefinite genitive serves,
    // and a second genitive joined by و before it)
    const served = j - i >= 2 ? placeServedByGenitive(tokens, j, limit) : 0;
    if (served > 0) {
      j += served;
      continue;
    }
    // an indefinite title takes its genitive along: "حاكم دبي", "أمير قطر" ("رئيسة وزراء إيطاليا", "وزير خارجية إيران":
    // a portfolio's too; "وزير خارجية سلطنة عمان": a state's name of two words)
    const prev = tokens[j - 1]!;
    if ((prev.role || (CONSTRUCT_PORTFOLIOS.has(prev.norm) && j - 1 > i)) && !definiteToken(prev) && !definiteToken(tokens[j]!) && !tokens[j]!.role) {
      if (isKnownPlace(w)) {
        j++;
        continue;
      }
      // ("محافظ بيت لحم", "محافظ خان يونس": a place of two or three words, its first no place by itself)
      const placeWords = placeOfWordsAt(tokens, j, limit);
      if (placeWords > 0) {
        j += placeWords;
        continue;
      }
      // ("مدرب مانشستر سيتي", "لاعب برشلونة بيدري": a listed club's name, the genitive of a coach's or player's title)
      const club = clubLength(tokens, j, limit);
      if (club > 0) {
        j += club;
        continue;
      }
      if (STATE_HEADS.has(w) && j + 1 < limit && !hasComma(tokens[j]!) && isKnownPlace(tokens[j + 1]!.norm)) {
        j += 2;
        continue;
      }
      // ("وزير دفاع إسرائيل": the portfolio and the state it serves, right after the title)
      if (prev.role && CONSTRUCT_PORTFOLIOS.has(w) && j + 1 < limit && !hasComma(tokens[j]!) && isKnownPlace(tokens[j + 1]!.norm)) {
        j += 2;
        continue;
      }
    }
    // "مركز الملك سلمان للإغاثة", "جامعة الملك سعود": an institution named after a ruler keeps the name
    // (a definite head is in no construct: "وزير الخارجية الأمير فيصل بن فرحان" names the minister)
    if (ORG_SET.has(prev.norm) && !definiteToken(prev) && ROYAL_NAMERS.has(w) && j + 1 < limit && !hasComma(tokens[j]!)) {
      j = royalNameEnd(tokens, j + 2, limit);
      continue;
    }
    // "لمركز الملك سلمان", "جامعة الملك عبدالعزيز", "بمستشفى الأمير محمد بن فهد": the head, with or without ل/ب
    if (j + 2 < limit && ROYAL_NAMERS.has(tokens[j + 1]!.norm) && isOrganisationHead(w) && !definiteToken(tokens[j]!) && !hasComma(tokens[j]!) && !hasComma(tokens[j + 1]!)) {
      j = royalNameEnd(tokens, j + 3, limit);
      continue;
    }
    // "خبير تسويق التقنيات", "رئيس تحرير الصحيفة": an indefinite title, an indefinite noun and a definite one
    // are one genitive chain (a listed given name there opens the name: "خبير سامي العلي")
    // ("مدير عام صون الطبيعة": so is a title and its "عام")
    if ((prev.role || (j - 2 >= i && tokens[j - 2]!.role && ROLE_MORE.has(prev.norm))) && !definiteToken(prev) && !tokens[j]!.role && !ORG_SET.has(w) && !definiteToken(tokens[j]!) && j + 1 < limit && !hasComma(tokens[j]!) && definiteToken(tokens[j + 1]!) && !isStop(tokens[j]!) && !startsWithGivenName(w) && !NAME_JOINERS.has(w)) {
      j += 2;
      continue;
    }
    // "وزير الاتصالات وتقنية المعلومات", "وزير الخارجية وشؤون المغتربين": و + an indefinite noun and its definite
    // genitive, after a definite word of the title, is more of the ministry's name (never "ونظيره الفرنسي", a title
    // or a name after و)
    if (w.length > 3 && w.charCodeAt(0) === WAW && definiteToken(prev) && !definiteToken(tokens[j]!) && j + 1 < limit && !hasComma(tokens[j]!) && definiteToken(tokens[j + 1]!) && !tokens[j + 1]!.role
      && !isRoleHead(w.slice(1)) && !ORG_SET.has(w.slice(1)) && !/(?:ها|هم|هما)$/u.test(w) && !startsWithGivenName(w) && !startsWithGivenName(w.slice(1)) && !isStop(tokens[j]!)
      && !nisbaClosingPhrase(tokens, j + 1, limit)) {
      j += 2;
      continue;
    }
    // "لمنطقة الشرق الأوسط وشمال أفريقيا", "مدير منطقة غرب آسيا": a point of the compass (after و or not) and a
    // place are more of the region's name
    if (j > i && COMPASS_POINTS.has(w.charCodeAt(0) === WAW ? w.slice(1) : w) && j + 1 < limit && !hasComma(tokens[j]!) && isKnownPlace(tokens[j + 1]!.norm)) {
      j += 2;
      continue;
    }
    // An indefinite organisation or place noun takes its genitive along: "منطقة عسير", "هيئة قناة السويس"
    const printedDefinite = definiteToken(tokens[j]!);
    // "المتحدث باسم الدعم السريع الفاتح قرشي": a definite given name before an indefinite word opens the name
    // ("الأمير الوليد بن طلال": so does one before "بن", right after the title)
    if (printedDefinite && definitePatronymAt(tokens, j)) break;
    // ("واستبعد وزير المالية المخاوف من أن …": what the holder dismisses is the verb's object, no word of the title)
    if (printedDefinite && DISMISSED_CLAIM_SET.has(w)) break;
    // ("أعلن الوزير القرار الجديد": a common object noun right after a definite word of the title is the verb's object;
    // after an indefinite one it is the title's genitive, "رئيس لجنة الخطة والموازنة"; one of a nisba's shape is the
    // title's adjective, "نائب رئيس الأعمال الاستراتيجية")
    if (printedDefinite && definiteToken(prev) && COMMON_OBJECT_SET.has(w) && !DEFINITE_NISBA.test(w)) break;
    // ("رئيس البرلمان العربي عادل العسومي": not when a given name follows it, "العربي" there the body's adjective)
    if (printedDefinite && j > i + 1 && startsWithGivenName(w) && j + 1 < limit && !hasComma(tokens[j]!) && !definiteToken(tokens[j + 1]!) && !isStop(tokens[j + 1]!) && !tokens[j + 1]!.role && !startsWithGivenName(tokens[j + 1]!.norm)) break;
    // ("مدير مستشفى كمال عدوان حسام أبو صفية": a facility named after a person, before the holder's own name)
    if (!printedDefinite && FACILITY_SET.has(w) && personNamedFacility(tokens, j, limit)) {
      j += 3;
      continue;
    }
    // ("مدير فريق «منسقو استجابة سوريا»": a name in quote marks after the head is read with the tail)
    // ("مدير شركة «إينيرغيا» الروسية": with no given name after it, the body's name in quote marks is the title's)
    // ("المدير العام لمنظمة "فرنسا أرض لجوء"": so is one after the head glued to ل)
    const quotedEnd = (ORG_SET.has(w) || gluedOrganisation(w)) && !printedDefinite && OPENING_MARK.test(tokens[j]!.after) ? quotedBodyEnd(tokens, j + 1, limit) : -1;
    if (ORG_SET.has(w) && !printedDefinite && j + 1 < limit && !hasComma(tokens[j]!) && !OPENING_MARK.test(tokens[j]!.after)) j += 2;
    // ("الرئيس التنفيذي لشركة "إي إف جي هيرميس" كريم عوض": after a head glued to ل, with the holder's name after it too)
    else if (quotedEnd > 0 && (!givenNameAhead(tokens, quotedEnd, limit) || !ORG_SET.has(w))) j = quotedEnd;
    else if (printedDefinite || tokens[j]!.role || ORG_SET.has(w) || ROLE_MORE.has(w)) j++;
    else if (w === 'وزراء' || w === 'الوزراء') j++;
    // "والمتحدث الرسمي باسمه": on behalf of the body just named, still the title
    else if (ON_ITS_BEHALF.has(w)) j++;
    // "للمحامين بلا حدود": بلا and its noun are part of the body's name
    else if (w === 'بلا' && j + 1 < limit && !hasComma(tokens[j]!)) j += 2;
    // "مدير الكرة السابق بالفريق الأول لكرة القدم بنادي الاتحاد محمد السليمان": ب with the article continues the
    // title when a common given name follows shortly (the name the title stands before)
    // (never "بالقول", "بالإشارة": how the holder went on saying, "وتابع رئيس الحكومة بالقول إن …")
    else if (/^بال\p{L}{2,}$/u.test(w) && !BY_SAYING.test(w) && ((!hasComma(tokens[j]!) && givenNameAhead(tokens, j + 1, limit)) || genitivesToComma(tokens, j, limit, i > 0 && hasComma(tokens[i - 1]!)))) j++;
    // "المدير العام لأوبر في القاهرة": one word glued to ل before a preposition is the title's genitive, unless it
    // is a given name ("لينا")
    else if (/^ل[^ل]/u.test(w) && j + 1 < limit && !hasComma(tokens[j]!) && STOPS.has(tokens[j + 1]!.norm) && !startsWithGivenName(w)) j++;
    // "رئيس المجلس القروي لترمسعيا رائد أديب": one word glued to ل before a listed given name is the genitive alone
    else if (/^ل[^ل]/u.test(w) && j + 1 < limit && !hasComma(tokens[j]!) && !startsWithGivenName(w) && startsWithGivenName(tokens[j + 1]!.norm)) j++;
    // "المتحدث باسم مكتب تنسيق الشؤون الإنسانية": باسم before an indefinite body's head; the head takes its own
    // genitives on the next step
    else if (w === 'باسم' && j + 1 < limit && !hasComma(tokens[j]!) && ORG_SET.has(tokens[j + 1]!.norm)) j++;
    // "لمنتخب مصر", "باسم الحكومة", "بميناء المكلا": a preposition glued to a genitive pair
    // (never across a comma or onto a stop word: "الرئيس الروسي بوتين، الذي" is a name, not "ب" + genitive)
    // ("الناشطة ليلى سعيد": a listed given name in ل is the name, no genitive)
    // ("عضو المكتب السياسي لحركة حماس باسم نعيم": with no spokesman before it and no definite word after it, باسم is
    // the given name Basem, and the name opens on it)
    else if (w === 'باسم' && !onBehalfOf(tokens, i, j)) break;
    // (never before a regnal ordinal: "البابا بنديكت السادس", "لاوون الرابع عشر" are names, no ب or ل genitive)
    else if ((w === 'باسم' || (/^ل[^ل]/u.test(w) && !startsWithGivenName(w) && gluedGenitive(tokens, j, limit)) || (/^ب[^ا]\p{L}{2,}/u.test(w) && j + 1 < limit && definiteToken(tokens[j + 1]!) && !startsWithGivenName(w))) && j + 1 < limit && !hasComma(tokens[j]!) && !STOPS.has(tokens[j + 1]!.norm) && !REGNAL_ORDINAL_SET.has(tokens[j + 1]!.norm)) j += 2;
    // "رئيسة وزراء كندية سابقة": indefinite feminine attributes of the title (never after a definite word, which an
    // indefinite adjective cannot describe: "أمير المنطقة الشرقية أهمية …" ends before the object)
    else if ((/^\p{L}{3,}يه$/u.test(w) || (w.endsWith('ه') && ROLE_MORE.has(w.slice(0, -1)))) && !definiteToken(prev)) j++;
    // "المدير الجهوي للصحة ببنزرت": ب and a known place say where the office is
    else if (w.charCodeAt(0) === BEH && w.length > 3 && isKnownPlace(w.slice(1))) j++;
    // "وزير الخارجية الجنوب أفريقي رونالد لامولا": South Africa's nisba, printed as two words
    else if (prev.norm === SOUTH && AFRICAN_NISBA.test(w)) j++;
    else break;
  }
  return Math.min(j, limit) - i;
}

/** "الجنوب" before "أفريقي": the first word of South Africa's nisba printed as two words, folded. */
const SOUTH = 'الجنوب';
const AFRICAN_NISBA = /^افريقي(?:ه)?$/u;

const LEFT_DOUBLE_QUOTE = 0x201c;
const QUOTATION_MARK = 0x22;

/** Whether a phrase holds an odd number of " and “ marks (counted without a match array). */
function oddStraightQuotes(text: string): boolean {
  let odd = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTATION_MARK || c === LEFT_DOUBLE_QUOTE) odd = !odd;
  }
  return odd;
}

const TATWEEL = 0x0640;

/** The verbatim text of tokens [from, to), with the closing mark of a quote the phrase opened. */
export function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  let end = tokens[to - 1]!.end;
  // ("وزيرُ الخارجيةِ": the marks on the last letter, which fall outside its token, are printed with it)
  while (end < text.length && isMark(text.charCodeAt(end)) && text.charCodeAt(end) !== TATWEEL) end++;
  const out = text.slice(tokens[from]!.start, end);
  // Close a quote mark the phrase opened: 'المحلل في شركة "آفاق للطاقة"'
  const opened = oddStraightQuotes(out) || out.lastIndexOf('«') > out.lastIndexOf('»');
  return opened && /[»”"]/u.test(text[end] ?? '') ? out + text[end] : out;
}

/**
 * A definite honorific with nothing name-like after it is the family name, not a rank before another name:
 * "مؤلفة العمل آلاء الشيخ، التي …", "محمد السيد إن …".
 */
export function familyHonorific(text: string, tokens: readonly Token[], j: number, limit: number): boolean {
  const t = tokens[j]!;
  if (!HONORIFIC_SET.has(t.norm) || !definiteToken(t)) return false;
  const next = tokens[j + 1];
  // ("مهند الحاج علي": never before Ali spelt as a name, which folds like the preposition)
  return hasComma(t) || endsAtMark(t) || j + 1 >= limit || next === undefined || (isStop(next) && !spelledAsNoun(text, next)) || next.role || !nameWord(text, next);
}

function skipHonorifics(tokens: readonly Token[], i: number, limit: number): number {
  const from = i;
  for (;;) {
    if (i < limit && (rankFirst(tokens, i) || styleOfHighness(tokens, i))) i += 2;
    else if (i < limit && HONORIFIC_SET.has(tokens[i]!.norm) && !ownerOf(tokens, i)) i++;
    // ("العقيد المتقاعد حاتم الفلاحي": an adjective of the rank, after it, is no part of the name)
    else if (i > from && i < limit && RANK_ADJECTIVE_SET.has(tokens[i]!.norm) && !hasComma(tokens[i - 1]!)) i++;
    else return i;
  }
}

const RANK_ADJECTIVE_SET: ReadonlySet<string> = new Set(RANK_ADJECTIVES.map(foldText));

/** "الفريق أول": a rank and the word that grades it, folded. */
const GRADED_RANK_SET = new Set(GRADED_RANKS.map(foldText));
const RANK_GRADE_SET = new Set(RANK_GRADES.map(foldText));

/** Whether token `i` opens a graded rank of two words ("الفريق أول ياسر العطا"). */
function rankFirst(tokens: readonly Token[], i: number): boolean {
  return GRADED_RANK_SET.has(tokens[i]!.norm) && RANK_GRADE_SET.has(tokens[i + 1]?.norm ?? '') && !hasComma(tokens[i]!);
}

const DESCRIPTION_PRONOUN_SET: ReadonlySet<string> = new Set(DESCRIPTION_PRONOUNS);
const REGNAL_ORDINAL_SET: ReadonlySet<string> = new Set(REGNAL_ORDINALS);
/** "عشر": the teen after a regnal ordinal ("السادس عشر"), folded. */
const REGNAL_TEEN = 'عشر';
/** "أحدهم", "إحداهن", "أحدهما" (folded): one of them. */
const ONE_OF_THEM = /^(?:احد|احدي|احدا)(?:هم|هما|هن|ها)$/u;
const MIN_ONE_OF_THEM = 5;
/** "رجل", "سيدة": "a man", "a woman", anonymous alone; before the noun of a trade ("رجل الأعمال") a listed title. Folded. */
const MAN_OR_WOMAN_OF: ReadonlySet<string> = new Set(['رجل', 'سيده']);

/** Most words of "صاحب مولد في منطقة الأشرفية" read as the description of an unnamed owner. */
const MAX_OWNER_WORDS = 6;

/** "صاحب مولد في منطقة الأشرفية": an owner of something, unnamed; the description as the role. */
function unnamedOwner(text: string, tokens: readonly Token[], i: number, limit: number): Mention {
  let j = i + 1;
  while (j < limit && j - i < MAX_OWNER_WORDS && outletAddressee(tokens, j, limit) === 0 && !hasComma(tokens[j - 1]!) && !isParticle(tokens[j]!.norm)) j++;
  return mention(null, slice(text, tokens, i, j), j, { anonymous: true });
}

/** A given name that ends in no feminine or vowel letter (ة, ى, ا, ي folded): most likely a man's ("مهند"). */
const MASCULINE_GIVEN = /[^هيا]$/u;
/** A definite word in ـية, folded: a feminine nisba adjective or a family name of that shape ("الوادية"). */
const FEMININE_NISBA = /^ال\p{L}{3,}يه$/u;

/** مُفعِّلة, مَفعولة: م, three or four letters, then ة (folded ه) — "مطبقة", "موجودة"; "منيرة", "مليكة" are listed names. */
const FEMININE_PARTICIPLE = /^م\p{L}{3,4}ه$/u;
function participleShaped(text: string, t: Token): boolean {
  return FEMININE_PARTICIPLE.test(t.norm) && text.charCodeAt(t.end - 1) === TEH_MARBUTA && !t.definite && !ORG_SET.has(t.norm) && !startsWithGivenName(t.norm);
}

/** Words of the name that starts at token `i`, read without the registry (0 when none starts there). */
export function nameLengthAt(text: string, tokens: readonly Token[], i: number): number {
  return nameWord(text, tokens[i]!) ? nameLength(text, tokens, i, tokens.length, null) : 0;
}

const PRESS_ADJECTIVE_SET = new Set(PRESS_ADJECTIVE_WORDS.map(foldText));
const PRESS_NOUN_SET = new Set(PRESS_NOUN_WORDS.map(foldText));
const FOREIGN_GIVEN_SET: ReadonlySet<string> = new Set(FOREIGN_GIVEN_NAMES.map(foldText));

/** Words of a full name (given, father's and family name) read over a one-word registered name it opens. */
const FULL_NAME_WORDS = 3;

/** Whether the word before `j` closes a regnal number ("الثاني", "الرابع عشر"). */
function afterRegnalNumber(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1]!.norm;
  return REGNAL_ORDINAL_SET.has(before) || (before === REGNAL_TEEN && j >= 2 && REGNAL_ORDINAL_SET.has(tokens[j - 2]!.norm));
}

/** "التأكيد", "التحذير", "الترحيب": a verbal noun of تفعيل's shape with the article, folded. */
const DEFINITE_FORM_II_MASDAR = /^الت\p{L}{2}ي\p{L}$/u;
/** "بالقرار": ب glued to a definite word, folded. */
const GLUED_BI_DEFINITE = /^بال\p{L}/u;

/** Whether token `j` is a verb's object of تفعيل's shape ("التأكيد") before the preposition it takes ("على", "من", "بالقرار"). */
function objectMasdar(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return DEFINITE_FORM_II_MASDAR.test(tokens[j]!.norm) && tokens[j]!.after === '' && next !== undefined && (VERB_PREPOSITIONS.has(next.norm) || GLUED_BI_DEFINITE.test(next.norm));
}

/** "سيبيها": a foreign family name ending in ها, as a pronoun "her" would, folded (three letters before it at least). */
const HA_FAMILY_END = /^\p{L}{3,}ها$/u;

/** A quote mark between two words, which no name runs across. */
const NAME_BREAKING_MARK = /[«»“”"]/u;

function nameLength(text: string, tokens: readonly Token[], i: number, limit: number, registry: NameRegistry | null, objectFollows: ObjectFollows = false): number {
  // (a bracketed aside may close the phrase: "مقالات الكاتب (25)" leaves no word after it)
  if (i >= limit) return 0;
  const known = registry ? registeredLength(registry, tokens, i) : 0;
  if (known > 0) {
    // "جميل عبدالرحمن الفهيد" after "محمد عبداللطيف جميل" was named: a one-word registered name that is a given name
    // opening a full name of three words, none of them a joiner ("بن", "آل"), is that name
    if (known === 1 && startsWithGivenName(tokens[i]!.norm)) {
      const plain = nameLength(text, tokens, i, limit, null, objectFollows);
      if (plain === FULL_NAME_WORDS && !tokens.slice(i, i + plain).some((t) => NAME_JOINERS.has(t.norm))) return plain;
    }
    return Math.min(known, limit - i);
  }
  // "في مؤتمر صحفي مشترك": the adjective "press" after a noun of speech opens no name
  if (i > 0 && PRESS_ADJECTIVE_SET.has(tokens[i]!.norm) && PRESS_NOUN_SET.has(tokens[i - 1]!.norm)) return 0;
  let j = i;
  let counted = 0;
  let joinedName = false;
  let particle = false;
  // "قيادي في «قسد»، طلب عدم ذكر اسمه،": asking not to be named opens no name
  if (WITHHELD_VERBS.has(tokens[i]!.norm) && WITHHELD_OBJECTS.has(tokens[i + 1]?.norm ?? '')) return 0;
  // "اعترفت مطبقة مقولة …", "موجودة داخل مصر": an unlisted word of a feminine participle's shape, alone or before
  // another such word, opens no name ("مجموعة ترينتي ميرور" names a group)
  if (participleShaped(text, tokens[i]!) && (i + 1 >= limit || tokens[i]!.after !== '' || isStop(tokens[i + 1]!) || participleShaped(text, tokens[i + 1]!))) return 0;
  while (j < limit && counted < MAX_NAME_TOKENS) {
    const t = tokens[j]!;
    // ("وسألت «العربية» الوزير": a quote mark ends a name; none runs across one)
    if (j > i && NAME_BREAKING_MARK.test(tokens[j - 1]!.after)) break;
    // ("لويس فان جال", "لولا دا سيلفا": a foreign name's particle joins its words without counting as one; "وقال فان
    // دايك": right after the verb it opens a surname)
    const afterParticle = particle;
    particle = j > i ? foreignNameParticle(text, tokens, j, limit) : openingVan(text, tokens, j, limit);
    // "بن", "عبد", "أبو", "آل" join the parts of a name without counting as one
    if (!NAME_JOINERS.has(t.norm) && !particle) counted++;
    else if (j > i) joinedName = true;
    // "دعا الوزير سمير داود الأطراف": after such verbs a definite word past two name words is the object
    // ("ولفت الدكتور خالد بن محمد العطية الانتباه": a name joined by بن has room for one more word)
    // ("وأرجع رئيس الاتحاد بدر الدين الجلال الزيادة": a given name of two words, "بدر الدين", has room for one more)
    // ("واعتبر النائب حسن فضل الله أن": "الله" after a word it makes one name with is no object)
    // ("وطالب رئيس الوزراء محمد شياع السوداني بـ…": a nisba of a place there is the family name, and the name's last)
    // ("وأبلغ المحامي سمير عادل البرقاوي المحكمة بأن": a nisba with the object after it is the family name)
    if (objectFollows && counted > (joinedName ? 3 : 2) + (compoundGivenName(tokens, i) ? 1 : 0) && definiteToken(t) && !NAME_JOINERS.has(tokens[j - 1]!.norm) && !godNamePart(tokens, j) && !nisbaBeforeObject(tokens, j, limit)) {
      if (placeNisba(t.norm)) j++;
      break;
    }
    // ("ورفع تركي آل الشيخ الشكر للقيادة": a family named by "آل" closes the name; a definite word after it is the object)
    if (objectFollows && j >= i + 2 && tokens[j - 2]!.norm === HOUSE_OF && definiteToken(t) && !hasComma(tokens[j - 1]!)) break;
    // ("وأعلن الوزير سامي داود الخطة": past two name words, such a noun is the object after any verb)
    // ("أعلن الوزير القرار الجديد": nor does such a noun ever open a name)
    if ((counted > 2 || j === i) && COMMON_OBJECT_SET.has(t.norm)) break;
    // ("كان عبدالله المطوع يبحث عن …": a present verb right after a definite family name is the name's verb, never more
    // of the name; "عبد الرحمن يوسف" and "سعيد الحاج يحيى" go on with a listed given name)
    if (j >= i + 2 && presentVerbAfterFamily(tokens, j)) break;
    // ("وحث البابا فرنسيس العالم على …": a common noun there is the object, whatever the name's length; "ودعا الوزير
    // المواطنين إلى …": so is a sound plural in ين where the name would open)
    // ("واتهم زعيم المعارضة الحكومة بـ…": and so is a body named with the article where the name would open)
    // (after a definite word: the verb's own subject, "واتهمت المعارضة الحكومة", is read)
    if (objectFollows && (COMMON_OBJECT_SET.has(t.norm) || (ADDRESSED_GROUP_SET.has(t.norm) && (j > i || (i > 0 && tokens[i - 1]!.role && tokens[i - 1]!.loose === null))) || (j === i && ((DEFINITE_PLURAL.test(t.norm) && !PLURAL_NISBA.test(t.norm)) || (i > 0 && definiteToken(tokens[i - 1]!) && definiteBody(t.norm)))))) break;
    // ("ودعا البابا فرنسيس قادة العالم إلى …": a group's head in construct with a definite word is the object too)
    if (objectFollows && j > i && OBJECT_GROUP_HEAD_SET.has(t.norm) && t.after === '' && j + 1 < limit && definiteToken(tokens[j + 1]!)) break;
    // "سعاد الحربي الله يحفظ …": "الله" ends a name unless a name part stands before it
    if (j > i && t.norm === 'الله' && !godNamePart(tokens, j)) break;
    // ("وجدد الملك عبد الله الثاني التأكيد على", "ليو الرابع عشر الحاجة": a regnal number closes the name; "وجدد
    // الوزير أيمن الصفدي التأكيد على": so does a verbal noun of تفعيل's shape past two name words, before its preposition)
    if (j > i && definiteToken(t) && (afterRegnalNumber(tokens, j) || (counted > 2 && objectMasdar(tokens, j)))) break;
    // after "آل", "بن", "عبد" the next word belongs to the name whatever it is ("تركي آل الشيخ"); so does a word
    // that makes one name with "الله" after it, even a verb's form ("أحمد ذكر الله")
    // (and so does the word after a foreign name's particle: "لولا دا سيلفا")
    // ("بنديكت السادس عشر": so does "عشر" after a regnal ordinal)
    const joined = j > i && ((NAME_JOINERS.has(tokens[j - 1]!.norm) && /^\p{L}+$/u.test(t.norm) && !isStop(t)) || (GOD_NAME_PARTS.has(t.norm) && tokens[j + 1]?.norm === 'الله') || afterParticle || (t.norm === REGNAL_TEEN && REGNAL_ORDINAL_SET.has(tokens[j - 1]!.norm)));
    // "عبدالله بن عبدالعزيز الربيعة المستشار بالديوان الملكي": past a full name, a title before بال and the body it
    // serves opens the person's description (not "للصحفيين", whom a family name "الشيخ" may speak to)
    if (counted > 3 && t.role && definiteToken(t) && SERVED_BODY.test(tokens[j + 1]?.norm ?? '')) break;
    // "آلاء الشيخ،": an honorific that ends the phrase is the family name
    const family = j > i && familyHonorific(text, tokens, j, limit);
    if (family) {
      j++;
      break;
    }
    // "محمد الحاج طيب،": after a common given name, an honorific before the closing name word is part of the name
    const inner = j > i && HONORIFIC_SET.has(t.norm) && startsWithGivenName(tokens[i]!.norm) && closingNameWord(text, tokens, j + 1, limit);
    // ("مهند الوادية": after a man's listed given name a definite word in ـية is his family name, no adjective of his)
    const familyInYa = j === i + 1 && MASCULINE_GIVEN.test(tokens[i]!.norm) && startsWithGivenName(tokens[i]!.norm) && definiteToken(t) && FEMININE_NISBA.test(t.norm) && nameWord(text, t) && !isKnownPlace(t.norm);
    // ("عزمي محافظة إن …": a title's or a body's word with nothing after it to govern, right after a given name, is
    // his family name)
    const titleFamily = j === i + 1 && (t.role || ORG_SET.has(t.norm)) && !t.norm.startsWith('ال') && nameWord(text, t) && titleAsFamilyName(tokens, i, j, limit);
    // ("مروان بشارة إن": a word of ب and a noun in ة right after a listed given name, closing the phrase before a
    // particle or a colon, is the family name, unless it is a manner's adverb, "بصراحة", "بثقة")
    const behFamily = j === i + 1 && BEH_NOUN_SHAPE.test(t.norm) && !MANNER_ADVERB_SET.has(t.norm) && t.cue === null && !isStop(t) && startsWithGivenName(tokens[i]!.norm) && closesBeforeParticle(tokens, j, limit);
    // ("ينس لاركه إن", "جون بيكه:": a foreign family name printed with a final ه, right after a listed given name and
    // closing the phrase before a particle or a colon, is no noun with "his"; never a relative's or a title's word)
    // ("ينس لاركه للصحفيين", "جون لاركه في جنيف": after a foreign given name, nor before whom he told, or where or at
    // what he spoke; "أحمد موقفه للصحفيين" is a noun with "his")
    // ("أندريه سيبيها إن": nor with "her", a final ها)
    const hehFamily = j === i + 1 && (text.charCodeAt(t.end - 1) === HEH || HA_FAMILY_END.test(t.norm)) && t.norm.length >= 4 && !t.role && t.cue === null && t.loose === null && !isStop(t) && !isKinship(t.norm) && !kinshipWithPronoun(t.norm) && !RELATION_WITH_PRONOUN.test(t.norm) && !ORG_SET.has(t.norm) && !isSpeechNoun(t.norm) && startsWithGivenName(tokens[i]!.norm) && (closesBeforeParticle(tokens, j, limit) || (FOREIGN_GIVEN_SET.has(tokens[i]!.norm) && toldOrOccasionAfter(tokens, j, limit)));
    // ("وأضاف بوريطة أن": a Maghreb family name of بو and a word in ة, alone right after a verb of saying and closing
    // the phrase before a particle or a colon, where ب and a noun would be a manner's adverb, "بصراحة")
    const buFamily = j === i && i > 0 && BU_NAME_SHAPE.test(t.norm) && !MANNER_ADVERB_SET.has(t.norm) && tokens[i - 1]!.cue?.kind === 'verb' && tokens[i - 1]!.after === '' && closesBeforeParticle(tokens, j, limit);
    // ("الدكتور عادل خطاب أن": a family name spelt like a speech noun, after a name word and closing the phrase)
    const speechFamily = j > i && SPEECH_NOUN_FAMILY_SET.has(t.norm) && !joined && closesBeforeParticle(tokens, j, limit) && nameWord(text, tokens[j - 1]!);
    // ("محمد الماضي إن": a family name spelt like a time word, right after a listed given name and closing the phrase)
    const timeFamily = j === i + 1 && TIME_WORD_FAMILY_SET.has(t.norm) && startsWithGivenName(tokens[i]!.norm) && closesBeforeParticle(tokens, j, limit);
    // ("الأمير الوليد بن طلال", "الحسن بن طلال": a given name with the article before "بن" opens the name)
    const definitePatronym = j === i && j + 2 < limit && definitePatronymAt(tokens, j);
    if (!joined && !particle && !inner && !familyInYa && !titleFamily && !behFamily && !hehFamily && !speechFamily && !timeFamily && !buFamily && !definitePatronym && (!(j === i ? nameWord(text, t) : nameTail(text, t)) || (j > i && /^لل/u.test(t.norm)))) break;
    // ("محمد أمين الصالح": a title's word that ends a listed compound given name is the name's)
    // ("أكرم إمام أوغلو": a word before "أوغلو" makes one Turkish family name with it)
    // ("فيصل بن طالب": after "بن", "عبد" or "آل" the title's word is the name's)
    // ("عين الملك سامي داود وزيرا للخارجية": a title in the accusative, "as minister", after a name is none of it)
    if (j > i && !joined && accusativeTitle(t.norm)) break;
    // ("حسين أمير عبد اللهيان": "أمير" or "إمام" before a compound name in عبد is a name word, no emir)
    if (j > i && t.role && !joined && !t.norm.startsWith('ال') && !titleFamily && !(j === i + 1 && isGivenName(`${tokens[i]!.norm} ${t.norm}`)) && tokens[j + 1]?.norm !== OGLU && !(GIVEN_NAME_TITLE_SET.has(t.norm) && !hasComma(t) && tokens[j + 1]?.norm === SERVANT_OF)) break;
    // "مهدي بن خليل المختص في الطب الشرعي": past a full name, a definite title before في opens its description
    // ("محمد القاضي في تصريح": one name word before it, القاضي is the family name)
    if (counted > 2 && t.role && tokens[j + 1]?.norm === 'في') break;
    // ("استقبل الرئيس جوزيف عون السفيرة الأمريكية ليزا جونسون": after a name word, a definite title and its nisba
    // are another person's, the one received; past two name words, "عبد الله الربيعة المشرف العام على …": a title and
    // its "العام" describe the name before them, where "محمد الأمين العام" may be "محمد الأمين")
    // (never after a joiner: "عبد الملك الحوثي")
    const generalAfter = tokens[j + 1]?.norm === GENERAL || tokens[j + 1]?.norm === GENERAL_FEMININE;
    if (j > i && !joined && t.role && definiteToken(t) && !hasComma(t) && (DEFINITE_NISBA.test(tokens[j + 1]?.norm ?? '') || (generalAfter && j > i + 1))) break;
    // "رسمت ليلى سعيد صورة قاتمة", "أثار سامي العلي جدلا واسعا": past two name words, an indefinite noun and
    // its agreeing adjective are the verb's object
    if (counted > 2 && !joined && agreeingPair(t, tokens[j + 1])) break;
    // "افتتح الوزير محمد علي حسن معرضا": past two name words, where the verb's object follows, an indefinite noun in
    // the accusative is it
    // ("تفقد المحافظ إبراهيم صابر أعمال التطوير", "زارت أنغيلا ميركل مخيم الزعتري": or a noun governing a definite word)
    if (objectFollows && counted > 2 && !joined && (accusativeNoun(text, t) || constructObject(t, tokens[j + 1]))) break;
    // "«…»، وعد وزير التموين شريف فاروق المواطنين": past two name words, a definite plural of people in ين is the
    // verb's object (a stem of four letters at least: "الياسين", "الشاهين" are families; "زين العابدين" one name)
    if (counted > 2 && !joined && PEOPLE_PLURAL.test(t.norm) && t.norm !== 'العابدين' && !isKnownPlace(t.norm)) break;
    // "يتهم الوزير بوريس جونسون روسيا بتخزين …": past two name words, a known place is the verb's object
    if (counted > 2 && !joined && isKnownPlace(t.norm)) break;
    // "أعلن وزير الدفاع يسرائيل كاتس مقتل ثلاثة جنود": past two name words, a death's or an arrest's noun is the verb's
    // object, never a family name
    if (counted > 2 && !joined && OBJECT_EVENT_SET.has(t.norm)) break;
    // "وأبلغ سيميوني مؤتمرا صحفيا": an accusative noun and its nisba adjective ("-يا") end even a one-word name
    if (counted === 2 && !joined && accusativeNisbaPair(t, tokens[j + 1])) break;
    // "المحافظ قوة انتخابية": a feminine noun and its long nisba adjective never open a name
    if (j === i && feminineNisbaPair(t, tokens[j + 1])) break;
    // ("أعلن وزير الصحة قرارا جديدا، مضيفا": an accusative noun and its adjective of an Arabic pattern never open a name;
    // they are the object of the verb before them; "مارينا سيلفا", "سفيتلانا زاخاروفا" are names, and "ناتاليا",
    // "يوليا" in يا foreign given names)
    if (j === i && accusativeNoun(text, t) && !t.norm.endsWith('يا') && agreeingPair(t, tokens[j + 1]) && ACCUSATIVE_ADJECTIVE.test(tokens[j + 1]!.norm)) break;
    // "حسين عبد الغني ومحمد عيد": past a full name, و + a word that another name word follows starts a second person
    if (counted > 2 && !joined && t.norm.length >= 4 && t.norm.startsWith('و') && nextIsNameWord(text, tokens, j + 1, limit)) break;
    // "برئاسة أمين عام الوزارة خالد العموش سبل تعزيز …": after a listed given name and a definite family name, an
    // indefinite word the phrase goes on past (no comma, no stop after it) opens the verb's object
    // ("عوض الكريم إبراهيم للراكوبة": never before the outlet or body told, glued to لل)
    if (j === i + 2 && !joined && !definiteToken(t) && !NAME_JOINERS.has(t.norm) && tokens[i]!.norm !== 'عبد' && startsWithGivenName(tokens[i]!.norm) && definiteToken(tokens[i + 1]!) && !hasComma(t) && j + 1 < limit && !isStop(tokens[j + 1]!) && !NAME_JOINERS.has(tokens[j + 1]!.norm) && !tokens[j + 1]!.norm.startsWith('لل')) break;
    // "محمد حصاد فجر السبت": a part of the day before a day's name dates the sentence
    if (j > i && DAY_PART_SET.has(t.norm) && DAY_NAME_SET.has(tokens[j + 1]?.norm ?? '')) break;
    // "وجددت تونس الدعوة إلى …": a definite word after a place's name is what the place did, not more of its name
    // ("بشار الحوامدة", "بشار الأسد": a listed given name that also names a town opens a person's name)
    // ("واتهمت إيران إسرائيل بـ…", "وطالبت مصر إثيوبيا بـ…": after a verb whose object follows, so is a second place)
    if (j === i + 1 && (definiteToken(t) || (objectFollows && isKnownPlace(t.norm))) && isKnownPlace(tokens[i]!.norm) && !startsWithGivenName(tokens[i]!.norm) && !isKnownPlace(`${tokens[i]!.norm} ${t.norm}`)) break;
    if (j > i && outletAddressee(tokens, j, limit) > 0) break;
    j++;
    // a quoted single definite word is a description before the name: "“التويترية” نورة عبدالعزيز"
    if (hasComma(t) || (endsAtMark(t) && !(j - 1 === i && definiteToken(t)))) break;
  }
  return j - i;
}

/**
 * Whether token `j` is a present verb ("يبحث", "تعمل") right after a definite family name, the word before it no
 * joiner ("عبد الرحمن" is a given name) and itself no listed given name.
 */
function presentVerbAfterFamily(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const family = tokens[j - 1]!;
  return PRESENT_VERB_SHAPE.test(t.norm) && definiteToken(family) && family.after.trim() === '' && !NAME_JOINERS.has(tokens[j - 2]!.norm) && !startsWithGivenName(t.norm);
}

/** "فان" as printed: the Dutch particle "van", which folds like فإن ("then indeed"). */
const VAN = 'فان';
const NAME_PARTICLE_SET: ReadonlySet<string> = new Set(FOREIGN_NAME_PARTICLES);

/**
 * "لويس فان جال", "لولا دا سيلفا": a listed particle of a foreign name between a name word and an indefinite name
 * word, with no comma on either side ("فان" only as printed with a bare alef, not "فإن").
 */
function foreignNameParticle(text: string, tokens: readonly Token[], j: number, limit: number): boolean {
  const t = tokens[j]!;
  // ("لويس دي لا فوينتي": "لا" after "دي" or "دو" is a particle too, the Spanish and French "de la")
  const article = t.norm === LA && DE_PARTICLES.has(tokens[j - 1]!.norm);
  if ((!NAME_PARTICLE_SET.has(t.norm) && !article) || (t.norm === VAN && !text.startsWith(VAN, t.start)) || j + 1 >= limit || hasComma(t) || hasComma(tokens[j - 1]!)) return false;
  const next = tokens[j + 1]!;
  if (DE_PARTICLES.has(t.norm) && next.norm === LA) return foreignNameParticle(text, tokens, j + 1, limit);
  return !definiteToken(next) && !isStop(next) && nameWord(text, next);
}
/** "دي", "دو" before "لا" in a foreign name, and "لا". */
const DE_PARTICLES: ReadonlySet<string> = new Set(['دي', 'دو']);
const LA = 'لا';

/**
 * "وقال فان دايك": "فان" printed with a bare alef right after a speech verb, before a name word, opens a surname
 * ("فإن" cannot follow the verb).
 */
function openingVan(text: string, tokens: readonly Token[], i: number, limit: number): boolean {
  return i > 0 && tokens[i]!.norm === VAN && tokens[i - 1]!.cue !== null && foreignNameParticle(text, tokens, i, limit);
}

/** "المواطنين", "الصحفيين": a definite plural in ين of a stem of four letters or more, folded. */
const PEOPLE_PLURAL = /^ال\p{L}{4,}ين$/u;

/** "السوداني", "المصري": a definite nisba in ي, its stem caught, folded. */
const SINGULAR_NISBA = /^ال(\p{L}{3,})ي$/u;

/** Whether token `j` is a definite nisba ("البرقاوي") with a definite word of no nisba's shape right after it, the object. */
function nisbaBeforeObject(tokens: readonly Token[], j: number, limit: number): boolean {
  const next = tokens[j + 1];
  return next !== undefined && j + 1 < limit && tokens[j]!.after === '' && SINGULAR_NISBA.test(tokens[j]!.norm) && definiteToken(next) && !SINGULAR_NISBA.test(next.norm) && !definiteAdjective(next.norm);
}

/**
 * Whether a folded word is a definite nisba of a known place ("السوداني" of "السودان", "المصري" of "مصر"): after a
 * name, its family name, never a verb's object.
 */
function placeNisba(norm: string): boolean {
  const m = SINGULAR_NISBA.exec(norm);
  return m !== null && (isKnownPlace(m[1]!) || isKnownPlace(`ال${m[1]!}`));
}

/** Whether tokens `i` and `i + 1` are one listed given name of two words ("بدر الدين", "نور الدين"). */
function compoundGivenName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.norm === COMPOUND_NAME_END && startsWithGivenName(`${tokens[i]!.norm} ${next.norm}`);
}
/** "الدين", the second word of the compound given names "نور الدين", "بدر الدين" (folded). */
const COMPOUND_NAME_END = 'الدين';

/**
 * "قال وزير التربية عزمي محافظة إن …", "بحسب سامي مستشار،": a title's indefinite word right after a listed given
 * name, closing the phrase (a comma or a stop word after it, or nothing), governs nothing: it is the family name
 * ("عزمي محافظ إربد" keeps the title).
 */
function titleAsFamilyName(tokens: readonly Token[], i: number, j: number, limit: number): boolean {
  if (j !== i + 1 || !startsWithGivenName(tokens[i]!.norm) || hasComma(tokens[i]!)) return false;
  const next = j + 1 < limit ? tokens[j + 1] : undefined;
  return next === undefined || hasComma(tokens[j]!) || isStop(next);
}

/**
 * Whether token `i`, an indefinite title's or body's word ("محافظة", "وزير"), is the family name of a person named in
 * full before ("عزمي محافظة") and closes the phrase (a comma or a stop word after it, or nothing).
 */
function titleWordAsFamily(tokens: readonly Token[], i: number, limit: number, registry: NameRegistry): boolean {
  const t = tokens[i]!;
  if (!(t.role || ORG_SET.has(t.norm)) || t.norm.startsWith('ال')) return false;
  if (!(hasComma(t) || i + 1 >= limit || isStop(tokens[i + 1]!))) return false;
  return registeredByFamily(registry, t.norm).length > 0;
}

/**
 * "وزير النقل وجيه التهتموني إن …": a definite nisba right before the phrase's end (a comma after it, a stop word or a
 * particle next, or nothing) is a family name, and the و-word before it a given name, not more of the ministry's name
 * ("وزير الاتصالات وتقنية المعلومات").
 */
function nisbaClosingPhrase(tokens: readonly Token[], k: number, limit: number): boolean {
  const t = tokens[k]!;
  if (!DEFINITE_NISBA.test(t.norm)) return false;
  const next = k + 1 < limit ? tokens[k + 1] : undefined;
  return next === undefined || hasComma(t) || isStop(next) || isParticle(next.norm);
}

/**
 * ب and a verbal noun, folded: of the تفعيل pattern ("بتعيين"), the تفعّل ("بتفوق", "بتهمة") and تفاعل ("بتعاون")
 * patterns, the استفعال ("باستخدام").
 */
export const BI_VERBAL_NOUN = /^ب(?:ت\p{L}{2}ي\p{L}|ت\p{L}{3}|ت\p{L}ا\p{L}{2}|است\p{L}{2}ا\p{L})$/u;

/** "برئيس", "لوزير", "كمستشار", "بوزير": ب, ل or ك glued to a title (other words opening on بو- are names). */
export function prepositionBeforeTitle(w: string): boolean {
  const c = w.charCodeAt(0);
  // (after ب, ل or ك a و opens family names, "بوشيخ", "بوليه", "بورقيبة", far more often than a title: only "وزير"
  // is read so, "بوزير الخارجية")
  return (c === BEH || c === LAM || c === KAF) && w.length >= 4 && (w.charCodeAt(1) !== WAW || VIZIER.test(w.slice(1))) && isRoleHead(w.slice(1));
}
/** "وزير", "وزيرة", folded: the one title opening on و read after a glued preposition. */
const VIZIER = /^وزير(?:ه)?$/u;

function nextIsNameWord(text: string, tokens: readonly Token[], k: number, limit: number): boolean {
  const t = tokens[k];
  return t !== undefined && k < limit && nameWord(text, t);
}

const STATEMENT_WORD_SET: ReadonlySet<string> = new Set(STATEMENT_WORDS);
const STATEMENT_ADJECTIVE_SET: ReadonlySet<string> = new Set(STATEMENT_ADJECTIVES);
const GATHERING_SET: ReadonlySet<string> = new Set(GATHERING_NOUNS);

/**
 * "بيان القمة الختامي": an adjective of the statement the author's phrase ran on to is the statement's, not the
 * author's; the author is read again without it, the phrase still ending where it did.
 */
function withoutStatementAdjective(text: string, tokens: readonly Token[], i: number, m: Mention | null, registry: NameRegistry | null): Mention | null {
  if (m === null || m.name === null || m.next - 1 <= i || !STATEMENT_ADJECTIVE_SET.has(tokens[m.next - 1]!.norm)) return m;
  const shorter = readMention(text, tokens, i, m.next - 1, registry);
  return shorter === null || shorter.name === null || shorter.next !== m.next - 1 ? m : { ...shorter, next: m.next };
}

/** Whether the word after "بيان" opens who issued it: a definite word, a title, a body's head (ل may precede it) or a known name. */
function statementAuthor(t: Token, registry: NameRegistry | null, tokens: readonly Token[], k: number): boolean {
  if (definiteToken(t) || t.role || ORG_SET.has(t.norm) || (t.norm.startsWith('ل') && ORG_SET.has(t.norm.slice(1)))) return true;
  return registry !== null && registeredLength(registry, tokens, k) > 0;
}

/** "مؤتمرا صحفيا", "بيانا رسميا": an indefinite accusative noun and its nisba adjective. */
function accusativeNisbaPair(a: Token, b: Token | undefined): boolean {
  return b !== undefined && a.norm.length >= 4 && b.norm.length >= 4 && a.norm.endsWith('ا') && !a.norm.endsWith('يا') && b.norm.endsWith('يا') && agreeingPair(a, b);
}

/** "قوة انتخابية", "أزمة اقتصادية": an indefinite feminine noun and a nisba adjective of five letters or more ("عزة عطية" is a name). */
function feminineNisbaPair(a: Token, b: Token | undefined): boolean {
  return b !== undefined && a.norm.endsWith('ه') && b.norm.length >= 6 && b.norm.endsWith('يه') && agreeingPair(a, b);
}

/** "أعمال التطوير", "مخيم الزعتري": an indefinite noun, no given name, governing the definite word after it. */
function constructObject(t: Token, next: Token | undefined): boolean {
  // ("هكذا وصفت أم أحمد حال عائلتها": or a word with her or their pronoun, no name's ending)
  return next !== undefined && !definiteToken(t) && !hasComma(t) && t.after === '' && t.norm.length >= 3 && (definiteToken(next) || (HER_OR_THEIR_END.test(next.norm) && next.norm.length >= 5 && !startsWithGivenName(next.norm))) && !startsWithGivenName(t.norm) && !isKnownPlace(t.norm) && !NAME_JOINERS.has(t.norm)
    && !(NISBA_FAMILY_NAME.test(t.norm) && !PLURALS_IN_YEH.has(t.norm));
}
/** "حميداني", "برغوثي": a family name of a nisba's shape without the article (five letters at least, ي last), folded. */
const NISBA_FAMILY_NAME = /^\p{L}{4,}ي$/u;
/** "أهالي القرية", "مباني الوزارة": broken plurals in ي that head a construct as any noun does, folded. */
const PLURALS_IN_YEH: ReadonlySet<string> = new Set(['اهالي', 'مباني', 'اراضي', 'ضواحي', 'معاني', 'اغاني']);
/** "معرضا", "وفدا": an indefinite noun with the accusative's alef, no given name, no place (four letters at least). */
function accusativeNoun(text: string, t: Token): boolean {
  return !definiteToken(t) && t.norm.length >= 4 && text.charCodeAt(t.end - 1) === ALEF && !startsWithGivenName(t.norm) && !isKnownPlace(t.norm);
}

/**
 * An indefinite adjective in the accusative, of an Arabic pattern, folded: فعيلا ("جديدا"), فاعلا ("شاملا"), مُفعَّلا or
 * مفعولا ("موسعا", "مفتوحا"), or a nisba ("رسميا"). Foreign family names in ا ("سيلفا", "كوستا", "زاخاروفا") fit none.
 */
const ACCUSATIVE_ADJECTIVE = /^(?:\p{L}{2}ي\p{L}|\p{L}ا\p{L}{2}|م\p{L}{3,4}|\p{L}{2,}ي)ا$/u;

/** Two indefinite words with the same case or gender ending: "صورة قاتمة", "جدلا واسعا". */
function agreeingPair(a: Token, b: Token | undefined): boolean {
  if (b === undefined || definiteToken(a) || definiteToken(b) || a.norm.length < 3 || b.norm.length < 3) return false;
  const end = a.norm[a.norm.length - 1];
  // transliterated names end in يه ("ديدييه فوشيه"): never read as a noun and its adjective
  if (a.norm.endsWith('يه')) return false;
  return (end === 'ه' || end === 'ا') && b.norm[b.norm.length - 1] === end;
}

/** "مقتل", "وفاة", "اعتقال": events a verb of announcing takes as its object right after a name, folded (no family names). */
const OBJECT_EVENT_SET: ReadonlySet<string> = new Set(OBJECT_EVENT_NOUNS.map(foldText));

/** Most definite words of a body's name from its head ("الائتلاف الوطني السوري المعارض"). */
const MAX_DEFINITE_RUN = 4;

function definiteRun(tokens: readonly Token[], i: number, limit: number, adjectivesOnly = false): number {
  let j = i + 1;
  // ("الاتحاد العام التونسي للشغل": right after the head, العام is "general", not "the year")
  // ("وبررت الوزارة القرار بـ…": after a verb whose object follows, only adjectives describe the body)
  // ("ودعت الوزارة المواطنين إلى …": a plural in ين after a feminine word agrees with nothing of the name)
  while (j < limit && j - i < MAX_DEFINITE_RUN && !hasComma(tokens[j - 1]!) && tokens[j]!.norm.startsWith('ال') && (!isStop(tokens[j]!) || (j === i + 1 && (tokens[j]!.norm === GENERAL || tokens[j]!.norm === GENERAL_FEMININE))) && (!adjectivesOnly || definiteAdjective(tokens[j]!.norm)) && !pluralAfterFeminine(tokens, j)) j++;
  // "القيادة العامة للجيش السوري", "الهيئة العامة للطيران المدني": a genitive with لل and its adjectives
  // ("وطالب الاتحاد العام التونسي للشغل الحكومة بـ…": a speaking body or a definite plural after it is the object)
  if (j < limit && !hasComma(tokens[j - 1]!) && LIL_GENITIVE.test(tokens[j]!.norm) && !isStop(tokens[j]!)) {
    j++;
    // ("الاتحاد العام للعمال الجزائريين": a nisba in the plural agrees with the genitive, no object)
    while (j < limit && j - i < MAX_ORG_TOKENS && !hasComma(tokens[j - 1]!) && tokens[j]!.norm.startsWith('ال') && !isStop(tokens[j]!) && (!ASKED_OF.test(tokens[j]!.norm) || PLURAL_NISBA.test(tokens[j]!.norm)) && !SPEAKING_BODY_SET.has(tokens[j]!.norm)) j++;
    // ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين": what the body of the first genitive is for, in a second)
    j = constructChainEnd(tokens, i, j, limit);
    // ("الإدارة العامة للمرور والسلامة", "الهيئة العامة للأرصاد وحماية البيئة": و and a second thing the body is for,
    // a definite word or a portfolio's noun and its genitive; never a body that speaks or is asked, "والحكومة")
    while (j < limit && j - i < MAX_ORG_TOKENS && !hasComma(tokens[j - 1]!)) {
      const joined = tokens[j]!.norm.charCodeAt(0) === WAW ? tokens[j]!.norm.slice(1) : '';
      if (joined.startsWith('ال') && joined.length > 3 && !isStop(tokens[j]!) && !ASKED_OF.test(joined) && !SPEAKING_BODY_SET.has(joined)) j++;
      else if (PORTFOLIO_SET.has(joined) && j + 1 < limit && !hasComma(tokens[j]!) && definiteToken(tokens[j + 1]!) && !isStop(tokens[j + 1]!)) j += 2;
      else break;
    }
  }
  // "الجمعية التونسية لطب نفس الطفل": ل and an indefinite construct chain that a definite word closes
  else j = constructChainEnd(tokens, i, j, limit);
  // "النقابات التعليمية الأكثر تمثيلية": an elative closing the run takes the indefinite noun that says in what
  if (j < limit && ELATIVES.has(tokens[j - 1]!.norm) && !hasComma(tokens[j - 1]!) && !definiteToken(tokens[j]!) && !isStop(tokens[j]!) && !isParticle(tokens[j]!.norm)) j++;
  return j - i;
}
/**
 * Past "لطب نفس الطفل" at `j` in a body's name opened at `i`: ل glued to an indefinite construct chain that a definite
 * word closes, and that word's adjectives; else `j`.
 */
function constructChainEnd(tokens: readonly Token[], i: number, j: number, limit: number): number {
  if (j >= limit || hasComma(tokens[j - 1]!) || !LI_GENITIVE.test(tokens[j]!.norm) || isStop(tokens[j]!)) return j;
  let k = j + 1;
  while (k < limit && k - j <= MAX_CONSTRUCT_LINKS && !hasComma(tokens[k - 1]!) && !definiteToken(tokens[k]!) && !isStop(tokens[k]!)) k++;
  if (k >= limit || k - j > MAX_CONSTRUCT_LINKS || hasComma(tokens[k - 1]!) || !definiteToken(tokens[k]!) || isStop(tokens[k]!) || k + 1 - i > MAX_ORG_TOKENS) return j;
  let end = k + 1;
  // ("المؤسسة العامة لجسر الملك فهد": a ruler's title closing the chain names it with his name)
  if (ROYAL_NAMERS.has(tokens[k]!.norm) && k + 1 < limit && !hasComma(tokens[k]!) && !isStop(tokens[k + 1]!) && !definiteToken(tokens[k + 1]!)) end = royalNameEnd(tokens, k + 2, limit);
  // ("لصندوق النقد الدولي": the closing word's adjectives)
  while (end < limit && end - i < MAX_ORG_TOKENS && !hasComma(tokens[end - 1]!) && DEFINITE_NISBA.test(tokens[end]!.norm) && !isStop(tokens[end]!)) end++;
  return end;
}

/**
 * Whether token `j` is a definite plural (or dual) in ين ("المواطنين", "الطرفين") right after a definite feminine word
 * or a singular nisba ("الوزارة المواطنين", "الصحة المواطنين", "الأوروبي المستثمرين"): it cannot describe that word,
 * so it is no part of a name that word is in. Never a place ("البحرين").
 */
function pluralAfterFeminine(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1]!;
  const norm = tokens[j]!.norm;
  return before.definite && (before.norm.endsWith('ه') || SINGULAR_NISBA.test(before.norm)) && norm.startsWith('ال') && DEFINITE_PLURAL.test(norm) && !isKnownPlace(norm);
}
/**
 * A definite adjective's shape, folded: a nisba or an elative in ى ("الطبية", "الكبرى"), a participle ("المنظمة"), "العام",
 * "العليا", and adjectives that close bodies' names ("قوات الدعم السريع", "الجيش السوري الحر", "المجلس الأعلى").
 */
const DEFINITE_ADJECTIVE = /^ال(?:\p{L}{2,}(?:ي|يه)|م\p{L}{3,}|عام|عامه|عليا|اكثر|اقل|سريع|كبير|جديد|جديده|حر|حره|اول)$/u;
const PARTICIPLE_SHAPED_BODY_SET: ReadonlySet<string> = new Set(PARTICIPLE_SHAPED_BODIES);
/** "الاتحاد", "المعارضة": heads of bodies a nisba names (`NISBA_NAMED_BODIES`), folded. */
export const NISBA_NAMED_BODY_SET: ReadonlySet<string> = new Set(NISBA_NAMED_BODIES);
/** "الجيش", "الحزب": bodies named by a masculine noun with the article (`MASCULINE_BODIES`). */
export const MASCULINE_BODY_SET: ReadonlySet<string> = new Set(MASCULINE_BODIES);
/** Whether a folded word has a definite adjective's shape and is no body of that shape ("المعارضة"). */
function definiteAdjective(norm: string): boolean {
  return DEFINITE_ADJECTIVE.test(norm) && !PARTICIPLE_SHAPED_BODY_SET.has(norm);
}

/** Whether a title's word stands among tokens [from, to). */
function titleWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.role) return true;
  return false;
}

/** "الأكثر", "الأقل": definite elatives, folded. */
const ELATIVES: ReadonlySet<string> = new Set(['الاكثر', 'الاقل']);
/** "النقابات", "الجمعيات": the article and the sound plural of a body's head, folded. */
const DEFINITE_SOUND_PLURAL = /^ال(\p{L}{2,})ات$/u;

/** Whether a folded word is a body's head in the definite plural ("النقابات" of "نقابة", "الاتحادات" of "اتحاد"): bodies, never a person. */
export function definiteBodiesPlural(word: string): boolean {
  const m = DEFINITE_SOUND_PLURAL.exec(word);
  return m !== null && (ORG_SET.has(`${m[1]!}ه`) || ORG_SET.has(m[1]!));
}
/** A word glued to ل without the article: "لطب", "لحقوق". Folded. */
const LI_GENITIVE = /^ل(?!ل)\p{L}{2,}$/u;
/** Most indefinite words in a construct chain before the definite one that closes it ("لطب نفس الطفل"). */
const MAX_CONSTRUCT_LINKS = 2;
/** "صادر", "الصادرة": issued (by), before "عن" and the author ("بيان صادر عن …", "تقرير صادر عن …"). Folded. */
export const ISSUED_BY = /^(?:ال)?صادر(?:ه)?$/u;
/** "أعدها", "أصدره", "أجرتها": the verb that names a document's author after it. Folded. */
export const AUTHORED_BY = /^(?:اعد|اصدر|نشر|اجر|تلا|قرا)(?:ه|ها|ت|ته|تها)$/u;
/**
 * "دراسة": a study, whose findings its author, named after it, states ("دراسة أجرتها جامعة …"). A report's are not
 * its issuer's words ("كشف تقرير صادر عن البنك المركزي أن …" is no quote, as the dev gold reads it). Folded.
 */
const AUTHORED_DOCUMENTS: ReadonlySet<string> = new Set(['دراسه']);
/** Most indefinite adjectives between a study and the verb naming its author ("دراسة حديثة أجرتها"). */
const MAX_DOCUMENT_ADJECTIVES = 2;

/**
 * "دراسة أجرتها جامعة أكسفورد", "دراسة صادرة عن البنك الدولي", "دراسة حديثة أعدها مركز …": from an indefinite study
 * at `i`, the index of its author after the verb or "صادرة عن" that names one, or -1.
 */
function documentAuthorAt(tokens: readonly Token[], i: number, limit: number): number {
  if (!AUTHORED_DOCUMENTS.has(tokens[i]!.norm)) return -1;
  for (let k = i + 1; k < limit && k - i <= MAX_DOCUMENT_ADJECTIVES + 1 && !hasComma(tokens[k - 1]!); k++) {
    const w = tokens[k]!.norm;
    if (AUTHORED_BY.test(w)) return k + 1 < limit ? k + 1 : -1;
    if (ISSUED_BY.test(w)) return tokens[k + 1]?.norm === 'عن' && k + 2 < limit ? k + 2 : -1;
    if (definiteToken(tokens[k]!) || isStop(tokens[k]!)) return -1;
  }
  return -1;
}

/** A definite plural, what a body asks of or calls on ("السلطات", "المواطنين"), folded. */
const ASKED_OF = /^ال\p{L}{2,}(?:ات|ين|ون)$/u;
/** "الجزائريين", "التونسيون": a definite nisba in the sound plural, folded. */
const PLURAL_NISBA = /^ال\p{L}{2,}(?:يين|يون)$/u;
/** A word glued to لل: "للجيش", "للطيران". Folded. */
const LIL_GENITIVE = /^لل\p{L}{2,}$/u;

/** Tokens from an organisation's indefinite head `i` that spell its name ("هيئة قناة السويس"). */
const SPEAKING_BODY_SET = new Set(SPEAKING_BODIES);

/** "بالولاية", "بالمحافظة", "بالإقليم", "بالعمالة": بال and a province's noun, folded. */
const BY_PROVINCE = /^بال(?:ولايه|محافظه|اقليم|عماله)$/u;

export function organisationLength(tokens: readonly Token[], i: number, limit: number, objectFollows: ObjectFollows = false): number {
  let j = i + 1;
  let genitiveClosed = false;
  // (a title in the chain names whom the body is of: "حكومة الرئيس اليمني عبد ربه منصور هادي")
  let titled = false;
  while (j < limit && j - i < MAX_ORG_TOKENS && !hasComma(tokens[j - 1]!)) {
    // "حسمت وزارة الصحة العامة الجدل": after a verb whose object follows, past the definite word that closes the
    // head's genitive only adjectives describe the body (a definite noun is the object)
    const bareDefinite = tokens[j]!.definite && tokens[j]!.norm.startsWith('ال');
    // ("ونعى اتحاد الكتاب السودانيين الراحل": a plural nisba after a plural agrees with it, and is the name's)
    if (objectFollows && genitiveClosed && bareDefinite && !definiteAdjective(tokens[j]!.norm) && !(PLURAL_NISBA.test(tokens[j]!.norm) && !pluralAfterFeminine(tokens, j))) break;
    // "منظمة السباق سعاد رزق": past the head's genitive, a listed given name opens a person's name (never after a
    // title in the chain: "مستشفى الدكتور سليمان الحبيب")
    if (genitiveClosed && !titled && !tokens[j]!.definite && startsWithGivenName(tokens[j]!.norm) && j + 1 < limit && !hasComma(tokens[j]!) && !isStop(tokens[j + 1]!) && !definiteToken(tokens[j + 1]!)) break;
    // ("واتهمت منظمة هيومن رايتس ووتش السعودية باحتجاز …", "وطالبت منظمة … مصر بـ…": past a name of indefinite words,
    // a country before what it is accused of or asked is the object; after a definite genitive it is the body's,
    // "وزارة الداخلية السعودية")
    if (objectFollows && !genitiveClosed && j - i >= 2 && isKnownPlace(tokens[j]!.norm) && j + 1 < limit && !hasComma(tokens[j]!) && objectsPreposition(tokens[j + 1]!)) break;
    genitiveClosed ||= bareDefinite;
    titled ||= tokens[j]!.role;
    // "هيئة الصحة في دبي": في and a known place close a body's name of two words or more (as "بدبي" does)
    if (j - i >= 2 && tokens[j]!.norm === 'في' && j + 1 < limit && isKnownPlace(tokens[j + 1]!.norm)) {
      j += 2;
      break;
    }
    // "وزارة التجارة والتموين بالولاية", "مديرية الصحة بالمحافظة": بال and the province it serves close the name
    if (j - i >= 2 && BY_PROVINCE.test(tokens[j]!.norm)) {
      j++;
      break;
    }
    // "وزارة التجارة الداخلية وحماية المستهلك": و and a second portfolio in construct with its definite genitive
    if (j - i >= 2 && tokens[j]!.norm.charCodeAt(0) === WAW && PORTFOLIO_SET.has(tokens[j]!.norm.slice(1)) && j + 1 < limit && !hasComma(tokens[j]!) && definiteToken(tokens[j + 1]!) && !isStop(tokens[j + 1]!)) {
      j += 2;
      continue;
    }
    // "غرفة التجارة البريطانية بالقرار": a word with بال starts what the body did, not its name
    // "دراسة اعتمدت على …": a news verb ends the organisation's name as it ends a person's
    // "هيئة الاتصالات ممثلة بصندوق …": "represented by" ends it too
    if (isStop(tokens[j]!) || /^(?:و|ف)?بال/u.test(tokens[j]!.norm) || isNewsVerb(tokens[j]!.norm) || outletAddressee(tokens, j, limit) > 0 || isRepresentedBy(tokens[j]!, tokens[j + 1])) break;
    // "شركة “سكاي تران” لوكالة …": the name in quote marks ends the organisation's name
    if (endsAtMark(tokens[j - 1]!) && j - 1 > i) break;
    // "طالبت هيئة مقاومة الجدار والاستيطان المؤسسات الدولية": after a genitive joined by و, a definite plural is
    // what the body asked of, not more of its name
    // ("وطالب فريق التقدم والاشتراكية الحكومة بـ…": a body that speaks for itself, the government, is asked too)
    if (j - i >= 3 && /^وال/u.test(tokens[j - 1]!.norm) && tokens[j]!.definite && (ASKED_OF.test(tokens[j]!.norm) || (SPEAKING_BODY_SET.has(tokens[j]!.norm) && !DEFINITE_NISBA.test(tokens[j]!.norm)))) break;
    // "ودعت وزارة الصحة المواطنين إلى …": a definite plural in ين after the feminine word that closes the genitive is
    // what the body called on ("جماعة الإخوان المسلمين": after a plural it agrees, and is the name's)
    if (j - i >= 2 && pluralAfterFeminine(tokens, j)) break;
    // "ودعت حركة حماس أنصارها إلى …", "وطالبت نقابة الصحفيين أعضاءها بـ…": after a verb whose object follows, a word
    // with "her" or "their" on it is whom the body called on (a name carries no pronoun)
    if (objectFollows && j - i >= 2 && !tokens[j]!.definite && HER_OR_THEIR_END.test(tokens[j]!.norm) && !isKnownPlace(tokens[j]!.norm)) break;
    // "دعت وزارة الخارجية المصرية السلطات الإيرانية": after a definite nisba adjective the name is whole; a noun
    // with a bare article after it is what the body did something to
    if (j - i >= 2 && DEFINITE_NISBA.test(tokens[j - 1]!.norm) && tokens[j]!.definite && tokens[j]!.norm.startsWith('ال') && !DEFINITE_NISBA.test(tokens[j]!.norm)) break;
    // "أعلنت شركة آبل إطلاق خدمة …": past a body's head and its indefinite name, an indefinite verbal noun is the
    // object (never the head's own genitive, "هيئة تنظيم الاتصالات", nor after a verbal noun, "لجنة متابعة تنفيذ …")
    if (j - i >= 2 && !tokens[j]!.definite && !tokens[j - 1]!.definite && EVENT_NOUN_SHAPE.test(tokens[j]!.norm) && !EVENT_NOUN_SHAPE.test(tokens[j - 1]!.norm) && !/^م/u.test(tokens[j - 1]!.norm)) break;
    // ("أعلنت منظمة الصحة العالمية حالة الطوارئ": an indefinite noun there is the object too; "للطفولة" is not)
    if (j - i >= 2 && DEFINITE_NISBA.test(tokens[j - 1]!.norm) && !tokens[j]!.definite && !tokens[j]!.norm.startsWith('ل') && !(tokens[j]!.norm.startsWith('ب') && isKnownPlace(tokens[j]!.norm.slice(1)))) break;
    j++;
  }
  return j - i;
}

/** "بـ…", "إلى", "على": what a verb of accusing, asking or calling takes after its object, folded. */
const OBJECTS_PREPOSITIONS: ReadonlySet<string> = new Set(['الي', 'علي', 'ب']);
const GLUED_BA = /^ب\p{L}{2,}$/u;
/** Whether a token is "إلى", "على", a bare "بـ" or a word with ب glued to it ("باحتجاز"). */
function objectsPreposition(t: Token): boolean {
  return OBJECTS_PREPOSITIONS.has(t.norm) || GLUED_BA.test(t.norm);
}

/**
 * A word of three letters or more with "her", "their" (ها, هم, هما) on it, or "his" after a hamza (ءه, which no ة
 * folds to), folded: "أنصارها", "مواطنيهم", "أعضاءه".
 */
const HER_OR_THEIR_END = /^\p{L}{3,}(?:ها|هم|هما)$|^\p{L}{2,}ءه$/u;

/** Where a printed word starts past its first letter and that letter's marks ("لِوزارة" → "وزارة"). */
export function afterGluedLetter(text: string, t: Token): number {
  let k = t.start + 1;
  while (k < t.end && isMark(text.charCodeAt(k))) k++;
  return k;
}

/** "المصرية", "الدولي": a definite nisba adjective, folded. */
export const DEFINITE_NISBA = /^ال\p{L}{2,}(?:يه|ي)$/u;

/** Whether two or three name words from `k` end the phrase (a stop, a comma, or the limit follows them). */
function closedName(text: string, tokens: readonly Token[], k: number, limit: number, quoted: (t: Token) => boolean): boolean {
  // "مدير شركة «إينيرغيا» الروسية لصناعات الفضاء أن": a word glued to ل opens the title's genitive, not a name
  // (unless it is a given name, "لينا", or stands before أبو/بن: "ليزا أبو خالد")
  if (tokens[k]!.norm.charCodeAt(0) === LAM && !startsWithGivenName(tokens[k]!.norm) && !NAME_JOINERS.has(tokens[k + 1]?.norm ?? '')) return false;
  for (let len = 2; len <= 3; len++) {
    const last = tokens[k + len - 1];
    if (last === undefined || k + len - 1 >= limit) return false;
    const words = tokens.slice(k, k + len);
    if (!words.every((w) => nameWord(text, w)) || words.slice(1).some((w) => quoted(w) || /^لل/u.test(w.norm))) return false;
    // "لشرطة منطقة مكة المكرمة، المقدم …": a known place closes the title, it names nobody
    if (knownPlaceRun(tokens, k, len)) return false;
    // "أحرز هدفا وحيدا": a noun and its agreeing adjective are an object, not a name
    if (len === 3 && (agreeingPair(words[1]!, words[2]) || agreeingPair(words[0]!, words[1]))) return false;
    const after = tokens[k + len];
    // ("… عبدالرقيب فتح بدء مرحلة الإعمار": a word that is never a name's, after it, closes it too)
    // ("القيادي في حزب الله محمود قماطي للميادين إن …": so does the outlet the words were told to)
    if (after === undefined || k + len >= limit || isStop(after) || NOT_NAME.has(after.norm) || hasComma(last) || outletAddressee(tokens, k + len, limit) > 0) return true;
    if (hasComma(words[len - 2]!)) return false;
    // "نفى النائب عن الإطار التنسيقي علي الزبيدي وجود أي ضغوط": a listed given name and a definite family name, then
    // the verb's object (an indefinite word)
    if ((startsWithGivenName(words[0]!.norm) || isNameAli(text, words[0]!)) && definiteToken(last) && !words.slice(1, -1).some(definiteToken) && !definiteToken(after) && !after.role && !isKnownPlace(last.norm)) return true;
  }
  return false;
}

/** Whether a name of four or five words joined by بن/آل/عبد opens at `k` with a listed given name and ends the phrase. */
function joinedNameFrom(text: string, tokens: readonly Token[], k: number, limit: number): boolean {
  if (!startsWithGivenName(tokens[k]!.norm) || !NAME_JOINERS.has(tokens[k + 1]?.norm ?? '')) return false;
  const len = nameLength(text, tokens, k, limit, null);
  const after = tokens[k + len];
  return len >= 3 && (after === undefined || k + len >= limit || isStop(after) || hasComma(tokens[k + len - 1]!));
}

/** "متحدثا", "متحدثة": the participle "speaking", folded. */
const SPEAKING_TO = /^متحدث(?:ا|ه|ين)?$/u;
/** "بإحدى", "لأحد", "إحدى": "(at) one of", folded. */
const ONE_OF = /^(?:ب|ل)?(?:احدي|احد)$/u;

/** في and لدى, after which a role's affiliation, not its holder's name, follows. */
function afterPreposition(t: Token): boolean {
  return t.norm === 'في' || t.norm === 'لدي';
}

const REPRESENTING_TITLES = new Set(LEGISLATOR_TITLE_ENDS.map(foldText));
/** "شركة", "مجموعة", "بنك": heads of a company's name, which may be foreign words of no given name. Folded. */
const NAMED_COMPANY_HEADS: ReadonlySet<string> = new Set(['شركه', 'مجموعه', 'بنك', 'مصرف']);
/** Most words of a company's name the title took after its head ("لشركة أكوا"). */
const MAX_COMPANY_WORDS_IN_TITLE = 2;
/** Whether a company's head closes the title [i, j), at most MAX_COMPANY_WORDS_IN_TITLE unlisted words after it. */
function companyHeadBefore(tokens: readonly Token[], i: number, j: number): boolean {
  for (let h = j - 1; h >= i && j - 1 - h <= MAX_COMPANY_WORDS_IN_TITLE; h--) {
    const w = tokens[h]!.norm;
    // ("لشركة": the head with ل glued to it)
    if (NAMED_COMPANY_HEADS.has(w) || (w.charCodeAt(0) === LAM && NAMED_COMPANY_HEADS.has(w.slice(1)))) return true;
    if (tokens[h]!.definite || startsWithGivenName(tokens[h]!.norm)) return false;
  }
  return false;
}
/** "عام", "عامة": "general" printed without the article in a title's chain ("مدير عام الجمارك"), folded. */
const BARE_GENERAL: ReadonlySet<string> = new Set(['عام', 'عامه']);
/** "عضو", "العضو": a member's title, which sits for a place ("عن مدينة مصراتة"). Folded. */
const MEMBER_HEADS: ReadonlySet<string> = new Set(['عضو', 'العضو', 'عضوه', 'العضوه']);
/** "من قبل", "من جانب": "on the part of", after which a title's appointer follows. Folded. */
const ON_BEHALF_NOUNS: ReadonlySet<string> = new Set(['قبل', 'جانب']);

/** A ب or ل glued to the article: "بالعلاقات", "للشؤون" (a folded key). */
const GLUED_GENITIVE = /^(?:بال|لل)\p{L}{2,}$/u;
/** A second definite noun joined by و: "والنساء" (a folded key). */
const JOINED_DEFINITE = /^وال\p{L}{2,}$/u;

/**
 * "المحلل في شركة «آفاق»، كريم منصور" and "الرقيب في شرطة «ويتشيتا» بول كيمبل أن": a role that runs on
 * (to a comma, or to a two- or three-word name that a particle or comma closes) before the name. Returns the name's index.
 */
function roleTail(text: string, tokens: readonly Token[], roleStart: number, from: number, limit: number): number {
  const quoted = (t: Token): boolean => /[«"“»”]/u.test(text[t.start - 1] ?? '') || /[«"“»”]/u.test(text[t.end] ?? '');
  let afterFi = false;
  let inRoyal = false;
  // whether the title read before the tail is a legislator's ("النائب", "عضو الكنيست", "السيناتور الجمهوري")
  const memberTitle = from > 0 && (REPRESENTING_TITLES.has(tokens[from - 1]!.norm) || (from > 1 && REPRESENTING_TITLES.has(tokens[from - 2]!.norm) && DEFINITE_NISBA.test(tokens[from - 1]!.norm)));
  // ("عضو المجلس الأعلى للدولة عن مدينة مصراتة": a member's title, whatever body he is a member of, sits for a place)
  const memberOf = roleStart < from && MEMBER_HEADS.has(tokens[roleStart]!.norm);
  // "مدير فريق «منسقو استجابة سوريا»، محمد حلاج": a body's name in quote marks right after the title is the title's
  let inQuote = from > 0 && ORG_SET.has(tokens[from - 1]!.norm) && !hasComma(tokens[from - 1]!) && OPENING_MARK.test(text[tokens[from]!.start - 1] ?? '');
  for (let k = from; k < limit && k - from < MAX_ROLE_TAIL; k++) {
    const t = tokens[k]!;
    if (inQuote) {
      if (CLOSING_MARK.test(text[t.end] ?? '')) inQuote = false;
      if (!inQuote && hasComma(t)) return k + 1;
      continue;
    }
    // "الموظف بإحدى شركات الألبان «محمد غزاوي»،": a two- or three-word name in quote marks closes the phrase
    // (never after ل or ب printed apart: "لـ«باب رزق»" names the body the title is of)
    // (nor after a body's head: "مدير فريق «منسقو استجابة سوريا»، محمد حلاج" names the team)
    if (k > from && OPENING_MARK.test(text[t.start - 1] ?? '') && !/^[لب]$/u.test(tokens[k - 1]!.norm) && !ORG_SET.has(tokens[k - 1]!.norm) && quotedName(text, tokens, k, limit) >= 2) return k;
    // ("الباحثة في منظمة هيومن رايتس ووتش لما فقيه", "المتحدث باسم وول ستريت جورنال": a listed body's name of foreign
    // words, whole after a body's head, "في", "لدى" or "باسم"; the holder's name follows it)
    const lead = tokens[k - 1];
    const foreign = lead !== undefined && !hasComma(lead) && (BODY_NAME_LEADS.has(lead.norm) || ORG_SET.has(lead.norm) || gluedOrganisation(lead.norm)) ? listedPhraseLength(FOREIGN_BODY_WORDS, tokens, k, limit) : 0;
    if (foreign > 0) {
      k += foreign - 1;
      afterFi = false;
      if (hasComma(tokens[k]!)) return k + 1;
      continue;
    }
    // "وقال الوزير أمس: «…»": a colon ends the speaker phrase, what follows it is the speech
    if (t.after.includes(':')) return -1;
    if (hasComma(t)) return k + 1;
    // "مبعوث الأمم المتحدة إلى سوريا ستيفان دي ميستورا": إلى and the place it names are part of an envoy's title
    const toPlace = (t.norm === 'الي' && isKnownPlace(tokens[k + 1]?.norm ?? '')) || (k > from && tokens[k - 1]!.norm === 'الي' && isKnownPlace(t.norm));
    // "بإحدى شركات الألبان": "at one of" and the plural after it
    const oneOf = ONE_OF.test(t.norm) || (k > from && ONE_OF.test(tokens[k - 1]!.norm));
    // "في جامعة الملك عبدالعزيز خالد المالكي": a ruler's name in an institution's name (and its "بن …" links)
    const royal = k > from + 1 && ROYAL_NAMERS.has(tokens[k - 1]!.norm) && isOrganisationHead(tokens[k - 2]!.norm);
    inRoyal = royal || (inRoyal && (t.norm === 'بن' || t.norm === 'ابن' || tokens[k - 1]!.norm === 'بن' || tokens[k - 1]!.norm === 'ابن'));
    // "المندوب السعودي لدى الأمم المتحدة": لدى (accredited to) runs on like في
    // ("المدير التنفيذي لـ«باب رزق»": ل printed apart before a quoted name is the title's preposition)
    // ("… بالسعودية جميل عبدالرحمن الفهيد": ب or ل with the article is an adjunct of the title)
    const bareOf = ((t.norm === 'ل' || t.norm === 'ب') && k + 1 < limit) || GLUED_GENITIVE.test(t.norm);
    // "النائب عن حزب العدالة والتنمية، أحمد العمراني": عن after a legislator's title names what the member sits for
    // ("النائب في البرلمان الأوروبي عن الحزب الاشتراكي": or after the definite words that go on from a member's title;
    // never "الوزير في البرلمان عن الأزمة", a minister speaking about something)
    const sitsFor = t.norm === 'عن' && (memberTitle || memberOf) && (k === from || definiteToken(tokens[k - 1]!));
    // "رئيس الحكومة المكلفة من مجلس النواب أسامة حماد", "المبعوث الأممي من قبل الأمين العام": من and the body or
    // place that appointed or sent the holder are the title's (only before a definite word, a body's head, a known
    // place, or "قبل"/"جانب" and what they govern)
    const sentBy = t.norm === 'من' && k + 1 < limit && (definiteToken(tokens[k + 1]!) || ORG_SET.has(tokens[k + 1]!.norm) || isKnownPlace(tokens[k + 1]!.norm) || ON_BEHALF_NOUNS.has(tokens[k + 1]!.norm));
    // "… الطبيعية بجامعة الملك عبد الله …": ب glued to a body's head continues the title like في
    const atBody = t.norm.charCodeAt(0) === BEH && ORG_SET.has(t.norm.slice(1));
    // "المكلف بالعلاقات مع البرلمان", "المكلفة بالمساواة بين الرجال والنساء": مع or بين after a ب or ل genitive
    // names the other party of the charge, and "و" with the article joins a second one
    const withWhom = k > from && (((t.norm === 'مع' || t.norm === 'بين') && GLUED_GENITIVE.test(tokens[k - 1]!.norm)) || (JOINED_DEFINITE.test(t.norm) && definiteToken(tokens[k - 1]!)));
    // (a word at a quote mark is the title's, a body's name in the marks; never a particle, which opens the words said:
    // "وقالت المهندسة المصرية "لم أرتكب أي مخالفة، …"")
    const partOfRole = t.norm === 'في' || t.norm === 'لدي' || sitsFor || sentBy || (k > from && tokens[k - 1]!.norm === 'من' && ON_BEHALF_NOUNS.has(t.norm)) || atBody || bareOf || withWhom || toPlace || oneOf || inRoyal || ORG_SET.has(t.norm) || definiteToken(t) || (quoted(t) && !isStop(t)) || (k > from && ORG_SET.has(tokens[k - 1]!.norm) && !definiteToken(tokens[k - 1]!) && !isStop(t));
    if (partOfRole) {
      afterFi = t.norm === 'في' || t.norm === 'لدي' || sitsFor || sentBy || atBody || (afterFi && !definiteToken(t));
      continue;
    }
    // a two- or three-word name right after the role, closed by a particle, a stop or a comma (never the object of
    // في: "الوزير في محضر الجلسة بأنه" names no "محضر الجلسة"; never a verb and its object: "طالبة في الثالثة
    // والعشرين تدرس الهندسة")
    if (k > from && !afterPreposition(tokens[k - 1]!) && tokens[k - 1]!.norm !== 'عن' && !(PRESENT_VERB_SHAPE.test(t.norm) && !startsWithGivenName(t.norm)) && closedName(text, tokens, k, limit, quoted)) return k;
    // "عضو مجلس الأعمال في مجلس الغرف السعودية محمد بن فيصل آل صقر إلى أن": a listed given name opens a longer
    // name joined by بن/آل, closed the same way
    if (k > from && joinedNameFrom(text, tokens, k, limit)) return k;
    // "العاملة في مجال صناعة الأغذية": after في, nouns in construct up to a definite one are still the role's
    // ("الوزير في مؤتمر صحفي مع نظيره": never past a function word or a speech noun, which open what he did)
    if (k > from && afterFi && !isStop(t) && !isSpeechNoun(t.norm)) continue;
    return -1;
  }
  return -1;
}

const CALLED = new Set(CALLED_WORDS);
/** Most definite adjectives after a relative's genitive before the comma that sets off the relative's name. */
const MAX_GENITIVE_ADJECTIVES = 2;
/** Most words between an anonymous word and "يدعى" ("مواطن سوداني يدعى", "مواطنة من حي الشجاعية، تدعى"). */
const MAX_CALLED_GAP = 5;

/** "مواطن سوداني يدعى إبراهيم": the name after "يدعى" within a few words of the anonymous word at `i`, or null. */
function calledName(text: string, tokens: readonly Token[], i: number, limit: number, registry: NameRegistry | null): Mention | null {
  for (let k = i + 1; k < limit && k - i <= MAX_CALLED_GAP; k++) {
    // ("أحد السكان، ويدعى ماجد القحطاني،": و and a comma may come before it)
    const called = CALLED.has(tokens[k]!.norm) || CALLED.has(tokens[k]!.norm.replace(/^و(?=\p{L}{4})/u, ''));
    if (hasComma(tokens[k - 1]!) && !called) return null;
    if (!called) continue;
    // (يدعي also spells "claims": "مسؤول يدعي البراءة" names nobody; a name after "called" has no article)
    const len = k + 1 < limit && !definiteToken(tokens[k + 1]!) ? nameLength(text, tokens, k + 1, limit, registry) : 0;
    return len > 0 ? mention(slice(text, tokens, k + 1, k + 1 + len), slice(text, tokens, i, k), k + 1 + len) : null;
  }
  return null;
}

function mention(name: string | null, role: string | null, next: number, extra: Partial<Mention> = {}): Mention {
  return { name, role, anonymous: false, roleOnly: false, pronoun: false, next, ...extra };
}

/** "وزراء", "خارجية": a portfolio in construct after a title before a state's name ("رئيس وزراء إيطاليا"), folded. */
const CONSTRUCT_PORTFOLIOS: ReadonlySet<string> = new Set(['وزراء', 'خارجيه', 'داخليه', 'دفاع', 'ماليه']);
/** "شمال", "غرب": points of the compass, before a place in a region's name ("شمال أفريقيا"). Folded. */
const COMPASS_POINTS: ReadonlySet<string> = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);
/** "سلطنة", "مملكة": the head of a state's name of two words ("سلطنة عمان"), folded. */
const STATE_HEADS: ReadonlySet<string> = new Set(['سلطنه', 'مملكه', 'دوله', 'جمهوريه', 'اماره', 'امارات']);
/** "نظيره", "ونظيرته", "لنظيرها": a person's counterpart, with the pronoun of whose, folded. */
const COUNTERPART_WORD = /^[وبل]?نظير(?:ه|ها|ته|تها|هم)$/u;

function afterName(text: string, tokens: readonly Token[], m: Mention, limit: number, preRole: string | null): Mention {
  // Apposition after the name: "أنور قرقاش، وزير الدولة الإماراتي", "طارق فهمي أستاذ العلاقات الدولية"
  const after = m.next;
  // ("التقى الرئيس X بنظيره الفرنسي Y", "وأبلغ الرئيس X نظيره الأمريكي أن": a counterpart is the one met or told, no
  // title of the name before)
  const bareTitle = after < limit && tokens[after]!.role && !definiteToken(tokens[after]!) && tokens[after - 1]!.after === '' && !COUNTERPART_WORD.test(tokens[after]!.norm);
  // "حسام الربيعي (محلل سياسي)": a title in brackets is an apposition too
  const bracketed = after < limit && tokens[after - 1]!.after.includes('(');
  if (after < limit && (hasComma(tokens[after - 1]!) || bareTitle || bracketed)) {
    let len = roleLength(tokens, after, limit);
    // "محمد الزياني، رئيس جمعية دوار تانسيخت للتنمية، …": a title set off by commas runs to its closing comma
    if (len > 0 && hasComma(tokens[after - 1]!) && !hasComma(tokens[after + len - 1]!)) len = commaClosed(tokens, after + len, limit) - after;
    // ("استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء الإسباني بيدرو سانشيز": a bare title with a name of its own right
    // after it is that person's, the one received, not an apposition of the name before)
    if (len > 0 && bareTitle && !bracketed && titledNameAfter(text, tokens, after + len, limit)) return m;
    if (len > 0 && (preRole === null || !preRole.includes(' '))) return { ...m, role: slice(text, tokens, after, after + len), next: after + len, ...(preRole !== null ? { title: preRole } : {}) };
  }
  // "حسين كاظم، صاحب مولدة أهلية في حي الشعب، إن …": a trade described between commas
  if (m.role === null && preRole === null && after < limit && hasComma(tokens[after - 1]!) && OCCUPATION_SET.has(tokens[after]!.norm)) {
    const end = occupationEnd(tokens, after + 1, limit);
    if (end > 0) return { ...m, role: slice(text, tokens, after, end), next: end };
  }
  // "أم محمد حمدان، والدة أحد الأسرى، إنها …": a relative of someone, set off by commas, says who the person is
  if (m.role === null && preRole === null && after + 1 < limit && hasComma(tokens[after - 1]!) && !hasComma(tokens[after]!) && isKinship(tokens[after]!.norm)) {
    const end = commaClosed(tokens, after + 1, limit);
    if (end > after + 1 && hasComma(tokens[end - 1]!)) return { ...m, role: slice(text, tokens, after, end), next: end };
  }
  // "هدى، وهي موظفة في عقدها الرابع": a description after the name is the role of a name that has none (read, not
  // skipped: what follows the name is still looked for from the name's end)
  if (m.role === null && preRole === null && after < limit && DESCRIPTION_PRONOUN_SET.has(tokens[after]!.norm)) {
    const end = descriptionEnd(tokens, after + 1, limit);
    if (end > after + 1) return { ...m, role: slice(text, tokens, after + 1, end) };
  }
  return m;
}

/** Whether a name of two words or more, opening on no definite word, follows a title ending at `j` with no comma between. */
function titledNameAfter(text: string, tokens: readonly Token[], j: number, limit: number): boolean {
  return j < limit && !hasComma(tokens[j - 1]!) && !definiteToken(tokens[j]!) && nameWord(text, tokens[j]!) && nameLength(text, tokens, j, limit, null) >= 2;
}

/** Most words a title set off by commas may run past its read length to its closing comma. */
const MAX_APPOSITION_TAIL = 4;

/**
 * End of a title between commas: past `end` (what the title reader took), up to and including the word a comma
 * follows, when no particle, cue, stop word or bracket comes first; else `end`.
 */
function commaClosed(tokens: readonly Token[], end: number, limit: number): number {
  for (let k = end; k < limit && k - end < MAX_APPOSITION_TAIL; k++) {
    const t = tokens[k]!;
    // ("محلل النفط لدى إف.جي.إي،", "خبير الأرصاد في المركز،": "at" a firm, "in" a body are the title's own; never
    // "في تصريح", where the words were said)
    const place = k === end && (t.norm === 'لدي' || (t.norm === 'في' && k + 1 < limit && !isSpeechNoun(tokens[k + 1]!.norm) && tokens[k + 1]!.cue === null));
    // (a body's name in quote marks inside the title is the title's: "المحلل في شركة «الراجحي كابيتال»،"; a colon
    // closes the title as a comma does: "…، المحلل في شركة الراجحي كابيتال: …")
    if ((isStop(t) && !place) || isParticle(t.norm) || t.cue !== null || /[()]/u.test(t.after)) return end;
    if (hasComma(t) || t.after.includes(':')) return k + 1;
  }
  return end;
}

/** Most words of ب-genitives a title may run on through to its comma ("المكلف بالإعلام بالوزارة،"). */
const MAX_COMMA_GENITIVES = 3;
/** The same for a title itself set off by commas after the name ("إيهاب واصف، رئيس شعبة الذهب بالاتحاد العام للغرف التجارية،"). */
const MAX_APPOSED_GENITIVES = 5;

/**
 * "المكلف بالإعلام بالوزارة، محمد الحاج طيب،": from `j`, definite words glued to ب (or plain definite words) up to
 * a comma, a particle or the phrase's end: the title's own genitives before an apposed name or its particle. A title
 * that is itself apposed (a comma before it) closes at its own comma, whatever follows.
 */
function genitivesToComma(tokens: readonly Token[], j: number, limit: number, apposed: boolean): boolean {
  for (let k = j; k - j < (apposed ? MAX_APPOSED_GENITIVES : MAX_COMMA_GENITIVES); k++) {
    // ("سليمان الأخزمي مدير عام صون الطبيعة بالهيئة إن …": or up to the phrase's end, or the particle that closes it)
    if (k > j && (k >= limit || isParticle(tokens[k]!.norm))) return true;
    if (k >= limit) return false;
    const t = tokens[k]!;
    if (!/^بال\p{L}{2,}$/u.test(t.norm) && !definiteToken(t)) return false;
    // a comma (never a colon: "وقال الوزير بالأمس: «…»") and then a name's first word
    if (hasComma(t)) {
      const next = tokens[k + 1];
      return !t.after.includes(':') && (apposed || (next !== undefined && k + 1 < limit && !isStop(next) && !definiteToken(next)));
    }
  }
  return false;
}

/** Whether token `k` is a name word that ends the phrase (a comma after it, or a stop or the limit next). */
function closingNameWord(text: string, tokens: readonly Token[], k: number, limit: number): boolean {
  if (k >= limit || !nameTail(text, tokens[k]!)) return false;
  return hasComma(tokens[k]!) || k + 1 >= limit || isStop(tokens[k + 1]!);
}

const DEFENCE_SET = new Set(DEFENCE_WORDS);
const MAX_DEFENCE_WORDS = 4;

const CONDITION_SET = new Set(CONDITION_NOUNS);

/** "تدرس", "يعمل": a present verb of four letters (ي or ت first), folded; names of that shape are listed given names. */
export const PRESENT_VERB_SHAPE = /^[يت][^\u0627]{3}$/u;
/**
 * "لوحت", "هددت", "دافعت", "اصدرت": a past verb of three letters, or of four with an alef second (فاعل) or first (أفعل)
 * and none last ("ملفات" is a plural), and the feminine ت, folded; names of that shape are listed given names.
 */
export const FEMININE_PAST_SHAPE = /^(?:\p{L}{3}|\p{L}\u0627\p{L}[^\u0627]|\u0627\p{L}{2}[^\u0627])ت$/u;
/** Whether an unlisted word of a feminine past verb's shape opens a clause before its subject ("لوّحت النقابات", "حسمت وزارة"). */
export function feminineVerbBeforeSubject(t: Token, next: Token | undefined): boolean {
  // ("حسمت وزارة التربية الجدل": or a body's head in construct; "دافعت وزيرة المالية عن الفصل": or a woman's title)
  return next !== undefined && FEMININE_PAST_SHAPE.test(t.norm) && (definiteToken(next) || ORG_SET.has(next.norm) || (next.role && next.norm.endsWith('ه'))) && !t.role && !startsWithGivenName(t.norm) && !isKnownPlace(t.norm);
}

const SPEAKER_SET = new Set(SPEAKER_WORDS);
/** "الأول", "الأولى" and "عن", "على" of "المسؤول الأول عن …", folded. */
const FIRST_RANK: ReadonlySet<string> = new Set(['الاول', 'الاولي']);
const IN_CHARGE_OF: ReadonlySet<string> = new Set(['عن', 'علي']);
/** Whether a title, folded, is "المسؤول الأول عن …": the official in charge of something. */
export function officialInCharge(role: string): boolean {
  const [head, rank, preposition] = role.split(' ');
  return head !== undefined && head.startsWith('ال') && OFFICIAL_TITLES.has(head.slice(2)) && FIRST_RANK.has(rank ?? '') && IN_CHARGE_OF.has(preposition ?? '');
}
/** "إلى", "على": prepositions a verb of speech takes before its particle ("أشار إلى أن", "شدد على أن"), folded. */
const PREPOSITION_BEFORE_PARTICLE: ReadonlySet<string> = new Set(['الي', 'علي']);
const SAME_SET = new Set(SAME_WORDS);
/** "نفس", "ذات": "the same" printed before the noun ("نفس المصدر"), folded. */
const SAME_BEFORE: ReadonlySet<string> = new Set(['نفس', 'ذات']);

/** "والعشرين", "والثلاثون": the tens of a number, joined by و. Folded. */
const TENS_AFTER_WAW = /^و(?:ال)?(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)$/u;


/** Nouns whose first letter is a و of their own ("وسط", "وادي"), folded. */
const WAW_NOUN_SET: ReadonlySet<string> = new Set(TITLE_NOUNS_WITH_WAW_OR_FEH);

/** Most words of a description read as a role ("وهي أم لثلاثة تلاميذ في مدرسة حكومية بالزرقاء"). */
const MAX_DESCRIPTION_ROLE_WORDS = 14;

/**
 * End of a description from `from`: the token a comma, colon or full stop follows, before any particle; or `from`
 * if it runs on. A word joined by و opens a clause of its own ("صديق بوشنل وطلب الكشف عن هويته"): the description ends there.
 */
function descriptionEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from; k < limit && k - from < MAX_DESCRIPTION_ROLE_WORDS; k++) {
    const t = tokens[k]!;
    if (isParticle(t.norm) || t.cue !== null) return from;
    // "، وهو يقف أمام ركام منزله": a present verb of the pronoun's person right after it opens a clause, no description
    if (k === from && presentAfterPronoun(tokens[from - 1]!.norm, t.norm)) return from;
    // "وهي أم لثلاثة أطفال من نابلس كانت في طريقها …": the description ends where a clause of its own begins
    if (k > from && OPENER_SET.has(t.norm)) return k;
    // "وهو سياسي محلي لرويترز عبر الهاتف": who was told ends the description
    if (k > from && (ADDRESSEE_SET.has(t.norm) || outletAddressee(tokens, k, limit) > 0)) return k;
    // ("وزير", "وكالة", "والد", "وسط" begin with و of their own: "صاحب متجر في وسط المدينة"; "الثالثة والعشرين"
    // counts on)
    if (k > from && t.norm.charCodeAt(0) === WAW && !t.role && !ORG_SET.has(t.norm) && !isKinship(t.norm) && !WAW_NOUN_SET.has(t.norm) && !TENS_AFTER_WAW.test(t.norm)) return k;
    if (/[،,:.]/u.test(t.after)) return k + 1;
  }
  return from;
}

/** "يقف", "يتحدث": a present verb of his person, folded (nisbas in ي, "يمني", and listed given names left out). */
const HIS_PRESENT_VERB = /^ي\p{L}{2,4}$/u;
/** "تعمل", "تبكي": a present verb of her person, folded (nouns in ة, "تاجرة", left out). */
const HER_PRESENT_VERB = /^ت\p{L}{2,4}$/u;

/** Whether a word right after "وهو" / "وهي" is a present verb of that pronoun's person. Folded. */
function presentAfterPronoun(pronoun: string, word: string): boolean {
  if (word.endsWith('ه') || startsWithGivenName(word)) return false;
  if (pronoun === 'وهو') return HIS_PRESENT_VERB.test(word) && !word.endsWith('ي');
  return pronoun === 'وهي' && HER_PRESENT_VERB.test(word);
}

const OPENER_SET = new Set(CLAUSE_OPENERS);
/** Whether a folded word opens a clause of its own ("كانت", "لكن", "بينما"). */
export function isClauseOpener(norm: string): boolean {
  return OPENER_SET.has(norm);
}
const SAME_SPEAKER_SET = new Set(SAME_SPEAKER_TITLES);
/** Whether a folded word is a title that stands for the one speaking with "ذاته"/"نفسه" after it or "نفس"/"ذات" before it. */
function speakerTitle(norm: string): boolean {
  return SPEAKER_SET.has(norm) || SAME_SPEAKER_SET.has(norm);
}
const WITHHELD_VERBS = new Set(WITHHELD_NAME_VERBS);
const WITHHELD_OBJECTS = new Set(WITHHELD_NAME_OBJECTS);
/** Relative pronouns opening a clause about the one just named, folded. */
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
/** "اسمه", "هويتها": the name or identity withheld. Folded. */
const WITHHELD_NAME_END = /^(?:اسم|هويت)(?:ه|ها|هم|هما)$/u;
/** Most words from the verb to the withheld name: "رفض الكشف عن اسمه", "طلب عدم الكشف عن هويته". */
const MAX_WITHHELD_WORDS = 5;

/**
 * "الذي رفض الكشف عن اسمه", "، طالبا عدم ذكر اسمه،": a clause that says the speaker's name is withheld, from
 * `from`. Returns the index just past it, or -1.
 */
export function withheldNameEnd(tokens: readonly Token[], from: number, limit: number): number {
  let k = from < limit && RELATIVE_PRONOUNS.has(tokens[from]!.norm) ? from + 1 : from;
  if (k >= limit || !WITHHELD_VERBS.has(tokens[k]!.norm)) return -1;
  for (const start = k++; k < limit && k - start <= MAX_WITHHELD_WORDS; k++) if (WITHHELD_NAME_END.test(tokens[k]!.norm)) return k + 1;
  return -1;
}
const DESCRIBING_SET = new Set(DESCRIBING_WORDS);
/** Whether a folded word opens a description of the name before it ("وهو", "الذي"). */
export function isDescribingWord(norm: string): boolean {
  return DESCRIBING_SET.has(norm);
}
const OCCUPATION_SET = new Set(OCCUPATIONS.map(foldText));
/** Most words of a trade described between commas. */
const MAX_OCCUPATION_WORDS = 8;

/** Where a trade in apposition ends: past the comma that closes it, or 0 when none does within reach. */
function occupationEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from - 1; k < limit && k - from < MAX_OCCUPATION_WORDS; k++) {
    const t = tokens[k]!;
    if (k >= from && (isParticle(t.norm) || t.cue !== null || OPENER_SET.has(t.norm) || DESCRIBING_SET.has(t.norm))) return 0;
    // ("آدم إسحاق، أحد سكان حي أبوشوك: «…»": a colon closes it as a comma does)
    if (hasComma(t) || (k >= from && t.after.includes(':'))) return k + 1;
    if (/[()«»"“”.]/u.test(t.after)) return 0;
  }
  return 0;
}

/** Most words of a body's name in brackets after its head. */
const MAX_BRACKETED_NAME = 5;

/** Tokens from the head at `i` through the bracketed name right after it ("شبكة (سي.بي.اس.نيوز)"), or 0. */
function bracketedName(tokens: readonly Token[], i: number, limit: number): number {
  if (!/^\s*\($/u.test(tokens[i]!.after)) return 0;
  for (let k = i + 1; k < limit && k - i <= MAX_BRACKETED_NAME; k++) {
    const after = tokens[k]!.after;
    if (after.includes(')')) return after.trimStart().startsWith(')') ? k - i + 1 : 0;
    if (after.includes('(') || /[،,:«»"]/u.test(after)) return 0;
  }
  return 0;
}

/** Anonymous words that a body's genitive and a name may follow: "متحدث الوزارة الدكتور …". Folded. */
const SPOKESMAN_SET = new Set(SPOKESMAN_WORDS);
/** Most definite words of the body a spokesman speaks for. */
const MAX_SPOKESMAN_BODY = 3;

/** "متحدث الوزارة الدكتور محمد العبدالعالي": the name after the spokesman's body, with the pair as the role, or null. */
function namedSpokesman(text: string, tokens: readonly Token[], i: number, limit: number, registry: NameRegistry | null): Mention | null {
  let k = i + 1;
  while (k < limit && k - i <= MAX_SPOKESMAN_BODY && definiteToken(tokens[k]!) && !isStop(tokens[k]!) && !HONORIFIC_SET.has(tokens[k]!.norm) && !hasComma(tokens[k - 1]!)) k++;
  if (k === i + 1 || k >= limit || hasComma(tokens[k - 1]!)) return null;
  const n = skipHonorifics(tokens, k, limit);
  if (n === k && !startsWithGivenName(tokens[k]!.norm)) return null;
  const len = n < limit ? nameLength(text, tokens, n, limit, registry) : 0;
  if (len < 2) return null;
  const role = slice(text, tokens, i, k);
  return afterName(text, tokens, mention(slice(text, tokens, n, n + len), role, n + len), limit, role);
}

const RANK_REACH = 4;

/** "مدير شرطة منطقة مكة المكرمة اللواء عبدالعزيز …": a rank or honorific shortly after the title starts the name. */
function rankAfter(text: string, tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from; k < limit && k - from < RANK_REACH; k++) {
    // "مؤلفة العمل آلاء الشيخ،": an honorific that no name follows is a family name, not a rank
    // ("محمد الحاج طيب": after a common given name the honorific is inside the name)
    if (HONORIFIC_SET.has(tokens[k]!.norm) && !ownerOf(tokens, k)) return k > from && (familyHonorific(text, tokens, k, limit) || startsWithGivenName(tokens[from]!.norm)) ? -1 : k;
    if (isStop(tokens[k]!) || hasComma(tokens[k]!)) return -1;
  }
  return -1;
}

/** Most words of a body's name in quote marks after its head ("شركة «إينيرغيا»"). */
const MAX_QUOTED_BODY_WORDS = 4;

/** Where a body's name in quote marks from token `j` ends (the token after its closing mark), or -1. */
function quotedBodyEnd(tokens: readonly Token[], j: number, limit: number): number {
  for (let k = j; k < limit && k - j < MAX_QUOTED_BODY_WORDS; k++) {
    if (CLOSING_MARK.test(tokens[k]!.after)) return k + 1;
    if (hasComma(tokens[k]!) || OPENING_MARK.test(tokens[k]!.after)) return -1;
  }
  return -1;
}

/** Name words in quote marks from token `j` (two or three) with no further name after the mark, or 0. */
function quotedName(text: string, tokens: readonly Token[], j: number, limit: number): number {
  for (let len = 2; len <= 3 && j + len <= limit; len++) {
    const last = tokens[j + len - 1]!;
    if (!nameWord(text, tokens[j + len - 1]!)) return 0;
    if (!endsAtMark(last)) continue;
    const after = tokens[j + len];
    // ("«تحالف الفتح» علي الزبيدي": "علي" spelt with ي is the name after the body's, no preposition closing it)
    const closed = after === undefined || j + len >= limit || (isStop(after) && !isNameAli(text, after)) || hasComma(last) || /^و\p{L}{3,}/u.test(after.norm);
    return closed && tokens.slice(j, j + len).every((t) => nameWord(text, t)) ? len : 0;
  }
  return 0;
}

/** Longest bracketed aside read past after a title. */
const MAX_ASIDE_TOKENS = 5;

/** Where the words after a bracketed aside opening at token `j` start ("( واحتنا فرحانة )"), or `j` when none opens there. */
function bracketedAside(tokens: readonly Token[], j: number, limit: number): number {
  if (j === 0 || j >= limit || !tokens[j - 1]!.after.includes('(')) return j;
  for (let k = j; k < limit && k - j < MAX_ASIDE_TOKENS; k++) if (tokens[k]!.after.includes(')')) return k + 1;
  return j;
}

/** Whether the last word of a title of three words or more is a second one-word title before a given name. */
function secondTitleAt(tokens: readonly Token[], i: number, roleLen: number, limit: number): boolean {
  const last = i + roleLen - 1;
  if (roleLen < 3 || last + 1 >= limit) return false;
  const title = tokens[last]!;
  const before = tokens[last - 1]!;
  const next = tokens[last + 1]!;
  // ("قائد شرطة دبي الفريق عبدالله المري": a known place is as closed as a definite noun)
  return title.role && definiteToken(title) && (definiteToken(before) || isKnownPlace(before.norm)) && !before.role && !hasComma(before) && title.after === '' && !definiteToken(next) && startsWithGivenName(next.norm);
}

/**
 * "رئيس اللجنة، النائب ماجد سالم", "المدير الفني للمنتخب، المدرب الوطني سامي فؤاد": the length of a second, definite
 * title (or an indefinite one in construct) set off by the comma after the first, before a name
 * opening on an indefinite word; or 0.
 */
function apposedTitle(tokens: readonly Token[], j: number, limit: number): number {
  if (j === 0 || j >= limit - 1 || !hasComma(tokens[j - 1]!) || !tokens[j]!.role) return 0;
  const len = roleLength(tokens, j, limit);
  const after = tokens[j + len];
  // ("رئيسة القمة، وزيرة البيئة البرازيلية مارينا سيلفا": an indefinite title in construct, before a word no title's
  // or verb's, the name's)
  const fits = definiteToken(tokens[j]!) || (len >= 2 && after !== undefined && !after.role && after.cue === null && after.loose === null);
  return fits && len >= 1 && j + len < limit && after !== undefined && !definiteToken(after) && !isStop(after) ? len : 0;
}

/**
 * The title's length cut before a body with the article, or a common object ("المجتمع"), right after a definite word
 * of it ("زعيم المعارضة الحكومة", "وزير الخارجية المجتمع الدولي").
 */
function bodyAfterClosedTitle(tokens: readonly Token[], i: number, roleLen: number): number {
  for (let p = i + 2; p < i + roleLen; p++) {
    const w = tokens[p]!.norm;
    if (definiteToken(tokens[p - 1]!) && !hasComma(tokens[p - 1]!) && (definiteBody(w) || COMMON_OBJECT_SET.has(w) || nounAfterClosedTitle(tokens[p]!, tokens[p - 1]!))) return p - i;
  }
  return roleLen;
}

/** "السابق", "السابقة", "الحاكم": a definite adjective of the active participle's shape (فاعل, فاعلة), folded. */
const DEFINITE_ACTIVE_PARTICIPLE = /^ال\p{L}ا\p{L}{2}ه?$/u;
/** "الأسبق", "الأعلى": a definite elative (أفعل, never in ة: "الأزمة" is a noun), folded. */
const DEFINITE_ELATIVE = /^الا\p{L}{2}[^ه]$/u;
/** "المؤشرات", "الإجراءات": a definite sound feminine plural, folded. */
const DEFINITE_FEMININE_PLURAL = /^ال\p{L}{3,}ات$/u;
/** "الموازنة", "المراجعة", "المساعدة": a definite verbal noun of مفاعلة's shape, folded. */
const DEFINITE_FORM_III_MASDAR = /^الم\p{L}ا\p{L}{2}ه$/u;

/**
 * "وانتقد وزير الخارجية الإجراءات", "رئيس الحكومة القرارات الأخيرة": a definite word of no adjective's shape (no
 * nisba, no participle, no elative, no "العام", no point of the compass or place: "الجنوب أفريقي") after the definite
 * genitive that closes a title: the verb's object. ("محافظ البنك المركزي المؤشرات": a plural in ات after a word
 * that is none, whatever its shape: no adjective of the singular before it.)
 */
function nounAfterClosedTitle(t: Token, prev: Token): boolean {
  const w = t.norm;
  if (!w.startsWith('ال') || t.role || isStop(t) || startsWithGivenName(w.slice(2)) || COMPASS_POINTS.has(w.slice(2)) || isKnownPlace(w)) return false;
  if (DEFINITE_FEMININE_PLURAL.test(w) && !prev.norm.endsWith('ات')) return true;
  // ("ودعا وزير الصحة المواطنين إلى …": and a plural in ين, of a participle's shape or not, after a feminine singular,
  // which no plural adjective follows)
  if (DEFINITE_PLURAL.test(w) && !PLURAL_NISBA.test(w) && prev.norm.endsWith('ه')) return true;
  // ("وناقش رئيس مجلس الوزراء الموازنة العامة": and a verbal noun of مفاعلة's shape, whatever its م)
  if (DEFINITE_FORM_III_MASDAR.test(w)) return true;
  return !definiteAdjective(w) && !DEFINITE_ACTIVE_PARTICIPLE.test(w) && !DEFINITE_ELATIVE.test(w) && w !== GENERAL && w !== GENERAL_FEMININE;
}

/** Titles held at a post, whose place ("في اليمن", "لدى لبنان", "إلى سوريا") is part of the title. Folded. */
const POSTED_TITLES: ReadonlySet<string> = new Set(['سفير', 'سفيره', 'مبعوث', 'مبعوثه', 'منسق', 'منسقه', 'ممثل', 'ممثله', 'مندوب', 'مندوبه', 'قنصل', 'مراسل', 'مراسله'].flatMap((w) => [w, `ال${w}`]));
/** Prepositions before a posted title's place: في, لدى, إلى. Folded. */
const POST_PREPOSITIONS = new Set(['في', 'لدي', 'الي']);

/**
 * Whether a title [i, j) that no name follows is a posted title with its place, read up to a particle: the title opens
 * on an envoy's, ambassador's, coordinator's or representative's head, and a preposition and a known place close it
 * ("منسقة الشؤون الإنسانية في اليمن إن"), never where the words were said ("الوزير في مؤتمر صحفي").
 */
function postedToPlace(tokens: readonly Token[], i: number, j: number, limit: number): boolean {
  // (the particle may stand at the limit itself, where the phrase before "إن" is read; a title of one word, "السفير
  // في بيروت", points back to the ambassador named before)
  if (j - i < 2 || j + 2 > limit || !POSTED_TITLES.has(tokens[i]!.norm) || !POST_PREPOSITIONS.has(tokens[j]!.norm) || hasComma(tokens[j - 1]!) || !isKnownPlace(tokens[j + 1]!.norm)) return false;
  const after = tokens[j + 1]!.after;
  return after.startsWith(':') || (after === '' && j + 2 < tokens.length && isParticle(tokens[j + 2]!.norm));
}

/** "الحكومة", "الجيش", "المعارضة": a body named by its head with the article, folded. */
function definiteBody(w: string): boolean {
  return w.startsWith('ال') && (ORG_SET.has(w.slice(2)) || MASCULINE_BODY_SET.has(w) || PARTICIPLE_SHAPED_BODY_SET.has(w));
}

/**
 * Where a second title opens inside the title at `i`…`end`, right after a definite word: a construct title's head
 * ("الصحفي وزير المالية") or a title's head with the article after the first title's last word ("رئيس الوزراء
 * الإسرائيلي الرئيس الأمريكي"); -1 when none does.
 */
function addressedTitleAt(tokens: readonly Token[], i: number, end: number): number {
  for (let j = i + 1; j < end; j++) {
    const before = tokens[j - 1]!;
    if (before.after !== '') return -1;
    if (!definiteToken(before) || !isRoleHead(tokens[j]!.norm)) continue;
    if (!tokens[j]!.definite && j + 1 < end && tokens[j]!.after === '' && definiteToken(tokens[j + 1]!)) return j;
    // (the article its own, no ل glued before it: "المدير الفني للفريق" is one title)
    if (tokens[j]!.norm.startsWith('ال') && j > i + 1 && !SINGULAR_NISBA.test(tokens[j]!.norm)) return j;
  }
  return -1;
}

function readRolePhrase(text: string, tokens: readonly Token[], i: number, roleLen: number, limit: number, registry: NameRegistry | null, objectFollows: ObjectFollows): Mention {
  // ("ودعا الرئيس الشعب إلى …", "ودعا الوزير المواطنين إلى …": after a verb whose object follows, a common noun or a
  // sound plural right after a title with the article is whom it called on; "وهدد الرئيس المعارضة بأن …": a body so too)
  if (objectFollows && roleLen > 1 && definiteToken(tokens[i]!) && (addressedObject(tokens[i + 1]!) || definiteBody(tokens[i + 1]!.norm))) roleLen = 1;
  // ("وسأل الصحفي الوزير: …": or a second title's head with the article, whom the first addressed, no name of his;
  // never a nisba, "الخبير الاقتصادي", which is the first title's adjective)
  if (objectFollows && roleLen > 1 && definiteToken(tokens[i]!) && tokens[i]!.after === '' && definiteToken(tokens[i + 1]!) && isRoleHead(tokens[i + 1]!.norm) && !SINGULAR_NISBA.test(tokens[i + 1]!.norm)) {
    roleLen = 1;
    limit = i + 1;
  }
  // ("وسأل الصحفي وزير المالية: …", "وسأل مراسل الجزيرة وزير الخارجية: …", "وأبلغ رئيس الوزراء الإسرائيلي الرئيس
  // الأمريكي أن …": after a verb of asking or telling, a second title's head right after a definite word opens the
  // title of whom the first asked or told)
  if (objectFollows === 'addressee') {
    const second = addressedTitleAt(tokens, i, i + roleLen);
    if (second > i) {
      roleLen = second - i;
      limit = second;
    }
  }
  // ("واتهم زعيم المعارضة الحكومة بـ…": past the definite genitive that closes the title, a body named with the
  // article is the object)
  if (objectFollows) {
    const closed = bodyAfterClosedTitle(tokens, i, roleLen);
    // (a plain noun there, "الإجراءات", is the object with no name before it: nothing after the title is its name)
    if (closed < roleLen && nounAfterClosedTitle(tokens[i + closed]!, tokens[i + closed - 1]!)) limit = i + closed;
    roleLen = closed;
  }
  const rank = rankAfter(text, tokens, i + roleLen, limit);
  if (rank > i + roleLen) roleLen = rank - i;
  // "رئيس لجنة المرافق العامة والبيئة النائب بدر التميمي": after a title that ends on a definite noun, a one-word
  // definite title right before a given name is a second title, no part of the first (as with a comma between)
  const second = secondTitleAt(tokens, i, roleLen, limit);
  if (second) roleLen--;
  let role = slice(text, tokens, i, i + roleLen);
  // "وقال الوزير: «…»": nothing after a colon is the title's name
  if (tokens[i + roleLen - 1]!.after.includes(':')) limit = i + roleLen;
  let j = second ? i + roleLen + 1 : skipHonorifics(tokens, i + roleLen, limit);
  // "رئيس اللجنة المالية النيابية، النائب نمر السليحات،": a one-word title after the comma, before an indefinite word, is
  // no part of the name
  // ("المدير الفني للمنتخب، المدرب الوطني سامي فؤاد": a second title of several words so)
  const apposed = j === i + roleLen ? apposedTitle(tokens, j, limit) : 0;
  j += apposed;
  // "ولي ولي العهد صاحب السمو الملكي الأمير محمد بن سلمان": a prince's style after the styles is no part of the name
  if (j > i + roleLen && j + 1 < limit && PRINCELY.has(tokens[j]!.norm) && !hasComma(tokens[j]!)) j++;
  // "نائب رئيس مهرجان القطيف (واحتنا فرحانة) رائد أبو عزيز": a bracketed aside after the title, then the name
  const aside = bracketedAside(tokens, j, limit);
  // ("وزير الخارجية (السابق)": one definite word in brackets is the title's adjective, never the name)
  if (aside > j && (nameLength(text, tokens, aside, limit, registry, objectFollows) >= 2 || (aside === j + 1 && definiteToken(tokens[j]!)))) j = aside;
  // "مدير عام «ماجد للتنمية» همام زارع": a quoted word after the title belongs to the title
  const quotedNext = j < limit && OPENING_MARK.test(text[tokens[j]!.start - 1] ?? '');
  let nameLen = j < limit && !quotedNext ? nameLength(text, tokens, j, limit, registry, objectFollows) : 0;
  // "وقالت الأم «إليزابيث هاندي» ووالد الطفلة …": a quoted name that nothing name-like follows is the name itself
  // ("مدير فريق «منسقو استجابة سوريا»، محمد حلاج": after a body's head the quoted words name the body)
  if (quotedNext && !ORG_SET.has(tokens[j - 1]!.norm)) nameLen = quotedName(text, tokens, j, limit);
  // "نائب وزير التجارة الصيني لي شينغانغ": after a title, "لي" before a name word is the surname Li, not "to me"
  if (nameLen === 0 && j + 1 < limit && tokens[j]!.norm === 'لي' && tokens[j]!.after === '' && !definiteToken(tokens[j + 1]!)) {
    const rest = nameLength(text, tokens, j + 1, limit, registry, objectFollows);
    if (rest > 0) nameLen = rest + 1;
  }
  // "الشيخ صباح الخالد الحمد الصباح": a given name that is also a common word, right after a title with the article
  // (or an honorific with it after the title: "وزير الخارجية الكويتي الشيخ صباح الخالد")
  if (nameLen === 0 && (j === i + roleLen || honorificBefore(tokens, j)) && j < limit && !quotedNext && definiteToken(tokens[j - 1]!) && !hasComma(tokens[j - 1]!)) nameLen = commonWordNameLength(text, tokens, j, limit, registry);
  // "أمير سعودي بارز": an indefinite title's nisba adjectives describe it, they name nobody
  if (nameLen > 0 && roleLen === 1 && j === i + 1 && !definiteToken(tokens[i]!) && /^(?!ال)\p{L}{3,}ي$/u.test(tokens[j]!.norm) && !startsWithGivenName(tokens[j]!.norm) && !isKnownPlace(tokens[j]!.norm)) nameLen = 0;
  // "المتحدث الإعلامي لشرطة منطقة مكة المكرمة، المقدم محمد الغامدي،": a known place read as the name is the
  // title's; the name, if any, follows it
  if (nameLen > 0 && knownPlaceRun(tokens, j, nameLen)) {
    const k = skipHonorifics(tokens, j + nameLen, limit);
    const len = k < limit ? nameLength(text, tokens, k, limit, registry, objectFollows) : 0;
    role = slice(text, tokens, i, j + nameLen);
    roleLen = j + nameLen - i;
    j = k;
    nameLen = len;
  }
  // "مدرب ريال مدريد كارلو أنشيلوتي": a club's name after the title, then a name of two words or more: the club is
  // the title's
  // ("مدرب باريس سان جيرمان لويس إنريكي": the title took the club's city already; the rest of the club is its too)
  const club = nameLen > 2 ? clubLength(tokens, j, j + nameLen) || Math.max(0, (j > i ? clubLength(tokens, j - 1, j + nameLen) : 0) - 1) : 0;
  if (club > 0 && nameLen - club >= 2) {
    role = slice(text, tokens, i, j + club);
    roleLen = j + club - i;
    j += club;
    nameLen -= club;
  }
  // "الرئيس التنفيذي لشركة أكوا باور ماركو أرتشيلي": after a company's or a group's head closing the title, unlisted
  // words that a listed given name follows are the company's name, and the name opens on the given name (two words
  // or more)
  if (nameLen > 2 && companyHeadBefore(tokens, i, j) && !startsWithGivenName(tokens[j]!.norm)) {
    let k = j + 1;
    while (k < j + nameLen - 1 && !startsWithGivenName(tokens[k]!.norm)) k++;
    if (k < j + nameLen - 1) {
      role = slice(text, tokens, i, k);
      roleLen = k - i;
      nameLen -= k - j;
      j = k;
    }
  }
  // "مدرب ريال مدريد، دييغو سيميوني، إن": words after the title that open on no given name, then a comma and a
  // name of two words or more set off by a comma too (or right before the particle): the first words are the
  // title's (the club, the firm), the name follows them
  if (nameLen > 0 && j + nameLen < limit && hasComma(tokens[j + nameLen - 1]!) && appositiveAfter(text, tokens, j, nameLen, limit, registry)) {
    const k = j + nameLen;
    role = slice(text, tokens, i, k);
    roleLen = k - i;
    j = k;
    nameLen = nameLength(text, tokens, k, limit, registry, objectFollows);
  }
  if (nameLen === 0 && j < limit) {
    let tail = roleTail(text, tokens, i, j, limit);
    // ("المستشار في السلامة المرورية الدكتور علي الزهراني": an honorific closing the tail opens the name)
    while (tail > j + 1 && HONORIFIC_SET.has(tokens[tail - 1]!.norm)) tail--;
    if (tail > 0) {
      // ("عضو مجلس النواب عن حزب الوسط، النائب ماجد سالم": a second title after the tail's comma, then the name)
      const honoured = skipHonorifics(tokens, tail, limit);
      const k = honoured + apposedTitle(tokens, honoured, limit);
      const len = k < limit ? nameLength(text, tokens, k, limit, registry) : 0;
      if (len > 0) {
        role = slice(text, tokens, i, tail);
        j = k;
        nameLen = len;
      } else if (j === i + roleLen && tokens[j]!.norm === 'في' && hasComma(tokens[tail - 1]!) && !hasComma(tokens[j - 1]!)) {
        // "مديرة الطوارئ في المكتب الإقليمي لأفريقيا، وهي …": no name follows; the title runs to its comma
        // (not after a comma: "الوزير، في مؤتمر صحفي، إن …" says where he spoke)
        roleLen = tail - i;
        role = slice(text, tokens, i, tail);
      }
    } else if (j === i + roleLen && postedToPlace(tokens, i, j, limit)) {
      // "وقالت منسقة الشؤون الإنسانية في اليمن إن …": no name follows; a posted title runs to the place it serves
      roleLen += 2;
      role = slice(text, tokens, i, i + roleLen);
    }
  }
  // "اعتبر محامي برونسون أن …": an indefinite relational title before one name is that person's (unnamed) lawyer,
  // adviser or spokesman speaking, not the person named
  if (nameLen === 1 && j === i + 1 && RELATIONAL_TITLES.has(tokens[i]!.norm) && (registry !== null && registeredLength(registry, tokens, j) > 0 || (j + 1 < limit && isStop(tokens[j + 1]!)))) {
    return mention(null, slice(text, tokens, i, j + 1), j + 1, { anonymous: true });
  }
  // "وذكر محامي سيدة أمريكا الأولى": the lawyer of someone described, not named, is nobody in particular
  if (nameLen > 0 && j === i + 1 && RELATIONAL_TITLES.has(tokens[i]!.norm) && ANONYMOUS_SET.has(tokens[j]!.norm)) {
    return mention(null, slice(text, tokens, i, j + nameLen), j + nameLen, { anonymous: true });
  }
  // "منسق الإغاثة في المخيم، الفرنسي بيير مارتان": a definite nisba adjective before a name of two words or more
  // is the person's nationality, part of the title
  if (nameLen >= 3 && definiteToken(tokens[j]!) && /ي$/u.test(tokens[j]!.norm) && !(registry !== null && registeredLength(registry, tokens, j) > 0)) {
    role = `${role}${hasComma(tokens[j - 1]!) ? '،' : ''} ${slice(text, tokens, j, j + 1)}`;
    j++;
    nameLen--;
  }
  // "مستشار تركي، ياسين أقطاي، إن": an indefinite title and its adjectives, then the name set off by commas (the
  // adjective may spell a given name: "تركي")
  const set = nameLen <= 1 && j === i + roleLen && !isDefinite(tokens[i]!.norm) ? commaSetName(text, tokens, i, j, limit, registry) : null;
  if (set !== null) return afterName(text, tokens, mention(slice(text, tokens, set.start, set.end), slice(text, tokens, i, set.start), set.end), limit, null);
  // (the second title kept beside the first: "الوزيرة" finds "رئيسة القمة، وزيرة البيئة البرازيلية مارينا سيلفا")
  if (nameLen > 0) return afterName(text, tokens, mention(slice(text, tokens, j, j + nameLen), role, j + nameLen, apposed > 0 ? { title: slice(text, tokens, i + roleLen, i + roleLen + apposed) } : {}), limit, role);
  // "المدير التنفيذي للمنظمة، ويدعى جون سميث،": a title, then the one holding it named after "يدعى"
  const called = roleLen > 0 ? calledName(text, tokens, i + roleLen - 1, limit, registry) : null;
  if (called !== null && called.name !== null) return afterName(text, tokens, mention(called.name, role, called.next), limit, role);
  // A title alone: definite ("المدعي العام", "وزير الطاقة") stands for a person; indefinite ("مسؤول") is anonymous.
  const head = tokens[i]!.norm;
  // (an organisation in construct with a definite word makes it definite too: "وكيل وزارة الحج اليمنية")
  // ("نائب رئيس الوزراء", "نائب خادم الحرمين الشريفين": a chain of titles in construct that a definite word closes;
  // never "متحدثة باسم وزارة الخارجية", a spokeswoman)
  let closing = i + 1;
  // ("رئيس وزراء إسبانيا", "أمير قطر", "مدرب ليفربول": a place's or a club's name closes it as well)
  // ("لاعب وسط مانشستر يونايتد": past a player's place on the pitch)
  // ("مدير عام الجمارك", "أمين عام الوزارة": "general" without the article, in the title's chain)
  while (closing < i + roleLen && !definiteToken(tokens[closing]!) && (tokens[closing]!.role || BARE_GENERAL.has(tokens[closing]!.norm) || ROLE_PHRASES.has(tokens[closing]!.norm) || ORG_SET.has(tokens[closing]!.norm) || CONSTRUCT_PORTFOLIOS.has(tokens[closing]!.norm) || (PITCH_SET.has(tokens[closing]!.norm) && PLAYER_OR_PITCH.test(tokens[closing - 1]!.norm)))) closing++;
  const definite = isDefinite(head) || (closing < i + roleLen && (definiteToken(tokens[closing]!) || properNameAfterHead(tokens, closing, i + roleLen) || isKnownPlace(tokens[closing]!.norm) || clubLength(tokens, closing, i + roleLen) > 0));
  // "المسؤول الأوروبي نفسه" points back to an unnamed official: still anonymous
  if (!definite || ANONYMOUS_SET.has(head.replace(/^ال/u, ''))) return mention(null, role, i + roleLen, { anonymous: true });
  return mention(role, null, i + roleLen, { roleOnly: true });
}

/** "تركي", "أمريكية", "كبير", "سابق": an indefinite adjective an anonymous title may carry. Folded. */
const INDEFINITE_TITLE_ADJECTIVE = /^(?!ال)\p{L}{2,}(?:ي|يه)$|^(?:كبير|كبيره|بارز|بارزه|سابق|سابقه|رفيع)$/u;
/** Most adjectives read between an indefinite title and its comma. */
const MAX_TITLE_ADJECTIVES = 3;

/**
 * The name set off by commas after an indefinite title and its adjectives ("مستشار تركي، ياسين أقطاي،"): where the
 * name (and so the title's end) starts and where it ends, or null. The name has two words or more and a comma closes it.
 */
function commaSetName(text: string, tokens: readonly Token[], i: number, from: number, limit: number, registry: NameRegistry | null): { start: number; end: number } | null {
  let e = from;
  while (e < limit && e - from < MAX_TITLE_ADJECTIVES && !hasComma(tokens[e - 1]!) && INDEFINITE_TITLE_ADJECTIVE.test(tokens[e]!.norm)) e++;
  if (e >= limit || e - i < 2 || !hasComma(tokens[e - 1]!)) return null;
  const len = nameWord(text, tokens[e]!) ? nameLength(text, tokens, e, limit, registry) : 0;
  return len >= 2 && hasComma(tokens[e + len - 1]!) ? { start: e, end: e + len } : null;
}

/**
 * "مصفف الشعر اللندني غوستاف فوشيه": a noun with definite attributes, then undefined words, is a description
 * followed by the name, even when the noun is no listed title.
 */
function describedName(text: string, tokens: readonly Token[], i: number, limit: number, registry: NameRegistry | null): Mention | null {
  const first = tokens[i]!;
  if (isDefinite(first.norm) || hasComma(first) || !nameWord(text, first) || registeredLength(registry ?? [], tokens, i) > 0) return null;
  // "لوّحت النقابات التعليمية بخوض …": a verb and its subject, no description
  if (feminineVerbBeforeSubject(first, tokens[i + 1])) return null;
  let j = i + 1;
  while (j < limit && j - i <= 3 && definiteToken(tokens[j]!) && !isStop(tokens[j]!) && !hasComma(tokens[j - 1]!)) j++;
  // "حسام الربيعي (محلل سياسي)": a bracket or quote mark closes the name, no description runs on past it
  if (j === i + 1 || j >= limit || hasComma(tokens[j - 1]!) || endsAtMark(tokens[j - 1]!)) return null;
  // "سامي الخزعل مدير الرياضة": a given name and a definite family name, then a title — a name, not a description
  if (tokens[j]!.role || startsWithGivenName(first.norm)) return null;
  const len = nameLength(text, tokens, j, limit, registry);
  if (len < 2) return null;
  return mention(slice(text, tokens, j, j + len), slice(text, tokens, i, j), j + len);
}

/** "أخرى", "آخر", "آخرون": another one, after an unnamed noun (folded). */
const ANOTHER = new Set(['اخري', 'اخر', 'اخرون', 'اخرين', 'اخريات']);
/** "جانب", "صعيد", "جهة", "ناحية": nouns of the discourse links "من جانب آخر", "على صعيد آخر" (folded). */
const OTHER_SIDE = new Set(['جانب', 'صعيد', 'جهه', 'ناحيه', 'حين', 'وقت', 'مكان', 'موضع']);

/** Whether the one word at `i` heads a construct with the bare title after it: no given name, no registered name. */
function constructHead(tokens: readonly Token[], i: number, limit: number, registry: NameRegistry | null): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next === undefined || i + 1 >= limit || !next.role || definiteToken(next) || t.after !== '' || definiteToken(t)) return false;
  return !startsWithGivenName(t.norm) && (registry === null || registeredLength(registry, tokens, i) === 0);
}

/**
 * "مدير شركة «إينيرغيا» الروسية", "رئيس نادي برشلونة الإسباني": right after a body's head, a word with no article that
 * is quoted, or that a definite nisba adjective follows, is the body's own name, so the title is definite (never a
 * preposition: "إمام مسجد من الخوي" is an imam, unnamed).
 */
function properNameAfterHead(tokens: readonly Token[], k: number, limit: number): boolean {
  if (k === 0 || !ORG_SET.has(tokens[k - 1]!.norm)) return false;
  if (isStop(tokens[k]!)) return false;
  return QUOTE_MARK.test(tokens[k - 1]!.after) || (k + 1 < limit && !hasComma(tokens[k]!) && definiteToken(tokens[k + 1]!) && DEFINITE_NISBA.test(tokens[k + 1]!.norm));
}

/** "المواطنين": a definite sound plural in the accusative, three letters or more before its ending, folded. */
const DEFINITE_PLURAL = /^[وف]?(?:ال|لل)\p{L}{3,}ين$/u;
/** "الشعب", "المواطنين": a common noun or a sound plural (no nisba's) that a verb whose object follows addresses. */
function addressedObject(t: Token): boolean {
  return COMMON_OBJECT_SET.has(t.norm) || ADDRESSED_GROUP_SET.has(t.norm) || (DEFINITE_PLURAL.test(t.norm) && !PLURAL_NISBA.test(t.norm));
}

/** Reads the speaker phrase starting at token `i` (before `limit`): role, name, apposition. */
export function readMention(
  text: string,
  tokens: readonly Token[],
  i: number,
  limit: number,
  registry: NameRegistry | null,
  objectFollows: ObjectFollows = false,
): Mention | null {
  if (i < limit && HONORIFIC_PRONOUN_SET.has(tokens[i]!.norm)) return mention(null, null, i + 1, { pronoun: true, honour: tokens[i]!.norm });
  // "وقال لرويترز مسؤول كبير": the outlet told comes first, the speaker after it (if any)
  const told = i < limit ? outletAddressee(tokens, i, limit) || quotedAddressee(tokens, i, limit) || addresseeBeforeTitle(tokens, i, limit) : 0;
  if (told > 0) return hasComma(tokens[i + told - 1]!) ? null : readMention(text, tokens, i + told, limit, registry, objectFollows);
  const start = i;
  const roleFirst = i < limit ? roleLength(tokens, i, limit) : 0;
  // "وأضاف محافظة، خلال …": a registered family name that is also a title's or a body's word, governing nothing
  if (roleFirst <= 1 && registry !== null && i < limit && titleWordAsFamily(tokens, i, limit, registry)) return mention(slice(text, tokens, i, i + 1), null, i + 1);
  if (roleFirst === 0) i = skipHonorifics(tokens, i, limit);
  // ("ولي العهد" folds like و + لي, a function word: a listed title of several words is read as one, and so is a
  // title before it: "ولي ولي العهد")
  if (i >= limit || (isStop(tokens[i]!) && !spelledAsNoun(text, tokens[i]!) && !rolePhraseAt(tokens, i) && !(tokens[i]!.role && i + 1 < limit && rolePhraseAt(tokens, i + 1)) && !openingVan(text, tokens, i, limit))) return null;
  const first = tokens[i]!.norm;
  // "وقال أحدهم:", "أحدهما": one of them, nobody named
  if (first.length >= MIN_ONE_OF_THEM && first.charCodeAt(0) === ALEF && ONE_OF_THEM.test(first)) {
    // ("وقال أحدهم، وهو الخبير الاقتصادي وائل النحاس، إن": the one of them named in the apposition after "وهو")
    const described = hasComma(tokens[i]!) && i + 2 < limit && DESCRIPTION_PRONOUN_SET.has(tokens[i + 1]!.norm) ? readMention(text, tokens, i + 2, limit, registry) : null;
    return described !== null && described.name !== null && !described.anonymous ? described : mention(null, null, i + 1, { anonymous: true });
  }
  // "أحد منظميها نبيل جاسم", "والد المبتعث": one of a group or a relative of someone, named after the pair or
  // nobody in particular
  // (never "شقيقه", "his brother", printed with ه where "شقيقة" has ة: both fold alike)
  if ((first === 'احد' || first === 'احدي' || (isKinship(first) && !printedWithPronoun(text, tokens[i]!))) && i + 1 < limit && !hasComma(tokens[i]!) && !isStop(tokens[i + 1]!)) {
    const k = i + 2;
    // ("والدة الضحية لبي بي سي:": an outlet told, glued to ل, names nobody)
    // ("أحد المسؤولين السابقين الكبار": the group's definite adjectives are no name; a registered name may open on ال)
    const describing = k < limit && definiteToken(tokens[k]!) && !tokens[k]!.role && !startsWithGivenName(tokens[k]!.norm) && (registry === null || registeredLength(registry, tokens, k) === 0);
    const len = k < limit && !hasComma(tokens[i + 1]!) && !describing && outletAddressee(tokens, k, limit) === 0 ? nameLength(text, tokens, k, limit, registry) : 0;
    if (len >= 2) return mention(slice(text, tokens, k, k + len), slice(text, tokens, i, i + 2), k + len);
    // "والدة الضحية، سعاد أحمد،", "أحد السكان، ماجد القحطاني،": the relative or the one of a group named in apposition
    const named = k < limit && hasComma(tokens[i + 1]!) ? nameLength(text, tokens, k, limit, registry) : 0;
    if (named >= 2) return mention(slice(text, tokens, k, k + named), slice(text, tokens, i, i + 2), k + named);
    // "والدة الطفل المفقود، سعاد أحمد،", "ابنة الفنان الراحل، دنيا سمير غانم:": the genitive's definite adjectives, then
    // the relative named in apposition after the comma
    let g = i + 1;
    while (g + 1 < limit && g - i <= MAX_GENITIVE_ADJECTIVES && !hasComma(tokens[g]!) && definiteToken(tokens[g + 1]!) && !tokens[g + 1]!.role && !isStop(tokens[g + 1]!)) g++;
    const described = g > i + 1 && g + 1 < limit && hasComma(tokens[g]!) ? nameLength(text, tokens, g + 1, limit, registry) : 0;
    if (described >= 2) return mention(slice(text, tokens, g + 1, g + 1 + described), slice(text, tokens, i, g + 1), g + 1 + described);
    // "أحد السكان، ويدعى ماجد القحطاني": one of a group, then named after "يدعى"
    const called = calledName(text, tokens, i, limit, registry);
    if (called !== null) return called;
    return mention(null, slice(text, tokens, i, i + 2), i + 2, { anonymous: true });
  }
  // "والدته، سعاد أحمد:", "زوجها، أبو محمد،": a relative of the one just named, named in apposition after the comma
  if (hasComma(tokens[i]!) && i + 1 < limit && kinshipWithPronoun(first)) {
    const len = nameLength(text, tokens, i + 1, limit, registry);
    if (len >= 2) return mention(slice(text, tokens, i + 1, i + 1 + len), slice(text, tokens, i, i + 1), i + 1 + len);
  }
  // "زوجها أحمد", "شقيقه محمود الحسن": a relative of the one just named, named right after (a given name alone will do)
  if (kinshipWithPronoun(first) && i + 1 < limit && !hasComma(tokens[i]!)) {
    const len = nameLength(text, tokens, i + 1, limit, registry);
    if (len >= 2 || (len === 1 && startsWithGivenName(tokens[i + 1]!.norm))) return mention(slice(text, tokens, i + 1, i + 1 + len), slice(text, tokens, i, i + 1), i + 1 + len);
  }
  // "جارها أبو محمود", "زميله سامر الخطيب": a neighbour, friend or colleague of someone, named right after
  // ("زميلها محمود الأسطل، وهو ممرض في قسم العناية المركزة،": with what the apposition after the name says)
  if (RELATION_WITH_PRONOUN.test(first) && i + 1 < limit && !hasComma(tokens[i]!)) {
    const len = nameLength(text, tokens, i + 1, limit, registry);
    if (len >= 2 || (len === 1 && startsWithGivenName(tokens[i + 1]!.norm))) return afterName(text, tokens, mention(slice(text, tokens, i + 1, i + 1 + len), null, i + 1 + len), limit, null);
  }
  // "دفاع المتهمين، المحامي أشرف نبيل،": the defence, and the lawyer named in apposition after it
  // ("دفاع المتهم المحامي خالد أبو بكر": or titled right after whom it defends, no comma between)
  if (DEFENCE_SET.has(first)) {
    for (let k = i; k < limit && k - i < MAX_DEFENCE_WORDS; k++) {
      if (k > i + 1 && tokens[k]!.role && definiteToken(tokens[k]!) && !hasComma(tokens[k - 1]!)) {
        const titled = readMention(text, tokens, k, limit, registry);
        if (titled !== null && titled.name !== null && !titled.anonymous && !titled.roleOnly) return titled;
      }
      if (!hasComma(tokens[k]!)) continue;
      const named = k + 1 < limit ? readMention(text, tokens, k + 1, limit, registry) : null;
      return named !== null && named.name !== null && !named.anonymous && !named.roleOnly ? named : mention(null, slice(text, tokens, i, k + 1), k + 1, { anonymous: true });
    }
  }
  // "حال يوسف", "تجربة سلمى": the state or story of the person named after it
  if (CONDITION_SET.has(first) && i + 1 < limit && !hasComma(tokens[i]!)) {
    const len = nameLength(text, tokens, i + 1, limit, registry);
    if (len > 0) return afterName(text, tokens, mention(slice(text, tokens, i + 1, i + 1 + len), null, i + 1 + len), limit, null);
  }
  // "وقال صاحب مولد لـ«النهار»": an owner of something, nobody named (never the style "صاحب السمو")
  if (ownerOf(tokens, i) && !isStop(tokens[i + 1] ?? tokens[i]!)) {
    const owner = unnamedOwner(text, tokens, i, limit);
    // "صاحبة أحد المنزلين، أم رامي أبو عيد:": the owner named in apposition after the comma
    if (owner.next < limit && hasComma(tokens[owner.next - 1]!)) {
      const named = readMention(text, tokens, owner.next, limit, registry);
      if (named !== null && named.name !== null && !named.anonymous && !named.roleOnly && named.role === null) return { ...named, role: owner.role };
    }
    return owner;
  }
  // "مالك العقار، حسن فوزي،": "owner of" (a given name too: "مالك الحسيني") and a definite noun, then a name of
  // two words or more in apposition: the owner named
  if ((first === 'مالك' || first === 'مالكه') && i + 2 < limit && definiteToken(tokens[i + 1]!) && hasComma(tokens[i + 1]!) && !hasComma(tokens[i]!)) {
    const named = readMention(text, tokens, i + 2, limit, registry);
    if (named !== null && named.name !== null && named.name.includes(' ') && !named.anonymous && !named.roleOnly && named.role === null) return { ...named, role: slice(text, tokens, i, i + 2) };
  }
  // "أوضح الأخير": the latter, the person named last
  if (first === 'الاخير' || first === 'الاخيره') return mention(null, null, i + 1, { latter: true });
  // "وأبرز المتحدث ذاته": the same speaker, the one speaking (Maghreb copy's "the said speaker")
  // (the feminine form stands for a woman: "المتحدثة ذاتها")
  const feminineWord = first.charCodeAt(first.length - 1) === HEH;
  if (speakerTitle(first) && i + 1 < limit && SAME_SET.has(tokens[i + 1]!.norm)) return mention(null, null, i + 2, { pronoun: true, feminine: feminineWord });
  // "وحسب نفس المصدر", "وأضاف ذات المتحدث": the same word printed before the title (Maghreb copy), as after it
  const titleAfter = i + 1 < limit ? tokens[i + 1]!.norm : '';
  if (SAME_BEFORE.has(first) && !hasComma(tokens[i]!) && speakerTitle(titleAfter)) return mention(null, null, i + 2, { pronoun: true, feminine: titleAfter.charCodeAt(titleAfter.length - 1) === HEH });
  // ("وأبرز المسؤول الحكومي ذاته": with the speaker's adjective between)
  if (speakerTitle(first) && i + 2 < limit && !hasComma(tokens[i + 1]!) && DEFINITE_NISBA.test(tokens[i + 1]!.norm) && SAME_SET.has(tokens[i + 2]!.norm)) return mention(null, null, i + 3, { pronoun: true, feminine: feminineWord });
  // "وأوضح المتحدّث أنّ …": the speaker alone, right before the particle or a colon, is the one speaking (the
  // spokesman is "المتحدث باسم …", "المتحدث الرسمي")
  // ("وأشارت المتحدثة إلى أن …": or before the preposition the verb takes and the particle)
  // ("ودعا المتحدث المواطنين إلى …": or before whom a verb whose object follows addressed)
  if (SPEAKER_SET.has(first) && (i + 1 >= limit || isParticle(tokens[i + 1]!.norm) || /[:،,]/u.test(tokens[i]!.after) || (PREPOSITION_BEFORE_PARTICLE.has(tokens[i + 1]!.norm) && i + 2 < limit && isParticle(tokens[i + 2]!.norm)) || (objectFollows && tokens[i]!.after === '' && addressedObject(tokens[i + 1]!)))) return mention(null, null, i + 1, { pronoun: true, feminine: feminineWord });
  // "وأوضحت متحدثة لبي بي سي": "speaking to" an outlet, not a spokeswoman: the current speaker
  if (SPEAKING_TO.test(first) && i + 1 < limit) {
    const told = outletAddressee(tokens, i + 1, limit);
    if (told > 0) return mention(null, null, i + 1 + told, { pronoun: true });
  }
  // "مصدر مطلع", "المصدر" (the source named before), "متخصصون": nobody in particular
  // "#دبلوماسيون": a hashtag of the word is the word
  const bareFirst = first.charCodeAt(0) === HASH ? first.slice(1) : first;
  // ("ثلاثة مصادر مطلعة", "عدة مسؤولين": a count of anonymous sources is anonymous too)
  const counted = COUNT_WORDS.has(bareFirst) && i + 1 < limit && ANONYMOUS_SET.has(tokens[i + 1]!.norm);
  // ("لكن مسؤولا في إحدى المنظمات … قال": the accusative with its alef, after لكن or إن)
  // ("رجل الأعمال نجيب ساويرس", "رجل الدين مقتدى الصدر": "a man" before the noun of his trade is a listed title)
  const anonymousWord = !(i === start && roleFirst >= 2 && MAN_OR_WOMAN_OF.has(bareFirst)) && (counted || ANONYMOUS_SET.has(bareFirst) || ANONYMOUS_SET.has(bareFirst.replace(/^و/u, '')) || (bareFirst.length > 3 && bareFirst.endsWith('ا') && ANONYMOUS_SET.has(bareFirst.slice(0, -1))) || (definiteToken(tokens[i]!) && ['مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسؤولين'].includes(first.replace(/^و?ال/u, ''))));
  // "ماكرون" has the shape of "متخصصون" but is a known family name
  if (anonymousWord) {
    // "مواطن سوداني يدعى إبراهيم": a person described, then named after "يدعى"
    const called = calledName(text, tokens, i, limit, registry);
    if (called !== null) return called;
    // "متحدث الوزارة الدكتور محمد العبدالعالي": a spokesman of a body named by its definite genitive, then named
    const spokesman = SPOKESMAN_SET.has(bareFirst) ? namedSpokesman(text, tokens, i, limit, registry) : null;
    if (spokesman !== null) return spokesman;
  }
  // "ووصف المسؤول الصيني …": the official of a nationality, a title that may point back to one named before
  // ("المسؤول الأوروبي نفسه": the same unnamed official as before, still nobody named)
  if (anonymousWord && first.startsWith('ال') && OFFICIAL_TITLES.has(first.slice(2)) && i + 1 < limit && !hasComma(tokens[i]!) && DEFINITE_NISBA.test(tokens[i + 1]!.norm) && !SAME_SET.has(tokens[i + 2]?.norm ?? '')) {
    // ("المسؤول الإعلامي في الائتلاف … أحمد كامل": a title the name follows)
    const len = roleLength(tokens, i, limit);
    const titled = len > 0 ? readRolePhrase(text, tokens, i, len, limit, registry, objectFollows) : null;
    // (never a body's name in quote marks after "في": "المسؤول التنفيذي في «ترينيتي ميرور»")
    if (titled !== null && titled.name !== null && !titled.anonymous && !titled.roleOnly && !QUOTE_MARK.test(text.slice(tokens[i]!.end, tokens[titled.next - 1]!.end))) return titled;
    return mention(null, slice(text, tokens, i, i + 2), i + 2, { anonymous: true });
  }
  // "مسؤولة السياسة الخارجية في الاتحاد كايا كالاس", "مسؤول ملف الأسرى في الحركة X", "المسؤول في وزارة الخارجية
  // X": an official of a portfolio or in a body is the title of the name that follows it (never of a nisba: "مسؤول
  // أمريكي" stays nobody)
  if (anonymousWord && OFFICIAL_TITLES.has(first.replace(/^ال/u, '')) && i + 1 < limit && !hasComma(tokens[i]!) && officialOf(tokens, i + 1, limit, definiteToken(tokens[i]!))) {
    const len = roleLength(tokens, i, limit);
    const titled = len > 1 || (len === 1 && definiteToken(tokens[i]!)) ? readRolePhrase(text, tokens, i, len, limit, registry, objectFollows) : null;
    if (titled !== null && titled.name !== null && !titled.anonymous && !titled.roleOnly && titled.role !== null) return titled;
  }
  // "وأضاف المسؤول الأول عن القطاع": the official in charge of a sector, a title that points back to the one speaking
  if (anonymousWord && i + 3 < limit && !hasComma(tokens[i]!) && !hasComma(tokens[i + 1]!) && officialInCharge(`${first} ${tokens[i + 1]!.norm} ${tokens[i + 2]!.norm}`)) {
    return mention(null, slice(text, tokens, i, i + 4), i + 4, { anonymous: true });
  }
  // ("وقال مغرد آخر «…»": "another" one is read with it)
  if (anonymousWord || (isUnnamedGroup(bareFirst, i + 1 < limit ? tokens[i + 1] : undefined) && !(registry !== null && registeredLength(registry, tokens, i) > 0))) {
    return mention(null, null, i + 1 < limit && !hasComma(tokens[i]!) && ANOTHER.has(tokens[i + 1]!.norm) ? i + 2 : i + 1, { anonymous: true });
  }
  // "ودعا المواطنين إلى …": after such verbs a definite plural is the object, not the subject
  // ("ودعا الأمين العام …": a stem of two letters before ين is a singular's, "الأمين", "الحسين"; "وطالب المحتجون
  // بـ…": the plural in ون is the subject)
  if (objectFollows && definiteToken(tokens[i]!) && DEFINITE_PLURAL.test(first)) return null;
  // the title length at the first token is known already unless honorifics were skipped
  const roleLen = i === start ? roleFirst : roleLength(tokens, i, limit);
  if (roleLen > 0) return readRolePhrase(text, tokens, i, roleLen, limit, registry, objectFollows);
  // ("كشفت دراسة أجرتها جامعة أكسفورد أن …": the study speaks for its author, named after it)
  const author = documentAuthorAt(tokens, i, limit);
  if (author > 0) return readMention(text, tokens, author, limit, registry);
  // "بيان الداخلية التونسية": the statement speaks for whoever issued it
  // "بيان الخارجية", "بيان وزارة الداخلية", "بيان لحركة حماس": the statement's author; not "بيان سلام وصداقة مشترك"
  // "وأوضح بلاغ للوزارة أن …": the statement of the body named before ("الوزارة" refers back)
  if ((first === 'بيان' || first === 'بلاغ') && i + 1 < limit && tokens[i + 1]!.norm.startsWith('لل') && (ORG_SET.has(withoutGluedPreposition(tokens[i + 1]!.norm)) || ORG_SET.has(tokens[i + 1]!.norm.slice(2)))) {
    const body = tokens[i + 1]!;
    // ("وأورد بلاغ للمديرية العامة للأمن الوطني أن …": a head with its adjectives and genitive is the body named in full)
    const run = definiteRun(tokens, i + 1, limit);
    if (run > 1) return mention(withoutGluedPreposition(text.slice(body.start, tokens[i + run]!.end)), null, i + 1 + run);
    return mention(withoutGluedPreposition(text.slice(body.start, body.end)), null, i + 2, { orgReference: true });
  }
  if ((first === 'بيان' || first === 'بلاغ') && i + 1 < limit && !isStop(tokens[i + 1]!)) {
    // "بيان لوزارة الصحة الأردنية": ل glued to an indefinite body's head, whose whole name is the author's
    const glued = tokens[i + 1]!;
    if (glued.norm.charCodeAt(0) === LAM && glued.norm.charCodeAt(1) !== LAM && ORG_SET.has(glued.norm.slice(1))) {
      const len = organisationLength(tokens, i + 1, limit);
      return mention(text.slice(afterGluedLetter(text, glued), tokens[i + len]!.end), null, i + 1 + len);
    }
    // ("بيان بيان …", "بيان صادر عن بيان …": a statement's word again is no author; read on, the chain would recurse
    // once per word)
    if (STATEMENT_WORD_SET.has(tokens[i + 1]!.norm)) return mention(null, null, i + 1, { anonymous: true });
    if (statementAuthor(tokens[i + 1]!, registry, tokens, i + 1)) return withoutStatementAdjective(text, tokens, i + 1, readMention(text, tokens, i + 1, limit, registry), registry);
    // "بيان صادر عن الديوان": the author follows عن
    if (ISSUED_BY.test(tokens[i + 1]!.norm) && tokens[i + 2]?.norm === 'عن' && i + 3 < limit && !STATEMENT_WORD_SET.has(tokens[i + 3]!.norm)) return readMention(text, tokens, i + 3, limit, registry);
    // "بيان سلام وصداقة مشترك": a statement whose author is not named here
    return mention(null, null, i + 1, { anonymous: true });
  }
  // "وقال البيان الصادر عن الرئاسة إن …": the definite statement, too, speaks for the body after "الصادر عن"
  if ((first === 'البيان' || first === 'البلاغ') && ISSUED_BY.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'عن' && i + 3 < limit && !STATEMENT_WORD_SET.has(tokens[i + 3]!.norm)) return readMention(text, tokens, i + 3, limit, registry);
  // "وأكد البيان الختامي للقمة العربية أن …": the definite statement (and its adjective) speaks for the body after لل
  if (first === 'البيان' || first === 'البلاغ') {
    const k = i + 1 < limit && STATEMENT_ADJECTIVE_SET.has(tokens[i + 1]!.norm) ? i + 2 : i + 1;
    const body = tokens[k];
    if (body !== undefined && k < limit && !hasComma(tokens[k - 1]!) && body.norm.startsWith('لل') && (ORG_SET.has(withoutGluedPreposition(body.norm)) || ORG_SET.has(body.norm.slice(2)) || GATHERING_SET.has(body.norm.slice(2)))) {
      const run = definiteRun(tokens, k, limit);
      return mention(withoutGluedPreposition(text.slice(body.start, tokens[k + run - 1]!.end)), null, k + run);
    }
  }
  // "وأضافت الحيثيات أن …": a court's reasoning speaks for the court named before
  if (first.startsWith('ال') && BODY_OF_DOCUMENT.has(first.slice(2))) return mention(slice(text, tokens, i, i + 1), null, i + 1, { orgReference: true });
  // ("الجامعة العامة للتعليم الثانوي", "الاتحاد العام التونسي للشغل": a definite head of an organisation too)
  // ("النقابات التعليمية": the plural of a body's head with its adjectives names the bodies; "المعارضة السورية",
  // "الاستخبارات الأمريكية": a body of a participle's shape, or one a nisba names, with its adjectives)
  if (ORG_SET.has(first) || ((definiteBodiesPlural(first) || (first.startsWith('ال') && ORG_SET.has(first.slice(2))) || PARTICIPLE_SHAPED_BODY_SET.has(first) || NISBA_NAMED_BODY_SET.has(first)) && i + 1 < limit && definiteToken(tokens[i + 1]!) && !hasComma(tokens[i]!))) {
    // "شبكة (سي.بي.اس.نيوز)": the body's name in brackets right after its head, brackets and all
    const bracketed = bracketedName(tokens, i, limit);
    if (bracketed > 0) return mention(text.slice(tokens[i]!.start, text.indexOf(')', tokens[i + bracketed - 1]!.end) + 1), null, i + bracketed);
    // "المنظمة الطبية": a definite head with its adjectives refers back to a named organisation
    // ("وبررت الوزارة القرار بـ…": after a verb whose object follows, only adjectives describe the body named before)
    const len = first.startsWith('ال') ? definiteRun(tokens, i, limit, objectFollows !== false) : organisationLength(tokens, i, limit, objectFollows);
    // ("منظمة السباق سعاد رزق": the organiser, named right after; the head is her title)
    const k = i + len;
    // ("وقالت مجموعة من المحتجين", "شركة من الشركات": a bare indefinite head names no body, it is somebody unnamed)
    if (len === 1 && !first.startsWith('ال') && tokens[k]?.norm === 'من') return mention(null, slice(text, tokens, i, k), k, { anonymous: true });
    // (never when a title in the chain names whom the body is of: "حكومة الرئيس اليمني عبد ربه منصور هادي")
    // ("الأكاديمية اللبنانية منى فياض": a head that is also a woman's title, with the article, before her name)
    if ((!first.startsWith('ال') || TITLE_HOMOGRAPH_BODIES.has(first.slice(2))) && k < limit && !hasComma(tokens[k - 1]!) && startsWithGivenName(tokens[k]!.norm) && !tokens[k]!.definite && !titleWithin(tokens, i + 1, k)) {
      const named = nameLength(text, tokens, k, limit, registry, objectFollows);
      if (named >= 2) return afterName(text, tokens, mention(slice(text, tokens, k, k + named), slice(text, tokens, i, k), k + named), limit, null);
    }
    // (a plural names the bodies themselves: "النقابات التعليمية" points back to no one body; nor does a body named by
    // its nisba, "الحلف الأطلسي", "المعارضة السورية", whose head is no listed organisation's)
    const listedHead = ORG_SET.has(first) || ORG_SET.has(first.slice(2));
    return mention(slice(text, tokens, i, k), null, k, { orgReference: first.startsWith('ال') && !definiteBodiesPlural(first) && listedHead });
  }
  // "المعلم عوض الكريم إبراهيم", "السائق محمد علي": a trade with the article right before a listed given name is the
  // person's description
  if (first.startsWith('ال') && OCCUPATION_SET.has(first.slice(2)) && i + 1 < limit && !hasComma(tokens[i]!)) {
    // ("المعلمة صباح بوان", "المزارع عيد الحربي": or a given name that is also a common word, before more of the name)
    const len = startsWithGivenName(tokens[i + 1]!.norm) ? nameLength(text, tokens, i + 1, limit, registry, objectFollows) : 0;
    const named = len >= 2 ? len : commonWordNameLength(text, tokens, i + 1, limit, registry);
    if (named > 0) return afterName(text, tokens, mention(slice(text, tokens, i + 1, i + 1 + named), slice(text, tokens, i, i + 1), i + 1 + named), limit, null);
  }
  const described = describedName(text, tokens, i, limit, registry);
  if (described) return afterName(text, tokens, described, limit, null);
  const nameLen = nameLength(text, tokens, i, limit, registry, objectFollows);
  // ("وقال المتهم: «…»", "وأضاف المتهم أنه …": a trade read as no name, alone before the words said, is someone
  // unnamed who speaks, never nobody, which would leave the words to the one who spoke before)
  if (nameLen === 0 && first.startsWith('ال') && OCCUPATION_SET.has(first.slice(2)) && (i + 1 >= limit || tokens[i]!.after.includes(':') || isParticle(tokens[i + 1]!.norm))) return mention(null, null, i + 1, { anonymous: true });
  if (nameLen === 0) return null;
  // "وأكدت مستأجرة أخرى، فضلت عدم ذكر اسمها، أنها …": "another" tenant is somebody unnamed
  // ("من جانب آخر", "على صعيد آخر": another side of the story, no person)
  if (nameLen === 1 && i + 1 < limit && ANOTHER.has(tokens[i + 1]!.norm) && !tokens[i]!.definite && !OTHER_SIDE.has(first) && registeredLength(registry ?? [], tokens, i) === 0) {
    return mention(null, slice(text, tokens, i, i + 2), i + 2, { anonymous: true });
  }
  // "محادثات وزير الخارجية الروسي سيرجي لافروف": an unlisted word right before a bare title heads a construct, and
  // the titled person is its genitive (a name sets its title off: "طارق فهمي أستاذ …", "لافروف، وزير …")
  // ("وقال لافروف وزير الخارجية الروسي إن": a title that names nobody after it is the name's own)
  if (nameLen === 1 && constructHead(tokens, i, limit, registry)) {
    const genitive = readMention(text, tokens, i + 1, limit, registry, objectFollows);
    if (genitive !== null && genitive.name !== null && !genitive.roleOnly && !genitive.anonymous) return genitive;
  }
  // "المعارض وليد عباس", "المراقب الدولي أحمد سالم": definite words before a two-word name are a title
  if (nameLen >= 3 && definiteToken(tokens[i]!) && registeredLength(registry ?? [], tokens, i) === 0 && !definitePatronymAt(tokens, i)) {
    let d = i + 1;
    while (d < i + nameLen - 2 && definiteToken(tokens[d]!)) d++;
    // ("المتطوع أحمد الزهراني", "المتطوعة رجاء الحسن": or a listed given name before a family name with the article,
    // the first word no given name itself, as "المختار" is)
    if (!definiteToken(tokens[d]!) && (!definiteToken(tokens[d + 1]!) || ((startsWithGivenName(tokens[d]!.norm) || COMMON_WORD_NAME_SET.has(tokens[d]!.norm)) && !startsWithGivenName(tokens[i]!.norm.slice(2))))) {
      const len = nameLength(text, tokens, d, limit, registry, objectFollows);
      if (len >= 2) return afterName(text, tokens, mention(slice(text, tokens, d, d + len), slice(text, tokens, i, d), d + len), limit, null);
    }
  }
  // "المطوفة صباح بوان", "المشاركة الفرنسية لورانس بوليه": an unlisted definite noun and its nisba adjectives right
  // before a name of two words or more are the person's description
  if (nameLen === 1 && definiteToken(tokens[i]!) && registeredLength(registry ?? [], tokens, i) === 0) {
    const described = describedByDefiniteNoun(text, tokens, i, limit, registry, objectFollows);
    if (described !== null) return afterName(text, tokens, described, limit, null);
  }
  return afterName(text, tokens, mention(slice(text, tokens, i, i + nameLen), null, i + nameLen), limit, null);
}

/** Whether the word before `j` is an honorific skipped after a title ("الشيخ", "الدكتور"), with the article. */
function honorificBefore(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return prev !== undefined && prev.definite && skipHonorifics(tokens, j - 1, j) === j;
}

/** Given names that are also common words, folded (read only after a trade or title, see `commonWordNameLength`). */
const COMMON_WORD_NAME_SET: ReadonlySet<string> = new Set(COMMON_WORD_GIVEN_NAMES.map(foldText));
/** Words after a feast, month or day that say it is one ("عيد الفطر", "رمضان المبارك", "صباح اليوم"), folded. */
const OCCASION_SET: ReadonlySet<string> = new Set([...OCCASION_WORDS, ...DAY_NAMES]);

/**
 * Words of a name at `k` that opens on a given name that is also a common word ("صباح بوان", "عيد الحربي"): that word
 * and a name of one word or more right after it (never a feast's, a month's or a day's words: "عيد الفطر", "صباح
 * اليوم"); 0 when `k` holds no such name.
 */
function commonWordNameLength(text: string, tokens: readonly Token[], k: number, limit: number, registry: NameRegistry | null): number {
  const t = tokens[k];
  if (t === undefined || k + 1 >= limit || !COMMON_WORD_NAME_SET.has(t.norm) || hasComma(t) || t.after !== '' || OCCASION_SET.has(tokens[k + 1]!.norm)) return 0;
  const rest = nameLength(text, tokens, k + 1, limit, registry);
  if (rest > 0) return rest + 1;
  // "الشيخ صباح الخالد الحمد الصباح": a Gulf name's chain of definite forebears' and family names after it
  let j = k + 1;
  while (j < limit && j - k <= MAX_DEFINITE_CHAIN && tokens[j]!.definite && !tokens[j]!.role && !isStop(tokens[j]!) && !OCCASION_SET.has(tokens[j]!.norm) && !hasComma(tokens[j - 1]!)) j++;
  return j > k + 1 ? j - k : 0;
}
/** Most definite words of a Gulf name's chain after a given name that is also a common word. */
const MAX_DEFINITE_CHAIN = 3;

/** Most nisba adjectives read after a definite noun that describes the name following them. */
const MAX_DESCRIPTION_NISBAS = 2;

/**
 * The name after a definite noun at `i` and up to two nisba adjectives, no comma between, with the noun and its
 * adjectives as the role; null when no name of two words or more follows them.
 */
function describedByDefiniteNoun(text: string, tokens: readonly Token[], i: number, limit: number, registry: NameRegistry | null, objectFollows: ObjectFollows): Mention | null {
  let d = i + 1;
  while (d < limit && d - i <= MAX_DESCRIPTION_NISBAS && !hasComma(tokens[d - 1]!) && definiteToken(tokens[d]!) && DEFINITE_NISBA.test(tokens[d]!.norm)) d++;
  if (d >= limit || hasComma(tokens[d - 1]!) || definiteToken(tokens[d]!)) return null;
  // ("المطوفة صباح بوان": a given name that is also a common word, before more of the name, as after a listed trade)
  const len = isStop(tokens[d]!) ? commonWordNameLength(text, tokens, d, limit, registry) : nameLength(text, tokens, d, limit, registry, objectFollows);
  return len >= 2 ? mention(slice(text, tokens, d, d + len), slice(text, tokens, i, d), d + len) : null;
}

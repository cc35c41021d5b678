import { BEFORE_FIRST_VERB, CONVEYED_OBJECTS, DESCRIPTION_PRONOUNS, IMPERSONAL_VERBS, KANA_FORMS, OCCASION_PREPOSITIONS, POSTED_IN_STEMS, SPEAKING_ORGANISATION_HEADS, STATEMENT_WORDS, UTTERANCE_NOUNS, WHEN_WORDS, WORDING_NOUNS } from '../lexicon/function-words.js';
import { ACCORDING_TO, ACCORDING_TO_GLUED_LEADS, AS_SAID_LEADS, REPORTER_VOICE as REPORTER_PHRASES, SELF_ATTRIBUTIONS, TURN_LINKS } from '../lexicon/cues.js';
import { foldText } from '../normalize/fold.js';
import { givenNameGender, isKnownPlace, startsWithGivenName } from '../metadata/known.js';
import { lineKey } from '../normalize/key.js';
import { cueOf, objectFollowsCue, type CueInfo } from './cue-index.js';
import type { MarkSpan } from './marks.js';
import { afterPointingBack, AUTHORED_BY, CITED_DOCUMENT_SET, BODY_OF_DOCUMENT, DOCUMENT_NAME_HEADS, DAY_NAME_SET, DEFINITE_NISBA, POINTING_BACK, THESE_WORDS, WITH_THESE, definiteBodiesPlural, feminineVerbBeforeSubject, hasComma, ISSUED_BY, isClauseOpener, isDescribingWord, isHonorific, isKinship, isNewsVerb, isOrganisationHead, MASCULINE_BODY_SET, namesInstitution, officialInCharge, isParticle, isStopWord, KUNYA_HEADS, organisationLength, outletAddressee, PRESENT_VERB_SHAPE, pronounObjectLength, readMention, styleOfHighness, verbAfterFamilyName, withheldNameEnd, type Mention } from './phrase.js';
import { nisbaSpelling, nisbas, OFFICIAL_TITLES, registeredBefore, registeredByRole, registeredCounterpart, registeredEndingAt, registeredLength, sameTitle, titleHead, type NameRegistry, type RegisteredName } from './registry.js';
import { sentenceStart } from './sentences.js';
import { isRoleHead } from './role-forms.js';
import { DESCRIBED_PERSON_NOUNS, DESCRIBED_TRADE_NOUNS, HONORIFIC_PRONOUN_STYLES, UNNAMED_SOURCE_WORDS } from '../lexicon/roles.js';
import { NAMES_SPELT_AS_CUES } from '../lexicon/given-names.js';
import { BI_APART, tokenAt, withChangedTokens, type Token } from './tokens.js';
import { BEH, FEH, HEH, LAM, WAW } from '../normalize/codes.js';

/** A speaker as the quote rules see it. */
export interface Voice {
  name: string | null;
  role: string | null;
  anonymous: boolean;
  feminine: boolean | null;
}

/** Everything the rules need about one paragraph. */
export interface ParagraphView {
  index: number;
  text: string;
  tokens: Token[];
  spans: MarkSpan[];
  breaks: number[];
}

/** The article-wide state the rules read: known names and who spoke last. */
export interface Context {
  /** Every body paragraph of the article, by index. */
  views: readonly ParagraphView[];
  registry: NameRegistry;
  /** Most recent voices (anonymous ones too), newest last. */
  recent: Voice[];
  /** The last voice and the sentence it spoke in. */
  last: { voice: Voice; paragraph: number; sentence: number } | null;
  /** Backward searches for named bodies and authors, by key (see `searchBack`). */
  searches: Map<string, BackSearch>;
  /** Folded words of voices' names, by name. */
  nameWords: Map<string, string[]>;
  /** Definite family names the article prints after a listed given name ("كاظم الربيعي"), folded; built when first asked. */
  fullFamilies: Set<string> | null;
  /** Names printed after a style or title an honorific pronoun is said of, in order; built when first asked. */
  honoured?: HonouredMention[];
  /** How many mentions after a glued ل were read on a copy of their paragraph (see `readUngluedMention`). */
  ungluedReads: number;
}

/** A name printed after styles or titles ("صاحب السمو الملكي الأمير X"): where, the styles (folded), the voice. */
interface HonouredMention {
  paragraph: number;
  offset: number;
  styles: string[];
  voice: Voice;
}

export interface FoundCue {
  index: number;
  info: CueInfo;
}

const MAX_CUE_DISTANCE = 30;
const MAX_SUBJECT_BEFORE = 8;
const TURN_LINK_WORDS = TURN_LINKS.map((t) => foldText(t).split(' '));
const SELF_WORDS = SELF_ATTRIBUTIONS.map((t) => foldText(t).split(' '));
/** Whether a self-attribution ("حسب تعبيره", "على حد قوله", "كما قال") opens at token `k`. */
export function opensSelfTag(tokens: readonly Token[], k: number): boolean {
  return SELF_WORDS.some((words) => matchWords(tokens, k, words));
}
/** "كما", "حسبما": before a speech verb, "as … said" (folded). */
export const AS_SAID_SET: ReadonlySet<string> = new Set(AS_SAID_LEADS.map(foldText));
/** Object pronouns after a verb of saying before its subject: "وفقا لما صرح به المتحدث", "كما قال عنه". Folded. */
const SAID_OBJECT = new Set(['به', 'بها', 'عنه', 'عنها', 'له', 'لها']);
const ACCORDING_WORDS = ACCORDING_TO.map((t) => foldText(t).split(' '));
/** The words that end an "according to" phrase: most tokens before a quote are turned away by one lookup. */
const ACCORDING_LAST_WORDS = new Set(ACCORDING_WORDS.map((w) => w[w.length - 1]!));
/** How far before a quote an "according to" phrase may end: the name, an aside on the speaker and a particle between ("بحسب قول المحلل X، وهو …، فإن"). */
const MAX_ACCORDING_GAP = 16;
/** "نقلا" of "نقلا عن", folded. */
const RELAYED_FROM = 'نقلا';
/** Leads of "according to" ("بحسب ما أكده الوزير"), folded. */
export const ATTRIBUTION_LEADS: ReadonlySet<string> = new Set(['بحسب', 'حسب', 'وبحسب', 'وحسب', 'وفقا', 'وفق', 'طبقا', 'نقلا']);
/** Nouns of wording between an attribution's lead and the speaker: "وفق تعبير نيلسن", "حسب وصف الوزير". Folded. */
const WORDING_SET = new Set(WORDING_NOUNS);
/** First words of the reporter's own formulas ("يذكر أن"): never a speech cue. */
const REPORTER_VOICE = new Set(REPORTER_PHRASES.map((p) => foldText(p).split(' ')[0]!));
/** Prepositions before which a speech-verb form is its verbal noun ("في نقل", "من نشر", "دون ذكر"). Folded. */
const MASDAR_PREPOSITIONS = new Set(['في', 'علي', 'الي', 'عن', 'من', 'بعد', 'قبل', 'حول', 'خلال', 'عقب', 'اثر', 'بشان', 'لدي', 'دون', 'بدون']);

/** "ستتم إضافة لاعب", "تم نشر": after the passive auxiliary تم the form is a verbal noun. Folded. */
const MASDAR_AUXILIARIES = new Set(['تم', 'يتم', 'تتم', 'سيتم', 'ستتم', 'وتم', 'ويتم', 'وسيتم', 'وستتم']);

/** "دون أن يعلن", "بدون أن تعلن": the verb after أن is negated by دون. */
function negatedVerb(tokens: readonly Token[], i: number): boolean {
  return i > 1 && tokens[i - 1]!.norm === 'ان' && /^(?:و|ب|من)?دون$/u.test(tokens[i - 2]!.norm);
}

/** "وصفوه", "اعتبروها": a plural past verb with an object pronoun, folded. */
const PLURAL_WITH_OBJECT = /\p{L}{2}و(?:ه|ها|هم|هما|هن)$/u;

/** Particles that open a clause whose subject may be fronted before its verb: "أن الكويت أعلنت". Folded. */
const CLAUSE_PARTICLES = new Set(['ان', 'بان', 'وان', 'لان', 'انه', 'انها']);
/** Longest place name read before a verb (words). */
const MAX_PLACE_WORDS = 2;

/** The place right before the verb at `index`, itself right after a particle ("أن الولايات المتحدة أعلنت"), verbatim, or null. */
function frontedPlace(view: ParagraphView, floor: number, index: number): string | null {
  const { tokens } = view;
  for (let k = index - 1; k >= floor && index - k <= MAX_PLACE_WORDS; k--) {
    if (k < 1 || !CLAUSE_PARTICLES.has(tokens[k - 1]!.norm) || tokens[k - 1]!.after !== '') continue;
    const text = view.text.slice(tokens[k]!.start, tokens[index - 1]!.end);
    if (tokens[index - 1]!.after === '' && isKnownPlace(lineKey(text))) return text;
  }
  return null;
}

/** Particles after which a clause's subject comes before its verb: "أن", "إن", "بأن" (never "أنه": its pronoun is the subject). Folded. */
const FRONTING_PARTICLES = new Set(['ان', 'بان', 'وان', 'لان']);
/** Longest subject read between a particle and its verb (words). */
const MAX_FRONTED_SUBJECT_WORDS = 8;

/**
 * "وقالت الوكالة إن منظمة الصحة العالمية حذرت من «…»", "وذكرت الصحيفة أن الأمم المتحدة طالبت بـ«…»": a clause
 * reported after a particle, whose own speech verb at `index` has its subject between the particle and the verb. After
 * أن the subject comes first, so a body, a title or a name that fills that stretch is the verb's speaker (the one who
 * reports the clause only relays it). Null when the words there are no one ("أن الأرقام أظهرت").
 */
function frontedSubject(view: ParagraphView, ctx: Context, floor: number, index: number): Voice | null {
  const { tokens } = view;
  // (the verb follows its subject with nothing between, and opens no clause of its own with و or ف: "أن الخطة
  // جاهزة، وأضاف: «…»" reports a plan, then the speaker goes on)
  const verb = tokens[index]!.norm;
  if (index === 0 || tokens[index - 1]!.after !== '' || (/^[وف]/u.test(verb) && cueOf(verb.slice(1)) !== null)) return null;
  for (let k = index - 1; k > floor && index - k <= MAX_FRONTED_SUBJECT_WORDS; k--) {
    const particle = tokens[k - 1]!;
    if (!FRONTING_PARTICLES.has(particle.norm) || particle.after !== '') continue;
    const m = readMention(view.text, tokens, k, index, ctx.registry);
    if (m === null || m.next !== index || m.pronoun || m.latter || (m.name === null && !m.roleOnly && !m.anonymous)) return null;
    return voiceOf(view, ctx, m, null, tokens[k]!.start);
  }
  return null;
}

/** Relative pronouns of a plural or dual antecedent: "الذين", "اللذين", "اللواتي". Folded. */
const PLURAL_RELATIVES = new Set(['الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي', 'اللائي']);

/** "قالوا", "وأضافوا", "يقولون", "وصفوه": the plural forms of a speech verb, folded. */
function isPluralVerb(norm: string): boolean {
  return norm.length >= 4 && (norm.endsWith('وا') || norm.endsWith('ون') || PLURAL_WITH_OBJECT.test(norm));
}

/** "قائلين", "مؤكدين": the plural forms of a participle cue, folded. */
function isPluralParticiple(norm: string): boolean {
  return norm.length >= 5 && (norm.endsWith('ين') || norm.endsWith('ون'));
}


/** Prepositions that open a fronted phrase before an implicit-subject verb ("وحول …، قال"). Folded. */
const FRONTED_PREPOSITIONS = new Set(['حول', 'عن', 'بشان', 'في', 'علي', 'خلال', 'ازاء', 'تجاه', 'وسط', 'امام', 'لدي', 'عند', 'بخصوص']);
/** "أن", "إنه", "بأنها", folded: the particle that opens reported content. */
const PARTICLE_AFTER_VERB = /^ب?ان(?:ه|ها|هم|هما|نا)?$/u;

/** Index of the first quote span that closes after `offset` (binary search: spans are sorted), or the span count. */
export function spanClosingAfter(spans: readonly MarkSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.close <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a verbatim offset lies inside one of the paragraph's quote spans. */
export function insideSpan(spans: readonly MarkSpan[], offset: number): boolean {
  const k = spanClosingAfter(spans, offset);
  return k < spans.length && spans[k]!.open <= offset && offset < spans[k]!.close;
}

/** "وكتب", "فكتبت", "وأبرز": كتب and أبرز joined by و or ف, folded (bare, "books" and "the most prominent"). */
const JOINED_WROTE = new Set(['وكتب', 'فكتب', 'وكتبت', 'فكتبت', 'وابرز', 'فابرز', 'وابرزت', 'فابرزت']);

/** "ويتوقع", "ويعتقد", "فيرجح": present verbs joined to the sentence that read impersonally before أن ("ويُتوقع أن"), folded. */
const IMPERSONAL_PRESENT = new RegExp(`^[وف](?:${IMPERSONAL_VERBS.join('|')})$`, 'u');

/** Whether a token points back at the quote before it ("«…».. هذا ما قاله …"). */
export function pointsBack(token: Token | undefined): boolean {
  return token !== undefined && (POINTING_BACK.has(token.norm) || token.norm === WITH_THESE);
}

/** "هناك من", "ثمة من": "there are those who", folded. */
const THERE_ARE = new Set(['هناك', 'وهناك', 'ثمه', 'وثمه']);

/** "وذكر", "فذكر", "وأبرز", folded: ذكر and أبرز joined by و or ف, verbs when their particle follows shortly. */
const JOINED_MENTIONED = new Set(['وذكر', 'فذكر', 'وابرز', 'فابرز', 'وابرزت', 'فابرزت']);
/** "ذكر" (mentioned; also the noun "male", "mention") and "قد", the particle of the past before it. Folded. */
const MENTIONED = 'ذكر';
const ALREADY = 'قد';
/** How far the particle of "وذكر X في بيان أن" may stand from the verb. */
const MAX_MENTIONED_GAP = 8;

/**
 * Whether "أن"/"إن" (or the `particle` given) follows within a few tokens, before any comma or sentence end; with
 * `asides`, commas may stand between (the subject and an aside set off by them: "وذكر بايدن، في بيان أصدره البيت
 * الأبيض، أن …").
 */
function particleSoon(tokens: readonly Token[], from: number, asides = false, particle = PARTICLE_AFTER_VERB): boolean {
  for (let k = from; k < tokens.length && k - from < MAX_MENTIONED_GAP; k++) {
    if (particle.test(tokens[k]!.norm)) return true;
    if (tokens[k]!.after !== '' && !(asides && ASIDE_COMMA.test(tokens[k]!.after))) return false;
  }
  return false;
}

/** The cue at token `i`: ambiguous forms ("بين") count only when a title or a particle follows them. */
export function cueAt(tokens: readonly Token[], i: number): CueInfo | null {
  const t = tokens[i]!;
  // every strict cue is also a loose one: most words stop here
  const loose = t.loose;
  if (loose === null || REPORTER_VOICE.has(t.norm)) return null;
  // "من نقل مساعدات", "في نشر الصور": after a preposition the form is a verbal noun, not the verb; "دون أن تعلن"
  // (without announcing) reports no speech
  if (loose.kind === 'verb' && i > 0 && (MASDAR_PREPOSITIONS.has(tokens[i - 1]!.norm) || MASDAR_AUXILIARIES.has(tokens[i - 1]!.norm) || negatedVerb(tokens, i))) return null;
  // ("في مذكرة إن …": after a preposition a participle's form is a noun, the memo, not "reminding")
  if (loose.kind === 'participle' && i > 0 && tokens[i - 1]!.after === '' && MASDAR_PREPOSITIONS.has(tokens[i - 1]!.norm)) return null;
  // "في بيان نشرته الوكالة": a verb with the pronoun of the statement right after it describes the statement
  if (loose.kind === 'verb' && i > 0 && t.norm.charCodeAt(t.norm.length - 1) === HEH && tokens[i - 1]!.after === '' && DESCRIBED_STATEMENTS.has(tokens[i - 1]!.norm)) return null;
  // ("الدكتورة سمية الناصر": "سمية" folds like "سمّيه", named him; after a title it is her given name)
  if (i > 0 && NAME_LIKE_CUES.has(t.norm) && tokens[i - 1]!.role && tokens[i - 1]!.after === '') return null;
  return t.cue ?? ambiguousCue(tokens, i, loose);
}

/** Statements a relative clause may describe ("بيان نشرته الوكالة", "تغريدة نشرها"), folded. */
const DESCRIBED_STATEMENTS = new Set(['بيان', 'تقرير', 'مقال', 'تصريح', 'تصريحات', 'رساله', 'تغريده', 'مقابله', 'حديث', 'كلمه', 'خطاب', 'بلاغ', 'تسجيل', 'مقطع', 'منشور', 'وثيقه']);

/** Cue forms that are also names ("عزت", "روته"), folded, unjoined. */
const NAME_LIKE_CUES: ReadonlySet<string> = new Set(NAMES_SPELT_AS_CUES);

/** "طالب", "وطالبت": demanded, a verb that is also the noun "student", folded. */
const DEMANDED = /^[وف]?طالب(?:ت)?$/u;

/** An ambiguous form ("بين", "ذكر", "كتب") as a cue: only when its context makes it one. Kept apart from `cueAt`, which runs per token. */
function ambiguousCue(tokens: readonly Token[], i: number, loose: CueInfo): CueInfo | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // "معتبرة أن …", "مطالبا بأن …", "لافتة إلى أن …": an ambiguous participle before a particle (or إلى and one) is the cue
  if (loose.kind === 'participle') return next !== undefined && (PARTICLE_AFTER_VERB.test(next.norm) || (next.norm === 'الي' && PARTICLE_AFTER_VERB.test(tokens[i + 2]?.norm ?? ''))) ? loose : null;
  // ("ونسبت الصحيفة إلى الوزير القول إن …": the saying is a cue only after a verb of ascribing)
  if (t.norm === SAYING_NOUN) return ascribedTo(tokens, i) ? loose : null;
  if (loose.kind !== 'verb') return null;
  // "من جانبه، بيّن …": after a turn link the ambiguous form is the verb
  const prev = tokens[i - 1];
  // ("مارك روته إن …", "محمد عزت أن …": right after a given name, unjoined, the form is the family name)
  if (prev !== undefined && prev.after === '' && NAME_LIKE_CUES.has(t.norm) && startsWithGivenName(prev.norm)) return null;
  const afterLink = prev !== undefined && /[،,]/u.test(prev.after) && /^(?:جانب|جهت|دور|ناحيت)(?:ه|ها)$|^بدور(?:ه|ها)$/u.test(prev.norm);
  // "وذكر أن …", "كتب أنه …": a particle right after the form makes it the verb (not "بين أن" = "between")
  const particle = next !== undefined && PARTICLE_AFTER_VERB.test(next.norm) && t.norm !== 'بين';
  // "كتب وزير الإعلام": a title after the form makes it the verb; "و" + a title ("ووزير") is a second noun
  const titled = next !== undefined && next.role && !(next.norm.startsWith('و') && isRoleHead(next.norm.slice(1)));
  // "وكتب بدر الشمري في حسابه": joined to the sentence and before a name, كتب is "wrote", not "books"
  const wrote = next !== undefined && JOINED_WROTE.has(t.norm) && !next.definite && !isStopWord(next.norm);
  // ("وكتب الصفدي في تغريدة", "وكتب الحلبوسي على حسابه": before a definite word, as before "history" in "وكتب
  // التاريخ", only where a post is written, right after a name of up to three words, makes it "wrote")
  const wrotePost = next !== undefined && JOINED_WROTE.has(t.norm) && next.definite && !isStopWord(next.norm) && postedInSoon(tokens, i + 1);
  // "كتب د. عمر المقبل في حسابه": an honorific without the article opens a person's name (never "بين د. … و…")
  const honoured = next !== undefined && !next.definite && isHonorific(next.norm) && !/^و?بين$/u.test(t.norm);
  // "وذكر الادعاء في بيان إن …": joined to the sentence, ذكر is the verb when its particle follows shortly (past an
  // aside in commas: "وذكر بايدن، في بيان، أن …")
  // ("وكان البنك المركزي ذكر في بيان أن …", "وكان الوزير قد ذكر …": printed right after a definite subject or قد, the
  // bare form is the verb too; never after the noun that governs it: "طلب عدم ذكر اسمه، إن …")
  const mentioned = (JOINED_MENTIONED.has(t.norm) || (t.norm === MENTIONED && prev !== undefined && prev.after === '' && (prev.norm === ALREADY || prev.definite))) && particleSoon(tokens, i + 1, true);
  // "ويتابع: «…»", "وزاد: …": a colon right after the form makes it the verb
  const colon = t.after.includes(':');
  // "وطالب فريق التقدم والاشتراكية الحكومة بـ«…»": a body's name after the form makes it the verb ("and a student"
  // is no sentence's subject before an organisation)
  const body = next !== undefined && t.after === '' && DEMANDED.test(t.norm) && isOrganisationHead(next.norm.replace(/^ال/u, ''));
  // "وطالب محسب الحكومة بـ«…»": joined to the sentence, a name, its definite object and ب make it the verb
  const demandedOf = next !== undefined && t.after === '' && JOINED.test(t.norm) && DEMANDED.test(t.norm) && nameThenObject(tokens, i + 1);
  // "وطالب المحتجون بـ«…»", "وطالب السكان بـ«…»": joined, before a definite plural in ون (a subject's case: "a student
  // of" would take المحتجين) or a definite word and ب printed apart, the form is the verb
  const demandedBy = next !== undefined && t.after === '' && JOINED.test(t.norm) && DEMANDED.test(t.norm) && next.definite && next.after === '' && (SUBJECT_PLURAL.test(next.norm) || tokens[i + 2]?.norm === BI_APART);
  // "وبيّن موسى أن …" (the shadda folded away): joined, before a name and its particle, بين is the verb, not "between"
  const showed = next !== undefined && t.after === '' && JOINED_SHOWED.has(t.norm) && !next.definite && !isStopWord(next.norm) && particleSoon(tokens, i + 1);
  // "وزاد المومني: «…»": a name of up to three words with a colon right after it makes a verb of saying the verb
  // (never "اقرأ كمان:", a link's call)
  const namedColon = t.after === '' && loose.strength === 'say' && nameThenColon(tokens, i + 1);
  // "ورد نتنياهو بأن «…»", "ورد الكرملين بأن …": printed without its shadda, "ورد" before a subject and "بأن" is
  // "replied" (never "ورد في البيان أن", "it came in the statement")
  const replied = next !== undefined && t.after === '' && REPLIED_UNMARKED.has(t.norm) && !isStopWord(next.norm) && !PARTICLE_AFTER_VERB.test(next.norm) && next.after === '' && particleSoon(tokens, i + 2, false, REPLIED_THAT);
  return titled || afterLink || particle || wrote || wrotePost || honoured || mentioned || colon || body || demandedOf || demandedBy || showed || namedColon || replied ? loose : null;
}

/** "في", "على", "عبر": where a post is written ("في تغريدة", "على حسابه", "عبر منصة"). Folded. */
const POSTED_IN_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'علي', 'عبر']);
/** The noun of where a post is written, with the article or a pronoun or not ("تغريدة", "حسابه", "المنصة"). */
const POSTED_IN_NOUN = new RegExp(`^(?:ال)?(?:${POSTED_IN_STEMS.join('|')})`, 'u');
/** Most words of a name read between "وكتب" and where the post is written. */
const MAX_NAME_BEFORE_POST = 3;

/** Whether a name of up to three words from `from`, unbroken by punctuation, is followed by where a post is written. */
function postedInSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < MAX_NAME_BEFORE_POST; k++) {
    if (tokens[k]!.after !== '') return false;
    const at = tokens[k + 1];
    if (at !== undefined && POSTED_IN_PREPOSITIONS.has(at.norm)) return POSTED_IN_NOUN.test(tokens[k + 2]?.norm ?? '');
  }
  return false;
}

/** Most words of a name read between an ambiguous form and a colon. */
const MAX_NAME_BEFORE_COLON = 3;

/**
 * Whether tokens from `from` are one to three words, none a stop word, with a colon after the last and nothing between
 * ("وزاد المومني: «…»"), or with a comma and a relative clause or "وهو" before the colon ("ويتابع أبو أحمد، الذي فقد
 * منزله في القصف: «…»").
 */
function nameThenColon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + MAX_NAME_BEFORE_COLON && k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (isStopWord(tok.norm)) return false;
    if (tok.after.includes(':')) return true;
    if (ASIDE_COMMA.test(tok.after) && k + 1 < tokens.length && ASIDE_OPENERS.has(tokens[k + 1]!.norm)) return colonAfterAside(tokens, k + 1);
    if (tok.after !== '') return false;
  }
  return false;
}

/** "وهي", "وهو": "who is", opening an aside that describes the one just named. Folded. */
const DESCRIBING_ASIDE_OPENERS: ReadonlySet<string> = new Set(DESCRIPTION_PRONOUNS);
/** Those and the relatives "الذي", "التي": words that open an aside about the one just named, before its colon. Folded. */
const ASIDE_OPENERS: ReadonlySet<string> = new Set([...DESCRIBING_ASIDE_OPENERS, 'الذي', 'التي']);
/** Most words of an aside between a name and the colon after it. */
const MAX_ASIDE_WORDS = 12;

/** Whether a colon closes the aside opening at `from` within a few words, before any other punctuation but commas. */
function colonAfterAside(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < MAX_ASIDE_WORDS; k++) {
    const after = tokens[k]!.after;
    if (after.includes(':')) return true;
    if (after !== '' && !ASIDE_COMMA.test(after)) return false;
  }
  return false;
}

/** و or ف joining a form to the sentence before it. */
const JOINED = /^[وف]/u;
/** "المحتجون": a definite sound plural in the nominative, three letters or more before its ending, folded. */
const SUBJECT_PLURAL = /^ال\p{L}{3,}ون$/u;
/** "وبين", "فبين": "and he showed", or "and between". Folded. */
const JOINED_SHOWED = new Set(['وبين', 'فبين']);
/** Most words of a name between the verb and its object. */
const MAX_DEMANDER_WORDS = 3;

/**
 * Whether tokens from `from` are a name of one to three words (no article, no stop word, no punctuation after
 * them), then a definite object and a word opening on ب ("محسب الحكومة بـ", "أبو عيشة المؤسسات الدولية بتوفير").
 */
function nameThenObject(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from <= MAX_DEMANDER_WORDS; k++) {
    const t = tokens[k]!;
    if (t.definite) return k > from && (tokens[k + 1]?.norm.charCodeAt(0) === BEH || (tokens[k + 1]?.definite === true && tokens[k + 2]?.norm.charCodeAt(0) === BEH));
    if (t.after !== '' || isStopWord(t.norm)) return false;
  }
  return false;
}

/** The nearest cue left of token `from`, down to token `floor`; verbs and participles win over noun cues. */
export function leftCue(view: ParagraphView, from: number, floor: number): FoundCue | null {
  let noun: FoundCue | null = null;
  for (let i = from - 1; i >= floor && from - i <= MAX_CUE_DISTANCE; i--) {
    if (insideSpan(view.spans, view.tokens[i]!.start)) continue;
    const info = cueAt(view.tokens, i);
    if (info === null) continue;
    // ("وقال أحد السكان، طالبا عدم الكشف عن اسمه: «…»": asking not to be named is no speech; the verb before it is the cue)
    if (info.kind !== 'noun' && withheldNameEnd(view.tokens, i, from) > 0) continue;
    // "… قوله «…»": the noun right before the quote introduces it
    if (info.kind === 'noun' && i === from - 1 && /^ب?قول/u.test(view.tokens[i]!.norm)) return { index: i, info };
    if (info.kind !== 'noun') return { index: i, info };
    noun ??= { index: i, info };
  }
  return noun;
}

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

/** Skips turn links ("من جهته", "بدوره"), auxiliaries ("وكانت") and conjunctions at a clause start. */
function skipOpeners(tokens: readonly Token[], i: number, limit: number): number {
  while (i < limit && (isClauseOpener(tokens[i]!.norm) || tokens[i]!.norm === 'قد')) i++;
  return skipLinks(tokens, i, limit);
}

/** Skips turn links ("من جهته", "بدوره") and conjunctions at a clause start. */
function skipLinks(tokens: readonly Token[], i: number, limit: number): number {
  for (let moved = true; moved && i < limit; ) {
    moved = false;
    for (const words of TURN_LINK_WORDS) {
      if (matchWords(tokens, i, words)) {
        i += words.length;
        moved = true;
      }
    }
    const w = tokens[i]?.norm;
    if (w === 'و' || w === 'اما' || w === 'واما') {
      i++;
      moved = true;
    }
  }
  return i;
}

/**
 * The most recent named voice, of the wanted gender when one is known: a voice no verb gave a gender has its given
 * name's ("قال جهاد الخازن" … "كتبت تغريدة قالت فيها": never Jihad).
 */
export function currentVoice(ctx: Context, feminine: boolean | null): Voice | null {
  for (let k = ctx.recent.length - 1; k >= 0; k--) {
    const v = ctx.recent[k]!;
    if (ofGender(v, feminine) !== null) return v;
  }
  return null;
}

/** A voice's gender: a verb's, else its given name's (null: unknown). */
function genderOf(v: Voice): boolean | null {
  return v.feminine ?? (v.name === null ? null : givenNameGender(lineKey(v.name)));
}

/** The voice, unless its gender is known and is not the one wanted. */
function ofGender(v: Voice | null, feminine: boolean | null): Voice | null {
  if (v === null || feminine === null) return v;
  const gender = genderOf(v);
  return gender === null || gender === feminine ? v : null;
}

/**
 * The one speaking now, or else the one the text named last before `at` (a pronoun's or a bare tag's speaker), of the
 * wanted gender when one is known.
 */
function speakingOrNamedBefore(view: ParagraphView, ctx: Context, feminine: boolean | null, at: number): Voice | null {
  return currentVoice(ctx, feminine) ?? ofGender(asVoice(registeredBefore(ctx.registry, view.index, at)), feminine);
}

/**
 * The recent named speaker whose title holds the nationality closing a title of two words ("الوزير الأردني" after
 * "نظيره الأردني أيمن الصفدي"). Given the gender the verb tells, the nationality is matched in either form, of a
 * speaker of that gender: "الدبلوماسي الروسي" is the man titled "المتحدث باسم الخارجية الروسية".
 */
function compatriotOf(ctx: Context, title: string, gender?: boolean | null): Voice | undefined {
  const nationality = nationalityOf(title);
  if (nationality === null) return undefined;
  const stem = gender === undefined ? null : nisbas(nationality)[0] ?? null;
  if (gender !== undefined && stem === null) return undefined;
  return ctx.recent.findLast((v) => {
    const name = v.name;
    // (a voice named by its family name alone takes the title its full name was registered with)
    const role = name === null ? null : v.role ?? ctx.registry.findLast((r) => r.role !== null && (r.text === name || r.text.endsWith(` ${name}`)))?.role ?? null;
    if (role === null) return false;
    if (stem === null) return nisbaSpelling(foldText(role)).split(' ').includes(nationality);
    return (gender == null || ofGender(v, gender) !== null) && nisbas(role).includes(stem);
  });
}

/** The nationality closing a title of two words ("الوزير الأردني" → "الاردني"), folded; else null. */
function nationalityOf(role: string): string | null {
  const words = foldText(role).split(' ');
  const last = words[words.length - 1]!;
  return words.length === 2 && DEFINITE_NISBA.test(last) ? nisbaSpelling(last) : null;
}

/** The styles and titles each honorific pronoun is said of ("سموه" → "سمو", "الامير", …), folded. */
const HONOUR_STYLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(HONORIFIC_PRONOUN_STYLES).map(([p, styles]) => [foldText(p), new Set(styles.map(foldText))]));
const ANY_HONOUR_STYLE: ReadonlySet<string> = new Set([...HONOUR_STYLES.values()].flatMap((styles) => [...styles]));
/** How far a name is read after a style ("صاحب السمو الملكي الأمير" and a long name, a title after it). */
const MAX_STYLED_PHRASE = 16;
/** How many styled names back an honorific pronoun looks for one of its own styles. */
const MAX_HONOURED_BACK = 64;

/** Every name of the article printed after a style or title an honorific pronoun is said of, in order. */
function honouredMentions(ctx: Context): HonouredMention[] {
  if (ctx.honoured) return ctx.honoured;
  const found: HonouredMention[] = [];
  for (const { index, text, tokens } of ctx.views) {
    for (let k = 0; k < tokens.length; k++) {
      // ("نائب الرئيس الأمريكي", "جامعة الملك سعود": a style inside another title or an institution's name)
      if (!ANY_HONOUR_STYLE.has(tokens[k]!.norm) || namesInstitution(tokens, k) || (k > 0 && tokens[k - 1]!.role && !isHonorific(tokens[k - 1]!.norm))) continue;
      const from = k > 0 && styleOfHighness(tokens, k - 1) ? k - 1 : k;
      const m = readMention(text, tokens, from, Math.min(tokens.length, from + MAX_STYLED_PHRASE), ctx.registry);
      // ("لأصحاب السمو والفضيلة والمسئولين": styles of many, and more of them after و, no name)
      if (m === null || m.name === null || m.anonymous || m.pronoun || m.roleOnly || m.next <= k || joinedByAnd(m.name)) continue;
      const styles = tokens.slice(k, m.next).map((t) => t.norm).filter((w) => ANY_HONOUR_STYLE.has(w));
      found.push({ paragraph: index, offset: tokens[k]!.start, styles, voice: { name: m.name, role: m.role, anonymous: false, feminine: null } });
      k = m.next - 1;
    }
  }
  ctx.honoured = found;
  return found;
}

/** Whether a name read opens on و and a word no given name starts ("والفضيلة"). */
function joinedByAnd(name: string): boolean {
  const first = foldText(name).split(' ')[0]!;
  return first.charCodeAt(0) === WAW && !startsWithGivenName(first);
}

/** "وأكد سموه": the last person before `at` printed with a style the pronoun is said of, or null. */
function honouredBefore(ctx: Context, honour: string, paragraph: number, at: number, feminine: boolean | null): Voice | null {
  const styles = HONOUR_STYLES.get(honour);
  if (styles === undefined || styles.size === 0) return null;
  const found = honouredMentions(ctx);
  let lo = 0;
  for (let hi = found.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    const h = found[mid]!;
    if (h.paragraph < paragraph || (h.paragraph === paragraph && h.offset < at)) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_HONOURED_BACK; k--) {
    if (found[k]!.styles.some((w) => styles.has(w))) return { ...found[k]!.voice, feminine };
  }
  return null;
}

/** Turns a mention into a voice: titles and honorific pronouns resolve to the person they stand for. */
export function voiceOf(view: ParagraphView, ctx: Context, m: Mention | null, feminine: boolean | null, at: number): Voice | null {
  if (m === null) return null;
  if (m.pronoun) {
    // ("لكن المتحدثة أشارت": the feminine word asks for a woman, when the verb told nothing)
    const gender = feminine ?? (m.feminine === true ? true : null);
    return (m.honour === undefined ? null : honouredBefore(ctx, m.honour, view.index, at, gender)) ?? speakingOrNamedBefore(view, ctx, gender, at);
  }
  // "يقف أبو خليل على ضفة النهر … «…»، يقول الرجل الستيني": a described person is the one the paragraph named
  const described = m.anonymous ? m.role : m.role === null ? m.name : null;
  if (described !== null && describesPerson(described)) return namedBefore(view, ctx, at) ?? { name: null, role: null, anonymous: true, feminine };
  if (m.anonymous) {
    // "وأكد المتحدث الرسمي أن": a definite title of the unnamed kind points back to its named holder, when there is one
    if (m.role !== null && /^و?ال/u.test(foldText(m.role))) {
      // ("المسؤول الصيني" points back only to the one speaking last, a Chinese official named with his title)
      if (OFFICIAL_TITLES.has(titleHead(m.role))) {
        const last = ctx.recent.at(-1);
        // ("وأضاف المسؤول الأول عن القطاع": the official in charge of the sector, as Maghreb copy calls the titled one
        // speaking)
        const inCharge = officialInCharge(foldText(m.role));
        return last !== undefined && last.name !== null && last.role !== null && (inCharge || sameTitle(last.role, m.role)) ? last : { name: null, role: m.role, anonymous: true, feminine };
      }
      const holder = ctx.recent.findLast((v) => v.name !== null && v.role !== null && sameTitle(v.role, m.role!)) ?? registeredByRole(ctx.registry, m.role);
      if (holder) return 'words' in holder ? { name: holder.text, role: holder.role, anonymous: false, feminine } : holder;
      // ("وأضاف الدبلوماسي الروسي" after "المتحدث باسم الخارجية الروسية ديمتري بيسكوف": a title and a nationality, the
      // recent speaker of that nationality; never a source's, "المصدر الأمني" is nobody named)
      if (!UNNAMED_SOURCE_SET.has(titleHead(m.role))) {
        const compatriot = compatriotOf(ctx, m.role, feminine);
        if (compatriot !== undefined) return compatriot;
      }
    }
    return { name: null, role: m.role, anonymous: true, feminine };
  }
  if (m.latter) return latterVoice(view, ctx, at);
  if (m.name === null) return null;
  if (m.orgReference) {
    // ("الحيثيات": the reasoning of the court that gave it)
    const head = BODY_OF_DOCUMENT.get(titleHead(m.name)) ?? titleHead(m.name);
    const referenceWords = foldText(m.name).split(' ');
    const org = ctx.recent.findLast((v) => v.name !== null && headedBy(ctx, v, head, referenceWords));
    if (org) return org;
    // only a bare head refers back by itself: "المجلس العلمي" may be another body than "مجلس العلماء"
    const bare = !m.name.includes(' ');
    const named = bare && SPEAKING_HEADS.has(head) ? earlierOrganisation(ctx, view, head, at) : bare && DOCUMENT_HEADS.has(head) ? earlierAuthor(ctx, view, head, at) : null;
    if (named) return named;
  }
  if (m.roleOnly) {
    // "اللواء السعدون": a rank before a known family name is that person
    const family = registeredFamily(ctx.registry, m.name);
    if (family) return { name: family.text, role: family.role, anonymous: false, feminine };
    // ("الرئيس الفرنسي" after "التقى السيسي نظيره الفرنسي إيمانويل ماكرون": the counterpart of that nationality, before
    // any president who spoke)
    const counterpart = registeredCounterpart(ctx.registry, m.name);
    if (counterpart) return { name: counterpart.text, role: counterpart.role, anonymous: false, feminine };
    // a voice known by its title alone ("اللاعب التشيلي الدولي") is the same person as a shorter title ("اللاعب")
    const person = ctx.recent.findLast((v) => (v.role ?? v.name) !== null && sameTitle((v.role ?? v.name)!, m.name!));
    if (person) return person;
    // ("الوزير الأردني" after "نظيره الأردني أيمن الصفدي": the nationality in the same form, "الرئيس الأميركي" never
    // the spokesman of "الخارجية الأميركية")
    const compatriot = compatriotOf(ctx, m.name);
    if (compatriot !== undefined) return compatriot;
    const registered = registeredByRole(ctx.registry, m.name);
    if (registered) return { name: registered.text, role: registered.role, anonymous: false, feminine };
    // "وأشار اللاعب التشيلي الدولي …" with no title-holder to point to: a trade of sport or the arts (and nationality
    // adjectives) is the person the paragraph named, or else the one speaking, when no other title is theirs ("المدرب
    // X" is not "اللاعب"); else the title stands for its unnamed holder, as below
    if (describesByTrade(m.name)) {
      const fits = (v: Voice | null): v is Voice => v !== null && v.name !== null && !v.anonymous && (v.role === null || sameTitle(v.role, m.name!));
      const named = namedBefore(view, ctx, at);
      if (fits(named)) return named;
      const speaking = currentVoice(ctx, feminine);
      if (fits(speaking)) return speaking;
    }
  }
  // "وأضاف «العتيبي»" after "فهد العتيبي" spoke: a family name alone is the last speaker who bears it
  if (m.role === null && !m.name.includes(' ')) {
    const family = foldText(m.name);
    const bearer = ctx.recent.findLast((v) => familyOf(ctx, v) === family);
    if (bearer) return bearer;
  }
  return { name: m.name, role: m.role, anonymous: false, feminine };
}

/** "مصدر", "مسؤول": sources that stay unnamed, folded. */
export const UNNAMED_SOURCE_SET: ReadonlySet<string> = new Set(UNNAMED_SOURCE_WORDS.map(foldText));
const DESCRIBED_PERSONS: ReadonlySet<string> = new Set(DESCRIBED_PERSON_NOUNS.map(foldText));
/** "الستيني", "الأربعينية": an age by decade, folded ("السيدة الأربعينية" reads as the honorific and this). */
const AGE_BY_DECADE = /^ال(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي|يه)$/u;

/** Whether a mention's words describe someone rather than name them ("الرجل الستيني", "الأربعينية"). */
function describesPerson(name: string): boolean {
  const words = foldText(name).split(' ');
  return DESCRIBED_PERSONS.has(words[0]!) || (words.length === 1 && AGE_BY_DECADE.test(words[0]!));
}

/** "اللاعب", "اللاعب التشيلي الدولي": a trade of sport or the arts, alone or with nationality adjectives alone. */
function describesByTrade(name: string): boolean {
  const words = foldText(name).split(' ');
  return DESCRIBED_TRADES.has(words[0]!) && words.slice(1).every((w) => DEFINITE_NISBA.test(w));
}
const DESCRIBED_TRADES: ReadonlySet<string> = new Set(DESCRIBED_TRADE_NOUNS.map(foldText));


/**
 * The person a paragraph named last before `at`, by a kunya ("أبو خليل"), a common given name ("سامر الخطيب") or a
 * registered name, of two words or more, no further back than a cue's speaker is looked for (MAX_SENTENCE_REACH
 * words: a page repeating "وأوضح المهاجم الدولي أن …" thousands of times in one paragraph read it whole at each);
 * null when it names nobody so.
 */
function namedBefore(view: ParagraphView, ctx: Context, at: number): Voice | null {
  const { tokens } = view;
  const from = tokenAt(tokens, at) - 1;
  for (let k = from; k >= 0 && from - k < MAX_SENTENCE_REACH; k--) {
    if (KUNYA_HEADS.has(tokens[k]!.norm) || startsWithGivenName(tokens[k]!.norm) || registeredLength(ctx.registry, tokens, k) > 0) {
      const m = readMention(view.text, tokens, k, tokens.length, ctx.registry);
      if (m !== null && m.name !== null && !m.anonymous && m.name.includes(' ')) return { name: m.name, role: m.role, anonymous: false, feminine: null };
    }
  }
  return null;
}

/** How far back from a participle its governing verb may stand ("أوضح الأخير قائلا"). */
const MAX_GOVERNING_GAP = 6;

/**
 * The voice of a speech verb whose subject ends right before the participle at `index`, or null. A feminine verb never
 * governs a masculine participle ("أن الكويت أعلنت عجزا، مضيفا": the verb's object is no one's name).
 */
function verbRightBefore(view: ParagraphView, ctx: Context, floor: number, index: number, participleFeminine: boolean): Voice | null {
  const { tokens } = view;
  for (let k = index - 2; k >= floor && index - k <= MAX_GOVERNING_GAP; k--) {
    if (tokens[k]!.after !== '' && k < index - 1) return null;
    const info = cueAt(tokens, k);
    if (info === null || info.kind !== 'verb') continue;
    if (info.feminine && !participleFeminine) return null;
    // ("أن «الخطة قابلة للتنفيذ إذا أُقرت السلفة»، لافتا": a verb inside the quote before it is the speaker's word)
    if (insideSpan(view.spans, tokens[k]!.start)) return null;
    // ("وكان الوزير أعلن القرار الجديد، مضيفا": the subject named after كان, before the verb, and the words after the verb
    // its object)
    const named = subjectAfterKana(view, ctx, floor, k, info.feminine);
    if (named !== null) return named;
    // ("وأدان الاتحاد الأوروبي الهجوم، معتبرا …": a verb whose object follows has it between its subject and the participle)
    const objectFollows = objectFollowsCue(info);
    const m = readMention(view.text, tokens, k + 1, index, ctx.registry, objectFollows);
    return m !== null && (m.next === index || (objectFollows && m.name !== null && m.next < index)) ? voiceOf(view, ctx, m, info.feminine, tokens[k]!.start) : null;
  }
  return null;
}

const KANA_SET: ReadonlySet<string> = new Set(KANA_FORMS);
/** "قد" between the subject and the verb ("وكان الوزير قد أعلن"), folded. */
const QAD = 'قد';
/** Most words of a subject between كان and its verb. */
const MAX_KANA_SUBJECT = 8;

/**
 * The subject between "كان" and the verb at `verb` ("وكان الوزير [قد] أعلن …"), read whole up to the verb with no comma
 * inside; null when no كان opens it.
 */
function subjectAfterKana(view: ParagraphView, ctx: Context, floor: number, verb: number, feminine: boolean): Voice | null {
  const { tokens } = view;
  const end = verb - 1 >= floor && tokens[verb - 1]!.norm === QAD ? verb - 1 : verb;
  for (let s = end - 1; s > floor && end - s <= MAX_KANA_SUBJECT; s--) {
    if (tokens[s]!.after.trim() !== '') return null;
    if (!KANA_SET.has(tokens[s - 1]!.norm)) continue;
    const m = readMention(view.text, tokens, s, end, ctx.registry);
    return m !== null && m.next === end && !m.pronoun ? voiceOf(view, ctx, m, feminine, tokens[s]!.start) : null;
  }
  return null;
}

/** The first token after the last quote closing before token `index` with a comma, or `floor` when none does. */
function clauseAfterQuote(view: ParagraphView, floor: number, index: number): number {
  const { tokens } = view;
  for (let k = index - 1; k >= floor; k--) {
    if (insideSpan(view.spans, tokens[k]!.start)) return COMMA_AFTER.test(tokens[k]!.after) && k + 2 < index ? k + 1 : floor;
  }
  return floor;
}
const COMMA_AFTER = /[،,]/u;

/**
 * The subject named after the verb that opens the clause at `clause` ("شكك النائب علي حسن في ذلك"): a word that is
 * no name, title or cue, then a mention with a name; else null.
 */
function namedAfterClauseVerb(view: ParagraphView, ctx: Context, clause: number, index: number): Voice | null {
  const verb = view.tokens[clause]!;
  if (verb.role || verb.definite || verb.cue !== null || verb.after !== '' || isStopWord(verb.norm) || startsWithGivenName(verb.norm) || registeredLength(ctx.registry, view.tokens, clause) > 0) return null;
  const m = readMention(view.text, view.tokens, clause + 1, index, ctx.registry, true);
  // (a name of two words at least: "غادر القاعة" names a place, no subject)
  if (m === null || m.name === null || !m.name.includes(' ') || m.anonymous || m.pronoun) return null;
  return voiceOf(view, ctx, m, null, view.tokens[clause + 1]!.start);
}

/** Tokens read back for the person "الأخير" (the latter) points at, and registered names compared with each. */
const MAX_LATTER_LOOKBACK = 40;
const MAX_LATTER_NAMES = 64;

/**
 * A voice's folded name words, kept per article by name (voices keep their shape: a property added later
 * would make every voice read slower).
 */
function wordsOf(ctx: Context, v: Voice): readonly string[] {
  if (v.name === null) return [];
  let words = ctx.nameWords.get(v.name);
  if (words === undefined) ctx.nameWords.set(v.name, (words = foldText(v.name).split(' ')));
  return words;
}

/**
 * Whether a voice's name opens on `head` (a title's head, folded, without the article): "وزارة الصحة" on "وزاره" for
 * "الوزارة". A body whose own name opens with the article ("الادعاء العام", "البنك المركزي المصري") is found so only by a
 * reference whose every word (`referenceWords`, folded) its name holds ("البنك المركزي"): "الوكالة الرسمية السورية
 * للأنباء" is another body than "الوكالة الدولية للطاقة الذرية".
 */
function headedBy(ctx: Context, v: Voice, head: string, referenceWords: readonly string[]): boolean {
  const words = wordsOf(ctx, v);
  if (words[0] === head) return true;
  return words[0] === `ال${head}` && referenceWords.every((w) => words.includes(w));
}

/**
 * "ولأن الملك محمد السادس تولى علاج أمينوكس، أوضح الأخير": the recent speaker or registered person whose
 * name holds the word nearest before `at`; null when none is near.
 */
function latterVoice(view: ParagraphView, ctx: Context, at: number): Voice | null {
  const { tokens } = view;
  for (let k = tokenAt(tokens, at) - 1, seen = 0; k >= 0 && seen < MAX_LATTER_LOOKBACK; k--, seen++) {
    const norm = tokens[k]!.norm;
    if (norm.length < 3 || tokens[k]!.role) continue;
    const voice = ctx.recent.findLast((v) => wordsOf(ctx, v).includes(norm));
    if (voice) return voice;
    // the names registered last (a page of thousands of names reads a bounded few)
    for (let r = ctx.registry.length - 1; r >= Math.max(0, ctx.registry.length - MAX_LATTER_NAMES); r--) {
      if (ctx.registry[r]!.words.includes(norm)) return asVoice(ctx.registry[r]!);
    }
  }
  return null;
}

/** A voice's family name, folded: '' for a one-word name or none. */
function familyOf(ctx: Context, v: Voice): string {
  const words = wordsOf(ctx, v);
  // ("حسن نصر الله": a family name in الله is its last two words; "رسول الله" has none, "الله" alone is no one's)
  if (words[words.length - 1] === 'الله') return words.length > 2 ? words.slice(-2).join(' ') : '';
  return words.length > 1 ? words[words.length - 1]! : '';
}

/** Paragraphs read back for the body that a definite head ("الهيئة") refers to. */
const MAX_ORGANISATION_LOOKBACK = 12;
/** Heads of bodies that speak ("الهيئة", "الشركة"); documents and places ("الدراسة", "المنطقة") do not. Folded, without ال. */
const SPEAKING_HEADS = new Set(SPEAKING_ORGANISATION_HEADS);
/** A one-letter prefix on an organisation's head: "وهيئة", "بصندوق", "لمنظمة". */
const HEAD_PREFIX = /^[وفبل]/u;
/** Diacritics and tatweel a printed prefix letter may carry. */
const PREFIX_MARKS = /^[\u0640\u064B-\u065F]*/u;

/**
 * "أنجزت هيئة الاتصالات … وأوضحت الهيئة أن …": the last body named with the same head before `at`, when no
 * recent voice is that body. Read only when a definite head speaks and nobody recent matches it.
 */
function earlierOrganisation(ctx: Context, view: ParagraphView, head: string, at: number): Voice | null {
  const bodyAt = (text: string, tokens: readonly Token[], k: number): Voice | null => {
    const norm = tokens[k]!.norm;
    const prefixed = norm.length === head.length + 1 && HEAD_PREFIX.test(norm) && norm.endsWith(head);
    // ("توقعت المديرية العامة للأرصاد الجوية …" then "وأوضحت المديرية": a definite head too, named in full by its
    // adjective and a genitive with لل, never a body described in passing, "المنظمة المعنية")
    const definite = norm !== head && !prefixed && norm.endsWith(head) ? DEFINITE_HEAD_PREFIX.exec(norm.slice(0, -head.length)) : null;
    if (norm !== head && !prefixed && !(norm === `ال${head}` && fullDefiniteName(tokens, k)) && definite === null) return null;
    // "وزير خارجية جمهورية التشيك": a head inside a title names no body of its own
    if (k > 0 && tokens[k - 1]!.role) return null;
    if (definite !== null && !(norm === `ال${head}` && fullDefiniteName(tokens, k))) return definiteBodyName(text, tokens, k, definite[1]);
    return bodyName(text, tokens, k, prefixed);
  };
  return searchBack(ctx, `body ${head}`, view, at, 1, (text, tokens, k) => {
    const found = bodyAt(text, tokens, k);
    if (found === null) return null;
    // "أيدت محكمة التمييز حكم محكمة الاستئناف …" then "وقالت المحكمة": the body the sentence opens with (its
    // subject) is the one referred back to, not a later one of the same kind
    for (let j = k - 1; j >= 0 && !SENTENCE_END_MARK.test(tokens[j]!.after); j--) {
      const earlier = bodyAt(text, tokens, j);
      if (earlier !== null) return earlier;
    }
    return found;
  });
}

/** Before a definite head, folded: its article alone or glued to a preposition or و ("البنك", "بالبنك", "للبنك"). */
const DEFINITE_HEAD_PREFIX = /^[وف]?(?:ال|(بال|كال|لل))$/u;
/** Adjectives of a definite head that describe a body in passing ("الجهات المعنية"), never name it. Folded. */
const PASSING_ADJECTIVES = new Set(['المعنيه', 'المختصه', 'المذكوره', 'المسووله']);

/**
 * "لجنة السياسة النقدية بالبنك المركزي المصري" … "وأوضح البنك": a definite head named by its nisba adjectives
 * ("المركزي المصري"): one is enough after a preposition glued to it (`glued`, "بال", "كال" or "لل"), else two
 * ("البنك الدولي" alone may be a description of a body named in full elsewhere). Null when the adjectives are missing.
 */
function definiteBodyName(text: string, tokens: readonly Token[], k: number, glued: string | undefined): Voice | null {
  let j = k + 1;
  while (j < tokens.length && tokens[j - 1]!.after === '' && DEFINITE_NISBA.test(tokens[j]!.norm) && !PASSING_ADJECTIVES.has(tokens[j]!.norm)) j++;
  if (j - k - 1 < (glued !== undefined ? 1 : 2)) return null;
  const printed = text.slice(tokens[k]!.start, tokens[k]!.end);
  // ("للبنك": the article is printed as لل, and the name takes it back)
  const article = printed.indexOf('ال');
  if (article < 0) return null;
  const head = glued === 'لل' ? `ال${printed.slice(printed.indexOf('لل') + 2)}` : printed.slice(article);
  return { name: `${head}${text.slice(tokens[k]!.end, tokens[j - 1]!.end)}`, role: null, anonymous: false, feminine: null };
}

/** "المديرية العامة للأرصاد", "الهيئة العامة للطيران": a definite head, its definite adjective, then a genitive with لل. */
function fullDefiniteName(tokens: readonly Token[], k: number): boolean {
  const adjective = tokens[k + 1];
  const genitive = tokens[k + 2];
  return adjective !== undefined && genitive !== undefined && adjective.definite && tokens[k]!.after === '' && adjective.after === '' && genitive.norm.startsWith('لل');
}

/** A full stop after a token ends its sentence. */
const SENTENCE_END_MARK = /[.!؟?]/u;

/** Where the last backward search for one key began, and the voice it found before that point (with its paragraph). */
export interface BackSearch {
  paragraph: number;
  token: number;
  found: { voice: Voice; paragraph: number } | null;
}

/**
 * The nearest voice `match` finds reading back from `at` (over at most MAX_ORGANISATION_LOOKBACK paragraphs,
 * leaving `reserve` tokens at each paragraph's end). Each key remembers where its last search began, so a
 * page that asks again and again ("وقالت الهيئة إن …" thousands of times) reads every token once.
 */
function searchBack(ctx: Context, key: string, view: ParagraphView, at: number, reserve: number, match: (text: string, tokens: readonly Token[], k: number) => Voice | null): Voice | null {
  const last = ctx.searches.get(key);
  const here = tokenAt(view.tokens, at);
  let found: BackSearch['found'] = null;
  scan: for (let p = view.index; p >= 0 && view.index - p <= MAX_ORGANISATION_LOOKBACK; p--) {
    const { text, tokens } = ctx.views[p]!;
    for (let k = (p === view.index ? here : tokens.length) - reserve; k >= 0; k--) {
      if (last !== undefined && (p < last.paragraph || (p === last.paragraph && k <= last.token - reserve))) {
        found = last.found;
        break scan;
      }
      const voice = match(text, tokens, k);
      if (voice) {
        found = { voice, paragraph: p };
        break scan;
      }
    }
  }
  ctx.searches.set(key, { paragraph: view.index, token: here, found });
  return found !== null && view.index - found.paragraph <= MAX_ORGANISATION_LOOKBACK ? found.voice : null;
}

/** The body named from its indefinite head at `k` ("هيئة الطيران المدني"), without a one-letter prefix; null for a bare head. */
// ("اتهمت منظمة هيومن رايتس ووتش السعودية باحتجاز …": after a verb whose object follows, as the verb's subject is read)
function bodyName(text: string, tokens: readonly Token[], k: number, prefixed: boolean): Voice | null {
  const verb = k > 0 ? tokens[k - 1]!.loose : null;
  const len = definiteEnd(tokens, k, k + organisationLength(tokens, k, tokens.length, verb !== null && objectFollowsCue(verb))) - k;
  if (len < 2) return null;
  let start = tokens[k]!.start;
  if (prefixed) start += 1 + PREFIX_MARKS.exec(text.slice(start + 1, start + 4))![0].length;
  return { name: text.slice(start, tokens[k + len - 1]!.end), role: null, anonymous: false, feminine: null };
}

/** Documents that speak for their authors: "وقالت الدراسة" after "دراسة أعدها مركز الخليج". Folded, without ال. */
const DOCUMENT_HEADS = new Set(['دراسه', 'تقرير', 'بيان', 'بلاغ', 'افتتاحيه']);
/** "وأصدرت", "أصدر": issuing, before its subject and the document ("أصدرت النقابة بيانا"). Folded. */
const ISSUED = /^[وف]?اصدر(?:ت)?$/u;
/** How far back from the document its issuing verb may stand. */
const MAX_ISSUER_WORDS = 10;

/** "وأصدرت نقابة المهن التمثيلية … بيانا": the subject of the issuing verb before the document in the accusative at `k`, or null. */
function issuerOf(ctx: Context, text: string, tokens: readonly Token[], k: number, whole = false): Voice | null {
  for (let j = k - 1; j >= 0 && k - j <= MAX_ISSUER_WORDS; j--) {
    if (!ISSUED.test(tokens[j]!.norm)) continue;
    const m = readMention(text, tokens, j + 1, k, ctx.registry);
    // ("أصدرت الوزارة اليوم بيانا": a day's word may stand between the issuer and the document)
    if (whole && m !== null && !tokens.slice(m.next, k).every((t) => DAY_NAME_SET.has(t.norm))) return null;
    return m !== null && m.name !== null && !m.pronoun && !m.anonymous ? { name: m.name, role: m.role, anonymous: false, feminine: null } : null;
  }
  return null;
}

/**
 * "أصدرت الوزارة بيانا … وجاء في البيان": the issuer of the last such document named before `at`, or null. Only an
 * issuer read whole up to the document (or a day's word before it) counts: "أصدر قادة الولايات المتحدة وبريطانيا
 * وألمانيا وفرنسا وكندا بيانا" names signatories no one mention holds.
 */
function earlierIssuer(ctx: Context, view: ParagraphView, head: string, at: number): Voice | null {
  return searchBack(ctx, `issuer ${head}`, view, at, 2, (text, tokens, k) => (tokens[k]!.norm === `${head}ا` ? issuerOf(ctx, text, tokens, k, true) : null));
}

/** "وقالت وزارة الخارجية في بيان إن … وجاء في البيان": the one said to speak in the statement before `at`. */
function earlierStatementSpeaker(ctx: Context, view: ParagraphView, head: string, at: number): Voice | null {
  return searchBack(ctx, `speaker ${head}`, view, at, 2, (text, tokens, k) => speakerInStatementAt(ctx, text, tokens, k, head));
}

/**
 * "وقالت الوزارة في بيان إن …": at `k` the statement `head` after "في", whose speaker wrote it (a body named by its
 * head alone is the one of that head that spoke last); null when `k` holds no such statement or nobody is named.
 */
function speakerInStatementAt(ctx: Context, text: string, tokens: readonly Token[], k: number, head: string): Voice | null {
  return tokens[k]!.norm === head && tokens[k - 1]?.norm === IN_WORD ? speakerInStatement(ctx, text, tokens, k - 1) : null;
}

/** "أحصت دراسة أعدها مركز الخليج … وقالت الدراسة إن": the author named with the same document before `at`. */
function earlierAuthor(ctx: Context, view: ParagraphView, head: string, at: number): Voice | null {
  return searchBack(ctx, `author ${head}`, view, at, 2, (text, tokens, k) => {
    if (tokens[k]!.norm === `${head}ا`) return issuerOf(ctx, text, tokens, k);
    // "وقالت الوزارة في بيان إن …": the one said to speak in a statement wrote it
    if (STATEMENT_NOUNS.has(head) && tokens[k]!.norm === head) return speakerInStatementAt(ctx, text, tokens, k, head);
    if (tokens[k]!.norm !== head && tokens[k]!.norm !== `ال${head}`) return null;
    // "تقرير أعدته X", "تقرير صادر عن X": the author after the verb, or after "صادر عن"
    const from = AUTHORED_BY.test(tokens[k + 1]?.norm ?? '') ? k + 2 : ISSUED_BY.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'عن' ? k + 3 : -1;
    if (from < 0) return null;
    if (SPEAKING_HEADS.has(tokens[from]?.norm ?? '')) {
      const body = bodyName(text, tokens, from, false);
      if (body) return body;
    }
    const m = readMention(text, tokens, from, tokens.length, ctx.registry);
    return m !== null && m.name !== null && !m.pronoun && !m.anonymous ? { name: m.name, role: m.role, anonymous: false, feminine: null } : null;
  });
}

/** "في" (in), folded. */
const IN_WORD = 'في';
/** Most words between a verb of saying and the "في بيان" its subject spoke in. */
const MAX_STATEMENT_SPEAKER_WORDS = 8;

/** The named subject of the verb of saying before "في بيان" at `inAt` ("وقالت الوزارة في بيان"), or null. */
function speakerInStatement(ctx: Context, text: string, tokens: readonly Token[], inAt: number): Voice | null {
  for (let j = inAt - 1; j >= 0 && inAt - j <= MAX_STATEMENT_SPEAKER_WORDS; j--) {
    if (cueAt(tokens, j)?.kind !== 'verb') continue;
    const m = readMention(text, tokens, j + 1, inAt, ctx.registry);
    if (m === null || m.name === null || m.pronoun || m.anonymous || m.roleOnly) return null;
    if (!m.orgReference) return { name: m.name, role: m.role, anonymous: false, feminine: null };
    const head = titleHead(m.name);
    const referenceWords = foldText(m.name).split(' ');
    return ctx.recent.findLast((v) => v.name !== null && headedBy(ctx, v, head, referenceWords)) ?? null;
  }
  return null;
}

/** "وزارة الداخلية اتسم …": after a definite word of a body's name, an indefinite one ends it (the verb or object after it). */
function definiteEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let j = from + 2; j < end; j++) {
    const t = tokens[j]!;
    // "هيئة الاتصالات وتقنية المعلومات": a second noun joined by و keeps its genitive
    const joined = t.norm.startsWith('و') && j + 1 < end && tokens[j + 1]!.definite;
    if (tokens[j - 1]!.definite && !t.definite && !joined && !/^لل/u.test(t.norm)) return j;
  }
  return end;
}

/** Most words of a subject between the particle after an "according to" phrase and the quote ("فإن الحكومة «…»"). */
const MAX_ACCORDING_SUBJECT = 3;

/** "ووفقا لـ", "طبقا لـ": "according to", with ل glued to the name's first word, folded. */
export const ACCORDING_TO_LEADS: ReadonlySet<string> = new Set(ACCORDING_TO_GLUED_LEADS.map(foldText));

/** The text with the ل glued to a word ("لوزارة", "للمتحدث") made a space, or the alef of the article it stands for. */
function withoutGluedLam(text: string, glued: Token): string {
  return `${text.slice(0, glued.start)}${glued.norm.startsWith('لل') ? 'ا' : ' '}${text.slice(glued.start + 1)}`;
}

/** How many phrases with a glued ل an article reads on a copy of their paragraph (see `readUngluedMention`). */
const MAX_UNGLUED_READS = 256;

/**
 * The mention that opens at token `g`, read on a copy of the paragraph where the ل glued to its first word is a space,
 * or the alef of the article it stands for ("وفقا لوزير الاقتصاد X", "للمتحدث": same offsets, same words). Null past
 * MAX_UNGLUED_READS such readings in the article: each copies the paragraph, and a page of thousands of "ووفقا لـX"
 * would copy it thousands of times (no news article holds a dozen).
 */
export function readUngluedMention(view: ParagraphView, ctx: Context, g: number, limit: number): Mention | null {
  if (++ctx.ungluedReads > MAX_UNGLUED_READS) return null;
  const unglued = withoutGluedLam(view.text, view.tokens[g]!);
  return withChangedTokens(view.tokens, unglued, g, (tokens) => readMention(unglued, tokens, g, limit, ctx.registry));
}

/**
 * "على حد تعبير هايفيلد «…»", "وجاء على لسان الوزير خالد نصر «…»": the voice named right after an
 * "according to" phrase that stands before the quote, and the phrase as the cue; null when none does.
 *
 * "بحسب X «…»", "ووفقا لـX فإن «…»", "بحسب قول X فإن «…»", "وبحسب بيان صادر عن رئاسة الوزراء، فإن الحكومة «…»": X speaks; `governed`
 * when a subject stands between the particle and the quote, or the phrase is an aside in commas inside a clause
 * begun before it (the quote is then a fragment of the clause).
 */
export function accordingTo(view: ParagraphView, ctx: Context, openToken: number, floor: number): { voice: Voice; cue: string; governed: boolean } | null {
  const { tokens, text } = view;
  for (let k = openToken - 1; k >= floor && openToken - k <= MAX_ACCORDING_GAP; k--) {
    // ("وبحسب": a phrase of one word may carry و)
    const w = tokens[k]!.norm;
    // ("ووفقا لسارة الحسن، …، فإن «…»": ل glued to the name's first word, read on a copy where it is a space)
    const toLead = ACCORDING_TO_LEADS.has(w) && k + 1 < openToken && tokens[k + 1]!.norm.charCodeAt(0) === LAM;
    if (!toLead && !ACCORDING_LAST_WORDS.has(w) && !(w.charCodeAt(0) === WAW && w.length > 2 && ACCORDING_LAST_WORDS.has(w.slice(1)))) continue;
    // ("وحسب تصريح لرئيس الجمعية، X، فإن «…»": a speech noun, then ل glued to the one whose words they are)
    const nounLead = !toLead && BARE_ACCORDING.has(w.replace(/^و(?=\p{L}{2})/u, '')) && statementOf(tokens, k + 1, openToken);
    const glued = toLead ? k + 1 : nounLead ? k + 2 : -1;
    // ("بحسب تصريحات وزير الصحة X، فإن «…»": the speech noun in construct with the speaker)
    const from = glued > 0 ? glued : k + 1 + (k + 2 < openToken && spokenNoun(tokens[k + 1]!) ? 1 : 0);
    for (const words of toLead ? [[w]] : ACCORDING_WORDS) {
      const first = k - words.length + 1;
      // "وبحسب قول", "وعلى لسان": the first word may carry و
      if (first < floor || !(words[0] === tokens[first]!.norm.replace(/^و(?=\p{L}{2})/u, '') || words[0] === tokens[first]!.norm) || !matchWords(tokens, first + 1, words.slice(1))) continue;
      const m = glued > 0 ? readUngluedMention(view, ctx, glued, openToken) : readMention(text, tokens, from, openToken, ctx.registry);
      if (m === null) return null;
      // ("وبحسب سارة الحسن، وهي خبيرة اقتصادية، فإن «…»": an aside that describes the speaker, opened by وهي or وهو)
      // ("وبحسب كلمة لوزير الخارجية X أمام البرلمان، فإن «…»": where the words were said, closed by a comma)
      // ("وبحسب مصادر مطلعة، فإن «…»": an unnamed source's adjectives, up to the particle)
      const named = m.anonymous ? pastSourceAdjectives(tokens, m.next, openToken) : m.next;
      const next = pastOccasion(tokens, pastDescribingAside(tokens, named, openToken), openToken);
      // only a particle, and its subject, may stand between the name and the quote: "بحسب قول X فإن «…»"
      // (or the rest of the clause after an aside in commas: "وطالبت النقابة، على لسان رئيسها X، بضرورة «…»")
      if (next < openToken && !particleAndSubject(tokens, next, openToken) && !(words.at(-1) === TONGUE && commaAside(tokens, first, next, floor))) return null;
      // (after "ووفقا لـ" the particle must come: 'وفقاً للمركز الأمريكي "بيو" للأبحاث' quotes the body's name)
      if (toLead && next >= openToken) return null;
      // ("وحسب المصدر نفسه، فإن «…»": the same source as before, or an unnamed one, with nobody named to point to, is
      // still a source: the quote is its words, nobody's by name)
      const voice = voiceOf(view, ctx, m, null, tokens[k]!.start) ?? (m.pronoun || m.anonymous ? { name: null, role: null, anonymous: true, feminine: null } : null);
      // (an aside in commas right before the quote leaves the quote to finish the clause it broke into: "ولا تخفي
      // الأحزاب، على حد تعبير X، «قلقها من …»")
      const governed = next < openToken - 1 || (first > floor && ASIDE_COMMA.test(tokens[first - 1]!.after) && COMMA_BEFORE_QUOTE.test(tokens[next - 1]!.after));
      return voice ? { voice, cue: text.slice(tokens[first]!.start, tokens[k]!.end), governed } : null;
    }
  }
  return null;
}

/** "بحسب", "حسب": the according-to phrases of one word, folded. */
const BARE_ACCORDING: ReadonlySet<string> = new Set(ACCORDING_WORDS.filter((words) => words.length === 1).map((words) => words[0]!));
/** Speech nouns that "بحسب" may govern before the speaker in ل ("بحسب تصريحات لوزير المالية"), folded. */
const SPOKEN_NOUNS: ReadonlySet<string> = new Set(['تصريح', 'تصريحات', 'حديث', 'كلمه', 'كلام', 'روايه', 'شهاده', 'افاده']);

/** Whether the token is a speech noun with nothing after it: in construct with the one whose words they are. */
function spokenNoun(t: Token): boolean {
  return SPOKEN_NOUNS.has(t.norm) && t.after === '';
}

/** Whether token `i` is a speech noun and the next a person or title with ل glued, no outlet ("تصريح لرئيس الجمعية"). */
function statementOf(tokens: readonly Token[], i: number, limit: number): boolean {
  if (i + 2 >= limit || !spokenNoun(tokens[i]!)) return false;
  const t = tokens[i + 1]!;
  return t.norm.charCodeAt(0) === LAM && t.norm.length > 3 && outletAddressee(tokens, i + 1, limit) === 0;
}

/** Most words of such an aside ("وهي خبيرة في اقتصادات الطاقة"). */
const MAX_DESCRIBING_ASIDE_WORDS = 10;

/** Past "، وهي خبيرة اقتصادية،" right after a name (`next`): the token after the aside's closing comma, else `next`. */
function pastDescribingAside(tokens: readonly Token[], next: number, limit: number): number {
  if (next >= limit || next === 0 || !ASIDE_COMMA.test(tokens[next - 1]!.after) || !DESCRIBING_ASIDE_OPENERS.has(tokens[next]!.norm)) return next;
  for (let k = next + 1; k < limit && k - next <= MAX_DESCRIBING_ASIDE_WORDS; k++) {
    if (tokens[k]!.after !== '') return ASIDE_COMMA.test(tokens[k]!.after) ? k + 1 : next;
  }
  return next;
}

/** "على لسان" (by the tongue of) names the one who speaks for the clause's subject, even as an aside. Folded. */
const TONGUE = 'لسان';
/** Whether the phrase from `first` to `next` stands between commas, as an aside within its clause. */
function commaAside(tokens: readonly Token[], first: number, next: number, floor: number): boolean {
  return first > floor && ASIDE_COMMA.test(tokens[first - 1]!.after) && ASIDE_COMMA.test(tokens[next - 1]!.after);
}
const ASIDE_COMMA = /^\s*[،,]\s*$/u;
/** A comma and the quote's opening mark after the aside's last word. */
const COMMA_BEFORE_QUOTE = /^\s*[،,]\s*[«"“]$/u;

/** "أمام", "خلال", "في": words that open where or when the words were said ("أمام البرلمان", "خلال مؤتمر صحفي"). Folded. */
const OCCASION_LEADS: ReadonlySet<string> = new Set(OCCASION_PREPOSITIONS);
/** Most words of such a phrase, its lead included. */
const MAX_OCCASION_WORDS = 6;

/**
 * Past "أمام البرلمان،", "خلال مؤتمر صحفي،" right after a name (`next`): the token after the phrase's closing comma when
 * a particle follows it, else `next`.
 */
function pastOccasion(tokens: readonly Token[], next: number, limit: number): number {
  if (next >= limit || !OCCASION_LEADS.has(tokens[next]!.norm)) return next;
  for (let k = next; k < limit && k - next < MAX_OCCASION_WORDS; k++) {
    if (tokens[k]!.after !== '') return ASIDE_COMMA.test(tokens[k]!.after) && k + 1 < limit && particleAndSubject(tokens, k + 1, limit) ? k + 1 : next;
  }
  return next;
}

/** Most words of an occasion between a name and the participle after it ("في مؤتمر صحفي"). */
const MAX_OCCASION_BEFORE_CUE = 4;

/** Whether the tokens [from, cue) are an occasion ("في بيان", "خلال مؤتمر صحفي") with no punctuation in it. */
function occasionUpTo(tokens: readonly Token[], from: number, cue: number): boolean {
  if (from >= cue || cue - from > MAX_OCCASION_BEFORE_CUE || !OCCASION_LEADS.has(tokens[from]!.norm)) return false;
  for (let k = from; k < cue - 1; k++) if (tokens[k]!.after !== '') return false;
  return true;
}

/** Whether the tokens [from, to) are إن/فإن/أن and at most a short subject, with no punctuation between. */
function particleAndSubject(tokens: readonly Token[], from: number, to: number): boolean {
  if (!/^[وف]?[اإ]ن$/u.test(tokens[from]!.norm) || to - from - 1 > MAX_ACCORDING_SUBJECT) return false;
  for (let k = from; k < to - 1; k++) if (tokens[k]!.after !== '') return false;
  return true;
}

/** Most adjectives read after an unnamed source before "فإن" ("مصادر أمنية مطلعة"). */
const MAX_SOURCE_ADJECTIVES = 3;

/** Past the adjectives of an unnamed source (`next` is the token after its noun): the particle "فإن" after them, else `next`. */
function pastSourceAdjectives(tokens: readonly Token[], next: number, limit: number): number {
  for (let k = next; k < limit && k - next <= MAX_SOURCE_ADJECTIVES; k++) {
    if (THEN_THAT.has(tokens[k]!.norm)) return k;
    // (a word with punctuation after it ends the source's words: the particle must come next)
    if (tokens[k]!.after !== '' && !ASIDE_COMMA.test(tokens[k]!.after)) return next;
  }
  return next;
}

/** The registered person whose family name ends a title phrase ("اللواء السعدون"), when the title has two words or more. */
function registeredFamily(registry: NameRegistry, title: string): RegisteredName | null {
  const words = foldText(title).split(' ');
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  return registry.find((n) => n.words.length > 1 && n.words[n.words.length - 1] === last) ?? null;
}

function asVoice(n: { text: string; role: string | null } | null): Voice | null {
  return n ? { name: n.text, role: n.role, anonymous: false, feminine: null } : null;
}


/** "حول", "وحول", "وفي": a preposition, with or without و/ف, that can open a fronted phrase. */
function isFrontedPreposition(t: Token): boolean {
  const w = t.norm;
  if (FRONTED_PREPOSITIONS.has(w)) return true;
  const c = w.charCodeAt(0);
  return (c === WAW || c === FEH) && w.length > 2 && FRONTED_PREPOSITIONS.has(w.slice(1));
}

/** "وطبقا لتقرير …،", "وبحسب الصحيفة،": an according-to phrase fronted before the clause, folded. */
const ACCORDING_FRONT = new Set(['طبقا', 'وطبقا', 'وفقا', 'ووفقا']);
/** "فإن": "then indeed", opening the clause after a fronted phrase. Folded. */
const THEN_THAT = new Set(['فان']);

/** Where a fronted prepositional phrase that opens the sentence ends (after its comma), or `floor` if none. */
function afterFrontedPhrase(view: ParagraphView, floor: number, cue: number): number {
  const start = skipOpeners(view.tokens, skipLinks(view.tokens, floor, cue), cue);
  if (start >= cue || !(isFrontedPreposition(view.tokens[start]!) || ACCORDING_FRONT.has(view.tokens[start]!.norm))) return floor;
  for (let k = start; k < cue; k++) if (/[،,]/u.test(view.tokens[k]!.after)) return k + 1;
  return floor;
}

/** A registered name standing left of token `from` in the sentence: the participle's subject. */
function nearestRegistered(view: ParagraphView, ctx: Context, from: number, sentenceFloor: number): Voice | null {
  // "وحول غياب النجم محمد صلاح، قال": a name inside the fronted phrase is not the subject
  const floor = afterFrontedPhrase(view, sentenceFloor, from);
  for (let i = from - 1; i >= floor; i--) {
    if (insideSpan(view.spans, view.tokens[i]!.start)) continue;
    // "المتحدث باسم إردوغان": a name inside a title is not the subject
    if (view.tokens[i - 1]?.norm === 'باسم') continue;
    const name = registeredEndingAt(ctx.registry, view.tokens, i);
    if (name) return asVoice(name);
  }
  return null;
}

/** "حين", "عندما": a speech verb after one tells when the sentence's subject did what its first verb says. Folded. */
const WHEN_SET = new Set(WHEN_WORDS);
/** Words before a sentence's first verb: "وقد", "لقد". Folded. */
const BEFORE_VERB = new Set(BEFORE_FIRST_VERB);

/** "وقد أحسن وزير الاتصالات حين قال إن …": the subject after the sentence's first verb, when "حين" precedes the cue. */
function whenClauseSubject(view: ParagraphView, ctx: Context, floor: number, cue: number): Voice | null {
  if (cue - 1 <= floor || !WHEN_SET.has(view.tokens[cue - 1]!.norm)) return null;
  let i = floor;
  while (i < cue - 1 && BEFORE_VERB.has(view.tokens[i]!.norm)) i++;
  if (i + 1 >= cue - 1) return null;
  const m = readMention(view.text, view.tokens, i + 1, cue - 1, ctx.registry);
  if (m === null || m.anonymous || (m.name === null && !m.roleOnly)) return null;
  return voiceOf(view, ctx, m, null, view.tokens[i]!.start);
}

/** "قرر", "وقررت", "يقرر": forms of deciding, folded. */
export const DECIDING = /^[وف]?(?:قرر|قررت|قرروا|يقرر|تقرر)$/u;

/** "وردّ", "فعدّ": و or ف and a verb of two letters whose last is doubled (a shadda in the page). */
function doubledAfterWaw(text: string, t: Token): boolean {
  return /^[وف]\p{L}{2}$/u.test(t.norm) && text.slice(t.start, t.end + 1).includes('\u0651');
}

/** "ورد", "فرد": "and replied" with no shadda, also "came" ("ورد في التقرير"). Folded. */
const REPLIED_UNMARKED: ReadonlySet<string> = new Set(['ورد', 'فرد']);
/** Tags that make an unmarked "ورد" before them "replied": "بالقول", "بقوله". Folded. */
const SAYING_TAGS: ReadonlySet<string> = new Set(['بالقول', 'بقوله', 'بقولها']);

/** "بأن", folded: the particle a reply's words follow. */
const REPLIED_THAT = /^بان$/u;

/** "ورد نتنياهو بالقول", "فرد الوزير قائلا": an unmarked "ورد" at `i` whose clause closes on a participle or a saying tag at `tag`. */
function repliedBeforeTag(tokens: readonly Token[], i: number, tag: number): boolean {
  return REPLIED_UNMARKED.has(tokens[i]!.norm) && (tokens[tag]!.cue?.kind === 'participle' || SAYING_TAGS.has(tokens[tag]!.norm));
}

/** The subject of the sentence: the phrase after its first cue verb. */
function sentenceSubject(view: ParagraphView, ctx: Context, floor: number, upto: number): Voice | null {
  for (let i = floor; i < upto; i++) {
    const info = cueAt(view.tokens, i);
    if (info?.kind !== 'verb') continue;
    // "فإن مجلس بلدية إسطنبول قرر تغيير أسماء 90 شارعا، قال إنها …": a decision's subject stands before it, its object
    // after it
    if (DECIDING.test(view.tokens[i]!.norm)) {
      const before = i > floor ? subjectBefore(view, ctx, floor, i) : null;
      if (before !== null && before.name !== null) return before;
      continue;
    }
    // ("وعزت الوزارة الارتفاع إلى …، وقالت": after a verb whose object follows, the object is no part of the subject)
    // ("وقالت: «كنت خائفة»، مضيفة": what follows the verb's colon is what was said, never its subject)
    if (view.tokens[i]!.after.includes(':')) continue;
    const subject = i + 1 + pronounObjectLength(view.tokens, i + 1, upto);
    const v = voiceOf(view, ctx, readMention(view.text, view.tokens, subject, upto, ctx.registry, objectFollowsCue(info)), info.feminine, view.tokens[i]!.start);
    if (v) return v;
  }
  return null;
}

/**
 * A subject written before its verb: "أما الحارس محمد الشناوي، الذي …، فقال", "وكانت السعودية قد أعلنت",
 * "لاعب الوسط محمود حسن … علق". Taken when it is a title or known name, follows an opener, or meets the verb.
 */
function subjectBefore(view: ParagraphView, ctx: Context, floor: number, cue: number): Voice | null {
  const afterLinks = skipLinks(view.tokens, floor, cue);
  let start = skipOpeners(view.tokens, afterLinks, cue);
  if (start >= cue) return null;
  // "وحول غياب النجم محمد صلاح، قال: …": the noun of a fronted prepositional phrase is not the subject; the
  // clause after its comma may still hold one ("وفي قراءتها للمشهد، رسمت الناشطة ليلى سعيد …، معتبرة")
  // ("وطبقا لتقرير صحيفة «حرييت»، فإن مجلس البلدية قرر …": after an according-to phrase, فإن opens the clause)
  const frontedAccording = ACCORDING_FRONT.has(view.tokens[start]!.norm);
  if (isFrontedPreposition(view.tokens[start]!) || frontedAccording) {
    const after = afterFrontedPhrase(view, floor, cue);
    if (after === floor || after >= cue) return null;
    start = skipOpeners(view.tokens, skipLinks(view.tokens, after, cue), cue);
    if (frontedAccording && start < cue && THEN_THAT.has(view.tokens[start]!.norm)) start++;
    if (start >= cue) return null;
  }
  // "وهناك من لا ينتظر عائدا سريعا ويرى أن …": "there are those who" is nobody in particular
  if (THERE_ARE.has(view.tokens[start]!.norm) && view.tokens[start + 1]?.norm === 'من') return { name: null, role: null, anonymous: true, feminine: null };
  // "وتفقد الخطيب خطوط الإنتاج، قائلا": a known name after the clause's first word is its subject
  // ("أما زوجة بكر، أم يوسف، فتقول": never after a kinship noun, whose genitive the name is)
  for (let k = start + 1; k < Math.min(cue, start + 3) && !isKinship(view.tokens[start]!.norm); k++) {
    const known = registeredLength(ctx.registry, view.tokens, k);
    if (known > 0) return asVoice(registeredEndingAt(ctx.registry, view.tokens, k + known - 1));
  }
  // "وخلص المراقب أحمد … بالقول": a clause opening with و/ف + verb puts its subject after the verb
  const opener = view.tokens[start]!;
  const clauseStart = start;
  // ("وزارة الداخلية قالت": an organisation's head that starts with و is no و + verb)
  // ("وردّ مصدر مقرب …": a doubled verb of two letters shows its و by the shadda)
  // ("ورد نتنياهو بالقول": "replied" printed with no shadda, told by the tag that closes the clause)
  if ((/^[وف]\p{L}{3,}$/u.test(opener.norm) || doubledAfterWaw(view.text, opener) || repliedBeforeTag(view.tokens, start, cue)) && (!isStopWord(opener.norm) || opener.cue?.kind === 'verb' || expressedAbout(view.tokens, start, cue)) && !opener.role && !isKinship(opener.norm) && !isOrganisationHead(opener.norm) && registeredLength(ctx.registry, view.tokens, start) === 0 && start + 1 < cue) {
    start++;
    // "وتحدث لـ«سبق» الموظف …": the outlet told stands between the verb and its subject
    start = Math.min(cue - 1, start + outletAddressee(view.tokens, start, cue));
    start += pronounObjectLength(view.tokens, start, cue);
    // "وحضر الاستقبال صاحب السمو الأمير فيصل …، الذي صرح": the verb's definite object stands before its subject, who
    // opens on a style or an honorific
    if (start + 1 < cue && objectBeforeStyledSubject(view.tokens, start)) start++;
  }
  // "أثار تركي آل الشيخ …، قائلا": a news verb opens the clause, its subject follows
  // ("تجلس أم محمد، وهي نازحة …، وتقول": so does a present verb, of the shape no unlisted name has)
  // ("يقف محمد علي أمام متجره …، ويقول": a present verb of three letters too, before a given name)
  // ("لوّحت النقابات …، احتجاجا على ما وصفته": an unlisted past verb in ت before its definite subject)
  // ("في المقابل، دافع وزير العدل عن المشروع، وقال": after a link set off by a comma, an unlisted word before an
  // indefinite title is the verb, the title its subject's)
  else if ((isNewsVerb(opener.norm) || (PRESENT_VERB_SHAPE.test(opener.norm) && !startsWithGivenName(opener.norm)) || feminineVerbBeforeSubject(opener, view.tokens[start + 1]) || (SHORT_PRESENT_VERB.test(opener.norm) && startsWithGivenName(view.tokens[start + 1]?.norm ?? '')) || (start > floor && /[،,]/u.test(view.tokens[start - 1]!.after) && verbBeforeTitle(view.tokens, start))) && start + 1 < cue) start++;
  // "وبحسب مودو، وهو بائع من السنغال، فإن …، مضيفا": the one the clause is told according to speaks on
  const according = ATTRIBUTION_LEADS.has(opener.norm);
  if (according) start = clauseStart + (view.tokens[clauseStart + 1]?.norm === 'ما' ? 2 : 1);
  // ("وقالت: «كنت خائفة»، مضيفة": what follows the verb's colon is what was said, never its subject)
  if (start >= cue || (start > clauseStart && view.tokens[start - 1]!.after.includes(':'))) return null;
  // ("حسمت الوزارة الجدل …، مؤكدة": after the clause's verb, the subject and then its object)
  let m = readMention(view.text, view.tokens, start, cue, ctx.registry, start > clauseStart);
  // "محادثات وزير الخارجية سيرجي لافروف … تركزت على …، معتبرا": a clause that opens with a noun, a title and
  // a name is about the named person (after a verb the pair is subject and object: "أبلغ عباس وزير الخارجية …")
  if (start === clauseStart && m?.role != null && m.name !== null && !m.name.includes(' ') && view.tokens[start + 1]?.role) {
    const titled = readMention(view.text, view.tokens, start + 1, cue, ctx.registry);
    if (titled?.name != null && !titled.roleOnly && !titled.anonymous && titled.role !== null) m = titled;
  }
  if (m === null || (m.name === null && !m.pronoun && !m.anonymous)) return null;
  // ("غير أن النائب صالح العرموطي شكك في ذلك، وقال": a word after a family name with the article, right before a
  // preposition, is the subject's verb, no third word of the name)
  if (m.name !== null && m.next < cue && verbAfterFamilyName(view.tokens, m.name, m.next)) m = readMention(view.text, view.tokens, start, m.next - 1, ctx.registry, start > clauseStart) ?? m;
  let opened = false;
  for (let k = floor; k < start; k++) if (isClauseOpener(view.tokens[k]!.norm) && view.tokens[k]!.norm !== 'و') opened = true;
  // "جيري سميث، وهو مفتش سابق …، حذّر": a name set off by a comma and described is the clause's subject
  const described = m.name !== null && m.name.includes(' ') && m.next > start && /[،,]/u.test(view.tokens[m.next - 1]!.after) && isDescribingWord(view.tokens[m.next]?.norm ?? '');
  // "وصنفت منظمة الصحة العالمية المرض جائحة، مؤكدة": a named body right after the clause's verb is its subject
  // (named by its definite genitive: "محكمة مصرية" is some court)
  // ("لوّحت النقابات التعليمية …، احتجاجا على ما وصفته": bodies named by their plural too)
  const namedBody = start > clauseStart && m.name !== null && m.name.includes(' ') && (isOrganisationHead(view.tokens[start]!.norm) || definiteBodiesPlural(view.tokens[start]!.norm)) && view.tokens[start + 1]!.definite;
  // "وخرج مصدر مقرب من رئيس الحكومة عن صمته، قائلا": an unnamed source right after the clause's verb is its subject
  const unnamedAfterVerb = m.anonymous && start > clauseStart;
  const strong = m.role !== null || m.roleOnly || m.pronoun || described || namedBody || unnamedAfterVerb || (according && m.name !== null && !isPluralParticiple(view.tokens[cue]!.norm)) || registeredLength(ctx.registry, view.tokens, start) > 0;
  // ("ورد غالانت في بيان قائلا", "ورد باول في مؤتمر صحفي بالقول": where the words were said may stand between the
  // name and the participle or the saying tag; never before a verb, "يقف محمد علي أمام متجره وتقول زوجته")
  const tagged = view.tokens[cue]!.cue?.kind === 'participle' || SAYING_TAGS.has(view.tokens[cue]!.norm);
  const meets = (m.next >= cue - 1 || (tagged && occasionUpTo(view.tokens, m.next, cue))) && cue - start <= MAX_SUBJECT_BEFORE;
  // "تجلس سعاد الخطيب في شقتها … وتقول:": a named subject after the clause's verb, and a speech verb joined to that
  // verb by و in the same person and gender, share the subject
  // (a person's name: it opens on a given name or a kunya, never "وفتحت يوروتانيل تحقيقا …، وقالت")
  const joined = start > clauseStart && m.name !== null && m.name.includes(' ') && !m.anonymous && opensPersonName(m.name) && sameSubjectVerbs(view.tokens[clauseStart]!.norm, view.tokens[cue]!.norm);
  return meets || strong || opened || joined ? voiceOf(view, ctx, m, null, view.tokens[start]!.start) : null;
}

/**
 * Whether the word at `k` is a verb's definite object (no title, body, place or name) before a subject that opens on a
 * style or an honorific: "الاستقبال" of "وحضر الاستقبال صاحب السمو الأمير …", "معالي", "الدكتور".
 */
function objectBeforeStyledSubject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.norm.startsWith('ال') && t.after === '' && !t.role && !isOrganisationHead(t.norm) && !isKnownPlace(t.norm) && !startsWithGivenName(t.norm) && !isHonorific(t.norm) && (styleOfHighness(tokens, k + 1) || isHonorific(tokens[k + 1]!.norm));
}

/**
 * Whether the clause's first word, at `k`, is a verb before its titled subject: an unlisted word, no name's (no given
 * name, no article, no title, no comma after it), before an indefinite title ("دافع وزير العدل", "شكك نائب").
 */
function verbBeforeTitle(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!;
  const next = tokens[k + 1];
  return next !== undefined && next.role && !next.definite && word.after === '' && !word.role && !word.definite && !word.cue && !startsWithGivenName(word.norm) && !isKnownPlace(word.norm) && !isStopWord(word.norm) && !isOrganisationHead(word.norm);
}

/** Whether a name opens on a listed given name or a kunya ("أم محمد"). */
function opensPersonName(name: string): boolean {
  const key = lineKey(name);
  return startsWithGivenName(key) || KUNYA_HEADS.has(key.slice(0, key.indexOf(' ')));
}

/**
 * Whether a speech verb joined by و ("وتقول", "ويقول", "وقالت") agrees with the verb that opened its clause ("تجلس",
 * "يقف", "جلست"): both present with the same prefix letter, or both past with the same (feminine or not) ending. Folded.
 */
function sameSubjectVerbs(opener: string, cue: string): boolean {
  if (cue.charCodeAt(0) !== WAW_CODE || cue.length < 4) return false;
  const said = cue.slice(1);
  const verb = opener.replace(/^[وف](?=\p{L}{3})/u, '');
  if (/^[يت]\p{L}{2,4}$/u.test(verb)) return said.charCodeAt(0) === verb.charCodeAt(0) && /^[يت]/u.test(said);
  return !/^[يت]/u.test(said) && said.endsWith('ت') === verb.endsWith('ت');
}
const WAW_CODE = 0x0648;
/** "يقف", "تعيش": a present verb of three letters, folded. */
const SHORT_PRESENT_VERB = /^[يت]\p{L}{2}$/u;

/** Most words of an unnamed source between "بحسب" and the verb it says with ("مسؤول قضائي كبير"). */
const MAX_SOURCE_WORDS = 3;

/** "بحسب مسؤول قضائي أكد …": an anonymous source right after an according-to word and right before the verb. */
function accordingSourceBefore(view: ParagraphView, ctx: Context, floor: number, cue: number): Voice | null {
  for (let k = cue - 1; k > floor && cue - k <= MAX_SOURCE_WORDS; k--) {
    if (view.tokens[k]!.after !== '') return null;
    if (!ATTRIBUTION_LEADS.has(view.tokens[k - 1]!.norm)) continue;
    const m = readMention(view.text, view.tokens, k, cue, ctx.registry);
    if (m === null || !m.anonymous) return null;
    // (its indefinite adjectives may stand between: "مسؤول قضائي")
    for (let j = m.next; j < cue; j++) if (view.tokens[j]!.definite) return null;
    return { name: null, role: null, anonymous: true, feminine: null };
  }
  return null;
}

/** Negations that may open a sentence before its verb: "ولا تختلف", "ولم يكن". Folded. */
const NEGATIONS = new Set(['لا', 'ولا', 'لم', 'ولم', 'لن', 'ولن']);

/**
 * "عرضت المفوضة الأوروبية خطتها. وعبرت عن أملها أن …": a verb that opens its sentence with no subject
 * continues the subject of the sentence before it in the paragraph, when that one opens with a verb followed by
 * a title or a known name (and its gender agrees).
 */
function previousSentenceSubject(view: ParagraphView, ctx: Context, floor: number, cue: number, feminine: boolean): Voice | null {
  const { tokens } = view;
  if (cue !== floor || floor === 0) return null;
  const start = tokenAt(tokens, sentenceStart(view.breaks, tokens[floor - 1]!.start));
  // "ولا تختلف حال يوسف …": a negation before the verb
  const from = NEGATIONS.has(tokens[start]!.norm) && start + 1 < floor ? start + 1 : start;
  const verb = tokens[from]!;
  if (from + 1 >= floor || verb.role || verb.definite || registeredLength(ctx.registry, tokens, from) > 0) return null;
  // a voice already heard in that sentence is the current one: "وأضاف «…». وأشار إلى أن …"
  const last = ctx.last;
  if (last !== null && last.paragraph === view.index && last.sentence >= verb.start) return null;
  const m = readMention(view.text, tokens, from + 1, floor, ctx.registry);
  if (m === null || m.anonymous || m.pronoun || m.name === null) return null;
  const title = m.roleOnly ? m.name : m.role;
  if (title === null) {
    // "وبيّنت المحيميد أن …": a known name, given in full
    const known = registeredLength(ctx.registry, tokens, from + 1);
    const name = known > 0 ? registeredEndingAt(ctx.registry, tokens, from + known) : null;
    return name ? { name: name.text, role: name.role, anonymous: false, feminine } : null;
  }
  // "المفوضة" for "وعبرت", "الوزير" for "وأضاف"
  if (titleHead(title).endsWith('ه') !== feminine) return null;
  return voiceOf(view, ctx, m, feminine, verb.start);
}

/** "فأجاب", "وأجابت", "فرد" (answered), folded: a verb of answering. */
const ANSWERING = /^(?:[وف]?اجابت?|فردت?)$/u;
/** "وسأل", "فسألت" (asked), third person, folded: its subject, then whom it asked. */
const ASKING = /^[وف]?سالت?$/u;
/** "سألنا" (we asked), folded: the words after it are whom we asked. */
const WE_ASKED = /^[وف]?سالنا$/u;
/** "وسأله", "سألتها", "سألناه" (asked him, her), folded: the one asked is one the text named before. */
const ASKED_PRONOUN = /^[وف]?سال(?:ت|نا)?(?:ه|ها)$/u;
/** How far back, in words, an answer looks for its question. */
const MAX_QUESTION_REACH = 60;

/** Index of the last verb of asking before `to` (from `from`), or -1. */
function lastQuestion(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (ASKING.test(tokens[k]!.norm) || WE_ASKED.test(tokens[k]!.norm) || ASKED_PRONOUN.test(tokens[k]!.norm)) return k;
  return -1;
}

/**
 * "وسأل الصحفي الوزير: «…؟»، فأجاب: «…»": a verb of answering with no subject after it speaks for whom the question
 * before it (in its paragraph, or at the close of the one before) was put to, not for who asked; null when no
 * question stands before it or it names nobody asked.
 */
function answerer(view: ParagraphView, ctx: Context, index: number): Voice | null {
  if (!ANSWERING.test(view.tokens[index]!.norm)) return null;
  let source = view;
  let k = lastQuestion(view.tokens, Math.max(0, index - MAX_QUESTION_REACH), index);
  // (the question may close the paragraph before: "وسأل الصحفي الوزير: «…؟»" ⏎ "فأجاب: «…»")
  if (k < 0 && index <= 1 && view.index > 0) {
    source = ctx.views[view.index - 1]!;
    k = lastQuestion(source.tokens, Math.max(0, source.tokens.length - MAX_QUESTION_REACH), source.tokens.length);
  }
  if (k < 0) return null;
  const { tokens, text } = source;
  const end = source === view ? index : tokens.length;
  // ("وسأله أحد الصحفيين عن الموعد، فأجاب": him, the one speaking)
  if (ASKED_PRONOUN.test(tokens[k]!.norm)) return currentVoice(ctx, tokens[k]!.norm.endsWith('ها'));
  let at = k + 1;
  if (ASKING.test(tokens[k]!.norm)) {
    const asker = tokens[k]!.after === '' ? readMention(text, tokens, at, end, ctx.registry, 'addressee') : null;
    if (asker === null || (asker.name === null && !asker.anonymous) || tokens[asker.next - 1]!.after !== '') return null;
    at = asker.next;
  }
  const asked = readMention(text, tokens, at, end, ctx.registry);
  if (asked === null || asked.pronoun || (asked.name === null && !asked.anonymous)) return null;
  return voiceOf(source, ctx, asked, null, tokens[at]!.start);
}

/** The voice that last spoke in this same sentence: "وقال X "…"، مضيفا أن …". */
function sameSentence(view: ParagraphView, ctx: Context, floor: number): Voice | null {
  const last = ctx.last;
  const sentence = view.tokens[floor]?.start ?? 0;
  return last !== null && last.paragraph === view.index && last.sentence === sentence ? last.voice : null;
}

/**
 * Whether a voice may be the subject of a participle of this gender (null: unknown): a feminine one never speaks for
 * a body named by a masculine head ("الجيش"). People agree with both: a woman may hold a title in its masculine form
 * ("وكانت المدير العام … قد أعلنت …، مشيرة"), and a body may speak through its statement ("وأوضح بلاغ للوزارة …، مبرزا").
 */
function agreesWith(v: Voice, feminine: boolean | null): boolean {
  return !(feminine === true && v.role === null && v.name !== null && MASCULINE_BODY_SET.has(foldText(v.name.split(' ')[0]!)));
}

/** "الحكومة", "الحركة": a body's head with the article and ة, feminine. Folded. */
const FEMININE_BODY = /^ال\p{L}{2,}ه$/u;

/** Whether a definite body's head disagrees in gender with the verb before it ("اتهمت الجيش", "اتهم الحكومة"). */
function disagreeingBody(t: Token, feminineVerb: boolean): boolean {
  return feminineVerb ? MASCULINE_BODY_SET.has(t.norm) : FEMININE_BODY.test(t.norm) && isOrganisationHead(t.norm);
}

/** The speaker phrase right after a cue verb, if any. */
export function mentionAfter(view: ParagraphView, ctx: Context, cue: FoundCue, limit: number): Mention | null {
  // "وأضاف: تظهر …": what follows a colon is the speech, not the speaker
  if (view.tokens[cue.index]!.after.includes(':')) return null;
  const linked = skipLinks(view.tokens, cue.index + 1, limit);
  // ("ورد عليه نتنياهو بالقول", "وقال له الرئيس": the pronoun told stands between the verb and its subject)
  const told = linked + pronounObjectLength(view.tokens, linked, limit);
  const at = told + resumptiveInLength(view, ctx, cue, told, limit);
  // "ووصفت التدريبات العسكرية … بأنها «…»": a definite plural after a verb of describing is what it describes
  if (DESCRIBING_VERB.test(view.tokens[cue.index]!.norm) && at < limit && definiteObject(view.tokens[at]!) && registeredLength(ctx.registry, view.tokens, at) === 0) return null;
  // "واتهمت الجيش بـ«…»", "واتهم الحكومة بـ«…»": after a verb whose object follows, a body whose gender the verb does
  // not agree with is the object, the subject the one before
  if (cue.info.strength === 'opinion' && at < limit && disagreeingBody(view.tokens[at]!, cue.info.feminine)) return null;
  const m = readMention(view.text, view.tokens, at, limit, ctx.registry, objectFollowsCue(cue.info));
  // "ووصف النائب محمد عبد العزيز القرار بأنه «كارثي»": before "بأنه" the definite word that ends the phrase is what the
  // speaker describes (a verb with its object glued, "ووصفه", has none after the name)
  if (m?.name && DESCRIBING_VERB_BARE.test(view.tokens[cue.index]!.norm) && DESCRIBED_AS.has(view.tokens[m.next]?.norm ?? '') && view.tokens[m.next - 1]!.definite && !view.tokens[m.next - 1]!.role) {
    const shorter = readMention(view.text, view.tokens, at, m.next - 1, ctx.registry, true);
    if (shorter?.name) return shorter;
  }
  // "وقالت الخارجية الروسية على لسان المتحدثة باسمها ماريا زاخاروفا إن …": the body speaks through the one named
  // after "على لسان"
  if (m !== null && m.next + 2 < limit && view.tokens[m.next]!.norm === ON_TONGUE[0] && view.tokens[m.next + 1]!.norm === ON_TONGUE[1]) {
    const through = readMention(view.text, view.tokens, m.next + 2, limit, ctx.registry);
    if (through?.name) return through;
  }
  return m;
}
/** "فيه", "فيها": "in it", pointing back to the time or the text a relative clause is about. Folded. */
const RESUMPTIVE_IN: ReadonlySet<string> = new Set(['فيه', 'فيها']);
/**
 * "في الوقت الذي قال فيه المتحدث …", "وفي وقت عبّرت فيه البعثة …", "بيانا أكدت فيه الوزارة …": "فيه" between a cue and its
 * subject, when a title, a definite word or a registered name follows it (1, else 0). Never after a verb whose object
 * follows it ("دعوى يتهم فيها فلانة بـ…": the one accused), nor before a verbal noun ("أكد فيه امتلاك فلان …").
 */
function resumptiveInLength(view: ParagraphView, ctx: Context, cue: FoundCue, at: number, limit: number): number {
  if (at + 1 >= limit || !RESUMPTIVE_IN.has(view.tokens[at]!.norm) || objectFollowsCue(cue.info) !== false) return 0;
  const next = view.tokens[at + 1]!;
  return next.role || next.definite || registeredLength(ctx.registry, view.tokens, at + 1) > 0 ? 1 : 0;
}

/** "على لسان": "on the tongue of", the one a body speaks through. Folded. */
export const ON_TONGUE = ['علي', 'لسان'] as const;

/** "وصف", "ووصفت", "يصف", "واصفا": a verb of describing, whose object comes before what it is called. Folded. */
const DESCRIBING_VERB = /^[وف]?(?:وصف|يصف|تصف|واصف)(?:ت|وا|ه|ها|ا|ين|ون)?$/u;
/** The same verbs with no object glued to them ("ووصف", not "ووصفه"). Folded. */
const DESCRIBING_VERB_BARE = /^[وف]?(?:وصف|يصف|تصف|واصف)(?:ت|وا|ا|ين|ون)?$/u;
/** "بأنه", "بأنها": "as being", right after what is described. Folded. */
const DESCRIBED_AS: ReadonlySet<string> = new Set(['بانه', 'بانها', 'بانهم', 'بانهما', 'بانهن']);

/** A definite plural noun, no title: "التدريبات", "المفاوضات". */
function definiteObject(t: Token): boolean {
  return t.definite && !t.role && /^ال\p{L}{2,}(?:ات|ين|ون)$/u.test(t.norm);
}

/** "وعبر والد المبتعث عن حزنه": a cue verb that is also a stop word ("عبر", via) is the verb when عن follows it closely. */
function expressedAbout(tokens: readonly Token[], i: number, limit: number): boolean {
  if (tokens[i]!.loose?.kind !== 'verb') return false;
  for (let k = i + 2; k < Math.min(limit, i + 6); k++) if (tokens[k]!.norm === 'عن') return true;
  return false;
}

/** "نسبت", "ونسب": a verb that ascribes words to someone ("نسبت الصحيفة إلى الوزير قوله"), folded. */
const ASCRIBING_VERB = /^[وف]?(?:نسب|نسبت|ينسب|تنسب)$/u;
/** "القول": the saying a verb of ascribing gives somebody ("نسبت إليه القول إن"), folded. */
export const SAYING_NOUN = 'القول';
/** Most words of the one ascribed the saying, between "إلى" and "القول" ("إلى مسؤول أمريكي القول"). */
const MAX_ASCRIBED_WORDS = 6;

/** Whether the saying at `i` is ascribed to somebody: "إلى" (or "إليه") within reach before it, after a verb of ascribing. */
function ascribedTo(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_ASCRIBED_WORDS; k--) {
    if (hasComma(tokens[k]!)) return false;
    if (tokens[k]!.norm === 'الي' || tokens[k]!.norm === 'اليه' || tokens[k]!.norm === 'اليها') return ascribedBefore(tokens, 0, k);
  }
  return false;
}
/** Most words between a verb of ascribing and the إلى that names to whom ("نسبت وكالة رويترز إلى …"). */
const MAX_ASCRIBER_WORDS = 5;

/** Whether a verb of ascribing stands a few words before the إلى at `to`, no comma between. */
function ascribedBefore(tokens: readonly Token[], floor: number, to: number): boolean {
  for (let k = to - 1; k >= floor && to - k <= MAX_ASCRIBER_WORDS; k--) {
    if (hasComma(tokens[k]!)) return false;
    if (ASCRIBING_VERB.test(tokens[k]!.norm)) return true;
  }
  return false;
}

/** "نقل", "ونقلت": a verb that relays what others said, folded. */
const RELAYING_VERB = /^[وف]?(?:نقل|نقلت|ينقل|تنقل)$/u;
const CONVEYED_SET = new Set(CONVEYED_OBJECTS);

/** "لكن", "بينما": words that open a clause of contrast after a comma, with a subject of its own. Folded. */
export const CONTRAST_OPENERS: ReadonlySet<string> = new Set(['لكن', 'ولكن', 'بينما', 'فيما']);
/** "إلا أن", "غير أن", "بيد أن" (however): the first word, before "أن". Folded. */
export const HOWEVER_HEADS: ReadonlySet<string> = new Set(['الا', 'غير', 'بيد']);

/**
 * Where the clause of contrast that holds the cue at `cue` opens ("…، لكن مسؤولا قال"; past "أن" of "…، إلا أن مصدرا
 * قال"), or `floor` if none does.
 */
function contrastClause(tokens: readonly Token[], floor: number, cue: number): number {
  for (let k = cue - 1; k > floor; k--) {
    if (!COMMA_AFTER.test(tokens[k - 1]!.after)) continue;
    if (CONTRAST_OPENERS.has(tokens[k]!.norm)) return k;
    return HOWEVER_HEADS.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'ان' && k + 2 < cue ? k + 2 : floor;
  }
  return floor;
}

/** A voice that names nobody: words told by a subject the reader cannot name. */
const NOBODY_NAMED: Voice = { name: null, role: null, anonymous: true, feminine: null };

/**
 * Whether the clause of contrast opening at `contrast` puts a subject of its own before the cue at `cue`: a word
 * with the article ("…، إلا أن السلطات … أكدت") or, after "أن", an indefinite noun in ا ("إلا أن عددا من الأطباء
 * أكدوا"). A fronted phrase ("لكن في تصريح لاحق أكد") or no word at all leaves the verb's subject a pronoun.
 */
function contrastSubjectOpens(tokens: readonly Token[], contrast: number, cue: number): boolean {
  const opener = CONTRAST_OPENERS.has(tokens[contrast]!.norm);
  const first = opener ? contrast + 1 : contrast;
  if (first >= cue) return false;
  const w = tokens[first]!.norm;
  return (w.startsWith('ال') && w.length > 3) || (!opener && w.length > 3 && w.endsWith('ا') && !isStopWord(w));
}

/** "وهي", "وهو": "while she/he", a pronoun subject right before a verb. Folded. */
const WHILE_PRONOUNS: ReadonlySet<string> = new Set(['وهي', 'وهو', 'وهم', 'وهما', 'وهن']);

/** How far back, in words, the readings of a cue's speaker (or of a statement's author) look within its sentence. */
export const MAX_SENTENCE_REACH = 300;

/** Who speaks through the cue at `cue.index`, given the quote or content that starts at token `limit`. */
export function voiceForCue(view: ParagraphView, ctx: Context, cue: FoundCue, sentenceFloor: number, limit: number): Voice | null {
  const { info, index } = cue;
  const at = view.tokens[index]!.start;
  // the readings below look back over the sentence; in a sentence of thousands of words (no news sentence runs so
  // long) they look back no further than MAX_SENTENCE_REACH words, so a run of cues costs linear time, not quadratic
  const floor = Math.max(sentenceFloor, index - MAX_SENTENCE_REACH);
  if (info.kind === 'verb') {
    // "نقلت صحيفة الوطن عن اللواء علي العزازي": the relaying verb's speaker follows عن
    if (/^[وف]?نقل/u.test(view.tokens[index]!.norm)) {
      for (let i = index + 1; i < limit && i - index <= 10; i++) {
        // ("ونقل بيان صادر عن الوزارة عن المتحدث X قوله": the body that issued the statement is no speaker)
        if (view.tokens[i]!.norm !== 'عن' || ISSUED_BY.test(view.tokens[i - 1]!.norm)) continue;
        const source = voiceOf(view, ctx, readMention(view.text, view.tokens, i + 1, limit, ctx.registry), null, at);
        // "وقال الوزير X، نقلا عن بيان مشترك، إن «…»": relayed from a document that names no issuer (read as nobody, or
        // as the document itself, "البيان الختامي"), the words are those of the verb's subject before "نقلا", who made
        // them public ("نقلا عن بيان للرئاسة": the issuer's)
        if (source !== null && view.tokens[index]!.norm === RELAYED_FROM && opensDocumentName(view.tokens[i + 1]) && (source.name === null || DOCUMENT_NAME_HEADS.has(titleHead(source.name)))) {
          const verb = leftCue(view, index, floor);
          if (verb !== null && verb.info.kind === 'verb') return voiceForCue(view, ctx, verb, sentenceFloor, index) ?? source;
        }
        if (source) return source;
        break;
      }
    }
    // "وكان غوتيريش قد وصف الاتفاق بأنه «…»": a verb of describing after "قد" and a subject before it takes its
    // object after it
    if (DESCRIBING_VERB.test(view.tokens[index]!.norm) && index > floor && view.tokens[index - 1]!.norm === 'قد') {
      const subject = subjectBefore(view, ctx, floor, index - 1);
      if (subject !== null && subject.name !== null) return subject;
    }
    // ("فلم تتمالك دموعها وهي تصف لحظة وصولها: …": after "وهي"/"وهو" the pronoun is the verb's subject, the words
    // after it its object)
    const pronounSubject = index > floor && WHILE_PRONOUNS.has(view.tokens[index - 1]!.norm);
    // (a subject fronted after a particle is the verb's, whatever follows the verb: its object)
    const frontedVoice = frontedSubject(view, ctx, floor, index);
    if (frontedVoice !== null) return frontedVoice;
    const after = pronounSubject ? null : voiceOf(view, ctx, mentionAfter(view, ctx, cue, limit), info.feminine, at);
    if (after) return after;
    const answering = answerer(view, ctx, index);
    if (answering) return answering;
    // ("وتشير تقديرات الوزارة إلى أن …": documents or figures right after the verb are its subject, nobody's words)
    if (index + 1 < limit && CITED_DOCUMENT_SET.has(view.tokens[index + 1]!.norm.replace(/^ال/u, ''))) return NOBODY_NAMED;
    // "ونقل صورة أن العراق غير مستقر": a relaying verb before a thing conveyed relays nobody's words
    if (RELAYING_VERB.test(view.tokens[index]!.norm) && CONVEYED_SET.has(view.tokens[index + 1]?.norm ?? '')) return NOBODY_NAMED;
    // "، ويتوقع أن يحتل …": a present verb of expecting or believing right before its particle is impersonal
    // ("it is expected that"), nobody's words
    if (IMPERSONAL_PRESENT.test(view.tokens[index]!.norm) && PARTICLE_AFTER_VERB.test(view.tokens[index + 1]?.norm ?? '')) return NOBODY_NAMED;
    // "موضحا أن الولايات المتحدة أعلنت مرارا أنه …": a country fronted after a particle is the verb's subject,
    // the country speaks, not the current speaker
    const fronted = frontedPlace(view, floor, index);
    if (fronted !== null) return { name: fronted, role: null, anonymous: false, feminine: null };
    // ("ولم يعلق البيت الأبيض …، لكن مسؤولا أمريكيا قال إن": a clause of contrast after a comma has its own subject;
    // "…، إلا أن السلطات الرسمية في الولاية أكدت أن …": one that names nobody the reader knows speaks for nobody named,
    // not for the first clause's speaker)
    const contrast = contrastClause(view.tokens, floor, index);
    const own = contrast > floor ? subjectBefore(view, ctx, contrast, index) ?? (contrastSubjectOpens(view.tokens, contrast, index) ? NOBODY_NAMED : null) : null;
    // "وقالوا «…»": a plural verb with no subject after it speaks for a group, not for the last speaker
    if (isPluralVerb(view.tokens[index]!.norm)) {
      // "أطلقهما الحوثيون، الذين قالوا «…»": after الذين the group named right before speaks, nobody named
      if (index > floor && PLURAL_RELATIVES.has(view.tokens[index - 1]!.norm)) return NOBODY_NAMED;
      return own ?? subjectBefore(view, ctx, floor, index);
    }
    // "وقد أحسن وزير الاتصالات حين قال …": the speaker is the subject of the clause the "when" hangs on
    const when = whenClauseSubject(view, ctx, floor, index);
    if (when !== null) return when;
    // "بحسب مسؤول قضائي أكد أنه …": the unnamed source the clause is told according to said it
    const source = accordingSourceBefore(view, ctx, floor, index);
    if (source !== null) return source;
    if (own !== null) return own;
    return (
      subjectBefore(view, ctx, floor, index) ??
      sameSentence(view, ctx, floor) ??
      nearestRegistered(view, ctx, index, floor) ??
      sentenceSubject(view, ctx, floor, index) ??
      previousSentenceSubject(view, ctx, floor, index, info.feminine) ??
      speakingOrNamedBefore(view, ctx, info.feminine, at)
    );
  }
  // "نقلت صحيفة الوطن عن اللواء علي العزازي قوله": the speaker follows عن
  // ("ونسبت الصحيفة إلى وزير الخارجية قوله": or إلى after a verb of ascribing)
  for (let i = index - 1; info.kind === 'noun' && /^(?:ب|ال)?قول/u.test(view.tokens[index]!.norm) && i >= floor && index - i <= 12; i--) {
    if (view.tokens[i]!.norm === 'عن' || (view.tokens[i]!.norm === 'الي' && ascribedBefore(view.tokens, floor, i))) {
      const v = voiceOf(view, ctx, readMention(view.text, view.tokens, i + 1, index, ctx.registry), null, at);
      if (v) return v;
      break;
    }
  }
  // "…، قائلين إنهما …": a plural participle speaks for a group, whose subject stands before it if anywhere
  if (info.kind === 'participle' && isPluralParticiple(view.tokens[index]!.norm)) return subjectBefore(view, ctx, floor, index);
  // "…، أوضح الأخير قائلا": a speech verb and its subject right before the participle govern it
  if (info.kind === 'participle') {
    const governing = verbRightBefore(view, ctx, floor, index, info.feminine);
    if (governing) return governing;
    // ("وبينما أكد الوزير أن «…»، شكك النائب علي حسن في ذلك قائلا": after a quote and its comma, a clause of its own
    // whose verb's subject is named governs the participle, not the speaker quoted before it)
    // ("فيما انتقد النائب سامي فؤاد الحكومة قائلا", "لكن الخبير أحمد سالم رد قائلا": a link may open the clause, the
    // subject may stand before its verb)
    const clause = clauseAfterQuote(view, floor, index);
    const own = clause > floor ? subjectBefore(view, ctx, clause, index) ?? namedAfterClauseVerb(view, ctx, skipOpeners(view.tokens, skipLinks(view.tokens, clause, index), index), index) : null;
    // (a person: titled, or named by a listed given name; "مقدرا نمو السوق": a participle and its object, no subject)
    if (own !== null && !own.anonymous && (own.role !== null || (own.name !== null && own.name.includes(' ') && opensPersonName(own.name)))) return own;
  }
  // ("قال الجيش إن «…»، نفت الفصائل ذلك مؤكدة أن": a participle agrees with its subject; a feminine one never speaks
  // for a body with a masculine head)
  const feminine = info.kind === 'participle' ? info.feminine : null;
  const agreeing = (v: Voice | null): Voice | null => (v !== null && agreesWith(v, feminine) ? v : null);
  return (
    agreeing(sameSentence(view, ctx, floor)) ??
    agreeing(subjectBefore(view, ctx, floor, index)) ??
    agreeing(nearestRegistered(view, ctx, index, floor)) ??
    agreeing(sentenceSubject(view, ctx, floor, index)) ??
    currentVoice(ctx, feminine)
  );
}

/** Whether the token opens a document's name ("بيان مشترك", "«بيان سلام وصداقة مشترك»", "البيان"). */
function opensDocumentName(t: Token | undefined): boolean {
  return t !== undefined && DOCUMENT_NAME_HEADS.has(t.norm.replace(/^ال/u, ''));
}

/** "جاء" (came) of "جاء في" (it was said in), with or without و. Folded. */
const CAME_IN = new Set(['جاء', 'وجاء']);

/**
 * "وجاء في التقرير: «…»", "وجاء في الدراسة ما نصه: «…»", "وجاء في افتتاحية «…»: «…»": with no speech verb before
 * the quote, a report, a study or an editorial speaks for whoever wrote it (named with it earlier), never for the last
 * person quoted, and one named for the first time for nobody known. A statement speaks for whoever issued it or spoke
 * in it; with neither, a `long` quote is left to the caller (which gives it to those quoted before, the statement's
 * signatories: null) and a short one names nobody. Null when the sentence holds no such phrase.
 */
export function documentVoice(view: ParagraphView, ctx: Context, floor: number, openToken: number, long: boolean): Voice | null {
  const { tokens } = view;
  for (let k = floor; k + 2 < openToken; k++) {
    if (!CAME_IN.has(tokens[k]!.norm) || tokens[k + 1]!.norm !== 'في') continue;
    const noun = tokens[k + 2]!.norm;
    const definite = noun.startsWith('ال');
    const head = definite ? noun.slice(2) : noun;
    if (!DOCUMENT_HEADS.has(head)) return null;
    // ("وجاء في تقرير «نيويورك تايمز»: «…»": a document named for the first time, whose author the statement's reading
    // did not find, speaks for nobody known; words quoted right after it name its outlet or its title)
    if (!definite) return openToken > k + 3 || tokens[k + 2]!.after.includes(':') ? NOBODY_NAMED : null;
    // ("وجاء في البيان" speaks for whoever was said to issue the statement, "أصدرت الوزارة بيانا", or to speak in it,
    // "وقالت الوزارة في بيان"; with neither, a long quote is left to the reading of any long quote with no cue, which
    // gives it to those quoted before, its signatories; a short one speaks for nobody known)
    const at = tokens[k]!.start;
    if (STATEMENT_NOUNS.has(head)) return earlierIssuer(ctx, view, head, at) ?? earlierStatementSpeaker(ctx, view, head, at) ?? (long ? null : NOBODY_NAMED);
    return earlierAuthor(ctx, view, head, at) ?? NOBODY_NAMED;
  }
  return null;
}
/** "بيان", "بلاغ": a statement, whose author may follow it. Folded. */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(STATEMENT_WORDS.filter((w) => !w.startsWith('ال')));
/** "بيانا", "بلاغا": a statement as the object of the verb that issued it ("أصدرت الوزارة بيانا"). Folded. */
const ISSUED_STATEMENTS: ReadonlySet<string> = new Set([...STATEMENT_NOUNS].map((n) => `${n}ا`));

/**
 * "وجاء في بيان لوزارة الصحة أن «…»", "جاء في بيان صادر عن الديوان: «…»": with no speech verb before the quote,
 * the author of the statement it was said in speaks; null when the sentence names none.
 */
export function statementVoice(view: ParagraphView, ctx: Context, floor: number, openToken: number): Voice | null {
  const { tokens } = view;
  for (let k = floor; k < openToken; k++) {
    // "وأصدرت الوزارة بيانا جاء فيه أن «…»": the statement's issuer, named before it
    if (ISSUED_STATEMENTS.has(tokens[k]!.norm) && CAME_IN.has(tokens[k + 1]?.norm ?? '')) {
      const issuer = issuerOf(ctx, view.text, tokens, k, true);
      if (issuer !== null) return issuer;
    }
    // "وجاء في رسالة وجهها الرئيس X", "وجاء في كلمة ألقاها X", "وجاء في خطاب الرئيس X": the author of the message
    const uttered = CAME_IN.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'في' ? utteranceAuthorAt(tokens, k + 2, openToken) : -1;
    if (uttered >= 0) {
      const author = voiceOf(view, ctx, readMention(view.text, tokens, uttered, openToken, ctx.registry), null, tokens[k]!.start);
      return author !== null && author.name !== null && !author.anonymous ? author : null;
    }
    const statement = STATEMENT_NOUNS.has(tokens[k]!.norm) ? k : CAME_IN.has(tokens[k]!.norm) && tokens[k + 1]?.norm === 'في' && STATEMENT_NOUNS.has(tokens[k + 2]?.norm ?? '') ? k + 2 : -1;
    if (statement < 0) continue;
    // ("وجاء في بيان تلاه المتحدث باسم الحكومة X": whoever read the statement out or issued it, named after the verb)
    const by = statement + 1 < openToken && AUTHORED_BY.test(tokens[statement + 1]!.norm) ? statement + 2 : statement;
    const author = voiceOf(view, ctx, readMention(view.text, tokens, by, openToken, ctx.registry), null, tokens[k]!.start);
    // (never the statement itself: "في بيان الأحد" names no author)
    return author !== null && author.name !== null && !STATEMENT_NOUNS.has(foldText(author.name).split(' ')[0]!) ? author : null;
  }
  return null;
}

/** "رسالة", "كلمة", "خطاب": one person's message, folded without the article. */
const UTTERANCE_SET: ReadonlySet<string> = new Set(UTTERANCE_NOUNS);
/** "وجهها", "ألقاها", "كتبه", "نشرها": the verb of sending, giving or writing a message, with its object pronoun. Folded. */
const UTTERED_BY = /^(?:وجه|القا|كتب|نشر|بعث|ارسل|تلا|قرا|اصدر)(?:ه|ها|ته|تها)$/u;
/** "الذي", "التي": the relative pronoun between a definite message and the verb of its author. Folded. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['الذي', 'التي']);

/**
 * Where the author of a message named at `n` opens: after the verb that sent or gave it ("رسالة وجهها الرئيس X",
 * "الرسالة التي وجهها X"), or right after an indefinite message as its genitive ("خطاب الرئيس X"); -1 when `n` holds
 * no message or no author follows it.
 */
function utteranceAuthorAt(tokens: readonly Token[], n: number, limit: number): number {
  const noun = tokens[n]?.norm ?? '';
  const definite = noun.startsWith('ال');
  if (n + 1 >= limit || !UTTERANCE_SET.has(definite ? noun.slice(2) : noun) || hasComma(tokens[n]!)) return -1;
  let j = n + 1;
  if (definite && RELATIVE_PRONOUNS.has(tokens[j]!.norm)) j++;
  if (j < limit && UTTERED_BY.test(tokens[j]!.norm)) return j + 1 < limit ? j + 1 : -1;
  return !definite && tokens[j]!.norm.startsWith('ال') ? j : -1;
}

/**
 * "«…»، حسبما أضاف ياسين", "«…»، كما قال وزير المالية X": an "as … said" tag at `from` that names who said it, and
 * the tag as the cue; null when no such tag stands there or it names nobody.
 */
export function asSaidTag(view: ParagraphView, ctx: Context, from: number, upto: number): { voice: Voice; cue: string } | null {
  const { tokens } = view;
  if (from + 1 >= upto || !AS_SAID_SET.has(tokens[from]!.norm) || cueAt(tokens, from + 1)?.kind !== 'verb') return null;
  // "حسبما نقلت «حرييت»": a paper that relays the words is no speaker of them
  if (RELAYING.test(tokens[from + 1]!.norm)) return null;
  const said = subjectAfterSaid(view, ctx, from + 1, upto);
  // "«…»، كما أكد الوزير أن …": "he also said that", words of his own after the quote, not its attribution
  if (said === null || (said.next < upto && (isParticle(tokens[said.next]!.norm) || tokens[said.next - 1]!.after.includes(':')))) return null;
  return { voice: said.voice, cue: view.text.slice(tokens[from]!.start, tokens[from + 1]!.end) };
}
/** "نقلت", "أوردت", "نشرت": verbs of relaying words, whose subject is an outlet. Folded. */
export const RELAYING = /^[وف]?(?:نقل|نقلت|اورد|اوردت|نشر|نشرت)$/u;

/** The named subject of a verb of saying at `at` in an "as … said" tag ("كما قال الوزير X", "لما صرح به X"), or null. */
function subjectAfterSaid(view: ParagraphView, ctx: Context, at: number, upto: number): { voice: Voice; next: number } | null {
  const { tokens } = view;
  const k = SAID_OBJECT.has(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  if (k >= upto) return null;
  const m = readMention(view.text, tokens, k, upto, ctx.registry);
  const v = voiceOf(view, ctx, m, cueAt(tokens, at)?.feminine ?? null, tokens[at]!.start);
  return v !== null && v.name !== null && m !== null ? { voice: v, next: m.next } : null;
}

/** An attribution after a quote: "…»، قال الوزير", "…"، بحسب الوزارة", "على حد قوله". */
export function rightAttribution(view: ParagraphView, ctx: Context, from: number, upto: number): { voice: Voice | null; cue: string } | null {
  const tokens = view.tokens;
  if (from >= upto) return null;
  const cueText = (a: number, b: number): string => view.text.slice(tokens[a]!.start, tokens[b]!.end);
  for (const words of SELF_WORDS) {
    if (!matchWords(tokens, from, words)) continue;
    // "كما قال وزير المالية خالد العلي": a name after the phrase's verb speaks; "كما قال" alone is the speaker's own
    const last = from + words.length - 1;
    const named = cueAt(tokens, last)?.kind === 'verb' ? subjectAfterSaid(view, ctx, last, upto)?.voice : null;
    // (with no speaker yet, the one the text named last before the quote: "تحدثت الناشطة سارة محمود …" / "«…»، على حد قولها")
    return { voice: named ?? speakingOrNamedBefore(view, ctx, null, tokens[from]!.start), cue: cueText(from, last) };
  }
  // "«…»، حسبما أضاف ياسين", "كما أكدت الوزارة": as the one named after the verb said
  const asSaid = asSaidTag(view, ctx, from, upto);
  if (asSaid !== null) return asSaid;
  // "«…»، هذا ما قاله كارار", "هكذا قال الوزير": the demonstrative points back at the quote
  // "«…».. بهذه الكلمات علّق النجم …": with these words
  const withThese = tokens[from]!.norm === WITH_THESE && THESE_WORDS.has(tokens[from + 1]?.norm ?? '') ? from + 2 : -1;
  const at = withThese >= 0 ? withThese : POINTING_BACK.has(tokens[from]!.norm) ? from + (tokens[from + 1]?.norm === 'ما' ? 2 : 1) : from;
  // ("نقلا عن": read below as an according-to lead, not as the verb "نقل")
  const info = at < upto && tokens[at]!.norm !== RELAYED_FROM ? cueAt(tokens, at) : null;
  if (info?.kind === 'verb') {
    // ("«…»، بهذه العبارة لخص رئيس البلدية حازم بديع معاناة الأهالي": after words pointing back at the quote, the verb
    // takes the quote's subject as its object, so an object may follow the name)
    const v = voiceOf(view, ctx, readMention(view.text, tokens, at + 1, upto, ctx.registry, afterPointingBack(tokens, at)), info.feminine, tokens[at]!.start);
    return { voice: v ?? speakingOrNamedBefore(view, ctx, info.feminine, tokens[at]!.start), cue: cueText(at, at) };
  }
  // "«…» - بهذه الكلمات افتتح الوزير سامي فؤاد المؤتمر": with these words, any verb a person did, titled or named after
  // it as `opensPersonName` reads a name ("بهذه الكلمات بدأت الأزمة تتفاقم" names nobody)
  if (withThese >= 0 && info === null && at + 1 < upto && !isStopWord(tokens[at]!.norm) && !tokens[at]!.role) {
    const v = voiceOf(view, ctx, readMention(view.text, tokens, at + 1, upto, ctx.registry, true), null, tokens[at]!.start);
    if (v !== null && !v.anonymous && (v.role !== null || (v.name !== null && opensPersonName(v.name)))) return { voice: v, cue: cueText(from, at) };
  }
  // "«…»، على حد تعبير نيلسن": as the lead "وفق تعبير"
  const onEdge = tokens[from]!.norm === 'علي' && tokens[from + 1]?.norm === 'حد' && WORDING_SET.has(tokens[from + 2]?.norm ?? '');
  if (ATTRIBUTION_LEADS.has(tokens[from]!.norm) || onEdge) {
    let j = from + (onEdge ? 2 : 1);
    if (tokens[j]?.norm === 'ما' || tokens[j]?.norm === 'لما') j++;
    // ("«…»، نقلا عن المتحدث X": from whom it is relayed)
    else if (tokens[from]!.norm === RELAYED_FROM && tokens[j]?.norm === 'عن') j++;
    // "وفق تعبير نيلسن": the wording's noun, then the one who worded it
    else if (WORDING_SET.has(tokens[j]?.norm ?? '') && j + 1 < upto) j++;
    // "حسب ما قال الخبير عمر الزين": the one named after the verb; "طبقا لما قال عنه": the one already speaking
    if (j < upto && cueAt(tokens, j)) return { voice: subjectAfterSaid(view, ctx, j, upto)?.voice ?? currentVoice(ctx, null), cue: cueText(from, from) };
    const next = tokens[j];
    if (next && /^ل[^ل]/u.test(next.norm)) {
      // "وفقا لوزارة الصحة": the speaker is glued to the preposition
      // ("وفقا لوزير الاقتصاد محمد فريد": a title and a name, read on a copy where the ل is a space)
      const m = readUngluedMention(view, ctx, j, upto);
      const v = m !== null && m.name !== null && !m.anonymous && m.role !== null ? voiceOf(view, ctx, m, null, tokens[from]!.start) : null;
      return { voice: v ?? { name: view.text.slice(next.start + 1, tokens[Math.min(upto, j + 3) - 1]!.end), role: null, anonymous: false, feminine: null }, cue: cueText(from, from) };
    }
    const v = voiceOf(view, ctx, readMention(view.text, tokens, j, upto, ctx.registry), null, tokens[from]!.start);
    if (v) return { voice: v, cue: cueText(from, from) };
  }
  return null;
}

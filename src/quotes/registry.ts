import { foldText } from '../normalize/fold.js';
import { isKnownPlace, isRoleHead, startsWithGivenName } from '../metadata/known.js';
import { lineKey } from '../normalize/key.js';
import { afterPointingBack, BI_VERBAL_NOUN, familyHonorific, isHonorific, isStopWord, KUNYA_HEADS, nameWord, namesInstitution, prepositionBeforeTitle, PRESENT_VERB_SHAPE, readMention, roleLength, slice, verbAfterFamilyName } from './phrase.js';
import { MASCULINE_ONLY_TITLES, NISBA_SPELLINGS, SUBJECT_ADJECTIVES, TITLE_WORDS_NOT_NISBAS, TITLE_SYNONYMS, UNITED_NATIONS_BODIES } from '../lexicon/roles.js';
import { ORGANISATION_SET } from './organisations.js';
import { isRoleHead as isTitleForm } from './role-forms.js';
import { NAME_JOINERS } from '../lexicon/function-words.js';
import { ACCORDING_TO_GLUED_LEADS } from '../lexicon/cues.js';
import { objectFollowsCue } from './cue-index.js';
import { PLACE_OBJECT_VERBS } from '../lexicon/verbs.js';
import { BEH, HEH, LAM } from '../normalize/codes.js';
import { tokenize, type Token } from './tokens.js';

/** A name introduced with a role somewhere in the article ("وزير الخارجية، أنتوني بلينكن"). */
export interface RegisteredName {
  /** Folded words. */
  words: string[];
  text: string;
  role: string | null;
  /**
   * A second title the name was printed with ("النائب" of "النائب X، عضو لجنة …", or "الطالبة" of a later "للطالبة X"),
   * or null.
   */
  title?: string | null;
  /** Where it is first introduced: paragraph and offset, for "the person named last". */
  paragraph: number;
  offset: number;
}

/** Names of the article, by their folded words, so later bare family names resolve. */
export type NameRegistry = RegisteredName[];

export interface TokenizedParagraph {
  index: number;
  text: string;
  tokens: Token[];
}

const MAX_LOOKAHEAD = 16;
/** "أن", "لكن": particles after which a subject comes before its verb ("غير أن النائب X شكك"), folded. */
const FRONTING_PARTICLES: ReadonlySet<string> = new Set(['ان', 'لكن', 'ولكن']);

/** Adds a name (verbatim) with its role, once. */
export function registerName(registry: NameRegistry, text: string, rawRole: string | null, paragraph = Number.MAX_SAFE_INTEGER, offset = 0, title: string | null = null): void {
  const role = rawRole === null ? null : withoutJoiner(rawRole);
  const existing = registry.length <= SMALL_REGISTRY ? registry.find((n) => n.text === text) : registryIndex(registry).byText.get(text);
  if (existing) {
    // ("مريم بوجيتو، رئيسة الاتحاد …" and later "للطالبة مريم بوجيتو": a second role the name is printed with is a
    // title it holds too, so "الطالبة الفرنسية" points back to her)
    const second = existing.role !== null && role !== null && role !== existing.role ? role : null;
    existing.role ??= role;
    existing.title ??= title ?? second;
    return;
  }
  const words = foldText(text).split(/\s+/u).filter(Boolean);
  // a place is not a person: "عدن", "مكة المكرمة"
  if (words.length === 0 || isKnownPlace(lineKey(text))) return;
  // "بدعوة من العاهل السعودي، تعقد السعودية …": one word of a verb's present shape, or ب and a verbal noun
  // ("بتعيين"), is the sentence going on, no name
  if (words.length === 1 && (PRESENT_VERB_SHAPE.test(words[0]!) || BI_VERBAL_NOUN.test(words[0]!)) && !startsWithGivenName(words[0]!)) return;
  registry.push({ words, text, role, paragraph, offset, title });
}

/**
 * "ونظيره الكويتي" → "نظيره الكويتي", "ووزير النفط" → "وزير النفط", "ومستشاره" → "مستشاره": a title read after the
 * conjunction that joins its holder to the one named before keeps the conjunction out (only where the word without it
 * is a title's, or a title's form with the pronoun of whose).
 */
function withoutJoiner(role: string): string {
  if (!role.startsWith('و')) return role;
  const space = role.indexOf(' ');
  const first = foldText(space < 0 ? role : role.slice(0, space));
  return first.length > 2 && (isRoleHead(first.slice(1)) || isTitleForm(first.slice(1))) ? role.slice(1) : role;
}

/** Verbs whose object follows the subject's name, masculine and feminine (folded). */
const PLACE_OBJECT_SET: ReadonlySet<string> = new Set(PLACE_OBJECT_VERBS.flatMap((v) => [foldText(v), foldText(v) + 'ت']));

/** Collects the role + name appositions of the whole article. */
/** و or ف glued before a word of three letters or more ("وزار", "ومجلس"): the joiner, not the word's. */
const LEADING_JOINER = /^[وف](?=\p{L}{3})/u;

/** How many honorifics ("معالي", "صاحب السمو") stand right before token `i`, no comma between. */
function honorificsBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && isHonorific(tokens[k]!.norm) && tokens[k]!.after.trim() === '') k--;
  return i - 1 - k;
}

export function buildRegistry(paragraphs: readonly TokenizedParagraph[]): NameRegistry {
  const registry: NameRegistry = [];
  for (const { index, text, tokens } of paragraphs) {
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.role) {
        if (gluedBiTitle(text, tokens[i]!)) i = registerAfterBi(registry, index, text, tokens, i);
        continue;
      }
      if (namesInstitution(tokens, i) || describesNounBefore(tokens, i)) continue;
      const backEnd = registerBackApposition(registry, index, text, tokens, i);
      // ("ورفع معالي رئيس الهيئة …": the verb before the honorifics that open the phrase)
      const verb = i - 1 - honorificsBefore(tokens, i);
      const objectFollows = verb >= 0 && ((tokens[verb]!.loose !== null && objectFollowsCue(tokens[verb]!.loose)) || PLACE_OBJECT_SET.has(tokens[verb]!.norm.replace(LEADING_JOINER, '')) || (tokens[verb]!.loose !== null && afterPointingBack(tokens, verb)));
      let m = readMention(text, tokens, i, Math.min(tokens.length, i + MAX_LOOKAHEAD), registry, objectFollows);
      // ("غير أن النائب صالح العرموطي شكك في ذلك": after أن the subject's verb follows its name)
      if (m?.name != null && i > 0 && FRONTING_PARTICLES.has(tokens[i - 1]!.norm) && verbAfterFamilyName(tokens, m.name, m.next)) m = readMention(text, tokens, i, m.next - 1, registry, objectFollows) ?? m;
      // ("سامي الخطيب، رئيس النقابة،", "أحمد الشيخ، المحلل السياسي،": a name never opens on a title's head word, the
      // family name "الخطيب" or "الشيخ" read as a title before it)
      if (m === null || m.name === null || m.role === null || m.anonymous || m.roleOnly || isRoleHead(lineKey(m.name).split(' ')[0]!)) continue;
      // "مايك بنس، نائب الرئيس الأمريكي، دونالد ترامب،": the title, set off by commas, is the name's before it; the
      // name after it is its genitive, registered without it
      // ("بلماضي، نجم مانشستر سيتي الإنجليزي، رياض محرز،": only a title holding another title's word, "الرئيس", has a
      // genitive to name; a club's star is the name after him)
      const genitive = backEnd !== undefined && /[،,]/u.test(tokens[backEnd - 1]?.after ?? '') && /[،,]/u.test(tokens[i - 1]!.after) && innerTitle(tokens, i, m.next);
      if (genitive) {
        registerName(registry, m.name, null, index, tokens[i]!.start);
        i = Math.max(i, m.next - 1);
        continue;
      }
      // ("خلفاً للدكتور محمد الثبيتي": the title without the preposition glued to it)
      // ("وافق مجلس النواب، برئاسة المستشار حنفي جبالي، …": who presides, the body's head as a second title, which "رئيس
      // المجلس" points back to)
      registerName(registry, m.name, withoutGluedPreposition(m.role), index, tokens[i]!.start, presidedBody(text, tokens, i) ?? m.title ?? null);
      i = Math.max(i, m.next - 1);
    }
  }
  return registry;
}

/** Whether a word is a title with ب glued to it, the ب printed first ("بالمبعوث", "بوزير"). */
function gluedBiTitle(text: string, t: Token): boolean {
  return t.norm.charCodeAt(0) === BEH && text.charCodeAt(t.start) === BEH && prepositionBeforeTitle(t.norm);
}

/**
 * "التقى عباس بالمبعوث الأمريكي ستيف ويتكوف": the title and name after ب, read on a copy of the phrase where the ب is a
 * space, registered as any apposition is, so that "وأكد ويتكوف" finds the whole name. Returns the index to go on from.
 */
function registerAfterBi(registry: NameRegistry, index: number, text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  // (only the words the phrase may reach are copied and read again: a page of thousands of such titles stays linear)
  const last = Math.min(tokens.length, i + MAX_LOOKAHEAD) - 1;
  const window = ' ' + text.slice(t.start + 1, tokens[last]!.end);
  const m = readMention(window, tokenize(window), 0, last - i + 1, registry);
  if (m === null || m.name === null || m.role === null || m.anonymous || m.roleOnly || m.pronoun || isRoleHead(lineKey(m.name).split(' ')[0]!)) return i;
  registerName(registry, m.name, m.role, index, t.start + 1, m.title ?? null);
  return Math.max(i, i + m.next - 1);
}

/** What may stand after the body's last word before "برئاسة": nothing but spaces, or a comma. */
const NOTHING_OR_COMMA = /^(?:\s*[،,])?\s*$/u;
/** "برئاسة" (presided by), folded. */
const PRESIDED_BY = 'برئاسه';
/** "جلسته", "اجتماعها": the body's own session, with its pronoun, folded. */
const OWN_SESSION = /^(?:جلست|اجتماع|دورت)(?:ه|ها)$/u;

/**
 * "عقد مجلس الوزراء جلسته (الأسبوعية) برئاسة X": the body's last word before its own session (and one definite
 * adjective of it) that stands before "برئاسة"; else `k`, the word right before "برئاسة"; -1 when nothing is left.
 */
function sessionBefore(tokens: readonly Token[], k: number): number {
  const session = OWN_SESSION.test(tokens[k]!.norm) ? k : k > 0 && tokens[k]!.definite && OWN_SESSION.test(tokens[k - 1]!.norm) && tokens[k - 1]!.after.trim() === '' ? k - 1 : -1;
  if (session < 0) return k;
  return session > 0 && tokens[session]!.after.trim() === '' ? session - 1 : -1;
}
/** Most words of the body's name before "برئاسة" ("مجلس الوزراء اللبناني"). */
const MAX_PRESIDED_BODY_WORDS = 4;

/**
 * "مجلس النواب، برئاسة المستشار X": the title "رئيس مجلس النواب" of the one named after "برئاسة" at token `i - 1`,
 * from the body's name right before it (its head listed, a comma at most after its last word); else null.
 */
function presidedBody(text: string, tokens: readonly Token[], i: number): string | null {
  if (i < 2 || tokens[i - 1]!.norm !== PRESIDED_BY) return null;
  const end = sessionBefore(tokens, i - 2);
  // (the body's name closes on its head or a definite word)
  if (end < 0 || !NOTHING_OR_COMMA.test(tokens[end]!.after) || !(tokens[end]!.definite || ORGANISATION_SET.has(tokens[end]!.norm))) return null;
  for (let k = end; k >= 0 && end - k < MAX_PRESIDED_BODY_WORDS; k--) {
    if (k < end && tokens[k]!.after !== '') return null;
    const head = tokens[k]!.norm.replace(LEADING_JOINER, '');
    if (ORGANISATION_SET.has(head) || ORGANISATION_SET.has(head.replace(/^ال/u, ''))) return `رئيس ${text.slice(tokens[k]!.start, tokens[end]!.end).replace(LEADING_JOINER, '')}`;
  }
  return null;
}

/** Whether a title set off by commas from token `i` holds another title's word after its head, before its comma. */
function innerTitle(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && !/[،,]/u.test(tokens[k - 1]!.after); k++) if (tokens[k]!.role) return true;
  return false;
}

/** "للدكتور" → "الدكتور", "بالمدير" → "المدير": a title without ل, ب or ك glued to its article. */
export function withoutGluedPreposition(role: string): string {
  return role.startsWith('لل') ? `ال${role.slice(2)}` : role.replace(/^[بك](?=ال)/u, '');
}

/** Titles that are mostly adjectives ("المتخصص", "الاقتصادي"), folded. */
const ADJECTIVAL_TITLES = new Set(MASCULINE_ONLY_TITLES.map(foldText));

/**
 * "موقع «ورلد أوميتر» المتخصص في …", "قبول أكاديمي": such a title right after a closing quote mark, or indefinite
 * right after an indefinite noun, describes that noun and introduces nobody.
 */
function describesNounBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || !ADJECTIVAL_TITLES.has(tokens[i]!.norm) || before.role || before.cue !== null || isStopWord(before.norm)) return false;
  if (CLOSING_MARK_ONLY.test(before.after)) return true;
  // "قبول أكاديمي صريح": an indefinite one after an indefinite noun ("صالح الصماد القيادي …" is a name in apposition)
  return before.after === '' && !tokens[i]!.definite && !before.definite;
}
const CLOSING_MARK_ONLY = /^[»”"]\s*$/u;

const MAX_BACK_NAME = 3;
/** "ووفقا", "طبقا": "according to" before ل glued to a name, folded. */
const GLUED_ACCORDING_SET: ReadonlySet<string> = new Set(ACCORDING_TO_GLUED_LEADS.map(foldText));
/** Words that join the parts of one name ("بن", "عبد", "ال"): never a name's last word, and a back apposition widens over them. Folded. */
export const JOINERS: ReadonlySet<string> = new Set(NAME_JOINERS);
/** A definite nisba adjective, folded: "السويسري", "الفرنسيه". */
const NISBA = /^ال\p{L}{2,}(?:ي|يه)$/u;
/** At most this many words are added to a back-apposition name to reach the word that opens it. */
const MAX_WIDEN = 4;

/** Whether token `k`, right before the title at `i`, is an honorific closing a name at its comma ("أحمد الشيخ،"). */
function familyAtComma(text: string, tokens: readonly Token[], k: number, i: number): boolean {
  return k === i - 1 && k > 0 && /[،,]/u.test(tokens[k]!.after) && isHonorific(tokens[k]!.norm) && familyHonorific(text, tokens, k, tokens.length) && startsWithGivenName(tokens[k - 1]!.norm);
}

/**
 * Registers the name before a title in apposition ("مايك بنس، نائب الرئيس الأمريكي،"); returns where the title ends
 * when it did, else undefined.
 */
function registerBackApposition(registry: NameRegistry, index: number, text: string, tokens: readonly Token[], i: number): number | undefined {
  const before = tokens[i - 1];
  // "تركي آل الشيخ": after آل or بن the title word is part of the name
  // "ياسر الشيخ،": an honorific with no name after it is the family name, not a title in apposition
  if (before === undefined || JOINERS.has(before.norm) || familyHonorific(text, tokens, i, tokens.length)) return;
  // "أحمد السروي، ومنسق اللجنة …": a title joined by و is a second person's: the name before it is kept without it
  const joined = tokens[i]!.norm.startsWith('و') && !tokens[i]!.norm.startsWith('وزير');
  // "هشام جنينة الرئيس السابق" also stands without a comma when the title is definite
  const comma = /[،,]/u.test(before.after);
  if (!comma && (before.after !== '' || !tokens[i]!.norm.startsWith('ال'))) return;
  let k = i - 1;
  // "صاحب السمو الملكي الأمير …": honorifics before a title are no name
  // ("ووفقا لسارة الحسن، الخبيرة …": "according to" is no part of the name, nor the ل glued to it)
  // ("أحمد الشيخ، المحلل السياسي": an honorific closing the name before the comma is its family name)
  while (k >= 0 && i - 1 - k < MAX_BACK_NAME && (nameWord(text, tokens[k]!) || familyAtComma(text, tokens, k, i)) && tokens[k]!.loose === null && (!tokens[k]!.role || familyAtComma(text, tokens, k, i)) && (!isHonorific(tokens[k]!.norm) || familyAtComma(text, tokens, k, i)) && !GLUED_ACCORDING_SET.has(tokens[k]!.norm) && (k === i - 1 || tokens[k]!.after === '')) k--;
  let first = k + 1;
  const gluedLam = first > 0 && GLUED_ACCORDING_SET.has(tokens[first - 1]!.norm) && tokens[first]!.norm.charCodeAt(0) === LAM ? 1 : 0;
  // "محمد بن سلمان بن عبدالعزيز،", "عبد اللطيف العبد اللطيف،": a name never opens on بن or right after عبد
  for (let widened = 0; widened < MAX_WIDEN && first > 0 && tokens[first - 1]!.after === ''; widened++) {
    const joinerBefore = JOINERS.has(tokens[first - 1]!.norm);
    if (!joinerBefore && !(JOINERS.has(tokens[first]!.norm) && nameWord(text, tokens[first - 1]!))) break;
    first--;
  }
  // "المحامي السويسري فرونسوا كارار، الأمين العام …": definite words right after a title are its adjectives
  if (first > 0 && tokens[first - 1]!.role) while (first < i - 1 && tokens[first]!.definite) first++;
  // "أكد السويسري مارسيل كولر، المدير الفني …": a definite nisba before a name of two words is the person's
  // nationality, not the name's first word ("العربي بن مبارك" keeps its given name)
  // (never the adjective of a body: "الجمعية التونسية لطب نفس الطفل")
  if (comma && i - first >= 3 && NISBA.test(tokens[first]!.norm) && !tokens[first + 1]!.definite && !JOINERS.has(tokens[first + 1]!.norm) && !(first > 0 && ORGANISATION_SET.has(tokens[first - 1]!.norm))) first++;
  if (i - first < 2) return;
  // "ويشكل حزب الاستقلال المحافظ": words that hold a body's head ("حزب") name a body, never a person
  for (let k = first; k < i; k++) if (ORGANISATION_SET.has(tokens[k]!.norm)) return;
  // without a comma the words must open like a name, not like a definite noun ("هذا الفضاء لشتم الطالبة")
  if (!comma && tokens[first]!.definite) return;
  if (joined) {
    // "لخادم الحرمين الشريفين، ونائب …": لـ, بـ or كـ before the words makes them an object, not a name
    if (/^[لبك]/u.test(tokens[first]!.norm)) return;
    registerName(registry, text.slice(tokens[first]!.start, before.end), null, index, tokens[first]!.start);
    return;
  }
  const len = roleLength(tokens, i, Math.min(tokens.length, i + MAX_LOOKAHEAD));
  // "يعمل سامر الخطيب في الميناء": without a comma a one-word title may be the family name ("الخطيب", "الشيخ")
  if (!comma && len < 2) return;
  registerName(registry, text.slice(tokens[first]!.start + gluedLam, before.end), slice(text, tokens, i, i + len), index, tokens[first]!.start + gluedLam);
  return i + len;
}

/** A registry's names by their first and by their last folded word, in registration order. */
interface RegistryIndex {
  indexed: number;
  /** By the first word of one-word names and the first two words of longer ones ("سامي نور"). */
  byFirst: Map<string, RegisteredName[]>;
  byLast: Map<string, RegisteredName[]>;
  byText: Map<string, RegisteredName>;
}

/** Indexes kept up to date with each registry (names are only ever appended to it, and their words never change). */
const INDEXES = new WeakMap<NameRegistry, RegistryIndex>();

function push(map: Map<string, RegisteredName[]>, key: string, name: RegisteredName): void {
  const list = map.get(key);
  if (list) list.push(name);
  else map.set(key, [name]);
}

/** The registry's index, with the names registered since the last call added: each name is read once. */
function registryIndex(registry: NameRegistry): RegistryIndex {
  let index = INDEXES.get(registry);
  if (index === undefined) INDEXES.set(registry, (index = { indexed: 0, byFirst: new Map(), byLast: new Map(), byText: new Map() }));
  for (; index.indexed < registry.length; index.indexed++) {
    const name = registry[index.indexed]!;
    const w = name.words;
    push(index.byFirst, w.length > 1 ? `${w[0]} ${w[1]}` : w[0]!, name);
    push(index.byLast, w[w.length - 1]!, name);
    if (!index.byText.has(name.text)) index.byText.set(name.text, name);
  }
  return index;
}

/** Registries up to this size are read whole (quicker than an index for an ordinary article's few names). */
const SMALL_REGISTRY = 64;

/**
 * Whether `first` and `second` are the last two words of a registered name of three or more, a family name of two
 * words: a kunya ("أبو عيشة") or a particle and a name ("بن رمضان", "آل ثاني").
 */
function kunyaFamily(words: readonly string[], first: string, second: string | undefined): boolean {
  return words.length > 2 && (KUNYA_HEADS.has(first) || FAMILY_PARTICLES.has(first)) && words[words.length - 2] === first && words[words.length - 1] === second;
}

/** "بن رمضان", "ابن كيران", "آل ثاني" (folded "ال"): a family name's particle, read with the word after it as the family name. */
const FAMILY_PARTICLES: ReadonlySet<string> = new Set(['بن', 'ابن', 'ال']);

/** How many tokens from `i` spell a registered name: its full run, or its family name alone. 0 if none. */
export function registeredLength(registry: NameRegistry, tokens: readonly Token[], i: number): number {
  const norm = tokens[i]?.norm;
  if (norm === undefined || registry.length === 0) return 0;
  if (registry.length <= SMALL_REGISTRY) {
    let best = 0;
    for (const name of registry) {
      const w = name.words;
      let k = 0;
      while (k < w.length && tokens[i + k]?.norm === w[k]) k++;
      if (k === w.length) best = Math.max(best, k);
      else if (w.length > 1 && norm === w[w.length - 1]) best = Math.max(best, 1);
      else if (kunyaFamily(w, norm, tokens[i + 1]?.norm)) best = Math.max(best, 2);
    }
    return best;
  }
  const index = registryIndex(registry);
  let best = index.byFirst.has(norm) ? 1 : 0;
  const next = tokens[i + 1]?.norm;
  for (const name of (next !== undefined && index.byFirst.get(`${norm} ${next}`)) || []) {
    const w = name.words;
    let k = 2;
    while (k < w.length && tokens[i + k]?.norm === w[k]) k++;
    if (k === w.length) best = Math.max(best, k);
  }
  // the family name alone ("الرشيدي" for "فهد الرشيدي"), or a family name in two words ("أبو عيشة" for "صفاء أبو عيشة")
  if (best === 0 && index.byLast.get(norm)?.some((name) => name.words.length > 1)) best = 1;
  if (best < 2 && next !== undefined && index.byLast.get(next)?.some((name) => kunyaFamily(name.words, norm, next))) best = 2;
  return best;
}

/** The registered names of two words or more whose last word is `family` (folded), in registration order. */
export function registeredByFamily(registry: NameRegistry, family: string): readonly RegisteredName[] {
  const names = registry.length <= SMALL_REGISTRY ? registry.filter((n) => n.words[n.words.length - 1] === family) : (registryIndex(registry).byLast.get(family) ?? []);
  return names.filter((n) => n.words.length > 1);
}

/** The registered name whose last word stands at token `i`. */
export function registeredEndingAt(registry: NameRegistry, tokens: readonly Token[], i: number): RegisteredName | null {
  const norm = tokens[i]?.norm;
  if (norm === undefined || registry.length === 0) return null;
  const names = registry.length <= SMALL_REGISTRY ? registry.filter((name) => name.words[name.words.length - 1] === norm) : (registryIndex(registry).byLast.get(norm) ?? []);
  if (names.length <= 1) return names[0] ?? null;
  // several end on that word ("محمد بن سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز"): the longest printed in full there
  let best: RegisteredName | null = null;
  for (const name of names) {
    const w = name.words;
    let k = 0;
    while (k < w.length && tokens[i - k]?.norm === w[w.length - 1 - k]) k++;
    if (k === w.length && (best === null || k > best.words.length)) best = name;
  }
  return best ?? names[0]!;
}

/** The name introduced last before a point of the text. */
export function registeredBefore(registry: NameRegistry, paragraph: number, offset: number): RegisteredName | null {
  let best: RegisteredName | null = null;
  for (const n of registry) {
    const before = n.paragraph < paragraph || (n.paragraph === paragraph && n.offset < offset);
    if (before && (best === null || n.paragraph > best.paragraph || (n.paragraph === best.paragraph && n.offset > best.offset))) best = n;
  }
  return best;
}

/** The first word of a title or name, folded and without ال ("الوزير" → "وزير"). */
export function titleHead(title: string): string {
  return foldText(title).split(' ')[0]!.replace(/^ال/u, '');
}

/** Whether a role begins with a title's head word ("وزير النقل" for "الوزير"). */
export function sameTitle(role: string, title: string): boolean {
  const head = titleHead(title);
  const roleText = foldText(role).replace(/^ال/u, '');
  if (head.length < 3) return false;
  // "المسؤول الصيني" for "نائب وزير التجارة الصيني": any title that carries each of the official's nisbas
  if (OFFICIAL_TITLES.has(head)) {
    const wanted = nisbas(title);
    const held = nisbas(role);
    return wanted.length > 0 && wanted.every((w) => held.includes(w));
  }
  // ("المدرب" for "المدير الفني للإسماعيلي", "الدبلوماسي" for "المتحدث باسم الخارجية الروسية": a title listed as
  // standing for another, of no other nationality; the head of "الدبلوماسي" is no attribute of it)
  if (!roleText.startsWith(head)) {
    if (!(SYNONYMS.get(head)?.some((form) => roleText.startsWith(form)) ?? false)) return false;
    // ("الدبلوماسية" is a woman, never "وزير الخارجية"; "الدبلوماسي" never "المتحدثة باسم الخارجية")
    if (endsInHeh(head) !== endsInHeh(roleText.split(' ', 1)[0]!)) return false;
    // ("الأكاديمي المصري" for "أستاذ العلوم السياسية في جامعة القاهرة": the subject's adjective is no nationality)
    const headStem = nisbaStem(head);
    return nisbasAgree(nisbas(title).filter((w) => w !== headStem), nisbas(role).filter((w) => !SUBJECT_NISBAS.has(w)));
  }
  // "وأكد الوزير" never points back to "الوزيرة سارة حداد": the feminine ة of the holder's title is no part of it
  if (roleText.charCodeAt(head.length) === HEH && !/ه$/u.test(head)) return false;
  // "رئيس الوزراء الهندي" is no head of state, "الرئيس" or "رئيس الدولة": a president's head in construct with what it
  // heads, the role a head of state's
  if (head === PRESIDENT && headsSomethingElse(foldText(title).replace(/^ال/u, '')) && !headsSomethingElse(roleText)) return false;
  // "وزير التجارة الكوري" is not "وزير دولة للتجارة الخارجية": each names an attribute (a nisba adjective) the
  // other lacks
  const titleNisbas = nisbas(title);
  if (titleNisbas.length === 0) return true;
  // "الرئيس الأمريكي" is a head of state, never "رئيس الوفد المفاوض" (a president's head and a nationality alone, the
  // role's head in construct with what it heads; "رئيس الشبكة العربية" still finds the one printed with that title)
  if (head === PRESIDENT && !headsSomethingElse(foldText(title).replace(/^ال/u, '')) && headsSomethingElse(roleText)) return false;
  return nisbasAgree(titleNisbas, nisbas(role));
}

/** A folded nisba without its article (and a glued و, ل or ب) and in the masculine: "للروسيه" → "روسي". */
function nisbaStem(word: string): string {
  return word.replace(/^(?:و|ل|ب)?ال/u, '').replace(/يه$/u, 'ي');
}

/** Whether a folded word ends in ه, as a feminine title does ("دبلوماسيه", "متحدثه"). */
function endsInHeh(word: string): boolean {
  return word.charCodeAt(word.length - 1) === HEH;
}

/** Adjectives of a subject, as `nisbas` gives them ("سياسي", "دولي"). */
const SUBJECT_NISBAS: ReadonlySet<string> = new Set(SUBJECT_ADJECTIVES.map((w) => nisbaStem(foldText(w))));
/** Titles another stands for, folded, by the folded head ("دبلوماسي" → "سفير", "متحدث باسم الخارجيه", …). */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([...TITLE_SYNONYMS].map(([head, forms]) => [foldText(head), forms.map(foldText)]));

/** Whether two titles' nisbas agree: not each naming an attribute the other lacks ("وزير التجارة الكوري", "وزير دولة للتجارة الخارجية"). */
function nisbasAgree(titleNisbas: readonly string[], roleNisbas: readonly string[]): boolean {
  return !(titleNisbas.some((w) => !roleNisbas.includes(w)) && roleNisbas.some((w) => !titleNisbas.includes(w)));
}

/** "رئيس", folded. */
const PRESIDENT = 'رئيس';
/** What a head of state heads: "رئيس الجمهورية", "رئيس الدولة", "رئيس السلطة الفلسطينية" (folded). */
const STATE_WORDS: ReadonlySet<string> = new Set(['الجمهوريه', 'الدوله', 'البلاد', 'السلطه']);

/** Whether a folded role (without ال) is "رئيس" in construct with a noun that is no state: "رئيس الوفد …". */
function headsSomethingElse(roleText: string): boolean {
  const words = roleText.split(' ');
  const next = words[1];
  if (words[0] !== PRESIDENT || next === undefined || nisbas(next).length > 0) return false;
  // ("رئيس وزراء الهند", "رئيس مجلس السيادة": an indefinite noun in construct with a word after it; "رئيس دولة
  // الإمارات" heads a state)
  const definite = next.startsWith('ال');
  return (definite || words.length > 2) && !STATE_WORDS.has(definite ? next : `ال${next}`);
}

/** "مسؤول", "مسؤولة" (folded, without ال): an official, whom only a nationality ties to a named person. */
export const OFFICIAL_TITLES: ReadonlySet<string> = new Set(['مسؤول', 'مسؤوله']);

const NOT_NISBA_KEYS: ReadonlySet<string> = new Set(TITLE_WORDS_NOT_NISBAS.map(foldText));
/** Definite nisba adjectives of a title, folded: "الكوري", "الخارجيه" (not "الشابه", nor the noun "الجمهوريه", nor "الرسمي"). */
export function nisbas(title: string): string[] {
  const folded = nisbaSpelling(foldText(title));
  const found = folded.split(' ').filter((w) => /^(?:و|ل|ب)?ال\p{L}{2,}(?:ي|يه)$/u.test(w) && !NOT_NISBA_KEYS.has(w)).map(nisbaStem);
  // ("المسؤولة الأممية" for "منسقة الأمم المتحدة …", "المسؤول الأممي" for "المدير العام لمنظمة الصحة العالمية": a
  // title of a body of the United Nations holds its nisba)
  if (!found.includes(UN_NISBA) && namesUnitedNationsBody(folded)) found.push(UN_NISBA);
  return found;
}
/** Each variant spelling of a nationality, folded, and the one it is read as. */
const NISBA_SPELLING_PAIRS: ReadonlyArray<readonly [string, string]> = NISBA_SPELLINGS.map(([variant, kept]) => [foldText(variant), foldText(kept)]);

/** A folded title with each nationality in one spelling ("الرئيس الأميركي" → "الرئيس الامريكي"). */
export function nisbaSpelling(folded: string): string {
  let text = folded;
  for (const [variant, kept] of NISBA_SPELLING_PAIRS) if (text.includes(variant)) text = text.replaceAll(variant, kept);
  return text;
}

/** The nisba of the United Nations, "أممي", folded. */
const UN_NISBA = 'اممي';
/** The particles a body's name takes glued in a title: "لمنظمة", "للأونروا", "بالأمم المتحدة". */
const GLUED_TO_BODY: readonly string[] = ['', 'ل', 'ب', 'و'];
/**
 * Bodies of the United Nations, folded, in each glued form, spaced round to match whole words (ل before ال is
 * written لل: "للأمم المتحدة").
 */
const UN_BODY_FORMS: readonly string[] = UNITED_NATIONS_BODIES.map(foldText).flatMap((body) => GLUED_TO_BODY.map((glue) => ` ${glue === 'ل' && body.startsWith('ال') ? `ل${body.slice(1)}` : `${glue}${body}`} `));

/** "لدى", folded, spaced: an envoy "to" a body ("سفير روسيا لدى الأمم المتحدة") is none of its officials. */
const ACCREDITED_TO = ' لدي';

/** Whether a folded title names a body of the United Nations, as whole words ("لليونيسف", "في الأونروا"). */
function namesUnitedNationsBody(folded: string): boolean {
  const padded = ` ${folded} `;
  return UN_BODY_FORMS.some((form) => {
    const at = padded.indexOf(form);
    return at >= 0 && !padded.startsWith(ACCREDITED_TO, at - ACCREDITED_TO.length);
  });
}

/** "نظيره", "بنظيرته": a counterpart, the title of the one met by the person before (folded). */
const COUNTERPART = /^(?:ب|ل|و)?نظير(?:ه|ها|ته|تها)?$/u;

/**
 * The registered counterpart of a nationality a title names: "الرئيس الفرنسي" → "إيمانويل ماكرون" of "التقى
 * السيسي نظيره الفرنسي إيمانويل ماكرون". Null when the title names no nationality or no counterpart carries it.
 */
export function registeredCounterpart(registry: NameRegistry, title: string): RegisteredName | null {
  const wanted = nisbas(title);
  if (wanted.length === 0) return null;
  // ("وزير الخارجية التركي" for "نظيره التركي": the counterpart's nationality among the title's, whose portfolio the
  // counterpart shares with the one who met him)
  return registry.find((n) => {
    if (n.role === null || !COUNTERPART.test(foldText(n.role).split(' ')[0]!)) return false;
    const held = nisbas(n.role);
    return held.length > 0 && held.every((w) => wanted.includes(w));
  }) ?? null;
}

/** The registered person whose role starts with a title ("الوزير" → "وزير النقل، حسام الدين فؤاد"). */
export function registeredByRole(registry: NameRegistry, title: string): RegisteredName | null {
  return registry.find((n) => n.role !== null && sameTitle(n.role, title)) ?? registry.find((n) => n.title != null && sameTitle(n.title, title)) ?? null;
}

import { AGENCIES, NEWSROOM_POSTS, WRITER_CALLINGS, WRITER_TITLES } from '../lexicon/agencies.js';
import { DATELINE_PLACES } from '../lexicon/places.js';
import { GROUP_NOUNS, ROLE_HEADS } from '../lexicon/roles.js';
import { GIVEN_NAMES, MEN_GIVEN_NAMES, WOMEN_GIVEN_NAMES } from '../lexicon/given-names.js';
import { GIVEN_NAME_TITLES } from '../lexicon/function-words.js';
import { SPACE } from '../normalize/codes.js';
import { lineKey } from '../normalize/key.js';
import { gated } from '../normalize/gate.js';

/** Agencies and outlets by comparison key (the lexicon spelling as the value). Built once. */
const OUTLETS = new Map(AGENCIES.map((a) => [lineKey(a), a]));
/** Dateline places by comparison key. Built once. */
const PLACES = new Set(DATELINE_PLACES.map((p) => lineKey(p)));

/** Whether a comparison key names a known agency or outlet ("رويترز", "العربية نت"). */
export function isKnownOutlet(key: string): boolean {
  return OUTLETS.has(key);
}

const GROUP_NOUN_KEYS: ReadonlySet<string> = new Set(GROUP_NOUNS.map(lineKey));

/** Whether a word (as a key) names a crowd or a group ("جماهير", "سكان", "لاعبو"): never a given name. */
export function isGroupNoun(key: string): boolean {
  return GROUP_NOUN_KEYS.has(key);
}

/** Whether a comparison key names a known dateline place ("دبي", "مكه المكرمه"). */
export function isKnownPlace(key: string): boolean {
  return PLACES.has(key);
}

/** Given names by folded key, compound ones ("نور الدين") by their first word too. Built once. */
const GIVEN = new Set(GIVEN_NAMES.map((n) => lineKey(n)));
/** "عبد الله", "عبدالرحمن": names built on عبد, written apart or glued. */
const ABD = 'عبد';

/** Whether a comparison key is a listed given name, whole ("محمد أمين"). */
export function isGivenName(key: string): boolean {
  return GIVEN.has(key);
}

/** A key's first word. */
function firstWord(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** Men's and women's given names by folded key (names borne by both are in neither). Built once. */
const MEN = new Set(MEN_GIVEN_NAMES.map((n) => lineKey(n)));
const WOMEN = new Set(WOMEN_GIVEN_NAMES.map((n) => lineKey(n)));

/**
 * Whether the name a comparison key holds is a woman's (true), a man's (false), or unknown (null), by its first word
 * ("عبد …" is a man's).
 */
export function givenNameGender(key: string): boolean | null {
  const first = firstWord(key);
  if (WOMEN.has(first)) return true;
  return MEN.has(first) || first.startsWith(ABD) ? false : null;
}

/** Whether a comparison key opens with a common given name ("سارة الخطيب", "عبدالعزيز إبراهيم"). */
export function startsWithGivenName(key: string): boolean {
  const space = key.indexOf(' ');
  const first = firstWord(key);
  if (first.startsWith(ABD)) return true;
  if (GIVEN.has(first)) return true;
  // a compound given name: "نور الدين بوزيد"
  const second = space < 0 ? -1 : key.indexOf(' ', space + 1);
  return space >= 0 && GIVEN.has(second < 0 ? key : key.slice(0, second));
}

/** "الخوري", "العنزي": a definite family name of a nisba's shape, on a key. */
export const NISBA_FAMILY = gated(0, /^ال\p{L}{2,}ي$/u, 'ا');
const NAME_TITLE_KEYS: ReadonlySet<string> = new Set(GIVEN_NAME_TITLES);

/**
 * Whether a key is two words, a title's word that is also a given name and a definite nisba that is no place: "ملك
 * العنزي", "أمير الشمري" (a person's name; never "ملك الأردن", "أمير الرياض").
 */
export function titleWordNamed(key: string): boolean {
  const space = key.indexOf(' ');
  if (space < 0 || key.includes(' ', space + 1)) return false;
  const first = key.slice(0, space);
  const family = key.slice(space + 1);
  return (GIVEN.has(first) || NAME_TITLE_KEYS.has(first)) && NISBA_FAMILY.test(family) && !isKnownPlace(family);
}

const ROLE_HEAD_KEYS: ReadonlySet<string> = new Set(ROLE_HEADS.map(lineKey));

/** Whether a comparison key is the head of an office or title ("الرئيس", "وزير", "ولي العهد"). */
export function isRoleHead(key: string): boolean {
  return ROLE_HEAD_KEYS.has(key);
}

const WRITER_TITLE_KEYS = new Set(WRITER_TITLES.map(lineKey));

/** Whether a comparison key is a writer's trade ("صحافية", "كاتب", "مراسل"). */
export function isWriterTitle(key: string): boolean {
  return WRITER_TITLE_KEYS.has(key);
}

const WRITER_CALLING_KEYS = new Set(WRITER_CALLINGS.map(lineKey));

/** Whether a comparison key is a writer's trade or other calling ("روائي", "سفير"), as read after a name and a separator. */
export function isWriterCalling(key: string): boolean {
  return WRITER_TITLE_KEYS.has(key) || WRITER_CALLING_KEYS.has(key);
}

const NEWSROOM_POST_KEYS = NEWSROOM_POSTS.map(lineKey);

/**
 * Whether a line's key opens on a writer's trade ("مراسل الموقع في القاهرة") or a newsroom post ("رئيس قسم الأخبار
 * الدولية", "مديرة مكتب عمّان"): a note on the writer.
 */
export function opensOnWriterTrade(key: string): boolean {
  if (isWriterTitle(key.slice(0, key.indexOf(' ') >>> 0))) return true;
  return NEWSROOM_POST_KEYS.some((post) => key.startsWith(post) && (key.length === post.length || key.charCodeAt(post.length) === SPACE));
}

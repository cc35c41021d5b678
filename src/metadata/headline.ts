import { lineKey } from '../normalize/key.js';
import { isKnownOutlet } from './known.js';
import { gated, SHAPE } from '../normalize/gate.js';

const SENTENCE_END = /[.!؟?…]["»”']?$/u;
const MIN_WORDS = 2;
const MAX_WORDS = 35;
/**
 * Headlines in the corpus and the dev set run to 15 words; longer ones are strings of phrases ("… الإدارية..
 * وتؤكد: …"). A line over this length with no ".." or ":" between its phrases is the lead sentence.
 */
const MAX_PLAIN_WORDS = 24;
const HEADLINE_JOINS = /\.\.|:/u;

/** Whether a line can be a headline: a few words, not a sentence-long paragraph. */
export function isHeadlineLike(line: string): boolean {
  const words = lineKey(line).split(' ').filter(Boolean).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (words > MAX_PLAIN_WORDS && !HEADLINE_JOINS.test(line)) return false;
  return !(SENTENCE_END.test(line) && words > 18);
}

/** What parts a site's name from the title in a page's <title>: " - ", " | ", " :: ", " » ". */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » '];
/** Longest site name read beside a title. */
const MAX_SITE_NAME_CHARS = 40;
const DOMAIN_LIKE = /\.(?:com|net|org)|arabic|عربي|نت$/iu;

/**
 * Removes a site's name after the title (" - CNNArabic.com", " | سكاي نيوز عربية") or before it ("الصباح :: …"):
 * a name the page gives for itself, a listed outlet, a domain, or the side left over when the other side is a
 * heading the page prints ("<h2>تراجع معدل البطالة …</h2>" beside "<title>تراجع معدل البطالة … - مدار21</title>").
 */
export function stripSiteSuffix(title: string, siteNames: readonly string[] = [], headings: readonly string[] = []): string {
  const sites = new Set(siteNames.map((s) => lineKey(s)));
  const headingKeys = new Set(headings.map((h) => lineKey(h)));
  const siteLike = (part: string, rest: string): boolean => {
    if (part.length < 2 || part.length > MAX_SITE_NAME_CHARS) return false;
    const key = lineKey(part);
    return sites.has(key) || isKnownOutlet(key) || DOMAIN_LIKE.test(part) || headingKeys.has(lineKey(rest));
  };
  // the last separator for a suffix, the first for a prefix
  const suffix = lastPart(title);
  if (suffix !== null && siteLike(suffix.tail, suffix.rest)) return suffix.rest;
  const prefix = firstPart(title);
  return prefix !== null && siteLike(prefix.head, prefix.rest) ? prefix.rest : title;
}

/** A title's part before its first separator, and the rest after it; null with no separator inside the title. */
function firstPart(title: string): { head: string; rest: string } | null {
  let at = -1;
  let sep = '';
  for (const s of TITLE_SEPARATORS) {
    const i = title.indexOf(s);
    if (i > 0 && (at < 0 || i < at)) [at, sep] = [i, s];
  }
  return at > 0 ? { head: title.slice(0, at).trim(), rest: title.slice(at + sep.length).trim() } : null;
}

/** A title's part after its last separator, and the rest before it; null with no separator inside the title. */
function lastPart(title: string): { rest: string; tail: string } | null {
  let at = -1;
  let sep = '';
  for (const s of TITLE_SEPARATORS) {
    const i = title.lastIndexOf(s);
    if (i > at) [at, sep] = [i, s];
  }
  return at > 0 ? { rest: title.slice(0, at).trim(), tail: title.slice(at + sep.length).trim() } : null;
}

/** "اليوم", "الآن", "غدا": outlets' names that are words of time, as keys. */
const TIME_WORD_KEYS: ReadonlySet<string> = new Set(['اليوم', 'الآن', 'غدا', 'أمس', 'الليلة'].map(lineKey));

/** A web domain: "CNNArabic.com", "alakhbar.net". */
const LATIN_DOMAIN = gated(SHAPE.LATIN, /^[\w.-]+\.(?:com|net|org|info|news)$/iu);

/**
 * A text page's headline line with a listed outlet's name or a domain after its last separator taken off ("… - سكاي
 * نيوز عربية", "… | CNNArabic.com": the page's <title> copied as its first line), and that name; the line whole and
 * null otherwise (no other site name is known on a text page).
 */
export function outletSuffix(title: string): { headline: string; suffix: string | null } {
  const part = lastPart(title);
  const key = part === null || part.tail.length > MAX_SITE_NAME_CHARS ? '' : lineKey(part.tail);
  // ("قمة الرياض - اليوم": a paper named by a word of time is that word after a title)
  if (part === null || key === '' || TIME_WORD_KEYS.has(key) || !(isKnownOutlet(key) || LATIN_DOMAIN.test(part.tail))) return { headline: title, suffix: null };
  return { headline: part.rest, suffix: part.tail };
}

/** Most words of a section's label beside a title ("أسواق", "كرة القدم", "سياسة دولية"). */
const MAX_LABEL_WORDS = 3;
/** Fewest words of the title left beside it. */
const MIN_TITLE_WORDS = 3;

/**
 * A headline line with a section's label before its first separator or after its last taken off ("أسواق | بورصة
 * الكويت تغلق …", "… - اقتصاد"), and that label; the line whole and null otherwise. `isLabel` tells a label by its key;
 * what is left has to read as a headline. The separators are a site name's (never a slash: a wire's headline opens on
 * its desk so, "تقرير / بساتين العنب …", as printed).
 */
export function sectionLabelAround(title: string, isLabel: (key: string) => boolean): { headline: string; label: string | null } {
  const label = (part: string, rest: string): boolean => {
    const key = lineKey(part);
    return key !== '' && key.split(' ').length <= MAX_LABEL_WORDS && isLabel(key) && lineKey(rest).split(' ').length >= MIN_TITLE_WORDS && isHeadlineLike(rest);
  };
  const prefix = firstPart(title);
  if (prefix !== null && label(prefix.head, prefix.rest)) return { headline: prefix.rest, label: prefix.head };
  const suffix = lastPart(title);
  if (suffix !== null && label(suffix.tail, suffix.rest)) return { headline: suffix.rest, label: suffix.tail };
  return { headline: title, label: null };
}

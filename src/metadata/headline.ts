import { lineKey } from '../normalize/key.js';

/** Site-name suffixes after a title: " - CNNArabic.com", " | سكاي نيوز عربية". */
const SITE_SUFFIX = /\s+[|\-–—]\s+[^|\-–—]{2,40}$/u;
const SENTENCE_END = /[.!؟?…]["»”']?$/u;
const MIN_WORDS = 2;
const MAX_WORDS = 35;

/** Whether a line can be a headline: a few words, not a sentence-long paragraph. */
export function isHeadlineLike(line: string): boolean {
  const words = lineKey(line).split(' ').filter(Boolean).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  return !(SENTENCE_END.test(line) && words > 18);
}

/** Removes a trailing site name when what is left still reads as a headline. */
export function stripSiteSuffix(title: string, siteNames: readonly string[] = []): string {
  const m = SITE_SUFFIX.exec(title);
  if (m === null) return title;
  const suffix = lineKey(m[0]);
  const known = siteNames.some((s) => lineKey(s) === suffix) || /\.(com|net|org)|arabic|عربي|نت$/iu.test(m[0]);
  return known ? title.slice(0, m.index).trim() : title;
}

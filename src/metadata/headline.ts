import { lineKey } from '../normalize/key.js';

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

/** Removes a trailing site name when what is left still reads as a headline. */
export function stripSiteSuffix(title: string, siteNames: readonly string[] = []): string {
  // Site-name suffixes after a title: " - CNNArabic.com", " | سكاي نيوز عربية".
  const at = Math.max(title.lastIndexOf(' | '), title.lastIndexOf(' - '), title.lastIndexOf(' – '), title.lastIndexOf(' — '));
  if (at <= 0) return title;
  const tail = title.slice(at + 3);
  if (tail.length < 2 || tail.length > 40) return title;
  const suffix = lineKey(tail);
  const known = siteNames.some((s) => lineKey(s) === suffix) || /\.(?:com|net|org)|arabic|عربي|نت$/iu.test(tail);
  return known ? title.slice(0, at).trim() : title;
}

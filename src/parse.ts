import { isWriterBio } from './classify/chrome.js';
import { classifyLines } from './classify/line.js';
import { layoutLines, type Layout } from './classify/layout.js';
import { pullQuoteIndices } from './classify/pull-quotes.js';
import { ArticleParseError } from './errors.js';
import { inPageOrder } from './html/order.js';
import { htmlToText, type PageText } from './html/to-text.js';
import { segmentLines } from './lines/segment.js';
import { mastheadLead, mergeBylines, parseLeadPrefix, signOff, sourceCredit } from './metadata/byline.js';
import type { DateFound } from './metadata/date.js';
import { estimateReadTime } from './metadata/read-time.js';
import { cleanInvisible } from './normalize/clean.js';
import { lineKey } from './normalize/key.js';
import { isMostlyArabic, letterCounts } from './normalize/letters.js';
import { looksLikeMarkdown, markdownToText } from './markdown/to-text.js';
import { extractQuotes } from './quotes/extract.js';
import { postsAboveFeet, withPostedWords } from './quotes/posts.js';
import { ArticleSchema, ParseOptionsSchema, type Article, type Byline, type ParseOptions, type ResolvedOptions } from './schema.js';
import { bracketedKunyas } from './speakers/kunya.js';
import { mergeSpeakers } from './speakers/merge.js';
import { forgetShapes } from './normalize/gate.js';

const LOOKS_LIKE_HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]|<div[\s>]|<p[\s>])|<\/(?:p|div|article|body|html)>/i;
/** Only the start of the input is sniffed for markup. */
const SNIFF_CHARS = 4096;
const MIN_ARABIC_LETTERS = 20;

/** Markup at the start of the input: every tag the pattern knows opens with "<", so text without one is done. */
function looksLikeHtml(input: string): boolean {
  const lt = input.indexOf('<');
  return lt >= 0 && lt < SNIFF_CHARS && LOOKS_LIKE_HTML.test(input.slice(0, SNIFF_CHARS));
}
const MIN_ARABIC_SHARE = 0.3;

function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  const parsed = ParseOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new ArticleParseError('invalid-option', `invalid options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

function assertArabic(text: string): void {
  if (isMostlyArabic(text, MIN_ARABIC_LETTERS, MIN_ARABIC_SHARE)) return;
  const { arabic, letters } = letterCounts(text);
  if (arabic < MIN_ARABIC_LETTERS || arabic / Math.max(1, letters) < MIN_ARABIC_SHARE) {
    throw new ArticleParseError('not-arabic', `the input has ${arabic} Arabic letters out of ${letters}: not an Arabic article`);
  }
}

/**
 * The publication date: a labelled one first, never an update stamp when another date exists; of plain dates, one
 * in the header under the headline before one over it (a masthead's day).
 */
function pickDate(dates: readonly DateFound[]): string | null {
  const published = dates.find((d) => d.published && !d.update);
  const first = dates.find((d) => !d.update);
  const plain = first?.place === 'over-headline' ? dates.find((d) => !d.update && d.place === undefined) ?? first : first;
  const chosen = (published ?? plain ?? dates[0])?.iso ?? null;
  // ("الخميس 13 نوفمبر 2026" over "الخميس، 13 نوفمبر 2026 - 11:45 ص": the same day printed again with its time in the
  // header is the finer; never a stamp under the body, "تمت الطباعة في 01:30 - 09/04/2018")
  return chosen === null || chosen.includes('T') ? chosen : dates.find((d) => !d.update && d.place === undefined && d.iso.startsWith(`${chosen}T`))?.iso ?? chosen;
}

/** A letter of any script: a paragraph holds one at least. */
const WORD_LETTER = /\p{L}/u;

function takeLeadPrefix(layout: Layout): Byline | null {
  const first = layout.paragraphs[0];
  if (first === undefined) return null;
  const prefix = parseLeadPrefix(first) ?? mastheadLead(first, layout.boilerplate.slice(0, layout.boilerplateBeforeBody));
  if (prefix === null) return null;
  if (prefix.date !== undefined) layout.dates.push(prefix.date);
  // ("القاهرة - 15": what is left after the lead holds no word, a day's number of the dateline, not a paragraph)
  const rest = prefix.rest.trim();
  const wordless = !WORD_LETTER.test(rest);
  layout.boilerplate.splice(layout.boilerplateBeforeBody, 0, wordless ? first.trim() : prefix.prefix);
  if (wordless) layout.paragraphs.shift();
  else layout.paragraphs[0] = rest;
  return prefix.byline;
}

/**
 * "… للبرميل. (رويترز)": the wire that signs off the body's last paragraph after its last sentence, taken out of the
 * paragraph into boilerplate and read as the agency.
 */
function takeSignOff(layout: Layout): Byline | null {
  const last = layout.paragraphs.length - 1;
  const signed = signOff(layout.paragraphs[last]!);
  if (signed === null) return null;
  layout.paragraphs[last] = signed.text;
  layout.boilerplate.push(signed.signature);
  return { authors: [], agency: signed.agency, dateline: null };
}

/** Moves the paragraphs that repeat a longer paragraph's words (pull quotes) to what is dropped. */
function dropPullQuotes(layout: Layout): void {
  const pulled = pullQuoteIndices(layout.paragraphs);
  if (pulled.length === 0) return;
  const drop = new Set(pulled);
  for (const i of pulled) layout.boilerplate.push(layout.paragraphs[i]!);
  layout.paragraphs = layout.paragraphs.filter((_, i) => !drop.has(i));
}

/** "* ", "— ", "- ": a bullet or dash a writer's name may carry at the page's foot ("— يوسف بن عمر"). */
const NAME_BULLET = /^[*•\-–—]\s?/u;

/**
 * "سارة المهدي" alone between or under the paragraphs, the writer the byline named: the writer's box at the foot (or
 * the byline printed again), never a paragraph of the body. Moved to what is dropped.
 */
function dropWriterRepeats(layout: Layout, authors: readonly string[]): void {
  if (authors.length === 0) return;
  const names = new Set(authors);
  const drop: number[] = [];
  layout.paragraphs.forEach((p, i) => {
    const line = p.trim();
    if (names.has(line.replace(NAME_BULLET, ''))) drop.push(i);
    // ("إياد الخلايلة" / "كاتب صحفي": the note on the writer under the name goes with it)
    else if (drop.at(-1) === i - 1 && isWriterBio(line)) drop.push(i);
  });
  // (a text that is the writer's name alone keeps it: never an article emptied)
  if (drop.length === 0 || drop.length === layout.paragraphs.length) return;
  const dropped = new Set(drop);
  for (const i of drop) layout.boilerplate.push(layout.paragraphs[i]!);
  layout.paragraphs = layout.paragraphs.filter((_, i) => !dropped.has(i));
}

/** The text path: raw scraped text to a validated Article. */
function parseText(text: string, options: ResolvedOptions, extra: PageText['meta'] = {}): Article {
  const segments = segmentLines(text);
  const layout = layoutLines(classifyLines(segments));
  dropPullQuotes(layout);
  const prefixByline = takeLeadPrefix(layout);
  if (layout.paragraphs.length === 0) throw new ArticleParseError('no-body', 'no body paragraphs were found: the input holds only headline, metadata or page chrome');
  const signedBy = takeSignOff(layout);
  // the body's own lead prefix ("دمشق، سوريا (CNN) --") outranks bylines found around it
  const byline = mergeBylines([...(extra.byline ? [extra.byline] : []), ...(prefixByline ? [prefixByline] : []), ...layout.bylines, ...(signedBy ? [signedBy] : [])]);
  const credit = byline.agency === null ? sourceCredit(layout.paragraphs, layout.boilerplate, layout.boilerplateBeforeBody) : null;
  if (credit !== null) {
    byline.agency = credit.agency;
    byline.dateline ??= credit.dateline;
  }
  dropWriterRepeats(layout, byline.authors);
  // (a page's headline heads the text the HTML path builds; its own copy in the page, the <h1>, is that headline, not
  // a line dropped)
  if (extra.headline) {
    const own = layout.boilerplate.findIndex((line) => line.trim() === extra.headline);
    if (own >= 0) layout.boilerplate.splice(own, 1);
    // (and the line the text read as its headline, when another: the page's <h1> under an og:title of other words,
    // "بالفيديو.. لحظة انهيار …" over "<h1>انهيار مبنى سكني …</h1>", is dropped, never lost)
    if (layout.headline !== '' && lineKey(layout.headline) !== lineKey(extra.headline)) layout.boilerplate.push(layout.headline);
  }
  const found = extractQuotes(layout.paragraphs);
  // (a post embedded in the page that the text introduces nowhere is its account's words: the HTML path finds the
  // embeds, a scrape of the text keeps each post's foot under it, "— الاسم (@handle) date")
  const posts = extra.posts ?? (text.includes('(@') ? postsAboveFeet(segments.map((s) => s.text)) : []);
  const raw = withPostedWords(layout.paragraphs, found.quotes, posts);
  const { quotes, speakers } = mergeSpeakers(raw, found.registry, bracketedKunyas(layout.paragraphs));
  const article: Article = {
    headline: extra.headline || layout.headline,
    byline,
    publishedAt: extra.publishedAt ?? pickDate(layout.dates),
    readTime: layout.statedMinutes !== null ? { minutes: layout.statedMinutes, source: 'stated' } : estimateReadTime(layout.paragraphs, options.wordsPerMinute),
    paragraphs: layout.paragraphs,
    quotes,
    speakers,
    // (dropped lines put back in the order of the input: a page's, dropped in two steps, or the text's, whose foot
    // is cut off after the chrome under it was listed)
    boilerplate: inPageOrder([...(extra.boilerplate ?? []), ...layout.boilerplate], extra.order ?? segments.map((s) => s.text)),
  };
  return validate(article);
}

function validate(article: Article): Article {
  const checked = ArticleSchema.safeParse(article);
  if (checked.success) return checked.data;
  throw new ArticleParseError('internal-error', `the parser built an invalid Article (please report): ${checked.error.issues[0]?.message ?? 'unknown'}`);
}

function run(input: unknown, options: ParseOptions | undefined): Article {
  if (typeof input !== 'string') throw new ArticleParseError('invalid-input', `input must be a string, got ${input === null ? 'null' : typeof input}`);
  const resolved = resolveOptions(options);
  if (input.length > resolved.maxInputLength) {
    throw new ArticleParseError('input-too-large', `input is ${input.length} characters, over maxInputLength ${resolved.maxInputLength}`);
  }
  if (input.trim() === '') throw new ArticleParseError('empty-input', 'the input is empty or whitespace only');
  const html = resolved.format === 'html' || (resolved.format === 'auto' && looksLikeHtml(input));
  if (html) {
    const page = htmlToText(input);
    const text = cleanInvisible(page.text);
    assertArabic(text);
    return parseText(text, resolved, page.meta);
  }
  const text = cleanInvisible(input);
  if (text.trim() === '') throw new ArticleParseError('empty-input', 'the input holds only invisible characters');
  if (resolved.format === 'markdown' || (resolved.format === 'auto' && looksLikeMarkdown(text))) {
    const page = markdownToText(text);
    assertArabic(page.text);
    return parseText(page.text, resolved, page.meta);
  }
  assertArabic(text);
  return parseText(text, resolved);
}

/**
 * Parses one raw scraped Arabic news article (plain text or HTML) into a validated Article.
 * Pure and synchronous. Throws only `ArticleParseError`.
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  try {
    return run(input, options);
  } catch (error) {
    if (error instanceof ArticleParseError) throw error;
    throw new ArticleParseError('internal-error', `unexpected failure (please report): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    // (the rules' gates keep the last lines they read, slices of this input)
    forgetShapes();
  }
}

export type SafeParseResult = { success: true; data: Article } | { success: false; error: ArticleParseError };

/** Like `parseArticle`, but returns the error instead of throwing it. */
export function safeParseArticle(input: string, options?: ParseOptions): SafeParseResult {
  try {
    return { success: true, data: parseArticle(input, options) };
  } catch (error) {
    return { success: false, error: error as ArticleParseError };
  }
}

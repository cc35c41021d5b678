import { headerLines } from '../classify/header.js';
import { parseBylineLine } from '../metadata/byline.js';
import { stripSiteSuffix } from '../metadata/headline.js';
import { isKnownOutlet } from '../metadata/known.js';
import { lineKey } from '../normalize/key.js';
import type { Byline } from '../schema.js';
import { findContentRoot, layoutText, leadBeside, outsideBlocks, type ContentText } from './content.js';
import type { Element } from 'hast';
import { readPageMeta, type PageMeta } from './meta.js';
import { parseHtml } from './tree.js';
import type { EmbeddedPost } from '../quotes/posts.js';

/** What the HTML path hands to the text pipeline. */
export interface PageText {
  /** Headline line, visible metadata lines and the body lines, one per line. */
  text: string;
  meta: {
    headline?: string;
    publishedAt?: string | null;
    byline?: Byline;
    boilerplate?: string[];
    /** Every line of the page in the order it shows them, to put what the text path drops back in that order. */
    order?: string[];
    /** The posts embedded in the body (X, Twitter): their words and the account that posted them. */
    posts?: EmbeddedPost[];
  };
}

const BRAND_WORDS = /\b(?:arabic|news|rt|sputnik|bbc|cnn|staff|editor|admin|team)\b/iu;

/** Authors from page metadata, without the site posing as one ("RT Arabic", "Sputnik"). */
function realAuthors(authors: readonly string[], siteNames: readonly string[]): string[] {
  const sites = siteNames.map((s) => lineKey(s));
  return authors.filter((a) => {
    const k = lineKey(a);
    if (k === '' || isKnownOutlet(k) || sites.some((s) => s !== '' && (k.includes(s) || s.includes(k)))) return false;
    return !(BRAND_WORDS.test(a) && !/\p{Script=Arabic}/u.test(a));
  });
}

/**
 * The page's authors read as a visible credit is when a field holds a whole one ("القاهرة: أحمد إمبابي", "بقلم:
 * سامر يوسف", "سامر يوسف - دبي"): the names alone, and the dateline beside them; a desk that names no one ("فريق
 * التحرير", "محرر الموقع") gives no author. A field of a name alone, which the credit reader leaves, is kept as is.
 */
export function metaByline(authors: readonly string[], siteNames: readonly string[]): Byline {
  const names: string[] = [];
  let dateline: string | null = null;
  for (const author of realAuthors(authors, siteNames)) {
    const credit = parseBylineLine(author);
    if (credit === null) {
      if (!names.includes(author)) names.push(author);
      continue;
    }
    for (const name of credit.authors) if (!names.includes(name)) names.push(name);
    dateline ??= credit.dateline;
  }
  return { authors: names, agency: null, dateline };
}

/** Shortest JSON-LD articleBody read in place of the visible body. */
const MIN_JSON_BODY_CHARS = 200;
/** The visible body is read when it holds this share of the JSON-LD body's characters at least. */
const JSON_BODY_SHARE = 0.5;

/** The body's parts laid out one after the other: their lines, and what each set aside. */
function layoutParts(parts: readonly Element[]): ContentText {
  const laid = parts.map((p) => layoutText(p));
  return { lines: laid.flatMap((l) => l.lines), dropped: laid.flatMap((l) => l.dropped), order: laid.flatMap((l) => l.order), posts: laid.flatMap((l) => l.posts) };
}

function textLength(lines: readonly string[]): number {
  let n = 0;
  for (const l of lines) n += l.length;
  return n;
}

/** A page with no body element at all whose JSON-LD holds the story: the headline and the articleBody's lines. */
function jsonLdOnly(meta: PageMeta, body: string, headline: string | undefined): PageText {
  return {
    text: [...(headline ? [headline] : []), '', body].join('\n'),
    meta: { ...(headline ? { headline } : {}), publishedAt: meta.published, byline: metaByline(meta.authors, meta.siteNames) },
  };
}

/** Turns an article page into text lines for the text pipeline, with the page's own metadata. */
export function htmlToText(html: string): PageText {
  const tree = parseHtml(html);
  const meta = readPageMeta(tree);
  const headline = meta.titles[0] ? stripSiteSuffix(meta.titles[0], meta.siteNames, meta.headings) : undefined;
  const { root, parts, leads } = findContentRoot(tree, headline);
  if (root === null) return meta.body === null ? { text: '', meta: {} } : jsonLdOnly(meta, meta.body, headline);
  const laid = layoutParts(parts);
  // ("<div id="__next">جار التحميل...</div>" and the story in JSON-LD alone: a page whose visible body is far shorter
  // than its articleBody takes the articleBody, the visible lines set aside with what was dropped)
  const fromJsonLd = meta.body !== null && meta.body.length >= MIN_JSON_BODY_CHARS && textLength(laid.lines) < JSON_BODY_SHARE * meta.body.length;
  const lines = fromJsonLd ? meta.body!.split('\n') : laid.lines;
  const dropped = fromJsonLd ? [...laid.lines, ...laid.dropped] : laid.dropped;
  const { before, after } = outsideBlocks(tree, parts);
  const lead = leadBeside(leads, root);
  const leadLines = lead !== null && !lines.some((l) => l.includes(lead.slice(0, 40))) ? [lead] : [];
  // visible bylines and dates are read only just above the body, never from related-story cards below it
  const head = headerLines(before, headline);
  const byline = metaByline(meta.authors, meta.siteNames);
  // (in page order: what stands above the body, what was dropped inside it, what stands below)
  const kept = (b: string): boolean => !head.includes(b) && b !== lead;
  const boilerplate = [...before.filter(kept), ...dropped, ...after.filter(kept)];
  const order = [...before, ...leadLines, ...laid.order, ...(fromJsonLd ? lines : []), ...after];
  return {
    text: [...head, '', ...leadLines, ...lines].join('\n'),
    meta: {
      ...(headline ? { headline } : {}),
      publishedAt: meta.published,
      byline,
      boilerplate,
      order,
      ...(fromJsonLd || laid.posts.length === 0 ? {} : { posts: laid.posts }),
    },
  };
}

import { decodeHTML } from 'entities';
import { headerLines } from '../classify/header.js';
import { isoDate } from '../html/meta.js';
import { metaByline, type PageText } from '../html/to-text.js';
import { isHeadlineLike, stripSiteSuffix } from '../metadata/headline.js';
import { HASH } from '../normalize/codes.js';
import { keyWords, lineKey } from '../normalize/key.js';

/**
 * Markdown, as scrapers and reader services write a page (Firecrawl, Jina Reader, html2text, turndown), to the lines the
 * text pipeline reads: the markup taken off (headings' #, list bullets, emphasis, links kept as their words, images
 * dropped), a paragraph wrapped over several lines joined again, and the page's furniture set aside as the HTML path
 * does: what stands above the story's heading is read for its byline and date lines only, and lines of nothing but
 * links under the body's start (menus, related stories, share bars) are dropped. Every line dropped is listed.
 */

/**
 * One block of the page: a heading, a paragraph (its wrapped lines joined), a list item or table row, a line of links,
 * or an image's words (its alt text, always dropped).
 */
interface Block {
  kind: 'heading' | 'text' | 'links' | 'image';
  /** A heading's level (1 for "#"), 0 for other blocks. */
  level: number;
  text: string;
}

/** An ATX heading: "# العنوان", "## عنوان فرعي ##". */
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/u;
/** A setext heading's underline: "=====" (level 1) or "-----" (level 2) under its line. */
const SETEXT_ONE = /^ {0,3}=+[ \t]*$/u;
const SETEXT_TWO = /^ {0,3}-+[ \t]*$/u;
/** A thematic break: "***", "- - -", "___". */
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/u;
/** A code fence's opening or closing line. */
const FENCE = /^ {0,3}(?:```|~~~)/u;
/** What a table's separator row is made of: "|---|:---:|" (a bar and a dash in it too). */
const TABLE_RULE = /^[ \t|:-]+$/u;
/** A link reference definition: "[1]: https://…". */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/u;
/** The markers a block quote line opens with ("> ", "> > "). */
const QUOTE_MARKERS = /^(?: {0,3}>[ \t]?)+/u;
/** A list item's marker: "* ", "- ", "+ ", "• ", "1. ", "2) " (nested items indented). */
const LIST_MARKER = /^[ \t]{0,12}(?:[*+\-•]|\d{1,9}[.)])[ \t]+/u;

/** An image: "![alt](src "title")". */
const IMAGE = /!\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+"[^"\n]*")?\)/gu;
/** A link: "[words](href "title")", its href holding balanced parentheses once. */
const LINK = /\[([^[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+"[^"\n]*")?\)/gu;
/** A reference link: "[words][ref]". */
const REFERENCE_LINK = /\[([^[\]\n]+)\]\[[^[\]\n]*\]/gu;
/** An autolink: "<https://…>". */
const AUTOLINK = /<((?:https?|mailto):[^<>\s]+)>/gu;
/** An inline HTML tag left in the Markdown: "<br>", "<span class=…>". */
const HTML_TAG = /<\/?[a-zA-Z][^<>\n]*>/gu;
/** Inline code: "`…`". */
const CODE = /`([^`\n]+)`/gu;
/** Emphasis with asterisks: a run of one to three that touches a word on one side (never an escaped one). */
const STAR_EMPHASIS = /(?<!\\)\*{1,3}(?=[^\s*])|(?<=[^\s*\\])\*{1,3}/gu;
/** Emphasis with underscores, only at a word's edge: "#مارلين_مونرو" and "snake_case" keep theirs. */
const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}_\\])_{1,3}(?=[^\s_])|(?<=[^\s_\\])_{1,3}(?![\p{L}\p{N}_])/gu;
/** A backslash escape of ASCII punctuation. */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Jina Reader's header over the Markdown: "Title: …", "URL Source: …", "Published Time: …", "Markdown Content:". */
const READER_CONTENT = /^Markdown Content:[ \t]*$/u;
/** A field of a header: "Title: …", "author: …", "date: 2024-03-18". */
const HEADER_FIELD = /^([A-Za-z][\w -]{0,30}):(.*)$/u;
/** Most lines of a YAML front matter block read (trafilatura's, a static site's). */
const MAX_FRONT_MATTER_LINES = 60;
/** A front matter block's fences: "---" opens it on the first line, "---" or "..." closes it. */
const FRONT_MATTER_FENCE = /^---[ \t]*$/u;
const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/u;
/** Header fields, lower-cased, that name the story's title, its writers, its date and the site. */
const TITLE_FIELDS = ['title', 'headline'];
const AUTHOR_FIELDS = ['author', 'authors', 'byline'];
const DATE_FIELDS = ['published time', 'date', 'published', 'date_published', 'datepublished', 'pubdate'];
const SITE_FIELDS = ['sitename', 'site_name', 'site'];

/** A page's header over its Markdown (Jina Reader's, or YAML front matter): its fields, its lines, and the rest. */
interface Header {
  fields: ReadonlyMap<string, string>;
  lines: string[];
  body: string;
}

/** Reads Jina Reader's header or a YAML front matter block at the start of the Markdown; none leaves it whole. */
function readHeader(markdown: string): Header {
  const none: Header = { fields: new Map(), lines: [], body: markdown };
  const lines = markdown.split(/\r\n?|\n/u, MAX_FRONT_MATTER_LINES + 2);
  // (Jina Reader's: fields down to "Markdown Content:", on the first lines)
  const content = lines.findIndex((l) => READER_CONTENT.test(l));
  if (content > 0 && lines.slice(0, content).every(headerLine)) return header(lines.slice(0, content + 1), afterLines(markdown, content + 1));
  if (!FRONT_MATTER_FENCE.test(lines[0] ?? '')) return none;
  const end = lines.findIndex((l, k) => k > 0 && FRONT_MATTER_END.test(l));
  if (end < 0 || !lines.slice(1, end).every(headerLine)) return none;
  return header(lines.slice(0, end + 1), afterLines(markdown, end + 1));
}

/** The text after its first `count` lines. */
function afterLines(text: string, count: number): string {
  let offset = 0;
  for (let k = 0; k < count; k++) offset = text.indexOf('\n', offset) + 1 || text.length;
  return text.slice(offset);
}

/** A header's line: a field, a YAML list's indented item, or a blank line. */
function headerLine(line: string): boolean {
  return line.trim() === '' || HEADER_FIELD.test(line) || /^[ \t]+\S/u.test(line);
}

/** A header's fields (names lower-cased, values unquoted, lists joined by "، ") and its lines, fences included. */
function header(lines: readonly string[], body: string): Header {
  const fields = new Map<string, string>();
  for (const line of lines) {
    const m = HEADER_FIELD.exec(line);
    if (m !== null && !fields.has(m[1]!.toLowerCase())) fields.set(m[1]!.toLowerCase(), unquote(m[2]!));
  }
  return { fields, lines: lines.map((l) => l.trim()).filter((l) => l !== ''), body };
}

/** A field's value without its YAML quotes or list brackets: "['اقتصاد']" → "اقتصاد", "\"a\", \"b\"" → "a، b". */
function unquote(value: string): string {
  const inner = value.trim().replace(/^\[|\]$/gu, '');
  return inner
    .split(/,(?=\s*['"])/u)
    .map((v) => v.trim().replace(/^(['"])(.*)\1$/u, '$2').trim())
    .filter((v) => v !== '')
    .join('، ');
}

/** The first of some fields a header holds, or undefined. */
function field(fields: ReadonlyMap<string, string>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = fields.get(name);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** Words a paragraph has at least to start the body: under it, lines of links alone are the page's furniture. */
const MIN_BODY_WORDS = 12;

/** A line's words with its inline markup taken off, and the words of any images it shows (dropped, listed). */
function inlineText(line: string, images: string[]): { text: string; onlyLinks: boolean } {
  let s = line.includes('](') ? line.replace(IMAGE, (_, alt: string) => (images.push(alt.trim()), '')) : line;
  if (!s.includes('[')) return { text: tidy(s), onlyLinks: false };
  // (split on a pattern with one group: the words outside the links at even places, each link's words at odd ones)
  const pieces = s.split(LINK).flatMap((p, k) => (k % 2 === 1 ? [p] : p.split(REFERENCE_LINK)));
  s = pieces.join('');
  const outside = pieces.filter((_, k) => k % 2 === 0).join(' ');
  // (a line of links and separators alone: "[الرئيسية](/) | [سياسة](/politics)")
  return { text: tidy(s), onlyLinks: pieces.length > 1 && !LETTER_OR_DIGIT.test(outside.replace(AUTOLINK, '')) };
}

/** Takes off code marks, inline tags, emphasis and escapes, decodes entities, and tidies the spaces. */
function tidy(s: string): string {
  let t = s;
  if (t.includes('<')) t = t.replace(AUTOLINK, '$1').replace(HTML_TAG, ' ');
  if (t.includes('`')) t = t.replace(CODE, '$1');
  if (t.includes('*')) t = t.replace(STAR_EMPHASIS, '');
  if (t.includes('_')) t = t.replace(UNDERSCORE_EMPHASIS, '');
  if (t.includes('\\')) t = t.replace(ESCAPE, '$1');
  if (t.includes('&')) t = decodeHTML(t);
  return t.replace(/\s+/gu, ' ').trim();
}

/** A heading's words without the closing hashes it may carry ("## عنوان ##"). */
function withoutClosingHashes(heading: string): string {
  const t = heading.trimEnd();
  let e = t.length;
  while (e > 0 && t.charCodeAt(e - 1) === HASH) e--;
  return e < t.length && (e === 0 || t[e - 1] === ' ' || t[e - 1] === '\t') ? t.slice(0, e).trimEnd() : t;
}

/** A table's separator row: "|---|:---:|". */
function tableRule(line: string): boolean {
  return line.includes('|') && line.includes('-') && TABLE_RULE.test(line);
}

/** A hard line break at a line's end: two spaces, or a backslash. */
function hardBreak(line: string): boolean {
  return line.endsWith('  ') || line.endsWith('\\');
}

/** The page's blocks in order, each image's words after the line that shows it. */
function readBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const images: string[] = [];
  // the paragraph being read (its lines' words, joined when it closes, as Markdown reads a paragraph wrapped over
  // lines), and whether the next line joins it (no hard break)
  const open: { block: Block | null; parts: string[]; joinable: boolean } = { block: null, parts: [], joinable: false };
  let fenced = false;
  const close = (): void => {
    if (open.block !== null) open.block.text = open.parts.join(' ');
    open.block = null;
    open.parts = [];
    open.joinable = false;
  };
  const push = (block: Block): void => {
    close();
    if (block.text !== '') blocks.push(block);
  };
  for (const raw of lines) {
    // (the images the line before showed, after its block: "![الوزير](…)" alone, or in a line of words)
    for (const alt of images.splice(0)) if (alt !== '') blocks.push({ kind: 'image', level: 0, text: alt });
    if (FENCE.test(raw)) {
      fenced = !fenced;
      close();
      continue;
    }
    if (fenced) {
      push({ kind: 'text', level: 0, text: raw.trim() });
      continue;
    }
    const line = raw.replace(QUOTE_MARKERS, '');
    if (line.trim() === '') {
      close();
      continue;
    }
    // (a setext underline makes the paragraph over it a heading)
    if (open.block !== null && (SETEXT_ONE.test(line) || SETEXT_TWO.test(line))) {
      open.block.kind = 'heading';
      open.block.level = SETEXT_ONE.test(line) ? 1 : 2;
      close();
      continue;
    }
    if (THEMATIC_BREAK.test(line) || tableRule(line) || REFERENCE_DEFINITION.test(line)) {
      close();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading !== null) {
      const { text } = inlineText(withoutClosingHashes(heading[2] ?? ''), images);
      push({ kind: 'heading', level: heading[1]!.length, text });
      continue;
    }
    const marker = LIST_MARKER.exec(line);
    // (a table's row: its cells parted by a bar)
    const row = line.trimStart().startsWith('|') ? line.trim().replace(/^\||\|$/gu, '').split('|').map((c) => c.trim()).join(' | ') : null;
    const { text, onlyLinks } = inlineText(marker !== null ? line.slice(marker[0].length) : row ?? line, images);
    if (onlyLinks) {
      push({ kind: 'links', level: 0, text });
      continue;
    }
    if (marker === null && row === null && open.block !== null && open.joinable) {
      if (text !== '') open.parts.push(text);
    } else {
      push({ kind: 'text', level: 0, text });
      // (a list item or a table row is a line of its own)
      if (marker !== null || row !== null || text === '') continue;
      open.block = blocks.at(-1)!;
      open.parts = [text];
    }
    open.joinable = !hardBreak(raw);
  }
  close();
  for (const alt of images) if (alt !== '') blocks.push({ kind: 'image', level: 0, text: alt });
  return blocks;
}

/** Whether a block is a paragraph long enough to open the body. */
function opensBody(b: Block): boolean {
  return b.kind === 'text' && keyWords(lineKey(b.text)) >= MIN_BODY_WORDS;
}

/**
 * The story's heading: the last level-1 heading that reads as a headline over the body's first paragraph (a logo's
 * "# الصباح نيوز" stands over it), else the first such heading anywhere, else the last level-2 one over the body.
 */
function storyHeading(blocks: readonly Block[]): number {
  const body = blocks.findIndex(opensBody);
  const over = body < 0 ? blocks.length : body;
  const headline = (b: Block, level: number): boolean => b.kind === 'heading' && b.level === level && isHeadlineLike(b.text);
  const first = blocks.slice(0, over).findLastIndex((b) => headline(b, 1));
  if (first >= 0) return first;
  const anywhere = blocks.findIndex((b) => headline(b, 1));
  return anywhere >= 0 ? anywhere : blocks.slice(0, over).findLastIndex((b) => headline(b, 2));
}

/** Turns a Markdown page into text lines for the text pipeline, with the headline and what was dropped. */
export function markdownToText(markdown: string): PageText {
  const { fields, lines: headerText, body } = readHeader(markdown);
  const blocks = readBlocks(body.split(/\r\n?|\n/u));
  const at = storyHeading(blocks);
  const title = field(fields, TITLE_FIELDS);
  const site = field(fields, SITE_FIELDS);
  // (the header's title is the page's: Jina Reader's is the <title>, the site's name beside it taken off)
  const headline = at >= 0 ? blocks[at]!.text : title !== undefined ? stripSiteSuffix(title, site === undefined ? [] : [site]) : undefined;
  const publishedAt = isoDate(field(fields, DATE_FIELDS) ?? null);
  const writers = field(fields, AUTHOR_FIELDS);
  const byline = writers === undefined ? null : metaByline(writers.split('، '), site === undefined ? [] : [site]);
  const above = at >= 0 ? blocks.slice(0, at + 1).filter((b) => b.kind !== 'image').map((b) => b.text) : [];
  const below = at >= 0 ? blocks.slice(at + 1) : blocks;
  // under the body's start, a line of links alone is a menu, a list of related stories or a share bar
  const start = below.findIndex(opensBody);
  const dropped: string[] = [];
  const lines: string[] = [];
  below.forEach((b, k) => (b.kind === 'image' || (b.kind === 'links' && start >= 0 && k > start) ? dropped : lines).push(b.text));
  const head = headline === undefined ? [] : headerLines(above, headline);
  const images = at >= 0 ? blocks.slice(0, at).filter((b) => b.kind === 'image').map((b) => b.text) : [];
  const boilerplate = [...headerText, ...above.filter((b) => !head.includes(b)), ...images, ...dropped];
  return {
    text: [...head, ...(head.length > 0 ? [''] : []), ...lines].join('\n'),
    meta: {
      ...(headline ? { headline } : {}),
      ...(publishedAt !== null ? { publishedAt } : {}),
      ...(byline !== null && (byline.authors.length > 0 || byline.dateline !== null) ? { byline } : {}),
      boilerplate,
      order: [...headerText, ...blocks.map((b) => b.text)],
    },
  };
}

/** Markdown's marks in the first characters of an input: a heading line, a link or an image, Jina Reader's header. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/mu;
const MARKDOWN_LINK = /\]\((?:https?:|\/|#|mailto:)/gu;
const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\(/u;
/** How much of an input is sniffed for Markdown. */
const SNIFF_CHARS = 20_000;

/** A blank line: Markdown writers part every block from the next so. */
const BLANK_LINE = /\n[ \t]*\r?\n/u;

/**
 * Whether a text input is Markdown: Jina Reader's header or YAML front matter, an image, a heading line beside a link,
 * or two links, in a text whose blocks are parted by blank lines. A plain scrape shows none of these marks; and one whose paragraphs are a
 * line each with no blank line between is never read as Markdown, which would join its lines into one paragraph.
 */
export function looksLikeMarkdown(input: string): boolean {
  const head = input.length > SNIFF_CHARS ? input.slice(0, SNIFF_CHARS) : input;
  if (!BLANK_LINE.test(head)) return false;
  if (MARKDOWN_IMAGE.test(head) || readHeader(head).lines.length > 0) return true;
  const links = head.match(MARKDOWN_LINK)?.length ?? 0;
  return links >= 2 || (links === 1 && MARKDOWN_HEADING.test(head));
}

import { decodeHTML } from 'entities';
import type { Element, Root } from 'hast';
import { keyWords, lineKey } from '../normalize/key.js';
import { stripSiteSuffix } from '../metadata/headline.js';
import { attr, classAndId, eachElement, textOf } from './tree.js';

/** What the page says about itself, before any visible text is read. */
export interface PageMeta {
  headline: string | null;
  /** Candidates for the page title, best first (JSON-LD, og:title, h1, title). */
  titles: string[];
  published: string | null;
  modified: string | null;
  authors: string[];
  siteNames: string[];
  /** The article's text as JSON-LD gives it (articleBody), one paragraph per line; null when absent. */
  body: string | null;
  /** The first headings the page prints (h1–h3), to tell a title from the site's name beside it in <title>. */
  headings: string[];
}

/** Most headings kept. */
const MAX_HEADINGS = 10;

const ARTICLE_TYPES = /^(?:News)?Article$|^(?:Report|Blog|Analysis|Opinion|Review)?NewsArticle$|^BlogPosting$|^ReportageNewsArticle$/u;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/u;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function asArray(v: Json | undefined): Json[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** One line of text: whitespace runs (line breaks too) as single spaces, trimmed. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A JSON-LD string as text: the script is not HTML-decoded, and many sites escape its strings ("&quot;…&quot;"). */
function jsonText(value: string): string {
  return oneLine(decodeHTML(value));
}

/** Where a JSON-LD body written as HTML ends a paragraph: a closing block tag or a line break. */
const BODY_BREAK = /<\/(?:p|div|h[1-6]|li|blockquote)>|<br\s*\/?>/giu;
const ANY_TAG = /<[^<>]*>/gu;

/**
 * A JSON-LD articleBody as paragraphs, one per line: plain text keeps its line breaks; a body written as HTML
 * ("<p>…</p>") breaks at its block ends and loses its tags. Entities are decoded, blank lines dropped.
 */
function jsonParagraphs(value: string): string | null {
  const text = value.includes('<') ? value.replace(BODY_BREAK, '\n').replace(ANY_TAG, '') : value;
  const lines = decodeHTML(text).split(/\r?\n/u).map(oneLine).filter((l) => l !== '');
  return lines.length === 0 ? null : lines.join('\n');
}

function names(v: Json | undefined): string[] {
  return asArray(v).flatMap((x) => (typeof x === 'string' ? [jsonText(x)] : x && typeof x === 'object' && !Array.isArray(x) && typeof x.name === 'string' ? [jsonText(x.name)] : []));
}

/** JSON-LD types of an author that is a body, not a person. */
const ORGANISATION_TYPES = /Organization$|^NewsMedia/u;

function isOrganisation(x: Json): boolean {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && asArray(x['@type']).some((t) => typeof t === 'string' && ORGANISATION_TYPES.test(t));
}

/** The authors of a JSON-LD article that are people (or plain names). */
function personAuthors(v: Json | undefined): Json[] {
  return asArray(v).filter((x) => !isOrganisation(x));
}

/** The authors of a JSON-LD article that are organisations. */
function organisationAuthors(v: Json | undefined): Json[] {
  return asArray(v).filter(isOrganisation);
}

/** A zone of "Z" printed as the offset the text path prints for GMT. */
const UTC_OFFSET = '+00:00';

/** Normalises an ISO date-time to what Article.publishedAt holds: date, or date-time with its offset ("Z" as "+00:00"). */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  if (!m[2]) return m[1]!;
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? UTC_OFFSET : m[3].includes(':') ? m[3] : `${m[3].slice(0, 3)}:${m[3].slice(3)}`;
  return `${m[1]}T${m[2]}${zone}`;
}

function jsonLdObjects(text: string): Array<Record<string, Json>> {
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch {
    return [];
  }
  const out: Array<Record<string, Json>> = [];
  const queue: Json[] = [data];
  while (queue.length > 0 && out.length < 50) {
    const item = queue.shift()!;
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      out.push(item);
      if (item['@graph']) queue.push(item['@graph']);
    }
  }
  return out;
}

function isArticle(o: Record<string, Json>): boolean {
  return asArray(o['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** Writers and the publication time that microdata and microformats mark on visible elements. */
interface Markup {
  authors: string[];
  published: string | null;
}

/** Most words of a writer's name read from a marked element's text. */
const MAX_MARKED_NAME_WORDS = 6;

/** The element's text when it is short enough to be a name, else null. */
function shortName(el: Element): string | null {
  const text = oneLine(textOf(el));
  return text !== '' && text.split(' ').length <= MAX_MARKED_NAME_WORDS ? text : null;
}

/** The first descendant (or the element itself) that passes a test. */
function firstWithin(el: Element, test: (e: Element) => boolean): Element | null {
  let found: Element | null = null;
  eachElement(el, (e) => {
    if (found !== null) return false;
    if (test(e)) found = e;
    return found === null;
  });
  return found;
}

/** The words of a class or itemprop attribute. */
function words(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/u) : [];
}

/**
 * Schema.org microdata (`itemprop="author"` with its `itemprop="name"`, `itemprop="datePublished"`) and the hAtom
 * microformat of blog platforms (`<span class="author vcard">… <span class="fn">name</span>`, `<abbr
 * class="published" title="…">`): gathered into `markup`. Returns whether to read the element's children.
 */
function readMarkup(el: Element, markup: Markup): boolean {
  const props = el.properties.itemProp;
  if (props !== undefined) {
    const list = words(props);
    if (list.includes('author')) {
      const named = firstWithin(el, (e) => words(e.properties.itemProp).includes('name'));
      const name = named !== null ? shortName(named) : firstWithin(el, (e) => e !== el && e.properties.itemProp !== undefined) === null ? shortName(el) : null;
      if (name !== null && !markup.authors.includes(name)) markup.authors.push(name);
      return false;
    }
    if (list.includes('datePublished')) markup.published ??= attr(el, 'content') ?? attr(el, 'dateTime');
  }
  const classes = el.properties.className;
  if (Array.isArray(classes)) {
    if (classes.includes('vcard') && classes.some((c) => String(c).includes('author'))) {
      const fn = firstWithin(el, (e) => words(e.properties.className).includes('fn'));
      const name = fn !== null ? shortName(fn) : null;
      if (name !== null && !markup.authors.includes(name)) markup.authors.push(name);
      return false;
    }
    if (classes.includes('published') || classes.includes('dt-published')) markup.published ??= attr(el, 'title') ?? attr(el, 'dateTime');
  }
  return true;
}

/** A logo's or a site name's class or id: "logo", "site-logo", "navbar-brand", "site-title", "site_name", "masthead". */
const LOGO_MARK = /logo|brand|site[-_]?(?:title|name)|masthead/u;

/** Whether a heading is the site's logo: it, or an element inside it (the link, the image), is marked as one. */
function logoHeading(heading: Element): boolean {
  let logo = false;
  eachElement(heading, (el) => {
    logo ||= LOGO_MARK.test(classAndId(el));
    return !logo;
  });
  return logo;
}

/** Fewest words of a heading that is the story's, beside a label of `MAX_LABEL_WORDS` in the title ("مباشر | …"). */
const MIN_STORY_HEADING_WORDS = 4;
/** Most words of a label beside the story's heading in the title: "مباشر", "فيديو", "صور", "عاجل". */
const MAX_LABEL_WORDS = 2;

/**
 * Whether a heading is the site's part of the page's title, the story's part being the rest ("… | صحيفة النهار").
 * A heading of a headline's length beside a label of a word or two is the story's ("<title>مباشر | تطورات العدوان على
 * غزة لحظة بلحظة</title>" over that <h1>: a live page's label, never the story).
 */
function siteNameOfTitle(heading: string, title: string): boolean {
  const rest = stripSiteSuffix(oneLine(title), [oneLine(heading)]);
  if (rest === oneLine(title) || lineKey(rest) === lineKey(heading)) return false;
  return !(keyWords(lineKey(rest)) <= MAX_LABEL_WORDS && keyWords(lineKey(heading)) >= MIN_STORY_HEADING_WORDS);
}

/** Reads JSON-LD, Open Graph and article meta tags, rel=author, microdata and hAtom marks, <time datetime>, <h1> and <title>. */
export function readPageMeta(tree: Root): PageMeta {
  const meta: PageMeta = { headline: null, titles: [], published: null, modified: null, authors: [], siteNames: [], body: null, headings: [] };
  const tags = new Map<string, string>();
  let h1: string | null = null;
  const logos: string[] = [];
  let title: string | null = null;
  let time: string | null = null;
  const relAuthors: string[] = [];
  const markup: Markup = { authors: [], published: null };
  eachElement(tree, (el: Element) => {
    switch (el.tagName) {
      case 'meta': {
        const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemProp') ?? '').toLowerCase();
        const content = attr(el, 'content');
        if (key && content && !tags.has(key)) tags.set(key, content.trim());
        return false;
      }
      case 'script':
        if ((attr(el, 'type') ?? '').includes('ld+json')) {
          for (const o of jsonLdObjects(textOf(el))) {
            if (isArticle(o)) {
              if (typeof o.headline === 'string') meta.headline ??= jsonText(o.headline);
              if (typeof o.articleBody === 'string') meta.body ??= jsonParagraphs(o.articleBody);
              if (typeof o.datePublished === 'string') meta.published ??= isoDate(o.datePublished);
              if (typeof o.dateModified === 'string') meta.modified ??= isoDate(o.dateModified);
              // (an author of type Organization is the outlet, no writer: "author": {"@type": "Organization", "name": "رؤيا"})
              for (const n of names(personAuthors(o.author))) if (!meta.authors.includes(n)) meta.authors.push(n);
              meta.siteNames.push(...names(organisationAuthors(o.author)));
              meta.siteNames.push(...names(o.publisher));
            } else if (asArray(o['@type']).includes('WebSite') || asArray(o['@type']).includes('Organization')) {
              meta.siteNames.push(...names(o));
            }
          }
        }
        return false;
      case 'style':
      case 'noscript':
      case 'template':
        return false;
      case 'title':
        title ??= textOf(el);
        return false;
      case 'h1':
      case 'h2':
      case 'h3': {
        const text = textOf(el);
        // (a logo's heading, "<h1 class="logo"><a href="/">صحيفة النهار</a></h1>", names the site, never the story)
        if (el.tagName === 'h1' && text !== '' && logoHeading(el)) {
          logos.push(text);
          return false;
        }
        if (el.tagName === 'h1') h1 ??= text;
        if (text !== '' && meta.headings.length < MAX_HEADINGS) meta.headings.push(text);
        return false;
      }
      case 'time':
        time ??= attr(el, 'dateTime');
        return true;
      case 'a':
      case 'link':
        if ((attr(el, 'rel') ?? '').split(' ').includes('author')) {
          const name = textOf(el);
          if (name) relAuthors.push(name);
        }
        return true;
      default:
        return readMarkup(el, markup);
    }
  });
  meta.published ??= isoDate(tags.get('article:published_time') ?? tags.get('datepublished') ?? tags.get('pubdate') ?? tags.get('publish-date') ?? tags.get('date') ?? null);
  meta.modified ??= isoDate(tags.get('article:modified_time') ?? tags.get('datemodified') ?? null);
  meta.published ??= isoDate(markup.published);
  meta.published ??= isoDate(time);
  for (const a of [...relAuthors, ...markup.authors]) if (!meta.authors.includes(a)) meta.authors.push(a);
  const metaAuthor = tags.get('author') ?? tags.get('article:author');
  if (metaAuthor && !/^https?:/u.test(metaAuthor) && meta.authors.length === 0) meta.authors.push(metaAuthor);
  const site = tags.get('og:site_name');
  if (site) meta.siteNames.push(site);
  // ("<title>عنوان الخبر | صحيفة النهار</title>" over "<h1><a href="/">صحيفة النهار</a></h1>": a first h1 that is the
  // site's part of the title is the logo's)
  if (h1 !== null && title !== null && siteNameOfTitle(h1, title)) {
    logos.push(h1);
    h1 = null;
  }
  for (const logo of logos) if (!meta.siteNames.includes(logo)) meta.siteNames.push(logo);
  // (a title that is the logo's name alone names no story)
  if (title !== null && logos.some((l) => oneLine(l) === oneLine(title!))) title = null;
  meta.titles = [meta.headline, tags.get('og:title') ?? null, tags.get('twitter:title') ?? null, h1, title].filter((t): t is string => !!t && t.trim() !== '').map(oneLine);
  return meta;
}

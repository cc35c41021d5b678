/**
 * The lines a page (HTML or Markdown) prints above its body that the text pipeline reads: the headline, and the byline,
 * date and read-time lines around it. Everything else above the body is the page's furniture.
 */
import { classifyHeaderLine, classifyLine } from './line.js';
import { bareAuthors } from '../metadata/byline.js';
import { lineKey } from '../normalize/key.js';
import type { Byline } from '../schema.js';

const MAX_META_LINE_WORDS = 16;
/** Most blocks just above the body read for its byline and date: never related-story cards further up the page. */
const MAX_HEADER_BLOCKS = 40;

/** A dash, bar or slash with a space on one side at least, parting two pieces of a credit. */
const CREDIT_PARTS = /\S\s?[-–—|/]\s\S|\S\s[-–—|/]\s?\S/u;

/**
 * A credit above the body worth keeping: one with a name, or an agency beside a dateline or parted from a second
 * credit ("عربي21- وكالات"); a lone agency word outside the article is a menu link ("العربية"), not a byline.
 */
function keptCredit(credit: Byline, line: string): boolean {
  return credit.authors.length > 0 || (credit.agency !== null && (credit.dateline !== null || CREDIT_PARTS.test(line)));
}

/** Visible byline and date lines near the article (outside the body element), kept as text lines. */
function metadataLines(blocks: readonly string[]): string[] {
  const infos = blocks.map((b) => (b.split(' ').length > MAX_META_LINE_WORDS ? null : classifyHeaderLine({ text: b, afterBlank: false, ticker: false }, keptCredit).info));
  return blocks.filter((b, k) => {
    const info = infos[k];
    if (info == null) return false;
    if (info.kind === 'byline') return keptCredit(info.byline, b);
    if (info.kind === 'date' || info.kind === 'read-time') return true;
    // "يوسف بن عمر" beside "الجمعة 14 نونبر 2026 - 09:15" in an author's box: a writer's name alone, right by the date
    // (classified again in full: the header's reading leaves chrome that reads as no credit as text)
    return info.kind === 'text' && (infos[k - 1]?.kind === 'date' || infos[k + 1]?.kind === 'date') && bareAuthors(b) !== null && classifyLine({ text: b, afterBlank: false, ticker: false }).info.kind === 'text';
  });
}

/**
 * The headline and the metadata lines of the blocks just above the body, in page order around the headline: a top
 * bar's "الأحد 12 أكتوبر 2025" printed over the headline is a masthead's day, which the text pipeline weighs below the
 * story's own date under it. Only the last blocks above the body are read.
 */
export function headerLines(above: readonly string[], headline: string | undefined): string[] {
  const blocks = above.slice(-MAX_HEADER_BLOCKS);
  if (headline === undefined) return metadataLines(blocks);
  const key = lineKey(headline);
  const at = blocks.findLastIndex((b) => lineKey(b) === key);
  return at > 0 ? [...metadataLines(blocks.slice(0, at)), headline, ...metadataLines(blocks.slice(at + 1))] : [headline, ...metadataLines(blocks)];
}

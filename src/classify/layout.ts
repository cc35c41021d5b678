import type { DateFound } from '../metadata/date.js';
import { isHeadlineLike } from '../metadata/headline.js';
import type { Byline } from '../schema.js';
import type { ClassifiedLine } from './line.js';

/** The article's parts as laid out in the text, before quotes. */
export interface Layout {
  headline: string;
  paragraphs: string[];
  boilerplate: string[];
  dates: DateFound[];
  bylines: Byline[];
  statedMinutes: number | null;
  /** How many boilerplate entries precede the first body paragraph (where a lead prefix belongs). */
  boilerplateBeforeBody: number;
}

const SENTENCE_END = /[.!؟?…:]["»”']?\)?$/u;
/** Related-story titles often end in a question mark; a body paragraph ends in a full stop or colon. */
const PARAGRAPH_END = /[.…:]["»”']?\)?$/u;
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WITH_STOP = 6;
const MAX_RELATED_ITEM_WORDS = 22;
const MAX_RELATED_ITEMS = 12;

/** A line that reads as a body paragraph rather than a link to another story. */
function isBodyLike(line: ClassifiedLine): boolean {
  return PARAGRAPH_END.test(line.text) || line.words > MAX_RELATED_ITEM_WORDS;
}

function headlineIndex(lines: readonly ClassifiedLine[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.info.kind !== 'text') continue;
    // Breadcrumbs and section names are too short to be the headline.
    if (line.words < MIN_HEADLINE_WORDS) continue;
    // A sentence (a full stop at the end) or a paragraph-long first text line means the scrape carries no headline.
    if (!isHeadlineLike(line.text) || (line.words > MAX_HEADLINE_WITH_STOP && /(?<!\.)\.["»”']?$/u.test(line.text))) return -1;
    return i;
  }
  return -1;
}

/** Splits classified lines into headline, body paragraphs and boilerplate, collecting metadata lines. */
export function layoutLines(lines: readonly ClassifiedLine[]): Layout {
  const out: Layout = { headline: '', paragraphs: [], boilerplate: [], dates: [], bylines: [], statedMinutes: null, boilerplateBeforeBody: 0 };
  const head = headlineIndex(lines);
  let bodyStarted = false;
  let related = 0;
  lines.forEach((line, i) => {
    const info = line.info;
    if (i === head) {
      out.headline = line.text;
      return;
    }
    switch (info.kind) {
      case 'read-time':
        out.statedMinutes ??= info.minutes;
        out.boilerplate.push(line.text);
        return;
      case 'date':
        out.dates.push(info.date);
        if (info.byline) out.bylines.push(info.byline);
        out.boilerplate.push(line.text);
        return;
      case 'byline':
        out.bylines.push(info.byline);
        out.boilerplate.push(line.text);
        return;
      case 'related':
        related = MAX_RELATED_ITEMS;
        out.boilerplate.push(line.text);
        return;
      case 'chrome':
        out.boilerplate.push(line.text);
        return;
      case 'text':
        break;
    }
    if (related > 0 && !isBodyLike(line)) {
      related--;
      out.boilerplate.push(line.text);
      return;
    }
    related = 0;
    if (i < head || (!bodyStarted && line.words < MIN_HEADLINE_WORDS + 1 && !SENTENCE_END.test(line.text))) {
      out.boilerplate.push(line.text);
      return;
    }
    if (!bodyStarted) out.boilerplateBeforeBody = out.boilerplate.length;
    bodyStarted = true;
    out.paragraphs.push(line.text);
  });
  return out;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Hand-written expectations for the articles in fixtures/text (written by reading the article, not the output). */
interface Expected {
  headline: string;
  byline: { authors: string[]; agency: string | null; dateline: string | null };
  publishedAt: string | null;
  readTime: { minutes: number; source: 'stated' | 'estimated' };
  paragraphCount: number;
  firstParagraph: string;
  lastParagraph: string;
  boilerplate: string[];
  quotes: Array<{ text: string; kind: string; speaker: string | null }>;
  indirect: Array<{ text: string; speaker: string }>;
  speakers: Array<{ name: string; role: string | null }>;
}

/** Checks one fixture's article against its hand-written expectations. */
function describeFixture(input: string, expected: Expected): void {
  const article = parseArticle(input);

  it('reads headline, byline, date and read time', () => {
    expect(article.headline).toBe(expected.headline);
    expect(article.byline).toEqual(expected.byline);
    expect(article.publishedAt).toBe(expected.publishedAt);
    expect(article.readTime).toEqual(expected.readTime);
  });

  it('keeps exactly the body paragraphs and lists every dropped line', () => {
    expect(article.paragraphs).toHaveLength(expected.paragraphCount);
    expect(article.paragraphs[0]).toBe(expected.firstParagraph);
    expect(article.paragraphs.at(-1)).toBe(expected.lastParagraph);
    expect(article.boilerplate).toEqual(expected.boilerplate);
  });

  it('finds the quotes with their speakers', () => {
    const direct = article.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker }));
    expect(direct).toEqual(expected.quotes);
    const indirect = article.quotes.filter((q) => q.kind === 'indirect').map((q) => ({ text: q.text, speaker: q.speaker }));
    expect(indirect).toEqual(expected.indirect);
  });

  it('lists one speaker per person with the role', () => {
    expect(article.speakers.map((s) => ({ name: s.name, role: s.role }))).toEqual(expected.speakers);
  });
}

/** A fixture folder's articles (by their extension), each beside its `.expected.json`. */
function fixtures(folder: string, extension: string): Array<[string, string, Expected]> {
  const dir = join(import.meta.dirname, '..', 'fixtures', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .map((f) => f.slice(0, -extension.length))
    .sort()
    .map((name) => [name, readFileSync(join(dir, `${name}${extension}`), 'utf8'), JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected]);
}

const texts = fixtures('text', '.txt');
const markdown = fixtures('markdown', '.md');

describe('hand-written fixtures in the style of real outlets', () => {
  it('has at least 12 of them', () => {
    expect(texts.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(texts)('%s', (_name, input, expected) => describeFixture(input, expected));
});

describe('hand-written Markdown pages, as scrapers and reader services write them (read as Markdown unasked)', () => {
  it('has at least 2 of them', () => {
    expect(markdown.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(markdown)('%s', (_name, input, expected) => describeFixture(input, expected));
});

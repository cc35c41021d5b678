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

const dir = join(import.meta.dirname, '..', 'fixtures', 'text');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

describe('hand-written fixtures in the style of real outlets', () => {
  it('has at least 12 of them', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(names)('%s', (name) => {
    const input = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
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
  });
});

/**
 * Page chrome changes nothing in an article: each article is parsed bare (headline and body), then wrapped in
 * every page style of ./page-styles.ts; the wrapped page must give the same headline, paragraphs and quotes,
 * drop every chrome line into `boilerplate`, and read the byline, date and read time the style prints.
 * Articles: the project's fixtures, and the real corpus articles of ../shared when present.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_STYLES, corpusArticles, differences, fixtureArticles, hasCorpus, corpusDir } from './page-styles.js';

if (!hasCorpus) console.warn(`SKIPPED: ../shared/corpus/text not found at ${corpusDir}; page styles ran over the fixtures only.`);

const names = Object.keys(PAGE_STYLES);

describe('page styles around the fixtures', () => {
  const articles = fixtureArticles();
  it.each(names)('%s changes nothing in the article and is read', (name) => {
    expect(differences(articles, name).join('\n')).toBe('');
  });
});

describe.skipIf(!hasCorpus)('page styles around the corpus articles (../shared)', () => {
  const articles = corpusArticles();
  it('has corpus articles with a title and a date', () => {
    expect(articles.length).toBeGreaterThan(50);
  });
  it.each(names)('%s changes nothing in the article and is read', (name) => {
    expect(differences(articles, name).join('\n')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ArticleParseError',
        'ArticleSchema',
        'BylineSchema',
        'ERROR_CODES',
        'ParseOptionsSchema',
        'QuoteKindSchema',
        'QuoteSchema',
        'ReadTimeSchema',
        'SpeakerSchema',
        'isArticleParseError',
        'parseArticle',
        'parseStream',
        'safeParseArticle',
      ].sort(),
    );
  });

  it('safeParseArticle returns the error instead of throwing', () => {
    const bad = api.safeParseArticle('   ');
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(api.ArticleParseError);
      expect(bad.error.code).toBe('empty-input');
    }
    const good = api.safeParseArticle('عنوان الخبر هنا اليوم\n\nقال الوزير إن الحكومة ستعمل على تحسين الخدمات العامة في جميع المحافظات خلال العام المقبل.');
    expect(good.success).toBe(true);
  });
});

describe('arabic-news-parser/schema.json', () => {
  it('is the JSON Schema of Article, generated at build time', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const path = new URL('../schema.json', import.meta.url);
    if (!existsSync(path)) {
      console.warn('SKIPPED: schema.json is written by `npm run build`, which has not run');
      return;
    }
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['headline', 'byline', 'publishedAt', 'readTime', 'paragraphs', 'quotes', 'speakers', 'boilerplate']));
    expect(schema.properties.quotes.items.properties.kind.enum).toEqual(['direct', 'partial', 'unmarked', 'indirect']);
  });
});

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

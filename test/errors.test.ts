import { describe, expect, it } from 'vitest';
import { ArticleParseError, ERROR_CODES, parseArticle } from '../src/index.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError);
    return (error as ArticleParseError).code;
  }
  throw new Error('expected an ArticleParseError');
}

const BODY = 'أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية لخدمة أكثر من مليون نسمة.';

describe('ArticleParseError codes', () => {
  it('documents a stable list of codes', () => {
    expect(ERROR_CODES).toContain('empty-input');
    expect(ERROR_CODES).toContain('not-arabic');
    expect(ERROR_CODES).toContain('no-body');
    expect(ERROR_CODES).toContain('input-too-large');
  });

  it.each([
    ['empty string', ''],
    ['whitespace only', ' \n\t \n'],
    ['invisible marks only', '\u200f\u200e\u200b\ufeff'],
  ])('rejects %s as empty-input', (_name, input) => {
    expect(codeOf(() => parseArticle(input))).toBe('empty-input');
  });

  it('rejects English text as not-arabic', () => {
    expect(codeOf(() => parseArticle('The minister said on Monday that the new hospital would open next year in the capital.'))).toBe('not-arabic');
  });

  it('rejects binary junk as not-arabic', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(codeOf(() => parseArticle(junk))).toBe('not-arabic');
  });

  it('rejects a page of chrome only as no-body', () => {
    const chrome = ['الرئيسية', 'العالم العربي', 'شارك', 'محتوى إعلاني', 'طباعة', 'جميع الحقوق محفوظة © 2024', 'اقرأ أيضا'].join('\n');
    expect(codeOf(() => parseArticle(chrome))).toBe('no-body');
  });

  it('rejects input over maxInputLength as input-too-large', () => {
    expect(codeOf(() => parseArticle(BODY.repeat(10), { maxInputLength: 100 }))).toBe('input-too-large');
  });

  it('rejects non-string input and bad options with a code, not a TypeError', () => {
    expect(codeOf(() => parseArticle(42 as unknown as string))).toBe('invalid-input');
    expect(codeOf(() => parseArticle(BODY, { format: 'pdf' } as never))).toBe('invalid-option');
  });

  it('carries a readable message and serialises to {code, message}', () => {
    try {
      parseArticle('');
    } catch (error) {
      const e = error as ArticleParseError;
      expect(e.message.length).toBeGreaterThan(10);
      expect(JSON.parse(JSON.stringify(e))).toEqual({ code: 'empty-input', message: e.message });
    }
  });
});

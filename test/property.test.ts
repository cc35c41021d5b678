/** Property-based tests (fast-check) over arbitrary strings and over generated Arabic articles. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, ArticleSchema, parseArticle, type Article } from '../src/index.js';
import { tokenize } from '../src/quotes/tokens.js';
import { gluedLamReads, tokenFields } from './glued-lam.js';

const NAMES = ['سمير داود', 'هالة نصار', 'كمال يوسف', 'ريم عادل', 'فراس الهواري', 'نبيل الخطيب', 'عبد الرحمن الأحمد'];
const ROLES = ['وزير المالية', 'المتحدث باسم الحكومة', 'رئيس البلدية', 'مديرة المستشفى', 'الأمين العام للجامعة'];
const WORDS = ['الحكومة', 'المدينة', 'الاقتصاد', 'المشروع', 'العام', 'المقبل', 'خطة', 'جديدة', 'المواطنين', 'الخدمات', 'التعليم', 'الصحة', 'في', 'على', 'من', 'إلى', 'مع', 'بعد', 'كبير', 'سريع', 'الأسبوع', 'الماضي'];
const CHROME = ['محتوى إعلاني', 'شارك', 'طباعة', 'اقرأ أيضا', 'الرئيسية', 'جميع الحقوق محفوظة © 2024', 'تابعونا على تويتر', 'نشر', '3 دقائق قراءة'];
const CUES = ['وقال', 'وأضاف', 'وأكد', 'وأوضح', 'وتابع'];
const MARKS: Array<[string, string]> = [['"', '"'], ['«', '»'], ['“', '”']];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 20 }).map((w) => `${w.join(' ')}.`);
const quoteParagraph = fc
  .record({ cue: fc.constantFrom(...CUES), role: fc.constantFrom(...ROLES), name: fc.constantFrom(...NAMES), marks: fc.constantFrom(...MARKS), words: fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 14 }) })
  .map(({ cue, role, name, marks, words }) => `${cue} ${role}، ${name}، للصحفيين: ${marks[0]}${words.join(' ')}${marks[1]}.`);
const paragraph = fc.oneof(sentence, quoteParagraph);
const article = fc.record({
  headline: fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 9 }).map((w) => w.join(' ')),
  before: fc.array(fc.constantFrom(...CHROME), { maxLength: 3 }),
  body: fc.array(fc.tuple(paragraph, fc.option(fc.constantFrom(...CHROME.slice(0, 3)), { nil: undefined })), { minLength: 2, maxLength: 8 }),
  sep: fc.constantFrom('\n', '\n\n'),
});
const render = (a: { headline: string; before: string[]; body: Array<[string, string | undefined]>; sep: string }): string =>
  [a.headline, ...a.before, '', ...a.body.flatMap(([p, chrome]) => (chrome ? [p, chrome] : [p]))].join(a.sep);

function invariants(a: Article): void {
  expect(ArticleSchema.safeParse(a).success).toBe(true);
  const names = new Set(a.speakers.map((s) => s.name));
  for (const q of a.quotes) {
    if (q.endParagraph === q.paragraph) expect(a.paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker !== null) expect(names.has(q.speaker)).toBe(true);
  }
  const paragraphs = new Set(a.paragraphs);
  for (const b of a.boilerplate) expect(paragraphs.has(b)).toBe(false);
}

describe('properties', () => {
  it('any string gives a valid Article or a coded ArticleParseError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.array(fc.constantFrom(...WORDS, ...CHROME, '"', '«', '»', '\n', ':'), { maxLength: 120 }).map((w) => w.join(' '))), (input) => {
        try {
          invariants(parseArticle(input));
        } catch (error) {
          if (!(error instanceof ArticleParseError)) throw error;
          expect(typeof error.code).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('generated articles keep their invariants, and parse the same when rendered back', () => {
    fc.assert(
      fc.property(article, (spec) => {
        const a = parseArticle(render(spec));
        invariants(a);
        expect(a.headline).toBe(spec.headline);
        for (const chrome of spec.body.map(([, c]) => c).filter(Boolean)) expect(a.paragraphs).not.toContain(chrome);
        const again = parseArticle([a.headline, '', ...a.paragraphs].join('\n\n'));
        expect(again.paragraphs).toEqual(a.paragraphs);
        expect(again.quotes).toEqual(a.quotes);
      }),
      { numRuns: 150 },
    );
  });

  it('generated articles written as Markdown (a heading, wrapped paragraphs, a menu and share links) read as their text does', () => {
    const wrap = (p: string, width: number): string => p.replace(new RegExp(`(.{1,${width}})( |$)`, 'gu'), (_, line: string, space: string) => (space ? `${line}\n` : line)).trimEnd();
    fc.assert(
      fc.property(article, fc.integer({ min: 20, max: 90 }), (spec, width) => {
        const text = parseArticle(render(spec));
        const markdown = [
          '*   [الرئيسية](https://example.com/)',
          '',
          `# ${spec.headline}`,
          '',
          ...spec.body.flatMap(([p, chrome]) => [wrap(p, width), '', ...(chrome ? [`[${chrome}](https://example.com/x)`, ''] : [])]),
        ].join('\n');
        const a = parseArticle(markdown);
        invariants(a);
        expect(a.headline).toBe(spec.headline);
        expect(a.paragraphs).toEqual(text.paragraphs);
        expect(a.quotes).toEqual(text.quotes);
      }),
      { numRuns: 150 },
    );
  });

  it('finds every generated quote with its speaker', () => {
    fc.assert(
      fc.property(quoteParagraph, (p) => {
        const a = parseArticle(`عنوان الخبر التجريبي اليوم\n\n${p}`);
        const direct = a.quotes.filter((q) => q.kind === 'direct');
        expect(direct).toHaveLength(1);
        expect(NAMES).toContain(direct[0]!.speaker);
        expect(p).toContain(direct[0]!.speaker!);
      }),
      { numRuns: 150 },
    );
  });

  // words whose tokens depend on the words around them (تابع before ل, يعرب before عن, القاضي after a ruling, عبد
  // before الدين), glued ل and لل, and one-letter words
  const NEAR_WORDS = ['لوزير', 'للمتحدث', 'للحكم', 'للقرار', 'لوزارة', 'للدين', 'لل', 'ل', 'و', 'تابع', 'تابعة', 'القاضي', 'بوقف', 'حكم', 'الحكم', 'يعرب', 'عن', 'وبيّن', 'عبد', 'الدين', 'نور', 'ممثلة', 'بالوزارة', 'لـوزير', 'لإمام', 'سامي', 'داود', 'الصحة', 'قال', 'إن', 'الصادر', 'اليوم'];
  const SEPARATORS = [' ', ' ', ' ', '، ', ': ', ' «', '» ', '. ', 'ً '];

  it('reads a paragraph with one glued ل changed as tokenizing the changed paragraph would, and puts its own tokens back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...NEAR_WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 40 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const tokens = tokenize(text);
        const own = tokens.map(tokenFields);
        for (const { seen, whole } of gluedLamReads(text, tokens)) {
          expect(seen).toEqual(whole);
          expect(tokens.map(tokenFields)).toEqual(own);
        }
      }),
      {
        numRuns: 300,
        examples: [
          // (a ruling four words before "القاضي", beyond the words whose tokens can change: the window reads it too)
          [[['الحكم', ' '], ['الصادر', ' '], ['اليوم', ' '], ['لوزير', ' '], ['القاضي', ' '], ['بوقف', ' ']]],
          // (the changed word made a ruling: "القاضي" after it, or a word further, is read again; and a word before it
          // that opens a compound name with it, "نور الدين")
          [[['للحكم', ' '], ['القاضي', ' '], ['بوقف', ' ']]],
          [[['للحكم', ' '], ['الصادر', ' '], ['اليوم', ' '], ['القاضي', ' '], ['بوقف', ' ']]],
          [[['سامي', ' '], ['نور', ' '], ['للدين', ' '], ['داود', ' ']]],
        ],
      },
    );
  });
});

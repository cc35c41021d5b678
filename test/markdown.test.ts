/** Markdown input (Firecrawl, Jina Reader, html2text): markup taken off, wrapped paragraphs joined, furniture dropped. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownToText } from '../src/markdown/to-text.js';
import { parseArticle } from '../src/index.js';
import { parseRecordObject } from '../src/stream/records.js';

const HEADLINE = 'البرلمان التونسي يصادق على قانون المالية للعام المقبل';
const BODY = [
  'صادق مجلس نواب الشعب في تونس، مساء الإثنين، على مشروع قانون المالية للعام المقبل، بأغلبية 98 صوتا مقابل رفض 12 نائبا.',
  'وقالت وزيرة المالية سهام البوغديري، في كلمة أمام النواب، إن "الميزانية تراعي التوازن بين الإصلاح والحفاظ على القدرة الشرائية".',
  'وأضافت البوغديري أن الحكومة ستواصل دعم المواد الأساسية خلال العام المقبل.',
];

/** A page as a scraper writes it: a menu and a logo over the heading, the credit under it, the story, related links. */
function page(body: readonly string[] = BODY): string {
  return [
    '[![الصباح نيوز](https://example.tn/logo.png)](https://example.tn/)',
    '',
    '*   [الرئيسية](https://example.tn/)',
    '*   [وطنية](https://example.tn/national)',
    '',
    `# ${HEADLINE}`,
    '',
    'تونس - ليلى الحمامي',
    '',
    ...body.flatMap((p) => [p, '']),
    '## مقالات ذات صلة',
    '',
    '*   [الحكومة تعرض مخطط التنمية على البرلمان](https://example.tn/1)',
    '*   [ارتفاع نسبة التضخم في تونس](https://example.tn/2)',
  ].join('\n');
}

/** Wraps a paragraph into lines of at most `width` characters, as html2text and pandoc write Markdown. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

describe('Markdown pages', () => {
  it('reads the heading as the headline, the story as paragraphs and the credit under the heading', () => {
    const a = parseArticle(page());
    expect(a.headline).toBe(HEADLINE);
    expect(a.paragraphs).toEqual(BODY);
    expect(a.byline).toEqual({ authors: ['ليلى الحمامي'], agency: null, dateline: 'تونس' });
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'سهام البوغديري'],
      ['indirect', 'سهام البوغديري'],
    ]);
  });

  it('lists the logo, the menu, the credit and the related links as dropped, in page order, without their markup', () => {
    expect(parseArticle(page()).boilerplate).toEqual(['الصباح نيوز', 'الرئيسية', 'وطنية', 'تونس - ليلى الحمامي', 'مقالات ذات صلة', 'الحكومة تعرض مخطط التنمية على البرلمان', 'ارتفاع نسبة التضخم في تونس']);
  });

  it('joins a paragraph wrapped over lines, at any width, and keeps a hard line break', () => {
    for (const width of [30, 50, 72, 100]) {
      const a = parseArticle(page(BODY.map((p) => wrap(p, width))));
      expect(a.paragraphs, `width ${width}`).toEqual(BODY);
      expect(a.quotes.map((q) => q.text)).toEqual(parseArticle(page()).quotes.map((q) => q.text));
    }
    // (two spaces or a backslash at a line's end break the line: "<br>" in the page)
    const broken = parseArticle(page([BODY[0]!.replace('، مساء', '  \nمساء'), ...BODY.slice(1)]));
    expect(broken.paragraphs.slice(0, 2)).toEqual(['صادق مجلس نواب الشعب في تونس', 'مساء الإثنين، على مشروع قانون المالية للعام المقبل، بأغلبية 98 صوتا مقابل رفض 12 نائبا.']);
  });

  it('keeps a link\'s words in a paragraph and takes off emphasis, inline code and escapes, never a hashtag\'s underscore', () => {
    const a = parseArticle(
      page([
        'صادق مجلس نواب الشعب في [تونس](https://example.tn/tag/tunis)، مساء الإثنين، على **مشروع قانون المالية** للعام المقبل، بأغلبية 98 صوتا مقابل رفض 12 نائبا.',
        'وقالت وزيرة المالية *سهام البوغديري*، في كلمة أمام النواب، إن "الميزانية تراعي التوازن بين الإصلاح والحفاظ على القدرة الشرائية".',
        'وأضافت البوغديري أن الحكومة ستواصل دعم المواد الأساسية خلال العام `المقبل`، وتصدر وسم #قانون_المالية_2025 المنصات \\*بعد الجلسة\\*.',
      ]),
    );
    expect(a.paragraphs.slice(0, 2)).toEqual(BODY.slice(0, 2));
    expect(a.paragraphs[2]).toBe('وأضافت البوغديري أن الحكومة ستواصل دعم المواد الأساسية خلال العام المقبل، وتصدر وسم #قانون_المالية_2025 المنصات *بعد الجلسة*.');
    expect(a.quotes[0]!.speaker).toBe('سهام البوغديري');
  });

  it('drops an image and lists its words; a caption under it is read as the text path reads captions', () => {
    const a = parseArticle(page([BODY[0]!, '![وزيرة المالية سهام البوغديري](https://example.tn/img/minister.jpg)', '', 'وزيرة المالية سهام البوغديري (أرشيفية)', ...BODY.slice(1)]));
    expect(a.paragraphs).toEqual(BODY);
    expect(a.boilerplate).toEqual(expect.arrayContaining(['وزيرة المالية سهام البوغديري', 'وزيرة المالية سهام البوغديري (أرشيفية)']));
    expect(a.boilerplate.indexOf('وزيرة المالية سهام البوغديري')).toBeLessThan(a.boilerplate.indexOf('وزيرة المالية سهام البوغديري (أرشيفية)'));
  });

  it('reads a setext heading and an ATX heading with closing hashes; a logo\'s one-word heading is not the story\'s', () => {
    const setext = page().replace(`# ${HEADLINE}`, `${HEADLINE}\n${'='.repeat(30)}`);
    expect(parseArticle(setext).headline).toBe(HEADLINE);
    expect(parseArticle(page().replace(`# ${HEADLINE}`, `# ${HEADLINE} ##`)).headline).toBe(HEADLINE);
    for (const site of ['الصباح', 'الصباح نيوز']) {
      const logo = parseArticle(`# ${site}\n\n${page()}`);
      expect([logo.headline, logo.paragraphs], site).toEqual([HEADLINE, BODY]);
      expect(logo.boilerplate[0]).toBe(site);
    }
  });

  it('takes the story\'s heading from a level-2 heading over the body when the page has no level-1 heading', () => {
    const a = parseArticle(page().replace(`# ${HEADLINE}`, `## ${HEADLINE}`));
    expect([a.headline, a.paragraphs]).toEqual([HEADLINE, BODY]);
  });

  it('drops lines of links alone under the body\'s start (share bars, related stories), and keeps a linked credit over it', () => {
    const withBars = page([...BODY.slice(0, 2), '[فيسبوك](https://facebook.com/sharer) | [إكس](https://x.com/intent) | [واتساب](https://wa.me/)', '', BODY[2]!]);
    const a = parseArticle(withBars);
    expect(a.paragraphs).toEqual(BODY);
    expect(a.boilerplate).toContain('فيسبوك | إكس | واتساب');
    // (the writer's name a link to the writer's page, under the heading: still the credit)
    const linked = parseArticle(page().replace('تونس - ليلى الحمامي', 'تونس - [ليلى الحمامي](https://example.tn/author/leila)'));
    expect(linked.byline).toEqual({ authors: ['ليلى الحمامي'], agency: null, dateline: 'تونس' });
    const bare = parseArticle(page().replace('تونس - ليلى الحمامي', '[ليلى الحمامي](https://example.tn/author/leila)'));
    expect(bare.byline.authors).toEqual(['ليلى الحمامي']);
    // (under a date line: the body starts with a paragraph, not with any line of words)
    const dated = parseArticle(page().replace('تونس - ليلى الحمامي', 'الإثنين 9 ديسمبر 2024\n\n[ليلى الحمامي](https://example.tn/author/leila)'));
    expect([dated.byline.authors, dated.publishedAt, dated.paragraphs]).toEqual([['ليلى الحمامي'], '2024-12-09', BODY]);
  });

  it('reads Jina Reader\'s header: the published time, and the title (the site\'s name off) when the page has no heading', () => {
    const header = 'Title: البرلمان التونسي يصادق على قانون المالية للعام المقبل - CNNArabic.com\nURL Source: https://example.tn/x\nPublished Time: 2024-12-09T21:30:00+01:00\n\nMarkdown Content:\n';
    const a = parseArticle(header + BODY.join('\n\n'));
    expect([a.headline, a.publishedAt, a.paragraphs]).toEqual([HEADLINE, '2024-12-09T21:30+01:00', BODY]);
    expect(parseArticle(header + page()).headline).toBe(HEADLINE);
  });

  it('reads YAML front matter (trafilatura, static sites): the title, the writers, the date, every line listed', () => {
    const front = ['---', `title: "${HEADLINE}"`, "author: ['ليلى الحمامي', 'سامي بن علي']", 'date: 2024-12-09', 'sitename: الصباح نيوز', 'categories: [وطنية]', '---'];
    const a = parseArticle([...front, '', ...BODY.flatMap((p) => [p, ''])].join('\n'));
    expect([a.headline, a.byline, a.publishedAt, a.paragraphs]).toEqual([HEADLINE, { authors: ['ليلى الحمامي', 'سامي بن علي'], agency: null, dateline: null }, '2024-12-09', BODY]);
    expect(a.boilerplate).toEqual(front.map((l) => l.trim()));
    // (a line "Markdown Content:" under the story's own lines heads nothing)
    const late = parseArticle(`${page()}\n\nMarkdown Content:\n`);
    expect([late.headline, late.paragraphs]).toEqual([HEADLINE, BODY]);
    // (a block that is no front matter, a rule over a paragraph, is read as Markdown reads it)
    const rule = markdownToText(`---\n${BODY[0]}\n`);
    expect(rule.text).toBe(BODY[0]);
  });

  it('keeps list items and table rows as lines of their own, without their markers', () => {
    const { text } = markdownToText('# عنوان الخبر في أربع كلمات\n\n*   البند الأول من القرار\n*   البند الثاني من القرار\n1. الخطوة الأولى\n\n| المدينة | الحرارة |\n| --- | :---: |\n| تونس | 31 |\n\n***\n');
    expect(text.split('\n')).toEqual(['عنوان الخبر في أربع كلمات', '', 'البند الأول من القرار', 'البند الثاني من القرار', 'الخطوة الأولى', 'المدينة | الحرارة', 'تونس | 31']);
  });

  it('reads a block quote\'s lines as a paragraph, and a fenced block\'s lines as they are', () => {
    const { text } = markdownToText('# عنوان الخبر في أربع كلمات\n\n> "لن نتراجع عن الإصلاحات"، قالت\n> الوزيرة أمام النواب.\n\n```\nسطر أول\n  سطر ثان\n```\n');
    expect(text.split('\n')).toEqual(['عنوان الخبر في أربع كلمات', '', '"لن نتراجع عن الإصلاحات"، قالت الوزيرة أمام النواب.', 'سطر أول', 'سطر ثان']);
  });
});

describe('noise that changes nothing in a Markdown page', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'markdown');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.md'));
  const key = (a: ReturnType<typeof parseArticle>): unknown => [a.headline, a.byline, a.publishedAt, a.readTime, a.paragraphs, a.quotes];

  it.each(pages)('%s: CRLF line ends, and bidi and zero-width marks sprinkled through it (inside its markup too)', (name) => {
    const page = readFileSync(join(dir, name), 'utf8');
    const base = key(parseArticle(page));
    expect(key(parseArticle(page.replace(/\n/gu, '\r\n')))).toEqual(base);
    const marks = ['\u200f', '\u200e', '\u200b', '\u200d', '\u2066', '\u2069', '\ufeff'];
    expect(key(parseArticle([...page].map((c, i) => (i % 7 === 0 && c !== '\n' ? marks[i % marks.length]! + c : c)).join('')))).toEqual(base);
  });
});

describe('which inputs are read as Markdown', () => {
  it('reads a page with Markdown\'s marks and blank lines between blocks as Markdown, asked or not', () => {
    expect(looksLikeMarkdown(page())).toBe(true);
    expect(looksLikeMarkdown(`# ${HEADLINE}\n\n${BODY[0]} [المزيد](https://example.tn/more)`)).toBe(true);
    expect(looksLikeMarkdown(`${HEADLINE}\n\n![صورة](/img.jpg)\n\n${BODY[0]}`)).toBe(true);
    expect(parseArticle(page(), { format: 'markdown' })).toEqual(parseArticle(page()));
  });

  it('never reads plain text as Markdown: no marks, one mark, or marks in a text without blank lines', () => {
    expect(looksLikeMarkdown([HEADLINE, '', ...BODY].join('\n'))).toBe(false);
    expect(looksLikeMarkdown(`${HEADLINE}\n\n${BODY[0]} [المزيد](https://example.tn/more)`)).toBe(false);
    expect(looksLikeMarkdown(`# ${HEADLINE}\n\n${BODY.join('\n')}`)).toBe(false);
    // (a paragraph a line, no blank line between: joining its lines as Markdown would make one paragraph of them)
    const packed = [HEADLINE, ...BODY, '[الرئيسية](https://example.tn/) [وطنية](https://example.tn/national)'].join('\n');
    expect(looksLikeMarkdown(packed)).toBe(false);
    expect(parseArticle(packed).paragraphs).toEqual(BODY);
  });

  it('never reads a text fixture as Markdown', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'text');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => looksLikeMarkdown(readFileSync(join(dir, f), 'utf8')))).toEqual([]);
  });

  const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'text');
  it.skipIf(!existsSync(corpus))('never reads a corpus article or a dev article as Markdown (skipped: ../shared is absent)', () => {
    const dev = join(corpus, '..', '..', 'eval', 'dev');
    const files = [...readdirSync(corpus).map((f) => join(corpus, f)), ...readdirSync(dev).map((f) => join(dev, f))].filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(150);
    expect(files.filter((f) => looksLikeMarkdown(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('reads Markdown as text when asked to: its marks stay', () => {
    const a = parseArticle(page(), { format: 'text' });
    expect(a.paragraphs.some((p) => p.includes('](') || p.startsWith('#'))).toBe(true);
  });

  it('takes the format in a stream record, and refuses an unknown one', () => {
    const ok = parseRecordObject({ id: 'a', text: page(), format: 'markdown' }, 1);
    expect(ok.ok && ok.article.headline).toBe(HEADLINE);
    // (a "markdown" field, as Firecrawl names its output, is read as Markdown)
    const field = parseRecordObject({ id: 'c', markdown: page([BODY[0]!, '[المزيد](https://example.tn/more)', '', BODY[1]!]) }, 3);
    expect(field.ok && field.article.paragraphs).toEqual(BODY.slice(0, 2));
    const bad = parseRecordObject({ id: 'b', text: page(), format: 'md' }, 2);
    expect(bad).toEqual({ id: 'b', ok: false, error: { code: 'invalid-option', message: 'unknown format "md"' } });
  });
});

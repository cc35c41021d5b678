import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, parseArticle } from '../src/index.js';
import { inPageOrder } from '../src/html/order.js';

interface Expected {
  headline: string;
  byline: { authors: string[]; agency: string | null; dateline: string | null };
  publishedAt: string | null;
  paragraphCount: number;
  firstParagraph: string;
  lastParagraph: string;
  bodyMustNotContain: string[];
  boilerplateMustContain: string[];
  quotes: Array<{ text: string; kind: string; speaker: string | null }>;
  speakers: Array<{ name: string; role: string | null }>;
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'html');
const names = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();

describe('HTML pages written in the style of current outlets', () => {
  describe.each(names)('%s', (name) => {
    const html = readFileSync(join(dir, `${name}.html`), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected;
    const article = parseArticle(html);

    it('is detected as HTML and gives the page metadata', () => {
      expect(article.headline).toBe(expected.headline);
      expect(article.byline).toEqual(expected.byline);
      expect(article.publishedAt).toBe(expected.publishedAt);
    });

    it('keeps the body paragraphs and drops the furniture into boilerplate', () => {
      expect(article.paragraphs).toHaveLength(expected.paragraphCount);
      expect(article.paragraphs[0]).toBe(expected.firstParagraph);
      expect(article.paragraphs.at(-1)).toBe(expected.lastParagraph);
      const body = article.paragraphs.join('\n');
      for (const s of expected.bodyMustNotContain) expect(body).not.toContain(s);
      for (const s of expected.boilerplateMustContain) expect(article.boilerplate).toContain(s);
    });

    it('runs the same quote and speaker pipeline as text', () => {
      expect(article.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker }))).toEqual(expected.quotes);
      expect(article.speakers.map((s) => ({ name: s.name, role: s.role }))).toEqual(expected.speakers);
    });
  });

  it('lists a caption and a footer outside the body in boilerplate: nothing the page shows is lost silently', () => {
    const a = parseArticle('<!doctype html><html dir="rtl"><body><article><h1>إطلاق منصة رقمية لخدمات الإقامة</h1><figure><img src="a.jpg"><figcaption>مبنى وزارة الداخلية في عمّان</figcaption></figure><div class="article-body"><p>أطلقت وزارة الداخلية منصة رقمية جديدة تتيح للمقيمين تجديد تصاريح الإقامة دون مراجعة المكاتب، وفق بيان رسمي صدر اليوم.</p><p>وتشمل الخدمات الجديدة إصدار بدل فاقد للبطاقات وتحديث بيانات السكن عبر الهاتف.</p></div></article><footer>© 2025 جميع الحقوق محفوظة</footer></body></html>');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.boilerplate).toContain('مبنى وزارة الداخلية في عمّان');
    expect(a.boilerplate).toContain('© 2025 جميع الحقوق محفوظة');
  });

  it('lists each link of a menu or a related box in boilerplate apart, and the text beside a block, never glued or lost', () => {
    const body = '<p>أطلقت وزارة الداخلية منصة رقمية جديدة تتيح للمقيمين تجديد تصاريح الإقامة دون مراجعة المكاتب، وفق بيان رسمي صدر اليوم.</p><div class="related-inline"><span>اقرأ أيضاً</span><a href="/x">الحكومة تعلن خطة للنقل العام</a></div><p>وتشمل الخدمات الجديدة إصدار بدل فاقد للبطاقات وتحديث بيانات السكن عبر الهاتف.</p>';
    const a = parseArticle(`<!doctype html><html dir="rtl"><body><header><nav><a href="/">الرئيسية</a><a href="/e">اقتصاد</a></nav></header><div class="cookie">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button></div><article><h1>إطلاق منصة رقمية لخدمات الإقامة</h1><div class="article-body">${body}</div></article></body></html>`);
    expect(a.paragraphs).toHaveLength(2);
    for (const piece of ['الرئيسية', 'اقتصاد', 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك.', 'موافق', 'اقرأ أيضاً', 'الحكومة تعلن خطة للنقل العام']) expect(a.boilerplate).toContain(piece);
    expect(a.boilerplate.join('\n')).not.toMatch(/الرئيسيةاقتصاد|أيضاًالحكومة/u);
  });

  it('reads the JSON-LD articleBody when the visible body is far shorter (a page rendered by script), written as HTML or not', () => {
    const body = '<p>أطلقت وزارة الداخلية منصة رقمية جديدة تتيح للمقيمين تجديد تصاريح الإقامة دون مراجعة المكاتب، وفق بيان رسمي صدر اليوم.</p><p>وقال مدير المنصة سامر العلي إن &quot;الخدمة ستتوسع لتشمل جميع المحافظات خلال العام المقبل&quot;.</p><p>وتشمل الخدمات الجديدة إصدار بدل فاقد للبطاقات وتحديث بيانات السكن عبر الهاتف.</p>';
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'إطلاق منصة رقمية لخدمات الإقامة', articleBody: body });
    const a = parseArticle(`<!doctype html><html dir="rtl"><head><script type="application/ld+json">${ld}</script></head><body><nav><a href="/">الرئيسية</a> <a href="/x">محليات</a></nav><main><div id="app"><p>جار التحميل...</p></div></main></body></html>`);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[1]).toBe('وقال مدير المنصة سامر العلي إن "الخدمة ستتوسع لتشمل جميع المحافظات خلال العام المقبل".');
    expect(a.boilerplate).toContain('جار التحميل...');
    // (a visible body as long as the JSON-LD one is read as the page shows it)
    const shown = parseArticle(`<!doctype html><html dir="rtl"><head><script type="application/ld+json">${ld}</script></head><body><article><h1>إطلاق منصة رقمية لخدمات الإقامة</h1>${body.replace('سامر العلي', 'سامر العلي (في الصورة)')}</article></body></html>`);
    expect(shown.paragraphs[1]).toContain('(في الصورة)');
  });

  it('reads a body split by an ad into two blocks of the same class as one body, the ad between them set aside', () => {
    const part = (ps: string[]) => `<div class="article-body">${ps.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const a = parseArticle(`<!doctype html><html dir="rtl"><body><article><h1>إطلاق منصة رقمية لخدمات الإقامة</h1>${part(['أطلقت وزارة الداخلية منصة رقمية جديدة تتيح للمقيمين تجديد تصاريح الإقامة دون مراجعة المكاتب، وفق بيان رسمي صدر اليوم.'])}<div class="ad-slot">إعلان</div>${part(['وتشمل الخدمات الجديدة إصدار بدل فاقد للبطاقات وتحديث بيانات السكن عبر الهاتف.', 'وتعمل المنصة على مدار الساعة طوال أيام الأسبوع.'])}<div class="article-body"></div></article></body></html>`);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[2]).toBe('وتعمل المنصة على مدار الساعة طوال أيام الأسبوع.');
    expect(a.boilerplate).toContain('إعلان');
    expect(a.boilerplate.filter((b) => b.includes('وتشمل الخدمات'))).toEqual([]);
  });

  it('joins a sentence a lone <br> breaks inside a <p>, and keeps two <br>s or one after a full stop as a paragraph break', () => {
    const a = parseArticle('<!doctype html><html dir="rtl"><body><article><h1>انخفاض أسعار الخضار في الأسواق المحلية</h1><p>شهدت أسواق الخضار في العاصمة انخفاضا ملحوظا في الأسعار خلال الأسبوع الجاري مع زيادة المعروض.</p><p>وقال رئيس جمعية التجار سامي حداد إن "الأسعار ستواصل<br>الانخفاض خلال الأسابيع المقبلة".</p><p>وتراجع سعر كيلو الطماطم<br><br>إلى نصف دينار.<br>وارتفع سعر البصل.</p></article></body></html>');
    expect(a.paragraphs.slice(1)).toEqual(['وقال رئيس جمعية التجار سامي حداد إن "الأسعار ستواصل الانخفاض خلال الأسابيع المقبلة".', 'وتراجع سعر كيلو الطماطم', 'إلى نصف دينار.', 'وارتفع سعر البصل.']);
    expect(a.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'الأسعار ستواصل الانخفاض خلال الأسابيع المقبلة']]);
  });

  it('reads a JSON-LD author of type Organization as the outlet, never a writer', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'إطلاق منصة رقمية لخدمات الإقامة', author: [{ '@type': 'Organization', name: 'رؤيا' }, { '@type': 'Person', name: 'سارة علي' }] });
    const a = parseArticle(`<!doctype html><html dir="rtl"><head><script type="application/ld+json">${ld}</script></head><body><article><h1>إطلاق منصة رقمية لخدمات الإقامة</h1><p>أطلقت وزارة الداخلية منصة رقمية جديدة تتيح للمقيمين تجديد تصاريح الإقامة دون مراجعة المكاتب، وفق بيان رسمي صدر اليوم.</p><p>وتشمل الخدمات الجديدة إصدار بدل فاقد للبطاقات وتحديث بيانات السكن عبر الهاتف.</p></article></body></html>`);
    expect(a.byline.authors).toEqual(['سارة علي']);
  });

  it('gives the same Article from HTML as from the equivalent text', () => {
    const paragraphs = [
      'أعلنت وزارة التربية، اليوم، موعد بدء العام الدراسي الجديد في جميع المدارس الحكومية والخاصة.',
      'وقال وزير التربية، منير الحسيني، للصحفيين: "سنبدأ العام الدراسي في موعده رغم كل الصعوبات".',
      'وأضاف الحسيني أن الوزارة وفرت الكتب المدرسية لجميع الطلاب قبل أسبوعين من بدء الدراسة.',
    ];
    const headline = 'موعد بدء العام الدراسي الجديد في المدارس';
    const text = parseArticle([headline, '', ...paragraphs].join('\n\n'));
    const html = parseArticle(`<!doctype html><html dir="rtl"><body><nav>الرئيسية</nav><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>جميع الحقوق محفوظة</footer></body></html>`);
    expect(html.headline).toBe(text.headline);
    expect(html.paragraphs).toEqual(text.paragraphs);
    expect(html.quotes).toEqual(text.quotes);
    expect(html.speakers).toEqual(text.speakers);
  });

  it('decodes entities and never runs scripts', () => {
    const a = parseArticle('<html><body><article><h1>خبر عن الطقس في المدينة اليوم</h1><p>قال خبير الأرصاد &laquo;سامي فهد&raquo; إن الطقس &quot;سيكون معتدلا&quot; طوال الأسبوع المقبل في كل المناطق.</p><script>globalThis.hacked = true</script></article></body></html>');
    expect(a.paragraphs[0]).toContain('«سامي فهد»');
    expect(a.paragraphs[0]).toContain('"سيكون معتدلا"');
    expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('decodes entities that sites leave in JSON-LD strings, and keeps a title on one line', () => {
    const body = '<body><article><p>قال رئيس البلدية إن أعمال الصيانة في الشوارع الرئيسية ستنتهي قبل نهاية الشهر الجاري.</p></article></body>';
    const ld = '{"@type":"NewsArticle","headline":"&quot;مدينة نظيفة&quot;&hellip; حملة جديدة في الأحياء","author":{"@type":"Person","name":"سلمى&nbsp;يوسف"}}';
    const a = parseArticle(`<html><head><script type="application/ld+json">${ld}</script></head>${body}</html>`);
    expect(a.headline).toBe('"مدينة نظيفة"… حملة جديدة في الأحياء');
    expect(a.byline.authors).toEqual(['سلمى يوسف']);
    const og = parseArticle(`<html><head><meta property="og:title" content="حملة جديدة
      في الأحياء القديمة"></head>${body}</html>`);
    expect(og.headline).toBe('حملة جديدة في الأحياء القديمة');
  });
});

const shared = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'html');
const hasPages = existsSync(shared);
if (!hasPages) console.warn(`SKIPPED: ../shared/corpus/html not found at ${shared}; the real-page checks did not run.`);

/** What a reader of each real page sees, checked by hand against the page. */
const REAL_PAGES: Record<string, { headline: RegExp; date: string; author?: string; agency?: string; first: RegExp; notInBody: string[]; minParagraphs: number }> = {
  'cnn-arabic-1': { headline: /^معارضون يسيطرون على مخازن للصواريخ بريف دمشق$/u, date: '2013-08-28', agency: 'CNN', first: /^أكدت جهات سورية معارضة/u, notInBody: ['ترحب شبكة CNN بالنقاش', 'الأكثر قراءة', 'CNN)'], minParagraphs: 7 },
  'assabah-1': { headline: /^الناشط الحقوقي السوداني خالد عبد الكريم ماسا/u, date: '2019-02-08', author: 'آسيا العتروس', first: /^مالذي يحدث في السودان/u, notInBody: ['الطقس', 'أرشيف'], minParagraphs: 15 },
  'lbcgroup-1': { headline: /^"شعر وردي يُشعل السخرية"… لغز لون شعر دونالد ترامب/u, date: '2026-01-08', first: /^أثار ظهور دونالد ترامب/u, notInBody: ['في إعارة نادرة خارج هولندا', 'التالي', 'السابق'], minParagraphs: 5 },
  'bbc-arabic-1': { headline: /آرون بوشنيل/u, date: '2024-03-03', author: 'كايلا إبستين', first: /^صباح يوم الأحد، توجّه آرون بوشنل/u, notInBody: ['قصص مقترحة', 'صدر الصورة', 'يستحق الانتباه', 'Author,'], minParagraphs: 25 },
  'youm7-1': { headline: /^وزارة العمل: تفاصيل تسفير 5 آلاف عامل/u, date: '2024-05-20', author: 'آية دعبس', first: /^تستعد وزارة العمل/u, notInBody: ['اضف تعليقاً'], minParagraphs: 4 },
  'youm7-2': { headline: /^وزارة النقل تشغل 10 سيارات كهربائية/u, date: '2024-05-13', author: 'سيد الخلفاوى', first: /^تشغل وزارة النقل التاكسى الكهربائى/u, notInBody: ['التاكسى الكهربائى\n', 'اضف تعليقاً'], minParagraphs: 4 },
  'rt-arabic-1': { headline: /^الصحة السورية: إصابات كورونا/u, date: '2020-04-07', first: /^أفادت وزارة الصحة السورية/u, notInBody: ['إقرأ المزيد', 'المصدر:'], minParagraphs: 3 },
  'sputnik-arabic-1': { headline: /^الصين تسجل 62 إصابة جديدة/u, date: '2020-04-08', first: /^أعلنت السلطات الصحية في الصين/u, notInBody: ['Sputnik', 'سبوتنيك'], minParagraphs: 8 },
};

describe.skipIf(!hasPages)('real article pages (../shared/corpus/html)', () => {
  it.each(Object.entries(REAL_PAGES))('%s', (name, want) => {
    const article = parseArticle(readFileSync(join(shared, `${name}.html`), 'utf8'));
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.headline).toMatch(want.headline);
    expect(article.publishedAt?.slice(0, 10)).toBe(want.date);
    if (want.author) expect(article.byline.authors).toContain(want.author);
    else expect(article.byline.authors.filter((a) => /RT|Sputnik|LBCI|سبوتنيك/u.test(a))).toEqual([]);
    if (want.agency) expect(article.byline.agency).toBe(want.agency);
    expect(article.paragraphs[0]).toMatch(want.first);
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(want.minParagraphs);
    const body = article.paragraphs.join('\n') + '\n';
    for (const s of want.notInBody) expect(body).not.toContain(s);
  });
});

describe('stripInert (before parsing)', async () => {
  const { stripInert } = await import('../src/html/tree.js');
  it('empties scripts, styles and svg, drops comments, keeps JSON-LD', () => {
    const html = '<head><script>var a = "<p>x</p>";</script><script type="application/ld+json">{"headline":"ع"}</script><style>p{}</style></head><body><!-- <p>hidden</p> --><svg><text>icon</text></svg><p>نص</p></body>';
    const out = stripInert(html);
    expect(out).not.toContain('var a');
    expect(out).toContain('{"headline":"ع"}');
    expect(out).not.toContain('p{}');
    expect(out).not.toContain('hidden');
    expect(out).not.toContain('icon');
    expect(out).toContain('<p>نص</p>');
  });
  it('leaves an unterminated script to the parser', () => {
    expect(stripInert('<p>نص</p><script>never closed')).toBe('<p>نص</p><script>never closed');
  });
});

describe('the hast tree the HTML path reads (parseHtml)', async () => {
  const { parseHtml, READ_PROPERTIES, stripInert } = await import('../src/html/tree.js');
  const { fromParse5 } = await import('hast-util-from-parse5');
  const { parse } = await import('parse5');
  const fc = (await import('fast-check')).default;
  type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; content?: Node; value?: string };
  /** A tree with only the properties the HTML path reads, every node kept. */
  const readView = (n: Node): Node => ({
    ...n,
    ...(n.properties ? { properties: Object.fromEntries(Object.entries(n.properties).filter(([k]) => READ_PROPERTIES.has(k))) } : {}),
    ...(n.children ? { children: n.children.map(readView) } : {}),
    ...(n.content ? { content: readView(n.content) } : {}),
  });
  /** hast-util-from-parse5's own tree of the same parse, seen through the same properties. */
  const reference = (html: string): Node => readView(fromParse5(parse(stripInert(html))) as Node);
  const ours = (html: string): Node => readView(parseHtml(html) as Node);

  it('reads attributes as hast does: class lists, booleans, item properties, aria, and two attributes of one property', () => {
    const html = `<!doctype html><html><head><meta property="og:title" content="عنوان"><meta name="author" content="سامر"><link rel="author  me" href="/a"></head>
<body><div class=" a  b " id="main" hidden><p classname="x" class="y z">نص</p></div><span hidden="hidden">1</span><span hidden="until-found">2</span>
<div aria-hidden="true" role="main" style="display:none" itemprop="articleBody  text" data-id="7" title="t"><time datetime="2026-01-02">٢</time></div>
<input type="hidden" name="q"><div itemprop="">فارغ</div><div CLASS="Upper">ح</div></body></html>`;
    const tree = ours(html);
    expect(tree).toEqual(reference(html));
    const p = JSON.stringify(tree);
    expect(p).toContain('"className":["a","b"]');
    expect(p).toContain('"itemProp":["articleBody","text"]');
    expect(p).toContain('"hidden":true');
    expect(p).toContain('"hidden":"until-found"');
    expect(p).not.toContain('dataId');
  });
  it('gives foreign elements, templates and tag names read as selectors as the library does', () => {
    const html = '<body><svg viewBox="0 0 1 1" class="icon"><foreignObject><p class="q">نص</p></foreignObject></svg><math><mi class="m">x</mi></math><template><p class="t">قالب</p></template><a.b class="c">نقطة</a.b><x#y>رقم</x#y></body>';
    expect(ours(html)).toEqual(reference(html));
  });
  it.skipIf(!hasPages)('gives every real page the tree hast gives, as the HTML path reads it', () => {
    for (const f of readdirSync(shared).filter((n) => n.endsWith('.html'))) {
      const html = readFileSync(join(shared, f), 'utf8');
      expect(ours(html), f).toEqual(reference(html));
    }
  });
  it('gives every written page the tree hast gives', () => {
    const dir = resolve(import.meta.dirname, '..', 'fixtures', 'html');
    const pages = readdirSync(dir).filter((n) => n.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) {
      const html = readFileSync(join(dir, f), 'utf8');
      expect(ours(html), f).toEqual(reference(html));
    }
  });
  it('gives generated markup the tree hast gives', () => {
    const tag = fc.constantFrom('div', 'p', 'span', 'a', 'svg', 'math', 'template', 'table', 'td', 'b.c', 'meta', 'time', 'br', 'ul', 'li');
    const attribute = fc.tuple(fc.constantFrom('class', 'classname', 'id', 'hidden', 'aria-hidden', 'ariahidden', 'itemprop', 'rel', 'content', 'datetime', 'name', 'type', 'role', 'style', 'title', 'property', 'data-x', 'constructor'), fc.string({ maxLength: 12 }));
    const element = fc.tuple(tag, fc.array(attribute, { maxLength: 4 }), fc.string({ maxLength: 10 })).map(
      ([t, attrs, text]) => `<${t}${attrs.map(([k, v]) => ` ${k}="${v.replace(/"/gu, '')}"`).join('')}>${text}`,
    );
    const markup = fc.array(fc.oneof(element, fc.constantFrom('</div>', '</p>', '</svg>', '</template>', '<!--x-->', 'نص')), { maxLength: 14 }).map((p) => p.join(''));
    let compared = 0;
    fc.assert(
      fc.property(fc.oneof(markup, fc.string({ maxLength: 60 })), (html) => {
        const got = ours(html);
        // (hast-util-from-parse5 fails on a "template" inside SVG or MathML, which has no content: nothing to compare)
        let want: Node | undefined;
        try {
          want = reference(html);
        } catch {
          return;
        }
        compared++;
        expect(got).toEqual(want);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(300);
  });
  it('reads a page with a "template" inside SVG or MathML, on which hast-util-from-parse5 fails', () => {
    const body = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بسعة مئتي سرير، على أن يستقبل المرضى مطلع الشهر المقبل.';
    expect(() => reference(`<p>${body}</p><math><template>x</template></math>`)).toThrow();
    for (const page of [`<html><body><h1>مستشفى جديد</h1><p>${body}</p><math><template>x</template></math></body></html>`, `<html><body><h1>مستشفى جديد</h1><p>${body}</p><svg><template>`]) {
      const a = parseArticle(page, { format: 'html' });
      expect(a.paragraphs).toEqual([body]);
    }
  });
});

describe('classifyHeaderLine (the blocks above an HTML page\'s body)', async () => {
  const { classifyHeaderLine, classifyLine } = await import('../src/classify/line.js');
  const { bareAuthors, parseBylineLine } = await import('../src/metadata/byline.js');
  const { CHROME_LINES } = await import('../src/lexicon/chrome.js');
  it('reads every line as classifyLine does, but chrome and credits the reader would not keep, which are text', () => {
    const dir = resolve(import.meta.dirname, '..', 'fixtures', 'text');
    const written = readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
    const header = ['بقلم: سامر الحلبي', 'سامر الحلبي', 'الرياض - واس', 'الأحد 12 أكتوبر 2025 - 10:30', 'سامر الحلبي | 3 دقائق قراءة', 'شارك', 'تابعنا على فيسبوك', 'آخر تحديث: 2026-01-02', 'العربية', 'رويترز'];
    const lines = [...new Set([...header, ...CHROME_LINES, ...written].map((l) => l.replace(/\s+/gu, ' ').trim()))].filter((l) => l !== '' && l.split(' ').length <= 16);
    // (a reader that keeps credits with a name only)
    const keeps = (credit: { authors: readonly string[] }): boolean => credit.authors.length > 0;
    let same = 0;
    let textForChrome = 0;
    let bareNamedChrome = 0;
    let textForUnkept = 0;
    for (const text of lines) {
      const segment = { text, afterBlank: false, ticker: false };
      const full = classifyLine(segment).info;
      const head = classifyHeaderLine(segment, keeps).info;
      if ((full.kind === 'chrome' || full.kind === 'byline') && head.kind === 'text') {
        const credit = parseBylineLine(text);
        expect(credit === null || !keeps(credit), text).toBe(true);
        if (full.kind === 'byline') textForUnkept++;
        else textForChrome++;
        if (full.kind === 'chrome' && bareAuthors(text) !== null) bareNamedChrome++;
      } else {
        expect(head, text).toEqual(full);
        same++;
      }
    }
    expect(same).toBeGreaterThan(500);
    expect(textForChrome).toBeGreaterThan(100);
    // ("العربية", "رويترز": an agency alone, which this reader does not keep)
    expect(textForUnkept).toBeGreaterThan(0);
    // (chrome that reads as a bare name, "سماح لاحقا", is text to the header reader too: beside a date it is classified again)
    expect(bareNamedChrome).toBeGreaterThan(0);
  });
  it('keeps a bare name beside the date above the body; chrome that reads as a name there is no writer', () => {
    const body = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة بسعة مئتي سرير، على أن يستقبل المرضى مطلع الشهر المقبل بعد اكتمال التجهيزات.';
    const page = (name: string): string => `<html><body><h1>افتتاح مستشفى جديد في المدينة</h1><div class="meta"><div>${name}</div><div>الجمعة 14 نوفمبر 2025 - 09:15</div></div><article><p>${body}</p><p>${body}</p></article></body></html>`;
    expect(parseArticle(page('يوسف بن عمر')).byline.authors).toEqual(['يوسف بن عمر']);
    expect(parseArticle(page('سماح لاحقا')).byline.authors).toEqual([]);
  });
});

describe('forty-third round: an author box\'s bare name, meta spans with the read time, a header date with its time', () => {
  const body = [
    'أطلقت الحكومة، الخميس، برنامجا جديدا لدعم المقاولات الصغيرة والمتوسطة، بميزانية تبلغ ملياري درهم على مدى ثلاث سنوات.',
    'وقال وزير الاقتصاد في ندوة صحافية إن "البرنامج يستهدف أكثر من عشرين ألف مقاولة".',
    'ويأتي هذا البرنامج في سياق جهود الحكومة لتحفيز الاستثمار وخلق فرص الشغل، خاصة لفائدة الشباب.',
  ];
  // (the body's paragraphs in their own box, or straight in the article with the header's spans beside them)
  const page = (header: string, boxed = true): string =>
    `<html><head><title>برنامج لدعم المقاولات الصغيرة</title></head><body><header><ul class="menu"><li>سياسة</li><li>اقتصاد</li></ul></header><article><h1>برنامج لدعم المقاولات الصغيرة</h1>${header}${boxed ? '<div class="post-content">' : ''}${body.map((p) => `<p>${p}</p>`).join('')}${boxed ? '</div>' : ''}</article></body></html>`;

  it('reads a writer\'s name alone beside the date in an author box above the body', () => {
    const a = parseArticle(page('<div class="author-box"><img alt=""><a class="author-name">يوسف بن عمر</a><span>الجمعة 14 نونبر 2026 - 09:15</span></div>'));
    expect([a.byline.authors, a.publishedAt, a.paragraphs]).toEqual([['يوسف بن عمر'], '2026-11-14T09:15', body]);
  });

  it('reads the read time from meta spans joined with the writer and the date', () => {
    const a = parseArticle(page('<div class="meta"><span class="author">بقلم: <a href="/a/1">يوسف بن عمر</a></span> <time datetime="2026-11-14T09:15:00+01:00">الجمعة 14 نونبر 2026</time> <span class="read">3 دقائق قراءة</span></div>', false));
    expect([a.byline.authors, a.publishedAt, a.readTime, a.paragraphs]).toEqual([['يوسف بن عمر'], '2026-11-14T09:15+01:00', { minutes: 3, source: 'stated' }, body]);
  });
});

describe('forty-fifth round: a data table\'s rows', () => {
  const intro = 'أعلنت الهيئة الوطنية للانتخابات، الأحد، نسب المشاركة في المرحلة الأولى من الانتخابات البرلمانية في المحافظات.';
  const after = 'وقال رئيس الهيئة حازم بدوي إن نسب المشاركة جاءت أعلى من المتوقع في أغلب المحافظات.';
  const page = (table: string): string =>
    `<html><head><title>نسب المشاركة في الانتخابات البرلمانية</title></head><body><article><h1>نسب المشاركة في الانتخابات البرلمانية</h1><div class="article-body"><p>${intro}</p><p>وجاءت النسب على النحو التالي:</p>${table}<p>${after}</p></div></article></body></html>`;

  it('lays out each row as one paragraph, its cells parted by " | "', () => {
    const a = parseArticle(page('<table><thead><tr><th>المحافظة</th><th>عدد الناخبين</th><th>نسبة المشاركة</th></tr></thead><tbody><tr><td>القاهرة</td><td>7.2 مليون</td><td>41%</td></tr><tr><td>الجيزة</td><td></td><td>38%</td></tr></tbody></table>'));
    expect(a.paragraphs).toEqual([intro, 'وجاءت النسب على النحو التالي:', 'المحافظة | عدد الناخبين | نسبة المشاركة', 'القاهرة | 7.2 مليون | 41%', 'الجيزة | 38%', after]);
  });

  it('keeps a layout table\'s columns (long text, or paragraphs inside) as blocks of their own', () => {
    const long = 'وأوضحت الهيئة أن التصويت جرى في أجواء هادئة في معظم اللجان، وأن عمليات الفرز بدأت فور إغلاق الصناديق مساء الأحد.';
    const a = parseArticle(page(`<table><tr><td>ملخص</td><td>${long}</td></tr><tr><td><p>القاهرة</p></td><td>41%</td></tr></table>`));
    expect(a.paragraphs).toContain(long);
    expect(a.paragraphs.some((p) => p.includes('|'))).toBe(false);
  });
});

describe('fifty-first round: a page\'s time in UTC', () => {
  const body = [
    'أعلنت وزارة الطاقة، صباح الاثنين، بدء تشغيل محطة جديدة للطاقة الشمسية بقدرة 500 ميغاواط في جنوب البلاد.',
    'وقال وزير الطاقة في مؤتمر صحافي إن "المحطة ستغطي احتياجات أكثر من مئتي ألف منزل".',
  ];
  const page = (head: string): string =>
    `<html><head><title>تشغيل محطة جديدة للطاقة الشمسية</title>${head}</head><body><article><h1>تشغيل محطة جديدة للطاقة الشمسية</h1><div class="article-body">${body.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;

  it('prints a "Z" zone as "+00:00", as a text date in GMT prints it', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"تشغيل محطة جديدة للطاقة الشمسية","datePublished":"2026-11-30T06:45:00.000Z"}</script>';
    expect(parseArticle(page(ld)).publishedAt).toBe('2026-11-30T06:45+00:00');
    expect(parseArticle(page('<meta property="article:published_time" content="2026-11-30T06:45:00Z">')).publishedAt).toBe('2026-11-30T06:45+00:00');
    // (an offset of its own is kept as printed, and a date alone stays a date)
    expect(parseArticle(page('<meta property="article:published_time" content="2026-11-30T09:45:00+0300">')).publishedAt).toBe('2026-11-30T09:45+03:00');
    expect(parseArticle(page('<meta property="article:published_time" content="2026-11-30">')).publishedAt).toBe('2026-11-30');
  });
});

describe('fifty-first round: what a page drops, in the order the page shows it', () => {
  const body = [
    'قدم وزير المالية، صباح الجمعة، مشروع قانون المالية لسنة 2027 أمام مجلس نواب الشعب، مؤكدا أن الموازنة الجديدة "تركز على الحماية الاجتماعية".',
    'وقال الوزير في كلمته إن "نسبة النمو المتوقعة ستبلغ 2.5 بالمائة"، مشيرا إلى أن الحكومة ستواصل سياسة التحكم في عجز الميزانية.',
    'من جهته، انتقد النائب محمد علي ما وصفه بـ"غياب الإجراءات الملموسة لفائدة الطبقة الوسطى".',
  ];
  const page = `<html><head><title>الموازنة الجديدة تركز على الحماية الاجتماعية</title></head><body>
<div id="top-bar"><span>الجمعة 4 ديسمبر 2026</span><a href="/login">تسجيل الدخول</a></div>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav>
<article><h1>الموازنة الجديدة تركز على الحماية الاجتماعية</h1>
<div class="entry-meta"><span class="author">بقلم ليلى بن سالم</span> <span class="date">2026/12/04 - 09:30</span></div>
<div class="entry-content"><figure><img src="a.jpg" alt=""><figcaption>وزير المالية خلال جلسة البرلمان (أرشيف)</figcaption></figure>
<p>${body[0]}</p><p>${body[1]}</p>
<div class="related"><h4>اقرأ أيضا</h4><ul><li><a href="/x">البنك المركزي يبقي نسبة الفائدة دون تغيير</a></li></ul></div>
<p>${body[2]}</p>
<div class="share"><h3>شارك هذا:</h3><ul><li>فيسبوك</li><li>واتساب</li></ul></div></div></article>
<footer><p>جميع الحقوق محفوظة © جريدة الصباح 2026</p></footer></body></html>`;

  it('interleaves the header\'s date and byline, the body\'s furniture and the footer as the page has them', () => {
    const a = parseArticle(page);
    expect([a.paragraphs, a.byline.authors, a.publishedAt]).toEqual([body, ['ليلى بن سالم'], '2026-12-04T09:30']);
    const shown = ['الجمعة 4 ديسمبر 2026', 'تسجيل الدخول', 'الرئيسية', 'اقتصاد', 'بقلم ليلى بن سالم', '2026/12/04 - 09:30', 'وزير المالية خلال جلسة البرلمان (أرشيف)', 'اقرأ أيضا', 'البنك المركزي يبقي نسبة الفائدة دون تغيير', 'شارك هذا:', 'فيسبوك', 'واتساب', 'جميع الحقوق محفوظة © جريدة الصباح 2026'];
    expect(a.boilerplate).toEqual(shown);
  });

  it('places a line cut from a paragraph where the paragraph stood, a repeated line at each of its places, and a line found nowhere after the one before it', () => {
    expect(inPageOrder(['تونس – الصباح', 'الرئيسية'], ['الرئيسية', 'تونس – الصباح قدم الوزير مشروع القانون.'])).toEqual(['الرئيسية', 'تونس – الصباح']);
    expect(inPageOrder(['أ', 'أ', 'ب'], ['أ', 'ب', 'أ'])).toEqual(['أ', 'ب', 'أ']);
    expect(inPageOrder(['ج', 'س', 'أ'], ['أ', 'ب', 'ج'])).toEqual(['أ', 'ج', 'س']);
  });
});

describe('fifty-first round: a credit of an outlet and the wires above the body', () => {
  it('reads "عربي21- وكالات" outside the body element as the byline, a lone outlet\'s word still as a menu link', () => {
    const body = ['رد رئيس الوزراء الإسرائيلي بنيامين نتنياهو على تصريحات الرئيس الفرنسي إيمانويل ماكرون بشأن الاعتراف بالدولة الفلسطينية.', 'وقال نتنياهو في بيان: "هذا القرار يكافئ الإرهاب ولن نقبل به".'];
    const page = (credit: string): string => `<html><head><title>نتنياهو يرد على ماكرون</title></head><body><header><ul><li>الرئيسية</li><li>الجزيرة</li></ul></header><div class="article"><h1>نتنياهو يرد على ماكرون</h1><div class="byline">${credit}</div><div class="article-body">${body.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    expect(parseArticle(page('عربي21- وكالات')).byline).toEqual({ authors: [], agency: 'عربي21', dateline: null });
    expect(parseArticle(page('')).byline.agency).toBeNull();
  });
});

describe('fifty-second round: the page\'s own headline is not listed as dropped', () => {
  const body = [
    'تراجعت أسعار الذهب في السوق المحلية، اليوم السبت، بقيمة 40 جنيها للجرام، متأثرة بتراجع سعر الأوقية عالميا.',
    'وقال أمير رزق، رئيس شعبة الذهب بالغرفة التجارية، إن "السوق تشهد حالة من الترقب بانتظار قرارات الفيدرالي الأمريكي".',
  ];
  const title = 'انخفاض أسعار الذهب في السوق المحلية بقيمة 40 جنيها';
  const page = (footer: string): string => `<html><head><title>${title} | مصراوي</title></head><body><header><a href="/">مصراوي</a><ul><li>أخبار</li><li>اقتصاد</li></ul></header>
<div class="articleCont"><h1>${title}</h1><div class="byline">كتب- أحمد عبد الله:<br>السبت 05 ديسمبر 2026 - 11:30 ص</div>
<div class="details">${body.join('<br><br>')}</div></div>${footer}</body></html>`;

  it('takes the <h1> a loose page holds with its menu for the headline, not a line dropped', () => {
    const a = parseArticle(page(''));
    expect([a.headline, a.paragraphs, a.boilerplate.includes(title)]).toEqual([title, body, false]);
  });

  it('still lists the title when the page prints it again, in a list of stories under the body', () => {
    const a = parseArticle(page(`<aside><h3>الأكثر قراءة</h3><ul><li><a>${title}</a></li><li><a>سعر الدولار اليوم في البنوك المصرية</a></li></ul></aside>`));
    expect(a.boilerplate.filter((line) => line === title)).toHaveLength(1);
  });
});

describe('fifty-second round: a pull quote in a <blockquote> of the body', () => {
  it('drops the pull quote a page sets between its paragraphs, the words already in one of them', () => {
    const body = [
      'أعلن وزير الصحة اليمني قاسم بحيبح، السبت، عدم تسجيل أي إصابات جديدة بالكوليرا خلال الأسبوع الماضي.',
      'وقال بحيبح في مؤتمر صحفي بعدن: "نجحنا في احتواء الوباء بفضل تعاون المنظمات الدولية والكوادر المحلية".',
      'وأضاف أن الوزارة ستواصل حملات التوعية في المناطق الريفية.',
    ];
    const pulled = 'نجحنا في احتواء الوباء بفضل تعاون المنظمات الدولية';
    const page = `<html><head><title>وزير الصحة: لا إصابات جديدة بالكوليرا</title></head><body><article><h1>وزير الصحة: لا إصابات جديدة بالكوليرا</h1>
<div class="content"><p>${body[0]}</p><p>${body[1]}</p><blockquote class="pullquote">${pulled}</blockquote><p>${body[2]}</p></div></article></body></html>`;
    const a = parseArticle(page);
    expect([a.paragraphs, a.boilerplate]).toEqual([body, [pulled]]);
  });
});

describe('fifty-third round: inline pieces printed side by side in the article\'s header', () => {
  const body = [
    'أعلنت وزارة الصحة اليمنية ارتفاع عدد الإصابات بالكوليرا إلى 200 حالة خلال الأسبوع الجاري في عدد من المحافظات.',
    'وقال المتحدث باسم الوزارة أنيس الأصبحي إن "الفرق الطبية تعمل على مدار الساعة لاحتواء الوباء".',
  ];
  const title = 'ارتفاع إصابات الكوليرا في اليمن إلى 200 حالة';
  const page = `<html><head><title>${title}</title></head><body><main><div class="article-wrapper"><h1>${title}</h1>
<div class="article-info"><span>سامي الأحمد</span><span>صنعاء</span><time datetime="2025-11-20T08:15:00Z">20/11/2025</time></div>
<div class="wysiwyg">${body.map((p) => `<p>${p}</p>`).join('')}<p><a>وزارة الصحة</a><span>، في بيان لاحق، أكدت استمرار حملات التطعيم في المحافظات.</span></p></div></div></main></body></html>`;

  it('reads "<span>سامي الأحمد</span><span>صنعاء</span><time>…</time>" as the writer, the city and the date, no word glued', () => {
    const a = parseArticle(page);
    expect(a.byline).toEqual({ authors: ['سامي الأحمد'], agency: null, dateline: 'صنعاء' });
    expect(a.publishedAt).toBe('2025-11-20T08:15+00:00');
    expect(a.boilerplate).toContain('سامي الأحمد صنعاء 20/11/2025');
  });

  it('keeps a paragraph\'s own inline pieces as printed, a comma after a link with no space before it', () => {
    expect(parseArticle(page).paragraphs).toEqual([...body, 'وزارة الصحة، في بيان لاحق، أكدت استمرار حملات التطعيم في المحافظات.']);
  });
});

describe('fifty-fourth round: a top bar\'s date over the headline', () => {
  const body = [
    'سجلت صادرات الفوسفات ومشتقاته ارتفاعا بنسبة 15 في المائة خلال الأشهر التسعة الأولى من السنة الجارية، حسب معطيات مكتب الصرف.',
    'وقال الخبير الاقتصادي محمد الشرقي إن "الفوسفات يبقى رافعة أساسية للاقتصاد الوطني".',
  ];
  const title = 'ارتفاع صادرات الفوسفات المغربية بنسبة 15%';
  const page = (topBar: string) => `<html><head><title>${title} - الأحداث المغربية</title></head><body><div class="top-bar">${topBar}</div>
<div class="menu"><a>الرئيسية</a> <a>اقتصاد</a></div><div class="post"><h2>${title}</h2><div class="post-content">
<p><strong>كتب: يوسف بنعلي</strong></p><p class="date">السبت 11 أكتوبر 2025 - 17:40</p>${body.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;

  it('dates the story by its own line under the headline, not by the day the page was seen', () => {
    const a = parseArticle(page('الأحد 12 أكتوبر 2025 | الرباط 22°'));
    expect([a.headline, a.publishedAt, a.byline.authors]).toEqual([title, '2025-10-11T17:40', ['يوسف بنعلي']]);
    expect(a.paragraphs).toEqual(body);
    expect(a.boilerplate).toContain('الأحد 12 أكتوبر 2025 | الرباط 22°');
  });
});

describe('fifty-sixth round: a writer "من" a city beside the date, and a pull quote of four words', () => {
  it('drops the meta line and the short pull quote, reading the writer, the city and the date', () => {
    const body = [
      'توقع وزير المالية محمد الجدعان أن ينخفض عجز الموازنة العامة خلال العام المقبل، مدعوما بنمو الإيرادات غير النفطية.',
      'وقال الجدعان في مؤتمر صحفي عقده في الرياض أمس: «نحن ملتزمون بالانضباط المالي، وسنواصل ترشيد الإنفاق دون المساس بالمشاريع التنموية».',
      'وأشار إلى أن الحكومة ستواصل دعم القطاع الخاص لتعزيز دوره في التنمية الاقتصادية.',
    ];
    const title = 'وزير المالية: عجز الموازنة سينخفض العام المقبل';
    const page = `<html><head><title>${title} | صحيفة اقتصادية</title></head><body><article><h1>${title}</h1>
<div class="meta"><span class="author">فهد العتيبي من الرياض</span> <time datetime="2026-11-28T09:15:00+03:00">28 نوفمبر 2026</time></div>
<p>${body[0]}</p><p>${body[1]}</p><blockquote class="pullquote">نحن ملتزمون بالانضباط المالي</blockquote><p>${body[2]}</p></article></body></html>`;
    const a = parseArticle(page);
    expect(a.paragraphs).toEqual(body);
    expect(a.byline).toEqual({ authors: ['فهد العتيبي'], agency: null, dateline: 'الرياض' });
    expect(a.publishedAt).toBe('2026-11-28T09:15+03:00');
    expect(a.boilerplate).toEqual(expect.arrayContaining(['فهد العتيبي من الرياض 28 نوفمبر 2026', 'نحن ملتزمون بالانضباط المالي']));
  });
});

describe('sixty-ninth round: a logo in an <h1> is the site, never the story', () => {
  const title = 'ارتفاع أسعار الذهب في الأسواق المحلية';
  const body = [
    'شهدت أسعار الذهب في الأسواق المحلية ارتفاعا ملحوظا خلال تعاملات اليوم مع زيادة الطلب على المعدن الأصفر.',
    'وقال رئيس شعبة الذهب محمد العلي إن "الأسعار ستواصل الارتفاع خلال الأيام المقبلة".',
  ];
  const page = (pageTitle: string, logo: string, heading = 'h2'): string => `<!doctype html><html lang="ar" dir="rtl"><head><title>${pageTitle}</title></head><body>
<header>${logo}<nav><a href="/">الرئيسية</a> <a href="/s">سياسة</a></nav></header>
<main><article><${heading}>${title}</${heading}><p class="by">كتب: سامي الحربي</p><p>${body[0]}</p><p>${body[1]}</p></article></main></body></html>`;

  it('reads the story\'s heading, and lists the logo as dropped, when the logo\'s <h1> is marked as one', () => {
    for (const logo of ['<h1 class="logo"><a href="/">صحيفة النهار</a></h1>', '<h1 id="site-title"><a href="/">صحيفة النهار</a></h1>', '<h1><a class="navbar-brand" href="/">صحيفة النهار</a></h1>']) {
      // (the page's title the site's name alone, or the story's title and the site's)
      for (const pageTitle of ['صحيفة النهار', `${title} | صحيفة النهار`]) {
        const a = parseArticle(page(pageTitle, logo), { format: 'html' });
        expect([a.headline, a.paragraphs, a.boilerplate.includes('صحيفة النهار')], `${logo} ${pageTitle}`).toEqual([title, body, true]);
      }
    }
  });

  it('reads an unmarked first <h1> as the logo when it is the site\'s part of the page\'s title, and never the story\'s own <h1>', () => {
    const a = parseArticle(page(`${title} - صحيفة النهار`, '<h1><a href="/">صحيفة النهار</a></h1>'), { format: 'html' });
    expect([a.headline, a.paragraphs]).toEqual([title, body]);
    // (the story's <h1>, the title its own or with the site's name: the headline as before)
    for (const pageTitle of [title, `${title} | صحيفة النهار`]) {
      const b = parseArticle(page(pageTitle, '<div class="logo"><a href="/">صحيفة النهار</a></div>', 'h1'), { format: 'html' });
      expect([b.headline, b.paragraphs], pageTitle).toEqual([title, body]);
    }
  });

  it('reads the story\'s <h1> beside a label of a word or two in the page\'s title as the story\'s, never the logo', () => {
    // ("<title>مباشر | …</title>": a live page's label; the label alone was the headline and the <h1> was lost)
    for (const label of ['مباشر', 'فيديو', 'تغطية مستمرة']) {
      for (const pageTitle of [`${label} | ${title}`, `${title} - ${label}`]) {
        const a = parseArticle(page(pageTitle, '<div class="logo"><a href="/">صحيفة النهار</a></div>', 'h1'), { format: 'html' });
        expect([a.headline, a.paragraphs], pageTitle).toEqual([title, body]);
      }
    }
    // (a site's name of three words beside a story of four stays the site's: "صحيفة النهار اليومية")
    const c = parseArticle(page(`${title} - صحيفة النهار اليومية`, '<h1><a href="/">صحيفة النهار اليومية</a></h1>'), { format: 'html' });
    expect([c.headline, c.paragraphs]).toEqual([title, body]);
  });
});

describe('seventieth round: a page\'s author field that holds a whole credit', () => {
  const title = 'مصر تطلق مبادرة لتوطين صناعة السيارات الكهربائية';
  const body = [
    'أطلقت الحكومة المصرية، السبت، مبادرة جديدة لتوطين صناعة السيارات الكهربائية، في إطار خطة تستهدف خفض الانبعاثات.',
    'وأوضح رئيس الوزراء مصطفى مدبولي أن الحكومة ستقدم حوافز ضريبية وجمركية للمصنعين المحليين والأجانب.',
  ];
  const page = (author: string, visible: string): string => `<!doctype html><html lang="ar" dir="rtl"><head><title>${title}</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2026-12-05T18:20:00+02:00","author":[{"@type":"Person","name":"${author}"}]}</script></head>
<body><main><article><h1>${title}</h1><div class="author"><a href="/author/1">${visible}</a></div><div class="field-body"><p>${body[0]}</p><p>${body[1]}</p></div></article></main></body></html>`;

  it('reads the names alone and the dateline beside them, as from the visible credit', () => {
    for (const [author, byline] of [
      ['القاهرة: أحمد إمبابي', { authors: ['أحمد إمبابي'], agency: null, dateline: 'القاهرة' }],
      ['بقلم: سامر يوسف', { authors: ['سامر يوسف'], agency: null, dateline: null }],
      ['سامر يوسف - دبي', { authors: ['سامر يوسف'], agency: null, dateline: 'دبي' }],
      ['سامر يوسف، دبي', { authors: ['سامر يوسف'], agency: null, dateline: 'دبي' }],
      // (a desk names no writer)
      ['فريق التحرير', { authors: [], agency: null, dateline: null }],
      // (a name alone is kept as the page gives it)
      ['سامر يوسف', { authors: ['سامر يوسف'], agency: null, dateline: null }],
    ] as const) {
      const a = parseArticle(page(author, author), { format: 'html' });
      expect([a.headline, a.byline, a.paragraphs], author).toEqual([title, byline, body]);
    }
  });
});

describe('seventieth round: a post embedded in the body (X, Twitter)', () => {
  const title = 'الصفدي يبحث مع نظيره الأمريكي وقف إطلاق النار';
  const lead = 'بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الأمريكي، اليوم الجمعة، جهود التوصل إلى وقف لإطلاق النار في غزة.';
  const posted = 'بحثت مع نظيري الأمريكي جهود وقف إطلاق النار في غزة وإيصال المساعدات الإنسانية دون عوائق.';
  const last = 'وتأتي المحادثات في إطار جولة إقليمية يقوم بها الوزير الأمريكي في المنطقة.';
  const tweet = (account: string): string => `<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">${posted} <a href="https://t.co/a">pic.twitter.com/AbCd12</a></p>&mdash; ${account} (@AymanHsafadi) <a href="https://twitter.com/x/status/1">December 5, 2026</a></blockquote>`;
  const page = (body: string): string => `<!doctype html><html lang="ar" dir="rtl"><head><title>${title}</title></head><body><main><article><h1>${title}</h1>
<div class="article-body"><p>${lead}</p>${body}<p>${last}</p></div></article></main></body></html>`;

  it('keeps the words posted as a paragraph, their account and date line in boilerplate', () => {
    const a = parseArticle(page(tweet('أيمن الصفدي')), { format: 'html' });
    expect(a.paragraphs).toEqual([lead, `${posted} pic.twitter.com/AbCd12`, last]);
    expect(a.boilerplate).toContain('— أيمن الصفدي (@AymanHsafadi) December 5, 2026');
    // (the post's closing link is no part of the words)
    expect(a.quotes.filter((q) => q.kind === 'unmarked').map((q) => [q.text, q.speaker, q.paragraph])).toEqual([[posted.slice(0, -1), 'أيمن الصفدي', 1]]);
  });

  it('leaves a post the story introduces to the introduction\'s speaker, and reads one wrapped in a figure', () => {
    const a = parseArticle(page(`<p>وكتب الصفدي في تغريدة على منصة إكس:</p>${tweet('Ayman Safadi')}`), { format: 'html' });
    expect(a.quotes.filter((q) => q.text.startsWith('بحثت')).map((q) => q.speaker)).toEqual(['أيمن الصفدي']);
    expect(a.speakers.map((s) => s.name)).toEqual(['أيمن الصفدي']);
    const b = parseArticle(page(`<figure class="wp-block-embed-twitter"><div class="wp-block-embed__wrapper">${tweet('الخارجية الأردنية')}</div></figure>`), { format: 'html' });
    expect([b.paragraphs.length, b.quotes.find((q) => q.text.startsWith('بحثت'))?.speaker]).toEqual([3, 'الخارجية الأردنية']);
  });

  it('adds no second quote of words the story already quoted over the embed', () => {
    const a = parseArticle(page(`<p>وكتب الصفدي: «${posted}»</p>${tweet('أيمن الصفدي')}`), { format: 'html' });
    expect(a.quotes.filter((q) => q.kind !== 'indirect').map((q) => [q.kind, q.speaker, q.paragraph])).toEqual([['direct', 'أيمن الصفدي', 1]]);
  });

  it('drops an embed with no words, as it did every embed before', () => {
    const a = parseArticle(page('<blockquote class="twitter-tweet"><a href="https://twitter.com/x/status/1">December 5, 2026</a></blockquote><blockquote class="instagram-media"><a href="https://instagram.com/p/1">View this post on Instagram</a></blockquote>'), { format: 'html' });
    expect(a.paragraphs).toEqual([lead, last]);
    expect(a.boilerplate).toEqual(expect.arrayContaining(['December 5, 2026', 'View this post on Instagram']));
  });
});

describe('seventy-first round: the page\'s <h1> under an og:title of other words is dropped, never lost', () => {
  it('lists the <h1> in boilerplate when the page\'s stated headline is another line', () => {
    const h1 = 'انهيار مبنى سكني من خمسة طوابق في حي الشاطئ دون إصابات';
    const og = 'بالفيديو.. لحظة انهيار مبنى سكني في حي الشاطئ';
    const body = [
      'انهار مبنى سكني مكون من خمسة طوابق، فجر اليوم الثلاثاء، في حي الشاطئ، دون أن يسفر ذلك عن إصابات، بعد إخلائه في وقت سابق.',
      'وقال محافظ الإسكندرية محمد الشريف إن "المبنى كان صادرا بحقه قرار إزالة منذ عامين".',
    ];
    const page = `<!doctype html><html lang="ar" dir="rtl"><head><title>${og} | شبكة الأخبار</title><meta property="og:title" content="${og}"></head>
<body><main><article><h1>${h1}</h1><p class="by">الإسكندرية - محمود حسن</p><p>${body[0]}</p><p>${body[1]}</p></article></main></body></html>`;
    const a = parseArticle(page, { format: 'html' });
    expect([a.headline, a.paragraphs]).toEqual([og, body]);
    expect(a.boilerplate).toEqual([h1, 'الإسكندرية - محمود حسن']);
  });
});

describe('seventy-fifth round: a deck in an <h2> under the page\'s <h1>', () => {
  const title = 'بورصة الكويت تغلق على ارتفاع بدعم من أسهم البنوك';
  const deck = 'المؤشر العام يصعد للجلسة الثالثة على التوالي وسط سيولة قوية';
  const body = [
    'أغلقت بورصة الكويت تعاملات اليوم على ارتفاع جماعي لمؤشراتها، بدعم من مكاسب أسهم البنوك القيادية التي استقطبت سيولة كبيرة.',
    'وارتفع المؤشر العام بنسبة 0.8 في المئة، فيما صعد مؤشر السوق الأول بنسبة 1.1 في المئة.',
  ];
  const page = (under: string): string => `<!doctype html><html lang="ar" dir="rtl"><head><title>${title} - الموقع</title></head>
<body><nav><a href="/">الرئيسية</a></nav><main><article><h1>${title}</h1>${under}<p>${body[0]}</p><p>${body[1]}</p></article></main></body></html>`;

  it('lists the deck with the header when the credit and the date stand under it, as the text path does', () => {
    const a = parseArticle(page(`<h2>${deck}</h2><div class="byline"><span>سامر يوسف</span> <time datetime="2018-04-17">17 نيسان 2018</time></div>`), { format: 'html' });
    expect([a.headline, a.byline.authors, a.publishedAt, a.paragraphs]).toEqual([title, ['سامر يوسف'], '2018-04-17', body]);
    expect(a.boilerplate).toContain(deck);
  });

  it('keeps a first paragraph under the credit and the date, and an <h2> with no header under it', () => {
    const under = parseArticle(page(`<div class="byline"><span>سامر يوسف</span> <time datetime="2018-04-17">17 نيسان 2018</time></div><h2>${deck}</h2>`), { format: 'html' });
    expect(under.paragraphs).toEqual([deck, ...body]);
    const alone = parseArticle(page(`<h2>${deck}</h2>`), { format: 'html' });
    expect(alone.paragraphs).toEqual([deck, ...body]);
  });
});

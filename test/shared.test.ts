/**
 * Checks against ../shared (the seed article, the dev evaluation set, real corpus pages), present in CI.
 * Quality floors are a ratchet: they hold what main reaches today and only ever go up.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleSchema, parseArticle } from '../src/index.js';
import { tokenize } from '../src/quotes/tokens.js';
import { gluedLamReads } from './glued-lam.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const hasShared = existsSync(join(shared, 'tools', 'score.mjs'));
const hasBuild = existsSync(join(root, 'dist', 'index.js'));
const execFileAsync = promisify(execFile);
if (!hasShared) console.warn(`SKIPPED: ../shared not found at ${shared}; the seed, dev-set and corpus checks did not run.`);

/** Floors measured on main; raise them when the parser improves, never lower them. */
const FLOORS = {
  headline: 1,
  publishedAt: 1,
  readTime: 1,
  agency: 1,
  dateline: 1,
  authorsF1: 1,
  bodyF1: 0.998,
  maxLeak: 0.0,
  quotesF1: 0.99,
  speakerAccuracy: 0.99,
  quoteSpeakerF1: 0.981,
  indirectF1: 0.98,
  speakersF1: 0.99,
  maxScareQuoteFP: 0.0,
};

describe.skipIf(!hasShared)('the seed article (../shared/seed)', () => {
  it('passes every exact check of check-seed.mjs', () => {
    const out = execFileSync('node', [join(shared, 'tools', 'check-seed.mjs'), '--pkg', root, '--gold', join(shared, 'gold', 'seed-cnn-blinken-amman.json')], { encoding: 'utf8' });
    const m = /seed: (\d+)\/(\d+) checks hold/.exec(out);
    expect(m, out).not.toBeNull();
    expect(m![1]).toBe(m![2]);
  });
});

/** What the scorer's summary holds that these tests read. */
interface Score {
  articles: number;
  errors: number;
  headline: number;
  publishedAt: number;
  readTime: number | null;
  agency: number;
  dateline: number;
  authors: { p: number; r: number; f1: number };
  body: { f1: number };
  boilerplateLeak: number;
  quotes: { f1: number };
  speakerAccuracy: number;
  quoteSpeakerF1: number;
  speakers: { f1: number };
  indirect: { f1: number };
  scareQuoteFP: number;
}

/** The scorer's summary of the build over `gold` (a scratch directory holds its JSON). */
function scoreSummary(gold: string, scratch: string): Score {
  const json = join(scratch, 'score.json');
  execFileSync('node', [join(shared, 'tools', 'score.mjs'), '--pkg', root, '--gold', gold, '--json', json], { encoding: 'utf8' });
  return JSON.parse(readFileSync(json, 'utf8')).summary as Score;
}

// (vitest still runs a skipped suite's body to collect its tests: the scorer runs only when ../shared and the build
// are there, and the suite is skipped, not failed, when they are not)
describe.skipIf(!hasShared || !hasBuild)('dev evaluation set (../shared/eval/dev)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'anp-score-'));
  const s = hasShared && hasBuild ? scoreSummary(join(shared, 'eval', 'dev'), scratch) : ({} as Score);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('parses every article without error', () => expect(s.errors).toBe(0));
  it('keeps metadata at or above the floor', () => {
    expect(s.headline).toBeGreaterThanOrEqual(FLOORS.headline);
    expect(s.publishedAt).toBeGreaterThanOrEqual(FLOORS.publishedAt);
    expect(s.readTime).toBeGreaterThanOrEqual(FLOORS.readTime);
    expect(s.agency).toBeGreaterThanOrEqual(FLOORS.agency);
    expect(s.dateline).toBeGreaterThanOrEqual(FLOORS.dateline);
    expect(s.authors.f1).toBeGreaterThanOrEqual(FLOORS.authorsF1);
  });
  it('keeps the body and drops the chrome', () => {
    expect(s.body.f1).toBeGreaterThanOrEqual(FLOORS.bodyF1);
    expect(s.boilerplateLeak).toBeLessThanOrEqual(FLOORS.maxLeak);
  });
  it('keeps quote and speaker quality at or above the floor', () => {
    expect(s.quotes.f1).toBeGreaterThanOrEqual(FLOORS.quotesF1);
    expect(s.speakerAccuracy).toBeGreaterThanOrEqual(FLOORS.speakerAccuracy);
    expect(s.quoteSpeakerF1).toBeGreaterThanOrEqual(FLOORS.quoteSpeakerF1);
    expect(s.speakers.f1).toBeGreaterThanOrEqual(FLOORS.speakersF1);
    expect(s.indirect.f1).toBeGreaterThanOrEqual(FLOORS.indirectF1);
    expect(s.scareQuoteFP).toBeLessThanOrEqual(FLOORS.maxScareQuoteFP);
  });
});

describe.skipIf(!hasShared)('the real corpus (../shared/corpus/text)', () => {
  const dir = join(shared, 'corpus', 'text');
  const files = hasShared ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  it('gives a valid Article or a coded error for every article, with quote offsets that slice', () => {
    let parsed = 0;
    for (const f of files) {
      const article = parseArticle(readFileSync(join(dir, f), 'utf8'));
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      for (const q of article.quotes) {
        if (q.endParagraph === q.paragraph) expect(article.paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
      }
      parsed++;
    }
    expect(parsed).toBeGreaterThan(150);
  });

  it('reads every line with a glued ل changed as tokenizing the changed line would (the window of withChangedTokens)', () => {
    let compared = 0;
    for (const f of files) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        for (const { seen, whole } of gluedLamReads(line, tokenize(line))) {
          expect(seen).toEqual(whole);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(3_000);
  });
});

/**
 * Page styles the dev set does not use (fixtures/chrome/team-styles.json and more-styles.json, written by the
 * team; the second held out from the rules it checks when written) wrapped around every titled corpus article
 * with ../shared/tools/wrap.mjs: a check that chrome rules generalise.
 */
/** Floors per style file: the first two are met in full; the held-out sets keep what they measured when their rules were written. */
/**
 * Each set's floors: authors recall, most boilerplate leaked, body F1, and (where a set measured less when its rules
 * were written) headline and authors precision, 0.99 and 0.9 unless given. The precision floor sits under the
 * corpus's own writers, whom the wrapped gold does not know (0.92-0.97 in every set).
 */
interface StyleFloor {
  authorsRecall: number;
  maxLeak: number;
  bodyF1: number;
  headline?: number;
  authorsPrecision?: number;
  noDates?: boolean;
  publishedAt?: number;
}
/** The floors of a set clean on first contact. */
const CLEAN_FLOORS: StyleFloor = { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 };
/** `count` held-out sets from `first` on, each at the clean floors, but for the sets listed apart (floored one by one). */
function cleanSets(first: number, count: number, apart: readonly number[] = []): Record<string, StyleFloor> {
  return Object.fromEntries(Array.from({ length: count }, (_, k) => first + k).filter((n) => !apart.includes(n)).map((n) => [`held-out-${n}.json`, CLEAN_FLOORS]));
}

const STYLE_FLOORS: Record<string, StyleFloor> = {
  'team-styles.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  'more-styles.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  // a writer named only at the page foot under a tag list is not read
  'held-out-10.json': { authorsRecall: 0.8, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-11.json': { authorsRecall: 0.98, maxLeak: 0.002, bodyF1: 0.995 },
  // mid-body ad and related labels the lexicon lacks leak where no paragraph stands after the title ("طالع: …" inline)
  'held-out-12.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-13.json': { authorsRecall: 0.97, maxLeak: 0.002, bodyF1: 0.995 },
  'held-out-14.json': { authorsRecall: 0.97, maxLeak: 0.003, bodyF1: 0.995 },
  // a mid-body heading over a related title after a short body line still leaks
  'held-out-15.json': { authorsRecall: 0.99, maxLeak: 0.009, bodyF1: 0.99 },
  'held-out-16.json': { authorsRecall: 0.96, maxLeak: 0.003, bodyF1: 0.99 },
  'held-out-17.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  // a three-word title under a video box, over a bullet line, is kept: it may be a subheading ("العيد.. والثوب الجديد")
  'held-out-18.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  'held-out-19.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  'held-out-20.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  // a heading over a related title inside the body after a line that is no paragraph ("ملخص" under a subheading)
  // (thirteenth round: titles set apart under paragraphs of a page no blank line parts, three-word ones too: 0.9% → 0.1%)
  'held-out-21.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.995 },
  // a video box's title over two subheadings in a row
  'held-out-22.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // a gallery's position over a title over more titles the source's body itself lists, or over a rule line
  'held-out-23.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  'held-out-24.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  'held-out-25.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  'held-out-26.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  // a two-word title ("تحرير عدن..") under a sponsored box's links is kept: it may be a subheading
  'held-out-27.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  'held-out-28.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  // a pinned title of two words ("📌 تحرير عدن..") is kept: a pin may head a short subheading
  'held-out-29.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.995 },
  // two related titles alone after the last paragraph (no chrome at all) still leak; one title under a single
  // share button no longer does (eleventh session: a chrome line of two words or more over the last title)
  // (twelfth round: two titles set apart by a blank line at the foot: 5.7% → 1.5%)
  // (thirteenth round: 1.5% → 0.4%, the rules for lone last titles)
  'held-out-30.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // first contact: author recall 0.855 (unlisted given names, "name — مراسلة …"), 4.8% leaked (a title under
  // "محتوى مدفوع" at the foot); a two-word title ("العيد.. والثوب الجديد") under the label is kept as a subheading
  'held-out-31.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 14.7% leaked (a writer's trade line of four words under the name, "… تواصل معنا" over two
  // related titles, "الإعلان معنا")
  'held-out-32.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  // first contact: 13.1% leaked (a rating widget "كيف تقيم هذا المقال؟" and its answers, "الأخبار السابقة", a writer's
  // name and biography after a wire's end mark), author recall 0.984
  'held-out-33.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  // first contact: headline 0.80 (the first title under "آخر الأخبار" over the page's own), 11.3% leaked (a podcast
  // call inside the body, "للتواصل مع الكاتب: …@…" over a title)
  'held-out-34.json': { authorsRecall: 0.99, maxLeak: 0, bodyF1: 0.995 },
  // first contact: 4.6% leaked ("الصورة التالية" over a title), "name - الوسط" read as one name; a reviewer's line
  // ("مراجعة: قسم التدقيق") and a two-word title still leak once each
  // (thirteenth round: a newsroom credit "مراجعة: فريق التحرير" is chrome: 0.3% → 0.1%)
  'held-out-35.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 20.4% leaked, author recall 0.64 ("العدد 4821 - الصفحة 7" over the writer, "صورة الكاتب" read as a
  // writer, "فيديو | title" inside the body, "ملك" no listed given name); one long video title still leaks
  'held-out-36.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.995 },
  // first contact: author recall 0.76 (an opinion page's writer over the headline; "✍️ name"), leak 0.1% (a
  // two-word title under a button, kept as a subheading by design)
  'held-out-37.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 5.0% leaked ("هل أنت مشترك؟ سجّل الدخول" over a title, "التصنيفات" as a tag list's heading)
  'held-out-38.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 11.5% leaked, author recall 0.74 ("الكاتب: name" lost to the eleventh round's writer-box heading
  // "الكاتب", a summary box "باختصار"); still: one related title alone after the last paragraph (4%), and "وعد", a
  // given name left out of the list as a common word (promise)
  // (twelfth round: a title set apart by a blank line under paragraphs no blank line parts: 4.2% → 1.0%)
  // (thirteenth round: 1.0% → 0, the same)
  'held-out-39.json': { authorsRecall: 0.96, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: author recall 0.77, 1.4% leaked (a French "Par name" byline)
  'held-out-40.json': { authorsRecall: 0.99, maxLeak: 0.004, bodyF1: 0.995 },
  // first contact: headline 0.76 (a sponsor's name under "برعاية" over the headline), 10.9% leaked ("تم النشر بواسطة
  // فريق التحرير", "انتهت التغطية المباشرة"); still: one related title between the last paragraph and that credit
  // (twelfth round: 4.0% → 0.9%, the same rule)
  // (thirteenth round: 0.9% → 0.3%, the same)
  'held-out-41.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.995 },
  // first contact: 17% leaked, author recall 0.55 (the writer and a note on the writer's views at an opinion page's
  // foot, "1.2 ألف مشاهدة", a writer's name and trade last on the page under the share buttons, "الوضع الليلي")
  'held-out-42.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: no leak, author recall 1 (a Hijri-free dated line, an embedded tweet's credit, arrowed related
  // titles, a correction note, a video player's clock): kept as a guard
  'held-out-43.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 12.4% leaked ("ما هو شعورك تجاه هذا الخبر؟", "العودة إلى النسخة الكاملة", bulleted titles of other
  // stories between paragraphs); still: three bulleted titles next to a short line
  'held-out-44.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.995 },
  // first contact: 19% leaked, author recall 0.77 (a cookie banner at the foot and its button "أوافق", a summary
  // box's bulleted items over the writer and the date, "تبرع الآن")
  'held-out-45.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 11.8% leaked, author recall 0.58 (an update stamp with its time only over the writer, the
  // headline printed again at the foot, "عرض كل مقالات name", "name - صحافي متخصص …" last under the share buttons)
  'held-out-46.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 3.6% leaked (a related title alone after the last paragraph, set apart by a blank line), author
  // recall 1 (precision is below the other sets' by design: the style credits a second writer and an editor the
  // wrap tool's gold does not list)
  // (thirteenth round: 0.5% → 0, the same)
  // (thirty-third round: the editor after a bar, "إعداد: X | تحرير: Y", is no second writer now: precision 0.71 → 0.838)
  'held-out-47.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995, authorsPrecision: 0.83 },
  // first contact: 29.8% leaked, headline 0.995 (a video player's error lines, "رابط المصدر", a poll with no
  // heading: its question, "نعم", "لا" over "صوت الآن"); still: one related title alone after the last paragraph
  // on a page of blank-line paragraphs (4.0%), which a last short paragraph or a cut-off scrape also looks like
  // (thirteenth round: one title last on a page of blank-line paragraphs, after a paragraph that ends a sentence,
  // is dropped: 4.0% → 0.3%)
  'held-out-48.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: headline 0.79 (a breaking-news banner "عاجل: …" over the headline), 4.9% leaked ("طباعة | إرسال |
  // حفظ"); still: a writer named at the foot over an e-mail and a phone line after a paragraph with no full stop
  'held-out-49.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: headline 0.82 (the file the story is filed in, "من ملف: …", over the headline), no leak
  'held-out-50.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 26.5% leaked (a comment thread under "3 تعليقات", "مدعوم بالذكاء الاصطناعي" under a listen button,
  // "عرض الشرائح" over a title); still: one title with dots for spaces ("ثلاثية..قادحة..فاضحة")
  'held-out-51.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.995 },
  // first contact: 6.9% leaked, author recall 0.995, headline 0.995 (a summary box "ملخص" over a blank line, a writer
  // parted from the date by "·")
  'held-out-52.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 21.3% leaked ("موضوعات" over its tags; one title last on a page of blank-line paragraphs; a title
  // under a one-word "شارك" after the last paragraph); still: such titles after a last paragraph that ends no sentence
  'held-out-53.json': { authorsRecall: 0.99, maxLeak: 0.007, bodyF1: 0.99 },
  // first contact: no leak, author recall 1 (a title tag with the site's name, two time stamps, an English interface,
  // one-letter share buttons, a video's length under the headline): kept as a guard
  'held-out-54.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 5.5% leaked, author recall 0.91 ("النسخة الورقية" under the writer read as a second writer, a lone
  // last title on a page of blank-line paragraphs, "سحر الجزائري | date": a given name left out of the lexicon; part of
  // it the wrap tool's unfilled "{ad}/{am}/{ay}" line, since replaced by a month-name date)
  'held-out-55.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 9.2% leaked ("جار التحميل..." under the headline, "مراجعة: فريق التحرير" over a title at the foot)
  'held-out-56.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: no leak, author recall 1 (a photographer's credit in brackets, "شاهد أيضا" over a title and a
  // clock between paragraphs, an opinion column's writer over the headline, "المحرر:" at the foot): kept as a guard
  'held-out-57.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 8.4% leaked, author recall 0.70 ("name، مراسل الموقع في القاهرة", "name @ date", two titles set
  // apart under one long paragraph, a three-word title, "وول ستريت …" opening on a noun spelt with و)
  'held-out-58.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: read time 0.88, 7.2% leaked ("تحتاج 3 دقائق لقراءة هذا المقال", "اقرأ في 5 دقائق", another story's
  // title under a read time at the foot)
  'held-out-59.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 5.1% leaked, author recall 0.77 (a writer named alone last on the page, "ضحى" missing from the
  // given names); still: such a name after a last paragraph that ends no sentence, or after a wire's time stamp
  'held-out-60.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 0.3% leaked, author recall 1 (a section and a date, a one-word kicker, a time or a breadcrumb
  // over the headline, the headline twice): kept as a guard; still "تحرير عدن.." (a two-word headline) under a date
  'held-out-61.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.995 },
  // first contact: 1.3% leaked, author recall 1 (dense pages of many chrome lines at once: only "عرض المزيد من الصور"
  // and the titles under it leaked)
  'held-out-62.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 29.3% leaked, date 0.80, author recall 0.82 (Al Jazeera's "قائمة 1 من 2" … "نهاية القائمة" inside the
  // body, Al Arabiya's two stamps on one line with "GST", "ربيع" and "ملاك" missing from the given names); still: a
  // writer last on the page after a last paragraph that ends no sentence
  'held-out-63.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: author recall 0.80, 2.5% leaked (Al-Masry's "date | كتب: name", "ليال" missing from the given
  // names); still: a lone title after a last paragraph that ends no sentence on a page of blank-line paragraphs
  'held-out-64.json': { authorsRecall: 0.99, maxLeak: 0.007, bodyF1: 0.995 },
  // first contact: 0.4% leaked, author recall 0.995 (Euronews, Alhurra, Al-Ain, BBC's foot, Asharq-Bloomberg): a guard; 0.2% since the twenty-fourth round
  'held-out-65.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.995 },
  // first contact: 22.4% leaked, author recall 0.946, headline 0.995 (mobile and app scrapes: "اسحب للأعلى لقراءة
  // المزيد", "الفيديو التالي", "عرض الموقع الكامل", "أعلى", "إعلان - تابع القراءة أسفل الإعلان", "شروق" as a given name)
  'held-out-66.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 24% leaked (a fact-check's verdict "الحكم: مضلل" and calls, an explainer's contents box "في هذا
  // المقال:" over its questions)
  'held-out-67.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.995 },
  // first contact (after correcting a read-time line of my own): 0.1% leaked, author recall 1 (a monitoring credit
  // "رصد:", live coverage, a Maghreb credit with the time, a Gulf print page, a TV site)
  'held-out-68.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 4.6% leaked, author recall 0.86 (a translated story's "عن صحيفة الغارديان البريطانية" under the
  // writer; an opinion page's writer over the headline under "مقالات الرأي", a name the given-name list lacks)
  'held-out-69.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 6.3% leaked (a press release's media contact at the foot, "للاستفسارات الإعلامية:" / name /
  // department; its name was first written as the page's writer, corrected: a contact is no writer)
  'held-out-70.json': { authorsRecall: 0.99, maxLeak: 0.001, bodyF1: 0.995 },
  // first contact: 0.8% leaked, author recall 0.925, precision 0.785 ("خاص ليبانون ديبايت" read as a writer, "رند"
  // missing from the given names, a three-word title under a follow call last on the page)
  'held-out-71.json': { authorsRecall: 0.99, maxLeak: 0.001, bodyF1: 0.995 },
  // first contact: 6.9% leaked (two related titles on lines of their own after the last blank-line paragraph); still:
  // such titles after a last paragraph that ends no sentence (truncated corpus texts)
  'held-out-72.json': { authorsRecall: 0.99, maxLeak: 0.009, bodyF1: 0.99 },
  // first contact: 4.1% leaked (a reading list's "أضف إلى قائمة القراءة" under the date, "قائمة القراءة" over saved
  // stories and "عرض الكل" at the foot)
  'held-out-73.json': { authorsRecall: 0.99, maxLeak: 0.001, bodyF1: 0.995 },
  // first contact: 9.7% leaked, author recall 0.84 (a podcast page's "الحلقة 25", "مدة الحلقة: 30 دقيقة" and "استمع
  // الآن" under the headline opened the body and took the writer's name with them)
  'held-out-74.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.995 },
  // first contact: 1.1% leaked, every leak a title after a last paragraph that ends no sentence (truncated corpus
  // texts); the chrome between paragraphs (captions, video links, a newsletter box, ad slots, a tweet) all dropped
  'held-out-75.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.995 },
  // first contact: 2.1% leaked, author recall 1 (the date over the headline, a photographer's credit, a kicker word,
  // the headline twice, a writer's desk all read); the leaks are lone last titles the rules leave by design (two
  // words, opening on "في", or after a truncated paragraph); "تصوير: X" credited X as an author until the twentieth
  // session (author precision 0.827; 0.969 since a photographer is no writer)
  'held-out-76.json': { authorsRecall: 0.99, maxLeak: 0.009, bodyF1: 0.99 },
  // first contact: headline 0.774, 11.4% leaked (a currency widget "دولار 3.75 ريال" over the headline read as the
  // headline; "تعرف على التفاصيل", "تم تحديث هذا الخبر …", "أسعار العملات" kept)
  'held-out-77.json': { authorsRecall: 0.99, maxLeak: 0.007, bodyF1: 0.995 },
  // first contact: headline 0.591, author recall 0.769 (a most-read box over the headline hid the headline and took
  // the writer as one of its items; "عاجل" alone over another story's title gave that title)
  'held-out-78.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // first contact: 1.2% leaked, headline and author recall 1 (a share count, a caption, a Latin brand line, a section
  // and date line, a writer's trade under the credit all read); the leaks are lone last titles left by design
  'held-out-79.json': { authorsRecall: 0.99, maxLeak: 0.008, bodyF1: 0.99 },
  // first contact: headline 0.758 (a sponsor's line "بالشراكة مع بنك الخليج" under "محتوى برعاية" taken for the
  // headline), 3% leaked (a series' "الحلقة السابقة" / "الحلقة التالية" links)
  'held-out-80.json': { authorsRecall: 0.99, maxLeak: 0.007, bodyF1: 0.99 },
  // first contact: 10.8% leaked (a call to report an error "هل وجدت خطأ في هذا المقال؟" / "أبلغنا", a badge and a
  // views count on one line "محدث | 2.5 ألف مشاهدة")
  'held-out-81.json': { authorsRecall: 0.99, maxLeak: 0.007, bodyF1: 0.99 },
  // first contact: 19.5% leaked, author precision 0.735 (a gallery's "12 صورة" and "عرض الألبوم كاملا", an
  // infographic's "اضغط على الصورة لتكبيرها", a writer's note under the credit, the outlet's address read as writers)
  'held-out-82.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // first contact (after correcting a stamp line of my own that the wrap tool cannot fill): 4.5% leaked, a live
  // page's "تحديث 14:05" between paragraphs
  'held-out-83.json': { authorsRecall: 0.99, maxLeak: 0.008, bodyF1: 0.99 },
  // first contact: 10% leaked (a star rating's "★★★★☆ (128 تقييم)" under the date; "المراجع" over a title at the
  // foot); emoji labels, a contents box, a relative time (no date read) and a poll were read
  'held-out-84.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // first contact: 5.1% leaked, headline 0.995 ("النص الأصلي (English)" over the body taken for its first paragraph,
  // and with it the last title at the foot kept); a comment thread, a newsletter box, a writer at the foot were read
  'held-out-85.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: 12% leaked, author recall 0.887 (a writer's trade on its own line under a name that is not read
  // alone, "سهام بن علي" / "كاتب وباحث في الشؤون الاقتصادية", kept both; an archive note under the date)
  'held-out-86.json': { authorsRecall: 0.99, maxLeak: 0.008, bodyF1: 0.99 },
  // first contact: 21.3% leaked, author recall 0.618 ("اسم الكاتب: …" not read as a credit, "القسم: أخبار محلية"
  // kept, a writer's account after the name, "نور الهدى بن عمر | تويتر: @writer_desk", read as a photo caption)
  'held-out-87.json': { authorsRecall: 0.99, maxLeak: 0.008, bodyF1: 0.99 },
  // first contact: 26% leaked, headline and author recall 0.774 (a stock ticker, "تاسي 11,234.5 ▲ 0.45%", over the
  // headline taken for it; "نُشر في الأصل على موقع ميدل إيست آي" kept with the title under it)
  'held-out-88.json': { authorsRecall: 0.99, maxLeak: 0.009, bodyF1: 0.99 },
  // first contact: 3.1% leaked, author recall 0.962 (an emoji before the label, "✍️ بقلم: جمال الدين بوزيان", hid the
  // credit of a name not read alone); a slash after the label, a trade in brackets, an honorific, an English label read
  'held-out-89.json': { authorsRecall: 0.99, maxLeak: 0.014, bodyF1: 0.99 },
  // first contact: 0.4% leaked (lone last titles), headline and author recall 1: no rule made
  'held-out-90.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99 },
  // first contact: 10.7% leaked (a newsletter's call "احصل على أهم الأخبار في بريدك" and its "سجّل" button, "ربما فاتك"
  // over two titles); a writer's box, two agencies on a source line and a send-to-a-friend form were read
  'held-out-91.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: 4.2% leaked (a live page's "تحديث تلقائي" switch, on every page of its style); a podcast box, an app
  // banner, a live blog's clock stamps between paragraphs, a report-an-error form and a tag cloud were read
  'held-out-92.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: nothing leaked (a video ad's skip button, a newsletter box, a photo credit and "تستمر القصة أدناه"
  // between paragraphs, a partner-content note)
  'held-out-93.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: 0.2% leaked (a writer's name over the date at the foot after a wire's time stamp, read as a
  // paragraph); a menu on one line, a summary box, a translator's credit and a correction note were read
  'held-out-94.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: author recall 0.655 (a writer's e-mail after the name, "جود الحسن | البريد الإلكتروني: …", read as a
  // contact line), 0.5% leaked ("الأكثر مشاركة" over numbered titles after a paragraph with no full stop)
  'held-out-95.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: 5.4% leaked (a row of buttons "استمع · شارك · احفظ" under the byline); "نزار الخياط، جدة" gave the
  // author "نزار الخياط، جدة" (the scorer's author match let it pass); a kicker, a relative time and a Hijri date were read
  'held-out-96.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: author recall 0.973 and 0.5% leaked (a writer signing at the foot as "✍️ name" after follow rows was
  // read as body); "name - محرر الشؤون الاقتصادية" gave that trade as the agency
  'held-out-97.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: author precision 0.795 ("إعداد: name | مراجعة: هيئة التحرير" gave the label "مراجعة" as a second
  // writer); no leak; Arabic-Indic dates, a stated read time in them and a currency ticker over the headline were read
  'held-out-98.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: 3.7% leaked (a writer's biography under the name in an "عن الكاتب" box at the foot, ending in a full
  // stop, read as the last paragraph); a print edition's issue number, a channel's hashtags and view count, an ad's
  // "read on below" note and a live page's update time in Mecca time were read
  'held-out-99.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: author recall 1, no leak, body F1 0.997 (no rule made): "بواسطة" and a date "at the hour", a
  // newsletter box between paragraphs, a translator's credit and "⏱ 3 دقائق", a correction note at the foot, a
  // most-read list above the headline
  'held-out-100.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: author recall 1, no leak, body F1 0.997 (no rule made): a Hijri date in Arabic-Indic digits, a
  // correspondent's trade and city after the name, an editor's label at the foot, English photo credits
  'held-out-101.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: author recall 0.823, leak 3.8%, body F1 0.995 — "بقلم: name | صحفي متخصص في …" kept the trade as a
  // second writer or lost the line (a trade after the bar is left out now): recall 1, no leak, body F1 0.997
  'held-out-102.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: author recall 1, no leak, body F1 0.997, headline 0.995 (a two-word headline over a writer and the
  // note on his trade gave the note as the headline; the note under a bare name is skipped now)
  'held-out-103.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact (after the one-word line under the headline was dropped, a rule of this round's articles): author
  // recall 1, no leak, body F1 0.997, author precision 0.775 ("تصوير: أرشيف الموقع" gave the archive as a writer; a
  // photo credit to an archive names nobody now: precision 0.964, the level of every set)
  'held-out-104.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // first contact: headline 0.78, leak 6.8%, author recall 0.995 — an update notice with its label ("تم التحديث منذ
  // ساعتين") was the headline, a toolbar of action words ("طباعة مشاركة حفظ") leaked (both chrome by shape now):
  // headline 1, no leak, author recall 1, body F1 0.997
  'held-out-105.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 106 (twentieth session), first contact: a copy editor's credit ("تدقيق: رنا الشامي") was read as a second
  // writer (author precision 0.827) and an infographic pointer with a bar ("انفوجراف | …") leaked (8.9%); now author
  // precision 0.964, leak 0.3% (one pointer whose title runs past a pointer's length), body F1 0.996
  'held-out-106.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 107 (twentieth session), first contact: a photographer credited after the writer ("تحرير: X | تصوير: Y") was a
  // second writer, or the whole line a caption when the writer's name had four words (author precision 0.833, recall
  // 0.968), and an AI summary box whose label carries a note in brackets leaked (17.7%); now precision 0.969, recall 1,
  // no leak, body F1 0.997
  'held-out-107.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 108 (twentieth session), first contact: the editor in charge named under the writer at the foot ("المحرر
  // المسؤول: …") hid the writer and both leaked (author recall 0.806), an "اختيارات المحرر" box between paragraphs and a
  // word count under the date leaked (31.2% in all); now recall 1, no leak, body F1 0.997
  'held-out-108.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 109 (twentieth session), first contact: a blogger's credit with a colon after the trade ("بقلم المدون: …")
  // was neither a byline nor chrome (author recall 0.796, leak 7.2%); now recall 1, no leak, body F1 0.997 (the
  // Mecca zone in brackets, a stopwatch read time, a follower count and a listen button were all read on contact)
  'held-out-109.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 110 (twentieth session), first contact: a file's label under the headline ("ملف خاص: أزمة المياه") stayed
  // as the first paragraph (leak 8%), and over a two-word headline it was taken for the headline (0.995, author
  // recall 0.962); now headline 1, recall 1, no leak, body F1 0.997
  'held-out-110.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 111 (twenty-first session), first contact: an envoy's title before the writer ("الموفد الخاص إلى نيويورك: …")
  // was neither a byline nor chrome (author recall 0.823, leak 5.8%), and a line of rates parted by bars over the
  // headline was taken for it (headline 0.833); now headline 1, recall 1, no leak, body F1 0.997
  'held-out-111.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 112 (twenty-first session), first contact: the editor-in-chief's credit ("بقلم رئيس التحرير: …") made the post a
  // second writer (author precision 0.842), and a section head's post under the name ("رئيس قسم الأخبار الدولية") and
  // a language reviewer's credit ("مراجعة لغوية: …") leaked (16.8%); now precision 0.969, recall 1, no leak, body F1 0.997
  'held-out-112.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 113 (twenty-first session), first contact: a dark-mode switch over the headline ("تفعيل الوضع الداكن") was taken
  // for it (headline 0.769), and a link to the audio version under the date and a serial's next-episode pointer at the
  // foot leaked (5.6%); now headline 1, no leak, body F1 0.997
  'held-out-113.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 114 (twenty-first session), first contact: a report's preparer ("أعد التقرير: …") and a coverage credit
  // ("تغطية: …") were no bylines (author recall 0.591), and read times worded "حوالي 3 دقائق للقراءة" and "يستغرق 3
  // دقائق من وقتك" were not read (read time 0.31, leak 18% in all); now recall 1, read time 1, no leak, body F1 0.997
  'held-out-114.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 115 (twenty-first session), first contact: a video pointer after a play glyph ("▶️ فيديو: …") and another
  // story's title alone in square brackets between paragraphs leaked (18.2%, body F1 0.988); now no leak, body F1 0.997
  'held-out-115.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 116 (twenty-first session): both month names parted by a slash, an era letter glued to the year, "ميلادي", a
  // morning time's word and a trade in brackets after the name were all read on first contact (headline, date and
  // author recall 1, no leak, body F1 0.997)
  'held-out-116.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 117 (twenty-first session), first contact: a supplement's label over the headline ("ملحق الاقتصاد الأسبوعي")
  // was taken for it (headline 0.801), and a note that the story ran in print ("نُشر في النسخة الورقية، العدد 18234")
  // leaked (6.9%); now headline 1, no leak, body F1 0.997
  'held-out-117.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 118 (twenty-first session), first contact: a read time last on the writer's and date's line ("… • 17 مارس 2018
  // • 3 دقائق قراءة") was never read and "دقيقة واحدة قراءة" there hid the line's writer and date (read time 0.324,
  // date 0.909), a poster's credit ("نشره: …") was no byline (author recall 0.737), and a sponsor's note ("هذا المحتوى
  // برعاية …") leaked (11.7% in all); now read time, date and recall 1, no leak, body F1 0.997
  'held-out-118.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 119 (twenty-first session), first contact: a month-first date with the Arabic comma ("مايو 30، 2018", as
  // WordPress prints it) was not read (date 0.839), and a credit of two joined labels with the source after a bar
  // ("إعداد وتحرير: … | المصدر: وكالات") was taken for a caption (author recall 0.796); now date and recall 1
  'held-out-119.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 120 (twenty-first session), first contact: the alt text of the writer's photo ("صورة الكاتب …") leaked (7.5%);
  // a follow button under the name, the account in brackets, "حُرر بتاريخ" and "تاريخ الخبر:" were read on contact; now
  // no leak, body F1 0.997
  'held-out-120.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 121 (twenty-first session), first contact: a guest writer's label ("كاتب ضيف: …") was no credit (author recall
  // 0.726), and a fact-checked badge, a contributor's credit at the foot ("ساهم في إعداد التقرير: …") and a note that
  // the story moved from the old site leaked (30.1% in all); now recall 1, no leak, body F1 0.997
  'held-out-121.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 122 (twenty-second session), first contact: a weather line over the headline ("درجة الحرارة في عمان 24°") was
  // taken for it (headline 0.839), a trade or title before the name ("الصحفية …", "أ.د. … ✍️") stayed in it or hid it
  // (author recall 0.812), and a time zone, a row of font buttons, a player's and a cookie banner's buttons and
  // load-more buttons leaked (27.2%); now headline and recall 1, leak 0.001, body F1 0.997
  'held-out-122.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 123 (twenty-second session), first contact: a newsroom post after the name in a credit ("بقلم: … - رئيس
  // التحرير") and a supervisor at the foot ("إشراف: …") were read as second writers, a column signed at the foot with a
  // star over the writer's trade and a WordPress line with the writer after the date ("نُشر بتاريخ … بواسطة …") gave no
  // writer (author precision 0.585, recall 0.629), and a note that the story is being updated, a thank-you line and an
  // editor's initials in slashes leaked (18.2% in all); now recall 0.995, leak 0.004 (one corpus page whose own "// يتبع //"
  // stands before the starred name), body F1 0.997
  'held-out-123.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 124 (twenty-second session), first contact: short captions ending on their credit after a dash or bar
  // ("متظاهرون وسط العاصمة | أ ف ب") were read as second writers (author precision 0.853), a numeric date with spaced
  // slashes ("12 / 3 / 2018") was not read (date 0.828), and a time stamp with its time zone leaked (8% in all); now
  // date 1, precision 0.969, no leak, body F1 0.997
  'held-out-124.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 125 (twenty-second session), first contact: the writer named with the verb of writing ("… يكتب:" over the
  // headline, "تكتب: …", "… يكتب" under it), an opinion label and the writer after a dash ("رأي - …") and a column's
  // label with a colon ("عمود: نقطة نظام") were not read (headline 0.371, author recall 0.349, leak 3.2%); now headline
  // and recall 0.962, leak 2%, body F1 0.996: the rest are one style whose name opens on "منة", which the given names
  // lack (its key is the word "منه"), so the name under the headline leaks and the column's label is taken for the headline
  // (twenty-fifth session: "منة" listed; headline and recall 1, leak 0.2%, floors ratcheted)
  'held-out-125.json': { authorsRecall: 0.99, maxLeak: 0.004, bodyF1: 0.99, headline: 0.99 },
  // set 126 (twenty-second session), first contact: a writer and the read time on one line after a bullet or bar
  // ("… · 5 دقائق قراءة", "… | وقت القراءة: 5 دقائق"), a writer before the time since publication after a bullet, and a
  // writer and date parted by a slash were not read (read time 0.39, author recall 0.425, leak 26.4%); now read time and
  // recall 1, leak 0.003 (no chrome line of the set's own leaks whole), body F1 0.997
  'held-out-126.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 127 (twenty-second session), first contact: links to the rest of the story ("أكمل قراءة المقال", "تابع بقية
  // الخبر", "اقرأ القصة كاملة") leaked (17.1%), and a starred note that the translation was made for the site ("* ترجمة
  // خاصة بالموقع") was read as a second writer (author precision 0.819); now no leak, precision 0.969, body F1 0.997
  'held-out-127.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 128 (twenty-second session), first contact: credit labels not met before ("كاتب المقال: …", "مقال رأي بقلم …",
  // "بحث وإعداد: …", "بقلم الكاتبة الصحفية …") and a trade right after the name with no dash gave no writer or the trade
  // in the name (author recall 0.237, leak 27.2%); now recall 1, no leak, body F1 0.997
  'held-out-128.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 129 (twenty-second session), first contact: a note on the writer at the foot ("الكاتب صحفي أردني") gave the
  // writer "أردني" (author precision 0.647), and it, a dashed note ("- كاتب أردني") and a link to the writer's archive
  // leaked (14.2%); now precision 0.967, leak 0.001, body F1 0.997, recall 0.957: a name the given names lack ("هيا")
  // signed at the foot over a dashed note is not read
  'held-out-129.json': { authorsRecall: 0.95, maxLeak: 0.002, bodyF1: 0.99 },
  // set 130 (twenty-third session), first contact: a summary box a language model wrote ("ملخص سريع", "النقاط
  // الرئيسية", bulleted points, "تم إنشاء هذا الملخص باستخدام الذكاء الاصطناعي"), key points parted by blank lines, a
  // read-aloud player's "صوت مولد آليا" (read as the writer) and "عمان ـ من X" leaked (37.5%, author recall 0.78);
  // now leak 0.001, recall 1, body F1 0.997 (its dateline score means nothing: the place in "عمان ـ من X" is not in
  // the generated gold)
  'held-out-130.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 131 (twenty-third session), first contact: the outlet's own correspondent ("مراسلنا في عمان X" with no
  // separator, "X، مراسلنا في عمان"), "بيروت ـ من X", a photo's rights line ("حقوق الصورة: أ ف ب", read as a second
  // writer) and a lone "الإعلان" gave author precision 0.49, recall 0.398, leak 32.3%; now precision 0.969, recall 1,
  // leak 0.001, body F1 0.997
  'held-out-131.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 132 (twenty-third session), first contact: press releases ("بيان صحفي" over the headline, a box on the
  // company with its paragraph, "لمزيد من المعلومات، يرجى التواصل مع:"), a blog's comment form ("إلغاء الرد") and a tech
  // story's "عبر: The Verge" leaked (18.8%; 3% with the rules of sets 130-131); now leak 0.001, body F1 0.997 (its
  // agency score falls where a CNN lead the generated gold does not know is now read once no label stands before it)
  'held-out-132.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 133 (twenty-third session), first contact: a read time's label on its own line over the minutes ("مدة
  // القراءة" / "3 دقائق": the label was read as a second writer, the minutes not read) and a writer's label after the
  // name ("X :الكاتب") gave read time 0.382 and author recall 0.801; now read time 1, recall 1, no leak
  'held-out-133.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 134 (twenty-third session), first contact: readers' comments under the article (a name, an age, the comment,
  // "رد") and numbered notes under "الهوامش:" leaked (16.9%); now no leak, body F1 0.997
  'held-out-134.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 135 (twenty-third session), first contact: a credit's label alone on its line over the name ("بقلم:" /
  // name: no writer read, both lines left in the body) and a copy editor's ("تدقيق:" / name) gave author recall 0.817
  // and leak 16.3%; now recall 1, leak 0.001
  'held-out-135.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 136 (twenty-third session), first contact: credit and source labels alone at the foot over the name or outlet
  // ("الكاتب:" / name, "إعداد:" / name, "المصدر:" / "وكالات") gave no writer and leaked, and a note that the story ran
  // in print ("نشر في العدد الورقي … بتاريخ …") gave its date as the page's (author recall 0.575, leak 25.6%, date
  // 0.801); now recall 1, no leak, date 1
  'held-out-136.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 137 (twenty-third session), first contact already held (no rule made): the headline printed twice, a section
  // and the date on one line over it, the update's date before the publication's, packed paragraphs with chrome
  // between them, the writer again at the foot — leak 0.007 (the foot writer after a wire's "// انتهى //"), recall 1
  'held-out-137.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 138 (twenty-third session), first contact: titles before an opinion writer's name ("د/ X", "المستشار/ X",
  // "ذ. X", "المهندس X", "بقلم الأستاذ الدكتور: X"), two trades joined by و and a starred name "X (*)" kept the title in
  // the name or gave none (author precision 0.811), and "(*) كاتب ومحلل سياسي أردني" leaked (8.6%); now precision
  // 0.969, recall 1, no leak
  'held-out-138.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 139 (twenty-third session), first contact: a credit's label with tatweel or vowel marks ("كتـب:", "بِقَلَمِ:")
  // or a full-width colon ("بقلم：X") gave no writer or the label in the name (author recall 0.629); messy chrome
  // (tatweel, diacritics, bidi marks, Arabic-Indic read times) already held; now recall 1, no leak
  'held-out-139.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 140 (twenty-third session), first contact: wordings not met before for ideas met before ("إعلان تجاري",
  // "الإعلانات", "أكمل القراءة بعد الإعلان", "حجم النص", a slashed trail from "الصفحة الرئيسية" over the headline,
  // "ننصحك أيضا", "قراءة لمدة 4 دقائق") gave headline 0.812, read time 0.278, leak 33.7%; now 1, 1 and 0
  'held-out-140.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 141 (twenty-third session), first contact: the buttons and labels around a writer and a date on newer pages
  // ("للتو", "أمس 10:45 م", "النسخة الصوتية", "حفظ في القائمة", "+ تابع", "الملف الشخصي") and an editor's note under
  // its label on a line of its own ("تصحيح" / "ورد في نسخة سابقة من هذا الخبر …") leaked (29.9%); now no leak
  'held-out-141.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 142 (twenty-third session), first contact: the outlet and the wires credited alone at the foot ("الجزيرة +
  // وكالات", "CNN بالعربية") leaked (11.1%); now no leak (its agency score means nothing: the generated gold does not
  // know the foot credit)
  'held-out-142.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-143.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-144.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-145.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-146.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-147.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 148 (twenty-fifth session), first contact: an e-paper's button "تصفح العدد" at the foot leaked (3%); now no leak
  'held-out-148.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 149 (twenty-fifth session), first contact: a writer whose given name the list lacked ("لين الرواشدة") leaked
  // alone under the date and kept the writing hand before it ("✍️ لين الرواشدة" as the author): recall 0.941, leak
  // 1.3%; now 1 and no leak
  'held-out-149.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 150 (twenty-fifth session), first contact: a writer after the date and a bar whose given name the list lacks
  // ("… 2019 | بيسان العتوم") was not read: authors recall 0.898; now 1
  'held-out-150.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 151 (twenty-fifth session), first contact: a comment form's note to log in at the foot ("يجب عليك تسجيل الدخول
  // لنشر تعليق.") leaked (5.4%); now no leak
  'held-out-151.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 152 (twenty-fifth session), first contact: "محتوى مدعوم" over two sponsored titles at the foot leaked where the
  // titles' punctuation hid them from the related-titles rules (0.5%); now no leak
  'held-out-152.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 153 (twenty-sixth session), first contact: a content warning under the date ("تحذير: يحتوي هذا التقرير على
  // صور قد تكون مزعجة لبعض القراء") leaked (7.3%); now no leak
  'held-out-153.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 154 (twenty-sixth session), first contact: a blog platform's "بواسطة admin" under the date leaked (4.9%), and
  // "X* كاتب وباحث" kept the star in the author's name (authors precision 0.974); now no leak, no star
  'held-out-154.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 155 (twenty-sixth session), first contact: a word count beside the read time ("850 كلمة · 4 دقائق") and a
  // reading level ("مستوى القراءة: متوسط") under the date leaked (12.2%); now no leak
  'held-out-155.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 156 (twenty-sixth session), first contact: a health site's header ("كتابة: X", "آخر مراجعة طبية: 17/03/2018",
  // "راجعه طبيا: د. X") leaked whole with neither writer nor date read, and a licence note at the foot ("… بموجب رخصة
  // المشاع الإبداعي") leaked: leak 31.2%, authors recall 0.731, date 0.742; now no leak, recall and date 1
  'held-out-156.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 157 (twenty-sixth session), first contact: a metered paywall's "تبقى لك 3 مقالات مجانية هذا الشهر", an episode
  // and season under the headline ("الحلقة 12 | الموسم 2") and a read-aloud button leaked (20.5%), and the title
  // printed again between paragraphs stayed in the body (precision 0.985); now no leak, precision 1
  'held-out-157.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 158 (twenty-seventh session), first contact: a genre's label alone under the date ("تحليل", "مقال رأي", "تقرير
  // خاص") and a section's trail ("الأخبار / سياسة") leaked (23.8%); now no leak
  'held-out-158.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 159, first contact: a fact-check's claim ("الادعاء: …") and verdicts ("النتيجة: مضلل", "درجة الدقة: مضلل
  // جزئياً", "التقييم: ادعاء خاطئ") leaked (11.2%), and an unlisted given name over a verdict (براء) too: recall 0.957;
  // now no leak, recall 1 (what remains are the corpus's own second writers, as in every set)
  'held-out-159.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 160, first contact: the print edition named under the date or at the foot leaked (21.0%), and "تحليل: X",
  // "تقديم: X" gave no writer: recall 0.559; now no leak, recall 1
  'held-out-160.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 161, first contact: "للكاتب X", "مقال لـ X", "ضيف المقال: X", "مدونة X", "X منذ 3 ساعات" gave no writer or the
  // label in the name (recall 0.376, leak 34.1%); now no leak, recall 1
  'held-out-161.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 162, first contact: "مقترحات لك" and "فيديو متعلق" over another story's title, "الصورة تعبيرية" between
  // paragraphs, a link to the original site, a rating prompt and "هذا الخبر قيد التحديث" leaked (26.5%); now no leak
  'held-out-162.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 163, first contact: a match card under the date (the round, "الهلال × النصر", "الملعب: …", "الحكم: …", the
  // crowd, the final score) leaked (38.1%), and an unlisted given name under the date over the card (هلا) gave no
  // writer: recall 0.946; now no leak, recall 1
  'held-out-163.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 164, first contact: a match's statistics at the foot, "الدقيقة 90+3" between paragraphs, a goals heading, the
  // final whistle and the league's widgets leaked (15.2%); now no leak
  'held-out-164.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 165, first contact: a beta badge ("نسخة تجريبية", "الإصدار التجريبي") and "شكرا لاشتراكك" leaked (17.1%); now no
  // leak
  'held-out-165.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 166, first contact: a reading-progress bar ("أكملت 45% من المقال"), the reading time left and a summary's
  // listen button leaked (31.2%); now no leak
  'held-out-166.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 167, first contact: a language switch ("هذا المقال متاح أيضا باللغة الإنجليزية", "اقرأ بالإنجليزية", "عرض النص
  // الأصلي") and "نُشر لأول مرة على موقعنا الإنجليزي" leaked (29.6%); now no leak
  'held-out-167.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 168, first contact: "X | مقالات الكاتب (25)" made 28 of 186 articles fail with an internal error (a title
  // phrase read past a bracket that closed the line), "X + متابعة" kept the button in the name, and calls to correct
  // the story leaked (9.8%); now no error, no leak, recall 1
  'held-out-168.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 169, first contact: a markets table's header row, a share's quote, a forecast's heading and cities' highs and
  // lows leaked (23.6%), recall 0.978; now 5.4% — "إربد 21/12" stays (a day and month as well as a high and low) —
  // and recall 0.984 ("مجد", a common word the given-name list leaves out, alone under the date); at the twenty-ninth
  // round 4.9% and recall 1 (a name under the date, over the blank line that ends the header, is the writer's); at the
  // sixty-first no leak ("إربد 21/12", a known city and a day and month alone, is no sentence)
  'held-out-169.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 170, first contact: a skip link or a search box over the headline took the headline's place: headline 0.167,
  // recall 0.812; now 1 and 1
  'held-out-170.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 171, first contact: "👁️ 1.2 ألف" under the date, "🔔 فعّل التنبيهات" and "--- نهاية الخبر ---" at the foot leaked
  // (23.7%); now no leak
  'held-out-171.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 172, first contact: "الخبر بالصوت", "الخبر بالفيديو" and "خلاصة الخبر في 30 ثانية" under the date leaked (26.3%);
  // now no leak
  'held-out-172.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 173, first contact: "كلمات البحث: …", "تصنيفات: …", "ارسل الخبر لصديق", "غرد على تويتر", "الموضوعات المرتبطة" and
  // "ترخيص رقم 1234" at the foot leaked (6.9%); now no leak
  'held-out-173.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 174, first contact: a playlist's "يتم التشغيل الآن" (and the video's title under it), "اضغط لتحديث الصفحة" and
  // "نهاية منشور تويتر" leaked (13.0%); now no leak
  'held-out-174.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 175, first contact: a foot of a poll, a pager, reactions with counts and a QR call (0.3%, most dropped with the
  // foot); now no leak
  'held-out-175.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 176, first contact: "تسجيل الدخول | إنشاء حساب" over the headline took its place (headline 0.828) and "الخبر
  // مترجم آليا" leaked (13.4%); now 1 and no leak
  'held-out-176.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 177, first contact: "الخبر رقم: 45123", "اختصار الرابط" and "الخط: أ+ أ-" under the date leaked (13.7%); now no
  // leak, and "ستقرأ في 3 دقائق" is the read time
  'held-out-177.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 178, first contact: bans on copying at the foot ("ممنوع النسخ", "يمنع نسخ أو إعادة نشر …") leaked (7.9%); now no leak
  'held-out-178.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 179, first contact: calls to share and follow at the foot (0.5%, most dropped with the foot); now no leak
  'held-out-179.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 180, first contact: "إعلان - قم بالتمرير للمتابعة", "البقية في الأسفل" and other stories' titles after "»" or "←"
  // between paragraphs leaked (32.6%); now no leak
  'held-out-180.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 181, first contact: "بقلم: X — محرر الشؤون الاقتصادية" (an em dash) gave no writer and leaked, "كتب: X (صحفي)"
  // kept "(صحفي" in the name, "فريق التحرير" under the headline was read as a writer and "محرر الموقع" leaked: authors
  // precision 0.566, recall 0.612, leak 21.8%; now recall 1, precision 0.942 (the corpus's own writers), no leak
  'held-out-181.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 182, first contact: a topic's tag beside the date ("12 مارس 2024 | كأس العالم", "أزمة الطاقة", "قمة المناخ") was
  // read as a second writer, and "مرح الغويري" alone under the date leaked: authors precision 0.602, recall 0.935, leak
  // 3.0%; now precision 0.969 (the corpus's own writers), recall 1, no leak
  'held-out-182.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 183, first contact: a series' part and label under the date, its notes at the foot, "تغطية مباشرة | الحرب على
  // غزة" and "شاهد بالفيديو" / "إنفوجرافيك" between paragraphs leaked (41.0%); 2.2% and recall 0.903 at the twenty-eighth
  // round's end ("جنان", "هيا" alone under the date); now no leak and recall 0.995 (a name under the date, over the blank
  // line that ends the header, is the writer's)
  'held-out-183.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 184, first contact: a foot of services ("للإعلان: …", "إعلانات مبوبة", "كن مراسلا معنا", "منقول", "ينشر بالتزامن
  // مع …") leaked (6.8%); now no leak
  'held-out-184.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 185, first contact: a foot of service widgets (prayer times, weather, gold, a bourse index, results), each
  // under its heading, dropped with the foot: no leak (single widget lines leaked in probes: rules and tests added)
  'held-out-185.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 186, first contact: "الأخبار العاجلة على واتساب", "انضم الآن", "تابع أخبارنا العاجلة على هاتفك المحمول", "شكرا
  // لتقييمك" at the foot and "يتواصل المقال أدناه" between paragraphs leaked (26.8%); now no leak
  'held-out-186.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 187, first contact: "ملف خاص" under the headline was read as a writer (authors precision 0.767, one headline
  // lost to it) and "نشر في العدد 12345 من صحيفة الغد", "الصفحة 5 من العدد المطبوع" leaked (8.0%); now no leak
  'held-out-187.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 188, first contact: embeds' labels and consent notes, "رسم توضيحي" between paragraphs leaked (17.3%) and "النص
  // الكامل" under the writer hid "وعد الدباس" (recall 0.946); now no leak, recall 1
  'held-out-188.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 189, first contact: "احفظ المقال لقراءته لاحقا" over the headline took its place once (0.995) and leaked, a
  // closed comment box's note leaked (3.6%); now no leak
  'held-out-189.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 190, first contact: phone and fax on one line, a post-office box and a story's code leaked (1.8%), "بيان الرفاعي"
  // alone under the date unread (recall 0.962); now 0.8%: "بيان" (a statement) stays out of the names read there
  'held-out-190.json': { authorsRecall: 0.96, maxLeak: 0.009, bodyF1: 0.99 },
  // set 191, first contact (on the round's first build): a live page's sort buttons and load-more links, mostly
  // dropped with the header or foot (0.2%: "عرض المزيد من الأخبار"); now no leak
  'held-out-191.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 192, first contact: "نص الحلقة" under the date was read as a second writer (every article of its style), and
  // "استمع على Spotify", "جميع الحلقات", "النص الكامل للحلقة" leaked (27.4%); now no leak
  'held-out-192.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 193, first contact: "ترجمة خاصة" under the writer was read as a second writer (authors precision 0.816), "اقرأ
  // هذا الخبر بالإنجليزية", "من الويب", "روابط إعلانية", "إقرأ للكاتب أيضا" and their titles leaked (6.3%); now no leak
  'held-out-193.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 194 (bylines), first contact: "كتب المحرر: X", "Samer Khatib X", "@handle X", "من مراسلنا X" gave no writer and
  // leaked, "مكتب عمان" was read as one: authors recall 0.220, precision 0.482, leak 40.3%; now recall 1, no leak
  'held-out-194.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 195, first contact: an app's banners ("التطبيق أفضل لتجربة القراءة" under the date, "متابعة القراءة في التطبيق"
  // between paragraphs) and "عرض النسخة المختصرة" leaked (16.4%); now no leak ("تحرير عدن.." over a name still loses
  // the headline to it once, a known gap)
  'held-out-195.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 196, first contact: readers' counts ("قرأ هذا الخبر 1,234 مرة", "123 شخص قرأ هذا الخبر"), "تقييم القراء: 4.2/5"
  // and "أظهر التعليقات" leaked (24.9%); now no leak
  'held-out-196.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 197, first contact: "أخبار | محليات | الأردن" over the headline took its place (headline 0.785), "الآن: …" under
  // it and a video player's buttons leaked (11.3%); now headline 1, no leak
  'held-out-197.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 198, first contact: "محتوى مقترح", "أخبار من الشبكة", "آخر الأخبار من القسم" and their titles, a call to send
  // news, a comment-manners note and a sign-up's consent line leaked (3.8%); now no leak
  'held-out-198.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 199, first contact: "مراجعة وتدقيق: قسم التحرير" under the writer was read as a second writer (authors precision
  // 0.834), "الصورة الرئيسية: رويترز" and "الكلمات: 850" under the date leaked (28.7%); now no leak
  'held-out-199.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 200, first contact: a funded piece's notes ("تم إنتاج هذه المادة بدعم من الاتحاد الأوروبي", the donor's
  // disclaimer, "هذا المحتوى من إنتاج فريق …") leaked where the foot was not dropped whole (1.0%); now no leak
  'held-out-200.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 201, first contact: "لا توجد نتائج", "حدث خطأ، حاول مرة أخرى", "عذرا، لم يتم العثور على الصفحة" at the foot
  // leaked (16.3%); now no leak
  'held-out-201.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 202, first contact: a developing story's update notes ("الخبر محدث", "خبر عاجل - تحديث مستمر", "يتم تحديث هذا
  // الخبر تباعا"), an age warning and "ملخص الخبر بالذكاء الاصطناعي" under the date leaked (35.3%), and the age warning
  // under a name the given-name list lacks hid the writer (recall 0.909); now no leak, recall 1
  'held-out-202.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 203, first contact: the outlet's own accounts ("صفحتنا على فيسبوك"), "المحتوى المدعوم" and its titles, "أبلغ عن
  // مشكلة في هذه الصفحة", "ساعدنا على الاستمرار" leaked (6.8%); now no leak
  'held-out-203.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 204, first contact: a wire's end codes ("(النهاية) س ج / هـ ب", "كونا151230 جمت مار 24") leaked where the foot
  // was not dropped whole (0.6%), and "--(بترا) ح ص/ م ح" gave the agency; now no leak
  'held-out-204.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 205, first contact: daily boxes at the foot ("آية اليوم" over a verse, "حديث اليوم" over a saying with its quote,
  // "حكمة اليوم", "برجك اليوم" over the signs) leaked (34.5%); now no leak
  'held-out-205.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 206, first contact: an event's card ("📌 معلومات الفعالية", "المكان: …", "الدخول مجاني") between paragraphs and
  // its labelled lines at the foot leaked (22.1%); now no leak
  'held-out-206.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 207, first contact: an accessibility bar under the date ("التباين العالي", "تكبير النص | تصغير النص | إعادة
  // ضبط") and its notes at the foot leaked (10.1%); now no leak
  'held-out-207.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 208, first contact: a results widget ("نسبة المشاركة: 45.2%", "الخريطة التفاعلية للنتائج", "اضغط على المحافظة
  // لعرض النتائج") leaked where the foot was not dropped whole (2.1%); now no leak
  'held-out-208.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 209, first contact: "3 مايو 2018 | دقيقتان من القراءة" (the minutes "of reading" after the date) was no date
  // line, so the date, the read time and the writer under it were lost (date 0.914, read time 0.946, recall 0.914, 6.2%
  // leaked); now 1, 1, 1 and no leak
  'held-out-209.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 210, first contact: fact boxes between paragraphs ("التسلسل الزمني", "بالأرقام", "حقائق سريعة" and their lines)
  // leaked (41.5%); now no leak (body recall 0.994 → 0.993: a corpus article's short lines right after a box go with it)
  'held-out-210.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 211, first contact: a countdown over the headline took its place (headline 0.774), a fuel price under the writer
  // leaked (7.7%); now headline 1, 1.4% leaked: "بيان الحديد" under the date stays unread ("بيان" is a statement's word
  // to the lexicon, a known gap), recall 0.957
  'held-out-211.json': { authorsRecall: 0.95, maxLeak: 0.015, bodyF1: 0.99 },
  // set 212, first contact: "كرم البطوش، مراسل الشؤون الاقتصادية" (a given name the list lacks, a comma, a trade) was
  // no byline (recall 0.978, 1.1% leaked); now recall 1, no leak
  'held-out-212.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 213, first contact: dates with both month names ("آذار/مارس", "مارس (آذار)"), a Hijri date before the Gregorian,
  // a dotted date with the time: all read (date 1, no leak) — kept as a guard
  'held-out-213.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 214, first contact: a shopping story's notes (an affiliate disclosure under the date, "تسوق الآن", "اشتر الآن من
  // أمازون", "السعر: 49 دولارا", a coupon) leaked (17.0%); now no leak
  'held-out-214.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 215, first contact: a review's box ("التقييم النهائي: 8/10", "الإيجابيات" and "السلبيات" over their items,
  // "المواصفات" over labelled lines) leaked (15.0%); now no leak
  'held-out-215.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 216, first contact: a recipe's times, servings and difficulty under the date, "المقادير" over the ingredients
  // leaked (32.5%); now no leak
  'held-out-216.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 217, first contact: a chart's and a map's titles ("رسم بياني: …", "خريطة: …") and a call to enlarge leaked
  // (12.3%), the chart's source read as the agency (0.677); now no leak, agency as the other sets (body recall 0.994 →
  // 0.993: a corpus subheading right after the enlarge call goes with it)
  'held-out-217.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 218, first contact: "محمد أبو زريق - 12 هدفا" under "الهدافون" at the foot was read as a second writer and "12
  // هدفا" as the agency (authors precision 0.795, agency 0.597), 0.7% leaked; now precision as the other sets, no leak
  'held-out-218.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 219, first contact: French chrome on a Maghrebi page ("Lire aussi", "Partager sur Facebook", "Tous droits
  // réservés") all dropped, no leak; "Lecture : 3 min" was dropped as chrome, not read as the read time (now read) —
  // kept as a guard
  'held-out-219.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 220, first contact: English chrome on a Gulf page ("Related Articles", "Advertisement", "Share this article",
  // "4 min read") all dropped or read, no leak — kept as a guard
  'held-out-220.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 221, first contact: Maghrebi dates ("على الساعة", "جوان", the time first) all read; the scorer counts one date
  // line as leaked where the story's first paragraph repeats the date (0.3%) — kept as a guard
  'held-out-221.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 222, first contact: a book's and a film's cards leaked (16.9%: "بطاقة الفيلم", "سيناريو: …", "سنة النشر: …"),
  // "المؤلف: …" in the book's card was read as a second writer (authors precision 0.816) and "اللغة: العربية" gave the
  // agency "العربية" (0.634); now no leak, precision and agency as the other sets
  'held-out-222.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 223, first contact: a helpline's box for readers in distress and a note that a tool helped write the text
  // leaked (14.2%); now no leak
  'held-out-223.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 224, first contact: a quiz ("سؤال سريع" over its question, "صح أم خطأ؟", "الإجابة الصحيحة: ب", "نتيجتك: 4 من
  // 5", "ابدأ الاختبار") leaked (37.0%); now no leak
  'held-out-224.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 225, first contact: a match report's box (goals with minutes, the referee, the stadium, the crowd, the cards)
  // all dropped, no leak — kept as a guard
  'held-out-225.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 226, first contact: a markets box ("أسعار المحروقات" over its rows, "البيانات متأخرة 15 دقيقة", the close's
  // time) leaked (10.7%); 0.2% left (a share's row at one story's foot)
  'held-out-226.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 227, first contact: "للاقتباس من هذا المقال:" leaked (4.7%) and the reference under it was read as the agency
  // (0.608); now agency as the other sets, 0.3% left (a sources list at one story's foot)
  'held-out-227.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 228, first contact: social embeds' labels ("المنشور على إكس", "مشاهدة على YouTube", "شاهد الفيديو على
  // TikTok", a TikTok sound line) leaked (10.4%); now no leak
  'held-out-228.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 229, first contact: service boxes (results link, a draw's numbers, a hotline, office hours) leaked 2.0%; 1.1%
  // left ("مواعيد العمل" and "رابط الاستعلام عن النتيجة" where the foot is not dropped whole)
  'held-out-229.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 230, first contact: writers with compound names ("سيدي محمد ولد أحمد", "أبو بكر الحسيني", "فاطمة الزهراء آل
  // سعيد" after a place and a dash) went unread (authors recall 0.801; the bar style lost its date too, 0.914) and 7.0%
  // leaked; now recall 1, date 1, no leak (dateline 0.645: the scorer's gold has no dateline for "نواكشوط - …", which
  // is read)
  'held-out-230.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 231, first contact: dates in other shapes (an ISO stamp, a dotted date, a glued era letter) all read — a guard
  'held-out-231.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 232, first contact: a site's top bar over the headline (a language switcher, an edition picker, dark mode, a
  // login bar, a search prompt) all dropped — a guard
  'held-out-232.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 233, first contact: service tables (a forecast's rows, a flights board, an exam timetable, roads) leaked 2.2%;
  // now no leak
  'held-out-233.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 234, first contact: a newsroom's trust notes ("✔ تم التحقق من المعلومات الواردة في هذا التقرير", "معاييرنا
  // التحريرية", "عدد المصادر: 4") leaked 6.0%; now no leak
  'held-out-234.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 235, first contact: a Ramadan box ("مواعيد الإفطار" over cities' times, "موعد السحور: 4:05 فجرا") leaked 2.2%;
  // 0.3% left (fasting hours and a zakat figure at two stories' feet)
  'held-out-235.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 236, first contact: Levantine writers whose given names the list lacked ("ميرنا خوري", "نغم منصور", "لونا
  // صفوان") went unread before a bar and the date (authors recall 0.882); now 1 — by the widened given-name list (these
  // names are among its new ones), dateline 0.672 (the scorer's gold has none for "بيروت - …")
  'held-out-236.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 237, first contact: Christian, Kurdish and Amazigh names ("هيفين كوباني", "سركيس نعوم", "ماسينيسا أوعلي") went
  // unread before a bar and the date and alone under the date, where they leaked as body (authors recall 0.753, 8.0%
  // leaked); now recall 1, no leak — under the date by position (any given name), before the bar by the widened list
  'held-out-237.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 238, first contact: dates in more shapes (the Hijri date alone, the month first, dashes with the month's name,
  // the time first) all read — a guard
  'held-out-238.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 239, first contact: a masthead's posts with names at the foot ("المحرر المسؤول: …", "مدير التحرير: …") read as
  // no writer, 0.2% leaked (the founder's line at one story's foot) — a guard
  'held-out-239.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 240, first contact: a wire's credits in the Reuters Arabic shape at the foot (authors recall 0.602, precision
  // 0.691): the credits with their brackets lost and "شارك في التغطية X" went unread; the full style named a reporter,
  // a writer by our convention where the gold has one (the reporter became a bureau after first contact); now recall 1
  'held-out-240.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 241, first contact: a sports page's kicker ("الدوري المصري | الجولة 12", "دوري أبطال أفريقيا - المجموعة
  // الثانية") was taken for the headline (0.591) and a broadcast note leaked (6.8%); now headline 1, no leak
  'held-out-241.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 242, first contact: dates and credits in Arabic-Indic digits all read — a guard
  'held-out-242.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 243, first contact: separators and continuation marks ("* * *", a tatweel rule, "(يتبع)", "انتهى") all
  // dropped — a guard
  'held-out-243.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 244, first contact: a writer and the place filed from in other shapes ("X من واشنطن", "بغداد: X", "X (باريس)",
  // "مراسلنا في لندن X") all read (dateline 0: the scorer's gold has none where every style prints a city) — a guard
  'held-out-244.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 245, first contact: a transfer's card ("بطاقة اللاعب", "قيمة الصفقة: …", "مدة العقد: …") and the window's rows
  // ("سوق الانتقالات الصيفية 2024", "رونالدو → النصر (مجانا)") leaked 32.8%; now none
  'held-out-245.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 246, first contact: a local paper's obituaries ("وفيات الأحد" over names, "إنا لله وإنا إليه راجعون" over a
  // notice, "الدفن: …") leaked 23.3%; now none, and no name in them read as a writer
  'held-out-246.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 247, first contact: alert banners ("تنبيه من المركز الوطني للأرصاد: …" over the headline, "⚠️ إغلاق طريق …",
  // "🔴 إنذار أحمر: …" under the date) were taken for the headline (0.602) or leaked (12.5%); now no leak, headline
  // 0.812: an earthquake's strip with no label over the headline ("هزة أرضية بقوة 4.2 درجات …") still read as the
  // headline — a line of a headline's shape; sixty-fourth round: 0.941, the strip shares no word with the body the
  // headline under it retells (`aboutAnotherStory`), except over a headline longer than it or sharing fewer than two
  // (seventy-fifth round: 0.957, a strip sharing one word with the body, under two more of the headline's, is one too)
  'held-out-247.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.95 },
  // set 248, first contact: a questions box at the foot ("الأسئلة الشائعة", "سؤال وجواب", "ما تحتاج معرفته" over
  // questions and short answers) leaked 33.9%; now none
  'held-out-248.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 249, first contact: an election's cards ("المرشح: …", "الفائز بالمقعد: …", "الفارق: …") leaked 1.5%; now none
  'held-out-249.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 250, first contact: a series' card ("بطاقة المسلسل", "القناة: …", "الإعادة: …", "عدد الحلقات: …") leaked
  // 21.3%, and a writer alone under the date with an unlisted given name in ة ("نيرة صبري") was not read (recall
  // 0.957); now no leak (0.1%: one airing note between paragraphs), recall 1
  'held-out-250.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 251, first contact: a match's player ratings ("تقييم اللاعبين" over "ياسين بونو: 7", "الشناوي - 7/10",
  // "محمد صلاح (8.5)", stars) leaked 36.9%, and a player's row in brackets was read as a second writer (precision
  // 0.791); now none, precision as the other sets
  'held-out-251.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 252, first contact: duty pharmacies and emergency numbers under their headings ("صيدليات الحراسة", "أرقام
  // الطوارئ") leaked 17.8%; now none
  'held-out-252.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 253, first contact: a property and jobs box ("أسعار الأراضي اليوم" over prices a metre, "آخر موعد للتقديم:")
  // leaked 0.9%; now none
  'held-out-253.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 254, first contact: the air's, the sea's and the sky's strips ("جودة الهواء: 87 (متوسطة)", "حالة البحر: …",
  // "☀️ الشروق 6:02 | الغروب 18:15") leaked 11.3%; now none
  'held-out-254.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 255, first contact: a column's label and name with the writer ("خواطر | X", "عمود «نبض الشارع» | بقلم: X")
  // went unread or read whole (recall 0.817), the column's name alone in quote marks under the date leaked (14.5%);
  // now recall 1, no leak
  'held-out-255.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 256, first contact: a note on the right of reply leaked (4.5%); now 0.2% (one call to send letters by WhatsApp)
  'held-out-256.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 257, first contact: a press review's label over the headline ("جولة في الصحافة", "من الصحافة الإسرائيلية")
  // was taken for the headline (0.64), "الصحافة اليوم" leaked (5.5%), and the papers it read ("المصادر: الغارديان،
  // التايمز، الإندبندنت") gave the agency; now headline 1, no leak, agency as the other sets
  'held-out-257.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 258, first contact: paid content's labels in other wordings ("مادة إعلانية" under the date) leaked 8.1%; now none
  'held-out-258.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 259, first contact: a fact box ("هل تعلم؟" over a fact, "💡 معلومة: …", "معلومة سريعة", "اعرف المزيد")
  // leaked 45%; now none
  'held-out-259.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 260, first contact: a person's profile box ("السيرة الذاتية", "في سطور: X", "تاريخ الميلاد: …") leaked 14%,
  // and "مكان الولادة: البصرة" was read as a second writer and the dateline (precision 0.802); now none, precision as
  // the other sets
  'held-out-260.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 261, first contact: a live page's auto-refresh switch over the headline ("تحديث تلقائي: مفعّل") was taken for
  // the headline (0.769), 0.4% leaked; now headline 1, 0.4% (a timeline's lines at the foot once)
  'held-out-261.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 262, first contact: a research unit under the writer ("وحدة الدراسات السياسية") was read as a second writer
  // (precision 0.83) and a paper's series number leaked (4%); now precision as the other sets, no leak
  'held-out-262.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 263, first contact: a press release's foot (about the company, a media contact) — nothing leaked, nothing read
  'held-out-263.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 264, first contact: a draw's pot ("التصنيف الأول: السعودية، اليابان، إيران") gave the agency and dateline
  // (0.694, 0.731), its rows leaked 1.7%, and a draw's kicker over the headline ("قرعة كأس آسيا") was taken for it
  // (0.796); then agency and dateline as the other sets, 1.0% (a cup's emoji heading and a fixture row), the kicker
  // left; since the thirty-fourth round a line of three words or fewer over a headline-length title that the metadata
  // follows is a kicker (headlines that short are 3 of the corpus' 186): headline 0.995
  'held-out-264.json': { headline: 0.99, authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 265 and 266, first contact: weather boxes and a gallery's strip — 0.1% and 0.2% leaked
  'held-out-265.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-266.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 267, first contact: a print paper's legal foot ("رقم الإيداع القانوني: …", "السجل التجاري: …") leaked 1.6%; now none
  'held-out-267.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 268, first contact: readers' comments under "تعليقات القراء" with a commenter's date line, or under a sort
  // control with "قبل يوم", gave the commenters as writers (precision 0.713); now as the other sets
  'held-out-268.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 269, first contact: a channel's schedule ("دليل البرامج" over "9:00 م | مسلسل …") leaked 6.1%; now none
  'held-out-269.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 270, first contact: a company's results box (labelled figures, a table's rows with bars) leaked 1.2%; now 0.1%
  'held-out-270.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 271, first contact: a traffic alert behind 🚦 over the headline was taken for it (0.774), 2.6% leaked; now
  // headline 1, 1.5% (a detour's note and a cameras link at the foot, left)
  'held-out-271.json': { authorsRecall: 0.99, maxLeak: 0.015, bodyF1: 0.99 },
  // set 272, first contact: a writer's profile strip ("3.2 ألف متابع", "انضم في مارس 2019") leaked 13.3%; now none
  'held-out-272.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 273, first contact: tenders' and courts' notices ("إعلان قضائي رقم 455 لسنة 2024", "ثمن كراسة الشروط:")
  // leaked 9.8%; now none
  'held-out-273.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 274, first contact: a box of what was said ("قالوا عن الحدث" over "X: «…»") leaked 9.7%; now 0.1%
  'held-out-274.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 275, first contact: a reading list's note over the headline ("أكمل من حيث توقفت") was taken for it (0.726);
  // now 1, 0.8% ("متبقي 3 دقائق للقراءة" is read as the read time, left)
  'held-out-275.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 276, first contact: "📍 موقع الحادث" at the foot gave the agency (0.618); now as the other sets, no leak
  'held-out-276.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 277, first contact: "كتب: X [خاص]" kept the note in the name; now the name alone ("(عمّان)" after the name is
  // read as the dateline, which the wrapped gold lacks: dateline 0.672 there, by design)
  'held-out-277.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 278, first contact: a date beside a relative time ("(منذ 3 ساعات)", "أمس 22:10") — all read, nothing leaked
  'held-out-278.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 279, first contact: "📸 X" under the date was read as a second writer (precision 0.785) and "عدسة: X" leaked
  // (5.7%); now neither
  'held-out-279.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 280, first contact: a medical reviewer's and a fact-checker's credits in longer wordings leaked (22.6%) and
  // hid the writer under them (recall 0.919); now no leak, recall 1
  'held-out-280.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 281 (rewritten after its first draft denied the translator the credit "ترجمة: X" gets): the translator in
  // other wordings ("نقلته إلى العربية: X", "عن الإنجليزية: X") went unread and leaked (recall 0.559, 29.4%); now 1, 0
  'held-out-281.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 282, first contact: "تصوير ومونتاج: X" was read as a writer (precision 0.802, with the foot's "إعداد: X" — a
  // writer's label here — changed to "تصوير: X" after first contact); now as the other sets
  'held-out-282.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 283 and 284, first contact: a transcript's markers ("[موسيقى]", "(تصفيق)") and counters in Arabic-Indic digits
  // — all dropped already
  'held-out-283.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-284.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 285, first contact: "الشيخ X" alone under the headline went unread or kept the honorific (recall 0.952, 2.4%
  // leaked); now recall 1, no leak
  'held-out-285.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 286, first contact: a charity appeal's box ("للتبرع:" over the bank, "رقم الحساب: …") leaked 11.5%; now none
  'held-out-286.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 287, first contact: a season's greeting over the headline ("كل عام وأنتم بخير", "✨ سنة سعيدة 2025") was taken
  // for it (0.613), 8.1% leaked, recall 0.957; now headline 1, no leak, recall 1
  'held-out-287.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 288, first contact: an earthquake's card ("القوة: 5.2 درجات", "شدة الهزة: …") leaked 12.5%; now 0.3% ("المصدر:
  // المركز الأوروبي المتوسطي لرصد الزلازل" at the foot gave the agency, as a source line does: agency 0.608; since the
  // thirty-fourth round a body that is no outlet there names none: 0.769, the scorer's artifact level)
  'held-out-288.json': { authorsRecall: 0.99, maxLeak: 0.004, bodyF1: 0.99 },
  // set 289, first contact: a currency converter ("1 دولار = 1310 دنانير", "محول العملات") leaked 16.5%; now none
  'held-out-289.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 290, first contact: a medicine's card ("الجرعة: …", "الآثار الجانبية") leaked 2.8%; 0.3% after the thirty-third
  // round (a note behind ⚕️, "استشر طبيبك قبل …", which set 352's rule drops since the thirty-fourth): none
  'held-out-290.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 291, first contact: "بوابة القبول الموحد: اضغط هنا للتقديم" gave an outlet and a writer "اضغط هنا للتقديم"
  // (precision 0.819, agency 0.624), an admission's card leaked 1%; now as the other sets, no leak
  'held-out-291.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 292, first contact: a genre label and a bar before the headline on its line — already left off, all 1
  'held-out-292.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 293, first contact: video pointers between paragraphs in other shapes — 1.3% leaked ("شاهد الفيديو: …", "فيديو
  // (1:45) - …" where no other chrome marks them), left
  'held-out-293.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 294, first contact: a poll's result (a question over "نعم (42%)", "لا (58%)", "عدد المصوتين: …", no button)
  // leaked 21.5%; now 0.4% (a bar chart's rows, a labelled share between paragraphs)
  'held-out-294.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99 },
  // set 295, first contact: an audio clip's lines between paragraphs — 1.2% leaked ("مقطع صوتي | 1:20", "🎧 استمع
  // للتصريح (0:45)" in a few articles), left
  'held-out-295.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 296-298, first contact: a photo's notes between paragraphs, a section beside the date, a wire's slug and
  // priority marks — all dropped and read already
  'held-out-296.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-297.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-298.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 299, first contact: "سيدي ولد محمد | 21 يوليو 2015" was left as text, its date unread (date 0.941, 3.6%
  // leaked); now the date is read (1, no leak); "سيدي" ("sir" too) is still no given name to the lexicon (recall 0.935)
  'held-out-299.json': { authorsRecall: 0.93, maxLeak: 0.002, bodyF1: 0.99 },
  // set 300, first contact: a man or woman of letters' trade before the writer ("بقلم الروائي X", "الناقد X") hid the
  // writer (recall 0.204, 38.2% leaked); 0.849, 7.3% after the thirty-third round ("طالب الرفاعي": "طالب", a title and
  // a verb too, is no given name to the lexicon); the thirty-fourth round reads a given name that is also a common word
  // or a title's after the writer's trade ("بقلم الروائي طالب الرفاعي"): recall 1, no leak
  'held-out-300.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 301, first contact: dates with French or Maghrebi times ("14h30", "على الساعة 10 و25 د") — all read
  'held-out-301.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 302, first contact: a writer credited with the wires ("X ووكالات", "X + وكالات") — writers read; the wires give
  // the agency "وكالات", which the wrapped gold lacks (agency 0.473 there, by design)
  'held-out-302.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 303, first contact: links to the story in other languages ("Read this article in English", "Lire en français")
  // — all dropped already
  'held-out-303.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 304, first contact: an editor's, a reviewer's or a supervisor's credit after the writer's on one line gave a
  // second writer, "إشراف" once as a name (precision 0.544); 0.802 after the thirty-third round, "تحرير: X" alone on
  // the line under the writer still credited as a writer; the thirty-fourth round reads that line as the editor's
  // when a writer is credited above it: 0.969 (the scorer's artifact level)
  'held-out-304.json': { authorsRecall: 0.99, authorsPrecision: 0.96, maxLeak: 0.002, bodyF1: 0.99 },
  // set 305, first contact: the writer credited at the foot in other shapes went unread (recall 0.586, 9.9% leaked);
  // 0.763, 1.1% after the thirty-third round ("* X، كاتب …" read; a name alone in brackets at the foot, "(X)", left);
  // the thirty-fourth round reads "(X)" last on the page as the writer's signature when no writer is credited, and a
  // starred note under a paragraph that ends on no full stop (a tag list): recall 1, no leak
  'held-out-305.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 306, first contact: a video player's settings and an ad's countdown between paragraphs leaked 1.8%; now none
  'held-out-306.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 307, first contact: a recommendation network's box ("موضوعات تهمك", "لمن فاته" over titles) leaked 1.1%; now none
  'held-out-307.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 308, first contact: a car's specifications ("المحرك: …", "ناقل الحركة: …", "🚗 الفئة: …") leaked 5.6%; now
  // 1.3% ("التسارع من 0 إلى 100 كم/س: 6.2 ثانية" and a fuel line where nothing else marks the box)
  'held-out-308.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 309, first contact: a phone's and a laptop's specifications ("الشاشة: …", "نظام التشغيل: …") leaked 10.3%; now none
  'held-out-309.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 310, first contact: a player's statistics — 0.3% leaked, left
  'held-out-310.json': { authorsRecall: 0.99, maxLeak: 0.004, bodyF1: 0.99 },
  // set 311, first contact: a trip's card gave the agency and dateline from "الوجهة: إسطنبول" (0.613, 0.468), "⭐⭐⭐⭐
  // فندق الواحة - دبي" a writer (precision 0.791), 9.5% leaked; now as the other sets, 0.3%
  'held-out-311.json': { authorsRecall: 0.99, maxLeak: 0.004, bodyF1: 0.99 },
  // set 312, first contact: a property listing's card ("الطابق: الثالث", "الحي: الملقا، الرياض" read as an agency and
  // a dateline: agency 0.618) leaked 5.3%; now as the other sets, 0.1%
  'held-out-312.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 313-316, first contact: a court case's card (1.3%), a disaster's toll (1.7%), an election's calendar (2.7%),
  // an app's card and a dish's nutrition facts (1.1%) leaked; now 0, 0.2%, 0, 0
  'held-out-313.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-314.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  'held-out-315.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-316.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 317, first contact: a fatwa's card leaked 5.7%, and its date at the foot ("الفتوى صادرة بتاريخ 12 رمضان 1445")
  // beat the header's date by its label (date 0.801); now none, date 1 (a label under the body no longer outranks)
  'held-out-317.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 318-320, first contact: a podcast's card (7.6%), a museum's (5.9%), a match's fixture card (0.3%) leaked; now none
  'held-out-318.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-319.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-320.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 321, first contact: a match's live commentary lines between paragraphs — 0.6% leaked, left; 0.2% since the
  // thirty-fifth session drops a match's events behind their emoji ("⚽ الدقيقة 67: …")
  'held-out-321.json': { authorsRecall: 0.99, maxLeak: 0.004, bodyF1: 0.99 },
  // set 322, first contact: a writer's books box — 1.4% leaked and "أحلام مستغانمي" alone under the date went unread in
  // five articles (recall 0.968), left
  'held-out-322.json': { authorsRecall: 0.96, maxLeak: 0.008, bodyF1: 0.99 },
  // set 323, first contact: a media partner's line under the date ("الشريك الإعلامي: قناة العربية") and the sponsor's
  // leaked 7.9%; now 0.7% (a sponsor's and a partner's logo's alt text)
  'held-out-323.json': { authorsRecall: 0.99, maxLeak: 0.009, bodyF1: 0.99 },
  // set 324, first contact: the Maghrebi credit "من طرف X" went unread, the line leaked (recall 0.823, 8.9% leaked);
  // now 1, none (the city in brackets after the name, "X (الرباط)", and before it, "الدار البيضاء: X", give the
  // dateline the wrapped gold lacks: dateline 0.489, by design)
  'held-out-324.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 325, first contact: the Hijri date beside the Gregorian one (in brackets, after "الموافق", first before a bar)
  // — all read
  'held-out-325.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 326, first contact: an app's store badges, a newsletter's box and a consent checkbox's line — all dropped
  'held-out-326.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 327, first contact: a gallery's counters, arrows and title — dropped but "عرض بملء الشاشة" (0.5% leaked); now none
  'held-out-327.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 328, first contact: a writer's follow line, handles and platforms — all read or dropped
  'held-out-328.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 329, first contact: a numbers box — dropped but a chart emoji before a figure between paragraphs ("📊 7.5 مليار
  // دولار حجم الاستثمارات", 0.3% leaked); now none
  'held-out-329.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 330, first contact: a breaking label, a section and the date, the site's name or an opinion label over the
  // headline, its English title under it — all read
  'held-out-330.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 331, first contact: an update stamp over the publication date, a relative age over an absolute date, a time
  // zone, a GMT time — all read
  'held-out-331.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 332, first contact: read times in Arabic-Indic digits, after an hourglass, with "للقراءة", after the date, at
  // the foot — all read
  'held-out-332.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 333, first contact: a video page's lines — dropped, but "المصدر: يوتيوب" gave the agency (0.602) and a views
  // count with its age, "12 ألف مشاهدة • قبل يومين", leaked once; now the artifact level, none
  'held-out-333.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 334, first contact: a story's correction and update notes — "نسخة معدلة" under the date and "* تم تعديل هذا
  // التقرير في …" leaked 7.2%; now none
  'held-out-334.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 335, first contact: a live blog's lines — "📌 منشور مثبت" under the date was read as a writer (precision 0.775),
  // "↑ 3 منشورات جديدة" and the coverage's end with its day leaked 0.7%; now the artifact level, none
  'held-out-335.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 336, first contact: a print edition's marks — "طبعة الرياض" under the date was read as a writer (precision
  // 0.812); now the artifact level
  'held-out-336.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 337, first contact: a league table's rows, heading and update line — all dropped
  'held-out-337.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 338, first contact: the writer's academic post beside the name — read, but "د. X" with a name of three words
  // under the date went unread (recall 0.941, 2.6% leaked); now 1, none
  'held-out-338.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 339, first contact: a translated piece's notes — "عن «فورين بوليسي»" and "نُشر بالإنجليزية في صحيفة …" leaked,
  // the writer "آن أبلباوم" ("آن" folds like the particle أن) went unread (recall 0.763, 12.7% leaked); now 1, none. A
  // first draft credited a translator under the writer, whom the project credits (set 281): redrafted before any rule
  'held-out-339.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 340, first contact: credits in English on an Arabic page ("By Staff Writer", "Reporting by …; Editing by …", the
  // writer's name in Latin letters) — all read or dropped; "X | Reuters" lost its agency (a Latin word alone after a bar
  // was taken for a button); since read, as the agency the wrapped gold lacks (0.581, by design)
  'held-out-340.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 341, first contact: Maghrebi month names, Arabic-Indic digits, a time after the date — all read
  'held-out-341.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 342, first contact: writers with a kunya, آل, ولد, بن and بنت — all read ("الدوحة - X" gives the dateline the
  // wrapped gold lacks: 0.667, by design)
  'held-out-342.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 343, first contact: ad slots between paragraphs — all dropped
  'held-out-343.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 344, first contact: embedded posts' leftovers — all dropped
  'held-out-344.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 345, first contact: the header's order turned around — read, but the writer's photo's alt text over the
  // headline ("صورة رشا عوني") was taken for the headline (0.758); now 1
  'held-out-345.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 346, first contact: a writer's box under the headline — read, but a name the given-name list lacks over the
  // writer's trade ("سحر الجعارة" / "كاتب ومحلل سياسي") went unread (recall 0.952); now 1
  'held-out-346.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 347, first contact: summary boxes over the body and at the foot — dropped; one article's two-word headline
  // "تحرير عدن.." is read as a credit line, as before (headline 0.995, recall 0.995; left)
  'held-out-347.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 348, first contact: the writer, the place, the date and the read time on one line in other orders — all read
  // (the place gives the dateline the wrapped gold lacks: 0.629, by design)
  'held-out-348.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 349, first contact: reading tools over the body (font size, print, night and reading modes, a player) — dropped
  'held-out-349.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 350, first contact: a comment form at the foot — dropped but the posting rules' line "يرجى الالتزام بقواعد
  // النشر، …" (3.5% leaked); now none (one article's two-word headline over a name the lexicon lacked, "ميرة", was
  // missed: headline 0.995; 1 since the thirty-fifth session lists the name)
  'held-out-350.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 351, first contact: a match's header and foot lines (the round over the headline, the score under it, the
  // stadium, the referee, the scorers) — dropped (one article's two-word headline "تحرير عدن.." is missed there, 0.995)
  'held-out-351.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 352, first contact: a health page's notes ("استشر طبيبك قبل …", "في حالات الطوارئ اتصل على 997", "للاستفسارات
  // الصحية: 937") leaked 11.5%; now none. A first draft kept "د." in the gold's names, which the project leaves off, and
  // had a symptoms list at the foot that may well be the story's: redrafted before any rule
  'held-out-352.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 353, first contact: a listing's box ("رقم الإعلان: 4587123", "تواصل مع المعلن") leaked 9.5%; now 0.2% (a rooms
  // line parted by bars, "5 غرف نوم | 4 دورات مياه | مجلس", once)
  'held-out-353.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 354, first contact: a wire's place, date and agency line in Gulf style ("الرياض … هـ الموافق … م واس", "جدة -
  // واس", "الدمام (واس)") — all read, as the agency and the dateline the wrapped gold lacks (0.113, 0.124, by design)
  'held-out-354.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 355, first contact: Egyptian credits and stamps ("كتب - X", "كتبت: X", times with ص and م, "(أ ش أ)") — all read
  'held-out-355.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 356, first contact: Levantine credits ("بيروت - «الأخبار»", "X - بيروت", "خاص - X", "X لـ«النهار»") — all read
  'held-out-356.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 357, first contact: an interview's credits — read, but "حوار أجراه في بيروت: X" went unread and leaked (recall
  // 0.823, 7.4% leaked); now 1, none (the place gives the dateline the wrapped gold lacks: 0.688, by design)
  'held-out-357.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 358, first contact: weather and prayer widgets, a sunrise line, a Hijri date over the headline — all dropped
  'held-out-358.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 359, first contact: a column's header — read, but a column's note under the byline ("في عموده الأسبوعي") leaked
  // (7.7%, and once taken for the headline); now 0.8%: a writer whose given name the lexicon lacks and whose family name
  // is a weekday ("ظبية خميس") under the date went unread (recall 0.968); read since the thirty-fifth session lists the
  // name: 1, none
  'held-out-359.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 360, first contact: a fact-check's header and foot — dropped (a checker's credit once, 0.2%)
  'held-out-360.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 361, first contact: a podcast page's lines — the episode's number and length, the guest's line and a transcript
  // note leaked 19.9%; now none
  'held-out-361.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 362, first contact: a table of contents — its heading with a toggle, "جدول المحتويات [إخفاء]", was read as a
  // writer (precision 0.774) and a jump link "انتقل إلى: …" leaked 4.9%; now the artifact level, none
  'held-out-362.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 363, first contact: photo captions in the big outlets' shapes ("مصدر الصورة، …", "التعليق على الصورة، …") —
  // all dropped
  'held-out-363.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 364, first contact: the writer's other pieces at the foot — all dropped
  'held-out-364.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 365, first contact: a business story's boxes — a company's card ("تأسست: 1933", "المقر: الظهران", "الرئيس
  // التنفيذي: …") leaked 18%; now 0.2% (the card's chief executive line is left: "الرئيس التنفيذي: …" opens interview
  // answers too; a stock's quote line once)
  'held-out-365.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 366, first contact: a regional site's header — its region's name or slogan over the headline was taken for the
  // headline (0.575), the header's "اليوم: <date>" (today's date, chrome now) gave the outlet "اليوم" (agency 0.661),
  // live visitors leaked 4.8%; now 0.978, the artifact level, 0.5% (a writer whose given name the lexicon lacks, "بدرية
  // العسيري", went unread under the headline, and then the headline over her name too: recall 0.984; since the
  // thirty-fifth session lists the name, 1, none, headline 0.995)
  'held-out-366.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 367, first contact: an audio player's lines — an audio version's label with a headphones emoji leaked (and was
  // taken for one headline), its speed choices "السرعة: 1x 1.5x 2x" leaked (11.8%); now none
  'held-out-367.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 368, first contact: a paywall's lines — all dropped
  'held-out-368.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 369, first contact: a match-score box — all dropped
  'held-out-369.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 370, first contact: the writer's contacts by the byline — read, but a writer's count of articles ("248 مقالا")
  // was once taken for the headline (0.995); now 1
  'held-out-370.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 371, first contact: a fact-check's frame — all dropped
  'held-out-371.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 372, first contact: an election results box — the count of votes ("تم فرز 85% من الأصوات") leaked 6.5%; now none
  'held-out-372.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 373, first contact: exclusive labels and update lines — an update count ("تم التحديث 3 مرات") leaked 6.9%; now
  // none ("حصري - موقع الساحة" names the outlet, as "خاص - X" does by the project's rule; with the wires' agencies
  // the wrapped gold lacks: agency 0.629, by design)
  'held-out-373.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 374, first contact: a translate and summarise toolbar — "✨ لخص لي المقال" was read as a writer (precision 0.834)
  // and a translate menu leaked 4.5%; now the artifact level, none
  'held-out-374.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 375, first contact: a video story's lines — all dropped
  'held-out-375.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 376, first contact: related stories in other shapes — a writer whose given name the lexicon lacked ("أريام",
  // the shape of a verbal noun) went unread under the date (recall 0.962) and a last title with its date after a dash
  // that opens like a paragraph ("في خطوة …") leaked (1.2%); now 1, none
  'held-out-376.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 377, first contact: contributors' lines — "بحث وإعداد: قسم المعلومات" was read as a writer (precision 0.816) and
  // "مع مساهمة من X" leaked 6.9%; now the artifact level, none
  'held-out-377.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 378, first contact: dates in other shapes — "10/08/2015م - 1439/08/25هـ" went unread (date 0.806) and leaked
  // 9.9% (the Hijri date, year first, was taken for a Gregorian one); now 1, none
  'held-out-378.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 379, first contact: a gallery inside the story — a zoom button leaked three times (0.7%); now none
  'held-out-379.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 380, first contact: social embeds' left-overs — all dropped
  'held-out-380.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 381, first contact: tip lines and error reports — a call for readers' pictures leaked once (0.2%); now none
  'held-out-381.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 382, first contact: an accessibility bar — a screen reader's mode and keyboard shortcuts leaked 8.6%; now none
  'held-out-382.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 383, first contact: the writer's post by the name — all read (a draft's masthead post before a colon over the
  // writer was rewritten before any rule: the project drops a masthead's "مدير التحرير: X" as chrome)
  'held-out-383.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 384, first contact: ads between paragraphs in other wordings — all dropped
  'held-out-384.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 385, first contact: a live page's entries — all dropped (a draft's two lines between paragraphs held
  // placeholders, which wrap.mjs fills only before and after the body: rewritten with figures before scoring)
  'held-out-385.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 386, first contact: a print paper's page lines — the page and issue numbers and a jump to the next page leaked
  // 14.1%; now none
  'held-out-386.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 387, first contact: a site's legal foot — dropped but a registration with a ministry once (0.2%); now none
  'held-out-387.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 388, first contact: most-read boxes in other shapes — all dropped
  'held-out-388.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 389, first contact: bylines with marks and words around the name — all read
  'held-out-389.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 390, first contact: an event's card — its time "⏰ الساعة: 8 مساء" leaked 5.6%; now none
  'held-out-390.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 391, first contact: a match's line-ups — the eleven, the substitutes, the cards behind an emoji and the coach
  // leaked 21.9%; now 4.3%: "المدرب: X" is left (a coach's label before a colon opens interview answers too)
  'held-out-391.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 392, first contact: a product's card — where it is sold ("متوفر في: …") leaked 7.3%; now none
  'held-out-392.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 393, first contact: a recipe's card — all dropped (the preparation and cooking times give no read time)
  'held-out-393.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 394, first contact: a writer's box at the foot — the account after "إكس:" leaked 4.1%; now none
  'held-out-394.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 395, first contact: a breaking ticker over the headline — "الآن: <title>" was twice taken for the headline
  // (0.989); now 1
  'held-out-395.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.995 },
  // set 396, first contact: a story split over pages — "عرض المقال في صفحة واحدة" leaked 6.6%; now none
  'held-out-396.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 397, first contact: a blog theme's meta lines — the writer before an age after a slash ("X / منذ 3 ساعات") went
  // unread and leaked (recall 0.796, 17%); now 1, none
  'held-out-397.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 398, first contact: the date and the section on one line — a date with two sections after bars went unread and
  // leaked (date 0.801, 9.9%); now 1, none
  'held-out-398.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 399, first contact: a writer and an agency on one line — "X، بي بي سي نيوز عربي" went unread and leaked, "X
  // (واس)" was dropped as a caption's credit, "X ورويترز" was read whole (recall 0.624, 8.3%); now 1, none (with the
  // agencies the wrapped gold lacks: 0, by design)
  'held-out-399.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 400, first contact: a blog's comment form — all dropped
  'held-out-400.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 401, first contact: reaction counters — a repost count behind an emoji leaked 5.7%; now none
  'held-out-401.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 402, first contact: the post navigation — "اقرأ التالي" and its title leaked, and titles behind guillemets (12.4%);
  // then 2.7%: on pages whose lines the scrape wrapped, the two guillemet titles were joined into one "«… »" line, which
  // read as a quote; now none (the two titles are never joined, and "السابق: …" is a link's label)
  'held-out-402.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 403, first contact: a video player's left-overs — its name once (0.3%); now none
  'held-out-403.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 404, first contact: English chrome on an Arabic page — all dropped
  'held-out-404.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 405, first contact: notes under a data story — "** الأرقام تقريبية" leaked 7.8%; now none
  'held-out-405.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 406, first contact: a location tag by the dateline — "من مكة المكرمة" over the body leaked 6.6%; now the
  // dateline, none (the place tags give datelines the wrapped gold lacks: 0.199, by design)
  'held-out-406.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 407, first contact: a writer credited with the newsroom's help — "X وفريق الموقع", "كتب: X بمساعدة فريق البحث",
  // "إعداد: X بالتعاون مع وحدة التحقق" went unread and leaked (recall 0.387, 30.4%); now 1, none (a first draft put a
  // second writer on the line, which the wrapped gold cannot hold: rewritten before scoring)
  'held-out-407.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 408, first contact: titles before the writer's name — all read
  'held-out-408.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 409, first contact: dates in Arabic-Indic figures — all read (a first draft's figures alone on a line, which
  // wrap.mjs leaves unfilled without a month's name or Latin figures beside them, were rewritten before scoring)
  'held-out-409.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 410, first contact: source lines at the foot — all dropped (the sources name agencies the wrapped gold lacks:
  // 0.183, by design)
  'held-out-410.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 411, first contact: a comment thread — all dropped
  'held-out-411.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 412, first contact: a share sheet — all dropped
  'held-out-412.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 413, first contact: content labels — all dropped
  'held-out-413.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 414, first contact: a programme's credits — "برنامج: X" over the headline was taken for it (0.79), the
  // presenter's "تقديم: X" under the writer read as a second writer (precision 0.795), the music's and the sound's
  // credits leaked 4.5%; now 1, the artifact level, none
  'held-out-414.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 415, first contact: a facts box's labels — "معلومات أساسية" and "خلفية:" leaked 16.8%; now none
  'held-out-415.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 416, first contact: Iraqi credits with a slash — all read (places and outlets give the datelines and agencies
  // the wrapped gold lacks: 0.511 and 0.624, by design)
  'held-out-416.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 417, first contact: dates with the age beside them — read, but "اليوم 10:45 - <date>" gave the outlet "اليوم"
  // (agency 0.629 with the CNN datelines the wrapped gold lacks); now "today" before a time is the stamp's word (a
  // draft's "اليوم {hh}:{mm}" alone, which wrap.mjs leaves unfilled, was rewritten before scoring)
  'held-out-417.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 418, first contact: a match's goal lines — 2.1% leaked (a goal, a red card, a change behind their emoji); now 0.5%
  // ("د 67 | هدف" and a half-time score once each, left)
  'held-out-418.json': { authorsRecall: 0.99, maxLeak: 0.007, bodyF1: 0.99 },
  // set 419, first contact: a translated piece's credits — "ترجمة: X - عن الإنجليزية" went unread and leaked (recall
  // 0.817, 7%); now 1, none (a draft credited the original writer too, whom the wrapped gold cannot hold: rewritten)
  'held-out-419.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 420, first contact: a markets ticker over the headline — gold's price per ounce was taken for the headline
  // (0.817); now 1
  'held-out-420.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 421, first contact: prompts to read on in the app — taken for the headline (0.758) and leaked 12.4%; now 1, none
  'held-out-421.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 422, first contact: French chrome on a Maghrebi page — 0.2% (a date line over "Mis à jour le …" once, left)
  'held-out-422.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 423, first contact: section trails over the headline — three levels parted by ">" were taken for the headline
  // (0.796); now 1
  'held-out-423.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 424, first contact: a photo story's lines — the date with the photographer's credit after a bar went unread
  // (date 0.828); now 1
  'held-out-424.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 425, first contact: a writer's bio at the foot — "عن الكاتب" over a sentence that opens on the writer's name
  // leaked (6.5%), and "صدر للكاتب: …" once; now none
  'held-out-425.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 426, first contact: stamps with seconds and time zones — all read
  'held-out-426.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 427, first contact: writers with a kunya or a compound name — "أم كلثوم X | <date>" went unread (recall 0.952);
  // now 1
  'held-out-427.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 428, first contact: foreign names transliterated — all read (the wire after a dash is the agency the wrapped
  // gold lacks: 0.634, by design)
  'held-out-428.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 429, first contact: greetings and season banners — 0.4% (an Eid greeting and a national day's banner at the
  // foot once each, left: a column may close on the same words)
  'held-out-429.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  // set 430, first contact: alert banners over the headline — all dropped
  'held-out-430.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 431, first contact: an opinion page's header — all read
  'held-out-431.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 432, first contact: the dates at the foot only — Levantine names the list lacked ("جاد الحاج", "باسكال نعمة")
  // under the headline, with no stamp under them, went unread and leaked (recall 0.71, 10.9%); now 0.935, 3.5%: "سلام
  // الخوري" is left (a given name that is a common word is read only beside a stamp or a trade); at the sixty-first
  // round recall 1 and no leak (such a name alone under the headline, over the blank line that ends the header, with
  // a family name of a nisba's shape)
  'held-out-432.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 433, first contact: the writer's photo's caption lines — "صورة شخصية" under the writer was read as a second
  // writer (precision 0.823); now the artifact level
  'held-out-433.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 434, first contact: a section's label behind an emoji over the headline — all dropped
  'held-out-434.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 435, first contact: a news aggregator's frame — its fetch time under the date ("تم جلب الخبر منذ 12 دقيقة")
  // leaked (6.6%); now none
  'held-out-435.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 436, first contact: a readers' poll — its question after "استطلاع:" and its results row between paragraphs
  // leaked (5.4%); now none
  'held-out-436.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 437, first contact: corrections and editors' notes — "نشرت هذه المادة أولا في النسخة المطبوعة" at the foot
  // leaked (7.2%); now none
  'held-out-437.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 438, first contact: a league table — a link to the full table, the ranks on one line between paragraphs, a
  // team's form in letters and a header row of columns leaked (10.1%); now none
  'held-out-438.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 439, first contact: an interview's and a coverage's credits — "بعدسة وقلم: X" named no writer (recall 0.806);
  // now 1
  'held-out-439.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 440, first contact: follow prompts — "🔔 فعّل التنبيهات ليصلك كل جديد" under the writer leaked (7.9%); now none
  'held-out-440.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 441, first contact: prayer times and weather in the header — the next prayer's time was the headline (0.828)
  // and the name جواهر went unread under the headline with the date over it (recall 0.941); now 1 and 1
  'held-out-441.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 442, first contact: a summary box — "الخلاصة في 30 ثانية" under the date leaked (5.7%); now none
  'held-out-442.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 443, first contact: stamps with the time in words — all read
  'held-out-443.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 444, first contact: a sponsor's marks — "برعاية: X" over the headline was the headline (0.763); now 1
  'held-out-444.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 445, first contact: outlets' own credit shapes ("المصدر: X - دبي" over "التاريخ:", "X (جدة)", a handle after the
  // bracketed city, "كتب X <date>" on one line, a tatweel before the city) — all read (the cities give datelines the
  // wrapped gold lacks: 0.156, by design)
  'held-out-445.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 446, first contact: a column's signature at the foot — all read but three articles where the name after a rule
  // follows a last line the corpus ends without a full stop (recall 0.984, 0.7% leaked), left
  'held-out-446.json': { authorsRecall: 0.98, maxLeak: 0.008, bodyF1: 0.99 },
  // set 447, first contact: a paper's own kickers over the headline — all dropped
  'held-out-447.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 448, first contact: image lines between paragraphs — a caption with the agency after a slash and a title behind
  // a triangle leaked (16.5%); now 1.1% (six triangles whose neighbours are short lines, left: a lone bullet's rule wants
  // a paragraph either side)
  'held-out-448.json': { authorsRecall: 0.99, maxLeak: 0.012, bodyF1: 0.99 },
  // set 449, first contact: the writer and the date on one line in other shapes — all read
  'held-out-449.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 450, first contact: Gulf dates glued to their era marks — all read (a draft's Hijri date alone on a line, which
  // wrap.mjs leaves unfilled, was joined to the Gregorian one before scoring)
  'held-out-450.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 451, first contact: compound credit labels — "جمع وترتيب:" and "كتابة وتصوير:" named no writer (recall 0.57,
  // 21.5% leaked); now 1, none
  'held-out-451.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 452, first contact: the place filed from beside the writer — "X يكتب من القاهرة" kept the verb in the name and
  // "الإسكندرية / X (الساحة)" named nobody (recall 0.737, 13.2% leaked); now 1, none (the places and the site's name give
  // datelines and agencies the wrapped gold lacks: 0 and 0.581, by design)
  'held-out-452.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 453, first contact: header orders (the headline twice, the date or the writer over it) — all read
  'held-out-453.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 454, first contact: a newsletter's box — its name with what it brings, its thanks and its consent note leaked
  // (12.2%); now none
  'held-out-454.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 455, first contact: a correspondent's post before or after the name — all read (the outlet and the city in the
  // posts give agencies and datelines the wrapped gold lacks: 0.608 and 0.661, by design)
  'held-out-455.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 456, first contact: read times in other wordings — "مدة القراءة التقديرية: X" and "يستغرق X للقراءة" went
  // unread (read time 0.704, 13.2% leaked, the second read as a second writer); now 1, none
  'held-out-456.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 457, first contact: the writer credited at the foot — "كتب هذا التقرير: X" named no writer (recall 0.823, 8.1%
  // leaked); now 0.995 (one article whose corpus writer stands last), none
  'held-out-457.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 458, first contact: read counts and ranks — "قرأ هذا المقال 1,234 شخصا", "تمت قراءته 5 آلاف مرة", "يقرأه الآن 87
  // شخصا", "المقال رقم 2 في الأكثر مشاركة" leaked (28.9%), and the name جنان went unread (recall 0.909); now none, 1
  'held-out-458.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 459, first contact: the site's one-word name beside the writer — "الساحة - X" and "خاص - الساحة - X" named no
  // writer (recall 0.575, 7.5% leaked); now 1, none (the site's name is the agency the wrapped gold lacks: 0.151, by design)
  'held-out-459.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 460, first contact: dates with words before or inside them ("بتاريخ", "في", "يوم", "3 من ديسمبر", "تاريخ:") —
  // all read
  'held-out-460.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 461, first contact: the writer and the source together — "بقلم: X - المصدر: الساحة" gave the writers "المصدر"
  // and "الساحة" too (precision 0.721); now the artifact level (the source, "وكالات" and the site's name give agencies the
  // wrapped gold lacks: 0.151, by design)
  'held-out-461.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 462, first contact: a shop's boxes — "🎁 استخدم الكوبون SAHA10 …", "عروض اليوم", "خصم 30% على … لفترة محدودة",
  // "اطلب الآن" leaked (20.6%); now none (the price line, the commission note and "تسوق الآن" were read already)
  'held-out-462.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 463, first contact: print stamps — "الملحق الاقتصادي | الصفحة 12" was the headline (0.753), "العدد 16892 - السنة
  // الثامنة والأربعون" leaked (7.1%); now 1 and 0.2% ("ملحق الأسبوع" alone at the foot, once: "ملحق" is an annex too)
  'held-out-463.json': { authorsRecall: 0.99, maxLeak: 0.004, bodyF1: 0.99, headline: 0.99 },
  // set 464, first contact: a live page — "يتم تحديث هذه الصفحة تلقائيا" leaked (5.7%); now none (bare times, "قبل 12
  // دقيقة" and "تابع التغطية المباشرة" were read already)
  'held-out-464.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 465, first contact: header widgets, all read; a gold price in "جنيها" and "برنت 82.4 دولار للبرميل" under the
  // story leaked (6.5%); now none
  'held-out-465.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 466, first contact: the writer with a title — "حرره: X", "X، الساحة" and "نور الهدى بن علي (مراسل الساحة - الرباط)"
  // named nobody (recall 0.532); now 1 (the site's name is the agency the wrapped gold lacks: 0.624, by design)
  'held-out-466.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 467, first contact: readers' reactions — "❤️ 245 إعجابا · 💬 18 تعليقا" (counts in the accusative) and "تفاعل مع
  // الخبر" leaked (7.3%); now none (the emoji row, "أعجبني (34) | لم يعجبني (2)" and "👍 120" were read already)
  'held-out-467.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 468, first contact: advertising boxes — "للإعلان في الإعلانات المبوبة اتصل على 920001234" leaked (5.6%); now none
  'held-out-468.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 469, first contact: the writer's box at the foot — "تابع الكاتب على إكس" leaked (5.7%); now 0.4% (one wire story
  // closes on "// انتهى //" and a time stamp, and the writer's name and trade after them are left)
  'held-out-469.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99 },
  // set 470, first contact: dates in further forms (the month first, dots, Indic digits with a label, the time first) —
  // all read (the draft's "{ad}/{am}/{ay}", which wrap.mjs leaves unfilled alone, rewritten before any rule)
  'held-out-470.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 471, first contact: related links — "المزيد: X" between paragraphs leaked (8.5%); now 0.1% (one "📌 X")
  'held-out-471.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 472, first contact: account prompts — "سجل مجانا لقراءة المزيد من المقالات" between paragraphs and "أنشئ حسابك
  // المجاني الآن …" at the foot leaked (10%); now none
  'held-out-472.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 473, first contact: a video player's messages — "حدث خطأ، أعد المحاولة", "الإعلان ينتهي خلال 5 ثوان" and "هذا
  // الفيديو غير متاح في بلدك" between paragraphs leaked (15.5%); now none
  'held-out-473.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 474, first contact: partners' boxes — "محتوى من شركائنا" right under the last paragraph, and the title under it,
  // leaked (9.7%); now none ("روابط ممولة", "مقالات قد تهمك من شركائنا" were dropped at the foot already)
  'held-out-474.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 475, first contact: a place pin and a map — "عرض الخريطة", "اتجاهات القيادة" leaked (23.1%); now 4.8%: "📍 الرياض،
  // السعودية" at the foot is left (a pin over the body is the dateline, as set 406 reads it, which the wrapped gold lacks)
  'held-out-475.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 476, first contact: a story's labels — "نوع المحتوى: تقرير" was the headline (0.844), "حالة الخبر: مؤكد", "درجة
  // الموثوقية: عالية", "مقال محفوظ", "شاركها 120 شخصا" leaked (27.6%); now 1, none
  'held-out-476.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 477, first contact: an editor's note and a correction ("ملاحظة المحرر: …", "تصحيح: ورد في نسخة سابقة …", "تنويه:
  // عُدّل عنوان …", "آخر تحديث منذ ساعتين") — all dropped
  'held-out-477.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 478, first contact: a poll box — "استطلاع" alone between paragraphs leaked (2.9%); now none
  'held-out-478.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 479, first contact: the writer's box at the foot — the biography under "عن الكاتب" with no name over it leaked
  // (7.6%); now 0.3% (one name and trade alone at the foot, with no heading)
  'held-out-479.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 480, first contact: weather and prayer widgets — "القاهرة 24°C غائم جزئيا" and "درجة الحرارة العظمى 41 والصغرى
  // 27" leaked (8.8%); now none
  'held-out-480.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 481, first contact: app badges and a listen button — all dropped
  'held-out-481.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 482, first contact: image credits ("(الصورة: أ ف ب)", "صورة أرشيفية - رويترز", "Getty Images") — all dropped
  'held-out-482.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 483, first contact: hashtags and topic chips — all dropped
  'held-out-483.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 484, first contact: a scoreboard — "النتيجة المباشرة" and the score under it, after a story's short lines, leaked
  // (1.1%); now none (a score line with no heading stays: a match report's own, as the coach's fixture has it)
  'held-out-484.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 485, first contact: a reading-progress bar — "أكملت قراءة 0%" leaked (11.2%); now none
  'held-out-485.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 486, first contact: translation credits — "المقال مترجم عن الإنجليزية" leaked (9.1%); now none ("عن: رويترز"
  // under the byline is read as the agency, which the wrapped gold, knowing only the article's own, leaves empty)
  'held-out-486.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 487, first contact: a paywall — "لديك مقالان مجانيان متبقيان هذا الشهر" (the dual) and "واصل القراءة مع اشتراك
  // رقمي" leaked (11.7%); now none
  'held-out-487.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 488, first contact: collaborators beside the writer ("بقلم: X | تصوير: Y", "إعداد: X - مراجعة: Y") — all read
  'held-out-488.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 489, first contact: a facts box — "العملة: الدينار" leaked (4%), "العاصمة: عمّان" was read as an agency and a
  // dateline; now none, neither
  'held-out-489.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 490, first contact: contents boxes — "انتقل إلى:" over "الخلفية | ردود الفعل | التداعيات" (once read as the
  // headline) and "العودة إلى محتويات المقال ↑" leaked (9.7%); now none (the one story of a single paragraph under a
  // headline of two words still has no headline)
  'held-out-490.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 491, first contact: a newsletter's form — "لن نرسل لك رسائل مزعجة …" leaked (10.1%); now 4.3%: "النشرة اليومية |
  // كل صباح في السابعة" is left (a section's name and a bar open many headlines)
  'held-out-491.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 492, first contact: notes at the foot — "* جميع الأسعار بالدولار الأمريكي", "للاستزادة:" and the book under it
  // leaked (16.7%); now none
  'held-out-492.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 493, first contact: places beside the writer — "X - القدس المحتلة" gave the agency "القدس المحتلة"; now the
  // dateline, as "X (القدس)" and "القدس - X" were already (the wrapped gold, knowing only the article's own, has none)
  'held-out-493.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 494-496, first contact: a video box, partners' labels, link tools — all dropped
  'held-out-494.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-495.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-496.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 497, first contact: a CMS's credits — "تم النشر بواسطة admin" leaked (6.3%); now none (with a name after it the
  // line stays the writer's credit, as set 85 has it)
  'held-out-497.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 498, first contact: genre labels over the headline ("حصري", "تقرير خاص", "تحليل", "حوار") — all dropped
  'held-out-498.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 499, first contact: a comments box's messages — "عذرا، حدث خطأ أثناء تحميل التعليقات" leaked (5.7%); now none
  'held-out-499.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 500, first contact: a print edition's links — "النسخة الرقمية من العدد 4521" over the headline was the headline
  // (0.758; the headline and the writer leaked, recall 0.769) and "اقرأ العدد كاملا" leaked (15.6%); now 1, none
  'held-out-500.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 501, first contact: notes on where a piece first ran and by whose leave — three forms leaked (18.4%); now none
  'held-out-501.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 502, first contact: a gallery's counters and controls — all dropped
  'held-out-502.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 503, first contact: prices in a sidebar — "الدولار/الجنيه 48.65 ▲" and "خام برنت 82.4 دولار للبرميل (+1.2%)"
  // leaked (14.7%); now none
  'held-out-503.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 504, first contact: social posts in the body — a Facebook post's foot ("نشر بواسطة ‏وزارة الصحة‏ في الأحد، …") gave
  // the writer "وزارة الصحة" (authors precision 0.877); now dropped, no writer
  'held-out-504.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 505, first contact: notes and references at the foot — "¹ …" under "الهوامش:", "(1) المصدر نفسه، ص 45", "[1] …
  // 2023" and "حاشية: …" leaked (25.6%); now none
  'held-out-505.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 506, first contact: a writer's box — "الكاتب في سطور" and the biography under it leaked (13%); now 1.3%: the
  // writer's name over "جميع مقالات الكاتب ›" or "كاتبة صحفية | 214 مقالا" is left in a few pages
  'held-out-506.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 507, first contact: clocks and dual dates — "مكة المكرمة 13:05 | القاهرة 12:05 | الرباط 11:05" over the headline
  // was the headline (0.769; the writer leaked, recall 0.774); now 1, none
  'held-out-507.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 508, first contact: pastimes in a sidebar — a horoscope, a television guide, "وصفة اليوم: …", "ألعاب الموقع"
  // leaked (23.8%); now none
  'held-out-508.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 509, first contact: videos listed with their lengths — a title after "03:45 | فيديو:" or "▶ شاهد:" leaks in a page
  // or two (0.5%), left
  'held-out-509.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99 },
  // set 510, first contact: an election's results box — "نتائج الانتخابات لحظة بلحظة" and "المقاعد: 45/120 | 38/120 |
  // 37/120" leaked (9.6%); now none
  'held-out-510.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 511, first contact: bylines with the writer's post and city — "من X في القاهرة" (a wire's "by X in Cairo") was no
  // byline (recall 0.785) and "X - خاص بالموقع" gave the agency "خاص بالموقع"; now the writer and the dateline, no agency
  // (the wrapped gold, knowing only the article's own dateline, has none)
  'held-out-511.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 512, first contact: captions between paragraphs — "صورة من الفيديو المتداول", "لقطة شاشة من حساب الوزارة على إكس"
  // leaked (10%) and "رسم: فريق الجرافيك" gave the agency "رسم"; now none, no agency
  'held-out-512.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 513, first contact: a browser's and the site's prompts — "اسمح للموقع بالوصول إلى موقعك …" and "متصفحك قديم …" over
  // the headline were the headline (0.64), "نعم | لاحقا" leaked (7.1%); now 1, none
  'held-out-513.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 514, first contact: readers' comments with their own dates — "عرض كل التعليقات (14)" leaked (13.1% in all); now
  // 9.1%: a comment with no heading (a name, "👍 12 👎 3", its text) is left
  'held-out-514.json': { authorsRecall: 0.99, maxLeak: 0.1, bodyF1: 0.99 },
  // sets 515, 516, 518, first contact: read times, dates of Levantine, Maghrebi and Gulf sites, kickers — all read
  'held-out-515.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-516.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 517, first contact: the writer's credit at the foot — "(كتبه: X)", "التوقيع: X", "المقال بقلم: X" and "X ✦ صحفية"
  // were no credit (recall 0.387, 20.2% leaked); now 0.989 (two pages' "— X" under a short last line are left), 0.5%
  'held-out-517.json': { authorsRecall: 0.98, maxLeak: 0.01, bodyF1: 0.99 },
  'held-out-518.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 519, first contact: French and English chrome — all dropped
  'held-out-519.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 520, first contact: read times in new wordings — "قراءة في 4 دقائق تقريبا" was no read time (0.898; 6.3% leaked);
  // now 1, none
  'held-out-520.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 521, first contact: a writer's accounts — "راسل الكاتب" leaked (7.5%); now none
  'held-out-521.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 522, first contact: ratings — "هل أفادك هذا المقال؟ 👍 👎" leaked (7.8%); now none
  'held-out-522.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 523, first contact: a live page's labels — "تحديث 3" and "📌 مثبت" leaked (6.8%); now none
  'held-out-523.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 524, first contact: a datebar's parts — "ص 7 | الشؤون المحلية" leaked (7.5%), "السنة السابعة عشرة" was one
  // page's headline; now none, 1
  'held-out-524.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 525, first contact: cards with durations — "زمن الانتظار: 15 دقيقة" leaked (5%); now none (no duration was ever
  // read as the read time)
  'held-out-525.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 526, first contact: a player's, a film's, a book's, a club's, a phone's card — all dropped
  'held-out-526.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 527, first contact: attachments — "المرفقات", "تحميل الملف (PDF، 2.3 ميغابايت)", "نص القرار كاملا (PDF)" and a
  // file's name with its size leaked (24.3%); now none
  'held-out-527.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 528, first contact: expanders — "إظهار أقل", "اقرأ النص كاملا ▼", "[+] توسيع", "طي ▲" leaked (21.9%); now none
  'held-out-528.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 529, first contact: a region's block and edition pickers — "النسخة الدولية | النسخة المحلية" over the headline was
  // the headline (0.823), "هذا المحتوى غير متوفر في منطقتك" leaked (3.8%); now 1, none
  'held-out-529.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 530, first contact: first-publication dates at the foot — "ظهر هذا المقال في عدد …" leaked in a third of its
  // pages (5.6%); now none
  'held-out-530.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 531, first contact: titles before the writer — "بقلم المحامي X" was no credit (recall 0.828, 8.6% leaked); now 1,
  // none
  'held-out-531.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 532, 534, 535, first contact: counters in Arabic-Indic digits, a credit line with the hour, pagination rows —
  // all read
  'held-out-532.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 533, first contact: highlights boxes — "أبرز ما جاء في الخبر:" and its bullets leaked (15.4%); now 5%: the bullet
  // under "ما تحتاج معرفته:" stays in a fifth of its pages
  'held-out-533.json': { authorsRecall: 0.99, maxLeak: 0.011, bodyF1: 0.99 },
  'held-out-534.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-535.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 536, first contact: a photo essay's captions — "1/12 - …", "(3 من 8) …", "الصورة 5: …" and "…. تصوير: X" leaked
  // (17.4%); now none
  'held-out-536.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 537, first contact: a story's place in a series — "الحلقة الثالثة من سلسلة «مدن منسية»" over the headline was the
  // headline (0.78), "ضمن ملف: …" and "تابع الحلقات السابقة" with the titles under it leaked (17.2%); now 1, none
  'held-out-537.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 538, first contact: a newsroom's calls for tips — "هل لديك معلومة إضافية؟ شاركها معنا" leaked (7.6%); now none
  'held-out-538.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 539, first contact: weather and traffic strips — "الرطوبة 65% | الرياح 15 كم/س" over the headline was the
  // headline (0.704); now 1
  'held-out-539.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 540, first contact: a member's strip — "مرحبا، سامي | تسجيل الخروج" and "اشتراكك ينتهي خلال 5 أيام" over the
  // headline were the headline (0.634; the writer leaked, recall 0.817), "جدد اشتراكك الآن …" leaked (15.3%); now 1, 1,
  // none
  'held-out-540.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 541, first contact: countdowns and a match's schedule — "يبدأ البث المباشر بعد 15 دقيقة" over the headline was
  // the headline (0.747), "متبقي على الانطلاق: …", "القنوات الناقلة: …", "نفدت التذاكر" leaked (19%); now 1, none
  'held-out-541.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // sets 542, 546, first contact: English lines over the headline, counters and badges over it — all dropped
  'held-out-542.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 543, first contact: the writer's photo — "الصورة الشخصية للكاتب" was read as a second writer (precision 0.861),
  // "الصورة الرمزية" leaked (6.6%); now none (the floor on precision says so)
  'held-out-543.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  // set 544, first contact: published and edited stamps — "أضيف في … وحدث لاحقا" was no date (0.79; 8% leaked); now 1,
  // none
  'held-out-544.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 545, first contact: copyright lines — "يسمح بالاقتباس مع ذكر المصدر" leaked (5.2%); now none
  'held-out-545.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-546.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 547, first contact: quizzes and a poll between paragraphs — the question under "اختبر معلوماتك" (its "س:" read as an
  // interview's), the choices "أ) … ب) …", a poll box before the body leaked (13.3%); now 0.1% (a statement under "صح أم
  // خطأ؟" in one page)
  'held-out-547.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 548, first contact: classified ads at the foot — "للإيجار: …", "📞 اتصل الآن" leaked (6.3%); now 0.5% (the ads
  // glued to a last paragraph with no blank line, in two pages)
  'held-out-548.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99 },
  // set 549, first contact: fact-checkers' credits — "راجع الحقائق: فريق التحقق" was read as a writer "راجع الحقائق"
  // (precision 0.798), "مدقق الحقائق: منى السيد" leaked (5.9%); now none
  'held-out-549.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  // set 550, first contact: a league table and a next match — the table's rows after a subheading, "المباراة القادمة"
  // and "السبت 20:00 — استاد القاهرة" leaked (10.5%); now none
  'held-out-550.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 551, 553, 554, 557, 562, first contact: a gallery's controls, a printed page's foot, a currency strip, the
  // writer's mail, an air and weather strip — all dropped (553 once its own template was mended)
  'held-out-551.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 552, first contact: a map's card — "📍 الموقع على الخريطة" was once the headline, "المسافة من وسط المدينة: 12 كم"
  // leaked (11.7%); now 1, none
  'held-out-552.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  'held-out-553.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-554.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 555, first contact: an audio player — "🔊 النسخة الصوتية بصوت المذيعة …" leaked (5.1%); now none
  'held-out-555.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 556, first contact: the writer's other articles — "عدد المتابعين: 1,204", "آخر ما كتب X" leaked (20%); now none
  'held-out-556.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-557.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 558, first contact: reading aids — "نسخة مبسطة من الخبر" over the headline was the headline (0.78), "ترجمة بلغة
  // الإشارة" a translator "بلغة الإشارة" (precision 0.819), "خط مناسب لعسر القراءة: تشغيل" leaked (6.8%); now 1, 0.969, none
  'held-out-558.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99, authorsPrecision: 0.95 },
  // set 559, first contact: a live page's controls — "عرض 12 تحديثا جديدا", "أبرز الأحداث" leaked (12.5%); now none
  'held-out-559.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 560, first contact: an assistant's box — "✨ لخّص لي هذا المقال" over the headline was the headline (0.817), its
  // prompts ("جرّب: …؟") and note ("الإجابات مولدة آليا …") leaked (36.5%); now 1, none
  'held-out-560.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 561, first contact: sponsors — "هذا القسم برعاية …" over the headline was the headline (0.828), "يقدمه لكم: …",
  // "تنشر هذه السلسلة بدعم من …" leaked (14.9%); now 1, none
  'held-out-561.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  'held-out-562.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 563, first contact: transport strips — "🚇 المترو: …" under the byline, "مواعيد القطارات" and its row of times
  // leaked (18.8%); now none
  'held-out-563.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 564, first contact: an agenda — "مواعيد مهمة" and its dates between paragraphs, a reminder's buttons leaked
  // (1.9%); now 0.1%
  'held-out-564.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 565, first contact: a chart's notes — "* الأرقام بالمليار دولار", "مرّر المؤشر لرؤية التفاصيل" leaked (13%); now
  // none
  'held-out-565.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 566, first contact: a line on the writer — "صحفي مستقل مقيم في بيروت" under "X | date" leaked (6.7%); now none
  'held-out-566.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 567, first contact: an affiliate box — "السعر وقت النشر، وقد يتغير", "🛒 أفضل عرض اليوم: …" leaked (12.5%); now none
  'held-out-567.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 568, first contact: puzzles — "مسألة الشطرنج" and its clue leaked (12.7%); now 0.1% (a heading glued to a last
  // paragraph in one page)
  'held-out-568.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 569, first contact: social proof — "أعجب 1.2 ألف شخص بهذا", "يقرأ هذا الخبر الآن 128 شخصا", "🔥 رائج في مصر"
  // leaked (27.9%); now none
  'held-out-569.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 570, 574, first contact: a doctor's title in the credit, a relative stamp by the date — all read
  'held-out-570.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 571, first contact: the outlet hiring and asking for tips — "نحن نوظف: …", "تدريب صحفي مدفوع — قدّم الآن"
  // leaked (33.3%); now none
  'held-out-571.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 572, first contact: the printed issue — "الصفحة الأولى من عدد اليوم" over the headline was the headline (0.833);
  // now 1
  'held-out-572.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 573, first contact: the writer's place and beat — "من مراسلنا في الخرطوم" over the name was text and the name
  // leaked (recall 0.747, 19.6% leaked); now read as the dateline and the writer (the wrapped gold, knowing only the
  // article's own dateline, scores that lower)
  'held-out-573.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-574.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 575, first contact: an app's banner — "متابعة في المتصفح" over the headline once the headline, "قيّم تطبيقنا ⭐⭐⭐⭐⭐"
  // leaked (5.2%); now 1, none
  'held-out-575.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 576, first contact: a court story's legal notes — "* المتهم بريء حتى تثبت إدانته", "… بحظر النشر الجزئي",
  // "* الأسماء الواردة مستعارة …" leaked (26.7%; a style of a sentence on trying to reach the defence was taken out of
  // the set as the story's own); now none
  'held-out-576.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 577, first contact: a data story's credits — "جمع البيانات: فريق الموقع" was a writer "جمع البيانات" (precision
  // 0.816), "تحليل البيانات: …", "المنهجية: …" leaked (12.4%); now none
  'held-out-577.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  // set 578, first contact: social counts by the name — "X — 3 مقالات هذا الأسبوع" was no credit (recall 0.812); now 1
  'held-out-578.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 579, first contact: tags in a sentence — "وسوم هذا الخبر: …", "نُشر في: سياسة، عربي ودولي" leaked (13.7%); now none
  'held-out-579.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 580, first contact: a series' teasers — "غدا: الحلقة الثانية …", "ترقبوا الجزء الثاني" leaked (21.5%); now none
  'held-out-580.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 581, first contact: an edition's clock and picker — "توقيت مكة المكرمة 14:05" over the headline was the headline
  // (0.823; the writer under it lost, recall 0.833), "التبديل إلى نسخة مصر" leaked (13.7%); now 1, 1, none
  'held-out-581.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.99 },
  // set 582, first contact: a podcast's card — "استمع على Spotify | Apple Podcasts | أنغامي" leaked (6.1%); now 0.2%
  'held-out-582.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 583, first contact: a box on a person — "الملف الشخصي الكامل", "اقرأ السيرة الكاملة ←" leaked (12.5%); now 4.3%:
  // "من هو؟" between paragraphs stays (an explainer's subheading as often)
  'held-out-583.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 584, first contact: share counts under the headline — "شارك: 1.2 ألف" once the headline, "🔗 نسخ الرابط · 📧 بريد"
  // leaked (11.5%); now none
  'held-out-584.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 585, first contact: photos' notes — "الصور: وكالات", "جميع الصور من الأرشيف", "تصحيح: ورد في تعليق الصورة …"
  // leaked (22.4%); now none
  'held-out-585.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 586, first contact: key numbers — "أرقام رئيسية" and its figures, "45% نسبة النمو المتوقعة", "إحصائية اليوم: …"
  // leaked (24.7%); now 0.2% (a fact under "هل تعلم؟" before the body in one page)
  'held-out-586.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99 },
  // set 587, first contact: a consent wall in other words — "نحن نهتم بخصوصيتك" once over the headline taken for it,
  // "شركاؤنا (142)", "حفظ الإعدادات والخروج" leaked (13.5%); now 1, none
  'held-out-587.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 588, first contact: a mosque's box — "الأذان 11:52 | الإقامة 12:05", "إمام وخطيب المسجد: الشيخ …", "تنقل الخطبة
  // على الهواء مباشرة" leaked (30.9%); now none
  'held-out-588.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 589, first contact: a health box — "هذا المحتوى لأغراض التوعية …", "الخط الساخن للصحة النفسية: 16328" leaked
  // (16.8%), "معلومات طبية موثوقة" twice over the headline taken for it; now none, 1
  'held-out-589.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 590, first contact: a travel card — "✈️ احجز رحلتك", "فنادق بأسعار تبدأ من …", "مدة الرحلة من الرياض: 5 ساعات"
  // leaked (18.5%); now none
  'held-out-590.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 591-593, 595, 596, first contact: spec boxes, a book's and a title's cards, a stock's card, an emergency box —
  // "السعر يبدأ من …", "تقييم المحرر: ★★★★☆", "تقييم IMDb: 7.8", "سهم أرامكو: 27.85 ريال", "مكرر الربحية: 16.2", "أقرب
  // ملجأ: …" leaked (3.1%, 10.3%, 13.5%, 24.8%, 14.3%); now none
  'held-out-591.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-592.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-593.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 594, first contact: the writer signed at the foot — "— X، خاص" and "(انتهى) X" were no credit (recall 0.591);
  // now 1 (a bare name repeated at the foot under a credited header leaks in five pages, 1.3%)
  'held-out-594.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-595.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-596.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 597, first contact: a channel's box — "تردد القناة على نايل سات: 11900 أفقي", "معدل الترميز: 27500", "موعد
  // البرنامج: كل خميس 9 مساء …", "شاهد البث المباشر للقناة" leaked (30.2%); now none
  'held-out-597.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 598, first contact: reading aids — "تكبير الخط A+ | تصغير الخط A-" over the headline taken for it in every page
  // of its style (headline 0.8); now 1
  'held-out-598.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 599, first contact: polls — "نتيجة التصويت: نعم 62% | لا 38%" leaked (3.7%); now none
  'held-out-599.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 600, first contact: a player's controls — "إلغاء الكتم" leaked (6.5%); now none
  'held-out-600.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 601, first contact: read times with a word count — "4 دقائق قراءة · 812 كلمة", "قراءة في دقيقتان · 812 كلمة",
  // "⏱ 4 دقائق · 812 كلمة" leaked and were no read time (read time 0.497, leak 21.5%); now 1, none
  'held-out-601.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 602, first contact: an update's stamp in Greenwich time abbreviated, "تحديث 14:05 ت.غ", leaked (7.1%); now none
  'held-out-602.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 603, first contact: related headings alone ("ذو صلة", "مواضيع متعلقة", "متعلقات") and links under "[فيديو]" or
  // ">" between paragraphs leaked (53.9%); now none
  'held-out-603.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 604, first contact: "اقرأ أكثر ▼", "الرجوع إلى الأعلى ↑", "اقرأ التالي: …", "إقرأ التالي: …" leaked (25.8%); now none
  'held-out-604.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 605, first contact: a key points or figures box over the body with no blank line before its first paragraph —
  // the paragraph dropped with the box when short, the box kept when not, and "في أرقام:"'s figures kept (leak 7.2%,
  // body recall 0.983); now 0.5% (two pages whose article opens on its source's line)
  'held-out-605.json': { authorsRecall: 0.99, maxLeak: 0.007, bodyF1: 0.99 },
  // set 606, first contact: the writer's contacts — "تابع الكاتب على إكس: @…", "للتواصل مع المحرر: 050…" leaked (14.5%);
  // now none
  'held-out-606.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 607, first contact: prompts to report a typo — "وجدت خطأ؟ ظلل النص واضغط Ctrl+Enter" and its kin leaked (11.3%);
  // now none
  'held-out-607.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 608, first contact: share bars of icons under a label — "مشاركة: 𝕏 f in", "انشر: 🔗" leaked (27%); now none
  'held-out-608.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 609, first contact: notes that the story is old — "هذا الخبر نشر قبل أكثر من عام" over the headline taken for it
  // (headline 0.812), "هذا المقال منشور منذ 3 سنوات" leaked (13.2%); now 1, none
  'held-out-609.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 610, first contact: autoplay — "يبدأ الفيديو التالي خلال 5", "إلغاء", "التالي: …" leaked (17%); now none
  'held-out-610.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 611, first contact: an audio version's box — "تحميل الملف الصوتي (MP3)" leaked (4.1%); now none
  'held-out-611.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 612-614, clean on first contact: a match strip over the headline, the writer's account beside the name,
  // French chrome on a Maghreb page
  'held-out-612.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-613.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-614.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 615, first contact: a most-read box with counts — "الأعلى قراءة هذا الأسبوع", "… — 8,120 مشاهدة", "المرتبة 3 في
  // الأكثر قراءة" (once over the headline taken for it) leaked (26.2%); now none
  'held-out-615.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 616, first contact: a daily's imprint — "الرقم الموحد: 920000000", "الإدارة: 0114870000 - التحرير: …" leaked
  // (10.7%); now none
  'held-out-616.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 617, first contact: a gallery's overlay — "الصورة السابقة | الصورة التالية", "شاهد كل الصور ←" leaked (17.1%); now none
  'held-out-617.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 618, first contact: a comment form — "الحقول المطلوبة مشار إليها بـ *", "عدد الأحرف المتبقية: 500" leaked (11.2%);
  // now none
  'held-out-618.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 619, first contact: a paywall's offer — "اشتراك شهري بـ 5 دولارات", "جرب الاشتراك مجانا …" leaked (17.5%); now none
  'held-out-619.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 620, clean on first contact: a newsletter's box and form
  'held-out-620.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 621, first contact: a series' links — "الحلقة السابقة: …", "اقرأ الجزء الأول", "جميع حلقات السلسلة" leaked (20.3%);
  // now none
  'held-out-621.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 622, first contact: a developing story's notes — "أضيفت تفاصيل جديدة", "نشر هذا الخبر أولا الساعة 10:30 وجرى
  // تحديثه", "حدّث الصفحة …" leaked (20%); now none
  'held-out-622.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 623, clean on first contact: weather and prices over the headline
  'held-out-623.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 624, first contact: the writer's box at the foot — "يكتب في الموقع منذ 2015" leaked (8.8%), the name under "تابع
  // الكاتب" was kept; now 0.7% (the name and a trade line at the foot with no writer above: authors recall 0.989)
  'held-out-624.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 625, first contact: other stories with their dates ("… (11/08/2015)") and titles right under the last paragraph
  // with no heading leaked (24.5%); now 2.2% (titles under a last paragraph that ends no sentence)
  'held-out-625.json': { authorsRecall: 0.99, maxLeak: 0.023, bodyF1: 0.99 },
  // set 626, first contact: a television report's credits — "التعليق الصوتي: رامي نصر" leaked (8.2%); now none
  'held-out-626.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 627-641 (forty-second session; no 637: its outlet beside the writer is an agency the wrapper's gold cannot hold)
  // were written after this round's single lines were probed and some mended; first contact is their score on the
  // round's start build (5e862f7), before any of the round's rules
  // set 627, first contact: a footer's lone links and notes — "ميثاق الشرف المهني", "تمت الإضافة" leaked (13.5%); now none
  'held-out-627.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 628, first contact: read times — "الوقت اللازم للقراءة: …", "منذ 3 ساعات | 4 دقائق قراءة" missed (read time
  // 0.629) and leaked (21.2%); now none
  'held-out-628.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 629, first contact: a masthead's day over the headline was taken for the story's (date 0); now 1
  'held-out-629.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 630, first contact: lines under the date — "اقرأ بدون إعلانات", "مراسل الموقع في القاهرة", "كاتب وصحفي سوري"
  // leaked (31.5%); now none (one page's headline "تحرير عدن.." was missed until the forty-third round; now headline 1)
  'held-out-630.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 1 },
  // set 631, first contact: a follow bar of icons and trending topics over the headline were taken for it (headline 0,
  // authors recall 0.64, leak 17.6%); now 1
  'held-out-631.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 632, first contact: captions' and graphics' labels — "في الصورة: …", "جدول: …", "بعدسة: …", "صدر الصورة، …"
  // leaked (30.5%); now none
  'held-out-632.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 633, first contact: embeds and players — "هذا المحتوى من تويتر", "🎧 بودكاست …", "فيديو مقترح", "ربما يعجبك
  // أيضاً" and the title under it leaked (19.5%); now none
  'held-out-633.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 634, first contact: "بتصرف عن …", "الأخبار © 2026", "يتبع في الصفحة 5", "تفاصيل أكثر ⬇️" leaked (25.7%); now none
  'held-out-634.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 635, 636, of lines not probed before: clean on first contact (other languages' and formats' links; a section's
  // box at the foot)
  'held-out-635.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-636.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 638, first contact: "{d} من شهر {month} {y}" was no date (date 0.769, leak 13.4%); now 1
  'held-out-638.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 639, first contact: a coverage's name with its label or day count ("أزمة الطاقة: تغطية خاصة", "الحرب على غزة |
  // اليوم 400") and a visitor's greeting over the headline were taken for it (headline 0, authors recall 0.613, leak 20.6%); now 1
  'held-out-639.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 640, first contact: the clock and contributors' credits under the byline ("الساعة الآن 10:45", "راجعه: …", "ساهم
  // في التقرير: …", "شارك في الإعداد: …") leaked (25.1%); now none
  'held-out-640.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 641, first contact: "مقال مرتبط: …", "رابط ذو صلة", "تحميل التعليقات", "العودة للنسخة الكلاسيكية" leaked (48.9%); now
  // 0.2% ("عرض المزيد من التعليقات" under one page's last line, an SMS contact note), and none since the forty-third round
  'held-out-641.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 642-644 (forty-third round), written after the round's probes and first scored on its start build (efdeef1):
  // set 642, first contact: a site's media and tool menus at the foot, "المقال يستكمل أسفل الإعلان", "صور | …" and "شاهد |
  // …" between paragraphs leaked (19.4%); now none
  'held-out-642.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 643, first contact: a comment box's notices, "نعم لا", "تعديل المقال" leaked (5.9%), and an embedded post's foot
  // "تم النشر بواسطة وزارة الإعلام في …" named the ministry a writer (authors precision 0.778); now 0.964 and none
  'held-out-643.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  // set 644, first contact: a site's name and slogan over the headline was taken for it, "{weekday} 12 11 2026" was no date
  // and "بقلم المحرر الاقتصادي" no credit (headline 0.484, date 0.753, authors recall 0.747, leak 26.2%); now 1, 1, 1, none
  'held-out-644.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 1 },
  // set 645 (forty-fourth round), written after the round's probes and first scored on its start build (01515f9): a
  // masthead's slogan over the headline or at the foot gave a writer and an agency, "📍 الرياض" at the foot, "مشهد عام -
  // تعبيرية" between paragraphs and lone "رد", "إعجاب" leaked (authors precision 0.648, agency 0.387, leak 21.0%); now
  // 0.964, 0.769 (as the other sets) and none
  'held-out-645.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 646 and 647 (seventy-fourth round), written before any rule for them and first scored on the round's build
  // after its first commit (cc2c841):
  // set 646 (an AI assistant's summary and questions, a call to make the outlet a preferred source on Google, channels on
  // WhatsApp and Threads, dark mode and text size, saving for later, key points over the story), first contact: only
  // "أضف موقعنا كمصدر مفضل على Google" over the story leaked (1.7%); now none
  'held-out-646.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 647 (a desk's credits in a row, a writer's trade under the name, media labels between paragraphs, a time since
  // publication, a fact-checker beside the writer), first contact: "كتبه X · تحقق منه: فريق تقصي الحقائق" was no byline
  // and leaked (authors recall 0.774, leak 5.5%); now 1 and none
  'held-out-647.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 648 (a doctor's note on the writer at the foot, a Hijri date beside the Gregorian, a correspondent's post under
  // the name, a live page's entries and closing note, an audio summary's length, counts of shares), first scored after
  // the round's second change: "د. X | كاتبة وباحثة …", "انتهت التغطية الحية لهذا اليوم، شكرا لمتابعتكم", "🎧 استمع إلى
  // ملخص صوتي للمقال (دقيقتان)" and "🔴 تحديث 17/03 - 06:08" leaked (17.1%); now none
  'held-out-648.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 649 (a table of contents over the story, reading-mode switches, a paywall's count of free articles, the file a
  // story belongs to, related videos and the writer's other pieces, an empty comment box), first scored after the round's
  // third change: one "الخروج من وضع القراءة" leaked (0.1%); now none
  'held-out-649.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 650 (a kicker over the headline and a one-word label with its dots over it, a deck under it, a writer's desk
  // under the name, the date only at the foot, the headline printed twice), first scored after the round's fourth
  // change: "بالأرقام.." over the headline opened a fact box that took the headline (headline 0.876) and the deck under
  // the headline stayed a paragraph (leak 5.1%); now 1 and none
  'held-out-650.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 1 },
  // set 651 (a press release's labels, end and media contact, an opinion page's writer over the headline and a note on
  // the writer under the story, a column's name, a guest's credit with her trade), first scored after the round's fifth
  // change: clean on first contact (headline 1, authors recall 1, leak 0)
  'held-out-651.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 652 (an interface in English or French around the Arabic story) and 653 (a state agency's wire: a category over
  // the headline, both calendars, the end mark, its code and the time in the agency's zone), first scored after the
  // round's sixth change: both clean on first contact (headline 1, authors recall 1, leak 0)
  'held-out-652.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-653.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 654 (widgets between the paragraphs marked with emoji, an ad's dashes, a pager splitting the story, a podcast's
  // episodes, a labelled poll at the foot), first scored after the round's sixth change: "🎙️ بودكاست: …" titles longer
  // than six words or holding "..", and "🗳️ استطلاع: …؟" with its answers "نعم", "لا", "لا أعرف" leaked (23.4%); now none
  'held-out-654.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 655 (a breadcrumb parted by "›", a writer's photo's alt text, a follow button and the writer's latest pieces, a
  // read time in a sentence, a count of reads), first scored on the round's end build (795eaea): "آخر مقالات الكاتبة" and
  // two titles under it leaked on two pages (0.6%), and over the body it was read as a second writer; now none
  'held-out-655.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 656 (a sports site: a score box over the headline, a league's round, goals' flashes, a table and the day's
  // fixtures at the foot) and 657 (reader tools and a comment form: print and size buttons, a rating in stars, the form's
  // fields, view and comment counts, a helpfulness question), first scored on the round's start build (2e7f72b): both
  // clean on first contact (headline 1, authors recall 1, leak 0)
  'held-out-656.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-657.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 658 (an economy site: a market ticker, a stock's quote box, a disclaimer, a currency converter), first scored on
  // the round's start build: "📊 المؤشرات الرئيسية" leaked and the converter's "من: دولار أمريكي" was read as a second
  // writer (leak 3.9%, authors precision 0.72); now none and 0.97
  'held-out-658.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 659 (a health site: a medical review's stamp, a disclaimer, references, a symptom checker's teaser, a booking
  // ad), first scored after the round's first change: the disclaimer, the teaser and the references leaked and "تمت
  // المراجعة الطبية" was read as a second writer (leak 10.4%, authors precision 0.75); now none and 0.97
  'held-out-659.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 660 (a tech site: an affiliate disclosure, a buy button, specs, pros and cons, a price watch), first scored after
  // the round's first change: the disclosure leaked (4.8%); now none. "مراجعة: X" (one style's credit) is read as a
  // reviewer's, no writer, as the desk's credits are ("مراجعة: فريق التحرير"): authors recall 0.69, kept
  'held-out-660.json': { authorsRecall: 0.69, maxLeak: 0.002, bodyF1: 0.99 },
  // set 661 (a culture page: an event's card with glyphs, a gallery's counter and arrows, a book's card), first scored
  // after the round's first change: clean on first contact
  'held-out-661.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 662 (a Maghreb outlet: the Maghreb months and the hour, a visitors' comments box and its form), 664 (language
  // and accessibility bars, a cookie banner's buttons), 665 (a Levant daily: a text-size bar, a share row of apps, key
  // words, the print edition's number and page) and 666 (an AMP page and a reader's view: menu, search, a close mark, the
  // full page's link, back to top), first scored on the round's working build after its first changes: all clean on first contact
  'held-out-662.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 663 (a video-first page: the player's labels and length, autoplay, the playlist, a transcript's heading),
  // first scored on the round's working build after its first changes: "النص الكامل للتقرير المصور:" over the body leaked (7.1%); now none
  'held-out-663.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-664.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-665.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-666.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 667 (a story as a messaging channel prints it: a forwarded-from note, a pen's glyph, views in thousands,
  // reactions, the channel's handle and link), first scored on the round's working build after its first changes: "↪️ معاد توجيهه من: …" over
  // the headline was taken for it (headline 0.57); now 1
  'held-out-667.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 1 },
  // set 668 (a Gulf daily: a feminine writing label, the weekday with both calendars, a listen button, the print
  // issue and the e-paper at the foot), first scored on ff1aa13's tree: clean on first contact
  'held-out-668.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 669 (an election night: a live results box over the story, an interactive map's label between paragraphs, a
  // call to follow the results last), first scored on ff1aa13's tree: "🗺️ خريطة تفاعلية: …" and "تابع النتائج الكاملة
  // لكل الدوائر" leaked (15.7%); now none
  'held-out-669.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 670 (strips over the headline: "عاجل | …", "🔴 الآن" over another story's title, "شريط الأخبار: …"), first
  // scored on ff1aa13's tree: the strip's title took the headline (0.661); now 0.989 (two short headlines with dots,
  // "العيد.. والثوب الجديد", under another story's title still lose their place)
  'held-out-670.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, headline: 0.98 },
  // set 671 (an opinion page's writer box over the headline: the name, the trade, a handle or a count of pieces),
  // first scored on ff1aa13's tree: no writer read (authors recall 0); now 1
  'held-out-671.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 672 (a blog's line of writer, date and read time parted by middle dots, the previous and next posts) and 674
  // (a notifications prompt and its answers, a paid ad's label, an app's rating, a location prompt), first scored on
  // 389bd46's tree with this round's next changes: 672 clean, 674 0.1% (one paid ad's offer under its label)
  'held-out-672.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 673 (a gallery inside the story: "الصورة 2 من 6: …", an enlarge button, a figures box), first scored there:
  // the numbered pictures leaked (7.9%); now none
  'held-out-673.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-674.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 675 (an interview: "إعداد وحوار: X", a photographer's credit, the guest's card, a call for questions to the
  // guest, a share button naming the interview), first scored there: the call and "شارك الحوار" leaked (17%); now none
  'held-out-675.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 676 (a wire desk's page: a priority over the headline, editors' initials, the story's number, a count of words),
  // first scored there: 0.1% (the editors' initials under an end mark, on the one page whose last paragraph has tags
  // glued to it)
  'held-out-676.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 677 (a match report's facts: the referee, the stadium, the scorers, the line-up after their labels), 679 (an
  // Egyptian portal: "»" crumbs, "كتب/ X", the hour with its morning mark, the previous and next topics) and 680
  // (hashtags, a short link, a channel's call between paragraphs), first scored on 14ea131's tree with this round's
  // next changes: all clean on first contact
  'held-out-677.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // set 678 (a classifieds and a jobs box at the foot), first scored there: "محاسب مالي - عمّان" was read as a second
  // writer and a dateline (authors precision 0.65); now 0.97
  'held-out-678.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-679.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-680.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 681 (pages whose paragraphs no blank line parts, chrome among them), 682 (a site's whole header over the story:
  // name and slogan, both calendars, the weather, a search box, a sign-in link, a section) and 683 (a relative time
  // only, BBC-style pictures' source and caption labels, a skip link over suggested stories), first scored on
  // 3413f51's tree: all clean on first contact (683 gives no date, as its gold has none)
  'held-out-681.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-682.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-683.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, noDates: true },
  // set 684 (Arabic-Indic digits in the furniture: the date, a read time, views, comments, a pager, a count of shares),
  // first scored on d1733c1: "عدد المشاركات: ٤٢" at the foot leaked (9.1%); now none. Set 685 (a syndicated column: a
  // note that it runs at once with another paper, the writer's e-mail, a newsletter's call), first scored there: clean
  'held-out-684.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-685.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 686-690, first scored on 99dd156 (their dates first written with a month mark the wrap tool does not fill, and
  // mended before any rule): 686 (a translated piece) read the headline as its section's label once ("عن الصحافة
  // العالمية" over a short dotted title), now 1; its source paper at the foot is read as the agency, as every source
  // line is; 687 (a podcast's page) leaked the player's button with its length ("▶ تشغيل | 18 دقيقة", 6.7%), now none;
  // 688 (a print edition) leaked "نسخة العدد الورقي" (1.1%), now none; 689 (a reader-funded site) leaked "كن عضوا في
  // مجتمعنا" (7.6%) and lost the last paragraph under a support box between paragraphs, now neither; 690 (readers'
  // comments under the story) clean on first contact
  'held-out-686.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-687.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-688.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-689.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-690.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 691-695, first scored on this round's working build (99dd156 and the rules for 686-689): 691 (an election's
  // results box between paragraphs) leaked its ballot-glyph heading and "الفرز مستمر" (9.9%) and lost the subheading
  // under the box, now neither; 692 (a did-you-know box) leaked the box's fact (7.8%), now none; 694 (a TV channel's
  // site) leaked a promotion, a programme's hour and a replay button (21.3%), now none; 693 (a sign-in wall) and 695
  // (honorifics and trades in bylines) clean on first contact
  'held-out-691.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-692.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-693.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-694.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-695.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 696-701, first scored on 99604b9: 696 (a transfer card: "من: بنفيكا البرتغالي" over "إلى: الهلال السعودي") gave
  // the club as a second writer on every page (authors precision 0.65), now 0.97; 700 (a Threads post's credit, an
  // embed that could not load) leaked both (19.9%), now none; 701 (a masthead of staff at the foot) read "سالم العامري"
  // under "رئيس التحرير المسؤول" as a second writer (0.68) or left it in the body (1%), now neither; 697 (a Kuwaiti
  // daily), 698 (corrections at the foot) and 699 (a weather widget) clean on first contact
  'held-out-696.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-697.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-698.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-699.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-700.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-701.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 702-705, first scored on 99604b9's tree with the rules for 696-701: 702 (pull quotes between paragraphs, with a
  // dashed speaker under them or in ornamental marks) leaked them (34.3%), now none; 704 (the writer credited at the foot
  // only, "جمال الشريف، صحفي مقيم في تونس") missed the writer under a paragraph with the page's link glued to it
  // (authors recall 0.946, 2.7% leaked), now 0.995 (one name under a related link is still the link's); 703 (a reading
  // list's buttons) and 705 (the headline printed twice under a crumb; its crumb's end and title tag could not be
  // written with the wrap tool, as its about says) clean on first contact
  'held-out-702.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-703.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-704.json': { authorsRecall: 0.99, maxLeak: 0.005, bodyF1: 0.99 },
  'held-out-705.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 706-710, first scored on 84dff1a: 707 (women writers' labels, a copy desk's credit) read "مراجعة لغوية" as a
  // second writer (authors precision 0.73), now 0.97; 709 (a takeaways list at the foot) read "• متابعة دورية للتنفيذ"
  // as a credit (0.65), now 0.97; 710 (a background box and a why-it-matters box of one line between paragraphs)
  // leaked both (39.4%), now none; 706 (rarer date shapes) and 708 (the header's facts after glyphs) clean on first
  // contact
  'held-out-706.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-707.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-708.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  'held-out-709.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-710.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 },
  // sets 711-720, first scored on 84dff1a's tree with the rules for 707-710: 719 (the header's labels over their values)
  // leaked "التاريخ:" (10%), now none; 711 (the writer and the date on one line), 712 (a partner's label over the
  // headline), 713 (traffic and services strips), 714 (a draw's results), 715 (most-commented titles with counts), 716
  // (a video ad's slot), 717 (videos with their lengths), 718 (readers' reactions) and 720 (a metered paywall) clean on
  // first contact
  ...Object.fromEntries([711, 712, 713, 714, 715, 716, 717, 718, 719, 720].map((n) => [`held-out-${n}.json`, { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 }])),
  // sets 721-729, first scored on 4841823. Two decisions kept: 721's table rows parted by bars between paragraphs stay
  // the story's (23.3% read as leaked), as an HTML table's rows are laid out as paragraphs (forty-fifth round); 722's
  // deck that ends a sentence right under the headline and over the writer stays the story's first paragraph (33.3%,
  // authors recall 0.5 there), as the seventy-fourth round decided for a sentence with its full stop under the headline
  // (a try that read it as the header's broke that round's test and the page styles around the fixtures, and was
  // dropped). 724 (a site's standards links, a call to send a tip) leaked the call and a row of links (2.2%), now none;
  // 728 ("أسماء النجار (خاص)" read as a picture's caption, authors recall 0.5), now 1; 727 (an academic's byline, "د. X -
  // جامعة الملك سعود") read the university as the agency (0.457) and missed a writer the given-name list lacks (authors
  // recall 0.903), now 0.769 (the corpus's own agencies) and 1. 723, 725, 726 and 729 clean on first contact
  'held-out-721.json': { authorsRecall: 0.99, maxLeak: 0.24, bodyF1: 0.98 },
  'held-out-722.json': { authorsRecall: 0.5, maxLeak: 0.34, bodyF1: 0.98 },
  ...Object.fromEntries([723, 724, 725, 726, 727, 728, 729].map((n) => [`held-out-${n}.json`, { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99 }])),
  // sets 730-732, written last round and first scored on 319eff1: 730 (a former player's note under a columnist) read
  // the note as a second writer (authors precision 0.49), now 0.97; 731 (a consent wall's buttons in a row parted by
  // bars) gave the row as the headline (0.38), now 1; 732 (an event card between paragraphs) leaked the card (29.5%),
  // now none. Sets 733-752, first scored on c39c6b8 with those rules: 739 (a translated column) read the translator
  // as a second writer (0.49), now 0.97 (its agency reads 0: the paper after "عن" is the source, which the gold does
  // not know); 749 (the credited writer's biography last on the page) leaked it (45%), now none; 752 (the writer's
  // city and count of articles over the headline) gave that line as the headline (0), now 1; 741's dateline reads 0
  // for the same reason as 739's agency (the city after the writer's name, which the gold does not know). The others
  // clean on first contact
  ...Object.fromEntries(Array.from({ length: 23 }, (_, k) => 730 + k).map((n) => [`held-out-${n}.json`, { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0.95 }])),
  // sets 753-772, first scored on 635f69e's tree with the rules for 754-762: 754 (a live page's update label) leaked it
  // (17.3%), now none; 755 and 761 (a note that the piece was made with a partner, or paid for, a sentence with its full
  // stop) leaked it (25%), now none; 756 ("عبدالعزيز الخميس", a weekday's family name, before the date) lost the writer
  // (authors recall 0.785), now 1; 762 (a writer's box over the headline, a name the list lacks) 0.839, now 1. Scored on
  // the tree with those rules: 763 ("Sara Ali | سارة علي") read the Latin name as the agency (0), now the corpus's own
  // 0.769; 765 and 771 (a gold price by the gram, an app's rating row, over the headline) gave them as the headline
  // (0.134, 0), now 1; 769 ("شارك في الإعداد: فريق الموقع" under a name the list lacks) leaked it and missed the writer
  // (39.6%, 0.812), now none and 1; 772 ("— name" last on the page) missed writers the list lacks (0.806), now 0.978
  // (the rest stand under a paragraph with no full stop or a glued link), and read its city twice ("دمشق، دمشق"), now
  // once. 761 credits no writer, so its authors precision reads 0 on empty lists; 759's agency reads 0 and 772's
  // dateline 0 for the reason 739's and 741's do (the outlet and the city the gold does not know). The others clean on
  // first contact
  ...cleanSets(753, 20, [761, 772]),
  'held-out-761.json': { authorsRecall: 0.99, maxLeak: 0.002, bodyF1: 0.99, authorsPrecision: 0 },
  'held-out-772.json': { authorsRecall: 0.97, maxLeak: 0.01, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 773-784, first scored on 909d1da's tree: 783 (a podcast's notes at the foot) leaked the heading, the guest's
  // line and the music's credit (55.8%), now none. Sets 785-796, first scored with the rule for 783: 785 ("من" before the
  // writer's name) lost every writer (authors recall 0), now 1; 795 (a season's greeting and the site's slogan over the headline, a
  // name the list lacks under it) gave the slogan as the headline (0.005), now 1. 778's agency reads 0 ("المصدر:
  // وكالات" is read as the wires', which the gold does not know) and 789's too (the site named in the exclusive's note).
  // The others clean on first contact but 786 (a post's words with its picture's link between paragraphs, 21% read as
  // leaked): a decision kept, as the seventieth round keeps the words of a post embedded in the body as a paragraph
  // (a rule of this round that dropped them broke that round's HTML tests, and was dropped)
  ...cleanSets(773, 24, [786]),
  'held-out-786.json': { authorsRecall: 0.99, maxLeak: 0.22, bodyF1: 0.96, authorsPrecision: 0.95 },
  // sets 797-806, first scored on 33e5663: 805 (a call to watch the video under it, a sentence ending on a colon)
  // leaked it (21.1%), now none. 803 credits no writer (a partner's label alone), so its authors precision reads 0 on
  // empty lists; 797's agency reads 0 (the national wire after the writer, which the gold does not know). The others
  // clean on first contact
  ...Object.fromEntries(Array.from({ length: 10 }, (_, k) => 797 + k).map((n) => [`held-out-${n}.json`, { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: n === 803 ? 0 : 0.95 }])),
  // sets 807-812, first scored on cf94725: 812 (a pen name of one word after "بقلم", "بقلم نيوتن") missed that writer
  // (authors recall 0.774) and leaked the credit (7.5%), now 1 and none. 808 (a box of figures over the body under
  // "بالأرقام:") leaks its lines (3.2%) where the corpus article's first line is a scrape's junk ("Next Previous …"), so
  // the box has no paragraph under it to end on; left. 807's agency reads 0 (the wire in brackets after the writer,
  // which the gold does not know). The others clean on first contact
  ...Object.fromEntries([807, 809, 810, 811, 812].map((n) => [`held-out-${n}.json`, { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 }])),
  'held-out-808.json': { authorsRecall: 0.99, maxLeak: 0.035, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 813-818, first scored on d4b7c9f: 813 ("الأستاذ X، عضو هيئة التدريس" over a date in the Hijri calendar alone,
  // which the gold does not date) missed every writer (authors recall 0), now 0.995; 814 (a quiz's call with its
  // object, and the count of its takers) leaked the call (17.7%), now none. 818's agency and dateline read 0 (a wire's
  // stamp at the foot, which the gold does not know). The others clean on first contact
  'held-out-813.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95, noDates: true },
  ...Object.fromEntries([814, 815, 816, 817, 818].map((n) => [`held-out-${n}.json`, { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 }])),
  // sets 819-841, first scored on 833058c: 822 (a Gulf writer's name with "بن", "بنت" and "آل", five or six words) lost
  // most writers (authors recall 0.36), now 1; 827 (a timeline box before the body, blank lines between its items)
  // leaked them (2.1%), now none; 830 (a writer's card with the count of followers over the headline) lost every writer
  // (0), now 1; 831 (a pointer to the outlet's earlier report and a note that the photos are from the archive, sentences
  // between paragraphs) leaked them (45.9%), now none; 837 (a name in Latin letters alone over the date) lost every
  // writer (0), now 1; 824 and 841 (a fact-check's legend, a cut title in square brackets) leaked 0.4% and 0.5%, now
  // none. 819 (a wire's credits naming the reporter and the Arabic desk's preparer) reads both as writers, the
  // convention set 240 keeps, where the gold knows the reporter alone: its authors precision reads 0.49. The others
  // clean on first contact
  ...Object.fromEntries(Array.from({ length: 23 }, (_, k) => 819 + k).map((n) => [`held-out-${n}.json`, { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: n === 819 ? 0.45 : 0.95 }])),
  // sets 842-865, first scored on a331bed: 844 (a survey's call and its button between paragraphs) leaked them (44.8%),
  // 848 (an offer to listen to the story in a generated voice, under the date) 33.3%, 850 (a sponsor's sentence on a
  // section) 28.8%, 851 (a player's fallback note) 3.1%, 857 (a note that a feed ran the story, at the foot) 33.3%, 862
  // (a paywall's note for subscribers of an edition) 29.8%: now none. 861 ("* name trade" at the foot, a given name the
  // list lacks) missed those writers (authors recall 0.758), now 0.995; 852 ("name (أبو علي)") read the by-name as the
  // agency (0.204), now the corpus's own 0.769, and its writers whose given name the list lacks ("حمدة") are still
  // missed (authors recall 0.763). Left: 853's three other stories' titles at the foot after a small square, with no
  // heading (48.7%): a bulleted list closing a story reads the same. 860's dateline reads 0 (the city before the
  // writer's name, which the gold does not know). The others clean on first contact
  ...cleanSets(842, 24, [852, 853]),
  'held-out-852.json': { authorsRecall: 0.75, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-853.json': { authorsRecall: 0.99, maxLeak: 0.5, bodyF1: 0.96, authorsPrecision: 0.95 },
  // sets 866-889, first scored on 78b61e7: 867 (a prices' disclaimer between paragraphs) leaked it (28.8%), 875 (a video
  // report's label and its length) 29.6%: now none; 871 ("name، دكتوراه في …") and 878 ("الباحث name، مركز …") missed
  // every writer (authors recall 0), now 0.995; 873 ("3 دقائق min read": the wrap tool prints the minutes in Arabic
  // before the English badge's words) read no stated time (0.355) and leaked it (32.6%), now 1 and none. Left: 868's
  // explainer question over its one-line summary before the body (50%), since a body's subheading reads the same. 886's
  // dateline reads 0 (the city in "مراسلنا في عمان -"). Sets 890-913, first scored with those rules: 902 (names with
  // their marks, "عَلِيّ") missed the name Ali (authors recall 0.801), now 1; 904 (a print issue's page under the date),
  // 912 (a correction under "تصويب:") and 913 (a note that the story is a part of a series) leaked them (33.3% each),
  // now none; 905 ("name، خاص") missed every writer (0), now 0.806 (the rest are given names the list lacks). 909's
  // gold joins two writers in one name ("سامي حداد وليلى قاسم"), which is read as two (authors precision 0.49); 910's
  // "والله من وراء القصد" after a column is the writer's own closing words, kept as the story's (27.6% read as leaked);
  // 891's dateline reads 0 (the city after the writer's name). The others clean on first contact
  ...cleanSets(866, 48, [868, 905, 909, 910]),
  'held-out-868.json': { authorsRecall: 0.99, maxLeak: 0.5, bodyF1: 0.98, authorsPrecision: 0.95 },
  'held-out-905.json': { authorsRecall: 0.8, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-909.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.45 },
  'held-out-910.json': { authorsRecall: 0.99, maxLeak: 0.28, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 914-937, first scored on 0af85b6: 914 (a note that the original ran in English), 915
  // (the wires credited with a share of the report), 928 (an opinion disclaimer opening on its verb) leaked them at the
  // foot (33.3%, 33.3%, 32.1%), 916 and 927 (captions pointing at the media above, with a colon) between paragraphs
  // (29.6% each), 919 (a note to the signed-out reader) 25%, 935 (a programme's guest card under the date) 33.3%: now
  // none; 937 ("محتوى مدفوع | شريك" over the headline) gave it as the headline (0), now 1. 918's photographer's credit
  // in a sentence at the foot (0.5%) and 931's quote box (0.7%) leak on a few pages; 933's writers whose given name the
  // list lacks ("نوارة نجم") are missed and leak (authors recall 0.812, 6.3%). The others clean on first contact
  ...cleanSets(914, 24, [918, 931, 933]),
  'held-out-918.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-931.json': { authorsRecall: 0.99, maxLeak: 0.008, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-933.json': { authorsRecall: 0.8, maxLeak: 0.065, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 938-961, first scored on 0cd4e36: 943, 944, 946 and 947 (a columnist's other calling after the name and a
  // comma, a dash or a bar: "روائي وكاتب", "ناشط حقوقي", "سفير سابق", "خبير اقتصادي") missed the writers (authors
  // recall 0, 0.565, 0, 0.602) and read the calling as the agency: now 1; 955 (readers' comments under "تعليقان", each
  // commenter with the comment's age after a dash) leaked them (57.1%), 942 ("في مثل هذا اليوم" over an earlier
  // story's title) 4.6%: now none. 961's agency and dateline read 0 ("بيروت - «الشرق الأوسط»" over the headline names
  // the paper and the city, which the gold does not know). Sets 962-1081, first scored on this round's work in progress:
  // 970 (the date and the read time parted by "∙") read date 0.452 and read time 0.527 and leaked the line (28.5%), now
  // 1, 1 and none; 973 ("الثلاثاء الـ11 من أغسطس 2015") read date 0.027 and leaked it (61.3%), now 1 and none; 995 (a helpline's note for thoughts of suicide) leaked
  // it (33.3%), 1015 (a note that the piece runs under a partnership) 33.3%, 1016 (a note that names were changed)
  // 33.3%, 1055 (a programme page's airing note) 33.3%: now none; 1021 ("مقال: name" over the headline) gave the
  // credit as the headline and missed every writer, now 1. Left: 976's writer's line at the foot after a paragraph with
  // no blank line (0.5%), 1019's writer's bio sentence at the foot (1.3%), 1047's source link and 1049's figures box on
  // a few pages (0.5%, 0.6%); 981, 1043 and 1073 lose writers whose given name the list lacks ("هيلة", "لاهاي", "هيا"),
  // with no date beside them to vouch for the name (authors recall 0.763, 0.828, 0.806). 1057's translator under the
  // writer is read as a writer too, the convention "ترجمة:" keeps (authors precision 0.49). 1029's dateline reads 0 and
  // 1056's agency reads the paper's slogan line at the foot ("صحيفة الوطن - صوت المواطن منذ 1998"). The others clean on
  // first contact
  ...cleanSets(938, 144, [976, 981, 1019, 1043, 1044, 1047, 1049, 1057, 1073]),
  'held-out-976.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-981.json': { authorsRecall: 0.75, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1019.json': { authorsRecall: 0.99, maxLeak: 0.015, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1043.json': { authorsRecall: 0.8, maxLeak: 0.09, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1044.json': { authorsRecall: 0.99, maxLeak: 0.004, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1047.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1049.json': { authorsRecall: 0.99, maxLeak: 0.007, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1057.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.45 },
  'held-out-1073.json': { authorsRecall: 0.8, maxLeak: 0.1, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 1082-1105, first scored on e6b63d8: 1084 ("3 دقائق min de lecture") read no stated time (0.355) and leaked it
  // (33.5%), now 1 and none; 1095 ("Updated: منذ 3 ساعات" under the date) leaked it (33.3%), now none. Sets 1106-1177,
  // first scored on this round's work in progress after it: scrapes' leftovers, a WordPress caption's shortcode (29.6%),
  // "Loading... جاري التحميل..." (29.8%), a note to enable JavaScript (33.3%), "Watch:" before another story's title
  // (68.4%), leaked: now none; a search box's line over the headline gave itself as the headline (0), now 1. Sports and
  // services widgets: a weather line parted by bars (33.3%), a results' line (27.6%), a table's row parted by bars
  // (22.4%), now none; a countdown over the headline gave itself as the headline (0.134), now 1; a poll's question over
  // "نعم" and "لا" with no button (55.7%) now 2.7% (the poll right under the first paragraph's credit, before the body
  // starts, still leaks), a live page's "أبرز اللحظات" box (11%) now 1.2%; "وفيات" over a question headline and a writer
  // the given-name list lacks gave the name as the headline (0.839), now 1. Left: 1154's and 1167's tag over a short
  // headline with its dots ("العيد.. والثوب الجديد") takes the headline on two pages (0.989); 1106's obfuscated address
  // at the foot on one page (0.5%). The others clean on first contact
  ...cleanSets(1082, 96, [1106, 1154, 1165, 1167, 1176]),
  'held-out-1106.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1154.json': { headline: 0.98, authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1165.json': { authorsRecall: 0.99, maxLeak: 0.03, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1167.json': { headline: 0.98, authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1176.json': { authorsRecall: 0.99, maxLeak: 0.015, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 1178-1297, first scored on b906d28: related links in other wordings leaked ("بیشتر بخوانید:" 68.4%, "► عنوان"
  // 46.7%), a map's link (29%), "يتبع بعد الإعلان" (29.6%), a picture's account on a platform (29.6%), now none; a switch
  // to the Kurdish edition took the headline (0), now 1; "المصدر: مواقع التواصل الاجتماعي" read as the agency (0.113),
  // now the corpus's own (0.769); writers the given-name list lacks before a trade in brackets (authors recall 0.801)
  // and before a mark and the date on the line (0.763), now 1. Sets 1298-1417, first scored on this round's work in
  // progress after it: more related wordings ("مقال ذو صلة:", "شوف كمان:", "المزيد ≫ …": 67-68.7%), a report link
  // (32.1%), "1,245 زيارة" (30.8%), now none; a translate button (headline 0) and tags parted by commas over the
  // headline (0), now 1; "… - خاص بـ«المجلة»" and "عن الكاتب: X، …" at the foot (authors recall 0), now 1. Left:
  // 1343's "اقرأ بعد:" (68.8%, a wording no site I know prints); writers whose given name the list lacks (1256's one-word
  // pen name, 1327 "الباقر", 1361 "مبارك", 1393 "نجاح"); 1413's date over the headline kept such writers unread under
  // it (0.575; mended in the round's second commit, now 1); 1382's doctor's title and trade at the foot on five pages
  // (1.8%); 1295's time the wrap tool leaves unrendered on three pages. Decisions: 1385's contributor's credit names no writer (`CONTRIBUTOR_CREDIT`); 1364's
  // name in Latin letters under the Arabic name is read as a second writer (precision 0.492); 1348's year-first date
  // with the month's name and 1356's eight digits are not read (date 0.027). The others clean on first contact
  ...cleanSets(1178, 240, [1256, 1295, 1327, 1343, 1348, 1356, 1361, 1364, 1382, 1385, 1393]),
  'held-out-1256.json': { authorsRecall: 0.75, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1295.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1327.json': { authorsRecall: 0.8, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1343.json': { authorsRecall: 0.99, maxLeak: 0.7, bodyF1: 0.92, authorsPrecision: 0.95 },
  'held-out-1348.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95, publishedAt: 0.02 },
  'held-out-1356.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95, publishedAt: 0.02 },
  'held-out-1361.json': { authorsRecall: 0.8, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1364.json': { authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.45 },
  'held-out-1382.json': { authorsRecall: 0.96, maxLeak: 0.02, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1385.json': { authorsRecall: 0, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0 },
  'held-out-1393.json': { authorsRecall: 0.8, maxLeak: 0.09, bodyF1: 0.99, authorsPrecision: 0.95 },
  // sets 1418-1465, first scored on the work in progress after d9f2c9b: a store's deal and its button after a bar, a box
  // office's button before a price, a shoot-out's score (29.6% each), now none; a final score's line (headline 0.113), a
  // rank badge (0) over the headline, now 1; a tournament's label after an emoji over the headline (0), now 0.989 (the
  // short-headline gap on two pages); "المصدر:" and a web address read as the agency (0.005), now the corpus's own,
  // the line still leaking on three pages (0.5%); a print view's header (agency 0, precision 0.492), now none. Left:
  // 1446's titles numbered "1) …" at the foot with no heading (49.4%). The others clean on first contact
  ...cleanSets(1418, 48, [1446, 1448, 1452]),
  'held-out-1446.json': { authorsRecall: 0.99, maxLeak: 0.5, bodyF1: 0.96, authorsPrecision: 0.95 },
  'held-out-1448.json': { authorsRecall: 0.99, maxLeak: 0.006, bodyF1: 0.99, authorsPrecision: 0.95 },
  'held-out-1452.json': { headline: 0.98, authorsRecall: 0.99, maxLeak: 0.003, bodyF1: 0.99, authorsPrecision: 0.95 },
};

/**
 * Every set's scorer summary, computed before the suites below are collected: `test/score-sets.mjs` wraps and scores
 * sets in one process each (the tools unchanged, the build loaded once), as many processes as the machine has cores.
 */
async function scoreStyleSets(sets: string[]): Promise<Record<string, Score>> {
  const out = mkdtempSync(join(tmpdir(), 'anp-styles-'));
  const corpus = join(shared, 'corpus', 'text');
  const ids = readdirSync(corpus)
    .filter((f) => f.endsWith('.meta.json') && JSON.parse(readFileSync(join(corpus, f), 'utf8')).title)
    .map((f) => f.slice(0, -'.meta.json'.length));
  const idsFile = join(out, 'ids.txt');
  writeFileSync(idsFile, ids.join(','));
  const jobs = Math.max(1, Math.min(availableParallelism(), 4));
  const parts = Array.from({ length: jobs }, (_, k) => sets.filter((_, i) => i % jobs === k)).filter((p) => p.length > 0);
  try {
    const results = await Promise.all(
      parts.map(async (part, k) => {
        const result = join(out, `result-${k}.json`);
        await execFileAsync('node', [join(root, 'test', 'score-sets.mjs'), shared, root, idsFile, out, result, ...part]);
        return JSON.parse(readFileSync(result, 'utf8')) as Record<string, Score>;
      }),
    );
    return Object.assign({}, ...results) as Record<string, Score>;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const styleScores = hasShared && hasBuild ? await scoreStyleSets(Object.keys(STYLE_FLOORS)) : {};

describe.skipIf(!hasShared || !hasBuild).each(Object.keys(STYLE_FLOORS))('team page styles (%s) around the whole corpus (generalisation)', (styles) => {
  const floors = STYLE_FLOORS[styles]!;
  const s = styleScores[styles] ?? ({} as Score);

  it('wraps enough articles to mean something', () => expect(s.articles).toBeGreaterThan(150));
  it('finds headline, date and read time', () => {
    expect(s.errors).toBe(0);
    // (0.99 unless a set's floor says what it measured when its rules were written)
    expect(s.headline).toBeGreaterThanOrEqual(floors.headline ?? 0.99);
    // (a set whose styles print only a relative time, "منذ 5 ساعات", has no date to score)
    if (floors.noDates === true) expect(s.publishedAt).toBeNull();
    // (or what a set's floor says it measured: a date in a shape the reader leaves, recorded when the set was written)
    else expect(s.publishedAt).toBeGreaterThanOrEqual(floors.publishedAt ?? 0.99);
    // (a set whose styles state no read time has none to score)
    if (s.readTime !== null) expect(s.readTime).toBeGreaterThanOrEqual(0.99);
    expect(s.authors.r).toBeGreaterThanOrEqual(floors.authorsRecall);
    // (twenty-fifth session: a label read as a writer's name in one style of set 28 took its precision to 0.658, and no
    // floor caught it)
    expect(s.authors.p).toBeGreaterThanOrEqual(floors.authorsPrecision ?? 0.9);
  });
  it('keeps the body and drops the chrome', () => {
    expect(s.body.f1).toBeGreaterThanOrEqual(floors.bodyF1);
    expect(s.boilerplateLeak).toBeLessThanOrEqual(floors.maxLeak);
  });
});

/**
 * Page styles written for the tests: each wraps an article (headline, body paragraphs, publication date) in the
 * chrome of one kind of Arabic news page — header metadata in its own wording, share bars, related-story lists,
 * comment forms, footers — and says what a parser must read from it. The wording is ours, modelled on what
 * outlets print; none of it is copied from a page.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle, type Article } from '../src/index.js';

/** An article to wrap. */
export interface PageArticle {
  headline: string;
  body: readonly string[];
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** Headlines of other stories, for related blocks. */
  others: readonly string[];
  /** Picks among variants: styles stay deterministic for one seed. */
  seed: number;
}

/** A wrapped page and what must be read from it. */
export interface StyledPage {
  text: string;
  /** Lines of chrome the page adds: every one must be dropped into `boilerplate`. */
  chrome: string[];
  authors: string[];
  readMinutes: number | null;
  /** Agency or dateline the page states, if any. */
  agency?: string;
  dateline?: string;
  /** A headline other than the article's (a style that adds "؟"). */
  headline?: string;
}

export type PageStyle = (a: PageArticle) => StyledPage;

const EGYPTIAN = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const MOROCCAN = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'];
const TUNISIAN = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const HIJRI = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const WRITERS = ['محمد عبد الرحمن', 'سارة المنصوري', 'خالد الزهراني', 'نادين حداد', 'يوسف بن علي', 'ليلى العمري', 'أحمد فؤاد', 'مريم الشامي', 'عمر القحطاني', 'هبة الله سعيد', 'كريم بوزيد', 'رانيا الحسيني'];

const pad = (n: number): string => String(n).padStart(2, '0');
const pick = <T>(list: readonly T[], seed: number, salt = 0): T => list[(seed * 7 + salt * 13) % list.length]!;
const indic = (s: string): string => s.replace(/\d/gu, (c) => String.fromCharCode(0x660 + Number(c)));

interface Parts {
  y: number;
  m: number;
  d: number;
  w: number;
}
function parts(iso: string, plusDays = 0): Parts {
  const t = new Date(`${iso}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + plusDays);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), w: t.getUTCDay() };
}
/** The Umm al-Qura date of a day, from the platform's calendar data (not from the parser's converter). */
function hijri(iso: string): string {
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
  const get = (type: string): number => Number(f.formatToParts(new Date(`${iso}T12:00:00Z`)).find((x) => x.type === type)!.value);
  return `${get('day')} ${HIJRI[get('month') - 1]} ${get('year')} هـ`;
}
const time = (seed: number): string => `${pad(1 + (seed % 12))}:${pad((seed * 17) % 60)}`;

/** The article's date as printed in many ways. */
const DATES = {
  egyptian: (p: Parts): string => `${p.d} ${EGYPTIAN[p.m]} ${p.y}`,
  egyptianDay: (p: Parts, s: number): string => `${DAYS[p.w]}، ${pad(p.d)} ${EGYPTIAN[p.m]} ${p.y} ${time(s)} ${s % 2 ? 'م' : 'ص'}`,
  slash: (p: Parts): string => `${pad(p.d)}/${pad(p.m + 1)}/${p.y}`,
  ymd: (p: Parts): string => `${p.y}/${pad(p.m + 1)}/${pad(p.d)}`,
  iso: (p: Parts, s: number): string => `${p.y}-${pad(p.m + 1)}-${pad(p.d)} ${time(s)}`,
  dots: (p: Parts): string => `${pad(p.d)}.${pad(p.m + 1)}.${p.y}`,
  levantine: (p: Parts): string => `${DAYS[p.w]} ${p.d} ${LEVANTINE[p.m]} ${p.y}`,
  levantineGloss: (p: Parts): string => `${p.d} ${LEVANTINE[p.m]} (${EGYPTIAN[p.m]}) ${p.y}`,
  moroccan: (p: Parts, s: number): string => `${DAYS[p.w]} ${p.d} ${MOROCCAN[p.m]} ${p.y} - ${time(s)}`,
  tunisian: (p: Parts): string => `${p.d} ${TUNISIAN[p.m]} ${p.y}`,
  indic: (p: Parts): string => indic(`${p.d} ${EGYPTIAN[p.m]} ${p.y}`),
  monthFirst: (p: Parts): string => `${EGYPTIAN[p.m]} ${p.d}, ${p.y}`,
};

/** A page: header lines, the body with lines inserted after paragraph `at`, footer lines. */
function page(a: PageArticle, head: readonly string[], tail: readonly string[], inner: readonly string[] = [], at = 2): { text: string; chrome: string[] } {
  const k = Math.min(at, a.body.length - 1);
  const body = inner.length === 0 ? a.body : [...a.body.slice(0, k), ...inner, ...a.body.slice(k)];
  const lines = [...head, ...body, ...tail];
  return { text: lines.join('\n'), chrome: [...head, ...inner, ...tail].filter((l) => l !== a.headline) };
}

export const PAGE_STYLES: Readonly<Record<string, PageStyle>> = {
  portal: (a) => {
    const p = parts(a.date);
    const writer = pick(WRITERS, a.seed);
    const minutes = 1 + (a.seed % 7);
    const head = ['الرئيسية » أخبار عربية', a.headline, `بقلم: ${writer}`, `تاريخ النشر: ${DATES.slash(p)}`, `وقت القراءة: ${minutes} دقائق`, 'حجم الخط', 'A+ A-', 'طباعة'];
    const tail = ['الكلمات المفتاحية: سياسة، اقتصاد', 'مقالات ذات صلة', ...a.others.slice(0, 2), 'اشترك في النشرة البريدية', 'أدخل بريدك الإلكتروني', 'من نحن | اتصل بنا | سياسة الخصوصية', `© ${p.y} جميع الحقوق محفوظة`];
    return { ...page(a, head, tail), authors: [writer], readMinutes: minutes };
  },
  egyptian: (a) => {
    const writer = pick(WRITERS, a.seed, 1);
    const head = [a.headline, `كتب ${writer}`, DATES.egyptianDay(parts(a.date), a.seed), 'أضف تعليق', 'شارك'];
    const tail = ['لمزيد من أخبار السياسة اضغط هنا', 'تابع أحدث الأخبار عبر تطبيق الخبر', 'التعليقات', 'لا توجد تعليقات على الخبر', 'الاسم', 'البريد الإلكتروني', 'عنوان التعليق', 'التعليق', 'إرسال'];
    return { ...page(a, head, tail, ['اقرأ أيضاً..', a.others[0]!]), authors: [writer], readMinutes: null };
  },
  levantine: (a) => {
    const writer = pick(WRITERS, a.seed, 2);
    const minutes = 2 + (a.seed % 6);
    const date = a.seed % 2 ? DATES.levantine(parts(a.date)) : DATES.levantineGloss(parts(a.date));
    const head = ['سياسة', a.headline, writer, date, `${minutes} دقائق للقراءة`, 'Share', 'Tweet'];
    const tail = ['إنضم الى حساب الموقع على تويتر', 'أخبار متعلقة', ...a.others.slice(0, 2), 'الأكثر مشاهدة', ...a.others.slice(2)];
    return { ...page(a, head, tail), authors: [writer], readMinutes: minutes };
  },
  maghreb: (a) => {
    const writer = pick(WRITERS, a.seed, 3);
    const outlet = pick(['نبض الشارع', 'موقع 24', 'العمق الجهوي'], a.seed);
    const head = [`${outlet} - ${writer}`, DATES.moroccan(parts(a.date), a.seed), a.headline, 'فيسبوك', 'تويتر', 'واتساب'];
    const tail = ['تعليقات الزوار', 'المرجو عدم إرسال تعليقات تتضمن السب أو القذف', 'أضف تعليقك', 'إرسال', 'آخر الأخبار', ...a.others.slice(0, 3)];
    return { ...page(a, head, tail), authors: [writer], readMinutes: null, agency: outlet };
  },
  tunisian: (a) => {
    const head = [a.headline, `نشر في ${DATES.tunisian(parts(a.date))} على الساعة ${time(a.seed)}`, 'Facebook', 'Twitter'];
    const tail = ['Tags', 'أخبار ذات علاقة', ...a.others.slice(0, 2), `Copyright © ${parts(a.date).y}`];
    return { ...page(a, head, tail), authors: [], readMinutes: null };
  },
  gulfHijri: (a) => {
    const writer = pick(WRITERS, a.seed, 4);
    const city = pick(['الرياض', 'جدة', 'الدمام', 'المدينة المنورة'], a.seed);
    const p = parts(a.date);
    const head = [`${DAYS[p.w]} ${hijri(a.date)} - ${DATES.egyptian(p)} م`, `${city} - ${writer}`, a.headline, '0 تعليق', 'نسخ الرابط'];
    const tail = ['تابعونا على', 'سناب شات', 'انستغرام', 'الأخبار المتعلقة', ...a.others.slice(0, 2)];
    return { ...page(a, head, tail), authors: [writer], readMinutes: null, dateline: city };
  },
  twoWriters: (a) => {
    const one = pick(WRITERS, a.seed, 5);
    const two = pick(WRITERS.filter((w) => w !== one), a.seed, 6);
    const head = ['تقارير', a.headline, `${one} و${two}`, `آخر تحديث: ${DATES.indic(parts(a.date))}`, 'حفظ', 'استمع للمقال'];
    const tail = ['الأخبار الرئيسية', ...a.others.slice(0, 3), '- إعلان -', 'حمّل تطبيقنا', 'Google Play', 'App Store'];
    return { ...page(a, head, tail), authors: [one, two], readMinutes: null };
  },
  blog: (a) => {
    const writer = pick(WRITERS, a.seed, 7);
    const minutes = 1 + (a.seed % 9);
    const unit = minutes === 1 ? 'دقيقة' : minutes === 2 ? 'دقيقتان' : 'دقائق';
    const head = [a.headline, DATES.monthFirst(parts(a.date)), `بواسطة ${writer}`, `${minutes === 1 || minutes === 2 ? '' : `${minutes} `}${unit} للقراءة`];
    const tail = ['شارك هذا المقال', 'ذات صلة', ...a.others.slice(0, 2), 'اترك تعليقاً', 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'التعليق', 'الاسم *', 'احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.'];
    return { ...page(a, head, tail), authors: [writer], readMinutes: minutes };
  },
  creditAndDate: (a) => {
    const writer = pick(WRITERS, a.seed, 8);
    const p = parts(a.date);
    const line = a.seed % 2 ? `كتب ${writer} ${DATES.egyptianDay(p, a.seed)}` : `كتب: ${writer} | ${DATES.iso(p, a.seed)}`;
    const head = [a.headline, line, 'مشاركة'];
    const tail = ['لا تفوتك', ...a.others.slice(0, 2), 'الأخبار الأكثر قراءة', ...a.others.slice(2), 'الرجوع الى أعلى الصفحة'];
    return { ...page(a, head, tail, [`اقرأ أيضًا.. ${a.others[0]!}`], 1), authors: [writer], readMinutes: null };
  },
  handle: (a) => {
    const writer = pick(WRITERS, a.seed, 9);
    const minutes = 2 + (a.seed % 8);
    const head = ['العالم العربي', a.headline, `${writer} صحافية @desk_${a.seed % 10}`, DATES.egyptianDay(parts(a.date), a.seed), `⏱ ${minutes} دقائق`, 'A', 'A'];
    const tail = ['اقرأ المزيد', ...a.others.slice(0, 2), 'الأكثر قراءة', ...a.others.slice(2)];
    return { ...page(a, head, tail), authors: [writer], readMinutes: minutes };
  },
  kuwaiti: (a) => {
    const head = [a.headline, `${DATES.slash(parts(a.date))} ${time(a.seed)}`, 'A+ A-', 'شارك الخبر عبر:', 'طباعة'];
    const tail = [`الرابط المختصر: https://example.com/a/${a.seed}`, 'ذات الصلة', ...a.others.slice(0, 2), 'الأخبار الأكثر تداولا', ...a.others.slice(2)];
    return { ...page(a, head, tail), authors: [], readMinutes: null };
  },
  franco: (a) => {
    const writer = pick(WRITERS, a.seed, 10);
    const head = [a.headline, `بقلم ${writer}`, `آخر تحديث: ${DATES.slash(parts(a.date))} على الساعة ${time(a.seed)}`, 'Sponsorisé', 'إعلانات Google'];
    const tail = ['مقالات مشابهة', ...a.others.slice(0, 2), 'تعليقاتكم', 'لا يوجد أي تعليق', 'شاركوا برأيكم'];
    return { ...page(a, head, tail), authors: [writer], readMinutes: null };
  },
  player: (a) => {
    const minutes = 1 + (a.seed % 5);
    const head = [a.headline, DATES.egyptian(parts(a.date)), `مدة القراءة: ${minutes} ${minutes > 2 ? 'دقائق' : 'دقيقة'}`, 'استمع إلى المقال', '00:00 / 03:12', 'مدة الفيديو 02:30'];
    const tail = ['المزيد من سياسة', ...a.others.slice(0, 2), 'النشرة الإخبارية', 'بريدك الإلكتروني'];
    return { ...page(a, head, tail, ['شاهد.. لحظة وصول الوفد', 'تشغيل', '0:00'], 1), authors: [], readMinutes: minutes };
  },
  broadcasterFeed: (a) => {
    const head = ['قبل 2 ساعة', a.headline, DATES.egyptian(parts(a.date)), 'مصدر الصورة،Getty Images', 'التعليق على الصورة،مشهد عام من المدينة'];
    const tail = ['المزيد حول هذه القصة', ...a.others.slice(0, 2), 'الأكثر قراءة', '1', a.others[2]!, '2', a.others[3]!];
    return { ...page(a, head, tail), authors: [], readMinutes: null };
  },
  writerFromCity: (a) => {
    const writer = pick(WRITERS, a.seed, 11);
    const city = pick(['جدة', 'الرياض', 'الدمام', 'أبها'], a.seed, 1);
    const head = [a.headline, `${writer} (${city})`, `${DATES.slash(parts(a.date))} ${time(a.seed)}`, 'Twitter', 'Facebook', 'WhatsApp'];
    const tail = ['#الخبر', 'أخبار ذات صلة', ...a.others.slice(0, 2), 'الأكثر مشاهدة', ...a.others.slice(2)];
    return { ...page(a, head, tail), authors: [writer], readMinutes: null, dateline: city };
  },
  mobile: (a) => {
    const head = ['Menu', '×', 'القائمة', 'بحث', a.headline, `${DATES.egyptian(parts(a.date))} | ${time(a.seed)}`, 'شارك عبر', 'فيسبوك تويتر واتساب', 'تلغرام'];
    const tail = ['عودة إلى الأعلى', 'النسخة الكاملة', `© ${parts(a.date).y} الشبكة الإخبارية`];
    return { ...page(a, head, tail), authors: [], readMinutes: null };
  },
  opinion: (a) => {
    const writer = pick(WRITERS, a.seed, 12);
    const head = ['مقالات الرأي', a.headline, `بقلم/ د. ${writer}`, DATES.egyptianDay(parts(a.date), a.seed)];
    const tail = ['* كاتب وأكاديمي سعودي', 'الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة', 'مقالات أخرى للكاتب', ...a.others.slice(0, 2)];
    return { ...page(a, head, tail), authors: [writer], readMinutes: null };
  },
  tagged: (a) => {
    const head = [a.headline, `${DATES.levantine(parts(a.date))} | ${time(a.seed)}`, 'شارك المقال عبر', 'A', 'A'];
    const tail = ['كلمات مفتاحية', 'الحكومة', 'الاقتصاد', 'الأكثر قراءة', ...a.others.slice(0, 2)];
    return { ...page(a, head, tail), authors: [], readMinutes: null };
  },
  gallery: (a) => {
    const head = [a.headline, DATES.dots(parts(a.date)), '1 من 5', 'الصورة: رويترز', '(فيديو)'];
    const tail = ['معرض الصور', '2 من 5', 'شارك الصورة', 'التالي'];
    return { ...page(a, head, tail, [`شاهد أيضاً: ${a.others[0]!}`]), authors: [], readMinutes: null };
  },
  zoned: (a) => {
    const p = parts(a.date);
    const later = parts(a.date, 2);
    const head = [a.headline, `نشر في: ${p.d} ${EGYPTIAN[p.m]} ${p.y} - ${time(a.seed)} بتوقيت أبوظبي`, `آخر تحديث: ${later.d} ${EGYPTIAN[later.m]} ${later.y} - ${time(a.seed + 1)} بتوقيت أبوظبي`, 'A+', 'A-', 'مصدر الصورة: رويترز'];
    const tail = ['تابع آخر الأخبار عبر تطبيق الشبكة', 'الأكثر قراءة', ...a.others.slice(0, 2)];
    return { ...page(a, head, tail), authors: [], readMinutes: null };
  },
  inBody: (a) => {
    const p = parts(a.date);
    const head = [pick(['عاجل', 'حصري', 'خاص'], a.seed), a.headline, DATES.ymd(p), 'جانب من الاجتماع الذي عقد أمس في العاصمة (واس)'];
    const inner = ['إعلان', `اقرأ أيضا: ${a.others[0]!}`, 'ابق على اطلاع دائم بآخر الأخبار عبر قناتنا على واتساب', 'pic.twitter.com/a1b2c3'];
    const tail = ['هل كان هذا المقال مفيدا؟', 'نعم', 'لا', 'شكرا لك', 'حمّل تطبيق الخبر الآن', 'متوفر على', 'Google Play', 'App Store'];
    return { ...page(a, head, tail, inner, 1), authors: [], readMinutes: null };
  },
  cookieAndWriterBox: (a) => {
    const writer = pick(WRITERS, a.seed, 14);
    const minutes = 3 + (a.seed % 5);
    const head = ['يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك', 'موافق', a.headline, `بقلم الكاتب ${writer}`, DATES.egyptian(parts(a.date)), `📖 ${minutes} دقائق`];
    const tail = ['عن الكاتب', `${writer} صحفي متخصص في الشؤون الاقتصادية`, 'جميع مقالات الكاتب', ...a.others.slice(0, 2)];
    return { ...page(a, head, tail), authors: [writer], readMinutes: minutes };
  },
  notificationPrompt: (a) => {
    const writer = pick(WRITERS, a.seed, 15);
    const minutes = 2 + (a.seed % 4);
    const head = ['هل تريد تفعيل الإشعارات لتصلك آخر الأخبار؟', 'لاحقاً', 'تفعيل', a.headline, `مراسل الموقع ${writer}`, `قراءة: ${minutes} د`, DATES.slash(parts(a.date))];
    const tail = ['آخر التحديثات', ...a.others.slice(0, 3), 'تحميل PDF', 'بالاشتراك، أنت توافق على شروط الاستخدام وسياسة الخصوصية'];
    return { ...page(a, head, tail), authors: [writer], readMinutes: minutes };
  },
  postedBy: (a) => {
    const writer = pick(WRITERS, a.seed, 16);
    const head = [a.headline, `نُشر بواسطة ${writer} في ${DATES.egyptian(parts(a.date))}`, 'شارك هذا الخبر', 'انشر على فيسبوك', 'أرسل إلى صديق'];
    const tail = ['أخبار أخرى', ...a.others.slice(0, 2), 'تصميم وتطوير شركة الحلول الرقمية', 'Powered by WordPress'];
    return { ...page(a, head, tail), authors: [writer], readMinutes: null };
  },
  preparedBy: (a) => {
    const writer = pick(WRITERS, a.seed, 17);
    const head = [a.headline, `أعدته للنشر: ${writer}`, `تاريخ الإضافة: ${DATES.slash(parts(a.date))}`, 'مشاركة عبر', '👁 1520', 'عدد المشاهدات: 1,234'];
    const tail = ['عناوين أخرى', ...a.others.slice(0, 3), 'اكتب تعليقا', 'روابط سريعة', 'الصفحة الرئيسية', 'النسخة المحمولة', 'English'];
    return { ...page(a, head, tail), authors: [writer], readMinutes: null };
  },
  question: (a) => {
    const writer = pick(WRITERS, a.seed, 13);
    const headline = `${a.headline.replace(/[.؟?!]+$/u, '')}؟`;
    const lines = [headline, writer, DATES.egyptian(parts(a.date)), ...a.body, 'تابعونا على تويتر وفيسبوك'];
    return { text: lines.join('\n'), chrome: [writer, lines[2]!, 'تابعونا على تويتر وفيسبوك'], authors: [writer], readMinutes: null, headline };
  },
};

const root = resolve(import.meta.dirname, '..');
/** Real articles of ../shared, when present (CI has it). */
export const corpusDir = resolve(root, '..', 'shared', 'corpus', 'text');
export const hasCorpus = existsSync(corpusDir);

export interface Bare {
  id: string;
  headline: string;
  body: string[];
  date: string;
}

/** The fixtures as bare articles: their headline and body lines as the parser reads them, and a made-up date. */
export function fixtureArticles(): Bare[] {
  const dir = join(root, 'fixtures', 'text');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => {
      const a = parseArticle(readFileSync(join(dir, f), 'utf8'));
      const day = new Date(Date.UTC(2019, 0, 1 + i * 37)).toISOString().slice(0, 10);
      return { id: f, headline: a.headline, body: a.paragraphs, date: day };
    })
    // (a page style wraps an article under its headline: a scrape that has none gives it nothing to wrap)
    .filter((a) => a.headline !== '');
}

/** Corpus articles with a title and date in their metadata: the title as headline, the text's lines as body. */
export function corpusArticles(): Bare[] {
  if (!hasCorpus) return [];
  const out: Bare[] = [];
  for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.meta.json')).sort()) {
    const meta = JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as { title?: string; time?: string; date_extracted?: string };
    const date = (meta.time ?? meta.date_extracted ?? '').slice(0, 10);
    if (!meta.title || !/^\d{4}-\d\d-\d\d$/u.test(date)) continue;
    const body = readFileSync(join(corpusDir, f.replace('.meta.json', '.txt')), 'utf8').split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
    out.push({ id: f.replace('.meta.json', ''), headline: meta.title.trim(), body, date });
  }
  return out;
}

const quoteKey = (a: Article): string[] => a.quotes.map((q) => `${q.kind}|${q.speaker ?? ''}|${q.text}`);

/** Every difference between the bare parse and the styled one, as readable lines (empty when none). */
export function differences(articles: readonly Bare[], styleName: string): string[] {
  const style = PAGE_STYLES[styleName]!;
  const problems: string[] = [];
  articles.forEach((bare, i) => {
    const reference = parseArticle([bare.headline, ...bare.body].join('\n'));
    // an article whose bare headline is not read as one tests the headline rules, not the page style
    if (reference.headline !== bare.headline) return;
    const others = articles.filter((_, k) => k !== i).slice(i % 5, (i % 5) + 4).map((o) => o.headline);
    const input: PageArticle = { headline: bare.headline, body: bare.body, date: bare.date, others, seed: i };
    const styled = style(input);
    const got = parseArticle(styled.text);
    const say = (what: string): void => void problems.push(`${bare.id}: ${what}`);
    if (got.headline !== (styled.headline ?? reference.headline)) say(`headline ${JSON.stringify(got.headline)}`);
    if (JSON.stringify(got.paragraphs) !== JSON.stringify(reference.paragraphs)) say('paragraphs differ');
    if (JSON.stringify(quoteKey(got)) !== JSON.stringify(quoteKey(reference))) say('quotes differ');
    for (const line of styled.chrome) if (!got.boilerplate.includes(line)) say(`kept ${JSON.stringify(line)}`);
    for (const author of styled.authors) if (!got.byline.authors.includes(author)) say(`no author ${author} in ${JSON.stringify(got.byline.authors)}`);
    if (reference.publishedAt === null && got.publishedAt?.slice(0, 10) !== bare.date) say(`date ${got.publishedAt}`);
    if (styled.readMinutes !== null && (got.readTime.minutes !== styled.readMinutes || got.readTime.source !== 'stated')) say(`read time ${JSON.stringify(got.readTime)}`);
    if (styled.agency !== undefined && reference.byline.agency === null && got.byline.agency !== styled.agency) say(`agency ${got.byline.agency}`);
    if (styled.dateline !== undefined && reference.byline.dateline === null && got.byline.dateline !== styled.dateline) say(`dateline ${got.byline.dateline}`);
  });
  return problems;
}


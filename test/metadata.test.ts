import { describe, expect, it } from 'vitest';
import { findDate, hijriToGregorian } from '../src/metadata/date.js';
import { bareAuthors, parseBylineLine, parseLeadPrefix } from '../src/metadata/byline.js';
import { parseMinutesBadge, parseReadTimeLine } from '../src/metadata/read-time.js';
import { sectionLabelAround, stripSiteSuffix } from '../src/metadata/headline.js';
import { parseArticle } from '../src/index.js';

describe('dates as Arabic sites print them', () => {
  it.each([
    ['الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)', '2013-08-28T14:00+04:00'],
    ['تاريخ النشر: 12.03.2025 | 14:22 GMT', '2025-03-12T14:22+00:00'],
    ['12 مارس 2025 الساعة 14:22 بتوقيت غرينتش', '2025-03-12T14:22+00:00'],
    ['نشر الأحد، 05 نوفمبر / تشرين الثاني 2023', '2023-11-05'],
    ['04:53 م 04/02/2026', '2026-02-04T16:53'],
    ['تاريخ النشر : الجمعة 11:45 13-3-2026', '2026-03-13T11:45'],
    ['الإثنين 12/فبراير/2024 - 09:47 م', '2024-02-12T21:47'],
    ['نشرت في : 30/04/2020', '2020-04-30'],
    ['الخميس 7/3/1429 هـ - الموافق 13/3/2008 م', '2008-03-13'],
    ['الخميس ١٣ جويلية ٢٠٢٣', '2023-07-13'],
    ['السبت 01 دجنبر 2018', '2018-12-01'],
    ['Tuesday, 11 August 2015 - 16:10 pm', '2015-08-11T16:10'],
    ['Publié le Vendredi 13 Mars 2026 - 08:25', '2026-03-13T08:25'],
    ['(اخر تعديل 2024-09-09 15:26:01 )', '2024-09-09T15:26'],
    ['نشر في: 25 يوليو 2015 - 10:01 بتوقيت أبوظبي', '2015-07-25T10:01+04:00'],
    ['21 تموز (يوليو) 2015', '2015-07-21'],
    ['الخميس 3 أيار (مايو) 2018 - 09:15', '2018-05-03T09:15'],
  ])('%s → %s', (line, iso) => {
    expect(findDate(line)?.iso).toBe(iso);
  });

  it('reads a Latin zone name after the time ("14:20 KSA", "9:05 GST")', () => {
    expect(findDate('نشر في: 09 يونيو 2025 14:20 KSA')?.iso).toBe('2025-06-09T14:20+03:00');
    expect(findDate('09/06/2025 09:05 GST')?.iso).toBe('2025-06-09T09:05+04:00');
  });

  it('marks update stamps so they lose to the publication date', () => {
    expect(findDate('آخر تحديث: 12 مايو 2024')?.update).toBe(true);
    expect(findDate('نشر في: 12 مايو 2024')?.published).toBe(true);
    expect(findDate('نُشر بتاريخ: 12 مايو 2024')).toMatchObject({ published: true, coverage: 1 });
  });

  it('rejects impossible dates', () => {
    expect(findDate('31/02/2024')).toBeNull();
    expect(findDate('في 17 تموز/يوليو')).toBeNull();
  });

  it('converts Hijri dates (tabular calendar, within a day of Umm al-Qura)', () => {
    const days = ([y, m, d]: [number, number, number]): number => Date.UTC(y, m - 1, d) / 86_400_000;
    expect(Math.abs(days(hijriToGregorian(1436, 10, 26)) - days([2015, 8, 11]))).toBeLessThanOrEqual(1);
    expect(Math.abs(days(hijriToGregorian(1445, 9, 1)) - days([2024, 3, 11]))).toBeLessThanOrEqual(1);
  });
});

describe('stated read times', () => {
  it.each([
    ['الوقت المقدر للقراءة: دقيقتان', 2],
    ['المدة المتوقعة للقراءة 4 دقائق', 4],
    ['3 دقائق قراءة', 3],
    ['قراءة دقيقتان', 2],
    ['دقيقتان قراءة', 2],
    ['مدة القراءة: ٥ دقائق', 5],
    ['دقيقة واحدة قراءة', 1],
    ['4 دقائق للقراءة', 4],
    ['قراءة 7 دقائق', 7],
    ['زمن القراءة: دقيقة واحدة', 1],
    ['وقت القراءة 6 دقائق', 6],
    ['⏱ 7 دقائق', 7],
    ['⏱️ دقيقتان', 2],
    ['📖 4 دقائق', 4],
    ['وقت القراءة المقدر: 4 دقائق', 4],
    ['قراءة: 3 د', 3],
    ['5 د قراءة', 5],
    ['تقرأ في 3 دقائق', 3],
    ['تقرأ في دقيقة واحدة', 1],
    ['يُقرأ خلال دقيقتين', 2],
    ['اقرأ في 5 دقائق', 5],
    ['اقرأ في دقيقتان', 2],
    ['تحتاج 3 دقائق لقراءة هذا المقال', 3],
    ['تحتاج دقيقة واحدة لقراءة هذا المقال', 1],
    // (set 209: the minutes "of reading")
    ['دقيقتان من القراءة', 2],
    ['5 دقائق من القراءة', 5],
    // (set 219: French and English read times on Maghrebi and Gulf pages)
    ['Lecture : 3 min', 3],
    ['Temps de lecture : 4 min', 4],
    ['3 min de lecture', 3],
    ['Reading time: 5 minutes', 5],
    // (set 456: an estimate's feminine adjective, what reading takes)
    ['مدة القراءة التقديرية: دقيقة واحدة', 1],
    ['مدة القراءة التقديرية: 4 دقائق', 4],
    ['يستغرق دقيقة واحدة للقراءة', 1],
    ['يستغرق 3 دقائق للقراءة', 3],
  ])('%s → %i minutes', (line, minutes) => {
    expect(parseReadTimeLine(line)).toBe(minutes);
  });

  it('reads no read time from minutes without a clock or the word قراءة', () => {
    expect(parseReadTimeLine('7 دقائق')).toBeNull();
    expect(parseReadTimeLine('منذ 7 دقائق')).toBeNull();
    expect(parseReadTimeLine('يستغرق الطريق 3 دقائق بالسيارة')).toBeNull();
    expect(parseReadTimeLine('تقرأ في الصحف خلال دقائق')).toBeNull();
  });

  it('ignores body sentences that mention minutes', () => {
    expect(parseReadTimeLine('استغرقت قراءة البيان خمس دقائق أمام الصحفيين في القاعة الكبرى')).toBeNull();
    expect(parseReadTimeLine('تحتاج 3 دقائق لقراءة البيان أمام الصحفيين في القاعة')).toBeNull();
  });
});

describe('bylines and datelines', () => {
  it.each([
    ['كتب : محمد جعفر', { authors: ['محمد جعفر'], agency: null, dateline: null }],
    ['إعداد وتقديم: هالة سعيد', { authors: ['هالة سعيد'], agency: null, dateline: null }],
    ['عمّان - رؤيا', { authors: [], agency: 'رؤيا', dateline: 'عمّان' }],
    ['Par سلمى بن عمر', { authors: ['سلمى بن عمر'], agency: null, dateline: null }],
    ['كتب- حسن مرسي:', { authors: ['حسن مرسي'], agency: null, dateline: null }],
    ['حوار: آسيا العتروس', { authors: ['آسيا العتروس'], agency: null, dateline: null }],
    // (the photographer credited after the writer is no writer)
    ['إعداد: صالح آل زمانان, تصوير : صالح الدغاري', { authors: ['صالح آل زمانان'], agency: null, dateline: null }],
    ['تحرير: طارق بن عيسى | تصوير: فادي الحلبي', { authors: ['طارق بن عيسى'], agency: null, dateline: null }],
    ['تصوير وإعداد: محمود بكار', { authors: ['محمود بكار'], agency: null, dateline: null }],
    // (the writer's trade after the label, with a colon after it)
    ['بقلم المدون: نور الهدى الراشد', { authors: ['نور الهدى الراشد'], agency: null, dateline: null }],
    ['بقلم الكاتب: سامي يوسف', { authors: ['سامي يوسف'], agency: null, dateline: null }],
    ['أبوظبي - سكاي نيوز عربية', { authors: [], agency: 'سكاي نيوز عربية', dateline: 'أبوظبي' }],
    ['واشنطن - رويترز', { authors: [], agency: 'رويترز', dateline: 'واشنطن' }],
    ['لندن: «الشرق الأوسط»', { authors: [], agency: 'الشرق الأوسط', dateline: 'لندن' }],
    ['عكاظ (جدة)', { authors: [], agency: 'عكاظ', dateline: 'جدة' }],
    ['عين اليوم – متابعات', { authors: [], agency: 'عين اليوم', dateline: null }],
    ['بغداد: حمزة مصطفى', { authors: ['حمزة مصطفى'], agency: null, dateline: 'بغداد' }],
    ['حسين هزازي (جدة)', { authors: ['حسين هزازي'], agency: null, dateline: 'جدة' }],
    ['الكاتب: سامي يوسف', { authors: ['سامي يوسف'], agency: null, dateline: null }],
    // the city a Saudi daily's reporter writes from, though "الرياض" is also a newspaper
    ['الرياض - خالد المطيري', { authors: ['خالد المطيري'], agency: null, dateline: 'الرياض' }],
    ['الرياض: منى الشهري', { authors: ['منى الشهري'], agency: null, dateline: 'الرياض' }],
    ['الرياض - أ ف ب', { authors: [], agency: 'أ ف ب', dateline: 'الرياض' }],
    ['سامي الحربي من جدة', { authors: ['سامي الحربي'], agency: null, dateline: 'جدة' }],
    ['«الشرق» من الدوحة', { authors: [], agency: 'الشرق', dateline: 'الدوحة' }],
    // a one-word outlet the lexicon lacks and its city, with the colon that leads into the story
    ['نبأ من الرباط:', { authors: [], agency: 'نبأ', dateline: 'الرباط' }],
    // a site's name with its domain spelled out, the spelled part inside or outside the quote marks
    ['رام الله - "القدس" دوت كوم -', { authors: [], agency: 'القدس دوت كوم', dateline: 'رام الله' }],
    // a site known by its last word ("نيوز", "بريس"), never a writer though "هبة" is a given name; an outlet's lead alone
    ['هبة بريس - فيصل العتيبي', { authors: ['فيصل العتيبي'], agency: 'هبة بريس', dateline: null }],
    ['السومرية نيوز/ بغداد', { authors: [], agency: 'السومرية نيوز', dateline: 'بغداد' }],
    ['عمون -', { authors: [], agency: 'عمون', dateline: null }],
    ['الرياض: «صحيفة الوطن أونلاين»', { authors: [], agency: 'صحيفة الوطن أونلاين', dateline: 'الرياض' }],
    ['بروكسل - أ. ف. ب.', { authors: [], agency: 'أ. ف. ب', dateline: 'بروكسل' }],
    ['ماهر السيد - الولايات المتحدة - هاتفيا', { authors: ['ماهر السيد'], agency: null, dateline: 'الولايات المتحدة' }],
    ['نادر الشمري (عرعر، بغداد - هاتفيا)', { authors: ['نادر الشمري'], agency: null, dateline: 'عرعر، بغداد' }],
    ['إسطنبول، بيروت: طه عودة، الوكالات', { authors: ['طه عودة'], agency: 'الوكالات', dateline: 'إسطنبول، بيروت' }],
    // an outlet the lexicon does not list, beside a reporter with a common given name
    ['نبض الشارع - هالة منصور', { authors: ['هالة منصور'], agency: 'نبض الشارع', dateline: null }],
    ['موقع 24 - كريم بوزيد', { authors: ['كريم بوزيد'], agency: 'موقع 24', dateline: null }],
    // an outlet named by its kind ("جريدة", "موقع") is no writer; a blog's "posted by"
    ['جريدة الأيام - البحرين', { authors: [], agency: 'جريدة الأيام', dateline: 'البحرين' }],
    ['صحيفة الوطن - سامي الحربي', { authors: ['سامي الحربي'], agency: 'صحيفة الوطن', dateline: null }],
    ['نشر بواسطة: مروان عيسى', { authors: ['مروان عيسى'], agency: null, dateline: null }],
    ['Posted by مروان عيسى', { authors: ['مروان عيسى'], agency: null, dateline: null }],
    // a town the lexicon lacks, with its country in brackets
    ['أدري (تشاد): نادية الحسن', { authors: ['نادية الحسن'], agency: null, dateline: 'أدري' }],
    // an outlet's news service is the outlet, never a writer
    ['الدوحة - خدمة كووورة', { authors: [], agency: 'كووورة', dateline: 'الدوحة' }],
    // a tatweel with a space on each side is a dash
    ['بغداد ـ «القدس العربي»:', { authors: [], agency: 'القدس العربي', dateline: 'بغداد' }],
    // an outlet named by a common word before the place, the desk word "خاص" beside it or not
    ['الحرة / خاص - واشنطن', { authors: [], agency: 'الحرة', dateline: 'واشنطن' }],
    ['الحرة - واشنطن', { authors: [], agency: 'الحرة', dateline: 'واشنطن' }],
    ['لي 360 - الرباط', { authors: [], agency: 'لي 360', dateline: 'الرباط' }],
    ['حاورته: سلمى الخطيب', { authors: ['سلمى الخطيب'], agency: null, dateline: null }],
    // a glyph or a bullet before the label
    ['✍️ بقلم: جمال الدين بوزيان', { authors: ['جمال الدين بوزيان'], agency: null, dateline: null }],
    ['• كتب: هند القحطاني', { authors: ['هند القحطاني'], agency: null, dateline: null }],
    // a labelled row of the writer's name, and a writer's account on a platform after the name
    ['اسم الكاتب: نور الهدى بن عمر', { authors: ['نور الهدى بن عمر'], agency: null, dateline: null }],
    ['غادة السمان | تويتر: @writer_desk', { authors: ['غادة السمان'], agency: null, dateline: null }],
    ['غادة السمان - @writer_desk', { authors: ['غادة السمان'], agency: null, dateline: null }],
    // a writer, a comma and the city the story was filed from
    ['نزار الخياط، جدة', { authors: ['نزار الخياط'], agency: null, dateline: 'جدة' }],
    // (a shadda on the city's name: "عمّان")
    ['نزار الخياط، عمّان', { authors: ['نزار الخياط'], agency: null, dateline: 'عمّان' }],
    // a desk editor's title, a colon and the writer
    ['محرر الشؤون الدولية: سلمى الدوري', { authors: ['سلمى الدوري'], agency: null, dateline: null }],
    ['محررة الشؤون الاقتصادية: هند القحطاني', { authors: ['هند القحطاني'], agency: null, dateline: null }],
    // the writer's e-mail address after the name, with its label or without
    ['جود الحسن | البريد الإلكتروني: desk@example.com', { authors: ['جود الحسن'], agency: null, dateline: null }],
    ['جود الحسن - desk@example.com', { authors: ['جود الحسن'], agency: null, dateline: null }],
    // an outlet named by its last word after a place and a dash: the place is the dateline, never part of the name
    ['الخرطوم - إرم نيوز', { authors: [], agency: 'إرم نيوز', dateline: 'الخرطوم' }],
    ['أبوظبي - العين الإخبارية - محمد علي', { authors: ['محمد علي'], agency: 'العين الإخبارية', dateline: 'أبوظبي' }],
  ])('%s', (line, byline) => {
    expect(parseBylineLine(line)).toEqual(byline);
  });

  it('reads no author in a body and a city parted by a comma under the headline ("وزارة الصحة، جدة")', () => {
    const body = '\nأقرت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار.\nوقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.';
    expect(parseArticle(`الحكومة تقر خطة جديدة لدعم المزارعين\nوزارة الصحة، جدة\n12/05/2024${body}`).byline.authors).toEqual([]);
    expect(parseArticle(`الحكومة تقر خطة جديدة لدعم المزارعين\nنزار الخياط، جدة\n12/05/2024${body}`).byline).toEqual({ authors: ['نزار الخياط'], agency: null, dateline: 'جدة' });
  });

  it('reads a writer with an e-mail address under the headline as the byline, a contact line with one as chrome', () => {
    const body = '\nأقرت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار.\nوقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.';
    const a = parseArticle(`الحكومة تقر خطة جديدة لدعم المزارعين\nليان الشامي | البريد الإلكتروني: desk@example.com\n12/05/2024${body}`);
    expect(a.byline.authors).toEqual(['ليان الشامي']);
    const b = parseArticle(`الحكومة تقر خطة جديدة لدعم المزارعين\n12/05/2024${body}\nللتواصل مع الكاتب: writer@example.com`);
    expect([b.byline.authors, b.paragraphs.length]).toEqual([[], 2]);
  });

  it('reads a source line\'s place and outlet, "المصدر: الخرطوم - إرم نيوز", as the dateline and the agency', () => {
    const body = '\nأقرت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار.\nوقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.';
    expect(parseArticle(`الحكومة تقر خطة جديدة لدعم المزارعين\nالمصدر: الخرطوم - إرم نيوز\n14 أكتوبر 2025${body}`).byline).toEqual({ authors: [], agency: 'إرم نيوز', dateline: 'الخرطوم' });
    expect(parseArticle(`الحكومة تقر خطة جديدة لدعم المزارعين\nالمصدر: الجزيرة + وكالات\n14 أكتوبر 2025${body}`).byline).toEqual({ authors: [], agency: 'الجزيرة', dateline: null });
  });

  it('reads no outlet into a given name or a menu\'s section beside a place ("أحمد - واشنطن", "محليات / خاص - الرياض")', () => {
    expect(parseBylineLine('أحمد - واشنطن')).toBeNull();
    expect(parseBylineLine('محليات / خاص - بنزرت')?.agency ?? null).toBeNull();
  });

  it('does not take a headline with a colon for a byline', () => {
    expect(parseBylineLine('بوينغ: تاريخنا مع السعودية يفوق 70 عاماً')).toBeNull();
    // (an editor's title before a colon quotes him when no name follows)
    expect(parseBylineLine('محرر الصحيفة: لن نعتذر عن نشر التحقيق')).toBeNull();
    expect(parseBylineLine('محررة الشؤون الاقتصادية: الأسعار إلى ارتفاع')).toBeNull();
  });

  it.each([
    // a quoted phrase is an outlet only beside places
    ['أزمة المياه.. «لا حل قريبا»'],
    ['«مركز الملك سلمان» يسهم بنقل 12000 عالق يمني إلى بلدهم'],
    // a section or a match is no outlet and reporter
    ['سياسة - هالة منصور'],
    ['منتخب مصر - منتخب غانا'],
    ['وزير الخارجية من بغداد'],
    ['وقال محمد.'],
  ])('leaves %s alone', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });

  it('reads a credit and the date printed on one line', () => {
    const body = ['قال وزير الطاقة إن الإنتاج سيرتفع خلال الربع المقبل بعد اكتمال أعمال الصيانة في الحقول الشمالية.'];
    for (const [line, authors, iso] of [
      ['كتب محمد عبد الرحمن الأربعاء، 30 مايو 2018 02:00 م', ['محمد عبد الرحمن'], '2018-05-30T14:00'],
      ['كتب: يوسف بن علي | 2015-08-07 11:29', ['يوسف بن علي'], '2015-08-07T11:29'],
      ['منى سعيد | 12 مايو 2024', ['منى سعيد'], '2024-05-12'],
    ] as const) {
      const a = parseArticle(['ارتفاع متوقع لإنتاج النفط في الربع المقبل', line, ...body].join('\n'));
      expect(a.byline?.authors).toEqual(authors);
      expect(a.publishedAt).toBe(iso);
      expect(a.boilerplate).toContain(line);
    }
    // a sentence that names a writer and a date stays body
    const sentence = 'كتب محمد علي في 30 مايو 2018 مقالا عن الحرب';
    expect(parseArticle(['ارتفاع متوقع لإنتاج النفط في الربع المقبل', ...body, sentence].join('\n')).paragraphs).toContain(sentence);
  });

  it('takes no dateline from a time zone and no author from an update label', () => {
    const body = ['قال وزير الطاقة إن الإنتاج سيرتفع خلال الربع المقبل بعد اكتمال أعمال الصيانة في الحقول الشمالية.'];
    const a = parseArticle(['ارتفاع متوقع لإنتاج النفط في الربع المقبل', 'نشر في: 12 مايو 2024 - 10:01 بتوقيت أبوظبي', 'آخر تحديث: 14 مايو 2024 - 09:30 بتوقيت أبوظبي', ...body].join('\n'));
    expect(a.byline).toEqual({ authors: [], agency: null, dateline: null });
    expect(a.publishedAt).toBe('2024-05-12T10:01+04:00');
  });

  it.each([
    ['بقلم الكاتب سامي يوسف', ['سامي يوسف']],
    ['مراسل الموقع منى سعيد', ['منى سعيد']],
    ['من: هبة الله سعيد', ['هبة الله سعيد']],
    ['أعدته للنشر: منى سعيد', ['منى سعيد']],
    ['حاوره في صنعاء / محمد علي', ['محمد علي']],
    ['حاورها في بيروت: منى سعيد', ['منى سعيد']],
  ])('reads the writer after a label and a trade or an outlet noun: %s', (line, authors) => {
    expect(parseBylineLine(line)?.authors).toEqual(authors);
  });

  it('takes a label before a colon for no outlet ("قسم التحرير: منى سعيد" has no agency)', () => {
    expect(parseBylineLine('قسم التحرير: منى سعيد')?.agency ?? null).toBeNull();
  });

  it('takes no byline from "من" without a colon ("من أجل السلام")', () => {
    expect(parseBylineLine('من أجل السلام')).toBeNull();
  });

  it('reads "بقلم/" and leaves an academic title off the writer\'s name', () => {
    expect(parseBylineLine('بقلم/ د. رانيا الحسيني')).toEqual({ authors: ['رانيا الحسيني'], agency: null, dateline: null });
    expect(parseBylineLine('كتب: أ.د. سامي يوسف')).toEqual({ authors: ['سامي يوسف'], agency: null, dateline: null });
  });

  it('reads a byline with the writer\'s trade and a social handle after the name', () => {
    const body = ['قال وزير الطاقة إن الإنتاج سيرتفع خلال الربع المقبل بعد اكتمال أعمال الصيانة في الحقول الشمالية.'];
    const a = parseArticle(['ارتفاع متوقع لإنتاج النفط في الربع المقبل', 'نادين حداد صحافية @nadine_h', 'الأحد 12 مايو 2024', ...body].join('\n'));
    expect(a.byline?.authors).toEqual(['نادين حداد']);
    expect(a.paragraphs).toEqual(body);
  });

  it('reads names alone under the headline as the authors, each opening with a common given name', () => {
    const body = ['قال وزير الطاقة إن الإنتاج سيرتفع خلال الربع المقبل بعد اكتمال أعمال الصيانة في الحقول الشمالية.', 'وأضاف أن الخطة تشمل حقولا جديدة.'];
    const two = parseArticle(['اقتصاد', 'ارتفاع متوقع لإنتاج النفط في الربع المقبل', 'يوسف بن علي ورانيا الحسيني', 'آخر تحديث: ١٢ مايو ٢٠٢٤', ...body].join('\n'));
    expect(two.byline?.authors).toEqual(['يوسف بن علي', 'رانيا الحسيني']);
    expect(two.paragraphs).toEqual(body);
    const after = parseArticle(['ارتفاع متوقع لإنتاج النفط في الربع المقبل', '12 مايو 2024', 'منى سعيد', ...body].join('\n'));
    expect(after.byline?.authors).toEqual(['منى سعيد']);
    // a name cut by a line break opens the body; it is not a byline
    const cut = parseArticle(['ارتفاع متوقع لإنتاج النفط في الربع المقبل', '12 مايو 2024', 'نايف بن', ...body].join('\n'));
    expect(cut.byline?.authors ?? []).toEqual([]);
  });

  it('takes a short headline above a writer\'s name alone, and a name above a body with no headline for its author', () => {
    const body = ['قال وزير الطاقة إن الإنتاج سيرتفع خلال الربع المقبل بعد اكتمال أعمال الصيانة في الحقول الشمالية.'];
    const a = parseArticle(['تحرير عدن؟', 'محمد عبد الرحمن', '21 يوليو 2015', ...body].join('\n'));
    expect(a.headline).toBe('تحرير عدن؟');
    expect(a.byline?.authors).toEqual(['محمد عبد الرحمن']);
    const site = parseArticle(['SITE.INFO', 'خاص', 'عبد الفتاح مصطفى', ...body].join('\n'));
    expect(site.headline).toBe('');
    expect(site.byline?.authors).toEqual(['عبد الفتاح مصطفى']);
    expect(site.paragraphs).toEqual(body);
  });

  it('takes an outlet-and-reporter line above the headline for a byline, not for the headline', () => {
    const text = ['نبض الشارع - هالة منصور', 'الأربعاء 30 ماي 2018 - 12:30', 'البرلمان يصادق على قانون المالية الجديد', 'صادق البرلمان مساء الثلاثاء على قانون المالية بأغلبية مريحة بعد نقاش دام ثلاثة أيام.'].join('\n');
    const article = parseArticle(text);
    expect(article.headline).toBe('البرلمان يصادق على قانون المالية الجديد');
    expect(article.byline).toEqual({ authors: ['هالة منصور'], agency: 'نبض الشارع', dateline: null });
    expect(article.publishedAt?.slice(0, 10)).toBe('2018-05-30');
  });

  it.each([
    ['(CNN)-- استمرت الانقسامات الحادة بين الطرفين.', 'CNN', null, 'استمرت الانقسامات الحادة بين الطرفين.'],
    ['دمشق، سوريا (CNN) -- قال مسؤول إن الوضع هادئ.', 'CNN', 'دمشق، سوريا', 'قال مسؤول إن الوضع هادئ.'],
    ['عمان - رويترز: رفعت الحكومة أسعار الوقود.', 'رويترز', 'عمان', 'رفعت الحكومة أسعار الوقود.'],
    ['عيسى الحربي- سبق- الرياض: أعرب الأمين العام عن قلقه.', 'سبق', 'الرياض', 'أعرب الأمين العام عن قلقه.'],
    ['(رويترز) - رفعت الحكومة أسعار الوقود.', 'رويترز', null, 'رفعت الحكومة أسعار الوقود.'],
    ['القاهرة (أ ش أ) - أعلنت الوزارة خطة جديدة.', 'أ ش أ', 'القاهرة', 'أعلنت الوزارة خطة جديدة.'],
    ['أتلانتا، الولايات المتحدة الأمريكية(CNN)-- حصل والدا الرئيس على الجنسية.', 'CNN', 'أتلانتا، الولايات المتحدة الأمريكية', 'حصل والدا الرئيس على الجنسية.'],
    ['رام الله – «القدس العربي»: تواصل إغلاق المعبر لليوم الثالث.', 'القدس العربي', 'رام الله', 'تواصل إغلاق المعبر لليوم الثالث.'],
    ['لندن ـ "القدس العربي": قالت الحكومة إن المحادثات مستمرة.', 'القدس العربي', 'لندن', 'قالت الحكومة إن المحادثات مستمرة.'],
    ['شفق نيوز/ أعلنت وزارة الكهرباء خطة طوارئ للصيف.', 'شفق نيوز', null, 'أعلنت وزارة الكهرباء خطة طوارئ للصيف.'],
    ['الكويت - 14 - 5 (كونا) -- ارتفع سعر برميل النفط الكويتي.', 'كونا', 'الكويت', 'ارتفع سعر برميل النفط الكويتي.'],
    ['رام الله 12-10-2025 وفا- انطلق اليوم موسم قطف الزيتون.', 'وفا', 'رام الله', 'انطلق اليوم موسم قطف الزيتون.'],
  ])('reads the lead prefix of %s', (paragraph, agency, dateline, rest) => {
    const found = parseLeadPrefix(paragraph);
    expect(found?.byline.agency).toBe(agency);
    expect(found?.byline.dateline).toBe(dateline);
    expect(found?.rest).toBe(rest);
  });

  it('reads a wire\'s place, day and agency between slashes off the first paragraph ("أبوظبي في 20 أكتوبر / وام /")', () => {
    const a = parseArticle('الإمارات وكوريا توقعان اتفاقية شراكة\nأبوظبي في 20 أكتوبر / وام / وقعت دولة الإمارات وجمهورية كوريا اليوم اتفاقية شراكة شاملة.\nوتهدف الاتفاقية إلى مضاعفة التجارة بين البلدين.');
    expect(a.byline).toEqual({ authors: [], agency: 'وام', dateline: 'أبوظبي' });
    expect(a.paragraphs[0]).toBe('وقعت دولة الإمارات وجمهورية كوريا اليوم اتفاقية شراكة شاملة.');
  });

  it('reads a wire\'s closing credits in brackets: the writer as author, never the editor', () => {
    const a = parseArticle('جنيف (رويترز) - قالت منظمة الصحة العالمية يوم الثلاثاء إن حالات الإصابة تضاعفت.\nوأضافت المنظمة أن فرقها وصلت إلى المناطق المتضررة.\n(إعداد سلمى نجم للنشرة العربية - تحرير علي خفاجي)');
    expect(a.byline.authors).toEqual(['سلمى نجم']);
    expect(a.boilerplate).toContain('(إعداد سلمى نجم للنشرة العربية - تحرير علي خفاجي)');
    expect(a.paragraphs).toHaveLength(2);
    // ("تغطية صحفية فريق رويترز": the newsroom's desk is credited, but is no writer)
    const b = parseArticle('جنيف (رويترز) - قالت منظمة الصحة العالمية يوم الثلاثاء إن حالات الإصابة تضاعفت.\nوأضافت المنظمة أن فرقها وصلت إلى المناطق المتضررة.\n(تغطية صحفية فريق رويترز - إعداد سلمى نجم للنشرة العربية - تحرير علي خفاجي)');
    expect(b.byline.authors).toEqual(['سلمى نجم']);
  });

  it('takes no agency from the site\'s masthead printed first on the page, but still from an outlet beside a reporter', () => {
    const body = 'نفى وزير التربية وجود أي نية لتأجيل امتحانات شهادة البكالوريا هذا العام في كل الولايات.';
    const a = parseArticle(`الشروق أونلاين\nوزير التربية: لا تأجيل للامتحانات الرسمية هذا العام\nع. سمير\n\n${body}`);
    expect(a.byline).toEqual({ authors: ['ع. سمير'], agency: null, dateline: null });
    expect(a.boilerplate).toContain('الشروق أونلاين');
    const b = parseArticle(`وزير التربية: لا تأجيل للامتحانات الرسمية هذا العام\nالشروق أونلاين - ع. سمير\n\n${body}`);
    expect(b.byline).toEqual({ authors: ['ع. سمير'], agency: 'الشروق أونلاين', dateline: null });
    // a wire's credit over the first paragraph of a page with no headline is no masthead
    const c = parseArticle(`و م ع\n\n${body}\n\nوأضاف الوزير أن كل الترتيبات جاهزة في جميع المراكز.`);
    expect(c.byline.agency).toBe('و م ع');
  });

  it.each([
    ['ع. سمير', ['ع. سمير']],
    ['م. بن عمر', ['م. بن عمر']],
    ['د. سمير عمراني', ['سمير عمراني']],
  ])('reads a writer signing with an initial under the headline (%s)', (line, authors) => {
    const a = parseArticle(`وزير التربية: لا تأجيل للامتحانات الرسمية هذا العام\n${line}\n\nنفى وزير التربية وجود أي نية لتأجيل امتحانات شهادة البكالوريا هذا العام في كل الولايات.`);
    expect(a.byline.authors).toEqual(authors);
    expect(a.paragraphs).toHaveLength(1);
  });

  it('reads a writer with a trade or handle under the deck, and the deck right under the headline as the header\'s', () => {
    const a = parseArticle('هل تنجح خطط الحكومات في كبح التضخم؟\nخبراء يرون أن الأدوات النقدية وحدها لا تكفي\nسلمى الراشد صحافية @salma_r\nالخميس 20 مارس 2025 11:30\n\nتواجه معظم الاقتصادات العربية موجة تضخم هي الأعلى منذ عقدين.');
    expect(a.byline.authors).toEqual(['سلمى الراشد']);
    // (seventy-fourth round: the deck between the headline and the credit is listed with the header, no paragraph)
    expect(a.paragraphs).toEqual(['تواجه معظم الاقتصادات العربية موجة تضخم هي الأعلى منذ عقدين.']);
    expect(a.boilerplate).toContain('خبراء يرون أن الأدوات النقدية وحدها لا تكفي');
    // (a first paragraph under the credit and the date is the story's, however short; and so is a sentence with its
    // full stop right under the headline)
    const b = parseArticle('هل تنجح خطط الحكومات في كبح التضخم؟\nسلمى الراشد صحافية @salma_r\nالخميس 20 مارس 2025 11:30\nخبراء يرون أن الأدوات النقدية وحدها لا تكفي\n\nتواجه معظم الاقتصادات العربية موجة تضخم هي الأعلى منذ عقدين.');
    expect(b.paragraphs[0]).toBe('خبراء يرون أن الأدوات النقدية وحدها لا تكفي');
    const c = parseArticle('هل تنجح خطط الحكومات في كبح التضخم؟\nخبراء يرون أن الأدوات النقدية وحدها لا تكفي لكبح الأسعار.\nسلمى الراشد صحافية @salma_r\nالخميس 20 مارس 2025 11:30\n\nتواجه معظم الاقتصادات العربية موجة تضخم هي الأعلى منذ عقدين.');
    expect(c.paragraphs[0]).toBe('خبراء يرون أن الأدوات النقدية وحدها لا تكفي لكبح الأسعار.');
  });

  it('reads "place - one definite word" as the dateline and an outlet named by a common word, never as a writer', () => {
    const a = parseArticle('بنزرت: تسجيل 12 إصابة بالحمى المالطية\nبنزرت - الشروق\n2025/08/03\n\nأفاد المدير الجهوي للصحة بتسجيل 12 إصابة منذ بداية الشهر في معتمدية ماطر.');
    expect(a.byline).toEqual({ authors: [], agency: 'الشروق', dateline: 'بنزرت' });
  });

  it('reads an unlisted outlet of an outlet\'s shape (a place\'s name first, or the article on every word) beside a place or the desk word "خاص"', () => {
    const page = (line: string): string => `ارتفاع أسعار الأعلاف في الأسواق\n${line}\n\nشهدت أسعار الأعلاف ارتفاعا جديدا خلال الأسبوع الجاري.`;
    expect(parseArticle(page('بنغازي | سبها اليوم')).byline).toEqual({ authors: [], agency: 'سبها اليوم', dateline: 'بنغازي' });
    expect(parseArticle(page('الصباح المغاربي - فاس')).byline).toEqual({ authors: [], agency: 'الصباح المغاربي', dateline: 'فاس' });
    expect(parseArticle(page('حضرموت الحدث / خاص:')).byline).toEqual({ authors: [], agency: 'حضرموت الحدث', dateline: null });
    // (a writer's name beside a place stays a writer)
    expect(parseArticle(page('فاس - سلمى الإدريسي')).byline).toEqual({ authors: ['سلمى الإدريسي'], agency: null, dateline: 'فاس' });
  });

  it('never reads the note on a writer\'s trade under the writer\'s name as the headline, under a two-word headline', () => {
    const a = parseArticle('نهاية الموسم..\nرنا العلي\nكاتبة في الشؤون الرياضية\n12/05/2024\n\nانتهى الموسم الكروي هذا العام بمفاجآت كثيرة لم يتوقعها أحد من المتابعين.');
    expect(a.headline).toBe('نهاية الموسم..');
    expect(a.byline.authors).toEqual(['رنا العلي']);
  });

  it('leaves the writer\'s trade after a bar or a dash out of a labelled credit ("بقلم: … | صحفي متخصص في …")', () => {
    const page = (line: string): string => `ارتفاع أسعار الأعلاف في الأسواق\n${line}\n\nشهدت أسعار الأعلاف ارتفاعا جديدا خلال الأسبوع الجاري.`;
    expect(parseArticle(page('بقلم: ليلى المنصوري | كاتبة متخصصة في الشؤون الثقافية')).byline.authors).toEqual(['ليلى المنصوري']);
    expect(parseArticle(page('كتب: ماهر الزين - صحفي')).byline.authors).toEqual(['ماهر الزين']);
    // (two writers parted by a bar stay two)
    expect(parseArticle(page('كتب: ماهر الزين | ليلى المنصوري')).byline.authors).toEqual(['ماهر الزين', 'ليلى المنصوري']);
  });

  it('reads one unlisted word beside the desk word "خاص" as the outlet, and a section of the menus beside it as a credit naming nobody', () => {
    const page = (line: string): string => `ارتفاع أسعار الأعلاف في الأسواق\n${line}\n\nشهدت أسعار الأعلاف ارتفاعا جديدا خلال الأسبوع الجاري.`;
    expect(parseArticle(page('زاجل - خاص')).byline).toEqual({ authors: [], agency: 'زاجل', dateline: null });
    const section = parseArticle(page('رياضة / خاص'));
    expect(section.byline).toEqual({ authors: [], agency: null, dateline: null });
    expect(section.paragraphs).toEqual(['شهدت أسعار الأعلاف ارتفاعا جديدا خلال الأسبوع الجاري.']);
    expect(section.boilerplate).toContain('رياضة / خاص');
  });

  it('reads a photo credit ("تصوير: أرشيف الموقع", "تصوير: سامر علي") as a credit naming no writer', () => {
    const page = (lines: string): string => `ارتفاع أسعار الأعلاف في الأسواق\n${lines}\n\nشهدت أسعار الأعلاف ارتفاعا جديدا خلال الأسبوع الجاري.`;
    const a = parseArticle(page('مها العلي\n2025/03/04 - 10:15\n\nتصوير: أرشيف الصحيفة'));
    expect(a.byline.authors).toEqual(['مها العلي']);
    expect(a.boilerplate).toContain('تصوير: أرشيف الصحيفة');
    const named = parseArticle(page('مها العلي\nتصوير: سامر علي'));
    expect(named.byline.authors).toEqual(['مها العلي']);
    expect(named.boilerplate).toContain('تصوير: سامر علي');
  });

  it('drops one word alone right under the headline, over the body (a site\'s name or a label), as boilerplate', () => {
    const a = parseArticle('ارتفاع أسعار الأعلاف في الأسواق\n\nالمنبر\n\nشهدت أسعار الأعلاف ارتفاعا جديدا خلال الأسبوع الجاري.\n\nوقال تجار إن الطلب تراجع بشكل واضح.');
    expect(a.paragraphs).toEqual(['شهدت أسعار الأعلاف ارتفاعا جديدا خلال الأسبوع الجاري.', 'وقال تجار إن الطلب تراجع بشكل واضح.']);
    expect(a.boilerplate).toEqual(['المنبر']);
  });

  it('reads a television named by its kind ("تلفزيون الشرق") and a site ending in "مونيتور" beside "خاص" as the outlet, never a writer', () => {
    const page = (line: string): string => `ارتفاع أسعار الأعلاف في الأسواق\n${line}\n\nشهدت أسعار الأعلاف ارتفاعا جديدا خلال الأسبوع الجاري.`;
    expect(parseArticle(page('تلفزيون الشرق - خاص')).byline).toEqual({ authors: [], agency: 'تلفزيون الشرق', dateline: null });
    expect(parseArticle(page('سوريا مونيتور/ خاص:')).byline).toEqual({ authors: [], agency: 'سوريا مونيتور', dateline: null });
  });

  it('reads "place - outlet - reporter" as the dateline, the outlet named by a common word and its reporter', () => {
    const page = (line: string): string => `اتفاق على تمديد الهدنة\n${line}\n\nتوصلت الأطراف إلى اتفاق على تمديد الهدنة أسبوعا إضافيا.`;
    expect(parseArticle(page('نابلس - "الحدث" - ليلى عودة:')).byline).toEqual({ authors: ['ليلى عودة'], agency: 'الحدث', dateline: 'نابلس' });
    expect(parseArticle(page('إربد - الرأي - سامي خليل')).byline).toEqual({ authors: ['سامي خليل'], agency: 'الرأي', dateline: 'إربد' });
    // (a section of the site's menus between them is no outlet)
    expect(parseArticle(page('الرياض - محليات - سارة علي')).byline.agency).toBeNull();
  });

  it('reads a site named by its domain with the dot printed ("مصراوي.كوم") as the outlet, never a writer', () => {
    const a = parseArticle('ارتفاع أسعار الخضراوات في الأسواق\nالقاهرة - مصراوي.كوم\n\nارتفعت أسعار الخضراوات في أسواق الجملة خلال الأسبوع الجاري.');
    expect(a.byline).toEqual({ authors: [], agency: 'مصراوي.كوم', dateline: 'القاهرة' });
  });

  it('reads "✍️ name" as the writer wherever it stands, even at the foot under the page\'s rows', () => {
    const a = parseArticle('تراجع أسعار النفط في ختام التداولات\n\nتراجعت أسعار النفط في ختام تداولات الأسبوع مع تزايد المخاوف من ضعف الطلب.\n\nوهبط خام برنت بنسبة اثنين في المئة.\n\n📲 حمّل التطبيق\n✍️ نوف الشمري');
    expect(a.byline.authors).toEqual(['نوف الشمري']);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.boilerplate).toContain('✍️ نوف الشمري');
  });

  it('reads a writer\'s trade after the name and a dash ("- محرر الشؤون الرياضية") as no outlet', () => {
    const a = parseArticle('تراجع أسعار النفط في ختام التداولات\nخالد الراشد - محرر الشؤون الرياضية\n\nتراجعت أسعار النفط في ختام تداولات الأسبوع مع تزايد المخاوف من ضعف الطلب.');
    expect(a.byline).toEqual({ authors: ['خالد الراشد'], agency: null, dateline: null });
  });

  it('reads a second credit label after a bar ("| مراجعة: فريق التحرير") as a label, never a writer', () => {
    const a = parseArticle('تراجع أسعار النفط في ختام التداولات\nإعداد: خالد الراشد | مراجعة: فريق التحرير\n\nتراجعت أسعار النفط في ختام تداولات الأسبوع مع تزايد المخاوف من ضعف الطلب.');
    expect(a.byline.authors).toEqual(['خالد الراشد']);
  });

  it('reads an outlet named by a number of three digits beside a place ("بغداد - 964")', () => {
    const a = parseArticle('النزاهة تطالب بكشف العقود\nالبصرة - 964\n\nطالبت لجنة النزاهة وزارة النفط بتقديم نسخ من العقود الموقعة خلال العام الماضي.');
    expect(a.byline).toEqual({ authors: [], agency: '964', dateline: 'البصرة' });
  });

  it('reads "place - outlet | date" with a Levantine month as the dateline and the outlet, never the month\'s word', () => {
    const a = parseArticle('إطلاق منصة رقمية لخدمات الإقامة\nإربد - الغد | 25 تشرين الأول 2025\n\nأطلقت وزارة الداخلية منصة رقمية جديدة تتيح للمقيمين تجديد تصاريح الإقامة.');
    expect(a.byline).toEqual({ authors: [], agency: 'الغد', dateline: 'إربد' });
    expect(a.publishedAt).toBe('2025-10-25');
  });

  it('credits the first agency of a line of bracketed sources under the story, after editors\' initials or alone', () => {
    const body = 'ارتفعت درجات الحرارة في جنوب ألمانيا إلى مستويات قياسية بعد ظهر الاثنين.\nويتوقع خبراء المناخ أن تتكرر موجات الحر بوتيرة أعلى.';
    const page = (foot: string, head = ''): string => `ألمانيا: موجة حر تدفع السلطات إلى تقليص العمل\n${head}${body}\n${foot}`;
    expect(parseArticle(page('م.ع.ح/ع.ج.م (د ب أ، رويترز)')).byline.agency).toBe('د ب أ');
    expect(parseArticle(page('(أ ف ب، رويترز)')).byline.agency).toBe('أ ف ب');
    // a source the lexicon does not know, a photo's credit under its caption, and brackets above the story credit none
    expect(parseArticle(page('(د ب أ، مراسلون)')).byline.agency).toBeNull();
    expect(parseArticle(page('صورة أرشيفية\n(أ ف ب)')).byline.agency).toBeNull();
    expect(parseArticle(page('مواضيع ذات صلة', '(رويترز)\n')).byline.agency).toBeNull();
  });

  it('reads the site\'s name printed over the page and again under the headline as the story\'s credit', () => {
    const page = (credit: string): string =>
      `رووداو ديجيتال\nالعراق\nخلاف بين أربيل وبغداد على حصة الإقليم من الموازنة\n${credit}\nقبل 3 ساعات\nقالت حكومة إقليم كوردستان اليوم إن وزارة المالية الاتحادية لم ترسل رواتب الموظفين حتى الآن.\nويعتمد أكثر من مليون موظف على الرواتب الحكومية.`;
    const a = parseArticle(page('رووداو ديجيتال'));
    expect(a.byline.agency).toBe('رووداو ديجيتال');
    expect(a.paragraphs[0]).toMatch(/^قالت حكومة/u);
    expect(a.boilerplate).toEqual(['رووداو ديجيتال', 'العراق', 'رووداو ديجيتال', 'قبل 3 ساعات']);
    // another short line there is not the site's: no credit
    expect(parseArticle(page('تقرير خاص')).byline.agency).toBeNull();
  });

  it('reads "outlet من city:" opening the first paragraph as its lead', () => {
    expect(parseLeadPrefix('إيلاف من لندن: أظهر استطلاع جديد للرأي أن الحزب يتقدم بفارق عشر نقاط.')).toEqual({
      byline: { authors: [], agency: 'إيلاف', dateline: 'لندن' },
      rest: 'أظهر استطلاع جديد للرأي أن الحزب يتقدم بفارق عشر نقاط.',
      prefix: 'إيلاف من لندن:',
    });
    // people coming back from a city are no outlet
    expect(parseLeadPrefix('عائدون من الرباط: هكذا وصفوا رحلتهم الطويلة.')).toBeNull();
  });

  it('reads "place - agency." opening the first paragraph as its lead, never two words that are not a place and an agency', () => {
    expect(parseLeadPrefix('موسكو - سبوتنيك. أعلن الكرملين اليوم أن موسكو منفتحة على الحوار.')).toEqual({
      byline: { authors: [], agency: 'سبوتنيك', dateline: 'موسكو' },
      rest: 'أعلن الكرملين اليوم أن موسكو منفتحة على الحوار.',
      prefix: 'موسكو - سبوتنيك.',
    });
    expect(parseLeadPrefix('محمد - علي. قال المدير إن العمل مستمر.')).toBeNull();
  });

  it('reads an outlet\'s name that is also a section\'s ("الوطن") under the masthead and over the headline as the section', () => {
    const page = (second: string): string =>
      `الخبر\n${second}\nندرة الحليب المدعم تعود إلى عدة ولايات\nحميد يس\nعادت طوابير المواطنين أمام محلات بيع الحليب المدعم إلى الظهور في عدة ولايات.\nويبلغ سعر كيس الحليب المدعم 25 دينارا.`;
    expect(parseArticle(page('الوطن')).byline).toEqual({ authors: ['حميد يس'], agency: null, dateline: null });
    // a wire's name there still credits it
    expect(parseArticle(page('و م ع')).byline).toEqual({ authors: ['حميد يس'], agency: 'و م ع', dateline: null });
  });

  it('reads a known place alone under the headline as the dateline, and the writer box "المساهمون" at the foot as chrome', () => {
    const a = parseArticle(
      'أزمة وقود خانقة في عدن وطوابير تمتد لكيلومترات\nعدن\nصالح المنصوري\n23 سبتمبر 2025\nتشهد مدينة عدن أزمة وقود خانقة منذ أكثر من أسبوع وسط طوابير طويلة.\nوكانت الحكومة قد رفعت أسعار الوقود مرتين خلال العام الجاري.\nالمساهمون\nصالح المنصوري\nمراسل "العربي الجديد" في عدن',
    );
    expect(a.byline).toEqual({ authors: ['صالح المنصوري'], agency: null, dateline: 'عدن' });
    expect(a.paragraphs).toHaveLength(2);
    expect(a.boilerplate.slice(-3)).toEqual(['المساهمون', 'صالح المنصوري', 'مراسل "العربي الجديد" في عدن']);
  });

  it('reads "name — a writer\'s trade" under the headline as the author, whatever the given name', () => {
    const a = parseArticle('الصادرات المصرية ترتفع 15 بالمئة في الربع الأول\nتالين الحداد — مراسلة الشؤون الاقتصادية\nنشرت في 27 أبريل 2018\nقالت وزارة التجارة والصناعة المصرية في بيان اليوم الجمعة إن صادرات البلاد زادت.\nوأضافت أن الواردات تراجعت.');
    expect(a.byline.authors).toEqual(['تالين الحداد']);
    expect(a.paragraphs).toHaveLength(2);
  });

  it('reads a radio\'s name ("موزاييك أف أم") first on the page as its masthead, never the headline', () => {
    const a = parseArticle('موزاييك أف أم\nوطنية\nتأجيل النظر في قضية التآمر إلى 20 نوفمبر\nنشر في 14 أكتوبر 2025 على الساعة 12:05\nقررت الدائرة الجنائية تأجيل النظر في القضية إلى جلسة 20 نوفمبر القادم.\nويلاحق في هذه القضية أكثر من 40 شخصا.');
    expect(a.headline).toBe('تأجيل النظر في قضية التآمر إلى 20 نوفمبر');
    expect(a.byline.agency).toBeNull();
  });

  it('reads "place, day month year –" opening the first paragraph as the dateline and the story\'s date', () => {
    const a = parseArticle('الخرطوم 18 أغسطس 2025 – قال مسؤول رفيع في الحكومة السودانية إن وفد الجيش لن يشارك في جولة المفاوضات المقبلة.\nويشهد السودان منذ أبريل 2023 حربا أودت بحياة عشرات الآلاف.');
    expect(a.byline.dateline).toBe('الخرطوم');
    expect(a.publishedAt).toBe('2025-08-18');
    expect(a.paragraphs[0]).toMatch(/^قال مسؤول/u);
    expect(a.boilerplate).toEqual(['الخرطوم 18 أغسطس 2025 –']);
  });

  it('reads a wire\'s "place day month year (agency)" opening the first paragraph, with or without a dash, as the lead', () => {
    const a = parseArticle('الصين: ارتفاع التجارة الخارجية\nبكين 25 نوفمبر 2024 (شينخوا) ارتفعت قيمة التجارة الخارجية للصين بنسبة 5.2 في المائة على أساس سنوي.\nوقال متحدث إن الصادرات حافظت على زخم نمو مستقر.');
    expect(a.byline).toEqual({ authors: [], agency: 'شينخوا', dateline: 'بكين' });
    expect(a.publishedAt).toBe('2024-11-25');
    expect(a.paragraphs[0]).toMatch(/^ارتفعت قيمة/u);
    expect(parseLeadPrefix('القاهرة 3 مارس/ آذار 2025 (شينخوا) - قال مسؤول إن المحادثات مستمرة.')?.byline).toEqual({ authors: [], agency: 'شينخوا', dateline: 'القاهرة' });
    // a place and a date before brackets that hold no agency open no lead
    expect(parseLeadPrefix('القاهرة 3 مارس 2025 (الثلاثاء) قال مسؤول إن المحادثات مستمرة.')).toBeNull();
  });

  it('reads a short "country: event" headline as the headline, never as a dateline and a writer', () => {
    const body = '\nارتفعت قيمة التجارة الخارجية للبلاد بنسبة 5.2 في المائة على أساس سنوي.\nوقال متحدث إن الصادرات حافظت على زخم نمو مستقر.';
    for (const headline of ['مصر: ارتفاع أسعار الذهب', 'العراق: مقتل ثلاثة جنود', 'ليبيا: حفتر يلتقي السيسي', 'قطر: وساطة جديدة']) {
      const a = parseArticle(headline + body);
      expect(a.headline).toBe(headline);
      expect(a.byline).toEqual({ authors: [], agency: null, dateline: null });
    }
    // under a headline, "place: event" is no credit either when it opens on an event noun; a name still is one
    expect(parseBylineLine('العراق: مقتل ثلاثة جنود')).toBeNull();
    expect(parseBylineLine('غزة: استشهاد طفلين')).toBeNull();
    expect(parseBylineLine('القاهرة: انتصار حسن')).toEqual({ authors: ['انتصار حسن'], agency: null, dateline: 'القاهرة' });
    expect(parseArticle(`عنوان الخبر عن التجارة الخارجية للبلاد\nالرياض: محمد العتيبي${body}`).byline.authors).toEqual(['محمد العتيبي']);
  });

  it('reads a video pointer or an unnamed source line first on a page with no other headline as the headline', () => {
    const body = '\nانهار مبنى سكني من خمسة طوابق في حي شبرا فجر اليوم دون أن يسفر عن إصابات بين السكان.\nوقال شهود عيان إن المبنى كان مهجورا منذ سنوات.';
    for (const headline of ['بالفيديو.. لحظة انهيار مبنى سكني في القاهرة', 'فيديو: لحظة انهيار مبنى', 'عاجل | انهيار مبنى في شبرا', 'مصدر أمني: القبض على المتهم بالتفجير']) {
      expect(parseArticle(headline + body).headline).toBe(headline);
    }
    // a pointer at a video with no title, and a source that names an outlet, are no headline
    expect(parseArticle(`شاهد: فيديو${body}`).headline).toBe('');
    expect(parseArticle(`مصدر: وكالة الأنباء الفرنسية${body}`).headline).toBe('');
    // under a headline the same line is a video pointer, dropped
    const a = parseArticle(`انهيار مبنى سكني في حي شبرا بالقاهرة${body}\nفيديو: لحظة انهيار المبنى من زاوية أخرى\nوتواصل السلطات التحقيق في أسباب الانهيار.`);
    expect(a.headline).toBe('انهيار مبنى سكني في حي شبرا بالقاهرة');
    expect(a.boilerplate).toContain('فيديو: لحظة انهيار المبنى من زاوية أخرى');
  });

  it('reads credits with a title after "بقلم", "رصد:", "أجرت الحوار:", a desk\'s editor and "خاص بـ«outlet»"', () => {
    expect(parseBylineLine('بقلم الدكتور خالد العمري')?.authors).toEqual(['خالد العمري']);
    expect(parseBylineLine('بقلم الأستاذة هدى النعيمي')?.authors).toEqual(['هدى النعيمي']);
    expect(parseBylineLine('رصد: محمد أحمد')?.authors).toEqual(['محمد أحمد']);
    expect(parseBylineLine('أجرت الحوار: نادين خليل')?.authors).toEqual(['نادين خليل']);
    expect(parseBylineLine('المحرر الاقتصادي')).toEqual({ authors: [], agency: null, dateline: null });
    expect(parseBylineLine('خاص بـ«العربي الجديد»')).toEqual({ authors: [], agency: 'العربي الجديد', dateline: null });
    // "رصد" without a colon before a common noun is the verb or noun "monitoring", no credit
    expect(parseBylineLine('رصد الأسعار')).toBeNull();
    const a = parseArticle('تراجع أسعار النفط في الأسواق العالمية\nالمحرر الاقتصادي\nتراجعت أسعار النفط اليوم بنسبة 2% بعد بيانات أظهرت ارتفاع المخزونات الأمريكية.\nوقال محللون إن الأسعار قد تواصل التراجع.');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.boilerplate).toEqual(['المحرر الاقتصادي']);
  });

  it('reads "خاص ليبانون ديبايت" (an exclusive to an outlet the lexicon lacks) as the outlet, never a writer', () => {
    expect(parseBylineLine('خاص ليبانون ديبايت')).toEqual({ authors: [], agency: 'ليبانون ديبايت', dateline: null });
    expect(parseBylineLine('خاص لـ"القدس العربي"')).toEqual({ authors: [], agency: 'القدس العربي', dateline: null });
    expect(parseBylineLine('خاص بالموقع')).toEqual({ authors: [], agency: null, dateline: null });
    const a = parseArticle('الحكومة تقر خطة جديدة لدعم المزارعين\nخاص ليبانون ديبايت\nميشال نصر\nأقرت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار.\nوقال وزير الزراعة إن الخطة تشمل قروضا ميسرة.');
    expect(a.byline).toEqual({ authors: ['ميشال نصر'], agency: 'ليبانون ديبايت', dateline: null });
  });

  it('reads "الرياض - كووورة" as a dateline and an outlet (الرياض is also a paper), never a paper and its section, unless the word is a menu\'s', () => {
    expect(parseBylineLine('الرياض - كووورة')).toEqual({ authors: [], agency: 'كووورة', dateline: 'الرياض' });
    expect(parseBylineLine('الرياض - الرياضية')).toEqual({ authors: [], agency: 'الرياضية', dateline: 'الرياض' });
    expect(parseBylineLine('الرياض - محليات')).toEqual({ authors: [], agency: 'الرياض', dateline: null });
    expect(parseBylineLine('هسبريس - مجتمع')).toEqual({ authors: [], agency: 'هسبريس', dateline: null });
  });

  it('reads writers joined by و or a dash, and a و glued to a second writer\'s given name after a comma', () => {
    expect(parseBylineLine('القاهرة - أحمد علي ومحمد حسن')).toEqual({ authors: ['أحمد علي', 'محمد حسن'], agency: null, dateline: 'القاهرة' });
    expect(parseBylineLine('أحمد علي - محمد حسن')).toEqual({ authors: ['أحمد علي', 'محمد حسن'], agency: null, dateline: null });
    expect(parseBylineLine('بقلم: سارة محمد، ونور الهدى أحمد')?.authors).toEqual(['سارة محمد', 'نور الهدى أحمد']);
    // a given name that opens on و keeps it
    expect(parseBylineLine('كتب: سارة محمد، وليد حسن')?.authors).toEqual(['سارة محمد', 'وليد حسن']);
    // two parts that are no writers' names stay no byline
    expect(parseBylineLine('الأهلي - الزمالك')).toBeNull();
  });

  it('reads Al Jazeera\'s lead "الخرطوم- قال …" (a known place and a dash) as the dateline, never a word that is no place', () => {
    expect(parseLeadPrefix('الخرطوم- قال مصدر في الوفد الحكومي إن المفاوضات قد تستأنف خلال أيام.')).toEqual({ byline: { authors: [], agency: null, dateline: 'الخرطوم' }, rest: 'قال مصدر في الوفد الحكومي إن المفاوضات قد تستأنف خلال أيام.', prefix: 'الخرطوم-' });
    expect(parseLeadPrefix('اليوم - قال مصدر في الوفد الحكومي إن المفاوضات قد تستأنف خلال أيام.')).toBeNull();
  });

  it('reads "place - a Latin brand\'s Arabic service" ("TRT عربي", "CNBC عربية") as dateline and outlet', () => {
    expect(parseBylineLine('إسطنبول - TRT عربي')).toEqual({ authors: [], agency: 'TRT عربي', dateline: 'إسطنبول' });
    expect(parseBylineLine('دبي - CNBC عربية')).toEqual({ authors: [], agency: 'CNBC عربية', dateline: 'دبي' });
  });

  it('reads "name - one word" under the headline as the name alone, never as a name of four words', () => {
    const a = parseArticle('الحكومة تقر زيادة رواتب المتقاعدين مطلع العام المقبل\nتسنيم الزعبي - الوسط\n12-05-2024\nأقرت الحكومة زيادة جديدة على رواتب المتقاعدين تبدأ مطلع العام المقبل وفق ما أعلن المتحدث باسمها.\nويستفيد من الزيادة نحو مئة ألف متقاعد.');
    expect(a.byline.authors).toEqual(['تسنيم الزعبي']);
  });

  it('reads "رام الله- معا- " (dashes without a space before them) as the lead, and a stamp\'s update time as no publication time', () => {
    expect(parseLeadPrefix('رام الله- معا- اقتلع مستوطنون نحو 300 شجرة زيتون في أراضي القرية.')?.byline).toEqual({ authors: [], agency: 'معا', dateline: 'رام الله' });
    expect(findDate('نشر بتاريخ: 2025/10/22 ( آخر تحديث: 2025/10/22 الساعة: 14:05 )')?.iso).toBe('2025-10-22');
  });

  it('reads "known place (an unlisted outlet) –" opening the first paragraph as the lead', () => {
    expect(parseLeadPrefix('نواكشوط (الأخبار) – قررت وزارة الصيد تمديد فترة الراحة البيولوجية.')?.byline).toEqual({ authors: [], agency: 'الأخبار', dateline: 'نواكشوط' });
    // an unknown word before the brackets reads no lead
    expect(parseLeadPrefix('المخزون (المتبقي) – تراجع بشدة هذا العام.')).toBeNull();
  });

  it('reads the writer printed over an opinion piece\'s headline, and a name after an emoji', () => {
    const body = 'تتسارع التحولات في المنطقة على نحو يفرض على الحكومات مراجعة أولوياتها الاقتصادية والسياسية.\nوهذا ما يجعل الحوار ضرورة.';
    expect(parseArticle(`مقالات\nزيد العبادي\nالإصلاح الاقتصادي لا يحتمل التأجيل\nالأحد 12 مايو 2024\n${body}`).byline.authors).toEqual(['زيد العبادي']);
    expect(parseArticle(`الإصلاح الاقتصادي لا يحتمل التأجيل\n✍️ يامن السعدي\n📅 12 مايو 2024\n${body}`).byline.authors).toEqual(['يامن السعدي']);
  });

  it('reads a dateline line whose lead leaves only a day\'s number ("القاهرة - 15") as no paragraph, and lists the whole line as dropped', () => {
    const a = parseArticle('ارتفاع أسعار الخضار في الأسواق المصرية\n\nالقاهرة - 15\n\nارتفعت أسعار الخضار في أسواق القاهرة خلال الأسبوع الجاري بنسبة كبيرة بحسب بيانات رسمية.\n\nويتوقع التجار تراجع الأسعار بعد انتهاء موسم الأعياد.');
    expect(a.byline.dateline).toBe('القاهرة');
    expect(a.paragraphs[0]).toMatch(/^ارتفعت أسعار الخضار/u);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.boilerplate).toContain('القاهرة - 15');
  });

  it('reads one unlisted word and a dash before a speech verb ("عمون - قال …") as the outlet\'s lead', () => {
    expect(parseLeadPrefix('عمون - قال وزير التربية إن الوزارة ستعين معلمين جددا.')).toEqual({ byline: { authors: [], agency: 'عمون', dateline: null }, rest: 'قال وزير التربية إن الوزارة ستعين معلمين جددا.', prefix: 'عمون -' });
    // (a definite word, a given name or a word that is no speech verb's subject opens no lead)
    expect(parseLeadPrefix('الحكومة - قال الوزير إن الخطة جاهزة.')).toBeNull();
    expect(parseLeadPrefix('محمد - قال الوزير إن الخطة جاهزة.')).toBeNull();
    expect(parseLeadPrefix('عمون - الحكومة تقر الخطة الجديدة.')).toBeNull();
  });

  it('reads an outlet named "… ميديا" beside a place, and "outlet - خاص" first on the page, as the agency', () => {
    expect(parseBylineLine('نواكشوط – صحراء ميديا')).toEqual({ authors: [], agency: 'صحراء ميديا', dateline: 'نواكشوط' });
    const body = 'قالت وزارة المالية إنها بدأت صرف رواتب شهر نوفمبر لموظفي الدولة في المحافظات.\nوكان الريال قد سجل أدنى مستوى له أمام الدولار الأسبوع الماضي.';
    expect(parseArticle(`المصدر أونلاين - خاص\nالحكومة تبدأ صرف رواتب موظفي الدولة\n${body}`).byline.agency).toBe('المصدر أونلاين');
    // (the outlet's name alone first on the page is its masthead: no agency)
    expect(parseArticle(`المصدر أونلاين\nالحكومة تبدأ صرف رواتب موظفي الدولة\n${body}`).byline.agency).toBeNull();
  });

  it('reads a listed outlet with one Latin word of its product ("دبي - العربية Business") as the agency beside the place', () => {
    expect(parseBylineLine('دبي - العربية Business')).toEqual({ authors: [], agency: 'العربية Business', dateline: 'دبي' });
    // (an unlisted word before the Latin one is no outlet)
    expect(parseBylineLine('دبي - الخدمة Business')?.agency ?? null).toBeNull();
  });

  it('reads a lead of the outlet and its place in brackets before a dash ("الأخبار (نواكشوط) –") as agency and dateline', () => {
    expect(parseLeadPrefix('الأخبار (نواكشوط) – طالبت أحزاب المعارضة بتشكيل لجنة مستقلة.')).toEqual({ byline: { authors: [], agency: 'الأخبار', dateline: 'نواكشوط' }, rest: 'طالبت أحزاب المعارضة بتشكيل لجنة مستقلة.', prefix: 'الأخبار (نواكشوط) –' });
    // (a person's name before the bracketed place is no outlet)
    expect(parseLeadPrefix('محمد ولد مولود (نواكشوط) – طالبت أحزاب المعارضة بتشكيل لجنة مستقلة.')?.byline.agency ?? null).toBeNull();
  });

  it('reads a numeric date with dashes spaced apart ("نشر في الصباح نيوز يوم 02 - 12 - 2025")', () => {
    expect(findDate('نشر في الصباح نيوز يوم 02 - 12 - 2025')?.iso).toBe('2025-12-02');
    // (a wire's day and month with no year stay no date)
    expect(findDate('الكويت - 14 - 5')).toBeNull();
  });

  it('reads a wire\'s lead with the day and month but no year ("عمان 17 كانون الأول (بترا)-", "صحار في 17 ديسمبر /العُمانية/")', () => {
    expect(parseLeadPrefix('عمان 17 كانون الأول (بترا)- قال وزير السياحة إن الدخل السياحي ارتفع.')).toEqual({ byline: { authors: [], agency: 'بترا', dateline: 'عمان' }, rest: 'قال وزير السياحة إن الدخل السياحي ارتفع.', prefix: 'عمان 17 كانون الأول (بترا)-' });
    expect(parseLeadPrefix('صحار في 17 ديسمبر /العُمانية/ سجل ميناء صحار نموا في مناولة الحاويات.')?.byline).toEqual({ authors: [], agency: 'العُمانية', dateline: 'صحار' });
  });

  it('reads the editors\' initials after a wire\'s name at the foot as no writers', () => {
    expect(parseBylineLine('/العُمانية/ ع خ')).toEqual({ authors: [], agency: 'العُمانية', dateline: null });
    expect(parseBylineLine('--(بترا) ع ا/ م ح')?.authors).toEqual([]);
  });

  it('reads a site named by its kind with the article ("البوابة العربية للأخبار التقنية") over the headline as the masthead', () => {
    const a = parseArticle('البوابة العربية للأخبار التقنية\nآبل تعلن إطلاق خدمة الدفع في السعودية\n18 ديسمبر 2025\nأعلنت شركة آبل إطلاق خدمة الدفع رسميا في المملكة بالتعاون مع عدد من البنوك المحلية.\nوتعمل الخدمة على هواتف آيفون وساعات آبل.');
    expect(a.headline).toBe('آبل تعلن إطلاق خدمة الدفع في السعودية');
    expect(a.boilerplate[0]).toBe('البوابة العربية للأخبار التقنية');
    expect(a.byline.agency).toBeNull();
  });

  it('leaves a paragraph that opens with speech alone', () => {
    expect(parseLeadPrefix('وقال الوزير: سنواصل العمل حتى النهاية.')).toBeNull();
    // a quoted word after a dash that is no outlet, and a fraction with a slash, open no lead
    expect(parseLeadPrefix('الحكومة – «خطة الإنقاذ»: هكذا وصفها الوزير أمام النواب.')).toBeNull();
    expect(parseLeadPrefix('نصف/ ربع الكمية فقط وصل إلى المخازن.')).toBeNull();
  });
  it('reads "باريس (أ ف ب)" under the headline as the dateline and agency, no photo caption', () => {
    const body = 'أعلنت الحكومة الفرنسية، الثلاثاء، عن حزمة إجراءات جديدة لدعم المزارعين المتضررين من موجة الجفاف.\nوقال وزير الزراعة إن الحزمة تشمل تعويضات مباشرة وتسهيلات ضريبية للمزارعين في المناطق الأكثر تضررا.';
    const a = parseArticle(`فرنسا تعلن خطة لدعم المزارعين في مواجهة الجفاف\n12 مارس 2024\nباريس (أ ف ب)\n${body}`);
    expect(a.byline).toEqual({ authors: [], agency: 'أ ف ب', dateline: 'باريس' });
    expect(a.boilerplate).toContain('باريس (أ ف ب)');
    expect(parseArticle(`فرنسا تعلن خطة لدعم المزارعين في مواجهة الجفاف\nالقاهرة (رويترز)\n${body}`).byline).toEqual({ authors: [], agency: 'رويترز', dateline: 'القاهرة' });
    // (a scene before the credit is a caption still: no dateline, no agency)
    const c = parseArticle(`فرنسا تعلن خطة لدعم المزارعين في مواجهة الجفاف\nمزارعون في حقل جاف جنوب فرنسا (أ ف ب)\n${body}`);
    expect(c.byline).toEqual({ authors: [], agency: null, dateline: null });
  });
});

describe('a site\'s name beside the title in <title>', () => {
  it('is removed after the title or before it when it is the site\'s, a listed outlet, a domain, or beside a printed heading', () => {
    expect(stripSiteSuffix('قمة خليجية في الكويت | سكاي نيوز عربية', ['سكاي نيوز عربية'])).toBe('قمة خليجية في الكويت');
    expect(stripSiteSuffix('الصباح :: افتتاح مهرجان قرطاج السينمائي')).toBe('افتتاح مهرجان قرطاج السينمائي');
    expect(stripSiteSuffix('تراجع معدل البطالة في المغرب - مدار21', [], ['تراجع معدل البطالة في المغرب'])).toBe('تراجع معدل البطالة في المغرب');
    // (a title whose parts are both the story's stays whole)
    expect(stripSiteSuffix('مصر - السودان: اتفاق على تشغيل المعبر')).toBe('مصر - السودان: اتفاق على تشغيل المعبر');
  });
});

describe('headlines', () => {
  const LEAD =
    'حذر وزير المالية سامي نور الخميس من أن الحكومة ستفرض المزيد من الرسوم على الواردات الزراعية إذا لم تتراجع الأسعار في الأسواق المحلية خلال الأشهر الثلاثة المقبلة';
  it('takes a long first line without ".." or ":" for the lead sentence, not the headline', () => {
    const a = parseArticle(`${LEAD}\nوقال نور في مؤتمر صحفي إن القرار نهائي ولا رجعة فيه.`);
    expect(a.headline).toBe('');
    expect(a.paragraphs[0]).toBe(LEAD);
  });
  it('keeps a long headline made of phrases joined by ".." or ":"', () => {
    const title = 'وزارة النقل تشغل 20 حافلة كهربائية في العاصمة.. وتؤكد: الحجز يبدأ الأربعاء عبر تطبيق الهاتف والدفع نقدا أو بالبطاقة.. والحافلات مراقبة بكاميرات من الداخل والخارج.. صور';
    const a = parseArticle(`${title}\n\nأعلنت وزارة النقل اليوم تشغيل حافلات كهربائية جديدة في العاصمة.`);
    expect(a.headline).toBe(title);
  });
});

describe('twenty-seventh round: a place before a labelled credit, a name before a time since with no separator', () => {
  it('reads "عمّان - كتب X:" as the dateline and the writer, without the label', () => {
    expect(parseBylineLine('عمّان - كتب سامي النجار:')).toEqual({ authors: ['سامي النجار'], agency: null, dateline: 'عمّان' });
    expect(parseBylineLine('الرياض | كتبت هند العتيبي')).toEqual({ authors: ['هند العتيبي'], agency: null, dateline: 'الرياض' });
    // (a word that is no place before the dash: not this reading)
    expect(parseBylineLine('المحرر - كتب سامي النجار')?.dateline ?? null).toBeNull();
  });

  it('reads a name before "منذ 3 ساعات" with no separator as the writer, one the given-name list lacks too', () => {
    expect(parseBylineLine('سوار الحديد منذ 3 ساعات')?.authors).toEqual(['سوار الحديد']);
    expect(parseBylineLine('كتب: سامر علي قبل يومين')?.authors).toEqual(['سامر علي']);
    // (words after "قبل" that are no time since: no credit read off them)
    expect(parseBylineLine('وصل الوفد قبل انطلاق القمة')).toBeNull();
  });

  it('reads "12 مارس سنة 2024", "12 مارس عام 2024" (the word for year before it) as a date line', () => {
    for (const line of ['12 مارس سنة 2024', '12 مارس عام 2024']) {
      const found = findDate(line);
      expect(found?.iso.slice(0, 10), line).toBe('2024-03-12');
      expect(found?.coverage, line).toBeGreaterThanOrEqual(0.6);
    }
  });
});

describe('held-out set 181: a writer\'s trade after any dash or in brackets, "من" before the place, the newsroom alone', () => {
  it('parts the name from a trade after an em or en dash, as after a hyphen', () => {
    for (const line of ['بقلم: غدير العتوم — محرر الشؤون الاقتصادية', 'بقلم: غدير العتوم – كاتب صحفي', 'بقلم: غدير العتوم - كاتب صحفي']) {
      expect(parseBylineLine(line)?.authors, line).toEqual(['غدير العتوم']);
    }
  });

  it('reads a note in brackets after the name as the trade, the place or the outlet it is, never part of the name', () => {
    expect(parseBylineLine('كتب: نزار الخريشا (صحفي)')).toEqual({ authors: ['نزار الخريشا'], agency: null, dateline: null });
    expect(parseBylineLine('بقلم: نزار الخريشا (كاتب وصحفي)')?.authors).toEqual(['نزار الخريشا']);
    expect(parseBylineLine('بقلم: نزار الخريشا (عمّان)')).toEqual({ authors: ['نزار الخريشا'], agency: null, dateline: 'عمّان' });
    // (a star's note mark stays a mark: "X (*)" with its note at the foot; set 138 lost its writers to the first cut)
    expect(parseBylineLine('الكاتب والمحلل السياسي نزار الخريشا (*)')?.authors).toEqual(['نزار الخريشا']);
  });

  it('reads "من" before a known place as the dateline, with a colon or a dash after it', () => {
    for (const line of ['من الرياض: لمى السعايدة', 'من الرياض - لمى السعايدة']) {
      expect(parseBylineLine(line), line).toEqual({ authors: ['لمى السعايدة'], agency: null, dateline: 'الرياض' });
    }
  });

  it('credits the newsroom alone with nobody named, and drops the line', () => {
    for (const line of ['فريق التحرير', 'هيئة التحرير', 'محرر الموقع']) {
      expect(parseBylineLine(line), line).toEqual({ authors: [], agency: null, dateline: null });
      const a = parseArticle(['الحكومة تقر الموازنة العامة للعام المقبل', line, '12 مارس 2024', 'أقرت الحكومة اليوم مشروع قانون الموازنة العامة للعام المقبل بعد نقاشات مطولة.'].join('\n'));
      expect(a.byline.authors, line).toEqual([]);
      expect(a.boilerplate, line).toContain(line);
    }
    // (one word alone is no credit: "المحرر" may head a list)
    expect(parseBylineLine('المحرر')).toBeNull();
  });
});

describe('held-out set 182 and date probes: a year of two digits, a topic\'s tag beside the date', () => {
  it('reads a day, a month\'s name and a year of two digits alone on the line (the weekday before them or not)', () => {
    expect(findDate('12 مارس 24')?.iso).toBe('2024-03-12');
    expect(findDate('الثلاثاء، 12 مارس 24')?.iso).toBe('2024-03-12');
    expect(findDate('١٢ آذار ٩٨')?.iso).toBe('1998-03-12');
    // (never inside a sentence, nor two numbers with no month's name)
    expect(findDate('وصل عدد المصابين في 12 مارس 24 شخصا')).toBeNull();
    expect(findDate('12 24')).toBeNull();
  });

  it('never reads a topic\'s tag beside the date as a writer ("كأس العالم", "أزمة الطاقة")', () => {
    for (const stamp of ['12 مارس 2024 | كأس العالم', '12/03/2024 | أزمة الطاقة', 'أسعار النفط | 12 مارس 2024', '12 مارس 2024 - قمة المناخ']) {
      const a = parseArticle(['الحكومة تقر الموازنة العامة للعام المقبل', 'بقلم: صالح العدوان', stamp, 'أقرت الحكومة اليوم مشروع قانون الموازنة العامة للعام المقبل بعد نقاشات مطولة.'].join('\n'));
      expect(a.byline.authors, stamp).toEqual(['صالح العدوان']);
      expect(a.publishedAt, stamp).toBe('2024-03-12');
    }
    // (a writer's name the given-name list lacks, beside the date, is still read: "بيسان العتوم")
    expect(parseArticle(['الحكومة تقر الموازنة العامة للعام المقبل', '12 مارس 2024 | بيسان العتوم', 'أقرت الحكومة اليوم مشروع قانون الموازنة العامة للعام المقبل بعد نقاشات مطولة.'].join('\n')).byline.authors).toEqual(['بيسان العتوم']);
  });

  it('reads "مرح", a given name of the Levant that is a common word too, as a writer\'s first name alone under the date', () => {
    const a = parseArticle(['الحكومة تقر الموازنة العامة للعام المقبل', '12 مارس 2024', 'مرح الغويري', 'أقرت الحكومة اليوم مشروع قانون الموازنة العامة للعام المقبل بعد نقاشات مطولة.'].join('\n'));
    expect(a.byline.authors).toEqual(['مرح الغويري']);
  });
});

describe('twenty-ninth round: an agency in brackets under the headline, a word count with a comma, the site\'s management', () => {
  const HEAD = 'وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في المنطقة';
  const BODY = [
    'وقال الوزير في مؤتمر صحفي عقده في عمان إن المحادثات تناولت سبل تعزيز العلاقات الثنائية بين البلدين، وأضاف أن الجانبين اتفقا على مواصلة التنسيق.',
    'وأشارت مصادر دبلوماسية إلى أن الزيارة تأتي في إطار جولة إقليمية تشمل عدة دول عربية خلال الأسبوع الجاري.',
  ];
  const article = (...header: string[]): string => [HEAD, ...header, '', ...BODY].join('\n');

  it('reads "(أ ف ب)" alone between two lines of the story\'s metadata as the agency, and never as text', () => {
    const a = parseArticle(article('بقلم: سامر الخطيب', '(أ ف ب)', '12 مارس 2024'));
    expect(a.byline).toEqual({ authors: ['سامر الخطيب'], agency: 'أ ف ب', dateline: null });
    expect(a.boilerplate).toContain('(أ ف ب)');
    expect(parseArticle(article('12 مارس 2024', '(رويترز)', 'بقلم: سامر الخطيب')).byline.agency).toBe('رويترز');
    // (a note in brackets that names no agency credits none; right under the headline, or over the body, the agency in
    // brackets is the lead photo's credit)
    expect(parseArticle(article('بقلم: سامر الخطيب', '(صورة أرشيفية)', '12 مارس 2024')).byline.agency).toBeNull();
    expect(parseArticle(article('(رويترز)', '12 مارس 2024')).byline.agency).toBeNull();
    expect(parseArticle(article('12 مارس 2024', '(رويترز)')).byline.agency).toBeNull();
  });

  it('reads the minutes after a word count printed with a thousands comma', () => {
    const a = parseArticle(article('12 مارس 2024', 'عدد الكلمات: 1,200 - 6 دقائق'));
    expect(a.readTime).toEqual({ minutes: 6, source: 'stated' });
  });

  it('credits nobody for "تم النشر بواسطة: إدارة الموقع"', () => {
    expect(parseBylineLine('تم النشر بواسطة: إدارة الموقع')?.authors).toEqual([]);
    expect(parseArticle(article('بقلم: سامر الخطيب', '12 مارس 2024')).byline.authors).toEqual(['سامر الخطيب']);
    const foot = [HEAD, 'بقلم: سامر الخطيب', '12 مارس 2024', '', ...BODY, 'تم النشر بواسطة: إدارة الموقع'].join('\n');
    expect(parseArticle(foot).byline.authors).toEqual(['سامر الخطيب']);
  });
});

describe('held-out set 194: bylines with the editor\'s label, a Latin name, a handle first, "من مراسلنا", the site\'s bureau', () => {
  it.each([
    ['كتب المحرر: سامر الخطيب', ['سامر الخطيب']],
    ['Samer Al-Khatib سامر الخطيب', ['سامر الخطيب']],
    ['سامر الخطيب Samer Al-Khatib', ['سامر الخطيب']],
    ['@samerkh سامر الخطيب', ['سامر الخطيب']],
    ['من مراسلنا سامر الخطيب', ['سامر الخطيب']],
    ['مراسلو الموقع', []],
    ['مكتب عمان', []],
  ])('reads "%s" as the writers %j', (line, authors) => {
    expect(parseBylineLine(line)?.authors).toEqual(authors);
  });

  it('reads the bureau over the writer as no writer, and the writer under it as the one', () => {
    const a = parseArticle(['بورصة الكويت تغلق على ارتفاع بدعم من أسهم البنوك', 'مكتب عمان', 'سامر الخطيب', '2018-04-17', '', 'أغلقت بورصة الكويت تعاملات اليوم على ارتفاع جماعي لمؤشراتها، بدعم من مكاسب أسهم البنوك القيادية.'].join('\n'));
    expect(a.byline.authors).toEqual(['سامر الخطيب']);
    // (a handle alone, or an agency's account beside its name, names no writer)
    expect(parseBylineLine('@samerkh')?.authors ?? []).toEqual([]);
    // (the outlet's name in Latin letters beside its Arabic one stays an outlet)
    expect(parseBylineLine('BBC News عربي')).toEqual({ authors: [], agency: 'BBC News عربي', dateline: null });
  });
});

describe('twenty-ninth round: "12 شهر مارس 2024"', () => {
  it('reads "شهر" (month) between the day and the month\'s name', () => {
    expect(findDate('12 شهر مارس 2024')?.iso).toBe('2024-03-12');
    expect(findDate('الثلاثاء 12 شهر آذار 2024')?.iso).toBe('2024-03-12');
  });
});

describe('forty-first round: a known place and an outlet the lexicon lacks opening the story before its verb', () => {
  it('reads "صنعاء - سبأنت:" and \'بيروت - "الأخبار":\' as the dateline and the outlet when a verb opens the story', () => {
    expect(parseLeadPrefix('صنعاء - سبأنت: أعلن وزير الصحة ارتفاع عدد الإصابات إلى 120 حالة.')?.byline).toEqual({ authors: [], agency: 'سبأنت', dateline: 'صنعاء' });
    expect(parseLeadPrefix('بيروت - "الأخبار": قال مصدر حكومي إن الجلسة تأجلت.')?.byline).toEqual({ authors: [], agency: 'الأخبار', dateline: 'بيروت' });
    // (a breaking label, a reporter's word or a time before the colon is no outlet; nor an outlet before no verb)
    for (const p of ['القاهرة - عاجل: أعلن وزير الصحة ارتفاع عدد الإصابات.', 'دمشق - مراسلنا: أعلن وزير الصحة ارتفاع عدد الإصابات.', 'بغداد - الأسبوع الماضي: أعلن وزير الصحة ارتفاع عدد الإصابات.', 'صنعاء - سبأنت: ارتفاع عدد الإصابات إلى 120 حالة.']) {
      expect(parseLeadPrefix(p)?.byline.agency ?? null, p).toBeNull();
    }
  });
});

describe('forty-second round: a reporter between the place and the outlet; Lebanon\'s agency; "من شهر", "ت2"', () => {
  it('reads "القاهرة - سامر الحلبي - الأخبار" as the dateline, the writer and the outlet, never a section for the outlet', () => {
    expect(parseBylineLine('القاهرة - سامر الحلبي - الأخبار')).toEqual({ authors: ['سامر الحلبي'], agency: 'الأخبار', dateline: 'القاهرة' });
    expect(parseBylineLine('القاهرة - سامر الحلبي - محليات')).toBeNull();
  });

  it('reads "بيروت - الوكالة الوطنية للإعلام:" as the dateline and the agency', () => {
    expect(parseLeadPrefix('بيروت - الوكالة الوطنية للإعلام: أعلن وزير الصحة ارتفاع عدد الإصابات.')?.byline).toEqual({ authors: [], agency: 'الوكالة الوطنية للإعلام', dateline: 'بيروت' });
  });

  it('reads "12 من شهر نوفمبر 2026" and the Levantine "12 ت2 2026"', () => {
    for (const [line, iso] of [['12 من شهر نوفمبر 2026', '2026-11-12'], ['12 ت2 2026', '2026-11-12'], ['3 ك1 2025', '2025-12-03'], ['20 ك2 2024', '2024-01-20'], ['5 ت1 2023', '2023-10-05']] as const) expect(findDate(line)?.iso, line).toBe(iso);
  });
});

describe('forty-third round: a desk after a credit label, a correspondent\'s dash, the update before the publication, "تشرين2"', () => {
  it('reads a credit label before a desk or the site\'s management as a credit that names nobody', () => {
    for (const line of ['بقلم المحرر الاقتصادي', 'بقلم: المحرر الاقتصادي', 'بقلم محرر الشؤون الدولية', 'كتب: محرر الشؤون الدولية', 'بقلم: محررة الشئون الثقافية', 'بواسطة: الإدارة']) {
      expect(parseBylineLine(line), line).toEqual({ authors: [], agency: null, dateline: null });
    }
    // (a body whose name opens on the same word is still read: "الإدارة العامة")
    expect(parseBylineLine('بقلم: الإدارة العامة')?.authors).toEqual(['الإدارة العامة']);
  });

  it('reads "مراسل <outlet> (في <place>) - <name>" as the writer, a listed outlet as the agency and a known place as the dateline', () => {
    expect(parseBylineLine('مراسل الجزيرة - سامر الحلبي')).toEqual({ authors: ['سامر الحلبي'], agency: 'الجزيرة', dateline: null });
    expect(parseBylineLine('مراسلة الأخبار في دمشق - ليلى حداد')).toEqual({ authors: ['ليلى حداد'], agency: null, dateline: 'دمشق' });
  });

  it('dates a line that prints the update first by the publication after it', () => {
    for (const line of ['آخر تحديث: 13 نوفمبر 2026 | نشر: 12 نوفمبر 2026', 'آخر تحديث: 13 نوفمبر 2026 - تاريخ النشر: 12 نوفمبر 2026', 'تم التحديث 13/11/2026 | نشر في 12/11/2026']) {
      expect(findDate(line), line).toMatchObject({ iso: '2026-11-12', published: true, update: false });
    }
    // (the update alone is still the update's)
    expect(findDate('آخر تحديث: 13 نوفمبر 2026')).toMatchObject({ iso: '2026-11-13', update: true });
  });

  it('reads the rank printed after تشرين and كانون: "12 تشرين2 2026"', () => {
    for (const [line, iso] of [['12 تشرين2 2026', '2026-11-12'], ['3 كانون1 2026', '2026-12-03'], ['20 كانون2 2024', '2024-01-20'], ['5 تشرين1 2023', '2023-10-05']] as const) expect(findDate(line)?.iso, line).toBe(iso);
  });

  it('reads a date parted by spaces alone when it opens the line, after a weekday or none', () => {
    for (const [line, iso] of [['الأربعاء 12 11 2026', '2026-11-12'], ['12 11 2026', '2026-11-12'], ['الأربعاء 12 11 2026 - 10:30', '2026-11-12T10:30']] as const) expect(findDate(line)?.iso, line).toBe(iso);
    // (three numbers in running text are no date)
    for (const line of ['قتل 12 11 2026 شخصا', '12 11 2026 وقال', 'الفريق فاز 3 1 2026']) expect(findDate(line), line).toBeNull();
  });

  it('reads one definite word after a credit label as the outlet, never a writer ("ترجمة وتحرير: الأخبار")', () => {
    for (const line of ['ترجمة وتحرير: الأخبار', 'ترجمة: الأخبار', 'كتب: الأخبار']) expect(parseBylineLine(line), line).toEqual({ authors: [], agency: 'الأخبار', dateline: null });
    // (a given name so printed stays a writer's)
    expect(parseBylineLine('بقلم: العربي')?.authors).toEqual(['العربي']);
  });

  it('reads a read time last on a date line after a space or a dash, as a page\'s spans print it joined', () => {
    const body = 'أعلن وزير الطاقة، اليوم الأربعاء، عن خطة جديدة تهدف إلى خفض فاتورة الكهرباء في المنازل بنسبة تصل إلى خمسة عشر في المئة.';
    for (const line of ['بقلم: سامر الحلبي الأربعاء 12 نوفمبر 2026 3 دقائق قراءة', 'سامر الحلبي 12 نوفمبر 2026 - 3 دقائق قراءة', '12 نوفمبر 2026 قراءة 3 دقائق']) {
      const a = parseArticle(['وزير الطاقة يعلن خطة لخفض فاتورة الكهرباء', line, '', body].join('\n'));
      expect([a.readTime, a.publishedAt, a.paragraphs], line).toEqual([{ minutes: 3, source: 'stated' }, '2026-11-12', [body]]);
    }
  });

  it('dates the story by the same day printed again with its time in the header, never by a stamp under the body', () => {
    const body = ['أعلن وزير الطاقة، اليوم الأربعاء، عن خطة جديدة تهدف إلى خفض فاتورة الكهرباء في المنازل بنسبة تصل إلى خمسة عشر في المئة.', 'وتشمل الخطة تركيب عدادات ذكية في نحو مليوني منزل، وتقديم قروض ميسرة للأسر التي ترغب في تركيب ألواح شمسية.'];
    const header = parseArticle(['وزير الطاقة يعلن خطة لخفض فاتورة الكهرباء', '12 نوفمبر 2026', 'سامر الحلبي', '10:45 | 12.11.2026', '', ...body].join('\n'));
    expect(header.publishedAt).toBe('2026-11-12T10:45');
    const foot = parseArticle(['وزير الطاقة يعلن خطة لخفض فاتورة الكهرباء', '12 نوفمبر 2026', 'سامر الحلبي', '', ...body, '', 'تمت الطباعة في 01:30 - 12/11/2026'].join('\n'));
    expect(foot.publishedAt).toBe('2026-11-12');
  });
});


describe('forty-fourth round: a writer named in Latin letters, the staff in the plural', () => {
  const HEAD = 'وزير الطاقة يعلن خطة لخفض فاتورة الكهرباء في المنازل';
  const BODY = ['أعلن وزير الطاقة، اليوم الأربعاء، عن خطة جديدة تهدف إلى خفض فاتورة الكهرباء في المنازل بنسبة تصل إلى خمسة عشر في المئة.', 'وتشمل الخطة تركيب عدادات ذكية في نحو مليوني منزل، وتقديم قروض ميسرة للأسر التي ترغب في تركيب ألواح شمسية.'];
  const authorsUnder = (line: string): string[] => parseArticle([HEAD, line, '12 نوفمبر 2026', '', BODY[0], '', BODY[1]].join('\n')).byline.authors;

  it('reads a Latin name after an Arabic or English credit label, alone on its line', () => {
    expect(authorsUnder('بقلم: Samer Halabi')).toEqual(['Samer Halabi']);
    expect(authorsUnder('By Samer Halabi')).toEqual(['Samer Halabi']);
    expect(authorsUnder('Written by Omar al-Sharif')).toEqual(['Omar al-Sharif']);
    expect(authorsUnder('بقلم: Ana de Souza Lima')).toEqual(['Ana de Souza Lima']);
  });

  it('names no writer for the outlet\'s staff in the plural ("مراسلو الأخبار", "كتب: محررو الموقع")', () => {
    expect(authorsUnder('مراسلو الأخبار')).toEqual([]);
    expect(authorsUnder('كتب: محررو الموقع')).toEqual([]);
    expect(authorsUnder('مراسلو الجزيرة - القاهرة')).toEqual([]);
  });

  it('names no writer for a newsroom\'s or an agency\'s Latin credit', () => {
    expect(authorsUnder('By Reuters Staff')).toEqual([]);
    expect(authorsUnder('By AFP')).toEqual([]);
    expect(parseBylineLine('كتب: Reuters')).toMatchObject({ authors: [] });
  });
});

describe('forty-fifth round: the outlet beside the wires\' or follow-ups\' word, in either order; the editor of a field\'s affairs', () => {
  it('names the outlet as the agency, whichever side of "متابعات" or "وكالات" it stands', () => {
    for (const [line, agency] of [
      ['متابعات - عين اليوم', 'عين اليوم'],
      ['عين اليوم – متابعات', 'عين اليوم'],
      ['متابعات – صحيفة المرصد', 'صحيفة المرصد'],
      ['وكالات - الخليج أونلاين', 'الخليج أونلاين'],
    ] as const) expect(parseBylineLine(line), line).toEqual({ authors: [], agency, dateline: null });
  });

  it('keeps the pooled word as the agency when no outlet stands beside it', () => {
    expect(parseBylineLine('القاهرة - وكالات')).toEqual({ authors: [], agency: 'وكالات', dateline: 'القاهرة' });
    expect(parseBylineLine('متابعات - الرياض')?.agency).toBe('متابعات');
  });

  it('reads the editor of a field\'s affairs alone, or beside a place, as a desk that names no writer', () => {
    expect(parseBylineLine('محرر الشؤون العلمية')).toEqual({ authors: [], agency: null, dateline: null });
    expect(parseBylineLine('محررة الشؤون الثقافية')).toEqual({ authors: [], agency: null, dateline: null });
    expect(parseBylineLine('محرر الشؤون الدولية - الرياض')?.authors).toEqual([]);
    // (a sentence about the editor is no byline)
    expect(parseBylineLine('محرر الشؤون العلمية يكتب عن الفضاء')).toBeNull();
    const HEAD = 'الإمارات تطلق مهمة جديدة لاستكشاف حزام الكويكبات';
    const body = ['أعلنت وكالة الإمارات للفضاء، الأربعاء، عن إطلاق مهمة جديدة لاستكشاف حزام الكويكبات بين المريخ والمشتري.', 'وقال رئيس الوكالة سالم المري إن المهمة ستستغرق ست سنوات.'];
    const a = parseArticle([HEAD, '06-03-2024 | 10:15 م', 'محرر الشؤون العلمية', body[0], '', body[1]].join('\n'));
    expect([a.paragraphs, a.byline.authors]).toEqual([body, []]);
    expect(a.boilerplate).toContain('محرر الشؤون العلمية');
  });
});

describe('forty-fifth round: an ISO date-time\'s own offset printed on the page', () => {
  it('keeps the offset or the Z after the time, and reads the line as a whole date', () => {
    for (const [line, iso] of [
      ['2024-03-12T10:30:00+03:00', '2024-03-12T10:30+03:00'],
      ['2024-03-12T07:30:00Z', '2024-03-12T07:30+00:00'],
      ['2024-03-12T07:30:00.000Z', '2024-03-12T07:30+00:00'],
      ['2024-03-12T10:30+0300', '2024-03-12T10:30+03:00'],
    ] as const) expect(findDate(line), line).toMatchObject({ iso, coverage: 1 });
    // (a span of two times is no offset)
    expect(findDate('2024-03-12 10:30 - 12:40')?.iso).toBe('2024-03-12T10:30');
  });
});

describe('forty-fifth round: writers credited jointly, a correspondent named before the post, a wire\'s dateline of two agencies', () => {
  it('reads a second writer after "بالاشتراك مع" or "بمشاركة", never wires or a desk so credited', () => {
    expect(parseBylineLine('كتبت: سارة المنصوري بالاشتراك مع خالد الزهراني')).toEqual({ authors: ['سارة المنصوري', 'خالد الزهراني'], agency: null, dateline: null });
    expect(parseBylineLine('كتب: أحمد علي بمشاركة نادين حداد')?.authors).toEqual(['أحمد علي', 'نادين حداد']);
    // (as set 407's round has it, the wires so credited are the agency)
    expect(parseBylineLine('كتب: ماهر العلي بمشاركة وكالات')).toEqual({ authors: ['ماهر العلي'], agency: 'وكالات', dateline: null });
    expect(parseBylineLine('كتب: ماهر العلي بمشاركة فريق التحرير')).toEqual({ authors: ['ماهر العلي'], agency: null, dateline: null });
  });

  it('reads the name before a correspondent\'s post, the outlet when listed, a place after a dash', () => {
    for (const [line, byline] of [
      ['نادين حداد، مراسلة بي بي سي في بيروت', { authors: ['نادين حداد'], agency: 'بي بي سي', dateline: null }],
      ['وائل الدحدوح - مراسل الجزيرة', { authors: ['وائل الدحدوح'], agency: 'الجزيرة', dateline: null }],
      ['نادين حداد - مراسلة بي بي سي - بيروت', { authors: ['نادين حداد'], agency: 'بي بي سي', dateline: 'بيروت' }],
      ['مراسل الجزيرة - غزة - وائل الدحدوح', { authors: ['وائل الدحدوح'], agency: 'الجزيرة', dateline: 'غزة' }],
      // (the site's own correspondent names no outlet; the post is no dateline)
      ['مهدي بنسعيد، مراسل الموقع بفاس', { authors: ['مهدي بنسعيد'], agency: null, dateline: null }],
      ['يوسف العبيدي - مراسلة الموقع في بيروت', { authors: ['يوسف العبيدي'], agency: null, dateline: null }],
    ] as const) expect(parseBylineLine(line), line).toEqual(byline);
  });

  it('reads a place and two agencies as the wire\'s dateline, never a caption', () => {
    const HEAD = 'مجلس الأمن يصوت على مشروع قرار جديد بشأن غزة';
    const body = ['يصوت مجلس الأمن الدولي، الجمعة، على مشروع قرار جديد يدعو إلى وقف فوري لإطلاق النار في قطاع غزة.', 'وقال دبلوماسيون إن مشروع القرار يحظى بتأييد واسع بين أعضاء المجلس.'];
    const a = parseArticle([HEAD, 'واشنطن - أ ف ب - رويترز', '', body[0], '', body[1]].join('\n'));
    expect(a.byline).toEqual({ authors: [], agency: 'أ ف ب', dateline: 'واشنطن' });
    // (a scene before the agency is still a caption)
    expect(parseArticle([HEAD, '', body[0], '', 'متظاهرون أمام البيت الأبيض - أ ف ب', '', body[1]].join('\n')).paragraphs).toEqual(body);
  });

  it('reads a name after "بقلم" with no colon when a comma and the writer\'s trade follow it, however long the trade', () => {
    expect(parseBylineLine('بقلم سامر الحلبي، أستاذ العلوم السياسية بجامعة القاهرة')?.authors).toEqual(['سامر الحلبي']);
    // (no name before the comma, no writer: the label may be an ordinary word)
    expect(parseBylineLine('بقلم الأسعار، كاتب')).toBeNull();
    expect(parseBylineLine('حوار المرحلة، كاتب صحفي')).toBeNull();
  });
});

describe('forty-sixth round: an outlet\'s staff in the plural', () => {
  it('names the outlet after "مراسلو", "محررو" as the agency', () => {
    expect(parseBylineLine('مراسلو الجزيرة نت')).toEqual({ authors: [], agency: 'الجزيرة نت', dateline: null });
    expect(parseBylineLine('محررو رويترز')?.agency).toBe('رويترز');
    // (the site's own staff, unnamed, stays a desk)
    expect(parseBylineLine('مراسلو الموقع')?.agency ?? null).toBeNull();
  });
});

describe('forty-seventh round: a time zone in brackets without بـ, a writer\'s trade after a dash', () => {
  it('reads "(توقيت مكة)" after a time as the zone, no agency or dateline', () => {
    expect(findDate('الخميس، 4 ديسمبر 2025 01:05 م (توقيت مكة)')?.iso).toBe('2025-12-04T13:05+03:00');
    const a = parseArticle(['انخفاض أسعار الذهب في السوق المحلية', 'الخميس، 4 ديسمبر 2025 01:05 م (توقيت مكة)', 'تراجعت أسعار الذهب في السوق المحلية اليوم الخميس بنحو عشرة جنيهات للغرام، وسط تراجع الأونصة عالميا.'].join('\n'));
    expect([a.publishedAt, a.byline]).toEqual(['2025-12-04T13:05+03:00', { authors: [], agency: null, dateline: null }]);
  });

  it('reads a name after "بقلم" with no colon when a dash and the writer\'s trade follow it, an honorific before the name or not', () => {
    expect(parseBylineLine('بقلم د. محمد عبد الرحمن - أستاذ الاقتصاد بجامعة القاهرة')?.authors).toEqual(['محمد عبد الرحمن']);
    expect(parseBylineLine('بقلم محمد عبد الرحمن - كاتب صحفي')?.authors).toEqual(['محمد عبد الرحمن']);
    // (no name before the dash, no writer: the label may be an ordinary word)
    expect(parseBylineLine('حوار الأسبوع - كاتب صحفي')).toBeNull();
    expect(parseBylineLine('بقلم الكاتب - رئيس التحرير')).toBeNull();
  });
});

describe('forty-seventh round: the wire that signs off the last paragraph', () => {
  const head = 'ارتفاع أسعار النفط بعد قرار أوبك+';
  const first = 'ارتفعت أسعار النفط في تعاملات اليوم الخميس بعد أن قررت مجموعة أوبك+ تمديد خفض الإنتاج حتى نهاية الربع الأول من العام المقبل.';
  it('keeps the paragraph, without the sign-off, and reads the wire as the agency', () => {
    for (const [last, agency] of [
      ['وصعدت العقود الآجلة لخام برنت 1.2% إلى 74.3 دولار للبرميل. (رويترز)', 'رويترز'],
      ['وتوقع محللون أن تواصل الأسعار ارتفاعها خلال الأسابيع المقبلة مع تراجع المخزونات الأمريكية. (أ ف ب)', 'أ ف ب'],
    ] as const) {
      const a = parseArticle([head, first, last].join('\n'));
      expect([a.paragraphs, a.byline.agency, a.boilerplate], last).toEqual([[first, last.slice(0, last.lastIndexOf(' ('))], agency, [last.slice(last.lastIndexOf(' (') + 1)]]);
    }
  });

  it('leaves a caption with its credit, and brackets that name no wire', () => {
    // (a picture's caption, no sentence before the credit, is still chrome)
    const caption = 'وزير الطاقة خلال المؤتمر الصحفي (رويترز)';
    const a = parseArticle([head, first, caption, 'وصعدت العقود الآجلة لخام برنت إلى 74.3 دولار للبرميل في التعاملات المبكرة.'].join('\n'));
    expect([a.paragraphs.length, a.boilerplate.includes(caption)]).toEqual([2, true]);
    // (a sentence ending on brackets that hold no agency keeps them)
    const aside = 'وصعدت العقود الآجلة لخام برنت 1.2% إلى 74.3 دولار للبرميل. (تفاصيل أخرى)';
    expect(parseArticle([head, first, aside].join('\n')).paragraphs).toEqual([first, aside]);
  });
});

describe('forty-seventh round: minutes abbreviated to د after a clock', () => {
  it('reads "⏱ 4 د" as the stated read time and drops the line from the body', () => {
    expect(['⏱ 4 د', '⏰ 12 دق', '📖 3 د'].map((t) => parseReadTimeLine(t))).toEqual([4, 12, 3]);
    // (with no clock and no reading word, a number and د are nothing of the kind)
    expect(parseReadTimeLine('4 د')).toBeNull();
    const a = parseArticle(['ارتفاع أسعار الذهب في السوق المحلية اليوم', '⏱ 4 د', 'تراجعت أسعار الذهب في السوق المحلية اليوم الخميس بنحو عشرة جنيهات للغرام، وسط تراجع الأونصة عالميا.'].join('\n'));
    expect([a.readTime, a.paragraphs.length, a.boilerplate]).toEqual([{ minutes: 4, source: 'stated' }, 1, ['⏱ 4 د']]);
  });
});

describe('forty-ninth round: the date in a wire\'s opening "رام الله 4-12-2026 وفا-"', () => {
  it('dates the story by the day, month and year between the place and the agency', () => {
    const a = parseArticle('الحكومة تقر خطة طوارئ للقطاع\nرام الله 4-12-2026 وفا- قال رئيس الوزراء محمد مصطفى، إن "الحكومة تعمل على توفير الاحتياجات الأساسية".\nوأشار إلى أن سلطات الاحتلال ما زالت تحتجز أموال المقاصة.');
    expect(a.byline).toEqual({ authors: [], agency: 'وفا', dateline: 'رام الله' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-04');
    expect(a.paragraphs[0]).toBe('قال رئيس الوزراء محمد مصطفى، إن "الحكومة تعمل على توفير الاحتياجات الأساسية".');
  });
});

describe('forty-ninth round: an agency with its short name in brackets, a paper\'s city in a writer\'s credit, the translations desk', () => {
  it.each([
    ['وكالة الأنباء الألمانية (د ب أ)', { authors: [], agency: 'وكالة الأنباء الألمانية', dateline: null }],
    ['رويترز (Reuters)', { authors: [], agency: 'رويترز', dateline: null }],
    // (a place and the agency in brackets, as before)
    ['القاهرة (رويترز)', { authors: [], agency: 'رويترز', dateline: 'القاهرة' }],
    ['كتب - عبدالله المطيري - الرياض', { authors: ['عبدالله المطيري'], agency: null, dateline: 'الرياض' }],
    // (a paper that is no city stays the agency)
    ['كتب - عبدالله المطيري - عكاظ', { authors: ['عبدالله المطيري'], agency: 'عكاظ', dateline: null }],
    // ("ترجمات": the desk of stories translated from other papers, beside the outlet and its city)
    ['الحرة / ترجمات - دبي', { authors: [], agency: 'الحرة', dateline: 'دبي' }],
  ])('reads %s', (line, byline) => {
    expect(parseBylineLine(line)).toEqual(byline);
  });
});

describe('fiftieth round: the number after "دقائق قراءة", an outlet after the writer on the date line, the site\'s name opening the story', () => {
  it.each([
    ['دقائق قراءة 6', 6],
    ['دقيقة قراءة 1', 1],
    // (as before)
    ['6 دقائق قراءة', 6],
  ])('reads %s as a read time', (line, minutes) => {
    expect(parseReadTimeLine(line)).toBe(minutes);
  });

  it('reads "عبدالله البرقاوي سبق 2026-12-04" under the headline as the writer, the paper and the date', () => {
    const a = parseArticle(['صحيفة سبق الإلكترونية', '"الأرصاد": أمطار رعدية على 8 مناطق حتى الأحد', 'عبدالله البرقاوي سبق 2026-12-04', 'توقع المركز الوطني للأرصاد هطول أمطار رعدية على أجزاء من 8 مناطق.', 'وقال المتحدث الرسمي للمركز حسين القحطاني إن "الحالة المطرية ستبلغ ذروتها يوم السبت".'].join('\n'));
    expect([a.byline, a.publishedAt]).toEqual([{ authors: ['عبدالله البرقاوي'], agency: 'سبق', dateline: null }, '2026-12-04']);
  });

  it('reads the site\'s name from the masthead opening the first paragraph as its lead, and leaves a name the page never printed', () => {
    const body = 'التقى نائب رئيس الوزراء وزير الخارجية أيمن الصفدي، اليوم الجمعة، وزير خارجية قبرص.';
    const a = parseArticle(['عمون', 'محلي', 'الصفدي يلتقي نظيره القبرصي في عمان', `عمون - ${body}`, 'وأكد الصفدي خلال اللقاء "ضرورة تكثيف الجهود الدولية".'].join('\n'));
    expect([a.byline.agency, a.paragraphs[0]]).toEqual(['عمون', body]);
    expect(a.boilerplate).toContain('عمون -');
    const b = parseArticle(['محلي', 'الصفدي يلتقي نظيره القبرصي في عمان', `سامي خليل - ${body}`, 'وأكد الصفدي خلال اللقاء "ضرورة تكثيف الجهود الدولية".'].join('\n'));
    expect(b.paragraphs[0]).toBe(`سامي خليل - ${body}`);
  });
});

describe('fiftieth round: an outlet beside the wires\' pooled word, or named by a word and a number', () => {
  it.each([
    ['الحرة / وكالات - واشنطن', { authors: [], agency: 'الحرة', dateline: 'واشنطن' }],
    ['سرايا - وكالات', { authors: [], agency: 'سرايا', dateline: null }],
    // (as before: a listed outlet beside it, and a section of the site's menus, which credits the wires)
    ['وكالات - الخليج أونلاين', { authors: [], agency: 'الخليج أونلاين', dateline: null }],
    ['محليات - وكالات', { authors: [], agency: 'وكالات', dateline: null }],
    // (seventy-first round: the outlet and the pooled word joined by و, with no separator or beside a dateline)
    ['اندبندنت عربية ووكالات', { authors: [], agency: 'اندبندنت عربية', dateline: null }],
    ['العربية.نت ووكالات', { authors: [], agency: 'العربية.نت', dateline: null }],
    ['الخليج أونلاين و متابعات', { authors: [], agency: 'الخليج أونلاين', dateline: null }],
    ['دبي - العربية.نت ووكالات', { authors: [], agency: 'العربية.نت', dateline: 'دبي' }],
    ['سامي النجار ووكالات', { authors: ['سامي النجار'], agency: 'وكالات', dateline: null }],
    // (an outlet named by a word and a number after an editing label)
    ['تحرير: عرب 48', { authors: [], agency: 'عرب 48', dateline: null }],
  ])('reads %s', (line, byline) => {
    expect(parseBylineLine(line)).toEqual(byline);
  });
});

describe('fiftieth round: the masthead\'s name and a desk word opening the story', () => {
  it('reads "المرصد – متابعات:" under "صحيفة المرصد" as the lead, and keeps a subject before a colon in the paragraph', () => {
    const body = 'أكد وزير الخارجية السعودي الأمير فيصل بن فرحان أن "المملكة تدعم أي جهود لإحلال السلام".';
    const a = parseArticle(['صحيفة المرصد', 'فيصل بن فرحان: المملكة تدعم جهود السلام', `المرصد – متابعات: ${body}`, 'وأضاف أن "الحوار هو الطريق الوحيد لحل الأزمات".'].join('\n'));
    expect([a.byline.agency, a.paragraphs[0]]).toEqual(['المرصد', body]);
    const b = parseArticle(['عمون', 'الحكومة تقر الموازنة', 'عمون - الحكومة: الموازنة تقر غدا بعد نقاش طويل في المجلس.', 'وقال الوزير إن "الموازنة واقعية".'].join('\n'));
    expect([b.byline.agency, b.paragraphs[0]]).toEqual(['عمون', 'الحكومة: الموازنة تقر غدا بعد نقاش طويل في المجلس.']);
  });
});

describe('fifty-first round: the outlet after a writer\'s name and a bar or dash', () => {
  it('reads a listed outlet, or one named by a common word, after the credited writer as the agency', () => {
    expect(parseBylineLine('بقلم سامر الحلبي | المصري اليوم')).toEqual({ authors: ['سامر الحلبي'], agency: 'المصري اليوم', dateline: null });
    expect(parseBylineLine('بقلم سامر الحلبي | الأخبار')).toEqual({ authors: ['سامر الحلبي'], agency: 'الأخبار', dateline: null });
    expect(parseBylineLine('كتب: سامر الحلبي - الشروق')).toEqual({ authors: ['سامر الحلبي'], agency: 'الشروق', dateline: null });
    // (two writers parted by a bar stay two writers; a bare name and the word with no label is no credit)
    expect(parseBylineLine('كتب: سامر الحلبي | أحمد علي')?.authors).toEqual(['سامر الحلبي', 'أحمد علي']);
    expect(parseBylineLine('سامر الحلبي | الأخبار')).toBeNull();
  });
});

describe('fifty-first round: a press release\'s place and date before its first sentence', () => {
  const body = ['وقال الرئيس التنفيذي للشركة عبدالرحمن الفقيه: "تمثل هذه الاتفاقية خطوة مهمة في استراتيجيتنا للنمو".'];
  it('cuts "الرياض، 4 ديسمبر 2026 –" and "دبي، الإمارات العربية المتحدة، 4 ديسمبر 2026:" off the lead, the date the publication\'s', () => {
    const a = parseArticle(['شركة سابك توقع اتفاقية شراكة مع توتال إنرجيز', 'الرياض، 4 ديسمبر 2026 – أعلنت شركة "سابك" اليوم عن توقيع اتفاقية شراكة استراتيجية لإنشاء مصنع للبتروكيماويات في الجبيل.', ...body].join('\n'));
    expect([a.byline.dateline, a.publishedAt, a.paragraphs[0]]).toEqual(['الرياض', '2026-12-04', 'أعلنت شركة "سابك" اليوم عن توقيع اتفاقية شراكة استراتيجية لإنشاء مصنع للبتروكيماويات في الجبيل.']);
    expect(a.boilerplate).toContain('الرياض، 4 ديسمبر 2026 –');
    const b = parseArticle(['إعمار تطلق مشروعا سكنيا جديدا في دبي هيلز', 'دبي، الإمارات العربية المتحدة، 4 ديسمبر 2026: أعلنت شركة "إعمار" اليوم عن إطلاق مشروع سكني جديد في دبي هيلز.', ...body].join('\n'));
    expect([b.byline.dateline, b.publishedAt]).toEqual(['دبي، الإمارات العربية المتحدة', '2026-12-04']);
    // (a name before the date is no place: the sentence stays whole)
    expect(parseLeadPrefix('قال الوزير، 4 ديسمبر 2026: إن الحكومة ستعلن خطتها.')).toBeNull();
  });
});

describe('fifty-second round: American states and world cities as datelines', () => {
  it('reads "كاليفورنيا - العربية.نت" and "سنغافورة - رويترز" as a place and the outlet', () => {
    expect(parseBylineLine('كاليفورنيا - العربية.نت')).toEqual({ authors: [], agency: 'العربية.نت', dateline: 'كاليفورنيا' });
    expect(parseBylineLine('سنغافورة - رويترز')).toEqual({ authors: [], agency: 'رويترز', dateline: 'سنغافورة' });
  });
});

describe('fifty-third round: a writer\'s handle printed with its "@" last', () => {
  it('reads "محمد حفني (القاهرة) okaz_online@" as the writer and the place filed from', () => {
    expect(parseBylineLine('محمد حفني (القاهرة) okaz_online@')).toEqual({ authors: ['محمد حفني'], agency: null, dateline: 'القاهرة' });
    expect(parseBylineLine('محمد حفني okaz_online@')).toEqual({ authors: ['محمد حفني'], agency: null, dateline: null });
  });

  it('drops the line from the article and keeps "@" inside a word no handle', () => {
    const a = parseArticle('مقتل 12 شخصا في انهيار مبنى سكني بالقاهرة\nمحمد حفني (القاهرة) okaz_online@\nلقي 12 شخصا مصرعهم وأصيب آخرون في انهيار مبنى سكني من خمسة طوابق بحي الساحل شمالي القاهرة، فجر اليوم الخميس.');
    expect(a.byline).toEqual({ authors: ['محمد حفني'], agency: null, dateline: 'القاهرة' });
    expect(a.boilerplate).toContain('محمد حفني (القاهرة) okaz_online@');
    expect(parseBylineLine('محمد حفني okaz@online')).toBeNull();
  });
});

describe('fifty-third round: the city filed from between the writer and the date', () => {
  it('reads "سامي الأحمد صنعاء 20/11/2025" as the writer, the city and the date', () => {
    const a = parseArticle('ارتفاع إصابات الكوليرا في اليمن إلى 200 حالة\nسامي الأحمد صنعاء 20/11/2025\nأعلنت وزارة الصحة اليمنية ارتفاع عدد الإصابات بالكوليرا إلى 200 حالة خلال الأسبوع الجاري في عدد من المحافظات.');
    expect([a.byline, a.publishedAt]).toEqual([{ authors: ['سامي الأحمد'], agency: null, dateline: 'صنعاء' }, '2025-11-20']);
  });
});

describe('fifty-fourth round: an outlet of one definite word between the city and a colon', () => {
  const lead = (paragraph: string) => {
    const found = parseLeadPrefix(paragraph);
    return found === null ? null : [found.byline, found.rest.slice(0, 12)];
  };

  it('reads "نواكشوط – الأخبار: أعلنت …" as the city and the outlet opening the story', () => {
    expect(lead('نواكشوط – الأخبار: أعلنت وزارة الداخلية الموريتانية عن إطلاق حملة وطنية.')).toEqual([{ authors: [], agency: 'الأخبار', dateline: 'نواكشوط' }, 'أعلنت وزارة ']);
    expect(lead('دمشق - الوطن: أكد وزير الاقتصاد أن الأسعار ستنخفض خلال الأشهر المقبلة.')).toEqual([{ authors: [], agency: 'الوطن', dateline: 'دمشق' }, 'أكد وزير الا']);
  });

  it('reads no outlet in a day\'s word or a title before the colon, nor a definite word after a dash alone', () => {
    expect(lead('القاهرة - الأحد: أعلنت وزارة الصحة عن إطلاق حملة وطنية.')?.[0]).not.toMatchObject({ agency: 'الأحد' });
    expect(lead('بغداد - الرئيس: قال إن الانتخابات ستجري في موعدها.')?.[0]).not.toMatchObject({ agency: 'الرئيس' });
    expect(lead('عمون - الحكومة أعلنت عن إطلاق حملة وطنية.')).toBeNull();
  });
});

describe('fifty-fourth round: Hijri dates settled by their weekday, and months printed without the article', () => {
  it('reads "الأحد 20 ربيع الآخر 1447 هـ" as the Sunday, 12 October 2025 (Umm al-Qura), not the tabular 13th', () => {
    expect(findDate('الأحد 20 ربيع الآخر 1447 هـ')?.iso).toBe('2025-10-12');
    expect(findDate('الاثنين، 1 رمضان 1445هـ')?.iso).toBe('2024-03-11');
    // (a weekday further than a day from the conversion settles nothing)
    expect(findDate('الخميس 20 ربيع الآخر 1447 هـ')?.iso).toBe(findDate('20 ربيع الآخر 1447 هـ')?.iso);
  });

  it('reads "تشرين أول", "كانون ثاني" and "أوكتوبر" as months', () => {
    expect(findDate('12 تشرين أول 2025')?.iso).toBe('2025-10-12');
    expect(findDate('3 كانون ثاني 2026')?.iso).toBe('2026-01-03');
    expect(findDate('12 أوكتوبر 2025')?.iso).toBe('2025-10-12');
  });
});

describe('fifty-fifth round: a place, an outlet in quote marks and a dash', () => {
  it('reads "رام الله - «القدس» دوت كوم - أعلنت …" and "غزة - «العربي الجديد» - أعلنت …" as the lead', () => {
    const site = parseLeadPrefix('رام الله - «القدس» دوت كوم - أعلنت وزارة الصحة الفلسطينية ارتفاع عدد الإصابات.');
    expect([site?.byline, site?.rest]).toEqual([{ authors: [], agency: 'القدس دوت كوم', dateline: 'رام الله' }, 'أعلنت وزارة الصحة الفلسطينية ارتفاع عدد الإصابات.']);
    expect(parseLeadPrefix('غزة - «العربي الجديد» - أعلنت وزارة الصحة ارتفاع عدد الإصابات.')?.byline).toEqual({ authors: [], agency: 'العربي الجديد', dateline: 'غزة' });
  });

  it('reads no words quoted between dashes that open no story as an outlet', () => {
    expect(parseLeadPrefix('القاهرة - «لن نتراجع» - قال وزير الخارجية إن بلاده ثابتة على موقفها.')?.byline.agency ?? null).toBeNull();
    expect(parseLeadPrefix('غزة - «خيام النزوح» - الوضع الإنساني يزداد سوءا يوما بعد يوم.')?.byline.agency ?? null).toBeNull();
  });
});

describe('fifty-fifth round: an outlet\'s correspondent, unnamed, and the place filed from', () => {
  it('reads the outlet and the place from "مراسل الجزيرة نت - الخرطوم" in either order', () => {
    expect(parseBylineLine('مراسل الجزيرة نت - الخرطوم')).toEqual({ authors: [], agency: 'الجزيرة نت', dateline: 'الخرطوم' });
    expect(parseBylineLine('مراسلة الشرق الأوسط - بيروت')).toEqual({ authors: [], agency: 'الشرق الأوسط', dateline: 'بيروت' });
    expect(parseBylineLine('الخرطوم - مراسلة العربي الجديد')).toEqual({ authors: [], agency: 'العربي الجديد', dateline: 'الخرطوم' });
  });

  it('reads the site\'s own correspondent as no outlet, and the place', () => {
    expect(parseBylineLine('مراسلنا - الخرطوم')).toEqual({ authors: [], agency: null, dateline: 'الخرطوم' });
    expect(parseBylineLine('الخرطوم - مراسلنا')).toEqual({ authors: [], agency: null, dateline: 'الخرطوم' });
  });

  it('still reads a correspondent\'s name after the dash, and names no outlet the lexicon lacks', () => {
    expect(parseBylineLine('مراسل الجزيرة - وائل الدحدوح')).toEqual({ authors: ['وائل الدحدوح'], agency: 'الجزيرة', dateline: null });
    const a = parseArticle(['عائلة تقاضي السلطات لمنعها من تسمية ابنتها', 'وعد العنزي - مراسل الموقع في بيروت', '28 مارس 2017', '', 'رفضت السلطات منح الطفلة وثيقة ولادة بسبب الاسم الذي اختاره والداها، وتوجه الزوجان إلى القضاء.'].join('\n'));
    expect(a.byline).toEqual({ authors: ['وعد العنزي'], agency: null, dateline: null });
  });
});

describe('fifty-sixth round: a writer, the city filed from and the date on one line', () => {
  const body = 'توقع وزير المالية محمد الجدعان أن ينخفض عجز الموازنة العامة خلال العام المقبل، مدعوما بنمو الإيرادات غير النفطية.';
  it('reads "فهد العتيبي من الرياض 28 نوفمبر 2026" and "فهد العتيبي - الرياض 28 نوفمبر 2026" with the city as the dateline', () => {
    for (const line of ['فهد العتيبي من الرياض 28 نوفمبر 2026', 'فهد العتيبي - الرياض 28 نوفمبر 2026', 'فهد العتيبي الرياض 28 نوفمبر 2026 09:15']) {
      const a = parseArticle(`وزير المالية: عجز الموازنة سينخفض العام المقبل\n${line}\n${body}`);
      expect([a.byline, a.publishedAt?.slice(0, 10), a.paragraphs], line).toEqual([{ authors: ['فهد العتيبي'], agency: null, dateline: 'الرياض' }, '2026-11-28', [body]]);
    }
  });

  it('still reads an outlet that names no city after the writer', () => {
    const a = parseArticle(`وزير المالية: عجز الموازنة سينخفض العام المقبل\nعبدالله البرقاوي سبق 2026-12-04\n${body}`);
    expect(a.byline).toEqual({ authors: ['عبدالله البرقاوي'], agency: 'سبق', dateline: null });
  });
});

describe('fifty-sixth round: a city, an outlet of one definite word and a colon before a news verb', () => {
  const lead = (paragraph: string) => {
    const found = parseLeadPrefix(paragraph);
    return found === null ? null : [found.byline, found.rest.slice(0, 10)];
  };

  it('reads "بغداد/ المسلة: وجه …" and "نواكشوط – الأخبار: استقبلت …" as the city and the outlet', () => {
    expect(lead('بغداد/ المسلة: وجه رئيس مجلس الوزراء بتسريع إنجاز المشاريع الخدمية في البصرة.')).toEqual([{ authors: [], agency: 'المسلة', dateline: 'بغداد' }, 'وجه رئيس م']);
    expect(lead('نواكشوط – الأخبار: استقبلت وزيرة الخارجية وفدا من الاتحاد الأوروبي.')).toEqual([{ authors: [], agency: 'الأخبار', dateline: 'نواكشوط' }, 'استقبلت وز']);
  });

  it('still reads no outlet before a colon that opens no verb', () => {
    expect(lead('بغداد - المسلة: أرقام صادمة عن البطالة في المحافظات الجنوبية.')?.[0]).not.toMatchObject({ agency: 'المسلة' });
  });
});

describe('sixtieth round: a Mauritanian writer\'s name, "X ولد Y", whatever the given name', () => {
  const body = 'أعلنت وزارة الاقتصاد الموريتانية عن إطلاق برنامج جديد لدعم المؤسسات الصغيرة والمتوسطة في نواكشوط والولايات الداخلية.';
  it('reads "سيدي ولد محمد" alone and before a bar and the date as the writer', () => {
    for (const line of ['سيدي ولد محمد | 08 مارس 2026', 'سيدي ولد محمد']) {
      const a = parseArticle(`الحكومة تطلق برنامجا لدعم المؤسسات الصغيرة\n${line}\n\n${body}`);
      expect([a.byline.authors, a.paragraphs], line).toEqual([['سيدي ولد محمد'], [body]]);
    }
    expect(bareAuthors('إسماعيل ولد الشيخ أحمد')).toEqual(['إسماعيل ولد الشيخ أحمد']);
    expect(bareAuthors('سيدي ولد محمد وأحمد سالم')).toEqual(['سيدي ولد محمد', 'أحمد سالم']);
  });

  it('still reads no name in "طفل ولد ميتا" (a child born dead) or "نجم ولد من جديد"', () => {
    expect(bareAuthors('طفل ولد ميتا')).toBeNull();
    expect(bareAuthors('نجم ولد من جديد')).toBeNull();
    expect(bareAuthors('سيدي بوزيد')).toBeNull();
  });
});

describe('sixty-fourth round: the outlet a writer wrote for, after the name ("رلى موفق لـ«النهار»")', () => {
  it('leaves لـ and the outlet out of the name, and gives the outlet as the agency', () => {
    expect(parseBylineLine('رلى موفق لـ«النهار»')).toEqual({ authors: ['رلى موفق'], agency: 'النهار', dateline: null });
    expect(parseBylineLine('كتب: سامي الخطيب لـ«النهار»')).toEqual({ authors: ['سامي الخطيب'], agency: 'النهار', dateline: null });
    expect(parseBylineLine('سامي الخطيب لـ«النهار» - بيروت')).toEqual({ authors: ['سامي الخطيب'], agency: 'النهار', dateline: 'بيروت' });
  });

  it('reads the writer of a page that prints the credit under its date', () => {
    const a = parseArticle('تعيينات جديدة في المصارف اللبنانية الأسبوع المقبل\n16 آذار 2024\nنبيل هيثم لـ«النهار»\n\nقال مصدر مصرفي إن مجلس إدارة المصرف المركزي سيجتمع الأسبوع المقبل لإقرار سلسلة من التعيينات الجديدة.\n\nوأضاف أن التعيينات ستشمل مديري الرقابة والعمليات في المصرف.');
    expect(a.byline.authors).toEqual(['نبيل هيثم']);
    expect(a.paragraphs[0]).toMatch(/^قال مصدر مصرفي/u);
  });

  it('still keeps a name with a word that opens on ل whole', () => {
    expect(parseBylineLine('كتب: عبد الله لطفي')?.authors).toEqual(['عبد الله لطفي']);
    expect(parseBylineLine('بقلم: لمياء لبيب')?.authors).toEqual(['لمياء لبيب']);
  });
});

describe('sixty-sixth round: the editor of a field named by its noun ("محرر الاقتصاد")', () => {
  it('reads the editor of a listed field, alone or after a label, as a desk that names no writer', () => {
    for (const line of ['محرر الاقتصاد', 'محررة الثقافة', 'بقلم: محرر الرياضة', 'كتب: المحرر السياسي']) {
      expect(parseBylineLine(line), line).toEqual({ authors: [], agency: null, dateline: null });
    }
    // (a writer before the field is still read, and a sentence about the editor is no byline)
    expect(parseBylineLine('سامر يوسف - محرر الاقتصاد')?.authors).toEqual(['سامر يوسف']);
    expect(parseBylineLine('محرر الاقتصاد يكتب عن الأسواق')).toBeNull();
  });

  it('drops the credit under the headline with no date beside it', () => {
    const HEAD = 'بورصة الكويت تغلق على ارتفاع بدعم من أسهم البنوك';
    const body = ['أغلقت بورصة الكويت تعاملات اليوم على ارتفاع جماعي لمؤشراتها، بدعم من مكاسب أسهم البنوك القيادية.', 'وقال المحلل المالي فهد الرشيدي إن السوق يستفيد من توقعات نمو الأرباح في الربع الأول.'];
    const a = parseArticle([HEAD, 'محرر الاقتصاد', '', body[0], '', body[1]].join('\n'));
    expect([a.headline, a.paragraphs, a.byline.authors, a.boilerplate]).toEqual([HEAD, body, [], ['محرر الاقتصاد']]);
  });
});

describe('sixty-seventh round: a label or a button under the headline is no writer', () => {
  const HEAD = 'بورصة الكويت تغلق على ارتفاع بدعم من أسهم البنوك';
  const body = ['أغلقت بورصة الكويت تعاملات اليوم على ارتفاع جماعي لمؤشراتها، بدعم من مكاسب أسهم البنوك القيادية.', 'وقال المحلل المالي فهد الرشيدي إن السوق يستفيد من توقعات نمو الأرباح في الربع الأول.'];

  it('drops a genre\'s label, a call to watch or to read, over the writer or over the date, and reads no writer in it', () => {
    for (const label of ['تحليل اقتصادي', 'قصة خبرية مصورة', 'ملف اقتصادي خاص', 'حوار صحفي', 'شاهد الفيديو كاملا', 'اقرأ بهدوء الآن']) {
      const named = parseArticle([HEAD, label, 'سامر يوسف', '17 نيسان 2018', '', body[0], '', body[1]].join('\n'));
      expect([named.byline.authors, named.paragraphs, named.boilerplate.includes(label)], label).toEqual([['سامر يوسف'], body, true]);
      const alone = parseArticle([HEAD, label, '17 نيسان 2018', '', body[0], '', body[1]].join('\n'));
      expect([alone.byline.authors, alone.paragraphs, alone.boilerplate.includes(label)], label).toEqual([[], body, true]);
    }
  });

  it('still reads a bare name the given-name list lacks over the date as the writer', () => {
    const a = parseArticle([HEAD, 'نوران سلطان', '17 نيسان 2018', '', body[0], '', body[1]].join('\n'));
    expect(a.byline.authors).toEqual(['نوران سلطان']);
  });
});

describe('sixty-seventh round: a section\'s name beside the headline on its line', () => {
  const HEAD = 'بورصة الكويت تغلق على ارتفاع بدعم من أسهم البنوك';
  const body = ['أغلقت بورصة الكويت تعاملات اليوم على ارتفاع جماعي لمؤشراتها، بدعم من مكاسب أسهم البنوك القيادية.', 'وقال المحلل المالي فهد الرشيدي إن السوق يستفيد من توقعات نمو الأرباح في الربع الأول.'];

  it('takes a section\'s name before the title or after it off the headline, and lists it with the chrome', () => {
    for (const [line, section] of [[`أسواق | ${HEAD}`, 'أسواق'], [`اقتصاد - ${HEAD}`, 'اقتصاد'], [`${HEAD} | اقتصاد`, 'اقتصاد'], [`كرة القدم » ${HEAD}`, 'كرة القدم']]) {
      const a = parseArticle([line, 'سامر يوسف', '17 نيسان 2018', '', body[0], '', body[1]].join('\n'));
      expect([a.headline, a.boilerplate.includes(section!), a.paragraphs], line).toEqual([HEAD, true, body]);
    }
  });

  it('keeps a place, a name or a wire desk before a slash, and a label that would leave too short a title', () => {
    const isSection = (key: string) => key === 'اقتصاد' || key === 'تقرير';
    // (a place before a dash is the headline's: "مصر - إثيوبيا: …")
    expect(sectionLabelAround('مصر - إثيوبيا: مفاوضات سد النهضة تتعثر', isSection)).toEqual({ headline: 'مصر - إثيوبيا: مفاوضات سد النهضة تتعثر', label: null });
    // (a wire prints its desk before a slash as part of the headline)
    expect(sectionLabelAround('تقرير / بساتين العنب تتكئ على ضفاف وادي نجران', isSection).label).toBeNull();
    expect(sectionLabelAround('اقتصاد - أزمة', isSection).label).toBeNull();
    expect(sectionLabelAround('اقتصاد - بورصة الكويت تغلق مرتفعة', isSection)).toEqual({ headline: 'بورصة الكويت تغلق مرتفعة', label: 'اقتصاد' });
  });
});

describe('seventieth round: a read-time badge under the headline, its clock icon lost', () => {
  const title = 'الحكومة تعلن خطة لدعم المزارعين في الجنوب';
  const body = [
    'أعلنت وزارة الزراعة، اليوم الجمعة، عن خطة جديدة لدعم صغار المزارعين في محافظات الجنوب، تشمل قروضا ميسرة وبذورا محسنة.',
    'وقال وزير الزراعة كمال يوسف إن الوزارة ستفتح مكاتب متنقلة في القرى النائية لتسهيل تقديم الطلبات.',
  ];

  it('reads minutes alone, or after the views\' count, between the headline and the body as the stated read time', () => {
    for (const [badge, minutes] of [['3 دقائق', 3], ['دقيقتان', 2], ['دقيقة واحدة', 1], ['1٬254 دقيقتان', 2], ['١٬٢٥٤ ٤ دقائق', 4]] as const) {
      const a = parseArticle([title, 'سميرة الحاج', '28 نوفمبر 2026', badge, '', body[0], '', body[1]].join('\n'));
      expect([a.readTime, a.paragraphs, a.boilerplate.includes(badge), a.byline.authors], badge).toEqual([{ minutes, source: 'stated' }, body, true, ['سميرة الحاج']]);
    }
  });

  it('reads no amount from "دقائق" alone, nor the count as minutes, and nothing in the body', () => {
    expect(['3 دقائق', '1 254 3 دقائق', '1 254 دقيقتان', 'دقائق', '1 254 دقائق', '254'].map(parseMinutesBadge)).toEqual([3, 3, 2, null, null, null]);
    // (a line of the story with minutes in it, inside the body, is the story's)
    const a = parseArticle([title, '', body[0], '', 'دقيقتان', '', body[1]].join('\n'));
    expect(a.readTime.source).toBe('estimated');
  });

  it('reads the badge of a post\'s meta bar in an HTML page, beside its views', () => {
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>${title}</title></head><body><article class="post-content">
<header class="entry-header"><h1 class="post-title entry-title">${title}</h1><div class="single-post-meta post-meta"><span class="meta-author"><a class="author-name" href="/a">سميرة الحاج</a></span>
<span class="date meta-item">28 نوفمبر، 2026</span><div class="tie-alignright"><span class="meta-views meta-item">1٬254</span> <span class="meta-reading-time meta-item">دقيقتان</span></div></div></header>
<div class="entry-content entry"><p>${body[0]}</p><p>${body[1]}</p></div></article></body></html>`;
    const a = parseArticle(html, { format: 'html' });
    expect([a.headline, a.readTime, a.paragraphs]).toEqual([title, { minutes: 2, source: 'stated' }, body]);
  });
});

describe('seventy-first round: an outlet and the wires joined by و under the headline', () => {
  it('reads "اندبندنت عربية ووكالات" by the date as the outlet\'s credit, never a writer\'s name', () => {
    const body = 'قال مسؤول في الأمم المتحدة إن نحو 1.9 مليون شخص نزحوا في قطاع غزة منذ بدء الحرب ويعيشون ظروفا صعبة.';
    for (const [credit, agency] of [['اندبندنت عربية ووكالات', 'اندبندنت عربية'], ['العربية.نت و وكالات', 'العربية.نت']] as const) {
      const a = parseArticle(['الأمم المتحدة: 1.9 مليون نازح في قطاع غزة', credit, 'الجمعة 5 يناير 2024', '', body].join('\n'));
      expect([a.byline, a.paragraphs, a.boilerplate], credit).toEqual([{ authors: [], agency, dateline: null }, [body], [credit, 'الجمعة 5 يناير 2024']]);
    }
  });
});

describe('seventy-fifth round: an interview\'s second credit label', () => {
  it('reads "إعداد وحوار: X" as X\'s credit, never "وحوار" as a second writer', () => {
    expect(parseBylineLine('إعداد وحوار: سامر يوسف')).toEqual({ authors: ['سامر يوسف'], agency: null, dateline: null });
    expect(parseBylineLine('إعداد وتقديم: سامر يوسف')).toEqual({ authors: ['سامر يوسف'], agency: null, dateline: null });
  });
});

describe('seventy-fifth round (held-out set 678): a job\'s title, an engineer\'s honorific', () => {
  const BODY_TEXT = 'أغلقت بورصة الكويت تعاملات اليوم على ارتفاع جماعي لمؤشراتها، بدعم من مكاسب أسهم البنوك القيادية التي استقطبت سيولة كبيرة.';
  it('reads no writer from a job\'s title and its city in a jobs box ("محاسب مالي - عمّان")', () => {
    expect(parseBylineLine('محاسب مالي - عمّان')).toBeNull();
    const a = parseArticle(['بورصة الكويت تغلق على ارتفاع بدعم من أسهم البنوك', 'سامر يوسف', '17 نيسان 2018', '', BODY_TEXT, '', 'وظائف شاغرة', 'محاسب مالي - عمّان', 'مبرمجة تطبيقات - إربد', 'عرض كل الوظائف'].join('\n'));
    expect([a.byline.authors, a.byline.dateline]).toEqual([['سامر يوسف'], null]);
  });

  it('reads the writer without an engineer\'s honorific, with the article or without', () => {
    for (const line of ['مهندس سامر يوسف', 'المهندس سامر يوسف', 'مهندسة سارة الخطيب']) {
      const a = parseArticle(['بورصة الكويت تغلق على ارتفاع بدعم من أسهم البنوك', line, '17 نيسان 2018', '', BODY_TEXT].join('\n'));
      expect(a.byline.authors, line).toEqual([line.split(' ').slice(1).join(' ')]);
    }
  });
});

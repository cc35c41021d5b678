/**
 * News organisations that appear in bylines and datelines, as printed. Folded before matching.
 * Wire agencies, broadcasters, and the outlets of the corpus regions.
 */
export const AGENCIES: readonly string[] = [
  'CNN', 'CNN بالعربية', 'سي إن إن بالعربية', 'BBC', 'بي بي سي', 'بي بي سي نيوز', 'بي بي سي عربي', 'بي بي سي نيوز عربي', 'BBC News', 'BBC News عربي', 'رويترز', 'Reuters', 'فرانس برس', 'فرانس بريس', 'أ ف ب', 'أ.ف.ب', 'ا ف ب', 'AFP',
  'الفرنسية', 'وكالة الصحافة الفرنسية', 'أسوشيتد برس', 'اسوشيتد برس', 'أسوشيتيد برس', 'AP', 'أ ب', 'د ب أ', 'د.ب.أ', 'أ ش أ', 'أ.ش.أ', 'وكالة أنباء الشرق الأوسط', 'يو بي آي', 'سي إن إن', 'سي ان ان',
  'الأناضول', 'وكالة الأناضول', 'شينخوا', 'سبوتنيك', 'RT', 'روسيا اليوم', 'تاس', 'إفي', 'كونا', 'واس', 'وام', 'بترا', 'سانا',
  'قنا', 'بنا', 'العمانية', 'وفا', 'واج', 'و م ع', 'وات', 'وكالة المغرب العربي للأنباء', 'وكالة الأنباء السعودية',
  'وكالات', 'الوكالات', 'متابعات', 'سكاي نيوز عربية', 'سكاي نيوز', 'العربية.نت', 'العربية نت', 'العربية', 'الجزيرة', 'الجزيرة نت',
  'الميادين', 'قناة الميادين', 'المنار', 'قناة المنار', 'الشرق الأوسط', 'الاقتصادية', 'عكاظ', 'سبق', 'الوئام', 'عين اليوم', 'المدينة', 'الرياض', 'الجزيرة', 'الوطن',
  'اليوم', 'الحياة', 'اليوم السابع', 'هسبريس', 'الأحداث المغربية', 'فرانس 24', 'مونت كارلو الدولية', 'مصدر الإخبارية',
  'الشرق', 'النهار', 'الأهرام', 'المصري اليوم', 'الخليج', 'البيان', 'الاتحاد', 'الرأي', 'الغد', 'الصباح', 'القدس العربي',
  // online outlets that reporters name as the one told ("قالت لعنب بلدي"); names that are also common words are
  // left out (`COMMON_WORD_OUTLETS`, below, read only after a writer's name)
  'عنب بلدي', 'العربي الجديد', 'عربي 21', 'عربي21', 'عربي بوست', 'إندبندنت عربية', 'اندبندنت عربية', 'رصيف 22', 'رصيف22',
  'الشروق أونلاين', 'النهار العربي', 'مصراوي', 'القاهرة 24', 'الجزيرة مباشر', 'مدى مصر', 'لبنان 24', 'يورونيوز', 'TRT عربي',
  // Iraqi and Kurdish outlets, whose leads are "شفق نيوز/ …" ("المدى" is also a common word: left out)
  'شفق نيوز', 'السومرية نيوز', 'معا', 'وكالة معا', 'الغد برس', 'بغداد اليوم', 'رووداو', 'وكالة الأنباء العراقية', 'واع', 'الصباح الجديد',
  // Iranian and Russian agencies named after "وكالة" ("فارس" and "تسنيم" alone are given names: left out)
  'وكالة فارس', 'وكالة تسنيم', 'وكالة مهر', 'إرنا', 'وكالة إرنا', 'إيسنا', 'وكالة إيسنا', 'وكالة سبوتنيك', 'وكالة تاس', 'نوفوستي',
  // Sudanese, Yemeni and Libyan outlets
  'دارفور 24', 'سودان تربيون', 'سودان تريبيون', 'راديو دبنقا', 'سونا', 'سبأ', 'سبأ نت', 'بوابة الوسط', 'ليبيا أوبزرفر',
  // Lebanon's national agency, Mauritania's, Jordan's under its full name
  'الوكالة الوطنية للإعلام', 'وكالة الأنباء الموريتانية', 'وكالة الأنباء الأردنية',
  // channels and papers printed alone at an article's foot, as its source
  'الشرق للأخبار', 'الشرق بلومبرغ', 'دويتشه فيله', 'دويتشه فيلله', 'عرب 48', 'عرب48', 'هيسبريس', 'اليوم 24', 'اليوم24', 'القبس',
  // papers that share a common name, told apart by their country ("الوطن السورية", "الشروق التونسية")
  'الوطن السورية', 'الشروق التونسية', 'النهار الجزائرية', 'الأيام البحرينية', 'الأيام الفلسطينية', 'الخبر الجزائرية', 'الأنباء الكويتية',
];

/**
 * Outlets whose names are also common words ("الأخبار" the news, "الحرة" the free), left out of `AGENCIES`: read as
 * an outlet only after a writer's name and a separator in a credit ("سامر الحلبي | الأخبار").
 */
export const COMMON_WORD_OUTLETS: readonly string[] = ['الأخبار', 'الحرة', 'المدن', 'الأيام', 'الدستور', 'الشروق', 'المدى'];

/** Networks a picture or a clip is sourced to, no agency: "المصدر: مواقع التواصل الاجتماعي", "المصدر: الإنترنت". */
export const NETWORK_SOURCES: readonly string[] = [
  'مواقع التواصل', 'وسائل التواصل', 'منصات التواصل', 'شبكات التواصل', 'مواقع التواصل الاجتماعي', 'وسائل التواصل الاجتماعي',
  'الإنترنت', 'الانترنت', 'الشبكة العنكبوتية', 'متداول', 'متداولة', 'ناشطون', 'نشطاء',
];

/**
 * Listed outlets whose names are also the common words sites name their sections by ("الوطن": the home-news
 * section; "الرأي": opinion): over the headline, under the site's own name, such a line is the section.
 */
export const SECTION_LIKE_OUTLETS: readonly string[] = [
  'الوطن', 'اليوم', 'المدينة', 'الشرق', 'الغد', 'الصباح', 'الخليج', 'الحياة', 'الرأي', 'النهار', 'البيان', 'الاتحاد', 'العربية', 'الرياض',
];

/**
 * Last words of an outlet's name, folded: "بيزنس نيوز", "هبة بريس", "مدار 21 أونلاين". An unlisted name of a word
 * or two before one of them is an outlet's.
 */
export const OUTLET_NAME_ENDINGS: readonly string[] = ['نيوز', 'برس', 'بريس', 'اونلاين', 'بوست', 'تايمز', 'ميديا', 'انفو', 'مونيتور', 'الاخباريه', 'نت'];

/** Nouns that open a site's own name printed above the headline: "بوابة أخبار اليوم", "شبكة الأخبار". */
export const SITE_NAME_HEADS: readonly string[] = ['بوابة', 'موقع', 'شبكة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'راديو', 'تلفزيون', 'تليفزيون', 'تلفزة', 'فضائية'];

/** A newsroom's fields, whose editor is credited with no name: "محرر الاقتصاد", "محررة الثقافة". */
export const DESK_FIELDS: readonly string[] = [
  'الاقتصاد', 'الرياضة', 'الثقافة', 'السياسة', 'التقنية', 'التكنولوجيا', 'الأخبار', 'المنوعات', 'الصحة', 'العلوم', 'الفن', 'الأسواق',
];

/** Words that turn a byline line into a credit for an agency desk rather than a person ("متابعات"). */
export const DESK_WORDS: readonly string[] = [
  'متابعات', 'وكالات', 'خاص', 'المحرر', 'التحرير', 'الموقع', 'هاتفيا',
  // stories translated from other papers: "الحرة / ترجمات - دبي"
  'ترجمات',
  // the newsroom as a whole: "تم النشر بواسطة فريق التحرير"
  'فريق التحرير', 'هيئة التحرير', 'أسرة التحرير', 'قسم الأخبار', 'فريق الموقع',
  // the site's editor, unnamed: "محرر الموقع"
  'محرر الموقع', 'محررة الموقع', 'فريق العمل', 'أسرة الموقع',
  // the site's management or newsroom, unnamed: "تم النشر بواسطة: إدارة الموقع"
  'إدارة الموقع', 'إدارة التحرير', 'قسم التحرير', 'غرفة الأخبار', 'مكتب التحرير',
  // a blog platform's management account in place of a writer: "بواسطة: الإدارة"
  'الإدارة', 'مشرف الموقع',
  // the outlet's correspondents, unnamed: "مراسلو الموقع"
  'مراسلو الموقع', 'مراسلي الموقع', 'مراسلونا', 'مراسلو الصحيفة', 'مراسلو القناة',
];

/** What a writer is, printed after the name on some bylines ("منى سعيد صحافية @mona"). */
export const WRITER_TITLES: readonly string[] = [
  'صحافي', 'صحافية', 'صحفي', 'صحفية', 'كاتب', 'كاتبة', 'مراسل', 'مراسلة', 'محرر', 'محررة', 'باحث', 'باحثة', 'إعلامي', 'إعلامية',
  // the outlet's own: "سامي النجار، مراسلنا في عمان"
  'مراسلنا', 'مراسلتنا', 'مندوبنا', 'مندوبتنا',
  // a note under an opinion piece: "(*) أستاذ جامعي", "* أكاديمي ومحلل"
  'أستاذ', 'أستاذة', 'أكاديمي', 'أكاديمية', 'محلل', 'محللة',
];
/**
 * A columnist's other calling, read as a trade only after the name and a comma, a dash or a bar ("X، روائي وكاتب", "X -
 * ناشط حقوقي", "X، سفير سابق", "X | خبير اقتصادي"): a line that opens on one is a headline's speaker as often ("خبير
 * لـ«عكاظ»: …"), never the writer's trade alone.
 */
export const WRITER_CALLINGS: readonly string[] = [
  'روائي', 'روائية', 'شاعر', 'شاعرة', 'ناقد', 'ناقدة', 'ناشط', 'ناشطة', 'خبير', 'خبيرة', 'سفير', 'سفيرة', 'دبلوماسي', 'دبلوماسية',
];

/**
 * Titles printed before a writer's name and left out of it: "المهندس X", "السفير X", "اللواء المتقاعد X", "الأستاذ
 * الدكتور X" (after a credit's label, "بقلم الشيخ X", also "الشيخ" and "الحاج").
 */
export const TITLES_BEFORE_WRITER: readonly string[] = [
  'الأستاذ الدكتور', 'الأستاذة الدكتورة', 'الدكتور', 'الدكتورة', 'الأستاذ', 'الأستاذة', 'المهندس', 'المهندسة', 'المستشار',
  'المستشارة', 'السفير', 'السفيرة', 'اللواء المتقاعد', 'العميد المتقاعد', 'العقيد المتقاعد', 'اللواء', 'العميد', 'العقيد',
  // "الزميلة ريم العلي": the paper's own colleague
  'الزميل', 'الزميلة',
  // a man or woman of letters: "بقلم الروائي X", "الشاعرة X", "كتب المفكر X"
  'الروائي', 'الروائية', 'الشاعر', 'الشاعرة', 'الناقد', 'الناقدة', 'المفكر', 'المفكرة', 'الأديب', 'الأديبة', 'القاص', 'القاصة',
  'الأكاديمي', 'الأكاديمية', 'الباحث', 'الباحثة',
  // a profession that writes opinion columns, named with no field after it: "بقلم المحامي X"
  'المحامي', 'المحامية',
];
export const TITLES_AFTER_CREDIT_LABEL: readonly string[] = ['الشيخ', 'الشيخة', 'الحاج', 'الحاجة'];
/** A second trade joined by و to the first, and the field after it: "الكاتب والمحلل السياسي X". */
export const JOINED_TRADES: readonly string[] = ['محلل', 'محللة', 'باحث', 'باحثة', 'كاتب', 'كاتبة', 'خبير', 'خبيرة', 'أكاديمي', 'أكاديمية'];
export const TRADE_FIELDS: readonly string[] = ['السياسي', 'السياسية', 'سياسي', 'سياسية', 'الاقتصادي', 'الاقتصادية', 'اقتصادي', 'اقتصادية', 'الاستراتيجي', 'الاستراتيجية', 'استراتيجي', 'استراتيجية', 'العسكري', 'عسكري'];

/**
 * A newsroom post a writer holds, printed under the name as a writer's trade would be ("رئيس قسم الأخبار الدولية",
 * "مديرة مكتب عمّان", "نائب رئيس التحرير"): the post's words as it opens.
 */
export const NEWSROOM_POSTS: readonly string[] = [
  'رئيس قسم', 'رئيسة قسم', 'رئيس القسم', 'رئيسة القسم', 'رئيس تحرير', 'رئيسة تحرير', 'رئيس التحرير', 'رئيسة التحرير',
  'مدير تحرير', 'مديرة تحرير', 'مدير التحرير', 'مديرة التحرير', 'نائب رئيس التحرير', 'نائبة رئيس التحرير',
  'سكرتير التحرير', 'سكرتيرة التحرير', 'مدير مكتب', 'مديرة مكتب', 'مدير الأخبار', 'مديرة الأخبار',
];

/**
 * The newsroom's chiefs named in a page's header or footer ("رئيس مجلس الإدارة ورئيس التحرير: X", "المدير العام: X"):
 * the outlet's masthead, never the story's writer.
 */
export const MASTHEAD_POSTS: readonly string[] = [
  'رئيس مجلس الإدارة', 'رئيسة مجلس الإدارة', 'رئيس التحرير', 'رئيسة التحرير', 'رئيس التحرير المسؤول', 'رئيس التحرير التنفيذي',
  'نائب رئيس التحرير', 'نائبة رئيس التحرير', 'مدير التحرير', 'مديرة التحرير', 'المدير العام', 'المديرة العامة', 'المدير المسؤول',
  'المدير التنفيذي', 'المديرة التنفيذية', 'مدير عام', 'المدير الفني', 'الناشر', 'صاحب الامتياز',
  // the editor answerable for the page: "مسؤول التحرير: X"
  'مسؤول التحرير', 'مسؤولة التحرير', 'المحرر المسؤول', 'المحررة المسؤولة',
  // "المؤسس ورئيس مجلس الإدارة: عادل القاضي": the outlet's founder
  'المؤسس', 'المؤسسة',
];

/** An outlet's staff in the plural, before the outlet's name: "مراسلو الأخبار", "محررو الموقع". */
export const STAFF_PLURALS: readonly string[] = ['مراسلو', 'مراسلي', 'محررو', 'محرري', 'مندوبو', 'مندوبي'];

/** Heads of a newsroom's desk named in credits ("تغطية صحفية فريق رويترز", "مراجعة: فريق التحرير"): no person. */
export const NEWSROOM_DESKS: readonly string[] = ['فريق', 'قسم', 'هيئة', 'أسرة', 'مكتب', 'وحدة', 'غرفة', ...STAFF_PLURALS];

/**
 * Houses of learning a writer's byline names after the name ("د. عبدالله الغذامي - جامعة الملك سعود"): the writer's
 * house, no outlet.
 */
export const ACADEMIC_HOUSES: readonly string[] = ['جامعة', 'كلية', 'معهد', 'أكاديمية'];
/** A research house after a writer's name and a comma, besides `ACADEMIC_HOUSES`: "X، مركز الدراسات الاستراتيجية". */
export const RESEARCH_HOUSES: readonly string[] = ['مركز'];

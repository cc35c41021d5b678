/**
 * Role heads: the word that starts a title before or after a name ("وزير الخارجية المصري"). Each also
 * matches its feminine ـة form and an attached ال. Multi-word heads are listed whole.
 */
export const ROLE_HEADS: readonly string[] = [
  'رئيس', 'نائب', 'وزير', 'وزيرة', 'الملك', 'ملك', 'ولي العهد', 'خادم الحرمين الشريفين', 'أمير', 'الأمير', 'العاهل', 'السلطان', 'الشيخ', 'المستشار',
  'مستشار', 'وكيل', 'مساعد', 'المحافظ', 'محافظ', 'الحاكم', 'حاكم', 'العمدة', 'عمدة', 'رئيسة', 'السفير', 'سفير', 'المبعوث',
  'مبعوث', 'الممثل', 'ممثل', 'المندوب', 'مندوب', 'الأمين العام', 'أمين عام', 'أمين', 'المفوض', 'مفوض', 'المفوضة', 'المنسق', 'منسق',
  'المدير', 'مدير', 'مديرة', 'المتحدث', 'متحدث', 'المتحدثة', 'الناطق', 'ناطق', 'الناطقة', 'النائب', 'السيناتور', 'عضو', 'العضو',
  'القيادي', 'قيادي', 'زعيم', 'قائد', 'القائد', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المشير', 'العماد', 'الجنرال', 'الرائد',
  'النقيب', 'الرقيب', 'القاضي', 'قاضي', 'النائب العام', 'المدعي العام', 'المدعي', 'المحامي', 'محامي', 'المحامية',
  'الرئيس التنفيذي', 'الرئيس', 'المحلل', 'محلل', 'الخبير', 'خبير', 'الباحث', 'باحث', 'الباحثة', 'الأستاذ', 'أستاذ',
  'المختص', 'مختص', 'المتخصص', 'متخصص', 'الأخصائي', 'أخصائي', 'الأخصائية', 'أخصائية', 'الاختصاصي', 'اختصاصي', 'الاختصاصية', 'اختصاصية', 'الاستشاري', 'استشاري', 'الاستشارية', 'استشارية',
  'الأستاذة', 'الطبيب', 'طبيب', 'الطبيبة', 'الممرض', 'ممرض', 'المراسل', 'مراسل', 'الناشط', 'ناشط', 'الناشطة', 'المفتي', 'مفتي', 'الإمام',
  'البابا', 'بابا', 'الكاردينال', 'المطران', 'البطريرك', 'بطريرك', 'المقرر', 'المقررة', 'مقرر', 'مقررة', 'رجل الدين', 'رجل الأعمال', 'سيدة الأعمال', 'الصحافي', 'الصحافية', 'الصحفي', 'الصحفية', 'الكاتب', 'الكاتبة',
  'المؤلف', 'مؤلف', 'الممثلة', 'الفنان', 'الفنانة', 'المغني', 'المغنية', 'المدرب', 'مدرب', 'اللاعب', 'لاعب', 'الحارس',
  'المهاجم', 'مهاجم', 'المدافع', 'مدافع', 'حارس', 'النجم', 'نجم', 'الطالب', 'طالب', 'الطالبة', 'الموظف', 'موظف', 'موظفة', 'المواطن', 'مواطن',
  'المواطنة', 'الشاهد', 'شاهد', 'المسؤول', 'مسؤول', 'المسؤولة', 'الوزير', 'الوزيرة', 'ولي', 'الدبلوماسي', 'دبلوماسي',
  // ("الدبلوماسية الروسية" is also Russia's diplomacy, its foreign ministry: a title standing for the body)
  'الدبلوماسية',
  'الأمين', 'المرشح', 'مرشح', 'المرشحة', 'النائبة', 'الوالي', 'والي',
  // the Tunisian delegate under the governor: "المعتمد الأول بالولاية", "معتمد القيروان الجنوبية"
  'المعتمد', 'معتمد',
  // a head of state's wife: "السيدة الأولى انتصار السيسي"
  'السيدة الأولى', 'سيدة مصر الأولى',
  // the Maghreb's "actor" of public life: "الفاعل الجمعوي", "الفاعلة الحقوقية", "الفاعل المدني"
  'الفاعل', 'العالم', 'المؤرخ', 'الاقتصادي', 'المنتج', 'المخرج',
  'المخرجة', 'الداعية', 'الخطيب', 'الحقوقي', 'الحقوقية', 'الأكاديمي', 'الدكتور', 'الدكتورة', 'البروفيسور', 'البروفيسورة', 'البروفسور',
  'القس', 'قس', 'الأب', 'الحارس', 'الظهير', 'القائد', 'المهندس', 'المستشارة', 'السكرتير', 'الأمينة', 'المبعوثة', 'الممثل الخاص',
  'النيابي', 'البرلماني', 'الإعلامي', 'الإعلامية', 'الشاعر', 'الروائي', 'المفكر', 'الوزير السابق',
  // indefinite professions: after a name they are its apposition ("بكار الدليمي إعلامي"), alone nobody in particular
  'إعلامي', 'صحفي', 'صحافي', 'أكاديمي', 'حقوقي', 'كاتب', 'روائي', 'شاعر', 'فنان',
  // printed without the space: "مديرعام الموارد البشرية"
  'مديرعام', 'معاون',
  'مؤسس', 'المؤسس', 'الزعيم', 'عميد', 'الوكيل', 'قنصل', 'القنصل', 'إمام', 'مهندس', 'مدون', 'المدون', 'المغرد', 'مذيع', 'المذيع',
  'الحاخام', 'الأسقف', 'البطريرك', 'المرشد', 'المستثمر', 'الملازم', 'العريف',
  // the head of a syndicate: "نقيب المحامين", "نقيب أصحاب المستشفيات الخاصة"; a trade unionist: "النقابي التونسي X"
  'نقيب', 'النقابي', 'نقابي',
  // a supervisor: "المشرف على المشروع", "المشرفة العامة"
  'المشرف', 'المشرفة', 'مشرف', 'مشرفة',
  // a preacher: "خطيب مسجد الكوفة", "خطيب جمعة النجف"
  'خطيب',
  // a graded rank read whole: "الفريق أول ياسر العطا"
  'الفريق أول', 'فريق أول',
  // Maghreb titles: "المكلف بالإعلام بالوزارة", "المكلفة بالاتصال"
  'المكلف', 'المكلفة', 'مكلف', 'مكلفة',
  // descriptions of people in reports from the street: "الشاب سلمان الحربي", "الطفلة ريم"
  'الشاب', 'الشابة', 'الفتى', 'الفتاة', 'الطفل', 'الطفلة', 'المسن', 'المسنة',
  // Shia clerical titles: "المرجع الشيعي الأعلى آية الله علي السيستاني"
  'المرجع', 'مرجع', 'آية الله', 'آية الله العظمى', 'حجة الإسلام',
  // "chief …" of a trade ("كبير" alone is the adjective "big"): "كبير الاقتصاديين في بنك أبوظبي الأول سايمون بيني"
  'كبير الاقتصاديين', 'كبيرة الاقتصاديين', 'كبير المفاوضين', 'كبير مفاوضي', 'كبير المستشارين', 'كبير مستشاري', 'كبيرة مستشاري',
  'كبير الباحثين', 'كبيرة الباحثين', 'كبير المحللين', 'كبيرة المحللين', 'كبير الاستراتيجيين', 'كبير مسؤولي', 'كبير المراسلين', 'كبيرة المراسلين',
  // letters and the arts: "الناقد عز الدين ميرغني", "الموسيقار عمار الشريعي", "المترجم صالح علماني" (forms that are also
  // adjectives, "مصور" illustrated, "معلق" suspended, are listed with the article only)
  'الناقد', 'ناقد', 'الأديب', 'الفيلسوف', 'القاص', 'المترجم', 'الناشر', 'ناشر', 'السيناريست', 'المطرب', 'مطرب', 'الملحن', 'ملحن',
  'الموسيقار', 'الرسام', 'رسام', 'النحات', 'المصور', 'المعلق', 'الواعظ', 'المحقق', 'الصيدلي', 'المخترع',
  // sport: "العداء المغربي سفيان البقالي", "الملاكم محمد علي"
  'العداء', 'السباح', 'الملاكم', 'المصارع', 'الكابتن',
  // a referee, named whole ("الحكم" alone is also "the verdict", "the rule"): "الحكم الدولي السابق جمال الغندور"
  'الحكم الدولي', 'حكم المباراة',
  // the head of al-Azhar ("شيخ" alone, without the article, is no title here): "شيخ الأزهر الدكتور أحمد الطيب"
  'شيخ الأزهر',
  // a managing director ("العضو" alone is a member of anything): "العضو المنتدب لشركة «إي إف جي هيرميس» كريم عوض"
  'العضو المنتدب', 'العضوة المنتدبة',
];

/** Relatives named by their tie to someone ("والد المبتعث", "شقيقة الضحية"): nobody in particular unless a name follows. */
export const KINSHIP_NOUNS: readonly string[] = [
  'والد', 'والدة', 'شقيق', 'شقيقة', 'نجل', 'نجلة', 'ابنة', 'زوج', 'زوجة', 'أرملة', 'أسرة', 'عائلة', 'ذوو', 'ذوي', 'أقارب',
  'أشقاء', 'أبناء', 'والدا', 'والدي', 'صهر', 'حفيد', 'حفيدة',
];

/**
 * Trades and walks of life that describe a named person in apposition between commas ("حسين كاظم، صاحب مولدة
 * أهلية في حي الشعب، …"): never titles of office, so read only when a comma closes the description.
 */
export const OCCUPATIONS: readonly string[] = [
  'صاحب', 'صاحبة', 'مالكة', 'بائع', 'بائعة', 'سائق', 'سائقة', 'تاجر', 'تاجرة', 'مزارع', 'مزارعة', 'طبيب', 'طبيبة',
  'معلم', 'معلمة', 'مدرس', 'مدرسة', 'موظف', 'موظفة', 'عامل', 'عاملة', 'طالب', 'طالبة', 'ممرض', 'ممرضة', 'صياد', 'حرفي',
  'محام', 'محامي', 'محامية', 'ناشط', 'ناشطة', 'متقاعد', 'متقاعدة', 'مستثمر', 'مستثمرة', 'مقاول', 'خباز', 'صيدلي', 'صيدلانية',
  'نازح', 'نازحة', 'لاجئ', 'لاجئة', 'ربة', 'رائد', 'رائدة', 'رجل', 'سيدة', 'أم', 'أب', 'أحد', 'إحدى', 'مواطن', 'مواطنة', 'ساكن', 'مربي', 'مربية',
  // one on trial ("المتهم سامي فؤاد": its هم is the root's, no pronoun, so the word is read from this list)
  'متهم', 'متهمة',
];

/**
 * Heads of a job's title in a jobs box or a classified ("محاسب مالي - عمّان", "مبرمجة تطبيقات"), never a given name:
 * a line opening on one names no writer ("مهندس" is left out: it is an honorific before a name too).
 */
export const JOB_TITLE_HEADS: readonly string[] = [
  'محاسب', 'محاسبة', 'مبرمج', 'مبرمجة', 'مطور', 'مطورة', 'مصمم', 'مصممة', 'فني', 'فنية', 'ممرض', 'ممرضة', 'صيدلي', 'صيدلانية',
  'سائق', 'سائقة', 'معلم', 'معلمة', 'مدرس', 'موظف', 'موظفة', 'محامي', 'محامية', 'أخصائي', 'أخصائية', 'مشرف', 'مشرفة', 'منسق', 'منسقة',
  'سكرتير', 'سكرتيرة', 'حارس', 'مراقب', 'مدقق', 'مسوق', 'مسوقة', 'كاشير',
  // a columnist's sporting past under the name: "لاعب دولي سابق", "مدربة منتخب السيدات"
  'لاعب', 'لاعبة', 'مدرب', 'مدربة',
];

/** Honorifics moved out of names (kept out of `name`, may stay in `role`). */
export const HONORIFICS: readonly string[] = [
  'السيد', 'السيدة', 'د', 'د.', 'الدكتور', 'الدكتورة', 'م', 'م.', 'المهندس', 'الحاج', 'الحاجة', 'سمو', 'معالي', 'فخامة',
  'سعادة', 'صاحب', 'السمو', 'الملكي', 'مهندس', 'دكتور', 'البروفيسور', 'البروفيسورة', 'البروفسور', 'البروفسورة', 'بروفيسور', 'بروفيسورة', 'بروفسور', 'بروفسورة', 'المستشار', 'سماحة', 'فضيلة', 'الأستاذ', 'الأستاذة', 'أ.', 'أ', 'الشيخ', 'الشيخة', 'جلالة',
  // military and police ranks: part of the title, not of the name ("العماد": the Lebanese army's general)
  'العقيد', 'اللواء', 'العميد', 'الفريق أول', 'المشير', 'العماد', 'الرائد', 'النقيب', 'الرقيب', 'المقدم', 'الملازم', 'الجنرال',
  // rank qualifiers: "اللواء الركن نومان الزوبعي", "اللواء الطيار ركن عبدالله السعدون", "اللواء طيار هشام الحلبي"
  'الركن', 'ركن', 'الطيار', 'طيار',
];

/**
 * Honorifics that are an office or a rank ("المستشار", "العقيد"): before a nationality or a rank's adjective alone
 * ("المستشار الألماني", "العقيد المتقاعد") they are the title, not a courtesy before a family name ("السيد المصري").
 */
export const OFFICE_HONORIFICS: readonly string[] = ['المستشار', 'المستشارة', 'العقيد', 'اللواء', 'العميد', 'المشير', 'العماد', 'الرائد', 'النقيب', 'الرقيب', 'المقدم', 'الملازم', 'الجنرال'];

/** Ranks graded by the word after them ("الفريق أول"), and those words: the pair is one rank. */
export const GRADED_RANKS: readonly string[] = ['الفريق', 'فريق'];
export const RANK_GRADES: readonly string[] = ['أول'];
/** "المتقاعد", "الركن", "الطيار": words that describe a rank or honorific right after it ("العقيد المتقاعد X"). */
export const RANK_ADJECTIVES: readonly string[] = ['المتقاعد', 'المتقاعدة', 'الركن', 'الطيار', 'البحري', 'السابق', 'السابقة', 'الأسبق'];

/**
 * Fields an adviser or expert holds a title in ("المستشار القانوني", "المستشار الاقتصادي"): after an office's
 * honorific, the title, not a courtesy before a family name. Masculine forms; the feminine ("القانونية") is read too.
 */
export const FIELD_ADJECTIVES: readonly string[] = [
  'القانوني', 'الإعلامي', 'الاقتصادي', 'السياسي', 'العسكري', 'الأمني', 'الصحفي', 'الصحي', 'الطبي', 'الفني', 'الثقافي',
  'الرياضي', 'المالي', 'الإداري', 'التجاري', 'الدبلوماسي', 'الشرعي', 'النفسي', 'التربوي', 'الاجتماعي', 'الدستوري',
  'العلمي', 'التقني', 'الديني', 'الاستراتيجي', 'الخاص',
];
/** Adjectives of a subject a professor teaches or a body works in ("أستاذ العلوم السياسية", "القانون الدولي"): no nationality. */
export const SUBJECT_ADJECTIVES: readonly string[] = [...FIELD_ADJECTIVES, 'الدولي', 'العربي'];
/** "الجليل", "الفاضل": praise after an honorific ("الشيخ الجليل"), no name. */
export const PRAISE_ADJECTIVES: readonly string[] = ['الجليل', 'الجليلة', 'الفاضل', 'الفاضلة', 'الموقر', 'الموقرة'];

/**
 * Pronoun forms of honorifics that stand for a person named before ("وأكد سموه"), each with the styles and titles of
 * those it is said of: "سموه" of a prince or a Gulf sheikh, "جلالته" of a king, "فخامته" of a president. After
 * "استقبل سمو الأمير X الوزير Y" it is the prince, though the minister was named last. An empty list: anyone, the
 * person named last.
 */
export const HONORIFIC_PRONOUN_STYLES: Readonly<Record<string, readonly string[]>> = {
  'سموه': ['سمو', 'السمو', 'الأمير', 'الشيخ'],
  'سموها': ['سمو', 'السمو', 'الأميرة', 'الشيخة'],
  'جلالته': ['جلالة', 'الجلالة', 'الملك', 'العاهل', 'السلطان'],
  'جلالتها': ['جلالة', 'الجلالة', 'الملكة'],
  'فخامته': ['فخامة', 'الفخامة', 'الرئيس'],
  'معاليه': ['معالي', 'المعالي', 'الوزير', 'وزير'],
  'معاليها': ['معالي', 'المعالي', 'الوزيرة', 'وزيرة'],
  'سماحته': ['سماحة', 'الشيخ', 'المفتي', 'الإمام', 'السيد', 'المرجع', 'البطريرك'],
  'فضيلته': ['فضيلة', 'الشيخ', 'المفتي', 'الإمام', 'الداعية'],
  'سعادته': [],
  'سعادتها': [],
};
/** Pronoun forms of honorifics that stand for a person named before: "وأكد سموه". */
export const HONORIFIC_PRONOUNS: readonly string[] = Object.keys(HONORIFIC_PRONOUN_STYLES);

/**
 * The sources among `ANONYMOUS_SOURCES` that speak on after their first words ("وقال مصدر أمني إن …" then "وأضاف
 * المصدر ذاته أن …"): remembered as the one speaking though unnamed.
 */
export const UNNAMED_SOURCE_WORDS: readonly string[] = ['مصدر', 'مصادر', 'مسؤول', 'مسئول', 'مسؤولون', 'مسئولون'];

/**
 * Nouns that name a crowd or a group of people, often as a kicker over a story ("جماهير الهلال", "سكان الرياض",
 * "لاعبو النصر"): a phrase they open is never a person's name.
 */
export const GROUP_NOUNS: readonly string[] = [
  'جماهير', 'جمهور', 'مشجعو', 'مشجعي', 'أنصار', 'محبو', 'محبي', 'عشاق', 'لاعبو', 'لاعبي', 'نجوم', 'أبطال', 'سكان', 'أهالي',
  'أهل', 'مواطنو', 'مواطني', 'طلاب', 'طلبة', 'عمال', 'موظفو', 'موظفي', 'معلمو', 'معلمي', 'أطباء', 'نساء', 'أطفال', 'شباب',
  'ضحايا', 'زوار', 'مغردو', 'مغردي', 'مستخدمو', 'مستخدمي', 'متابعو', 'متابعي', 'ركاب', 'مسافرو', 'مسافري',
];

/** Anonymous sources: never a named speaker, never the agency that relayed them. */
export const ANONYMOUS_SOURCES: readonly string[] = [
  'مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'مسؤولة', 'متحدث',
  // the accusative after لكن or إن: "لكن مسؤولا أمريكيا قال …"
  'مسؤولا', 'مسئولا', 'مصدرا', 'دبلوماسيا', 'متحدثة', 'ناطق', 'ناطقة', 'مراقبون', 'محللون', 'خبراء', 'شهود', 'شاهد', 'شاهد عيان',
  'شهود عيان', 'سكان', 'أحد', 'مقربون', 'ناشطون', 'دبلوماسيون', 'دبلوماسي', 'مطلعون', 'جهات', 'أوساط', 'شاب', 'شابة',
  'رجل', 'امرأة', 'سيدة', 'مواطن', 'مواطنة', 'مواطنون', 'عامل', 'عاملون', 'موظف', 'طالب', 'زائر', 'مشارك', 'متظاهر', 'متظاهرون', 'متطوع', 'متطوعة', 'صديق', 'صديقة', 'قريب', 'جار', 'أصدقاؤه', 'أقاربه',
  // the older spelling with ئ, groups named by a plural (broken or construct), one of many
  'مسئول', 'مسئولون', 'مسئولين', 'مسئولة', 'المثل', 'مثل', 'الحكمة', 'المقولة', 'الشاعر', 'مصدران', 'مصدرين', 'مسؤولان', 'مسئولان', 'دبلوماسيان', 'شاهدان', 'وسطاء', 'نشطاء', 'أطباء', 'علماء', 'باحثون', 'لاجئون',
  'عمال', 'طلاب', 'تجار', 'لاعبون', 'أهالي', 'نواب', 'صحفيون', 'صحافيون', 'رفاق', 'مغرد', 'مغردون', 'مغردين', 'مسؤولو', 'أعضاء',
  'منتقدو', 'معارضو', 'مؤيدو', 'ممثلو', 'مراقبو',
  // a number of people: "أكد عدد من الناخبين أن", "وقال عشرات المحتجين"
  'عدد', 'العديد', 'عشرات', 'مئات', 'آلاف', 'كثير', 'الكثير', 'غالبية', 'معظم', 'أغلب', 'أغلبية', 'بعضهم',
  // "اعتبره العديدون «فاضحا»": many, the plural standing alone
  'العديدون', 'العديدين', 'عديدون', 'الكثيرون', 'الكثيرين', 'كثيرون', 'كثيرين',
  // bodies in the indefinite plural: "وقالت منظمات حقوقية إن", "تتهم شركات مثل أمازون بأنها"
  'شركات', 'منظمات', 'هيئات', 'جمعيات', 'مؤسسات',
  // the outlet's own reporter ("وتقول مراسلتنا إن"), and what "reports" or "information" say: nobody named
  'مراسلنا', 'مراسلتنا', 'مراسلونا', 'مندوبنا', 'مندوبتنا', 'المعلومات', 'معلومات', 'التقارير', 'تقارير', 'الأنباء', 'أنباء',
];

/**
 * Subjects that relay or hold information rather than speak: outlets, reports, figures. Indirect speech is not
 * attributed to them ("ذكرت وكالة X أن …" reports news; the speaker is whoever the agency quotes).
 */
export const RELAYERS: readonly string[] = [
  'صحيفة', 'الصحيفة', 'جريدة', 'وكالة', 'الوكالة', 'قناة', 'القناة', 'موقع', 'الموقع', 'مجلة', 'تقرير', 'التقرير', 'تقارير',
  'الإحصائيات', 'إحصائيات', 'الأرقام', 'أرقام', 'البيانات', 'المعطيات', 'النتائج', 'التقديرات', 'الصور', 'الوثائق', 'وسائل',
  // indefinite data, and a daily or weekly named after it: "وأفادت معطيات رسمية بأن", "وأوردت يومية «الصباح» أن"
  'معطيات', 'إحصاءات', 'الإحصاءات', 'يومية', 'اليومية', 'أسبوعية', 'الأسبوعية',
  // a paper's editorial: "وقالت افتتاحية صحيفة «الغارديان» إن …"
  'افتتاحية', 'الافتتاحية',
  'مصادر', 'تلفزيون', 'التلفزيون', 'إذاعة', 'الإذاعة', 'فضائية', 'حسابات', 'صفحة', 'حساب',
  // duals in construct and plurals: "ذكرت صحيفتا «…» و«…»", "نقلت وكالات الأنباء"
  'صحيفتا', 'صحيفتي', 'وكالتا', 'وكالتي', 'قناتا', 'قناتي', 'صحف', 'الصحف', 'وكالات', 'مواقع', 'قنوات', 'مجلات',
];

/**
 * Names of one institution used interchangeably: the public prosecution is "الادعاء (العام)" and "النيابة
 * (العامة)". Each inner list is one body; the first word of a speaker's name is compared.
 */
export const INSTITUTION_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['الادعاء', 'النيابة'],
];

/**
 * Titles whose feminine form is mostly an adjective ("الجهات المختصة"): only the masculine is a title.
 * Printed as in ROLE_HEADS.
 */
export const MASCULINE_ONLY_TITLES: readonly string[] = [
  'مختص', 'المختص', 'متخصص', 'المتخصص', 'الاقتصادي', 'النيابي', 'البرلماني', 'الدبلوماسي', 'دبلوماسي', 'القيادي', 'قيادي', 'الأكاديمي', 'أكاديمي',
  // "البرنامج المعتمد": accredited
  'المعتمد', 'معتمد',
  // "الأعمال المترجمة", "القضايا المعلقة", "النتائج المحققة": the feminine is mostly the adjective
  'المترجم', 'المعلق', 'المحقق',
  // "السباحة", "الملاكمة", "المصارعة": the sport itself
  'السباح', 'الملاكم', 'المصارع',
];

/**
 * Titles that relate their holder to someone named before and are only ever printed with a pronoun: "نظيره
 * الأردني أيمن الصفدي" (his counterpart). Bare, "نظير" means "in return for" ("نظير 68 ألف دولار") or is a given name;
 * "منافسه جو بايدن", "غريمه", "خصمه" (his rival: bare, "خصم" is a discount and "منافسة" a contest).
 */
export const POSSESSED_TITLES: readonly string[] = ['نظير', 'منافس', 'غريم', 'خصم'];

/**
 * Words in ـي/ـية after a title that tell no two holders of it apart: nouns, the title's genitive and never an
 * adjective of it ("رئيس الجمهورية", "رئيس البلدية"), and "الرسمي" of a spokesman ("الناطق الرسمي" is the one "باسم
 * الحكومة الأردنية").
 */
export const TITLE_WORDS_NOT_NISBAS: readonly string[] = [
  'الجمهورية', 'الجمعية', 'المفوضية', 'البلدية', 'المديرية', 'الولاية', 'الاتفاقية', 'الرسمي', 'الرسمية',
];

/**
 * Bodies of the United Nations system, whose officials the press calls "المسؤول الأممي" / "المسؤولة الأممية" once
 * named ("المفوض العام للأونروا فيليب لازاريني" … "ودعا المسؤول الأممي إلى"). Printed, as a title prints them after
 * its head (with ل, لل or ب glued, matched too); "الأمم المتحدة" is among them.
 */
export const UNITED_NATIONS_BODIES: readonly string[] = [
  'الأمم المتحدة', 'الأونروا', 'أونروا', 'وكالة غوث وتشغيل اللاجئين', 'وكالة الغوث', 'اليونيسف', 'اليونيسيف', 'يونيسف', 'اليونسكو', 'يونسكو',
  'منظمة الصحة العالمية', 'برنامج الأغذية العالمي', 'منظمة الأغذية والزراعة', 'الفاو', 'المفوضية السامية', 'المفوض السامي',
  'مفوضية اللاجئين', 'مفوضية شؤون اللاجئين', 'أوتشا', 'مكتب تنسيق الشؤون الإنسانية', 'الوكالة الدولية للطاقة الذرية',
  'مجلس الأمن الدولي', 'مجلس حقوق الإنسان', 'منظمة العمل الدولية', 'المنظمة الدولية للهجرة', 'اليونيفيل', 'يونيفيل',
];

/**
 * Spellings of one nationality that outlets print both ways ("الأمريكي" / "الأميركي", "الأوروبي" / "الأوربي"): each
 * variant (a stem, or a whole nisba), and what it is read as when titles are compared.
 */
export const NISBA_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['أميرك', 'أمريك'],
  ['أوربي', 'أوروبي'],
];

/**
 * Titles another title stands for, by head word: "المدرب" refers back to a team's "المدير الفني" (the head coach
 * in most Arab leagues); "الدبلوماسي" to an ambassador, an envoy or the foreign ministry's spokesman; "الأكاديمي" to a
 * professor. Without ال, folded before matching (a head in each gender).
 */
const DIPLOMATIC_TITLES: readonly string[] = [
  'سفير', 'سفيرة', 'مبعوث', 'مبعوثة', 'مندوب', 'مندوبة', 'قنصل', 'قنصلة', 'وزير الخارجية', 'وزيرة الخارجية', 'وزير خارجية', 'وزيرة خارجية',
  ...['متحدث', 'متحدثة', 'ناطق', 'ناطقة'].flatMap((spokesman) => [`${spokesman} باسم الخارجية`, `${spokesman} باسم وزارة الخارجية`]),
];
const ACADEMIC_TITLES: readonly string[] = ['أستاذ', 'أستاذة', 'محاضر', 'محاضرة', 'عميد كلية', 'عميدة كلية', 'رئيس جامعة', 'رئيسة جامعة'];
export const TITLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['مدرب', ['مدير الفني', 'مدير فني']],
  ['دبلوماسي', DIPLOMATIC_TITLES],
  ['دبلوماسية', DIPLOMATIC_TITLES],
  // ("الأكاديمية" is also an academy, a body: no title)
  ['أكاديمي', ACADEMIC_TITLES],
]);

/**
 * Definite nouns a feature story describes someone it has just named by ("يقول الرجل الستيني", "تضيف السيدة
 * الأربعينية"): they refer back to that person, never name one. Printed; folded before matching.
 */
export const DESCRIBED_PERSON_NOUNS: readonly string[] = [
  'الرجل', 'المرأة', 'السيدة', 'الشاب', 'الشابة', 'الفتى', 'الفتاة', 'العجوز', 'المسن', 'المسنة', 'الطفل', 'الطفلة', 'الأرملة',
];

/**
 * People named by their trade in sport and the arts, with the article: before nationality adjectives alone ("اللاعب
 * التشيلي الدولي", "الممثلة المصرية") they point back to the person the paragraph named, as `DESCRIBED_PERSON_NOUNS` do.
 */
export const DESCRIBED_TRADE_NOUNS: readonly string[] = [
  'اللاعب', 'اللاعبة', 'المدرب', 'المدربة', 'النجم', 'النجمة', 'الحارس', 'المهاجم', 'المدافع', 'العداء', 'العداءة', 'البطل',
  'البطلة', 'الفنان', 'الفنانة', 'الممثل', 'الممثلة', 'المطرب', 'المطربة', 'المغني', 'المغنية', 'الروائي', 'الروائية',
  'الشاعر', 'الشاعرة', 'المخرج', 'المخرجة', 'الملاكم', 'الملاكمة', 'السباح', 'السباحة', 'الدراج',
];

/** Words a legislator's title ends on before "عن" and the party or seat it sits for ("عضو مجلس النواب عن …"). */
export const LEGISLATOR_TITLE_ENDS: readonly string[] = [
  'النائب', 'نائب', 'النائبة', 'نائبة', 'البرلماني', 'البرلمانية', 'السيناتور', 'النواب', 'البرلمان', 'الشيوخ', 'الشعب', 'الأمة', 'الشورى',
  'الكنيست', 'الكونغرس', 'الكونجرس',
];

/** Professions that are also the adjective "press" after a noun of speech: "مؤتمر صحفي", "تصريح إعلامي". */
export const PRESS_ADJECTIVE_WORDS: readonly string[] = ['صحفي', 'صحافي', 'صحفية', 'صحافية', 'إعلامي', 'إعلامية'];
/** Nouns of speech and news that such an adjective describes. */
export const PRESS_NOUN_WORDS: readonly string[] = [
  'مؤتمر', 'مؤتمرا', 'لقاء', 'لقاءات', 'تصريح', 'تصريحات', 'بيان', 'حديث', 'مقابلة', 'تقرير', 'مصدر', 'مؤتمرات', 'إيجاز', 'بلاغ',
  'إفادة', 'إحاطة',
];

/**
 * Bodies, papers and firms whose names a title reader would cut short, printed bare: foreign words of two or more
 * ("هيومن رايتس ووتش", "وول ستريت جورنال", "غولدمان ساكس"), a foreign word no given-name or place list holds
 * ("أوكسفام", "بروكينغز"), and Arabic names that go on past a definite word ("مجموعة الأزمات الدولية", "أطباء بلا
 * حدود"). After the head, the preposition or the "باسم" of a title they are the body, whole, and the holder's name
 * follows them ("الباحثة في هيومن رايتس ووتش لما فقيه").
 */
export const FOREIGN_BODY_NAMES: readonly string[] = [
  'هيومن رايتس ووتش', 'هيومان رايتس ووتش', 'العفو الدولية', 'أمنستي إنترناشونال', 'أطباء بلا حدود', 'سيف ذا تشيلدرن', 'إنقاذ الطفولة',
  'أوكسفام', 'كرايسز غروب', 'مجموعة الأزمات الدولية', 'وول ستريت جورنال', 'نيويورك تايمز', 'واشنطن بوست', 'فايننشال تايمز',
  'لوس أنجلوس تايمز', 'يو إس إيه توداي', 'ديلي تلغراف', 'ديلي ميل', 'جيروزاليم بوست', 'تايمز أوف إسرائيل', 'ميدل إيست آي',
  'فورين بوليسي', 'فورين أفيرز', 'بلومبرغ نيوز', 'غولدمان ساكس', 'جولدمان ساكس', 'مورغان ستانلي', 'مورجان ستانلي', 'جي بي مورغان',
  'جيه بي مورغان', 'جيه بي مورجان', 'ستاندرد آند بورز', 'ستاندرد أند بورز', 'كابيتال إيكونوميكس', 'بنك أوف أمريكا', 'سيتي غروب',
  'دويتشه بنك', 'بروكينغز', 'كارنيغي', 'تشاتام هاوس',
];

/**
 * Football clubs named by their cities' words ("ريال مدريد", "ليفربول"), which the place list leaves out: after a
 * coach's or a chairman's title they are the club, the name follows them ("مدرب ريال مدريد كارلو أنشيلوتي").
 */
export const FOOTBALL_CLUBS: readonly string[] = [
  'ريال مدريد', 'أتلتيكو مدريد', 'برشلونة', 'إشبيلية', 'فالنسيا', 'بايرن ميونخ', 'بوروسيا دورتموند', 'باير ليفركوزن', 'إنتر ميلان', 'إيه سي ميلان',
  'ميلان', 'يوفنتوس', 'نابولي', 'روما', 'لاتسيو', 'مانشستر سيتي', 'مانشستر يونايتد', 'ليفربول', 'تشيلسي', 'أرسنال', 'توتنهام', 'نيوكاسل',
  'باريس سان جيرمان', 'مرسيليا', 'ليون', 'موناكو', 'أياكس', 'بنفيكا', 'بورتو', 'سبورتنغ لشبونة', 'غلطة سراي', 'فنربخشة', 'بشكتاش',
  'ريفر بليت', 'ريفير بليت', 'بوكا جونيورز',
  // a club's short name after its coach's or player's title ("لويس فان جال مدرب يونايتد")
  'يونايتد',
];

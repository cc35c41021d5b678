/**
 * Foreign given names frequent in Arabic copy, none a common Arabic word. Besides being given names, they let a
 * foreign family name printed with a final ه follow them before whom the speaker told or where he spoke ("ينس لاركه
 * للصحفيين"), where after an Arabic given name that word is a noun with "his" ("أحمد موقفه للصحفيين").
 */
export const FOREIGN_GIVEN_NAMES: readonly string[] = [
  'جون', 'جورج', 'توني', 'مارك', 'ديفيد', 'مايكل', 'بيتر', 'جيمس', 'روبرت', 'ريتشارد', 'توماس', 'دانيال', 'فرانسوا', 'بيير',
  'إيمانويل', 'أنطونيو', 'آنا', 'كريستين', 'نيكولا', 'أولاف', 'بوريس', 'فلاديمير', 'سيرغي', 'سيرجي', 'دونالد', 'هيلاري',
  'أنجيلا', 'أنتوني', 'أندريه', 'أندري', 'ويليام', 'هنري', 'ألكسندر', 'ستيفن', 'كريستوفر', 'فرانك', 'باتريك', 'مارتن', 'جيرار', 'ديمتري',
  // (Jens, Hans, Klaus: given names of officials the Arabic copy quotes often, no Arabic word)
  'ينس', 'يانس', 'هانس', 'كلاوس',
  // (foreign given names opening on ل, which otherwise reads as ل glued to a genitive after a title: "الرئيس
  // البرازيلي لويس إيناسيو لولا دا سيلفا", "مدرب ريال مدريد لوكا مودريتش")
  'لويس', 'لولا', 'لوكا', 'ليونيل', 'لوران', 'لوكاس',
  // (Romance, Iberian and other European given names of officials, executives and coaches: "الرئيس التنفيذي لشركة
  // أكوا باور ماركو أرتشيلي", where the given name opens the name after the company's)
  'ماركو', 'ماريو', 'كارلو', 'كارلوس', 'خوسيه', 'جوزيه', 'خوان', 'بيدرو', 'فرانشيسكو', 'فيليب', 'أوليفييه', 'سيباستيان',
  'كيفن', 'إريك', 'ماتيو', 'ناتالي', 'كاترين', 'صوفي', 'إليزابيث',
  // (Slavic given names of officials and diplomats: "السفير الروسي لدى مصر يوري …", after a place the title ends on)
  'يوري', 'إيغور', 'أليكسي', 'ألكسي', 'نيكولاي', 'بافيل', 'مكسيم', 'إيفان', 'أوليغ', 'فاسيلي', 'غينادي', 'يفغيني', 'فاليري',
  'أناتولي', 'ليونيد', 'كونستانتين', 'سفيتلانا', 'إيرينا', 'فالنتينا', 'يكاترينا',
];

/**
 * Men's given names, as printed (no name also borne by women: "نور", "وسام" are left to `GIVEN_NAMES`): a pronoun
 * subject of a feminine verb ("قالت فيها") is never a man named so.
 */
export const MEN_GIVEN_NAMES: readonly string[] = [
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'عمر', 'عمرو', 'عثمان', 'حسن', 'حسين', 'حسام', 'حسني', 'حمزة', 'حمد', 'حامد', 'حمدي',
  'خالد', 'خليل', 'خليفة', 'سعد', 'سعيد', 'سعود', 'سلمان', 'سليمان', 'سلطان', 'سالم', 'سامي', 'سامر', 'سمير', 'سيف', 'شريف',
  'صالح', 'صلاح', 'طارق', 'طلال', 'طه', 'عادل', 'عاطف', 'عامر', 'عمار', 'عبد', 'عزيز', 'عصام', 'علاء', 'عماد', 'عيسى', 'غسان', 'فادي',
  'فارس', 'فاروق', 'فؤاد', 'فهد', 'فيصل', 'فراس', 'قاسم', 'كريم', 'كمال', 'ماجد', 'مازن', 'مالك', 'مجدي', 'مراد', 'مروان',
  'مشعل', 'منصور', 'منير', 'مهدي', 'موسى', 'ناصر', 'نبيل', 'نادر', 'نايف', 'نزار', 'نصر', 'نضال', 'نواف', 'هاني', 'هشام',
  'هيثم', 'وائل', 'وليد', 'وسيم', 'ياسر', 'ياسين', 'يحيى', 'يوسف', 'يونس', 'إبراهيم', 'إسماعيل', 'إياد', 'أسامة', 'أمين',
  'أنس', 'أنور', 'أيمن', 'أيوب', 'باسل', 'باسم', 'براء', 'البراء', 'بدر', 'بسام', 'بكر', 'بلال', 'تامر', 'تركي', 'توفيق', 'ثامر', 'جمال',
  'جميل', 'جهاد', 'جواد', 'حازم', 'حاتم', 'حبيب', 'حيدر', 'كاظم', 'ناظم', 'مرتضى', 'باقر', 'رائد', 'راشد', 'رامي', 'رشيد', 'رضا', 'رياض', 'زكريا', 'زياد',
  'زيد', 'زين', 'شادي', 'شوقي', 'صابر', 'صبري', 'ضياء', 'عبيد', 'عدنان', 'عوض', 'غازي', 'فتحي', 'فرج', 'فوزي', 'كامل',
  'لؤي', 'مؤمن', 'متعب', 'مجيد', 'محسن', 'مختار', 'مدحت', 'مرعي', 'مساعد', 'معاذ', 'معتز', 'منذر', 'مهند', 'ممدوح', 'نجيب',
  'هادي', 'هلال', 'وحيد', 'وجدي', 'يزيد', 'يعقوب', 'إدريس', 'إلياس', 'أكرم', 'أشرف', 'أديب', 'بشير', 'بشار', 'بشارة',
  'جلال', 'جورج', 'ميشال', 'ميشيل', 'إيلي', 'بيار', 'شربل', 'طوني', 'جوزيف', 'سليم', 'رفيق', 'نعيم', 'عبدو',
];

/** Women's given names, as printed: a pronoun subject of a masculine verb is never a woman named so. */
export const WOMEN_GIVEN_NAMES: readonly string[] = [
  'فاطمة', 'عائشة', 'خديجة', 'مريم', 'زينب', 'سارة', 'نورا', 'نورة', 'ليلى', 'ليلي', 'هبة', 'هند', 'هدى', 'هالة',
  'رانيا', 'رنا', 'ريم', 'ريما', 'رشا', 'رحاب', 'رضوى', 'سلمى', 'سلوى', 'سماح', 'سمر', 'سميرة', 'سناء', 'سهى', 'سهير',
  'شيماء', 'شيرين', 'صفاء', 'عبير', 'عزيزة', 'علا', 'غادة', 'فدوى', 'لبنى', 'لمى', 'لينا', 'ليان', 'ماجدة', 'منى', 'مها', 'ميساء',
  'ميس', 'ندى', 'نادين', 'ناديا', 'نادية', 'نجلاء', 'نجوى', 'نسرين', 'نوال', 'هيفاء', 'وفاء', 'ولاء', 'ياسمين', 'يسرى',
  'أسماء', 'أمل', 'أميرة', 'آمنة', 'إيمان', 'إيناس', 'آلاء', 'بسمة', 'بشرى', 'تغريد', 'جميلة', 'حنان', 'حياة', 'خلود',
  'دعاء', 'دينا', 'ديما', 'رباب', 'رغد', 'روان', 'رولا', 'زهرة', 'سعاد', 'سوسن', 'عفاف', 'فرح', 'كوثر', 'لطيفة', 'مروة',
  'مي', 'منال', 'نهى', 'نهلة', 'هيام', 'وداد', 'جنى', 'جود', 'لجين', 'أروى', 'بثينة', 'سامية', 'نبيلة', 'كريمة', 'ضحى',
];

/**
 * Common Arabic given names, as printed; folded before matching (alef forms, ة/ه, ى/ي). Read only where a
 * short header line must be told from a headline or a section name: a byline with no label ("سارة الخطيب",
 * "هسبريس - مريم الشامي", "يوسف علي ورانيا حسن"). Compound names with عبد (عبد الله, عبدالرحمن) are read by
 * their first word and need no entry.
 */
export const GIVEN_NAMES: readonly string[] = [
  // men
  ...MEN_GIVEN_NAMES,
  'نور',
  'عزمي', 'صهيب', 'رشدي', 'عوني', 'نذير', 'سهيل', 'وسام', 'وصفي', 'وئام', 'وجدان',
  // (names in ت, the shape of a past verb's feminine: listed so a clause's opening verb is told from them)
  'عصمت', 'حكمت', 'نشأت', 'ثروت', 'بهجت', 'شوكت', 'صفوت', 'ثابت', 'عفت', 'جودت', 'بركات', 'فرحات',
  // (a given name that is also a verb of speech, "يعرب" (expresses): read as the name after a title)
  'يعرب',
  'الحسين', 'الحسن', 'المهدي', 'العربي', 'الطاهر', 'الهادي', 'الصادق', 'الطيب', 'المختار', 'الأمين', 'الحبيب', 'الشاذلي', 'الفاتح',
  // Maghreb given names printed with the article ("المصطفى الرميد", "المعطي منجب")
  'المصطفى', 'المعطي', 'التهامي', 'الجيلالي', 'العياشي', 'الميلودي', 'المحجوب', 'المكي',
  // (Lamine, as Maghrebi and West African names print "الأمين": the shape of ل and a title's head, "لأمين")
  'لامين',
  'مولاي', 'لحسن', 'حميد', 'إسلام', 'إحسان', 'إكرام', 'إنعام', 'إلهام', 'إخلاص', 'إياس', 'إيهاب', 'نور الدين', 'عز الدين', 'صلاح الدين', 'خير الدين', 'جمال الدين',
  // compound given names of two words: the caliph's name, the Maghrebi and Mauritanian "سيدي" before a given name
  'أبو بكر', 'أم كلثوم', 'سيدي محمد', 'سيدي أحمد', 'سيدي علي', 'سيدي عمر',
  // ("محمد أمين", Mohamed Amine: "أمين", also a title's head, is the name's second word)
  'محمد أمين',
  // women
  ...WOMEN_GIVEN_NAMES,
  // more names of the Gulf, the Levant and the Maghreb
  'مشاري', 'بندر', 'فواز', 'عايض', 'مطلق', 'مفلح', 'صقر', 'صخر', 'حمود', 'جاسم', 'شملان', 'ضاري', 'راكان', 'سطام', 'وضاح',
  'رامز', 'جبران', 'نبيه', 'رفعت', 'شكري', 'حسان', 'رضوان', 'سفيان', 'منصف', 'لطفي', 'البشير', 'شكيب', 'عدلي',
  'زهير', 'قصي', 'عدي', 'ليث', 'أوس', 'حيان', 'مؤيد', 'يامن', 'تيسير', 'رشاد',
  'عبيدة', 'حذيفة', 'مصعب', 'فخري', 'فهمي', 'ماهر', 'ناجي', 'نعمان',
  'وجيه', 'يسري', 'أمجد', 'أنيس', 'تميم', 'جابر', 'جعفر', 'خلدون', 'رمزي', 'سامح',
  'صبحي', 'صفوان', 'طلعت', 'عاصم', 'عرفات', 'علوان', 'قيس', 'مأمون', 'محيي', 'مظفر', 'هاشم',
  'وفيق', 'لمياء', 'رغدة', 'بتول', 'ريهام', 'داليا', 'ميار', 'يارا', 'لارا', 'تالا',
  'سيرين', 'جيهان', 'إسراء', 'نرمين', 'نيفين', 'ناهد', 'أريج', 'حورية', 'زكية',
  'فوزية', 'سعدية', 'خولة', 'موزة', 'شيخة', 'نوف', 'العنود', 'البندري', 'منيرة',
  'رهف', 'لولوة', 'دانة', 'كلثوم', 'حليمة', 'رقية', 'صفية', 'مليكة', 'نعيمة', 'فتيحة',
  'رزان', 'لانا', 'ريتا', 'جمانة', 'ديانا', 'رنيم', 'سلاف', 'عائدة', 'فادية', 'مايا',
  'شهرزاد', 'جواهر', 'جنان', 'ميرة', 'بدرية', 'ظبية', 'عفراء', 'نجود', 'مزنة', 'شما', 'أريام', 'حنين',
  // Levantine names: "جاد الحاج", "باسكال نعمة"
  'جاد', 'باسكال', 'نايلة', 'رولان',
  // ("شهد" is also the verb "witnessed": read only in the short header and foot lines this list serves)
  'شهد', 'آية', 'تسنيم', 'رهام', 'غدير',
  // more given names that are no common word ("بيان", "عيد", "صباح", "وعد" and the like are left out)
  'أنطوان', 'أنطون', 'إدوارد', 'بطرس', 'يوحنا', 'ميخائيل', 'سمعان', 'داود', 'بهاء', 'ثائر', 'حمدان', 'طلحة', 'عرفان', 'غيث',
  'فايز', 'قحطان', 'كنان', 'لبيب', 'مقداد', 'ناصيف', 'نبهان', 'نوري', 'يزن', 'حسونة', 'أدهم', 'راني', 'كميل', 'هزاع', 'ضرار',
  'سيف الدين', 'بدر الدين', 'شمس الدين', 'علاء الدين', 'تقي الدين', 'محي الدين',
  'منار', 'ملك', 'هناء', 'سمية', 'نسمة', 'ابتسام', 'عبلة', 'لميس', 'مرام', 'ميرا', 'هديل', 'يمنى', 'تماضر', 'سجى', 'نايا', 'ياسمينة',
  'أسيل', 'ريتاج', 'سارا', 'سوزان', 'عفراء', 'مريانا', 'وئام', 'كارمن', 'جوليا', 'ماريا', 'كلارا', 'نهاد', 'نور الهدى', 'فاطمة الزهراء',
  'ميسون', 'ديمة', 'سدين', 'سلسبيل', 'خلفان', 'قتيبة', 'أنمار', 'هيوا',
  // given names of a verbal noun's shape ("victory", "moderation"): a would-be name opening on such a shape that is
  // not listed here reads as a headline's event ("مصر: ارتفاع أسعار الذهب")
  'انتصار', 'اعتدال', 'ابتهال', 'اعتماد', 'إقبال', 'انشراح', 'امتثال', 'إشراق', 'تحسين', 'إسحاق', 'إسكندر', 'أسعد', 'ستيفان', 'استيفان',
  // given names that are also common words ("spring", "angel"), frequent in bylines
  'ربيع', 'ملاك', 'ليال', 'شروق', 'رند', 'لين', 'مرح',
  // more given names of the Levant and the Gulf, none a common word
  'تيم', 'ركان', 'شاكر', 'معن', 'همام', 'يمان', 'أيهم', 'أويس', 'حارث', 'خضر', 'عقيل', 'فالح', 'مثنى', 'منيف', 'نوح', 'آدم',
  'حلا', 'شذى', 'سندس', 'بلقيس', 'زهراء', 'مديحة', 'منة', 'كارين', 'نانسي', 'جيني',
  // given names spelt like a speech verb's form ("عزت", "she attributed")
  'عزت',
  // foreign given names frequent in Arabic copy (`FOREIGN_GIVEN_NAMES`)
  ...FOREIGN_GIVEN_NAMES,
  // given names of Christian, Kurdish and Amazigh writers, and more of the Levant, none a common Arabic word
  'سركيس', 'نقولا', 'إدمون', 'بولس', 'طانيوس', 'ريمون', 'وديع', 'روني', 'كلود', 'جورجيت', 'ماري', 'كلير', 'ميرنا', 'ميريام', 'كارلا', 'ساندرا',
  'جوزيت', 'نيكول', 'جيزيل', 'هيفين', 'روجين', 'آزاد', 'دلشاد', 'هوشيار', 'كاوا', 'هفال', 'ريبوار', 'شيركو', 'بختيار', 'سوران', 'برزان',
  'شيلان', 'روناهي', 'ديلان', 'بيشوا', 'ماسينيسا', 'يوبا', 'أكسل', 'ماسين', 'إيدير', 'تينهينان', 'غيلاس', 'يوغرطة', 'تانيرت', 'كسيلة', 'سيفاو',
  'ثيزيري', 'مزيان', 'نغم', 'لونا', 'تالين', 'سيدرا', 'سيلين', 'جوري', 'ريتال', 'ليندا', 'هالا', 'ميرال', 'تولين', 'لمار', 'جيانا',
  // Russian and Ukrainian women's given names, none a common Arabic word ("سفيتلانا زاخاروفا": both words end in an alef,
  // as an accusative noun and its adjective do)
  'سفيتلانا', 'يلينا', 'إيلينا', 'تاتيانا', 'أولغا', 'إيرينا', 'ناتاليا', 'يوليا', 'فالنتينا', 'لودميلا', 'غالينا', 'إيكاترينا', 'داريا',
  // foreign given names whose spelling reads as و/ف before a verb or an article ("ف + يكتور", "و + التر")
  'فيكتور', 'والتر',
  // foreign names printed with a final ه, which otherwise reads as a pronoun ("أولريكه شارف", not "his …")
  'أولريكه', 'هايكه', 'إلكه', 'سيلكه', 'أنكه', 'ماريكه', 'فراوكه',
];

/**
 * Given names that are also common words ("morning", "feast", "promise", "Friday", "Ramadan"), left out of
 * `GIVEN_NAMES`: read as a name's first word only right after a trade or title with the article and before more of
 * the name ("المعلمة صباح بوان", "المزارع عيد الحربي"), where no common noun can stand.
 */
export const COMMON_WORD_GIVEN_NAMES: readonly string[] = [
  'صباح', 'عيد', 'وعد', 'بيان', 'فجر', 'نجاح', 'سلام', 'شمس', 'قمر', 'رحمة', 'جمعة', 'خميس', 'رمضان', 'شعبان', 'رجب',
  // ("student", "prince", "dreams", "wishes", "hope", "happiness", "struggle": "الروائي طالب الرفاعي", "الروائي أمير تاج
  // السر", "الكاتبة أحلام مستغانمي")
  'طالب', 'أمير', 'أحلام', 'أماني', 'رجاء', 'سعادة', 'كفاح',
];

/**
 * First parts of a name compounded with "الله" ("عبد الله", "نصر الله", "عبيد الله"): the two words are one name.
 * Folded.
 */
export const NAMES_BEFORE_ALLAH: readonly string[] = [
  'عبد', 'عبيد', 'نصر', 'فضل', 'جار', 'خير', 'عطا', 'عطاء', 'ضيف', 'حزب', 'سعد', 'فتح', 'رزق', 'امان', 'حسب', 'جاد', 'عوض', 'هبه', 'نعمه', 'فرج',
  'خلف', 'فيض', 'ذكر', 'رسول', 'حمد', 'امه', 'جاب', 'بركه', 'حرز',
  // the family name with the article: "الملكة رانيا العبد الله"
  'العبد',
];

/**
 * Names spelt like a speech verb's form, folded: "عزت" (Izzat; "she attributed"), "روته" (Rutte; "she told it"), "سمية"
 * (Sumaya; "سمّيه", he named him). Unjoined and after a given name or a title they are names; with و before them, verbs.
 */
export const NAMES_SPELT_AS_CUES: readonly string[] = ['عزت', 'روته', 'سميه'];

/**
 * Family names spelt like a speech noun, folded: "خطاب" ("speech"; "الدكتور عادل خطاب أن …"). Right after a name word
 * and closing the speaker's phrase before a particle or a colon they are names.
 */
export const FAMILY_NAMES_SPELT_AS_SPEECH_NOUNS: readonly string[] = ['خطاب'];

/**
 * Family names spelt like a time word, folded: "الماضي" ("last"; "رئيس مجلس إدارة سابك محمد الماضي إن …"). Right
 * after a listed given name and closing the speaker's phrase before a particle or a colon they are names.
 */
export const FAMILY_NAMES_SPELT_AS_TIME_WORDS: readonly string[] = ['الماضي'];

/**
 * Maghreb family names of بو or بن and a word in ة ("عبد الرحيم بوعزة"), which otherwise read as ب and a noun in ة
 * ("بوتيرة", "بوزارة", "بوعكة"). Longer ones ("بوتفليقة", "بورقيبة") need no listing.
 */
export const BU_FAMILY_NAMES: readonly string[] = ['بوعزة', 'بنعزة', 'بوجمعة', 'بنجمعة'];

/**
 * Particles inside foreign names ("لولا دا سيلفا", "أورسولا فون دير لاين", "كيفن دي بروين", "لويس فان جال"): between
 * two name words they join them without counting as one. "فان" is read so only as printed with a bare alef, since
 * فإن folds like it. Folded.
 */
export const FOREIGN_NAME_PARTICLES: readonly string[] = ['فان', 'فون', 'دير', 'دي', 'دا', 'دو', 'دوس', 'ديل'];

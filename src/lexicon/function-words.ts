/**
 * Words that end a speaker's noun phrase: particles, prepositions, pronouns, time words. Folded forms.
 * Kept as data so that the phrase rules stay short.
 */
export const PHRASE_STOPS: readonly string[] = [
  'ان', 'انه', 'انها', 'انهم', 'اننا', 'انني', 'انهما', 'بان', 'بانه', 'بانها', 'بانهم', 'لان', 'الي', 'علي', 'عن', 'من', 'في',
  'خلال', 'عبر', 'امام', 'مع', 'بعد', 'قبل', 'حول', 'لدي', 'عند', 'منذ', 'وسط', 'حيث', 'حين', 'الذي', 'التي', 'الذين', 'كما', 'ايضا',
  'كذلك', 'ثم', 'او', 'لكن', 'لكنه', 'لكنها', 'غير', 'حتي', 'اذا', 'اذ', 'ما', 'لا', 'لم', 'لن', 'قد', 'هو', 'هي', 'هم',
  'هذا', 'هذه', 'ذلك', 'تلك', 'يوم', 'مساء', 'صباح', 'امس', 'اليوم', 'غدا', 'الان', 'الاحد', 'الاثنين', 'الثلاثاء',
  'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'مساء', 'صباحا', 'مساء', 'اول', 'امس', 'بدوره', 'بدورها', 'نفسه', 'نفسها',
  'انذاك', 'حينها', 'وقتها', 'الاسبوع', 'الشهر', 'العام', 'اليوميه', 'مجددا', 'مرارا', 'صراحه', 'علنا', 'بشده',
  'ب', 'ل', 'و', 'ف', 'لقد', 'إن', 'وان', 'وانه', 'الا', 'هناك', 'هنا', 'ليس', 'كان', 'كانت', 'يكون', 'تكون', 'فقد', 'وقد', 'بينما', 'فيما', 'عقب', 'اثناء', 'بشان', 'ازاء', 'تجاه', 'ضد', 'بسبب',
  'رغم', 'وفق', 'حسب', 'بحسب', 'نقلا', 'ردا', 'تعليقا', 'للمره', 'اليوم', 'الليله', 'البارحه', 'الماضي', 'الماضيه',
  'قبيل', 'بعيد', 'اثر', 'جراء', 'ابان', 'طيله', 'طوال', 'لذلك', 'لي', 'بيد', 'بكل', 'وبكل', 'تم', 'يتم', 'سيتم',
  'عندما', 'حينما', 'عما', 'مما', 'كلما', 'طالما', 'عشيه', 'غداه', 'صبيحه', 'بل', 'وبل',
  // "أشاد الوزير بما وصفه بـ«…»": ب and "what"
  'بما',
  // "اللاعب البالغ عمره 29 عاما": an age clause ends the title
  'البالغ', 'البالغه',
  // adverbs of manner after a speech verb: "وقالوا بصوت واحد", "وقال مهيب إسحق بهدوء"
  'بصوت', 'بوضوح', 'بحزم', 'بصراحه', 'بسرعه', 'بهدوء', 'بغضب', 'بحسره', 'باختصار', 'بثقه', 'بمراره',
];

/** Parts of the day and the words that date them: "فجر السبت", "ظهر اليوم" end a name ("محمد حصاد فجر السبت"). Folded. */
export const DAY_PARTS: readonly string[] = ['فجر', 'ظهر', 'عصر', 'ليل', 'ليله', 'ظهيره', 'منتصف', 'صباح', 'مساء', 'نهار'];
export const DAY_NAMES: readonly string[] = ['السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'اليوم', 'امس', 'الامس', 'الماضي', 'الليل'];
/** What follows a feast, a month or a day rather than a family name: "عيد الفطر", "رمضان المبارك", "جمعة الماضي". Folded. */
export const OCCASION_WORDS: readonly string[] = ['الفطر', 'الاضحي', 'الميلاد', 'الفصح', 'المبارك', 'الكريم', 'المقبل', 'الحالي', 'القادم', 'المنصرم', 'الاول', 'الثاني', 'الاخير', 'الحب', 'الاستقلال', 'الوطني', 'العمال', 'الام'];

/** What dates "العام" as a year ("العام الماضي", "العام المقبل"), not "general" ("الأمن العام"). Folded. */
export const YEAR_ADJECTIVES: readonly string[] = ['الماضي', 'المقبل', 'الحالي', 'الجاري', 'القادم', 'المنصرم', 'الفائت', 'السابق', 'المنقضي'];

/** Things conveyed, the object of "نقل" when it relays no one's words: "ونقل صورة أن …", "نقلت كميات كبيرة". Folded. */
export const CONVEYED_OBJECTS: readonly string[] = ['صوره', 'رساله', 'فكره', 'انطباع', 'انطباعا', 'كميات', 'كميه'];

/**
 * What a speaker denies, dismisses or answers, the object right after the speaker ("واستبعد الوزير المخاوف من أن …",
 * "ونفى وزير الداخلية الاتهامات بأن …"): never a family name, nor a definite word of the title. Folded.
 */
export const DISMISSED_CLAIMS: readonly string[] = ['المخاوف', 'الاتهامات', 'الانتقادات', 'الشائعات', 'الاشاعات', 'الادعاءات', 'المزاعم', 'التكهنات', 'الاحتمالات', 'الشكوك'];

/** Words that never start or stand in a person's name after a cue: adverbs, pronoun-bearing prepositions. Folded. */
export const NOT_NAME_WORDS: readonly string[] = [
  'هناك', 'هنا', 'مطلع', 'اواخر', 'اوائل', 'منتصف', 'نهايه', 'بدايه', 'فيها', 'فيه', 'منه', 'منها', 'عليه', 'عليها', 'اليه',
  'اليها', 'عنه', 'عنها', 'به', 'بها', 'لديه', 'لديها', 'معه', 'معها', 'ذاته', 'ذاتها', 'نفسه', 'نفسها', 'جميعا', 'كل', 'بعض',
  'احد', 'احدي', 'عدد', 'عده', 'اكثر', 'اقل', 'الكثير', 'كثيرون', 'كثيرين', 'الجميع', 'بدوره', 'بدورها', 'مجددا', 'اليوم',
  'امس', 'الاثنين', 'ان', 'انه', 'انها', 'وهو', 'وهي', 'الذي', 'التي', 'كما', 'لكن', 'الا', 'غير', 'مثل', 'حيث', 'قائلا',
  // personal pronouns: "وقال محافظ المنطقة، نحن لسنا …" opens the words, not a name
  'نحن', 'انا', 'انت', 'انتم', 'انتما', 'انتن', 'هما', 'هن',
  'سابقا', 'لاحقا', 'مؤخرا', 'حاليا', 'رسميا', 'خارجيا', 'داخليا', 'محليا', 'دوليا', 'علنا', 'صراحه', 'اخيرا', 'مجددا', 'كذلك', 'ايضا', 'اخر', 'اخرون', 'اخري', 'البعض',
  'تعالي', 'سبحانه', 'عز', 'جل', 'صلي', 'جميع', 'كيف', 'سرعان', 'عكس', 'وفقا', 'طبقا',
  // a plural of guardians: "ودعا الوزير أولياء الأمور إلى …" is whom he called on, no name
  'اولياء',
  // what a player or an index scores: "وسجل اللاعب هدفين في المباراة، وقال"
  'هدفا', 'هدفين', 'هدفان', 'اهداف', 'ثلاثيه', 'نقطه', 'نقطتين', 'نقاط', 'ارتفاعا', 'انخفاضا', 'تراجعا', 'رقما',
  // ب + the noun of an occasion: "…، بحضور عدد من المسؤولين", "بمشاركة وزراء"
  'بحضور', 'بمشاركه', 'برعايه', 'بتنظيم',
  // a direction before a place: "محافظة البصرة جنوبي العراق" is the governorate, south of Iraq, no one named
  // (the bare nouns are family names too: "خالد شمال")
  'جنوبي', 'شمالي', 'شرقي', 'غربي', 'جنوبا', 'شمالا', 'شرقا', 'غربا',
  // a verbal noun that opens what was announced, after a name: "أعلن الوزير عبدالرقيب فتح بدء مرحلة الإعمار"
  'بدء', 'انطلاق', 'اطلاق', 'انتهاء', 'استئناف', 'تعليق', 'الغاء', 'تاجيل', 'تمديد',
  // how someone comes or goes, after a name: "ماركوس ليوناردو قادما من سانتوس"
  'قادما', 'قادمه', 'عائدا', 'عائده', 'منتقلا', 'معارا', 'مغادرا', 'متجها', 'متوجها',
  'البالغ', 'البالغه', 'المولد', 'المقيم', 'المقيمه', 'الراحل', 'الراحله', 'احدي', 'باحدي', 'احد', 'باحد', 'لاحد', 'عام',
  // "الطالبة المسلمة ذات الـ 19 عاما": ذو/ذات (possessing) open an attribute, never a name
  'ذات', 'ذو', 'ذوي', 'ذوو',
  // durations: "بسجن الشاب مدة خمسة أعوام"
  'مده', 'لمده', 'طيله', 'طوال',
  // "أحداث" (events) and "إحداث" (setting up) fold alike: a noun, never a name
  'احداث',
  // "دفاع المتهمين، المحامي أشرف نبيل": the defence, named after it
  'دفاع', 'الدفاع',
  // things that "say" or "stress" in the reporter's voice: "ويؤكد مشروع الفدرالية على …" names no person
  'مشروع', 'خطه', 'قانون', 'قرار', 'حمله', 'مبادره', 'اتفاق', 'اتفاقيه', 'صفقه', 'ملف', 'قضيه', 'مسلسل', 'فيلم', 'كتاب', 'مقترح', 'اقتراح',
  // a series of what was sent ("أطلقت سلسلة تغريدات أكدت فيها …"), and "did" after "said" ("إذا قال فعل")
  'سلسله', 'فعل',
  // what a writer opens or closes: "وختم الكاتب مقاله بالقول", "استهل الكاتب عموده"
  'مقال', 'مقاله', 'عمود', 'تدوينه',
  // what is conveyed, the object of a relaying verb: "ونقل صورة أن العراق غير مستقر"
  ...CONVEYED_OBJECTS,
  // what is denied, dismissed or answered, right after the one who does it
  ...DISMISSED_CLAIMS,
  // a meeting opened, closed or chaired, right after the one who does it: "افتتح رئيس الوزراء اجتماع الحكومة"
  'اجتماع', 'اجتماعا', 'جلسه', 'مؤتمر', 'مؤتمرا', 'اعمال',
  // nouns a verb takes as its object right after its subject's name: "ونفى الناطق مهند مبيضين صحة الأنباء، مؤكدا …",
  // "وطالب النائب خليل عطية بعدم رفع الأسعار، قائلا …", "وأكد الوزير سامر علي أهمية التعاون"
  'صحه', 'عدم', 'بعدم', 'لعدم', 'وجود', 'بوجود', 'اهميه', 'ضروره', 'بضروره', 'نيه', 'سؤالا',
  // (and what a speaker stresses, renews or lays out of his side's: "وأكد وزير الخارجية حرص بلاده على التعاون، قائلا …",
  // "وشرح رئيس الوزراء موقف حكومته", "وعرض الوزير تفاصيل الخطة")
  'حرص', 'دعم', 'رفض', 'استعداد', 'التزام', 'تمسك', 'رغبه', 'رؤيه', 'موقف', 'تفاصيل', 'حجم', 'اهتمام', 'تقدير', 'ترحيب',
  'تضامن', 'ادانه', 'استنكار', 'قلق', 'اسف', 'تعازي', 'عمق', 'متانه', 'استمرار', 'مواصله', 'سعي', 'جهود', 'اسباب', 'ابعاد',
  'اهداف', 'مخاطر', 'تداعيات', 'نتائج', 'حقيقه', 'طبيعه', 'ثقه',
  // (what was described or weighed, definite, right after a full name: "هكذا وصف المدير محمد أبو سلمية الأوضاع")
  'الاوضاع', 'الوضع', 'الاحداث', 'المشهد', 'الحادث', 'الحادثه', 'الهجوم', 'الازمه', 'الواقع',
  // a delegation received or met: "التقت الملكة رانيا وفدا من الأطفال"
  'وفدا', 'وفد',
  // what is held, made or issued, in the accusative: "عقد المتحدث باسم الوزارة مؤتمرا صحفيا", "أصدر المتحدث باسم الجيش
  // بيانا", "أجرى الرئيس اتصالا هاتفيا"
  'مؤتمرا', 'اجتماعا', 'اتصالا', 'بيانا', 'خطابا', 'حوارا',
  // (and what is written or posted, in the accusative: "وكتب الكاتب خالد العلي مقالا قال فيه …", "نشر تقريرا")
  'مقالا', 'تقريرا', 'منشورا', 'مقطعا', 'فيديو', 'تسجيلا',
  // "عقد مؤتمرا صحفيا قال خلاله …": a preposition with the pronoun of what was held, never a name
  'خلاله', 'خلالها', 'اثناءه', 'اثناءها', 'عبره', 'عبرها', 'بعده', 'بعدها', 'قبله', 'قبلها', 'حوله', 'حولها', 'امامه', 'امامها',
  // an event opened or a delegation received, after a name joined by بن that has room for a family name: "افتتح
  // الأمير فيصل بن بندر المعرض الدولي", "استقبل الرئيس محمد بن علي الوفد"
  'الوفد', 'المعرض', 'المؤتمر', 'الاجتماع', 'الحفل', 'المهرجان', 'الملتقي', 'المنتدي',
  // crowds of fans or followers, told or promised something: "هكذا وعد المدرب جماهير النادي" (never a family name)
  'جماهير', 'الجماهير', 'جمهور', 'الجمهور', 'انصار', 'الانصار', 'مشجعي', 'المشجعين', 'متابعي', 'متابعيه',
  // "known as": "محمد حمدان دقلو المعروف بحميدتي" (the nickname follows, the name has ended)
  'المعروف', 'المعروفه', 'الملقب', 'الملقبه', 'المكني', 'المكناه',
  // verbal nouns of the تفعيل pattern a verb governs ("ولم يستبعد الوزير يوآف غالانت توسيع العملية"; never a given
  // name so spelt: "تحسين", "تيسير", "توفيق")
  'توسيع', 'تعزيز', 'تقديم', 'تحقيق', 'تنفيذ', 'تطوير', 'تشكيل', 'تسليم', 'تخفيض', 'تقليص', 'توقيع', 'تعيين', 'تفعيل', 'تسهيل', 'توفير', 'تامين',
  // ordinals: "أما ثالث الملاحظات فهي أن …" (the third remark) names nobody
  // ("ثاني" and "رابعة" are given names: "ثاني بن أحمد الزيودي")
  'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر', 'ثالثه', 'خامسه',
];

/** A statement's or a communiqué's word: what "بيان" reads its author after, never the author. Folded. */
export const STATEMENT_WORDS: readonly string[] = ['بيان', 'بلاغ', 'البيان', 'البلاغ'];

/**
 * "وجاء في رسالة وجهها الرئيس …", "جاء في كلمة ألقاها …", "جاء في خطاب الرئيس …": words of one person's spoken or
 * written message, whose author follows them. Folded, without the article.
 */
export const UTTERANCE_NOUNS: readonly string[] = ['رساله', 'كلمه', 'خطاب', 'تغريده', 'منشور', 'تدوينه', 'مقال', 'مقاله', 'مداخله', 'تصريح', 'حديث'];

/**
 * Where a post is written ("وكتب الصفدي في تغريدة", "على حسابه", "عبر صفحتها", "على منصة إكس"): the openings of the
 * noun after في, على or عبر. Folded, without the article.
 */
export const POSTED_IN_STEMS: readonly string[] = ['تغريد', 'منشور', 'تدوين', 'حساب', 'صفح', 'منص', 'موقع'];

/** Adjectives of a statement, masculine as "بيان" is: "بيان القمة الختامي", "البيان الختامي للقمة". Folded. */
export const STATEMENT_ADJECTIVES: readonly string[] = ['الختامي', 'المشترك', 'الرسمي', 'الصحفي', 'الصحافي'];

/** Gatherings that issue a closing statement: "البيان الختامي للقمة", "للاجتماع", "للمؤتمر". Folded, without the article. */
export const GATHERING_NOUNS: readonly string[] = ['قمه', 'اجتماع', 'مؤتمر', 'منتدي', 'دوره', 'ملتقي'];

/** Prepositions that open where or on what occasion a speaker spoke: "في جنيف", "خلال مؤتمر صحفي", "أمام البرلمان". Folded. */
export const OCCASION_PREPOSITIONS: readonly string[] = ['امام', 'خلال', 'في'];

/** Documents that speak for the body issuing them, and that body's head: "وأضافت الحيثيات أن" (a court's reasoning). Folded. */
export const DOCUMENTS_OF_BODIES: ReadonlyArray<readonly [string, string]> = [['حيثيات', 'محكمه']];

/** Words that open a description of the name before them after a comma: "، وهو …", "، الذي …". Folded. */
export const DESCRIBING_WORDS: readonly string[] = ['وهو', 'وهي', 'الذي', 'التي'];

/** "كان" and its forms, folded: the subject of the verb it holds over stands between them ("وكان الوزير [قد] أعلن"). */
export const KANA_FORMS: readonly string[] = ['كان', 'وكان', 'كانت', 'وكانت'];

/** Auxiliaries and links that may stand before a fronted subject: "وكانت السعودية قد أعلنت". Folded. */
export const CLAUSE_OPENERS: readonly string[] = [...KANA_FORMS, 'لكن', 'ولكن', 'الا', 'غير', 'بينما', 'فيما', 'اما', 'واما', 'و', 'ثم', 'كما', 'وكما'];

/** Words that continue a title without ال: "مدير عام", "نائب أول", "وزير سابق". Folded. */
export const ROLE_CONTINUATIONS: readonly string[] = ['عام', 'اول', 'سابق', 'اسبق', 'تنفيذي', 'اقليمي', 'فني', 'مساعد', 'مناوب', 'بالانابه', 'بالنيابه', 'رسمي'];
/** "لاعب وسط", "لاعب خط وسط", "لاعب خط دفاع": a player's place on the pitch, in construct after "لاعب". Folded. */
export const PITCH_POSITIONS: readonly string[] = ['وسط', 'خط', 'دفاع', 'هجوم', 'ارتكاز'];
/** "جسر الملك فهد", "مطار الملك خالد", "شارع الأمير سلطان": heads of places named after a ruler. Folded. */
export const FACILITY_HEADS: readonly string[] = ['جسر', 'مطار', 'ميناء', 'شارع', 'طريق', 'مستشفي', 'ملعب', 'استاد', 'مدينه', 'حي', 'مجمع', 'برج', 'قصر', 'مسجد', 'جامع', 'كليه', 'مدرسه', 'محطه', 'قاعده', 'جائزه', 'كاس'];

/**
 * "وحماية المستهلك", "وتقنية المعلومات", "وشؤون المغتربين": the head of a ministry's second portfolio, in construct
 * with a definite genitive after و. Folded.
 */
export const PORTFOLIO_NOUNS: readonly string[] = ['حمايه', 'تقنيه', 'شؤون', 'شئون', 'تنميه', 'حقوق', 'تكنولوجيا', 'تطوير', 'تحديث', 'تخطيط', 'تنظيم', 'رعايه', 'تاهيل', 'تموين'];
/**
 * "الرقابة على المصارف", "المشرف على المشروع": nouns of oversight that take على and a definite noun inside a title
 * ("مدير إدارة الرقابة على المصارف"). Folded; after a title's verb ("شدد … على") على opens no such phrase.
 */
export const OVERSIGHT_NOUNS: readonly string[] = ['الرقابه', 'رقابه', 'الاشراف', 'اشراف', 'المشرف', 'المشرفه', 'مشرف', 'مشرفه', 'القائم', 'القائمه', 'التفتيش', 'تفتيش'];
/**
 * "منظمة الدفاع عن المستهلك", "جمعية البحث عن المفقودين": verbal nouns of a body's name that govern عن (the name
 * goes on after it). Folded.
 */
export const ABOUT_GOVERNING_NOUNS: readonly string[] = ['الدفاع', 'دفاع', 'البحث', 'بحث', 'الكشف', 'التنقيب', 'الافراج', 'التعبير'];

/**
 * A pronoun governed by ل, على or ب right after a speech verb, before its subject: "ورد عليه نتنياهو", "وقال له الرئيس",
 * "وأكد لنا الخبير", "وفق ما صرح به مدير المستشفى". Folded.
 */
export const PRONOUN_OBJECTS: readonly string[] = [
  // never "لي" or "علي", also names ("لي تشيانغ", "علي حسن")
  'له', 'لها', 'لهم', 'لهما', 'لهن', 'لنا', 'عليه', 'عليها', 'عليهم', 'عليهما', 'عليهن', 'علينا', 'به', 'بها',
];

/** Addressees after a speech verb ("قال للصحفيين"): they end a speaker phrase. Folded. */
export const ADDRESSEES: readonly string[] = [
  'للصحفيين', 'للصحافيين', 'للصحافه', 'للاعلام', 'للاعلاميين', 'لوسائل', 'للتلفزيون', 'للقناه', 'للوكاله', 'للصحيفه', 'للموقع',
  'للجمهور', 'للحضور', 'للمشاركين', 'للمراسلين', 'للنواب', 'للبرلمان', 'للمجلس', 'للجزيره', 'للعربيه', 'لنا', 'له', 'لها', 'لهم',
  'لصحيفه', 'لقناه', 'لوكاله', 'لموقع', 'لشبكه', 'لمجله', 'لاذاعه', 'لتلفزيون', 'لراديو',
  // "قال لمراسلنا", "لصحفيين أجانب": our correspondent, reporters without the article
  // "وأكد الرئيس للمواطنين أن …": the people the speaker addressed
  'للمواطنين', 'للمواطنات', 'للحاضرين', 'للجماهير',
  'لمراسلنا', 'لمراسلتنا', 'لمراسل', 'لمراسله', 'لمراسلي', 'لمندوبنا', 'لمندوب', 'لصحفيين', 'لصحافيين', 'لصحفي', 'لصحافي', 'لصحفيه', 'لصحافيه',
];

/**
 * Outlets told, with ل glued before them ("لإذاعة «موزاييك»", "قال لصحيفة الغارديان"): the nouns of a paper, a channel
 * or a site. Folded, without the ل.
 */
export const TOLD_OUTLET_NOUNS: readonly string[] = ['صحيفه', 'جريده', 'مجله', 'قناه', 'وكاله', 'موقع', 'شبكه', 'اذاعه', 'تلفزيون', 'راديو', 'منصه'];

/**
 * Definite institutions that speak for themselves in reported speech ("قال الادعاء إن …", "وذكرت الخارجية أن …"),
 * unlike a bare definite group ("التحالف", "السلطات"). Folded.
 */
export const SPEAKING_BODIES: readonly string[] = [
  'الادعاء', 'النيابه', 'الحكومه', 'الشرطه', 'الرئاسه', 'الخارجيه', 'الداخليه', 'الكرملين', 'البيت', 'الوزاره', 'المحكمه',
  'البرلمان', 'الجيش', 'المفوضيه', 'السفاره', 'القنصليه', 'الامم', 'البنك', 'المصرف', 'الاليزيه', 'الديوان',
  // "قال الدفاع المدني في غزة إن …"; a defendant's lawyers too, "وقال الدفاع إن موكله …"
  'الدفاع',
];

/**
 * Heads of unions, parties, councils, alliances, movements, fronts and leagues that speak when a nisba names which
 * ("وقال الاتحاد الأوروبي إن …", "وأعلن الحزب الديمقراطي أن …"); alone ("التحالف") or with a word pointing back
 * ("المنظمة المعنية") they name none.
 * Folded.
 */
export const NISBA_NAMED_BODIES: readonly string[] = [
  'الاتحاد', 'الحزب', 'المجلس', 'التحالف', 'الحلف', 'المنظمه', 'الهيئه', 'اللجنه',
  // "وقالت الجامعة العربية إن …", "وأعلنت الحركة الشعبية أن …", "وقال الائتلاف الوطني السوري إن …"
  'المعارضه', 'المقاومه', 'الحركه', 'الجبهه', 'الائتلاف', 'النقابه', 'الجامعه',
  // a parliamentary bloc: "وأعلنت الكتلة النيابية أنها …", "الكتلة البرلمانية"
  'الكتله',
  // "وقالت المخابرات الأمريكية إن …", "الاستخبارات العسكرية الإسرائيلية"
  'المخابرات', 'الاستخبارات',
];
/**
 * Adjectives of a nisba's shape that point back at a body already named ("المنظمة المعنية"), no nisba naming it.
 * Folded. (Others that point back, "المذكورة", "نفسها", have no nisba's shape and need no listing.)
 */
export const POINTING_ADJECTIVES: readonly string[] = ['المعنيه', 'المعني'];

/**
 * Common nouns with the article that a verb of urging, calling or sending takes as its object right after a short name ("وحث
 * البابا فرنسيس العالم على …", "ودعا الرئيس الشعب إلى …"): never a family name there. Folded.
 */
export const COMMON_OBJECT_NOUNS: readonly string[] = [
  'العالم', 'الناس', 'الشعب', 'المجتمع', 'الجمهور', 'الشباب', 'الاطراف', 'الدول',
  // thanks and greetings raised or sent ("ورفع الوزير الشكر للقيادة", "وقدم المحافظ التعازي لأسر الضحايا")
  'الشكر', 'التهنئه', 'التهاني', 'التعازي', 'التحيه',
  // what a verb of judging describes ("هكذا وصف الوزير الوضع:", "واعتبر المحلل القرار …")
  'الوضع', 'الاوضاع', 'القرار', 'الخطوه', 'الحادث', 'الحادثه', 'الموقف',
  // whom a verb of telling told ("وأبلغ الوزير النواب بأن …", "وأخبر المدرب الحضور أن …")
  'النواب', 'الحضور', 'الاعضاء',
  // the press told or promised ("ووعد المغني فلان الإعلام الحاضر بأن …")
  'الاعلام', 'الصحافه',
  // what a verb announces, unveils or launches ("وأعلن الوزير سامي داود الخطة أمس"); no family name is spelt so
  'الخطه', 'المبادره', 'المشروع', 'البرنامج', 'الاتفاق', 'الاتفاقيه', 'النتائج', 'النتيجه', 'الميزانيه', 'الموازنه',
  'التفاصيل', 'الاستراتيجيه', 'الاجراءات', 'الحصيله', 'الهدنه', 'الانتخابات', 'الحمله', 'الجائزه', 'القائمه', 'الموعد',
  'الاستقاله', 'الطوارئ', 'الحظر', 'العفو', 'الافراج',
];

/**
 * Groups of people in a broken plural with the article, whom a verb of asking or urging addresses right after a title
 * ("وسأل المحاضر الطلاب:", "ودعا المحافظ السكان إلى …"); right after the verb they are its subject ("وطالب السكان
 * بـ…"). Folded.
 */
export const ADDRESSED_GROUPS: readonly string[] = ['الطلاب', 'الطلبه', 'التلاميذ', 'الاهالي', 'السكان', 'الجنود', 'الجماهير', 'الحشود'];

/**
 * Heads of a group in construct with a definite word ("قادة العالم", "جميع الأطراف", "كافة القوى"): after a name and a
 * verb whose object follows, whom the speaker called on or accused, never more of the name ("ودعا البابا فرنسيس قادة
 * العالم إلى …"). Folded.
 */
export const OBJECT_GROUP_HEADS: readonly string[] = ['قاده', 'زعماء', 'رؤساء', 'جميع', 'كافه', 'ممثلي', 'ابناء', 'سكان', 'اهالي', 'شعوب', 'حكومات'];

/**
 * Bodies named by a masculine noun with the article ("الجيش", "الحزب"): never the subject of a feminine verb, so after
 * "واتهمت" one is the object, the subject left out ("ونفت قوات الدعم السريع …، واتهمت الجيش بـ«…»"). Folded.
 */
export const MASCULINE_BODIES: readonly string[] = [
  'الجيش', 'الحزب', 'البرلمان', 'المجلس', 'الاتحاد', 'النادي', 'المنتخب', 'البنك', 'المصرف', 'الكرملين', 'الادعاء', 'الديوان',
  'النظام', 'الاحتلال', 'التحالف', 'الائتلاف', 'التنظيم', 'المركز',
];

/**
 * Bodies and parties named by a noun of a participle's shape ("المعارضة", "المقاومة"), read as an adjective of the
 * word before by that shape alone: after a verb whose object follows, the object ("واتهمت الحكومة المعارضة بـ«…»",
 * "وطالبت الخارجية الفلسطينية المجتمع الدولي بـ«…»").
 * Folded.
 */
export const PARTICIPLE_SHAPED_BODIES: readonly string[] = ['المعارضه', 'المقاومه', 'المحكمه', 'المخابرات', 'الميليشيات', 'المليشيات', 'المجتمع'];

/** Heads of bodies that issue statements; "الهيئة أن" refers back to the body named with the head before. Folded. */
export const SPEAKING_ORGANISATION_HEADS: readonly string[] = [
  'هيئه', 'شركه', 'منظمه', 'لجنه', 'جمعيه', 'مؤسسه', 'وكاله', 'مركز', 'وزاره', 'جامعه', 'اتحاد', 'حركه', 'حزب', 'مجلس',
  'محكمه', 'نقابه', 'رابطه', 'بلديه', 'صندوق', 'بنك', 'مصرف', 'نادي', 'مفوضيه', 'سفاره', 'غرفه', 'امانه', 'اداره', 'مديريه', 'بعثه',
  // a court's office: "الديوان الملكي", "ديوان ولي العهد"
  'ديوان',
  'كتله',
];

/** Nouns that head an organisation's name ("وزارة الداخلية", "منظمة أطباء بلا حدود"). Folded. */
export const ORGANISATION_HEADS: readonly string[] = [
  'وزاره', 'الوزاره', 'هيئه', 'مجموعه', 'المجموعه', 'مجلس', 'شركه', 'جامعه', 'منظمه', 'لجنه', 'حزب', 'جمعيه', 'مركز', 'نادي', 'منتخب', 'قناه',
  'حركه', 'بنك', 'مصرف', 'صندوق', 'اتحاد', 'مؤسسه', 'دائره', 'شرطه', 'محكمه', 'وكاله', 'صحيفه', 'جماعه', 'تنظيم', 'تحالف',
  'ائتلاف', 'رئاسه', 'حكومه', 'اداره', 'مديريه', 'قياده', 'قوات', 'الجيش', 'جيش', 'البرلمان', 'برلمان', 'فريق', 'مكتب',
  // a body's branch: "مدير فرع وزارة الموارد البشرية بالمنطقة الشرقية"
  'فرع', 'الفرع',
  'مفوضيه', 'المفوضيه', 'سفاره', 'السفاره', 'قنصليه', 'بعثه', 'امانه', 'الامانه', 'نيابه', 'النيابه', 'الادعاء', 'ادعاء',
  // "المقاومة الإسلامية في بيان": a movement named by its cause and its adjective
  'مقاومه',
  // "تجمع أصحاب محطات المحروقات", "تجمع المهنيين السودانيين": a grouping of a trade or a profession
  'تجمع',
  // a parliamentary bloc: "عضو كتلة حزب الله النيابية", "كتلة الوفاء للمقاومة"
  'كتله', 'الكتله',
  // "أحزاب المعارضة الموريتانية", "نقابات التعليم": bodies named together by their plural head
  'احزاب', 'نقابات', 'فصائل',
  // "لجان مقاومة الفاشر", "لجان المقاومة الشعبية", "تنسيقية لجان مقاومة الخرطوم": committees and their coordination
  'لجان', 'تنسيقيه', 'تنسيقيات',
  'ديوان', 'الديوان',
  'البيت', 'الكرملين', 'الخارجيه', 'الداخليه', 'الدفاع', 'الامم', 'البنك', 'المصرف', 'الحكومه', 'الشرطه', 'الرئاسه', 'المجلس',
  'الهيئه', 'الشركه', 'المنظمه', 'اللجنه', 'الحزب', 'الجمعيه', 'المركز', 'النادي', 'المنتخب', 'الحركه', 'المحكمه', 'الوكاله',
  'الدراسه', 'دراسه', 'دوله', 'الدوله', 'مملكه', 'المملكه', 'جمهوريه', 'الجمهوريه', 'اماره', 'الاماره', 'غرفه', 'الغرفه', 'نقابه', 'النقابه', 'رابطه', 'الرابطه', 'بلديه', 'البلديه', 'هيئه', 'منطقه', 'محافظه', 'ولايه', 'مدينه', 'اقليم', 'مقاطعه', 'جهه', 'بلديه', 'امانه', 'برنامج', 'البرنامج', 'صحيفه', 'الصحيفه', 'موقع', 'الموقع', 'مفوضيه', 'التقرير', 'تقرير', 'البيان', 'بيان', 'البلاغ', 'بلاغ', 'المرصد', 'مرصد', 'السلطات', 'سلطات', 'الولايات', 'مصلحه', 'المديريه', 'الاداره',
  'شبكه', 'القياده', 'اكاديميه', 'الاكاديميه', 'مستشفي', 'المستشفي', 'معهد', 'المعهد', 'كليه', 'الكليه', 'مطار', 'المطار', 'متحف', 'المتحف', 'مكتبه', 'المكتبه',
  // houses of worship: "إمام جامع", "خطيب المسجد الحرام"
  'مسجد', 'المسجد', 'جامع', 'الجامع', 'كنيسه', 'الكنيسه', 'معبد', 'المعبد',
  // a head of state's palace speaking for them: "وقال قصر الإليزيه إن …", "قصر بعبدا", "قصر قرطاج"
  'قصر', 'القصر',
];

/** Question words: a headline's opening ("هل تنجح الحكومة؟"), never a name's. Folded. */
/**
 * Words a clause opens on, folded: pronouns, negations, "قد", demonstratives, "هناك". Two words quoted whole before
 * "، قال …" that open on one ("«لن نستسلم»", "«نحن منهكون»") are a sentence said; "«مستحيل تماما»" is a phrase.
 */
export const CLAUSE_FIRST_WORDS: readonly string[] = [
  'نحن', 'انا', 'هو', 'هي', 'هم', 'انت', 'انتم', 'لن', 'لا', 'لم', 'ما', 'ليس', 'ليست', 'لسنا', 'لست', 'قد', 'لقد', 'سوف',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هناك', 'كلنا', 'كلهم', 'انه', 'انها', 'انني', 'اننا',
];
export const QUESTION_WORDS: readonly string[] = ['هل', 'كيف', 'لماذا', 'ماذا', 'متي', 'اين', 'ما', 'لمن', 'اي'];

/** Words that join the parts of one name ("بن", "عبد", "ال"): never a name's last word. Folded. */
export const NAME_JOINERS: readonly string[] = ['ال', 'بن', 'ابن', 'عبد', 'ابو', 'بنت'];

/**
 * "يدعى", "يُدعى", "تدعى", "يسمى": "called", before the name of someone described ("مواطن سوداني يدعى إبراهيم").
 * Folded. (Not "اسمه": "شاب رفض ذكر اسمه مكتفيا …" withholds the name.)
 */
export const CALLED_WORDS: readonly string[] = ['يدعي', 'تدعي', 'يسمي', 'تسمي'];

/** "دفاع المتهمين، المحامي أشرف نبيل": a defence team, who speaks through the lawyer named after it. Folded. */
export const DEFENCE_WORDS: readonly string[] = ['دفاع', 'الدفاع'];

/** Nouns of a person's state or story, before the person's name ("ولا تختلف حال يوسف"). Folded. */
export const CONDITION_NOUNS: readonly string[] = ['حال', 'وضع', 'قصه', 'تجربه'];

/**
 * Definite verbal nouns of speaking that a verb of refusing or avoiding takes right after its subject ("رفض
 * المستشار X التعليق", "تجنب X الخوض"): never part of a name. Folded.
 */
export const DECLINED_ACTS: readonly string[] = ['التعليق', 'الادلاء', 'الافصاح', 'الكشف', 'الرد', 'الخوض', 'الافاده', 'الاجابه'];

/** "المتحدث ذاته", "المتحدثة نفسها": "the said speaker", the one already speaking. Folded. */
export const SPEAKER_WORDS: readonly string[] = ['المتحدث', 'المتحدثه', 'المصرح', 'المصرحه'];
/** Titles that stand for the one speaking only with "ذاته"/"نفسه" after them: "وأبرزت المسؤولة ذاتها". Folded. */
export const SAME_SPEAKER_TITLES: readonly string[] = ['المسؤول', 'المسؤوله', 'المسئول', 'المسئوله', 'المصدر'];
export const SAME_WORDS: readonly string[] = ['ذاته', 'ذاتها', 'نفسه', 'نفسها'];

/** Labels of an interview's questions and answers printed before them ("س: …", "ج: …"). */
export const QUESTION_LABELS: readonly string[] = ['س', 'سؤال', 'السؤال'];
export const ANSWER_LABELS: readonly string[] = ['ج', 'جواب', 'الجواب'];

/** Verbs of asking not to be named, and the word after them: "طلب عدم ذكر اسمه", "فضّل عدم الكشف عن هويته". Folded. */
export const WITHHELD_NAME_VERBS: readonly string[] = ['طلب', 'طالبا', 'فضل', 'مفضلا', 'رفض', 'رافضا', 'اشترط', 'مشترطا', 'طلبت', 'فضلت', 'رفضت', 'اشترطت', 'مفضله', 'رافضه'];
export const WITHHELD_NAME_OBJECTS: readonly string[] = ['عدم', 'الكشف', 'ذكر', 'نشر'];

/** Words that make an agency a news agency ("وكالة الأنباء الفرنسية", "وكالة أنباء الإمارات"), folded. */
export const NEWS_AGENCY_WORDS: readonly string[] = ['انباء', 'الانباء', 'للانباء', 'الاخباريه', 'اخباريه', 'للاخبار'];

/** Words that make a network a broadcaster or a news site ("شبكة سي إن إن"), folded and lower-cased. */
export const BROADCAST_WORDS: readonly string[] = ['نيوز', 'news', 'اخبار', 'الاخبار', 'اخباريه', 'الاخباريه', 'تلفزيون', 'التلفزيون', 'تلفزيونيه', 'التلفزيونيه', 'قناه', 'القناه', 'اذاعه', 'الاذاعه', 'سي', 'بي', 'الجزيره', 'الاعلام', 'الاعلاميه', 'اعلاميه', 'cnn', 'bbc', 'cbs', 'nbc', 'abc', 'fox'];

/** Nouns after "في" that open the reporter's gloss: "في إشارة إلى", "في مؤشر على", "في دلالة على". Folded. */
export const GLOSS_NOUNS: readonly string[] = ['اشاره', 'مؤشر', 'دلاله', 'خطوه'];

/** Titles that are also given names: "إمام عاشور", "أمير نصر". Folded. */
export const GIVEN_NAME_TITLES: readonly string[] = ['امام', 'امير'];

/**
 * Titles that are also given names before a family name and a title in apposition: "أمين الناصر، الرئيس التنفيذي
 * للشركة،", "أمير الشمري، رئيس …". Folded.
 */
export const FAMILY_NAMED_TITLES: readonly string[] = ['امام', 'امير', 'امين'];

/** Anonymous words that a body's genitive and a name may follow: "متحدث الوزارة الدكتور …". Folded. */
export const SPOKESMAN_WORDS: readonly string[] = ['متحدث', 'متحدثه', 'ناطق', 'ناطقه'];

/** Words that join a sentence to the one before it; no title opens with one. Folded. */
export const SENTENCE_CONNECTORS: readonly string[] = ['لكن', 'ولكن', 'لكنه', 'لكنها', 'بل', 'ثم', 'لذلك', 'لذا', 'بينما', 'فيما', 'غير', 'الا', 'اما', 'واما'];

/**
 * Nouns that start with و or ف and open titles ("وزارة الصحة تعلن …", "وفاة الكاتب …", "فيروس …"), beside titles,
 * places and given names, which are read from their own lexicons. Folded.
 */
export const TITLE_NOUNS_WITH_WAW_OR_FEH: readonly string[] = [
  'وزاره', 'وزراء', 'وكاله', 'وفد', 'وفاه', 'ولايه', 'ولايات', 'وول', 'وادي', 'وسط', 'وحده', 'وحدات', 'ورشه', 'وثيقه', 'وثائق',
  'وظائف', 'وظيفه', 'وقف', 'وصول', 'ورقه', 'والد', 'والده', 'والدا', 'وباء', 'وعود', 'ودائع', 'واردات', 'واقع', 'ولاده', 'وسائل',
  'واتساب', 'وطن', 'وقود', 'وقائع', 'ويكيليكس', 'ويندوز', 'فيروس', 'فيسبوك', 'فريق', 'فوز', 'فندق', 'فرص', 'فرصه', 'فتاه', 'فنان', 'فنانه',
  'فيلم', 'فصائل', 'فرع', 'فقدان', 'فضيحه', 'فتح', 'فرق', 'فعاليات', 'فحص', 'فواتير', 'فاتوره', 'فائض', 'فائده', 'فيضانات', 'فيضان',
];

/** Words after the conjunction و or ف that open a paragraph, never a title ("وفي", "وكان", "فقد"). Folded. */
export const CONJUNCTION_OPENERS: readonly string[] = [
  'في', 'كان', 'كانت', 'قد', 'لم', 'لا', 'لن', 'من', 'علي', 'الي', 'عن', 'مع', 'بعد', 'قبل', 'منذ', 'خلال', 'تم', 'هو', 'هي', 'هذا', 'هذه',
  'ذلك', 'تلك', 'ان', 'اما', 'لكن', 'اذا', 'بين', 'حسب', 'بحسب', 'وفق', 'وفقا', 'كما', 'ايضا', 'بذلك', 'بهذا', 'لذلك', 'عليه', 'ما', 'بات', 'باتت',
  'ارتفع', 'ارتفعت', 'انخفض', 'انخفضت', 'اعتبر', 'اعتبرت', 'استمر', 'استمرت', 'اختتم', 'اختتمت', 'انطلق', 'انطلقت',
];

/** Words that open a paragraph going on from the one before, never a title: "كما أعلن …", "من جهته، …". Folded. */
export const PARAGRAPH_OPENERS: readonly string[] = ['كما', 'كذلك', 'يذكر', 'يشار', 'من جهه', 'من جهته', 'من جهتها', 'من جانبه', 'من جانبها', 'في المقابل', 'في حين', 'في غضون'];

/** "هذا ما قاله", "هكذا قال": words that point back at the quote before them. Folded. */
export const POINTING_BACK_WORDS: readonly string[] = ['هذا', 'هذه', 'ذلك', 'هكذا', 'وهذا', 'وهكذا'];
/** "بهذه الكلمات", "بهذه العبارة": the words just quoted, after "بهذه". Folded. */
export const QUOTED_WORDS_NOUNS: readonly string[] = ['الكلمات', 'الكلمه', 'العبارات', 'العباره', 'الجمله', 'الجمل'];

/** Nouns of wording between an attribution's lead and the speaker: "وفق تعبير نيلسن", "حسب وصف الوزير". Folded. */
export const WORDING_NOUNS: readonly string[] = ['تعبير', 'قول', 'وصف', 'روايه', 'كلام'];

/** "حين", "عندما": a speech verb after one tells when the sentence's subject did what its first verb says. Folded. */
export const WHEN_WORDS: readonly string[] = ['حين', 'عندما', 'حينما', 'لما'];
/** Words before a sentence's first verb: "وقد", "لقد". Folded. */
export const BEFORE_FIRST_VERB: readonly string[] = ['و', 'قد', 'وقد', 'لقد', 'فقد', 'ولقد'];

/** Present verbs of expecting or believing that are impersonal ("ويتوقع أن": it is expected that). Folded. */
export const IMPERSONAL_VERBS: readonly string[] = ['يتوقع', 'يعتقد', 'يرجح', 'يقدر', 'يفترض', 'ينتظر'];

/** Counts before a plural ("ثلاثة مصادر مطلعة", "عدة مسؤولين"): a count of anonymous sources is anonymous. Folded. */
export const COUNT_NOUNS: readonly string[] = ['اثنان', 'اثنين', 'ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره', 'عده', 'بضعه'];

/** "بصراحة", "بثقة", "بحسرة": ب and a noun of manner, an adverb between a speaker's name and what is said. Folded. */
export const MANNER_ADVERBS: readonly string[] = [
  'بصراحه', 'بثقه', 'بشده', 'بقوه', 'بسرعه', 'بحسره', 'بمراره', 'بجديه', 'بدقه', 'بحده', 'بصرامه', 'بسخريه', 'بحماسه', 'بلهجه', 'بنبره',
  'بعصبيه', 'ببساطه', 'بشفافيه', 'بطريقه', 'بحراره', 'بمرونه', 'بواقعيه', 'بموضوعيه', 'بايجابيه', 'بسلبيه', 'بدهشه', 'بحكمه',
];

/** "وهو", "وهي": "who is", opening a description of the one just named ("أبو أحمد، وهو نازح من الشمال،"). Folded. */
export const DESCRIPTION_PRONOUNS: readonly string[] = ['وهو', 'وهي'];

/**
 * Ordinals that number a monarch or a pope after the name ("تشارلز الثالث", "بنديكت السادس عشر", "لاوون الرابع
 * عشر"), folded; "عشر" after one of them is the name's too.
 */
export const REGNAL_ORDINALS: readonly string[] = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي'];

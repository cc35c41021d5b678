/**
 * Past-tense verbs (third person masculine, as printed) that open news sentences and are never names:
 * "أثار تركي آل الشيخ …", "التقى مون …", "وتركزت المحادثات …". Speech verbs are in `cues.ts`; verbs that are
 * also common names (كرم، صادق، سعد، شهد، وعد، أمل، أشرف) are left out. The feminine and و/ف forms are derived.
 */
export const NEWS_VERBS: readonly string[] = [
  'أثار', 'تولى', 'نجح', 'تركز', 'اعتمد', 'هاجم', 'بدأ', 'أصدر', 'عقد', 'زار', 'التقى', 'استقبل', 'افتتح', 'شارك', 'حضر',
  'أجرى', 'تسلم', 'قرر', 'ناقش', 'تفقد', 'ترأس', 'دشن', 'أطلق', 'نظم', 'استعرض', 'قدم', 'تلقى', 'وصل', 'غادر', 'توجه', 'وجه',
  'أنهى', 'أعاد', 'سجل', 'حقق', 'خسر', 'تمكن', 'تعرض', 'تسبب', 'أسفر', 'أدى', 'ساهم', 'أسهم', 'انطلق', 'اختتم', 'احتفل',
  'وافق', 'أقر', 'أصبح', 'بات', 'ظل', 'أمضى', 'قضى', 'تناول', 'استضاف', 'استهدف', 'قصف', 'اعتقل', 'داهم', 'ضبط', 'أوقف',
  'أخرج', 'طبق', 'شكل', 'أنشأ', 'أسس', 'جمع', 'ضم', 'تضمن', 'شمل', 'رصد', 'سيطر', 'انسحب', 'تقدم', 'تراجع', 'ارتفع',
  'انخفض', 'تجاوز', 'بلغ', 'سعى', 'عمل', 'حاول', 'استمر', 'واصل', 'انتهى', 'تحول', 'أدار', 'رعى', 'تبنى',
  // stances before the speech verb that reports them: "قلل X من أهمية …، وقال"
  'قلل', 'هون', 'ثمن', 'سخر',
  // "دافع عزيز أخنوش، رئيس الحكومة، عن حصيلة حكومته", "جدد الوزير X تمسكه بـ…"
  'دافع', 'جدد',
];

/**
 * News verbs whose object, a place or a thing, follows the subject's name right after it ("زار وزير الدفاع بيت
 * هيغسيث القاعدة العسكرية", "افتتح المحافظ سامي النجار المعرض"): a definite word past two name words is the object.
 */
// ("ورفع رئيس الهيئة تركي آل الشيخ الشكر للقيادة": thanks raised, the thing that follows)
export const PLACE_OBJECT_VERBS: readonly string[] = ['زار', 'تفقد', 'افتتح', 'دشن', 'ترأس', 'استعرض', 'رفع'];

/**
 * Nouns of events that open headlines ("العراق: مقتل ثلاثة جنود"), besides the verbal-noun shapes
 * (`EVENT_NOUN_SHAPE`, below): words after a place and a colon that open with one of these are no person's name.
 */
export const EVENT_NOUNS: readonly string[] = [
  'مقتل', 'مصرع', 'وفاة', 'سقوط', 'هجوم', 'قصف', 'حريق', 'غرق', 'فوز', 'ضبط', 'القبض', 'عودة', 'وصول', 'رحيل', 'هبوط',
  'صعود', 'نزوح', 'فرار', 'زلزال', 'فيضانات', 'اشتباكات', 'مظاهرات', 'احتجاجات', 'غارات', 'إصابة', 'هدنة',
];

/** Deaths, injuries and arrests announced right after the announcer's name ("أعلن … كاتس مقتل ثلاثة جنود"); no family names. */
export const OBJECT_EVENT_NOUNS: readonly string[] = ['مقتل', 'مصرع', 'وفاة', 'إصابة', 'اعتقال', 'استشهاد', 'اغتيال', 'اختطاف', 'إطلاق', 'إسقاط', 'تدمير'];

/**
 * Heads of a topic's or a tag's name ("كأس العالم", "أزمة الطاقة", "أسعار النفط"), printed beside a date or under a
 * headline: with a definite word after them they read like a given name and a family name, and are neither.
 */
export const TOPIC_NOUNS: readonly string[] = [
  'كأس', 'دوري', 'بطولة', 'أزمة', 'حرب', 'انتخابات', 'قمة', 'مؤتمر', 'ملف', 'قضية', 'سوق', 'أسواق', 'أسعار', 'أخبار', 'مونديال',
  'معرض', 'مهرجان', 'جائزة', 'منتدى', 'ملتقى', 'موسم', 'ذكرى', 'قطاع', 'مباراة', 'نهائي', 'تصفيات', 'برنامج', 'مشروع', 'خطة',
  'صفقة', 'اتفاق', 'اتفاقية', 'ميزانية', 'موازنة', 'عاصفة', 'كارثة', 'جريمة', 'فيروس', 'وباء',
];

/**
 * The shapes of verbal nouns that open a headline's event (or are a verb's object after a body's name), folded: إفعال ("إطلاق"), افتعال ("ارتفاع"), انفعال
 * ("انهيار"), استفعال ("استشهاد"), تفعيل ("تمديد") and تفاعل ("تراجع"), with or without ة.
 */
export const EVENT_NOUN_SHAPE = /^(?:ا\p{L}{2}ا\p{L}|ا\p{L}ت\p{L}ا\p{L}|ان\p{L}{2}ا\p{L}|است\p{L}{2}ا\p{L}|ت\p{L}{2}ي\p{L}|ت\p{L}ا\p{L}{2})ه?$/u;

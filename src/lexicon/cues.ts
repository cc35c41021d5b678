/**
 * Speech cues. Each verb lists its past masculine form, the irregular forms that the regular suffixes
 * do not produce, its present forms, and its participle stems. `strength`:
 * - `say`: plain speech verbs that introduce direct quotes (قال، أضاف، تابع…);
 * - `report`: verbs of stating and announcing (أكد، أعلن، أوضح…), which also take indirect speech;
 * - `opinion`: verbs that mostly govern a quoted fragment or reported view (وصف، اعتبر، دعا…).
 * All entries are folded (ا for أ/إ/آ, ي for ى, ه for ة) before use.
 */
export interface CueVerb {
  past: string;
  /** Extra inflected past forms: feminine, dual, plural when the regular suffix rules miss them. */
  forms?: readonly string[];
  present: readonly string[];
  participles: readonly string[];
  strength: 'say' | 'report' | 'opinion';
  /** True for verbs whose object, right after their subject, is whom they told: "أبلغ الوزير النواب بأن …". */
  addressee?: true;
}

export const CUE_VERBS: readonly CueVerb[] = [
  { past: 'قال', present: ['يقول', 'تقول', 'يقولون'], participles: ['قائل'], strength: 'say' },
  { past: 'أضاف', present: ['يضيف', 'تضيف'], participles: ['مضيف'], strength: 'say' },
  { past: 'تابع', present: ['يتابع', 'تتابع'], participles: ['متابع'], strength: 'say' },
  { past: 'زاد', present: [], participles: [], strength: 'say' },
  { past: 'أردف', present: ['يردف', 'تردف'], participles: ['مردف'], strength: 'say' },
  { past: 'استطرد', present: ['يستطرد'], participles: ['مستطرد'], strength: 'say' },
  { past: 'استدرك', present: ['يستدرك'], participles: ['مستدرك'], strength: 'say' },
  { past: 'أكمل', present: ['يكمل', 'تكمل'], participles: [], strength: 'say' },
  { past: 'واصل', present: ['يواصل'], participles: [], strength: 'say' },
  { past: 'مضى', forms: ['مضت'], present: ['يمضي'], participles: [], strength: 'say' },
  { past: 'ختم', present: ['يختم', 'تختم'], participles: ['مختتم'], strength: 'say' },
  { past: 'خلص', forms: ['خلصت'], present: ['يخلص'], participles: [], strength: 'say' },
  { past: 'اختتم', present: ['يختتم', 'تختتم'], participles: [], strength: 'say' },
  { past: 'أجاب', present: ['يجيب', 'تجيب'], participles: ['مجيب'], strength: 'say' },
  { past: 'رد', forms: ['ردت', 'ردوا'], present: ['يرد', 'ترد'], participles: [], strength: 'say' },
  { past: 'سأل', present: ['يسأل', 'تسأل'], participles: [], strength: 'say', addressee: true },
  { past: 'تساءل', present: ['يتساءل', 'تتساءل'], participles: ['متسائل'], strength: 'say' },
  { past: 'صرح', present: ['يصرح', 'تصرح'], participles: ['مصرح'], strength: 'say' },
  { past: 'أبلغ', present: ['يبلغ', 'تبلغ'], participles: [], strength: 'say', addressee: true },
  { past: 'أخبر', present: ['يخبر', 'تخبر'], participles: [], strength: 'say', addressee: true },
  // "وطمأن وزير الصحة المواطنين بأن …": reassured
  { past: 'طمأن', present: ['يطمئن', 'تطمئن'], participles: [], strength: 'report', addressee: true },
  { past: 'خاطب', present: ['يخاطب', 'تخاطب'], participles: ['مخاطب'], strength: 'say', addressee: true },
  { past: 'هتف', present: ['يهتف'], participles: [], strength: 'say' },
  { past: 'صاح', present: ['يصيح'], participles: [], strength: 'say' },
  // (no participle: "صارخ" is mostly "blatant", "انتهاك صارخ")
  { past: 'صرخ', present: ['يصرخ', 'تصرخ'], participles: [], strength: 'say' },
  { past: 'همس', present: ['يهمس', 'تهمس'], participles: [], strength: 'say' },
  { past: 'كتب', present: ['يكتب', 'تكتب'], participles: ['كاتب'], strength: 'say' },
  { past: 'غرد', present: ['يغرد', 'تغرد'], participles: ['مغرد'], strength: 'say' },
  { past: 'علق', present: ['يعلق', 'تعلق'], participles: ['معلق'], strength: 'say' },
  // Maghreb copy: "وأورد المتحدث ذاته أن …"
  { past: 'أورد', present: ['يورد', 'تورد'], participles: [], strength: 'report' },
  // "«…»، بهذه الكلمات لخص X أجواء اللقاء"
  { past: 'لخص', present: ['يلخص', 'تلخص'], participles: [], strength: 'say' },
  { past: 'أكد', present: ['يؤكد', 'تؤكد', 'يؤكدون'], participles: ['مؤكد'], strength: 'report' },
  { past: 'أوضح', present: ['يوضح', 'توضح'], participles: ['موضح'], strength: 'report' },
  { past: 'بين', present: ['يبين', 'تبين'], participles: ['مبين'], strength: 'report' },
  { past: 'أبان', present: ['يبين'], participles: [], strength: 'report' },
  { past: 'أشار', present: ['يشير', 'تشير'], participles: ['مشير'], strength: 'report' },
  // Maghreb copy: "وأبرز المتحدث أن …", "مبرزا أن …" (also "the most prominent": read only where context makes it a verb)
  { past: 'أبرز', present: ['يبرز', 'تبرز'], participles: ['مبرز'], strength: 'report' },
  { past: 'لفت', present: ['يلفت', 'تلفت'], participles: ['لافت'], strength: 'report' },
  { past: 'نوه', present: ['ينوه', 'تنوه'], participles: ['منوه'], strength: 'report' },
  { past: 'نبه', present: ['ينبه', 'تنبه'], participles: ['منبه'], strength: 'report' },
  { past: 'ألمح', present: ['يلمح', 'تلمح'], participles: ['ملمح'], strength: 'report' },
  { past: 'شدد', present: ['يشدد', 'تشدد'], participles: ['مشدد'], strength: 'report' },
  { past: 'ذكر', present: ['يذكر', 'تذكر'], participles: ['مذكر'], strength: 'report' },
  { past: 'أعلن', present: ['يعلن', 'تعلن'], participles: ['معلن'], strength: 'report' },
  { past: 'أفاد', present: ['يفيد', 'تفيد'], participles: ['مفيد'], strength: 'report' },
  { past: 'كشف', present: ['يكشف', 'تكشف'], participles: ['كاشف'], strength: 'report' },
  { past: 'نشر', present: ['ينشر', 'تنشر'], participles: [], strength: 'report' },
  { past: 'نقل', present: ['ينقل', 'تنقل'], participles: ['ناقل'], strength: 'report' },
  { past: 'روى', forms: ['روت', 'رووا'], present: ['يروي', 'تروي'], participles: ['راوي'], strength: 'report' },
  { past: 'أعرب', present: ['يعرب', 'تعرب'], participles: ['معرب'], strength: 'report' },
  { past: 'عبر', present: ['يعبر', 'تعبر'], participles: ['معبر'], strength: 'report' },
  { past: 'حذر', present: ['يحذر', 'تحذر'], participles: ['محذر'], strength: 'report', addressee: true },
  { past: 'أقر', forms: ['أقرت', 'أقروا'], present: ['يقر', 'تقر'], participles: ['مقر'], strength: 'report' },
  { past: 'اعترف', present: ['يعترف', 'تعترف'], participles: ['معترف'], strength: 'report' },
  { past: 'نفى', forms: ['نفت', 'نفوا'], present: ['ينفي', 'تنفي'], participles: ['ناف', 'نافي'], strength: 'report' },
  { past: 'زعم', present: ['يزعم', 'تزعم'], participles: ['زاعم'], strength: 'report' },
  { past: 'ادعى', forms: ['ادعت', 'ادعوا'], present: ['يدعي', 'تدعي'], participles: ['مدعي'], strength: 'report' },
  { past: 'أصر', forms: ['أصرت', 'أصروا'], present: ['يصر', 'تصر'], participles: ['مصر'], strength: 'report' },
  { past: 'جزم', present: ['يجزم'], participles: ['جازم'], strength: 'report' },
  { past: 'توقع', present: ['يتوقع', 'تتوقع'], participles: ['متوقع'], strength: 'report' },
  { past: 'رجح', present: ['يرجح', 'ترجح'], participles: ['مرجح'], strength: 'report' },
  { past: 'استبعد', present: ['يستبعد', 'تستبعد'], participles: ['مستبعد'], strength: 'report' },
  { past: 'تعهد', present: ['يتعهد', 'تتعهد'], participles: ['متعهد'], strength: 'report' },
  { past: 'وعد', present: ['يعد'], participles: ['واعد'], strength: 'report', addressee: true },
  { past: 'هدد', present: ['يهدد', 'تهدد'], participles: ['مهدد'], strength: 'report', addressee: true },
  { past: 'توعد', present: ['يتوعد', 'تتوعد'], participles: ['متوعد'], strength: 'report', addressee: true },
  { past: 'جدد', present: ['يجدد', 'تجدد'], participles: ['مجدد'], strength: 'report' },
  { past: 'اعتبر', present: ['يعتبر', 'تعتبر'], participles: ['معتبر'], strength: 'opinion' },
  { past: 'رأى', forms: ['رأت', 'رأوا', 'رايا'], present: ['يرى', 'ترى'], participles: ['رائي'], strength: 'opinion' },
  { past: 'وصف', present: ['يصف', 'تصف'], participles: ['واصف'], strength: 'opinion' },
  { past: 'دعا', forms: ['دعت', 'دعوا'], present: ['يدعو', 'تدعو'], participles: ['داعي', 'داع'], strength: 'opinion' },
  { past: 'طالب', present: ['يطالب', 'تطالب'], participles: ['مطالب'], strength: 'opinion' },
  { past: 'ناشد', present: ['يناشد', 'تناشد'], participles: ['مناشد'], strength: 'opinion' },
  { past: 'حث', forms: ['حثت', 'حثوا'], present: ['يحث', 'تحث'], participles: [], strength: 'opinion' },
  { past: 'اتهم', present: ['يتهم', 'تتهم'], participles: ['متهم'], strength: 'opinion' },
  { past: 'انتقد', present: ['ينتقد', 'تنتقد'], participles: ['منتقد'], strength: 'opinion' },
  { past: 'أشاد', present: ['يشيد', 'تشيد'], participles: ['مشيد'], strength: 'opinion' },
  { past: 'رحب', present: ['يرحب', 'ترحب'], participles: ['مرحب'], strength: 'opinion' },
  { past: 'ندد', present: ['يندد', 'تندد'], participles: ['مندد'], strength: 'opinion' },
  { past: 'أدان', present: ['يدين', 'تدين'], participles: [], strength: 'opinion' },
  // "واستنكرت وزارة الخارجية القطرية في بيان «الاعتداء السافر»": a denunciation, as أدان
  { past: 'استنكر', present: ['يستنكر', 'تستنكر'], participles: ['مستنكر'], strength: 'opinion' },
  // "وعزا البنك المركزي الهبوط إلى «…»": the cause given is the subject's view
  { past: 'عزا', forms: ['عزت', 'عزوا'], present: ['يعزو', 'تعزو'], participles: [], strength: 'opinion' },
  { past: 'أرجع', present: [], participles: [], strength: 'opinion' },
  { past: 'برر', present: ['يبرر', 'تبرر'], participles: [], strength: 'opinion' },
  { past: 'سمى', forms: ['سمت', 'أسماه', 'أسمته', 'أسماها', 'سماه', 'سماها'], present: ['يسمي', 'تسمي'], participles: [], strength: 'opinion' },
  { past: 'أبدى', forms: ['أبدت', 'أبدوا'], present: ['يبدي'], participles: ['مبدي'], strength: 'report' },
  { past: 'شرح', present: ['يشرح', 'تشرح'], participles: ['شارح'], strength: 'report' },
  { past: 'ادلى', forms: ['أدلت'], present: ['يدلي'], participles: [], strength: 'report' },
  { past: 'قرر', present: [], participles: [], strength: 'opinion' },
];

/** Noun cues: the quote or report belongs to the nearby speaker. */
export const NOUN_CUES: readonly string[] = [
  'بالقول', 'بقوله', 'بقولها', 'قوله', 'قولها', 'قولهم', 'تصريح', 'تصريحات', 'تصريحاته', 'تصريحاتها', 'بيان', 'البيان',
  'كلمة', 'كلمته', 'كلمتها', 'خطاب', 'خطابه', 'مؤتمر صحفي', 'مقابلة', 'حديث', 'حوار', 'تغريدة', 'تغريدات', 'منشور', 'رسالة',
  'ما نصه', 'ما مفاده', 'جاء في', 'وجاء في', 'مداخلة', 'اتصال هاتفي',
  // "ونسبت الصحيفة إلى الوزير القول إن …": the saying ascribed (a cue only after a verb of ascribing: "يمكن القول إن"
  // is the reporter's)
  'القول',
];
/** "على حد قوله / تعبيره": the quote's speaker is the current one. */
export const SELF_ATTRIBUTIONS: readonly string[] = ['على حد قوله', 'على حد قولها', 'على حد تعبيره', 'على حد تعبيرها', 'حسب قوله', 'حسب تعبيره', 'بحسب قوله', 'بحسب تعبيره', 'كما قال', 'كما قالت'];

/** "«…»، كما أضاف الوزير X", "«…»، حسبما قال ياسين": "as … said", a word before a speech verb whose subject speaks the quote before. */
export const AS_SAID_LEADS: readonly string[] = ['كما', 'وكما', 'حسبما', 'وحسبما', 'بحسبما', 'وبحسبما', 'وفقما'];

/** "ووفقا لـ", "طبقا لـ": "according to", with ل glued to the name's first word. */
export const ACCORDING_TO_GLUED_LEADS: readonly string[] = ['وفقا', 'ووفقا', 'طبقا', 'وطبقا'];

/** "على حد تعبير X «…»", "على لسان الوزير «…»": the name after the phrase speaks the quote that follows. */
export const ACCORDING_TO: readonly string[] = [
  'على حد تعبير', 'على حد قول', 'حسب تعبير', 'بحسب تعبير', 'حسب قول', 'بحسب قول', 'وفق تعبير', 'على لسان',
  // "وبحسب بيان صادر عن رئاسة الوزراء، فإن الحكومة «…»"
  'بحسب', 'حسب',
  // "واستنادا إلى تصريحات وزير الصحة X، فإن «…»"
  'استنادا إلى', 'بالاستناد إلى',
];

/** Discourse links that hand the floor to the name that follows (or keep the current speaker). */
export const TURN_LINKS: readonly string[] = ['من جهته', 'من جهتها', 'من جانبه', 'من جانبها', 'بدوره', 'بدورها', 'من ناحيته', 'من ناحيتها', 'في المقابل', 'أما'];

/** The reporter's own voice: not speech even though it looks like a cue. */
export const REPORTER_VOICE: readonly string[] = ['يذكر أن', 'ويذكر أن', 'تجدر الإشارة', 'وتجدر الإشارة', 'يشار إلى', 'ويشار إلى'];

/**
 * Month names as Arabic sites print them, by month number (1–12). Entries are written as printed; they are
 * folded (alef forms, ى, ة, diacritics) before matching, so one spelling per folded form is enough. (Levantine pages
 * shorten تشرين and كانون to a letter and the month's rank, or print the rank after the name: "12 ت2 2026", "12 تشرين2 2026";
 * or print the rank without its article: "12 تشرين أول 2026".)
 */
export const GREGORIAN_MONTHS: Readonly<Record<number, readonly string[]>> = {
  1: ['يناير', 'كانون الثاني', 'كانون ثاني', 'ك2', 'كانون2', 'جانفي', 'ينير', 'January', 'janvier', 'Jan'],
  2: ['فبراير', 'شباط', 'فيفري', 'فبراير', 'February', 'février', 'fevrier', 'Feb'],
  3: ['مارس', 'آذار', 'March', 'mars', 'Mar'],
  4: ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل', 'افريل', 'April', 'avril', 'Apr'],
  5: ['مايو', 'أيار', 'ماي', 'May', 'mai'],
  6: ['يونيو', 'يونيه', 'حزيران', 'جوان', 'يونيو', 'June', 'juin', 'Jun'],
  7: ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز', 'July', 'juillet', 'Jul'],
  8: ['أغسطس', 'اغسطس', 'آب', 'أوت', 'غشت', 'August', 'août', 'aout', 'Aug'],
  9: ['سبتمبر', 'أيلول', 'شتنبر', 'September', 'septembre', 'Sep', 'Sept'],
  10: ['أكتوبر', 'اكتوبر', 'أوكتوبر', 'تشرين الأول', 'تشرين أول', 'ت1', 'تشرين1', 'October', 'octobre', 'Oct'],
  11: ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'ت2', 'تشرين2', 'نونبر', 'November', 'novembre', 'Nov'],
  12: ['ديسمبر', 'كانون الأول', 'كانون أول', 'ك1', 'كانون1', 'دجنبر', 'December', 'décembre', 'decembre', 'Dec'],
};

/** Hijri month names (Umm al-Qura spelling and common variants), by month number. */
export const HIJRI_MONTHS: Readonly<Record<number, readonly string[]>> = {
  1: ['محرم'],
  2: ['صفر'],
  3: ['ربيع الأول', 'ربيع الاول'],
  4: ['ربيع الآخر', 'ربيع الثاني'],
  5: ['جمادى الأولى', 'جمادى الاولى'],
  6: ['جمادى الآخرة', 'جمادى الثانية'],
  7: ['رجب'],
  8: ['شعبان'],
  9: ['رمضان'],
  10: ['شوال'],
  11: ['ذو القعدة', 'ذي القعدة'],
  12: ['ذو الحجة', 'ذي الحجة'],
};

/** Weekday names, Arabic and the foreign forms that appear on Arabic pages, by day of the week (0 Sunday … 6 Saturday). */
export const WEEKDAYS_BY_NUMBER: Readonly<Record<number, readonly string[]>> = {
  0: ['الأحد', 'Sunday', 'dimanche'],
  1: ['الاثنين', 'الإثنين', 'Monday', 'lundi'],
  2: ['الثلاثاء', 'Tuesday', 'mardi'],
  3: ['الأربعاء', 'Wednesday', 'mercredi'],
  4: ['الخميس', 'Thursday', 'jeudi'],
  5: ['الجمعة', 'Friday', 'vendredi'],
  6: ['السبت', 'Saturday', 'samedi'],
};
/** Every weekday name. */
export const WEEKDAYS: readonly string[] = Object.values(WEEKDAYS_BY_NUMBER).flat();
/** Words that label a line as the last update rather than the publication. */
export const UPDATE_LABELS: readonly string[] = [
  'آخر تحديث', 'اخر تحديث', 'تم التحديث', 'آخر تعديل', 'اخر تعديل', 'تحديث', 'updated', 'mis à jour',
  // a health site's review of the story: "آخر مراجعة طبية: 17/03/2018"
  'آخر مراجعة طبية', 'اخر مراجعة طبية', 'آخر مراجعة', 'تاريخ المراجعة الطبية', 'تاريخ المراجعة',
];

/** Verbs that open a publication stamp before its credit: "نُشر بواسطة منى سعيد في …", "أضيف في …". */
export const PUBLISHED_VERBS: readonly string[] = ['نشر', 'نشرت', 'نشره', 'أضيف', 'أضيفت'];

/** Words that label a line as the publication date. */
export const PUBLISHED_LABELS: readonly string[] = ['نشر', 'نشر في', 'نشرت في', 'نشر بتاريخ', 'بتاريخ', 'تاريخ النشر', 'تم النشر', 'أضيف في', 'أضيفت في', 'published', 'publié le'];

/** UTC offsets of zones sites name in Arabic ("بتوقيت أبوظبي"). Standard time; DST is not guessed. */
export const NAMED_ZONES: Readonly<Record<string, string>> = {
  'أبوظبي': '+04:00', 'ابوظبي': '+04:00', 'دبي': '+04:00', 'الإمارات': '+04:00', 'مسقط': '+04:00',
  'مكة': '+03:00', 'مكة المكرمة': '+03:00', 'الرياض': '+03:00', 'السعودية': '+03:00', 'الدوحة': '+03:00',
  'الكويت': '+03:00', 'بغداد': '+03:00', 'المنامة': '+03:00', 'عمان': '+03:00', 'القدس': '+02:00',
  'القاهرة': '+02:00', 'مصر': '+02:00', 'بيروت': '+02:00', 'دمشق': '+03:00', 'غرينتش': '+00:00',
  'جرينتش': '+00:00', 'تونس': '+01:00', 'الجزائر': '+01:00', 'المغرب': '+01:00', 'الرباط': '+01:00',
};

/** Latin zone names printed after a time on Arabic pages ("14:20 KSA"), lower case. */
export const LATIN_ZONES: Readonly<Record<string, string>> = { 'ksa': '+03:00', 'gst': '+04:00', 'uae': '+04:00' };

/** A clock's hours in words, as a programme's slot names them: "التاسعة مساء", "الحادية عشرة ليلا". */
export const CLOCK_HOUR_WORDS: readonly string[] = [
  'الواحدة', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية عشرة', 'الثانية عشرة',
];

/** Quote and speaker rules, each on sentences written for the test in the style of Arabic news copy. */
import { describe, expect, it } from 'vitest';
import { isRoleHead } from '../src/quotes/role-forms.js';
import { parseArticle, type Article } from '../src/index.js';

const HEAD = 'عنوان الخبر التجريبي اليوم\n\n';
const parse = (...paragraphs: string[]): Article => parseArticle(HEAD + paragraphs.join('\n\n'));
const speech = (a: Article) => a.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker }));
const indirect = (a: Article) => a.quotes.filter((q) => q.kind === 'indirect').map((q) => ({ text: q.text, speaker: q.speaker }));

describe('quote marks', () => {
  it.each([
    ['straight', 'وقال الوزير سمير داود: "سنبدأ العمل الأسبوع المقبل في كل المحافظات".'],
    ['curly', 'وقال الوزير سمير داود: “سنبدأ العمل الأسبوع المقبل في كل المحافظات”.'],
    ['guillemets', 'وقال الوزير سمير داود: «سنبدأ العمل الأسبوع المقبل في كل المحافظات».'],
    ['reversed guillemets', 'وقال الوزير سمير داود: »سنبدأ العمل الأسبوع المقبل في كل المحافظات«.'],
    ['reversed curly', 'وقال الوزير سمير داود: ”سنبدأ العمل الأسبوع المقبل في كل المحافظات“.'],
    ['mismatched curly and straight', 'وقال الوزير سمير داود: “سنبدأ العمل الأسبوع المقبل في كل المحافظات".'],
  ])('%s', (_name, paragraph) => {
    expect(speech(parse(paragraph))).toEqual([{ text: 'سنبدأ العمل الأسبوع المقبل في كل المحافظات', kind: 'direct', speaker: 'سمير داود' }]);
  });

  it('runs a quote with no closing mark to the end of its paragraph', () => {
    const a = parse('وقالت المديرة هالة نصار: "الأرقام تتحسن شهرا بعد شهر، ونأمل أن يستمر ذلك.', 'وفي سياق آخر، افتتح المعرض أبوابه أمس.');
    expect(speech(a)).toEqual([{ text: 'الأرقام تتحسن شهرا بعد شهر، ونأمل أن يستمر ذلك.', kind: 'direct', speaker: 'هالة نصار' }]);
  });

  it('ends a quote that lost its closing mark at a sentence, never at the stop of an abbreviated title (د.), and reads the next speaker from there', () => {
    const a = parse(
      'قال المهندس سعيد الراشد إن المشروع يتقدم، مضيفا "نحتاج إلى وقت أطول لإنهاء المرحلة الأولى. ولدينا خطط للمرحلة الثانية أيضا. من جانبه رأى د. فرانك أليسون خبير الطاقة أن هناك حلولا أخرى، مضيفا "نحن نعمل على أبحاث جديدة في الطاقة الشمسية".',
    );
    expect(speech(a)).toEqual([
      { text: 'نحتاج إلى وقت أطول لإنهاء المرحلة الأولى. ولدينا خطط للمرحلة الثانية أيضا.', kind: 'direct', speaker: 'سعيد الراشد' },
      { text: 'نحن نعمل على أبحاث جديدة في الطاقة الشمسية', kind: 'direct', speaker: 'فرانك أليسون' },
    ]);
    expect(indirect(a)).toEqual([
      { text: 'المشروع يتقدم', speaker: 'سعيد الراشد' },
      { text: 'هناك حلولا أخرى', speaker: 'فرانك أليسون' },
    ]);
  });

  it('reads a stray mark never closed, with no cue before it, as no quote, but keeps one cut off in the last paragraph', () => {
    const stray = 'واستطاعت المنطقة ومحافظاتها الزراعية مثل "حبونا, وبدر الجنوب, وخباش, أن تؤمن اكتفاءها الذاتي من هذه المحاصيل وأن تصدر منها إلى مدن المملكة.';
    expect(parse(stray, 'وفي سياق آخر، افتتح المعرض أبوابه أمس.').quotes).toEqual([]);
    const cut = parse('وفي سياق آخر، افتتح المعرض أبوابه أمس.', 'وفي ختام اللقاء "الدول المشاركة تؤكد التزامها الكامل بدعم جهود السلام في المنطقة وتدعو جميع الأطراف إلى');
    expect(cut.quotes).toHaveLength(1);
  });

  it('joins a quote that runs on into paragraphs opening with a mark', () => {
    const a = parse('وقال رئيس البلدية كمال يوسف: "أنجزنا نصف المشروع.', '"والنصف الآخر سيكتمل قبل الصيف".');
    expect(a.quotes[0]!.text).toBe('أنجزنا نصف المشروع.\nوالنصف الآخر سيكتمل قبل الصيف');
    expect(a.quotes[0]!.endParagraph).toBe(1);
    expect(a.quotes[0]!.speaker).toBe('كمال يوسف');
  });

  it('keeps a nested quote of another style inside the outer one', () => {
    const a = parse('وقال الناشط سامر حداد: «رفعنا شعار "لا للتهميش" منذ اليوم الأول».');
    expect(speech(a)).toEqual([{ text: 'رفعنا شعار "لا للتهميش" منذ اليوم الأول', kind: 'direct', speaker: 'سامر حداد' }]);
  });

  it('keeps a short quote in straight marks nested inside a quote in straight marks', () => {
    const a = parse('وقال المدير العام سامي نور: "وفرت مبادرة "غيث الخير" آلاف الوظائف منذ تأسيسها، ونسعى إلى مضاعفتها".');
    expect(speech(a)).toEqual([{ text: 'وفرت مبادرة "غيث الخير" آلاف الوظائف منذ تأسيسها، ونسعى إلى مضاعفتها', kind: 'direct', speaker: 'سامي نور' }]);
  });

  it('nests the short quote of a governed quote too, and counts it as a quoted name', () => {
    const a = parse(
      'وانتقدت النائبة ليلى حداد "تخيير الناخبين بين "قطبين متشابهين" لا يقدم أي منهما برنامجا واضحا".',
      'ويرى مراقبون أن الحديث عن "قطبين متشابهين" يخفي تحالفات قديمة.',
      'وتسخر الصحف من "قطبين متشابهين" منذ أسابيع.',
    );
    expect(speech(a).map((q) => q.text)).toEqual(['تخيير الناخبين بين "قطبين متشابهين" لا يقدم أي منهما برنامجا واضحا']);
  });

  it('reads a doubled mark as one opening mark, not as a quote nested in a quote', () => {
    const a = parse('وقالت المديرة هالة نصار: "المشاريع تسير وفق الخطة". يذكر أن ""صندوق التنمية"، قد موّل عشرين مشروعا العام الماضي بحسب "تقرير الأداء" الأخير.');
    expect(speech(a).map((q) => q.text)).toEqual(['المشاريع تسير وفق الخطة']);
  });

  it('never nests a short quote after a quote that lost its closing mark when no closer follows', () => {
    const a = parse('وقال الوزير سامي نور: "سنبدأ العمل قريبا، ثم زار الوزير مشروع "سد النهضة" في الشمال.');
    expect(speech(a).map((q) => q.text)).toContain('سنبدأ العمل قريبا، ثم زار الوزير مشروع');
  });

  it('recovers a quote whose opening mark is missing after a colon', () => {
    const a = parse('وتساءل المواطن رامي سعيد: لماذا تأخرت الحكومة في إصلاح الطريق كل هذه المدة؟»، مطالبا بمحاسبة المسؤولين.');
    expect(speech(a)[0]).toMatchObject({ text: 'لماذا تأخرت الحكومة في إصلاح الطريق كل هذه المدة؟', kind: 'direct' });
  });

  it('still recovers a quote that lost its opening mark after stray closers with no colon before them', () => {
    // (each stray closer's scan back remembers where the last one found no colon: the colon after it is still read)
    const a = parse('وصل الفريق إلى الملعب» متأخرا» ثم تساءل المدرب رامي سعيد: لماذا تأخرت الحافلة كل هذه المدة؟»، مطالبا بتفسير.');
    expect(speech(a).map((q) => q.text)).toEqual(['لماذا تأخرت الحافلة كل هذه المدة؟']);
    // (a full stop after the stray closers and before the colon-less closer: nothing is recovered)
    const b = parse('وصل الفريق إلى الملعب» متأخرا. ثم غادر المدرب بعد ساعة» دون أي تعليق.');
    expect(speech(b)).toEqual([]);
  });

  it('gives offsets that slice the verbatim paragraph', () => {
    const a = parse('وقالَ الوزيــر سمير داود إنَّ "الخطةَ جاهزةٌ للتنفيذ الآن".');
    for (const q of a.quotes) expect(a.paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('cues and speakers', () => {
  it('reads the name after the verb, and the role from the apposition', () => {
    const a = parse('وقال وزير الصحة الأردني، فراس الهواري، إن "المستشفيات جاهزة لاستقبال الحالات كافة".');
    expect(speech(a)[0]!.speaker).toBe('فراس الهواري');
    expect(a.speakers[0]).toMatchObject({ name: 'فراس الهواري', role: 'وزير الصحة الأردني' });
  });

  it('reads a name before the verb after أما', () => {
    const a = parse('أما المدرب حسام البدري، الذي تسلم مهمته الشهر الماضي، فقال: "الفريق يتطور في كل مباراة".');
    expect(speech(a)[0]!.speaker).toBe('حسام البدري');
  });

  it('gives a participle the subject of its clause', () => {
    const a = parse('وزار رئيس الوزراء، نبيل الخطيب، المصنع الجديد.', 'وتفقد الخطيب خطوط الإنتاج، قائلا: "هذا المصنع سيوفر ألف فرصة عمل".');
    expect(speech(a)[0]).toMatchObject({ speaker: 'نبيل الخطيب', kind: 'direct' });
  });

  it('never reads a verb inside the quote before a participle as the participle\'s governing verb ("إذا أُقرت السلفة"، لافتا)', () => {
    const a = parse('وأكد وزير الطاقة وليد فياض في حديث إذاعي أن "الخطة قابلة للتنفيذ إذا أُقرت السلفة المطلوبة لشراء الفيول"، لافتا إلى أن المؤسسة "لا تستطيع الاستمرار بالتعرفة الحالية".');
    expect(speech(a)).toEqual([
      { text: 'الخطة قابلة للتنفيذ إذا أُقرت السلفة المطلوبة لشراء الفيول', kind: 'direct', speaker: 'وليد فياض' },
      { text: 'لا تستطيع الاستمرار بالتعرفة الحالية', kind: 'partial', speaker: 'وليد فياض' },
    ]);
    expect(a.speakers.map((s) => s.name)).toEqual(['وليد فياض']);
  });

  it('reads "والي" spelt as a noun as the title governor, never as "وإلى" ("والي ولاية الجزائر، محمد عبد النور رابحي،")', () => {
    const a = parse('أعلن والي ولاية الجزائر، محمد عبد النور رابحي، عن برنامج استعجالي لتحسين التزود بالمياه.', 'وصرح رابحي بأن "المحطة الجديدة ستدخل حيز الخدمة قبل حلول فصل الصيف".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد عبد النور رابحي', 'والي ولاية الجزائر']]);
    // ("وإلى" folds the same: no title there)
    const b = parse('وقال الوزير سمير داود إن "الحكومة ستدعم المزارعين"، وإلى جانبه وقف المحافظ.');
    expect(b.speakers.map((s) => s.name)).toEqual(['سمير داود']);
  });

  it('gives "X قد وصف Y بأنه «…»" to X, the subject before the verb, never to the object after it', () => {
    const a = parse('وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن "المفاوضات مستمرة بين الأطراف".', 'لكن غوتيريش كان قد وصف الاتفاق في وقت سابق بأنه "منارة أمل" للدول الفقيرة.');
    expect(speech(a).at(-1)).toEqual({ text: 'منارة أمل', kind: 'partial', speaker: 'أنطونيو غوتيريش' });
    const b = parse('وكانت الوزيرة سلمى داود قد وصفت الاتفاق بأنه "منارة أمل" للدول الفقيرة.');
    expect(b.speakers.map((s) => s.name)).toEqual(['سلمى داود']);
  });

  it('reads a description of up to fourteen words after "وهي" as the role', () => {
    const a = parse('"لم أعد قادرة على دفع الإيجار"، تقول سلوى حمدان، وهي نازحة من الضاحية الجنوبية تقيم مع أطفالها الثلاثة في شقة صغيرة ببيروت.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['سلوى حمدان', 'نازحة من الضاحية الجنوبية تقيم مع أطفالها الثلاثة في شقة صغيرة ببيروت']]);
  });

  it('reads a full name over a one-word registered name it opens ("جميل عبدالرحمن الفهيد" after "محمد عبداللطيف جميل")', () => {
    const a = parse(
      'حققت مبادرة "باب رزق" إحدى مبادرات عبداللطيف جميل الاجتماعية (مجتمع جميل) قفزة في توفير فرص العمل خلال العام الجاري.',
      'وأعرب رئيس مجتمع "جميل" المهندس محمد عبداللطيف جميل، عن سعادته بهذه النتائج.',
      'وأوضح المدير التنفيذي للبرنامج جميل عبدالرحمن الفهيد، أن نتائج النصف الأول من هذا العام كانت مميزة ومتنوعة.',
    );
    expect(indirect(a)).toEqual([{ text: 'نتائج النصف الأول من هذا العام كانت مميزة ومتنوعة', speaker: 'جميل عبدالرحمن الفهيد' }]);
  });

  it('gives nobody the words after a relaying verb that conveys a thing ("ونقل صورة أن …", "نقلت كميات كبيرة")', () => {
    const a = parse('وقال الوزير سمير داود إن "الحكومة ستدعم المزارعين".', 'وحذر من عناصر تهدف لإسقاط التجربة ونقل صورة أن العراق غير مستقر على الإطلاق.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سمير داود']);
    const b = parse('وعمدت الميليشيات إلى تجهيز الخنادق، فيما نقلت كميات كبيرة من الأطعمة تحسبا لإطالة أمد «حصار العاصمة» المرتقب.');
    expect(b.speakers).toEqual([]);
  });

  it('reads a whole quote after the speaker and the outlet told ("… كيه سانثوش لرويترز «…»") as direct', () => {
    const a = parse('وأفاد مدير إدارة الأرصاد الجوية في كيرالا، كيه سانثوش لرويترز "هطلت على كيرالا خلال الموسم الحالي أمطار أكثر 17 بالمئة".');
    expect(speech(a)).toEqual([{ text: 'هطلت على كيرالا خلال الموسم الحالي أمطار أكثر 17 بالمئة', kind: 'direct', speaker: 'كيه سانثوش' }]);
  });

  it('reads a whole quote after "للصحافيين", "للوكالة" or "لوكالة فرانس برس" as direct, as after "لرويترز"', () => {
    const said = 'لم نجد سوى العنف والقمع طوال هذه السنوات';
    for (const told of ['للصحافيين', 'للوكالة', 'لوكالة فرانس برس', 'للصحفيين الأجانب']) {
      expect(speech(parse(`وقال المحامي سامر الحلبي ${told} "${said}".`))).toEqual([{ text: said, kind: 'direct', speaker: 'سامر الحلبي' }]);
    }
    // a word that is no addressee between them leaves the quote a piece of the sentence
    expect(speech(parse(`وقال المحامي سامر الحلبي للصحافيين إنه "${said}".`))[0]?.kind).toBe('direct');
    expect(speech(parse(`وقال المحامي سامر الحلبي للصحافيين عن موكله "${said}".`))[0]?.kind).toBe('partial');
  });

  it('reads a whole quote after where it was said, a noun of speech included ("في تصريحات صحفية له أمس «…»"), as direct', () => {
    const said = 'إن الحكومة تواصل دعم المشاريع الصغيرة في جميع المحافظات';
    expect(speech(parse(`وقال الوزير سامر الحلبي في تصريحات صحفية له أمس «${said}».`))).toEqual([{ text: said, kind: 'direct', speaker: 'سامر الحلبي' }]);
    // (an official named by no name speaks the same way)
    expect(speech(parse(`وقال المسؤول الأمريكي في مقابلة تلفزيونية «${said}».`))[0]?.kind).toBe('direct');
  });

  it('keeps a body with ل and its article glued in a title ("المدير السابق للوكالة الدولية للطاقة الذرية"), never the outlet told after a name', () => {
    const a = parse('وقال محمد البرادعي، المدير السابق للوكالة الدولية للطاقة الذرية، إن الوضع في المنطقة خطير جدا.');
    expect(a.speakers.map((s) => s.role)).toEqual(['المدير السابق للوكالة الدولية للطاقة الذرية']);
    const b = parse('وقال وزير الخارجية سامح شكري للوكالة الرسمية إن الوضع في المنطقة خطير جدا.');
    expect(b.speakers.map((s) => s.role)).toEqual(['وزير الخارجية']);
  });

  it('reads a whole quote after "another" unnamed one ("مغرد آخر") or after where the speaker is from ("من أبها عبر حسابه") as direct', () => {
    const said = 'رجال الأمن يؤدون عملهم كالعادة في كل مكان بثقة كبيرة';
    expect(speech(parse(`وقال مغرد آخر "${said}".`))).toEqual([{ text: said, kind: 'direct', speaker: null }]);
    expect(speech(parse(`وقال الأستاذ حمد القاضي من أبها عبر حسابه "${said}".`))).toEqual([{ text: said, kind: 'direct', speaker: 'حمد القاضي' }]);
  });

  it('reads a whole quote after a source whose name is withheld ("المصدر الذي رفض الكشف عن اسمه «…»") as direct', () => {
    const said = 'إن اللجنة المكلفة بالإصلاحات ستعلن قريبا، وقد يحصل ذلك مطلع الأسبوع المقبل';
    expect(speech(parse(`وقال المصدر الذي رفض الكشف عن اسمه "${said}".`))).toEqual([{ text: said, kind: 'direct', speaker: null }]);
    expect(speech(parse(`وقال مسؤول طلب عدم ذكر اسمه "${said}".`))[0]?.kind).toBe('direct');
  });

  it('reads a whole quote set off by a comma after the speaker\'s phrase as direct, never one that goes on the sentence', () => {
    const a = parse('قال أحد الذين يتلاعبون بنتائج المباريات في الدوري لمحطتنا، "من اليسير جدا لأي شخص أن يتلاعب بالنتائج هنا".');
    expect(speech(a)[0]?.kind).toBe('direct');
    const b = parse('وقالت الباحثة سلمى العتيبي التي قادت الدراسة، وهي أستاذة في جامعة الملك سعود، "بدأنا نؤمن أن كثرة الجلوس أمر مختلف تماما".');
    expect(speech(b)).toEqual([{ text: 'بدأنا نؤمن أن كثرة الجلوس أمر مختلف تماما', kind: 'direct', speaker: 'سلمى العتيبي' }]);
    // the quote goes on what the speaker was reported saying: partial
    const c = parse('وقال الخباز عبد الله غراب إن سعر الرغيف سيرتفع الشهر المقبل، "لأن أسعار السولار والكهرباء ارتفعت بشكل كبير".');
    expect(speech(c)[0]?.kind).toBe('partial');
  });

  it('reads "بيان للديوان الملكي" as the royal court\'s statement, and "في بيان نشرته الوكالة" as where it was said, no cue', () => {
    const a = parse('أعلن بيان للديوان الملكي في السعودية صباح السبت أن قادة أربع دول سيعقدون اجتماعا في مكة المكرمة.', 'وقال الديوان في بيان نشرته وكالة الأنباء السعودية إن الاجتماع "سيبحث سبل دعم الأردن الشقيق".');
    expect(a.quotes.map((q) => [q.kind, q.speaker, q.cue])).toEqual([
      ['indirect', 'الديوان الملكي', 'أعلن'],
      // (a subject and a quote that runs to the clause's end: the quote alone, partial)
      ['partial', 'الديوان الملكي', 'وقال'],
    ]);
  });

  it('reaches the particle past where the words were said set off by commas ("، خلال مهرجان خطابي تم تنظيمه …، أن")', () => {
    const a = parse('وأوضحت نبيلة منيب، خلال مهرجان خطابي تم تنظيمه بالعاصمة الإسماعيلية في إطار الحملة الانتخابية، أن برنامج الفدرالية يقوم على ثلاثة محاور أساسية.');
    expect(indirect(a)).toEqual([{ text: 'برنامج الفدرالية يقوم على ثلاثة محاور أساسية', speaker: 'نبيلة منيب' }]);
    // (not without its commas: the words run on as the sentence's own)
    const b = parse('وأوضحت نبيلة منيب خلال مهرجان خطابي تم تنظيمه بالعاصمة الإسماعيلية في إطار الحملة الانتخابية الكبرى أن برنامج الفدرالية يقوم على ثلاثة محاور أساسية.');
    expect(indirect(b)).toEqual([]);
  });

  it('reads "أكملت" (went on) as a cue of speech', () => {
    const a = parse('وقالت الممثلة جميلة جميل إنها انتقلت إلى لوس أنجلس من دون أي عمل هناك.', 'وأكملت: "الكل قال لي إنك مجنونة بتخليك عن ثمانية أعوام من حياتك المهنية".');
    expect(a.quotes.map((q) => [q.kind, q.cue, q.speaker])).toEqual([['indirect', 'وقالت', 'جميلة جميل'], ['direct', 'وأكملت', 'جميلة جميل']]);
  });

  it('reads a short quote after "عن" that opens on a document\'s head ("نقلا عن «بيان سلام وصداقة مشترك»") as its name, no speech', () => {
    const a = parse('وأعلن وزير الإعلام يماني جبر ميسكيل على "تويتر" نقلا عن "بيان سلام وصداقة مشترك" وقع بين الطرفين، أن الحرب انتهت.');
    expect(speech(a)).toEqual([]);
    // (words said after عن are still words: "نقلا عن «مصادر» …" is not a document)
    const b = parse('ونقلت الوكالة عن الوزير سامر الحلبي قوله إن "الاتفاق سيوقع خلال أيام قليلة في العاصمة".');
    expect(speech(b)).toHaveLength(1);
  });

  it('closes the quote mark a title after the name opened ("المتحدث الرسمي باسم «مدن»")', () => {
    const a = parse('وكشف سامي الحسيني المتحدث الرسمي باسم "مدن" أن الهيئة تعتزم بناء مجمعات سكنية في المدن الصناعية.');
    expect(a.speakers.map((s) => s.role)).toEqual(['المتحدث الرسمي باسم "مدن"']);
  });

  it('reads Latin letters spelt out in quotes ("الجوهرة «اف ام»", "«بي بي سي»") as a name, no speech', () => {
    const a = parse('أكد محمد الرابحي مدير حفظ الصحة في مداخلة له على الجوهرة "اف ام" اليوم أن الأخبار المتداولة غير صحيحة.');
    expect(speech(a)).toEqual([]);
    expect(indirect(a)).toEqual([{ text: 'الأخبار المتداولة غير صحيحة', speaker: 'محمد الرابحي' }]);
  });

  it('completes a family name from the full name after an honorific, even with a given name the lexicon lacks ("الحاج فرهود الربيعي")', () => {
    const a = parse('في قرية صغيرة شرق بعقوبة، يجلس الحاج فرهود الربيعي أمام أرضه التي تحولت إلى تراب.', 'يقول الربيعي: "زرعت هذه الأرض أربعين عاما، واليوم لا أجد ماء".', 'ويضيف أن أبناءه الثلاثة انتقلوا إلى بغداد بحثا عن عمل.');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'فرهود الربيعي'], ['indirect', 'فرهود الربيعي']]);
    // (never a definite adjective after a rank: "الطيار الكبير بوشنل" names no "الكبير بوشنل")
    const b = parse('وقالت العقيد سيلينا نويز: "نعرب عن تعاطفنا مع عائلة الطيار الكبير بوشنل".', 'وكان بوشنل قد قال في رسالة إنه "لن يكون متواطئا بعد الآن".');
    expect(b.speakers.map((s) => s.name)).not.toContain('الكبير بوشنل');
  });

  it('reads the words a paper was told ("لصحيفة الغارديان «…»") as speech, the paper\'s name in quotes or a headline as none', () => {
    const a = parse('وقال سامر الحلبي لصحيفة الغارديان البريطانية "لا يمكنني الإفصاح عن تفاصيل حكم المحكمة الآن".');
    expect(speech(a)).toEqual([{ text: 'لا يمكنني الإفصاح عن تفاصيل حكم المحكمة الآن', kind: 'direct', speaker: 'سامر الحلبي' }]);
    expect(parse('وكان العنوان الرئيسي لصحيفة الأخبار أمس "الحكومة لن تسمح لأحد بإفساد فرحة الناس بالافتتاح".').quotes).toEqual([]);
  });

  it('reads a title after "عنوان:" as no speech, while a colon after a speech verb still opens speech', () => {
    expect(parse('وتأتي الجلسة الأولى من المنتدى تحت عنوان: "مرحلة التحول من الرؤية إلى التطبيق"، بحضور مئات رجال الأعمال.').quotes).toEqual([]);
    expect(speech(parse('وقال الوزير سمير داود: "مرحلة التحول من الرؤية إلى التطبيق بدأت".'))).toHaveLength(1);
  });

  it('reads no name in "بحضور" after a comma, so "وأكدت سعادتها" points at the minister named before', () => {
    const a = parse(
      'افتتحت سعادة وزيرة الصحة الدكتورة جليلة بنت السيد جواد حسن مركز الحد الصحي الجديد في محافظة المحرق، بحضور عدد من المسؤولين.',
      'وأكدت سعادتها في تصريح لها بهذه المناسبة أن المركز "يأتي ضمن خطة الوزارة لتوسيع خدمات الرعاية الأولية".',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['جليلة بنت السيد جواد حسن']);
  });

  it('closes a name on a listed foreign given name and a definite family name before the verb\'s object ("توني العتل استعداد الفاو")', () => {
    const a = parse('بدوره، أكد ممثل المنظمة في سورية توني العتل استعداد الفاو لتقديم الدعم، موضحاً أن المنظمة "ستوزع بذاراً محسنة على 20 ألف أسرة".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['توني العتل', 'ممثل المنظمة في سورية']]);
  });

  it('reads "مؤتمر صحفي" as a press conference, no journalist named "صحفي مشترك", and "الوزير الأردني" as the Jordanian who spoke', () => {
    const a = parse(
      'أكد وزير الخارجية عبدالله اليحيا أن الكويت والأردن "متفقان على أولوية وقف التصعيد".',
      'وقال الوزير اليحيا في مؤتمر صحفي مشترك مع نظيره الأردني أيمن الصفدي إن "العلاقات بين البلدين نموذج يحتذى به".',
      'من جهته، قال الصفدي: "نثمن مواقف الكويت الثابتة في دعم الأردن".',
      'وأضاف الوزير الأردني أن البلدين سيوقعان ثلاث مذكرات تفاهم في مجالات الطاقة والتعليم والاستثمار.',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['عبدالله اليحيا', 'عبدالله اليحيا', 'أيمن الصفدي', 'أيمن الصفدي']);
  });

  it('lets an agency that is no news agency speak ("وكالة الطاقة الدولية"), while a news agency only relays', () => {
    expect(indirect(parse('من جانبها، توقعت وكالة الطاقة الدولية في تقريرها الشهري أن يشهد السوق فائضا في المعروض العام المقبل.'))).toEqual([
      { text: 'يشهد السوق فائضا في المعروض العام المقبل', speaker: 'وكالة الطاقة الدولية' },
    ]);
    expect(parse('وذكرت وكالة الأنباء الفرنسية أن السوق سيشهد فائضا في المعروض العام المقبل.').speakers).toEqual([]);
    expect(parse('وذكرت وكالة تسنيم أن السوق سيشهد فائضا في المعروض العام المقبل.').speakers).toEqual([]);
    expect(parse('وذكرت الوكالة الرسمية أن السوق سيشهد فائضا في المعروض العام المقبل.').speakers).toEqual([]);
  });

  it('ends a name before a word of coming or going ("ماركوس ليوناردو قادما من سانتوس")', () => {
    const a = parse('أعلن نادي الهلال التعاقد مع المهاجم البرازيلي ماركوس ليوناردو قادما من سانتوس لمدة ثلاثة مواسم.', 'وأكد ليوناردو في أول تصريح له أنه يحلم بالفوز بدوري أبطال آسيا مع الفريق.');
    expect(indirect(a)).toEqual([{ text: 'أنه يحلم بالفوز بدوري أبطال آسيا مع الفريق', speaker: 'ماركوس ليوناردو' }]);
  });

  it('keeps a one-word title after the comma out of the name ("رئيس اللجنة المالية النيابية، النائب نمر السليحات،")', () => {
    const a = parse('في المقابل، دافع رئيس اللجنة المالية النيابية، النائب نمر السليحات، عن المشروع، مؤكدا أنه "يوسع القاعدة الضريبية ولا يمس ذوي الدخل المحدود".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['نمر السليحات', 'رئيس اللجنة المالية النيابية']]);
  });

  it('reads a clause quoted whole after "أنه" as direct, a description after "وصفه بأنه" as partial', () => {
    expect(speech(parse('أكد وزير التربية نور الدين النوري أنه "لا تغيير في روزنامة الامتحانات الوطنية لهذه السنة".'))[0]!.kind).toBe('direct');
    expect(speech(parse('ووصف الوزير سمير داود القرار بأنه "خطوة متسرعة لا تخدم أحدا".'))[0]!.kind).toBe('partial');
  });

  it('reads a definite organisation\'s name whole ("الجامعة العامة للتعليم الثانوي", "الاتحاد العام التونسي للشغل")', () => {
    const a = parse('واعتبرت الجامعة العامة للتعليم الثانوي، في بيان، أن الإجراءات "غير كافية لمعالجة النقص الفادح".');
    expect(a.speakers.map((s) => s.name)).toEqual(['الجامعة العامة للتعليم الثانوي']);
    const b = parse('واعتبر الاتحاد العام التونسي للشغل، في بيان، أن الإجراءات "غير كافية لمعالجة النقص الفادح".');
    expect(b.speakers.map((s) => s.name)).toEqual(['الاتحاد العام التونسي للشغل']);
  });

  it('reads "أحدهم" (one of them) as nobody named, never the last speaker', () => {
    const a = parse('وأوضح المكلف بالاتصال بمؤسسة نفطال، جمال شرفي، أن "التذبذب ظرفي".', 'واشتكى سائقو سيارات الأجرة من توقف نشاطهم، وقال أحدهم: "خسرنا يوم عمل كامل، ولا أحد يقدم لنا توضيحا".');
    expect(speech(a).at(-1)).toEqual({ text: 'خسرنا يوم عمل كامل، ولا أحد يقدم لنا توضيحا', kind: 'direct', speaker: null });
  });

  it('reads "وطالب" before a body\'s name as the verb "demanded", and the government after the name as its object', () => {
    const a = parse('وقال الوزير نزار بركة إن "الوضعية المائية تبقى مقلقة".', 'وطالب فريق التقدم والاشتراكية الحكومة بـ"مقاربة استباقية بدل تدبير الأزمة يوما بيوم".');
    expect(speech(a).at(-1)).toEqual({ text: 'مقاربة استباقية بدل تدبير الأزمة يوما بيوم', kind: 'partial', speaker: 'فريق التقدم والاشتراكية' });
    // ("وزارة التموين والتجارة الداخلية": the adjective "internal" is no ministry of the interior)
    expect(parse('نفت وزارة التموين والتجارة الداخلية زيادة السعر، مؤكدة أن السعر الحالي سيظل كما هو حتى نهاية العام.').speakers.map((s) => s.name)).toEqual(['وزارة التموين والتجارة الداخلية']);
  });

  it('keeps an honorific between a title with its place and the name out of the role ("… المرورية الدكتور علي الزهراني")', () => {
    const a = parse('ويرى المستشار في السلامة المرورية الدكتور علي الزهراني أن «الحملات التوعوية لا تقل أهمية عن الغرامات».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['علي الزهراني', 'المستشار في السلامة المرورية']]);
  });

  it('reads "المقاومة الإسلامية" whole, a movement named by its cause and its adjective', () => {
    const a = parse('وأعلنت المقاومة الإسلامية في بيان أن مقاتليها استهدفوا موقع المالكية "رداً على الاعتداءات على القرى الجنوبية".');
    expect(a.speakers.map((s) => s.name)).toEqual(['المقاومة الإسلامية']);
  });

  it('reads a graded rank ("الفريق أول") as one rank, in apposition too, never as the name', () => {
    const a = parse('ونقلت وكالة السودان للأنباء عن عضو مجلس السيادة، الفريق أول ياسر العطا، قوله إن «القوات المسلحة لن تذهب إلى أي تفاوض».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['ياسر العطا', 'عضو مجلس السيادة']]);
    const b = parse('وقال الفريق أول ياسر العطا إن «القوات المسلحة لن تذهب إلى أي تفاوض».');
    expect(b.speakers.map((s) => s.name)).toEqual(['ياسر العطا']);
  });

  it('reads a name in quotes after a title with ل ("لقائد «الدعم السريع»") as part of the role, no quote', () => {
    const a = parse('وقال المستشار الإعلامي لقائد «الدعم السريع»، الباشا طبيق، إن قواته «مستعدة للتفاوض دون شروط مسبقة».');
    expect(speech(a)).toEqual([{ text: 'مستعدة للتفاوض دون شروط مسبقة', kind: 'partial', speaker: 'الباشا طبيق' }]);
    expect(a.speakers[0]!.role).toBe('المستشار الإعلامي لقائد «الدعم السريع»');
  });

  it('reads the description after a colleague\'s name as the role ("زميلها محمود الأسطل، وهو ممرض …،"), and "الممرضة" as a title', () => {
    const a = parse(
      'في قسم الطوارئ، تتنقل الممرضة سماح أبو عودة بين الأسرّة المكتظة بالجرحى.',
      'تقول سماح لبي بي سي: "لم نتقاض رواتبنا منذ خمسة أشهر".',
      'أما زميلها محمود الأسطل، وهو ممرض في قسم العناية المركزة، فيقول إن الطواقم "وصلت إلى حد الانهيار الجسدي والنفسي".',
    );
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['سماح أبو عودة', 'الممرضة'], ['محمود الأسطل', 'ممرض في قسم العناية المركزة']]);
  });

  it('reads the head of a syndicate as a title ("نقيب أصحاب المستشفيات الخاصة سليمان هارون")', () => {
    const a = parse('أما نقيب أصحاب المستشفيات الخاصة سليمان هارون فحذر من أن المستشفيات "باتت عاجزة عن تأمين المازوت للمولدات".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['سليمان هارون', 'نقيب أصحاب المستشفيات الخاصة']]);
    expect(speech(a)[0]).toMatchObject({ speaker: 'سليمان هارون', kind: 'partial' });
  });

  it('never gives a plural verb without a subject the last (singular) speaker', () => {
    const a = parse(
      'وقال الوزير سامي نور إن "الحكومة ستدعم المزارعين هذا العام".',
      'ونجح مدونون في الحصول على حكم يوقف القانون الجديد، الذي قالوا إنه محاولة لتكميم وسائل الإعلام المستقلة.',
    );
    expect(a.quotes.filter((q) => q.speaker === 'سامي نور').map((q) => q.text)).toEqual(['الحكومة ستدعم المزارعين هذا العام']);
  });

  it('gives no speaker to a thing that "stresses" in the reporter\'s voice ("ويؤكد مشروع الحزب")', () => {
    const a = parse(
      'وقالت الأمينة العامة للحزب ليلى حداد إن الحزب سيخوض الانتخابات بقوة.',
      'ويؤكد مشروع الحزب أيضا على أهمية استقلال القضاء، وكذا "إقرار الحقوق والحريات من أجل بناء دولة القانون".',
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('مشروع');
  });

  it('reads "صاحب" as "owner of" unless a style follows it ("صاحب السمو")', () => {
    const a = parse(
      'وانتقد كثيرون استبعاد المدرب السابق نبيل جاسم صاحب الشعبية الكبيرة من الفريق.',
      'وقال المدرب السابق: «لم أتوقع هذا القرار بعد كل ما قدمته للنادي».',
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('الشعبية الكبيرة');
    const b = parse('وقال صاحب السمو الملكي الأمير فيصل بن سلمان أمير المنطقة: «نرحب بالزوار في كل المواسم».');
    expect(b.speakers.map((s) => s.name)).toEqual(['فيصل بن سلمان']);
  });

  it('reads "داعيا الله أن …" as a prayer, not reported speech', () => {
    const a = parse('وقال الأمير فيصل بن سلمان إن الوطن يفخر بأبنائه، داعيا الله أن يحمي البلاد من كل سوء وأن يشفي المصابين.');
    expect(indirect(a).map((q) => q.text)).toEqual(['الوطن يفخر بأبنائه']);
  });

  it('keeps words said with "«مميزة» و«…»" as quotes, though the first is a word used unquoted too', () => {
    const a = parse('وأكد رئيس الشبكة موسى بريزات أن إجراءات التنظيم "مميزة" و"في درجة راقية من الجودة" هذا العام.', 'وكانت الانتخابات مميزة بحسب المراقبين.');
    expect(speech(a).map((q) => q.text)).toContain('في درجة راقية من الجودة');
  });

  it('reads "الأكاديمية" as an adjective or an academy, never as a female academic\'s title', () => {
    const a = parse(
      'وبالرغم من بلوغ عدد من المرافقين مراحل متقدمة في معاهد اللغة والدراسات الأكاديمية والجامعات الأمريكية، إلا الشرط يحول دون ذلك.',
      'وأضاف: «الشرط تعجيزي أمام عدد كبير من الطلاب المرافقين».',
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('معاهد اللغة والدراسات');
    const b = parse('أعلنت الأكاديمية الملكية السويدية للعلوم أن الجائزة ذهبت إلى باحثين أمريكيين هذا العام.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['الأكاديمية الملكية السويدية للعلوم']);
  });

  it('reports no indirect speech of a body named by its head alone ("أكدت دراسة أن")', () => {
    const a = parse('أكدت دراسة أن الجلوس لساعات طويلة يرفع خطر الإصابة بالسكري.', 'وقال تقرير إن المدن الكبرى تسجل أعلى المعدلات.');
    expect(indirect(a)).toEqual([]);
  });

  it('reports the indirect speech of a name printed with أ, إ or آ before ل, which folds like the article ("أليسون", "آلاء")', () => {
    const a = parse(
      'وأكد أليسون أن الفريق سيعود أقوى في المباراة المقبلة.',
      'وقال المدرب ألونسو إن اللاعبين قدموا كل ما لديهم.',
      'وأوضحت آلاء الشيخ أن بعض القصص تمس المشاهد مباشرة.',
    );
    expect(indirect(a)).toEqual([
      { text: 'الفريق سيعود أقوى في المباراة المقبلة', speaker: 'أليسون' },
      { text: 'اللاعبين قدموا كل ما لديهم', speaker: 'ألونسو' },
      { text: 'بعض القصص تمس المشاهد مباشرة', speaker: 'آلاء الشيخ' },
    ]);
    // a bare definite noun, printed with the article, still names no one
    expect(indirect(parse('وقال التحالف إن العملية انتهت.', 'وأكدت السلطات الإسرائيلية أن المعبر سيفتح غدا.'))).toEqual([]);
  });

  it('gives a number of people (عدد من، عشرات) or bodies in the plural (منظمات) no speaker, never the last one named', () => {
    const a = parse(
      'وقال المرشح سامي نور إن الحملة كانت ناجحة جدا.',
      'وأكد عدد من الناخبين، الجمعة بمدينة الداخلة، أن عملية التصويت جرت في ظروف جيدة.',
      'وقال عشرات المحتجين إن مطالبهم لم تتحقق بعد.',
      'وقالت منظمات حقوقية إن القانون الجديد يضر بحرية التعبير.',
    );
    expect(indirect(a)).toEqual([{ text: 'الحملة كانت ناجحة جدا', speaker: 'سامي نور' }]);
  });

  it('never reads a speech-verb form after a preposition as the verb (من نقل، في نشر), nor gives a plural participle the last speaker', () => {
    const a = parse(
      'وقال الوزير سامي نور إن "الحكومة ستدعم المزارعين هذا العام".',
      'ولم تتمكن المنظمة من نقل مساعدات غذائية إلى المدينة ويعتقد أن آلاف الأسر بحاجة ماسة إلى الغذاء.',
    );
    expect(indirect(a)).toEqual([]);
    const b = parse(
      'وقال الوزير سامي نور إن "الحكومة ستدعم المزارعين هذا العام".',
      'وكان سائقو الأجرة قد رفعوا دعوى ضد الشركتين، قائلين إنهما تستخدمان سيارات خاصة بالمخالفة للقانون.',
    );
    expect(b.quotes.filter((q) => q.speaker === 'سامي نور')).toHaveLength(1);
  });

  it('gives an implicit subject the current speaker of matching gender', () => {
    const a = parse(
      'وقالت الطبيبة ريم عادل: "الوضع مستقر حتى الآن في المستشفى".',
      'وقال المدير سعيد حمدان: "نحتاج إلى مزيد من الأسرّة في الأقسام".',
      'وأضافت: "لم نسجل أي حالة جديدة خلال يومين".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['ريم عادل', 'سعيد حمدان', 'ريم عادل']);
  });

  it('hands the floor to the name after من جهته', () => {
    const a = parse('وقال الوزير جميل ناصر: "الاتفاق خطوة أولى نحو السلام".', 'من جهته، قال المعارض وليد عباس إن "الاتفاق لا يلبي المطالب".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['جميل ناصر', 'وليد عباس']);
  });

  it('lets organisations speak', () => {
    const a = parse('وقالت وزارة الخارجية في بيان: "نتابع أوضاع رعايانا عن كثب في كل الدول".');
    expect(speech(a)[0]!.speaker).toBe('وزارة الخارجية');
  });

  it('never names an anonymous source, nor the agency that relayed it', () => {
    const a = parse('ونقلت وكالة رويترز عن مصدر مطلع قوله: "المفاوضات ستستأنف خلال أيام قليلة".');
    expect(speech(a)[0]!.speaker).toBeNull();
    expect(a.speakers).toEqual([]);
  });

  it('takes the source after عن when an agency relays a quote, and never the agency itself', () => {
    const a = parse('ونقلت وكالة الأنباء الفرنسية عن الوزير جميل ناصر: "الاتفاق خطوة أولى".', 'وقالت وسائل الإعلام المحلية: "الوضع هادئ في العاصمة منذ الصباح".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['جميل ناصر', null]);
  });

  it('takes Y in نقلت وكالة X عن Y قوله', () => {
    const a = parse('ونقلت صحيفة الأيام عن اللواء ماجد السعدي قوله: "الحدود مؤمنة بالكامل".');
    expect(speech(a)[0]!.speaker).toBe('ماجد السعدي');
  });

  it('resolves a title used instead of the name', () => {
    const a = parse('أكد وزير المالية، خالد الفارس، أن الموازنة متوازنة هذا العام.', 'وقال الوزير للصحفيين: "لن نفرض ضرائب جديدة على المواطنين".');
    expect(speech(a)[0]!.speaker).toBe('خالد الفارس');
  });

  it('reads a long chain of titles before the name', () => {
    const a = parse('وتعليقا على الاتفاقية، أكد نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، الشيخ راشد بن سعيد، أن "المشروع يفتح صفحة جديدة".');
    expect(speech(a)[0]!.speaker).toBe('راشد بن سعيد');
    expect(a.speakers[0]!.role).toBe('نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي');
  });

  it('keeps attributes of the title out of the name, but not a name that starts with ب', () => {
    const a = parse('وقالت رئيسة وزراء كندية سابقة ماري لوران إن "الخطاب كان مهينا".', 'وقال مدير الجمارك بميناء المكلا خالد بكير: "نعمل بطاقة كاملة منذ أسبوع".', 'وأعلن رئيس الوزراء بنيامين كوهين في القدس أن "الاتفاق نهائي".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['ماري لوران', 'خالد بكير', 'بنيامين كوهين']);
  });

  it('never takes a noun with a pronoun for a name', () => {
    const a = parse('وقال اللاعب التشيلي سيرجيو مارتينيز: "أشعر بالراحة هنا".', 'وأشار عمره إلى أن "التجربة كانت صعبة".');
    expect(speech(a).map((q) => q.speaker)).not.toContain('عمره');
  });

  it('reads the subject after a clause-opening verb the lexicon does not list', () => {
    const a = parse('وخلص المراقب الدولي أحمد سالم بالقول: "الانتخابات جرت في أجواء هادئة".');
    expect(speech(a)[0]!.speaker).toBe('أحمد سالم');
  });

  it('never takes the object of دعا for its subject', () => {
    const a = parse('وقال الأمين العام سمير داود: "المرحلة صعبة".', 'ودعا المواطنين إلى "المشاركة الواسعة" في الاستفتاء.');
    expect(speech(a)[1]!.speaker).toBe('سمير داود');
  });

  it('ends a name before a prayer, but keeps نصر الله whole', () => {
    const a = parse('وسألت المواطنة سعاد الحربي الله أن يحفظ البلاد، قائلة: "نحن مع رجال الأمن".', 'وقال الأمين العام حسن نصر الله: "المعركة طويلة".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['سعاد الحربي', 'حسن نصر الله']);
  });

  it('treats "the source" named before as anonymous', () => {
    const a = parse('وقال مصدر مطلع إن المفاوضات مستمرة.', 'وأضاف المصدر: "ننتظر الرد خلال أيام".');
    expect(speech(a)[0]!.speaker).toBeNull();
  });

  it('keeps the word after آل in the name even when it is a title', () => {
    const a = parse('وقال تركي آل الشيخ في تغريدة: "مع بالغ الحزن لن يلعب نجمنا المباراة المقبلة".');
    expect(speech(a)[0]!.speaker).toBe('تركي آل الشيخ');
  });

  it('reads "كتب" before an honorific as the verb, and a whole quote after where it was written as direct', () => {
    const a = parse('وفي وسم تحت عنوان "حريق السوق القديم" كتب د. سالم المقبل أستاذ التاريخ بجامعة الملك سعود في حسابه عن الحادث الأليم "لن ننسى من وقفوا مع المتضررين في هذه الليلة الصعبة".');
    expect(speech(a).find((q) => q.text.startsWith('لن ننسى'))).toEqual({ text: 'لن ننسى من وقفوا مع المتضررين في هذه الليلة الصعبة', kind: 'direct', speaker: 'سالم المقبل' });
    // where it was said may follow the verb itself
    const c = parse('وقالت الباحثة سارة حداد إن النتائج مشجعة.', 'وقالت في رسالة بالبريد الإلكتروني "الشخص الذي يجري نصف ساعة يوميا قد يجلس بقية يومه".');
    expect(speech(c)[0]!.kind).toBe('direct');
    // the quote as the object of a noun stays partial: "… عن أمله في …، وكذلك في مجال تشكيل «…»"
    const b = parse('وأعرب الوزير سامي نور في هذا السياق عن أمله في إحراز تقدم في العملية السياسية، وكذلك في مجال تشكيل "جبهة قوية لمواجهة الخطر الإرهابي في المنطقة".');
    expect(speech(b)[0]!.kind).toBe('partial');
  });

  it('reads "هذا ما قاله" after a quote that a ".." ends, past the outlet told', () => {
    const a = parse('"لم أكن أتوقع أن أجد عملا في مصانع الأغذية بهذه السرعة بعد التخرج".. هذا ما قاله لـ"سبق" الشاب سلمان الحربي، الذي يعمل في إحدى الشركات.');
    expect(speech(a)[0]!.speaker).toBe('سلمان الحربي');
  });

  it('reads what follows في after a title as its affiliation, never as the name', () => {
    const a = parse('وقال القيادي في حماس محمود الزهار إنه لا يعلم شيئا عن الموضوع.');
    expect(indirect(a)).toEqual([{ text: 'إنه لا يعلم شيئا عن الموضوع', speaker: 'محمود الزهار' }]);
    const b = parse('وأفاد الموظف في محضر التحقيق بأنه طلب الخروج معه لإنهاء العلاقة.');
    expect(b.speakers.map((s) => s.name)).not.toContain('محضر التحقيق');
  });

  it('reads الشاب and الطفلة as descriptions before a name, and a name in quotes after one as no quote', () => {
    expect(indirect(parse('وقال الشاب سلمان الحربي إن العمل في المصنع غير حياته تماما.'))[0]!.speaker).toBe('سلمان الحربي');
    expect(speech(parse('وقالت الأم «سارة حداد» ووالد الطفلة «بلال ووك» إن ابنتهما بخير.'))).toEqual([]);
  });

  it('reads "إمام" spelt with إ as the title imam, not the preposition أمام, and a mosque as part of the title', () => {
    const a = parse('وقالت وزارة الداخلية إن الوضع هادئ في كل المدن.', 'وقال إمام المنطقة إن من حق السكان أن يعلموا أطفالهم دينهم.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['وزارة الداخلية', 'إمام المنطقة']);
    const b = parse('ونقلت الوكالة عن إمام جامع قوله إن السكان يخشون من معاملتهم بقسوة.');
    expect(b.speakers.map((s) => s.name)).not.toContain('جامع');
  });

  it('reads a fronted organisation whose head starts with و as the subject, not و + a verb', () => {
    expect(indirect(parse('لكن وزارة الداخلية قالت إنها ستواصل العمل على تأمين الطرق.'))[0]!.speaker).toBe('وزارة الداخلية');
  });

  it('names someone described and then "called" (يدعى), never a withheld name or a claim', () => {
    expect(speech(parse('وقال مواطن سوداني يدعى إبراهيم بينما كان ينتظر مع رفاقه: "نحن ننتظر طوال الوقت هنا".'))[0]!.speaker).toBe('إبراهيم');
    expect(speech(parse('قال شاب رفض ذكر اسمه مكتفيا بالإشارة إلى أنه طالب جامعي "لست معها لأنها لم تقم على دراسة كافية".'))[0]!.speaker).toBeNull();
    expect(parse('وقال مسؤول يدعي البراءة إن الاتهامات باطلة ولا أساس لها.').speakers).toEqual([]);
  });

  it('gives a participle the one its sentence is told according to, never to an estimate by a group', () => {
    expect(speech(parse('وبحسب مودو وهو بائع من السنغال، فإن شرطة البلدية طاردت الضحية من الساحة إلى الحي، مضيفا: "في النهاية مات هنا".'))[0]!.speaker).toBe('مودو');
    const b = parse('وحسب تقدير عدد من الاقتصاديين فإن أكثر من مليون نسمة يستفيدون من المشاريع، مشيرين إلى أن الحوادث ستتراجع بشكل كبير.');
    expect(b.speakers.map((s) => s.name)).not.toContain('تقدير');
  });

  it('never reads a personal pronoun after a title and a comma as the name', () => {
    const a = parse('وقال محافظ المنطقة، نحن لسنا إرهابيين ومن حقنا أن نعلم أطفالنا عاداتنا وديننا.');
    expect(a.speakers.map((s) => s.name)).not.toContain('نحن لسنا إرهابيين');
  });

  it('reads a company, party or stadium named in quotes as a name, and a description after بـ as words said', () => {
    const a = parse('وأكد سامي نور، المدير العام لـ«شركة الخليج لبيع مواد البناء»، أن الأسعار ترتفع.', 'ودعا الحضور إلى التصويت على "حزب التقدم والاشتراكية" في الانتخابات المقبلة.', 'وقال إن المباراة ستقام على ملعب "لوفتس رود" في لندن.');
    expect(speech(a)).toEqual([]);
    const b = parse('ووصف زعيم الحركة عبد الملك الحوثي الهجوم بأنه من تنفيذ "قوات العدوان الأمريكية والسعودية".');
    expect(speech(b).map((q) => q.kind)).toEqual(['partial']);
  });

  it('reads "أمين الناصر، الرئيس التنفيذي للشركة،" as a name and its title, never "أمين العاصمة، المهندس X،" as a name', () => {
    const a = parse('وقال أمين الناصر، الرئيس التنفيذي للشركة، خلال مؤتمر في الرياض: «الطلب الآسيوي لا يزال قوياً».', 'وقال أمين العاصمة، المهندس يوسف الشواربة، إن الطلب لا يزال قويا.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أمين الناصر', 'الرئيس التنفيذي للشركة'], ['يوسف الشواربة', 'أمين العاصمة']]);
  });

  it('reads a firm in quote marks after a title or analysts and "في"/"لدى" as the firm, and a title in apposition to its colon', () => {
    const a = parse('ورأى محللون في "غولدمان ساكس" أن الزيادة "تعكس ثقة الشركة في السوق".', 'وقال فيصل الشمري، مدير الأبحاث في «الراجحي كابيتال»، إن الأسعار الحالية تعكس أساسيات السوق.');
    expect(speech(a).map((q) => q.text)).toEqual(['تعكس ثقة الشركة في السوق']);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['فيصل الشمري', 'مدير الأبحاث في «الراجحي كابيتال»']]);
    const b = parse('وقال فيصل الشمري، المحلل في شركة الراجحي كابيتال: الأسعار الحالية تعكس أساسيات السوق بشكل جيد.');
    expect(b.speakers.map((s) => s.role)).toEqual(['المحلل في شركة الراجحي كابيتال']);
    // (a quote after "في" that follows no title nor staff is still words said)
    expect(speech(parse('وقال الوزير إن الوضع في "خطر حقيقي".')).map((q) => q.text)).toEqual(['خطر حقيقي']);
  });

  it('completes a family name of a word and "الله" ("نصر الله") from the full name, and gives untitled interview answers to the one person quoted', () => {
    const a = parse('في روايته الجديدة يعود إبراهيم نصر الله إلى سيرة المكان الفلسطيني.', 'س: لماذا تعود دائما إلى الذاكرة؟', 'ج: لأن الذاكرة هي ما تبقى لنا حين يُسلب كل شيء.', 'ويختم نصر الله حديثه بالقول إن "الرواية ستبقى ديوان العرب الجديد".');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['unmarked', 'إبراهيم نصر الله'], ['direct', 'إبراهيم نصر الله']]);
    // (two people quoted by name: the answer's speaker stays unknown)
    const b = parse('س: لماذا تعود دائما إلى الذاكرة؟', 'ج: لأن الذاكرة هي ما تبقى لنا حين يُسلب كل شيء.', 'وقال سامي علي إن "الرواية ستبقى".', 'وقالت هدى حسن إن "القصة أقرب".');
    expect(b.quotes[0]!.speaker).toBeNull();
  });

  it('reads "المحتجون" alone as nobody in particular, and "أمام" (spelt with أ) as "in front of", never the title imam', () => {
    const a = parse('«لا نريد وعودا، نريد كهرباء»، هتف المحتجون أمام مبنى المحافظة.', 'وقال محمد علي أمام الحشود: «لن نتراجع عن مطالبنا».', 'وقال إمام المسجد الشيخ أحمد سالم: «الصبر مفتاح الفرج».');
    expect(a.quotes.map((q) => q.speaker)).toEqual([null, 'محمد علي', 'أحمد سالم']);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد علي', null], ['أحمد سالم', 'إمام المسجد']]);
  });

  it('keeps the question mark of unmarked words after a colon ("وتساءل المضف: كيف …؟"), and drops a full stop', () => {
    const a = parse('وقال النائب عبدالله المضف إن المشروع يعيد إنتاج الأزمة.', 'وتساءل المضف: كيف يمكن لأسرة شابة أن تنتظر 17 عاما للحصول على بيت؟', 'وأضاف: سنقدم تعديلات جوهرية على المشروع.');
    expect(a.quotes.filter((q) => q.kind === 'unmarked').map((q) => q.text)).toEqual(['كيف يمكن لأسرة شابة أن تنتظر 17 عاما للحصول على بيت؟', 'سنقدم تعديلات جوهرية على المشروع']);
  });

  it('gives "المسؤول الحكومي ذاته" (the same official, with an adjective) to the speaker named before', () => {
    const a = parse('وأفاد الناطق الرسمي باسم الحكومة، مصطفى بايتاس، بأن البرنامج سيستهدف صغار الفلاحين.', 'وأبرز المسؤول الحكومي ذاته أن الدعم سيشمل توفير الأعلاف بأسعار مدعمة.');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'مصطفى بايتاس'], ['indirect', 'مصطفى بايتاس']]);
  });

  it('reads a treaty or a weapon named in quotes as a name ("معاهدة "ستارت الجديدة"", "منظومة «إس-400»")', () => {
    const a = parse('واعتبر الوزير أن معاهدة "ستارت الجديدة" لم تعد قائمة فعليا.', 'وقال إن بلاده تسلمت منظومة «إس-400» العام الماضي.');
    expect(speech(a)).toEqual([]);
  });

  it('takes the one a clause is told according to for its quote, past the particle and a short subject', () => {
    const a = parse('وبحسب بيان صادر عن رئاسة الوزراء، فإن الحكومة "ستعرض صيغة جديدة للعلاوة خلال الأسبوع المقبل".');
    expect(speech(a)).toEqual([{ text: 'ستعرض صيغة جديدة للعلاوة خلال الأسبوع المقبل', kind: 'partial', speaker: 'رئاسة الوزراء' }]);
  });

  it('reads a description after the name ("، وهي …") as the role of a speaker who has none', () => {
    const a = parse('إذ تقول أم خالد، وهي أم لثلاثة تلاميذ في مدرسة حكومية بالزرقاء: "أولادي في البيت منذ ثلاثة أيام".', 'وقال مون، وهو صديق الضحية وطلب ذكر اسمه الأول فقط، إن "الجميع كان مصدوما مما حدث".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أم خالد', 'أم لثلاثة تلاميذ في مدرسة حكومية بالزرقاء'], ['مون', 'صديق الضحية']]);
  });

  it('reads a nationality before a named speaker as no part of the name, and "إمام" before a name as a given name', () => {
    const a = parse('أكد السويسري مارسيل كولر، المدير الفني للأهلي، أن الفوز جاء بفضل الروح القتالية للاعبين في الشوط الثاني.', '"كنا نعرف أن المباراة ستحسم بالتفاصيل الصغيرة"، بهذه الكلمات لخص إمام عاشور، لاعب وسط الأهلي، أجواء اللقاء.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['مارسيل كولر', 'المدير الفني للأهلي'], ['إمام عاشور', 'لاعب وسط الأهلي']]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['مارسيل كولر', 'إمام عاشور']);
    // the imam of a mosque is a title; a body's adjective is no nationality
    const b = parse('وقال إمام مسجد القرية الشيخ أحمد سالم إن المصلين تبرعوا بالمال لترميم المبنى القديم.', 'وقالت الجمعية التونسية لطب نفس الطفل والمراهقة، في بيان، إن الحالات تضاعفت خلال العام.');
    expect(b.speakers.map((s) => [s.name, s.role])[0]).toEqual(['أحمد سالم', 'إمام مسجد القرية']);
    expect(b.speakers.map((s) => s.name)).not.toContain('لطب نفس');
  });

  it('keeps the closing quote mark of a quotation that ends reported words before a participle, after tanween too', () => {
    const a = parse('وأكد الوزير سامي نور خلال اللقاء أن العلاقات الزراعية بين البلدين "تشهد تطوراً ملحوظاً"، لافتاً إلى أهمية تسهيل حركة الشاحنات.');
    expect(indirect(a).map((q) => q.text)).toEqual(['العلاقات الزراعية بين البلدين "تشهد تطوراً ملحوظاً"']);
    // never the opening mark of a quote after the comma
    const b = parse('وقال أبو محمد، وهو نازح من ريف حماة، إن سعر طن الحطب وصل إلى 150 دولارًا، "وهو مبلغ لا يقدر عليه أحد هنا".');
    expect(indirect(b).map((q) => q.text)).toEqual(['سعر طن الحطب وصل إلى 150 دولارًا']);
  });

  it('ends a given name and a definite family name before the object the sentence goes on with', () => {
    const a = parse('بحث الوزير مع وفد أردني برئاسة أمين عام وزارة الزراعة الأردنية خالد العموش سبل تعزيز التبادل التجاري بين البلدين.', 'وقال العموش إن التعاون بين البلدين سيشهد تطورا كبيرا خلال المرحلة المقبلة.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['خالد العموش', 'أمين عام وزارة الزراعة الأردنية']]);
    // a joined name runs on ("عبد الإله ابن كيران", "محمد الصغير بن داود")
    const b = parse('وقال الأمين العام للحزب محمد الصغير بن داود إن الحزب سيشارك في الانتخابات المقبلة بقوائم كاملة.');
    expect(b.speakers.map((s) => s.name)).toEqual(['محمد الصغير بن داود']);
  });

  it('reads Tunisian copy: a title located by ب and a known place, "المتحدّث" alone as the one speaking', () => {
    const a = parse('أفاد المدير الجهوي للصحة ببنزرت، منجي الصيد، في تصريح لـ"الشروق"، بأنّه تمّ تسجيل 12 إصابة بالحمى المالطية منذ بداية الشهر.', 'وأوضح المتحدّث أنّ الإصابات مرتبطة باستهلاك الحليب غير المبستر ومشتقاته.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['منجي الصيد', 'المدير الجهوي للصحة ببنزرت']]);
    expect(indirect(a).map((q) => q.speaker)).toEqual(['منجي الصيد', 'منجي الصيد']);
    // the spokesman of a body is a title, not the one speaking
    const b = parse('وقال سامي نور إن الخطة جاهزة للتنفيذ خلال الأسابيع المقبلة في كل المحافظات.', 'وقال المتحدث باسم الوزارة إن الخطة لم تعرض بعد على مجلس الوزراء للموافقة عليها.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['سامي نور']);
  });

  it('refers a title printed before a name back to that person when an apposition gave the role, and ends reported words at the reporter\'s gloss', () => {
    const a = parse('طالب النائب أيمن عبد الرازق، عضو لجنة الشئون الصحية بمجلس النواب، الحكومة بوضع خطة عاجلة.', 'وأشار النائب، إلى أن شركات التوزيع تتحمل جانبا من المسؤولية بسبب تخزين الأدوية.');
    expect(indirect(a).map((q) => [q.speaker, q.text])).toEqual([['أيمن عبد الرازق', 'شركات التوزيع تتحمل جانبا من المسؤولية بسبب تخزين الأدوية']]);
    const b = parse('أكد الوزير سامي نور أن عدد السجلات التجارية الجديدة نما بنسبة 35 بالمئة خلال العام الماضي، في مؤشر على ثقة المستثمرين.');
    expect(indirect(b).map((q) => q.text)).toEqual(['عدد السجلات التجارية الجديدة نما بنسبة 35 بالمئة خلال العام الماضي']);
  });

  it('reads the speaker of "«…»، وفق تعبير X" and "على حد تعبير X" after the quote, and ends reported words at "، على حد قوله"', () => {
    const a = parse('ويقول سامي نور إن السوق بخير هذا العام رغم كل التقلبات.', '"الذهب لم يعد مجرد سلعة، بل أصبح أداة تحوط سياسي"، وفق تعبير نيلسن.', '"الأسعار مبالغ فيها بشكل واضح"، على حد تعبير سارة نيلسن.');
    // (the family name alone is the full name the article gives her)
    expect(speech(a).map((q) => q.speaker)).toEqual(['سارة نيلسن', 'سارة نيلسن']);
    const b = parse('ويرى الخبير سامي نور أن استمرار التوترات التجارية سيبقي الطلب مرتفعا، على حد قوله.');
    expect(indirect(b).map((q) => q.text)).toEqual(['استمرار التوترات التجارية سيبقي الطلب مرتفعا']);
    // a remark in quotes after the reported words, then the tag: the remark is no part of them
    const c = parse('ويرى الخبير العقاري عبدالله الأحمري أن المشاريع سترفع أسعار الأراضي المجاورة بنسبة تصل إلى 25%، "وهذا أمر طبيعي في مثل هذه الحالات"، حسب تعبيره.');
    expect(indirect(c).map((q) => q.text)).toEqual(['المشاريع سترفع أسعار الأراضي المجاورة بنسبة تصل إلى 25%']);
    expect(speech(c)).toEqual([{ text: 'وهذا أمر طبيعي في مثل هذه الحالات', kind: 'partial', speaker: 'عبدالله الأحمري' }]);
  });

  it('gives a quote tagged "كما قال X", "حسبما أضاف X", "حسب ما قال X" or "وفقا لما صرح به X" to X, never to a paper that relays it', () => {
    const a = parse(
      'وتحدث المدير العام للشركة سامي النمر عن خطط التوسع في الأسواق الخليجية.',
      '"سنبدأ التنفيذ الشهر المقبل"، كما قال وزير المالية خالد العلي.',
      '"الأسعار ستنخفض قريبا"، حسب ما قال الخبير الاقتصادي عمر الزين.',
      '"لا تراجع عن القرار"، وفقا لما صرح به المتحدث باسم الوزارة أحمد فؤاد.',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['خالد العلي', 'عمر الزين', 'أحمد فؤاد']);
    // a tag after a quote inside reported words outranks the verb before it, and ends the reported words
    const b = parse('وأكد رئيس الوزراء أن الحكومة ماضية في خطتها لإصلاح الاقتصاد الوطني، "وقد اتفق الجانبان على ذلك"، حسبما أضاف وزير الخارجية رياض ياسين.');
    expect(speech(b)).toEqual([{ text: 'وقد اتفق الجانبان على ذلك', kind: 'partial', speaker: 'رياض ياسين' }]);
    expect(indirect(b).map((q) => q.text)).toEqual(['الحكومة ماضية في خطتها لإصلاح الاقتصاد الوطني']);
    // "حسبما نقلت" names the paper that relays; "كما أكد X أن …" is X's own words after the quote
    const c = parse('واعتبر أعضاء في مجلس البلدية أن قرار تغيير الأسماء "سوف يسهم في إرساء الأمن المجتمعي"، حسبما نقلت صحيفة الصباح.');
    expect(speech(c).map((q) => q.speaker)).toEqual([null]);
    const d = parse('وقال الوزير سامي النمر إن "المرحلة المقبلة صعبة على الجميع"، كما أكد وزير المالية خالد العلي أن الموازنة ستقر قريبا.');
    expect(speech(d).map((q) => q.speaker)).toEqual(['سامي النمر']);
    expect(indirect(d).map((q) => q.speaker)).toEqual(['خالد العلي']);
  });

  it('reads "محادثات وزير الخارجية X" as talks of the titled X, and a one-word name before its bare title as the name', () => {
    const a = parse('تركزت محادثات وزير الخارجية الروسي سيرجي لافروف في الدوحة على الأزمة السورية ومحاربة الإرهاب، معتبرا أن التنظيم أكبر تهديد لأمن المنطقة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['سيرجي لافروف']);
    expect(a.speakers.map((s) => s.name)).toEqual(['سيرجي لافروف']);
    const b = parse('وقال لافروف وزير الخارجية الروسي إن بلاده لن تتراجع عن موقفها في الملف السوري.');
    expect(a.speakers.length + b.speakers.length).toBe(2);
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['لافروف', 'وزير الخارجية الروسي']]);
  });

  it('reads no name in a feminine participle ("اعترفت مطبقة مقولة …") or an ordinal ("أما ثالث الملاحظات فهي أن …")', () => {
    const a = parse('وفي نهاية المطاف اعترفت مطبقة مقولة الطرقات الشهيرة "التأخر في الوصول خير من عدم الوصول"، مع الأمل أن يصلح هذا الدرس لها ولحزبها مستقبلا.');
    expect(a.speakers).toEqual([]);
    const b = parse('أما ثالث الملاحظات فهي أن النائبة تأخرت كثيرا في الاعتراف بالصور المنشورة قبل أسبوع.');
    expect(b.speakers).toEqual([]);
    // a group's name may open on the same shape, and "ثاني" is a given name
    const c = parse('وحذرت مجموعة ترينتي ميرور من أن الإيرادات انخفضت بنحو 9 في المائة في الأشهر الستة الأولى.', 'وقال وزير الدولة ثاني بن أحمد الزيودي إن حجم التجارة بين البلدين ارتفع كثيرا هذا العام.');
    expect(c.speakers.map((s) => s.name)).toEqual(['مجموعة ترينتي ميرور', 'ثاني بن أحمد الزيودي']);
  });

  it('merges "بن كيران" with "عبد الإله ابن كيران", keeps "سلمان بن عبدالعزيز" apart from "محمد بن سلمان بن عبدالعزيز", and completes a foreign given name', () => {
    const a = parse('وقال عبد الإله ابن كيران رئيس الحكومة إن نتائج حزبه إيجابية جدا في هذه الانتخابات.', 'واعتبر بن كيران أن "هذا يوم فرح وسرور انتصرت فيه الديموقراطية".');
    expect(a.speakers.map((s) => s.name)).toEqual(['عبد الإله ابن كيران']);
    const b = parse('وقال ولي العهد الأمير محمد بن سلمان بن عبدالعزيز إن المشروع "يفتح آفاقا جديدة للشباب".', 'وكان الملك سلمان بن عبدالعزيز قد قال إن "الوطن يستحق الكثير من أبنائه".');
    expect(b.speakers.map((s) => [s.name, s.aliases])).toEqual([['محمد بن سلمان بن عبدالعزيز', []], ['سلمان بن عبدالعزيز', []]]);
    const c = parse('من جهته، أبرز أستاذ القانون الدستوري كريستوف بوتان، الذي كان مكلفا بمهمة المراقبة، أن الانتخابات مرت في أجواء شفافة.', 'وقال كريستوف "من خلال معاينتنا لأجواء هذه الانتخابات يمكن القول إنها انتخابات نموذجية".');
    expect(c.quotes.map((q) => q.speaker)).toEqual(['كريستوف بوتان', 'كريستوف بوتان']);
  });

  it('completes a Chinese family name ("لو", "تشانغ") to the one registered name it opens, never an Arabic given name', () => {
    const a = parse('وقال لو دا ليانغ، المتحدث باسم الإدارة العامة للجمارك، إن الصادرات حافظت على زخم نمو مستقر.', 'وأضاف لو أن "التجارة مع دول الحزام والطريق شكلت نحو نصف إجمالي التجارة".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['لو دا ليانغ', 'لو دا ليانغ']);
    const b = parse('وقالت الباحثة في الأكاديمية الصينية للتجارة، تشانغ وي، إن الأرقام تعكس تحسنا في الطلب الخارجي على السلع الصينية.', 'وأضافت تشانغ: "هذه الأرقام تعكس قدرة الاقتصاد الصيني على الصمود".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['تشانغ وي', 'تشانغ وي']);
    // a given name and a father's name ("محمد علي") are no syllables of one name
    const c = parse('وقال المدير العام محمد علي سعيد إن الأرقام تعكس تحسنا في الطلب على منتجات الشركة.', 'وأضاف محمد: "هذه الأرقام تعكس قدرة الاقتصاد على الصمود".');
    expect(c.quotes.map((q) => q.speaker)).toEqual(['محمد علي سعيد', 'محمد']);
  });

  it('reads a relative or one of a group named in apposition after a comma ("والدة الضحية، سعاد أحمد،", "والدته، أم محمد:")', () => {
    const a = parse('وقالت والدة الضحية، سعاد أحمد، لـ"الشرق الأوسط": "ابني كان يحلم بالسفر".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سعاد أحمد']);
    expect(a.speakers.map((s) => s.role)).toEqual(['والدة الضحية']);
    const b = parse('وقالت والدته، أم محمد: "ابني كان يحلم بالسفر".', 'وقال أحد السكان، ماجد القحطاني، إن "المياه غمرت الشارع".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['أم محمد', 'ماجد القحطاني']);
    // what follows the comma is no name: nobody named
    const c = parse('وقالت والدة الضحية، وهي تبكي، إن "ابنها كان يحلم بالسفر".');
    expect(c.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('lets "الوكالة الدولية للطاقة الذرية" speak (an agency serving a field is no news agency) and reads a platform\'s name after "منصته" as no quote', () => {
    const a = parse('وأشارت الوكالة الدولية للطاقة الذرية إلى أن إيران رفعت مخزونها من اليورانيوم المخصب.', 'وذكرت الوكالة الرسمية السورية للأنباء أن الانفجار وقع صباحا في العاصمة.');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'الوكالة الدولية للطاقة الذرية']]);
    const b = parse('وكتب ترامب على منصته "تروث سوشال" أن السلام قادم إلى المنطقة قريبا.', 'ونشر الوزير على حسابه في "فيسبوك" صورا من الزيارة.');
    expect(b.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'السلام قادم إلى المنطقة قريبا']]);
  });

  it('never reads "، في مؤتمر صحفي،" after a title set off by a comma as part of the title', () => {
    const a = parse('وقال وزير الزراعة، في مؤتمر صحفي، إن الحكومة ستدعم المزارعين.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['وزير الزراعة']);
    // without the comma before في the place is the title's
    const b = parse('وقالت مديرة الطوارئ في المكتب الإقليمي لأفريقيا، وهي طبيبة، إن الوضع خطير جدا في المنطقة.');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['مديرة الطوارئ في المكتب الإقليمي لأفريقيا']);
  });

  it('reads "فيكتور" and "والتر" as given names (not ف or و before a verb or an article) and a second title before the name apart from the first', () => {
    const a = parse('وحذر رئيس الوزراء المجري فيكتور أوربان من أن الدخول في مواجهة مع واشنطن سيكون خطأ.', 'وقال الرئيس الألماني والتر شتاينماير إن الحوار هو السبيل الوحيد لحل الخلافات التجارية.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['فيكتور أوربان', 'رئيس الوزراء المجري'], ['والتر شتاينماير', 'الرئيس الألماني']]);
    const b = parse('وأكد رئيس لجنة المرافق العامة والبيئة النائب بدر التميمي أن التعديلات ستختصر فترة الانتظار كثيرا.', 'وقال نائب الرئيس محمد علي إن الحكومة ستواصل دعم مشاريع الإسكان في المحافظات.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['بدر التميمي', 'رئيس لجنة المرافق العامة والبيئة'], ['محمد علي', 'نائب الرئيس']]);
  });

  it('gives a quote opening its paragraph to "وقال X:" closing the paragraph before, and runs it on to a mark closing a later line', () => {
    const a = parse('وقال عضو لجنة الإسكان بمجلس النواب، النائب أحمد سمير:', '«نحن نحاول الموازنة بين حقوق الملاك والمستأجرين.', 'الفترة الانتقالية المقترحة خمس سنوات تكفي لترتيب أوضاع الأسر».');
    expect(a.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([['direct', 'أحمد سمير', 'نحن نحاول الموازنة بين حقوق الملاك والمستأجرين.\nالفترة الانتقالية المقترحة خمس سنوات تكفي لترتيب أوضاع الأسر']]);
    // a paragraph that ends on a colon with no speech verb introduces nothing
    const b = parse('وجاء في نص القرار ما يلي من البنود:', '«يلتزم المؤجر بإخطار المستأجر قبل ستة أشهر من انتهاء العقد».');
    expect(b.quotes.map((q) => q.speaker)).not.toContain('القرار');
  });

  it('gives "وتقول"/"ويقول" to the named subject of the present verb the sentence opens with ("تجلس سعاد الخطيب … وتقول")', () => {
    const a = parse('تجلس سعاد الخطيب في شقتها بحي شبرا وتقول: «لا أعرف إلى أين سأذهب إذا طردت من هنا».', 'يقف محمد علي أمام متجره المدمر ويقول: «خسرت كل ما أملك في هذه الحرب».');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سعاد الخطيب', 'محمد علي']);
    // a verb of another person or gender, or a subject that is no person's name, gives nothing of the kind
    const b = parse('يقف محمد علي أمام متجره المدمر وتقول زوجته: «لا أعرف إلى أين سنذهب».');
    expect(b.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives "وقال" to the named subject of a stance verb the sentence opens with ("قلل X، name، من أهمية …، وقال")', () => {
    const a = parse('في المقابل، قلل المتحدث باسم تنسيقية القوى المدنية، بكري الجاك، من أهمية هذه التصريحات، وقال: "سمعنا هذا الكلام مرات كثيرة من قبل".');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'بكري الجاك']]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['بكري الجاك', 'المتحدث باسم تنسيقية القوى المدنية']]);
  });

  it('reads "مالك العقار، حسن فوزي،" as the owner named in apposition, and "مالك الحسيني" as a name', () => {
    const a = parse('ويرى مالك العقار، حسن فوزي، أن الإيجار الحالي البالغ 15 جنيها شهريا «لا يغطي حتى تكاليف الصيانة».', 'وقال مالك الحسيني، مدير الشركة، إن الإيجار الحالي لا يغطي تكاليف الصيانة.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['حسن فوزي', 'مالك العقار'], ['مالك الحسيني', 'مدير الشركة']]);
  });

  it('never reads a word spelt ب/ل/ك + hamza ("بأداء") as a name, reads "كبير الاقتصاديين" as a title, drops a quote that is its speaker\'s name, and no reported words after "كيف"', () => {
    const a = parse('وأشاد رئيس النادي خالد الغامدي بأداء اللاعبين، مؤكدا أن "الموسم لم ينته بعد".', 'وأشاد المدرب بأداء اللاعبين، مؤكدا أن "الفريق قادر على المنافسة حتى النهاية".');
    expect(a.speakers.map((s) => s.name)).not.toContain('بأداء اللاعبين');
    const b = parse('وقال كبير الاقتصاديين في بنك أبوظبي الأول سايمون بيني إن "التضخم بلغ ذروته".');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['سايمون بيني', 'كبير الاقتصاديين في بنك أبوظبي الأول']]);
    const c = parse('وقالت "أرامكو" في بيان إن أرباحها تراجعت 15% في الربع الثالث.');
    expect(c.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'أرامكو']]);
    const d = parse('وحصل بول رومر، كبير الاقتصاديين السابق في البنك الدولي، على الجائزة بعد بحثه حول الابتكار، والذي يوضح، كيف يمكن للمعرفة أن تعمل كمحرك للنمو الاقتصادي.');
    expect(d.quotes).toEqual([]);
  });

  it('ends a body\'s name after its لل genitive before the body or plural it calls on ("للشغل الحكومة")', () => {
    const a = parse('وطالب الاتحاد العام التونسي للشغل الحكومة بـ"فتح باب المفاوضات فورا".', 'ودعت الهيئة العامة للطيران المدني المسافرين إلى "مراجعة مواعيد رحلاتهم قبل التوجه إلى المطار".', 'وقالت الجمعية العامة للأمم المتحدة في قرارها إن الاستيطان غير قانوني على الإطلاق.');
    expect(a.speakers.map((s) => s.name)).toEqual(['الاتحاد العام التونسي للشغل', 'الهيئة العامة للطيران المدني', 'الجمعية العامة للأمم المتحدة']);
  });

  it('reads "لافتة إلى أن" as the participle "pointing out" (its ة folds like a pronoun on the adjective "لافت")', () => {
    const a = parse('وأشارت الطبيبة نوال العتيبي إلى أن الحصبة "من أكثر الأمراض المعدية انتشارا"، لافتة إلى أن اللقاح آمن وفعال بنسبة تتجاوز 95%.', 'ورفع المحتجون لافتة كبيرة أمام مقر الوزارة.');
    expect(indirect(a)).toEqual([{ text: 'اللقاح آمن وفعال بنسبة تتجاوز 95%', speaker: 'نوال العتيبي' }]);
  });

  it('reads "بلاغ للمديرية العامة للأمن الوطني" as the statement of the body named in full after لل', () => {
    const a = parse('وأورد بلاغ للمديرية العامة للأمن الوطني أن المشتبه فيه يبلغ من العمر 32 سنة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['المديرية العامة للأمن الوطني']);
    // "للمديرية" alone refers back to the body named before
    const b = parse('أعلنت مديرية الأمن توقيف المشتبه فيه.', 'وأوضح بلاغ للمديرية أن المشتبه فيه يبلغ من العمر 32 سنة.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['مديرية الأمن']);
  });

  it('reads a short quote with a number that opens on a verb as words said ("«سيتجاوز 60 تريليون دينار»"), and one that does not as a name', () => {
    const a = parse('بدوره، قال الخبير الاقتصادي نبيل المرسومي إن العجز المخطط "سيتجاوز 60 تريليون دينار".', 'وأطلقت الشركة هاتف "آيفون 15" في الأسواق العربية هذا الأسبوع.');
    expect(a.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['partial', 'سيتجاوز 60 تريليون دينار', 'نبيل المرسومي']]);
  });

  it('gives "أما زوجة بكر، أم يوسف، فتقول" to the wife named in apposition, not to بكر named before', () => {
    const a = parse('يقول الصياد محمود بكر إن البحر كان مصدر رزقه الوحيد منذ ثلاثين عاما.', 'أما زوجة بكر، أم يوسف، فتقول إنها باعت ما تبقى من ذهبها لشراء الطعام.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['محمود بكر', 'أم يوسف']);
  });

  it('reads "عزت" as the given name Izzat in a name and "وعزت" as the verb "attributed"', () => {
    const a = parse('وقال مستشار قائد قوات الدعم السريع، يوسف عزت، إن الطرف الآخر هو من يعرقل المسار السياسي.', 'وقال الوزير عزت سعد إن الحكومة ماضية في الإصلاحات الاقتصادية رغم الصعوبات.');
    expect(a.speakers.map((s) => s.name)).toEqual(['يوسف عزت', 'عزت سعد']);
    const b = parse('وعزت وزارة النفط الارتفاع إلى "زيادة الطلب العالمي على النفط الخام".');
    expect(b.quotes.map((q) => q.kind)).toEqual(['partial']);
  });

  it('gives a report\'s words to its author named with "تقرير صادر عن X" earlier', () => {
    const a = parse('ارتفعت أرباح البنوك بنسبة 12%، بحسب تقرير صادر عن شركة الراجحي المالية.', 'وتوقع التقرير أن تواصل البنوك تحقيق نمو في الأرباح خلال الربع الأخير.', 'وحذر التقرير من أن "تباطؤ نمو الودائع قد يضغط على السيولة".');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'شركة الراجحي المالية'], ['direct', 'شركة الراجحي المالية']]);
  });

  it('reads Gulf titles: "ولي العهد الأمير X", "وزير الخارجية الأمير/الشيخ X", "صاحب السمو الملكي الأمير X", never a ministry named after X', () => {
    const a = parse('وقال ولي العهد الأمير محمد بن سلمان إن المشروع سيفتح آفاقا جديدة للشباب في المملكة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['محمد بن سلمان']);
    const b = parse('وقال وزير الخارجية الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي في اليمن.', 'وقال وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني إن قطر تدعم جهود الوساطة كافة.');
    expect(b.speakers.map((s) => s.name)).toEqual(['فيصل بن فرحان', 'محمد بن عبدالرحمن آل ثاني']);
    const c = parse('وقال سمو ولي ولي العهد صاحب السمو الملكي الأمير محمد بن نايف إن "أمن المملكة خط أحمر".');
    expect(c.speakers.map((s) => s.name)).toEqual(['محمد بن نايف']);
    // an institution named after a ruler stays in the title
    const d = parse('وقال المتحدث باسم مستشفى الملك فهد الجامعي الدكتور سعد العلي إن الحالة مستقرة تماما الآن.');
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([['سعد العلي', 'المتحدث باسم مستشفى الملك فهد الجامعي']]);
  });

  it('reads a decision\'s subject before it, never its object after it ("مجلس البلدية قرر تغيير أسماء …، قال إنها …")', () => {
    const a = parse('وطبقا لتقرير صحيفة "الصباح" المحلية، فإن مجلس بلدية المدينة قرر تغيير أسماء 90 شارعا، قال إنها "قد تكون مرتبطة بالتنظيم".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['مجلس بلدية المدينة']);
    const b = parse('وقرر سيتي تعديل عرضه بدفع 6 ملايين أخرى بحسب ما ذكرت الصحيفة التي رأت أن المدرب لن يتردد في إشراك اللاعب في مباراة الأحد.');
    expect(b.quotes.map((q) => q.speaker).join()).not.toMatch(/تعديل/u);
  });

  it('reads a word in quotes after a relaying verb ("حسبما نقلت «حرييت»") or a detached article ("الـ«سيتيزينس»") as a name', () => {
    const a = parse('واعتبر أعضاء في المجلس أن القرار "سوف يسهم في إرساء الأمن المجتمعي"، حسبما نقلت "حرييت".', 'ورأت الصحيفة أن مدرب الـ"سيتيزينس" لن يتردد في إشراك اللاعب ضد فريقه السابق.');
    expect(speech(a).map((q) => q.text)).toEqual(['سوف يسهم في إرساء الأمن المجتمعي']);
  });

  it('points "المسؤول الصيني" back to the Chinese official speaking last, never past an unnamed one, and reads a name after it', () => {
    const a = parse('وقال نائب وزير التجارة الصيني لي شينغانغ خلال منتدى في بكين إن "زيادة الرسوم ستؤدي إلى تدمير التجارة".', 'ووصف المسؤول الصيني التراشق الضريبي بأنه "وقت فوضوي في التجارة الدولية".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['لي شينغانغ', 'لي شينغانغ']);
    const b = parse('وقال الرئيس الأمريكي دونالد ترامب إن "الاتفاق سيئ للغاية".', 'وقال متحدث باسم الخارجية إن القرار جاء "نتيجة للمراجعة الشاملة".', 'لكن المسؤول الأمريكي أكد أن القرار أخذ في الحسبان "التحديات التي يواجهها المجتمع الدولي".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['دونالد ترامب', null, null]);
    const c = parse('وقال مصدر أوروبي إن "القرار لم يتخذ بعد".', 'وأوضح المسؤول الأوروبي نفسه "لا نذكر بذلك دائما لكن القدرة المفرطة ناجمة عن الصين".');
    expect(c.quotes.map((q) => q.speaker)).toEqual([null, null]);
    const d = parse('من جانبه أعلن المسؤول الإعلامي في الائتلاف الوطني السوري المعارض أحمد كامل في تصريحات بأنه ترتكب الآن واحدة من أبشع الجرائم في المدينة.');
    expect(d.speakers.map((s) => s.name)).toEqual(['أحمد كامل']);
  });

  it('reads a listed given name and a definite family name after a title, before the verb\'s object, as the name', () => {
    const a = parse('في المقابل، نفى النائب عن الإطار التنسيقي علي الزبيدي وجود أي ضغوط على النواب، مؤكدا أن "العملية جرت وفق النظام الداخلي للمجلس".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['علي الزبيدي', 'النائب عن الإطار التنسيقي']]);
  });

  it('gives a title set off by commas between two names to the first ("مايك بنس، نائب الرئيس الأمريكي، دونالد ترامب،")', () => {
    const a = parse('كشف مايك بنس، نائب الرئيس الأمريكي، دونالد ترامب، الخميس، عن موعد تدشين قوة فضائية أمريكية.', 'وهي الطريقة التي يصفها ترامب بـ "هجرة التسلسل" في خطاباته الأخيرة أمام أنصاره.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['دونالد ترامب', null]]);
  });

  it('reads the outlet\'s own reporter and "المعلومات" as nobody named', () => {
    const a = parse('وتقول مراسلتنا إن وسائل التواصل الاجتماعي أصبحت أداة سياسية مهمة في البلاد.', 'وتؤكد المعلومات الأولية أن المواد المتفجرة المستخدمة هي نفسها التي ضبطت الشهر الماضي.');
    expect(a.speakers).toEqual([]);
  });

  it('reads a listed given name that also names a town ("بشار") as a name before a definite family name', () => {
    const a = parse('وكان رئيس النادي بشار الحوامدة قد صرّح في وقت سابق بأن "الخزينة جاهزة لدعم الجهاز الفني بكل ما يطلبه".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['بشار الحوامدة', 'رئيس النادي']]);
    // a place that is no given name still ends before what it did
    const b = parse('وجددت تونس الدعوة إلى وقف إطلاق النار، مؤكدة أن "الحل السياسي هو الطريق الوحيد".');
    expect(b.speakers.map((s) => s.name)).toEqual(['تونس']);
  });

  it('gives a participle to the unnamed source right after its clause\'s verb, never to the last speaker', () => {
    const first = 'وقال باسيل في مؤتمر صحافي: "نحن لسنا ضد أحد، لكننا لن نقبل بأن يفرض علينا أمر واقع".';
    const a = parse(first, 'وخرج مصدر مقرب من رئيس الحكومة المكلف عن صمته، قائلا إن "الأبواب لا تزال مفتوحة للحوار مع الجميع".');
    const b = parse(first, 'وردّ مصدر مقرب من رئيس الحكومة المكلف على باسيل، قائلا إن "الأبواب لا تزال مفتوحة للحوار مع الجميع".');
    expect([a, b].map((x) => x.quotes.map((q) => q.speaker))).toEqual([['باسيل', null], ['باسيل', null]]);
  });

  it('completes a family name alone from the one full name, kunya first, and reads no present verb into a name', () => {
    const a = parse('يقف أبو أحمد النجار (45 عاما) أمام قطعة أرض رملية في منطقة المواصي غرب خان يونس.', 'يقول النجار للجزيرة نت: "نزحنا للمرة الخامسة منذ بداية الحرب".');
    expect(a.speakers.map((s) => s.name)).toEqual(['أبو أحمد النجار']);
    const b = parse('وعلى بعد أمتار، تجلس أم محمد، وهي نازحة من حي الشابورة في رفح، على فرشة بالية، وتقول إن أطفالها "لم يذوقوا طعم الخبز منذ أيام".');
    expect(b.speakers.map((s) => s.name)).toEqual(['أم محمد']);
  });

  it('completes a family name without "ال" ("بنجبلي") from the one full name that opens on a given name, never from two', () => {
    const a = parse('ونشر سعيد بنجبلي تدوينة طويلة على صفحته يوم الأحد الماضي.', 'وقال بنجبلي إن "التشريع قابل للتغير من أقصى اليمين إلى أقصى اليسار".');
    expect(a.speakers.map((s) => s.name)).toEqual(['سعيد بنجبلي']);
    const b = parse('والتقى سعيد بنجبلي وشقيقه خالد بنجبلي بأعضاء اللجنة في الرباط يوم الأحد الماضي.', 'وقال بنجبلي إن "التشريع قابل للتغير من أقصى اليمين إلى أقصى اليسار".');
    expect(b.speakers.map((s) => s.name)).toEqual(['بنجبلي']);
    // the given name with ل glued to it: "في حوار لمارتن غريفيث"
    const c = parse('وجاء ذلك في حوار لمارتن غريفيث مع الإذاعة خلال وجوده في نيويورك.', 'وقال غريفيث إنه شعر بالتشجيع من الاستجابة الدولية للتحذير.');
    expect(c.speakers.map((s) => s.name)).toEqual(['مارتن غريفيث']);
  });

  it('ends a name before a present verb after its family name ("كان عبدالله المطوع يبحث"), and completes the family name printed later without "ال"', () => {
    const opening = 'قبل عامين كان عبدالله المطوع يبحث عن فرصة في مجال توصيل الطعام في الكويت.';
    const a = parse(opening, 'وقال المطوع إن "السوق الكويتية جذابة لمن يحمل أفكارا تقنية".');
    const b = parse(opening, 'وقال مطوع إن "السوق الكويتية جذابة لمن يحمل أفكارا تقنية".');
    expect([a, b].map((x) => x.speakers.map((s) => s.name))).toEqual([['عبدالله المطوع'], ['عبدالله المطوع']]);
    // a listed given name after the family name goes on with the name: "سعيد الحاج يحيى"
    const c = parse('وقال المهندس سعيد الحاج يحيى إن "العمل توقف تماما منذ الصيف".');
    expect(c.speakers.map((s) => s.name)).toEqual(['سعيد الحاج يحيى']);
    // two full names end on the family name: no guess
    const d = parse('كان عبدالله المطوع يعمل مع شقيقه خالد المطوع في الشركة.', 'وقال مطوع إن "السوق الكويتية جذابة لمن يحمل أفكارا تقنية".');
    expect(d.speakers.map((s) => s.name)).toEqual(['مطوع']);
  });

  it('completes a foreign woman\'s family name from her full name before an age ("الفرنسية كلير خاسر (42 عاما)")', () => {
    const a = parse('وأصدرت المحكمة حكما بالحبس سبع سنوات على الفرنسية كلير خاسر (42 عاما).', 'وشددت خاسر على أنها "لم تكن تعلم شيئا" عن نشاط زوجها.');
    expect(a.speakers.map((s) => s.name)).toEqual(['كلير خاسر']);
  });

  it('reads a club or a firm after a title as the title\'s when a name follows it set off by commas ("مدرب ريال مدريد، دييغو سيميوني،")', () => {
    const a = parse('وقال مدرب أتليتيكو مدريد، دييغو سيميوني، إن فريقه جاهز تماما لمباراة الإياب.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['دييغو سيميوني', 'مدرب أتليتيكو مدريد']]);
    // a known place past two name words is the verb's object, not the name's end
    const c = parse('يتهم وزير الخارجية البريطاني بوريس جونسون روسيا بتخزين غاز الأعصاب منذ سنوات.', 'وقال جونسون إن "لدينا أدلة على أن روسيا طورت هذا الغاز سرا".');
    expect(c.speakers.map((s) => [s.name, s.role])).toEqual([['بوريس جونسون', 'وزير الخارجية البريطاني']]);
    // a verbal noun after the name ("بدء") opens what was announced, past a title's place ("في اليمن")
    const d = parse('وأعلن وزير الإدارة المحلية للإغاثة في اليمن عبدالرقيب فتح بدء مرحلة إعادة الإعمار في عدن، قائلا إن فرقا ميدانية شرعت في مسح الأضرار.');
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([['عبدالرقيب فتح', 'وزير الإدارة المحلية للإغاثة في اليمن']]);
    // a kunya in apposition after the name is no name of its own
    const b = parse('وقال الرئيس الفلسطيني محمود عباس، أبو مازن، إن القيادة لن تقبل بأي حلول منقوصة.');
    expect(b.speakers.map((s) => s.name)).toEqual(['محمود عباس']);
  });

  it('gives a court\'s reasoning ("وأضافت الحيثيات أن") to the court named before', () => {
    const a = parse('وقالت محكمة القضاء الإداري في حيثياتها إن القرار "صدر دون سند من القانون".', 'وأضافت الحيثيات أن جهة الإدارة لم تقدم ما يثبت أن فتح المقاهي يهدد الأمن العام.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['محكمة القضاء الإداري']);
  });

  it('reads the owner named after a comma ("صاحبة أحد المنزلين، أم رامي أبو عيد:")', () => {
    const a = parse('من جهتها، قالت صاحبة أحد المنزلين، أم رامي أبو عيد: "بنينا هذا البيت بعرق جبيننا، واليوم أصبحنا في الشارع".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أم رامي أبو عيد', 'صاحبة أحد المنزلين']]);
  });

  it('reads "مستأجرة أخرى" (another tenant) as nobody named, and a man\'s family name in ـية ("مهند الوادية")', () => {
    const a = parse('وأكدت مستأجرة أخرى، فضلت عدم ذكر اسمها، أنها اضطرت إلى الانتقال لمنطقة أبعد عن مقر عملها بسبب ارتفاع الإيجار.');
    expect(a.quotes).toEqual([]);
    const b = parse('في المقابل، أوضح الخبير العقاري مهند الوادية أن "الطلب المرتفع على السكن هو المحرك الرئيس لارتفاع الإيجارات".');
    expect(b.speakers.map((s) => s.name)).toEqual(['مهند الوادية']);
    // ("من جانب آخر" opens no one)
    const c = parse('وقال الوزير سامي النمر إن "الخطة جاهزة للتنفيذ".', 'من جانب آخر، أكد النمر أن "الموازنة ستقر قريبا".');
    expect(c.quotes.map((q) => q.speaker)).toEqual(['سامي النمر', 'سامي النمر']);
  });

  it('reads لأن after a comma as "because", no opening of reported words', () => {
    const a = parse('وكان الرئيس عبد الفتاح السيسي استقبل نظيره في القاهرة أمس.', 'بدوره، شدد السيسي خلال اللقاء على ضرورة حل الأزمة سياسيا، لأن إطالة الصراع ستؤدي إلى تدمير البنية التحتية بالكامل.');
    expect(indirect(a)).toEqual([]);
    const b = parse('وأشار الوزير سامي النمر لأن الحكومة ستطرح مناقصة جديدة خلال الشهر المقبل.');
    expect(indirect(b).map((q) => q.text)).toEqual(['الحكومة ستطرح مناقصة جديدة خلال الشهر المقبل']);
  });

  it('reads "أمير" before a name as a given name, a title through "لدى" a firm, and letters spelt with stops as no sentence end', () => {
    const a = parse('وقال أمير نصر، محلل النفط لدى إف.جي.إي، إن الأسواق "تراقب عن كثب قرار أوبك+ المقبل".', 'وقال مصدران في شركات تكرير آسيوية لرويترز إن الزيادة "جاءت أقل من المتوقع".');
    expect(speech(a)).toEqual([
      { text: 'تراقب عن كثب قرار أوبك+ المقبل', kind: 'partial', speaker: 'أمير نصر' },
      { text: 'جاءت أقل من المتوقع', kind: 'partial', speaker: null },
    ]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أمير نصر', 'محلل النفط لدى إف.جي.إي']]);
    // the emir of a place stays a title
    const b = parse('وقال أمير منطقة الرياض الأمير فيصل بن بندر إن المشروع سيكتمل خلال العام المقبل.');
    expect(b.speakers.map((s) => s.name)).toEqual(['فيصل بن بندر']);
  });

  it('ends reported words at a comma before an ambiguous participle ("، متوقعة تصحيحا")', () => {
    const a = parse('وقالت الخبيرة سارة نور إن الأسعار ستتراجع في الربع المقبل بشكل واضح، متوقعة تصحيحا بنسبة 10% قبل نهاية العام.');
    expect(indirect(a).map((q) => q.text)).toEqual(['الأسعار ستتراجع في الربع المقبل بشكل واضح']);
  });

  it('reads a known place after a title as the title\'s, with the name in apposition after it', () => {
    const a = parse('أوضح المتحدث الإعلامي لشرطة منطقة مكة المكرمة، المقدم محمد الغامدي، أنه تم القبض على أربعة مقيمين من جنسية عربية.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد الغامدي', 'المتحدث الإعلامي لشرطة منطقة مكة المكرمة']]);
    expect(indirect(a).map((q) => q.speaker)).toEqual(['محمد الغامدي']);
  });

  it('reads a title set off by commas through "في" a body, but never through "في تصريح"', () => {
    const a = parse('وقال الدكتور أحمد حبيب، خبير الأرصاد في المركز، لـ«الخليج»، إن «المنخفض الجوي القادم من الغرب سيؤدي إلى انخفاض درجات الحرارة».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أحمد حبيب', 'خبير الأرصاد في المركز']]);
    const b = parse('وقال أحمد حبيب، وزير الصحة في تصريح، إن المستشفيات جاهزة لاستقبال الحالات الطارئة في أي وقت.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['أحمد حبيب', 'وزير الصحة']]);
  });

  it('reads Maghreb copy: a whole quote after "صرح … بأن" as direct, "أورد" as a cue, "المصرح ذاته" as the one speaking', () => {
    const a = parse('وصرح مصطفى الكيحل، الكاتب العام للنقابة، لجريدة هسبريس الإلكترونية، بأن "السائقين يؤدون الضرائب والتأمين، بينما يشتغل أصحاب التطبيقات خارج أي إطار قانوني".', 'وأورد المتحدث ذاته أن النقابة راسلت وزارة الداخلية أكثر من مرة دون أن تتلقى أي رد.', 'وأورد المصرح ذاته أن السلطات لم تتدخل رغم كل المراسلات التي بعثتها النقابة.');
    expect(speech(a).map((q) => q.kind)).toEqual(['direct']);
    expect(indirect(a).map((q) => q.speaker)).toEqual(['مصطفى الكيحل', 'مصطفى الكيحل']);
    // "وصف … بأنه «…»" describes: partial
    const b = parse('ووصف الوزير سامي نور القرار بأنه "خطوة في الاتجاه الصحيح نحو الإصلاح".');
    expect(speech(b).map((q) => q.kind)).toEqual(['partial']);
  });

  it('names a spokesman after the body he speaks for ("متحدث الوزارة الدكتور X")', () => {
    const a = parse('وقال متحدث الوزارة الدكتور محمد العبدالعالي لـ«عكاظ» إن «الإقبال هذا العام أعلى من المواسم السابقة، خصوصا بين كبار السن».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد العبدالعالي', 'متحدث الوزارة']]);
    // unnamed, he stays nobody in particular
    expect(speech(parse('وقال متحدث الوزارة إن «الإقبال هذا العام أعلى من المواسم السابقة، خصوصا بين كبار السن».')).map((q) => q.speaker)).toEqual([null]);
  });

  it('keeps a quote after a marker and its own adjective ("لائحة توافقية «…»") as words said, not the name', () => {
    const a = parse('وأشار مصدر مطلع لـ"النهار" إلى أن المفاوضات بين القوى الأساسية لتشكيل لائحة توافقية "وصلت إلى طريق مسدود".');
    expect(speech(a)).toEqual([{ text: 'وصلت إلى طريق مسدود', kind: 'partial', speaker: null }]);
  });

  it('gives a quote of three words or more that opens its sentence, with the speaker after it, as direct', () => {
    const a = parse('«نحن لا نطلب المستحيل»، يقول سامي نور، «بل نطلب من كل مواطن أن يعامل الماء كما يعامل المال».');
    expect(speech(a).map((q) => [q.kind, q.speaker])).toEqual([['direct', 'سامي نور'], ['direct', 'سامي نور']]);
    // two words are still a fragment
    expect(speech(parse('«مستحيل تماما»، يقول سامي نور عن خطة الحكومة الجديدة.')).map((q) => q.kind)).toEqual(['partial']);
  });

  it('takes members of a body, and the lawyer of someone described, for nobody in particular', () => {
    const a = parse('واعتبر أعضاء في مجلس بلدية إسطنبول أن قرار تغيير الأسماء "سوف يسهم في إرساء الأمن المجتمعي".', 'وذكر محامي سيدة أمريكا الأولى: "أستطيع أن أؤكد أنهم حاملون للبطاقة الخضراء ومقيمون قانونيون دائمون".');
    expect(speech(a).map((q) => q.speaker)).toEqual([null, null]);
    expect(a.speakers).toEqual([]);
  });

  it('registers a title glued to ل or ب without the preposition, so the title alone later refers back', () => {
    const a = parse('وأصدر المدير قرارا بتكليف سمير النجدي خلفاً للدكتور محمد الثبيتي في منصبه.', 'وقال الدكتور: "يسرني أن أتقدم لكم جميعاً بالشكر والتقدير على كل تعاون".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد الثبيتي', 'الدكتور']]);
  });

  it('takes a broadcast network for a relayer but a network of doctors for a speaker, and a trade closed by a colon', () => {
    const a = parse('قالت شبكة أطباء السودان إن 14 مدنيا على الأقل قتلوا في قصف مدفعي استهدف أحياء سكنية في المدينة.', 'وذكرت شبكة (سي.بي.اس.نيوز) أن التحذير الصادر عن إدارة الأمن الداخلي كان في شكل نشرة أرسلت إلى الشرطة.', 'ويقول آدم إسحاق، أحد سكان حي أبوشوك: "لم نعد نعرف أين نختبئ، القذائف تسقط في كل مكان".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['شبكة أطباء السودان', 'آدم إسحاق']);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['شبكة أطباء السودان', null], ['آدم إسحاق', 'أحد سكان حي أبوشوك']]);
  });

  it('takes "طلب عدم ذكر اسمه" after a title for no name, and "رائدة أعمال" between commas for a role', () => {
    const a = parse('وقال قيادي في "قسد" لعنب بلدي، طلب عدم ذكر اسمه، إن الحكومة "تريد السيطرة الكاملة على الحقول دون أي ضمانات".', 'من جهتها، أكدت السيدة مريم المنصوري، رائدة أعمال في مجال التقنية، أن "البيئة التشريعية تغيرت كثيراً خلال السنوات الأخيرة".');
    expect(speech(a).find((q) => q.text.startsWith('تريد السيطرة'))?.speaker).toBeNull();
    expect(speech(a).find((q) => q.text.startsWith('البيئة التشريعية'))?.speaker).toBe('مريم المنصوري');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['مريم المنصوري', 'رائدة أعمال في مجال التقنية']]);
  });

  it('continues a ministry\'s name through و + a noun and its genitive, never through a given name that opens with و', () => {
    const a = parse('قال وزير النقل الأردني وسيم الطراونة إن أول دفعة من الحافلات الكهربائية ستدخل الخدمة مطلع العام المقبل.', 'وقال وزير الاتصالات وتقنية المعلومات خالد العمر إن الشبكة الجديدة ستغطي كل المحافظات.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['وسيم الطراونة', 'وزير النقل الأردني'], ['خالد العمر', 'وزير الاتصالات وتقنية المعلومات']]);
  });

  it('takes the nisba adjectives after a one-word indefinite title for its description, not a name ("أمير سعودي بارز")', () => {
    expect(parse('وقال أمير سعودي بارز إن العائلة المالكة تدعم خطط الإصلاح الاقتصادي بشكل كامل.').speakers).toEqual([]);
    // a foreign given name in ي after a longer title stays a name
    const a = parse('وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تقبل بأي عقوبات جديدة على اقتصادها.');
    expect(a.speakers.map((s) => s.name)).toEqual(['سيرغي لافروف']);
  });

  it('takes "يتوقع أن" inside words already reported as part of them, not as a second quote', () => {
    const a = parse('أوضح الوزير سامي نور في تصريح أن حركة الحاويات في الميناء يتوقع أن ترتفع بنسبة 12 بالمائة خلال العام الجاري.');
    expect(indirect(a).map((q) => q.text)).toEqual(['حركة الحاويات في الميناء يتوقع أن ترتفع بنسبة 12 بالمائة خلال العام الجاري']);
  });

  it('names one of a group after "، ويدعى" ("أحد السكان، ويدعى ماجد القحطاني")', () => {
    const a = parse('وروى أحد السكان، ويدعى ماجد القحطاني، لـ"الوطن" لحظات الحريق قائلا: "استيقظنا على صراخ الجيران والدخان يملأ الممر".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['ماجد القحطاني', 'أحد السكان']]);
  });

  it('gives a proverb no speaker, and a quote after "حين قال" to the subject of the clause it hangs on', () => {
    const a = parse('يقول المثل الشعبي: "ما كل ما يلمع ذهبا"، وهذا ينطبق على كثير من التطبيقات.', 'وقد أحسن وزير الاتصالات وتقنية المعلومات حين قال في أحد المؤتمرات إن "التقنية وسيلة وليست غاية".');
    expect(speech(a).map((q) => q.speaker)).toEqual([null, 'وزير الاتصالات وتقنية المعلومات']);
  });

  it('keeps a foreign family name printed with a final ه that opens like ب + noun ("صوفي بينيه")', () => {
    const a = parse('وقالت المحامية صوفي بينيه إن الحكومة لم تستجب لأي من المطالب التي رفعتها النقابات منذ أشهر.');
    expect(a.speakers.map((s) => s.name)).toEqual(['صوفي بينيه']);
    // ب and a noun in ة is still no name word ("بطريقة")
    expect(parse('وقال سامي نور بطريقة ساخرة إن الحكومة لم تستجب لأي من المطالب منذ أشهر.').speakers.map((s) => s.name)).toEqual(['سامي نور']);
  });

  it('reads Moroccan wire copy: a body named in eight words, "بلاغ للوزارة" for the ministry, "المسؤولة ذاتها" as the one speaking', () => {
    const a = parse('أكدت وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني، اليوم الثلاثاء بالرباط، أن عدد السياح بلغ 17 مليون سائح.', 'وأوضح بلاغ للوزارة أن عائدات القطاع بلغت 112 مليار درهم خلال السنة.', 'وقالت وزيرة السياحة، فاطمة الزهراء عمور، إن "هذه النتائج ثمرة عمل جماعي بين القطاعين العام والخاص".', 'وأبرزت المسؤولة ذاتها أن الوزارة تراهن على بلوغ 26 مليون سائح في أفق سنة 2030.');
    const ministry = 'وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني';
    expect(indirect(a).map((q) => q.speaker)).toEqual([ministry, ministry, 'فاطمة الزهراء عمور']);
  });

  it('refers "المحكمة" back to the court a sentence opens with, not to one named later in it', () => {
    const a = parse('أيدت محكمة التمييز، أمس، حكم محكمة الاستئناف بحبس متهمين اثنين 7 سنوات في قضية غسل أموال.', 'وقالت المحكمة في حيثيات حكمها إن "الأدلة التي قدمتها النيابة العامة جاءت متساندة ومتكاملة".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['محكمة التمييز']);
  });

  it('reads a trade set off by commas after the name as the role, and ends a description where a clause of its own begins', () => {
    const a = parse('ويقول حسين كاظم، صاحب مولدة أهلية في حي الشعب، إن سعر الأمبير ارتفع إلى 15 ألف دينار.', '«نمت ليلتين في السيارة مع أطفالي»، تقول سناء عودة، وهي أم لثلاثة أطفال من نابلس كانت في طريقها إلى عمّان.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['حسين كاظم', 'صاحب مولدة أهلية في حي الشعب'], ['سناء عودة', 'أم لثلاثة أطفال من نابلس']]);
    // a participle after the comma is no trade
    const b = parse('وأضاف حسين كاظم، مشيرا إلى أن الأسعار ارتفعت بشكل كبير خلال الأسبوع الماضي.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['حسين كاظم', null]]);
  });

  it('reads Maghreb copy: "أبرز" as a cue after و or before a particle, "المتحدث ذاته" as the one speaking', () => {
    const a = parse('وقال محمد الزياني إن الساكنة تعاني كثيرا من العطش.', 'وأبرز المتحدث ذاته أن الجمعية راسلت السلطات مرارا.', 'وأبرز الزياني أن الوضع لم يعد يحتمل.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['محمد الزياني', 'محمد الزياني', 'محمد الزياني']);
    // "the most prominent" stays a noun
    expect(indirect(parse('ومن أبرز المشاكل أن الساكنة لا تجد الماء.', 'وأبرز المشاكل أن الآبار جفت تماما.'))).toEqual([]);
  });

  it('runs a title set off by commas to its closing comma, and never reads "أحداث" as a name', () => {
    const a = parse('وأوضح محمد الزياني، رئيس جمعية دوار تانسيخت للتنمية، في تصريح صحفي، أن "الساكنة تضطر إلى قطع كيلومترات يوميا".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد الزياني', 'رئيس جمعية دوار تانسيخت للتنمية']]);
    const b = parse('وتحدث التقرير عن إحداث لجنة جديدة للمراقبة.', 'وقال، في هذا الصدد، إن العملية "تتطور باستمرار في كل البلدان".');
    expect(b.speakers.map((s) => s.name)).not.toContain('إحداث');
  });

  it('ends reported speech at "، لكنه" and a verb of the speaker\'s next act', () => {
    const a = parse('ونفى الرئيس الروسي فلاديمير بوتين أن تكون بلاده نفذت الهجوم على الجاسوس السابق، ولكنه قال إن التحقيق يجب أن يكون مشتركا.');
    expect(indirect(a).map((q) => q.text)).toEqual(['تكون بلاده نفذت الهجوم على الجاسوس السابق', 'التحقيق يجب أن يكون مشتركا']);
  });

  it('gives "يقول:" the person whose state the sentence before tells, past a negation ("ولا تختلف حال يوسف")', () => {
    const a = parse('«أستيقظ كل صباح وأتفقد هاتفي أولا»، تقول سلمى، وهي طالبة في الثالثة والعشرين تدرس الهندسة في عمّان.', 'ولا تختلف حال يوسف، وهو طالب طب في سنته الرابعة، كثيرا. يقول: «حاولت أن أركز على دراستي، لكن الأخبار لا تتوقف».');
    expect(speech(a).map((q) => q.speaker)).toEqual(['سلمى', 'يوسف']);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['سلمى', 'طالبة في الثالثة والعشرين تدرس الهندسة في عمّان'], ['يوسف', 'طالب طب في سنته الرابعة']]);
  });

  it('reads Tunisian copy: a title with its ب-genitives to a comma, an honorific inside a name, a quote as a marker\'s predicate', () => {
    const a = parse('وصرّح المكلف بالإعلام بالوزارة، محمد الحاج طيب، لموزاييك، بأنّ عملية الإصلاح "تسير في ظروف طيبة"، مؤكّدا أنّه لم يتم تسجيل أي إشكال.', 'وأفاد بأنّ نسبة الغش تراجعت هذه السنة، حسب ما صرّح به.');
    expect(speech(a)).toEqual([{ text: 'تسير في ظروف طيبة', kind: 'partial', speaker: 'محمد الحاج طيب' }]);
    expect(indirect(a)).toEqual([{ text: 'أنّه لم يتم تسجيل أي إشكال', speaker: 'محمد الحاج طيب' }, { text: 'نسبة الغش تراجعت هذه السنة', speaker: 'محمد الحاج طيب' }]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد الحاج طيب', 'المكلف بالإعلام بالوزارة']]);
  });

  it('gives an unnamed owner ("صاحب مولد") no name, and keeps "صاحب السمو" an honorific', () => {
    const a = parse('وقال النائب ملحم خلف إن "الحكومة تتعامل مع الملف بمنطق الترقيع".', 'وقال صاحب مولد في منطقة الاشرفية لـ"النهار": "ما عم نقدر نغطي كلفة المازوت".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['ملحم خلف', null]);
  });

  it('reads an interview\'s answers ("ج: …" after "س: …") as the interviewee\'s words, never a list\'s third item', () => {
    const a = parse('التقت الصحيفة وزير الموارد المائية عون ذياب، وكان معه الحوار الآتي:', 'س: هل تتوقعون أزمة مياه هذا الصيف؟', 'ج: نعم، الصيف المقبل سيكون الأصعب منذ عقود.');
    expect(speech(a)).toEqual([{ text: 'نعم، الصيف المقبل سيكون الأصعب منذ عقود', kind: 'unmarked', speaker: 'عون ذياب' }]);
    const b = parse('وقال الوزير سامي نور إن الخطة تقوم على ثلاثة محاور:', 'أ- تحديث الشبكات.', 'ب- ترشيد الاستهلاك.', 'ج- تنويع مصادر المياه.');
    expect(speech(b)).toEqual([]);
  });

  it('reads "آن" spelt with آ as a name (Ahn), not the particle أن', () => {
    expect(speech(parse('من جانبه، قال وزير التجارة الكوري آن دوك-غيون: "نتطلع إلى أن تكون الاتفاقية نموذجا للتعاون".'))[0]!.speaker).toBe('آن دوك-غيون');
  });

  it('never gives a title with another nationality or portfolio adjective to the holder of a different one', () => {
    const a = parse('وأكد وزير الدولة للتجارة الخارجية ثاني الزيودي أن الاتفاقية تمثل محطة مهمة.', 'وقال وزير التجارة الكوري: "نتطلع إلى أن تكون الاتفاقية نموذجا للتعاون".');
    expect(speech(a)[0]!.speaker).toBe('وزير التجارة الكوري');
  });

  it('reads a title through ل printed apart, a quoted body and a place glued to ب before the name', () => {
    const a = parse('وأوضح المدير التنفيذي لـ"باب رزق" بالسعودية جميل عبدالرحمن الفهيد، أن نتائج النصف الأول كانت مميزة.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['جميل عبدالرحمن الفهيد', 'المدير التنفيذي لـ"باب رزق" بالسعودية']]);
  });

  it('runs an unnamed title through its affiliation to the comma ("مديرة الطوارئ في المكتب الإقليمي لأفريقيا، وهي …")', () => {
    const a = parse('وقالت مديرة الطوارئ في المكتب الإقليمي لأفريقيا، وهي طبيبة سنغالية، إن الوضع "قابل للسيطرة إذا توفرت الموارد".');
    expect(speech(a)[0]!.speaker).toBe('مديرة الطوارئ في المكتب الإقليمي لأفريقيا');
  });

  it('gives the defence\'s words to the lawyer named in apposition ("دفاع المتهمين، المحامي أشرف نبيل،")', () => {
    const a = parse('وقال دفاع المتهمين، المحامي أشرف نبيل، عقب النطق بالحكم، إنه سيطعن على الحكم أمام محكمة النقض، مضيفا: "موكلاي لم يحصلا على محاكمة عادلة".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['أشرف نبيل', 'أشرف نبيل']);
    expect(a.speakers.map((s) => s.name)).toEqual(['أشرف نبيل']);
  });

  it('reads unmarked words after a colon past where they were said, never past a particle', () => {
    const a = parse('وأكدت الوزيرة سارة حداد في تصريح للصحافة: سنواصل العمل على تحسين الخدمات في كل المناطق.');
    expect(speech(a)).toEqual([{ text: 'سنواصل العمل على تحسين الخدمات في كل المناطق', kind: 'unmarked', speaker: 'سارة حداد' }]);
    const b = parse('وأكد وزير المالية سامي نور أن هناك ثلاث نقاط: الأولى تحسين الخدمات والثانية خفض الأسعار.');
    expect(b.quotes.map((q) => q.kind)).toEqual(['indirect']);
  });

  it('never points a masculine title back to a woman holding the feminine one ("وأكد الوزير" / "الوزيرة سارة حداد")', () => {
    const a = parse('وقالت الوزيرة سارة حداد إن الخطة ستنفذ قريبا.', 'وأكد الوزير أن هناك ثلاث نقاط أساسية في الخطة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['سارة حداد']);
  });

  it('reads a nationality before an apposed name as part of the title ("…، الفرنسي بيير مارتان،")', () => {
    const a = parse('ويقول منسق الإغاثة في المخيم، الفرنسي بيير مارتان، إن المخيم يستقبل نحو 500 لاجئ يوميا.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['بيير مارتان', 'منسق الإغاثة في المخيم، الفرنسي']]);
  });

  it('completes a first name alone from the one full name the article gives it, never from a verb or a relative', () => {
    const a = parse('تجلس آمنة عبد الله أمام خيمتها في المخيم.', 'تقول آمنة: «خرجنا ليلا ومشينا ثلاثة أيام بلا طعام».');
    expect(speech(a)[0]!.speaker).toBe('آمنة عبد الله');
    const b = parse('وقال الرئيس هادي طلب من الحكومة الإسراع في الإصلاحات.', 'وأضاف هادي: «اليمن سيستعين بالخبرات المصرية في كل المجالات».');
    expect(b.speakers.map((s) => s.name)).not.toContain('هادي طلب');
    // a father's given name is a family name
    const c = parse('وصلت آمنة إبراهيم، البالغة من العمر 34 عاما، إلى مخيم أدري قبل ثلاثة أسابيع.', 'تقول آمنة: "خرجنا في الليل. لم نحمل معنا شيئا سوى الماء".');
    expect(c.speakers.map((s) => s.name)).toEqual(['آمنة إبراهيم']);
  });

  it('reads a paragraph that opens with a named person\'s label and a colon as that person\'s words', () => {
    const a = parse('التقت الصحيفة وزير الموارد المائية عون ذياب، وكان معه الحوار الآتي:', 'الصحيفة: هل تتوقعون أزمة مياه هذا الصيف؟', 'ذياب: نعم، الصيف المقبل سيكون الأصعب منذ عقود.');
    expect(speech(a)).toEqual([{ text: 'نعم، الصيف المقبل سيكون الأصعب منذ عقود', kind: 'unmarked', speaker: 'عون ذياب' }]);
  });

  it('reads "بهذه الكلمات علّق X" after a quote as its attribution', () => {
    const a = parse('"ما زلت أستمتع بكرة القدم، ولم أفكر في الاعتزال بعد".. بهذه الكلمات علّق النجم الأرجنتيني ليونيل ميسي على الأنباء.');
    expect(speech(a)[0]!.speaker).toBe('ليونيل ميسي');
  });

  it('reads an attribution after the quote', () => {
    const a = parse('"الأسعار ستنخفض مع بداية الموسم الزراعي"، بحسب وزارة الزراعة.');
    expect(speech(a)[0]!.speaker).toBe('وزارة الزراعة');
  });

  it('keeps the outlet told (لـ + a known outlet) out of the name, before or after it', () => {
    const after = parse('وقال الباحث كريم داوود لبي بي سي إن "الوضع الاقتصادي يزداد صعوبة كل يوم".');
    expect(speech(after)[0]!.speaker).toBe('كريم داوود');
    const before = parse('وقال لرويترز وزير المالية خالد الأحمد إن "الميزانية الجديدة ستعرض على البرلمان قريبا".');
    expect(speech(before)[0]!.speaker).toBe('خالد الأحمد');
    const lead = parse('وقالت الطبيبة سلمى راشد لصحيفة محلية إن "المستشفى يحتاج إلى أجهزة جديدة بشكل عاجل".');
    expect(speech(lead)[0]!.speaker).toBe('سلمى راشد');
  });

  it('ends a name in quote marks at its closing mark, but reads past a quoted description', () => {
    const named = parse('وقال “سامي نوفل” المدير التنفيذي للشركة: إن "المبيعات ارتفعت بنسبة كبيرة هذا العام".');
    expect(speech(named)[0]!.speaker).toBe('سامي نوفل');
    const described = parse('وكتبت “المدونة” هالة سعيد أن “المكتبة العامة ستفتح أبوابها من جديد في الربيع”.');
    expect(speech(described)[0]!.speaker).toBe('هالة سعيد');
  });

  it('ends a name at a bracket, and never starts one with لل or a conjunction like عندما', () => {
    const bracket = parse('وقال حسام الربيعي (محلل سياسي) إن "الانتخابات المقبلة ستكون حاسمة للبلاد".');
    expect(speech(bracket)[0]!.speaker).toBe('حسام الربيعي');
    // the subject comes after the clause: "عندما سئل" and "للجنة" are no names
    const when = parse('وقال الوزير عادل منصور عندما سئل عن الموعد إن "القرار سيصدر خلال أيام قليلة".');
    expect(speech(when)[0]!.speaker).toBe('عادل منصور');
    const told = parse('وقال للجنة البرلمانية رئيس الهيئة ماهر سليم إن "الميزانية لا تكفي لتغطية المشاريع".');
    expect(speech(told).map((q) => q.speaker)).not.toContain('للجنة البرلمانية');
  });

  it('keeps transliterated family names ending in يه (not a noun with a pronoun)', () => {
    const a = parse('وقال المصمم الفرنسي ديدييه فوشيه إن "الألوان الجديدة ستنتشر في الموسم المقبل".');
    expect(speech(a)[0]!.speaker).toBe('ديدييه فوشيه');
    const b = parse('من جهته، قال المهندس محمد طه فقيه، مدير عام السلامة، إن "الفعاليات ستستمر حتى نهاية الشهر".');
    expect(speech(b)[0]!.speaker).toBe('محمد طه فقيه');
  });

  it('never takes a news verb that opens the clause for part of the name (أثار، التقى، تولى…)', () => {
    const opened = parse('أثار سامي العلي، رئيس النادي، جدلا واسعا بعد نشره تدوينة قال فيها إن "المدرب سيرحل في نهاية الموسم".');
    expect(speech(opened)[0]!.speaker).toBe('سامي العلي');
    const met = parse('كما التقى فريد، وهو صديق اللاعب، خلال عمل تطوعي ووصفه بأنه "قوي الإرادة بشكل لا يصدق".');
    expect(speech(met)[0]!.speaker).toBe('فريد');
  });

  it('ends a name before a word printed with tanween (an indefinite object or adverb)', () => {
    const a = parse('وفي المؤتمر الصحفي، أثار المدرب سامي العلي جدلاً واسعاً، قائلا إن "الحكم ظلم فريقه كثيرا".');
    expect(speech(a)[0]!.speaker).toBe('سامي العلي');
    const b = parse('وقال المدرب سامي العلي متحدثًا للصحفيين إن "الحكم ظلم فريقه كثيرا".');
    expect(speech(b)[0]!.speaker).toBe('سامي العلي');
  });

  it('ends a name before an indefinite object and its agreeing adjective (صورة قاتمة، جدلا واسعا)', () => {
    const a = parse('رسمت الناشطة ليلى سعيد صورة قاتمة للمشهد، معتبرة أن الحقل السياسي "دخل النفق المسدود منذ سنوات".');
    expect(speech(a)[0]!.speaker).toBe('ليلى سعيد');
    const b = parse('وفي المؤتمر الصحفي، أثار المدرب سامي العلي جدلا واسعا، قائلا إن "الحكم ظلم فريقه كثيرا".');
    expect(speech(b)[0]!.speaker).toBe('سامي العلي');
    // two such words are a name when they are the first ones
    const c = parse('وقالت أسامة حمزة: "سنواصل العمل حتى تحقيق أهدافنا كلها".');
    expect(speech(c)[0]!.speaker).toBe('أسامة حمزة');
  });

  it('ends a name before what its owner declines to do (رفض X التعليق)', () => {
    const a = parse('ورفض مستشار الرئاسة سامر حداد التعليق على الاتهامات، مكتفيا بالقول إن "موقفنا معروف للجميع".');
    expect(speech(a)[0]!.speaker).toBe('سامر حداد');
    const b = parse('وتجنب الوزير رامي العلي الخوض في التفاصيل، قائلا إن "الملف بيد القضاء وحده".');
    expect(speech(b)[0]!.speaker).toBe('رامي العلي');
  });

  it('reads a counterpart titled with a pronoun (نظيره الأردني X) as a named person, and not a bare نظير', () => {
    const a = parse('وأشار الوزير في مؤتمر صحفي مع نظيره الأردني سامر الحداد، إلى أن "المرحلة المقبلة صعبة".', 'بدوره، قال الحداد إن بلاده "تدعم كل جهد للاستقرار".');
    // the minister's own title does not run on over "في مؤتمر صحفي مع …" to the counterpart's name
    expect(speech(a)[0]!.speaker).toBe('الوزير');
    expect(speech(a)[1]).toEqual({ text: 'تدعم كل جهد للاستقرار', kind: 'partial', speaker: 'سامر الحداد' });
    expect(a.speakers.find((s) => s.name === 'سامر الحداد')?.role).toBe('نظيره الأردني');
    expect(isRoleHead('نظيرتها')).toBe(true);
    expect(isRoleHead('ونظيره')).toBe(true);
    // bare, "نظير" is "in return for" (or a given name)
    expect(isRoleHead('نظير')).toBe(false);
  });

  it('starts no name with و + a body\'s head after a title (نظيرتها الفرنسية وشركة …)', () => {
    const a = parse('وقالت الحكومة إنها تعمل مع نظيرتها الفرنسية وشركة يوروتانيل التي تشغل النفق لحل الأزمة.', 'وفتحت يوروتانيل تحقيقا في الواقعة وقالت إنها تسببت في "خسارة كبيرة".');
    expect(a.speakers.map((s) => s.name)).not.toContain('وشركة يوروتانيل');
  });

  it('reads a definite marker after أن and an indefinite word in quotes as subject and predicate (أن القرار «صائب»)', () => {
    const a = parse('أما رئيس الجمعية، أحمد خالد، فاعتبر أن القرار "صائب"، داعيا الأولياء إلى الهدوء.');
    expect(speech(a)).toEqual([{ text: 'صائب', kind: 'partial', speaker: 'أحمد خالد' }]);
    // a marker right before a quoted definite word still names it
    const b = parse('وقال الوزير إن البرنامج "الأمل" سيبدأ العمل الشهر المقبل في كل المحافظات.');
    expect(speech(b)).toEqual([]);
  });

  it('gives the words to the one named in an aside "، على لسان X،" within the clause', () => {
    const a = parse('من جهتها، طالبت النقابة الوطنية المستقلة، على لسان رئيسها بوعلام عمورة، بضرورة "مراجعة رزنامة الامتحانات" مراعاة لظروف التلاميذ.');
    expect(speech(a)).toEqual([{ text: 'مراجعة رزنامة الامتحانات', kind: 'partial', speaker: 'بوعلام عمورة' }]);
    // an "according to" aside names a source, not the speaker of the clause
    const b = parse('وطالب الوزير سامي نور، بحسب البيان، بضرورة "مراجعة رزنامة الامتحانات".');
    expect(speech(b)[0]!.speaker).toBe('سامي نور');
  });

  it('reads "المتخصص في …" as a title, but not as one after a quoted name or an indefinite noun it describes', () => {
    const a = parse('أما المتخصص في السياسات النقدية طارق الحلبي، فيرى أن "الحديث عن حلول سحرية مضلل".');
    expect(speech(a)).toEqual([{ text: 'الحديث عن حلول سحرية مضلل', kind: 'direct', speaker: 'طارق الحلبي' }]);
    expect(a.speakers[0]!.role).toBe('المتخصص في السياسات النقدية');
    // "موقع «ورلد أوميتر» المتخصص في إحصائيات إصابة …" introduces no person named "إصابة الفيروس"
    const b = parse('وتعدت الإصابات المليون، وفقا لموقع "ورلد أوميتر" المتخصص في إحصائيات إصابة الفيروس حول العالم.', 'وقالت لجنة الصحة الوطنية إن أرقام الإصابات ترتفع بسرعة كبيرة في كل المدن.');
    expect(b.speakers.map((s) => s.name)).toEqual(['لجنة الصحة الوطنية']);
  });

  it.each(['إلا أن', 'غير أن', 'بيد أن', 'كما أن'])('reads no reported speech in the reporter\'s connector "%s"', (connector) => {
    const a = parse(`وأشاد وزير الصحة سامي نور بالقرار في كلمته، ${connector} المعارضة رفضته بشدة في البرلمان.`);
    expect(indirect(a)).toEqual([]);
  });

  it('ends an organisation\'s name at an indefinite object after its nisba adjective (أعلنت منظمة الصحة العالمية حالة الطوارئ)', () => {
    const a = parse('وأعلنت منظمة الصحة العالمية حالة الطوارئ، مؤكدة أن أرقام الإصابات ترتفع بسرعة كبيرة في كل القارات.');
    expect(indirect(a)).toEqual([{ text: 'أرقام الإصابات ترتفع بسرعة كبيرة في كل القارات', speaker: 'منظمة الصحة العالمية' }]);
    // a named body after the clause's verb speaks the participle's words even with an object between
    const c = parse('وقالت لجنة الصحة الوطنية في بيان إن عدد الحالات بلغ ألفا في البلاد.', 'وصنفت منظمة الصحة العالمية المرض جائحة، مؤكدة أن أرقام الإصابات ترتفع بسرعة كبيرة.');
    expect(indirect(c)[1]!.speaker).toBe('منظمة الصحة العالمية');
    // (some court, unnamed, is no such body)
    const d = parse('وقالت الممثلة رانيا سعيد إن "الفستان عادي جدا".', 'وقررت محكمة مصرية محاكمة الممثلة بعد ظهورها في الحفل، مؤكدة أن الجلسة الأولى ستعقد في يناير المقبل.');
    expect(d.speakers.map((s) => s.name)).not.toContain('محكمة مصرية');
    // a genitive with لل still belongs to the name
    const b = parse('وقالت منظمة الأمم المتحدة للطفولة في بيان إن آلاف الأطفال بلا مأوى في المنطقة.');
    expect(indirect(b)[0]!.speaker).toBe('منظمة الأمم المتحدة للطفولة');
  });

  it('gives a verb right after "بحسب" and an unnamed source (بحسب مسؤول قضائي أكد أنه …) to nobody in particular', () => {
    const a = parse('وقالت الممثلة رانيا سعيد إن "الفستان عادي جدا".', 'وأقام محام دعوى قضائية، بحسب مسؤول قضائي أكد أنه تم تحديد موعد جلسة في يناير لنظر الدعوى.');
    expect(indirect(a)).toEqual([]);
    const b = parse('وأقام محام دعوى قضائية، بحسب مصدر أمني قال "إن الجلسة ستعقد في يناير المقبل".');
    expect(b.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('keeps a body\'s quoted name in the title before the person named in apposition (مدير فريق «…»، X،)', () => {
    const a = parse('من جانبه، قال مدير فريق "منسقو استجابة سوريا"، محمد حلاج، إن نسبة الاستجابة "لم تتجاوز 30% من الاحتياجات".', 'وحذر حلاج من "كارثة صحية" مع انتشار الأمراض.');
    expect(speech(a).map((q) => q.speaker)).toEqual(['محمد حلاج', 'محمد حلاج']);
    expect(a.speakers[0]!.role).toBe('مدير فريق "منسقو استجابة سوريا"');
    // the head of a body named in quote marks: a word glued to ل after the title opens its genitive, never a name (the
    // quoted name makes the title definite: it stands whole for the person, twenty-seventh round)
    const b = parse('أكد مدير شركة "إينيرغيا" الروسية لصناعات الفضاء أن روسيا والولايات المتحدة اتفقتا على عدة خيارات للرحلات.');
    expect(b.speakers.map((sp) => sp.name)).toEqual(['مدير شركة "إينيرغيا" الروسية لصناعات الفضاء']);
  });

  it('ends reported words before a quote that opens on a link after a comma and closes the sentence', () => {
    const a = parse('قال أبو محمد، وهو نازح من ريف حماة، لعنب بلدي، إن سعر طن الحطب وصل إلى 150 دولارًا، "وهو مبلغ لا نستطيع جمعه في ثلاثة أشهر".');
    expect(indirect(a)).toEqual([{ text: 'سعر طن الحطب وصل إلى 150 دولارًا', speaker: 'أبو محمد' }]);
    expect(speech(a)).toEqual([{ text: 'وهو مبلغ لا نستطيع جمعه في ثلاثة أشهر', kind: 'partial', speaker: 'أبو محمد' }]);
    // a quote that opens on a verb is the predicate of the reported clause
    const b = parse('أكد الرئيس الفرنسي سامي نور في بيان أن مشاركة فرنسا في العملية، "تقتصر على قدرات النظام في إنتاج الأسلحة".');
    expect(indirect(b).map((q) => q.text)).not.toContain('مشاركة فرنسا في العملية');
  });

  it('reads "لعنب بلدي" after a speech verb as the outlet told, not the speaker', () => {
    const a = parse('أم خالد، وهي أرملة تعيل أربعة أطفال، قالت لعنب بلدي: "نحرق الملابس القديمة كي لا يتجمد الصغار".');
    expect(speech(a)[0]!.speaker).toBe('أم خالد');
  });

  it('never takes ب + a verbal noun (بتسخير، باستخدام) for part of a name', () => {
    const a = parse('ويتهم الرئيس رامي العلي غريمه سامر حداد بتسخير شبكة من الأنصار لبناء "دولة موازية" داخل البلاد.');
    expect(a.speakers.map((s) => s.name).join(' ')).not.toContain('بتسخير');
  });

  it('ends a name before a time word (قبيل، إثر، طوال)', () => {
    const a = parse('وقال سامح بركات قبيل بدء الاجتماع إن "الاتفاق أصبح قريبا جدا من الإنجاز".');
    expect(speech(a)[0]!.speaker).toBe('سامح بركات');
  });

  it('reads an honorific that ends a name (no name after it) as the family name, not a rank', () => {
    const a = parse('وقال مخرج الفيلم ياسر الشيخ، الذي عاش في المهجر عشرين عاما: "الفيلم يروي قصتنا نحن المغتربين".');
    expect(speech(a)[0]!.speaker).toBe('ياسر الشيخ');
    const b = parse('وقال كمال السيد (60 عاما) وهو صاحب متجر “الأسعار تضاعفت منذ الصيف الماضي”.');
    expect(speech(b)[0]!.speaker).toBe('كمال السيد');
    // a rank before a name is still no part of it
    const c = parse('وقال مدير الأمن العام اللواء سامي حداد إن "الطرق ستفتح غدا أمام المسافرين".');
    expect(speech(c)[0]!.speaker).toBe('سامي حداد');
  });

  it('reads a name that starts with ب before a comma as a name, not as ب + genitive of the title', () => {
    const a = parse('ونفى الرئيس الفرنسي بودلير، الذي عاد مؤخرا من جولة طويلة، أن بلاده غيرت موقفها من الاتفاق.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['بودلير']);
  });

  it('gives a particle to the participle before it when the verb before that has no titled subject', () => {
    const a = parse('وكانت المغنية ريم سالم نشرت صورة لها على إنستغرام مع المنتج، زاعمة أنه يقلل الشهية كثيرا.');
    expect(indirect(a)).toEqual([{ text: 'أنه يقلل الشهية كثيرا', speaker: 'ريم سالم' }]);
    const b = parse('ونفى وزير الخارجية، سامي العريان، في مقابلة تلفزيونية تلك التهم، مشيرا إلى أن الخبراء لم يجدوا أي دليل.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['سامي العريان']);
  });

  it('ends a place or an organisation before what it did (a definite object, a news verb)', () => {
    const a = parse('وجددت تونس الدعوة إلى "التهدئة وضبط النفس وتفادي التصعيد" بين الأطراف.');
    expect(speech(a)[0]!.speaker).toBe('تونس');
    const b = parse('وكشفت دراسة اعتمدت على بيانات خمسة ملايين إعلان أن "معظم الإعلانات السياسية كانت مضللة".');
    expect(speech(b)[0]!.speaker).toBe('دراسة');
  });

  it('reads an indefinite profession after a name as its apposition, and alone as nobody in particular', () => {
    const a = parse('من جهته، يرى حسن الوزاني إعلامي أن الحملة الانتخابية جاءت باهتة هذا العام.');
    expect(indirect(a)).toEqual([{ text: 'الحملة الانتخابية جاءت باهتة هذا العام', speaker: 'حسن الوزاني' }]);
    const b = parse('وقال صحفي حضر المؤتمر: "لم يجب الوزير عن أي سؤال طرحناه عليه".');
    expect(b.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('ends a name before a part of the day that dates the sentence (فجر السبت)', () => {
    const a = parse('وأعلن وزير الداخلية سمير العلوي فجر السبت أن "النتائج النهائية ستعلن خلال ساعات".');
    expect(speech(a)[0]!.speaker).toBe('سمير العلوي');
  });

  it('lets a verb that opens its sentence without a subject continue the titled subject of the sentence before', () => {
    const a = parse(
      'قدمت الوزيرة الهولندية للتجارة الخارجية خطتها للرد على الرسوم الجديدة. وعبرت في الوقت نفسه عن أملها في أن تكون بلادها "معفاة من الرسوم".',
      'وقالت الوزيرة الهولندية للتجارة الخارجية إنغريد هولم إن "الحرب التجارية لا رابح فيها".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['إنغريد هولم', 'إنغريد هولم']);
    // the gender must agree: a masculine verb does not continue a feminine title
    const b = parse('قدمت الوزيرة الهولندية خطتها للرد على الرسوم. وأضاف أن "الحرب التجارية لا رابح فيها".');
    expect(speech(b)[0]!.speaker).toBeNull();
  });

  it('ends a title at an age clause (اللاعب البالغ عمره) and resolves a shorter title to the titled voice', () => {
    const a = parse(
      'وقال اللاعب الدولي المغربي في مقابلة: "كانت أول مرة أغير فيها فريقي في منتصف الموسم".',
      'وقال اللاعب البالغ عمره 29 عاما إنه فكر في الاعتذار عن المباراتين. وأضاف: "طلبت الإذن بالغياب لكني غيرت رأيي".',
    );
    expect(new Set(speech(a).map((q) => q.speaker))).toEqual(new Set(['اللاعب الدولي المغربي']));
    const b = parse('وقال اللاعب البالغ عمره 29 عاما: "طلبت الإذن بالغياب لكني غيرت رأيي".');
    expect(speech(b)[0]!.speaker).toBe('اللاعب');
  });

  it('reads a ل-word and the word after it as the name when they close the phrase before a particle', () => {
    const a = parse('وقالت المتحدثة باسم الشرطة المحلية لينا سمعان ان "المهاجمين فروا قبل وصول الدورية".');
    expect(speech(a)[0]!.speaker).toBe('لينا سمعان');
    const b = parse('وقال رئيس البعثة المكلفة بملاحظة الانتخابات لسابع أكتوبر، جون غرانت، إن "العملية مرت بهدوء".');
    expect(speech(b)[0]!.speaker).toBe('جون غرانت');
  });

  it('never takes ب, ل or ك + a title for part of a name (نوه … برئيس الحكومة), but keeps names like بوقس', () => {
    const a = parse('وفي كلمته، نوه سمير العلوي برئيس الحكومة الأمين العام للحزب، ودعا المواطنين إلى التصويت على "الأحزاب النظيفة".');
    expect(speech(a)[0]!.speaker).toBe('سمير العلوي');
    const b = parse('وقالت الكاتبة وجدان بوقس: "الأمن مسؤولية الجميع في كل الأوقات".');
    expect(speech(b)[0]!.speaker).toBe('وجدان بوقس');
  });

  it('never takes a name inside a fronted prepositional phrase (وحول غياب X، قال) for the subject', () => {
    const a = parse(
      'وقال المدرب كمال يوسف: "قدمنا مباراة كبيرة رغم الخسارة".',
      'وحول غياب النجم المصاب سامي العلي، قال: "أنا من يتخذ قرار المشاركة دائما".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['كمال يوسف', 'كمال يوسف']);
  });

  it('strips rank qualifiers (الركن، الطيار) and resolves a rank before a known family name', () => {
    const a = parse(
      'وقال قائد الفرقة اللواء الطيار الركن سامي العبيدي إن "القوات تقدمت نحو المدينة".',
      'وشدد اللواء العبيدي على أن "المعركة ستنتهي قريبا جدا".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['سامي العبيدي', 'سامي العبيدي']);
  });

  it('reads معاون as a title and keeps بلا + noun inside a body\'s name', () => {
    const a = parse('وأكد معاون محافظ البصرة مهدي صالح، أن "الوضع مستقر تماما في المدينة".');
    expect(speech(a)[0]!.speaker).toBe('مهدي صالح');
    const b = parse('وقال الرئيس السابق لجمعية المحامين بلا حدود، جون مارتن، "إن الأجواء في مكاتب التصويت كانت جيدة".');
    expect(speech(b)[0]!.speaker).toBe('جون مارتن');
  });

  it('ends a name before an adverb of manner (بهدوء، بصوت واحد)', () => {
    const a = parse('وقال سامي العلي بهدوء وهو ينظر إلى المبنى المدمر “لا أصدق ما حدث هنا أبدا”.');
    expect(speech(a)[0]!.speaker).toBe('سامي العلي');
  });

  it('registers the name before a title joined by و without that title, and never words after لـ', () => {
    const a = parse(
      'وتجول الأمين في المعرض واستمع لشرح من مدير فنون أبها أحمد السروي، ومنسق لجنة الفنون الفنان إبراهيم فايع.',
      'من جهته قدم السروي شكره للأمين على دعمه، مؤكدا أن "دعم الأمانة للمواهب الشابة ليس مستغربا أبدا".',
    );
    expect(a.speakers).toMatchObject([{ name: 'أحمد السروي', role: null }]);
    const b = parse(
      'وأعرب ذوو الضحايا عن شكرهم لخادم الحرمين الشريفين، ونائب خادم الحرمين الشريفين، على مواساتهما.',
      'وقال نائب خادم الحرمين الشريفين في بداية الاستقبال: "نقف جميعا مع أسر الضحايا في هذا المصاب".',
    );
    expect(b.speakers.map((s) => s.name)).not.toContain('لخادم الحرمين الشريفين');
  });

  it('reads لي after a title as the surname Li, not as "to me"', () => {
    const a = parse('وقال نائب وزير التجارة الصيني لي شينغانغ خلال منتدى في بكين إن "الحرب التجارية لا رابح فيها".');
    expect(speech(a)[0]!.speaker).toBe('لي شينغانغ');
    const b = parse('وقال لي إن "الحرب التجارية لا رابح فيها على الإطلاق".');
    expect(speech(b)[0]!.speaker).toBeNull();
  });

  it('reads an envoy\'s title to its place and a three-word name after it (مبعوث … إلى سوريا ستيفان دي ميستورا)', () => {
    const a = parse('وقال مبعوث الأمم المتحدة إلى ليبيا جان بول مارتان إن "الحوار هو الطريق الوحيد للخروج من الأزمة".');
    expect(speech(a)[0]!.speaker).toBe('جان بول مارتان');
  });

  it('registers no name from ذات, from a definite noun before a title, from a speech-verb form or from و + a title', () => {
    const a = parse(
      'وأثارت الطالبة المسلمة ذات الـ 19 عاما جدلا كبيرا، واستغل البعض هذا الفضاء لشتم الطالبة ونشر رقم هاتفها، بين ارتداء الحجاب وخلعه.',
      'فقالت الطالبة الفرنسية "من المقرف أن يوجه الوزير خطابا مماثلا".',
    );
    expect(speech(a)[0]!.speaker).toBe('الطالبة الفرنسية');
  });

  it('reads "أحد X" with the name after it, or as nobody in particular', () => {
    const a = parse('وقال لـ«الشرق الأوسط» أحد منظميها نبيل جاسم: «مطلبنا الوحيد هو الكهرباء والخدمات».');
    expect(speech(a)[0]!.speaker).toBe('نبيل جاسم');
    const b = parse('وقال أحد المسؤولين في الوزارة: «الاجتماع سيعقد في موعده المحدد».');
    expect(speech(b)[0]!.speaker).toBeNull();
  });

  it('keeps Maghrebi family names that start with بو (بوطوالة) but not ب + a noun (بورقة)', () => {
    const a = parse('وأكد علي بوطوالة أن هذه المرحلة "تستدعي التشبث بالأمل عوض اليأس".');
    expect(speech(a)[0]!.speaker).toBe('علي بوطوالة');
  });

  it('keeps an institution named after a ruler inside the title (مركز الملك سلمان) and reads the name after it', () => {
    const a = parse('وصرح المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ، أن "المساعدات وصلت إلى مستحقيها".');
    expect(speech(a)[0]!.speaker).toBe('رأفت الصباغ');
  });

  it('takes a name set off by a comma and a description (، وهو …) for the subject of the verb after it', () => {
    const a = parse('جيري سميث، وهو مفتش سابق للأسلحة الكيماوية، حذر من أن الأدلة قد "تختفي خلال ساعات" في الموقع.');
    expect(speech(a)[0]!.speaker).toBe('جيري سميث');
  });

  it('ends a name at و + a second person\'s name (حسين عبد الغني ومحمد عيد)', () => {
    const a = parse(
      'ويغيب عن الفريق الحارس عبد الله العنزي للإصابة والمدافع حسين عبد الغني ومحمد عيد وحسن الراهب الموقوفون.',
      'وقال عيد: "سنلعب من أجل الفوز فقط في هذه المباراة".',
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('حسين عبد الغني ومحمد عيد');
  });

  it('reads a name in quote marks at the end of a title as the speaker, not as a quote', () => {
    const a = parse('وأوضح المتحدث الرسمي للمؤسسة العامة للتدريب "فهد العتيبي"؛ قائلا: "بدأنا تدريب ألف متدرب هذا العام".');
    expect(speech(a)).toEqual([{ text: 'بدأنا تدريب ألف متدرب هذا العام', kind: 'direct', speaker: 'فهد العتيبي' }]);
  });

  it('never gives the words of "محامي X" (X\'s lawyer) to X', () => {
    const a = parse(
      'من جهته، قال القس كمال يوسف: "أنا بريء من كل التهم".',
      'فيما اعتبر محامي يوسف أن الأدلة التي قدمها الادعاء غير قوية أبدا.',
    );
    expect(a.quotes.filter((q) => q.speaker === 'كمال يوسف').map((q) => q.text)).toEqual(['أنا بريء من كل التهم']);
  });

  it('gives a clause that opens with a noun, a title and a name the named person as its subject', () => {
    const a = parse('وزيارة وزير الخارجية الياباني كينجي تاناكا إلى عمان تناولت ملفات التجارة، معتبرا أن "العلاقات بين البلدين في أفضل حالاتها".');
    expect(speech(a)[0]!.speaker).toBe('كينجي تاناكا');
  });
});

describe('long subjects, institutions named after rulers and glued domain names', () => {
  it('keeps the particle of a subject described after a comma, past the usual reach', () => {
    const a = parse('قالت الأمينة العامة للحزب الاشتراكي الموحد نبيلة منيب، التي تقود تحالف اليسار في الانتخابات التشريعية لسابع أكتوبر الجاري، إن التحالف يمثل خطا ثالثا في المشهد السياسي.');
    expect(indirect(a)).toEqual([{ text: 'التحالف يمثل خطا ثالثا في المشهد السياسي', speaker: 'نبيلة منيب' }]);
  });

  it('never takes a particle that far after a subject that is not described', () => {
    const a = parse('قالت الوزيرة سارة علي في زيارتها لمدينة الرباط ومدن الشمال الأخرى مساء يوم الخميس الماضي مع الوفد الحكومي الكبير إن المشروع جاهز للتنفيذ.');
    expect(indirect(a)).toEqual([]);
  });

  it('keeps the particle of a long named subject after where the words were said', () => {
    const a = parse('وأوضح المتحدث الرسمي لمديرية الدفاع المدني بالمنطقة، المقدم فهد سالم آل جرمان في تصريح صحفي، أن فرق الإطفاء سيطرت على الحريق خلال ساعة.');
    expect(indirect(a)).toEqual([{ text: 'فرق الإطفاء سيطرت على الحريق خلال ساعة', speaker: 'فهد سالم آل جرمان' }]);
  });

  it('never takes that far particle after an object of the verb', () => {
    const a = parse('أكد صاحب السمو الملكي الأمير فيصل بن سلمان بن عبدالعزيز أمير المنطقة الشمالية أهمية الأنشطة الثقافية في المنطقة بجميع محافظاتها على أن تضم برامج هادفة للأسرة، قائلا: «نريد أن تكون المنطقة وجهة للجميع».');
    expect(indirect(a)).toEqual([]);
    // an indefinite word after a definite one is no attribute of the title: "أهمية" is the verb's object
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['فيصل بن سلمان بن عبدالعزيز', 'أمير المنطقة الشمالية']]);
  });

  it.each([
    ['a title before the institution', 'وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن عشر شاحنات وصلت إلى المدينة صباح اليوم.', 'رأفت الصباغ', 'المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية'],
    ['the institution as the genitive of a title', 'وقال مدير جامعة الملك سعود بندر العمر إن الجامعة ستفتتح كلية جديدة للطب.', 'بندر العمر', 'مدير جامعة الملك سعود'],
    ['a ruler named with بن', 'وقال مدير مستشفى الأمير محمد بن فهد سامي نور إن المستشفى استقبل مئة مصاب حتى الآن.', 'سامي نور', 'مدير مستشفى الأمير محمد بن فهد'],
    ['a title, في and the institution', 'وقال الأستاذ في جامعة الملك عبدالعزيز خالد المالكي إن النتائج مشجعة للغاية هذا العام.', 'خالد المالكي', 'الأستاذ في جامعة الملك عبدالعزيز'],
  ])('reads an institution named after a ruler as part of the title: %s', (_name, paragraph, speaker, role) => {
    const a = parse(paragraph);
    expect(indirect(a).map((q) => q.speaker)).toEqual([speaker]);
    expect(a.speakers[0]).toMatchObject({ name: speaker, role });
  });

  it('reads a long name joined by بن/آل after a title that runs on with في', () => {
    const a = parse('وأشار عضو مجلس الأعمال في مجلس الغرف السعودية محمد بن فيصل آل صقر إلى أن الموازنة ستسجل عجزا العام المقبل.');
    expect(indirect(a)).toEqual([{ text: 'الموازنة ستسجل عجزا العام المقبل', speaker: 'محمد بن فيصل آل صقر' }]);
  });

  it('never registers the ruler in an institution\'s name as a person, and reads a title in construct ("خبير تسويق التقنيات")', () => {
    const a = parse(
      'وأشار عضو مجلس الأعمال محمد بن فيصل آل صقر إلى أن الموازنة ستسجل عجزا العام المقبل.',
      'من جانبه رأى د. فرانك أليسون خبير تسويق التقنيات في وادي الظهران التابع لجامعة الملك فهد للبترول والمعادن أن هناك حلولا علمية لتنويع الدخل، مضيفا "نحن نجري عددا من الأبحاث العلمية في الطاقة الشمسية".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['فرانك أليسون']);
    expect(a.speakers.map((s) => s.name)).toEqual(['محمد بن فيصل آل صقر', 'فرانك أليسون']);
  });

  it('reads "د." before a name as a title, not as the end of a sentence', () => {
    const a = parse('وأوضح د. سمير توكل مساعد أمين العاصمة للعلاقات العامة، أن الاحتفالات لاقت قبولا واسعا من المواطنين.');
    expect(indirect(a)).toEqual([{ text: 'الاحتفالات لاقت قبولا واسعا من المواطنين', speaker: 'سمير توكل' }]);
  });

  it('reads a title of an organisation in construct ("وكيل وزارة الحج") as the person named before', () => {
    const a = parse(
      'وقال وكيل وزارة الحج اليمنية منير محمد دبوان إن الرحلات بدأت أمس.',
      'واختتم وكيل وزارة الحج اليمنية تصريحه، مضيفا «الجهات المعنية تعاملت في أعوام سابقة مع أحداث أشد».',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['منير محمد دبوان']);
  });

  it('reads past a bracketed aside after a title to the name, and never takes a bracketed adjective as the name', () => {
    const a = parse('وقال نائب رئيس مهرجان القطيف (واحتنا فرحانة) رائد عبدالله أبو عزيز إن المهرجان نجح في نسخته السادسة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['رائد عبدالله أبو عزيز']);
    const b = parse('وقال وزير الخارجية (السابق) في كلمته: «لن نقبل بأي تدخل في شؤوننا الداخلية».');
    expect(b.speakers.map((s) => s.name)).toEqual(['وزير الخارجية']);
  });

  it('reads a title accredited with لدى up to the name ("المندوب السعودي لدى الأمم المتحدة عبدالله المعلمي")', () => {
    const a = parse('وقال المندوب السعودي لدى الأمم المتحدة عبدالله المعلمي إن الهدنة خرقت أكثر من مرة.');
    expect(indirect(a)).toEqual([{ text: 'الهدنة خرقت أكثر من مرة', speaker: 'عبدالله المعلمي' }]);
  });

  it('gives a plural verb after الذين no named speaker ("الحوثيون الذين قالوا «…»")', () => {
    const a = parse(
      'وقال المتحدث تركي المالكي: «الصواريخ أطلقت باتجاه المدنيين».',
      'وأسقطت الدفاعات صاروخين أطلقهما الحوثيون الذين قالوا «استهدفنا منشآت نفطية في جيزان».',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['تركي المالكي', null]);
  });

  it('gives "المتحدث الرسمي" the spokesman named before, and keeps an unnamed one anonymous', () => {
    const a = parse(
      'وقال المتحدث الرسمي بالاتحاد السعودي لكرة القدم عدنان المعيبد إن العقوبة نهائية ولا رجعة فيها.',
      'وأكد المتحدث الرسمي أن القضية ليست منع اللاعبين فقط، وتابع: "أتيحت للناديين الفرصة للتقاضي أمام لجنة الاستئناف".',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['عدنان المعيبد', 'عدنان المعيبد', 'عدنان المعيبد']);
    const b = parse('وأكد المتحدث الرسمي أن القضية ليست منع اللاعبين فقط، وتابع: "أتيحت للناديين الفرصة للتقاضي أمام لجنة الاستئناف".');
    expect(b.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a verb whose fronted subject is a country after أن to the country, not to the current speaker', () => {
    const a = parse('وأكد المتحدث باسم الخارجية جون كيربي أنه لا اتصالات مع إيران، موضحا أن الولايات المتحدة أعلنت مرارا أنه لا تنسيق مع طهران بشأن سوريا.');
    expect(indirect(a).map((q) => q.text)).toEqual(['أنه لا اتصالات مع إيران', 'الولايات المتحدة أعلنت مرارا أنه لا تنسيق مع طهران بشأن سوريا']);
  });

  it('reads a body named by its definite head, adjective and a genitive with لل in full ("القيادة العامة للجيش السوري")', () => {
    const a = parse('واعتبرت القيادة العامة للجيش السوري أن "أهمية الانتصار تأتي في إعادة الأمن إلى المدينة ومحيطها".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['القيادة العامة للجيش السوري']);
    const b = parse('ويرى المركز المصري للدراسات الاقتصادية أنه يجب العمل على علاج تشوهات سوق العمل.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['المركز المصري للدراسات الاقتصادية']);
  });

  it('never reads a condition after a decision ("قررت …، على أن …") as reported speech', () => {
    const a = parse('وكانت اللجنة التنفيذية للاتحاد الدولي قررت في يوليو الماضي تشكيل لجنة للإصلاح، على أن تختار الاتحادات القارية عشرة أعضاء آخرين.');
    expect(indirect(a)).toEqual([]);
  });

  it('reads past a relative clause on the named subject, its verbs and particles its own, to the particle after its comma', () => {
    // (the scrape spells the verbal noun with ة: "انشقاقة", which reads like a name)
    const a = parse('وقال الكيميائي فيل ميرزيانوف الذي كشف عن وجود الغاز في التسعينيات ثم فر واعلن انشقاقة في الولايات المتحدة، إنه مقتنع بأن روسيا أنتجت الغاز المستخدم.');
    expect(indirect(a)).toEqual([{ text: 'إنه مقتنع بأن روسيا أنتجت الغاز المستخدم', speaker: 'فيل ميرزيانوف' }]);
    const b = parse(
      'أعلنت شركة فيسبوك عن خطة جديدة لتدريب الشباب في أوروبا.',
      'وقالت الشركة التي تواجه ضغوطا تنظيمية في أوروبا بسبب قضايا تتراوح ما بين الخصوصية إلى عدم الثقة إنها ستفتتح ثلاثة مراكز في إسبانيا.',
    );
    expect(indirect(b).map((q) => q.speaker)).toEqual(['شركة فيسبوك']);
  });

  it('keeps "باسمه" (on behalf of the body just named) inside a title of two joined by و', () => {
    const a = parse('وقال عضو مجلس محافظة الأنبار والمتحدث الرسمي باسمه عيد عماش إن «المسلحين شنوا حملة مداهمات واسعة في المدينة».');
    expect(a.speakers[0]).toMatchObject({ name: 'عيد عماش', role: 'عضو مجلس محافظة الأنبار والمتحدث الرسمي باسمه' });
  });

  it('reads a site name glued to its Arabic domain ending ("ممزورلد.كوم") as one sentence', () => {
    const a = parse('قالت لينا خليل، الشريكة المؤسسة في شركة بيتنا.كوم للتجارة الإلكترونية، إن شركتها "تطمح إلى الوصول لثلث الأسر في المنطقة خلال ثلاث سنوات".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['لينا خليل']);
  });
});

describe('"وأبلغ" and the object after a one-word name', () => {
  it('reads "وأبلغ X الصحفيين:" as a speech verb', () => {
    const a = parse(
      'وكان المهاجم الدولي سامر الحلبي قد غاب عن التدريبات الأخيرة بسبب الإصابة.',
      'وأبلغ الحلبي الصحفيين بعد المباراة: "كنت أتمنى تقديم أداء أفضل أمام جماهيرنا الليلة".',
    );
    expect(speech(a)).toEqual([{ text: 'كنت أتمنى تقديم أداء أفضل أمام جماهيرنا الليلة', kind: 'direct', speaker: 'سامر الحلبي' }]);
  });

  it('ends a one-word name before an accusative noun and its nisba adjective ("مؤتمرا صحفيا")', () => {
    const a = parse('وأبلغ ريفاس مؤتمرا صحفيا عقب اللقاء: "الفريق لعب بشجاعة كبيرة حتى الدقيقة الأخيرة".');
    expect(speech(a)[0]!.speaker).toBe('ريفاس');
  });
});

describe('"according to X" before a quote', () => {
  it.each([
    ['على حد تعبير', 'وتراجعت الإيرادات هذا العام. على حد تعبير سايمون فوكس "لا أعتقد أن أي صحيفة نجحت في ذلك حتى الآن".', 'سايمون فوكس'],
    ['على لسان', 'وجاء على لسان الوزير خالد نصر "لن نتراجع عن هذا القرار مهما كانت الضغوط".', 'خالد نصر'],
    ['وبحسب قول … فإن', 'وبحسب قول المحلل سامي داود فإن "السوق ستتعافى في الربع الأخير من العام".', 'سامي داود'],
  ])('%s', (_phrase, paragraph, speaker) => {
    const a = parse('قال المدير المالي كريم عادل إن الأرباح تراجعت في الربع الثالث بنسبة كبيرة.', paragraph);
    expect(speech(a).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('family names, relatives and glosses in reported speech', () => {
  it('gives "وأضاف الرشيدي أن …" to the person named in full before', () => {
    const a = parse(
      'وقال المحلل المالي فهد الرشيدي إن "السوق يستفيد من توقعات نمو الأرباح".',
      'وأضاف الرشيدي أن القطاع المصرفي سيواصل قيادة السوق خلال الأسابيع المقبلة.',
    );
    expect(indirect(a)).toEqual([{ text: 'القطاع المصرفي سيواصل قيادة السوق خلال الأسابيع المقبلة', speaker: 'فهد الرشيدي' }]);
  });

  it('never reads "الله" of "عبد الله" as a family name', () => {
    const a = parse(
      'وقال الأمير خالد بن عبد الله إن "الزيارة كانت ناجحة بكل المقاييس".',
      'وعندما سمعها والدنا قال لها: ليس عندي بنت شتامة وادعي الله أن يهديه ليقول الصواب في مواقفه.',
    );
    expect(indirect(a).map((q) => q.speaker)).not.toContain('الله');
  });

  it('gives a relative\'s words ("والد الطالب") to nobody named, not to the last speaker', () => {
    const a = parse(
      'من جانبه، أبان عبدالرحمن العتيبي نائب رئيس الجمعية السعودية للطلاب أن الضحية كان يدرس الهندسة الكهربائية.',
      'وعبر والد الطالب عن حزنه الشديد بوفاة ابنه، مشيرا إلى أنه يتواصل مع السفارة لنقل جثمان ابنه إلى المملكة.',
    );
    expect(indirect(a).map((q) => q.speaker)).toEqual(['عبدالرحمن العتيبي']);
  });

  it('ends reported content before the reporter\'s gloss "، في إشارة إلى"', () => {
    const a = parse('وكان القيادي سالم النجار هدد الشهر الماضي بأن العام المقبل سيشهد تصعيدا كبيرا، في إشارة إلى الهجمات الصاروخية.');
    expect(indirect(a)).toEqual([{ text: 'العام المقبل سيشهد تصعيدا كبيرا', speaker: 'سالم النجار' }]);
  });
});

describe('verbs and names that look like other words', () => {
  it('ends a body\'s name before the object of its request, and a title\'s ل-genitive before a listed given name', () => {
    const a = parse('من جهتها، طالبت هيئة مقاومة الجدار والاستيطان المؤسسات الدولية بـ"التدخل الفوري لحماية المزارعين".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['هيئة مقاومة الجدار والاستيطان']);
    const b = parse('وقال رئيس المجلس القروي لترمسعيا رائد أديب لـ"معا" إن المستوطنين "وصلوا تحت حماية جيش الاحتلال".');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['رائد أديب', 'رئيس المجلس القروي لترمسعيا']]);
  });

  it('reads a count of anonymous sources ("ثلاثة مصادر مطلعة") as nobody in particular', () => {
    expect(speech(parse('ونقلت رويترز عن ثلاثة مصادر مطلعة قولها إن "الاتفاق بات وشيكا".')).map((q) => q.speaker)).toEqual([null]);
  });

  it('reads a long title through "في …" and "بجامعة …" to its comma, then the name set off by commas', () => {
    const a = parse('من جهتها، رأت الباحثة في معالجة اللغات الطبيعية بجامعة الملك عبد الله للعلوم والتقنية، الدكتورة نورة السبيعي، أن الخطوة «مهمة لكنها متأخرة».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['نورة السبيعي', 'الباحثة في معالجة اللغات الطبيعية بجامعة الملك عبد الله للعلوم والتقنية']]);
  });

  it('reads a neighbour or colleague named right after the word ("أما جارها أبو محمود، فيرى")', () => {
    const a = parse('تقول أم خالد إنها فقدت زوجها في الحرب.', 'أما جارها أبو محمود، فيرى أن الحديث عن العودة "سابق لأوانه".');
    expect(speech(a)).toEqual([{ text: 'سابق لأوانه', kind: 'partial', speaker: 'أبو محمود' }]);
  });

  it('reads a name before أبو/بن whatever its first letter ("ليزا أبو خالد" is no ل + genitive)', () => {
    const a = parse('وقالت المتحدثة باسم المفوضية في لبنان ليزا أبو خالد إن المفوضية "لا تشجع ولا تعارض" العودة.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['ليزا أبو خالد', 'المتحدثة باسم المفوضية في لبنان']]);
  });

  it('reads a definite plural after a verb of describing as its object, never the speaker', () => {
    const a = parse('ألغت كوريا الشمالية محادثات رفيعة المستوى، ووصفت التدريبات العسكرية المشتركة بأنها "استفزاز" ومناورة للغزو.');
    expect(a.speakers.map((s) => s.name)).not.toContain('التدريبات');
  });

  it('registers no present verb as a name from a title set off by a comma ("العاهل السعودي، تعقد …")', () => {
    const a = parse(
      'بدعوة من العاهل السعودي، تعقد السعودية والأردن والكويت الأحد المقبل اجتماعا في مكة لدراسة سبل دعم الأردن.',
      'وقال العاهل السعودي في كلمته إن "المملكة لن تتخلى عن أشقائها".',
    );
    expect(a.speakers.map((s) => s.name)).not.toContain('تعقد');
  });

  it('reads a chain of titles in construct closed by a definite word as a definite title ("نائب رئيس الوزراء")', () => {
    const q = '"نقلت إليكم تعازي القيادة"';
    expect(speech(parse(`وقال نائب رئيس الوزراء في بداية الاستقبال: ${q}.`)).map((x) => x.speaker)).toEqual(['نائب رئيس الوزراء']);
    // the deputy named before: "نائب خادم الحرمين الشريفين" points back at him
    const named = parse('استقبل الأمير محمد بن نايف، نائب خادم الحرمين الشريفين، أسر الشهداء مساء اليوم.', `وقال نائب خادم الحرمين الشريفين في بداية الاستقبال: ${q}.`);
    expect(speech(named).map((x) => x.speaker)).toEqual(['محمد بن نايف']);
    // an indefinite spokeswoman of a definite ministry is nobody in particular
    expect(speech(parse(`وقالت متحدثة باسم وزارة الخارجية الروسية: ${q}.`)).map((x) => x.speaker)).toEqual([null]);
  });

  it('keeps a short quote after "ما يمكن اعتباره" ("ما" alone marks no name; "ما يسمى" still does)', () => {
    const said = parse('وتابع المحلل أحمد البوز أن النقل هو ما يمكن اعتباره "ترحالا جغرافيا" للمرشحين.');
    expect(speech(said)).toEqual([{ text: 'ترحالا جغرافيا', kind: 'partial', speaker: 'أحمد البوز' }]);
    expect(speech(parse('وتابع المحلل أحمد البوز أن النقل هو ما يسمى "الترحال الجغرافي" للمرشحين.'))).toEqual([]);
  });

  it('ends a title at a definite given name before the rest of the name ("… الدعم السريع الفاتح قرشي")', () => {
    const a = parse('في المقابل، رحب المتحدث باسم الدعم السريع الفاتح قرشي بالدعوة، وقال في بيان: "نحن مستعدون للذهاب إلى جنيف دون شروط مسبقة".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['الفاتح قرشي', 'المتحدث باسم الدعم السريع']]);
  });

  it('reads a consultant or specialist after the name as the role, and "لتصميم" as no name', () => {
    const a = parse('وقالت الدكتورة ريم الشامسي، استشارية طب الطوارئ في مستشفى راشد، إن قسم الطوارئ يستقبل يوميا عشر حالات.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['ريم الشامسي', 'استشارية طب الطوارئ في مستشفى راشد']]);
    const b = parse('وتم التعاقد مع دار استشارية عالمية لتصميم سلسلة من المدارس الدولية في المدن الصناعية.', 'وقال "لدينا خطة طموحة لتعزيز المرافق في المدن الصناعية".');
    expect(b.speakers.map((s) => s.name)).not.toContain('لتصميم');
  });

  it('reads a quote right after a verb of judging and its object pronoun ("ما اعتبروه «…»") as partial', () => {
    const a = parse('وأضافت المحامية إيناس الحراث أن عددا من المتهمين رفضوا المثول أمام المحكمة احتجاجا على ما اعتبروه "غياب شروط المحاكمة العادلة".');
    expect(speech(a).map((q) => q.kind)).toEqual(['partial']);
  });

  it('reads a body\'s name through ل and an indefinite construct chain that a definite word closes', () => {
    const said = (body: string): (string | null)[] => speech(parse(`وقالت ${body}، في بيان، إن "الأطفال يعانون من ضغوط نفسية كبيرة".`)).map((q) => q.speaker);
    expect(said('الجمعية التونسية لطب نفس الطفل')).toEqual(['الجمعية التونسية لطب نفس الطفل']);
    expect(said('المنظمة العربية لحقوق الإنسان')).toEqual(['المنظمة العربية لحقوق الإنسان']);
    expect(said('اللجنة الوطنية لصندوق النقد الدولي')).toEqual(['اللجنة الوطنية لصندوق النقد الدولي']);
  });

  it('reads the name set off by commas after an indefinite title and its adjective ("مستشار تركي، ياسين أقطاي،")', () => {
    const a = parse('وقال مستشار تركي، ياسين أقطاي، إن "أنقرة لن تقبل بأي تهديد لأمنها القومي".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['ياسين أقطاي', 'مستشار تركي']]);
    // an unnamed official who asked not to be named stays nobody
    expect(speech(parse('وقال دبلوماسي غربي، فضل عدم ذكر اسمه، إن "واشنطن تدرس كل الخيارات".')).map((q) => q.speaker)).toEqual([null]);
  });

  it('reads "النائب عن" + the party or seat as the title, and a family name in الله after a verb\'s form', () => {
    const q = '"الحكومة مطالبة بتقديم توضيحات"';
    const mp = parse(`وأكد النائب عن حزب العدالة والتنمية، أحمد العمراني، في تصريح لهسبريس، أن ${q}.`);
    expect(mp.speakers.map((s) => [s.name, s.role])).toEqual([['أحمد العمراني', 'النائب عن حزب العدالة والتنمية']]);
    const seat = parse(`وأكد عضو مجلس النواب عن محافظة البصرة، أحمد العمراني، أن ${q}.`);
    expect(seat.speakers.map((s) => [s.name, s.role])).toEqual([['أحمد العمراني', 'عضو مجلس النواب عن محافظة البصرة']]);
    // "asked about": عن and its object name nobody
    expect(speech(parse(`وتساءل النائب عن أسباب التأخير في إنجاز المشروع، قائلا إن ${q}.`)).map((x) => x.speaker)).toEqual(['النائب']);
    const god = parse('ويقول المحلل الاقتصادي أحمد ذكر الله لـ"عربي بوست" إن الحكومة "تراهن على الوقت".');
    expect(speech(god).map((x) => x.speaker)).toEqual(['أحمد ذكر الله']);
    const prophet = parse('وقال رسول الله صلى الله عليه وسلم: "خيركم من تعلم القرآن وعلمه".', 'وقال الله تعالى في سورة النور: "سورة أنزلناها وفرضناها".');
    expect(speech(prophet).map((x) => x.speaker)).toEqual(['رسول الله', 'الله']);
  });

  it('gives words "said in a statement of" a body to that body, without the glued ل', () => {
    const quote = '"عدد الإصابات انخفض بشكل ملحوظ خلال الأسبوع الماضي"';
    for (const lead of ['وجاء في بيان لوزارة الصحة الأردنية أن', 'وجاء في بيان صادر عن وزارة الصحة الأردنية أن', 'وذكر بيان لوزارة الصحة الأردنية أن']) {
      expect(speech(parse(`${lead} ${quote}.`)).map((q) => q.speaker)).toEqual(['وزارة الصحة الأردنية']);
    }
    // a statement of nobody named, and a statement named by its day, name no author
    expect(speech(parse(`وجاء في البيان أن ${quote}.`)).map((q) => q.speaker)).toEqual([null]);
    expect(speech(parse(`وجاء في بيان الأحد أن ${quote}.`)).map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a quote said by "the sixty-year-old man" to the person the paragraph named before it', () => {
    const kunya = parse('يقف أبو خليل على ضفة نهر الفرات قرب بلدة الميادين. «هنا كنا نسبح ونحن صغار»، يقول الرجل الستيني.');
    expect(speech(kunya)).toEqual([{ text: 'هنا كنا نسبح ونحن صغار', kind: 'direct', speaker: 'أبو خليل' }]);
    // a given name and a family name that is also a title ("الخطيب"), a description read as anonymous by itself
    const named = parse('يعمل سامر الخطيب في الميناء منذ عشرين عاما. «لم يعد هناك عمل»، يقول الشاب الثلاثيني.');
    expect(speech(named)).toEqual([{ text: 'لم يعد هناك عمل', kind: 'direct', speaker: 'سامر الخطيب' }]);
    // with nobody named before, the description names nobody
    expect(speech(parse('«لم يبق لنا شيء من البيت»، تقول السيدة الأربعينية.'))).toEqual([{ text: 'لم يبق لنا شيء من البيت', kind: 'direct', speaker: null }]);
  });

  it('keeps a quote after a sentence that ends on a place noun ("في المخيم.") as speech, not the place\'s name', () => {
    const a = parse('تجلس أم محمد أمام خيمتها في المخيم. «لم يبق لنا شيء»، تقول هدى.');
    expect(speech(a)).toEqual([{ text: 'لم يبق لنا شيء', kind: 'direct', speaker: 'هدى' }]);
  });

  it('reads "المدرب" as the technical director named before, not a coach named later', () => {
    const a = parse(
      'أبدى البرتغالي جايمي باتشيكو، المدير الفني للإسماعيلي، حزنه بعد الخسارة. وقال باتشيكو: "الهزيمة قاسية، لكننا لن نستسلم".',
      'وعن غياب المهاجم عمرو الجزار، أوضح المدرب أن اللاعب يعاني من إصابة في العضلة الخلفية.',
      'في المقابل، أكد أحمد سامي، مدرب سموحة، أن فريقه "قدم مباراة كبيرة".',
    );
    expect(indirect(a)).toEqual([{ text: 'اللاعب يعاني من إصابة في العضلة الخلفية', speaker: 'جايمي باتشيكو' }]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([
      ['جايمي باتشيكو', 'المدير الفني للإسماعيلي'],
      ['أحمد سامي', 'مدرب سموحة'],
    ]);
  });

  it('ends the reported words before "، وأن" when the clause after it is all in quote marks', () => {
    const a = parse('من جهته، أكد مدير التجارة لولاية البليدة أن مصالحه سجلت 12 مخالفة خلال الأسبوع الماضي، وأن "الرقابة ستشدد على الموزعين الذين يحولون الحليب".');
    expect(indirect(a)).toEqual([{ text: 'مصالحه سجلت 12 مخالفة خلال الأسبوع الماضي', speaker: 'مدير التجارة لولاية البليدة' }]);
    expect(speech(a)).toEqual([{ text: 'الرقابة ستشدد على الموزعين الذين يحولون الحليب', kind: 'direct', speaker: 'مدير التجارة لولاية البليدة' }]);
    // an unquoted second clause stays part of the reported words
    const b = parse('من جهته، أكد مدير التجارة لولاية البليدة أن مصالحه سجلت 12 مخالفة خلال الأسبوع الماضي، وأن الرقابة ستشدد على الموزعين.');
    expect(indirect(b).map((q) => q.text)).toEqual(['مصالحه سجلت 12 مخالفة خلال الأسبوع الماضي، وأن الرقابة ستشدد على الموزعين']);
  });

  it('reads a listed foreign given name printed with a final ه ("أولريكه") as a name, not a noun and its pronoun', () => {
    const a = parse('وقالت وزيرة العمل في ولاية بافاريا أولريكه شارف إن "صحة العمال تأتي قبل أي جدول زمني".');
    expect(speech(a)).toEqual([{ text: 'صحة العمال تأتي قبل أي جدول زمني', kind: 'direct', speaker: 'أولريكه شارف' }]);
  });

  it('reads "فادي" as the given name Fadi, not ف + the verb أدى', () => {
    const a = parse('وزير الأشغال العامة والنقل فادي صعب قال لـ«الأخبار» إن «الخطة جاهزة من الناحية التقنية».');
    expect(speech(a)).toEqual([{ text: 'الخطة جاهزة من الناحية التقنية', kind: 'direct', speaker: 'فادي صعب' }]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['فادي صعب', 'وزير الأشغال العامة والنقل']]);
  });

  it('reads a known family name shaped like a plural ("ماكرون") as that person', () => {
    const a = parse(
      'أعلن الرئيس الفرنسي إيمانويل ماكرون في بيان أن العملية العسكرية حققت أهدافها كاملة.',
      'وأضاف ماكرون أن "الخط الأحمر الذي حددته فرنسا في مايو تم تجاوزه".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['إيمانويل ماكرون']);
  });

  it('reads "وكتب" before a name as "wrote"', () => {
    const a = parse(
      'وقال المتحدث خالد سعيد إن "التحقيق مستمر".',
      'وكتب بدر الشمري في حسابه "لا يوجد أصعب من مواجهة عدو جبان يستغل أماكن العبادة".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['خالد سعيد', 'بدر الشمري']);
  });

  it('reads "وذكر X في بيان إن" as "mentioned", with its particle a few words on', () => {
    const a = parse('وذكر الادعاء في بيان إن المحكمة الجنائية أصدرت حكمها اليوم في القضية بحق عشرين متهما.');
    expect(indirect(a)).toEqual([{ text: 'المحكمة الجنائية أصدرت حكمها اليوم في القضية بحق عشرين متهما', speaker: 'الادعاء' }]);
  });

  it('reads a bare "ذكر" after a definite subject or قد as "mentioned", never after the noun that governs it or دون', () => {
    const a = parse(
      'كان البنك المركزي المصري ذكر في بيان الشهر الماضي أن العجز في ميزان المعاملات الجارية هبط بنسبة كبيرة.',
      'وكان وزير المالية سامي داود قد ذكر أمام البرلمان أن الإيرادات الضريبية ارتفعت خلال العام.',
      'وقال الوزير سامي داود إن الحكومة مستعدة للحوار مع النقابات، دون ذكر أن المفاوضات توقفت منذ شهر كامل.',
    );
    expect(indirect(a).map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['البنك المركزي المصري', 'العجز في ميزان'],
      ['سامي داود', 'الإيرادات الضريبية ارتفعت'],
      ['سامي داود', 'الحكومة مستعدة للحوار'],
    ]);
  });

  it('reads past an "according to what X reported" aside between the speaker and the particle', () => {
    const a = parse(
      'وأوضح رئيس المجلس محمد المحيسن، وفقا لما أوردته صحيفة الجزيرة، أن المجلس بدأ العمل بالنظام الجديد لمنع التأمين الوهمي.',
      'وأكد الوزير سامي نور، حسبما ذكرت وكالة الأنباء الرسمية، أن الحكومة ستبدأ التنفيذ الأسبوع المقبل.',
    );
    expect(indirect(a)).toEqual([
      { text: 'المجلس بدأ العمل بالنظام الجديد لمنع التأمين الوهمي', speaker: 'محمد المحيسن' },
      { text: 'الحكومة ستبدأ التنفيذ الأسبوع المقبل', speaker: 'سامي نور' },
    ]);
  });

  it('gives "وهناك من … ويرى أن" (there are those who) to nobody in particular', () => {
    const a = parse(
      'وقال وزير النقل سامي داود إن "المشروع سيغير وجه المنطقة".',
      'وهناك من لا ينتظر من المشروع عائدا سريعا ويرى أن تعميق المجرى ضروري لمرور الناقلات العملاقة.',
    );
    expect(indirect(a)).toEqual([]);
  });

  it('gives a cause quoted after "عزا" to the subject of عزا', () => {
    const a = parse(
      'وقال وزير التجارة طارق نبيل إن "الصادرات ارتفعت هذا العام".',
      'وعزا البنك المركزي تراجع العجز إلى "استمرار التعافي في مصادر الدخل الرئيسية وخاصة السياحة".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['طارق نبيل', 'البنك المركزي']);
  });

  it('never reads the verbal noun "إضافة" (addition) as "أضافه"', () => {
    const a = parse(
      'وقال رئيس النادي عدنان سالم إن "الفريق جاهز للموسم".',
      'وبحسب المصادر ستتم إضافة لاعب أجنبي إلى القائمة، علما بأن الناديين رفعا خطابا إلى الاتحاد بهذا الشأن.',
    );
    expect(indirect(a)).toEqual([]);
  });
});

describe('clerical titles, short-stem family names and hashtags', () => {
  it('reads "آية الله" inside a title, and the name after it', () => {
    const a = parse('وقال المرجع الشيعي الأعلى آية الله علي السيستاني في بيان إن "الحكومة مطالبة بحل أزمة الكهرباء فورا".');
    expect(a.speakers).toEqual([expect.objectContaining({ name: 'علي السيستاني', role: 'المرجع الشيعي الأعلى آية الله' })]);
  });

  it('keeps a family name ending in ية with a two-letter stem ("العطية") in the name', () => {
    const a = parse('ولفت وزير الخارجية الدكتور خالد بن محمد العطية الانتباه إلى أن تحقيق الاستقرار يعد أولوية للمنطقة كلها.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['خالد بن محمد العطية']);
  });

  it('reads a hashtag of a group ("#دبلوماسيون") as nobody in particular', () => {
    const a = parse('وبعد أن اتضح أن المجلس سيعجز عن الاتفاق قال #دبلوماسيون إن الكويت طلبت أن يكون الاجتماع علنيا.');
    expect(indirect(a)).toEqual([]);
  });
});

describe('long titles, quoted names and family names shared by two people', () => {
  it('reads "at one of the companies" and a quoted name after it as title and name', () => {
    const a = parse('وفي السياق ذاته، أوضح مدير الموارد البشرية بإحدى شركات الألبان الكبرى "عبدالله البدر"، أن الثقة في الشباب هي أساس مشاريع التوطين.');
    expect(indirect(a)).toEqual([{ text: 'الثقة في الشباب هي أساس مشاريع التوطين', speaker: 'عبدالله البدر' }]);
  });

  it('keeps "في مجال صناعة الأغذية" in the title before the name', () => {
    const a = parse('وبيّن مدير العلاقات العامة بإحدى الشركات العاملة في مجال صناعة الأغذية عبدالله ناصر العتيبي، أن برامج التدريب نجحت في تأهيل الشباب.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['عبدالله ناصر العتيبي']);
  });

  it('skips the outlet told between a verb and its subject ("وتحدث لـ«سبق» الموظف …")', () => {
    const a = parse('وتحدّث لـ"سبق" الموظف بإحدى شركات الألبان "محمد غزاوي"، عن تجربته في القطاع قائلاً: "أنا أحد خريجي المعهد التقني للألبان".');
    expect(speech(a)[0]!.speaker).toBe('محمد غزاوي');
  });

  it('gives a family name alone to the last speaker who bears it, not the first', () => {
    const a = parse(
      'وبيّن مدير العلاقات العامة عبدالله ناصر العتيبي، أن برامج التدريب نجحت في تأهيل الشباب.',
      'وأوضح المتحدث الرسمي للمؤسسة فهد العتيبي قائلا: "قامت المؤسسة بتنفيذ برامج تدريبية متخصصة".',
      'وأضاف "العتيبي": "يخرج المعهد نحو مئتي شاب كل عام من أبناء الوطن".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['فهد العتيبي', 'فهد العتيبي']);
  });

  it('reads "متحدثة لبي بي سي" as "speaking to the BBC", not as the BBC\'s spokeswoman', () => {
    const a = parse(
      'قالت الممثلة البريطانية جميلة جميل إن "البداية كانت صعبة جدا في الولايات المتحدة".',
      'وأوضحت متحدثة لبي بي سي "لم أحظ بأي تشجيع من أحد في بريطانيا".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['جميلة جميل', 'جميلة جميل']);
  });
});

describe('attribution after the quote and names set off by commas', () => {
  it('reads "«…»، هذا ما قاله X" as X\'s words', () => {
    const a = parse(
      'عين المحامي السويسري فرونسوا كارار، الأمين العام السابق للجنة الأولمبية، رئيسا للجنة الإصلاحات.',
      '"من المهم جدا أن تستعيد المنظمة الحاكمة نزاهتها وسمعتها"، هذا ما قاله كارار بعد تعيينه.',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['فرونسوا كارار']);
  });

  it('leaves a title\'s adjective out of a name before a comma and a second title', () => {
    const a = parse(
      'عين المحامي السويسري فرونسوا كارار، الأمين العام السابق للجنة الأولمبية، رئيسا للجنة الإصلاحات.',
      'وقال كارار: "سأعمل مع ممثلين من داخل كرة القدم وخارجها".',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['فرونسوا كارار']);
  });
});

describe('the latter, compound names with الله, and "new" that is no verb', () => {
  it('gives "أوضح الأخير قائلا" to the person named last, not to the sentence\'s first subject', () => {
    const a = parse(
      'وقال المغني سامي يوسف في ندوة صحفية إن "الحفل سيكون مختلفا هذه المرة".',
      'ولأن الوزير خالد نور تولى علاج يوسف، أوضح الأخير قائلا "الوزير أول من وقف معي في محنتي".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['سامي يوسف', 'سامي يوسف']);
  });

  it('never lets a feminine verb govern a masculine participle right after it ("أعلنت عجزا، مضيفا")', () => {
    const a = parse('وأشار النائب محمد الراشد إلى أن الكويت أعلنت عجزا، مضيفا "يجب ألا نغفل أن الميزانية تعتمد على النفط".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['محمد الراشد']);
    // a feminine participle after the feminine verb is still hers
    const b = parse('وقالت الوزيرة هند صبري إن الخطة جاهزة، مضيفة "سنبدأ التنفيذ قريبا في كل المحافظات".');
    expect(speech(b).map((q) => q.speaker)).toEqual(['هند صبري']);
  });

  it('reads "العضو" and "العضوة" before a name as a title, not as part of the name', () => {
    const a = parse('وقال العضو محمد الراشد إن الخطة جاهزة للتنفيذ الآن.', 'وأكدت العضوة هند الشمري أن اللجنة ستجتمع الأسبوع المقبل.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['محمد الراشد', 'هند الشمري']);
  });

  it('ends a name before what a verb announces ("وأعلن الوزير سامي الفهد الخطة"), whatever the verb', () => {
    const a = parse('وأعلن الوزير سامي الفهد الخطة أمس في مؤتمر صحفي.', 'وقال الفهد إن الحكومة ستبدأ التنفيذ الأسبوع المقبل.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['سامي الفهد']);
    const b = parse('وأطلق الوزير سامي حداد المبادرة أمس في مؤتمر صحفي.', 'وقال حداد إن الحكومة ستبدأ التنفيذ الأسبوع المقبل.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['سامي حداد']);
  });

  it('reads a given name that closes a name begun by another as its family name ("سامي داود" … "وقال داود")', () => {
    const a = parse('وأعلن الوزير سامي داود القرار الجديد أمس في مؤتمر صحفي.', 'وقال داود إن الحكومة ستبدأ التنفيذ الأسبوع المقبل.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['سامي داود']);
    // a given name that opens a name of its own keeps it
    const b = parse('وقال رئيس الوزراء التركي أحمد داود أوغلو إن بلاده مستعدة للحوار.', 'وأضاف داود أوغلو أن الحكومة ستبدأ التنفيذ الأسبوع المقبل.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['أحمد داود أوغلو', 'أحمد داود أوغلو']);
  });

  it('never gives a feminine verb with no subject named to a man known by his given name, nor a masculine one to a woman', () => {
    const a = parse(
      'وقال الكاتب الصحافي جهاد الخازن إن الراحلة كانت محبوبة من الجميع.',
      'ونشرت صديقتها صورتها، وفوق الصورة كتبت تغريدة قالت فيها: "أنعى بقلب حزين صديقة العمر التي رحلت أمس".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual([null]);
    // a woman speaks on with the feminine verb
    const b = parse(
      'وقالت الكاتبة سعاد الصباح إن الراحلة كانت محبوبة من الجميع.',
      'ونشرت صورتها، وفوق الصورة كتبت تغريدة قالت فيها: "أنعى بقلب حزين صديقة العمر التي رحلت أمس".',
    );
    expect(speech(b).map((q) => q.speaker)).toEqual(['سعاد الصباح']);
    const c = parse('وقالت الكاتبة سعاد الصباح إن الراحلة كانت محبوبة من الجميع.', 'وفي المساء كتب تغريدة قال فيها: "أنعى بقلب حزين صديق العمر الذي رحل أمس".');
    expect(speech(c).map((q) => q.speaker)).toEqual([null]);
  });

  it('keeps "أمان الله" whole as a name', () => {
    const a = parse('وخلص الأستاذ أمان الله مسعدي في مداخلته إلى أن هذه الظاهرة تضاعفت في السنوات الأخيرة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['أمان الله مسعدي']);
  });

  it('reads "جدد" after a plural noun as "new", leaving the content to the participle', () => {
    const a = parse('قال المدير رامي حداد إن المعرض مكّن الشركة من إجراء شراكات مع موردين جدد، موضحا أنه يعد فرصة رائعة لعقد شراكات أخرى.');
    expect(a.quotes.map((q) => q.cue)).toEqual(['قال', 'موضحا']);
  });
});

describe('parties and impersonal verbs', () => {
  it('never registers a party\'s name with its adjective as a titled person ("حزب الاستقلال المحافظ")', () => {
    const a = parse(
      'ويشكل حزب الاستقلال المحافظ قوة انتخابية متجذرة في المشهد السياسي المغربي منذ عقود.',
      'وقال المحافظ إن "الانتخابات ستجرى في موعدها المحدد تماما".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['المحافظ']);
  });

  it('reads "، ويتوقع أن" with no subject as "it is expected that", nobody\'s words', () => {
    const a = parse(
      'وقال المتحدث باسم الحزب مراد علي إن "الحملة تسير بشكل جيد".',
      'ويشكل الحزب قوة انتخابية متجذرة في المشهد السياسي، ويتوقع أن يحتل مرتبة متقدمة في الانتخابات المقبلة.',
    );
    expect(indirect(a)).toEqual([]);
  });

  it('keeps a subject before "يتوقع أن" ("X، الرئيس التنفيذي، يتوقع أن")', () => {
    const a = parse('ديفيد مونتجومري، الرئيس التنفيذي في مجموعة لوكال وورلد، يتوقع أن "الواجهة الإنسانية" في الصحف المحلية ستتقلص كثيرا.');
    expect(speech(a).map((q) => q.speaker)).toEqual(['ديفيد مونتجومري']);
  });
});

describe('rulings and companies', () => {
  it('reads "الحكم القاضي بوقف" as "the ruling ordering", and the dual of a body\'s head as no name', () => {
    const a = parse(
      'قضت المحكمة اليوم بوقف تنفيذ الحكم القاضي بوقف نشاط شركتي أوبر وكريم لنقل الركاب في البلاد.',
      'وتقول أوبر إن السوق المحلية تمثل أكبر سوق لها في المنطقة منذ سنوات.',
    );
    expect(a.speakers.map((s) => s.name)).toEqual(['أوبر']);
  });
});

describe('statements, platforms, places and clubs', () => {
  it('gives a statement "صادر عن" its issuer, and an unnamed one nobody ("بيان سلام مشترك")', () => {
    expect(speech(parse('وقال بيان صادر عن الديوان الملكي إن "الملك استقبل الوفد وبحث معه سبل تعزيز التعاون".'))[0]!.speaker).toBe('الديوان الملكي');
    expect(speech(parse('وقال بيان سلام وتعاون مشترك وقعه الطرفان إن "حالة الحرب بين البلدين انتهت إلى غير رجعة".'))[0]!.speaker).toBeNull();
  });

  it('reads "كتب وزير …" as a speech verb and a quoted platform as a name', () => {
    const a = parse('وقبيل وصول الوفد، كتب وزير الإعلام يماني جبر على "تويتر": "هذه زيارة رسمية تاريخية تؤذن بحقبة جديدة".');
    expect(speech(a)).toEqual([{ text: 'هذه زيارة رسمية تاريخية تؤذن بحقبة جديدة', kind: 'direct', speaker: 'يماني جبر' }]);
  });

  it('treats countries beyond the region as countries, not named speakers of indirect speech (as "مصر")', () => {
    expect(indirect(parse('وقالت كينيا إن المحادثات ستستأنف الأسبوع المقبل في العاصمة نيروبي.'))).toEqual([]);
    expect(indirect(parse('وقالت إريتريا إن الاتفاق سيدخل حيز التنفيذ خلال الأيام المقبلة.'))).toEqual([]);
  });

  it('keeps a club named after its city whole ("مانشستر سيتي")', () => {
    const a = parse('وأعلن مانشستر سيتي أن المدرب سيبقى مع الفريق حتى نهاية الموسم المقبل.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['مانشستر سيتي']);
  });
});

describe('titles of founders, clergy and broadcasters', () => {
  it('reads "مؤسس شركة «…»" as the title of the name after it', () => {
    const a = parse('وفي السياق ذاته، أكد مؤسس شركة "نخلة" الناشئة في الرياض هاشم العلي، أن السوق مهيأة للتوسع في خدمات التوصيل.');
    expect(indirect(a)).toEqual([{ text: 'السوق مهيأة للتوسع في خدمات التوصيل', speaker: 'هاشم العلي' }]);
  });

  it('keeps "مؤسسة" (an institution) apart from the title "مؤسس"', () => {
    const a = parse('وقالت مؤسسة النقد في بيان إن الاحتياطيات ارتفعت للشهر الثالث على التوالي.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['مؤسسة النقد']);
  });

  it('widens a name before a comma and a title to the word that opens it (never "بن …" or "اللطيف …")', () => {
    const a = parse(
      'وتوقع عبد اللطيف العبد اللطيف، المستثمر العقاري، ارتفاع الأسعار في العام المقبل.',
      'وقال العبد اللطيف: "الطلب على المساكن يفوق المعروض بكثير في المدن الكبرى".',
    );
    expect(a.speakers).toEqual([expect.objectContaining({ name: 'عبد اللطيف العبد اللطيف', aliases: ['العبد اللطيف'] })]);
  });
});

describe('a name with a definite family name before its title', () => {
  it('reads "أحمد الخزعل نائب المدير العام" as name then title, not as a description and a name', () => {
    const a = parse('وقال أحمد الخزعل نائب المدير العام لشؤون الرياضة في مؤتمر صحفي “الهيئة صدمت بقرار تأجيل البطولة”.');
    expect(a.speakers).toEqual([expect.objectContaining({ name: 'أحمد الخزعل', role: 'نائب المدير العام لشؤون الرياضة' })]);
    // a first name not in the list of common given names, before a title
    const b = parse('وقال مفضي الخمساني مدير الرياضة للصحفيين “الهيئة صدمت بقرار تأجيل البطولة المقبلة”.');
    expect(b.speakers.map((s) => s.name)).toEqual(['مفضي الخمساني']);
    // a description with definite attributes before a name still reads as one
    const c = parse('وقال مصفف الشعر اللندني غوستاف فوشيه إن "الموضة تتغير كل موسم".');
    expect(c.speakers.map((s) => s.name)).toEqual(['غوستاف فوشيه']);
  });
});

describe('bodies and their objects', () => {
  it('ends a body\'s name after its nisba adjective, before the object of its verb', () => {
    const a = parse('دعت وزارة الخارجية المصرية السلطات الإيرانية أمس إلى عدم التدخل، مؤكدة أن أمن الخليج مرتبط بأمن مصر.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['وزارة الخارجية المصرية']);
    // و + the article after the adjective is still the name
    const b = parse('وقالت وزارة الشؤون الإسلامية والأوقاف في بيان إن المساجد ستفتح أبوابها قريبا.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['وزارة الشؤون الإسلامية والأوقاف']);
  });
});

describe('specialists', () => {
  it('reads "المختص" as a title, before a name or after one with its field', () => {
    const a = parse('من جانبه، أشار المختص في مجال التأمين الطبي فواز الشمري، إلى أن مشكلة التأخر تعود إلى الشركات.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['فواز الشمري']);
    const b = parse('من جانبه، قدم الدكتور مهدي بن خليل المختص في الطب الشرعي حصيلة للظاهرة، مشيرا إلى أن الأرقام ارتفعت بشدة.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['مهدي بن خليل']);
    // one name word before a definite title: the title word is the family name
    const c = parse('وقال محمد القاضي في تصريح إن الأرقام ارتفعت بشدة هذا العام.');
    expect(indirect(c).map((q) => q.speaker)).toEqual(['محمد القاضي']);
    // the feminine is an adjective: "الشركات المختصة في صناعة …" holds no title
    const d = parse('وأضاف سامي نور، الذي يعمل في إحدى الشركات المختصة في صناعة الأغذية: "التدريب فتح لي أبواب العمل".');
    expect(speech(d).map((q) => q.speaker)).toEqual(['سامي نور']);
  });
});

describe('titles with ب and the article', () => {
  it('keeps "بالفريق الأول …" in the title when a given name follows it', () => {
    const a = parse('أكد المتحدث الرسمي بالاتحاد السعودي لكرة القدم عدنان الشمري أن مقترح رفع الإيقافات قدم من الاتحاد نفسه.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['عدنان الشمري']);
    expect(a.speakers[0]?.role).toBe('المتحدث الرسمي بالاتحاد السعودي لكرة القدم');
    // "بالأمس" with no name after it ends the phrase
    const b = parse('وقال الوزير بالأمس: "الخطة ستنفذ قريبا في جميع المناطق".');
    expect(speech(b)).toEqual([{ text: 'الخطة ستنفذ قريبا في جميع المناطق', kind: 'direct', speaker: 'الوزير' }]);
  });

  it('never reads a speaker\'s name past the colon after a title and a time word ("وقال الوزير أمس: «…»")', () => {
    const a = parse('وقال الوزير أمس: "الخطة ستنفذ قريبا في جميع المناطق".');
    expect(speech(a)).toEqual([{ text: 'الخطة ستنفذ قريبا في جميع المناطق', kind: 'direct', speaker: 'الوزير' }]);
  });
});

describe('verbal nouns and adjectives that look like names or titles', () => {
  it('never takes و and a verbal noun of the تفعيل pattern ("وتعزيز العلاقة") for a speaker', () => {
    const a = parse(
      'وقال ولي العهد الأمير سعود بن نايف إن الأمن مسؤولية الجميع.',
      'وحث سموه من جهة أخرى الموظفين على بذل المزيد من الجهد والعطاء لخدمة المواطن، وتعزيز العلاقة بين المسؤول والمستفيد، قائلا "إننا مجندون جميعا لخدمة الوطن".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['سعود بن نايف']);
  });

  it('reads the feminine of some nisba titles as an adjective only, and no pronoun after the article', () => {
    expect(isRoleHead('الاقتصاديه')).toBe(false); // "التوقعات الاقتصادية": economic
    expect(isRoleHead('البرلمانيه')).toBe(false);
    expect(isRoleHead('المختصه')).toBe(false); // "الجهات المختصة"
    expect(isRoleHead('الاقتصادي')).toBe(true);
    expect(isRoleHead('الوزيره')).toBe(true);
    expect(isRoleHead('محاميها')).toBe(true);
  });

  it('reads a title in the dual or the plural with a pronoun ("محامياها", "مستشاروه") as an unnamed speaker, never the one it points to', () => {
    const a = parse('وتؤكد الشابة سارة خليل أنها لم تنتم إلى أي تنظيم.', 'وأكد محامياها أن إقامتها في الخارج كانت لأسباب عائلية.', 'وقال محاموها إن القضية ستنتهي قريبا.');
    expect(indirect(a)).toEqual([{ text: 'أنها لم تنتم إلى أي تنظيم', speaker: 'سارة خليل' }]);
    const b = parse('وقال الوزير سامي نور إن الحكومة مستعدة.', 'وأكد مستشاروه أن الخطة جاهزة للتنفيذ.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['سامي نور']);
    expect(['محامياها', 'محاموها', 'مستشاروه', 'ومستشاراه'].map(isRoleHead)).toEqual([true, true, true, true]);
  });
});

describe('verbs at the start of a sentence', () => {
  it('never takes a past verb of the افتعل pattern ("احتفى") for a name before a title', () => {
    const a = parse('احتفى رئيس البعثة سامي العتيبي بالمنتخب في أحد فنادق العاصمة، وقد عبر مدير المنتخب خالد مطر عن سعادته بالاحتفال وقال: "جهود رئيس البعثة واضحة".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['خالد مطر']);
    // a family name of that length ending in ة is a name
    const b = parse('وقال رئيس الوزراء محمد اشتية إن "الحكومة ستدفع الرواتب كاملة".');
    expect(speech(b).map((q) => q.speaker)).toEqual(['محمد اشتية']);
    // the verb opens on a bare alef: a name of the shape printed with hamza ("أكتاش") is a name
    const c = parse('وقال وزير البيئة التركي مراد أكتاش: "سنواصل دعم مشاريع إعادة الإعمار".');
    expect(speech(c).map((q) => q.speaker)).toEqual(['مراد أكتاش']);
  });
});

describe('"general" in titles and companies in their genitive', () => {
  it('reads "المدير العام" as one title, not "the director" and "the year"', () => {
    const a = parse('وكانت المدير العام لمنظمة الصحة العالمية مارغريت تشان قد أعلنت في وقت سابق أمس نجاح التجربة، مشيرة إلى أن النتائج "تغير قواعد اللعبة".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['مارغريت تشان']);
    expect(a.speakers[0]?.role).toBe('المدير العام لمنظمة الصحة العالمية');
  });

  it('keeps a company glued to ل before a preposition in the title, and the company apart from the titled person', () => {
    const a = parse(
      'وتقول أوبر إن مصر تمثل أكبر سوق لها في المنطقة.',
      'ونقلت وكالة الأنباء عن المدير العام لأوبر في القاهرة قوله إن السوق المصرية من أسرع الأسواق نموا.',
    );
    expect(indirect(a).map((q) => q.speaker)).toEqual(['أوبر', 'المدير العام لأوبر']);
    const named = parse('ونقلت وكالة الأنباء عن المدير العام لأوبر في القاهرة سامي نور قوله إن السوق المصرية من أسرع الأسواق نموا.');
    expect(named.speakers).toEqual([expect.objectContaining({ name: 'سامي نور', role: 'المدير العام لأوبر في القاهرة' })]);
  });
});

describe('bodies named once and then by their head', () => {
  it('gives "البيان" the body that issued it ("وأصدرت النقابة … بيانا")', () => {
    const a = parse(
      'وأصدرت نقابة المهن التمثيلية بيانا مساء الجمعة حول حفل الافتتاح.',
      'واعتبر البيان "أن المظهر الذي بدت عليه بعض الضيفات لا يتوافق مع تقاليد المجتمع".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['نقابة المهن التمثيلية']);
  });

  it('gives "وقالت الشركة" the company named before it', () => {
    const a = parse(
      'أطلقت شركة نور للطاقة الشمسية مشروعا جديدا في جنوب البلاد بكلفة مئة مليون دولار.',
      'وقالت الشركة إن المشروع سيوفر الكهرباء لعشرين ألف منزل بحلول نهاية العام المقبل.',
    );
    expect(indirect(a)).toEqual([{ text: 'المشروع سيوفر الكهرباء لعشرين ألف منزل بحلول نهاية العام المقبل', speaker: 'شركة نور للطاقة الشمسية' }]);
  });

  it('ends the body\'s name at the verb after it ("وزارة الصحة أعلنت")', () => {
    const a = parse(
      'وكانت وزارة الصحة وجهت تحذيرا للمستشفيات الخاصة الأسبوع الماضي.',
      'وأكدت الوزارة أن التفتيش سيشمل كل المستشفيات في العاصمة خلال الشهر الجاري.',
    );
    expect(indirect(a).map((q) => q.speaker)).toEqual(['وزارة الصحة']);
  });

  it('reads "represented by" as no title: the words after it are no person', () => {
    const a = parse(
      'أنجزت هيئة الاتصالات والبريد ممثلة بصندوق الخدمة الشاملة ربط مئتي قرية بالشبكة هذا العام.',
      'وأوضحت الهيئة في بيان أن المرحلة التالية ستشمل القرى الجبلية في الشمال.',
    );
    expect(indirect(a).map((q) => q.speaker)).toEqual(['هيئة الاتصالات والبريد']);
    expect(a.speakers.map((s) => s.name)).toEqual(['هيئة الاتصالات والبريد']);
  });

  it('keeps a head with its own adjective apart from a body named otherwise ("المجلس العلمي")', () => {
    const a = parse(
      'دعا مجلس الشورى إلى جلسة طارئة يوم الأحد المقبل.',
      'وقال المجلس العلمي الأعلى في بيان إن "الفتوى تصدر عن هيئة واحدة فقط".',
    );
    expect(a.quotes[0]!.speaker).not.toBe('مجلس الشورى');
  });

  it('never takes a body\'s head from inside a title ("وزير خارجية جمهورية التشيك")', () => {
    const a = parse(
      'وقال وزير خارجية جمهورية التشيك مارتن كوفار إن بلاده لم تنتج الغاز.',
      'وأعلنت الخارجية الروسية أن الطاقم الدبلوماسي سيغادر موسكو خلال أسبوع.',
    );
    expect(indirect(a).map((q) => q.speaker)).toEqual(['مارتن كوفار', 'الخارجية الروسية']);
  });

  it('gives a study\'s words to the body that wrote it', () => {
    const a = parse(
      'رصدت دراسة أعدها مركز الرافدين للبحوث أكثر من مئة حالة تلوث في الأنهار خلال عامين.',
      'وقالت الدراسة إن "معظم الحالات سببها مياه الصرف غير المعالجة".',
    );
    expect(a.quotes[0]!.speaker).toBe('مركز الرافدين للبحوث');
  });

  it('lets a plural verb with an object pronoun ("وصفوه") speak for its group, not for the last speaker', () => {
    const a = parse(
      'وقال الطيار سامر عودة إن الرحلة كانت هادئة حتى الهبوط.',
      'وذكر شهود عيان أنهم سمعوا دويا كبيرا، وهو صوت وصفوه بأنه كان مرعبا للغاية في تلك الليلة.',
    );
    expect(a.quotes.filter((q) => q.speaker === 'سامر عودة').map((q) => q.text)).toEqual(['الرحلة كانت هادئة حتى الهبوط']);
  });
});

describe('kinds', () => {
  it('marks a short quoted fragment governed by a speech verb as partial', () => {
    const a = parse('ودعا الوزير سمير داود الأطراف إلى "ضبط النفس" في هذه المرحلة.');
    expect(speech(a)).toEqual([{ text: 'ضبط النفس', kind: 'partial', speaker: 'سمير داود' }]);
  });

  it('reads unmarked speech after a colon to the end of the sentence', () => {
    const a = parse('وقال النائب أحمد ربيع: "القانون سيمر هذا الأسبوع".', 'وأضاف: نحن واثقون من الأغلبية في المجلس. وغادر القاعة بعدها.');
    expect(speech(a)[1]).toEqual({ text: 'نحن واثقون من الأغلبية في المجلس', kind: 'unmarked', speaker: 'أحمد ربيع' });
  });

  it('keeps indirect speech apart, with the content after the particle', () => {
    const a = parse('وقال رئيس الحكومة عمر الزين إن الانتخابات ستجري في موعدها المحدد.');
    expect(speech(a)).toEqual([]);
    expect(indirect(a)).toEqual([{ text: 'الانتخابات ستجري في موعدها المحدد', speaker: 'عمر الزين' }]);
  });

  it('ends indirect content before a participle or a joined speech verb after a comma, and before the reporter\'s مما', () => {
    const a = parse('وقال المدرب كمال يوسف إن الفريق جاهز للمباراة، مشيرا إلى أن جميع اللاعبين تعافوا من الإصابات.');
    expect(indirect(a)).toEqual([
      { text: 'الفريق جاهز للمباراة', speaker: 'كمال يوسف' },
      { text: 'جميع اللاعبين تعافوا من الإصابات', speaker: 'كمال يوسف' },
    ]);
    const b = parse('وأكد الوزير سامي نور أن الأسعار ستنخفض قريبا، مما أدى إلى ارتفاع الأسهم في البورصة.');
    expect(indirect(b)).toEqual([{ text: 'الأسعار ستنخفض قريبا', speaker: 'سامي نور' }]);
    // a bare verb after a comma can be the content's own predicate
    const c = parse('وقال الخبير سامي نور إن الشبكة، التي تغطي المدن الكبرى، تؤكد جودة الخدمة للمشتركين.');
    expect(indirect(c)).toEqual([{ text: 'الشبكة، التي تغطي المدن الكبرى، تؤكد جودة الخدمة للمشتركين', speaker: 'سامي نور' }]);
  });

  it('leaves content that quote marks mostly hold to the quote, with no indirect copy', () => {
    const a = parse('وقال المحامي سامي نور إن موكله "يملك وثائق تدين مسؤولين كبارا في الحكومة".');
    expect(indirect(a)).toEqual([]);
    expect(speech(a)).toEqual([{ text: 'يملك وثائق تدين مسؤولين كبارا في الحكومة', kind: 'partial', speaker: 'سامي نور' }]);
    // a short quote inside longer content keeps the indirect report
    const b = parse('وأعلن الوزير سامي نور أن بلاده لديها "أدلة قاطعة" على تورط الشبكة في عمليات تهريب واسعة.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['سامي نور']);
  });

  it('keeps indirect speech of an institution named by its definite head (الادعاء، الخارجية), not of a bare group', () => {
    const a = parse('وقال الادعاء في الكويت، الثلاثاء، إن المحكمة أصدرت أحكاما بحق عشرين متهما في القضية.');
    expect(indirect(a)).toEqual([{ text: 'المحكمة أصدرت أحكاما بحق عشرين متهما في القضية', speaker: 'الادعاء' }]);
    const b = parse('وقالت السلطات إن الطريق سيغلق أمام الشاحنات طوال الأسبوع المقبل.');
    expect(indirect(b)).toEqual([]);
  });

  it('reads an ambiguous form (ذكر، كتب) as the speech verb when a particle follows it, but not بين', () => {
    const a = parse('وقال الضابط سامي نور إن التحقيق مستمر. وذكر أن الشرطة لم تعتقل أي مشتبه به حتى الآن.');
    expect(indirect(a).map((q) => q.text)).toContain('الشرطة لم تعتقل أي مشتبه به حتى الآن');
    const b = parse('وقال الضابط سامي نور إن اللاعب خير بين أن يبقى في الفريق أو يرحل هذا الصيف.');
    expect(indirect(b).map((q) => q.text)).toEqual(['اللاعب خير بين أن يبقى في الفريق أو يرحل هذا الصيف']);
  });

  it('reads an ambiguous participle before a particle as the cue (معتبرة أن)', () => {
    const a = parse('وفي قراءتها للمشهد، رسمت الناشطة ليلى سعيد صورة قاتمة، معتبرة أن الحقل السياسي "دخل النفق المسدود منذ سنوات".');
    expect(speech(a)).toEqual([{ text: 'دخل النفق المسدود منذ سنوات', kind: 'partial', speaker: 'ليلى سعيد' }]);
  });

  it('reads "مجددا" as "again", not as a speech participle giving the voice of the sentence', () => {
    // nor is "يواصل" (continues doing) a speech verb without a colon or particle after it
    const a = parse(
      'يواصل الناخبون الجمعة الإدلاء بأصواتهم لاختيار برلمان جديد يأمل فيه الإسلاميون الذين يقودون الحكومة في ترؤسها مجددا وسط منافسة حادة مع خصومهم المطالبين بـ"التغيير".',
      'وأدلى رئيس الحكومة سامي نور بصوته في مدرسة بالعاصمة. وعبر بعد التصويت ردا على أسئلة الصحفيين، عن أمله في أن يفوز حزبه بـ"المرتبة الأولى إن شاء الله".',
      'وقال "أقود الحكومة منذ خمس سنوات، والناخبون كانوا ينظرون بأعينهم لعملنا".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['سامي نور', 'سامي نور']);
    expect(a.speakers.map((s) => s.name)).toEqual(['سامي نور']);
  });

  it('reads an ambiguous verb before a colon as the speech verb ("ويتابع: «…»")', () => {
    const a = parse('وأكد الوزير سامي نور أن الخطة جاهزة. ويتابع: "سنبدأ التنفيذ الشهر المقبل".');
    expect(speech(a)).toEqual([{ text: 'سنبدأ التنفيذ الشهر المقبل', kind: 'direct', speaker: 'سامي نور' }]);
  });

  it('never opens reported speech at the إن of سي إن إن', () => {
    const a = parse('وكشفت شركة النقل الذكي لوكالة سي إن إن عن خطة لتطوير سيارات أجرة طائرة في المدن.');
    expect(indirect(a)).toEqual([]);
  });

  it('reports no speech for a verb negated by دون أن (without announcing)', () => {
    const a = parse('وقالت المفوضة الأوروبية ليلى سعيد "هذا سيسيء إلى العلاقات بين البلدين" بدون أن تعلن عن إجراءات ملموسة وإنما عرضت فقط الإجراءات التي يمكن أن يتخذها الاتحاد الأوروبي.');
    expect(indirect(a)).toEqual([]);
    expect(speech(a).map((q) => q.speaker)).toEqual(['ليلى سعيد']);
  });

  it('keeps a pronoun-bearing particle in the indirect content', () => {
    const a = parse('وقال رئيس الحكومة عمر الزين إنه لن يترشح مرة أخرى للمنصب.');
    expect(indirect(a)).toEqual([{ text: 'إنه لن يترشح مرة أخرى للمنصب', speaker: 'عمر الزين' }]);
  });
});

describe('quoted strings that are not speech', () => {
  it.each([
    ['a title after بعنوان', 'وقال الكاتب سامي نور إنه أصدر كتابا بعنوان "أيام في المدينة القديمة" الشهر الماضي.', 'أيام في المدينة القديمة'],
    ['a movement after حركة', 'وأعلنت حركة "النهضة" مشاركتها في الانتخابات المقبلة.', 'النهضة'],
    ['a newspaper', 'وذكرت صحيفة "الوطن" أن الاجتماع تأجل إلى الأسبوع المقبل.', 'الوطن'],
    ['a charge after بتهمة', 'واعتقل الصحفي بتهمة "نشر أخبار كاذبة تضر بالأمن العام" أمس.', 'نشر أخبار كاذبة تضر بالأمن العام'],
    ['an outlet after لـ', 'وقال المحلل ياسر فهمي لـ"الشرق" إن السوق مستقرة.', 'الشرق'],
    ['a name the article also writes unquoted', 'وافتتحت شركة "نماء" فرعا جديدا، وتعمل نماء في مجال التقنية منذ سنوات.', 'نماء'],
    ['a headline shape', 'وكتبت الصحف في صدر صفحاتها "غدا .. يوم الحسم" أمس.', 'غدا .. يوم الحسم'],
    ['a long name after المعروف باسم', 'وقال الطبيب سامي نور إن تجربة اللقاح المعروف باسم "في إس في - زد إي بي أو في" نجحت.', 'في إس في - زد إي بي أو في'],
    ['the quoted subject of a speech verb, before إن', 'وقالت "رابطة حماة البيئة" إن التلوث تضاعف في الخليج.', 'رابطة حماة البيئة'],
    ['the quoted subject of a speech verb, before التي', 'بحسب ما ذكرت "ذا صنداي ريفيو" التي رأت أن الصفقة قريبة.', 'ذا صنداي ريفيو'],
    ['a name joined by و to a quoted name', 'وذكرت صحيفتا "الفجر" و"المساء الجديد" أن الاجتماع تأجل.', 'المساء الجديد'],
    ['a programme after وبرنامج (its ب no preposition)', 'وأوضح رئيس الجمعية سامي نور أن الجمعية نظمت خيمة رمضانية، وبرنامج "ليالي رمضان" للأطفال.', 'ليالي رمضان'],
    ['a system after بنظام', 'واتهم رئيس اللجنة سامي نور شركات التأمين بالتأخر في الربط بسبب العمل بنظام "الشبكة الوطنية" القديم.', 'الشبكة الوطنية'],
    ['a name in quotes after a parent or a relative', 'وقالت الأم "سارة هاندي" ووالد الطفلة "بلال ووك" إنهما سيواصلان المطالبة بحقهما أمام القضاء.', 'سارة هاندي'],
    ['an arm after ذراعه', 'واتهمت دول عدة الحرس الثوري بتدريب الميليشيات المسلحة، واستخدام ذراعه "فيلق القدس" في المنطقة.', 'فيلق القدس'],
    ['a long name joined by أو to a long name in quotes', 'وقال الطبيب سامي نور إن اللقاح المعروف باسم "في إس في - زد إي بي أو في" أو "في إس في - إي بي أو في" نجح في التجارب.', 'في إس في - إي بي أو في'],
  ])('%s', (_name, paragraph, quoted) => {
    expect(speech(parse(paragraph)).map((q) => q.text)).not.toContain(quoted);
  });
});

describe('names in quotes on a page of many quotes', () => {
  it('still tells a quoted word the article also uses unquoted (a name) from one it does not, past 64 lookups', () => {
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const word = (i: number) => `م${letters[i % letters.length]}${letters[(i * 7 + 3) % letters.length]}ان`;
    const paras = Array.from({ length: 80 }, (_, i) => `وقال الوزير سامي نور إن "${word(i)}" ستفتح قريبا، وقد زار ${word(i)} أمس مع الوفد.`);
    const a = parse(...paras, 'وقال الوزير سامي نور إن "المرحلة" ستكون صعبة جدا على الجميع.');
    expect(speech(a).map((q) => q.text)).toEqual(['المرحلة']);
  });
});

describe('quoted words after a marker that are still speech', () => {
  it('keeps a quote that a comma parts from the marker word before it', () => {
    const a = parse('وتصر الحكومة على أن الصحفي سامر حداد، الذي يعمل في مدينة حلب، "ضحية اعتقال تعسفي".');
    expect(speech(a)).toEqual([{ text: 'ضحية اعتقال تعسفي', kind: 'partial', speaker: 'الحكومة' }]);
  });

  it('keeps a short quote said at a press conference (مؤتمر is a marker, مؤتمر صحافي is not)', () => {
    const a = parse('وقالت المديرة العامة هالة نصار في مؤتمر صحافي هاتفي من عمان «النتائج الأولية مشجعة جدا».');
    expect(speech(a).map((q) => [q.text, q.speaker])).toEqual([['النتائج الأولية مشجعة جدا', 'هالة نصار']]);
    expect(speech(parse('وشارك الوزير سامي نور في مؤتمر «مستقبل الطاقة النظيفة» بالرياض.'))).toEqual([]);
  });

  it('keeps an indefinite adjective quoted after a marker noun (برنامج «سري»)', () => {
    const a = parse('وقال الوزير سامي نور إن جارتنا تطور برنامج "سري" للصواريخ منذ سنوات.');
    expect(speech(a).map((q) => q.text)).toEqual(['سري']);
  });
});

describe('speakers merged across spellings', () => {
  it('merges full and family name, عبد joined or spaced, and alef forms', () => {
    const a = parse(
      'وقال وزير الطاقة، عبد الرحمن الأحمد، إن "الإنتاج سيرتفع العام المقبل".',
      'وأضاف عبدالرحمن الاحمد: "لدينا خطة واضحة للتوسع في الطاقة الشمسية".',
      'وتابع الأحمد: "الاستثمارات الأجنبية مرحب بها في كل القطاعات".',
    );
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]!.name).toBe('عبد الرحمن الأحمد');
    expect(a.speakers[0]!.quotes).toEqual([0, 1, 2]);
  });

  it('merges a definite head noun with the organisation it heads, but not a first name with a full name', () => {
    const a = parse('وقال الائتلاف الوطني السوري المعارض في بيان إن "المعارك مستمرة في الريف".', 'وأضاف الائتلاف: "ندعو المجتمع الدولي إلى التحرك فورا".');
    expect(a.speakers.map((s) => s.name)).toEqual(['الائتلاف الوطني السوري المعارض']);
    // ("إلياس" folds like a definite word: the head rule leaves it alone; two full names leave it unresolved)
    const b = parse('وقال إلياس خوري إن "الرواية لم تكتمل بعد".', 'وقال إلياس حداد إن "النقد ضروري لكل عمل".', 'وقال إلياس: "سأعود إلى الكتابة قريبا بلا شك".');
    expect(b.speakers).toHaveLength(3);
  });

  it('merges two names of one institution (الادعاء / النيابة العامة)', () => {
    const a = parse('وقال الادعاء في الكويت إن "المتهمين اعترفوا بكل التهم الموجهة إليهم".', 'وأضافت النيابة العامة: "سنطلب أقصى العقوبات في هذه القضية".');
    expect(a.speakers.map((s) => s.name)).toHaveLength(1);
  });

  it('names a speaker printed once as a hashtag by the prose form of the name', () => {
    const a = parse('أعلن وزير الدفاع #سامي_الحداد الأحد أن المعبر سيفتح الثلاثاء أمام البضائع.', 'وقال الحداد في بيان: "إذا استمر الهدوء فسنسمح بعودة الصيادين إلى البحر".');
    expect(a.speakers.map((s) => s.name)).toEqual(['سامي الحداد']);
    expect(a.speakers[0]!.aliases).toContain('#سامي_الحداد');
  });

  it('reads a title set off by commas to its comma, through ب + a body and "العام" ("general", not "the year")', () => {
    const a = parse('وقال خالد منصور، نائب رئيس غرفة الصناعة بالاتحاد العام للمستثمرين، إن "الطلب تراجع بشدة".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['خالد منصور', 'نائب رئيس غرفة الصناعة بالاتحاد العام للمستثمرين']]);
  });

  it('keeps a West Bank governorate with the governor\'s title, out of his name', () => {
    const a = parse('وقال محافظ طولكرم عبد الله كميل إن "الوضع صعب".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['عبد الله كميل', 'محافظ طولكرم']]);
  });

  it('reads "المتحدث باسم" + an indefinite body\'s head with its genitives as the title, the name after it', () => {
    const a = parse('وقال المتحدث باسم مركز تنسيق العمليات العسكرية سامر حداد إن "الهدوء يسود المنطقة منذ الصباح".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['سامر حداد', 'المتحدث باسم مركز تنسيق العمليات العسكرية']]);
  });

  it('keeps a short quote after a speaker whose title holds a marker word ("رئيس مجلس الشورى خالد العلي على «…»")', () => {
    const a = parse('وشدد رئيس مجلس الشورى خالد العلي على "أهمية الحوار".');
    expect(a.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['partial', 'أهمية الحوار', 'خالد العلي']]);
  });

  it('reads a quote after an "according to" aside in commas as finishing the clause it broke into: partial', () => {
    const a = parse('ولا يخفي المزارعون، على حد تعبير رئيس الجمعية سالم الكعبي، "خوفهم من موسم جفاف جديد".');
    expect(a.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['partial', 'خوفهم من موسم جفاف جديد', 'سالم الكعبي']]);
  });

  it('reads a clause quoted after a plural pronoun ("إنهم «…»") as a fragment in the third person: partial', () => {
    const a = parse('وقال سكان في الحي إنهم "لم يروا مثل هذا الدمار من قبل".');
    expect(a.quotes.map((q) => [q.kind, q.text])).toEqual([['partial', 'لم يروا مثل هذا الدمار من قبل']]);
  });

  it('gives a quote "in the report" to nobody rather than to the last person quoted; "in the statement" stays theirs', () => {
    const page = (phrase: string) => parse('وقال الوزير خالد سعيد: "سنواصل العمل حتى النهاية".', `${phrase} "تتحمل الأطراف المسؤولية الكاملة عن حماية المدنيين".`);
    expect(page('وجاء في التقرير ما نصه:').quotes.map((q) => q.speaker)).toEqual(['خالد سعيد', null]);
    expect(page('وجاء في الدراسة:').quotes.map((q) => q.speaker)).toEqual(['خالد سعيد', null]);
    expect(page('وجاء في البيان:').quotes.map((q) => q.speaker)).toEqual(['خالد سعيد', 'خالد سعيد']);
  });

  it('reads "والي" (governor) as an indefinite title taking its province, never و + the article', () => {
    const a = parse('وقال والي قسنطينة عبد الخالق صيودة إن "المشاريع ستسلم في موعدها المحدد".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['عبد الخالق صيودة', 'والي قسنطينة']]);
  });

  it('opens the name on "أمين" after the company a title names ("… لشركة الاتصالات السعودية أمين الفرحان،")', () => {
    const a = parse('وقال المدير العام لشركة الاتصالات السعودية أمين الفرحان، في مؤتمر صحفي، إن الأرباح ارتفعت بنسبة كبيرة.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أمين الفرحان', 'المدير العام لشركة الاتصالات السعودية']]);
    // (a title's own "أمين" stays in the title: "نائب أمين الصندوق")
    const b = parse('وقال نائب أمين الصندوق خالد علي إن الاستثمار في الطاقة التقليدية ما زال ضروريا.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['خالد علي', 'نائب أمين الصندوق']]);
  });

  it('gives words a statement relays to the one it quotes, not to the body that issued it ("بيان صادر عن X عن Y قوله")', () => {
    const a = parse('ونقل بيان صادر عن وزارة الخارجية عن المتحدث الرسمي سالم الكعبي قوله إن "المفاوضات ستستأنف الأسبوع المقبل".');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'سالم الكعبي']]);
  });

  it('keeps a quote after a particle and a subject in construct with a marker ("إن نجاح الاتفاق «…»")', () => {
    const a = parse('وختم الوزير سالم الكعبي حديثه بالقول إن نجاح الاتفاق "يتطلب إرادة سياسية حقيقية".');
    expect(a.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['partial', 'يتطلب إرادة سياسية حقيقية', 'سالم الكعبي']]);
  });

  it('reads a family name of two words ("أبو عيشة") for the registered full name, never the object after it', () => {
    const a = parse('وقالت الناطقة باسم الوزارة، صفاء أبو عيشة، إن "سلامة الطلبة تأتي أولا". وطالبت أبو عيشة المؤسسات الدولية بـ"توفير الحماية للمدارس".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['صفاء أبو عيشة', 'صفاء أبو عيشة']);
    expect(a.speakers).toHaveLength(1);
  });

  it('reads a title\'s word closing the phrase after a given name as the family name ("عزمي محافظة"), and the family name alone later', () => {
    const a = parse('قال وزير التربية والتعليم عزمي محافظة إن الوزارة ستعين 1500 معلم ومعلمة قبل بداية الفصل الثاني.', 'وأضاف محافظة، خلال لقائه مديري التربية، أن التعيينات ستشمل تخصصات الرياضيات والعلوم.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['عزمي محافظة', 'عزمي محافظة']);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['عزمي محافظة', 'وزير التربية والتعليم']]);
    // (a title governing a place after the name stays the title: "سمير، محافظ إربد")
    const b = parse('قال سمير محافظ إربد إن العمل في المشروع سيبدأ مطلع الشهر المقبل.');
    expect(b.speakers.map((s) => s.name)).toEqual(['سمير']);
  });

  it('reads "وطالب" before a name, its object and بـ as the verb "demanded" (never "and a student")', () => {
    const a = parse('تقدم النائب أيمن محسب بطلب إحاطة إلى رئيس مجلس الوزراء بشأن ارتفاع أسعار الأدوية.', 'وطالب أيمن محسب الحكومة بـ"وضع آلية واضحة لتسعير الدواء تراعي البعد الاجتماعي".');
    expect(speech(a)).toEqual([{ text: 'وضع آلية واضحة لتسعير الدواء تراعي البعد الاجتماعي', kind: 'partial', speaker: 'أيمن محسب' }]);
  });

  it('reads "وبيّن" (the shadda folded away) before a name and its particle as the verb "showed", not "between"', () => {
    const a = parse('وقال المتحدث باسم الوزارة أحمد موسى إن العمل مستمر في المحطات الجديدة.', 'وبيّن موسى أن الوزارة أبرمت عقودا مع شركات عالمية لإنشاء محطات شمسية.');
    expect(indirect(a)).toEqual([
      { text: 'العمل مستمر في المحطات الجديدة', speaker: 'أحمد موسى' },
      { text: 'الوزارة أبرمت عقودا مع شركات عالمية لإنشاء محطات شمسية', speaker: 'أحمد موسى' },
    ]);
  });

  it('reads "المديرية" back to a body named before by a definite head, its adjective and a genitive with لل', () => {
    const a = parse('توقعت المديرية العامة للأرصاد الجوية تساقط أمطار رعدية قوية يومي الاثنين والثلاثاء.', 'وأوضحت المديرية، في نشرة إنذارية، أن الكميات المرتقبة تتراوح بين 30 و50 ملم.');
    expect(indirect(a)).toEqual([{ text: 'الكميات المرتقبة تتراوح بين 30 و50 ملم', speaker: 'المديرية العامة للأرصاد الجوية' }]);
    // (a body described in passing, "المنظمة المعنية", names nobody to refer back to)
    const b = parse('ولم ترد المنظمة المعنية على طلب للتعليق حتى الآن.', 'وقالت المنظمة إن التحقيق مستمر.');
    expect(b.speakers.map((s) => s.name)).not.toContain('المنظمة المعنية');
  });

  it('reads a family name of a particle and a word ("بن رمضان") for the registered full name, the object after it left out', () => {
    const a = parse('أفاد المدير العام للإنتاج الفلاحي، محمد علي بن رمضان، بأن صابة الزيتون تقدر بنحو 340 ألف طن.', 'ودعا بن رمضان الفلاحين إلى "احترام المسافات بين الأشجار وعدم الإفراط في الري".');
    expect(speech(a)).toEqual([{ text: 'احترام المسافات بين الأشجار وعدم الإفراط في الري', kind: 'partial', speaker: 'محمد علي بن رمضان' }]);
    expect(a.speakers).toHaveLength(1);
  });

  it('reads a relative of someone set off by commas after the name ("، والدة أحد الأسرى،") as the speaker\'s role', () => {
    const a = parse('وقالت أم محمد حمدان، والدة أحد الأسرى، إنها لم تتلق أي معلومة عن ابنها منذ اعتقاله.', 'وقال سامي علي، شقيق الضحية، إن الشرطة لم تتواصل مع العائلة حتى الآن.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أم محمد حمدان', 'والدة أحد الأسرى'], ['سامي علي', 'شقيق الضحية']]);
  });

  it('ends a body\'s name before a verbal noun that is the verb\'s object ("أعلنت شركة آبل إطلاق خدمة …")', () => {
    const a = parse('أعلنت شركة آبل إطلاق خدمة الدفع رسميا في المملكة بالتعاون مع البنوك المحلية.', 'وقالت الشركة في بيان إن الخدمة ستتيح للمستخدمين الدفع عبر الهواتف في ملايين المتاجر.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['شركة آبل']);
    // (a verbal noun right after the head is its genitive: "هيئة تنظيم الاتصالات")
    const b = parse('أكدت هيئة تنظيم الاتصالات أن الخدمة ستتوفر في جميع المناطق خلال أسابيع.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['هيئة تنظيم الاتصالات']);
  });

  it('joins a line that leaves a quote open mid-sentence with the next line that closes it (a line broken by the scraper)', () => {
    const a = parseArticle('انخفاض أسعار الخضار في الأسواق المحلية\n\nشهدت أسواق الخضار في العاصمة انخفاضا ملحوظا في الأسعار خلال الأسبوع الجاري.\n\nوقال رئيس جمعية التجار سامي حداد إن "الأسعار ستواصل\nالانخفاض خلال الأسابيع المقبلة".\n\nوقالت سلمى: «نريد أسعارا عادلة».\nوأضافت: «الأسواق مزدحمة».');
    expect(a.paragraphs).toHaveLength(4);
    expect(speech(a)[0]).toEqual({ text: 'الأسعار ستواصل الانخفاض خلال الأسابيع المقبلة', kind: 'direct', speaker: 'سامي حداد' });
    // (two lines that each close their own quote stay two paragraphs)
    expect(a.paragraphs.slice(2)).toEqual(['وقالت سلمى: «نريد أسعارا عادلة».', 'وأضافت: «الأسواق مزدحمة».']);
  });

  it('reads a given name opening on و after a title\'s genitive ("وزيرة النقل وسام التهتموني") as the name, not a second genitive', () => {
    const a = parse('وقالت وزيرة النقل وسام التهتموني إن العمل في المشروع سينتهي خلال عامين.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['وسام التهتموني', 'وزيرة النقل']]);
  });

  it('reads an unlisted و-name and a definite nisba closing the phrase after a title\'s genitive as the name ("وزير النقل وديع التهتموني إن")', () => {
    const a = parse('وقال وزير النقل وديع التهتموني إن العمل في المشروع سينتهي خلال عامين.', 'وقال وزير الاتصالات وتقنية المعلومات أحمد الهناندة إن الخدمة ستتوسع لتشمل جميع المحافظات.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['وديع التهتموني', 'وزير النقل'], ['أحمد الهناندة', 'وزير الاتصالات وتقنية المعلومات']]);
  });

  it('merges transliteration variants (غ/ج) of one name', () => {
    const a = parse('وقال المبعوث الأممي، مارتن غريفيث، إن "الحل سياسي".', 'وأضاف جريفيث: "ندعو الأطراف كافة إلى الحوار دون شروط مسبقة".');
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]!.aliases).toContain('جريفيث');
  });

  it('moves "البروفيسور" after a comma out of the name, the title before the comma staying the role', () => {
    const a = parse('ويرى المحلل السياسي في جامعة أكسفورد، البروفيسور جون ماثيوز، أن الفارق "ليس نهائياً".', 'وقال البروفسور توم ييتس إن النتائج "تحتاج إلى تدقيق".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([
      ['جون ماثيوز', 'المحلل السياسي في جامعة أكسفورد'],
      ['توم ييتس', 'البروفسور'],
    ]);
  });

  it('moves honorifics and ranks out of the name', () => {
    const a = parse('وقال الدكتور سليم حداد: "النتائج مشجعة جدا في هذه المرحلة".', 'وقال العقيد فؤاد شمس: "الطريق مغلق حتى إشعار آخر".');
    expect(a.speakers.map((s) => s.name)).toEqual(['سليم حداد', 'فؤاد شمس']);
  });

  it('reads bodies named by a plural head ("الجمعيات الزراعية الأكثر نشاطا") as the subject a describing clause points back to, never a title and a name', () => {
    const a = parse('لوّحت الجمعيات الزراعية الأكثر نشاطا بمقاطعة موسم الحصاد، احتجاجا على ما سمته بـ"تجاهل" مطالبها من قبل وزارة الفلاحة.', 'وهددت الاتحادات المهنية بتعليق عملها لأسبوع، ردا على ما وصفته بـ"إقصاء" ممثليها.');
    expect(speech(a).map((q) => [q.text, q.speaker])).toEqual([['تجاهل', 'الجمعيات الزراعية الأكثر نشاطا'], ['إقصاء', 'الاتحادات المهنية']]);
  });

  it('keeps the family name after a two-word given name ("نور الدين العلمي") before the object of a non-speech verb', () => {
    const a = parse('وأرجع مدير التعاونية، نور الدين العلمي، التأخير إلى نقص العمال، وقال إن "الموسم سيكون صعبا على الجميع هذا العام".');
    expect(speech(a)[0]!.speaker).toBe('نور الدين العلمي');
  });

  it('reads على and the noun a title\'s noun of oversight governs as the title ("مدير إدارة الرقابة على الأسواق")', () => {
    const a = parse('وقال مدير إدارة الرقابة على الأسواق بالوزارة، خالد الزوي، إن الحملة ستستمر حتى نهاية الشهر.', 'وقالت المشرفة العامة على المهرجان، رنا حداد، إن التذاكر نفدت خلال يومين.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['خالد الزوي', 'مدير إدارة الرقابة على الأسواق بالوزارة'], ['رنا حداد', 'المشرفة العامة على المهرجان']]);
    // (after a speech verb's subject, على is the verb's: "وشدد المدير على الالتزام")
    expect(parse('وشدد مدير الإدارة سامي حداد على الالتزام بالقرار، مؤكدا أن المخالفين سيحاسبون وفق القانون دون أي استثناء.').speakers.map((s) => [s.name, s.role])).toEqual([['سامي حداد', 'مدير الإدارة']]);
  });

  it('reads بال and the province a ministry serves as the end of its name ("مديرية الزراعة بالمحافظة")', () => {
    const a = parse('وأكدت مديرية الزراعة بالمحافظة أنها ستوزع البذور على المزارعين خلال الأسبوع المقبل.');
    expect(a.speakers.map((s) => s.name)).toEqual(['مديرية الزراعة بالمحافظة']);
  });

  it('reads a quote after ب and a definite noun ("القرار بـ«…»") as the justification given, and the body before it alone as the speaker', () => {
    const a = parse('أعلنت هيئة تنظيم النقل رفع أجرة سيارات الأجرة بنسبة عشرة بالمئة.', 'وبررت الهيئة الزيادة بـ"غلاء قطع الغيار والوقود".');
    expect(speech(a)).toEqual([{ text: 'غلاء قطع الغيار والوقود', kind: 'partial', speaker: 'هيئة تنظيم النقل' }]);
    // (a verb of naming before ب keeps the quote a name: "تسمى بـ«…»")
    expect(speech(parse('ونقل السكان إلى مخيمات تسمى بـ"قرى العودة" في أطراف المدينة.'))).toEqual([]);
  });

  it('reads و and a second portfolio with its genitive as more of a body\'s name ("وزارة الشباب الأردنية وتنمية المجتمع")', () => {
    const a = parse('وقالت مديرية الصحة الإقليمية وشؤون البيئة إن حملة التطعيم ستبدأ الأسبوع المقبل في جميع المدارس.');
    expect(a.speakers.map((s) => s.name)).toEqual(['مديرية الصحة الإقليمية وشؤون البيئة']);
  });

  it('reads a person described at length, then "تدعى" and her name between commas, as that person', () => {
    const a = parse('وروت سيدة من سكان المخيم الشمالي، تدعى أم سامر، تفاصيل الليلة، وقالت: "لم نغمض أعيننا حتى الصباح".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['أم سامر']);
    expect(a.speakers[0]!.role).toBe('سيدة من سكان المخيم الشمالي');
  });

  it('reads a title after a name with "عام", an indefinite genitive chain and بال up to the particle ("مدير عام صون الطبيعة بالهيئة إن")', () => {
    const a = parse('وقال خالد بن سعيد الحارثي مدير عام حماية البيئة بالوزارة إن "التراخيص الجديدة ستصدر مطلع العام".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['خالد بن سعيد الحارثي', 'مدير عام حماية البيئة بالوزارة']]);
  });

  it('reads a body named after a bridge or an airport named after a ruler ("لجسر الملك فهد") whole, with no ruler as a speaker or a title', () => {
    const a = parse('أعلنت الهيئة العامة لمطار الملك خالد أن الصالة الجديدة ستفتتح أمام المسافرين مطلع العام المقبل.', 'وقال المدير التنفيذي للمؤسسة سامر العتيبي إن "الرحلات الدولية ستنتقل إليها تدريجيا".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['الهيئة العامة لمطار الملك خالد', null], ['سامر العتيبي', 'المدير التنفيذي للمؤسسة']]);
  });

  it('reads a body in construct after an unlisted verb in ت ("حسمت وزارة الصحة الجدل …، مؤكدة أن") as the participle\'s subject, without its object', () => {
    const a = parse('حسمت وزارة الصحة العامة الجدل حول اللقاح الجديد، مؤكدة أنه آمن تماما على الأطفال وكبار السن.');
    expect(indirect(a)).toEqual([{ text: 'أنه آمن تماما على الأطفال وكبار السن', speaker: 'وزارة الصحة العامة' }]);
  });

  it('reads "يعرب" after a title as the given name, and as the verb "expresses" only before عن', () => {
    const a = parse('وقال وزير الاتصالات يعرب الزعبي إن "الشبكة الجديدة ستغطي كل المحافظات".', 'وأضاف أن الوزارة يعرب مسؤولوها عن "ثقتهم الكاملة بالشركات المحلية".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['يعرب الزعبي', 'وزير الاتصالات']]);
    expect(speech(a).map((q) => q.speaker)).toEqual(['يعرب الزعبي', 'يعرب الزعبي']);
  });

  it('reads a listed given name right after a body\'s head and its genitive as the person the head titles ("منظمة السباق سعاد رزق")', () => {
    const a = parse('وقالت منسقة المهرجان سلمى حداد إن "العروض ستستمر أسبوعا".', 'وقالت منظمة الماراثون ليلى نصار إن "المشاركين جاؤوا من عشرين دولة".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['سلمى حداد', 'منسقة المهرجان'], ['ليلى نصار', 'منظمة الماراثون']]);
    // (a title in the chain names whom the body is of)
    expect(parse('وقالت حكومة الرئيس اليمني عبد ربه منصور هادي إن قواتها تتقدم في محافظة أبين قرب عدن.').speakers.map((s) => s.name)).not.toContain('عبد ربه منصور هادي');
  });

  it('continues a quote opened by a straight mark into the next paragraph that a lone straight mark closes', () => {
    const a = parse('وقال رئيس النقابة سمير حداد: "الأجور لم تتغير منذ خمس سنوات.', 'ولن نقبل بعد اليوم أي وعود لا تنفذ على الأرض".', 'وتعقد النقابة اجتماعا طارئا يوم السبت المقبل.');
    expect(speech(a)).toEqual([{ text: 'الأجور لم تتغير منذ خمس سنوات.\nولن نقبل بعد اليوم أي وعود لا تنفذ على الأرض', kind: 'direct', speaker: 'سمير حداد' }]);
  });

  it('reads a trade with the article before a listed given name as the description ("المزارع عوض الكريم إبراهيم للموقع")', () => {
    const a = parse('وقال المزارع عوض الكريم إبراهيم للصحيفة إن الأمطار أتلفت نصف محصوله هذا الموسم.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['عوض الكريم إبراهيم', 'المزارع']]);
    // ("تجمع" heads a body: "تجمع أصحاب …" and the place after في)
    expect(parse('أعلن تجمع أصحاب المخابز في لبنان أنه سيقفل المخابز يوم الخميس المقبل احتجاجا على الأسعار.').speakers.map((s) => s.name)).toEqual(['تجمع أصحاب المخابز في لبنان']);
  });

  it('completes a first name to the whole name printed before an age in brackets ("تقف حليمة آدم (52 عاما)" … "تقول حليمة")', () => {
    const a = parse('تقف حليمة آدم (52 عاما) أمام ما تبقى من منزلها في القرية.', '"جاء الماء في منتصف الليل"، تقول حليمة.');
    expect(speech(a).map((q) => q.speaker)).toEqual(['حليمة آدم']);
    // (without the age, a father's name the lexicon does not list is no family name: the speaker stays as printed)
    expect(speech(parse('تقف حليمة بخيت أمام ما تبقى من منزلها في القرية.', '"جاء الماء في منتصف الليل"، تقول حليمة.')).map((q) => q.speaker)).toEqual(['حليمة']);
    // (a listed given name as the father's is one: "حليمة آدم")
    expect(speech(parse('تقف حليمة آدم أمام ما تبقى من منزلها في القرية.', '"جاء الماء في منتصف الليل"، تقول حليمة.')).map((q) => q.speaker)).toEqual(['حليمة آدم']);
  });

  it('refers a definite head back to the body named by its nisba adjectives ("بالبنك المركزي المصري" … "وأوضح البنك")', () => {
    const a = parse('قررت لجنة السياسة النقدية بالبنك المركزي المصري الإبقاء على أسعار الفائدة دون تغيير.', 'وأوضح البنك في بيان أن التضخم السنوي تراجع إلى 12.5% في أكتوبر.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['البنك المركزي المصري']);
    // ("الجهات المعنية": an adjective of a body described in passing names none; one adjective without a glued
    // preposition is not enough)
    expect(indirect(parse('وطالبت النقابة الجهات المعنية بالتدخل العاجل لحل الأزمة.', 'وقالت الجهات إن الملف قيد الدراسة منذ أشهر طويلة.')).map((q) => q.speaker)).not.toContain('الجهات المعنية');
  });

  it('reads عن after a verbal noun of a body\'s name as part of the title ("عضو المكتب الجهوي لمنظمة الدفاع عن المستهلك، كريم بن عمر،")', () => {
    const a = parse('وقال عضو المكتب الجهوي لمنظمة الدفاع عن المستهلك، كريم بن عمر، إن الانقطاعات المتكررة أصبحت لا تطاق في الأحياء الشعبية.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['كريم بن عمر', 'عضو المكتب الجهوي لمنظمة الدفاع عن المستهلك']]);
  });

  it('reads an anonymous source in the accusative after لكن ("لكن مسؤولا في إحدى المنظمات، طلب عدم كشف هويته، قال") as nobody named', () => {
    const a = parse('لكن مسؤولا في إحدى هذه المنظمات، طلب عدم كشف هويته، قال لوكالة فرانس برس إن "القرار سيحرم عشرات آلاف النازحين من المساعدات".');
    expect(speech(a)).toEqual([{ text: 'القرار سيحرم عشرات آلاف النازحين من المساعدات', kind: 'direct', speaker: null }]);
    expect(a.speakers).toEqual([]);
  });

  it('gives a quote in a statement to whoever read it out ("وجاء في بيان تلاه المتحدث باسم الحكومة X أن …"), a fragment when the clause\'s subject stands before it', () => {
    const a = parse('وجاء في بيان تلاه المتحدث باسم الحكومة العقيد أمادو عبد الرحمن عبر التلفزيون الرسمي أن هذه المنظمات "لم تحترم الشروط المحددة لعملها في البلاد".');
    expect(speech(a)).toEqual([{ text: 'لم تحترم الشروط المحددة لعملها في البلاد', kind: 'partial', speaker: 'أمادو عبد الرحمن' }]);
    // (the clause quoted whole after the particle, or after a colon, is said whole)
    expect(speech(parse('وجاء في بيان للحكومة أن "المنظمات لم تحترم الشروط المحددة لعملها في البلاد".')).map((q) => q.kind)).toEqual(['direct']);
    expect(speech(parse('وجاء في بيان الحكومة: "المنظمات لم تحترم الشروط المحددة لعملها في البلاد".')).map((q) => q.kind)).toEqual(['direct']);
  });

  it('never reads a direction before a place as a name ("محافظة البصرة جنوبي العراق"), and a one-word app name in quotes is no quote ("تطبيق «صحتي»")', () => {
    const a = parse('سجلت محافظة البصرة جنوبي العراق درجة حرارة قياسية هذا الأسبوع وسط انقطاع الكهرباء.', 'وأشار إلى أن المواعيد ستحجز عبر تطبيق «صحتي» فقط.');
    expect(a.speakers).toEqual([]);
    expect(a.quotes).toEqual([]);
  });

  it('reads ل glued to an unlisted outlet\'s name of an outlet\'s shape ("أوضح لبيزنس نيوز أن") as the outlet told, never the speaker', () => {
    const a = parse('أما رئيس عمادة الأطباء، رضا الدغفوس، فقد أوضح لبيزنس نيوز أن "أكثر من 1200 طبيب غادروا البلاد خلال سنة واحدة".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['رضا الدغفوس', 'رئيس عمادة الأطباء']]);
  });

  it('reads an unlisted verb of the form فاعلت before a woman\'s title ("دافعت وزيرة المالية عن الفصل، مؤكدة") as the verb, the title as the subject', () => {
    const a = parse('في المقابل، دافعت وزيرة المالية عن الفصل، مؤكدة أنه لا يمثل ضريبة جديدة بل تسبقة على الضريبة.');
    expect(indirect(a)).toEqual([{ text: 'أنه لا يمثل ضريبة جديدة بل تسبقة على الضريبة', speaker: 'وزيرة المالية' }]);
    // (a plural in ات is no verb: "ملفات الوزارة" opens on a noun)
    expect(indirect(parse('توصلت دراسة حديثة نشرت في مجلة طبية إلى أن المشي يوميا يطيل العمر.'))).toEqual([]);
  });

  it('keeps a name between commas after a title when a relative of someone follows it ("وزير المالية، بيرات البيرق، صهر الرئيس،")', () => {
    const a = parse('وقال وزير المالية التركي، بيرات البيرق، صهر الرئيس التركي، إن «الليرة ستتعافى قريبا جدا».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['بيرات البيرق', 'وزير المالية التركي']]);
  });

  it('reads bodies named together by a plural head with their adjective ("أحزاب المعارضة الموريتانية")', () => {
    const a = parse('طالبت أحزاب المعارضة الموريتانية، اليوم الاثنين، بتشكيل لجنة مستقلة، معتبرة أن اللجنة الحالية فقدت ثقة الفاعلين السياسيين بشكل كامل.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['أحزاب المعارضة الموريتانية']);
  });

  it('never merges a two-word name with the father\'s name after ولد or بن in a longer one ("محمد الأمين", "محمد أحمد ولد محمد الأمين")', () => {
    const a = parse('وقال النائب المعارض محمد الأمين إن "الحوار مجرد مضيعة للوقت".', 'ونقل عن وزير الداخلية محمد أحمد ولد محمد الأمين قوله إن "الحكومة منفتحة على كل المقترحات".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد الأمين', 'النائب المعارض'], ['محمد أحمد ولد محمد الأمين', 'وزير الداخلية']]);
  });

  it('reads "م." and "أ.د." before a name as titles, never a sentence\'s end ("المتحدث الرسمي لأمانة جدة م. محمد البقمي أن …")', () => {
    const a = parse('وأوضح المتحدث الرسمي لأمانة جدة م. محمد البقمي لـ«المدينة» أن المشروع سيسهم في خفض زمن الرحلة بنسبة 40%.', 'من جانبه، قال أستاذ هندسة النقل أ.د. سعيد الغامدي إن تطوير المحاور «خطوة مهمة، لكنها لا تغني عن تطوير النقل العام».');
    expect(indirect(a)).toEqual([{ text: 'المشروع سيسهم في خفض زمن الرحلة بنسبة 40%', speaker: 'محمد البقمي' }]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['محمد البقمي', 'المتحدث الرسمي لأمانة جدة'], ['سعيد الغامدي', 'أستاذ هندسة النقل']]);
    // (after a year, "م." is the era and ends the sentence)
    expect(speech(parse('وافتتح المبنى عام 1990 م. وقال الوزير إن "الأسعار سترتفع قريبا".')).map((q) => q.speaker)).toEqual(['الوزير']);
  });

  it('reads the pronoun before a verb ("وهي تصف لحظة وصولها: …") as its subject, never the object after it', () => {
    const a = parse('أما الحاجة فاطمة الزهراء بنسعيد، القادمة من مدينة فاس المغربية، فلم تتمالك دموعها وهي تصف لحظة وصولها: "انتظرت هذه اللحظة ثلاثين عاما".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['فاطمة الزهراء بنسعيد']);
  });

  it('reads a nisba in the sound plural after a body\'s genitive with لل as part of its name ("الاتحاد العام للعمال الجزائريين")', () => {
    const a = parse('ورحب الاتحاد العام للعمال الجزائريين بالقرار، معتبرا في بيان أنه خطوة أولى نحو أجر يضمن العيش الكريم.');
    expect(a.speakers.map((s) => s.name)).toEqual(['الاتحاد العام للعمال الجزائريين']);
    // (a plural that is no nisba after the genitive is what the body asks of: "طالب الاتحاد العام للشغل المسؤولين")
    expect(parse('وطالب الاتحاد العام للشغل المسؤولين بالتدخل، مؤكدا أن الوضع لم يعد يحتمل أي تأخير.').speakers.map((s) => s.name)).toEqual(['الاتحاد العام للشغل']);
  });

  it('ends reported words at a colon that opens a quote, before the verb that opens it ("… بالصعبة وقال: «…»")', () => {
    const a = parse('ووالدها، محمد الهادي، سائق سيارة أجرة، يقول إنه اقترض المال لدفع ثمن الدروس الخصوصية: "كل ما أملك أنفقته على دراستها".');
    expect(indirect(a)).toEqual([{ text: 'إنه اقترض المال لدفع ثمن الدروس الخصوصية', speaker: 'محمد الهادي' }]);
    const b = parse('وأكد المدرب جورج إيفانوف أن المنتخب لديه أفضل مما ظهر به في المباريات الماضية وقال: "سنقدم مباراة كبيرة جدا أمام تونس".');
    expect(indirect(b)).toEqual([{ text: 'المنتخب لديه أفضل مما ظهر به في المباريات الماضية', speaker: 'جورج إيفانوف' }]);
  });

  it('reads "وبيّن" printed with its shadda as a speech verb, and "وبين" without it as "and between"', () => {
    const first = 'وأكد رئيس جمعية منتجي التمور بالأحساء، عبدالله البراك، أن إنتاج المحافظة تجاوز 150 ألف طن هذا العام.';
    expect(indirect(parse(first, 'وبيّن البراك أن الجمعية وقعت اتفاقيات تصدير مع شركات في ثلاث دول آسيوية.')).map((q) => q.text)).toContain('الجمعية وقعت اتفاقيات تصدير مع شركات في ثلاث دول آسيوية');
    expect(indirect(parse(first, 'وبين البراك وزملائه أن الخلافات قديمة حول الأسعار في السوق.')).map((q) => q.text)).toEqual(['إنتاج المحافظة تجاوز 150 ألف طن هذا العام']);
  });

  it('reads a variety or a breed named in quote marks ("صنف «الخلاص»") as a name, no quote', () => {
    const a = parse('وأكد رئيس الجمعية عبدالله البراك أن صنف «الخلاص» يتصدر المبيعات هذا الموسم في الأسواق.');
    expect(speech(a)).toEqual([]);
  });

  it('reads the Tunisian delegate ("المعتمد الأول بالولاية، سمير الزواري،") as a title, and "المعتمد" after a noun as "accredited"', () => {
    const a = parse('من جهته، أكد المعتمد الأول بالولاية، سمير الزواري، أنّ لجنة جهوية ستتابع تقدّم الأشغال بصفة شهرية.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['سمير الزواري', 'المعتمد الأول بالولاية']]);
    expect(indirect(parse('وقالت وزارة التربية إن البرنامج المعتمد سيطبق في كل المدارس بداية من العام المقبل.'))).toEqual([{ text: 'البرنامج المعتمد سيطبق في كل المدارس بداية من العام المقبل', speaker: 'وزارة التربية' }]);
  });

  it('reads an unlisted definite noun and its nisba before a name of two words as the description ("المشاركة الفرنسية لورانس بوليه")', () => {
    const a = parse('وقالت المشاركة الفرنسية لورانس بوليه "كان الكيلومتر الأول جيدا، لكننا تهنا بعد ذلك".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['لورانس بوليه', 'المشاركة الفرنسية']]);
    const b = parse('وأوضحت المطوفة سعاد بوان أن الموسم يسير بسلاسة هذا العام رغم ارتفاع درجات الحرارة.');
    expect(indirect(b)).toEqual([{ text: 'الموسم يسير بسلاسة هذا العام رغم ارتفاع درجات الحرارة', speaker: 'سعاد بوان' }]);
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['سعاد بوان', 'المطوفة']]);
    // (a body's head before its own name is still the body: "وقالت الوزارة الأردنية …")
    expect(indirect(parse('وقالت الوزارة الأردنية إن الحدود ستبقى مفتوحة أمام الشاحنات خلال الأسبوع المقبل.')).map((q) => q.speaker)).toEqual(['الوزارة الأردنية']);
  });

  it('never names a speaker "فعل" ("إذا قال فعل") or "سلسلة" ("أطلقت سلسلة تغريدات أكدت فيها")', () => {
    const a = parse('فالأمير على ما يبدو إذا قال فعل، فقد كان رهان الخصوم أن التهديد مجرد كلام لن يتحقق على الأرض.');
    expect(a.speakers.map((s) => s.name)).not.toContain('فعل');
    const b = parse('وأطلقت الهيئة العامة للطيران المدني سلسلة تغريدات أكدت فيها أن الحادث "يحظى بمتابعة من قبل مكتب التحقيقات".');
    expect(b.speakers.map((s) => s.name)).not.toContain('سلسلة');
  });

  it('reads "بروفسور" before a family name as an honorific, no part of the name', () => {
    const a = parse('وقالت كارول روتر، أستاذة الأدب في جامعة وارويك، إن المسرحية تحتمل قراءات كثيرة.', 'أما بروفسور روتر فقالت "أعتقد أن كل شخصية على الخشبة تحمل شيئا من الكاتب".');
    expect(a.speakers.map((s) => s.name)).toEqual(['كارول روتر']);
    expect(speech(a).map((q) => q.speaker)).toEqual(['كارول روتر']);
    // (named first with the title, the speaker is the family name alone)
    expect(parse('وقالت بروفسور روتر "أعتقد أن كل شخصية على الخشبة تحمل شيئا من الكاتب".').speakers.map((s) => s.name)).toEqual(['روتر']);
  });

  it('reads "بين" and a second definite noun joined by و after a ب genitive as the title\'s ("المكلفة بالمساواة بين الرجال والنساء")', () => {
    const a = parse('واعتبرت وزيرة الدولة المكلفة بالمساواة بين الرجال والنساء مارلين شيابا أن الأمر "إسلام سياسي".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['مارلين شيابا', 'وزيرة الدولة المكلفة بالمساواة بين الرجال والنساء']]);
    expect(speech(a)).toEqual([{ text: 'إسلام سياسي', kind: 'partial', speaker: 'مارلين شيابا' }]);
    // ("مع البرلمان": a definite body's head before the name is no construct with it, the name is the speaker's)
    const b = parse('وقال الوزير المكلف بالعلاقات مع البرلمان مصطفى الخلفي إن الحكومة ستقدم مشروع القانون قبل نهاية الدورة.');
    expect(indirect(b)).toEqual([{ text: 'الحكومة ستقدم مشروع القانون قبل نهاية الدورة', speaker: 'مصطفى الخلفي' }]);
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['مصطفى الخلفي', 'الوزير المكلف بالعلاقات مع البرلمان']]);
  });

  it('reads a given name that is also a common word after a trade with the article ("المعلمة صباح بوان", "المزارع عيد الحربي")', () => {
    const a = parse('وأوضحت المعلمة صباح بوان أن المدرسة تحتاج إلى صيانة عاجلة قبل بداية العام الدراسي المقبل.');
    expect(indirect(a)).toEqual([{ text: 'المدرسة تحتاج إلى صيانة عاجلة قبل بداية العام الدراسي المقبل', speaker: 'صباح بوان' }]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['صباح بوان', 'المعلمة']]);
    const b = parse('وقال المزارع عيد الحربي إن الأمطار الأخيرة أنقذت محصول القمح هذا الموسم بعد سنوات من الجفاف.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['عيد الحربي', 'المزارع']]);
    const c = parse('وقالت الطالبة رحمة يوسف: «كانت الامتحانات صعبة على الجميع هذا العام».');
    expect(speech(c).map((q) => q.speaker)).toEqual(['رحمة يوسف']);
    // (the common word before "اليوم" is the morning, no name: nobody is named)
    const d = parse('وقال الموظف صباح اليوم إن السوق يعاني ركودا غير مسبوق منذ بداية العام الحالي.');
    expect(d.speakers.map((s) => s.name)).toEqual([]);
  });

  it('reads a given name that is also a common word after an unlisted definite noun ("المطوفة صباح القرني")', () => {
    const a = parse('وأكدت المطوفة صباح القرني أن موسم الحج هذا العام شهد تنظيما أفضل من الأعوام السابقة، قائلة: «الخدمات تحسنت كثيرا».');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'صباح القرني'], ['direct', 'صباح القرني']]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['صباح القرني', 'المطوفة']]);
    // (the morning before a day's word names nobody)
    const b = parse('وأكدت المطوفة صباح اليوم أن موسم الحج هذا العام شهد تنظيما أفضل من الأعوام السابقة.');
    expect(b.speakers.map((s) => s.name)).toEqual([]);
  });

  it('reads an unlisted definite noun before a given name and a family name with the article as a description ("المتطوع أحمد الزهراني")', () => {
    const said = 'أن موسم الحج هذا العام شهد تنظيما أفضل من الأعوام السابقة.';
    const a = parse(`وأكد المتطوع أحمد الزهراني ${said}`);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أحمد الزهراني', 'المتطوع']]);
    const b = parse(`وأكد الزائر الأردني خالد العمري ${said}`);
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['خالد العمري', 'الزائر الأردني']]);
    const c = parse(`وأكدت المتطوعة رجاء الحسن ${said}`);
    expect(c.speakers.map((s) => [s.name, s.role])).toEqual([['رجاء الحسن', 'المتطوعة']]);
    // (a given name printed with the article opens the name itself)
    const d = parse(`وأكد الحسين أحمد العلوي ${said}`);
    expect(d.speakers.map((s) => s.name)).toEqual(['الحسين أحمد العلوي']);
  });

  it('points a title back to a person by a second role the person was later printed with ("للمهندسة سلمى العطار")', () => {
    const a = parse(
      'تواجه سلمى العطار، رئيسة رابطة طلبة الهندسة في جامعة القاهرة، قرارا بالفصل أثار موجة واسعة من الانتقادات.',
      'ووجهت إدارة الجامعة إنذارا للمهندسة سلمى العطار قبل أسبوع من القرار بسبب تنظيم وقفة احتجاجية داخل الحرم.',
      'وقالت المهندسة المصرية "سألجأ إلى القضاء لإلغاء القرار، فأنا لم أرتكب أي مخالفة".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['سلمى العطار']);
    expect(a.speakers.map((s) => s.name)).toEqual(['سلمى العطار']);
  });

  it('never reads the words said, opening on a particle in quote marks, as a title\'s tail and a name ("المهندسة المصرية "لم أرتكب …"")', () => {
    const a = parse('وقالت المهندسة المصرية "لم أرتكب أي مخالفة، وسألجأ إلى القضاء لإلغاء القرار".');
    expect(speech(a)).toEqual([{ text: 'لم أرتكب أي مخالفة، وسألجأ إلى القضاء لإلغاء القرار', kind: 'direct', speaker: 'المهندسة المصرية' }]);
    // (a name in quote marks after the title's tail is still the name)
    const b = parse('وقال الموظف بإحدى شركات الألبان «سامر غزال»، إن الإنتاج تراجع بشكل كبير خلال الأشهر الماضية.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['سامر غزال', 'الموظف بإحدى شركات الألبان']]);
  });

  it('reads a bare title that is also a given name, after a title with the article, as the name ("الروائي طالب الرفاعي", "الطالب أمير حسن")', () => {
    const a = parse('وقال الروائي طالب الرفاعي إن الجائزة تمثل دعما كبيرا للأدب العربي في المرحلة المقبلة.');
    expect(indirect(a)).toEqual([{ text: 'الجائزة تمثل دعما كبيرا للأدب العربي في المرحلة المقبلة', speaker: 'طالب الرفاعي' }]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['طالب الرفاعي', 'الروائي']]);
    const b = parse('وقال الطالب أمير حسن إن الامتحانات كانت صعبة هذا العام مقارنة بالأعوام الماضية.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['أمير حسن', 'الطالب']]);
    const c = parse('وقال الأمير طالب بن محمد إن المشروع سينتهي قبل نهاية العام الجاري بحسب الخطة.');
    expect(c.speakers.map((s) => [s.name, s.role])).toEqual([['طالب بن محمد', 'الأمير']]);
    // (before a place the bare title keeps its genitive: the emir of Qatar is not named "أمير")
    const d = parse('وقال الشيخ تميم بن حمد أمير قطر إن بلاده ستواصل دعم جهود الوساطة في المنطقة.');
    expect(d.speakers.map((s) => s.name)).toEqual(['تميم بن حمد']);
  });

  it('ends a description after "وهو" where who was told begins, and reads a body\'s quoted name after its head glued to ل', () => {
    const a = parse('وقال أدهم باشو وهو سياسي محلي لرويترز عبر الهاتف «سيارات الإسعاف وصلت إلى المكان بعد ساعة كاملة».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أدهم باشو', 'سياسي محلي']]);
    const b = parse('وقال سمير وهو مزارع من الجنوب للصحفيين إن المحصول تراجع إلى النصف هذا الموسم.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['سمير', 'مزارع من الجنوب']]);
    const c = parse('وأكد بيار هنري المدير العام لمنظمة "فرنسا أرض لجوء" غير الحكومية الذي كان حاضرا، أن "هذا النوع من العمليات لا يحل المشكلة".');
    expect(c.speakers.map((s) => [s.name, s.role])).toEqual([['بيار هنري', 'المدير العام لمنظمة "فرنسا أرض لجوء"']]);
    // (a club of two words after the title is the title's, the name follows it)
    const d = parse('وقال رئيس نادي ريفر بليت رودولفو دونوفريو إن اللاعب لم يوقع أي عقد مع النادي السعودي حتى الآن.');
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([['رودولفو دونوفريو', 'رئيس نادي ريفر بليت']]);
  });

  it('reads "وبحسب X، فإن …" and "ووفقا لـX، فإن …" opening a sentence as X\'s reported words', () => {
    const a = parse('وبحسب وزير الصحة خالد عبد الغفار، فإن المستشفيات ستعمل بكامل طاقتها خلال أيام العيد.');
    expect(indirect(a)).toEqual([{ text: 'المستشفيات ستعمل بكامل طاقتها خلال أيام العيد', speaker: 'خالد عبد الغفار' }]);
    expect(a.quotes[0]!.cue).toBe('وبحسب');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['خالد عبد الغفار', 'وزير الصحة']]);
    // (ل glued to the name's first word is no part of the name or the title)
    const b = parse('ووفقا لوزارة الصحة الفلسطينية، فإن عدد الضحايا ارتفع إلى خمسين شخصا منذ الصباح.');
    expect(indirect(b)).toEqual([{ text: 'عدد الضحايا ارتفع إلى خمسين شخصا منذ الصباح', speaker: 'وزارة الصحة الفلسطينية' }]);
    const c = parse('وطبقا للمتحدث باسم الشرطة أحمد علي فإن الحادث وقع في ساعة متأخرة من الليل.');
    expect(c.speakers.map((s) => [s.name, s.role])).toEqual([['أحمد علي', 'المتحدث باسم الشرطة']]);
    // ("what X said": the verb of saying and its pronoun between the phrase and the speaker; "وفق" without ل)
    const d = parse('ووفق ما صرح به وزير الاقتصاد محمد العلي، فإن الحكومة ستواصل دعم القطاع الخاص هذا العام.');
    expect(indirect(d)).toEqual([{ text: 'الحكومة ستواصل دعم القطاع الخاص هذا العام', speaker: 'محمد العلي' }]);
    expect(indirect(parse('ووفقا لما أعلنته وزارة الصحة، فإن عدد الإصابات ارتفع إلى خمسين حالة.')).map((q) => q.speaker)).toEqual(['وزارة الصحة']);
    // (a newspaper that published it relays, it does not speak)
    expect(parse('وبحسب ما نشرته صحيفة الغارديان، فإن المفاوضات ستستأنف الأسبوع المقبل في جنيف.').quotes).toEqual([]);
    // a report's figures, an unnamed official and a clause inside the sentence are nobody's words here
    expect(parse('وبحسب التقرير، فإن عائدات النفط ارتفعت بنسبة كبيرة خلال الربع الأول من العام.').quotes).toEqual([]);
    expect(parse('ووفقا لإحصاءات البنك الدولي، فإن النمو سيتباطأ العام المقبل في المنطقة.').quotes).toEqual([]);
    expect(parse('وبحسب مسؤول في الإدارة فإن الأمر سيستغرق نحو شهرين قبل إقرار القائمة.').quotes).toEqual([]);
    expect(parse('وارتفعت الأسعار بحسب وزير التجارة سامي علي، فإن التجار رفعوا أسعارهم دون مبرر.').quotes).toEqual([]);
  });

  it('leaves the current voice to the verb after an "according to" phrase ("وبحسب فاطمة …" then "ولاحظ المتدخل")', () => {
    const a = parse(
      'وبحسب فاطمة الشرفي، فإن الظاهرة معقدة وتحددها عوامل عديدة. وأعلنت أنه يجري إعداد سجل وطني للحالات.',
      'من جانبه، قدم الدكتور مهدي بن خليل حصيلة للظاهرة في البلاد. ولاحظ المتدخل أن غالبية الحالات من الذكور، مضيفا أن نسبة الشباب ارتفعت بعد عام 2011.',
    );
    expect(indirect(a).map((q) => q.speaker)).not.toContain(null);
    expect(indirect(a).filter((q) => q.text.includes('الشباب')).map((q) => q.speaker)).not.toContain('فاطمة الشرفي');
  });

  it('reads a trade of sport or the arts with nationality adjectives ("اللاعب التشيلي الدولي") as the person named before, never a name', () => {
    const a = parse('قال أليكسيس سانشيز إنه توقع تقديم الكثير منذ انتقاله إلى مانشستر يونايتد. وأشار اللاعب التشيلي الدولي الذي أحرز هدفا وحيدا إلى أنه عانى للتأقلم بعد انتقاله "المفاجئ" في يناير.');
    expect(a.quotes.map((q) => q.speaker)).not.toContain('اللاعب التشيلي الدولي');
    expect(speech(a)).toEqual([{ text: 'المفاجئ', kind: 'partial', speaker: 'أليكسيس سانشيز' }]);
    expect(a.speakers.map((s) => s.name)).toEqual(['أليكسيس سانشيز']);
    // (named in the paragraph before, the one speaking)
    const b = parse('وصرح فرناندو توريس للصحفيين "ينقصني الفوز ببطولة الدوري مع هذا الفريق".', 'وأوضح المهاجم الدولي أن عودته هدفها "استكمال مرحلة" بدأها قبل سنوات.');
    expect(speech(b).map((q) => q.speaker)).toEqual(['فرناندو توريس', 'فرناندو توريس']);
    // (a coach is a title: it points back to the coach, not to the player the sentence names)
    const c = parse('وقال باتشيكو، المدرب البرتغالي للفريق: "الهزيمة قاسية، لكننا لن نستسلم أبدا".', 'وعن غياب المهاجم عمرو الجزار، أوضح المدرب أن اللاعب يعاني من إصابة في العضلة الخلفية وسيغيب أسبوعين.');
    expect(c.quotes.map((q) => q.speaker)).not.toContain('عمرو الجزار');
    // (the one speaking before holds another title: the player is not the coach)
    const d = parse('وقال المدرب جمال سلامي: "قدمنا مباراة كبيرة أمام منافس قوي".', 'وقال اللاعب المغربي: "سعيد بالهدف الذي سجلته الليلة".');
    expect(speech(d).map((q) => q.speaker)).not.toEqual(['جمال سلامي', 'جمال سلامي']);
  });
});

describe('twenty-seventh round: a short quote with a number after إن, "الأمن العام" in a title, names compounded with "الله"', () => {
  it('reads a short quote holding a number, after إن or أن and ending the sentence, as words said, and a name in quotes before its predicate as a name', () => {
    expect(speech(parse('وأضافت المتحدثة باسم الوزارة، سلمى العلي، أن "الخطة تشمل 5 محافظات".'))).toEqual([{ text: 'الخطة تشمل 5 محافظات', kind: 'direct', speaker: 'سلمى العلي' }]);
    // ("«رؤية 2030» ستغير …": the quote is the subject of إن, its predicate after it: a name)
    expect(parse('وقال الوزير سامي الحربي إن "رؤية 2030" ستغير وجه الاقتصاد خلال عقد.').quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
  });

  it('keeps "العام" ("general") in a title after a definite word of it, and reads "العام الماضي" as the year', () => {
    // (the spokeswoman named after the title, since an unnamed one is nobody in particular, as "المتحدثة" is)
    const general = parse('ولفتت الناطقة الإعلامية باسم الأمن العام رنا سالم إلى أن التحقيقات ما زالت جارية في الحادث.');
    expect(indirect(general)).toEqual([{ text: 'التحقيقات ما زالت جارية في الحادث', speaker: 'رنا سالم' }]);
    expect(general.speakers.map((s) => s.role)).toEqual(['الناطقة الإعلامية باسم الأمن العام']);
    const year = parse('وقال وزير الخارجية العام الماضي إن المفاوضات وصلت إلى طريق مسدود.');
    expect(year.speakers.map((s) => s.name)).toEqual(['وزير الخارجية']);
  });

  it('reads "عبيد الله", "حمد الله" as one given name of two words', () => {
    for (const name of ['عبيد الله المعايطة', 'حمد الله الزعبي']) {
      const a = parse(`وقال اللواء ${name} إن التحقيقات ما زالت جارية في الحادث.`);
      expect(indirect(a).map((q) => q.speaker), name).toEqual([name]);
    }
  });

  it('reads a body\'s own name after its head (quoted, or before a definite nisba adjective) as making the title definite, never a preposition', () => {
    const a = parse('أكد مدير شركة "إينيرغيا" الروسية لصناعات الفضاء أن روسيا والولايات المتحدة اتفقتا على إرسال سياح حول القمر.');
    expect(indirect(a)).toEqual([{ text: 'روسيا والولايات المتحدة اتفقتا على إرسال سياح حول القمر', speaker: 'مدير شركة "إينيرغيا" الروسية لصناعات الفضاء' }]);
    // ("an imam of a mosque from the Hui": indefinite, nobody named, no indirect quote)
    expect(indirect(parse('ونقلت رويترز عن إمام مسجد من الخوي، أنه يحظر على الأطفال ممارسة أي نوع من الأنشطة الدينية.'))).toEqual([]);
  });
});


describe('twenty-ninth round: a speaker\'s name as a label before a colon and a quote', () => {
  it('reads "سارة الحسن: «…»" and "الخبيرة الاقتصادية سارة الحسن: «…»" as the named person\'s words', () => {
    expect(speech(parse('سارة الحسن: "الخطة طموحة لكنها تحتاج إلى تمويل إضافي من المانحين".'))).toEqual([{ text: 'الخطة طموحة لكنها تحتاج إلى تمويل إضافي من المانحين', kind: 'direct', speaker: 'سارة الحسن' }]);
    const titled = parse('الخبيرة الاقتصادية سارة الحسن: «الخطة طموحة لكنها تحتاج إلى تمويل إضافي من المانحين».');
    expect(speech(titled).map((q) => q.speaker)).toEqual(['سارة الحسن']);
    expect(titled.speakers.map((s) => s.name)).toEqual(['سارة الحسن']);
  });

  it('never reads a heading\'s or a source\'s label before the colon as a speaker', () => {
    expect(parse('تحت عنوان: "مرحلة التحول الكبرى في الاقتصاد الوطني"، نشرت الصحيفة تقريرا مطولا عن الموازنة.').quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
    expect(speech(parse('المصدر: "وكالة الأنباء الرسمية نقلا عن مصادر مطلعة في الحكومة".')).map((q) => q.speaker)).toEqual([null]);
    // (a label past a sentence's opening words is no speaker's: the words before the colon are the sentence's own)
    const long = parse('وكتبت الصحيفة في افتتاحيتها اليوم تحت عنوان كبير: "الخطة طموحة لكنها تحتاج إلى تمويل إضافي من المانحين".');
    expect(speech(long).map((q) => q.speaker)).not.toContain('الصحيفة في افتتاحيتها');
  });
});

describe('thirtieth round: "ووفقا لـX فإن «…»", ل glued to the name before a quote', () => {
  it('reads the name after "ووفقا لـ" or "طبقا لـ" as the speaker of the quote after فإن, an apposition in commas between or not', () => {
    for (const lead of ['ووفقا لسارة الحسن فإن', 'ووفقا لسارة الحسن، الخبيرة الاقتصادية، فإن', 'وطبقا للخبيرة الاقتصادية سارة الحسن، فإن']) {
      const a = parse(`${lead} «الخطة تحتاج إلى تمويل إضافي كبير خلال العام المقبل».`);
      expect(speech(a), lead).toEqual([{ text: 'الخطة تحتاج إلى تمويل إضافي كبير خلال العام المقبل', kind: 'direct', speaker: 'سارة الحسن' }]);
      // (the name registered from the apposition holds neither "ووفقا" nor the glued ل)
      expect(a.speakers.map((s) => s.name), lead).toEqual(['سارة الحسن']);
    }
  });

  it('never reads a body whose name is quoted right after "وفقا لـ" as speaking it', () => {
    const a = parse('وتعيش الأقليات المسلمة هناك منذ أكثر من ألف عام، وفقاً للمركز الأمريكي "بيو" للأبحاث.');
    expect(a.quotes.map((q) => q.speaker)).not.toContain('المركز الأمريكي');
  });
});

describe('thirty-first round: an aside on the speaker after "بحسب X", the object of "وصف" before "بأنه"', () => {
  it('reads the name before an aside opened by "وهي" or "وهو" as the speaker of the quote after فإن', () => {
    for (const lead of ['وبحسب سارة الحسن، وهي خبيرة اقتصادية، فإن', 'ووفقا لسارة الحسن، وهي أستاذة الاقتصاد في الجامعة الأردنية منذ سنوات، فإن']) {
      const a = parse(`${lead} «الخطة تحتاج إلى تمويل إضافي كبير خلال العام المقبل».`);
      expect(speech(a), lead).toEqual([{ text: 'الخطة تحتاج إلى تمويل إضافي كبير خلال العام المقبل', kind: 'direct', speaker: 'سارة الحسن' }]);
    }
  });

  it('reads ب and a noun in ة after a given name, closing the name before the particle, as the family name', () => {
    for (const [sentence, speaker] of [
      ['وقال المحلل السياسي مروان بشارة إن "المنطقة مقبلة على تصعيد خطير".', 'مروان بشارة'],
      ['وقالت الناشطة ريم بشارة: "المنطقة مقبلة على تصعيد خطير".', 'ريم بشارة'],
      // (a manner's adverb there is no name; nor ب and a noun that does not close the phrase)
      ['وقال محمد بصراحة إن "المنطقة مقبلة على تصعيد خطير".', 'محمد'],
      ['وقال محمد بطريقة ساخرة إن "المنطقة مقبلة على تصعيد خطير".', 'محمد'],
    ] as const) {
      expect(parse(sentence).quotes.map((q) => q.speaker), sentence).toEqual([speaker]);
    }
  });

  it('leaves the definite word before "بأنه" out of the speaker of a describing verb', () => {
    for (const [sentence, speaker] of [
      ['ووصف النائب محمد عبد العزيز القرار بأنه «كارثي بكل المقاييس».', 'محمد عبد العزيز'],
      ['ووصفت الناشطة سارة الحسن الأحكام بأنها «جائرة».', 'سارة الحسن'],
      // (with the object glued to the verb the whole name speaks)
      ['ووصفه محمد عبد العزيز الفهيد بأنه «رجل دولة».', 'محمد عبد العزيز الفهيد'],
    ] as const) {
      expect(parse(sentence).quotes.map((q) => q.speaker), sentence).toEqual([speaker]);
    }
  });
});

/** Each sentence, parsed alone, gives one quote with the speaker beside it. */
function expectSpeakers(cases: readonly (readonly [string, string | null])[]): void {
  for (const [sentence, speaker] of cases) expect(parse(sentence).quotes.map((q) => q.speaker), sentence).toEqual([speaker]);
}

describe('thirty-second round: "X الله" names after verbs of judging, singular titles in ين, princes\' names, "بحسب تصريح لـ"', () => {
  it('keeps "الله" in a name it closes after a verb whose object may follow ("اعتبر", "يرى")', () => {
    expectSpeakers([
      ['واعتبر النائب حسن فضل الله أن "ما جرى اعتداء سافر على السيادة".', 'حسن فضل الله'],
      ['ويرى الخبير الاقتصادي أحمد ذكر الله أن الأسواق ستشهد تقلبات حادة خلال الأشهر المقبلة.', 'أحمد ذكر الله'],
      // (a definite object after a full name is still left out: "دعا الوزير سمير داود الأطراف")
      ['ودعا الوزير سمير نبيل داود الأطراف إلى "ضبط النفس".', 'سمير نبيل داود'],
    ]);
  });

  it('reads a singular title in ين ("الأمين العام") after "دعا" as the subject, a definite plural in ين as the object', () => {
    expectSpeakers([
      ['ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى "وقف فوري لإطلاق النار".', 'أنطونيو غوتيريش'],
      ['وطالب الأمين العام للجامعة العربية أحمد أبو الغيط بـ"تحرك دولي عاجل".', 'أحمد أبو الغيط'],
      ['ودعا المواطنين إلى "التزام منازلهم".', null],
    ]);
  });

  it('reads "many" standing alone as nobody named', () => {
    const a = parse('وارتدت الممثلة سلمى فؤاد فستانا اعتبره العديدون "فاضحا" ومخالفا للتقاليد.');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['فاضحا', null]]);
  });

  it('reads a given name with the article before "بن" as the name\'s first word, after a title or alone', () => {
    expectSpeakers([
      ['وقال الأمير الوليد بن طلال إن "الاستثمار في السوق مستمر".', 'الوليد بن طلال'],
      ['وأكد الحسن بن طلال أن "الحوار بين الأديان ضرورة".', 'الحسن بن طلال'],
      // (a title alone before "بن" and a name still stands apart: "الرئيس بن علي")
      ['وقال الرئيس بن علي إن "البلاد آمنة".', 'بن علي'],
    ]);
  });

  it('leaves a title before بال and the body it serves, past a full name, out of the name', () => {
    expectSpeakers([
      ['وقال الدكتور عبدالله بن عبدالعزيز الربيعة المستشار بالديوان الملكي إن "المساعدات ستصل".', 'عبدالله بن عبدالعزيز الربيعة'],
      ['وأكد سامي بن خالد العتيبي المدير بالهيئة العامة للإحصاء أن "الأرقام دقيقة".', 'سامي بن خالد العتيبي'],
      // (a family name that is a title, after a given name, stays: "محمد القاضي")
      ['وقال محمد القاضي بالمحكمة إن "المساعدات ستصل".', 'محمد القاضي'],
    ]);
  });

  it('reads a listed club after a coach\'s or a chairman\'s title as the title\'s, and the name after it', () => {
    expectSpeakers([
      ['وقال مدرب ريال مدريد كارلو أنشيلوتي في المؤتمر الصحفي: "الفريق لعب بشكل رائع".', 'كارلو أنشيلوتي'],
      ['وأكد رئيس مانشستر يونايتد جيم راتكليف أن "النادي سيعود إلى القمة".', 'جيم راتكليف'],
      ['وقال مدرب باريس سان جيرمان لويس إنريكي إن "الفريق لعب بشكل رائع".', 'لويس إنريكي'],
      // (after "نادي" the club was the title's already)
      ['وقال رئيس نادي برشلونة خوان لابورتا إن "الفريق لعب بشكل رائع".', 'خوان لابورتا'],
    ]);
  });

  it('leaves an adjective of a rank ("المتقاعد", "الركن") out of the name after it', () => {
    expectSpeakers([
      ['وأوضح الخبير في الشأن الأمني، العقيد المتقاعد حاتم الفلاحي، أن "المنطقة تشهد تصعيدا".', 'حاتم الفلاحي'],
      ['وقال الخبير العسكري العميد الركن ناجي ملاعب إن "الجبهة هادئة".', 'ناجي ملاعب'],
    ]);
  });

  it('reads the one after ل glued to a speech noun after "بحسب" as the speaker, never an outlet', () => {
    expectSpeakers([
      ['وحسب تصريح لرئيس الجمعية، عبد الرحيم بنعلي، فإن «الوضع كارثي بكل المقاييس».', 'عبد الرحيم بنعلي'],
      ['وبحسب تصريحات لوزير المالية محمد الجدعان، فإن "الميزانية ستحقق فائضا".', 'محمد الجدعان'],
      ['وحسب حديث للمتحدث باسم الوزارة أحمد حافظ، فإن "المفاوضات مستمرة".', 'أحمد حافظ'],
      ['وبحسب تصريح لوكالة الأنباء الفرنسية، فإن "الميزانية ستحقق فائضا".', null],
    ]);
  });
});

describe('thirty-third round: a body\'s name before the plural it calls on, a place\'s nisba closing a name before the object', () => {
  it('leaves a definite plural in ين out of a body\'s name it follows ("ودعت الوزارة المواطنين إلى")', () => {
    expectSpeakers([
      ['ودعت الوزارة المواطنين إلى "التزام منازلهم".', 'الوزارة'],
      ['ودعت وزارة الداخلية المقيمين إلى "تحديث بياناتهم".', 'وزارة الداخلية'],
      ['وحث الاتحاد الأوروبي المستثمرين على "عدم الذعر".', 'الاتحاد الأوروبي'],
      ['ودعت الحكومة الطرفين إلى "ضبط النفس".', 'الحكومة'],
      // (a plural that agrees with a plural before it is the name's: "جماعة الإخوان المسلمين"; a place is no plural)
      ['وقالت جماعة الإخوان المسلمين إن "الانتخابات مزورة".', 'جماعة الإخوان المسلمين'],
      ['وقالت حكومة البحرين إن "الأمن مستتب".', 'حكومة البحرين'],
    ]);
  });

  it('keeps a place\'s nisba as the family name after a verb whose object follows ("وطالب … السوداني بـ")', () => {
    expectSpeakers([
      ['وطالب رئيس الوزراء محمد شياع السوداني بـ"وقف التدخلات الخارجية".', 'محمد شياع السوداني'],
      ['ودعا النائب أحمد محمد العراقي الحكومة إلى "الاستقالة".', 'أحمد محمد العراقي'],
      // (a definite noun in ي that is no place's nisba is still the object: "الأهالي")
      ['ودعا الوزير خالد سعيد علي الأهالي إلى "التعاون مع فرق الإنقاذ".', 'خالد سعيد علي'],
    ]);
  });
});

describe('thirty-fourth round: a body\'s head before what it calls for, "وطالب المحتجون بـ", an object with a pronoun', () => {
  it('reads a quote after a body\'s head and the preposition a verb of calling governs as called for, no name', () => {
    expect(speech(parse('ودعت منظمة الصحة العالمية إلى "توخي الحذر" في السفر.'))).toEqual([{ text: 'توخي الحذر', kind: 'partial', speaker: 'منظمة الصحة العالمية' }]);
    expectSpeakers([
      ['ودعت منظمة العفو الدولية إلى "الإفراج الفوري عن المعتقلين".', 'منظمة العفو الدولية'],
      ['ودعت المنظمة إلى "توخي الحذر".', 'المنظمة'],
      ['وحثت جماعة الحوثي على "التظاهر السلمي".', 'جماعة الحوثي'],
    ]);
    // (a naming word there still names: "ما يسمى بـ…", "يصطلح عليها بـ…"; a body's name right after its head too)
    expect(parse('وأضافت أن الصندوق يوفر ما يسمى بـ"حق الاستخدام الشامل" لكل المناطق.').quotes).toEqual([]);
    expect(parse('وأشار إلى أن الدوائر التي يصطلح عليها بـ"دوائر الموت" تشهد منافسة حادة.').quotes).toEqual([]);
    expect(parse('وقال إن منظمة "أطباء بلا حدود" أرسلت فريقا طبيا.').quotes.filter((q) => q.text === 'أطباء بلا حدود')).toEqual([]);
  });

  it('reads "وطالب" as the verb before a definite plural in ون or a definite word and بـ printed apart', () => {
    expect(speech(parse('وطالب المحتجون بـ"إسقاط الحكومة" خلال مسيرة وسط العاصمة.'))).toEqual([{ text: 'إسقاط الحكومة', kind: 'partial', speaker: null }]);
    expectSpeakers([
      ['وطالب السكان بـ"حلول عاجلة" لأزمة المياه.', 'السكان'],
      ['وطالب الأهالي بـ"حلول عاجلة" لأزمة المياه.', 'الأهالي'],
    ]);
    // ("طالب" before a definite word and nothing of the kind is still "a student of": no cue, no quote of one word)
    expect(parse('وطالب الجامعة "المتفوق" حصل على منحة دراسية كاملة.').quotes).toEqual([]);
  });

  it('leaves a word with "her", "their" or "his" after a hamza out of a body\'s name before what it calls for', () => {
    expectSpeakers([
      ['ودعت حركة حماس أنصارها إلى "التظاهر السلمي".', 'حركة حماس'],
      ['ودعت جماعة الإخوان المسلمين أنصارها إلى "التظاهر السلمي".', 'جماعة الإخوان المسلمين'],
      ['ودعت وزارة الصحة مواطنيها إلى "توخي الحذر".', 'وزارة الصحة'],
      ['ودعا حزب الأمة أعضاءه إلى "المشاركة الواسعة".', 'حزب الأمة'],
      ['وطالبت نقابة الصحفيين أعضاءها بـ"الالتزام بالميثاق".', 'نقابة الصحفيين'],
    ]);
  });

  it('reads "بحسب X" past where the words were said, closed by a comma, before the particle ("أمام البرلمان، فإن")', () => {
    expectSpeakers([
      ['وبحسب كلمة للرئيس الفلسطيني محمود عباس أمام الجمعية العامة، فإن "الاحتلال يجب أن ينتهي".', 'محمود عباس'],
      ['وبحسب وزير الخارجية أيمن الصفدي خلال مؤتمر صحفي، فإن "الأردن لن يقبل بالتهجير تحت أي ظرف".', 'أيمن الصفدي'],
    ]);
  });
});

describe('thirty-sixth round: the name "آن" is no particle; an outlet glued to ل after a relative names nobody', () => {
  it('reads "آن" (with its madda) as a name\'s first word, never the particle أن', () => {
    const a = parse('وأكدت وزيرة الخارجية السويدية آن ليندي، في مؤتمر صحفي مشترك مع نظيرها الأردني، أن بلادها "تدعم حل الدولتين".');
    expect(speech(a)).toEqual([{ text: 'تدعم حل الدولتين', kind: 'partial', speaker: 'آن ليندي' }]);
    // (no clause reported from the name on: the old reading took "ليندي، في مؤتمر صحفي …" for what was said)
    expect(indirect(a).some((q) => q.text.startsWith('ليندي'))).toBe(false);
    // (the verb "آن الأوان", "the time has come", is no particle either: nothing is reported from it)
    const b = parse('وقال الوزير سامي يوسف إنه آن الأوان لإصلاح النظام الضريبي في البلاد.');
    expect(indirect(b).map((q) => q.text)).not.toContain('الأوان لإصلاح النظام الضريبي في البلاد');
  });

  it('reads "رجل الأعمال", "سيدة الأعمال" and "رجل الدين" as titles before the name, never "a man" alone', () => {
    expectSpeakers([
      ['وقال رجل الأعمال نجيب ساويرس إن "الاستثمار يحتاج إلى استقرار".', 'نجيب ساويرس'],
      ['وقالت سيدة الأعمال هند الصبيح إن "الاستثمار يحتاج إلى استقرار".', 'هند الصبيح'],
      ['وقال رجل الدين الشيعي مقتدى الصدر إن "الإصلاح يبدأ من الداخل".', 'مقتدى الصدر'],
    ]);
    // ("a man" alone, and the businessman unnamed, are nobody in particular)
    for (const p of ['وقال رجل إن "الوضع صعب جدا هنا".', 'وقال رجل الأعمال إن "الوضع صعب جدا هنا".']) expect(speech(parse(p))[0]?.speaker, p).toBeNull();
  });

  it('names nobody in an outlet glued to ل after a relative or one of a group', () => {
    for (const p of ['وقالت والدة الضحية لبي بي سي: "كل ما أريده هو العدالة لابني".', 'وقال أحد السكان لبي بي سي إن الوضع "مأساوي تماما".']) {
      const a = parse(p);
      expect(a.quotes.length, p).toBeGreaterThan(0);
      expect(a.quotes.map((q) => q.speaker), p).toEqual(a.quotes.map(() => null));
    }
    // (a relative named after the pair is still the speaker)
    expect(speech(parse('وقالت والدة الضحية سعاد أحمد لبي بي سي: "كل ما أريده هو العدالة لابني".'))[0]?.speaker).toBe('سعاد أحمد');
  });
});

describe('thirty-seventh round: asking not to be named is no cue; a verb\'s object after a name is no part of it', () => {
  it('takes the verb before "طالبا عدم الكشف عن اسمه" as the cue, and its anonymous subject as nobody', () => {
    const a = parse('وقال أحد السكان، طالبا عدم الكشف عن اسمه: «لم نعد نحتمل».');
    expect(speech(a)).toEqual([{ text: 'لم نعد نحتمل', kind: 'direct', speaker: null }]);
    expect(a.quotes[0]?.cue).toBe('وقال');
    // (a named speaker before the withheld clause stays the speaker)
    expect(speech(parse('وقال الموظف أحمد، الذي طلب عدم الكشف عن هويته: «الرواتب متأخرة منذ شهرين».'))[0]?.speaker).toBe('أحمد');
  });

  it('ends the name before the noun its verb governs ("صحة الأنباء", "بعدم رفع", "أهمية التعاون")', () => {
    expectSpeakers([
      ['ونفى الناطق باسم الحكومة مهند مبيضين صحة الأنباء، مؤكدا أن «لا نية لرفع الأسعار».', 'مهند مبيضين'],
      ['وطالب النائب خليل عطية بعدم رفع الأسعار، قائلا: «المواطن لم يعد يحتمل».', 'خليل عطية'],
      ['وأكد وزير الخارجية سامر العلي أهمية التعاون الإقليمي، قائلا: «لا أحد ينجو وحده».', 'سامر العلي'],
    ]);
  });

  it('reads the family name "العبد الله" whole', () => {
    expectSpeakers([['وقالت الملكة رانيا العبد الله في مقابلة مع شبكة سي إن إن: «الأطفال في غزة يموتون كل يوم».', 'رانيا العبد الله']]);
  });

  it('takes a spokeswoman unnamed as a spokesman unnamed: nobody in particular', () => {
    for (const p of ['وقالت المتحدثة باسم الخارجية: «لا تعليق لدينا على هذه التقارير».', 'وقال المتحدث باسم الخارجية: «لا تعليق لدينا على هذه التقارير».']) {
      expect(speech(parse(p)), p).toEqual([{ text: 'لا تعليق لدينا على هذه التقارير', kind: 'direct', speaker: null }]);
    }
  });

  it('reads "ماكرون" as a name, never a plural of participles like "متظاهرون"', () => {
    expectSpeakers([
      ['وقال ماكرون في مؤتمر صحفي: «فرنسا تقف إلى جانب مصر في هذه الظروف الصعبة».', 'ماكرون'],
      ['وقال ماكرون إن فرنسا تقف إلى جانب مصر في هذه الظروف الصعبة.', 'ماكرون'],
    ]);
    // (a plural of participles is still nobody in particular)
    expect(speech(parse('وقال متظاهرون: «لن نغادر الساحة قبل تحقيق مطالبنا».'))[0]?.speaker).toBeNull();
  });

  it('reads the counterpart after ب as the one met, and a title of that nationality as the counterpart', () => {
    const a = parse(
      'التقى الرئيس عبد الفتاح السيسي بنظيره الفرنسي إيمانويل ماكرون في القاهرة.',
      'وقال السيسي إن مصر ترفض أي محاولة لتهجير الفلسطينيين.',
      'وأضاف الرئيس الفرنسي أن بلاده ستقدم مساعدات إضافية لمصر.',
    );
    expect(indirect(a).map((q) => q.speaker)).toEqual(['عبد الفتاح السيسي', 'إيمانويل ماكرون']);
    const b = parse('التقى وزير الخارجية أيمن الصفدي نظيره الفرنسي جان نويل بارو في عمان.', 'وقال الوزير الفرنسي إن باريس تدعم الأردن بقوة في هذه المرحلة.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['جان نويل بارو']);
    // (the president unqualified, or of his own nationality, is still the host)
    const c = parse('التقى الرئيس عبد الفتاح السيسي بنظيره الفرنسي إيمانويل ماكرون في القاهرة.', 'وقال الرئيس المصري إن بلاده ترفض التهجير بشكل قاطع ونهائي.');
    expect(indirect(c).map((q) => q.speaker)).toEqual(['عبد الفتاح السيسي']);
  });

  it('reads "روته" after a given name as the family name Rutte, never the verb "she told it"', () => {
    expectSpeakers([
      ['وقال رئيس الوزراء الهولندي مارك روته إن أوروبا يجب أن تتحمل مسؤولياتها.', 'مارك روته'],
      ['وقال الأمين العام لحلف الناتو مارك روته: «أوكرانيا تستحق دعمنا الكامل».', 'مارك روته'],
    ]);
    expect(parse('وقال رئيس الوزراء الهولندي مارك روته إن أوروبا يجب أن تتحمل مسؤولياتها.').quotes[0]?.cue).toBe('وقال');
  });

  it('ends the name before a verbal noun or an object the verb governs, and the title before "بالقول"', () => {
    expectSpeakers([
      ['ولم يستبعد وزير الدفاع الإسرائيلي يوآف غالانت توسيع العملية، قائلا: «كل الخيارات مطروحة».', 'يوآف غالانت'],
      ['ووجه النائب صالح العرموطي سؤالا للحكومة قال فيه: «أين ذهبت أموال المنحة؟».', 'صالح العرموطي'],
    ]);
    expect(parse('وتابع رئيس الحكومة بالقول إن الحكومة لن تتهاون مع الفاسدين.').quotes.map((q) => q.speaker)).toEqual(['رئيس الحكومة']);
    // (a given name of the same pattern stays a name: "تحسين", "توفيق")
    expectSpeakers([['وقال المهندس تحسين الشاعر إن "المشروع سينتهي في موعده المحدد".', 'تحسين الشاعر']]);
  });

  it('reads "بشارة" as a given name (no ب and a noun in ة) and "البطريرك" as a title', () => {
    expectSpeakers([
      ['وقال البطريرك الماروني بشارة الراعي إن لبنان لا يحتمل مزيدا من الانهيار.', 'بشارة الراعي'],
      ['وقال البطريرك بشارة بطرس الراعي في عظة الأحد إن لبنان لا يحتمل مزيدا من الانهيار.', 'بشارة بطرس الراعي'],
    ]);
    // (ب and a noun in ة is still no name: "بطريقة", "بصراحة")
    expectSpeakers([['وقال الوزير سامر العلي بصراحة إن "الوضع المالي صعب جدا".', 'سامر العلي']]);
  });

  it('ends a title before the counterpart told ("وأبلغ وزير الخارجية السعودي نظيره الإيراني أن")', () => {
    expect(indirect(parse('وأبلغ وزير الخارجية السعودي نظيره الإيراني أن المملكة حريصة على الاستقرار الإقليمي.')).map((q) => q.speaker)).toEqual(['وزير الخارجية السعودي']);
  });

  it('ends the name before the delegation met ("التقت الملكة رانيا وفدا من الأطفال")', () => {
    const a = parse('التقت الملكة رانيا وفدا من الأطفال في عمان.', 'وقالت جلالتها إن التعليم هو أساس المستقبل لكل طفل عربي.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['رانيا']);
  });

  it('reads "رئيسة وزراء إيطاليا" as one title, "المقررة" as a title, and ends a name before "المعروف بـ"', () => {
    expectSpeakers([
      ['وقالت رئيسة وزراء إيطاليا جورجيا ميلوني إن روما لن تقبل موجات جديدة من الهجرة غير الشرعية.', 'جورجيا ميلوني'],
      ['وقالت المقررة الخاصة للأمم المتحدة فرانشيسكا ألبانيزي إن ما يحدث في غزة إبادة جماعية.', 'فرانشيسكا ألبانيزي'],
      ['وقال محمد حمدان دقلو المعروف بحميدتي إن قواته مستعدة للتفاوض.', 'محمد حمدان دقلو'],
    ]);
  });

  it('reads "وزير خارجية سلطنة عمان" as one title, and a family name that is a title word ("الخطيب") back to its bearer', () => {
    expectSpeakers([
      ['وقال وزير خارجية سلطنة عمان بدر البوسعيدي إن الحوار هو الطريق الوحيد للسلام.', 'بدر البوسعيدي'],
      ['وقال وزير دفاع إسرائيل يسرائيل كاتس إن الجيش سيواصل العمليات في لبنان.', 'يسرائيل كاتس'],
    ]);
    const a = parse('وقال سامي الخطيب، رئيس النقابة، إن الإضراب سيستمر حتى النهاية.', 'وأكد الخطيب أن النقابة لن تتراجع عن مطالبها المشروعة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['سامي الخطيب', 'سامي الخطيب']);
    // (an honorific as the family name before the comma: "أحمد الشيخ، المحلل السياسي،")
    const b = parse('وقال أحمد الشيخ، المحلل السياسي، إن الوضع معقد.', 'وتابع الشيخ أن الحل يجب أن يكون سياسيا وليس عسكريا.');
    // (both reported clauses: "إن الوضع معقد", two words closing the sentence, is read since the fifty-sixth round)
    expect(indirect(b).map((q) => q.speaker)).toEqual(['أحمد الشيخ', 'أحمد الشيخ']);
  });

  it('takes two words after a colon as said whole', () => {
    expect(speech(parse('وأكد رئيس البلدية نضال العلي أن الخطة جاهزة، وأضاف: «نحن مستعدون».'))).toEqual([{ text: 'نحن مستعدون', kind: 'direct', speaker: 'نضال العلي' }]);
  });
});

describe('thirty-eighth round: what a subject holds or attributes is no part of its name; "باسم" as a name; a union man', () => {
  it('ends a title before what its holder held or issued ("مؤتمرا صحفيا", "اتصالا"), so a later "المتحدث ذاته" or family name finds the right one', () => {
    const a = parse('عقد المتحدث باسم وزارة الخارجية مؤتمرا صحفيا أمس في الرياض.', 'وأضاف المتحدث ذاته أن المفاوضات ستستأنف الأسبوع المقبل في الدوحة.');
    expect(a.quotes.map((q) => q.speaker)).toEqual([]);
    const b = parse('تلقى الرئيس المصري عبد الفتاح السيسي اتصالا من الرئيس الأمريكي أمس.', 'وأبلغ السيسي نظيره الأمريكي أن مصر لن تقبل بأي تهجير للفلسطينيين إلى أراضيها.');
    expect(indirect(b)).toEqual([{ text: 'مصر لن تقبل بأي تهجير للفلسطينيين إلى أراضيها', speaker: 'عبد الفتاح السيسي' }]);
  });

  it('reads a body that attributes something ("وعزت الوزارة الارتفاع إلى …") as the body alone, and "عزت" there as the verb', () => {
    expectSpeakers([
      ['وعزت الوزارة الارتفاع إلى زيادة الطلب المحلي، وقالت إن «الأسعار ستعود إلى الاستقرار خلال الأشهر المقبلة».', 'الوزارة'],
      ['وأرجعت الوزارة الارتفاع إلى زيادة الطلب المحلي، وقالت إن «الأسعار ستعود إلى الاستقرار خلال الأشهر المقبلة».', 'الوزارة'],
    ]);
    // (a person's given name "عزت" before a family name is still read: the family name is no body's head)
    expect(parse('وقال الوزير محمد عزت الشامي إن «الأسعار ستعود إلى الاستقرار».').quotes[0]?.speaker).toBe('محمد عزت الشامي');
  });

  it('reads "باسم" as the given name Basem with no spokesman before it and no definite word after it', () => {
    expectSpeakers([
      ['وقال عضو المكتب السياسي لحركة حماس باسم نعيم إن الحركة لن تقبل بأي اتفاق لا يضمن وقف الحرب.', 'باسم نعيم'],
      ['وقال القيادي في حماس باسم نعيم: «لن نقبل بأي اتفاق».', 'باسم نعيم'],
      // (after a spokesman it is "on behalf of", with the body's name after it)
      ['وقال الناطق الرسمي باسم حماس حازم قاسم إن الحركة لن تقبل بأي اتفاق.', 'حازم قاسم'],
      ['وقالت المتحدثة باسم الحكومة الفرنسية مود بريجون إن «فرنسا لن تقبل».', 'مود بريجون'],
    ]);
  });

  it('reads "النقابي" (a trade unionist) and "بابا" (a pope) as titles before a name', () => {
    expectSpeakers([
      ['«لن نتراجع عن مطالبنا مهما كانت الضغوط»، يقول النقابي التونسي سامي الطاهري.', 'سامي الطاهري'],
      ['وقال النقابي التونسي سامي الطاهري إن «الاتحاد لن يتراجع».', 'سامي الطاهري'],
      ['وقال بابا الفاتيكان فرنسيس إن «الحرب هزيمة للإنسانية دائما».', 'فرنسيس'],
    ]);
  });

  it('reads the verb after a link set off by a comma before an indefinite title ("في المقابل، دافع وزير العدل …، وقال")', () => {
    expect(parse('في المقابل، دافع وزير العدل عن المشروع، وقال إن «القانون ضروري لحماية الأمن العام».').quotes.map((q) => q.speaker)).toEqual(['وزير العدل']);
  });

  it('ends a fronted subject\'s name before its verb and the verb\'s preposition ("غير أن النائب صالح العرموطي شكك في ذلك")', () => {
    expectSpeakers([['غير أن النائب صالح العرموطي شكك في ذلك، وقال إن «الحكومة رفعت الأسعار مرات عدة».', 'صالح العرموطي']]);
    // (after a speech verb a third word and a preposition stay the name's: "محمد السيد سليم في تصريحات")
    expectSpeakers([['وقال الوزير محمد السيد سليم في تصريحات إن «الحكومة رفعت الأسعار مرات عدة».', 'محمد السيد سليم']]);
  });

  it('ends a name before another person\'s title and its nisba ("جوزيف عون السفيرة الأمريكية"), so the family name alone finds it', () => {
    const a = parse('استقبل الرئيس اللبناني جوزيف عون السفيرة الأمريكية ليزا جونسون في قصر بعبدا.', 'وقال عون إن «لبنان ملتزم بتطبيق القرار 1701».');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['جوزيف عون']);
    // (after "عبد" the title is the name's: "عبد الملك الحوثي")
    expectSpeakers([['وقال زعيم الحركة عبد الملك الحوثي إن «هذه الجريمة لن تمر من دون رد».', 'عبد الملك الحوثي']]);
  });

  it('ends a name of two words or more before a title and its "العام" ("عبد الله الربيعة المشرف العام على …"), and before a plural of people its verb governs ("المواطنين")', () => {
    expectSpeakers([
      ['وقال الدكتور عبد الله الربيعة المشرف العام على مركز الملك سلمان للإغاثة إن المساعدات ستصل خلال أيام.', 'عبد الله الربيعة'],
      ['«الأسعار ستنخفض قريبا»، وعد وزير التموين شريف فاروق المواطنين.', 'شريف فاروق'],
      // (after one given name "الأمين" may be the family name; a stem of three letters before ين is a family's)
      ['وقال محمد الأمين العام للحزب إن الانتخابات ستجرى في موعدها.', 'محمد الأمين'],
      ['وقال الباحث محمد أحمد الياسين إن «الوضع صعب».', 'محمد أحمد الياسين'],
      ['وقال الأستاذ علي زين العابدين إن «الوضع صعب».', 'علي زين العابدين'],
    ]);
  });

  it('ends a name joined by بن before the event or delegation its verb governs, and calls a prince or a sheikha by the given name', () => {
    const a = parse('افتتح أمير منطقة الرياض الأمير فيصل بن بندر المعرض الدولي للكتاب.', 'وقال الأمير فيصل في كلمته إن «الكتاب سيظل نافذة المعرفة».');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['فيصل بن بندر']);
    const b = parse('استقبلت الشيخة موزا بنت ناصر الوفد.', 'وقالت الشيخة موزا إن «التعليم أولوية».');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['موزا بنت ناصر']);
    const c = parse('استقبل الرئيس محمد بن علي الوفد.', 'وقال محمد إن «الزيارة مهمة».');
    expect(c.speakers.map((sp) => sp.name)).not.toContain('محمد بن علي الوفد');
  });
});

describe('thirty-ninth round: a title never runs through "في بيان إن"; the statement a body spoke in; the name tagged after a quote; a branch; "حسبما … فإن"; Gulf names', () => {
  it('ends a title before the particle after "في بيان" (the statement\'s noun is a body\'s head too), so nobody is named from the words said', () => {
    // (the words after the particle were once read as a name: "أحبطت محاولة تسلل", the title "المتحدث باسم الجيش في
    // بيان إن القوات")
    const a = parse('وقال المتحدث باسم الجيش في بيان إن القوات أحبطت محاولة تسلل على الحدود الشمالية.');
    expect(a.quotes.map((q) => q.speaker)).toEqual([]);
    expect(a.speakers).toEqual([]);
    const b = parse('وقال الوزير في بيان إن الأجهزة أحبطت محاولة تسلل على الحدود الشمالية.');
    expect(b.speakers).toEqual([]);
  });

  it('gives "وأضاف البيان" to the body or person who spoke "في بيان" before it', () => {
    const a = parse('تصاعد التوتر على الحدود الشمالية أمس.', 'وقالت وزارة الخارجية القطرية في بيان إن «الدوحة تتابع التطورات بقلق».', 'وأضاف البيان أن قطر تدعو جميع الأطراف إلى ضبط النفس والعودة إلى الحوار.');
    expect(indirect(a)).toEqual([{ text: 'قطر تدعو جميع الأطراف إلى ضبط النفس والعودة إلى الحوار', speaker: 'وزارة الخارجية القطرية' }]);
    // (a body named by its head alone is the one of that head that spoke last)
    const b = parse('أعلنت وزارة الصحة الفلسطينية ارتفاع عدد الضحايا.', 'وقالت الوزارة في بيان إن «المستشفيات تعمل فوق طاقتها».', 'وأضاف البيان: «نقص الوقود يهدد حياة المرضى في المستشفيات».');
    expect(speech(b).map((q) => q.speaker)).toEqual(['وزارة الصحة الفلسطينية', 'وزارة الصحة الفلسطينية']);
    const c = parse('تصاعد التوتر على الحدود الشمالية أمس.', 'وقال الرئيس الفلسطيني محمود عباس في بيان إن «الشعب الفلسطيني لن يرحل».', 'وأكد البيان أن القيادة الفلسطينية ترفض كل مشاريع التهجير والتوطين.');
    expect(indirect(c).map((q) => q.speaker)).toEqual(['محمود عباس']);
  });

  it('takes the speaker a tag after the quote names when the verb before has nobody known, never from the tag\'s own pronoun', () => {
    expectSpeakers([
      ['وأضاف أن الحكومة «لن تتراجع عن قرارها»، على حد تعبير رئيس الوزراء العراقي محمد شياع السوداني.', 'محمد شياع السوداني'],
      ['وأضاف أن الحكومة «لن تتراجع عن قرارها»، بحسب رئيس الوزراء العراقي محمد شياع السوداني.', 'محمد شياع السوداني'],
    ]);
    // ("على حد تعبيره" after an anonymous source's words names nobody: not the last speaker)
    const a = parse('وقال عضو التجمع جورج البراكس: «الجعالة الحالية لا تغطي رواتب العمال».', 'في المقابل، قال مصدر في وزارة الطاقة إن الوزير «سيلتقي ممثلي التجمع مطلع الأسبوع»، على حد تعبيره.');
    expect(speech(a).map((q) => q.speaker)).toEqual(['جورج البراكس', null]);
    // (past the quote's own full stop another sentence begins: its subject is no tag)
    const b = parse('وقال أحد الشهود إن اسمه محمد «شاهدت أكثر من عشرين جثة.» وقالت النائبة سلمى الخطيب إن التحقيقات بدأت.');
    expect(speech(b).map((q) => q.speaker)).toEqual([null]);
  });

  it('reads a body\'s branch ("مدير فرع وزارة …") as the title\'s, never the speaker\'s name', () => {
    expectSpeakers([
      ['وأبان مدير فرع وزارة الموارد البشرية بالمنطقة الشرقية محمد الشهري أن الحملة أسفرت عن ضبط 120 مخالفة.', 'محمد الشهري'],
      ['وقال مدير فرع وزارة التجارة في جدة محمد الشهري إن الحملة أسفرت عن ضبط 120 مخالفة.', 'محمد الشهري'],
    ]);
  });

  it('reads "حسبما أفاد X، فإن …" and "وكما أوضح X، فإن …" as X\'s reported words, as "بحسب ما أفاد X" is', () => {
    const a = parse('حسبما أفاد المرصد السوري لحقوق الإنسان، فإن الغارات أسفرت عن سقوط عشرات القتلى.');
    expect(indirect(a)).toEqual([{ text: 'الغارات أسفرت عن سقوط عشرات القتلى', speaker: 'المرصد السوري لحقوق الإنسان' }]);
    expectSpeakers([['وكما أوضح وزير الصحة خالد عبد الغفار، فإن المستشفيات استقبلت مئات المصابين.', 'خالد عبد الغفار']]);
    // ("كما أكد الوزير أن …": "also", a verb's own clause, read as before)
    expectSpeakers([['كما أكد وزير الصحة خالد عبد الغفار أن المستشفيات استقبلت مئات المصابين.', 'خالد عبد الغفار']]);
  });

  it('reads a Gulf name that opens on a word that is also a common one ("صباح") after a title, with its definite forebears', () => {
    expectSpeakers([
      ['وأكد الشيخ صباح الخالد الحمد الصباح أن الكويت ملتزمة بدعم العمل الخليجي المشترك.', 'صباح الخالد الحمد الصباح'],
      ['وأكد الشيخ صباح الخالد أن الكويت ملتزمة بدعم العمل الخليجي المشترك.', 'صباح الخالد'],
    ]);
    // ("صباح اليوم": the morning, no name; "جماهير النادي": the fans a coach promised, no name after his title)
    expectSpeakers([['«سنقاتل حتى الدقيقة الأخيرة»، هكذا وعد المدرب جماهير النادي قبل المباراة.', 'المدرب']]);
    expect(parse('وأكد الوزير صباح اليوم أن الكويت ملتزمة بدعم العمل الخليجي المشترك.').quotes.map((q) => q.speaker)).not.toContain('صباح اليوم');
  });
});

describe('fortieth round: a relative named by one given name; "الحاج علي" in a family name; "رئيس الجمهورية" back to the president; a visit\'s object; a bank; "وزاد X:"; "الناطق الرسمي"', () => {
  it('names a relative with a pronoun ("زوجها", "شقيقه") by the given name right after it, even alone', () => {
    expectSpeakers([
      ['وقال زوجها سامي إن العائلة تعيش على المساعدات منذ أكثر من عامين.', 'سامي'],
      ['وقال شقيقه محمود الحسن إن العائلة تعيش على المساعدات منذ أكثر من عامين.', 'محمود الحسن'],
      ['أما ابنته سلمى فقالت إن العائلة تعيش على المساعدات منذ أكثر من عامين.', 'سلمى'],
      ['وقال صديقه عمر إن العائلة تعيش على المساعدات منذ أكثر من عامين.', 'عمر'],
    ]);
    // ("شقيقة محمود", printed with ة, is Mahmoud's sister: nobody named; a word after the pronoun that is no given name
    // names nobody either)
    expect(indirect(parse('وقالت شقيقة محمود إن العائلة تعيش على المساعدات منذ أكثر من عامين.'))).toEqual([]);
    expect(indirect(parse('وقال شقيقه الأكبر إن العائلة تعيش على المساعدات منذ أكثر من عامين.'))).toEqual([]);
  });

  it('reads Ali spelt as a name after the honorific "الحاج" as the family name\'s end', () => {
    expectSpeakers([
      ['وقال الباحث في مركز كارنيغي مهند الحاج علي إن طهران لن تقدم تنازلات قبل الانتخابات.', 'مهند الحاج علي'],
      ['وقال الباحث مهند الحاج علي: «طهران لن تقدم تنازلات قبل الانتخابات».', 'مهند الحاج علي'],
    ]);
  });

  it('resolves "رئيس الجمهورية" to the president named with his nationality before (the republic is no nisba)', () => {
    const a = parse('استقبل الرئيس التونسي قيس سعيد وزيرة الخارجية الإيطالية في قصر قرطاج.', 'وقال رئيس الجمهورية إن تونس لن تكون حارسا لحدود أوروبا.');
    expect(indirect(a)).toEqual([{ text: 'تونس لن تكون حارسا لحدود أوروبا', speaker: 'قيس سعيد' }]);
    // (a minister of a nationality is still no other nationality's)
    const b = parse('التقى وزير الخارجية المصري بدر عبد العاطي نظيره التركي هاكان فيدان في أنقرة.', 'وقال وزير الخارجية التركي إن البلدين يتفقان على ضرورة وقف إطلاق النار.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['هاكان فيدان']);
  });

  it('ends a name before the place a visit\'s verb takes as its object', () => {
    const a = parse('زار وزير الدفاع الأمريكي بيت هيغسيث القاعدة العسكرية في قطر.', 'وقال الوزير للجنود: «أنتم خط الدفاع الأول عن مصالحنا».');
    expect(speech(a).map((q) => q.speaker)).toEqual(['بيت هيغسيث']);
    // (a full name of three words after the verb, nothing definite after it, is whole)
    const b = parse('افتتح وزير الثقافة محمد علي حسن معرضا للفنون التشكيلية.', 'وقال الوزير: «الفن جسر بين الشعوب».');
    expect(speech(b).map((q) => q.speaker)).toEqual(['محمد علي حسن']);
    // (nor a noun governing a definite word, the visit's object: "أعمال التطوير", "مخيم الزعتري")
    const c = parse('تفقد محافظ القاهرة إبراهيم صابر أعمال التطوير في منطقة وسط البلد.', 'وقال المحافظ إن الأعمال ستنتهي قبل نهاية العام الجاري.');
    expect(indirect(c).map((q) => q.speaker)).toEqual(['إبراهيم صابر']);
    const d = parse('زارت المستشارة الألمانية السابقة أنغيلا ميركل مخيم الزعتري للاجئين.', 'وقالت المستشارة السابقة: «ما رأيته هنا يؤكد أن العالم لم يفعل ما يكفي».');
    expect(speech(d).map((q) => q.speaker)).toEqual(['أنغيلا ميركل']);
  });

  it('reads "المصرف" back to the bank named before, like "البنك"', () => {
    const a = parse('قال مصرف لبنان المركزي في بيان إن الاحتياطيات الأجنبية تراجعت إلى مستوى قياسي.', 'وأضاف المصرف أنه سيواصل دعم الليرة بكل الأدوات المتاحة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['مصرف لبنان المركزي', 'مصرف لبنان المركزي']);
  });

  it('reads an ambiguous form ("وزاد" = "and he added", or "increased") as the verb before a name and a colon', () => {
    const a = parse('قال الناطق باسم الحكومة الأردنية محمد المومني إن الأردن لن يكون ساحة لأي صراع.', 'وزاد المومني: «أمن الأردن خط أحمر».');
    expect(speech(a)).toEqual([{ text: 'أمن الأردن خط أحمر', kind: 'direct', speaker: 'محمد المومني' }]);
    // (a rise told with no colon after the noun reports nobody; nor does a link's call, "اقرأ كمان:", before a title)
    expect(parse('وزاد الإنتاج بنسبة عشرة في المئة خلال الربع الأخير من العام الماضي.').quotes).toEqual([]);
    expect(parse('وقتل عشرة مقاتلين في غارات استهدفت حاجزا على الطريق الوحيد المؤدي إلى المدينة.\nاقرأ كمان:\n«مدن» تشرع في تطوير المجمعات السكنية في المدن الصناعية').quotes).toEqual([]);
  });

  it('resolves "الناطق الرسمي" to the spokesman named before ("الرسمي" tells no two spokesmen apart)', () => {
    const a = parse('قال الناطق باسم الحكومة الأردنية محمد المومني إن الأردن لن يكون ساحة لأي صراع.', 'وأشار الناطق الرسمي إلى أن الحكومة تتابع التطورات في المنطقة بدقة.');
    expect(indirect(a).map((q) => q.speaker)).toEqual(['محمد المومني', 'محمد المومني']);
  });
});

describe('forty-first round: a relative set off after the genitive\'s adjectives; a palace; a death announced after a name', () => {
  it('names a relative set off by a comma after the genitive and its adjectives ("والدة الطفل المفقود، سعاد أحمد")', () => {
    expectSpeakers([
      ['وقالت والدة الطفل المفقود، سعاد أحمد: «ابني كان يلعب أمام المنزل».', 'سعاد أحمد'],
      ['وقالت ابنة الفنان الراحل، دنيا سمير غانم: «والدي كان يحب الحياة».', 'دنيا سمير غانم'],
      ['وقال شقيق الضحية الأكبر، محمد سالم: «نريد العدالة».', 'محمد سالم'],
      // (no name after the comma: nobody named)
      ['وقالت والدة الطفل المفقود، وهي تبكي: «أعيدوا لي ابني».', null],
    ]);
  });

  it('ends a name before a death or an arrest announced after it ("أعلن … يسرائيل كاتس مقتل ثلاثة جنود")', () => {
    const a = parse('أعلن وزير الدفاع يسرائيل كاتس مقتل ثلاثة جنود في غزة.', 'وقال كاتس في تغريدة: «التحقيق جار».');
    expect([a.quotes.map((q) => q.speaker), a.speakers.map((s) => s.name)]).toEqual([['يسرائيل كاتس'], ['يسرائيل كاتس']]);
    const b = parse('أعلن المتحدث العسكري أفيخاي أدرعي اعتقال خمسة مطلوبين.', 'وقال أدرعي: «العملية مستمرة».');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['أفيخاي أدرعي']);
  });

  it('keeps a foreign family name printed with a final ه after a listed given name, before the particle or the colon', () => {
    expectSpeakers([
      ['وقال الناطق باسم مكتب تنسيق الشؤون الإنسانية ينس لاركه: «الوضع كارثي».', 'ينس لاركه'],
      ['وقال المدافع جون بيكه إن «الفريق قدم كل ما لديه».', 'جون بيكه'],
    ]);
    // (a relative, a title or a noun with "his" after a given name is still no family name)
    expect(indirect(parse('وأبلغ أحمد صديقه أن الاجتماع تأجل إلى الأسبوع المقبل.')).map((q) => q.speaker)).toEqual(['أحمد']);
    expect(speech(parse('وسأل محمد مديره: «متى نبدأ العمل؟».')).map((q) => q.speaker)).toEqual(['محمد']);
  });

  it('gives a tag after the quote with no one named in it ("على حد قولها", "، قالت") to the one the text named before, when no one has spoken yet', () => {
    const a = parse('تحدثت الناشطة سارة محمود عن معاناة الأسر في المخيمات.', '«لم نعد نحتمل هذا الوضع»، على حد قولها.');
    expect(speech(a).map((q) => q.speaker)).toEqual(['سارة محمود']);
    const b = parse('تحدثت الناشطة سارة محمود عن معاناة الأسر في المخيمات.', '«لم نعد نحتمل هذا الوضع»، قالت.');
    expect(speech(b).map((q) => q.speaker)).toEqual(['سارة محمود']);
  });

  it('reads a head of state\'s palace as a speaking body ("قصر الإليزيه"), not its first word', () => {
    expectSpeakers([
      ['وقال قصر الإليزيه إن «ماكرون سيزور المنطقة».', 'قصر الإليزيه'],
      ['وذكر قصر بعبدا في بيان أن «الرئيس تلقى اتصالا من نظيره».', 'قصر بعبدا'],
      ['وقال القصر الملكي: «الملك يتعافى».', 'القصر الملكي'],
    ]);
  });
});

describe('forty-second round: a participle after a quote and a clause of its own', () => {
  it('gives "قائلا" to the subject of the clause between the quote and it, not to the speaker quoted before', () => {
    const cases: [string, string][] = [
      ['وبينما أكد الوزير أن «الأمور تحت السيطرة»، شكك النائب علي حسن في ذلك قائلا: «الواقع مختلف».', 'علي حسن'],
      ['ورأى الوزير أن «الخطة ناجحة»، فيما انتقد النائب سامي فؤاد الحكومة قائلا: «الخطة فاشلة».', 'سامي فؤاد'],
      ['وقالت الوزيرة إن «الأسعار ستنخفض»، لكن الخبير الاقتصادي أحمد سالم رد قائلا: «هذا مستحيل».', 'أحمد سالم'],
    ];
    for (const [sentence, speaker] of cases) expect(parse(sentence).quotes.map((q) => q.speaker), sentence).toEqual([expect.any(String), speaker]);
    // (with no new subject in the clause, the speaker quoted before goes on: "ثم غادر القاعة قائلا", "مقدرا نمو السوق")
    expect(parse('وقال الرئيس إن «البلاد بخير»، ثم غادر القاعة قائلا: «إلى اللقاء».').quotes.map((q) => q.speaker)).toEqual(['الرئيس', 'الرئيس']);
    expect(parse('وأكد الوزير أن «الأمور تحت السيطرة»، مضيفا: «لا داعي للقلق».').quotes.map((q) => q.speaker)).toEqual(['الوزير', 'الوزير']);
  });
});

describe('forty-third round: a speaker\'s object after the title, a second title in apposition', () => {
  it('reads no name from what a titled speaker stresses or lays out ("حرص بلاده", "موقف حكومته", "التزام بلاده")', () => {
    expectSpeakers([
      ['وأكد وزير الخارجية حرص بلاده على التعاون، قائلا: «نحن شركاء».', 'وزير الخارجية'],
      ['وأكد وزير الخارجية استعداد بلاده للحوار، قائلا: «نحن جاهزون».', 'وزير الخارجية'],
      ['وأكد وزير الخارجية التزام بلاده بالاتفاق، قائلا: «نحن ملتزمون».', 'وزير الخارجية'],
      ['وشرح رئيس الوزراء موقف حكومته قائلا: «لن نتراجع».', 'رئيس الوزراء'],
      ['وعرض وزير الخارجية تفاصيل الخطة، قائلا: «نحن جاهزون».', 'وزير الخارجية'],
      ['«لن نتراجع عن هذا القرار»، هكذا لخص رئيس الوزراء موقف حكومته أمام البرلمان.', 'رئيس الوزراء'],
      // (the name before the object is the speaker's, without it)
      ['وأكد وزير الخارجية سامي فؤاد حرص بلاده على التعاون، قائلا: «نحن شركاء».', 'سامي فؤاد'],
      ['«لن نتراجع عن هذا القرار»، بهذه الكلمات لخص رئيس الوزراء نجيب ميقاتي موقف حكومته.', 'نجيب ميقاتي'],
    ]);
  });

  it('takes a second title set off by a comma off the name after it, of one word or several', () => {
    expectSpeakers([
      ['وقال المدير الفني للمنتخب، المدرب الوطني سامي فؤاد: «سنلعب للفوز».', 'سامي فؤاد'],
      ['وقال المدير الفني للمنتخب، المدرب الفرنسي هيرفي رينار: «سنلعب للفوز».', 'هيرفي رينار'],
      ['وقال عضو مجلس النواب عن حزب الوسط، النائب ماجد سالم: «القانون لن يمر».', 'ماجد سالم'],
      ['وقال عضو مجلس النواب عن دائرة عمان، النائب ماجد سالم، لـ«الأخبار»: «القانون لن يمر».', 'ماجد سالم'],
      // (as before: one word, and a nationality alone)
      ['وقال رئيس اللجنة المالية، النائب ماجد سالم: «القانون لن يمر».', 'ماجد سالم'],
      ['وقال مدرب المنتخب، الفرنسي هيرفي رينار: «سنلعب للفوز».', 'هيرفي رينار'],
    ]);
  });

  it('gives a quote before "بهذه الكلمات" and any verb to the person titled or named after the verb', () => {
    expectSpeakers([
      ['«نحن مستعدون لكل الاحتمالات» - بهذه الكلمات افتتح الوزير سامي فؤاد المؤتمر.', 'سامي فؤاد'],
      ['«شكرا لكم جميعا»، بهذه الكلمات ودع المدرب أحمد سالم جماهير النادي.', 'أحمد سالم'],
    ]);
    // (what follows names nobody: no speech)
    expect(parse('«الاقتصاد بخير»، بهذه الكلمات بدأت الأزمة تتفاقم.').quotes).toEqual([]);
    expect(parse('«الاقتصاد بخير»، بهذه الكلمات انتهى الاجتماع.').quotes).toEqual([]);
  });
});

describe('forty-fourth round: reported speech of a titled holder named by the title alone', () => {
  const indirectOf = (sentence: string): Array<[string, string | null]> => parse(sentence).quotes.map((q) => [q.kind, q.speaker]);

  it('keeps reported speech of a definite title of two words or more, as it did for "وزير الخارجية"', () => {
    for (const [sentence, speaker] of [
      ['وأكد السفير الأمريكي أن بلاده تدعم جهود التهدئة في المنطقة وتعمل مع شركائها على وقف التصعيد.', 'السفير الأمريكي'],
      ['وقالت السفيرة البريطانية إن لندن تتابع التطورات عن كثب وتدعو جميع الأطراف إلى ضبط النفس.', 'السفيرة البريطانية'],
      ['وأكد النائب العام أن التحقيقات ما تزال جارية وأن النتائج ستعلن في وقت لاحق من الشهر.', 'النائب العام'],
      ['ورأى المحلل السياسي أن هذه التطورات تعكس تحولا واضحا في موقف الأطراف الإقليمية من الأزمة.', 'المحلل السياسي'],
      ['وقال الرئيس الفرنسي في كلمته إن أوروبا يجب أن تعتمد على نفسها في مجال الدفاع والأمن.', 'الرئيس الفرنسي'],
      // (as before: a title in construct)
      ['وأكد وزير الخارجية أن بلاده تدعم جهود التهدئة في المنطقة وتعمل مع شركائها على وقف التصعيد.', 'وزير الخارجية'],
    ] as const) expect(indirectOf(sentence), sentence).toEqual([['indirect', speaker]]);
  });

  it('still gives the title to the person it was printed with earlier', () => {
    const article = parse(
      'وقال السفير الأمريكي لدى الأردن هنري ووستر للصحفيين: «سنرى ما سيحدث في الأيام المقبلة».',
      'وأكد السفير الأمريكي أن بلاده تدعم جهود التهدئة في المنطقة وتعمل مع شركائها على وقف التصعيد.',
    );
    expect(article.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'هنري ووستر'], ['indirect', 'هنري ووستر']]);
  });

  it('keeps none for a team, an honorific before an adjective, an anonymous official or a body', () => {
    for (const sentence of [
      'وأكد الفريق الطبي أن حالة المريض مستقرة ولا تدعو إلى القلق في الوقت الحالي على الإطلاق.',
      'وذكر الشيخ الجليل أن الصيام عبادة عظيمة يجب أن يحافظ عليها المسلمون في كل مكان.',
      'ولفت المسؤول الأمريكي إلى أن واشنطن لن تقبل بأي تصعيد جديد في المنطقة خلال الفترة المقبلة.',
      'وأكدت السلطات الإسرائيلية أن المعبر سيبقى مغلقا حتى إشعار آخر بسبب الأوضاع الأمنية.',
      'وأكدت الوزيرة أن الخطة ستدخل حيز التنفيذ مطلع العام المقبل في جميع المحافظات.',
    ]) expect(parse(sentence).quotes, sentence).toEqual([]);
  });
});

describe('forty-fourth round: what was described, right after a full name', () => {
  it('leaves a definite noun a verb of describing takes off the name before it ("هكذا وصف … محمد أبو سلمية الأوضاع")', () => {
    expectSpeakers([
      ['"الوضع كارثي بكل المقاييس"، هكذا وصف مدير مستشفى الشفاء محمد أبو سلمية الأوضاع.', 'محمد أبو سلمية'],
      ['«لحظة فارقة في تاريخ البلاد»، هكذا وصف رئيس الحكومة سامي فؤاد المشهد.', 'سامي فؤاد'],
      // (a definite family name after a given name stays the name's)
      ['«لحظة فارقة في تاريخ البلاد»، هكذا وصف الوزير سامي الخطيب المشهد.', 'سامي الخطيب'],
    ]);
  });
});


describe('forty-fourth round: doubled guillemets, straight single marks after a colon', () => {
  it('leaves the second of two opening guillemets out of the words ("‹‹…››", "««…»»")', () => {
    for (const sentence of ['وقال الوزير سامي فؤاد: ‹‹سنواصل العمل حتى تحقيق الأهداف››.', 'وقال الوزير سامي فؤاد: ««سنواصل العمل حتى تحقيق الأهداف»».']) {
      expect(parse(sentence).quotes.map((q) => [q.speaker, q.text]), sentence).toEqual([['سامي فؤاد', 'سنواصل العمل حتى تحقيق الأهداف']]);
    }
  });

  it('leaves straight single marks around words after a colon out of them', () => {
    const a = parse("وقال الوزير سامي فؤاد: 'سنواصل العمل حتى تحقيق الأهداف'.");
    expect(a.quotes.map((q) => [q.speaker, q.text])).toEqual([['سامي فؤاد', 'سنواصل العمل حتى تحقيق الأهداف']]);
    // (the offsets still slice the words)
    const text = a.paragraphs[a.quotes[0]!.paragraph]!;
    expect(text.slice(a.quotes[0]!.start, a.quotes[0]!.end)).toBe('سنواصل العمل حتى تحقيق الأهداف');
  });
});

describe('forty-fourth round: an interview\'s answers after a dash, a speaker\'s label alone over the quote', () => {
  it('gives each answer printed after a dash under its question to the interviewee, when the article asks twice or more', () => {
    const a = parse(
      'التقت الصحيفة وزير الطاقة سامي فؤاد، وكان هذا الحوار حول الخطة الجديدة.',
      'ما أهداف الخطة؟',
      '- نريد خفض الفاتورة بنسبة خمسة عشر في المئة خلال عامين.',
      'ومتى تبدأ؟',
      '- مطلع العام المقبل إن شاء الله.',
    );
    expect(a.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['unmarked', 'سامي فؤاد', 'نريد خفض الفاتورة بنسبة خمسة عشر في المئة خلال عامين'],
      ['unmarked', 'سامي فؤاد', 'مطلع العام المقبل إن شاء الله'],
    ]);
    // (one question over a list's items is a heading, no interview)
    expect(parse('أعلنت الوزارة خطة جديدة للكهرباء تشمل عدة بنود.', 'ما أبرز بنود الخطة؟', '- تركيب عدادات ذكية في نحو مليوني منزل خلال عامين.', '- تقديم قروض ميسرة للأسر لتركيب الألواح الشمسية.').quotes).toEqual([]);
  });

  it('gives a quote to the titled name printed alone with a colon in the paragraph over it', () => {
    const a = parse('أعلنت الوزارة خطة جديدة للكهرباء تشمل عدة بنود.', 'الأمين العام للأمم المتحدة أنطونيو غوتيريش:', '«على العالم أن يتحرك الآن قبل فوات الأوان».');
    expect(a.quotes.map((q) => [q.speaker, q.text])).toEqual([['أنطونيو غوتيريش', 'على العالم أن يتحرك الآن قبل فوات الأوان']]);
    // (a label that names nobody gives nobody)
    expect(parse('أعلنت الوزارة خطة جديدة للكهرباء تشمل عدة بنود.', 'النص الكامل للبيان:', '«تعلن الوزارة عن خطة جديدة لخفض الفاتورة اعتبارا من الشهر المقبل».').quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('forty-fourth round: an office\'s honorific before a nationality or a rank\'s adjective alone', () => {
  it('keeps the title whole as the speaker ("المستشار الألماني", "العقيد المتقاعد"), and a courtesy before a family name off it', () => {
    expectSpeakers([
      ['وقال المستشار الألماني: «لن نسمح بتقسيم أوروبا».', 'المستشار الألماني'],
      ['وقال العقيد المتقاعد: «الجيش جاهز للتعامل مع كل الاحتمالات».', 'العقيد المتقاعد'],
      // (as before: a family name after an honorific, a nisba of a place after a courtesy's)
      ['وقال الدكتور القحطاني: «الوضع مستقر».', 'القحطاني'],
      ['وقال الدكتور المصري: «الوضع مستقر».', 'المصري'],
    ]);
  });
});

describe('forty-fifth round: an office\'s honorific before the field it holds, praise after a sheikh\'s', () => {
  it('keeps the title whole as the speaker ("المستشار القانوني", "المستشار القانوني للوزارة", "الشيخ الجليل")', () => {
    expectSpeakers([
      ['وقال المستشار القانوني: «الحزمة تشمل قروضا ميسرة».', 'المستشار القانوني'],
      ['وقال المستشار القانوني للوزارة: «الحزمة تشمل قروضا ميسرة».', 'المستشار القانوني للوزارة'],
      ['وقال المستشار الاقتصادي: «النمو سيتسارع في الربع المقبل».', 'المستشار الاقتصادي'],
      ['وقال الشيخ الجليل في خطبة الجمعة: «على الناس أن يتكافلوا».', 'الشيخ الجليل'],
      // (a name after the title is still the speaker; a courtesy before a family name still comes off)
      ['وقال المستشار القانوني محمد العلي: «الحزمة تشمل قروضا ميسرة».', 'محمد العلي'],
      ['وقال المستشار عادل السعيد: «الحكم نهائي».', 'عادل السعيد'],
      ['وقال الدكتور المصري: «الوضع مستقر».', 'المصري'],
    ]);
  });

  it('keeps reported speech of an office\'s honorific and its field, not of praise after a sheikh\'s', () => {
    expect(parse('وقال المستشار الاقتصادي إن النمو سيتسارع في الربع المقبل بفضل الاستثمارات الجديدة.').quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'المستشار الاقتصادي']]);
    expect(parse('وأكد المستشار الإعلامي للرئاسة أن الرئيس يتابع الملف بنفسه كل يوم منذ بداية الأزمة.').quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'المستشار الإعلامي للرئاسة']]);
    expect(parse('وذكر الشيخ الجليل أن الصيام عبادة عظيمة يجب أن يحافظ عليها المسلمون في كل مكان.').quotes).toEqual([]);
  });
});

describe('forty-fifth round: "على حد تعبير X، فإن …", "بحسب قول X فإن …"', () => {
  it('gives the clause after فإن to the speaker named after the phrase, the phrase as the cue', () => {
    for (const [sentence, speaker, cue] of [
      ['وعلى حد تعبير المتحدث باسم الخارجية ناصر كنعاني، فإن طهران لن تقبل بأي شروط مسبقة.', 'ناصر كنعاني', 'وعلى حد تعبير'],
      ['وعلى حد قول المحلل السياسي حسن نافعة فإن الحل لن يكون قريبا في ظل الانقسام.', 'حسن نافعة', 'وعلى حد قول'],
      ['وبحسب قول وزير المالية سامي فؤاد، فإن العجز سينخفض إلى النصف خلال عامين.', 'سامي فؤاد', 'وبحسب قول'],
    ] as const) {
      const a = parse(sentence);
      expect(a.quotes.map((q) => [q.kind, q.speaker, q.cue]), sentence).toEqual([['indirect', speaker, cue]]);
      expect(a.paragraphs[0]!.slice(a.quotes[0]!.start, a.quotes[0]!.end)).toBe(a.quotes[0]!.text);
    }
  });

  it('reads nothing from "على" that opens no such phrase, or from a phrase naming no one', () => {
    for (const sentence of [
      'وعلى الرغم من الضغوط، فإن الحكومة ماضية في تنفيذ خطتها الإصلاحية حتى النهاية.',
      'وعلى حد علمنا، فإن الحكومة ماضية في تنفيذ خطتها الإصلاحية حتى النهاية.',
      'وعلى حد تعبير التقرير، فإن الحكومة ماضية في تنفيذ خطتها الإصلاحية حتى النهاية.',
    ]) expect(parse(sentence).quotes, sentence).toEqual([]);
  });
});

describe('forty-fifth round: a president named by nationality, doubled single curly marks', () => {
  it('never takes "الرئيس" and a nationality back to one who heads something else ("رئيس الوفد", "رئيس الوزراء")', () => {
    for (const before of ['وقال رئيس الوفد المفاوض خليل الحية: «لن نقبل بأي اتفاق لا يضمن وقف الحرب».', 'وقال رئيس الوزراء الفلسطيني محمد مصطفى: «لن نقبل بأي اتفاق لا يضمن وقف الحرب».']) {
      const a = parse(before, 'وقال الرئيس الأمريكي للصحفيين: «أعتقد أننا قريبون جدا من اتفاق».');
      expect(a.quotes[1]!.speaker, before).toBe('الرئيس الأمريكي');
    }
    // (a head of state printed so is still found: "رئيس الجمهورية", a president and his nationality)
    expect(parse('وقال الرئيس الأمريكي جو بايدن للصحفيين: «سنرى ما سيحدث».', 'وقال الرئيس الأمريكي إن الاتفاق بات قريبا جدا من أي وقت مضى.').quotes.map((q) => q.speaker)).toEqual(['جو بايدن', 'جو بايدن']);
    expect(parse('وقال رئيس الجمهورية عبد المجيد تبون: «سنرى ما سيحدث».', 'وقال الرئيس الجزائري إن الاتفاق بات قريبا جدا من أي وقت مضى.').quotes.map((q) => q.speaker)).toEqual(['عبد المجيد تبون', 'عبد المجيد تبون']);
    // (nor the full title of what one heads printed again: "رئيس الشبكة العربية …")
    expect(parse('وأكد رئيس الشبكة العربية للمؤسسات الوطنية سامي فؤاد أن "الانتخابات جرت في أجواء جيدة".', 'ولفت رئيس الشبكة العربية للمؤسسات الوطنية إلى أن الفريق رصد بعض المخالفات المحدودة في عدد من المراكز.').quotes.map((q) => q.speaker)).toEqual(['سامي فؤاد', 'سامي فؤاد']);
  });

  it('leaves the second of two opening single curly marks out of the words ("‘‘…’’")', () => {
    const a = parse('وقال رئيس الوفد المفاوض خليل الحية: ‘‘لن نقبل بأي اتفاق لا يضمن وقف الحرب’’.');
    expect(a.quotes.map((q) => [q.speaker, q.text])).toEqual([['خليل الحية', 'لن نقبل بأي اتفاق لا يضمن وقف الحرب']]);
  });
});

describe('forty-sixth round: a pronoun told between the verb and its subject, "ورد … بالقول", "على لسان"', () => {
  it('gives the quote to the subject after "له", "عليه", "لنا" rather than to the one quoted before', () => {
    const before = 'وقال الرئيس الفرنسي إيمانويل ماكرون: «يجب وقف إطلاق النار فورا».';
    for (const [reply, speaker] of [
      ['وقال له الرئيس الأمريكي جو بايدن: «نحن نعمل على ذلك».', 'جو بايدن'],
      ['وعلق عليه نتنياهو قائلا: «لن نتوقف حتى تحقيق النصر».', 'نتنياهو'],
      ['وأكد لنا الخبير الاقتصادي هاني توفيق أن الأسواق ستتعافى سريعا بعد الأزمة الحالية.', 'هاني توفيق'],
      ['وردت عليه الخارجية الإسرائيلية ببيان قالت فيه: «لن نتوقف حتى تحقيق النصر».', 'الخارجية الإسرائيلية'],
    ] as const) expect(parse(before, reply).quotes.map((q) => q.speaker), reply).toEqual(['إيمانويل ماكرون', speaker]);
    expect(parse('وقالت الوزيرة هالة السعيد: «الاقتصاد ينمو بقوة».', 'وأكدت لها الصحفية منى سالم أن الأرقام لا تعكس الواقع في الأسواق الشعبية.').quotes.map((q) => q.speaker)).toEqual(['هالة السعيد', 'منى سالم']);
  });

  it('reads "ورد" printed without its shadda as "replied" when "بالقول" or a participle closes the clause', () => {
    const before = 'وقال الرئيس الفرنسي إيمانويل ماكرون: «يجب وقف إطلاق النار فورا».';
    for (const reply of ['ورد نتنياهو بالقول: «لن نتوقف حتى تحقيق النصر».', 'ورد عليه نتنياهو بالقول: «لن نتوقف حتى تحقيق النصر».']) {
      expect(parse(before, reply).quotes.map((q) => q.speaker), reply).toEqual(['إيمانويل ماكرون', 'نتنياهو']);
    }
  });

  it('keeps a blessing after "عليه" out of the subject ("فقال عليه الصلاة والسلام")', () => {
    const a = parse('وقال الشيخ أحمد سالم في خطبته: «الدين يسر».', 'فقال عليه الصلاة والسلام: «يسروا ولا تعسروا».');
    expect(a.speakers.map((s) => s.name)).not.toContain('الصلاة والسلام');
  });

  it('gives what a body says "على لسان" its spokesman to the spokesman', () => {
    expect(parse('وقالت وزارة الخارجية الروسية على لسان المتحدثة باسمها ماريا زاخاروفا إن موسكو سترد على أي استفزاز.').quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'ماريا زاخاروفا']]);
  });
});

describe('forty-sixth round: one of a group and its adjectives, Maghreb names, regions named by their cities', () => {
  it('names nobody for "أحد المسؤولين" and the group\'s definite adjectives', () => {
    expectSpeakers([
      ['قال أحد المسؤولين السابقين الكبار في الاتحاد الجزائري لكرة القدم، "نعرفهم جميعا، ولكن لا يجرؤ أحد على اتخاذ أي إجراء بحقهم".', null],
      ['وقال أحد السكان المحليين: "لم يبق لنا شيء هنا بعد القصف".', null],
      // (one of a group named after it is still the speaker)
      ['وقال أحد منظميها نبيل جاسم: "الحضور فاق توقعاتنا".', 'نبيل جاسم'],
    ]);
  });

  it('keeps a Maghreb family name of بو and a word in ة, and "أمين" of "محمد أمين", in the name', () => {
    expectSpeakers([
      ['وأوضح الفاعل الجمعوي عبد الرحيم بوعزة، في تصريح لهسبريس، أن الساكنة تعاني من غياب المرافق الأساسية بالدوار.', 'عبد الرحيم بوعزة'],
      ['وقال المدرب محمد أمين بنهاشم: "الفريق قدم مباراة كبيرة".', 'محمد أمين بنهاشم'],
      ['وأوضح محمد أمين الصالح أن الساكنة تعاني من غياب المرافق الأساسية بالدوار.', 'محمد أمين الصالح'],
      // (ب and a noun in ة after a name is still no name's word: "بوعكة")
      ['وقال الوزير سامي فؤاد، الذي أصيب بوعكة صحية الأسبوع الماضي: "صحتي بخير".', 'سامي فؤاد'],
    ]);
    expect(parse('وأوضح الفاعل الجمعوي عبد الرحيم بوعزة أن الساكنة تعاني من غياب المرافق الأساسية بالدوار.').speakers.map((s) => s.role)).toEqual(['الفاعل الجمعوي']);
  });

  it('reads a region named by its cities whole in the title ("والي جهة فاس مكناس")', () => {
    for (const [sentence, name, role] of [
      ['وصرح والي جهة فاس مكناس سعيد زنيبر بأن المشروع سيكتمل قبل نهاية السنة الجارية.', 'سعيد زنيبر', 'والي جهة فاس مكناس'],
      ['وأوضح والي جهة الدار البيضاء سطات محمد امهيدية أن المشروع سيكتمل قبل نهاية السنة الجارية.', 'محمد امهيدية', 'والي جهة الدار البيضاء سطات'],
      ['وقال رئيس جهة سوس ماسة كريم أشنكلي إن المشروع سيكتمل قبل نهاية السنة الجارية.', 'كريم أشنكلي', 'رئيس جهة سوس ماسة'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
  });
});

describe('forty-sixth round: a study speaks for the author named after it; a body described, not named, speaks for nobody', () => {
  it('gives a study\'s finding to its author after "أجرتها", "أعدها", "صادرة عن"', () => {
    expectSpeakers([
      ['وكشفت دراسة أجرتها جامعة أكسفورد أن الذكاء الاصطناعي سيغير سوق العمل بشكل جذري.', 'جامعة أكسفورد'],
      ['وكشفت دراسة حديثة أعدها مركز الخليج للدراسات الاستراتيجية أن التصريحات العدائية تضاعفت.', 'مركز الخليج للدراسات الاستراتيجية'],
      ['وذكرت دراسة صادرة عن جامعة القاهرة أن نسبة الأمية تراجعت بشكل ملحوظ في الريف.', 'جامعة القاهرة'],
    ]);
  });

  it('keeps no indirect quote of a report\'s issuer, nor of a body named only by its kind', () => {
    for (const sentence of [
      'وقال تقرير صادر عن البنك الدولي إن الاقتصاد المصري سينمو بنسبة أربعة في المئة.',
      'وكشفت دراسة حديثة أن الذكاء الاصطناعي سيغير سوق العمل بشكل جذري.',
      'وقالت منظمة حقوقية إن الاعتقالات طالت العشرات من الناشطين في المدينة.',
      'وقالت دراسة أمريكية إن مبيعات السيارات ارتفعت بنسبة كبيرة خلال الربع الأخير.',
    ]) expect(parse(sentence).quotes, sentence).toEqual([]);
    // (a body's name, definite or foreign, still speaks)
    expectSpeakers([
      ['وقالت منظمة العفو الدولية إن الاعتقالات طالت العشرات من الناشطين في المدينة.', 'منظمة العفو الدولية'],
      ['وقالت وزارة الداخلية التونسية إن الوحدات تمكنت من إحباط مخطط إرهابي.', 'وزارة الداخلية التونسية'],
      ['وقالت شركة سوني إن مبيعاتها ارتفعت بنسبة كبيرة خلال الربع الأخير.', 'شركة سوني'],
    ]);
  });
});

describe('forty-sixth round: what a member sits for, a pilot\'s rank, a tag in the paragraph under a quote, what an outlet relayed', () => {
  it('reads "عن" and what a legislator sits for as the title, past the house and its adjectives', () => {
    for (const [sentence, name] of [
      ['وقالت عضو الكنيست عن حزب الليكود تالي غوتليب إن الحكومة يجب أن تواصل الحرب.', 'تالي غوتليب'],
      ['قال النائب في البرلمان الأوروبي عن الحزب الاشتراكي ماثيو ليونز إن الاتحاد يجب أن يعلق الاتفاقية.', 'ماثيو ليونز'],
      ['وقال السيناتور الجمهوري عن ولاية تكساس تيد كروز إن الإدارة فشلت في حماية الحدود.', 'تيد كروز'],
    ] as const) expect(parse(sentence).quotes.map((q) => q.speaker), sentence).toEqual([name]);
    // (a minister speaking in the house "about" something sits for nothing: no name made of it)
    expect(parse('وتحدث الوزير في البرلمان عن الأزمة، وقال إن الحكومة ستتخذ إجراءات عاجلة.').speakers).toEqual([]);
  });

  it('keeps "طيار" after a rank out of the name', () => {
    expectSpeakers([['وقال اللواء طيار هشام الحلبي إن القوات جاهزة للتعامل مع أي تهديد.', 'هشام الحلبي']]);
  });

  it('gives a quote alone in its paragraph to the one the paragraph under it names, pointing back at it', () => {
    for (const [quote, tag, speaker] of [
      ['«لم نعد نحتمل هذا الغلاء»', 'بهذه الكلمات عبر المواطن أحمد سالم عن معاناته مع ارتفاع الأسعار.', 'أحمد سالم'],
      ['"لم نعد نحتمل هذا الغلاء".', 'هكذا قال المواطن أحمد سالم لـ«العربية» وهو يقف أمام متجره.', 'أحمد سالم'],
      ['«لم نعد نحتمل هذا الغلاء»..', 'هذا ما قاله الحاج محمود العلي، صاحب محل خضار في السوق المركزي.', 'محمود العلي'],
    ] as const) expect(parse(quote, tag).quotes.map((q) => [q.kind, q.speaker]), tag).toEqual([['direct', speaker]]);
    // (a group the tag names is nobody, never the one quoted before; a sentence that names nobody tells nothing)
    expect(parse('وقال وزير المالية سامي فؤاد: «الأسعار ستنخفض قريبا».', '«لم نعد نحتمل هذا الغلاء»', 'هكذا يرى كثير من المواطنين الوضع في الأسواق.').quotes.map((q) => q.speaker)).toEqual(['سامي فؤاد', null]);
    expect(parse('«لم نعد نحتمل هذا الغلاء»', 'هذه الجملة تتردد على ألسنة كثير من المواطنين في الأسواق الشعبية.').quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives what an outlet relayed "according to" to the one it relayed it from', () => {
    for (const [sentence, speaker] of [
      ['ووفق ما نقلته وكالة الأنباء الرسمية عن وزير الداخلية محمود توفيق، فإن الأجهزة الأمنية ألقت القبض على المتهمين.', 'محمود توفيق'],
      ['وبحسب ما نقلته صحيفة الأهرام عن المتحدث باسم الوزارة أحمد سالم، فإن الأسعار لن ترتفع خلال الشهر المقبل.', 'أحمد سالم'],
    ] as const) expect(parse(sentence).quotes.map((q) => [q.kind, q.speaker]), sentence).toEqual([['indirect', speaker]]);
    // (the outlet alone relays nobody's words)
    expect(parse('ووفق ما نقلته وكالة رويترز، فإن الأجهزة الأمنية ألقت القبض على المتهمين.').quotes).toEqual([]);
  });
});

describe('forty-sixth round: a full name as the label of unmarked words', () => {
  const lead = 'أعلنت الحكومة عن حزمة جديدة من الإجراءات الاقتصادية لدعم الأسر.';

  it('gives the words after "الوزير سامي فؤاد:" or "سامي فؤاد:" to the one the label names', () => {
    for (const label of ['الوزير سامي فؤاد', 'سامي فؤاد', 'وزير المالية سامي فؤاد']) {
      const a = parse(lead, `${label}: سنواصل دعم الأسر الأكثر احتياجا حتى تنتهي الأزمة.`);
      expect(a.quotes.map((q) => [q.kind, q.speaker, q.text]), label).toEqual([['unmarked', 'سامي فؤاد', 'سنواصل دعم الأسر الأكثر احتياجا حتى تنتهي الأزمة']]);
    }
  });

  it('reads no words from a place, a body, a title alone, a description or a heading as a label', () => {
    for (const line of [
      'مصر: ارتفاع معدل التضخم إلى أعلى مستوى منذ خمس سنوات.',
      'وزير الخارجية: لا حل عسكري للأزمة في المنطقة على الإطلاق.',
      'المصدر: وزارة المالية المصرية والجهاز المركزي للتعبئة العامة والإحصاء.',
      'أحمد سالم: أستاذ الاقتصاد بجامعة القاهرة وعضو المجلس الاستشاري للبنك المركزي.',
      'محمد صلاح: اللاعب المصري يقود ليفربول للفوز على مانشستر يونايتد.',
      'مديرة مسرح شكسبير: دمي يفور بسبب انتقادي لأني امرأة',
    ]) expect(parse(lead, line).quotes, line).toEqual([]);
  });
});

describe('forty-sixth round: "المصدر ذاته" speaks for the source before it, named or not', () => {
  it('gives the words of "المصدر ذاته" to the body whose statement came before', () => {
    const a = parse('وأورد بلاغ للمديرية العامة للأمن الوطني أن المصالح الأمنية أوقفت ثلاثة أشخاص للاشتباه في تورطهم.', 'وأضاف المصدر ذاته أن الأبحاث لا تزال جارية لتحديد باقي المتورطين.');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'المديرية العامة للأمن الوطني'], ['indirect', 'المديرية العامة للأمن الوطني']]);
  });

  it('keeps what an unnamed source goes on to say from the one named before it', () => {
    const minister = 'وقال وزير الداخلية سامي فؤاد إن الوضع الأمني مستقر في جميع المحافظات.';
    const source = 'وقال مصدر أمني إن المصالح الأمنية أوقفت ثلاثة أشخاص للاشتباه في تورطهم.';
    for (const more of ['وأضاف المصدر ذاته أن الأبحاث لا تزال جارية لتحديد باقي المتورطين.', 'وأضاف أن الأبحاث لا تزال جارية لتحديد باقي المتورطين.']) {
      expect(parse(minister, source, more).quotes.map((q) => q.speaker), more).toEqual(['سامي فؤاد']);
    }
    // (the minister named by his title again still speaks)
    expect(parse(minister, source, 'وقال الوزير إن الأبحاث لا تزال جارية لتحديد باقي المتورطين.').quotes.map((q) => q.speaker)).toEqual(['سامي فؤاد', 'سامي فؤاد']);
  });
});

describe('forty-sixth round: a player\'s place on the pitch in his title', () => {
  it('reads "لاعب وسط", "لاعب خط وسط" and the club after them as the title', () => {
    for (const [sentence, name, role] of [
      ['وأكد لاعب وسط برشلونة بيدري أن الفريق قادر على المنافسة على جميع البطولات هذا الموسم.', 'بيدري', 'لاعب وسط برشلونة'],
      ['وأكد لاعب وسط برشلونة فرينكي دي يونغ أن الفريق قادر على المنافسة على جميع البطولات هذا الموسم.', 'فرينكي دي يونغ', 'لاعب وسط برشلونة'],
      ['وأكد لاعب خط وسط الأهلي إمام عاشور أن الفريق قادر على المنافسة على جميع البطولات هذا الموسم.', 'إمام عاشور', 'لاعب خط وسط الأهلي'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
    // ("وسط" after any other title is "amid", no part of it)
    expectSpeakers([['وقال وزير الخارجية سامي فؤاد وسط تصفيق الحضور: «لن نتخلى عن أشقائنا».', 'سامي فؤاد']]);
  });
});

describe('forty-seventh round: particles of foreign names, a club after a coach\'s or player\'s title, the spokesman\'s two words', () => {
  it('reads "فان", "دا", "فون" inside a foreign name as part of it, never "فإن" spelt the same', () => {
    expectSpeakers([
      ['وقال لويس فان جال مدرب مانشستر يونايتد في مؤتمر صحفي: «نحتاج إلى الفوز في المباريات المتبقية».', 'لويس فان جال'],
      ['وقال روبن فان بيرسي إن المباراة كانت صعبة على الجميع هذا المساء.', 'روبن فان بيرسي'],
      ['وقال إدوين فان دير سار الرئيس التنفيذي لأياكس: «نحن نبني فريقا جديدا».', 'إدوين فان دير سار'],
      ['وقال الرئيس لويس إيناسيو لولا دا سيلفا إن بلاده تدعم وقف إطلاق النار.', 'لويس إيناسيو لولا دا سيلفا'],
      ['وقال الرئيس البرازيلي لولا دا سيلفا إن بلاده تدعم وقف إطلاق النار.', 'لولا دا سيلفا'],
      // (a surname that opens on the particle, right after the verb)
      ['وقال فان دايك في تصريحات لشبكة سكاي سبورتس: «لم نكن في مستوانا اليوم».', 'فان دايك'],
    ]);
    // (with a comma before it, or printed فإن, it is the particle "then indeed")
    expect(parse('وإذا تأخر الرد فان الحكومة ستتخذ إجراءات صارمة، كما قال الوزير سامي فؤاد.').speakers.map((s) => s.name)).not.toContain('الرد فان');
    expect(parse('وقال الوزير سامي فؤاد، فان الحكومة ستتخذ إجراءات صارمة: «لن نتهاون».').quotes.map((q) => q.speaker)).toEqual(['سامي فؤاد']);
  });

  it('reads a foreign given name on ل after a title as the name, not as ل and a genitive of the title', () => {
    for (const [sentence, name, role] of [
      ['وقال الرئيس البرازيلي لويس إيناسيو لولا إن بلاده تدعم وقف إطلاق النار.', 'لويس إيناسيو لولا', 'الرئيس البرازيلي'],
      ['وقال مدرب باريس سان جيرمان لويس إنريكي إن الفريق سيعود أقوى.', 'لويس إنريكي', 'مدرب باريس سان جيرمان'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
  });

  it('keeps a listed club in a coach\'s or a player\'s title, before or after the name, and names its coach by the title alone', () => {
    for (const [sentence, name, role] of [
      ['وقال لاعب برشلونة بيدري بعد المباراة: «قدمنا مباراة كبيرة».', 'بيدري', 'لاعب برشلونة'],
      ['وقال بيب غوارديولا مدرب مانشستر سيتي إن فريقه لم يكن في أفضل حالاته.', 'بيب غوارديولا', 'مدرب مانشستر سيتي'],
      ['وقال فيرجيل فان دايك قائد ليفربول: «علينا أن نتعلم من هذه الهزيمة».', 'فيرجيل فان دايك', 'قائد ليفربول'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
    expectSpeakers([
      ['وقال مدرب ليفربول إن الفريق سيعود أقوى في المباراة المقبلة.', 'مدرب ليفربول'],
      ['وقال رئيس برشلونة: «النادي يمر بمرحلة صعبة».', 'رئيس برشلونة'],
      // (and so does a place: the emir of Qatar, Spain's prime minister)
      ['وقال أمير قطر إن بلاده ستواصل جهود الوساطة بين الطرفين.', 'أمير قطر'],
      ['وقال رئيس وزراء إسبانيا إن الحكومة ستعترف بدولة فلسطين قريبا.', 'رئيس وزراء إسبانيا'],
      // (an indefinite title with no proper name after it is still nobody in particular)
      ['وقال مسؤول حكومي: «الوضع تحت السيطرة».', null],
    ]);
  });

  it('keeps a club star\'s title set off by commas between two names for the second ("بلماضي، نجم مانشستر سيتي الإنجليزي، رياض محرز،")', () => {
    const a = parse('انتقد مدرب المنتخب الجزائري، جمال بلماضي، نجم مانشستر سيتي الإنجليزي، رياض محرز، خلال المؤتمر الصحفي قبل المباراة.', 'ورد محرز قائلا: «سأعود أقوى مع المنتخب».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['رياض محرز', 'نجم مانشستر سيتي الإنجليزي']]);
    // (a title holding another title's word keeps its genitive: "نائب الرئيس الأمريكي، دونالد ترامب")
    const b = parse('كشف مايك بنس، نائب الرئيس الأمريكي، دونالد ترامب، الخميس، عن موعد تدشين قوة فضائية أمريكية.', 'وقال بنس: «سنبدأ العمل قريبا».');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['مايك بنس', 'نائب الرئيس الأمريكي']]);
  });

  it('reads South Africa\'s nisba of two words in the title', () => {
    for (const [sentence, name, role] of [
      ['ورحب وزير الخارجية الجنوب أفريقي رونالد لامولا بالدعوة، وقال إن إصلاح المجلس بات ضرورة ملحة.', 'رونالد لامولا', 'وزير الخارجية الجنوب أفريقي'],
      ['وقال الرئيس الجنوب إفريقي سيريل رامافوزا: «نحن ندعم الحوار».', 'سيريل رامافوزا', 'الرئيس الجنوب إفريقي'],
      ['وقالت وزيرة الخارجية الجنوب أفريقية ناليدي باندور إن المحكمة ستنظر في القضية.', 'ناليدي باندور', 'وزيرة الخارجية الجنوب أفريقية'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
  });

  it('takes an unnamed spokesman as nobody in particular whichever word names him ("المتحدث", "الناطق"), a named one as himself', () => {
    for (const sentence of ['وقال المتحدث باسم الجيش الإسرائيلي: «بدأنا عمليات محدودة».', 'وقال الناطق باسم الجيش الإسرائيلي: «بدأنا عمليات محدودة».', 'وقالت الناطقة باسم الحكومة: «الاجتماع سيعقد غدا».']) {
      expect(parse(sentence).quotes.map((q) => q.speaker), sentence).toEqual([null]);
    }
    expect(parse('وقالت الناطقة باسم الحكومة إن الاجتماع سيعقد غدا في العاصمة.').quotes).toEqual([]);
    expectSpeakers([
      ['وقال الناطق باسم الجيش الليبي أحمد المسماري إن القوات تقدمت نحو المدينة الساحلية.', 'أحمد المسماري'],
      ['وقال الناطق الرسمي باسم وزارة الداخلية العميد خالد المطيري: «الوضع تحت السيطرة».', 'خالد المطيري'],
    ]);
    // (the spokesman named before is the one the title points to)
    const a = parse('قال الناطق باسم حركة حماس حازم قاسم إن الحركة تدرس المقترح المقدم من الوسطاء.', 'وأضاف الناطق أن الرد سيسلم للوسطاء خلال الأيام القليلة المقبلة.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['حازم قاسم', 'حازم قاسم']);
  });
});

describe('forty-seventh round: a quote broken over lines that hold no mark, closed two or three lines down', () => {
  it('joins the lines up to the mark that closes the quote', () => {
    const a = parse('وقال الوزير سامي فؤاد في كلمته: «أيها الإخوة،', 'إن المرحلة المقبلة تتطلب منا جميعا العمل بروح الفريق.', 'ولن نسمح لأحد بتعطيل مسيرة الإصلاح».', 'وفي ختام كلمته، شكر الوزير جميع الحاضرين.');
    expect(a.quotes.map((q) => [q.text, q.speaker, q.paragraph, q.endParagraph])).toEqual([
      ['أيها الإخوة،\nإن المرحلة المقبلة تتطلب منا جميعا العمل بروح الفريق.\nولن نسمح لأحد بتعطيل مسيرة الإصلاح', 'سامي فؤاد', 0, 2],
    ]);
    // (a line between with a quote of its own ends the search: the open quote runs to its paragraph's end)
    const b = parse('وقال الوزير سامي فؤاد في كلمته: «أيها الإخوة،', 'وردد الحضور هتاف «عاشت الوحدة» مرات عدة.', 'ولن نسمح لأحد بتعطيل مسيرة الإصلاح».');
    expect(b.quotes[0]!.endParagraph).toBe(0);
  });
});

describe('forty-seventh round: the guest received, titled and named after the host', () => {
  it('leaves a bare title with a name of its own after the host\'s name to that person', () => {
    const a = parse('استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء الإسباني بيدرو سانشيز في القاهرة.', 'بدوره، أعرب سانشيز عن تقديره للدور المصري، مؤكدا أن إسبانيا ستواصل دعم جهود السلام في المنطقة.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['بيدرو سانشيز', 'رئيس الوزراء الإسباني']]);
    // (a title after a name with no name of its own after it is still the name's)
    expect(parse('وقال طارق فهمي أستاذ العلاقات الدولية بجامعة القاهرة إن المفاوضات ستستمر طويلا بين الطرفين.').speakers.map((s) => [s.name, s.role])).toEqual([['طارق فهمي', 'أستاذ العلاقات الدولية بجامعة القاهرة']]);
  });
});

describe('forty-seventh round: given names printed with the article, the Mauritanian "ولد"', () => {
  it('keeps reported speech of a person whose every name word carries the article', () => {
    expectSpeakers([
      ['وقال الحسين الوردي إن المغرب حقق تقدما كبيرا في هذا المجال خلال السنوات الأخيرة.', 'الحسين الوردي'],
      ['وأكد المصطفى الرميد أن المغرب حقق تقدما كبيرا في هذا المجال خلال السنوات الأخيرة.', 'المصطفى الرميد'],
      ['وقال المصطفى الرميد، وزير العدل، إن المغرب حقق تقدما كبيرا في هذا المجال.', 'المصطفى الرميد'],
      ['وقال المختار ولد داداه إن المغرب حقق تقدما كبيرا في هذا المجال خلال السنوات الأخيرة.', 'المختار ولد داداه'],
    ]);
    // (the definite given name before "ولد" is the name's first word, no title of it)
    expect(parse('وقال المختار ولد داداه: «المغرب حقق تقدما كبيرا».').speakers.map((s) => [s.name, s.role])).toEqual([['المختار ولد داداه', null]]);
  });
});

describe('forty-seventh round: the accused named after "المتهم"', () => {
  it('reads "المتهم" before a name as the person\'s description, its هم no pronoun; alone it names nobody', () => {
    for (const sentence of ['وقال المتهم سامي فؤاد إنه كان خارج المدينة وقت وقوع الجريمة.', 'وقال المتهم سامي فؤاد: «كنت خارج المدينة».']) {
      expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([['سامي فؤاد', 'المتهم']]);
    }
    expect(parse('وقال المتهم: «أنا بريء».').quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('forty-seventh round: the marks on a title\'s or a name\'s last letter', () => {
  it('prints the vowel marks of the last letter with the title and the name, as the page does', () => {
    const a = parse('قالَ الرئيسُ الفرنسيُّ إيمانويلُ ماكرونْ إنَّ فرنسا تدعم الحل السياسي في المنطقة.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['إيمانويلُ ماكرونْ', 'الرئيسُ الفرنسيُّ']]);
    expect(parse('وقالَ وزيرُ الخارجيةِ سامي فؤاد: «سنواصلُ العملَ».').speakers.map((s) => s.role)).toEqual(['وزيرُ الخارجيةِ']);
  });
});

describe('forty-seventh round: a title, then its holder named after "يدعى"', () => {
  it('names the holder of a title set off by a comma before "ويدعى"', () => {
    for (const [sentence, name, role] of [
      ['وصرح المدير التنفيذي للمنظمة، ويدعى جون سميث، بأن المساعدات لا تكفي لسد احتياجات السكان.', 'جون سميث', 'المدير التنفيذي للمنظمة'],
      ['وقال مدير المدرسة، ويدعى أحمد سالم، إن الدراسة ستستأنف الأسبوع المقبل في كل الصفوف.', 'أحمد سالم', 'مدير المدرسة'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
  });
});

describe('forty-seventh round: a club\'s short name after its coach\'s title, a player\'s place before his club', () => {
  it('keeps "يونايتد" in the coach\'s title, never a person named so', () => {
    expect(parse('وقال لويس فان جال مدرب يونايتد: «نحتاج إلى الفوز».').speakers.map((s) => [s.name, s.role])).toEqual([['لويس فان جال', 'مدرب يونايتد']]);
    expectSpeakers([
      ['وقال مدرب يونايتد إن الفريق سيعود أقوى في المباراة المقبلة.', 'مدرب يونايتد'],
      // (a player's place on the pitch, then the club, make his title one of a definite holder too)
      ['وقال لاعب وسط مانشستر يونايتد إن الفريق سيعود أقوى في المباراة المقبلة.', 'لاعب وسط مانشستر يونايتد'],
    ]);
  });
});

describe('forty-eighth round: "وذكر" past an aside in commas, compound given names on "عز", writers and artists as titles', () => {
  it('reads "وذكر X، في بيان، أن" as the verb with its subject, the aside between', () => {
    expectSpeakers([
      ['وذكر بايدن، في بيان أصدره البيت الأبيض، أن "الولايات المتحدة تقف إلى جانب حلفائها".', 'بايدن'],
      ['وذكر بايدن، في بيان، أن الولايات المتحدة تقف إلى جانب حلفائها في كل الظروف.', 'بايدن'],
    ]);
    // (the noun "mention" with no particle after it is still no verb of saying)
    expect(parse('وذكر الله، في كل الأحوال، عبادة يحبها المؤمنون ويواظبون عليها.').quotes).toEqual([]);
  });

  it('names "عز الدين" as a compound given name, never the "عز" of "عز وجل"', () => {
    expect(parse('وقال الكاتب عز الدين ميرغني إن الراحل كان صوتا فريدا في السرد السوداني الحديث.').speakers.map((s) => [s.name, s.role])).toEqual([['عز الدين ميرغني', 'الكاتب']]);
    expect(parse('وقال الشيخ أحمد علي إن الله عز وجل أمر بالعدل والإحسان بين الناس جميعا.').speakers.map((s) => s.name)).toEqual(['أحمد علي']);
  });

  it('reads critics, translators, composers and athletes as titles before a name', () => {
    for (const [sentence, name, role] of [
      ['وقال الناقد عز الدين ميرغني إن الراحل "كان صوتا فريدا في السرد".', 'عز الدين ميرغني', 'الناقد'],
      ['وقال الناقد محمود أمين إن الرواية تجاوزت حدود المحلية إلى العالمية بكل جدارة.', 'محمود أمين', 'الناقد'],
      ['وقال الموسيقار عمار الشريعي في حوار قديم إن "الموسيقى لغة لا تحتاج إلى ترجمة".', 'عمار الشريعي', 'الموسيقار'],
      ['وقال المترجم صالح علماني إن الترجمة "خيانة جميلة لا بد منها".', 'صالح علماني', 'المترجم'],
      ['وقال العداء المغربي سفيان البقالي: "أهدي هذه الميدالية لكل المغاربة".', 'سفيان البقالي', 'العداء المغربي'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
  });
});

describe('forty-eighth round: bodies and officials', () => {
  it('keeps a plural nisba in a body\'s name before the object of its verb', () => {
    expectSpeakers([['ونعى اتحاد الكتاب السودانيين الراحل في بيان، واصفا إياه بأنه "أحد أعمدة الرواية السودانية الحديثة".', 'اتحاد الكتاب السودانيين']]);
    // (after a feminine the plural is still whom the body called on)
    expect(parse('ودعت وزارة الخارجية المصرية المواطنين المصريين إلى توخي الحذر، وقالت إن "الوضع خطير".').speakers.map((s) => s.name)).toEqual(['وزارة الخارجية المصرية']);
  });

  it('reads a parliamentary bloc inside a title, and its name in quote marks as no quote', () => {
    for (const [sentence, name, role] of [
      ['وقال عضو كتلة حزب الله النيابية حسن فضل الله إن "المقاومة جاهزة لكل الاحتمالات".', 'حسن فضل الله', 'عضو كتلة حزب الله النيابية'],
      ['وقال عضو كتلة حزب الوفد حسن علي إن الحكومة مطالبة بتوضيح موقفها من القانون الجديد.', 'حسن علي', 'عضو كتلة حزب الوفد'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
    const a = parse('وقال النائب عن كتلة "التنمية والتحرير" قاسم هاشم: "الحوار هو السبيل الوحيد".');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['الحوار هو السبيل الوحيد', 'قاسم هاشم']]);
  });

  it('ends a name before the outlet told, "للميادين" with ل on the article', () => {
    expectSpeakers([
      ['وقال القيادي في حزب الله محمود قماطي للميادين إن "المقاومة جاهزة لكل الاحتمالات".', 'محمود قماطي'],
      ['وقال الباحث في مركز الدراسات محمد مكي للشرق الأوسط إن الوساطة "أثبتت قدرتها على تحقيق اختراقات".', 'محمد مكي'],
    ]);
  });

  it('names an official of a portfolio or in a body, and leaves one of a nationality nobody', () => {
    for (const [sentence, name, role] of [
      ['وقالت مسؤولة السياسة الخارجية في الاتحاد كايا كالاس في بيان إن "هذه الخطوة رسالة واضحة".', 'كايا كالاس', 'مسؤولة السياسة الخارجية في الاتحاد'],
      ['وقال مسؤول ملف الأسرى في الحركة زاهر جبارين إن "الصفقة ستشمل أسماء بارزة".', 'زاهر جبارين', 'مسؤول ملف الأسرى في الحركة'],
      ['وقال المسؤول في وزارة الخارجية الأمريكية جون بيرسون إن واشنطن "تراقب الوضع عن كثب".', 'جون بيرسون', 'المسؤول في وزارة الخارجية الأمريكية'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
    expectSpeakers([
      ['وقال مسؤول عسكري إسرائيلي كبير لصحيفة "هآرتس": "العملية ستستمر أسابيع".', null],
      ['وقال مسؤول ملف الأسرى: "الصفقة ستشمل أسماء بارزة".', null],
      ['وقال المسؤول في الوزارة: "الصفقة ستشمل أسماء بارزة".', null],
    ]);
  });

  it('reads "إمام أوغلو" as one Turkish family name', () => {
    expect(parse('وقال رئيس بلدية إسطنبول أكرم إمام أوغلو إن "الديمقراطية ستنتصر".').speakers.map((s) => [s.name, s.role])).toEqual([['أكرم إمام أوغلو', 'رئيس بلدية إسطنبول']]);
  });
});

describe('forty-eighth round: a verb\'s object read as its subject', () => {
  it('leaves a body the verb does not agree with in gender to the object, the subject the one before', () => {
    expectSpeakers([
      ['ونفت قوات الدعم السريع في بيان مسؤوليتها عن الهجوم، واتهمت الجيش بـ"تلفيق الاتهامات".', 'قوات الدعم السريع'],
      ['ونفى الحزب في بيان مسؤوليته عن الهجوم، واتهم الحكومة بـ"تلفيق الاتهامات".', 'الحزب'],
      // (a verb that agrees with the body after it has that body for its subject)
      ['واتهم الجيش الإسرائيلي حركة حماس بـ"استخدام المدنيين دروعا بشرية".', 'الجيش الإسرائيلي'],
      ['واتهمت الحركة الجيش بـ"استهداف المدنيين".', 'الحركة'],
    ]);
  });

  it('keeps the adjective that closes a body\'s name before its verb\'s object', () => {
    expectSpeakers([
      ['واتهمت قوات الدعم السريع الجيش بـ"استهداف المدنيين".', 'قوات الدعم السريع'],
      ['ونفت قوات الدعم السريع الاتهامات، وقالت إن "الجيش يستهدف المدنيين".', 'قوات الدعم السريع'],
    ]);
  });

  it('reads the subject of a verb whose object stands before the participle after it', () => {
    expectSpeakers([['وأدان الاتحاد الأوروبي الهجوم، معتبرا أنه "انتهاك صارخ للقانون الدولي".', 'الاتحاد الأوروبي']]);
    expectSpeakers([['وحث البابا فرنسيس العالم على "عدم نسيان ضحايا الحروب".', 'فرنسيس']]);
  });

  it('reads "أمين" after a title with the article as the given name it opens', () => {
    expect(parse('وقال المهندس أمين الناصر، رئيس أرامكو السعودية، إن "الطلب على النفط سيظل قويا".').speakers.map((s) => [s.name, s.role])).toEqual([['أمين الناصر', 'رئيس أرامكو السعودية']]);
  });
});

describe('forty-eighth round: a royal named again by his given names', () => {
  it('gives "الأمير عبد العزيز" the full name "عبد العزيز بن سلمان" given before', () => {
    const a = parse('وقال وزير الطاقة الأمير عبد العزيز بن سلمان إن الاكتشاف "يعزز مكانة المملكة في أسواق الطاقة العالمية".', 'وأضاف الأمير عبد العزيز أن الحقل يقدر احتياطيه بنحو خمسة عشر تريليون قدم مكعب.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['عبد العزيز بن سلمان', 'عبد العزيز بن سلمان']);
    expect(a.speakers.map((s) => s.name)).toEqual(['عبد العزيز بن سلمان']);
    // (a given name alone with no royal's title is somebody else)
    const b = parse('وقال محمد بن راشد آل مكتوم: «الإمارات ماضية في مسيرتها».', 'وقال محمد، وهو بائع في السوق: «الأسعار مرتفعة جدا».');
    expect(b.speakers.map((s) => s.name)).toEqual(['محمد بن راشد آل مكتوم', 'محمد']);
  });
});

describe('forty-eighth round: "سمية" after a title, an aside before the colon, "ما صرح به"', () => {
  it('reads "سمية" after a title as the given name, not "سمّيه" (named him)', () => {
    expect(parse('ونوهت الدكتورة سمية الناصر إلى أن "الوقاية خير من العلاج".').speakers.map((s) => [s.name, s.role])).toEqual([['سمية الناصر', 'الدكتورة']]);
  });

  it('takes a present verb of going on as the verb when a relative clause about its subject ends in a colon', () => {
    expectSpeakers([
      ['ويتابع أبو أحمد، الذي فقد منزله في القصف: "لم يبق لنا شيء".', 'أبو أحمد'],
      ['ويتابع أحمد سعيد، الذي فقد منزله في القصف: "لم يبق لنا شيء على الإطلاق".', 'أحمد سعيد'],
    ]);
  });

  it('reads the subject after "ما صرح به" as the one whose words are told', () => {
    expectSpeakers([
      ['وفق ما صرح به مدير المستشفى الدكتور محمد أبو سلمية لـ"الجزيرة"، فإن "المستشفى خرج عن الخدمة".', 'محمد أبو سلمية'],
      ['ووفقا لما صرح به مدير المستشفى محمد أبو سلمية، فإن "المستشفى خرج عن الخدمة".', 'محمد أبو سلمية'],
    ]);
  });
});

describe('forty-eighth round: whom a title with the article called on', () => {
  it('leaves the people called on out of the title and the name', () => {
    const a = parse('أكد وزير الصحة فهد الجلاجل أنه لم تسجل أي إصابات جديدة بالحصبة خلال الأسبوع الماضي.', 'ودعا الوزير أولياء الأمور إلى «الحرص على استكمال جرعات أطفالهم».', 'ودعا الوزير المواطنين إلى «الالتزام بمواعيد التطعيم في المراكز الصحية».');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['فهد الجلاجل', 'فهد الجلاجل', 'فهد الجلاجل']);
    expect(a.speakers.map((s) => s.name)).toEqual(['فهد الجلاجل']);
    // (with no minister named before, the title alone: never "الرئيس الشعب")
    expectSpeakers([['ودعا الرئيس الشعب إلى "الوحدة في وجه التحديات".', 'الرئيس']]);
  });
});

describe('forty-eighth round: "لوكالة" of a title\'s agency', () => {
  it('reads "لوكالة الأونروا" after a title as its genitive, and a news agency after it as the one told', () => {
    expect(parse('وقال المفوض العام لوكالة الأونروا فيليب لازاريني إن "الوكالة تواجه أزمة تمويل غير مسبوقة".').speakers.map((s) => [s.name, s.role])).toEqual([['فيليب لازاريني', 'المفوض العام لوكالة الأونروا']]);
    for (const sentence of ['وقال وزير الخارجية سامي فؤاد لوكالة الأنباء الرسمية إن "المفاوضات مستمرة".', 'وقال وزير الخارجية سامي فؤاد لوكالة رويترز إن "المفاوضات مستمرة".']) {
      expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([['سامي فؤاد', 'وزير الخارجية']]);
    }
  });
});

describe('forty-ninth round: an honorific pronoun stands for the one printed with its style', () => {
  it('gives "سموه", "جلالته", "فخامته" to the prince, king or president of the protocol story, not the guest named last', () => {
    const prince = parse('استقبل صاحب السمو الملكي الأمير فيصل بن فرحان بن عبدالله، وزير الخارجية، في الرياض اليوم، نظيره الفرنسي جان نويل بارو.', 'وأكد سموه أن "المملكة حريصة على تعزيز الشراكة الاستراتيجية مع فرنسا".');
    expect(prince.quotes.map((q) => q.speaker)).toEqual(['فيصل بن فرحان بن عبدالله']);
    const king = parse('استقبل صاحب الجلالة الملك عبدالله الثاني، في قصر الحسينية اليوم، رئيس الوزراء العراقي محمد شياع السوداني.', 'وأكد جلالته أن "الأردن يقف إلى جانب العراق في كل الظروف".');
    expect(king.quotes.map((q) => q.speaker)).toEqual(['عبدالله الثاني']);
    const president = parse('التقى الرئيس عبد الفتاح السيسي، اليوم، وزير الخارجية الأمريكي ماركو روبيو.', 'وأكد فخامته أن "مصر ترفض تهجير الفلسطينيين من أرضهم".');
    expect(president.quotes.map((q) => q.speaker)).toEqual(['عبد الفتاح السيسي']);
  });

  it('gives "سموه" to the prince though another minister spoke after him, and reads no name from "أصحاب السمو والفضيلة"', () => {
    const a = parse('وأكد سمو الأمير فيصل بن فرحان أن "السلام خيار استراتيجي للمملكة".', 'وأضاف وزير الخارجية الفرنسي جان نويل بارو أن "فرنسا ستعترف بدولة فلسطين".', 'وشدد سموه على "أهمية وقف الحرب فورا".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['فيصل بن فرحان', 'جان نويل بارو', 'فيصل بن فرحان']);
    const b = parse('استقبل أمير المنطقة الشرقية الأمير سعود بن نايف في مقر الإمارة أمس أصحاب السمو والفضيلة والمسؤولين.', 'وقال سموه: "سعدنا بحضور المهرجان هذا العام وبارك الله في جهودكم".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['سعود بن نايف']);
  });

  it('reads the name after "صاحب الجلالة", "صاحب الفخامة" without the style', () => {
    expect(parse('وقال صاحب الجلالة الملك عبدالله الثاني إن "الأردن لن يقبل بالتهجير".').speakers.map((s) => [s.name, s.role])).toEqual([['عبدالله الثاني', 'الملك']]);
    expect(parse('وقال صاحب الفخامة الرئيس عبد الفتاح السيسي إن "مصر لن تقبل بالتهجير".').speakers.map((s) => [s.name, s.role])).toEqual([['عبد الفتاح السيسي', 'الرئيس']]);
  });
});

describe('forty-ninth round: a head of government is no head of state', () => {
  it('finds the prime minister named as the guest for "رئيس الوزراء الهندي", never the president who received him', () => {
    const a = parse('استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، في قصر الشاطئ اليوم، رئيس وزراء الهند ناريندرا مودي.', 'وأكد صاحب السمو رئيس الدولة أن "العلاقات مع الهند تشهد نموا مستمرا".', 'من جانبه، قال رئيس الوزراء الهندي إن "الإمارات شريك استراتيجي للهند".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['محمد بن زايد آل نهيان', 'ناريندرا مودي']);
    const b = parse('استقبل الرئيس عبد الفتاح السيسي رئيس وزراء الهند ناريندرا مودي.', 'من جانبه، أعرب رئيس الوزراء الهندي عن شكره، وقال إن "مصر شريك استراتيجي للهند".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['ناريندرا مودي']);
    // (the president of a nationality is still the host)
    const c = parse('استقبل الرئيس الفلسطيني محمود عباس رئيس وزراء إسبانيا بيدرو سانشيز.', 'وقال الرئيس الفلسطيني إن "الاعتراف بدولة فلسطين خطوة تاريخية".');
    expect(c.quotes.map((q) => q.speaker)).toEqual(['محمود عباس']);
  });
});

describe('forty-ninth round: a verbal noun after ب, a region of a compass point', () => {
  it('ends the name before ب and a verbal noun of the تفعّل or تفاعل pattern', () => {
    expectSpeakers([
      ['في المقابل، اعترف مدرب النصر ستيفانو بيولي بتفوق المنافس، وقال: "لم نكن في يومنا".', 'ستيفانو بيولي'],
      ['ورحب وزير الخارجية أحمد عطاف بتعاون الشركاء، وقال: "نحن ماضون في هذا الطريق".', 'أحمد عطاف'],
    ]);
  });

  it('reads "وشمال أفريقيا" and "شرق المتوسط" as more of the region in the title', () => {
    expect(parse('وقال نائب رئيس البنك الدولي لمنطقة الشرق الأوسط وشمال أفريقيا عثمان ديون إن "النمو تباطأ بفعل الصراعات".').speakers.map((s) => [s.name, s.role])).toEqual([['عثمان ديون', 'نائب رئيس البنك الدولي لمنطقة الشرق الأوسط وشمال أفريقيا']]);
    expect(parse('وقال المدير الإقليمي للمنظمة لمنطقة شرق المتوسط أحمد المنظري إن "الوضع الصحي مقلق".').speakers.map((s) => s.name)).toEqual(['أحمد المنظري']);
  });
});

describe('forty-ninth round: "ما" as the subject of a verb of speech', () => {
  it('reads no words told after "ولعل ما يلفت الانتباه أن", and still those after "وهو ما أكده الوزير بقوله:"', () => {
    const a = parse('وقال وزير المالية محمد الجدعان إن "الاقتصاد أثبت مرونته في وجه الأزمات".', 'ولعل ما يلفت الانتباه أن الدول النامية هي الأكثر تضررا من هذه التحولات.', 'ومما يلفت النظر أن الأسواق الناشئة استعادت جزءا من خسائرها.');
    expect(indirect(a)).toEqual([]);
    const b = parse('وقال وزير المالية محمد الجدعان إن "الاقتصاد أثبت مرونته في وجه الأزمات".', 'وهو ما أكده الوزير بقوله: العجز سينخفض إلى أقل من اثنين في المئة خلال العام المقبل.');
    expect(b.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'محمد الجدعان'], ['unmarked', 'محمد الجدعان']]);
  });
});

describe('forty-ninth round: "لامين" and "دي لا" in names', () => {
  it('reads "لامين" as a given name, not ل and a title\'s head, and "دي لا" as a foreign name\'s particles', () => {
    expectSpeakers([
      ['وقال نجم برشلونة لامين يامال، عقب المباراة: "أنا سعيد بالهدف الذي سجلته".', 'لامين يامال'],
      ['وقال مدرب المنتخب الإسباني لويس دي لا فوينتي: "نحن سعداء بما قدمه اللاعبون".', 'لويس دي لا فوينتي'],
    ]);
  });
});

describe('forty-ninth round: "بما" and a title glued to ل after the quote', () => {
  it('never reads "بما" (ب and "what") as a name', () => {
    expectSpeakers([
      ['وأشاد الوزير خالد سعيد بما وصفه بـ"الإنجاز الكبير".', 'خالد سعيد'],
      ['وأشاد الوزير بما اعتبره "إنجازا كبيرا".', 'الوزير'],
    ]);
  });

  it('reads a title and a name after "وفقا لـ" closing the quote', () => {
    expectSpeakers([
      ['"الاقتصاد سيتعافى العام المقبل"، وفقا لوزير الاقتصاد محمد فريد.', 'محمد فريد'],
      ['"الاقتصاد سيتعافى العام المقبل"، وفقا لوزير الاقتصاد، محمد فريد.', 'محمد فريد'],
      // (a body glued to ل, as before)
      ['"عدد الإصابات ارتفع إلى 120 حالة"، وفقا لوزارة الصحة.', 'وزارة الصحة'],
    ]);
  });

  it('reads the one after "نقلا عن" closing the quote as its speaker, never an outlet relaying it', () => {
    expectSpeakers([
      ['"الحكومة لن تتراجع عن قرارها"، نقلا عن المتحدث باسم الحكومة محمد الحمد.', 'محمد الحمد'],
      ['"الحكومة لن تتراجع عن قرارها"، نقلا عن وكالة الأنباء الرسمية.', null],
    ]);
  });
});

describe('forty-ninth round: a body named after the subject of a verb whose object follows', () => {
  it('reads "المعارضة" after "واتهمت الحكومة", and "الحكومة" or "المجتمع" after a title closed by a definite word, as the object', () => {
    expectSpeakers([
      ['واتهمت الحكومة المعارضة بـ"تقويض الاستقرار".', 'الحكومة'],
      ['واتهم زعيم المعارضة الحكومة بـ"الفشل في إدارة الأزمة".', 'زعيم المعارضة'],
      ['وطالب رئيس مجلس النواب الحكومة بـ"تقديم الموازنة في موعدها".', 'رئيس مجلس النواب'],
      ['ودعا وزير الخارجية المجتمع الدولي إلى "التحرك العاجل".', 'وزير الخارجية'],
      // (the subject itself may be such a body)
      ['واتهمت المعارضة الحكومة بـ"الفساد".', 'المعارضة'],
    ]);
  });
});

describe('forty-ninth round: the one who replied, the spokeswoman, the UN official', () => {
  it('gives "ورد X في بيان قائلا:" to X, the occasion between the name and the participle', () => {
    const a = parse('وقال نتنياهو في مقابلة تلفزيونية إن "المؤسسة الأمنية فشلت في تقدير نوايا حماس".', 'ورد غالانت في بيان قائلا: "رئيس الوزراء يحاول التهرب من المسؤولية".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['نتنياهو', 'غالانت']);
  });

  it('gives "المتحدثة" standing alone to the woman speaking, not the man who spoke last', () => {
    const head = ['قالت منسقة الأمم المتحدة كليمنتاين نكويتا سلامي إن الوضع في المدينة "كارثي جدا".', 'وقال المتحدث باسم قوات الدعم السريع الفاتح قرشي إن قواته "تلتزم بحماية المدنيين".'];
    for (const last of ['لكن المتحدثة أشارت إلى أن "التقارير الواردة من المدينة تقول عكس ذلك".', 'وأشارت المتحدثة إلى أن "التقارير الواردة من المدينة تقول عكس ذلك".']) {
      expect(parse(...head, last).quotes.map((q) => q.speaker), last).toEqual(['كليمنتاين نكويتا سلامي', 'الفاتح قرشي', 'كليمنتاين نكويتا سلامي']);
    }
  });

  it('reads a second title in construct after the first title\'s comma, then the name', () => {
    expectSpeakers([
      ['وردت رئيسة القمة، وزيرة البيئة البرازيلية مارينا سيلفا، بالقول إن الاتفاق "أفضل ما يمكن التوصل إليه".', 'مارينا سيلفا'],
      ['وقال رئيس القمة، وزير البيئة البرازيلي ماريو سيلفا، إن الاتفاق "أفضل ما يمكن التوصل إليه".', 'ماريو سيلفا'],
    ]);
    // (and the second title finds her again)
    const a = parse('وردت رئيسة القمة، وزيرة البيئة البرازيلية مارينا سيلفا، بالقول إن الاتفاق "أفضل ما يمكن التوصل إليه".', 'وأضافت الوزيرة أن "الدول النامية حصلت على تعهدات تمويل غير مسبوقة".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['مارينا سيلفا', 'مارينا سيلفا']);
  });

  it('gives "المسؤولة الأممية" to the UN official speaking', () => {
    const a = parse('قالت منسقة الأمم المتحدة للشؤون الإنسانية في السودان كليمنتاين نكويتا سلامي إن الوضع "كارثي جدا".', 'وأضافت المسؤولة الأممية أن "المدنيين محاصرون دون غذاء أو دواء".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['كليمنتاين نكويتا سلامي', 'كليمنتاين نكويتا سلامي']);
  });
});

describe('forty-ninth round: "المسؤول الأول عن القطاع"', () => {
  it('gives the official in charge of the sector to the titled one speaking, and nobody after an unnamed official', () => {
    const a = parse('وأوضح وزير الطاقة والمناجم محمد عرقاب، في ندوة صحفية، أن المشروع "سيوفر أكثر من ثلاثة آلاف منصب شغل".', 'وأضاف المسؤول الأول عن القطاع أن الحكومة "تراهن على تنويع مصادر الدخل خارج المحروقات".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['محمد عرقاب', 'محمد عرقاب']);
    const b = parse('وقال مسؤول أمريكي إن "الاتفاق بات قريبا جدا".', 'وأضاف المسؤول الأول عن الملف أن "التفاصيل لم تحسم بعد".');
    expect(b.quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('fiftieth round: "استنادا إلى" and a speech noun in construct after an according-to lead', () => {
  it('gives the quote after "فإن" to the one named after "استنادا إلى" or "بحسب تصريحات"', () => {
    expectSpeakers([
      ['واستنادا إلى تصريحات وزير الصحة فراس الأبيض، فإن "الوضع الوبائي تحت السيطرة حتى الآن".', 'فراس الأبيض'],
      ['وبحسب تصريحات وزير الصحة فراس الأبيض، فإن "الوضع الوبائي تحت السيطرة حتى الآن".', 'فراس الأبيض'],
      ['وبالاستناد إلى حديث رئيس البلدية سامي خوري، فإن "الأضرار تجاوزت كل التوقعات".', 'سامي خوري'],
      // (as before: the speaker right after the lead, and a speech noun with ل glued to the speaker)
      ['وبحسب وزير الصحة فراس الأبيض، فإن "الوضع الوبائي تحت السيطرة حتى الآن".', 'فراس الأبيض'],
      ['وحسب تصريح لرئيس الجمعية خالد منصور، فإن "الأسعار سترتفع".', 'خالد منصور'],
    ]);
  });
});

describe('fiftieth round: the spokesman named "باسم", a channel told, a province in the title', () => {
  it('reads a second "باسم" after the body the spokesman speaks for as his given name', () => {
    expect(parse('وأكد الناطق الرسمي باسم الحكومة العراقية باسم العوادي أن "بغداد ترفض أن تكون ساحة لتصفية الحسابات".').speakers.map((s) => [s.name, s.role])).toEqual([['باسم العوادي', 'الناطق الرسمي باسم الحكومة العراقية']]);
    // (the first باسم is still "on behalf of")
    expect(parse('وقال المتحدث باسم الجيش نبيل عبد الله إن "العمليات مستمرة في المنطقة الحدودية".').speakers.map((s) => s.name)).toEqual(['نبيل عبد الله']);
  });

  it('reads a name in quotes after "لإذاعة", "لشبكة", "لتلفزيون" as the outlet told, no quote', () => {
    for (const told of ['لإذاعة "موزاييك"', 'لشبكة "رووداو"', 'لتلفزيون "الجديد"']) {
      const a = parse(`وصرح رئيس الاتحاد التونسي لكرة القدم وديع الجريء ${told}: "المنتخب جاهز للمونديال".`);
      expect(a.quotes.map((q) => [q.kind, q.speaker, q.text]), told).toEqual([['direct', 'وديع الجريء', 'المنتخب جاهز للمونديال']]);
    }
  });

  it('keeps "مقاطعة" and the province\'s name in the governor\'s title', () => {
    expect(parse('قال حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف إن "الهجوم لم يسفر عن إصابات".').speakers.map((s) => [s.name, s.role])).toEqual([['فياتشيسلاف غلادكوف', 'حاكم مقاطعة بيلغورود']]);
    expect(parse('وقال محافظ مقاطعة كورسك ألكسندر خينشتين إن "الوضع تحت السيطرة".').speakers.map((s) => [s.name, s.role])).toEqual([['ألكسندر خينشتين', 'محافظ مقاطعة كورسك']]);
  });
});

describe('fiftieth round: a participle agrees with its subject; a clause of contrast has its own', () => {
  it('gives a feminine participle after a masculine body\'s quote to nobody, not to the body', () => {
    const a = parse('وبينما قال الجيش إن "العملية حققت أهدافها"، نفت الفصائل ذلك مؤكدة أن "قواتها صدت الهجوم".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['الجيش', null]);
    const b = parse('وقال البرلمان الأوروبي في بيان إن "الاتفاق خطوة مهمة"، فيما ردت الجماعات المدافعة عن البيئة قائلة إن "الاتفاق غير كاف".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['البرلمان الأوروبي', null]);
  });

  it('still gives a participle to the body whose statement speaks, and to the same speaker of either gender', () => {
    const a = parse('أكدت وزارة السياحة، اليوم الثلاثاء، أن عدد السياح بلغ 17 مليون سائح خلال سنة 2024.', 'وأوضح بلاغ للوزارة أن هذا الرقم يعد "قياسيا"، مبرزا أن "عائدات القطاع بلغت 112 مليار درهم".');
    expect(a.quotes.at(-1)!.speaker).toBe('وزارة السياحة');
    const b = parse('وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن "المساعدات يجب أن تصل"، مضيفة أن "ألمانيا ستزيد دعمها".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['أنالينا بيربوك', 'أنالينا بيربوك']);
  });

  it('reads the unnamed source after "، لكن" or "، إلا أن" as the speaker, not the body named before the comma', () => {
    for (const s of ['ولم يعلق البيت الأبيض على التقارير، لكن مسؤولا أمريكيا قال إن "الإدارة تراقب الوضع عن كثب".', 'ولم يعلق البيت الأبيض على التقارير، لكن مسؤول أمريكي قال لـ"سي إن إن" إن "الإدارة تراقب الوضع عن كثب".', 'ولم يعلق البيت الأبيض على التقارير، إلا أن مسؤولا أمريكيا قال إن "الإدارة تراقب الوضع عن كثب".', 'ولم يعلق البيت الأبيض على التقارير، غير أن مصدرا دبلوماسيا قال إن "الإدارة تراقب الوضع عن كثب".']) {
      expect(parse(s).quotes.map((q) => q.speaker), s).toEqual([null]);
    }
    // (a named subject after لكن speaks)
    expectSpeakers([['ولم يعلق البيت الأبيض على التقارير، لكن المتحدث باسم الخارجية ماثيو ميلر قال إن "الإدارة تراقب الوضع".', 'ماثيو ميلر']]);
  });
});

describe('fiftieth round: the rank "العماد", the verb "دافع", a body with two genitives', () => {
  it('keeps "العماد" and "الفريق أول" after a title out of the title and the name', () => {
    expect(parse('وقال قائد الجيش اللبناني العماد رودولف هيكل إن "الجيش سيبقى صمام الأمان".').speakers.map((s) => [s.name, s.role])).toEqual([['رودولف هيكل', 'قائد الجيش اللبناني']]);
    expect(parse('وقال قائد الجيش السوداني الفريق أول عبد الفتاح البرهان إن "الحرب لن تتوقف".').speakers.map((s) => [s.name, s.role])).toEqual([['عبد الفتاح البرهان', 'قائد الجيش السوداني']]);
  });

  it('reads "دافع" opening the story as the verb, not the name\'s first word', () => {
    const a = parse('دافع عزيز أخنوش، رئيس الحكومة، عن حصيلة حكومته خلال الجلسة الشهرية بمجلس النواب.', 'وقال أخنوش إن "الحكومة وفت بالتزاماتها الاجتماعية رغم الظرفية الصعبة".');
    expect(a.speakers.map((s) => s.name)).toEqual(['عزيز أخنوش']);
  });

  it('reads "لشؤون اللاجئين" after "للأمم المتحدة" as more of the body\'s name', () => {
    expectSpeakers([
      ['وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن "أكثر من مليون شخص نزحوا خلال شهر واحد".', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين'],
      ['وقالت المفوضية السامية لشؤون اللاجئين إن "أكثر من مليون شخص نزحوا خلال شهر واحد".', 'المفوضية السامية لشؤون اللاجئين'],
    ]);
  });
});

describe('fiftieth round: a clause in quotes that opens on a body\'s name', () => {
  it('reads "«صندوق النقد ينتظر التشريعات»" after "أن" as words said (a present verb after the name), and "«شركة أرامكو»" still as a name', () => {
    const a = parse('من جهته، اعتبر وزير المال ياسين جابر أن "إقرار الخطة خطوة أولى على طريق طويل"، مشيرا إلى أن "صندوق النقد ينتظر التشريعات اللازمة".');
    expect(a.quotes.map((q) => [q.speaker, q.text])).toEqual([['ياسين جابر', 'إقرار الخطة خطوة أولى على طريق طويل'], ['ياسين جابر', 'صندوق النقد ينتظر التشريعات اللازمة']]);
    expect(parse('وقال الوزير إن "شركة أرامكو" ستعلن نتائجها الأسبوع المقبل.').quotes).toEqual([]);
  });
});

describe('fiftieth round: Maghreb copy\'s data and dailies, a family name in ها, what a player scores', () => {
  it('gives the words relayed by "معطيات رسمية" or "يومية «الصباح»" to nobody', () => {
    expectSpeakers([
      ['وأفادت معطيات رسمية بأن "عدد المستفيدين بلغ مليون أسرة".', null],
      ['وأوردت يومية "الصباح" أن "المصالح الأمنية أوقفت المشتبه فيه".', null],
    ]);
  });

  it('reads a foreign family name ending in ها after a given name ("أندريه سيبيها") as the name', () => {
    const a = parse('وقال وزير الخارجية الروسي سيرغي لافروف إن "موسكو مستعدة للحوار".', 'في المقابل، قال وزير الخارجية الأوكراني أندريه سيبيها إن "كييف لن تتنازل عن أراضيها".', 'وتابع الوزير الأوكراني: "نحتاج إلى المزيد من الدعم".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سيرغي لافروف', 'أندريه سيبيها', 'أندريه سيبيها']);
  });

  it('keeps a place of two words after an indefinite title ("محافظ بيت لحم") in the title', () => {
    expect(parse('قال محافظ بيت لحم محمد طه أبو عليا إن "المحافظة تعمل على تسهيل حركة المواطنين".').speakers.map((s) => [s.name, s.role])).toEqual([['محمد طه أبو عليا', 'محافظ بيت لحم']]);
    expect(parse('قال محافظ خان يونس محمد طه إن "الوضع صعب جدا".').speakers.map((s) => [s.name, s.role])).toEqual([['محمد طه', 'محافظ خان يونس']]);
  });

  it('never reads the goals a player scored as his name', () => {
    const a = parse('وسجل اللاعب هدفين في المباراة، وقال: "أنا سعيد بما قدمه الفريق".');
    expect(a.speakers.map((s) => s.name)).not.toContain('هدفين');
  });
});

describe('fiftieth round: the place a chamber serves in a title', () => {
  it('keeps "عمان" and "وصناعة دبي" after "غرفة تجارة" in the title', () => {
    expect(parse('وقال رئيس غرفة تجارة عمان خليل الحاج توفيق إن "الأسواق تشهد ركودا".').speakers.map((s) => [s.name, s.role])).toEqual([['خليل الحاج توفيق', 'رئيس غرفة تجارة عمان']]);
    expect(parse('وقال عضو مجلس إدارة غرفة تجارة وصناعة دبي محمد الرميثي إن "القطاع الخاص شريك أساسي".').speakers.map((s) => [s.name, s.role])).toEqual([['محمد الرميثي', 'عضو مجلس إدارة غرفة تجارة وصناعة دبي']]);
  });
});

describe('fiftieth round: the one presiding, named after "برئاسة"', () => {
  it('finds who presides for "رئيس المجلس" and "رئيس اللجنة" after "مجلس النواب، برئاسة …"', () => {
    const a = parse('وافق مجلس النواب، برئاسة المستشار حنفي جبالي، نهائيا على مشروع قانون الإجراءات الجنائية.', 'وقال رئيس المجلس إن "القانون يمثل نقلة نوعية في منظومة العدالة".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['حنفي جبالي']);
    const b = parse('عقدت اللجنة الوزارية برئاسة وزير الخارجية أحمد عطاف اجتماعا اليوم.', 'وقال رئيس اللجنة إن "الاجتماع كان مثمرا".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['أحمد عطاف']);
  });
});

describe('fifty-first round: titles of several words, regnal numbers, a rank after a place, names after "بن"', () => {
  const who = (...paragraphs: string[]): Array<[string, string | null]> => parse(...paragraphs).speakers.map((s) => [s.name, s.role]);

  it('reads a referee\'s and al-Azhar\'s head\'s titles whole, never "الحكم" (the verdict) as a name\'s word', () => {
    expect(who('وقال الحكم الدولي السابق جمال الغندور إن "ركلة الجزاء صحيحة".')).toEqual([['جمال الغندور', 'الحكم الدولي السابق']]);
    expect(who('وأكد حكم المباراة محمد معروف أن "القرار كان صحيحا".')).toEqual([['محمد معروف', 'حكم المباراة']]);
    expect(who('وقال شيخ الأزهر الشريف الإمام الأكبر الدكتور أحمد الطيب إن "التسامح أساس التعايش".')).toEqual([['أحمد الطيب', 'شيخ الأزهر الشريف الإمام الأكبر']]);
    // (a court's verdict in the quote is still no speaker)
    expect(parse('وقالت المحكمة إن "الحكم الدولي لا يلزم الدولة".').quotes.map((q) => q.speaker)).toEqual(['المحكمة']);
  });

  it('keeps a monarch\'s or a pope\'s number, "عشر" too, in the name', () => {
    expectSpeakers([
      ['وقال البابا بنديكت السادس عشر إن "السلام ممكن في عالمنا".', 'بنديكت السادس عشر'],
      ['وقال بابا الفاتيكان لاوون الرابع عشر إن "السلام ممكن في عالمنا".', 'لاوون الرابع عشر'],
      ['وقال الملك تشارلز الثالث إن "السلام ممكن في عالمنا".', 'تشارلز الثالث'],
      ['وقال العاهل الأردني الملك عبد الله الثاني إن "السلام ممكن في عالمنا".', 'عبد الله الثاني'],
    ]);
  });

  it('leaves a rank after a title that ends on a place ("قائد شرطة دبي الفريق") out of the title', () => {
    expect(who('وقال قائد شرطة دبي الفريق عبدالله خليفة المري إن "معدلات الجريمة انخفضت بنسبة كبيرة".')).toEqual([['عبدالله خليفة المري', 'قائد شرطة دبي']]);
    // (as after a definite word it already was)
    expect(who('وقال قائد الشرطة الفريق عبدالله خليفة المري إن "معدلات الجريمة انخفضت بنسبة كبيرة".')).toEqual([['عبدالله خليفة المري', 'قائد الشرطة']]);
  });

  it('keeps a title\'s word after "بن" in the name ("فيصل بن طالب")', () => {
    expect(who('كشف وزير العمل، فيصل بن طالب، عن دراسة لرفع منحة البطالة.', 'وقال بن طالب إن "المنحة ستراجع وفق الإمكانيات المالية للدولة".')).toEqual([['فيصل بن طالب', 'وزير العمل']]);
  });

  it('reads "العربي" after "البرلمان" as the body\'s adjective when a given name follows it', () => {
    expect(who('واستنكر رئيس البرلمان العربي عادل العسومي، في بيان، استمرار الانتهاكات، مؤكدا أن "الصمت الدولي غير مقبول".')).toEqual([['عادل العسومي', 'رئيس البرلمان العربي']]);
    // ("العربي" opening a name after a body still opens it)
    expect(who('وقال المتحدث باسم الدعم السريع الفاتح قرشي إن "القوات تتقدم في المدينة".')).toEqual([['الفاتح قرشي', 'المتحدث باسم الدعم السريع']]);
  });

  it('never reads the outlet told ("لعنب بلدي") as the name after a title and a name set off by commas', () => {
    expect(who('وقال محافظ حلب، عزام الغريب، لعنب بلدي، إن "الخطة تشمل إصلاح شبكات المياه والكهرباء".')).toEqual([['عزام الغريب', 'محافظ حلب']]);
  });

  it('names "أحدهم" by the name after "وهو"', () => {
    expect(parse('ويقول الخبراء إن الأسعار ستواصل الارتفاع.', 'وقال أحدهم، وهو الخبير الاقتصادي وائل النحاس، إن "الدولار سيصل إلى مستويات قياسية".').quotes.map((q) => q.speaker)).toEqual(['وائل النحاس']);
    // (one of them described, not named, is nobody)
    expect(parse('وقال أحدهم، وهو في الخمسين من عمره، إن "الوضع لم يعد يحتمل أبدا".').quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('reads "استنكر" as a verb of denouncing, as "أدان"', () => {
    expectSpeakers([
      ['واستنكرت وزارة الخارجية القطرية في بيان "الاعتداء السافر على الأراضي السورية".', 'وزارة الخارجية القطرية'],
      ['واستنكر الوزير في بيان "الاعتداء السافر على الأراضي السورية".', 'الوزير'],
    ]);
  });
});

describe('fifty-first round: places and facilities inside a title', () => {
  const who = (...paragraphs: string[]): Array<[string, string | null]> => parse(...paragraphs).speakers.map((s) => [s.name, s.role]);

  it('keeps a region after a territory\'s head glued to ب in the title, never reading it as the name', () => {
    expect(parse('وفي هذا الصدد، أكد مدير المركز الجهوي للاستثمار بجهة سوس ماسة إن "الجهة تستقطب استثمارات مهمة".').quotes.map((q) => q.speaker)).toEqual(['مدير المركز الجهوي للاستثمار بجهة سوس ماسة']);
  });

  it('keeps a facility named after a person ("مستشفى كمال عدوان") in the title before the holder\'s name', () => {
    expect(who('وقال مدير مستشفى كمال عدوان حسام أبو صفية إن "المستشفى خرج عن الخدمة".')).toEqual([['حسام أبو صفية', 'مدير مستشفى كمال عدوان']]);
    // (a facility named with the article is read as before)
    expect(who('وقال مدير مستشفى الشفاء محمد أبو سلمية إن "المستشفى خرج عن الخدمة".')).toEqual([['محمد أبو سلمية', 'مدير مستشفى الشفاء']]);
  });
});

describe('fifty-first round: a body presided over in its own session', () => {
  it('finds who presides when "جلسته" or "اجتماعها" (and an adjective) stands between the body and "برئاسة"', () => {
    const a = parse('عقد مجلس الوزراء جلسته الأسبوعية برئاسة رئيس الحكومة نواف سلام.', 'وقال رئيس المجلس إن "الحكومة ماضية في الإصلاحات".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['نواف سلام']);
    const b = parse('عقدت اللجنة اجتماعها برئاسة النائب أحمد علي.', 'وقال رئيس اللجنة إن "الاجتماع كان مثمرا وإيجابيا".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['أحمد علي']);
  });
});

describe('fifty-first round: a firm\'s name in quote marks after a head glued to ل', () => {
  const who = (...paragraphs: string[]): Array<[string, string | null]> => parse(...paragraphs).speakers.map((s) => [s.name, s.role]);

  it('keeps the quoted firm in the title when the holder\'s name follows it, and reads "العضو المنتدب" as a title', () => {
    expect(who('وقال الرئيس التنفيذي لشركة "إي إف جي هيرميس" كريم عوض إن "الاستحواذ سيكتمل خلال الربع الأول".')).toEqual([['كريم عوض', 'الرئيس التنفيذي لشركة "إي إف جي هيرميس"']]);
    expect(who('وقال العضو المنتدب لشركة "إي إف جي هيرميس" كريم عوض إن "الاستحواذ سيكتمل خلال الربع الأول".')).toEqual([['كريم عوض', 'العضو المنتدب لشركة "إي إف جي هيرميس"']]);
    expect(who('وقال العضو المنتدب كريم عوض إن "الاستحواذ سيكتمل خلال الربع الأول".')).toEqual([['كريم عوض', 'العضو المنتدب']]);
  });
});

describe('fifty-first round: civil defence speaks for itself', () => {
  it('gives "الدفاع المدني" its reported words, as "الجيش" has them', () => {
    const a = parse('قال الدفاع المدني في غزة إن 15 شخصا قتلوا في غارة على مخيم النصيرات.');
    expect(a.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([['indirect', 'الدفاع المدني', '15 شخصا قتلوا في غارة على مخيم النصيرات']]);
  });
});

describe('fifty-first round: thanks raised after a name, the object', () => {
  it('ends the subject\'s name or title before "الشكر" after "رفع", honorifics before the title or not', () => {
    expect(parse('ورفع معالي رئيس هيئة الترفيه المستشار تركي آل الشيخ الشكر للقيادة، مؤكدا أن "موسم الرياض حقق أرقاما قياسية".').quotes.map((q) => q.speaker)).toEqual(['تركي آل الشيخ']);
    expect(parse('ورفع الوزير الشكر للقيادة على دعمها، مؤكدا أن "القطاع يشهد نموا كبيرا هذا العام".').quotes.map((q) => q.speaker)).toEqual(['الوزير']);
  });
});

describe('fifty-first round: Iraqi, Yemeni, Libyan and Sudanese places in a title', () => {
  it('keeps "ديالى" after "بمحافظة" in the title, the name after it', () => {
    expect(parse('وقال مدير الصحة بمحافظة ديالى فارس العزاوي إن "المستشفيات جاهزة لاستقبال المصابين".').speakers.map((s) => [s.name, s.role])).toEqual([['فارس العزاوي', 'مدير الصحة بمحافظة ديالى']]);
  });
});

describe('fifty-second round: a title as the subject after إن, a long aside before the particle, the statement issued by a body', () => {
  it('reads a quote right after "إن الرئيس" that opens on a verb or ends the sentence as words said of him', () => {
    const a = parse('وقال المتحدث باسم البيت الأبيض جون كيربي إن الرئيس "يتابع الوضع عن كثب".');
    expect(a.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([['partial', 'جون كيربي', 'يتابع الوضع عن كثب']]);
    expect(parse('وأكد الوزير علي حسن أن الرئيس "حريص على الحوار".').quotes.map((q) => [q.kind, q.speaker])).toEqual([['partial', 'علي حسن']]);
    // (a title's own name in quotes, its predicate after it, is still no quote)
    expect(parse('وأكد الوزير علي حسن أن الرئيس "أبو مازن" سيزور القاهرة الأسبوع المقبل.').quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
  });

  it('reads the particle after a title set off by commas that runs past the usual gap', () => {
    const a = parse('وأضاف الدكتور عبدالله الربيعة، المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية، أن المركز نفذ أكثر من 3000 مشروع.');
    expect(a.quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([['indirect', 'عبدالله الربيعة', 'المركز نفذ أكثر من 3000 مشروع']]);
    // (an object between the subject and the particle still keeps it from the verb)
    expect(parse('وأضاف الدكتور عبدالله الربيعة، المستشار بالديوان الملكي، الشكر للقيادة على دعمها المتواصل للمركز وبرامجه في أن المركز نفذ المشاريع.').quotes).toEqual([]);
  });

  it('gives the words of "البيان الصادر عن X" to X, as it does those of "بيان صادر عن X"', () => {
    expect(parse('وقال البيان الصادر عن الرئاسة الفلسطينية إن "الاحتلال يتحمل المسؤولية الكاملة".').quotes.map((q) => q.speaker)).toEqual(['الرئاسة الفلسطينية']);
    expect(parse('وقال بيان صادر عن الرئاسة الفلسطينية إن "الاحتلال يتحمل المسؤولية الكاملة".').quotes.map((q) => q.speaker)).toEqual(['الرئاسة الفلسطينية']);
  });
});

describe('fifty-second round: words said in the paragraph under a colon', () => {
  it('reads a paragraph with no quote marks under "وقال X في كلمته:" as X\'s unmarked words', () => {
    const a = parse('وقال وزير الخارجية أيمن الصفدي في كلمته:', 'نحن أمام مرحلة خطيرة تتطلب تحركا دوليا فوريا لوقف التصعيد.');
    expect(a.quotes.map((q) => [q.kind, q.speaker, q.cue, q.text])).toEqual([['unmarked', 'أيمن الصفدي', 'وقال', 'نحن أمام مرحلة خطيرة تتطلب تحركا دوليا فوريا لوقف التصعيد']]);
  });

  it('leaves a post\'s hashtags and link out, and reads a platform\'s name in marks before the colon as no quote', () => {
    const a = parse('وردت رئيسة المفوضية الأوروبية أورسولا فون دير لاين على منصة "إكس":', 'سنرد بحزم وبشكل متناسب على أي إجراءات أحادية. #EU #Trade pic.twitter.com/AbC123xYz');
    expect(a.quotes.map((q) => [q.speaker, q.text])).toEqual([['أورسولا فون دير لاين', 'سنرد بحزم وبشكل متناسب على أي إجراءات أحادية']]);
    const b = parse('وكتب الرئيس الأمريكي دونالد ترامب على منصته "تروث سوشيال":', '"لقد استغلنا الاتحاد الأوروبي لعقود. هذا انتهى!"');
    expect(b.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'دونالد ترامب']]);
  });

  it('reads no words said under a list\'s lead, an opinion, a quote after the cue, or a paragraph with its own cue', () => {
    const none = [
      ['وأوضح الوزير أيمن الصفدي أن الخطة تشمل:', 'تطوير البنية التحتية في المحافظات الجنوبية خلال العام المقبل.'],
      ['وقال الوزير أيمن الصفدي:', '- تطوير البنية التحتية في المحافظات الجنوبية.'],
      ['وقال الوزير أيمن الصفدي إن "الحكومة ماضية في خططها رغم كل الظروف الصعبة":', 'وتشمل الخطة تطوير البنية التحتية في المحافظات الجنوبية.'],
    ];
    for (const [above, below] of none) expect(parse(above!, below!).quotes.filter((q) => q.paragraph === 1), below).toEqual([]);
    const own = parse('وقال الوزير أيمن الصفدي في كلمته:', 'وأضاف أن الحكومة ماضية في تنفيذ خططها الاقتصادية.');
    expect(own.quotes.map((q) => q.kind)).toEqual(['indirect']);
  });
});

describe('fifty-second round: American states and world cities as places', () => {
  it('keeps a surname that is also a city out of the list ("ويتني هيوستن"), and a state in a governor\'s title', () => {
    expect(parse('وقالت المغنية الأمريكية ويتني هيوستن في مقابلة قديمة: "الغناء هو حياتي".').speakers.map((s) => s.name)).toEqual(['ويتني هيوستن']);
    expect(parse('وقال حاكم تكساس غريغ أبوت إن "الحدود يجب أن تغلق".').speakers.map((s) => [s.name, s.role])).toEqual([['غريغ أبوت', 'حاكم تكساس']]);
  });
});

describe('fifty-second round: a speaker\'s title, the office over a courtesy word, no conjunction before it', () => {
  const story = [
    'وقع وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان ونظيره الكويتي طارق الرومي، اليوم الأحد، اتفاقية لتطوير حقل الدرة المشترك.',
    'وقال الأمير عبدالعزيز بن سلمان إن "الاتفاقية تجسد عمق العلاقات الأخوية بين البلدين".',
    'من جانبه، أكد الرومي أن "الكويت حريصة على الإسراع في تنفيذ المشروع".',
  ];

  it('gives the speaker the office he was named with before, not the royal title of the quote\'s sentence', () => {
    expect(parse(...story).speakers.map((s) => [s.name, s.role])).toEqual([['عبدالعزيز بن سلمان', 'وزير الطاقة السعودي'], ['طارق الرومي', 'نظيره الكويتي']]);
  });

  it('keeps a royal title when no office is named, and a second speaker\'s title after "و" without it', () => {
    expect(parse(story[1]!).speakers.map((s) => [s.name, s.role])).toEqual([['عبدالعزيز بن سلمان', 'الأمير']]);
    const a = parse('التقى الرئيس المصري عبد الفتاح السيسي ووزير الخارجية الأمريكي ماركو روبيو في القاهرة.', 'وقال روبيو إن "الشراكة مع مصر استراتيجية".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['ماركو روبيو', 'وزير الخارجية الأمريكي']]);
  });
});

describe('fifty-second round: a title and name after ب, a family name opening on "بو"', () => {
  it('registers "بالمبعوث الأمريكي ستيف ويتكوف" and "بوزير الخارجية الأمريكي ماركو روبيو", so the family name alone finds them', () => {
    const a = parse('والتقى الرئيس الفلسطيني محمود عباس بالمبعوث الأمريكي ستيف ويتكوف.', 'وأكد ويتكوف أن واشنطن "ملتزمة بالتهدئة".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['ستيف ويتكوف', 'المبعوث الأمريكي']]);
    const b = parse('واجتمع الرئيس الفلسطيني محمود عباس بوزير الخارجية الأمريكي ماركو روبيو.', 'وأكد روبيو أن واشنطن "ملتزمة بالتهدئة".', 'وقال عباس إن "الحل يبدأ بوقف الاستيطان".');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['ماركو روبيو', 'وزير الخارجية الأمريكي'], ['محمود عباس', 'الرئيس الفلسطيني']]);
  });

  it('keeps family names opening on "بو" ("بوشيخ", "بوليه") names', () => {
    expect(parse('وقال الباحث محمد بوشيخ إن "الظاهرة تحتاج إلى دراسة معمقة".').speakers.map((s) => s.name)).toEqual(['محمد بوشيخ']);
    expect(parse('وقالت المشاركة الفرنسية لورانس بوليه "كان الكيلومتر الأول جيدا، لكننا تهنا بعد ذلك".').speakers.map((s) => s.name)).toEqual(['لورانس بوليه']);
  });
});

describe('fifty-third round: a foreign family name in ه before whom he told or where he spoke', () => {
  it('keeps "لاركه" after a foreign given name before "للصحفيين", "في جنيف" or "في إفادة صحفية"', () => {
    expectSpeakers([
      ['وقال المتحدث باسم مكتب تنسيق الشؤون الإنسانية ينس لاركه للصحفيين في جنيف: "الوضع مروع".', 'ينس لاركه'],
      ['وقال جون لاركه في جنيف: "الوضع مروع".', 'جون لاركه'],
      ['وقال المتحدث ينس لاركه في إفادة صحفية: "الوضع مروع".', 'ينس لاركه'],
    ]);
  });

  it('still reads a noun with "his" after an Arabic given name as no part of the name ("أحمد موقفه للصحفيين")', () => {
    expectSpeakers([
      ['وأوضح أحمد موقفه للصحفيين قائلا إن الحكومة "لن تتراجع".', 'أحمد'],
      ['وأوضح الوزير أحمد موقفه في مؤتمر صحفي، مؤكدا أن الحكومة "لن تتراجع".', 'أحمد'],
    ]);
  });
});

describe('fifty-third round: "ورد X … بالقول"', () => {
  it('gives the words to X when where he spoke stands between him and "بالقول"', () => {
    expectSpeakers([['ورد باول في مؤتمر صحفي بالقول: "لن نخضع لأي ضغوط سياسية".', 'باول']]);
  });

  it('reads a quote after "بالقول إن البنك" as part of the reported clause, and one right after the colon as said whole', () => {
    const kinds = (s: string) => parse(s).quotes.map((q) => [q.kind, q.speaker]);
    expect(kinds('ورد باول في مؤتمر صحفي بالقول إن البنك "لن يخضع لأي ضغوط سياسية".')).toEqual([['partial', 'باول']]);
    expect(kinds('ورد باول بالقول إن البنك "لن يخضع لأي ضغوط سياسية".')).toEqual([['partial', 'باول']]);
    expect(kinds('ورد باول بالقول: "لن نخضع لأي ضغوط سياسية".')).toEqual([['direct', 'باول']]);
    expect(kinds('ورد باول بالقول إن "البنك لن يخضع لأي ضغوط سياسية".')).toEqual([['direct', 'باول']]);
  });
});

describe('fifty-third round: a closing statement\'s author, "للمرة الأولى" after the speaker', () => {
  it('gives the words of "بيان القمة الختامي" to the summit and those of "البيان الختامي للقمة العربية" to the summit named', () => {
    expectSpeakers([
      ['وشدد بيان القمة الختامي على "ضرورة الوقف الفوري لإطلاق النار".', 'القمة'],
      ['وأكد البيان الختامي للقمة العربية أن "القضية الفلسطينية هي القضية المركزية".', 'القمة العربية'],
      ['وقال البيان الختامي للاجتماع الوزاري إن "الحل السياسي هو الخيار الوحيد".', 'الاجتماع الوزاري'],
      // (a statement's author with no adjective after it keeps its words: "بيان الخارجية السعودية")
      ['وأكد بيان الخارجية السعودية أن المملكة "تدين بشدة الاعتداء".', 'الخارجية السعودية'],
    ]);
  });

  it('ends the speaker\'s phrase before "للمرة الأولى"', () => {
    expectSpeakers([
      ['وقال الوزير للمرة الأولى إن "المفاوضات وصلت إلى طريق مسدود".', 'الوزير'],
      ['وأشارت الوزارة للمرة الثانية إلى أن "الوضع خطير".', 'الوزارة'],
      ['وأشار البيان للمرة الأولى إلى أن "المفاوضات وصلت إلى طريق مسدود".', null],
    ]);
  });
});

describe('fifty-third round: committees named by their plural head', () => {
  it('reads "لجان مقاومة الفاشر" and "تنسيقية لجان مقاومة الخرطوم" whole', () => {
    expectSpeakers([
      ['وقالت لجان مقاومة الفاشر، في بيان، إن "القصف طاول منازل المواطنين".', 'لجان مقاومة الفاشر'],
      ['وقالت تنسيقية لجان مقاومة الخرطوم إن "القصف طاول منازل المواطنين".', 'تنسيقية لجان مقاومة الخرطوم'],
    ]);
  });
});

describe('fifty-third round: a verb\'s object before its styled subject', () => {
  it('gives the words after "، الذي صرح" to the prince named after "وحضر الاستقبال صاحب السمو"', () => {
    const a = parse('وحضر الاستقبال صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، الذي صرح بأن "المباحثات كانت مثمرة".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['فيصل بن فرحان بن عبدالله', 'وزير الخارجية']]);
  });

  it('still reads a titled subject right after the verb, and an honorific after a title', () => {
    expectSpeakers([
      ['وحضر الاجتماع معالي وزير المالية محمد الجدعان، الذي أكد أن "المباحثات كانت مثمرة".', 'محمد الجدعان'],
      ['وتابع الوزير الدكتور محمد الجاسر، الذي أكد أن "المباحثات كانت مثمرة".', 'محمد الجاسر'],
    ]);
  });
});

describe('fifty-third round: what a verb of judging describes, after a title alone', () => {
  it('ends "الوزير" before the thing described ("وصف الوزير الوضع", "اعتبر الوزير الخطوة")', () => {
    expectSpeakers([
      ['هكذا وصف الوزير الوضع: "كارثة إنسانية بكل معنى الكلمة".', 'الوزير'],
      ['واعتبر الوزير الخطوة "ضرورية في هذه المرحلة".', 'الوزير'],
      // (the same words in a title's own genitive stay the title's: "رئيس لجنة متابعة الوضع الصحي")
      ['وقال رئيس لجنة متابعة الوضع الصحي الدكتور سامي علي إن "الوضع تحت السيطرة".', 'سامي علي'],
    ]);
    expect(parse('وقال رئيس لجنة متابعة الوضع الصحي الدكتور سامي علي إن "الوضع تحت السيطرة".').speakers[0]!.role).toBe('رئيس لجنة متابعة الوضع الصحي');
  });
});

describe('fifty-third round: a noun quoted after "إنها" is the pronoun\'s predicate', () => {
  it('reads a short quote that opens on a noun in ة or with the article after "إنه"/"إنها" as partial', () => {
    const kinds = (s: string) => parse(s).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.kind);
    expect(kinds('ورحبت الوزيرة فارسين أغابكيان بنتائج القمة، وقالت إنها "رسالة قوية للعالم".')).toEqual(['partial']);
    expect(kinds('وقال الوزير مارتن ستروبنكي إنه لا أدلة على المزاعم وإنها "الوسيلة المعتادة لاستغلال المعلومات".')).toEqual(['partial']);
    // (a clause quoted whole after the pronoun is still said whole)
    expect(kinds('وقال الوزير مارتن ستروبنكي إنه "لا توجد أدلة على هذه المزاعم".')).toEqual(['direct']);
    expect(kinds('وقالت الوزيرة فارسين أغابكيان إنها "ستواصل العمل مع الشركاء الدوليين".')).toEqual(['direct']);
  });
});

describe('fifty-fourth round: the source quoted right after an according-to lead', () => {
  it('reads "نقلا عن «…»", "بحسب «…»" and "وفقا لـ«…»" as the source named, not words said', () => {
    const quoted = (...s: string[]) => parse(...s).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);
    expect(quoted('وأفاد التلفزيون الرسمي نقلا عن "مصدر أمني" بأن الهجوم أسفر عن مقتل خمسة من عناصر الشرطة.')).toEqual([]);
    expect(quoted('وذكرت الوكالة، بحسب "مصادر مطلعة"، أن المفاوضات متعثرة منذ أسابيع.')).toEqual([]);
    expect(quoted('وتتواصل المفاوضات في العاصمة القطرية بحسب "مصادر دبلوماسية غربية رفيعة المستوى".')).toEqual([]);
    expect(quoted('وتجاوز عدد المهاجرين 30 ألفا منذ بداية العام.', 'أعدت إيلاف هذا التقرير نقلا عن "الغارديان"')).toEqual([]);
  });

  it('still reads the words quoted after the source, and a quote after a comma that follows the lead', () => {
    const quoted = (...s: string[]) => parse(...s).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);
    expect(quoted('وأضافت الصحيفة نقلا عن مسؤول قوله إن "الاتفاق بات وشيكا".')).toEqual(['الاتفاق بات وشيكا']);
    expect(quoted('وبحسب الناطق باسم الجيش العميد نبيل عبد الله، فإن "القوات استعادت السيطرة على مواقع استراتيجية".')).toEqual(['القوات استعادت السيطرة على مواقع استراتيجية']);
  });
});

describe('fifty-fourth round: a body quoted between a title and the name', () => {
  it('reads "النائب عن «ائتلاف دولة القانون» عارف الحمامي" as the title\'s body, no quote', () => {
    const a = parse('وأكد النائب عن «ائتلاف دولة القانون» عارف الحمامي أن «الحكومة لن تسقط».');
    expect(a.quotes.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.speaker])).toEqual([['الحكومة لن تسقط', 'عارف الحمامي']]);
    // (a quote after the title that a cue follows is the title holder's words)
    const said = parse('وقال النائب «لن نشارك في حكومة تقصي الآخرين» معلنا انسحابه من الجلسة.');
    expect(said.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text)).toEqual(['لن نشارك في حكومة تقصي الآخرين']);
  });

  it('reads "علي" after a body quoted in the title as the name Ali, not the preposition', () => {
    expectSpeakers([
      ['وأكد النائب عن «تحالف الفتح» علي الزبيدي أن «الحكومة لن تسقط».', 'علي الزبيدي'],
      ['وأكد القيادي في «تحالف الفتح» علي الزبيدي أن «الحكومة لن تسقط».', 'علي الزبيدي'],
      ['وأكد النائب عن «تحالف الفتح» محمد الزبيدي أن «الحكومة لن تسقط».', 'محمد الزبيدي'],
    ]);
  });
});

describe('fifty-fourth round: two words quoted whole before "، قال …"', () => {
  it('reads "«لن نستسلم»، قال …" and "«الوضع مأساوي»، يقول …" as direct', () => {
    const kinds = (s: string) => parse(s).quotes.map((q) => [q.kind, q.speaker]);
    expect(kinds('"لن نستسلم"، قال القيادي في الحركة سامي أبو زهري.')).toEqual([['direct', 'سامي أبو زهري']]);
    expect(kinds('"الوضع مأساوي"، يقول الطبيب في مستشفى الشفاء محمد أبو سلمية.')).toEqual([['direct', 'محمد أبو سلمية']]);
  });

  it('still reads one word quoted there, and two words before another tag, as partial', () => {
    const kinds = (s: string) => parse(s).quotes.map((q) => q.kind);
    expect(kinds('"كارثة"، يقول الطبيب في مستشفى الشفاء محمد أبو سلمية.')).toEqual(['partial']);
    expect(kinds('"الوضع مأساوي"، بهذه الكلمات وصف الطبيب محمد أبو سلمية ما يجري في المستشفى.')).toEqual(['partial']);
  });
});

describe('fifty-fourth round: "نسبت X إلى Y قوله"', () => {
  it('gives the words to whom they are ascribed after إلى', () => {
    expectSpeakers([
      ['ونسبت الصحيفة إلى وزير الخارجية سامح شكري قوله إن "بلاده لن تتراجع عن موقفها".', 'سامح شكري'],
      ['ونسبت وكالة الأنباء الرسمية إلى المتحدث باسم الجيش العميد نبيل عبد الله قوله إن "القوات استعادت المواقع".', 'نبيل عبد الله'],
    ]);
  });
});

describe('fifty-fourth round: a statement speaks for whoever issued it', () => {
  it('gives "وجاء في البيان" and "بيانا جاء فيه" to the body that issued the statement', () => {
    const issued = parse('وأصدرت وزارة الخارجية المصرية اليوم بيانا حول التطورات الأخيرة في السودان.', 'وجاء في البيان أن "مصر تتابع بقلق بالغ تدهور الأوضاع الإنسانية".');
    expect(issued.quotes.map((q) => q.speaker)).toEqual(['وزارة الخارجية المصرية']);
    const came = parse('وأصدر الاتحاد العام التونسي للشغل بيانا جاء فيه أن "الإضراب العام سيتم في موعده المحدد".');
    expect(came.quotes.map((q) => q.speaker)).toEqual(['الاتحاد العام التونسي للشغل']);
  });

  it('keeps "وجاء في البيان" with those quoted before it when no one mention names the issuers', () => {
    const a = parse(
      'وأصدر قادة الولايات المتحدة وبريطانيا وألمانيا وفرنسا وكندا بيانا مشتركا بشأن الهجوم.',
      'وقال القادة في بيانهم إن "الهجوم يمثل انتهاكا صارخا للقانون الدولي".',
      'وجاء في البيان: "نحن نجدد التزامنا بمحاسبة المسؤولين عن هذا الاعتداء".',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['القادة', 'القادة']);
  });
});

describe('fifty-fourth round: two words after a bare "إن" that end the sentence', () => {
  it('reads "إن «السلام ممكن»." as the clause said whole', () => {
    const kinds = (s: string) => parse(s).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.kind);
    expect(kinds('وقال بابا الفاتيكان ليو الرابع عشر إن "السلام ممكن".')).toEqual(['direct']);
    expect(kinds('وأضاف رئيس الوزراء الإسرائيلي أن "إيران كذبت".')).toEqual(['direct']);
    // (two words the clause goes on after are a fragment of it)
    expect(kinds('وقال بابا الفاتيكان ليو الرابع عشر إن "السلام ممكن" إذا توفرت الإرادة لدى جميع الأطراف.')).toEqual(['partial']);
  });
});

describe('fifty-fourth round: "السيدة الأولى" is a title', () => {
  it('reads the first lady\'s name after the title, not "الأولى" with it', () => {
    const a = parse('وأكدت السيدة الأولى انتصار السيسي أن "المرأة المصرية شريك أساسي في التنمية".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['انتصار السيسي', 'السيدة الأولى']]);
  });
});

describe('fifty-fourth round: "البلاغ", the Maghreb\'s statement, speaks for its author as "البيان" does', () => {
  it('gives "ولفت البلاغ إلى أن …" and "وأضاف البلاغ أن «…»" to the ministry that issued it', () => {
    const a = parse('وأوضحت وزارة الصحة المغربية، في بلاغ لها، أن الخطة تشمل توفير مليون جرعة من اللقاح.', 'ولفت البلاغ إلى أن عدد الحالات المسجلة الموسم الماضي بلغ 3 آلاف حالة.', 'وأضاف البلاغ أن "الفئات الهشة ستحظى بالأولوية في عملية التلقيح".');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'وزارة الصحة المغربية'],
      ['indirect', 'وزارة الصحة المغربية'],
      ['direct', 'وزارة الصحة المغربية'],
    ]);
    expect(a.speakers.map((s) => s.name)).toEqual(['وزارة الصحة المغربية']);
  });

  it('gives "بلاغا جاء فيه" to the body that issued it', () => {
    const a = parse('وأصدرت النقابة الوطنية للتعليم العالي بلاغا جاء فيه أن "الإضراب سيستمر إلى حين الاستجابة للمطالب".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['النقابة الوطنية للتعليم العالي']);
  });
});

describe('fifty-fifth round: words pointing back at a quote make it the verb\'s object', () => {
  it('ends the name before the object that follows it ("بهذه العبارة لخص … حازم بديع معاناة الأهالي")', () => {
    const titled = parse('«الوضع لم يعد يحتمل»، بهذه العبارة لخص رئيس بلدية صيدا حازم بديع معاناة الأهالي مع انقطاع الكهرباء.');
    expect(titled.speakers.map((s) => [s.name, s.role])).toEqual([['حازم بديع', 'رئيس بلدية صيدا']]);
    const bare = parse('«الوضع لم يعد يحتمل»، بهذه الكلمات وصف حازم بديع معاناة الأهالي.');
    expect(bare.quotes.map((q) => q.speaker)).toEqual(['حازم بديع']);
    const thus = parse('«الوضع لم يعد يحتمل»، هكذا وصف رئيس بلدية صيدا حازم بديع معاناة الأهالي.');
    expect(thus.quotes.map((q) => q.speaker)).toEqual(['حازم بديع']);
  });

  it('still reads a three-word name there, and a name after a plain verb of saying', () => {
    expectSpeakers([
      ['«الحوار هو السبيل الوحيد»، هكذا قال الرئيس الموريتاني محمد ولد الشيخ الغزواني في خطابه.', 'محمد ولد الشيخ الغزواني'],
      ['«لن نتراجع»، بهذه الكلمات ختم وزير الداخلية عبد الوافي لفتيت كلمته أمام البرلمان.', 'عبد الوافي لفتيت'],
    ]);
  });
});

describe('fifty-fifth round: who appointed or sent a title\'s holder, and whom a member sits for', () => {
  it('reads "من مجلس النواب", "من جانب الحكومة" and "عن مدينة مصراتة" as the title\'s, then the name', () => {
    const a = parse('وقال رئيس الحكومة المكلفة من مجلس النواب أسامة حماد إن حكومته «ماضية في تنفيذ مشاريع التنمية».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['أسامة حماد', 'رئيس الحكومة المكلفة من مجلس النواب']]);
    expectSpeakers([
      ['وقال رئيس المجلس الرئاسي المنتخب من البرلمان محمد المنفي إن «الانتخابات أولوية».', 'محمد المنفي'],
      ['وقال رئيس الوفد المفاوض من جانب الحكومة خالد الشامي إن «المحادثات بناءة».', 'خالد الشامي'],
      ['وقال عضو المجلس الأعلى للدولة عن مدينة مصراتة أحمد لنقي إن «التوافق ممكن».', 'أحمد لنقي'],
    ]);
  });

  it('keeps what a minister speaks about and where from out of his title', () => {
    expectSpeakers([
      ['وقال الوزير من بيروت إن «الحكومة ماضية في الإصلاح المالي».', 'الوزير'],
      ['وقال وزير الخارجية أيمن الصفدي من عمان إن «الأردن يرفض التهجير».', 'أيمن الصفدي'],
    ]);
  });
});

describe('fifty-fifth round: "كوردستان", the Kurdish spelling, is a place', () => {
  it('keeps it in the title, not the name', () => {
    const a = parse('وأكد رئيس حكومة إقليم كوردستان مسرور بارزاني أن "الإقليم ملتزم بالدستور".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['مسرور بارزاني', 'رئيس حكومة إقليم كوردستان']]);
  });
});

describe('fifty-fifth round: a message "جاء في" speaks for its author', () => {
  it('gives "وجاء في رسالة وجهها X", "كلمة ألقاها X", "خطاب X" and "الرسالة التي وجهها X" to X', () => {
    expectSpeakers([
      ['وجاء في رسالة وجهها الرئيس اللبناني جوزيف عون إلى الأمين العام للأمم المتحدة: «لبنان ملتزم بالقرار 1701».', 'جوزيف عون'],
      ['وجاء في كلمة ألقاها رئيس الوزراء نواف سلام أمام البرلمان: «لن نسمح بانهيار الدولة مهما كانت الظروف».', 'نواف سلام'],
      ['وجاء في خطاب الرئيس اللبناني جوزيف عون أمام البرلمان أن «لبنان ملتزم بالقرار 1701 وبكل القرارات الدولية».', 'جوزيف عون'],
      ['وجاء في الرسالة التي وجهها الرئيس اللبناني جوزيف عون إلى غوتيريش أن «لبنان ملتزم بالقرار 1701».', 'جوزيف عون'],
    ]);
  });

  it('reads two words or more after the lead\'s colon as a sentence quoted whole', () => {
    const a = parse('وجاء في رسالة الرئيس اللبناني جوزيف عون: «لبنان ملتزم بالقرار 1701».');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'جوزيف عون']]);
  });

  it('names nobody for a message with no author after it', () => {
    const a = parse('وجاء في الرسالة: «نحن ملتزمون بكل القرارات الدولية ذات الصلة بالوضع في الجنوب».');
    expect(a.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('fifty-fifth round: an outlet told in quote marks right after the verb, listed or not', () => {
  it('reads the speaker after "لـ«الأيام»" and "ل«الأيام»"', () => {
    expectSpeakers([
      ['وقال لـ«الأيام» الخبير الأمني حاتم الفلاحي إن «الخطة الأمنية نجحت».', 'حاتم الفلاحي'],
      ['وقال ل«الأيام» الخبير الأمني العقيد المتقاعد حاتم الفلاحي إن «الخطة الأمنية نجحت».', 'حاتم الفلاحي'],
      ['وقال لـ"صوت بيروت" المحلل السياسي جورج علم إن "الحكومة لن تصمد طويلا".', 'جورج علم'],
    ]);
  });

  it('still names nobody for an unnamed source after it', () => {
    expectSpeakers([['وقال لـ«الأيام» مسؤول رفيع إن «الخطة الأمنية نجحت».', null]]);
  });
});

describe('fifty-fifth round: a body\'s second purpose joined by و after its ل genitive', () => {
  it('reads "الهيئة العامة للأرصاد وحماية البيئة" and "الإدارة العامة للمرور والسلامة" whole', () => {
    expectSpeakers([
      ['وقالت الهيئة العامة للأرصاد وحماية البيئة إن "أمطارا غزيرة ستهطل على منطقة جازان".', 'الهيئة العامة للأرصاد وحماية البيئة'],
      ['وقالت الإدارة العامة للمرور والسلامة إن "الطرق مفتوحة أمام حركة السير".', 'الإدارة العامة للمرور والسلامة'],
    ]);
  });

  it('leaves a body asked of out ("والمواطنين")', () => {
    const a = parse('ودعت الهيئة العامة للأرصاد والمواطنين إلى "توخي الحذر عند التنقل".');
    expect(a.speakers.map((s) => s.name)).toEqual(['الهيئة العامة للأرصاد']);
  });
});

describe('fifty-fifth round: a family name spelt like a speech noun', () => {
  it('reads "خطاب" after a name word, closing the phrase, as the family name', () => {
    expectSpeakers([
      ['وأوضح استشاري الأمراض الصدرية الدكتور عادل خطاب أن «الفيروس ينتشر بسرعة في فصل الشتاء».', 'عادل خطاب'],
      ['وقال عمر خطاب: «الفيروس ينتشر بسرعة في فصل الشتاء».', 'عمر خطاب'],
    ]);
  });

  it('still reads "في خطاب" after a name as where the words were said', () => {
    expectSpeakers([['وقال الرئيس عبد المجيد تبون في خطاب أمام البرلمان إن «الجزائر لن تتراجع».', 'عبد المجيد تبون']]);
  });
});

describe('fifty-fifth round: "مجموعة" heads a body\'s name, "مجموعة من" names none', () => {
  it('reads the name after "رئيس مجموعة «…»" and "رئيس مجلس إدارة مجموعة …"', () => {
    expectSpeakers([
      ['وقال رئيس مجموعة «إعمار العقارية» محمد العبار: «السوق العقاري يشهد طلبا قويا».', 'محمد العبار'],
      ['وقال رئيس مجلس إدارة مجموعة إعمار العقارية محمد العبار: «السوق العقاري يشهد طلبا قويا».', 'محمد العبار'],
      ['وقالت مجموعة السبع في بيان إن «الهجوم مدان بأشد العبارات».', 'مجموعة السبع'],
    ]);
  });

  it('names nobody for "مجموعة من المحتجين" or "منظمة من المنظمات"', () => {
    expectSpeakers([
      ['وقالت مجموعة من المحتجين إن «المطالب لم تتحقق بعد».', null],
      ['وقالت منظمة من المنظمات الحقوقية إن «المطالب لم تتحقق بعد».', null],
    ]);
  });
});

describe('fifty-fifth round: a body quoted a few words after a title, before the name', () => {
  it('reads "كبير الاقتصاديين في بنك «ستاندرد تشارترد» مايكل ووكر" as one speaker\'s phrase, no quote of the bank', () => {
    const a = parse('وقال كبير الاقتصاديين في بنك «ستاندرد تشارترد» مايكل ووكر إن «التضخم سيبقى مرتفعا هذا العام».');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['التضخم سيبقى مرتفعا هذا العام', 'مايكل ووكر']]);
    const b = parse('وقال كبير الاقتصاديين في «ستاندرد تشارترد» مايكل ووكر: «التضخم سيبقى مرتفعا هذا العام».');
    expect(b.quotes.map((q) => [q.text, q.speaker])).toEqual([['التضخم سيبقى مرتفعا هذا العام', 'مايكل ووكر']]);
  });

  it('still quotes words after a titled person\'s name and verb', () => {
    const a = parse('وقال مصدر في الرئاسة التركية إن الرئيس رجب طيب أردوغان يأمل "بإنجاز التطويق الكامل" لمدينة عفرين قريبا.');
    expect(a.quotes.filter((q) => q.kind === 'partial').map((q) => q.text)).toEqual(['بإنجاز التطويق الكامل']);
  });
});

describe('fifty-fifth round: a reported clause\'s speaker read up to its particle', () => {
  it('keeps a family name of ب and a noun in ة before "إن" in an indirect quote\'s speaker ("ناصر بوريطة")', () => {
    const a = parse('وقال ناصر بوريطة إن المغرب سيواصل دعمه للقضية الفلسطينية في كل المحافل.');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'ناصر بوريطة']]);
    // (the direct quote's speaker was read whole already: the quote's mark, not the particle, closes the phrase)
    expect(parse('وقال ناصر بوريطة إن «المغرب سيواصل دعمه للقضية الفلسطينية».').quotes.map((q) => q.speaker)).toEqual(['ناصر بوريطة']);
  });
});

describe('fifty-fifth round: "مدير عام" with a definite genitive is an office', () => {
  it('reads "مدير عام الجمارك" as the holder of the office, speaking', () => {
    const a = parse('ولفت مدير عام الجمارك إلى أن الإيرادات ارتفعت بنسبة 15 في المئة خلال العام الماضي.');
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'مدير عام الجمارك']]);
  });

  it('still reads a bare "مدير عام" as somebody unnamed', () => {
    const a = parse('وقال مدير عام إن "الإيرادات ارتفعت بنسبة 15 في المئة خلال العام الماضي".');
    expect(a.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('fifty-fifth round: a company\'s foreign name between the title and a listed given name', () => {
  it('reads the name from the given name on, the company\'s words kept in the title', () => {
    const a = parse('وأوضح الرئيس التنفيذي لشركة أكوا باور ماركو أرتشيلي أن «المحطة ستدخل الخدمة التجارية خلال 18 شهرا».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['ماركو أرتشيلي', 'الرئيس التنفيذي لشركة أكوا باور']]);
  });

  it('still reads a name right after a listed company\'s head', () => {
    expectSpeakers([
      ['وقال الرئيس التنفيذي لشركة أرامكو أمين الناصر إن «الطلب على النفط سيبقى قويا».', 'أمين الناصر'],
      ['وقال رئيس بنك عودة سمير حنا إن «القطاع المصرفي صامد رغم الأزمة».', 'سمير حنا'],
    ]);
  });
});

describe('fifty-fifth round: "نسبت X إلى Y القول إن"', () => {
  it('gives the saying to whom it is ascribed, named or not', () => {
    expectSpeakers([
      ['ونسبت الصحيفة إلى وزير الخارجية سامح شكري القول إن «الاتفاق قريب».', 'سامح شكري'],
      ['ونسبت وكالة رويترز إلى مسؤول أمريكي القول إن «واشنطن تدرس خيارات الرد».', null],
    ]);
  });

  it('reads "يمكن القول إن" as the reporter\'s, no cue', () => {
    const a = parse('ويمكن القول إن «الاتفاق قريب جدا وسيوقع خلال أيام».');
    expect(a.quotes.map((q) => q.cue)).toEqual([null]);
  });
});

describe('fifty-fifth round: "مضيفا القول «…»"', () => {
  it('reads the quote after the verb and "the saying" as said whole', () => {
    const a = parse('وأشاد الوزير بنتائج الانتخابات، مضيفا القول "المغرب بلد هام تنظر إليه دول كثيرة بنظرة خاصة ومميزة".');
    expect(a.quotes.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('fifty-fifth round: a clause of contrast with its own speaker ends the reported words before it', () => {
  it('ends the first reported clause at "، إلا أن X أكد" and "، بينما قال X"', () => {
    const a = parse('وقال الوزير خالد العلي إن الخطة جاهزة للتنفيذ منذ أسابيع، إلا أن النائب سامي فؤاد أكد أن الحكومة لم تقدم أي تفاصيل.');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['الخطة جاهزة للتنفيذ منذ أسابيع', 'خالد العلي'],
      ['الحكومة لم تقدم أي تفاصيل', 'سامي فؤاد'],
    ]);
    const b = parse('وأكد الوزير خالد العلي أن الخطة جاهزة للتنفيذ، بينما قال النائب سامي فؤاد إن الحكومة لم تقدم أي تفاصيل.');
    expect(b.quotes.map((q) => q.text)).toEqual(['الخطة جاهزة للتنفيذ', 'الحكومة لم تقدم أي تفاصيل']);
  });

  it('keeps a contrast with no verb of saying in the reported words', () => {
    const a = parse('وقال الوزير خالد العلي إن الخطة جاهزة للتنفيذ، لكن التمويل لم يصل بعد من الجهات المانحة.');
    expect(a.quotes.map((q) => q.text)).toEqual(['الخطة جاهزة للتنفيذ، لكن التمويل لم يصل بعد من الجهات المانحة']);
  });
});

describe('fifty-fifth round: a Maghreb family name of بو alone after a verb of saying', () => {
  it('reads "وأضاف بوريطة أن" and "وأضاف بوريطة:" as the name', () => {
    expectSpeakers([
      ['وأضاف بوريطة أن المغرب سيواصل دعمه للقضية الفلسطينية في كل المحافل.', 'بوريطة'],
      ['وأضاف بوريطة: «المغرب سيواصل دعمه للقضية الفلسطينية».', 'بوريطة'],
    ]);
  });

  it('still reads ب and a noun there as a manner, naming nobody', () => {
    const a = parse('وأضاف بوتيرة متسارعة أن المغرب سيواصل دعمه للقضية الفلسطينية في كل المحافل.');
    expect(a.speakers).toEqual([]);
  });
});

describe('fifty-sixth round: two reported words that close the sentence or a clause', () => {
  it('reads "إن موكلتها بريئة." after a verb of saying and its named speaker', () => {
    const a = parse('وقالت المحامية ليلى حسن إن موكلتها بريئة.');
    expect(a.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'موكلتها بريئة', 'ليلى حسن']]);
    const b = parse('وقالت المحامية ليلى حسن إن موكلتها بريئة، إلا أن النيابة العامة أكدت أن الأدلة كافية لإدانتها.');
    expect(b.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['موكلتها بريئة', 'ليلى حسن'],
      ['الأدلة كافية لإدانتها', 'النيابة العامة'],
    ]);
  });

  it('still reads no two words after a verb whose speaker stands far from the particle', () => {
    const a = parse('وأقرت محكمة أخرى استمرار حبس القس بينما كانت الولايات المتحدة تأمل في أن يطلق سراحه.');
    expect(a.quotes).toEqual([]);
  });
});

describe('fifty-sixth round: a clause of contrast whose subject the reader cannot name', () => {
  it('gives its reported words to nobody, not to the first clause\'s speaker', () => {
    const a = parse('وقالت الأم سارة علي إن القرار ظالم بحق الطفلة، إلا أن السلطات الرسمية في الولاية أكدت أن القانون واضح في هذا الشأن.');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['القرار ظالم بحق الطفلة', 'سارة علي']]);
    const b = parse('وقالت الوزيرة هالة زايد إن اللقاحات متوفرة في المحافظات، إلا أن عددا من الأطباء أكدوا أن الكميات غير كافية.');
    expect(b.quotes.map((q) => [q.text, q.speaker])).toEqual([['اللقاحات متوفرة في المحافظات', 'هالة زايد']]);
  });

  it('still gives them to the first speaker after a fronted phrase, the verb\'s subject a pronoun', () => {
    const a = parse('وقال الوزير أحمد سالم إن الخطة جاهزة للتنفيذ، لكن في تصريح لاحق أكد أن التمويل ما زال ناقصا.');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['الخطة جاهزة للتنفيذ', 'أحمد سالم'],
      ['التمويل ما زال ناقصا', 'أحمد سالم'],
    ]);
  });
});

describe('fifty-sixth round: two reported words after the verb\'s preposition, whom it told, or where it was said', () => {
  it('reads them after "إلى", after "للصحفيين" and after a place set off by commas', () => {
    expectSpeakers([
      ['وأشار أستاذ العلوم السياسية في جامعة القاهرة الدكتور حسن نافعة إلى أن المشهد معقد.', 'حسن نافعة'],
      ['وقال الناطق الرسمي باسم وزارة الداخلية العميد منصور التركي للصحفيين إن التحقيقات جارية.', 'منصور التركي'],
      ['وأوضح مدير إدارة الطوارئ بوزارة الصحة الدكتور سامي العتيبي، في تصريح لـ«عكاظ»، أن الحالات مستقرة.', 'سامي العتيبي'],
      ['وأوضح الخبير المصرفي هاني جنينة لـ«العربية Business» أن السيولة متوفرة.', 'هاني جنينة'],
    ]);
    const a = parse('وقال الناطق الرسمي باسم وزارة الداخلية العميد منصور التركي للصحفيين إن التحقيقات جارية.');
    expect(a.quotes.map((q) => [q.kind, q.text])).toEqual([['indirect', 'التحقيقات جارية']]);
  });
});

describe('fifty-sixth round: "الماضي" as a family name', () => {
  it('reads it after a listed given name, closing the speaker\'s phrase', () => {
    expectSpeakers([
      ['وقال رئيس مجلس إدارة شركة سابك محمد الماضي إن الشركة حققت أرباحا قياسية هذا العام.', 'محمد الماضي'],
      ['وقال محمد الماضي: «الشركة حققت أرباحا قياسية».', 'محمد الماضي'],
    ]);
  });

  it('still reads "last" after a day or a week', () => {
    expectSpeakers([
      ['وقال الوزير محمد علي الأسبوع الماضي إن الشركة حققت أرباحا قياسية.', 'محمد علي'],
      ['وقال الوزير محمد الخميس الماضي إن الشركة حققت أرباحا قياسية.', 'محمد'],
    ]);
  });
});

describe('fifty-sixth round: the defence and its lawyer titled right after', () => {
  it('reads "دفاع المتهم المحامي X" as the lawyer', () => {
    const a = parse('وقال دفاع المتهم المحامي خالد أبو بكر إن موكله لم يرتكب أي مخالفة للقانون.');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['موكله لم يرتكب أي مخالفة للقانون', 'خالد أبو بكر']]);
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['خالد أبو بكر', 'المحامي']]);
  });

  it('still names nobody for the defence alone', () => {
    const a = parse('وقال دفاع المتهم إن موكله لم يرتكب أي مخالفة للقانون.');
    expect(a.speakers).toEqual([]);
  });
});

describe('fifty-sixth round: a plain noun after the genitive that closes a title is the verb\'s object', () => {
  it('reads "وانتقد زعيم المعارضة الإجراءات" as the title alone speaking', () => {
    expectSpeakers([
      ['وانتقد زعيم المعارضة الإجراءات، معتبرا أنها «متأخرة وغير كافية».', 'زعيم المعارضة'],
      ['وانتقد رئيس الحكومة القرارات الأخيرة، معتبرا أنها «متأخرة وغير كافية».', 'رئيس الحكومة'],
    ]);
  });

  it('reads a noun in ة of the elative\'s shape ("الأزمة") and a plural in ات after a nisba as the object', () => {
    expectSpeakers([
      ['وبحث وزير الخارجية المصري الأزمة مع نظيره الأمريكي، وقال إن «الحل السياسي هو الأساس».', 'وزير الخارجية المصري'],
      ['واستعرض محافظ البنك المركزي المؤشرات الاقتصادية، وقال إن «الاقتصاد يتعافى».', 'محافظ البنك المركزي'],
    ]);
  });

  it('keeps the title\'s own adjectives before the object, and a name after the title', () => {
    expectSpeakers([
      ['وانتقد زعيم المعارضة كير ستارمر الإجراءات، معتبرا أنها «متأخرة وغير كافية».', 'كير ستارمر'],
      ['وانتقد رئيس الوزراء السابق الإجراءات، معتبرا أنها «متأخرة وغير كافية».', 'رئيس الوزراء السابق'],
      ['وانتقد وزير الخارجية الأسبق الإجراءات، معتبرا أنها «متأخرة وغير كافية».', 'وزير الخارجية الأسبق'],
    ]);
  });
});

describe('fifty-sixth round: documents and figures after a verb speak for nobody', () => {
  it('gives "وتشير تقديرات الوزارة إلى أن …" to nobody, not to the last speaker', () => {
    const a = parse('وقال الوزير أحمد سالم إن الخطة جاهزة للتنفيذ. وتشير تقديرات الوزارة إلى أن الكلفة ستبلغ مليار دولار.');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['الخطة جاهزة للتنفيذ', 'أحمد سالم']]);
    const b = parse('وتفيد بيانات البنك الدولي بأن معدل الفقر ارتفع إلى 30 في المئة.');
    expect(b.speakers).toEqual([]);
  });
});

describe('fifty-sixth round: "وجاء على لسان X أن …"', () => {
  it('reads the clause after أن as the named speaker\'s reported words', () => {
    const a = parse('وجاء على لسان وزير الداخلية عبد الوافي لفتيت أن الانتخابات ستجرى في موعدها.');
    expect(a.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'الانتخابات ستجرى في موعدها', 'عبد الوافي لفتيت']]);
    expectSpeakers([['وجاء على لسان النائب سامي فؤاد بأن الحكومة ستسقط قريبا.', 'سامي فؤاد']]);
  });

  it('still reads nobody\'s words after "وجاء في البيان أن"', () => {
    const a = parse('وجاء في البيان أن الوزارة ستتخذ كل الإجراءات اللازمة.');
    expect(a.quotes).toEqual([]);
  });
});

describe('fifty-sixth round: a union, party or council that a nisba names speaks', () => {
  it('reads "وقال الاتحاد الأوروبي إن …" and "وأعلن الحزب الديمقراطي أن …" as the body\'s words', () => {
    expectSpeakers([
      ['وقال الاتحاد الأوروبي في بيان إن العقوبات الجديدة تستهدف قطاع الطاقة الروسي.', 'الاتحاد الأوروبي'],
      ['وأعلن الحزب الديمقراطي أن مرشحه سيخوض الانتخابات المقبلة بقوة.', 'الحزب الديمقراطي'],
    ]);
  });

  it('still names none for the head alone or with a word pointing back', () => {
    expect(parse('وقال التحالف إن الهجوم الصاروخي لم يتسبب بسقوط أي ضحايا.').quotes).toEqual([]);
    expect(parse('وقالت المنظمة المعنية إن السلطات احتجزت المئات دون محاكمة.').quotes).toEqual([]);
  });
});

describe('fifty-seventh round: a given name "عبد X" before a family name and a preposition', () => {
  it('keeps the family name after "عبد الوهاب" when the verb\'s preposition follows it', () => {
    const a = parse('وعلق المحلل السياسي عبد الوهاب بدرخان على الاتفاق بقوله: "هذه خطوة أولى فقط".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['عبد الوهاب بدرخان', 'المحلل السياسي']]);
  });

  it('still reads a fronted subject\'s verb after a family name with the article', () => {
    const a = parse('غير أن النائب سالم الهاشمي شكك في ذلك، وقال إن "الأرقام المعلنة غير دقيقة".');
    expect(a.speakers.map((s) => s.name)).toEqual(['سالم الهاشمي']);
  });
});

describe('fifty-seventh round: a posted title and its place, with no name after it', () => {
  it('keeps an envoy\'s, ambassador\'s or representative\'s place in the speaker when a particle or colon follows it', () => {
    expectSpeakers([
      ['وقالت ممثلة منظمة الأغذية والزراعة في الصومال إن موسم الأمطار جاء أضعف من المتوقع.', 'ممثلة منظمة الأغذية والزراعة في الصومال'],
      ['وقال سفير الاتحاد الأوروبي لدى العراق إن الاتحاد يدعم إجراء الانتخابات في موعدها.', 'سفير الاتحاد الأوروبي لدى العراق'],
      ['وقال المبعوث الأمريكي إلى سوريا: "لا عودة إلى الوراء".', 'المبعوث الأمريكي إلى سوريا'],
    ]);
  });

  it('still leaves out where the words were said, a minister\'s city, or a one-word title that points back', () => {
    expectSpeakers([
      ['وقال وزير الخارجية المصري في القاهرة إن المفاوضات تسير في الاتجاه الصحيح.', 'وزير الخارجية المصري'],
      ['وقال سفير الاتحاد الأوروبي في مؤتمر صحفي إن الاتحاد يدعم إجراء الانتخابات في موعدها.', 'سفير الاتحاد الأوروبي'],
    ]);
    expect(parse('وقال السفير في بغداد إن الاتحاد يدعم إجراء الانتخابات في موعدها.').quotes).toEqual([]);
  });
});

describe('fifty-seventh round: a regnal number, or a verbal noun past a full name, closes the name', () => {
  it('ends the name on "الثاني" or "الرابع عشر" and before "التأكيد على", "التحذير من"', () => {
    expectSpeakers([
      ['وجدد الملك محمد السادس التأكيد على أن المغرب متمسك بوحدته الترابية.', 'محمد السادس'],
      ['وأكد البابا ليو الرابع عشر الحاجة إلى السلام، قائلا: "الحوار هو الطريق الوحيد".', 'ليو الرابع عشر'],
      ['وجدد وزير الخارجية سامح شكري التحذير من أن "التصعيد يهدد استقرار المنطقة".', 'سامح شكري'],
      ['وجدد الشيخ محمد بن زايد الترحيب بالمبادرة، مؤكدا أن "الإمارات تدعم كل جهود السلام".', 'محمد بن زايد'],
    ]);
  });

  it('still reads a family name of that shape as the second word of a name', () => {
    expectSpeakers([['وقال وزير الأوقاف أحمد التوفيق إن الخطبة الموحدة ستعمم على المساجد.', 'أحمد التوفيق']]);
  });
});

describe('fifty-seventh round: whom a verb of telling or reassuring told', () => {
  it('reads "وطمأن X المواطنين بأن …" as X\'s words, the addressee no part of the title', () => {
    expectSpeakers([
      ['وطمأن وزير التجارة المستهلكين بأن "المخزون يكفي لستة أشهر".', 'وزير التجارة'],
      ['وأبلغ رئيس البرلمان النواب بأن "الجلسة ستستأنف غدا".', 'رئيس البرلمان'],
      ['وأبلغ المدير الحضور بأن "المشروع سينجز قبل موعده".', 'المدير'],
    ]);
  });

  it('cuts a plural in ين after a title that a feminine genitive closes ("وزير الصحة المواطنين")', () => {
    expectSpeakers([['ودعت وزيرة البيئة المزارعين إلى "ترشيد استخدام المياه".', 'وزيرة البيئة']]);
  });

  it('reads "المتحدث" before whom he called on as the one speaking', () => {
    const a = parse('وأوضح مدير الاتصال بشركة المياه، هشام الزين، في تصريح للإذاعة، أن "الانقطاع ظرفي ويعود إلى عطل في محطة الضخ".', 'ودعا المتحدث المشتركين إلى "عدم تخزين المياه".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['هشام الزين', 'هشام الزين']);
  });

  it('still keeps a nisba-shaped family name as the name\'s last word before the one told', () => {
    const a = parse('وأبلغ محامي المتهم سمير عادل البرقاوي المحكمة بأن "موكله لم يكن في المدينة يوم الحادث".');
    expect(a.speakers.map((s) => s.name)).toEqual(['سمير عادل البرقاوي']);
  });
});

describe('fifty-seventh round: "according to" a title with no name', () => {
  it('reads "وبحسب مدير مستشفى الشفاء، فإن …" as the title\'s reported words', () => {
    const a = parse('وبحسب مدير مستشفى الشفاء، فإن المستشفى استقبل أكثر من مئتي جريح خلال الليل.');
    expect(a.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['indirect', 'المستشفى استقبل أكثر من مئتي جريح خلال الليل', 'مدير مستشفى الشفاء']]);
    expectSpeakers([['ووفقا لوزير الزراعة، فإن إنتاج القمح سيرتفع بنسبة عشرة في المئة هذا الموسم.', 'وزير الزراعة']]);
  });

  it('still reads nobody\'s words after an unnamed official or a report', () => {
    expect(parse('وبحسب مسؤول محلي، فإن المستشفى استقبل أكثر من مئتي جريح خلال الليل.').quotes).toEqual([]);
    expect(parse('وبحسب التقرير، فإن إنتاج القمح سيرتفع بنسبة عشرة في المئة هذا الموسم.').quotes).toEqual([]);
  });
});

describe('fifty-seventh round: the writer\'s own article, and the one a questioner asked', () => {
  it('reads no name in "مقاله" or "عموده" after a writer\'s title', () => {
    expectSpeakers([
      ['واختتم الكاتب مقاله بالقول: "لا إصلاح دون محاسبة".', 'الكاتب'],
      ['واستهل الكاتب الصحفي سمير عطا الله عموده بالقول: "لبنان يستحق الأفضل".', 'سمير عطا الله'],
    ]);
  });

  it('gives a question to the one who asked, not to a title pair with the one asked ("وسأل الصحفي الوزير:")', () => {
    expectSpeakers([['وسألت المذيعة الوزير: "هل ستنخفض الأسعار قريبا؟".', 'المذيعة']]);
  });

  it('still reads a title and its adjective after "سأل" as one title', () => {
    expectSpeakers([
      ['وسأل المدير الفني للفريق: "لماذا لم يحتسب الحكم ركلة الجزاء؟".', 'المدير الفني للفريق'],
      ['ويرى الخبير الاقتصادي سامي العبيدي أن "الأسعار ستواصل الارتفاع".', 'سامي العبيدي'],
    ]);
  });
});

describe('fifty-seventh round: a verb\'s object in construct with her or their pronoun after a name', () => {
  it('ends the name before "حال عائلتها" after a verb of describing', () => {
    expectSpeakers([['«فقدنا البيت والعمل معا». هكذا وصفت أم خالد وضع أسرتها بعد الزلزال.', 'أم خالد']]);
  });

  it('still reads a third name word before a word that is no pronoun\'s', () => {
    expectSpeakers([['ووصف سامي عادل منصور الخطة بأنها "خطوة في الاتجاه الصحيح".', 'سامي عادل منصور']]);
  });
});

describe('fifty-seventh round: a verbal noun of مفاعلة\'s shape after a closed title is the verb\'s object', () => {
  it('cuts "المراجعة", "المساعدة" off the title', () => {
    expectSpeakers([
      ['واستعرض رئيس مجلس النواب المراجعة السنوية للأداء، مؤكدا أن "المجلس أنجز معظم أولوياته".', 'رئيس مجلس النواب'],
      ['وبحث وزير الدفاع المساعدة العسكرية مع نظيره الفرنسي، مؤكدا أن "التعاون سيتعزز".', 'وزير الدفاع'],
    ]);
  });

  it('still keeps such a word as the adjective of a body in the title after a verb of saying', () => {
    expectSpeakers([['وقالت رئيسة اللجنة المشاركة في تنظيم المعرض سلمى حداد إن التحضيرات اكتملت قبل موعدها.', 'سلمى حداد']]);
  });
});

describe('fifty-seventh round: "الأكاديمية" before a woman\'s name', () => {
  it('reads "الأكاديمية" and its nisba as the title of the woman named after them', () => {
    const a = parse('وقالت الأكاديمية المغربية نادية الهاشمي إن مدونة الأسرة الجديدة تحتاج إلى نقاش أوسع.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['نادية الهاشمي', 'الأكاديمية المغربية']]);
  });

  it('still reads the academy named before when no name follows', () => {
    const a = parse('وأعلنت أكاديمية المملكة المغربية أن دورتها الجديدة ستنطلق الشهر المقبل بمشاركة باحثين من عشرين بلدا.', 'وأوضحت الأكاديمية أن حفل الافتتاح سيقام في الرباط بحضور عدد من الوزراء.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['أكاديمية المملكة المغربية', 'أكاديمية المملكة المغربية']);
  });
});

describe('fifty-seventh round: "ورد" (replied) printed without its shadda before a subject and "بأن"', () => {
  it('reads "ورد X بأن «…»" as X\'s reply', () => {
    expectSpeakers([
      ['ورد أردوغان بأن "تركيا لن تتراجع عن مواقفها".', 'أردوغان'],
      ['ورد البيت الأبيض بأن "الرئيس لم يتخذ أي قرار بعد".', 'البيت الأبيض'],
    ]);
  });

  it('still reads nothing in "ورد في البيان أن …" (it came in the statement) or "ورد اسمه"', () => {
    expect(parse('ورد في البيان أن الوزارة ستتخذ الإجراءات القانونية اللازمة بحق المخالفين.').quotes).toEqual([]);
    expect(parse('ورد اسم المستشار في محاضر التحقيق، لكنه نفى أي صلة له بالقضية.').quotes).toEqual([]);
  });
});

describe('fifty-eighth round: an answer speaks for the one asked, not for who asked', () => {
  const speakers = (a: Article) => a.quotes.map((q) => [q.text, q.speaker]);

  it('gives "فأجاب: «…»" after "وسأل X Y: «…؟»" to Y, in the same paragraph or the next', () => {
    expect(speakers(parse('وسألت المذيعة الوزيرة: "هل سترتفع الضرائب؟"، فأجابت: "ليس في هذه المرحلة".'))).toEqual([
      ['هل سترتفع الضرائب؟', 'المذيعة'],
      ['ليس في هذه المرحلة', 'الوزيرة'],
    ]);
    expect(speakers(parse('وسأل أحد النواب رئيس الحكومة نجيب ميقاتي: "متى تدفع الرواتب؟".', 'فأجاب: "خلال أيام، والأموال متوفرة".'))).toEqual([
      ['متى تدفع الرواتب؟', null],
      ['خلال أيام، والأموال متوفرة', 'نجيب ميقاتي'],
    ]);
  });

  it('gives the answer to the one "we" or "she" asked about something, and to the one speaking after "سأله"', () => {
    expectSpeakers([
      ['وسألنا مدير المستشفى الدكتور سليم عواد عن نقص الأدوية، فأجاب: "نعمل بما تبقى لدينا".', 'سليم عواد'],
      ['وسألت الصحفية المدرب خالد جلال عن غياب الهداف، فأجاب: "الإصابة أبعدته".', 'خالد جلال'],
    ]);
    expect(speakers(parse('وقال رئيس البلدية سمير الخطيب: "الطرق ستفتح غدا".', 'وسأله أحد السكان عن الكهرباء، فأجاب: "بعد أسبوع على الأكثر".'))).toEqual([
      ['الطرق ستفتح غدا', 'سمير الخطيب'],
      ['بعد أسبوع على الأكثر', 'سمير الخطيب'],
    ]);
  });

  it('gives an answer its own subject after students asked, and a question put to nobody named to nobody', () => {
    expect(parse('وسأل مراسلنا مسؤولا في الوزارة عن موعد الخطة، فأجاب: "لم تكتمل بعد".').quotes.map((q) => q.speaker)).toEqual([null]);
    expect(speakers(parse('وسأل المحاضر الطلاب: "من يعرف الجواب؟"، فأجاب الطالب أحمد سعيد: "الجواب في الفصل الثالث".'))).toEqual([
      ['من يعرف الجواب؟', 'المحاضر'],
      ['الجواب في الفصل الثالث', 'أحمد سعيد'],
    ]);
    expect(speakers(parse('وسئل الرئيس عن الاتفاق، فأجاب: "ندرس كل الخيارات".'))).toEqual([['ندرس كل الخيارات', 'الرئيس']]);
  });
});

describe('fifty-eighth round: "وهو يقف …" after a name is a clause, no title', () => {
  it('gives no role from a present verb right after "وهو" or "وهي"', () => {
    const a = parse('«خسرنا كل ما نملك»، تقول أم وليد، وهي تجمع ما تبقى من أغراضها تحت الأنقاض.', '«لن نغادر أرضنا»، يقول أبو سليم، وهو يتفقد بستانه المحترق.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([
      ['أم وليد', null],
      ['أبو سليم', null],
    ]);
  });

  it('still reads a description after "وهو" or "وهي" as the role', () => {
    const a = parse('وقالت هدى، وهي ممرضة في مستشفى المدينة، إن «الوضع لا يحتمل».', '«لا دواء ولا كهرباء»، يقول أبو سليم، وهو يمني يعمل في المدينة منذ سنوات.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([
      ['هدى', 'ممرضة في مستشفى المدينة'],
      ['أبو سليم', 'يمني يعمل في المدينة منذ سنوات'],
    ]);
  });
});

describe('fifty-eighth round: a bank\'s or an institute\'s name in quote marks', () => {
  it('reads "بنك «…»", "لمعهد «…»" as a name, not words said', () => {
    const a = parse('وتوقع بنك «مورغان ستانلي» أن تتراجع أسعار الذهب خلال الربع المقبل.', 'وقال باحث في معهد «كارنيغي للسلام» إن المفاوضات ستطول.');
    expect(a.quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['بنك «مورغان ستانلي»']);
    expect(parse('وتوقع كل من صندوق النقد وبنك «جيه بي مورغان» أن تتراجع أسعار الذهب خلال الربع المقبل.').quotes).toEqual([]);
  });

  it('still reads words said after "البنك" or "الصندوق" named before', () => {
    const a = parse('ودعا الصندوق الحكومة إلى مواصلة «الإصلاحات الهيكلية» دون تأخير.');
    expect(speech(a)).toEqual([{ text: 'الإصلاحات الهيكلية', kind: 'partial', speaker: 'الصندوق' }]);
  });
});

describe('fifty-eighth round: a participle\'s form after a preposition is a noun', () => {
  it('keeps the verb of saying as the cue of "وقالت X في مذكرة إن …"', () => {
    const a = parse('وقالت شركة أرامكو في مذكرة إن إنتاجها سيرتفع في الربع الأول من العام المقبل.');
    expect(a.quotes.map((q) => [q.cue, q.speaker])).toEqual([['وقالت', 'شركة أرامكو']]);
  });

  it('still reads a participle after a closing quote and its comma ("بعد"، مشيرا)', () => {
    const a = parse('وأضاف المدرب سامي فؤاد أن فريقه «لم يتأهل بعد»، مشيرا إلى أن المنافسة ما زالت مفتوحة حتى الجولة الأخيرة.');
    expect(a.quotes.map((q) => [q.kind, q.cue])).toEqual([
      ['partial', 'وأضاف'],
      ['indirect', 'مشيرا'],
    ]);
  });
});

describe('fifty-ninth round: who asked and who was asked, each with a title of his own', () => {
  const speakers = (a: Article) => a.quotes.map((q) => [q.text, q.speaker]);

  it('reads "وسأل الصحفي وزير X" as two people, the answer the minister\'s', () => {
    expect(speakers(parse('وسألت المراسلة وزير النقل: "متى يفتح الطريق؟"، فأجاب: "قبل نهاية الشهر".'))).toEqual([
      ['متى يفتح الطريق؟', 'المراسلة'],
      ['قبل نهاية الشهر', 'وزير النقل'],
    ]);
    expect(speakers(parse('وسأل مندوب الإذاعة رئيس البلدية: "أين ذهبت الأموال؟"، فرد: "إلى إصلاح شبكة المياه كلها".'))).toEqual([
      ['أين ذهبت الأموال؟', 'مندوب الإذاعة'],
      ['إلى إصلاح شبكة المياه كلها', 'رئيس البلدية'],
    ]);
  });

  it('reads a title with the article after a first title\'s nisba as whom a verb of telling told', () => {
    const a = parse('وأبلغ وزير الخارجية التركي السفير الإيراني أن «أنقرة لن تقبل بأي تدخل».');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['وزير الخارجية التركي']);
  });

  it('still reads a second post after a verb of saying or of opinion as the same man\'s title', () => {
    const a = parse('واعتبر النائب رئيس لجنة الصحة عاصم عراجي أن «الدواء مفقود من الصيدليات».');
    expect(a.speakers.filter((s) => s.quotes.length).map((s) => [s.name, s.role])).toEqual([['عاصم عراجي', 'النائب رئيس لجنة الصحة']]);
  });
});

describe('fifty-ninth round: a paper\'s editorial, and words quoted from a statement nobody is named for', () => {
  it('gives an editorial\'s words to nobody, never to the word "افتتاحية"', () => {
    const a = parse('وقالت افتتاحية صحيفة «لوموند» إن «أوروبا تأخرت كثيرا».');
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['أوروبا تأخرت كثيرا', null]]);
    expect(a.speakers.map((s) => s.name)).not.toContain('افتتاحية');
  });

  it('keeps a short quote from "البيان" or an editorial named for the first time, by nobody named', () => {
    expect(speech(parse('وجاء في البيان: «لا عودة إلى الوراء».'))).toEqual([{ text: 'لا عودة إلى الوراء', kind: 'direct', speaker: null }]);
    expect(speech(parse('وجاء في افتتاحية «الباييس»: «الحكومة بلا أغلبية».'))).toEqual([{ text: 'الحكومة بلا أغلبية', kind: 'direct', speaker: null }]);
  });

  it('gives "وجاء في البيان" to whoever was said to speak in a statement before', () => {
    const a = parse('وقالت وزارة الصحة اللبنانية في بيان إن عدد الإصابات ارتفع.', 'وجاء في البيان: «المستشفيات تعمل بكامل طاقتها».');
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['وزارة الصحة اللبنانية']);
  });

  it('still gives a long statement with no issuer to those quoted before, and reads "تقرير «X»" as a name', () => {
    const a = parse(
      'ووقع قادة الدول السبع بيانا في ختام القمة، وقال القادة إن التوتر «يهدد الجميع».',
      'وجاء في البيان: "نحن ملتزمون بدعم الاستقرار في المنطقة وبمواصلة العمل مع شركائنا".',
    );
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['القادة']);
    expect(parse('وجاء في تقرير «فايننشال تايمز» أن البنوك تستعد للأسوأ.').quotes.map((q) => q.text)).not.toContain('فايننشال تايمز');
  });
});

describe('fifty-ninth round: words said after a colon are nobody\'s name', () => {
  it('never reads the first words of "وقالت: «…»" as the one a participle after it speaks for', () => {
    const a = parse('وقالت: «كنت أنتظر الحافلة عندما وقع الانفجار»، مضيفة أنها «لم تر شيئا بعد ذلك».');
    expect(a.quotes.map((q) => q.speaker)).toEqual([null, null]);
    expect(a.speakers.filter((s) => s.quotes.length)).toEqual([]);
  });

  it('still gives the participle to the one named before the colon', () => {
    const a = parse('وقالت المعلمة سناء حداد: «كنت أنتظر الحافلة عندما وقع الانفجار»، مضيفة أنها «لم تر شيئا بعد ذلك».');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سناء حداد', 'سناء حداد']);
  });
});

describe('fifty-ninth round: a title after "فإن" is the clause\'s subject, the quote its predicate', () => {
  it('keeps "فإن الرئيس «…»" after an according-to phrase as words said', () => {
    const a = parse('وبحسب مصدر في الديوان الملكي، فإن الملك «مرتاح لنتائج الزيارة».');
    expect(a.quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual([['مرتاح لنتائج الزيارة', 'partial', null]]);
    const b = parse('ووفقا لما قاله مدير المكتب الإعلامي سامر العلي، فإن الوزير «سيعلن الخطة غدا».');
    expect(b.quotes.map((q) => [q.text, q.speaker])).toEqual([['سيعلن الخطة غدا', 'سامر العلي']]);
  });
});

describe('fifty-ninth round: "المتهم" alone, and the verbs of shouting and whispering', () => {
  it('never gives "وقال المتهم: «…»" to the judge who spoke before (the accused, unnamed, is nobody named)', () => {
    const a = parse('وقال رئيس المحكمة: «ترفع الجلسة للمداولة».', 'وقال المتهم: «لم أكن في المدينة يوم الحادث».');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['رئيس المحكمة', null]);
    const b = parse('وقال رئيس المحكمة: «ترفع الجلسة للمداولة».', 'وأكد المتهم أنه «لم يكن في المدينة».');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['رئيس المحكمة', null]);
  });

  it('reads "صرخ" and "همس" as verbs of saying', () => {
    const a = parse('وقالت المذيعة: «نحن على الهواء».', 'فيما صرخ أحد الحضور: «أوقفوا الحرب!».', 'وهمست الممرضة سلمى خوري للطبيب: «المريض لم يعد يتنفس».');
    expect(a.quotes.map((q) => [q.cue, q.speaker])).toEqual([
      ['وقالت', 'المذيعة'],
      ['صرخ', null],
      ['وهمست', 'سلمى خوري'],
    ]);
  });

  it('still reads a name after "المتهم" as the accused\'s', () => {
    const a = parse('وقال المتهم سالم العنزي: «أنا بريء من كل التهم».');
    expect(a.speakers.filter((s) => s.quotes.length).map((s) => [s.name, s.role])).toEqual([['سالم العنزي', 'المتهم']]);
  });
});

describe('fifty-ninth round: no name runs across a quote mark', () => {
  it('never reads "«الجزيرة» المتحدث باسم" after a verb of asking as one name', () => {
    const a = parse('وسألت «الجزيرة» المتحدث باسم الشرطة: «متى تنتهي التحقيقات؟».');
    expect(a.speakers.map((s) => s.name).filter((n) => n.includes('»'))).toEqual([]);
    expect(a.quotes.map((q) => q.text)).toEqual(['متى تنتهي التحقيقات؟']);
  });
});

describe('sixtieth round: guillemets nested in guillemets, and one printed again for the closing mark', () => {
  it('reads a short name in guillemets inside a quote in guillemets as part of it ("«إن تنظيم «داعش» يهدد …»")', () => {
    expect(speech(parse('وقال وزير الداخلية خالد العلي: «إن تنظيم «داعش» يهدد المنطقة كلها».'))).toEqual([
      { text: 'إن تنظيم «داعش» يهدد المنطقة كلها', kind: 'direct', speaker: 'خالد العلي' },
    ]);
  });

  it('reads a nested name closed by a misprinted "«" and a second nested name, up to the outer closer', () => {
    const a = parse('وقال النائب سامي فؤاد: «لا يمكن أن نقبل بمرشح فريق «8 آذار « لأنه يغطي مشروع «حزب الله» في لبنان».');
    expect(speech(a)).toEqual([{ text: 'لا يمكن أن نقبل بمرشح فريق «8 آذار « لأنه يغطي مشروع «حزب الله» في لبنان', kind: 'direct', speaker: 'سامي فؤاد' }]);
  });

  it('closes a quote at an opening guillemet printed again before a full stop, so the sentence after it is read on its own', () => {
    const a = parse('وقال الوزير خالد العلي إن الحكومة تعمل وفق شعار « العمل قبل الكلام «. وأضاف أن الحكومة ماضية في الإصلاح الاقتصادي.');
    expect(a.quotes.map((q) => q.text)).not.toContainEqual(expect.stringContaining('وأضاف'));
    expect(indirect(a)).toContainEqual({ text: 'الحكومة ماضية في الإصلاح الاقتصادي', speaker: 'خالد العلي' });
  });

  it('opens a quote at a guillemet whose dots lead into a word ("«..التارك") after a nested name, and a spaced one at a sentence\'s start', () => {
    const a = parse('وقال الشيخ أحمد العلوي: «إن المقصود بالحديث «من بدل دينه» هو الخائن، المقيد بقوله: «..التارك لدينه المفارق للجماعة».');
    expect(speech(a)).toEqual([{ text: 'إن المقصود بالحديث «من بدل دينه» هو الخائن، المقيد بقوله: «..التارك لدينه المفارق للجماعة', kind: 'direct', speaker: 'أحمد العلوي' }]);
    expect(speech(parse('وقالت الوزيرة سلمى حداد: « سنعمل على حل الأزمة خلال أسابيع ».'))).toEqual([{ text: 'سنعمل على حل الأزمة خلال أسابيع', kind: 'direct', speaker: 'سلمى حداد' }]);
  });
});

describe('sixtieth round: a saying quoted, a verb that describes the noun before it, "في حين"', () => {
  it('reads a proverb or saying after "المثل" or "المقولة" as no one\'s words, however long', () => {
    for (const s of ['وينطبق على الوضع المثل الشعبي «اللي إيده في المية مش زي اللي إيده في النار».', 'واعترفت النائبة أخيرا مطبقة مقولة الطرقات الشهيرة "التأخر في الوصول خير من عدم الوصول".', 'وقال الوزير خالد العلي إن الحكومة تعمل بالمثل «الوقاية خير من العلاج».']) {
      expect(speech(parse(s)), s).toEqual([]);
    }
  });

  it('still gives a proverb said after a colon to the one who said it', () => {
    expect(speech(parse('وقال الوزير خالد العلي: «الوقاية خير من العلاج».'))).toEqual([{ text: 'الوقاية خير من العلاج', kind: 'direct', speaker: 'خالد العلي' }]);
  });

  it('gives no one the words after "في بلد يرى أن" (the country sees), nor to the one named in the sentence before', () => {
    const a = parse('وقال الملك سلمان إن الوضع مستقر. وذلك في بلد يرى أن النفوذ لا يتحقق إلا بالقوة والمذهبية.');
    expect(indirect(a)).toEqual([{ text: 'الوضع مستقر', speaker: 'سلمان' }]);
  });

  it('reads "في حين يرى" and "في مقال يقول فيه" as the speaker\'s own verbs, each clause on its own', () => {
    const a = parse('وقال الوزير خالد العلي إن الوضع مستقر، في حين يرى أن النفوذ لا يتحقق إلا بالقوة.');
    expect(indirect(a)).toEqual([{ text: 'الوضع مستقر', speaker: 'خالد العلي' }, { text: 'النفوذ لا يتحقق إلا بالقوة', speaker: 'خالد العلي' }]);
    const b = parse('وتحدث الكاتب خالد العلي عن الأزمة، في مقال يقول فيه إن النفوذ لا يتحقق إلا بالقوة.');
    expect(indirect(b).map((q) => q.speaker)).toEqual(['خالد العلي']);
  });

  it('ends the words reported before ", في حين" when another speaker\'s verb follows it', () => {
    const a = parse('وقال الوزير خالد العلي إن الوضع مستقر، في حين يرى المحلل سامي نور أن النفوذ لا يتحقق إلا بالقوة.');
    expect(indirect(a)).toEqual([{ text: 'الوضع مستقر', speaker: 'خالد العلي' }, { text: 'النفوذ لا يتحقق إلا بالقوة', speaker: 'سامي نور' }]);
  });
});

describe('sixtieth round: what a speaker wrote or held, and the international community asked', () => {
  it('ends a name before what was written or held in the accusative, and reads no name in "خلاله"', () => {
    expectSpeakers([
      ['وكتب الكاتب خالد العلي مقالا قال فيه إن «الأزمة ستطول».', 'خالد العلي'],
      ['وعقد وزير المالية محمد الجدعان مؤتمرا صحفيا قال خلاله إن «العجز سينخفض».', 'محمد الجدعان'],
      ['ونشرت الناشطة سلمى حداد منشورا قالت فيه: «لن نصمت بعد اليوم».', 'سلمى حداد'],
    ]);
  });

  it('reads "المجتمع الدولي" after a body and a verb of asking as the one asked, no part of the body\'s name', () => {
    expectSpeakers([
      ['وطالبت الخارجية الفلسطينية المجتمع الدولي بـ«التحرك الفوري لوقف العدوان».', 'الخارجية الفلسطينية'],
      ['ودعت الوزارة الأردنية المجتمع الدولي إلى «تحمل مسؤولياته».', 'الوزارة الأردنية'],
    ]);
  });

  it('still reads a body\'s participle-shaped adjective as part of its name ("الهيئة الوطنية المستقلة")', () => {
    expectSpeakers([['وطالبت الهيئة الوطنية المستقلة الحكومة بـ«الإفراج الفوري عن المعتقلين».', 'الهيئة الوطنية المستقلة']]);
  });
});

describe('sixtieth round: a given name that is also a common word after a title and an honorific', () => {
  it('reads "صباح" as the given name after "وزير الخارجية الكويتي الشيخ"', () => {
    expectSpeakers([
      ['وقال وزير الخارجية الكويتي الشيخ صباح الخالد: «الكويت تدعم الحل السياسي».', 'صباح الخالد'],
      ['وقال نائب رئيس الوزراء الشيخ صباح خالد الحمد الصباح: «الكويت تدعم الحل السياسي».', 'صباح خالد الحمد الصباح'],
    ]);
  });

  it('still reads "صباح اليوم" after an honorific as the morning, no name', () => {
    expectSpeakers([['وقال وزير الخارجية الكويتي الشيخ أحمد الناصر صباح اليوم: «الكويت تدعم الحل السياسي».', 'أحمد الناصر']]);
  });
});

describe('sixtieth round: a movement, a front, a coalition or a league named by its nisba speaks', () => {
  it('reads what "الجامعة العربية", "الحركة الشعبية" and "الائتلاف الوطني السوري" say as theirs', () => {
    for (const [sentence, speaker] of [
      ['وقالت الجامعة العربية إن الحل السياسي هو السبيل الوحيد لإنهاء الأزمة.', 'الجامعة العربية'],
      ['وأعلنت الحركة الشعبية أن مرشحها سيخوض الانتخابات الرئاسية المقبلة.', 'الحركة الشعبية'],
      ['وقال الائتلاف الوطني السوري إن النظام يتحمل مسؤولية التصعيد الأخير.', 'الائتلاف الوطني السوري'],
      // (a parliamentary bloc: "الكتلة النيابية", "الكتلة البرلمانية")
      ['وأعلنت الكتلة النيابية أنها ستتقدم بشكوى رسمية إلى القضاء ضد الحملة.', 'الكتلة النيابية'],
      ['وقالت الكتلة البرلمانية إن الحكومة لم تقدم أي رد على مطالبها.', 'الكتلة البرلمانية'],
    ] as const) expect(indirect(parse(sentence)).map((q) => q.speaker), sentence).toEqual([speaker]);
  });

  it('still reads no one in "الجامعة" or "الحركة" alone, nor in one pointed back to ("الحركة المعنية")', () => {
    for (const s of ['وقالت الجامعة إن الحل السياسي هو السبيل الوحيد لإنهاء الأزمة.', 'وأعلنت الحركة المعنية أن مرشحها سيخوض الانتخابات الرئاسية المقبلة.', 'وقالت الكتلة إن الحكومة لم تقدم أي رد على مطالبها.']) expect(indirect(parse(s)), s).toEqual([]);
  });
});

describe('sixty-first round: a body of a participle\'s shape or an intelligence service named by its nisba speaks', () => {
  it('reads what "المعارضة السورية", "المقاومة الفلسطينية" and "المخابرات الأمريكية" say as theirs, adjectives and all', () => {
    for (const [sentence, speaker] of [
      ['وقالت المعارضة السورية إن قوات النظام قصفت مواقع في ريف إدلب خلال الليل.', 'المعارضة السورية'],
      ['وقالت المعارضة السورية المسلحة في بيان إن مقاتليها سيطروا على بلدة جديدة.', 'المعارضة السورية المسلحة'],
      ['وأكدت المقاومة الفلسطينية أن مقاتليها تصدوا للقوة المتوغلة.', 'المقاومة الفلسطينية'],
      ['وقالت المخابرات الأمريكية إن روسيا تخطط لهجوم إلكتروني واسع.', 'المخابرات الأمريكية'],
      ['وقالت الاستخبارات العسكرية الإسرائيلية إن الحزب يعيد بناء قدراته.', 'الاستخبارات العسكرية الإسرائيلية'],
    ] as const) expect(indirect(parse(sentence)).map((q) => q.speaker), sentence).toEqual([speaker]);
  });

  it('still reads no one in "المعارضة" or "المخابرات" alone, nor in "السلطات السورية"', () => {
    for (const s of [
      'وقالت المعارضة إن قوات النظام قصفت مواقع في ريف إدلب.',
      'وقالت المخابرات إن روسيا تخطط لهجوم إلكتروني واسع.',
      'وقالت السلطات السورية إن روسيا تخطط لهجوم إلكتروني واسع.',
    ]) expect(indirect(parse(s)), s).toEqual([]);
  });
});

describe('sixty-first round: an outlet\'s spelt letters before the particle, and a description\'s noun in و', () => {
  it('reads the particle after "سي إن بي سي", "إن بي سي", "أيه بي سي" and "إم إس إن بي سي", never a letter of the name', () => {
    for (const outlet of ['شبكة "سي إن بي سي"', 'شبكة سي إن بي سي', 'شبكة إن بي سي', 'شبكة أيه بي سي', 'قناة إم إس إن بي سي', 'شبكة سي إن إن']) {
      const sentence = `وقال المتحدث باسم مجلس الأمن القومي جون كيربي في مقابلة مع ${outlet} إن الإدارة تدرس خيارات عدة للرد.`;
      expect(indirect(parse(sentence)).map((q) => [q.speaker, q.text]), outlet).toEqual([['جون كيربي', 'الإدارة تدرس خيارات عدة للرد']]);
    }
  });

  it('still opens nothing at the إن of "سي إن إن" with no particle after it', () => {
    expect(parse('وكشفت شركة النقل الذكي لوكالة سي إن إن عن خطة لتطوير سيارات أجرة طائرة في المدن.').quotes).toEqual([]);
  });

  it('keeps a noun whose first letter is a و of its own ("وسط") in the speaker\'s description', () => {
    const a = parse('وقال مصطفى، وهو صاحب متجر في وسط المدينة، إن المبيعات تراجعت بنسبة كبيرة منذ بداية العام.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['مصطفى', 'صاحب متجر في وسط المدينة']]);
  });

  it('still ends a description at a word joined by و that opens a clause of its own', () => {
    const a = parse('وقال مصطفى، وهو صاحب متجر وطلب عدم ذكر اسم عائلته، إن المبيعات تراجعت بنسبة كبيرة منذ بداية العام.');
    expect(a.speakers.map((s) => s.role)).toEqual(['صاحب متجر']);
  });
});

describe('sixty-first round: a body named by foreign words in a speaker\'s title', () => {
  it('reads "هيومن رايتس ووتش", "وول ستريت جورنال" and "غولدمان ساكس" whole in the title, the name after them', () => {
    for (const [sentence, name, role] of [
      ['وقالت الباحثة في هيومن رايتس ووتش، لما فقيه، إن «الانتهاكات موثقة».', 'لما فقيه', 'الباحثة في هيومن رايتس ووتش'],
      ['وقال المدير التنفيذي لمنظمة هيومن رايتس ووتش كينيث روث إن «الانتهاكات موثقة».', 'كينيث روث', 'المدير التنفيذي لمنظمة هيومن رايتس ووتش'],
      ['وقال المتحدث باسم وول ستريت جورنال جون سميث إن «الصحيفة تتمسك بتقريرها».', 'جون سميث', 'المتحدث باسم وول ستريت جورنال'],
      ['وقال كبير الاقتصاديين في غولدمان ساكس جان هاتزيوس إن الأسعار سترتفع خلال العام المقبل.', 'جان هاتزيوس', 'كبير الاقتصاديين في غولدمان ساكس'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
  });

  it('still reads a given name right after an unlisted body\'s name as the holder\'s', () => {
    const sentence = 'وقالت مديرة قسم الشرق الأوسط في منظمة العفو الدولية هبة مرايف إن «الانتهاكات موثقة».';
    expect(parse(sentence).speakers.map((s) => [s.name, s.role])).toEqual([['هبة مرايف', 'مديرة قسم الشرق الأوسط في منظمة العفو الدولية']]);
  });
});

describe('sixty-first round: a kunya printed in brackets after a name is that person\'s', () => {
  const article = (paragraphs: readonly string[]) => parseArticle(['مسؤولون يبحثون تطورات الأوضاع في المنطقة خلال اجتماع موسع', ...paragraphs, 'وتأتي هذه التطورات في ظل مساع إقليمية ودولية متواصلة لاحتواء التصعيد في المنطقة، وسط دعوات إلى ضبط النفس.'].join('\n\n'));

  it('gives the words said under "أبو مازن" to "محمود عباس (أبو مازن)", the kunya an alias', () => {
    const a = article(['وقال الرئيس الفلسطيني محمود عباس (أبو مازن) إن القدس ستبقى العاصمة الأبدية لدولة فلسطين.', 'وأكد أبو مازن أن الشعب الفلسطيني لن يتنازل عن حقوقه المشروعة.']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['محمود عباس', 'محمود عباس']);
    expect(a.speakers.map((s) => [s.name, s.aliases, s.role])).toEqual([['محمود عباس', ['أبو مازن'], 'الرئيس الفلسطيني']]);
  });

  it('so too when the name was only introduced, and for "أم خالد"', () => {
    const a = article(['استقبل الرئيس الفلسطيني محمود عباس (أبو مازن) وفدا أمريكيا في رام الله.', 'وقال أبو مازن خلال اللقاء إن «السلام يبدأ بإنهاء الاحتلال».']);
    expect(a.speakers.map((s) => [s.name, s.aliases, s.role])).toEqual([['محمود عباس', ['أبو مازن'], 'الرئيس الفلسطيني']]);
    const b = article(['وقالت الناشطة سعاد الخطيب (أم خالد) إن المخيم يفتقر إلى الماء منذ أسابيع.', 'وأضافت أم خالد: «أطفالنا يمرضون كل يوم».']);
    expect(b.speakers.map((s) => [s.name, s.aliases])).toEqual([['سعاد الخطيب', ['أم خالد']]]);
  });

  it('still keeps a kunya that no bracket ties to a name as a speaker of its own', () => {
    const a = article(['وقال الرئيس الفلسطيني محمود عباس إن القدس ستبقى العاصمة الأبدية لدولة فلسطين.', 'وقال أبو مازن الحسيني، وهو تاجر في البلدة القديمة، إن الحركة التجارية تراجعت كثيرا.']);
    expect(a.speakers.map((s) => s.name)).toEqual(['محمود عباس', 'أبو مازن الحسيني']);
  });
});

describe('sixty-first round: "أمين", "أمير" or "إمام" opening a name after a title\'s definite word', () => {
  it('reads "أمين سلام" after "وزير الاقتصاد اللبناني" as the minister\'s name, no part of his title', () => {
    for (const [sentence, name, role] of [
      ['وقال وزير الاقتصاد اللبناني أمين سلام إن الخطة تقوم على ثلاثة محاور أساسية.', 'أمين سلام', 'وزير الاقتصاد اللبناني'],
      ['وقال وزير الخارجية القطري أمين محمد سلام إن الخطة تقوم على ثلاثة محاور أساسية.', 'أمين محمد سلام', 'وزير الخارجية القطري'],
    ] as const) expect(parse(sentence).speakers.map((s) => [s.name, s.role]), sentence).toEqual([[name, role]]);
  });

  it('still reads "أمين عام الحزب" after a title as a second title, the name after it', () => {
    const sentence = 'وقال رئيس المجلس الوطني أمين عام الحزب سامي فؤاد إن الخطة تقوم على ثلاثة محاور أساسية.';
    expect(parse(sentence).speakers.map((s) => [s.name, s.role])).toEqual([['سامي فؤاد', 'رئيس المجلس الوطني أمين عام الحزب']]);
  });
});

describe('sixty-second round: a speaker fronted after a particle, in a clause another reports', () => {
  it('gives the words to the body, the title or the name between "أن"/"إن" and its speech verb, not to the one who relays them', () => {
    expectSpeakers([
      ['وقالت الوكالة إن منظمة الأغذية والزراعة حذرت من "مجاعة وشيكة" في الإقليم.', 'منظمة الأغذية والزراعة'],
      ['وذكرت الصحيفة أن الأمم المتحدة طالبت بـ"تحقيق دولي مستقل" في الحادث.', 'الأمم المتحدة'],
      ['ولفتت القناة إلى أن وزير الداخلية حذر من "عواقب وخيمة" لأي تصعيد.', 'وزير الداخلية'],
      ['وأضاف أن وزارة الخارجية البريطانية أكدت أن "الاتفاق لا يزال قائما".', 'وزارة الخارجية البريطانية'],
    ]);
  });

  it('reads the words after the fronted subject\'s verb as its object, never its speaker ("وصفت الحكم بأنه")', () => {
    expectSpeakers([['وأشار التقرير إلى أن منظمة العفو الدولية وصفت القرار بأنه "جائر وغير مبرر".', 'منظمة العفو الدولية']]);
  });

  it('still gives the speaker\'s next words to the speaker when a clause of his reports a thing ("أن الخطة جاهزة، وأضاف")', () => {
    for (const sentence of ['وأكد رئيس البلدية نضال العلي أن الخطة جاهزة، وأضاف: «نحن مستعدون».', 'وأكد رئيس البلدية نضال العلي أن الخطة جاهزة وأضاف: «نحن مستعدون».']) {
      expect(parse(sentence).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker), sentence).toEqual(['نضال العلي']);
    }
  });

  it('still speaks for nobody named when an unnamed source is fronted, and for the relaying subject when no one is', () => {
    expectSpeakers([
      ['وقالت الوكالة إن مصدرا حكوميا أكد أن "المفاوضات ستستأنف قريبا".', null],
      ['وقالت الوزارة في بيان إن "المفاوضات ستستأنف قريبا".', 'الوزارة'],
    ]);
  });
});

describe('sixty-second round: "تابع" before ل is "affiliated to", no cue', () => {
  it('reads no "continued" in "فريق تابع للأمم المتحدة": the words are those of the clause\'s speaker', () => {
    const a = parse('قالت منظمة الصحة العالمية إن فريقا طبيا تابعا للأمم المتحدة تعرض "لإطلاق نار كثيف" قرب الحدود.');
    expect(a.quotes.filter((q) => q.kind === 'partial').map((q) => [q.speaker, q.cue])).toEqual([['منظمة الصحة العالمية', 'قالت']]);
  });

  it('still reads "وتابع" as "continued"', () => {
    const a = parse('وقال وزير الصحة فراس الأبيض إن الوضع صعب. وتابع لـ"النهار": "نحتاج إلى دعم دولي عاجل".');
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.cue])).toEqual([['فراس الأبيض', 'وتابع']]);
  });
});

describe('sixty-second round: what a speaker denies or dismisses, right after the speaker', () => {
  it('ends the name or the title before "الاتهامات", "المخاوف" and the like', () => {
    expectSpeakers([
      ['ونفى وزير الداخلية محمود توفيق الاتهامات بأن الشرطة استخدمت القوة المفرطة.', 'محمود توفيق'],
      ['واستبعد محافظ البنك المركزي طارق عامر المخاوف من أن يرتفع التضخم مجددا.', 'طارق عامر'],
    ]);
    const a = parse('واستبعد محافظ البنك المركزي المخاوف من أن يرتفع التضخم مجددا.');
    expect(a.speakers.map((s) => s.name)).toEqual(['محافظ البنك المركزي']);
  });

  it('keeps a definite word after a portfolio in the title ("وزير الخارجية الأسبق") and ends the name before what is denied', () => {
    const a = parse('ونفى وزير الخارجية الأسبق عمرو موسى الاتهامات بأن الجامعة تقاعست عن دورها.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['عمرو موسى', 'وزير الخارجية الأسبق']]);
  });
});

describe('sixty-second round: "نفس"/"ذات" printed before the title (Maghreb copy)', () => {
  it('reads "نفس المتحدثة" as the spokeswoman speaking on, as "المتحدثة ذاتها"', () => {
    const a = parse('وأكدت المتحدثة باسم الهيئة ليلى الكردي أن الطرق آمنة. وأوضحت نفس المتحدثة أن "فرق الصيانة تعمل على مدار الساعة".');
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['ليلى الكردي']);
  });

  it('names no speaker "نفس المصدر": the same unnamed source', () => {
    const a = parse('وحسب نفس المصدر، فإن التحقيقات لا تزال جارية لتحديد ملابسات الحادث الذي وقع فجر الأحد.');
    expect(a.speakers.map((s) => s.name)).toEqual([]);
  });
});

describe('sixty-second round: a meeting after its chair is no name', () => {
  it('never reads "اجتماع" after a title as the holder\'s name', () => {
    const a = parse('«لن نسمح بتكرار ما حدث»، بهذه الكلمات افتتح رئيس الوزراء اجتماع الحكومة الطارئ مساء الأحد.');
    expect(a.speakers.map((s) => s.name)).not.toContain('اجتماع');
    expect(a.quotes.map((q) => q.speaker)).not.toContain('اجتماع');
  });

  it('still reads a name after the chair and the meeting, and a given name of that shape ("ابتسام")', () => {
    expectSpeakers([
      ['وترأس الوزير سامي فؤاد اجتماع اللجنة، وقال إن "العمل مستمر حتى إنجاز المشروع".', 'سامي فؤاد'],
      ['وقالت ابتسام الكتبي، رئيسة المركز، إن "المنطقة تمر بمرحلة حرجة".', 'ابتسام الكتبي'],
    ]);
  });
});

describe('sixty-third round: a base, a crossing or a port named in quotes, and a front\'s name', () => {
  it('reads a name in quotes after "قاعدة", "معبر", "ميناء" or "محطة" as the place, no words said', () => {
    for (const sentence of [
      'وكان المتحدث باسم الجيش أعلن أن الهجوم على قاعدة "براك الشاطئ" أسفر عن مقتل العشرات من الجنود.',
      'وقالت الأمم المتحدة إن الشاحنات عبرت معبر "كرم أبو سالم" محملة بالمساعدات الغذائية.',
      'وأكدت الشركة أن السفينة رست في ميناء "جبل علي" بعد رحلة استغرقت أسبوعين.',
      'وقال الوزير إن العمل في محطة "الزور الشمالية" سينتهي مطلع العام المقبل.',
    ]) {
      expect(parse(sentence).quotes.filter((q) => q.kind !== 'indirect'), sentence).toEqual([]);
    }
  });

  it('reads a front named in quotes as a body\'s name, even right after the verb ("أعلنت «جبهة النصرة»")', () => {
    const a = parse('أعلنت "جبهة النصرة" مسؤوليتها عن الهجوم الذي استهدف الحاجز العسكري شمال المدينة.');
    expect(a.quotes).toEqual([]);
  });

  it('still reads words said after a base\'s or a front\'s name, and a front\'s name said in a sentence of words', () => {
    expectSpeakers([
      ['وقال قائد قاعدة حميميم الجوية اللواء سامي فؤاد إن "الوضع تحت السيطرة".', 'سامي فؤاد'],
      ['وقال المتحدث باسم الجبهة محمد الخطيب إن "جبهة الرفض لن تقبل بأي تسوية لا تضمن الحقوق".', 'محمد الخطيب'],
    ]);
  });
});

describe('sixty-fourth round: words relayed from a document no issuer signs ("نقلا عن بيان مشترك")', () => {
  it('gives the words to the verb\'s subject, who relays the unsigned document', () => {
    expectSpeakers([
      ['وقال وزير الخارجية سامي العلي، نقلا عن بيان مشترك، إن "البلدين اتفقا على إعادة فتح السفارات".', 'سامي العلي'],
      ['وأعلن وزير الإعلام هاني المصري على "تويتر" نقلا عن "بيان سلام وصداقة مشترك" وقع بين الطرفين، أن "حالة الحرب انتهت".', 'هاني المصري'],
      ['وأكدت المتحدثة باسم الحكومة ليلى حداد نقلا عن البيان الختامي أن "المرحلة المقبلة ستشهد تعاونا أوسع".', 'ليلى حداد'],
    ]);
  });

  it('keeps the one who relays as the speaker of the words after', () => {
    const a = parse(
      'وقال وزير الخارجية سامي العلي نقلا عن بيان مشترك إن "البلدين اتفقا على إعادة فتح السفارات".',
      'وأضاف أن "اللجان الفنية ستبدأ عملها الأسبوع المقبل".',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['سامي العلي', 'سامي العلي']);
  });

  it('still gives the words to a document\'s issuer, to a person relayed, and to nobody for an unnamed source', () => {
    expectSpeakers([
      ['وأعلن المتحدث باسم الحكومة خالد المصري نقلا عن بيان للرئاسة أن "الرئيس سيزور القاهرة الأسبوع المقبل".', 'الرئاسة'],
      ['وقال الوزير سامي العلي نقلا عن الرئيس إن "الحرب انتهت".', 'الرئيس'],
      ['وقال الوزير سامي العلي نقلا عن مصدر مسؤول إن "الحرب انتهت".', null],
      // (an outlet that relays a document speaks for nobody)
      ['وذكرت صحيفة الأهرام نقلا عن تقرير سري أن "الحرب انتهت".', null],
    ]);
  });
});

describe('sixty-sixth round: "فيه" between a cue and its subject ("في الوقت الذي قال فيه المتحدث …")', () => {
  it('reads the subject after "فيه"/"فيها" when a title, a definite word or a name already met follows', () => {
    expectSpeakers([
      ['وفي الوقت الذي قال فيه المتحدث باسم الخارجية نيد برايس إن "واشنطن لن تقف مكتوفة الأيدي"، دعت موسكو إلى ضبط النفس.', 'نيد برايس'],
      ['وفي وقت عبّرت فيه البعثة الأمريكية عن "قلقها العميق" من الهجمات، التزمت طهران الصمت.', 'البعثة الأمريكية'],
      ['وأصدرت الرئاسة بيانا أكدت فيه الوزارة أن "الاتصالات مستمرة مع جميع الأطراف".', 'الوزارة'],
    ]);
    const a = parse(
      'وقال وزير الخارجية سامي العلي إن "البلدين اتفقا على إعادة فتح السفارات".',
      'وفي الوقت الذي أكد فيه سامي العلي أن "الحوار هو السبيل الوحيد"، رفضت المعارضة المشاركة.',
    );
    expect(speech(a).map((q) => q.speaker)).toEqual(['سامي العلي', 'سامي العلي']);
  });

  it('does not read past "فيه" to a verbal noun\'s owner, nor to whom a verb with an object accuses', () => {
    // (the one who confirmed is the subject before, not the owner after "امتلاك"; the lawsuit's filer accuses, not the one
    // named after "يتهم فيها")
    const a = parse('وأوقفت السلطات المستشار هشام جنينة بعد حوار صحفي أكد فيه امتلاك رئيس الأركان الأسبق سامي عنان لوثائق "تدين أشخاصا كثيرين".');
    expect(a.quotes.map((q) => q.speaker)).not.toContain('سامي عنان');
    const b = parse('وأقام المحامي عمرو عبد السلام دعوى قضائية يتهم فيها الممثلة رانيا يوسف بـ"التحريض على الفسق".');
    expect(b.quotes.map((q) => q.speaker)).not.toContain('رانيا يوسف');
  });
});

describe('sixty-sixth round: a place alone in quote marks is its name, not words said', () => {
  it('reports no quote for a country or a city set in marks, as Saudi dailies print names', () => {
    for (const sentence of [
      'ويرى “جون ديغنان” خبير المدن الذكية في “المملكة المتحدة” أن هذا النظام يمكن أن يكون مفيدا للاقتصادات الناشئة.',
      'وأكد الوزير سامي العلي أن "مصر" تدعم الحل السياسي في المنطقة.',
      'وقال الخبير جون كول من "لندن" إن الأسواق ستتعافى قريبا.',
    ]) {
      const a = parse(sentence);
      expect(speech(a), sentence).toEqual([]);
    }
  });

  it('still reports a place\'s name inside longer words said, and a one-word remark that is no place', () => {
    const a = parse('وقال الوزير سامي العلي إن "مصر لن تقبل بأي حل لا يحفظ حقوقها".', 'ووصف المحلل جون كول القرار بأنه "متسرع".');
    expect(speech(a).map((q) => q.text)).toEqual(['مصر لن تقبل بأي حل لا يحفظ حقوقها', 'متسرع']);
  });
});

describe('sixty-sixth round: a reporter told, without the article, ends the speaker\'s name', () => {
  it('reads no "لمراسلنا" or "لصحفيين" into the name before it', () => {
    expectSpeakers([
      ['وقال المتحدث باسم الجيش سامي عنان لمراسلنا إن "الحوار مستمر مع جميع الأطراف".', 'سامي عنان'],
      ['وأكد رئيس البلدية خالد الحمدان لصحفيين أن "أعمال الصيانة ستنتهي قبل الشتاء".', 'خالد الحمدان'],
      ['وقال الوزير فهد الرشيدي لمراسل الجزيرة نت إن "الاتفاق سيوقع الأسبوع المقبل".', 'فهد الرشيدي'],
    ]);
  });
});

describe('sixty-sixth round: reporters told before the speaker ("وقال للصحفيين الوزير …")', () => {
  it('reads the speaker after an addressee and its definite words when a title follows', () => {
    expectSpeakers([
      ['وقال للصحفيين وزير الخارجية سامي العلي إن "البلدين اتفقا على إعادة فتح السفارات".', 'سامي العلي'],
      ['وقال لوسائل الإعلام المحلية المتحدث باسم الجيش خالد الحمدان إن "الوضع تحت السيطرة".', 'خالد الحمدان'],
    ]);
  });

  it('keeps the speaker before when no title follows the addressee', () => {
    const a = parse('وقال وزير الخارجية فهد الرشيدي إن "البلدين اتفقا على التعاون".', 'وقال للصحفيين الأجانب في مؤتمر صحفي إن "الحوار مستمر مع جميع الأطراف".');
    expect(speech(a).map((q) => q.speaker)).toEqual(['فهد الرشيدي', 'فهد الرشيدي']);
  });
});

describe('sixty-seventh round: whom a speaker promised, warned, threatened or accused, right after the speaker', () => {
  it('reads a definite plural, a group, a body or the press after a title or a short name as the object, no part of the speaker', () => {
    expectSpeakers([
      ['ووعد الرئيس المواطنين بأن "الأسعار ستنخفض قريبا".', 'الرئيس'],
      ['ووعد المدرب الجماهير بأن "الفريق سيعود أقوى".', 'المدرب'],
      ['وحذر الرئيس المواطنين من أن "الأزمة ستطول".', 'الرئيس'],
      ['وهدد الرئيس المعارضة بأن "القانون سيطبق على الجميع".', 'الرئيس'],
      ['ووعد المغني أمينوكس الإعلام الحاضر في ندوة صحفية بأن "الحفل سيكون بمقاييس عالمية".', 'أمينوكس'],
      ['وأكد الرئيس للمواطنين أن "الأسعار ستنخفض".', 'الرئيس'],
    ]);
    // (a name and a title after the verb are still read whole)
    expectSpeakers([['ووعد وزير المالية محمد الجدعان المستثمرين بأن "الإصلاحات ستستمر".', 'محمد الجدعان']]);
  });

  it('reads a country after a body named by indefinite words, before "بـ", as whom the body accused or asked', () => {
    expectSpeakers([['وطالبت منظمة هيومن رايتس ووتش مصر بـ"الإفراج عن المعتقلين".', 'منظمة هيومن رايتس ووتش']]);
    // (and where "المنظمة" points back to it)
    const a = parse('اتهمت منظمة هيومن رايتس ووتش السعودية باحتجاز آلاف الأشخاص دون محاكمة لفترات طويلة.', 'وحثت المنظمة السلطات السعودية على "وقف الاحتجاز التعسفي".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['منظمة هيومن رايتس ووتش']);
    // (after a definite genitive the country's adjective is the body's)
    expectSpeakers([['ودعت وزارة الداخلية السعودية المواطنين إلى "توخي الحذر".', 'وزارة الداخلية السعودية']]);
  });

  it('reads a second country right after a country as whom it accused, asked or threatened', () => {
    expectSpeakers([
      ['واتهمت إيران إسرائيل بـ"تنفيذ الهجوم".', 'إيران'],
      ['وطالبت مصر إثيوبيا بـ"احترام الاتفاقيات".', 'مصر'],
      ['وهددت روسيا أوكرانيا بـ"رد حاسم".', 'روسيا'],
    ]);
  });
});

describe('sixty-seventh round: a rival named by his tie to the speaker before, and a group called on', () => {
  it('reads the name after "منافسه", "غريمه" or "خصمه" as the speaker, not the one the pronoun points to', () => {
    for (const rival of ['منافسه', 'غريمه', 'خصمه', 'منافسه الديمقراطي']) {
      const a = parse('وقال الرئيس الأمريكي دونالد ترامب إن "الاقتصاد قوي جدا".', `من جهته، قال ${rival} جو بايدن إن "الاقتصاد ينهار".`);
      expect(speech(a).map((q) => q.speaker), rival).toEqual(['دونالد ترامب', 'جو بايدن']);
    }
    // (a party's name in quote marks after "غريمه" is its name, no words said)
    const b = parse('وتصدر حزب العدالة والتنمية النتائج بحصوله على 99 مقعدا، يليه غريمه "الأصالة والمعاصرة" بثمانين مقعدا.');
    expect(b.quotes).toEqual([]);
  });

  it('keeps the conjunction out of a title with the pronoun of whose ("ومستشاره", "ومنافستها")', () => {
    const a = parse('التقى الرئيس دونالد ترامب ومستشاره جو بايدن في البيت الأبيض.', 'وقال بايدن إن "العلاقات قوية".');
    expect(a.speakers.find((s) => s.name === 'جو بايدن')?.role).toBe('مستشاره');
  });

  it('reads a group\'s head in construct after a name as whom the speaker called on', () => {
    expectSpeakers([
      ['ودعا البابا فرنسيس قادة العالم إلى "وقف الحرب".', 'فرنسيس'],
      ['وحث الرئيس عبد الفتاح السيسي جميع الأطراف على "ضبط النفس".', 'عبد الفتاح السيسي'],
    ]);
  });
});

describe('sixty-ninth round: the verb\'s object where the speaker would be read', () => {
  it('never reads an accusative noun and its adjective after a title as the name ("أعلن وزير الصحة قرارا جديدا، مضيفا")', () => {
    expectSpeakers([
      ['أعلن وزير الصحة قرارا جديدا بإغلاق المدارس، مضيفا أن "القرار سيستمر أسبوعين".', 'وزير الصحة'],
      ['وأعلن الوزير قرارا جديدا، وقال إن "القرار سيستمر أسبوعين".', 'الوزير'],
      ['وكان المحافظ أصدر تعميما عاجلا، مؤكدا أن "المخالفين سيحاسبون".', 'المحافظ'],
      ['وعقد رئيس الوزراء اجتماعا موسعا، قال خلاله إن "الحكومة ماضية في الإصلاحات".', 'رئيس الوزراء'],
    ]);
  });

  it('never reads a common object noun after a title as more of the title or as a name ("أعلن الوزير القرار الجديد")', () => {
    expectSpeakers([
      ['أعلن الوزير القرار الجديد، مضيفا أن "القرار سيستمر أسبوعين".', 'الوزير'],
      ['وأعلن المدير العام الخطة الجديدة، مؤكدا أن "التنفيذ سيبدأ قريبا".', 'المدير العام'],
      // (after an indefinite word of the title, such a noun is its genitive: "لجنة الخطة والموازنة")
      ['وقال رئيس لجنة الخطة والموازنة محمد العلي إن "القرار سيستمر أسبوعين".', 'محمد العلي'],
    ]);
    // (and one of a nisba's shape is the title's adjective)
    const a = parse('وقال نائب رئيس الأعمال الاستراتيجية في الشركة رامي حداد إن "المعرض فرصة رائعة".');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['رامي حداد', 'نائب رئيس الأعمال الاستراتيجية في الشركة']]);
  });

  it('gives a participle to the subject between "كان" and its verb, never to the verb\'s object after it', () => {
    expectSpeakers([
      ['وكان الوزير أعلن القرار الجديد، مضيفا أن "القرار سيستمر أسبوعين".', 'الوزير'],
      ['وكان الوزير قد أعلن حظر التجول، مضيفا أن "القرار سيستمر أسبوعين".', 'الوزير'],
      ['وكان رئيس الوزراء محمد العلي أعلن القرار الجديد، مؤكدا أن "القرار سيستمر أسبوعين".', 'محمد العلي'],
      ['وكانت الحكومة أعلنت حظر التجول، مضيفة أن "القرار سيستمر أسبوعين".', 'الحكومة'],
    ]);
  });

  it('still reads two names that end in an alef as a woman\'s name ("سفيتلانا زاخاروفا", "باولا كوستا")', () => {
    expectSpeakers([
      ['وقالت المتحدثة سفيتلانا زاخاروفا إن "الوضع تحت السيطرة".', 'سفيتلانا زاخاروفا'],
      ['وقالت الناشطة سفيتا كوليسنيكوفا إن "الوضع تحت السيطرة".', 'سفيتا كوليسنيكوفا'],
      ['وقالت الرئيسة ناتاليا بوكلونسكايا إن "الوضع تحت السيطرة".', 'ناتاليا بوكلونسكايا'],
      ['وقالت الوزيرة باولا كوستا إن "الوضع تحت السيطرة".', 'باولا كوستا'],
    ]);
  });
});

describe('seventieth round: the same speaker and a post written', () => {
  it('reports two closing words after "the same official" and its particle, as after a name', () => {
    const a = parse('قالت رئيسة الجمعية فاطمة الزهراء بنعلي إن البرنامج سيشمل كل الجهات.', 'وأوضحت المسؤولة ذاتها أن التمويل مضمون.');
    expect(indirect(a)).toEqual([
      { text: 'البرنامج سيشمل كل الجهات', speaker: 'فاطمة الزهراء بنعلي' },
      { text: 'التمويل مضمون', speaker: 'فاطمة الزهراء بنعلي' },
    ]);
    const b = parse('قال رئيس الجمعية محمد بنعلي إن البرنامج سيشمل كل الجهات.', 'وأضاف المتحدث ذاته، في تصريح لهسبريس، أن التمويل مضمون.');
    expect(indirect(b).map((q) => [q.text, q.speaker])).toContainEqual(['التمويل مضمون', 'محمد بنعلي']);
    // (two words after "the same source", unnamed, are still no one's)
    const c = parse('وقال مصدر أمني إن الهجوم استهدف مقرا للشرطة.', 'وأضاف المصدر ذاته أن التحقيق مستمر.');
    expect(indirect(c)).toEqual([]);
  });

  it('reads "وكتب" before a definite family name as "wrote" where the post is written ("في تغريدة", "على حسابه")', () => {
    const lead = 'قال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض أي محاولة للتهجير.';
    const post = 'بحثت مع نظيري الأمريكي جهود وقف إطلاق النار في غزة وإيصال المساعدات الإنسانية.';
    for (const cue of ['وكتب الصفدي في تغريدة على منصة إكس:', 'وكتب الصفدي عبر حسابه على منصة إكس:']) {
      const a = parse(lead, cue, post);
      expect(a.quotes.filter((q) => q.text.startsWith('بحثت')).map((q) => q.speaker), cue).toEqual(['أيمن الصفدي']);
    }
    expectSpeakers([['وكتب الحلبوسي على حسابه في إكس أن «العراق لن يكون ساحة لتصفية الحسابات».', 'الحلبوسي']]);
    // ("books of history", "the children wrote at school": no post, no speaker)
    expect(parse('وكتب التاريخ في المكتبة مرتبة على الرفوف: الحديث منها والقديم.', 'ويقصدها الطلاب كل يوم.').quotes).toEqual([]);
  });
});

describe('seventieth round: a post a scrape of the page kept with its foot', () => {
  const lead = 'بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الأمريكي، اليوم الجمعة، جهود التوصل إلى وقف لإطلاق النار في غزة.';
  const post = 'الأردن سيبقى سندا للأشقاء في فلسطين، وسنواصل العمل مع شركائنا لإنهاء هذه الكارثة الإنسانية.';
  const last = 'وتأتي المحادثات في إطار جولة إقليمية يقوم بها الوزير الأمريكي في المنطقة.';

  it('gives the words over "— الاسم (@handle) date" to the account, without the closing tags and link', () => {
    const a = parse(lead, `${post} #الأردن pic.twitter.com/AbCd12`, '— الخارجية الأردنية (@ForeignMinistry) December 5, 2026', last);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.boilerplate).toContain('— الخارجية الأردنية (@ForeignMinistry) December 5, 2026');
    expect(speech(a)).toEqual([{ text: post.slice(0, -1), kind: 'unmarked', speaker: 'الخارجية الأردنية' }]);
    const q = a.quotes.find((x) => x.kind === 'unmarked')!;
    expect(a.paragraphs[q.paragraph]!.slice(q.start, q.end)).toBe(q.text);
  });

  it('leaves a post the text introduces to its speaker, and reads no handle inside a sentence as a foot', () => {
    const a = parse(lead, 'وكتب الصفدي في تغريدة على منصة إكس:', post, '— Ayman Safadi (@AymanHsafadi) December 5, 2026', last);
    expect(speech(a).map((q) => q.speaker)).toEqual(['أيمن الصفدي']);
    const b = parse(lead, 'ونشرت الوزارة على حسابها (@ForeignMinistry) صورا من اللقاء.', last);
    expect(speech(b)).toEqual([]);
    // (a foot under a paragraph that closes on no link, a hashtag at most: the embed's words were lost, the paragraph
    // is the story's)
    for (const story of [post, 'وأطلق ناشطون على مواقع التواصل وسما للتضامن مع الطالبة #معك_يا_مريم']) {
      const c = parse(lead, story, '— الخارجية الأردنية (@ForeignMinistry) December 5, 2026', last);
      expect([c.quotes, c.paragraphs.length], story).toEqual([[], 3]);
    }
  });
});

describe('seventieth round: the outlet told inside an "according to what X said" phrase', () => {
  it('reads the speaker past "لـ«الصحيفة»" before or after the name, and the clause after فإن as reported', () => {
    for (const sentence of [
      'وحسب ما صرح به لـ«الصباح» رئيس الجامعة، محمد بن علي، فإن الامتحانات ستجرى في موعدها المحدد.',
      'ووفق ما أكده رئيس الجامعة محمد بن علي لـ«الصباح»، فإن الامتحانات ستجرى في موعدها المحدد.',
      'وبحسب ما قاله لـ«الشرق الأوسط» رئيس الجامعة محمد بن علي، فإن الامتحانات ستجرى في موعدها المحدد.',
    ]) {
      expect(indirect(parse(sentence)), sentence).toEqual([{ text: 'الامتحانات ستجرى في موعدها المحدد', speaker: 'محمد بن علي' }]);
    }
    // (quote marks after فإن still leave the words to the quote they mark, and unnamed sources to nobody)
    const a = parse('وحسب ما صرح به لـ«الصباح» رئيس الجامعة، محمد بن علي، فإن «الامتحانات ستجرى في موعدها».');
    expect([indirect(a), speech(a).map((q) => [q.kind, q.speaker])]).toEqual([[], [['partial', 'محمد بن علي']]]);
    expect(parse('وبحسب ما نقلته لـ«الشرق الأوسط» مصادر مطلعة، فإن الاجتماع تأجل إلى الأسبوع المقبل.').quotes).toEqual([]);
  });
});

describe('seventy-first round: "لوكالة" and the agency\'s name of indefinite nouns in a title', () => {
  it('reads "المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني" as the title and the name', () => {
    for (const title of ['المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا)', 'المفوض العام لوكالة غوث اللاجئين', 'المفوض العام لوكالة إغاثة اللاجئين', 'الرئيس التنفيذي لوكالة تنمية الصادرات']) {
      const a = parse(`وقال ${title} فيليب لازاريني إن الوضع الإنساني في القطاع كارثي.`);
      expect(indirect(a), title).toEqual([{ text: 'الوضع الإنساني في القطاع كارثي', speaker: 'فيليب لازاريني' }]);
    }
    // (a news agency told after a title or a name, as before: no title's genitive, and no name after it is read)
    for (const sentence of ['وقال المسؤول لوكالة بلومبرغ الأمريكية إن المفاوضات مستمرة.', 'وقالت المتحدثة لوكالة أنباء العالم العربي إن المفاوضات مستمرة.']) {
      expect(parse(sentence).quotes, sentence).toEqual([]);
    }
    expect(indirect(parse('وقال وزير الخارجية سامي داود لوكالة أنباء الإمارات إن المفاوضات مستمرة.'))).toEqual([{ text: 'المفاوضات مستمرة', speaker: 'سامي داود' }]);
  });
});

describe('seventy-first round: a two-word clause after the day it was said', () => {
  it('reports "المفاوضات مستمرة" after a day\'s name, before or after whom it was told', () => {
    for (const between of ['الثلاثاء', 'لرويترز الثلاثاء', 'لرويترز يوم الثلاثاء', 'للصحفيين مساء الاثنين', 'أمس لرويترز', 'لرويترز، الثلاثاء،']) {
      const sentence = `وقال وزير الخارجية سامي داود ${between} إن المفاوضات مستمرة.`;
      expect(indirect(parse(sentence)), sentence).toEqual([{ text: 'المفاوضات مستمرة', speaker: 'سامي داود' }]);
    }
    // (unnamed sources stay nobody's)
    expect(parse('وقالت مصادر مطلعة الثلاثاء إن المفاوضات مستمرة.').quotes).toEqual([]);
  });
});

describe('seventy-second round: a title that points back to one named before', () => {
  const said = (a: Article): (string | null)[] => a.quotes.map((q) => q.speaker);

  it('reads "المسؤول الأممي" as the official of a body of the United Nations named before, never of another body', () => {
    for (const title of ['المدير العام لمنظمة الصحة العالمية', 'المفوض العام للأونروا', 'المديرة التنفيذية لليونيسف', 'المفوض السامي لشؤون اللاجئين', 'المدير العام للوكالة الدولية للطاقة الذرية', 'المديرة التنفيذية لبرنامج الأغذية العالمي', 'الأمين العام للأمم المتحدة']) {
      const a = parse(`وقال ${title} سامر الخوري إن الوضع الإنساني كارثي.`, 'وأضاف المسؤول الأممي أن «المساعدات لا تكفي ربع المحتاجين».');
      expect(said(a), title).toEqual(['سامر الخوري', 'سامر الخوري']);
    }
    const feminine = parse('وقالت المديرة الإقليمية لمنظمة الصحة العالمية هالة نجار إن المستشفيات خرجت عن الخدمة.', 'وأضافت المسؤولة الأممية أن «الأطباء يعملون بلا كهرباء».');
    expect(said(feminine)).toEqual(['هالة نجار', 'هالة نجار']);
    // (no body of the United Nations: a national health body, Amnesty, an envoy "to" the United Nations)
    for (const title of ['المدير العام لمنظمة الصحة الوطنية', 'الأمين العام لمنظمة العفو الدولية', 'سفير الأردن لدى الأمم المتحدة']) {
      const a = parse(`وقال ${title} سامر الخوري إن الوضع الإنساني كارثي.`, 'وأضاف المسؤول الأممي أن «المساعدات لا تكفي ربع المحتاجين».');
      expect(said(a), title).toEqual(['سامر الخوري', null]);
    }
  });

  it('reads "الدبلوماسي الروسي" as the last speaker of that nationality, its nisba in either form, of the verb\'s gender', () => {
    const a = parse('وقال المتحدث باسم الخارجية الروسية يوري بافلوف إن موسكو ترفض الاتهامات.', 'وقال المتحدث باسم الخارجية الأمريكية جون ميلر إن واشنطن قلقة.', 'وأضاف الدبلوماسي الروسي أن «هذه الاتهامات لا أساس لها».');
    expect(said(a)).toEqual(['يوري بافلوف', 'جون ميلر', 'يوري بافلوف']);
    const b = parse('وقالت المتحدثة باسم الخارجية الروسية يلينا بافلوفا إن موسكو ترفض الاتهامات.', 'وأضافت الدبلوماسية الروسية: «هذه الاتهامات لا أساس لها».');
    expect(said(b)).toEqual(['يلينا بافلوفا', 'يلينا بافلوفا']);
    // (a woman is not the man of that nationality; an unnamed source stays nobody's)
    const c = parse('وقال وزير الخارجية الفرنسي جان دوبون إن باريس قلقة.', 'وأضافت الدبلوماسية الفرنسية أن «الحوار هو الحل».');
    expect(said(c)[1]).not.toBe('جان دوبون');
    const d = parse('وقال المتحدث باسم الأجهزة الأمنية العميد خالد سعيد إن الوضع تحت السيطرة.', 'وأضاف المصدر الأمني أن «التحقيقات مستمرة».');
    expect(said(d)).toEqual(['خالد سعيد', null]);
  });

  it('reads a title back to its holder whichever way the nationality is spelt ("الأمريكي" / "الأميركي")', () => {
    const a = parse('وقال الرئيس الأمريكي جون هارت إن بلاده ملتزمة بأمن المنطقة.', 'وأكد الرئيس الأميركي أن «الالتزام ثابت».');
    expect(said(a)).toEqual(['جون هارت', 'جون هارت']);
    const b = parse('وقال وزير الخارجية الأميركي جون هارت إن بلاده ملتزمة بأمن المنطقة.', 'وأضاف الوزير الأمريكي أن «الالتزام ثابت».');
    expect(said(b)).toEqual(['جون هارت', 'جون هارت']);
    const c = parse('وقال المفوض الأوروبي جان دوبون إن الاتحاد ملتزم بالاتفاق.', 'وأضاف المسؤول الأوربي أن «الالتزام ثابت».');
    expect(said(c)).toEqual(['جان دوبون', 'جان دوبون']);
    // (another nationality is another person)
    const d = parse('وقال وزير الخارجية الأميركي جون هارت إن بلاده ملتزمة بأمن المنطقة.', 'وأضاف الوزير البريطاني أن «الالتزام ثابت».');
    expect(said(d)[1]).not.toBe('جون هارت');
  });

  it('reads "الدبلوماسي" back to an ambassador, an envoy or the foreign ministry\'s spokesman, and "الأكاديمي" to a professor', () => {
    for (const title of ['المتحدث باسم الخارجية الروسية', 'السفير الروسي لدى مصر', 'المبعوث الروسي إلى سوريا', 'وزير خارجية روسيا']) {
      const a = parse(`وقال ${title} يوري بافلوف إن موسكو ترفض الاتهامات.`, 'وأضاف الدبلوماسي أن «هذه الاتهامات لا أساس لها».');
      expect(said(a), title).toEqual(['يوري بافلوف', 'يوري بافلوف']);
    }
    const b = parse('وقال أستاذ العلوم السياسية في جامعة القاهرة حسن العطار إن المرحلة حساسة.', 'وأضاف الأكاديمي المصري أن «الحل يجب أن يكون سياسيا».');
    expect(said(b)).toEqual(['حسن العطار', 'حسن العطار']);
    // (a diplomat of another nationality, a professor's title for a diplomat, a minister of another portfolio: no one
    // named)
    const c = parse('وقال السفير الروسي لدى مصر يوري بافلوف إن موسكو ترفض الاتهامات.', 'وأضاف الدبلوماسي الفرنسي أن «هذه الاتهامات لا أساس لها».');
    expect(said(c)[1]).not.toBe('يوري بافلوف');
    const d = parse('وقال وزير الداخلية الروسي يوري بافلوف إن موسكو ترفض الاتهامات.', 'وأضاف الأكاديمي أن «هذه الاتهامات لا أساس لها».');
    expect(said(d)[1]).not.toBe('يوري بافلوف');
  });

  it('reads "المتحدث باسم وكالة غوث وتشغيل اللاجئين" and the name after it, as "لوكالة" is read', () => {
    const a = parse('وقال المتحدث باسم وكالة غوث وتشغيل اللاجئين الفلسطينيين (أونروا) عدنان أبو ليلى إن الوضع الإنساني كارثي.');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['عدنان أبو ليلى', 'المتحدث باسم وكالة غوث وتشغيل اللاجئين الفلسطينيين']]);
    // (a news agency's spokesman is named by the agency's name, as before)
    const b = parse('وقال المتحدث باسم وكالة الأنباء الرسمية سامر الخوري إن الوضع الإنساني كارثي.');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['سامر الخوري', 'المتحدث باسم وكالة الأنباء الرسمية']]);
  });

  it('never reads a head of state as the spokesman of a ministry of that nationality ("الرئيس الأميركي")', () => {
    const a = parse('وقال المتحدث باسم وزارة الخارجية الأميركية جون ميلر إن واشنطن قلقة.', 'وكان الرئيس الأميركي قد أكد أن بلاده «لن تسمح بذلك».');
    expect(said(a)[1]).not.toBe('جون ميلر');
  });
});

describe('seventy-second round: a quote according to an unnamed source', () => {
  it('keeps the quote after "بحسب مصادر مطلعة، فإن" and "وحسب المصدر نفسه، فإن" as nobody\'s by name', () => {
    for (const source of ['وبحسب مصادر مطلعة،', 'وحسب مصدر أمني', 'وحسب المصدر نفسه،', 'وبحسب مصادر أمنية مطلعة،']) {
      const a = parse(`${source} فإن «التحقيق لا يزال جاريا».`);
      expect(a.quotes.map((q) => [q.text, q.speaker]), source).toEqual([["التحقيق لا يزال جاريا", null]]);
    }
    // (the same source after one named speaks for him, as before)
    const b = parse('وقال وزير الداخلية سامي داود إن التحقيق مستمر.', 'وبحسب المتحدث، فإن «الموقوفين سيحالون إلى القضاء».');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['سامي داود', 'سامي داود']);
  });

  it('reads an outlet quoted after "مصادر" as its name, no quote ("وأفادت مصادر «الشروق» بأن …")', () => {
    const a = parse('وأفادت مصادر «الشروق» بأن الاجتماع تأجل إلى موعد لاحق بسبب الخلافات.');
    expect(a.quotes.map((q) => q.text)).not.toContain('الشروق');
    // (a source's own words after it still are: "وقال مصدر: «…»")
    for (const sentence of ['وقال مصدر: «التحقيق مستمر».', 'وقال مصدر «التحقيق مستمر».']) {
      expect(parse(sentence).quotes.map((q) => [q.text, q.speaker]), sentence).toEqual([['التحقيق مستمر', null]]);
    }
    expect(parse('وأكدت مصادر «الشرق الأوسط» أن الاجتماع تأجل إلى موعد لاحق.').quotes.map((q) => q.text)).not.toContain('الشرق الأوسط');
  });
});

describe('seventy-second round: "أمير" inside a name', () => {
  it('reads "حسين أمير عبد اللهيان" whole, and "أمير قطر" after a name as his title', () => {
    const a = parse('وقال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن «طهران لن تتراجع».');
    expect(a.speakers.map((s) => [s.name, s.role])).toEqual([['حسين أمير عبد اللهيان', 'وزير الخارجية الإيراني']]);
    const b = parse('وقال سامي الخطيب أمير المنطقة الشرقية إن «المشروع سينجز قريبا».');
    expect(b.speakers.map((s) => [s.name, s.role])).toEqual([['سامي الخطيب', 'أمير المنطقة الشرقية']]);
  });
});

describe('seventy-second round: two titled people, and a title in the accusative', () => {
  it('reads a dual title ("وزيرا الخارجية", "المتحدثان باسم الحكومتين", "الرئيسان") as nobody named, never a cut title', () => {
    for (const subject of ['وزيرا الخارجية', 'المتحدثان باسم الحكومتين', 'الرئيسان', 'رئيسا البلدين']) {
      const a = parse(`وقال ${subject} في بيان مشترك: «ندعو إلى وقف فوري لإطلاق النار».`);
      expect(a.quotes.map((q) => [q.text, q.speaker]), subject).toEqual([['ندعو إلى وقف فوري لإطلاق النار', null]]);
      expect(a.speakers, subject).toEqual([]);
    }
    // (one title holder, as before)
    expect(parse('وقال وزير الخارجية سامي داود في بيان: «ندعو إلى وقف فوري لإطلاق النار».').quotes.map((q) => q.speaker)).toEqual(['سامي داود']);
  });

  it('ends a name before a title in the accusative ("سامي داود وزيرا للخارجية")', () => {
    const a = parse('وعين الملك سامي داود وزيرا للخارجية، وقال داود إن «الحكومة ماضية في الإصلاح».');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سامي داود']);
  });
});

describe('seventy-third round: a long name in quote marks after a preposition', () => {
  it('reads words in quote marks that nothing introduces, right after a preposition, the sentence going on, as a name, no quote', () => {
    for (const sentence of [
      'ونظمت الوزارة محاضرات للشباب في "وحدة توجيه ما قبل المغادرة" لتوعيتهم بالحقوق والواجبات.',
      'وشارك المنتخب في «بطولة كأس العرب للشباب تحت عشرين عاما» التي تقام في الدوحة الشهر المقبل.',
      'وتحدث الحضور عن "أهمية تطوير التعليم الفني في المحافظات الحدودية" خلال الندوة التي عقدت أمس.',
      // (a topic after "حول" or "بشأن", the sentence going on after a comma)
      'والتقينا الناشط سامي نور على هامش مشاركته في الندوة الدولية حول "دور الإعلام والمجتمع المدني في ترسيخ السلام"، التي نظمها المركز هذا الأسبوع.',
      'وعقدت النقابة ورشة عمل بشأن «حقوق العمال المهاجرين في دول الخليج العربي» بحضور عدد من الخبراء.',
    ]) {
      expect(parse(sentence).quotes, sentence).toEqual([]);
    }
  });

  it('keeps such words quoted after a verb of saying, and a long quote that nothing introduces and no preposition governs', () => {
    const a = parse('وأشار وزير العمل سامي داود إلى "ضرورة الالتزام بالاتفاق الموقع بين الطرفين" خلال الاجتماع.');
    expect(a.quotes.map((q) => [q.text, q.speaker, q.kind])).toEqual([['ضرورة الالتزام بالاتفاق الموقع بين الطرفين', 'سامي داود', 'partial']]);
    const b = parse('وقال وزير العمل سامي داود إن الوزارة ستواصل جهودها.', '«لن نتراجع عن حماية حقوق العمال في الداخل والخارج مهما كانت الظروف».');
    expect(b.quotes.map((q) => [q.text, q.speaker])).toContainEqual(['لن نتراجع عن حماية حقوق العمال في الداخل والخارج مهما كانت الظروف', 'سامي داود']);
  });
});

describe('seventy-third round: a participle of saying with no comma before it', () => {
  it('ends reported speech before "مضيفا أن", "مشيرا إلى أن", "مشددة على أن" or "مضيفا:" printed with no comma, and reads what follows as said', () => {
    const cases: [string, string, string][] = [
      ['وقال الوزير سامي داود إن الحكومة مستعدة للحوار مع جميع الأطراف مضيفا أن الاتفاق بات قريبا من التوقيع.', 'الحكومة مستعدة للحوار مع جميع الأطراف', 'الاتفاق بات قريبا من التوقيع'],
      ['وقال الوزير سامي داود إن الحكومة مستعدة للحوار مع جميع الأطراف مشيرا إلى أن الاتفاق بات قريبا من التوقيع.', 'الحكومة مستعدة للحوار مع جميع الأطراف', 'الاتفاق بات قريبا من التوقيع'],
      ['وأكدت الوزيرة ليلى حسن أن المشروع ينطلق من ضرورة إرساء الديمقراطية الكاملة مشددة على أن "الجواب على الضغوط الخارجية هو الإصلاح الشامل".', 'المشروع ينطلق من ضرورة إرساء الديمقراطية الكاملة', 'الجواب على الضغوط الخارجية هو الإصلاح الشامل'],
      ['وقال الوزير سامي داود إن الحكومة مستعدة للحوار مع جميع الأطراف مضيفا: «الاتفاق بات قريبا من التوقيع».', 'الحكومة مستعدة للحوار مع جميع الأطراف', 'الاتفاق بات قريبا من التوقيع'],
    ];
    for (const [sentence, first, second] of cases) {
      const a = parse(sentence);
      expect(a.quotes.map((q) => q.text), sentence).toEqual([first, second]);
      expect(new Set(a.quotes.map((q) => q.speaker)), sentence).toEqual(new Set([a.speakers[0]!.name]));
    }
  });

  it('keeps a participle that opens no clause of its own in the words reported ("مؤكدا موقفه")', () => {
    const a = parse('وقال الوزير سامي داود إن الوفد غادر القاعة مؤكدا موقفه الثابت من القضية.');
    expect(a.quotes.map((q) => q.text)).toEqual(['الوفد غادر القاعة مؤكدا موقفه الثابت من القضية']);
  });
});

describe('seventy-third round: sentences quoted whole after a description of the speaker', () => {
  it('reads a quote of two sentences or more that closes the sentence, after a verb of saying and no "that", as direct', () => {
    const a = parse('وقال مهيب اسحق (35 عاما) وهو جالس إلى جوار ابنه النائم “هل سيكون هناك ماء أو كهرباء؟ لا أعلم.”');
    expect(a.quotes.map((q) => [q.speaker, q.kind])).toEqual([['مهيب اسحق', 'direct']]);
  });

  it('keeps such words partial after the reporter\'s "that", or when the sentence goes on past them', () => {
    const a = parse('وقال الوزير سامي داود إن الحكومة «تعمل بجد. ولن تتوقف عن الإصلاح».');
    expect(a.quotes.map((q) => [q.text, q.kind])).toEqual([['تعمل بجد. ولن تتوقف عن الإصلاح', 'partial']]);
    const b = parse('وقال الوزير سامي داود وهو يغادر القاعة “لن نتراجع. أبدا” قبل أن يصعد إلى سيارته.');
    expect(b.quotes.map((q) => [q.text, q.kind])).toEqual([['لن نتراجع. أبدا', 'partial']]);
  });
});

describe('seventy-third round: a body whose own name opens with the article, pointed back to', () => {
  it('gives "وأضاف البيان" to the body that spoke in the statement, when the body\'s name opens with ال ("الادعاء العام")', () => {
    const a = parse('وقال الادعاء العام في بيان إن المحكمة أصدرت أحكاما بحق المتهمين. وأضاف البيان أن المحكومين سيحالون إلى السجن المركزي.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['الادعاء العام', 'الادعاء العام']);
    const b = parse('وقالت القيادة العامة للجيش السوري في بيان إن "العمليات العسكرية مستمرة في محيط المدينة". وتابع البيان بالقول إن "استعادة القرى تحققت بعد معارك عنيفة".');
    expect(b.quotes.map((q) => q.speaker)).toEqual(['القيادة العامة للجيش السوري', 'القيادة العامة للجيش السوري']);
  });

  it('reads the body\'s shorter name ("البنك المركزي") as the body named in full before, one speaker', () => {
    const a = parse('وذكر البنك المركزي المصري في بيان أن العجز التجاري تراجع خلال الربع الأول من العام. وعزا البنك المركزي هبوط العجز إلى "استمرار التعافي في مصادر الدخل الرئيسية".');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['البنك المركزي المصري', 'البنك المركزي المصري']);
    expect(a.speakers.map((s) => s.name)).toEqual(['البنك المركزي المصري']);
  });

  it('gives "وأضاف البيان" to nobody when no statement was spoken in before', () => {
    const a = parse('وقال الوزير سامي داود إن الحكومة مستعدة للحوار. وأضاف البيان أن المحكومين سيحالون إلى السجن المركزي قريبا.');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سامي داود']);
  });
});

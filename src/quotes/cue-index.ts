import { CUE_VERBS, NOUN_CUES, type CueVerb } from '../lexicon/cues.js';
import { foldText } from '../normalize/fold.js';
import { NAMES_SPELT_AS_CUES } from '../lexicon/given-names.js';
import { wordFilter } from '../normalize/word-filter.js';

/** What a token is as a speech cue. */
export interface CueInfo {
  kind: 'verb' | 'participle' | 'noun';
  strength: CueVerb['strength'] | 'noun';
  /** True for feminine forms (قالت، تقول، قائلة). */
  feminine: boolean;
  /** True when the form carries an object pronoun (وصفها، أبلغه): the next words are not the subject. */
  object: boolean;
  /** True for verbs whose object, after their subject, is whom they told (أبلغ، أخبر): see `CueVerb.addressee`. */
  addressee?: true;
}

/**
 * Whether a verb's object follows its subject: an opinion verb's view (true), or the one a verb of telling or asking
 * told or asked ('addressee', which may be named by a title of its own right after the subject's).
 */
export type ObjectFollows = boolean | 'addressee';

export function objectFollowsCue(info: CueInfo): ObjectFollows {
  return info.addressee === true ? 'addressee' : info.strength === 'opinion';
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const OBJECT_SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'ني'];

function add(map: Map<string, CueInfo>, form: string, info: CueInfo): void {
  for (const c of CONJUNCTIONS) {
    const key = c + form;
    if (!map.has(key)) map.set(key, info);
  }
}

function pastForms(verb: CueVerb): Array<[string, boolean]> {
  const p = foldText(verb.past);
  const forms: Array<[string, boolean]> = [
    [p, false], [p + 'ت', true], [p + 'ا', false], [p + 'تا', true], [p + 'وا', false],
  ];
  for (const f of verb.forms ?? []) forms.push([foldText(f), foldText(f).endsWith('ت')]);
  return forms;
}

/** Builds the form → cue table once; every lookup is one Map.get. */
function buildIndex(): Map<string, CueInfo> {
  const map = new Map<string, CueInfo>();
  for (const verb of CUE_VERBS) {
    const strength = verb.strength;
    const told = verb.addressee ? { addressee: true as const } : {};
    for (const [form, feminine] of pastForms(verb)) {
      add(map, form, { kind: 'verb', strength, feminine, object: false, ...told });
      for (const s of OBJECT_SUFFIXES) {
        const base = form.endsWith('ت') || form.endsWith('وا') ? form.replace(/وا$/u, 'و') : form;
        add(map, base + s, { kind: 'verb', strength, feminine, object: true, ...told });
      }
    }
    for (const present of verb.present) {
      const f = foldText(present);
      add(map, f, { kind: 'verb', strength, feminine: f.startsWith('ت'), object: false, ...told });
      for (const s of OBJECT_SUFFIXES) add(map, f + s, { kind: 'verb', strength, feminine: f.startsWith('ت'), object: true, ...told });
    }
    for (const stem of verb.participles) {
      const f = foldText(stem);
      add(map, f + 'ا', { kind: 'participle', strength, feminine: false, object: false });
      add(map, f + 'ه', { kind: 'participle', strength, feminine: true, object: false });
      add(map, f + 'ين', { kind: 'participle', strength, feminine: false, object: false });
      add(map, f + 'ون', { kind: 'participle', strength, feminine: false, object: false });
      add(map, f + 'تين', { kind: 'participle', strength, feminine: true, object: false });
    }
  }
  for (const noun of NOUN_CUES) {
    const f = foldText(noun);
    if (!f.includes(' ')) add(map, f, { kind: 'noun', strength: 'noun', feminine: false, object: false });
  }
  return map;
}

const INDEX = buildIndex();


/** Forms that look like cues but are common other words ("زاد" as "increased", "كتب" as "books"). */
const AMBIGUOUS = new Set(['ابرز', 'وابرز', 'يبرز', 'تبرز', 'مبرز', 'زاد', 'وزاد', 'اضافه', 'جدد', 'مجدد', 'مجددا', 'مجدده', 'مجددين', 'يواصل', 'تواصل', 'يتابع', 'تتابع', 'كتب', 'نشر', 'ونشر', 'حديث', 'كلمه', 'بيان', 'رساله', 'منشور', 'حوار', 'مصر', 'معبر', 'مقر', 'متهم', 'مدعي', 'معلن', 'مفيد', 'متوقع', 'واعد', 'متابع', 'مقر', 'خطاب', 'تصريح', 'البيان', 'مرحب', 'بين', 'وبين', 'عبر', 'ذكر', 'رد', 'ورد', 'يرد', 'شرح', 'لافت', 'كاتب', 'ناقل', 'واصف', 'معتبر', 'مسمي', 'تدعي', 'يدعي', 'وتدعي', 'ويدعي', 'طالب', 'وطالب', 'مطالب', 'يعد', 'تعد', 'يبلغ', 'تبلغ', 'ابلغ', 'اخبر', 'اقرا', 'واقرا', 'مسمي', 'يسمي', 'تسمي', 'القول',
  // names so spelt: "عزت" ("she attributed"), "روته" ("she told it"); with و they stay the verb
  ...NAMES_SPELT_AS_CUES]);

/** Ambiguous bare forms that و or ف before them makes verbs: "وأبلغ", "وأخبر" ("informed", not the elative "أبلغ"). */
const VERBAL_AFTER_JOINER = new Set(['ابلغ', 'اخبر', ...NAMES_SPELT_AS_CUES]);

function isAmbiguous(norm: string): boolean {
  const unjoined = norm.replace(/^[وف]/u, '');
  return AMBIGUOUS.has(norm) || (AMBIGUOUS.has(unjoined) && !(unjoined !== norm && VERBAL_AFTER_JOINER.has(unjoined))) || AMBIGUOUS.has(norm.replace(/(?:ه|ها|هم|هما)$/u, ''));
}

/** The forms that are mostly other words, decided once per form. */
const STRICT = new Map([...INDEX].map(([form, info]) => [form, isAmbiguous(form) ? null : info]));

/** Speech nouns with and without a pronoun ("تصريح", "تصريحه", "حديثها"), decided once. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  [...INDEX].filter(([, info]) => info.kind === 'noun').flatMap(([form]) => [form, form + 'ه', form + 'ها', form + 'هم']),
);

/** Whether a folded word is a speech noun, bare or with a pronoun. */
export function isSpeechNoun(norm: string): boolean {
  return SPEECH_NOUNS.has(norm);
}

const MAY_BE_CUE = wordFilter(INDEX.keys());

/** Every cue form with what it is as any cue and as a strict cue (null for forms that are mostly other words). */
export function cueEntries(): Iterable<[form: string, loose: CueInfo, strict: CueInfo | null]> {
  return [...INDEX].map(([form, info]) => [form, info, STRICT.get(form) ?? null]);
}

/** The cue a folded token stands for, or null. `strict` refuses forms that are mostly other words. */
export function cueOf(norm: string, strict = false): CueInfo | null {
  if (!MAY_BE_CUE(norm)) return null;
  return (strict ? STRICT.get(norm) : INDEX.get(norm)) ?? null;
}

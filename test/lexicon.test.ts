/** One test per lexicon entry: every listed form does what the lexicon promises. */
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../src/classify/line.js';
import { AGENCIES, DESK_FIELDS } from '../src/lexicon/agencies.js';
import { AD_LABELS, CHROME_LINES, CHROME_PREFIXES, RELATED_MARKERS, SECTION_HEADINGS } from '../src/lexicon/chrome.js';
import { CUE_VERBS } from '../src/lexicon/cues.js';
import { GREGORIAN_MONTHS, HIJRI_MONTHS } from '../src/lexicon/months.js';
import { NOT_SPEECH_MARKERS } from '../src/lexicon/not-speech.js';
import { DATELINE_PLACES } from '../src/lexicon/places.js';
import { ANONYMOUS_SOURCES, GROUP_NOUNS, NISBA_SPELLINGS, POSSESSED_TITLES, RELAYERS, ROLE_HEADS, TITLE_SYNONYMS, UNITED_NATIONS_BODIES } from '../src/lexicon/roles.js';
import { DECLINED_ACTS, POSTED_IN_STEMS } from '../src/lexicon/function-words.js';
import { NEWS_VERBS } from '../src/lexicon/verbs.js';
import { findDate } from '../src/metadata/date.js';
import { bareAuthors, classifyPart, parseBylineLine } from '../src/metadata/byline.js';
import { GIVEN_NAMES, MEN_GIVEN_NAMES, WOMEN_GIVEN_NAMES } from '../src/lexicon/given-names.js';
import { givenNameGender } from '../src/metadata/known.js';
import { lineKey } from '../src/normalize/key.js';
import { foldText } from '../src/normalize/fold.js';
import { cueOf } from '../src/quotes/cue-index.js';
import { isRoleHead } from '../src/quotes/role-forms.js';
import { sameTitle } from '../src/quotes/registry.js';
import { extractQuotes } from '../src/quotes/extract.js';
import { parseArticle } from '../src/index.js';

const kindOf = (text: string): string => classifyLine({ text, afterBlank: false, ticker: false }).info.kind;

describe('months: every name dates a line', () => {
  const cases = Object.entries(GREGORIAN_MONTHS).flatMap(([n, names]) => names.map((name) => [name, Number(n)] as const));
  it.each(cases)('%s is month %i', (name, month) => {
    const found = findDate(`نشر في 9 ${name} 2021`);
    expect(found?.iso).toBe(`2021-${String(month).padStart(2, '0')}-09`);
  });
  const hijri = Object.entries(HIJRI_MONTHS).flatMap(([n, names]) => names.map((name) => [name, Number(n)] as const));
  it.each(hijri)('Hijri %s (month %i) converts to a Gregorian date', (name, month) => {
    const iso = findDate(`15 ${name} 1445 هـ`)?.iso ?? '';
    // 1445 AH runs from July 2023 to July 2024: month order must be kept
    expect(iso).toMatch(/^202[34]-\d\d-\d\d$/);
    const prev = month > 1 ? findDate(`15 ${HIJRI_MONTHS[month - 1]![0]} 1445 هـ`)?.iso ?? '' : '';
    if (prev) expect(iso > prev).toBe(true);
  });
});

describe('chrome lines: every listed line is dropped', () => {
  it.each([...CHROME_LINES, ...AD_LABELS].map((l) => [l]))('%s', (line) => {
    expect(['chrome', 'date', 'byline', 'read-time', 'related']).toContain(kindOf(line));
  });
  it.each(CHROME_PREFIXES.map((p) => [p]))('a line starting "%s"', (prefix) => {
    expect(['chrome', 'date', 'related']).toContain(kindOf(`${prefix} الموقع الرسمي`));
  });
  it.each(RELATED_MARKERS.map((m) => [m]))('related marker %s', (marker) => {
    expect(kindOf(marker)).toBe('related');
  });
  it.each(SECTION_HEADINGS.map((m) => [m]))('section heading %s', (heading) => {
    expect(kindOf(heading)).toBe('section');
  });
});

describe('agencies and places: every entry is read in a byline', () => {
  it.each(AGENCIES.map((a) => [a]))('agency %s', (agency) => {
    expect(classifyPart(agency).kind).toBe('agency');
    // a line of the agency alone is its byline (no agency may be longer than the byline reader's outlet bound)
    expect(parseBylineLine(agency)?.agency).toBe(agency);
  });
  it.each(DATELINE_PLACES.map((p) => [p]))('place %s', (place) => {
    expect(['place', 'agency']).toContain(classifyPart(place).kind);
  });
});

describe('desk fields: every field\'s editor is a desk that names no writer', () => {
  it.each(DESK_FIELDS.map((f) => [f]))('%s', (field) => {
    expect(parseBylineLine(`محرر ${field}`)).toEqual({ authors: [], agency: null, dateline: null });
    expect(parseBylineLine(`بقلم: محررة ${field}`)).toEqual({ authors: [], agency: null, dateline: null });
  });
});

describe('given names: every entry opens a bare byline', () => {
  it.each(GIVEN_NAMES.map((n) => [n]))('%s', (name) => {
    expect(bareAuthors(`${name} الشمري`)).toEqual([`${name} الشمري`]);
  });
});

describe("given names: men's and women's", () => {
  it('lists no name as both, and each in GIVEN_NAMES', () => {
    const men = new Set(MEN_GIVEN_NAMES.map(lineKey));
    expect(WOMEN_GIVEN_NAMES.filter((n) => men.has(lineKey(n)))).toEqual([]);
    const all = new Set(GIVEN_NAMES);
    expect([...MEN_GIVEN_NAMES, ...WOMEN_GIVEN_NAMES].filter((n) => !all.has(n))).toEqual([]);
  });
  it.each([...MEN_GIVEN_NAMES.map((n) => [n, false]), ...WOMEN_GIVEN_NAMES.map((n) => [n, true])])('%s', (name, feminine) => {
    expect(givenNameGender(lineKey(`${name} الشمري`))).toBe(feminine);
  });
});

describe('cue verbs: every form is a cue', () => {
  it.each(CUE_VERBS.map((v) => [v.past, v]))('%s', (_past, verb) => {
    const past = foldText(verb.past);
    expect(cueOf(past) ?? cueOf('و' + past)).not.toBeNull();
    expect(cueOf('و' + past)?.kind).toBe('verb');
    expect(cueOf(foldText(verb.past) + 'ت')?.feminine ?? true).toBe(true);
    for (const present of verb.present) expect(cueOf(foldText(present))?.kind).toBe('verb');
    for (const stem of verb.participles) expect(cueOf(foldText(stem) + 'ا')?.kind).toBe('participle');
  });
});

describe('role heads: every title is recognised', () => {
  it.each(ROLE_HEADS.filter((r) => !r.includes(' ')).map((r) => [r]))('%s', (role) => {
    expect(isRoleHead(foldText(role))).toBe(true);
  });
});

describe('possessed titles: each is a title with a pronoun, never bare', () => {
  it.each(POSSESSED_TITLES.map((r) => [r]))('%s', (role) => {
    for (const form of ['ه', 'ها', 'تها', 'هم']) expect(isRoleHead(foldText(role + form))).toBe(true);
    expect(isRoleHead(foldText(role))).toBe(false);
  });
});

describe('declined acts: each ends the name of the one who declines it', () => {
  it.each(DECLINED_ACTS.map((w) => [w]))('ورفض المستشار سامر حداد %s …', (act) => {
    const a = parseArticle(`عنوان الخبر التجريبي اليوم\n\nورفض المستشار سامر حداد ${act} على الأسئلة، مكتفيا بالقول إن "موقفنا معروف للجميع".`);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سامر حداد']);
  });
});

describe('where a post is written: each makes "وكتب" before a definite family name the verb', () => {
  // (the stem with the noun's ending printed: "تغريدة", "حسابه", "صفحته", "منصة", "موقعه")
  const ENDINGS: Readonly<Record<string, string>> = { 'تغريد': 'ة', 'منشور': '', 'تدوين': 'ة', 'حساب': 'ه', 'صفح': 'ته', 'منص': 'ة', 'موقع': 'ه' };
  it.each(POSTED_IN_STEMS.map((w) => [w]))('وكتب الحلبوسي في %s… أن «…»', (stem) => {
    const a = parseArticle(`عنوان الخبر التجريبي اليوم\n\nوكتب الحلبوسي في ${stem}${ENDINGS[stem] ?? ''} أن «العراق لن يكون ساحة لتصفية الحسابات».`);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['الحلبوسي']);
  });
});

describe('not-speech markers: a short quote after each is not speech', () => {
  it.each(NOT_SPEECH_MARKERS.filter((m) => !m.includes(' ')).map((m) => [m]))('%s «…»', (marker) => {
    const { quotes } = extractQuotes([`وقال الوزير إن ${marker} «النور الجديد» سيبدأ العمل قريبا في المدينة.`]);
    expect(quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text)).not.toContain('النور الجديد');
  });
});

describe('anonymous sources: a quote after each is nobody in particular', () => {
  it.each(ANONYMOUS_SOURCES.map((w) => [w]))('وقال %s …', (source) => {
    const a = parseArticle(`عنوان الخبر التجريبي اليوم\n\nوقال ${source} إن "الوضع في المدينة أصبح صعبا للغاية منذ أسابيع".`);
    expect(a.quotes.map((q) => q.speaker)).toEqual([null]);
    expect(a.speakers).toEqual([]);
  });
});

describe('group nouns: a crowd named over the story is never its writer', () => {
  const body = 'أكدت الشركة المنظمة أنها واجهت العديد من الصعوبات في التفاوض مع الفنادق قبل المباراة.\n\nوأوضحت أن باب التسجيل لا يزال مفتوحا أمام الراغبين حتى نهاية الأسبوع.';
  it.each(GROUP_NOUNS.map((w) => [w]))('%s الهلال', (noun) => {
    // under the writer and the date, and under the writer alone
    for (const head of [`عنوان الخبر التجريبي اليوم\nسامي الخطيب\n2015-07-25\n${noun} الهلال\n\n`, `عنوان الخبر التجريبي اليوم\nسامي الخطيب\n\n${noun} الهلال\n\n`]) {
      expect(parseArticle(head + body).byline.authors, head).toEqual(['سامي الخطيب']);
    }
    expect(bareAuthors(`${noun} الهلال`)).toBeNull();
  });
});

describe('relayers: an outlet, a report or a figure that relays a quote is never its speaker', () => {
  it.each(RELAYERS.map((w) => [w]))('وذكرت %s …', (relayer) => {
    const a = parseArticle(`عنوان الخبر التجريبي اليوم\n\nوذكرت ${relayer} المحلية: "الوضع في المدينة أصبح صعبا للغاية منذ أسابيع".`);
    expect(a.quotes.map((q) => q.text)).toEqual(['الوضع في المدينة أصبح صعبا للغاية منذ أسابيع']);
    expect(a.speakers).toEqual([]);
  });
});

describe('news verbs: a clause-opening verb is never part of the speaker', () => {
  it.each(NEWS_VERBS.map((v) => [v]))('كما %s فريد …', (verb) => {
    const a = parseArticle(`عنوان الخبر التجريبي اليوم\n\nكما ${verb} فريد، وهو صديق اللاعب، خلال عمل تطوعي ووصفه بأنه "قوي الإرادة بشكل لا يصدق".`);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['فريد']);
  });
});

describe('United Nations bodies: the spokesman of each is "المسؤول الأممي" after', () => {
  it.each(UNITED_NATIONS_BODIES.map((b) => [b]))('المتحدث باسم %s', (body) => {
    const a = parseArticle(`عنوان الخبر التجريبي اليوم\n\nوقال المتحدث باسم ${body} سامر الخوري إن الوضع الإنساني كارثي.\n\nوأضاف المسؤول الأممي أن «المساعدات لا تكفي ربع المحتاجين».`);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['سامر الخوري', 'سامر الخوري']);
  });
});

describe('title synonyms: each title is the one another stands for, in its gender', () => {
  const feminine = (words: string): boolean => /[ةه]$/u.test(words.split(' ')[0]!);
  it.each([...TITLE_SYNONYMS].flatMap(([head, forms]) => forms.map((form) => [head, form])))('ال%s for %s', (head, form) => {
    expect(sameTitle(`ال${form}`, `ال${head}`)).toBe(feminine(head) === feminine(form));
  });
});

describe('nisba spellings: a title in either spelling finds the holder printed in the other', () => {
  it.each(NISBA_SPELLINGS.map(([variant, kept]) => [variant, kept]))('%s / %s', (variant, kept) => {
    const word = (stem: string): string => (stem.endsWith('ي') ? stem : `${stem}ي`);
    for (const [printed, later] of [[kept, variant], [variant, kept]]) {
      const a = parseArticle(`عنوان الخبر التجريبي اليوم\n\nوقال الوزير ال${word(printed!)} جون هارت إن بلاده ملتزمة بالاتفاق.\n\nوأضاف الوزير ال${word(later!)} أن «الالتزام ثابت».`);
      expect(a.quotes.map((q) => q.speaker), `${printed} → ${later}`).toEqual(['جون هارت', 'جون هارت']);
    }
  });
});

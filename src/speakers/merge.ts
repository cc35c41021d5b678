import type { RawQuote } from '../quotes/extract.js';
import type { RegisteredName } from '../quotes/registry.js';
import type { Quote, Speaker } from '../schema.js';
import { SPACE } from '../normalize/codes.js';
import { foldText } from '../normalize/fold.js';
import { cleanName, sameSpeaker, wordCount, type NameShapes } from './names.js';
import { HONORIFICS } from '../lexicon/roles.js';
import { kunyaOfName, type KunyaLink } from './kunya.js';

interface Group {
  forms: string[];
  role: string | null;
  quotes: number[];
}

/** A hashtag of a name ("#أفيغدور_ليبرمان"): the name as printed in prose reads better. */
const HASHTAG = /[#_]/u;

/** The form with the most words; on a tie the one printed as prose (not a hashtag), then the longest. */
function fullest(forms: readonly string[], shapes: NameShapes): string {
  const words = forms.map((f) => wordCount(f, shapes));
  let best = 0;
  for (let i = 1; i < forms.length; i++) {
    if (words[i] !== words[best]) {
      if (words[i]! > words[best]!) best = i;
      continue;
    }
    const prose = !HASHTAG.test(forms[i]!);
    const bestProse = !HASHTAG.test(forms[best]!);
    if ((prose && !bestProse) || (prose === bestProse && forms[i]!.length > forms[best]!.length)) best = i;
  }
  return forms[best]!;
}

/**
 * Bounds on the pairwise name comparisons, which grow with the square of the speakers: far above any real
 * article (the corpus has at most a few dozen speakers and registered names each), they keep a hostile page of
 * tens of thousands of names linear.
 */
const MAX_FUZZY_GROUPS = 500;
const MAX_FUZZY_NAMES = 1000;
const MAX_FUZZY_FORMS = 50;

/** Whether one of a group's first MAX_FUZZY_FORMS forms passes a test. */
function someForm(g: Group, test: (form: string) => boolean): boolean {
  const n = Math.min(g.forms.length, MAX_FUZZY_FORMS);
  for (let k = 0; k < n; k++) if (test(g.forms[k]!)) return true;
  return false;
}

/** "الأمير", "الشيخ", "الملك", "السلطان": titles of royals, named by their given names alone ("الأمير عبد العزيز"). Folded. */
const ROYAL_TITLES: ReadonlySet<string> = new Set(['الامير', 'الاميره', 'الشيخ', 'الشيخه', 'الملك', 'السلطان']);
/** "بن", "بنت", "آل" (folded "ال"), "ولد": the word after a given name that opens its lineage. Folded. */
const LINEAGE_OPENING = /^(?:بن|ابن|بنت|ال|ولد) /u;

/** Whether a title's last word is a royal's ("الأمير", "وزير الطاقة الأمير"). */
function royalTitle(role: string | null): boolean {
  return role !== null && ROYAL_TITLES.has(foldText(role).split(' ').at(-1)!);
}

/**
 * Whether a title is a royal's or a courtesy word alone ("الأمير", "الشيخ"): an office named elsewhere for the same
 * person ("وزير الطاقة السعودي الأمير عبد العزيز بن سلمان") tells more, and is kept instead.
 */
function honorificOnly(role: string): boolean {
  const folded = foldText(role);
  return !folded.includes(' ') && (ROYAL_TITLES.has(folded) || HONORIFIC_SET.has(folded));
}
const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS.map(foldText));

/** Whether `long` is `short` with a lineage after it ("عبد العزيز" → "عبد العزيز بن سلمان"). */
function lineagePrefix(short: string, long: string): boolean {
  const a = foldText(short);
  const b = foldText(long);
  return b.length > a.length + 1 && b.startsWith(a) && b.charCodeAt(a.length) === SPACE && LINEAGE_OPENING.test(b.slice(a.length + 1));
}

/**
 * Groups quote speakers into one speaker per person or organisation, named by the fullest form in the
 * article (registered appositions included), and points each quote at its speaker's name.
 */
export function mergeSpeakers(raw: readonly RawQuote[], registry: readonly RegisteredName[], kunyas: readonly KunyaLink[] = []): { quotes: Quote[]; speakers: Speaker[] } {
  // ("محمود عباس (أبو مازن)" then "وأكد أبو مازن أن …": a kunya printed in brackets after a name is that person's)
  const byKunya = (a: string, b: string): boolean => kunyas.length > 0 && (kunyaOfName(kunyas, a, b) || kunyaOfName(kunyas, b, a));
  const groups: Group[] = [];
  const exact = new Map<string, Group>();
  // words and transliterations of each name, once for the whole article
  const shapes: NameShapes = new Map();
  const groupOf: Array<Group | null> = raw.map((q, i) => {
    if (q.speaker === null) return null;
    const name = cleanName(q.speaker);
    if (name === '') return null;
    // past MAX_FUZZY_GROUPS speakers (no real article has so many) a name joins only a group it is printed in
    // ("الأمير عبد العزيز" after "الأمير عبد العزيز بن سلمان": a royal is named by his given names alone)
    const royal = royalTitle(q.role);
    let group = groups.length <= MAX_FUZZY_GROUPS ? groups.find((g) => exact.get(name) === g || someForm(g, (f) => sameSpeaker(f, name, shapes) || (royal && lineagePrefix(name, f)) || byKunya(f, name))) : exact.get(name);
    if (group === undefined) {
      group = { forms: [], role: null, quotes: [] };
      groups.push(group);
    }
    if (!exact.has(name)) exact.set(name, group);
    if (!group.forms.includes(name)) group.forms.push(name);
    if (group.role === null || (q.role !== null && honorificOnly(group.role) && !honorificOnly(q.role))) group.role = q.role;
    group.quotes.push(i);
    return group;
  });
  // registered names complete the speakers' forms; a hostile page of thousands is compared in part only
  for (let gi = 0; gi < Math.min(groups.length, MAX_FUZZY_GROUPS); gi++) {
    const g = groups[gi]!;
    // (whether the group's title is a royal's, worked out again only when a registered name gives it its title)
    let royal = royalTitle(g.role);
    for (let ri = 0; ri < Math.min(registry.length, MAX_FUZZY_NAMES); ri++) {
      const r = registry[ri]!;
      if (someForm(g, (f) => sameSpeaker(f, r.text, shapes) || (royal && lineagePrefix(f, r.text)) || byKunya(f, r.text))) {
        if (!g.forms.includes(r.text)) g.forms.push(r.text);
        if (r.role !== null && (g.role === null || (honorificOnly(g.role) && !honorificOnly(r.role)))) {
          // (a royal stays one when an office takes the title's place: "الأمير" → "وزير الطاقة السعودي")
          royal ||= royalTitle(r.role);
          g.role = r.role;
        }
      }
    }
  }
  const speakers: Speaker[] = groups.map((g) => {
    // (the name the kunya was printed after names the speaker, the kunya is an alias)
    const named = kunyas.length > 0 ? g.forms.filter((f) => !g.forms.some((o) => kunyaOfName(kunyas, f, o))) : g.forms;
    const name = fullest(named.length > 0 ? named : g.forms, shapes);
    return { name, aliases: g.forms.filter((f) => f !== name), role: g.role, quotes: g.quotes };
  });
  const quotes: Quote[] = raw.map((q, i) => {
    const g = groupOf[i];
    const speaker = g ? speakers[groups.indexOf(g)]!.name : null;
    return { text: q.text, kind: q.kind, speaker, cue: q.cue, paragraph: q.paragraph, start: q.start, end: q.end, endParagraph: q.endParagraph };
  });
  return { quotes, speakers };
}

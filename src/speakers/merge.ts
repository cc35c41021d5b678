import type { RawQuote } from '../quotes/extract.js';
import type { RegisteredName } from '../quotes/registry.js';
import type { Quote, Speaker } from '../schema.js';
import { cleanName, nameWords, sameSpeaker } from './names.js';

interface Group {
  forms: string[];
  role: string | null;
  quotes: number[];
}

function fullest(forms: readonly string[]): string {
  return forms.reduce((best, f) => (nameWords(f).length > nameWords(best).length || (nameWords(f).length === nameWords(best).length && f.length > best.length) ? f : best));
}

/**
 * Groups quote speakers into one speaker per person or organisation, named by the fullest form in the
 * article (registered appositions included), and points each quote at its speaker's name.
 */
export function mergeSpeakers(raw: readonly RawQuote[], registry: readonly RegisteredName[]): { quotes: Quote[]; speakers: Speaker[] } {
  const groups: Group[] = [];
  // one transliteration per word for the whole article
  const memo = new Map<string, string>();
  const words = new Map<string, string[]>();
  const groupOf: Array<Group | null> = raw.map((q, i) => {
    if (q.speaker === null) return null;
    const name = cleanName(q.speaker);
    if (name === '') return null;
    let group = groups.find((g) => g.forms.some((f) => sameSpeaker(f, name, memo, words)));
    if (group === undefined) {
      group = { forms: [], role: null, quotes: [] };
      groups.push(group);
    }
    if (!group.forms.includes(name)) group.forms.push(name);
    group.role ??= q.role;
    group.quotes.push(i);
    return group;
  });
  for (const g of groups) {
    for (const r of registry) {
      if (g.forms.some((f) => sameSpeaker(f, r.text, memo, words))) {
        if (!g.forms.includes(r.text)) g.forms.push(r.text);
        g.role ??= r.role;
      }
    }
  }
  const speakers: Speaker[] = groups.map((g) => {
    const name = fullest(g.forms);
    return { name, aliases: g.forms.filter((f) => f !== name), role: g.role, quotes: g.quotes };
  });
  const quotes: Quote[] = raw.map((q, i) => {
    const g = groupOf[i];
    const speaker = g ? speakers[groups.indexOf(g)]!.name : null;
    return { text: q.text, kind: q.kind, speaker, cue: q.cue, paragraph: q.paragraph, start: q.start, end: q.end, endParagraph: q.endParagraph };
  });
  return { quotes, speakers };
}

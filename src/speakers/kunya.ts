import { foldText } from '../normalize/fold.js';

/**
 * A by-name printed in brackets right after the name of its bearer: "محمود عباس (أبو مازن)", "(أم خالد)". The kunya
 * and the name are one speaker; later paragraphs may use either.
 */
export interface KunyaLink {
  /** The kunya, folded ("ابو مازن"). */
  kunya: string;
  /** The folded words printed right before the bracket, the bearer's name among them at the end. */
  before: string;
}

/** "(أبو مازن)", "( أم خالد )": أبو or أم and one or two words in brackets. */
const BRACKETED_KUNYA = /\(\s*((?:أبو|ابو|أبي|أم|ام)\s+\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+)?)\s*\)/gu;
/** How much text before the bracket is kept to find the name in: a few words. */
const BEFORE_CHARS = 60;
/** A hostile page is read for at most this many links (no real article prints more than a handful). */
const MAX_LINKS = 50;

/** The kunyas printed in brackets after a name in the paragraphs, with the text just before each. */
export function bracketedKunyas(paragraphs: readonly string[]): KunyaLink[] {
  const links: KunyaLink[] = [];
  for (const text of paragraphs) {
    if (!text.includes('(')) continue;
    for (const m of text.matchAll(BRACKETED_KUNYA)) {
      const before = foldText(text.slice(Math.max(0, m.index - BEFORE_CHARS), m.index)).trim();
      if (before !== '') links.push({ kunya: foldText(m[1]!).replace(/\s+/gu, ' '), before });
      if (links.length >= MAX_LINKS) return links;
    }
  }
  return links;
}

/** Whether `kunya` is printed in brackets right after `name` (both as printed), by one of the links. */
export function kunyaOfName(links: readonly KunyaLink[], kunya: string, name: string): boolean {
  if (links.length === 0) return false;
  const k = foldText(kunya);
  const n = foldText(name);
  return links.some((l) => l.kunya === k && (l.before === n || l.before.endsWith(` ${n}`)));
}

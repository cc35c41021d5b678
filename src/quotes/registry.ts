import { foldText } from '../normalize/fold.js';
import { isRoleHead, readMention } from './phrase.js';
import type { Token } from './tokens.js';

/** A name introduced with a role somewhere in the article ("وزير الخارجية، أنتوني بلينكن"). */
export interface RegisteredName {
  /** Folded words. */
  words: string[];
  text: string;
  role: string | null;
}

/** Names of the article, by their folded words, so later bare family names resolve. */
export type NameRegistry = RegisteredName[];

export interface TokenizedParagraph {
  text: string;
  tokens: Token[];
}

const MAX_LOOKAHEAD = 16;

/** Adds a name (verbatim) with its role, once. */
export function registerName(registry: NameRegistry, text: string, role: string | null): void {
  const words = foldText(text).split(/\s+/u).filter(Boolean);
  if (words.length === 0 || registry.some((n) => n.text === text)) return;
  registry.push({ words, text, role });
}

/** Collects the role + name appositions of the whole article. */
export function buildRegistry(paragraphs: readonly TokenizedParagraph[]): NameRegistry {
  const registry: NameRegistry = [];
  for (const { text, tokens } of paragraphs) {
    for (let i = 0; i < tokens.length; i++) {
      if (!isRoleHead(tokens[i]!.norm)) continue;
      const m = readMention(text, tokens, i, Math.min(tokens.length, i + MAX_LOOKAHEAD), registry);
      if (m === null || m.name === null || m.role === null || m.anonymous) continue;
      registerName(registry, m.name, m.role);
      i = Math.max(i, m.next - 1);
    }
  }
  return registry;
}

/** How many tokens from `i` spell a registered name: its full run, or its family name alone. 0 if none. */
export function registeredLength(registry: NameRegistry, tokens: readonly Token[], i: number): number {
  let best = 0;
  for (const name of registry) {
    const w = name.words;
    let k = 0;
    while (k < w.length && tokens[i + k]?.norm === w[k]) k++;
    if (k === w.length) best = Math.max(best, k);
    else if (w.length > 1 && tokens[i]?.norm === w[w.length - 1]) best = Math.max(best, 1);
  }
  return best;
}

/** The registered name whose last word (or whole run) ends at token `i`, looking leftwards. */
export function registeredEndingAt(registry: NameRegistry, tokens: readonly Token[], i: number): RegisteredName | null {
  for (const name of registry) if (name.words[name.words.length - 1] === tokens[i]?.norm) return name;
  return null;
}

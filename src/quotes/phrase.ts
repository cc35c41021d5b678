import { ORGANISATION_HEADS, PHRASE_STOPS } from '../lexicon/function-words.js';
import { ANONYMOUS_SOURCES, HONORIFICS, ROLE_HEADS } from '../lexicon/roles.js';
import { foldText } from '../normalize/fold.js';
import { cueOf } from './cue-index.js';
import type { NameRegistry } from './registry.js';
import { registeredLength } from './registry.js';
import type { Token } from './tokens.js';

/** A speaker mention read from the words after (or before) a cue. */
export interface Mention {
  /** Verbatim name, honorifics removed; null for an anonymous source or when no name was found. */
  name: string | null;
  role: string | null;
  anonymous: boolean;
  /** Token index just past the phrase. */
  next: number;
}

const STOPS = new Set(PHRASE_STOPS);
const ROLE_SET = new Set(ROLE_HEADS.filter((r) => !r.includes(' ')).map(foldText));
const ROLE_PHRASES = ROLE_HEADS.filter((r) => r.includes(' ')).map((r) => foldText(r).split(' '));
const HONORIFIC_SET = new Set(HONORIFICS.map(foldText));
const ANONYMOUS_SET = new Set(ANONYMOUS_SOURCES.map(foldText));
const ORG_SET = new Set(ORGANISATION_HEADS);
const MAX_ROLE_TOKENS = 9;
const MAX_NAME_TOKENS = 4;
const MAX_ORG_TOKENS = 6;

const isDefinite = (w: string): boolean => w.startsWith('ال') || w.startsWith('لل');
const hasComma = (t: Token): boolean => /[،,:]/u.test(t.after);
const isStop = (t: Token): boolean => STOPS.has(t.norm) || cueOf(t.norm, true) !== null || /^\d/u.test(t.norm);

/** Role-head check with feminine forms: وزير / وزيرة / الوزيرة. */
export function isRoleHead(word: string): boolean {
  if (ROLE_SET.has(word)) return true;
  if (word.endsWith('ه') && ROLE_SET.has(word.slice(0, -1))) return true;
  return word.startsWith('و') && ROLE_SET.has(word.slice(1));
}

function roleLength(tokens: readonly Token[], i: number, limit: number): number {
  const phrase = ROLE_PHRASES.find((p) => p.every((w, k) => tokens[i + k]?.norm === w));
  if (phrase === undefined && !isRoleHead(tokens[i]!.norm)) return 0;
  let j = i + (phrase?.length ?? 1);
  while (j < limit && j - i < MAX_ROLE_TOKENS && !hasComma(tokens[j - 1]!)) {
    const w = tokens[j]!.norm;
    if (isDefinite(w) || isRoleHead(w) || ORG_SET.has(w)) j++;
    else if ((w === 'باسم' || /^ل[^ل]/u.test(w)) && j + 1 < limit) j += 2;
    else break;
  }
  return j - i;
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

function nameLength(tokens: readonly Token[], i: number, limit: number, registry: NameRegistry | null): number {
  const known = registry ? registeredLength(registry, tokens, i) : 0;
  if (known > 0) return Math.min(known, limit - i);
  let j = i;
  while (j < limit && j - i < MAX_NAME_TOKENS) {
    const t = tokens[j]!;
    if (isStop(t) || (j > i && /^لل/u.test(t.norm))) break;
    if (j > i && isRoleHead(t.norm) && !t.norm.startsWith('ال')) break;
    j++;
    if (hasComma(t)) break;
  }
  return j - i;
}

function orgLength(tokens: readonly Token[], i: number, limit: number): number {
  let j = i + 1;
  while (j < limit && j - i < MAX_ORG_TOKENS && !hasComma(tokens[j - 1]!)) {
    const t = tokens[j]!;
    if (isStop(t)) break;
    j++;
  }
  return j - i;
}

/** Reads the speaker phrase starting at token `i` (before `limit`): role, name, apposition. */
export function readMention(
  text: string,
  tokens: readonly Token[],
  i: number,
  limit: number,
  registry: NameRegistry | null,
): Mention | null {
  while (i < limit && HONORIFIC_SET.has(tokens[i]!.norm) && !isRoleHead(tokens[i]!.norm)) i++;
  if (i >= limit || isStop(tokens[i]!)) return null;
  const first = tokens[i]!.norm;
  if (ANONYMOUS_SET.has(first) || ANONYMOUS_SET.has(first.replace(/^و/u, ''))) {
    return { name: null, role: null, anonymous: true, next: i + 1 };
  }
  const roleLen = roleLength(tokens, i, limit);
  if (roleLen > 0) {
    const role = slice(text, tokens, i, i + roleLen);
    let j = i + roleLen;
    while (j < limit && HONORIFIC_SET.has(tokens[j]!.norm)) j++;
    const nameLen = j < limit ? nameLength(tokens, j, limit, registry) : 0;
    if (nameLen > 0) return { name: slice(text, tokens, j, j + nameLen), role, anonymous: false, next: j + nameLen };
    // A role alone speaks for itself when definite ("المدعي العام"), else it is an unnamed source.
    const definite = isDefinite(first);
    return { name: definite ? role : null, role: definite ? null : role, anonymous: !definite, next: i + roleLen };
  }
  if (ORG_SET.has(first)) {
    const len = orgLength(tokens, i, limit);
    return { name: slice(text, tokens, i, i + len), role: null, anonymous: false, next: i + len };
  }
  const nameLen = nameLength(tokens, i, limit, registry);
  if (nameLen === 0) return null;
  const mention: Mention = { name: slice(text, tokens, i, i + nameLen), role: null, anonymous: false, next: i + nameLen };
  // Apposition after the name: "أنور قرقاش، وزير الدولة الإماراتي"
  const after = mention.next;
  if (after < limit && hasComma(tokens[after - 1]!)) {
    const len = roleLength(tokens, after, limit);
    if (len > 0) {
      mention.role = slice(text, tokens, after, after + len);
      mention.next = after + len;
    }
  }
  return mention;
}

import { ATTRIBUTION_PREPOSITIONS, SELF_ATTRIBUTIONS, TURN_LINKS } from '../lexicon/cues.js';
import { foldText } from '../normalize/fold.js';
import { cueOf, type CueInfo } from './cue-index.js';
import type { MarkSpan } from './marks.js';
import { readMention, type Mention } from './phrase.js';
import { registeredEndingAt, type NameRegistry } from './registry.js';
import type { Token } from './tokens.js';

/** A speaker as the quote rules see it. */
export interface Voice {
  name: string | null;
  role: string | null;
  anonymous: boolean;
  feminine: boolean | null;
}

/** Everything the rules need about one paragraph. */
export interface ParagraphView {
  index: number;
  text: string;
  tokens: Token[];
  spans: MarkSpan[];
  breaks: number[];
}

/** The article-wide state the rules read: known names and who spoke last. */
export interface Context {
  registry: NameRegistry;
  /** Most recent named voices, newest last. */
  recent: Voice[];
}

export interface FoundCue {
  index: number;
  info: CueInfo;
}

const MAX_CUE_DISTANCE = 30;
const fold = (s: string): string => foldText(s);
const TURN_LINK_WORDS = TURN_LINKS.map((t) => fold(t).split(' '));
const ATTRIBUTION_WORDS = ATTRIBUTION_PREPOSITIONS.map((t) => fold(t).split(' '));
const SELF_WORDS = SELF_ATTRIBUTIONS.map((t) => fold(t).split(' '));
const REPORTER_VOICE = new Set(['يذكر', 'ويذكر', 'يشار', 'ويشار', 'تجدر', 'وتجدر']);

/** Whether a verbatim offset lies inside one of the paragraph's quote spans. */
export function insideSpan(spans: readonly MarkSpan[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.close <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.open <= offset && offset < spans[lo]!.close;
}

function cueAt(view: ParagraphView, i: number): CueInfo | null {
  const t = view.tokens[i]!;
  if (REPORTER_VOICE.has(t.norm)) return null;
  return cueOf(t.norm, true);
}

/** The nearest cue left of token `from`, down to token `floor`; verbs and participles win over noun cues. */
export function leftCue(view: ParagraphView, from: number, floor: number): FoundCue | null {
  let noun: FoundCue | null = null;
  for (let i = from - 1; i >= floor && from - i <= MAX_CUE_DISTANCE; i--) {
    if (insideSpan(view.spans, view.tokens[i]!.start)) continue;
    const info = cueAt(view, i);
    if (info === null) continue;
    if (info.kind !== 'noun') return { index: i, info };
    noun ??= { index: i, info };
  }
  return noun;
}

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

/** Skips turn links ("من جهته", "بدوره") and conjunctions at a clause start. */
function skipLinks(tokens: readonly Token[], i: number, limit: number): number {
  for (let moved = true; moved && i < limit; ) {
    moved = false;
    for (const words of TURN_LINK_WORDS) {
      if (matchWords(tokens, i, words)) {
        i += words.length;
        moved = true;
      }
    }
    if (tokens[i]?.norm === 'و' || tokens[i]?.norm === 'اما' || tokens[i]?.norm === 'واما') {
      i++;
      moved = true;
    }
  }
  return i;
}

function voiceOf(m: Mention | null, feminine: boolean | null): Voice | null {
  if (m === null || (m.name === null && !m.anonymous)) return null;
  return { name: m.name, role: m.role, anonymous: m.anonymous, feminine };
}

/** The most recent named voice, of the wanted gender when one is known. */
export function currentVoice(ctx: Context, feminine: boolean | null): Voice | null {
  for (let k = ctx.recent.length - 1; k >= 0; k--) {
    const v = ctx.recent[k]!;
    if (feminine === null || v.feminine === null || v.feminine === feminine) return v;
  }
  return null;
}

/** A registered name standing left of token `from` in the sentence: the participle's subject. */
function nearestRegistered(view: ParagraphView, ctx: Context, from: number, floor: number): Voice | null {
  for (let i = from - 1; i >= floor; i--) {
    if (insideSpan(view.spans, view.tokens[i]!.start)) continue;
    const name = registeredEndingAt(ctx.registry, view.tokens, i);
    if (name) return { name: name.text, role: name.role, anonymous: false, feminine: null };
  }
  return null;
}

/** The subject of the sentence: the phrase after its first cue verb, or at its start. */
function sentenceSubject(view: ParagraphView, ctx: Context, floor: number, upto: number): Voice | null {
  for (let i = floor; i < upto; i++) {
    const info = cueAt(view, i);
    if (info?.kind === 'verb' && !info.object) {
      const v = voiceOf(readMention(view.text, view.tokens, i + 1, upto, ctx.registry), info.feminine);
      if (v) return v;
    }
  }
  return null;
}

/** A subject written before its verb: "أما القائد أحمد فتحي، فقال", "الوزارة قالت". */
function subjectBefore(view: ParagraphView, ctx: Context, floor: number, cue: number): Voice | null {
  const start = skipLinks(view.tokens, floor, cue);
  if (cue - start < 1 || cue - start > 8) return null;
  const m = readMention(view.text, view.tokens, start, cue, ctx.registry);
  return m && m.next >= cue - 1 ? voiceOf(m, null) : null;
}

/** Who speaks through the cue at `cue.index`, given the quote or content that starts at token `limit`. */
export function voiceForCue(view: ParagraphView, ctx: Context, cue: FoundCue, floor: number, limit: number): Voice | null {
  const { info, index } = cue;
  if (info.kind === 'verb') {
    if (!info.object) {
      const after = voiceOf(readMention(view.text, view.tokens, skipLinks(view.tokens, index + 1, limit), limit, ctx.registry), info.feminine);
      if (after) return after;
    }
    return subjectBefore(view, ctx, floor, index) ?? currentVoice(ctx, info.feminine);
  }
  // "نقلت صحيفة الوطن عن اللواء علي العزازي قوله": the speaker follows عن
  for (let i = index - 1; i >= floor && index - i <= 12; i--) {
    if (view.tokens[i]!.norm === 'عن') {
      const v = voiceOf(readMention(view.text, view.tokens, i + 1, index, ctx.registry), null);
      if (v) return v;
      break;
    }
  }
  return (
    nearestRegistered(view, ctx, index, floor) ??
    sentenceSubject(view, ctx, floor, index) ??
    currentVoice(ctx, info.kind === 'participle' ? info.feminine : null)
  );
}

/** An attribution after a quote: "…»، قال الوزير", "…"، بحسب الوزارة", "على حد قوله". */
export function rightAttribution(view: ParagraphView, ctx: Context, from: number, upto: number): { voice: Voice | null; cue: string } | null {
  const tokens = view.tokens;
  if (from >= upto) return null;
  for (const words of SELF_WORDS) {
    if (matchWords(tokens, from, words)) return { voice: currentVoice(ctx, null), cue: view.text.slice(tokens[from]!.start, tokens[from + words.length - 1]!.end) };
  }
  const info = cueAt(view, from);
  if (info?.kind === 'verb' && !info.object) {
    const v = voiceOf(readMention(view.text, tokens, from + 1, upto, ctx.registry), info.feminine);
    return { voice: v ?? currentVoice(ctx, info.feminine), cue: view.text.slice(tokens[from]!.start, tokens[from]!.end) };
  }
  for (const words of ATTRIBUTION_WORDS) {
    if (!matchWords(tokens, from, words)) continue;
    let j = from + words.length;
    if (tokens[j]?.norm === 'ما') j++;
    const v = voiceOf(readMention(view.text, tokens, j, upto, ctx.registry), null);
    if (v) return { voice: v, cue: view.text.slice(tokens[from]!.start, tokens[from + words.length - 1]!.end) };
  }
  return null;
}

/** Fewest and most words of a paragraph read as a pull quote: a sentence's stretch, never a subheading's few words. */
const MIN_PULL_QUOTE_WORDS = 6;
/** Fewest words of a shorter pull quote, read only where its words open a quote in the longer paragraph. */
const MIN_QUOTED_PULL_QUOTE_WORDS = 3;
/** An opening quote mark, maybe with a space after it: "«نحن ملتزمون …»" printed before the repeated words. */
const OPENING_BEFORE = /[«"“„]\s?$/u;
const MAX_PULL_QUOTE_WORDS = 40;
/** Characters a word and its space take at most, for a cheap bound before the words are counted. */
const MAX_WORD_CHARS = 16;
/** Most paragraphs tested, and most places of each in the body looked at: the cost stays linear on any page. */
const MAX_CANDIDATES = 24;
const MAX_PLACES = 8;
/** Quote marks, dots and spaces a pull quote may add around the words it repeats: one character of them. */
const FRAME_CHAR = /[\s«»"“”„'‘’.…،,:\-–—]/u;
const SPACE_RUN = /\s+/u;

/**
 * "نجحنا في احتواء الوباء بفضل تعاون المنظمات الدولية" set apart between two paragraphs, its words printed already
 * inside a longer paragraph: a pull quote (or a highlighted line) that repeats the body, no paragraph of its own.
 * Returns the indices of such paragraphs (the words matched as printed, the marks around them aside).
 */
export function pullQuoteIndices(paragraphs: readonly string[]): number[] {
  // every paragraph on one line each, and where each starts: a match is placed in its paragraph by a binary search
  const starts: number[] = [];
  let length = 0;
  for (const p of paragraphs) {
    starts.push(length);
    length += p.length + 1;
  }
  let body: string | null = null;
  const out: number[] = [];
  let tested = 0;
  for (let i = 0; i < paragraphs.length && tested < MAX_CANDIDATES; i++) {
    const p = paragraphs[i]!;
    // (a cheap bound on the words first: most paragraphs are longer than any pull quote)
    if (p.length > MAX_PULL_QUOTE_WORDS * MAX_WORD_CHARS) continue;
    const words = p.trim().split(SPACE_RUN).length;
    if (words < MIN_QUOTED_PULL_QUOTE_WORDS || words > MAX_PULL_QUOTE_WORDS) continue;
    tested++;
    body ??= paragraphs.join('\n');
    // ("نحن ملتزمون بالانضباط المالي" set apart: fewer words than a sentence's stretch repeat a quote's opening)
    if (repeatedInLonger(body, starts, paragraphs, i, words < MIN_PULL_QUOTE_WORDS)) out.push(i);
  }
  return out;
}

/**
 * Whether paragraph `i`'s words stand inside a longer paragraph (at a few of their places at most); when `quoted`,
 * only right after an opening quote mark there.
 */
function repeatedInLonger(body: string, starts: readonly number[], paragraphs: readonly string[], i: number, quoted: boolean): boolean {
  const words = unframed(paragraphs[i]!);
  let from = 0;
  for (let n = 0; n < MAX_PLACES; n++) {
    const at = body.indexOf(words, from);
    if (at < 0) return false;
    const j = paragraphAt(starts, at);
    if (j !== i && paragraphs[j]!.length > paragraphs[i]!.length && (!quoted || OPENING_BEFORE.test(body.slice(Math.max(starts[j]!, at - 2), at)))) return true;
    from = at + 1;
  }
  return false;
}

/** A paragraph without the quote marks, dots and spaces at its two ends. */
function unframed(p: string): string {
  let start = 0;
  let end = p.length;
  while (start < end && FRAME_CHAR.test(p[start]!)) start++;
  while (end > start && FRAME_CHAR.test(p[end - 1]!)) end--;
  return p.slice(start, end);
}

/** Index of the paragraph that holds offset `at` of the joined paragraphs. */
function paragraphAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

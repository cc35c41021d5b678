/**
 * Regular expressions gated by a line's shape. Most chrome rules cannot match a line that lacks some character: a
 * digit, a colon, a bar, a Latin letter. A short line of text ("الحكومة تقر الموازنة الجديدة") holds none of them,
 * and before the gates it was tried against every such rule in turn. A gated expression first reads which of these
 * characters the string holds (once for a string, while it stays one of the last two asked about) and runs only when
 * it holds every kind its expression needs.
 *
 * An expression anchored at the start ("^(?:تحرير|إعداد)…") is gated by the first character too: a line that opens with
 * none of the characters its matches open with is not tried.
 *
 * What each expression needs is declared beside it and proved in the tests: every string the expression can match
 * holds a character of each declared kind, and opens with one of the declared first characters (`test/gate.test.ts`,
 * with automata built from the expression).
 */

/** Kinds of character a rule may need, one bit each. */
export const SHAPE = {
  /** An ASCII digit: 0–9. */
  DIGIT: 1 << 0,
  /** A digit of any script the pages print: 0–9, ٠–٩ (Arabic-Indic), ۰–۹ (extended, Persian). */
  ANY_DIGIT: 1 << 1,
  /** A colon, ":" or the full-width "：". */
  COLON: 1 << 2,
  /** A bar: "|". */
  BAR: 1 << 3,
  /** An ASCII letter: A–Z, a–z. */
  LATIN: 1 << 4,
  /** A percent sign, "%" or "٪". */
  PERCENT: 1 << 5,
  /** "@". */
  AT: 1 << 6,
  /** "#". */
  HASH: 1 << 7,
  /** "/". */
  SLASH: 1 << 8,
  /** A round bracket, "(" or ")". */
  PAREN: 1 << 9,
  /** "+". */
  PLUS: 1 << 10,
  /** "=". */
  EQUALS: 1 << 11,
} as const;

/** Each kind's characters, as ranges of UTF-16 code units (all in the Basic Multilingual Plane). */
export const SHAPE_RANGES: Readonly<Record<keyof typeof SHAPE, readonly (readonly [number, number])[]>> = {
  DIGIT: [[0x30, 0x39]],
  ANY_DIGIT: [[0x30, 0x39], [0x660, 0x669], [0x6f0, 0x6f9]],
  COLON: [[0x3a, 0x3a], [0xff1a, 0xff1a]],
  BAR: [[0x7c, 0x7c]],
  LATIN: [[0x41, 0x5a], [0x61, 0x7a]],
  PERCENT: [[0x25, 0x25], [0x66a, 0x66a]],
  AT: [[0x40, 0x40]],
  HASH: [[0x23, 0x23]],
  SLASH: [[0x2f, 0x2f]],
  PAREN: [[0x28, 0x29]],
  PLUS: [[0x2b, 0x2b]],
  EQUALS: [[0x3d, 0x3d]],
};

/** Each UTF-16 code unit's kinds. */
const SHAPE_OF_UNIT = buildShapeTable();

function buildShapeTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const [kind, ranges] of Object.entries(SHAPE_RANGES) as [keyof typeof SHAPE, readonly (readonly [number, number])[]][]) {
    for (const [from, to] of ranges) for (let unit = from; unit <= to; unit++) table[unit]! |= SHAPE[kind];
  }
  return table;
}

/** Every kind, set once all are seen: the scan stops there. */
const ALL_KINDS = Object.values(SHAPE).reduce((a, b) => a | b, 0);

/** The kinds of character a string holds. */
export function shapeOf(s: string): number {
  let shape = 0;
  for (let i = 0; i < s.length && shape !== ALL_KINDS; i++) shape |= SHAPE_OF_UNIT[s.charCodeAt(i)]!;
  return shape;
}

// The last two strings asked about and their shapes: a line and its key are asked about in turn, rule after rule.
let lastString: string | null = null;
let lastShape = 0;
let otherString: string | null = null;
let otherShape = 0;

/**
 * Lets go of the strings kept: a line may be a slice that holds the whole input it was cut from, which a finished parse
 * has no more use for.
 */
export function forgetShapes(): void {
  lastString = null;
  otherString = null;
}

function cachedShape(s: string): number {
  if (s === lastString) return lastShape;
  if (s === otherString) {
    // (swap, so that the string asked about now is the first compared next time)
    const shape = otherShape;
    otherString = lastString;
    otherShape = lastShape;
    lastString = s;
    lastShape = shape;
    return shape;
  }
  otherString = lastString;
  otherShape = lastShape;
  lastString = s;
  lastShape = shapeOf(s);
  return lastShape;
}

/** A regular expression that runs only on strings holding every kind of character it needs. */
export interface GatedRegExp {
  /** Whether the expression matches `s`: false without running it when `s` cannot hold a match. */
  test(s: string): boolean;
  readonly regex: RegExp;
  /** The kinds (bits of `SHAPE`) every match holds. */
  readonly needs: number;
  /** For an expression anchored at the start, the code units a match may open with (every one); else "". */
  readonly opens: string;
}

/** Every gated expression, for the tests that prove each one's needs. */
export const GATED_EXPRESSIONS: GatedRegExp[] = [];

/**
 * Gates `regex` by the kinds of character it needs (bits of `SHAPE`) and, for an expression anchored at the start
 * of the string, by the code units its matches open with (`opens`, every one of them; "" for no such gate). The
 * expression must keep no state between calls (no g or y flag): a skipped call must be one that would have returned
 * false and changed nothing.
 */
export function gated(needs: number, regex: RegExp, opens = ''): GatedRegExp {
  if (regex.global || regex.sticky) throw new TypeError(`a gated expression keeps no lastIndex: /${regex.source}/${regex.flags}`);
  // (the first unit's code looked up in a short array: cheaper than a one-character string; an empty string's NaN is
  // in no array)
  const first = Array.from(opens, (c) => c.charCodeAt(0));
  const test =
    opens === ''
      ? needs === 0
        ? (s: string): boolean => regex.test(s)
        : (s: string): boolean => (cachedShape(s) & needs) === needs && regex.test(s)
      : needs === 0
        ? (s: string): boolean => first.includes(s.charCodeAt(0)) && regex.test(s)
        : (s: string): boolean => first.includes(s.charCodeAt(0)) && (cachedShape(s) & needs) === needs && regex.test(s);
  const gate: GatedRegExp = { regex, needs, opens, test };
  GATED_EXPRESSIONS.push(gate);
  return gate;
}

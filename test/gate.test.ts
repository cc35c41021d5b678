import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JS, NFA, isDisjointWith } from 'refa';
// (every module that gates an expression is loaded by the parser's entry)
import { parseArticle } from '../src/index.js';
import { GATED_EXPRESSIONS, SHAPE, SHAPE_RANGES, gated, shapeOf } from '../src/normalize/gate.js';

type Kind = keyof typeof SHAPE;
const KINDS = Object.keys(SHAPE) as Kind[];

/** A kind's characters as a regex class, from its ranges. */
function classOf(kind: Kind): string {
  const hex = (n: number): string => `\\u${n.toString(16).padStart(4, '0')}`;
  return `[${SHAPE_RANGES[kind].map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')}]`;
}

/**
 * The automaton of every string `source` can match, read with its flags. Lookarounds and anchors are read as always
 * true: the language grows, so a kind every string of it holds is held by every real match too. A back-reference
 * throws: it cannot be read so.
 */
function automaton(source: string, flags: string): NFA {
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags }).parse({ backreferences: 'throw', assertions: 'parse' });
  return NFA.fromRegex(expression, { maxCharacter }, { assertions: 'ignore' });
}

/** Whether every string `regex` can match holds a character of `kind`: it shares no string with `[^kind]*`. */
function everyMatchHolds(regex: RegExp, kind: Kind): boolean {
  const unicode = regex.unicode ? 'u' : '';
  const without = automaton(`[^${classOf(kind).slice(1, -1)}]*`, unicode);
  return isDisjointWith(automaton(regex.source, regex.flags.replace(/[gy]/gu, '')), without);
}

/**
 * The characters every match of `regex` may open with, when every match starts at the string's start: each
 * top-level alternative opens with "^" (no m flag) and no match is empty. Null otherwise. Read from the first steps of
 * the expression's automaton.
 */
function firstCharacters(regex: RegExp): string | null {
  if (regex.multiline) return null;
  const flags = regex.flags.replace(/[gy]/gu, '');
  const parser = JS.Parser.fromLiteral({ source: regex.source, flags });
  const anchored = parser.ast.pattern.alternatives.every((a) => a.elements[0]?.type === 'Assertion' && a.elements[0].kind === 'start');
  if (!anchored) return null;
  const nfa = automaton(regex.source, flags);
  if (nfa.finals.has(nfa.initial)) return null;
  const chars = new Set<number>();
  for (const set of nfa.initial.out.values()) {
    for (const { min, max } of set.ranges) {
      // (a class too wide to list is no gate)
      if (max - min > 0xff) return null;
      for (let c = min; c <= max; c++) chars.add(c);
    }
  }
  return String.fromCodePoint(...[...chars].sort((a, b) => a - b));
}

/** Whether every match of `regex` starts at the string's start and opens with one of the characters of `opens`. */
function everyMatchOpensWith(regex: RegExp, opens: string): boolean {
  const first = firstCharacters(regex);
  return first !== null && [...first].every((c) => opens.includes(c));
}

describe('gated expressions', () => {
  it('are in use: the parser has loaded the chrome, line, byline and date rules that declare what they need', () => {
    // (a real line goes through them; the article parses)
    expect(parseArticle('الحكومة تقر الموازنة الجديدة\n\nأقرت الحكومة الموازنة الجديدة للعام المقبل بعد نقاش طويل في مجلس النواب.').paragraphs).toHaveLength(1);
    expect(GATED_EXPRESSIONS.length).toBeGreaterThan(100);
  });

  it('each need every match holds: proved on the automaton of each expression', () => {
    const wrong: string[] = [];
    for (const gate of GATED_EXPRESSIONS) {
      for (const kind of KINDS) {
        if ((gate.needs & SHAPE[kind]) !== 0 && !everyMatchHolds(gate.regex, kind)) wrong.push(`${kind}: /${gate.regex.source.slice(0, 80)}/`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('each first character: proved on the automaton of each expression gated by how its matches open', () => {
    // (a failure names the characters the automaton opens with: the declaration's third argument to write)
    const wrong = GATED_EXPRESSIONS.filter((gate) => gate.opens !== '' && !everyMatchOpensWith(gate.regex, gate.opens)).map((gate) => `/${gate.regex.source.slice(0, 80)}/ declares '${gate.opens}', opens with ${JSON.stringify(firstCharacters(gate.regex))}`);
    expect(wrong).toEqual([]);
    expect(GATED_EXPRESSIONS.filter((gate) => gate.opens !== '').length).toBeGreaterThan(100);
  });

  it('the proof of first characters catches a wrong one: an unanchored expression, an empty match, a missing opening', () => {
    expect(everyMatchOpensWith(/^(?:تحرير|إعداد)\s?:/u, 'تإ')).toBe(true);
    expect(everyMatchOpensWith(/^(?:تحرير|إعداد)\s?:/u, 'ت')).toBe(false);
    expect(everyMatchOpensWith(/(?:تحرير|إعداد)\s?:/u, 'تإ')).toBe(false);
    expect(everyMatchOpensWith(/^تحرير|إعداد/u, 'تإ')).toBe(false);
    expect(everyMatchOpensWith(/^(?:تحرير)?/u, 'ت')).toBe(false);
    expect(everyMatchOpensWith(/^تحرير/mu, 'ت')).toBe(false);
    // (under the i flag "^k" opens with "K" and the Kelvin sign too)
    expect(everyMatchOpensWith(/^k/iu, 'kK')).toBe(false);
    expect(everyMatchOpensWith(/^k/iu, 'kK\u212a')).toBe(true);
  });

  it('the proof catches a wrong need: a colon is not in every match of /^(?:تصوير|عدسة)\\s?:?/, a digit is in every match of /\\d{4}/', () => {
    expect(everyMatchHolds(/^(?:تصوير|عدسة)\s?:?/u, 'COLON')).toBe(false);
    expect(everyMatchHolds(/^(?:تصوير|عدسة)\s?:/u, 'COLON')).toBe(true);
    expect(everyMatchHolds(/\d{4}/u, 'DIGIT')).toBe(true);
    expect(everyMatchHolds(/[\d٠-٩]{4}/u, 'DIGIT')).toBe(false);
    expect(everyMatchHolds(/[\d٠-٩]{4}/u, 'ANY_DIGIT')).toBe(true);
    // (under the i and u flags "s" also matches "ſ", and "k" the Kelvin sign: no Latin letter is needed)
    expect(everyMatchHolds(/^s$/iu, 'LATIN')).toBe(false);
    // (a lookahead is read as always true: /(?=\d)/ alone holds no digit in its match)
    expect(everyMatchHolds(/(?=\d)\p{L}/u, 'DIGIT')).toBe(false);
  });

  it('answer as the expression does, on any string', () => {
    const units = ['ا', 'ل', 'م', ' ', '1', '٣', '۵', ':', '：', '|', 'a', 'Z', '%', '٪', '@', '#', '/', '(', ')', '+', '=', '.', '-', '«', '»'];
    const line = fc.array(fc.constantFrom(...units), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: GATED_EXPRESSIONS.length - 1 }), (s, i) => {
        const gate = GATED_EXPRESSIONS[i]!;
        expect(gate.test(s)).toBe(gate.regex.test(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse an expression with state kept between calls (g, y)', () => {
    expect(() => gated(SHAPE.DIGIT, /\d/gu)).toThrow(TypeError);
    expect(() => gated(SHAPE.DIGIT, /\d/yu)).toThrow(TypeError);
  });

  it('skip an anchored expression on a line that opens with none of its first characters, whatever else the line holds', () => {
    const gate = gated(0, /^(?:تحرير|إعداد)\s?:/u, 'تإ');
    GATED_EXPRESSIONS.pop();
    expect(gate.test('تحرير: سامي')).toBe(true);
    expect(gate.test(' تحرير: سامي')).toBe(false);
    expect(gate.test('')).toBe(false);
    const both = gated(SHAPE.COLON, /^(?:تحرير|إعداد)\s?:/u, 'تإ');
    GATED_EXPRESSIONS.pop();
    expect(both.test('إعداد: سامي')).toBe(true);
    expect(both.test('إعداد سامي')).toBe(false);
  });

  it('skip the expression on a string that lacks what it needs, and run it on one that holds it', () => {
    let runs = 0;
    const counting = /\d{4}/u;
    const test = counting.test.bind(counting);
    counting.test = (s: string): boolean => {
      runs++;
      return test(s);
    };
    const gate = gated(SHAPE.DIGIT, counting);
    GATED_EXPRESSIONS.pop();
    expect(gate.test('الحكومة تقر الموازنة')).toBe(false);
    expect(runs).toBe(0);
    expect(gate.test('الموازنة ٢٠٢٥')).toBe(false);
    expect(runs).toBe(0);
    expect(gate.test('الموازنة 2025')).toBe(true);
    expect(runs).toBe(1);
  });
});

describe('a string\'s shape', () => {
  it('marks a kind exactly where its characters are', () => {
    for (const kind of KINDS) {
      const cls = new RegExp(classOf(kind), 'u');
      for (let unit = 0; unit < 0x10000; unit += 1) {
        if (unit >= 0xd800 && unit <= 0xdfff) continue;
        const ch = String.fromCharCode(unit);
        if (((shapeOf(ch) & SHAPE[kind]) !== 0) !== cls.test(ch)) throw new Error(`${kind} at U+${unit.toString(16)}`);
      }
    }
  });

  it('holds every kind a line holds, wherever it stands', () => {
    expect(shapeOf('الحكومة تقر الموازنة')).toBe(0);
    expect(shapeOf('هاتف: 0501234567 | واتساب')).toBe(SHAPE.COLON | SHAPE.DIGIT | SHAPE.ANY_DIGIT | SHAPE.BAR);
    expect(shapeOf('نسبة المشاركة ٤٥٪')).toBe(SHAPE.ANY_DIGIT | SHAPE.PERCENT);
    expect(shapeOf('تابعونا على @CNNArabic (تويتر)')).toBe(SHAPE.AT | SHAPE.LATIN | SHAPE.PAREN);
  });

  it('is asked about a line and its key in turn: each answer is its own string\'s, however the two alternate', () => {
    const line = 'الساعة 10:30';
    const key = 'الساعه';
    const gate = gated(SHAPE.COLON, /:/u);
    GATED_EXPRESSIONS.pop();
    for (let i = 0; i < 3; i++) {
      expect(gate.test(line)).toBe(true);
      expect(gate.test(key)).toBe(false);
      expect(gate.test('x')).toBe(false);
      expect(gate.test(line)).toBe(true);
    }
  });
});

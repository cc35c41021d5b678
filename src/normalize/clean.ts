/** Bidi controls, zero-width characters, BOM and soft hyphen: invisible, and dropped from output text. */
const INVISIBLE = '\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
/** C0/C1 control characters other than tab and line feed. */
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
/** Line and paragraph separators and NEL: line ends, like CR (alone or before LF). */
const LINE_SEPARATORS = '\\u2028\\u2029\\u0085';
const SURROGATES = '\\uD800-\\uDFFF';

const INVISIBLE_MARKS = new RegExp(`[${INVISIBLE}]`, 'g');
const CONTROL_CHARS = new RegExp(`[${CONTROL}]`, 'g');
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CARRIAGE_RETURN = new RegExp(`\\r\\n?|[${LINE_SEPARATORS}]`, 'g');
/** Horizontal whitespace other than U+0020: tab, NBSP and the Unicode spaces. */
const OTHER_SPACES = '\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000';
/** Runs of horizontal whitespace, NBSP included. */
const HORIZONTAL_SPACE = new RegExp(`[ ${OTHER_SPACES}]+`, 'g');

/** Anything `cleanInvisible` changes, as one character class: most texts have none and cost one scan. */
const ANY_TO_CLEAN = new RegExp(`[\\r${LINE_SEPARATORS}${INVISIBLE}${CONTROL}${SURROGATES}]`);

/** Removes invisible marks and control characters, turns lone surrogates into U+FFFD and line ends into \n. */
export function cleanInvisible(input: string): string {
  if (!ANY_TO_CLEAN.test(input)) return input;
  return input
    .replace(CARRIAGE_RETURN, '\n')
    .replace(INVISIBLE_MARKS, '')
    .replace(CONTROL_CHARS, '')
    .replace(LONE_SURROGATE, '\uFFFD');
}

/** Whitespace that `collapseSpaces` changes inside a line: a run of two, or any space other than U+0020. */
const SPACE_TO_COLLAPSE = new RegExp(`[${OTHER_SPACES}]| {2}`);

/** Collapses horizontal whitespace to single spaces and trims: the only change output text gets. */
export function collapseSpaces(line: string): string {
  return SPACE_TO_COLLAPSE.test(line) ? line.replace(HORIZONTAL_SPACE, ' ').trim() : line.trim();
}

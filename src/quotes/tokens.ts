import { foldTransient, type Folded } from '../normalize/fold.js';
import { isWordUnit, unitsInClass, wordUnitsAt } from '../normalize/key.js';
import { wordFilter } from '../normalize/word-filter.js';
import { cueEntries, type CueInfo } from './cue-index.js';
import { ROLE_FORMS } from './role-forms.js';
import { ALEF, ALEF_MADDA, BEH, HASH, LAM, NOON, SPACE, TEH } from '../normalize/codes.js';
import { ORGANISATION_SET } from './organisations.js';

/** What a word of the cue and title lexicons is: its loose and strict cue and whether it is a title. */
interface LexiconEntry {
  loose: CueInfo | null;
  cue: CueInfo | null;
  role: boolean;
}

/** Every cue and title form, decided once: a token needs one lookup (as `cueOf` twice and `isRoleHead`). */
const LEXICON: ReadonlyMap<string, LexiconEntry> = (() => {
  const map = new Map<string, LexiconEntry>();
  for (const [form, loose, cue] of cueEntries()) map.set(form, { loose, cue, role: false });
  for (const form of ROLE_FORMS) {
    const entry = map.get(form);
    if (entry) entry.role = true;
    else map.set(form, { loose: null, cue: null, role: true });
  }
  return map;
})();
/** "ممثلة", "متمثلا", folded: a title form that is also the participle "represented by". */
const REPRESENTED = /^و?(?:ال)?(?:م|مت)مثل(?:ه|ا|ين|ون)?$/u;

/**
 * "الهيئة ممثلة بصندوق الخدمة الشاملة": before بال or ب + an organisation's head the title form is the participle
 * "represented by", neither a title nor part of a name ("ممثل بلاده" and "ممثل بريطانيا" stay titles).
 */
export function isRepresentedBy(word: Token, next: Token | undefined): boolean {
  if (next === undefined || next.norm.charCodeAt(0) !== BEH || !REPRESENTED.test(word.norm)) return false;
  return next.norm.startsWith('بال') || ORGANISATION_SET.has(next.norm.slice(1));
}

/** "القاضي": the judge, or the participle "ruling" after a ruling ("الحكم القاضي بوقف …"). Folded. */
const RULING = 'القاضي';
const RULINGS = new Set(['الحكم', 'حكم', 'القرار', 'قرار', 'حكما', 'قرارا', 'حكمها', 'قرارها', 'حكمه', 'قراره']);

/** How many words back `isRuling` looks for the ruling before "القاضي". */
const RULING_REACH = 4;

/** "حكم القضاء الإداري القاضي بوقف نشاط …": after a ruling and before ب, القاضي is "which rules", not a judge. */
function isRuling(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.norm !== RULING || tokens[k + 1]?.norm.charCodeAt(0) !== BEH) return false;
  for (let j = k - 1; j >= 0 && k - j <= RULING_REACH; j--) if (RULINGS.has(tokens[j]!.norm)) return true;
  return false;
}

/** "يعرب", "ويعرب": "expresses", a speech verb that is also a given name, folded. */
const EXPRESSES: ReadonlySet<string> = new Set(['يعرب', 'ويعرب', 'فيعرب']);
/** "عن", the preposition "يعرب" takes as a verb. */
const ABOUT = 'عن';
/** "وبيّن": "explained", which its shadda tells from "بين" (between), the form a cue only when so printed. Folded. */
const SHADDA_TELLS = new Set(['بين', 'وبين', 'فبين']);
const SHADDA = '\u0651';

/**
 * "تابع", "تابعا", "التابعة": "continued" as a cue, but before ل the adjective "affiliated to" ("فريق تابع للأمم المتحدة",
 * "قوات تابعة للجيش"). Unprefixed forms only: "وتابع لـ«سبق»: …" is the verb. Folded.
 */
const AFFILIATED: ReadonlySet<string> = new Set(['تابع', 'تابعا', 'تابعه', 'تابعين', 'تابعون', 'التابع', 'التابعه', 'التابعين']);

/** The title "imam", folded, alone or after the article or و: spelt with أ it is the preposition "in front of". */
const IMAM_FORMS: ReadonlySet<string> = new Set(['امام', 'الامام', 'وامام', 'والامام']);

/** One filter over both lexicons: most words of a paragraph skip the lookup. */
const MAY_BE_LEXICON = wordFilter(LEXICON.keys());

/** The preposition ب printed apart before a quote or a name ("بـ«…»"): its token, folded (the tatweel dropped). */
export const BI_APART = 'ب';

/** A word of a paragraph: its folded form and where it stands in the verbatim paragraph. */
export interface Token {
  /** Folded form, for matching. */
  norm: string;
  start: number;
  end: number;
  /** Punctuation right after the word (",", "،", ":", "."), or '' when only space follows. */
  after: string;
  /** True when the printed word carries the article ال (not a name like "إليزابيث" that folds to "ال…"). */
  definite: boolean;
  /** The word as a strict speech cue (decided once here), or null. */
  cue: CueInfo | null;
  /** The word as any speech cue, ambiguous forms included ("بين", "ذكر"), or null. */
  loose: CueInfo | null;
  /** True when the word is a title ("وزير", "الوزيرة", "للمتحدث"), decided once here. */
  role: boolean;
  /** Answers the phrase readers worked out for this token, as bits (NAME_WORD…); 0 until asked. */
  memo: number;
}

/** `Token.memo` bits: whether the token can start a name, and whether it can continue one (each with a "known" bit). */
export const NAME_WORD_KNOWN = 1;
export const NAME_WORD = 2;
export const NAME_TAIL_KNOWN = 4;
export const NAME_TAIL = 8;

/**
 * "التزام", "التقاء": verbal nouns of a root opening on ل, whose first letters print like the article (no article:
 * "وأكد وزير الخارجية التزام بلاده بالاتفاق"), with و, ف or ب before them and a pronoun after; folded.
 */
const ARTICLE_LOOKALIKES: ReadonlySet<string> = new Set(
  ['التزام', 'التقاء', 'التماس', 'التفات', 'التفاف'].flatMap((stem) => ['', 'و', 'ف', 'ب', 'وب'].flatMap((p) => ['', 'ه', 'ها', 'هم', 'نا'].map((s) => p + stem + s))),
);

/** Prefix letters that may stand before the article: و ف ب ك ل. */
const ARTICLE_PREFIXES = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644]);

/** Whether a UTF-16 unit is tatweel or a diacritic a printed letter may carry. */
export function isMark(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f);
}

/**
 * Whether a folded word has the shape of a definite one (ال, لل, or و/ف/ب/ك/ل + ال). Folding keeps ا, ل and
 * the prefix letters and drops every mark `printedArticle` skips, so a word whose printed form carries the
 * article always has this shape: words without it skip the printed check.
 */
function foldedArticle(norm: string): boolean {
  const a = norm.charCodeAt(0);
  const b = norm.charCodeAt(1);
  // (a stem of two letters at least follows the article: "والي" (governor) and "الي" (إلى) are no definite words)
  if ((a === ALEF && b === LAM) || (a === LAM && b === LAM)) return norm.length >= 4;
  return b === ALEF && norm.charCodeAt(2) === LAM && ARTICLE_PREFIXES.has(a) && norm.length >= 5;
}

/** Whether the printed word starts with ال or لل (after an optional و/ف/ب/ك/ل), diacritics skipped. */
export function printedArticle(text: string, start: number, end: number): boolean {
  let a = -1;
  let b = -1;
  let c = -1;
  for (let i = start; i < end; i++) {
    const u = text.charCodeAt(i);
    if (isMark(u)) continue;
    if (a < 0) a = u;
    else if (b < 0) b = u;
    else {
      c = u;
      break;
    }
  }
  if ((a === ALEF && b === LAM) || (a === LAM && b === LAM)) return true;
  return ARTICLE_PREFIXES.has(a) && b === ALEF && c === LAM;
}

/**
 * "آن": folded like the particle "أن" ("ان"), but never one ("وأكدت الممثلة آن هاثاواي أن …": the given name Anne; "آن
 * الأوان": the verb). Kept apart with its madda, so it is a word like any other.
 */
const THAT = 'ان';
const MADDA_NAME = 'آن';
const UNDERSCORE = 0x5f;
const NBSP = 0xa0;
/** Marks that may join a short or Latin tail to a word: "العربية.نت", "U.S", "O'Neil". */
const DOT = 0x2e;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const ASTRAL_LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}]$/u;

/** Latin letters and digits of the Basic Multilingual Plane, one flag per UTF-16 unit. Built once. */
const LATIN_OR_DIGIT: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const re = /[\p{Script=Latin}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** Units of the Latin letter or digit at `i` (see `unitsInClass`). */
function latinAt(f: string, i: number): number {
  return unitsInClass(f, i, LATIN_OR_DIGIT, ASTRAL_LATIN_OR_DIGIT);
}

/** End of a run of letters, digits, "#" and "_" from `i`. */
function runEnd(f: string, i: number): number {
  const n = f.length;
  for (;;) {
    while (i < n && isWordUnit(f.charCodeAt(i))) i++;
    if (i >= n) return i;
    const c = f.charCodeAt(i);
    if (c === HASH || c === UNDERSCORE) i++;
    else {
      const astral = wordUnitsAt(f, i);
      if (astral === 0) return i;
      i += astral;
    }
  }
}

/** End of a tail joined by a dot or an apostrophe at `i` ("نت", or a Latin/digit run not followed by a letter), or -1. */
function tailEnd(f: string, i: number): number {
  const joiner = f.charCodeAt(i);
  if (joiner !== DOT && joiner !== APOSTROPHE && joiner !== RIGHT_QUOTE) return -1;
  const s = i + 1;
  if (f.charCodeAt(s) === NOON && f.charCodeAt(s + 1) === TEH && wordUnitsAt(f, s + 2) === 0) return s + 2;
  let e = s;
  for (let n = latinAt(f, e); n > 0; n = latinAt(f, e)) e += n;
  return e > s && wordUnitsAt(f, e) === 0 ? e : -1;
}

/**
 * Tokenises a paragraph on its folded copy, with verbatim offsets. A word is a run of letters, digits, "#"
 * and "_"; a dot joins only a short or Latin tail ("العربية.نت", "U.S"), never two Arabic words ("الآن.وقال").
 * One hand-written pass: this runs on every body paragraph.
 */
export function tokenize(text: string): Token[] {
  const folded: Folded = foldTransient(text);
  const tokens: Token[] = [];
  let reread: number[] | null = null;
  const f = folded.text;
  const n = f.length;
  let i = 0;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c !== HASH && c !== UNDERSCORE && wordUnitsAt(f, i) === 0) {
      i++;
      continue;
    }
    const fs = i;
    let fe = runEnd(f, i);
    for (let t = tailEnd(f, fe); t >= 0; t = tailEnd(f, fe)) fe = t;
    // punctuation up to the next word: "،", ":", "." (spaces left out)
    let k = fe;
    let after = '';
    if (!(f.charCodeAt(k) === SPACE && isWordUnit(f.charCodeAt(k + 1)))) {
      while (k < n) {
        const u = f.charCodeAt(k);
        if (isWordUnit(u) || u === HASH) break;
        if (u > SPACE && u !== NBSP) after += f[k];
        k++;
      }
    }
    const start = folded.map[fs]!;
    const norm = fe - fs === 2 && f.startsWith(THAT, fs) && text.charCodeAt(start) === ALEF_MADDA ? MADDA_NAME : f.slice(fs, fe);
    const end = folded.map[fe - 1]! + 1;
    // one filter for both lexicons turns most words away before the lookup
    const entry = MAY_BE_LEXICON(norm) ? LEXICON.get(norm) : undefined;
    const definite = foldedArticle(norm) && printedArticle(text, start, end) && !ARTICLE_LOOKALIKES.has(norm);
    if (entry === undefined) tokens.push({ norm, start, end, after, definite, cue: null, loose: null, role: false, memo: 0 });
    else {
      // ("أمام الحشود", "إلى الأمام": spelt with أ, the word is "in front of", never the title imam, إمام)
      const role = entry.role && !(IMAM_FORMS.has(norm) && text.slice(start, end).includes('أ'));
      tokens.push({ norm, start, end, after, definite, cue: entry.cue, loose: entry.loose, role, memo: 0 });
      if ((entry.role && (REPRESENTED.test(norm) || norm === RULING)) || EXPRESSES.has(norm) || SHADDA_TELLS.has(norm) || AFFILIATED.has(norm)) (reread ??= []).push(tokens.length - 1);
    }
    i = fe;
  }
  // a few title forms ("ممثلة", "القاضي") are read again once the words around them are known (kept out of the
  // loop, which runs per word)
  if (reread !== null) {
    for (const k of reread) {
      const t = tokens[k]!;
      // "الوزير يعرب القحطاني": "يعرب" (expresses) is a verb only with its عن; else it is the given name
      // ("وبيّن البراك أن": the shadda makes the verb of "بين" a cue)
      if (SHADDA_TELLS.has(t.norm)) {
        if (t.cue === null && t.loose !== null && text.slice(t.start, t.end).includes(SHADDA)) t.cue = t.loose;
      } else if (AFFILIATED.has(t.norm)) {
        if (tokens[k + 1]?.norm.charCodeAt(0) === LAM) {
          t.cue = null;
          t.loose = null;
        }
      } else if (EXPRESSES.has(t.norm)) {
        if (tokens[k + 1]?.norm !== ABOUT) {
          t.cue = null;
          t.loose = null;
        }
      } else if (isRepresentedBy(t, tokens[k + 1]) || isRuling(tokens, k)) t.role = false;
    }
  }
  return tokens;
}

/** How many characters past a word's end a reading of that word may look (`opensCompoundName`: "عبد" before " الدين"). */
export const WORD_LOOKAHEAD = 12;

/**
 * Calls `read` with the paragraph's tokens as `tokenize(changed)` would give them, where `changed` is the paragraph's
 * text with one character changed at the start of token `g` (the ل of "لوزير" made a space: `withoutGluedLam`).
 * Only the words whose tokens can tell that character (those reaching it with `WORD_LOOKAHEAD`, `g`, and the words
 * whose "القاضي" reading looks back at `g`) are tokenized again, from a window around them; they stand in the array
 * for the call and the paragraph's own are put back after it. A paragraph of thousands of "ووفقا لـX" costs linear
 * time, where tokenizing the whole paragraph again for each was quadratic. When the window's words do not line up
 * with the paragraph's (the change made or unmade a word), the whole text is tokenized again. The paragraph's other
 * tokens are read as they are, their `memo` kept: no reading of theirs reaches the changed character.
 */
export function withChangedTokens<T>(tokens: readonly Token[], changed: string, g: number, read: (tokens: readonly Token[]) => T): T {
  const at = tokens[g]!.start;
  let lo = Math.max(0, g - 1);
  while (lo > 0 && tokens[lo - 1]!.end + WORD_LOOKAHEAD >= at) lo--;
  const hi = Math.min(tokens.length - 1, g + RULING_REACH);
  // the window: the words a retokenized word's reading looks at (RULING_REACH before, one after) around them
  const first = Math.max(0, lo - RULING_REACH);
  const last = Math.min(tokens.length - 1, hi + 1);
  const offset = tokens[first]!.start;
  const window = tokenize(changed.slice(offset, last + 1 < tokens.length ? tokens[last + 1]!.start : changed.length));
  if (window.length !== last - first + 1 || window.some((t, k) => k + first !== g && t.start + offset !== tokens[k + first]!.start)) return read(tokenize(changed));
  const own = tokens.slice(lo, hi + 1);
  const array = tokens as Token[];
  for (let k = lo; k <= hi; k++) {
    const t = window[k - first]!;
    t.start += offset;
    t.end += offset;
    array[k] = t;
  }
  try {
    return read(array);
  } finally {
    for (let k = lo; k <= hi; k++) array[k] = own[k - lo]!;
  }
}

/** Index of the first token that starts at or after a verbatim offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

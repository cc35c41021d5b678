// Cost growth: hunts inputs on which the text path's time grows faster than its length (a quadratic path is a hang
// on a big enough page). Each trial builds one input at growing sizes, each four times the last, from real
// articles (../shared/corpus/text, or the bundled fixtures when it is absent), and times each:
//   - "repeat": one random phrase of an article repeated (500, 2,000 and 8,000 times) with a random separator, in place;
//   - "soup": random runs of one to six words from the articles (8,000, 32,000 and 128,000 words), with random marks between.
// A trial whose time grows more than GROWTH_LIMIT times from 1x to 4x (taking over MIN_MS) and more than CONFIRM_LIMIT
// times from 4x to 16x (each size at its best of two runs) is printed with what rebuilds it, and so is any error other than
// ArticleParseError. usage: npm run bench:growth [-- --seed N --trials N] (one trial again: -- --seed S --trial T)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SEED = option('seed', 1);
const TRIALS = option('trials', 100);
/** One trial alone, as a flagged one is printed: `--seed S --trial T`. */
const ONLY = option('trial', -1);
/** Linear cost grows 4x with a 4x input; quadratic, 16x. */
const GROWTH_LIMIT = 8;
/** From 4x to 16x (linear 4x, quadratic 16x): kept clear of the 2x a busy machine can add to one timing. */
const CONFIRM_LIMIT = 10;
/** Below this the two timings are too short to compare. */
const MIN_MS = 200;

const corpus = new URL('../../shared/corpus/text/', import.meta.url).pathname;
const dir = existsSync(corpus) ? corpus : new URL('../fixtures/text/', import.meta.url).pathname;
if (dir !== corpus) console.warn(`../shared/corpus/text not found: using the bundled fixtures (${dir})`);
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const wordsOf = articles.map((a) => a.text.split(/\s+/u).filter(Boolean));

let state = 0;
/** A seeded generator (mulberry32-like mixing); each trial starts from its seed and number, so it rebuilds alone. */
function random() {
  state = (Math.imul(state ^ (state >>> 15), 2246822519) + 0x9e3779b9) | 0;
  return (state >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const SEPARATORS = [' ', '، ', '. ', '\n', '\n\n', ' و', ' «', '» ', ': ', ' - ', '" ', ' "'];
const MARKS = ['«', '»', '"', ':', '،', '.', '(', ')', '“', '”', '\n', '\n\n', ' - ', ' | '];

function repeatTrial() {
  const i = Math.floor(random() * articles.length);
  const words = wordsOf[i];
  const at = Math.floor(random() * Math.max(1, words.length - 8));
  const phrase = words.slice(at, at + 1 + Math.floor(random() * 8)).join(' ');
  const separator = pick(SEPARATORS);
  const text = articles[i].text;
  const cut = text.indexOf(phrase);
  const build = (n) => text.slice(0, cut) + Array(n).fill(phrase).join(separator) + text.slice(cut + phrase.length);
  return { what: `repeat ${JSON.stringify(phrase)} joined by ${JSON.stringify(separator)} in ${articles[i].name}`, build, base: 500 };
}

function soupTrial() {
  const markShare = pick([0, 0.05, 0.2, 0.5]);
  const from = random() < 0.5 ? Math.floor(random() * articles.length) : -1;
  const start = state;
  const build = (n) => {
    state = start;
    const out = [];
    for (let w = 0; w < n; ) {
      const words = from >= 0 ? wordsOf[from] : pick(wordsOf);
      const at = Math.floor(random() * Math.max(1, words.length - 6));
      const length = 1 + Math.floor(random() * 6);
      out.push(words.slice(at, at + length).join(' '));
      w += length;
      if (random() < markShare) out.push(pick(MARKS));
    }
    return out.join(' ');
  };
  return { what: `soup of ${from >= 0 ? articles[from].name : 'all articles'}, marks ${markShare}`, build, base: 8000 };
}

function time(text) {
  const t0 = performance.now();
  try {
    parseArticle(text);
  } catch (error) {
    if (error?.name !== 'ArticleParseError') return { ms: performance.now() - t0, error };
  }
  return { ms: performance.now() - t0, error: null };
}

// (one pass over the articles first: a trial's first parse would pay for compiling the parser)
for (const { text } of articles) time(text);
let flagged = 0;
let trials = 0;
const started = performance.now();
for (let trial = ONLY >= 0 ? ONLY : 0; trial < (ONLY >= 0 ? ONLY + 1 : TRIALS); trial++) {
  state = (Math.imul(SEED, 0x9e3779b1) ^ Math.imul(trial + 1, 0x85ebca6b)) | 0;
  trials++;
  const { what, build, base } = trial % 2 === 0 ? repeatTrial() : soupTrial();
  const small = build(base);
  // (the small input twice, the faster kept: a first run pays for compiling what the input reaches first)
  const a = [time(small), time(small)].reduce((x, y) => (y.error !== null || y.ms < x.ms ? y : x));
  const medium = build(4 * base);
  let b = time(medium);
  // (growth past the limit is checked again from 4x to 16x the input, each timed twice, the faster kept: a reader that
  // switches to an index past a count, as several do, grows faster than the input only until it switches, and a busy
  // machine slows single runs)
  let c = null;
  if (a.error === null && b.error === null && b.ms / Math.max(a.ms, 1) > GROWTH_LIMIT && b.ms > MIN_MS) {
    b = [b, time(medium)].reduce((x, y) => (y.error !== null || y.ms < x.ms ? y : x));
    const large = build(16 * base);
    c = [time(large), time(large)].reduce((x, y) => (y.error !== null || y.ms < x.ms ? y : x));
  }
  const error = a.error ?? b.error ?? c?.error ?? null;
  if (error !== null) {
    flagged++;
    console.log(`trial ${trial}: ERROR ${String(error).slice(0, 200)}\n  ${what} (--seed ${SEED} --trial ${trial})`);
  } else if (c !== null && c.ms / b.ms > CONFIRM_LIMIT) {
    flagged++;
    console.log(`trial ${trial}: ${a.ms.toFixed(0)} ms, ${b.ms.toFixed(0)} ms and ${c.ms.toFixed(0)} ms for 1x, 4x and 16x the input\n  ${what} (--seed ${SEED} --trial ${trial})`);
  }
}
console.log(`${trials} trials (seed ${SEED}) in ${((performance.now() - started) / 1000).toFixed(0)} s: ${flagged} flagged (growth over ${GROWTH_LIMIT}x, then ${CONFIRM_LIMIT}x, or an error other than ArticleParseError)`);

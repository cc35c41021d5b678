// Text-path speed: MB/s of parseArticle over the dev evaluation set (../shared/eval/dev, or the bundled
// fixtures when it is absent), against a one-pass regex floor over the same articles (split lines, find quote
// marks, find speech verbs). usage: npm run bench
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { parseArticle } from '../dist/index.js';

const shared = new URL('../../shared/eval/dev/', import.meta.url).pathname;
const dir = existsSync(shared) ? shared : new URL('../fixtures/text/', import.meta.url).pathname;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const QUOTE_MARKS = /[«»“”"]/g;
const SPEECH_VERBS = /(?:^|\s)[وف]?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|تابع|أوضح|أشار|أعلن|قائلا)(?=\s|:|$)/gu;
function floor(text) {
  let n = 0;
  for (const line of text.split('\n')) {
    n += (line.match(QUOTE_MARKS)?.length ?? 0) + (line.match(SPEECH_VERBS)?.length ?? 0);
  }
  return n;
}

const bench = new Bench({ time: 3000, warmupTime: 500 });
bench.add('parseArticle (text path)', () => { for (const t of texts) parseArticle(t); });
bench.add('regex floor (lines + marks + verbs)', () => { for (const t of texts) floor(t); });
await bench.run();
const rows = bench.tasks.map((t) => {
  const mean = t.result.latency?.p50 ?? t.result.latency?.mean ?? t.result.mean;
  return { task: t.name, 'ms per pass': mean.toFixed(2), 'MB/s': (bytes / 1e6 / (mean / 1000)).toFixed(1) };
});
console.log(`${texts.length} articles, ${(bytes / 1e3).toFixed(0)} kB, from ${dir}`);
console.table(rows);
const ratio = Number(rows[1]['MB/s']) / Number(rows[0]['MB/s']);
console.log(`parseArticle runs at 1/${ratio.toFixed(1)} of the regex floor (goal: within 15x)`);

// The same ratio from interleaved passes: this machine's speed drifts while tinybench runs one task after the other,
// so each parser pass is timed next to floor passes of the same moment, and the median of those ratios is given with
// its middle half.
const ratios = [];
for (let k = 0; k < 60; k++) {
  let t0 = performance.now();
  for (const t of texts) parseArticle(t);
  const parser = performance.now() - t0;
  t0 = performance.now();
  for (let r = 0; r < 20; r++) for (const t of texts) floor(t);
  ratios.push(parser / ((performance.now() - t0) / 20));
}
ratios.sort((a, b) => a - b);
const at = (q) => ratios[Math.floor(q * (ratios.length - 1))].toFixed(1);
console.log(`interleaved passes: parseArticle takes ${at(0.5)}x the floor's time (middle half ${at(0.25)}–${at(0.75)}x; goal: within 15x)`);

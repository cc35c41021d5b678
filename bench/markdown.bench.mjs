// Markdown input: what reading Markdown costs over reading the same article as text. Each dev article (or bundled
// fixture when ../shared is absent) is written as a crawler writes Markdown: a menu of links, the first line as a
// "# " heading, every paragraph wrapped at 72 columns with a blank line after it, and a list of related links at the
// foot. usage: npm run bench:markdown
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { parseArticle } from '../dist/index.js';

const shared = new URL('../../shared/eval/dev/', import.meta.url).pathname;
const dir = existsSync(shared) ? shared : new URL('../fixtures/text/', import.meta.url).pathname;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));

/** Wraps a paragraph at 72 columns, as html2text and pandoc do. */
function wrap(paragraph) {
  const lines = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > 72) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

const markdown = texts.map((t) => {
  const [first, ...rest] = t.split('\n').filter((l) => l.trim() !== '');
  return [
    '*   [الرئيسية](https://example.com/)',
    '*   [أخبار](https://example.com/news)',
    '',
    `# ${first}`,
    '',
    ...rest.flatMap((l) => [wrap(l), '']),
    '## اقرأ أيضا',
    '',
    '*   [خبر ذو صلة](https://example.com/1)',
  ].join('\n');
});
const bytes = markdown.reduce((n, t) => n + Buffer.byteLength(t), 0);

const bench = new Bench({ time: 3000, warmupTime: 500 });
bench.add('parseArticle (Markdown)', () => { for (const m of markdown) parseArticle(m); });
bench.add('parseArticle (the same articles as text)', () => { for (const t of texts) parseArticle(t); });
await bench.run();
const rows = bench.tasks.map((t) => {
  const mean = t.result.latency?.p50 ?? t.result.latency?.mean ?? t.result.mean;
  return { task: t.name, 'ms per pass': mean.toFixed(2) };
});
console.log(`${markdown.length} articles, ${(bytes / 1e3).toFixed(0)} kB of Markdown, from ${dir}`);
console.table(rows);

// interleaved passes, as in the text bench: the median ratio of Markdown to text passes timed side by side
const ratios = [];
for (let pass = 0; pass < 40; pass++) {
  let t0 = performance.now();
  for (const m of markdown) parseArticle(m);
  const md = performance.now() - t0;
  t0 = performance.now();
  for (const t of texts) parseArticle(t);
  ratios.push(md / (performance.now() - t0));
}
ratios.sort((a, b) => a - b);
const at = (q) => ratios[Math.floor(q * (ratios.length - 1))];
console.log(`Markdown costs ${at(0.5).toFixed(2)}x the text path (middle half ${at(0.25).toFixed(2)}–${at(0.75).toFixed(2)}x, 40 interleaved passes)`);

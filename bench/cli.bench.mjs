// CLI throughput per job count and peak memory on a generated NDJSON stream of at least 100 MB.
// usage: npm run bench:cli [-- MB]   (default 100)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const megabytes = Number(process.argv[2] ?? 100);
const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const texts = readdirSync(join(root, 'fixtures', 'text')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'fixtures', 'text', f), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'anp-cli-bench-'));
const file = join(scratch, 'stream.ndjson');
// The generated streams are large (100 MB and its two halves): removed however the bench ends.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const out = createWriteStream(file);
let written = 0;
let records = 0;
while (written < megabytes * 1e6) {
  const line = JSON.stringify({ id: `r${records}`, url: `https://example.com/${records}`, text: texts[records % texts.length] }) + '\n';
  if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  written += Buffer.byteLength(line);
  records++;
}
await new Promise((r) => out.end(r));
const size = statSync(file).size;
console.log(`stream: ${records} records, ${(size / 1e6).toFixed(1)} MB (${file})`);

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const RUNS = Number(process.env.RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const jobsList = [...new Set([1, 2, availableParallelism()])];
for (const jobs of jobsList) {
  const seconds = [];
  const peaks = [];
  let exit = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const args = ['-c', `${timeBin ? `${timeBin} -f %M ` : ''}node "${cli}" --quiet --jobs ${jobs} "${file}" > /dev/null`];
    const r = spawnSync('bash', args, { encoding: 'utf8' });
    seconds.push((performance.now() - started) / 1000);
    if (timeBin) peaks.push(Number(r.stderr.trim().split('\n').pop()) / 1024);
    exit = Math.max(exit, r.status ?? 2);
  }
  const secs = median(seconds);
  rows.push({
    jobs,
    'seconds (median)': secs.toFixed(1),
    'seconds (range)': `${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)}`,
    'records/s': (records / secs).toFixed(0),
    'MB/s': (size / 1e6 / secs).toFixed(2),
    'peak RSS MB (max)': peaks.length ? Math.max(...peaks).toFixed(0) : 'n/a',
    exit,
  });
}
// The machine's own ceiling for two-way parallelism: two independent one-job processes, each on half the
// stream, at the same time (no shared heap, no messages).
{
  const lines = readFileSync(file, 'utf8').split('\n');
  const half = Math.ceil(lines.length / 2);
  const a = `${file}.a.ndjson`;
  const b = `${file}.b.ndjson`;
  writeFileSync(a, lines.slice(0, half).join('\n'));
  writeFileSync(b, lines.slice(half).join('\n'));
  const seconds = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    spawnSync('bash', ['-c', `node "${cli}" --quiet --jobs 1 "${a}" > /dev/null & node "${cli}" --quiet --jobs 1 "${b}" > /dev/null; wait`]);
    seconds.push((performance.now() - started) / 1000);
  }
  const secs = median(seconds);
  rows.push({ jobs: '2 processes, half each (ceiling)', 'seconds (median)': secs.toFixed(1), 'seconds (range)': `${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)}`, 'records/s': (records / secs).toFixed(0), 'MB/s': (size / 1e6 / secs).toFixed(2), 'peak RSS MB (max)': 'n/a', exit: 0 });
}
console.log(`${RUNS} runs per job count`);
console.table(rows);
if (rows.length > 1) {
  const one = Number(rows[0]['seconds (median)']);
  const ratio = one / Number(rows[1]['seconds (median)']);
  const ceiling = one / Number(rows[rows.length - 1]['seconds (median)']);
  console.log(`speed-up with 2 jobs: ${ratio.toFixed(2)}x (goal >= 1.7x on 2 cores; two independent processes reach ${ceiling.toFixed(2)}x here); peak RSS goal <= 200 MB`);
}

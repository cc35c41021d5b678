// CLI throughput per job count and peak memory on a generated NDJSON stream of at least 100 MB.
// usage: npm run bench:cli [-- MB]   (default 100)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const megabytes = Number(process.argv[2] ?? 100);
const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const texts = readdirSync(join(root, 'fixtures', 'text')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'fixtures', 'text', f), 'utf8'));
const file = join(mkdtempSync(join(tmpdir(), 'anp-cli-bench-')), 'stream.ndjson');

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
const rows = [];
const jobsList = [...new Set([1, 2, availableParallelism()])];
for (const jobs of jobsList) {
  const started = performance.now();
  const args = ['-c', `${timeBin ? `${timeBin} -f %M ` : ''}node "${cli}" --quiet --jobs ${jobs} "${file}" > /dev/null`];
  const r = spawnSync('bash', args, { encoding: 'utf8' });
  const secs = (performance.now() - started) / 1000;
  const peakKb = timeBin ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  rows.push({ jobs, seconds: secs.toFixed(1), 'records/s': (records / secs).toFixed(0), 'MB/s': (size / 1e6 / secs).toFixed(2), 'peak RSS MB': Number.isFinite(peakKb) ? (peakKb / 1024).toFixed(0) : 'n/a', exit: r.status });
}
console.table(rows);
if (rows.length > 1) console.log(`speed-up with 2 jobs: ${(Number(rows[0].seconds) / Number(rows[1].seconds)).toFixed(2)}x (goal >= 1.7x on 2 cores)`);

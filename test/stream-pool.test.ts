/** The ordered worker pool: same bytes as one thread, and no record lost when a worker dies. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Batch, BatchOutput } from '../src/stream/batch.js';
import { lineBatches } from '../src/stream/lines.js';
import { parseOrdered } from '../src/stream/pool.js';

const root = resolve(import.meta.dirname, '..');
const fixture = (name: string): string => readFileSync(join(root, 'fixtures', 'text', `${name}.txt`), 'utf8');

async function* batchesOf(text: string): AsyncGenerator<Batch> {
  let seq = 0;
  async function* one(): AsyncGenerator<Uint8Array> {
    yield new TextEncoder().encode(text);
  }
  for await (const lines of lineBatches(one(), 1, 4, 1 << 20)) yield { seq: seq++, lines };
}

async function output(text: string, jobs: number, workerUrl: URL): Promise<string> {
  const parts: BatchOutput[] = [];
  for await (const out of parseOrdered(batchesOf(text), jobs, workerUrl)) parts.push(out);
  return parts.map((p) => new TextDecoder().decode(p.bytes)).join('');
}

describe('parseOrdered', () => {
  const stream = Array.from({ length: 30 }, (_, i) => (i % 7 === 3 ? 'not json' : JSON.stringify({ id: i, text: fixture(i % 2 ? 'okaz-style-traffic' : 'sabq-style-health') }))).join('\n');

  it('parses batches whose worker dies on the calling thread, in order, and keeps going', async () => {
    // a worker that exits as soon as it is given work: every batch sent to it must come back parsed anyway
    const dir = mkdtempSync(join(tmpdir(), 'anp-pool-'));
    const crashing = join(dir, 'crashing-worker.mjs');
    const deaths = join(dir, 'deaths.log');
    writeFileSync(deaths, '');
    writeFileSync(
      crashing,
      `import { appendFileSync } from 'node:fs';\nimport { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { appendFileSync(${JSON.stringify(deaths)}, 'x'); process.exit(1); });\n`,
    );
    const inline = await output(stream, 1, new URL('file:///unused'));
    const recovered = await output(stream, 2, pathToFileURL(crashing));
    expect(recovered).toBe(inline);
    expect(readFileSync(deaths, 'utf8').length).toBeGreaterThan(0);
    rmSync(dir, { recursive: true, force: true });
    expect(inline.trim().split('\n')).toHaveLength(30);
    expect(inline.split('\n').filter((l) => l.includes('"invalid-json"'))).toHaveLength(4);
  });
});

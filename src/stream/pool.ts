import { Worker } from 'node:worker_threads';
import { parseRecordLine, parseRecordObject, type StreamOptions } from './records.js';

/** One input item: an NDJSON line, or a whole-file article already wrapped as a record object. */
export interface Item {
  line: number;
  raw?: string;
  object?: Record<string, unknown>;
}

export interface Batch {
  seq: number;
  items: Item[];
}

export interface BatchResult {
  seq: number;
  lines: string[];
}

const BATCH_ITEMS = 16;
const BATCH_CHARS = 1 << 18;
/** A worker's young generation is capped so that memory stays flat however long the stream. */
const WORKER_YOUNG_MB = 16;
const IN_FLIGHT_PER_JOB = 2;

function itemSize(item: Item): number {
  return item.raw?.length ?? String(item.object?.text ?? item.object?.html ?? '').length;
}

function parseItem(item: Item, options: StreamOptions): string | null {
  const record = item.raw !== undefined ? parseRecordLine(item.raw, item.line, options) : parseRecordObject(item.object!, item.line, options);
  return record === null ? null : JSON.stringify(record);
}

/** Groups items into batches of bounded count and size, keeping their order. */
async function* batches(items: AsyncIterable<Item>): AsyncGenerator<Batch> {
  let seq = 0;
  let current: Item[] = [];
  let size = 0;
  for await (const item of items) {
    current.push(item);
    size += itemSize(item);
    if (current.length >= BATCH_ITEMS || size >= BATCH_CHARS) {
      yield { seq: seq++, items: current };
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) yield { seq: seq++, items: current };
}

/** Parses a batch on the calling thread. */
function parseBatch(batch: Batch, options: StreamOptions): BatchResult {
  const lines: string[] = [];
  for (const item of batch.items) {
    const line = parseItem(item, options);
    if (line !== null) lines.push(line);
  }
  return { seq: batch.seq, lines };
}

/**
 * A worker thread with a promise per batch, answered in the order sent. If the worker dies (out of memory on a
 * huge article, say), its pending batches are parsed on the calling thread and a fresh worker takes over:
 * no record is lost and nothing is reordered.
 */
class Lane {
  private worker: Worker;
  private readonly waiting = new Map<number, { batch: Batch; resolve: (r: BatchResult) => void }>();

  constructor(
    private readonly url: URL,
    private readonly options: StreamOptions,
  ) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(this.url, { workerData: this.options, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on('message', (r: BatchResult) => {
      this.waiting.get(r.seq)?.resolve(r);
      this.waiting.delete(r.seq);
    });
    worker.on('error', () => this.recover(worker));
    worker.on('exit', (code) => {
      if (code !== 0) this.recover(worker);
    });
    return worker;
  }

  private recover(dead: Worker): void {
    if (dead !== this.worker) return;
    for (const { batch, resolve } of this.waiting.values()) resolve(parseBatch(batch, this.options));
    this.waiting.clear();
    this.worker = this.spawn();
  }

  run(batch: Batch): Promise<BatchResult> {
    return new Promise((resolve) => {
      this.waiting.set(batch.seq, { batch, resolve });
      this.worker.postMessage(batch);
    });
  }

  close(): Promise<number> {
    const worker = this.worker;
    worker.removeAllListeners('exit');
    worker.removeAllListeners('error');
    return worker.terminate();
  }
}

/** The calling thread as one more lane: it parses its batches itself while the workers parse theirs. */
class InlineLane {
  constructor(private readonly options: StreamOptions) {}

  run(batch: Batch): Promise<BatchResult> {
    return Promise.resolve(parseBatch(batch, this.options));
  }

  close(): Promise<number> {
    return Promise.resolve(0);
  }
}

/**
 * Parses items on `jobs` threads — the calling one and `jobs - 1` workers — and yields output lines in input
 * order. Memory stays bounded: at most `jobs * 3` batches are in flight. With `jobs <= 1` it runs inline.
 */
export async function* parseOrdered(items: AsyncIterable<Item>, jobs: number, workerUrl: URL, options: StreamOptions = {}): AsyncGenerator<string> {
  if (jobs <= 1) {
    for await (const item of items) {
      const line = parseItem(item, options);
      if (line !== null) yield line;
    }
    return;
  }
  const workers = Array.from({ length: jobs - 1 }, () => new Lane(workerUrl, options));
  // The calling thread also reads, writes and orders every record, so it takes a smaller share of parsing:
  // each worker gets two batches for every one it keeps.
  const lanes: Array<Lane | InlineLane> = [...workers, ...workers, new InlineLane(options)];
  const inFlight: Array<Promise<BatchResult>> = [];
  const maxInFlight = jobs * IN_FLIGHT_PER_JOB;
  try {
    for await (const batch of batches(items)) {
      inFlight.push(lanes[batch.seq % lanes.length]!.run(batch));
      if (inFlight.length >= maxInFlight) yield* (await inFlight.shift()!).lines;
    }
    while (inFlight.length > 0) yield* (await inFlight.shift()!).lines;
  } finally {
    await Promise.all(workers.map((l) => l.close()));
  }
}

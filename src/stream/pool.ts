import { Worker } from 'node:worker_threads';
import { parseBatch, type Batch, type BatchOptions, type BatchOutput } from './batch.js';

/** Batches a worker holds before the calling thread parses the next one itself rather than wait. */
const WORKER_QUEUE = 3;
/**
 * Batches between reading and writing, per job: bounds memory however long the stream (a batch is at most
 * 32 lines or 256 kB), while leaving the calling thread room to parse ahead when a worker is slow.
 */
const IN_FLIGHT_PER_JOB = 8;
/** A worker's young generation is capped so that memory stays flat (32 MB: 16 MB spent a tenth of the time in GC). */
const WORKER_YOUNG_MB = 32;

/**
 * A worker thread with a promise per batch, answered in the order sent. If the worker dies (out of memory on a
 * huge article, say), its pending batches are parsed on the calling thread and a fresh worker takes over:
 * no record is lost and nothing is reordered.
 */
class Lane {
  private worker: Worker;
  private readonly waiting = new Map<number, { batch: Batch; resolve: (r: BatchOutput) => void }>();

  constructor(
    private readonly url: URL,
    private readonly options: BatchOptions,
  ) {
    this.worker = this.spawn();
  }

  /** Batches sent and not answered yet. */
  get queued(): number {
    return this.waiting.size;
  }

  private spawn(): Worker {
    const worker = new Worker(this.url, { workerData: this.options, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on('message', (r: BatchOutput) => {
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

  run(batch: Batch): Promise<BatchOutput> {
    return new Promise((resolve) => {
      this.waiting.set(batch.seq, { batch, resolve });
      // copied, not transferred: if the worker dies, the batch is parsed here from this copy
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

/**
 * Parses batches on `jobs` threads and yields their outputs in input order. With `jobs <= 1` everything runs
 * on the calling thread. Otherwise `jobs - 1` workers parse, and the calling thread reads, hands each batch
 * to the least busy worker, writes, and parses a batch itself whenever every worker's queue is full — so it
 * never waits while there is work. At most `jobs * IN_FLIGHT_PER_JOB` batches are between reading and
 * writing.
 */
export async function* parseOrdered(batches: AsyncIterable<Batch>, jobs: number, workerUrl: URL, options: BatchOptions = {}): AsyncGenerator<BatchOutput> {
  if (jobs <= 1) {
    for await (const batch of batches) yield parseBatch(batch, options);
    return;
  }
  const workers = Array.from({ length: jobs - 1 }, () => new Lane(workerUrl, options));
  const inFlight: Array<Promise<BatchOutput> | BatchOutput> = [];
  const maxInFlight = jobs * IN_FLIGHT_PER_JOB;
  const dispatch = (batch: Batch): Promise<BatchOutput> | BatchOutput => {
    let best = workers[0]!;
    for (const w of workers) if (w.queued < best.queued) best = w;
    return best.queued >= WORKER_QUEUE ? parseBatch(batch, options) : best.run(batch);
  };
  try {
    for await (const batch of batches) {
      inFlight.push(dispatch(batch));
      while (inFlight.length >= maxInFlight) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    await Promise.all(workers.map((l) => l.close()));
  }
}

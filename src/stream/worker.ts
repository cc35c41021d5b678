import { parentPort, workerData } from 'node:worker_threads';
import { parseRecordLine, parseRecordObject, type StreamOptions } from './records.js';
import type { Batch, BatchResult } from './pool.js';

/** Worker thread: parses batches of input items and answers with their NDJSON output lines, in order. */
const options = (workerData ?? {}) as StreamOptions;
parentPort?.on('message', (batch: Batch) => {
  const lines: string[] = [];
  for (const item of batch.items) {
    const record = item.raw !== undefined ? parseRecordLine(item.raw, item.line, options) : parseRecordObject(item.object!, item.line, options);
    if (record !== null) lines.push(JSON.stringify(record));
  }
  const result: BatchResult = { seq: batch.seq, lines };
  parentPort!.postMessage(result);
});

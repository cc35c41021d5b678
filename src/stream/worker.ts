import { parentPort, workerData } from 'node:worker_threads';
import { parseBatch, type Batch, type BatchOptions } from './batch.js';

/** Worker thread: parses batches and answers with their output bytes (transferred, not copied). */
const options = (workerData ?? {}) as BatchOptions;
parentPort?.on('message', (batch: Batch) => {
  const output = parseBatch(batch, options);
  parentPort!.postMessage(output, [output.bytes.buffer as ArrayBuffer]);
});

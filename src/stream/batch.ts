import type { LineBatch } from './lines.js';
import { parseRecordLine, parseRecordObject, type StreamOptions, type StreamRecord } from './records.js';

/** Work for one thread: a run of NDJSON lines as bytes, or one whole-file article. */
export type Batch = { seq: number; lines: LineBatch } | { seq: number; line: number; object: Record<string, unknown> };

/** A batch's output: its NDJSON lines as UTF-8 bytes, with counts for the progress line and the exit code. */
export interface BatchOutput {
  seq: number;
  bytes: Uint8Array;
  records: number;
  failed: number;
  /** Size of the batch's input (UTF-8 bytes of its lines, or UTF-16 units of a whole-file article). */
  inputSize: number;
}

export interface BatchOptions extends StreamOptions {
  /** Indent the JSON (for reading, not for pipelines). */
  pretty?: boolean;
}

// ignoreBOM keeps a byte-order mark in the line (it is not JSON), as a line reader would
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
const ENCODER = new TextEncoder();

function format(record: StreamRecord, options: BatchOptions): string {
  return options.pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record);
}

/** Parses a batch: decodes its lines, parses each record, encodes the output lines. Never throws. */
export function parseBatch(batch: Batch, options: BatchOptions): BatchOutput {
  let out = '';
  let records = 0;
  let failed = 0;
  const emit = (record: StreamRecord | null): void => {
    if (record === null) return;
    out += format(record, options) + '\n';
    records++;
    if (!record.ok) failed++;
  };
  let inputSize: number;
  if ('lines' in batch) {
    const { firstLine, count, bytes } = batch.lines;
    inputSize = bytes.length;
    const lines = DECODER.decode(bytes).split('\n');
    for (let i = 0; i < count; i++) emit(parseRecordLine(lines[i]!, firstLine + i, options));
  } else {
    inputSize = String(batch.object.text ?? batch.object.html ?? '').length;
    emit(parseRecordObject(batch.object, batch.line, options));
  }
  return { seq: batch.seq, bytes: ENCODER.encode(out), records, failed, inputSize };
}

/**
 * NDJSON input as bytes: lines are cut at LF, CRLF or a lone CR without decoding anything, and grouped into
 * batches whose bytes go to a worker in one transferable buffer. UTF-8 never has 0x0A or 0x0D inside a
 * multi-byte character, so a line cut on bytes is a whole line of text.
 */

const LF = 0x0a;
const CR = 0x0d;

/** A run of whole input lines: their bytes joined with "\n", and the number of the first line. */
export interface LineBatch {
  firstLine: number;
  /** Number of lines in `bytes`. */
  count: number;
  bytes: Uint8Array;
}

/** Index of the next line break (LF or CR) at or after `from`, or -1. */
function nextBreak(chunk: Uint8Array, from: number): number {
  const lf = chunk.indexOf(LF, from);
  const cr = chunk.indexOf(CR, from);
  if (cr < 0) return lf;
  if (lf < 0) return cr;
  return Math.min(lf, cr);
}

/** Builds batches of at most `maxLines` lines or about `maxBytes` bytes from line byte ranges. */
class BatchBuilder {
  private parts: Uint8Array[] = [];
  private bytes = 0;
  private count = 0;
  private first: number;

  constructor(
    firstLine: number,
    private readonly maxLines: number,
    private readonly maxBytes: number,
  ) {
    this.first = firstLine;
  }

  /** Adds one line (without its break); returns a full batch when one is ready. */
  add(line: Uint8Array): LineBatch | null {
    this.parts.push(line);
    this.bytes += line.length + 1;
    this.count++;
    return this.count >= this.maxLines || this.bytes >= this.maxBytes ? this.take() : null;
  }

  take(): LineBatch | null {
    if (this.count === 0) return null;
    const bytes = new Uint8Array(this.bytes);
    let at = 0;
    for (const p of this.parts) {
      bytes.set(p, at);
      at += p.length;
      bytes[at++] = LF;
    }
    const batch: LineBatch = { firstLine: this.first, count: this.count, bytes };
    this.first += this.count;
    this.parts = [];
    this.bytes = 0;
    this.count = 0;
    return batch;
  }
}

/**
 * Cuts a byte stream into batches of whole lines. A CRLF pair is one break; a CR alone is a break too (as
 * Node's readline reads it). The last line needs no break. `firstLine` numbers the first line.
 */
export async function* lineBatches(
  chunks: AsyncIterable<Uint8Array>,
  firstLine: number,
  maxLines: number,
  maxBytes: number,
): AsyncGenerator<LineBatch> {
  const builder = new BatchBuilder(firstLine, maxLines, maxBytes);
  // the pieces of a line that runs over chunk ends, joined once when the line ends (linear however long)
  let carry: Uint8Array[] = [];
  // a CR ended the previous chunk: an LF starting this one belongs to it
  let afterCr = false;
  for await (const raw of chunks) {
    const chunk: Uint8Array = raw;
    if (chunk.length === 0) continue;
    let start = 0;
    if (afterCr && chunk[0] === LF) start = 1;
    afterCr = false;
    for (let at = nextBreak(chunk, start); at >= 0; at = nextBreak(chunk, start)) {
      let line = chunk.subarray(start, at);
      if (carry.length > 0) {
        line = join([...carry, line]);
        carry = [];
      }
      const full = builder.add(line);
      if (full) yield full;
      if (chunk[at] === CR) {
        if (at + 1 < chunk.length) start = chunk[at + 1] === LF ? at + 2 : at + 1;
        else {
          start = at + 1;
          afterCr = true;
        }
      } else start = at + 1;
    }
    if (start < chunk.length) carry.push(chunk.slice(start));
  }
  if (carry.length > 0) {
    const full = builder.add(join(carry));
    if (full) yield full;
  }
  const last = builder.take();
  if (last) yield last;
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

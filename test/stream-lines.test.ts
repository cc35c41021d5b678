/** The CLI's byte-level line reader: lines cut on bytes, whatever the chunking, numbered, batched. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBatch } from '../src/stream/batch.js';
import { lineBatches, type LineBatch } from '../src/stream/lines.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function* chunked(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

async function collect(text: string, cuts: number[] = [], maxLines = 1000, maxBytes = 1 << 20, firstLine = 1): Promise<LineBatch[]> {
  const out: LineBatch[] = [];
  for await (const b of lineBatches(chunked(encoder.encode(text), cuts), firstLine, maxLines, maxBytes)) out.push(b);
  return out;
}

const linesOf = (batches: LineBatch[]): string[] => batches.flatMap((b) => decoder.decode(b.bytes).split('\n').slice(0, b.count));

describe('lineBatches', () => {
  it('cuts at LF, CRLF and a lone CR, and keeps a last line without a break', async () => {
    expect(linesOf(await collect('أ\nب\r\nج\rد'))).toEqual(['أ', 'ب', 'ج', 'د']);
    expect(linesOf(await collect('one\n\ntwo\n'))).toEqual(['one', '', 'two']);
    expect(await collect('')).toEqual([]);
  });

  it('keeps a CRLF pair whole when a chunk ends between CR and LF', async () => {
    const text = 'سطر\r\nآخر\r\n';
    const cut = encoder.encode('سطر\r').length;
    expect(linesOf(await collect(text, [cut]))).toEqual(['سطر', 'آخر']);
  });

  it('keeps a CRLF pair whole across an empty chunk', async () => {
    async function* parts(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('أ\r');
      yield new Uint8Array(0);
      yield encoder.encode('\nب');
    }
    const out: LineBatch[] = [];
    for await (const b of lineBatches(parts(), 1, 100, 1 << 20)) out.push(b);
    expect(linesOf(out)).toEqual(['أ', 'ب']);
  });

  it('keeps a multi-byte letter whole when a chunk boundary falls inside it', async () => {
    const text = 'قال الوزير\nإن الاتفاق قريب\n';
    const bytes = encoder.encode(text);
    for (let cut = 1; cut < bytes.length; cut++) expect(linesOf(await collect(text, [cut]))).toEqual(['قال الوزير', 'إن الاتفاق قريب']);
  });

  it('joins a line that runs over thousands of chunks in linear time (32 MB line, 16 kB chunks)', async () => {
    const size = 32 << 20;
    const piece = new Uint8Array(16 << 10).fill(0x61);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let sent = 0; sent < size; sent += piece.length) yield piece;
      yield encoder.encode('\nb');
    }
    const out: LineBatch[] = [];
    for await (const b of lineBatches(chunks(), 1, 100, 1 << 20)) out.push(b);
    // the long line fills a batch by itself (over maxBytes); "b" starts the next
    expect(out.map((b) => [b.firstLine, b.count, b.bytes.length])).toEqual([[1, 1, size + 1], [2, 1, 2]]);
    // joining piece by piece took 15 s here (quadratic); once at the line end it takes well under a second
  }, 5000);

  it('numbers lines from firstLine and starts a new batch at maxLines or maxBytes', async () => {
    const text = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n');
    const byLines = await collect(text, [], 4, 1 << 20, 7);
    expect(byLines.map((b) => [b.firstLine, b.count])).toEqual([[7, 4], [11, 4], [15, 2]]);
    const byBytes = await collect(text, [], 1000, 14);
    expect(byBytes.every((b) => b.count === 2)).toBe(true);
    expect(linesOf(byBytes)).toEqual(text.split('\n'));
  });

  it('gives the same lines as splitting the text, whatever the chunking (property)', async () => {
    const piece = fc.constantFrom('a', 'ب', 'ـ', '😀', '\n', '\r\n', '\r', ' ', '"', '{}');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(200), { maxLength: 8 }), async (pieces, cuts) => {
        const text = pieces.join('');
        const expected = text.split(/\r\n|\r|\n/u);
        if (expected[expected.length - 1] === '') expected.pop();
        expect(linesOf(await collect(text, cuts, 3, 40))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseBatch', () => {
  it('answers every non-blank line in order, skips blank ones, and counts failures', async () => {
    const text = ['{"id":"a","text":"x"}', '', 'not json', '   '].join('\n');
    const [batch] = await collect(text, [], 100, 1 << 20, 5);
    const out = parseBatch({ seq: 0, lines: batch! }, {});
    const records = decoder.decode(out.bytes).trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => [r.id, r.ok, r.error.code])).toEqual([['a', false, 'not-arabic'], [7, false, 'invalid-json']]);
    expect([out.records, out.failed, out.inputSize]).toEqual([2, 2, encoder.encode(text).length + 1]);
  });
});

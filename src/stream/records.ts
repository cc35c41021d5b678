import { ArticleParseError } from '../errors.js';
import { parseArticle } from '../parse.js';
import type { Article, ParseOptions } from '../schema.js';

/** One output record: the parsed article, or a coded error. Exactly one per non-blank input line. */
export type StreamRecord =
  | { id: string | number; ok: true; article: Article }
  | { id: string | number; ok: false; error: { code: string; message: string } };

export interface StreamOptions {
  /** Format used when a record names none: 'auto' (default), 'text', 'html' or 'markdown'. */
  format?: 'auto' | 'text' | 'html' | 'markdown';
  /** Passed on to `parseArticle`. */
  maxInputLength?: number;
  /** Line number of the first item (for shards of a larger stream). Default 1. */
  firstLine?: number;
}

const FORMATS = new Set(['auto', 'text', 'html', 'markdown']);

function failure(id: string | number, code: string, message: string): StreamRecord {
  return { id, ok: false, error: { code, message } };
}

function idOf(value: unknown, line: number): string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : line;
}

/** Parses one decoded record object into an output record. Never throws. */
export function parseRecordObject(record: Record<string, unknown>, line: number, options: StreamOptions = {}): StreamRecord {
  const id = idOf(record.id, line);
  const html = typeof record.html === 'string' ? record.html : null;
  // ("markdown": the field Firecrawl and similar crawlers name their output)
  const markdown = typeof record.markdown === 'string' ? record.markdown : null;
  const text = typeof record.text === 'string' ? record.text : null;
  const input = html ?? markdown ?? text;
  if (input === null) return failure(id, 'missing-text', 'the record has no string "text", "html" or "markdown" field');
  const requested = typeof record.format === 'string' ? record.format : undefined;
  if (requested !== undefined && !FORMATS.has(requested)) return failure(id, 'invalid-option', `unknown format "${requested}"`);
  const format = (requested ?? (html !== null ? 'html' : markdown !== null ? 'markdown' : options.format ?? 'auto')) as ParseOptions['format'];
  const parseOptions: ParseOptions = { format };
  if (options.maxInputLength !== undefined) parseOptions.maxInputLength = options.maxInputLength;
  try {
    return { id, ok: true, article: parseArticle(input, parseOptions) };
  } catch (error) {
    const e = error instanceof ArticleParseError ? error : new ArticleParseError('internal-error', String(error));
    return failure(id, e.code, e.message);
  }
}

/** Parses one NDJSON line (CRLF allowed). Returns null for a blank line. Never throws. */
export function parseRecordLine(raw: string, line: number, options: StreamOptions = {}): StreamRecord | null {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(line, 'invalid-json', `line ${line} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return failure(line, 'invalid-json', `line ${line} is not a JSON object`);
  return parseRecordObject(value as Record<string, unknown>, line, options);
}

/**
 * Parses a stream of NDJSON lines (strings) or record objects, yielding one record per non-blank item, in
 * order. Uses no `process` state: the CLI is a thin shell over it.
 */
export async function* parseStream(
  source: AsyncIterable<string | Record<string, unknown>> | Iterable<string | Record<string, unknown>>,
  options: StreamOptions = {},
): AsyncGenerator<StreamRecord> {
  let line = (options.firstLine ?? 1) - 1;
  for await (const item of source) {
    line++;
    const record = typeof item === 'string' ? parseRecordLine(item, line, options) : parseRecordObject(item, line, options);
    if (record !== null) yield record;
  }
}

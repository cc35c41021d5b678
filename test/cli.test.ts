/** The built CLI as a pipeline stage: spawned for real, fed NDJSON, read back. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const built = existsSync(cli);
if (!built) console.warn('SKIPPED: dist/cli.js is missing; run `npm run build` (npm test does it first).');

const fixture = (name: string): string => readFileSync(join(root, 'fixtures', 'text', `${name}.txt`), 'utf8');
const run = (args: string[], input = ''): { code: number | null; out: string; err: string } => {
  const r = spawnSync('node', [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const records = (out: string): Array<Record<string, any>> => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

const GOOD = [
  JSON.stringify({ id: 'cnn', text: fixture('cnn-style-gaza-talks') }),
  'this is not json',
  '',
  JSON.stringify({ id: 7, text: 'Only English words here, nothing Arabic at all in this record.' }),
  '   ',
  JSON.stringify({ url: 'https://example.com/a', text: fixture('bbc-style-drought') }),
  JSON.stringify({ id: 'no-text', url: 'x' }),
  JSON.stringify({ id: 'html', html: readFileSync(join(root, 'fixtures', 'html', 'hespress-style-page.html'), 'utf8') }),
].join('\r\n');

describe.skipIf(!built)('arabic-news-parser CLI', () => {
  it('writes one record per non-blank line, in order, with stable error codes and no stack traces', () => {
    const r = run(['--jobs', '1', '--quiet'], GOOD);
    const out = records(r.out);
    expect(out.map((o) => o.id)).toEqual(['cnn', 2, 7, 6, 'no-text', 'html']);
    expect(out.map((o) => o.ok)).toEqual([true, false, false, true, false, true]);
    expect(out.filter((o) => !o.ok).map((o) => o.error.code)).toEqual(['invalid-json', 'not-arabic', 'missing-text']);
    expect(out[0]!.article.headline).toBe('مصر وقطر تستضيفان جولة جديدة من محادثات التهدئة في غزة');
    expect(out[5]!.article.byline.authors).toEqual(['عادل بنحمزة']);
    expect(r.out).not.toMatch(/\bat .*\.js:\d+/);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
  });

  it('exits 0 with --no-fail even when records failed, keeping the failures in the output', () => {
    const r = run(['--quiet', '--no-fail'], 'not json\n');
    expect(r.code).toBe(0);
    expect(records(r.out)[0]).toMatchObject({ id: 1, ok: false, error: { code: 'invalid-json' } });
  });

  it('exits 0 when every record parses', () => {
    const r = run(['--quiet'], JSON.stringify({ text: fixture('okaz-style-traffic') }) + '\n');
    expect(r.code).toBe(0);
    expect(records(r.out)[0]).toMatchObject({ id: 1, ok: true });
  });

  it('gives the same bytes with --jobs 1 and --jobs 2', () => {
    const many = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `r${i}`, text: fixture(['cnn-style-gaza-talks', 'sabq-style-health', 'hespress-style-rain'][i % 3]!) })).join('\n');
    const one = run(['--jobs', '1', '--quiet'], many);
    const two = run(['--jobs', '2', '--quiet'], many);
    expect(two.out).toBe(one.out);
    expect(records(two.out)).toHaveLength(120);
  });

  it('loses no record when the input ends without a line break on a full batch, or uses lone CR breaks', () => {
    for (const count of [32, 64, 65]) {
      const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: i, text: fixture('okaz-style-traffic') }));
      for (const jobs of ['1', '2']) expect(records(run(['--jobs', jobs, '--quiet'], lines.join('\n')).out).map((o) => o.id)).toEqual(lines.map((_, i) => i));
    }
    const cr = run(['--quiet'], ['not json', JSON.stringify({ id: 'x', text: fixture('okaz-style-traffic') })].join('\r'));
    expect(records(cr.out).map((o) => [o.id, o.ok])).toEqual([[1, false], ['x', true]]);
  });

  it('indents the same records with --pretty, on one thread or two', () => {
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: fixture('okaz-style-traffic') })).join('\n');
    const compact = records(run(['--quiet'], lines).out);
    for (const jobs of ['1', '2']) {
      const pretty = run(['--quiet', '--pretty', '--jobs', jobs], lines).out;
      expect(pretty.startsWith('{\n  "id": 0,\n  "ok": true,')).toBe(true);
      expect(pretty.split(/\n(?=\{)/u).map((r) => JSON.parse(r))).toEqual(compact);
    }
  });

  it('gives the same bytes for two shards concatenated as for one run (records with ids)', () => {
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: fixture(i % 2 ? 'was-style-wire' : 'france24-style-election') }));
    const whole = run(['--quiet'], lines.join('\n'));
    const a = run(['--quiet'], lines.slice(0, 17).join('\n'));
    const b = run(['--quiet'], lines.slice(17).join('\n'));
    expect(a.out + b.out).toBe(whole.out);
  });

  it('numbers shards with --first-line so that records without ids match too', () => {
    const lines = Array.from({ length: 10 }, () => JSON.stringify({ text: fixture('aawsat-style-housing') }));
    const whole = run(['--quiet'], lines.join('\n'));
    const a = run(['--quiet'], lines.slice(0, 4).join('\n'));
    const b = run(['--quiet', '--first-line', '5'], lines.slice(4).join('\n'));
    expect(a.out + b.out).toBe(whole.out);
  });

  it('ends quietly when the reader closes early (| head -n 1)', () => {
    const many = Array.from({ length: 300 }, () => JSON.stringify({ text: fixture('cnn-style-gaza-talks') })).join('\n');
    const scratch = mkdtempSync(join(tmpdir(), 'anp-cli-'));
    const input = join(scratch, 'in.ndjson');
    writeFileSync(input, many);
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${cli}" --jobs 2 "${input}" | head -n 1`], { encoding: 'utf8' });
    rmSync(scratch, { recursive: true, force: true });
    expect(records(r.stdout)).toHaveLength(1);
    expect(r.stderr).toBe('');
  });

  it('reads .txt and .html files as whole articles, their ids the paths', () => {
    const txt = join(root, 'fixtures', 'text', 'was-style-wire.txt');
    const html = join(root, 'fixtures', 'html', 'aawsat-style-page.html');
    const r = run(['--quiet', txt, html]);
    const out = records(r.out);
    expect(out.map((o) => o.id)).toEqual([txt, html]);
    expect(out[1]!.article.headline).toBe('العراق يوقع اتفاقية لتطوير حقل غاز في الأنبار');
  });

  it('reads a .md file as Markdown, unless --format says otherwise', () => {
    // (one wrapped paragraph and no link: the marks are too few for "auto", the extension names the format)
    const dir = mkdtempSync(join(tmpdir(), 'anp-md-'));
    const md = join(dir, 'story.md');
    writeFileSync(md, '# الحكومة تقر خطة جديدة لدعم المزارعين\n\nأقرت الحكومة، الأحد، خطة جديدة لدعم\nالمزارعين بقيمة 200 مليون دينار خلال العام\nالجاري، وفق بيان رسمي.\n');
    try {
      const [asMarkdown] = records(run(['--quiet', md]).out);
      expect([asMarkdown!.article.headline, asMarkdown!.article.paragraphs]).toEqual(['الحكومة تقر خطة جديدة لدعم المزارعين', ['أقرت الحكومة، الأحد، خطة جديدة لدعم المزارعين بقيمة 200 مليون دينار خلال العام الجاري، وفق بيان رسمي.']]);
      const [asText] = records(run(['--quiet', '--format', 'text', md]).out);
      expect(asText!.article.paragraphs).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers usage errors and missing files with exit code 2', () => {
    expect(run(['--jobs', 'zero']).code).toBe(2);
    expect(run(['--nope']).code).toBe(2);
    const missing = run(['/nonexistent/file.ndjson']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/arabic-news-parser:/);
  });

  it('prints --help, --version and the JSON Schema of its records', () => {
    expect(run(['--help']).out).toMatch(/Usage: arabic-news-parser/);
    expect(run(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const schema = JSON.parse(run(['--schema']).out);
    expect(JSON.stringify(schema)).toContain('"article"');
    expect(JSON.stringify(schema)).toContain('"error"');
  });

  it('writes progress and a summary on stderr with --progress, nothing with --quiet', () => {
    const input = JSON.stringify({ text: fixture('cnn-style-gaza-talks') });
    expect(run(['--progress'], input).err).toMatch(/1 records, 1 ok, 0 failed, [\d.]+ records\/s, [\d.]+ MB\/s/);
    expect(run(['--quiet'], input).err).toBe('');
  });
});

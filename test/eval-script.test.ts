import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const built = existsSync(join(root, 'dist', 'index.js'));

describe.skipIf(!built)('npm run eval -- <dir>', () => {
  it('scores a folder of gold files and prints the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anp-eval-'));
    const text = readFileSync(join(root, 'fixtures', 'text', 'skynews-style-football.txt'), 'utf8');
    writeFileSync(join(dir, 'a.txt'), text);
    const gold = {
      input: 'a.txt',
      headline: 'مدرب المنتخب: لن نغير طريقة اللعب أمام اليابان',
      publishedAt: '2025-01-20',
      readTimeMinutes: 1,
      byline: { authors: [], agency: 'سكاي نيوز عربية', dateline: 'أبوظبي' },
      quotes: [
        { text: 'اللاعبون في حالة جيدة، ونعرف نقاط قوة المنافس جيدا', speaker: 'ماركو فيليبي' },
        { text: 'الجماهير تستحق الفوز، وسنقاتل حتى الدقيقة الأخيرة', speaker: 'يوسف الحربي' },
        // a quote the article does not hold: recall must fall below 1
        { text: 'هذه جملة لم ترد في المقال على الإطلاق', speaker: 'أحد' },
      ],
      speakers: [{ name: 'ماركو فيليبي', aliases: ['فيليبي'] }, { name: 'يوسف الحربي', aliases: [] }],
    };
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify(gold));
    const out = execFileSync('node', [join(root, 'scripts', 'eval.mjs'), dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(out).toContain('1 articles, 0 errors');
    expect(out).toMatch(/headline\s+1\.000/);
    expect(out).toMatch(/agency\s+1\.000/);
    expect(out).toMatch(/speaker accuracy\s+1\.000/);
    // 3 predicted quotes, 2 of 3 gold found: F1 = 2/3
    expect(out).toMatch(/quotes F1\s+0\.667/);
  });
});

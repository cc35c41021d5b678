import { describe, expect, it, vi } from 'vitest';
import { cleanInvisible, collapseSpaces } from '../src/normalize/clean.js';
import { fold, foldText, toSource } from '../src/normalize/fold.js';
import { segmentLines } from '../src/lines/segment.js';
import { parseArticle } from '../src/index.js';

describe('folding for matching', () => {
  it('merges alef forms, ى/ي, ة/ه, drops tatweel and diacritics, and converts digits', () => {
    expect(foldText('إنّ أحمدَ قالَ ـــ في ٢٠٢٤ مستشفى الجامعة')).toBe('ان احمد قال  في 2024 مستشفي الجامعه');
  });

  it('maps folded offsets back to the verbatim text', () => {
    const source = 'قالَ الوزيــر: «نعمْ»';
    const f = fold(source);
    const at = f.text.indexOf('الوزير');
    const [s, e] = toSource(f, at, at + 'الوزير'.length);
    expect(source.slice(s, e)).toBe('الوزيــر');
  });

  it('folds presentation forms ("ﺍﻟﺮﺋﻴﺴﻴﺔ", old PDFs\' and legacy pages\' shapes) as the letters they stand for, a lam-alef ligature as two', () => {
    expect(foldText('ﺍﻟﺮﺋﻴﺴﻴﺔ')).toBe(foldText('الرئيسية'));
    expect(foldText('ﻭﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ: «ﻻ ﺗﺮﺍﺟﻊ»')).toBe('وقال الوزير: «لا تراجع»');
    expect(foldText('ﺃﻋﻠﻦ ﺍﻹﺗﻔﺎﻕ ﻷﻥ')).toBe('اعلن الاتفاق لان');
    // (a diacritic's shapes drop; offsets still lead back to the verbatim ligature)
    expect(foldText('ﻗﺎﻝﹶ')).toBe('قال');
    const source = 'ﺍﻟﻮﺯﻳﺮ ﻻ ﻳﻌﻠﻖ';
    const f = fold(source);
    const at = f.text.indexOf('لا');
    expect(source.slice(...toSource(f, at, at + 2))).toBe('ﻻ');
  });

  it('finds the cue and the speaker of a quote printed in presentation forms, and keeps them verbatim', () => {
    const a = parseArticle(['ﻭﺯﻳﺮ ﺍﻟﻄﺎﻗﺔ ﻳﻌﻠﻦ ﺧﻄﺔ ﺟﺪﻳﺪﺓ ﻟﻠﻜﻬﺮﺑﺎء', '', 'ﺃﻋﻠﻦ ﻭﺯﻳﺮ ﺍﻟﻄﺎﻗﺔ ﺍﻟﻴﻮﻡ ﻋﻦ ﺧﻄﺔ ﺟﺪﻳﺪﺓ ﻟﺨﻔﺾ ﻓﺎﺗﻮﺭﺓ ﺍﻟﻜﻬﺮﺑﺎء ﻓﻲ ﺍﻟﻤﻨﺎﺯﻝ.', '', 'ﻭﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ ﺳﺎﻣﻲ ﺣﺴﻦ: «ﻻ ﺗﺮﺍﺟﻊ ﻋﻦ ﺍﻟﺨﻄﺔ».', '', 'ﺍﻟﺮﺋﻴﺴﻴﺔ'].join('\n'));
    expect(a.quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([['ﻻ ﺗﺮﺍﺟﻊ ﻋﻦ ﺍﻟﺨﻄﺔ', 'ﺳﺎﻣﻲ ﺣﺴﻦ', 'ﻭﻗﺎﻝ']]);
    expect(a.boilerplate).toContain('ﺍﻟﺮﺋﻴﺴﻴﺔ');
  });
});

describe('cleanup keeps text verbatim but for whitespace and invisible marks', () => {
  it('removes bidi and zero-width marks and unifies line ends', () => {
    expect(cleanInvisible('\u200fقال\u200b الوزير\r\nاليوم\u202b')).toBe('قال الوزير\nاليوم');
  });
  it('replaces lone surrogates', () => {
    expect(cleanInvisible('نص\uD800نص')).toBe('نص\uFFFDنص');
  });
  it('collapses spaces and NBSP', () => {
    expect(collapseSpaces('  قال \u00a0  الوزير  ')).toBe('قال الوزير');
  });
});

describe('segmentation', () => {
  it('splits paragraphs packed into one line with " \\u00A0 "', () => {
    const segs = segmentLines('الفقرة الأولى من الخبر. \u00a0 الفقرة الثانية من الخبر.');
    expect(segs.map((s) => s.text)).toEqual(['الفقرة الأولى من الخبر.', 'الفقرة الثانية من الخبر.']);
  });
  it('splits at a run of NBSP only after a sentence\'s end, never inside a sentence', () => {
    expect(segmentLines('الفقرة الأولى من الخبر.\u00a0\u00a0الفقرة الثانية من الخبر.').map((s) => s.text)).toEqual(['الفقرة الأولى من الخبر.', 'الفقرة الثانية من الخبر.']);
    expect(segmentLines('وأفاد المدير كيه سانثوش\u00a0\u00a0لرويترز بأن الأمطار زادت.').map((s) => s.text)).toEqual(['وأفاد المدير كيه سانثوش لرويترز بأن الأمطار زادت.']);
  });
  it('keeps an aggregator ticker together as one segment', () => {
    const segs = segmentLines('عنوان أول هنا     عنوان ثان هناك     عنوان ثالث أيضا     عنوان رابع');
    expect(segs).toHaveLength(1);
    expect(segs[0]!.ticker).toBe(true);
  });
  it('gives tidy segments and loses no word, whatever the spacing (property)', async () => {
    // lines that are already tidy take a fast path; the rest are split, collapsed and trimmed
    const fc = (await import('fast-check')).default;
    const piece = fc.constantFrom('قال', 'الوزير', 'a', '.', ' ', ' ', ' ', '  ', '    ', '\t', '\u00a0', ' \u00a0 ', '\u2003', '\u3000', '\u000b', '\n', '\n\n', '\ufeff');
    const words = (s: string): string[] => s.split(/[\s\u00a0]+/u).filter(Boolean);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const segs = segmentLines(text);
        for (const s of segs) {
          expect(s.text).not.toBe('');
          expect(collapseSpaces(s.text)).toBe(s.text);
        }
        expect(segs.flatMap((s) => words(s.text))).toEqual(words(text));
        for (const line of text.split('\n')) if (line !== '' && collapseSpaces(line) === line) expect(segs.some((s) => s.text === line)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('line keys and the helpers of the hot path', () => {
  it('keys a line: folded, lower case (Latin beyond ASCII too), punctuation as single spaces, trimmed', async () => {
    const { lineKey, keyWords, spaceCount } = await import('../src/normalize/key.js');
    expect(lineKey('  إقرأ أيضاً:  «الحكومة» — 2024 ')).toBe('اقرا ايضا الحكومه 2024');
    expect(lineKey('À LIRE AUSSI / Ça VA')).toBe('à lire aussi ça va');
    expect(lineKey('...')).toBe('');
    expect(keyWords('')).toBe(0);
    expect(keyWords('اقرا ايضا الحكومه')).toBe(3);
    expect(spaceCount('a b c d e', 2)).toBe(2);
    expect(spaceCount('a b c d e')).toBe(4);
  });

  it('folds into reused buffers without mixing up two texts folded one after the other', async () => {
    const { fold, foldTransient } = await import('../src/normalize/fold.js');
    const a = fold('قالَ أحمد');
    const b = foldTransient('إنّ الوزيرة');
    expect([a.text, [...a.map]]).toEqual(['قال احمد', [0, 1, 2, 4, 5, 6, 7, 8, 9]]);
    expect(b.text).toBe('ان الوزيره');
    // the kept copy is not the reused buffer
    foldTransient('x'.repeat(50));
    expect([...a.map]).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
  });

  it('decodes UTF-16 units the same without Node\'s Buffer (browsers), lone surrogates kept', async () => {
    const units = new Uint16Array([0x0627, 0xd800, 0x41, 0xd83d, 0xde00, ...Array.from({ length: 100 }, () => 0x0644)]);
    const { unitsToString } = await import('../src/normalize/fold.js');
    const withBuffer = unitsToString(units, units.length);
    vi.resetModules();
    vi.stubGlobal('Buffer', undefined);
    try {
      const fresh = await import('../src/normalize/fold.js');
      expect(fresh.unitsToString(units, units.length)).toBe(withBuffer);
      expect(fresh.unitsToString(units, 3)).toBe('ا\ud800A');
      expect(fresh.foldText('إنّ')).toBe('ان');
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
    expect(withBuffer.charCodeAt(1)).toBe(0xd800);
  });

  it('filters words before a lookup without ever turning one of the set away', async () => {
    const { wordFilter } = await import('../src/normalize/word-filter.js');
    const words = ['قال', 'وقال', 'اكد', 'اعلن', 'وزير', 'الوزيره'];
    const may = wordFilter(words);
    for (const w of words) expect(may(w)).toBe(true);
    expect(may('')).toBe(false);
    const others = Array.from({ length: 2000 }, (_, i) => `كلمه${i}`);
    expect(others.filter(may).length).toBeLessThan(20);
  });

  it('counts Arabic letters among all letters, digits left out', async () => {
    const { letterCounts } = await import('../src/normalize/letters.js');
    expect(letterCounts('قال 2024 ٢٠٢٤ Reuters')).toEqual({ letters: 10, arabic: 3 });
  });

  it('leaves a text with nothing to clean untouched, and cleans each kind otherwise', () => {
    const plain = 'قال الوزير: «نعم»\nسطر ثان';
    expect(cleanInvisible(plain)).toBe(plain);
    expect(cleanInvisible('أ\r\nب\u200Fج\u0007د\ud800')).toBe('أ\nبجد\uFFFD');
  });
});

describe('word runs', () => {
  it('counts runs of letters and digits like a /[\\p{L}\\p{N}]+/gu match, astral letters included', async () => {
    const { wordRuns } = await import('../src/normalize/key.js');
    const samples = ['', '  ', 'نشر في: 14 يناير 2025 - 09:30', 'a😀b', '𝐀𝐁 c', 'x\ud800y', 'ـــ', 'العربية.نت', '٣٠ يونيو'];
    for (const s of samples) expect(wordRuns(s)).toBe(s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
  });
});

describe('the Arabic-share test', () => {
  it('answers as the full count would, though it may stop early (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { isMostlyArabic, letterCounts } = await import('../src/normalize/letters.js');
    const piece = fc.constantFrom('ب', 'قال', 'a', 'Reuters', '1', '٣', ' ', '😀', '\n', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (pieces, min, share) => {
        const text = pieces.join('');
        const { arabic, letters } = letterCounts(text);
        expect(isMostlyArabic(text, min, share)).toBe(arabic >= min && arabic / Math.max(1, letters) >= share);
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { cleanInvisible, collapseSpaces } from '../src/normalize/clean.js';
import { fold, foldText, toSource } from '../src/normalize/fold.js';
import { segmentLines } from '../src/lines/segment.js';

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
  it('keeps an aggregator ticker together as one segment', () => {
    const segs = segmentLines('عنوان أول هنا     عنوان ثان هناك     عنوان ثالث أيضا     عنوان رابع');
    expect(segs).toHaveLength(1);
    expect(segs[0]!.ticker).toBe(true);
  });
});

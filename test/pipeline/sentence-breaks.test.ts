import { describe, expect, it } from 'vitest';
import { sentenceEnds } from '../../src/pipeline/sentence-breaks.js';

/** The ends of the segments `Intl.Segmenter` finds: what `sentenceEnds` must give. */
function icuEnds(text: string, lang = 'en'): number[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.index + s.segment.length);
}

/** Every BMP character `sentenceEnds` knows (a text of it alone is not refused). */
const KNOWN = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => sentenceEnds(ch) !== undefined);

describe('sentence boundaries without Intl.Segmenter', () => {
  it('ends sentences where Intl.Segmenter does', () => {
    const text = 'Drones hit Kharkiv. Two died! "Why?" he asked.\nMore at 3.5 km (approx.) from the U.S.A. base; etc. and so on.';
    expect(sentenceEnds(text)).toEqual(icuEnds(text));
    expect(sentenceEnds('Удар по м. Харків. Загинули двоє.')).toEqual(icuEnds('Удар по м. Харків. Загинули двоє.', 'uk'));
    expect(sentenceEnds('')).toEqual(icuEnds(''));
  });

  it('refuses texts with characters it has no class for', () => {
    expect(sentenceEnds('Strike 🚀. Next')).toBeUndefined(); // outside the BMP
    expect(sentenceEnds('Cafe\u0301. Next')).toBeUndefined(); // a combining mark (Extend)
    expect(sentenceEnds('a\u200bb. C')).toBeUndefined(); // a format character
    expect(sentenceEnds('北京. 上海')).toBeUndefined();
  });

  it('agrees with Intl.Segmenter on every known character in the contexts each rule reads', () => {
    const contexts = ['a.X b', 'A.Xb', 'a. X b', 'a.X', 'a! X b', 'a. Xb', 'a.) X b', 'a. X. B', 'X. B', 'a.\nX', 'a X. B', '1.X', 'a."X" b'];
    const wrong: string[] = [];
    for (const ch of KNOWN) {
      for (const context of contexts) {
        const text = context.replace(/X/g, ch);
        if (JSON.stringify(sentenceEnds(text)) !== JSON.stringify(icuEnds(text))) wrong.push(JSON.stringify(text));
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(KNOWN.length).toBeGreaterThan(1000);
  });

  it('agrees with Intl.Segmenter on generated texts in each language', () => {
    const pieces = ['.', '.', '!', '?', ' ', ' ', '\n', '\r\n', 'a', 'B', '7', ')', '(', '"', '«', '»', ',', ';', '-', '–', 'э', 'Ї', 'è', '…', '\u00a0', "'", '’', '\u2028', 'etc', 'Gen', 'U.S.'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const wrong: string[] = [];
    for (const lang of ['en', 'it', 'uk', 'ru']) {
      for (let i = 0; i < 5000; i++) {
        let text = '';
        for (let k = 1 + next(10); k > 0; k--) text += next(5) === 0 ? KNOWN[next(KNOWN.length)] : pieces[next(pieces.length)];
        if (JSON.stringify(sentenceEnds(text)) !== JSON.stringify(icuEnds(text, lang))) wrong.push(`${lang} ${JSON.stringify(text)}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { prefixIndex, scanAll } from '../../src/pipeline/prefix-scan.js';
import { WORD_END } from '../../src/pipeline/regex-prefixes.js';

/** Every match of each pattern by `scanAll`, and by a global scan of the same pattern, as 'p:start:text'. */
function both(text: string, sources: readonly string[]): [string[], string[]] {
  const patterns = sources.map((s) => new RegExp(`(?:${s})${WORD_END}`, 'giu'));
  const scanned: string[] = [];
  // a word starts after no letter or digit, or at a capital glued to a lower-case letter ("neighborhoodA man")
  const wordStart = (at: number): boolean => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!) || /\p{Ll}\p{Lu}/u.test(text.slice(at - 1, at + 1));
  scanAll(text, prefixIndex(patterns), wordStart, (p, m) => scanned.push(`${p}:${m.index}:${m[0]}`));
  const global: string[] = [];
  patterns.forEach((r, p) => {
    for (const m of text.matchAll(r)) if (wordStart(m.index)) global.push(`${p}:${m.index}:${m[0]}`);
  });
  return [scanned.sort(), global.sort()];
}

describe('scanAll', () => {
  it('finds what global scans find when the first words hold digits', () => {
    const [scanned, global] = both('On the 12th and the 3rd of May 2024, twenty-one and 1999 days; Q3 2025 or 7th', [
      '(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)', '[12]\\d{3}(?:\\s+days)?', 'twenty[\\s-]+one', 'q[1-4]\\s+\\d{4}',
    ]);
    expect(scanned).toEqual(global);
    expect(scanned).toContain('0:3:the 12th');
    expect(scanned).toContain('1:52:1999 days');
  });

  it('finds whole words by lookup as the regexes find them, in any case, glued or not', () => {
    const [scanned, global] = both('The police said; POLICE officers and a policeman. No one saw the neighborhoodPolice car, nor Officer Smith; ſmith', [
      'police|officers?|no\\s+one|no', 'the|smith', 'a|an|one', 'smith|officer\\s+smith',
    ]);
    expect(scanned).toEqual(global);
    expect(scanned).toContain('0:4:police');
    expect(scanned).toContain('0:17:POLICE');
    expect(scanned).toContain('0:50:No one');
    expect(scanned).toContain('0:77:Police');
    expect(scanned).toContain('1:108:ſmith');
    expect(scanned).toContain('3:93:Officer Smith');
    expect(scanned).not.toContain('0:39:policeman');
  });

  it('keys digits next to letters of other scripts', () => {
    const [scanned, global] = both('Удар 12-го числа, 5й день і 2024 рік', ['\\d{1,2}-го', '\\d+й', '\\d{4}\\s+рік']);
    expect(scanned).toEqual(global);
    expect(scanned).toHaveLength(3);
  });
});

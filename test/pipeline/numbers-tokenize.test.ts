import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/pipeline/numbers/tokenize.js';
import { generatedTexts } from './generated.js';

const shown = (text: string, apostrophe = false): string[] =>
  tokenize(text, apostrophe).map((t) => `${t.kind}:${t.text}:${t.lower}:${JSON.stringify(t.gap)}`);

describe('number tokens', () => {
  it('splits digits, words and single marks, and keeps the gap before each', () => {
    expect(shown('Over 1.070\u00a0Drones, 12km')).toEqual([
      'word:Over:over:""', 'digits:1:1:" "', 'punct:.:.:""', 'digits:070:070:""', 'word:Drones:drones:"\u00a0"',
      'punct:,:,:""', 'digits:12:12:" "', 'word:km:km:""',
    ]);
  });

  it('keeps combining marks and letters beyond the BMP in a word, and an apostrophe only when asked', () => {
    expect(shown("п'ять cafe\u0301 𝐀b 🙂")).toEqual([
      'word:п:п:""', "punct:':':\"\"", 'word:ять:ять:""', 'word:cafe\u0301:cafe\u0301:" "', 'word:𝐀b:𝐀b:" "',
      'punct:\ud83d:\ud83d:" "', 'punct:\ude42:\ude42:""',
    ]);
    expect(shown("п'ять 'x", true)).toEqual(["word:п'ять:п'ять:\"\"", "punct:':':\" \"", 'word:x:x:""']);
  });

  it('agrees with a regex reading of the same rules, on generated text', () => {
    // The rules as regexes: white space separates (a line break or another \s than space and
    // tab ends the line), digits and letters-with-marks make runs, anything else is one unit.
    const reference = (text: string, apostrophe: boolean): string[] => {
      const word = apostrophe ? "[\\p{L}\\p{M}]+(?:'[\\p{L}\\p{M}]+)*" : '[\\p{L}\\p{M}]+';
      const out: string[] = [];
      let inline = true;
      let gapStart = 0;
      for (const m of text.matchAll(new RegExp(`(?<space>\\s)|(?<token>[0-9]+|${word}|[^])`, 'gu'))) {
        if (m.groups!.space !== undefined) {
          if (m[0] !== ' ' && m[0] !== '\t') inline = false;
          continue;
        }
        // (a lone surrogate or an astral non-letter is a punctuation unit of its own, as the spans are)
        const units = m[0].length === 2 && [...m[0]].length === 1 && !/^[\p{L}\p{M}]/u.test(m[0]) ? [m[0][0]!, m[0][1]!] : [m[0]];
        let at = m.index!;
        for (const unit of units) {
          out.push(`${at}:${at + unit.length}:${JSON.stringify(text.slice(gapStart, at))}:${inline}`);
          at += unit.length;
          gapStart = at;
          inline = true;
        }
      }
      return out;
    };
    const alphabet = [...'aZ09п\'.,-\u0301 \t\n\u00a0\u2009éЖ½'].concat(['𝐀', '🙂', '\ud800', '\udc00']);
    for (const text of generatedTexts(alphabet, 400, 40, 11)) {
      for (const apostrophe of [false, true]) {
        const tokens = tokenize(text, apostrophe).map((t) => `${t.start}:${t.end}:${JSON.stringify(t.gap)}:${t.inline}`);
        expect(tokens).toEqual(reference(text, apostrophe));
      }
    }
  });
});

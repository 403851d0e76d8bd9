import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/pipeline/numbers/tokenize.js';

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
});

import { describe, expect, it } from 'vitest';
import { numberLexicon as en } from '../../src/lang/en/numbers.js';
import { numberLexicon as it_, numberReader } from '../../src/lang/it/numbers.js';
import { Cardinal, type Part } from '../../src/pipeline/numbers/compose.js';
import { readDigits } from '../../src/pipeline/numbers/digits.js';
import { parseLines } from '../../src/pipeline/numbers/load.js';
import { decompose } from '../../src/pipeline/numbers/words.js';

const values = (norm: string, lexicon = it_) => readDigits(norm, 0, lexicon.conventions)?.values.map((v) => v.value);

describe('digits', () => {
  it('follows the language conventions in order', () => {
    expect(values('1.070')).toEqual([1070]);
    expect(values('1.070', en)).toEqual([1.07]);
    expect(values('1,070', en)).toEqual([1070]);
    expect(values('1,5')).toEqual([1.5]);
    expect(values('1,5', en)).toEqual([1.5]); // no English reading: the continental one
    expect(values('12,34,567.89', en)).toEqual([1234567.89]);
  });

  it('splits a run no convention reads into integers', () => {
    expect(values('192.168.1.2')).toEqual([192168, 1, 2]);
    expect(values('22,24,26', en)).toEqual([22, 24, 26]);
  });

  it('reads an exponent', () => {
    expect(values('1,5e3')).toEqual([1500]);
  });
});

describe('cardinal grammar', () => {
  const sum = (...parts: [Part['cls'], number][]) => {
    const acc = new Cardinal();
    const ok = parts.every(([cls, value]) => acc.push({ cls, value }));
    return ok ? acc.value : undefined;
  };

  it('adds groups and multiplies by scales', () => {
    expect(sum(['unit', 3], ['hundred', 100], ['tens', 20], ['unit', 5], ['scale', 1000], ['unit', 7])).toBe(325007);
  });

  it('refuses parts out of order', () => {
    expect(sum(['unit', 3], ['tens', 20])).toBeUndefined(); // 'tre venti'
    expect(sum(['unit', 1], ['unit', 1])).toBeUndefined(); // 'one one'
    expect(sum(['scale', 1000], ['unit', 2], ['scale', 1000000])).toBeUndefined();
  });
});

describe('Italian decomposer', () => {
  it('splits glued compounds, elided tens and accents', () => {
    const value = (word: string) => {
      const acc = new Cardinal();
      return decompose(word, it_)?.every((p) => acc.push({ ...p, standalone: true })) ? acc.value : undefined;
    };
    expect(value('duecentocinquantatremila')).toBe(253000);
    expect(value('centottantuno')).toBe(181);
    expect(value('ventunbilionitrecento')).toBe(21000000000300);
    expect(value('trentatré')).toBe(33);
    expect(value('settant')).toBeUndefined();
    expect(value('battesimo')).toBeUndefined();
  });
});

describe('number reader', () => {
  it('reads the number phrase at an offset, for other stages', () => {
    const text = 'Tre giorni fa, circa 200 persone.';
    const reader = numberReader(text);
    expect(reader.at(0)).toMatchObject({ start: 0, end: 3, value: 3, qualifier: 'exact' });
    expect(reader.at(text.indexOf('circa'))).toMatchObject({ value: 200, qualifier: 'approx' });
    expect(reader.at(1)).toBeUndefined();
  });
});

describe('lexicon files', () => {
  it('reports a bad line with its file and number', () => {
    expect(() => parseLines('unit 1: uno\nbroken line\n', 'numbers-words.txt')).toThrow(/numbers-words.txt:2/u);
  });
});

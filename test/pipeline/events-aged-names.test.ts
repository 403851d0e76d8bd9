import { describe, expect, it } from 'vitest';
import { NAME_AGE, agedLastNames } from '../../src/pipeline/events/aged-names.js';

/** What the pattern finds tried at every character: the full path `agedLastNames` skips through. */
const reference = (text: string): string[] => [...text.matchAll(NAME_AGE)].map((m) => m.groups!['last']!);

// Sentences written for this test: ages after one, two or three names, in brackets, after a
// dot, an apostrophe or a hyphen in a name, non-ASCII names, ages that follow no name.
const TEXTS: readonly string[] = [
  'Larry Henderson, 30, and Maurice Mack (34) were shot; police said Sean O’Brien-Smith, 22 , died; Ann Lee , 23, did not.',
  'The victim, 19, was named. Paul J. Rayer, 51, and Mary Ann Lee Jones, 40, survived. John, 30, did not.',
  'Police identified Jakell Mitchell(7) and Ёлка Жукова, 45, then 𝐀lan Turing, 41, and Élise Noël (3).',
  'Larry Henderson,30,Maurice Mack (34),Sean Bolton, 5 , 6,',
  'Smith (30) Jones (40)\u00a0Brown Green (50) a b C d, 20, E F, 20,',
];

describe('agedLastNames', () => {
  it('finds the last names that the pattern tried at every character finds', () => {
    for (const text of TEXTS) expect(agedLastNames(text)).toEqual(reference(text));
    expect(agedLastNames(TEXTS[0]!)).toEqual(['Henderson', 'Mack', 'O’Brien-Smith']);
  });

  it('agrees with the full path on random texts of names, marks and ages', () => {
    const words = ['Ann', 'Lee', 'O’Neil', 'J.', 'van', 'Élise', 'Жук', '𝐀l', 'x', '30', '7', '(12)', '(', ')', ', 45,', ',', '.', '-', "'"];
    const gaps = [' ', ' ', ' ', '', '  ', '\u00a0', '\n', ', '];
    let seed = 7;
    let matched = 0;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let t = 0; t < 3000; t++) {
      let text = '';
      for (let i = next(24); i >= 0; i--) text += words[next(words.length)]! + gaps[next(gaps.length)]!;
      expect(agedLastNames(text)).toEqual(reference(text));
      if (reference(text).length) matched++;
    }
    // (texts that name someone with an age, not only texts with none)
    expect(matched).toBeGreaterThan(100);
  });
});

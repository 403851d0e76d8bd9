import { describe, expect, it } from 'vitest';
import { quantities as en } from '../../src/lang/en/numbers.js';
import { quantities as it_ } from '../../src/lang/it/numbers.js';
import { quantities as ru } from '../../src/lang/ru/numbers.js';
import { quantities as uk } from '../../src/lang/uk/numbers.js';
import { numberLexicon as enLexicon } from '../../src/lang/en/numbers.js';
import { numberLexicon as itLexicon } from '../../src/lang/it/numbers.js';
import { readDigitRun, readDigits } from '../../src/pipeline/numbers/digits.js';
import { WordSet } from '../../src/pipeline/numbers/word-set.js';
import { q, quantitiesOf } from './numbers-helpers.js';
import { generatedTexts } from './generated.js';

/** `mayHold` on the `nth` occurrence of `word` in `text`. */
function holds(set: WordSet, text: string, word: string): boolean {
  const start = text.indexOf(word);
  return set.mayHold(text, start, start + word.length);
}

describe('word set', () => {
  const set = new WordSet(['three', 'dozen', 'decine', 'тисяч', "п'ять"]);

  it('finds a word where it stands in the text, in any case', () => {
    const t = "THREE trucks, a Dozen drones, DECINE di droni, Тисяч ракет, П'ять шахедів";
    for (const word of ['THREE', 'Dozen', 'DECINE', 'Тисяч', "П'ять"]) expect(holds(set, t, word)).toBe(true);
  });

  it('refuses the other words, also those that begin or end like one of its words', () => {
    const t = 'The threat grew as dozens of decine tisyach reached Тисячне and тисячі';
    for (const word of ['The', 'threat', 'dozens', 'tisyach', 'Тисячне', 'тисячі']) expect(holds(set, t, word)).toBe(false);
  });

  it('says maybe where a letter has no lower case of its own, and for every word with prefixes', () => {
    // 'İ' is 'i̇' in lower case: two units, which the set does not follow
    expect(holds(set, 'İSTANBUL', 'İSTANBUL')).toBe(true);
    const glued = new WordSet([], ['venti', 'cento']);
    expect(holds(glued, 'ventitré morti', 'ventitré')).toBe(true);
    expect(holds(glued, 'morti', 'morti')).toBe(true);
  });
});

describe('amounts whose number comes several words after their start', () => {
  // an amount is read only where a number word, digits or a vague amount come close enough
  // after a qualifier or a range's opening words; these come as late as the lexicons allow
  it('reads long English qualifiers before a vague amount or an article and a fraction', () => {
    const a = 'Rescuers pulled some more than a dozen people from the rubble.';
    expect(quantitiesOf(en, 'en', a)).toEqual([q(a, 'some more than a dozen', 12, 'more_than', { min: 12 })]);
    const b = 'The drone flew in excess of a third of the route.';
    expect(quantitiesOf(en, 'en', b)).toEqual([q(b, 'in excess of a third', 1 / 3, 'more_than', { min: 1 / 3 })]);
    const c = 'Crews cleared no fewer than several dozen mines.';
    expect(quantitiesOf(en, 'en', c)).toEqual([q(c, 'no fewer than several dozen', 24, 'at_least', { min: 24 })]);
  });

  it('reads Italian, Ukrainian and Russian qualifiers before a number word', () => {
    const a = 'Sono arrivati poco più di una decina di mezzi.';
    expect(quantitiesOf(it_, 'it', a)).toEqual([q(a, 'più di una decina', 10, 'more_than', { min: 10 })]);
    const b = 'Евакуювали понад тисячу мешканців.';
    expect(quantitiesOf(uk, 'uk', b)).toEqual([q(b, 'понад тисячу', 1000, 'more_than', { min: 1000 })]);
    const c = 'Погибли не менее трёх человек.';
    expect(quantitiesOf(ru, 'ru', c)).toEqual([q(c, 'не менее трёх', 3, 'at_least', { min: 3 })]);
  });

  it('reads nothing from qualifiers and articles far from any number', () => {
    const t = 'Some more than a few believed the report about the attack in the region.';
    expect(quantitiesOf(en, 'en', t)).toEqual([q(t, 'Some more than a few', 3, 'more_than', { min: 3 })]);
    expect(quantitiesOf(en, 'en', 'Officials spoke about an attack in a village at night.')).toEqual([]);
  });
});

describe('plain digit runs', () => {
  it('read as the regex of runs reads them, on generated text', () => {
    const alphabet = [...'0123456789.,  eE+-a\n'];
    for (const text of generatedTexts(alphabet, 2000, 16, 13)) {
      for (let at = 0; at < text.length; at++) {
        for (const lexicon of [enLexicon, itLexicon]) {
          expect(readDigits(text, at, lexicon.conventions)).toEqual(readDigitRun(text, at, lexicon.conventions));
        }
      }
    }
  });
});

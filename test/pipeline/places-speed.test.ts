import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/geo/tokens.js';
import { nameKey } from '../../src/geo/name-key.js';
import { countryOfAdjective } from '../../src/geo/lexicon.js';
import { placesLexicon as it_ } from '../../src/lang/it/places.js';
import { placesLexicon as uk } from '../../src/lang/uk/places.js';
import { normalizeText } from '../../src/pipeline/normalize.js';

// Sentences written for these tests, one per language, with words whose keys differ from
// their text (capitals, 'ё', apostrophes, hyphens, accents) and words whose keys do not.
const SENTENCES = [
  "The U.S. envoy met officials in Ivano-Frankivsk's old town on 3 May, then flew to St. Louis.",
  "Il sindaco dell'Aquila ha visitato Forlì e la città di Kam'yanske nel 2023.",
  'Ещё два дрона сбиты над Курской областью, сообщил губернатор.',
  "Уночі над Харківщиною збили 12 дронів, повідомив голова обл. адміністрації Олег Синєгубов.",
];

describe('places tokens', () => {
  it('give every token the key nameKey gives its text', () => {
    for (const text of SENTENCES) {
      const tokens = tokenize(normalizeText(text), [0]);
      expect(tokens.length).toBeGreaterThan(8);
      for (const t of tokens) expect(t.key).toBe(nameKey(t.text));
    }
  });

  it('give every token the key nameKey gives its text, on generated text', () => {
    // Letters whose keys differ in every way: capitals, 'Ё'/'ё' and the Cyrillic letters around
    // them, accents precomposed and combining, apostrophes, hyphens, periods, digits, spaces.
    const alphabet = [...'aZkQ09.ЀЁЂЯаяѐёђџҐґІїÉéşő\u0301\u0308\'’-  ,\n'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let n = 0; n < 60; n++) text += alphabet[next(alphabet.length)];
      for (const t of tokenize(normalizeText(text), [0])) expect(t.key).toBe(nameKey(t.text));
    }
  });

  it('keep lower-case words as their own keys and fold the others', () => {
    const text = SENTENCES[2]!;
    const keys = tokenize(normalizeText(text), [0]).map((t) => [t.text, t.key]);
    expect(keys).toContainEqual(['дрона', 'дрона']);
    expect(keys).toContainEqual(['Ещё', 'еще']);
    expect(keys).toContainEqual(['Курской', 'курской']);
  });
});

describe('country adjectives', () => {
  it('are found by their first letters, declined or not', () => {
    expect(countryOfAdjective(it_(), 'russa')).toBe('RU');
    expect(countryOfAdjective(it_(), 'ucraino')).toBe('UA');
    expect(countryOfAdjective(uk(), 'російських')).toBe('RU');
    expect(countryOfAdjective(uk(), 'українська')).toBe('UA');
  });

  it('are not words that merely start like one', () => {
    expect(countryOfAdjective(it_(), 'sindaco')).toBeUndefined();
    expect(countryOfAdjective(it_(), 'russare')).toBeUndefined();
    expect(countryOfAdjective(uk(), 'дронів')).toBeUndefined();
    expect(countryOfAdjective(uk(), '')).toBeUndefined();
  });
});

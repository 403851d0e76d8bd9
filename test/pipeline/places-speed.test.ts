import { describe, expect, it } from 'vitest';
import { opensLine, tokenize } from '../../src/geo/tokens.js';
import { nameKey } from '../../src/geo/name-key.js';
import { countryOfAdjective } from '../../src/geo/lexicon.js';
import { placesLexicon as it_ } from '../../src/lang/it/places.js';
import { placesLexicon as uk } from '../../src/lang/uk/places.js';
import { normalizeText } from '../../src/pipeline/normalize.js';
import { generatedTexts } from './generated.js';
import type { Gazetteer } from '../../src/geo/gazetteer.js';
import { loadGazetteer } from '../../src/geo/load.js';
import type { PlacesLexicon } from '../../src/geo/lexicon.js';
import { recognize } from '../../src/geo/recognize.js';
import { placesLexicon as en } from '../../src/lang/en/places.js';
import { placesLexicon as ru } from '../../src/lang/ru/places.js';

const LEXICONS: Record<string, () => PlacesLexicon> = { en, it: it_, ru };

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
    for (const text of generatedTexts(alphabet, 300, 60, 7)) {
      for (const t of tokenize(normalizeText(text), [0])) expect(t.key).toBe(nameKey(t.text));
    }
  });

  it('are capitalized and upper case as the regexes say, on generated text', () => {
    const alphabet = [...'aZkQ0.ЀЁЂЯаяёђÉéßǅΣσ\u0301-\' ,\n'].concat(['𝐀', '𝐚', '\ud800']);
    for (const text of generatedTexts(alphabet, 300, 50, 5)) {
      for (const t of tokenize(normalizeText(text), [0])) {
        expect(t.cap).toBe(/^\p{Lu}/u.test(t.text));
        expect(t.upper).toBe(t.cap && !/\p{Ll}/u.test(t.text));
      }
    }
  });

  it('read a line start as the regex does', () => {
    const gaps = ['', ' ', '\n', ' \n ', '\n\t\u00a0', '.\n', '\n.', ', ', '\r\n', '\u2028', '"\n  '];
    for (const gap of gaps) expect(opensLine(gap)).toBe(/^$|\n\s*$/.test(gap));
  });

  it('keep lower-case words as their own keys and fold the others', () => {
    const text = SENTENCES[2]!;
    const keys = tokenize(normalizeText(text), [0]).map((t) => [t.text, t.key]);
    expect(keys).toContainEqual(['дрона', 'дрона']);
    expect(keys).toContainEqual(['Ещё', 'еще']);
    expect(keys).toContainEqual(['Курской', 'курской']);
  });
});

describe('name keys of ASCII names', () => {
  it('are what the replacements by regex give', () => {
    const reference = (name: string): string => name.toLowerCase().replace(/['’ʼ`´ʹ]/gu, '').replace(/[\s\-‐‑‒–—]+/gu, ' ').trim();
    const alphabet = [...'aZ09.\'`- \t\n\r,&'];
    for (const name of generatedTexts(alphabet, 2000, 12, 3, true)) expect(nameKey(name)).toBe(reference(name));
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

describe('names of several words', () => {
  // Sentences written for this test: names of two to five words, some only the start of a longer
  // key, next to capitalized words that start no name.
  const TEXTS: [string, string][] = [
    ['en', 'Officials in New York City and Rio de Janeiro met the Mayor of Salt Lake City, Utah, and Kursk Region Governor Alexei Smirnov.'],
    ['en', 'The Bosnia and Herzegovina team flew from Port Moresby via Kuala Lumpur International Airport to Saint Petersburg.'],
    ['en', 'South Sudan, North Korea, Papua New Guinea, United Arab Emirates Defense Minister and Sri Lanka Police spoke.'],
    ['it', 'Nella regione di Kursk e a Reggio Emilia, poi a San Pietroburgo e Nuova Delhi, il Ministero ha parlato.'],
    ['ru', 'В Курской области и Нижнем Новгороде, а также в Ростове-на-Дону и Санкт-Петербурге прошли учения.'],
  ];

  it('are found as when every length up to five words is tried', () => {
    const gazetteer = loadGazetteer();
    // (the slow path: a gazetteer that says every key may go on, so that every length is tried)
    const everyLength = Object.create(gazetteer, { hasKeyStartingWith: { value: () => true }, continues: { value: () => true } }) as Gazetteer;
    let longNames = 0;
    for (const [lang, text] of TEXTS) {
      const tokens = tokenize(normalizeText(text), [0]);
      const lexicon = LEXICONS[lang]!();
      const found = recognize(tokens, gazetteer, lexicon);
      longNames += found.filter((c) => c.last > c.first).length;
      expect(found).toEqual(recognize(tokens, everyLength, lexicon));
    }
    expect(longNames).toBeGreaterThan(10);
  });
});

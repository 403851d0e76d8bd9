import { describe, expect, it } from 'vitest';
import { placeAt, placesOf } from './helpers.js';

/** The admin1 regions of `phrases` in `text`, as [text, gazetteer region]. */
function regions(text: string, lang: string, phrases: readonly string[]): [string, string | undefined][] {
  const found = placesOf(text, lang);
  return phrases.map((p) => {
    const place = placeAt(found, text, p);
    return [p, place?.kind === 'admin1' ? place.name : place?.kind];
  });
}

/** A list of regions per language: the text, the phrase of each region and its gazetteer name. */
const LISTS: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] = [
  // "the Bryansk, Kursk and Belgorod regions": three regions, not two towns and a region
  ['en', 'Drones were shot down over the Bryansk, Kursk and Belgorod regions.', [['Bryansk', 'Bryansk Oblast'], ['Kursk', 'Kursk Oblast'], ['Belgorod regions', 'Belgorod Oblast']]],
  // the admin word before the list
  ['it', 'I droni sono stati abbattuti sulle regioni di Bryansk, Kursk e Belgorod.', [['Bryansk', 'Bryansk Oblast'], ['Kursk', 'Kursk Oblast'], ['Belgorod', 'Belgorod Oblast']]],
  ['uk', 'Дрони збито над Харківською, Сумською та Полтавською областями.', [['Харківською', 'Kharkiv Oblast'], ['Сумською', 'Sumy Oblast'], ['Полтавською областями', 'Poltava Oblast']]],
  ['ru', 'Беспилотники сбиты над Брянской, Курской и Белгородской областями.', [['Брянской', 'Bryansk Oblast'], ['Курской', 'Kursk Oblast'], ['Белгородской областями', 'Belgorod Oblast']]],
];

describe('regions listed with one admin word in the plural', () => {
  for (const [lang, text, expected] of LISTS) {
    it(`${lang}: ${text}`, () => {
      expect(regions(text, lang, expected.map(([p]) => p))).toEqual(expected);
    });
  }

  it('a town and its region after a comma are no list: "Kamyanka, Donetsk Oblast"', () => {
    const text = 'Shelling hit Kamyanka, Donetsk Oblast, overnight.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Kamyanka')?.kind).toBe('place');
    expect(placeAt(found, text, 'Donetsk Oblast')?.kind).toBe('admin1');
  });
});

describe('a region named by its adjective alone after one with its admin word (uk, ru)', () => {
  it('uk: "у Харківській області — 20, у Сумській — 15"', () => {
    const text = 'Збито 35 дронів: у Харківській області — 20, у Сумській — 15.';
    expect(regions(text, 'uk', ['Харківській області', 'Сумській'])).toEqual([['Харківській області', 'Kharkiv Oblast'], ['Сумській', 'Sumy Oblast']]);
  });

  it('ru: "над Брянской областью — 20, над Курской — 15", and a town stays a town', () => {
    const text = 'Сбиты 35 беспилотников: над Брянской областью — 20, над Курской — 15, обломки упали в Курске.';
    expect(regions(text, 'ru', ['Брянской областью', 'Курской', 'Курске'])).toEqual([
      ['Брянской областью', 'Bryansk Oblast'], ['Курской', 'Kursk Oblast'], ['Курске', 'place'],
    ]);
  });

  it('not across sentences: "Курской" of a new sentence without its admin word is no region of the last one', () => {
    const text = 'Дроны сбиты над Брянской областью. Курской делегации там не было.';
    expect(placeAt(placesOf(text, 'ru'), text, 'Курской')?.kind).not.toBe('admin1');
  });
});

describe('the peninsula, not a village of its name', () => {
  it('uk "над Кримом", ru "над Крымом" are Crimea', () => {
    for (const [text, lang, phrase] of [['Дрони збито над Кримом.', 'uk', 'Кримом'], ['Беспилотники сбиты над Крымом.', 'ru', 'Крымом']] as const) {
      expect(placeAt(placesOf(text, lang), text, phrase)).toMatchObject({ kind: 'admin1', name: 'Autonomous Republic of Crimea', country: 'UA' });
    }
  });
});

describe('Kyiv Oblast by its adjective (its capital is a region of its own)', () => {
  it('uk "над Київською областю", ru "в Киевской области" are Kyiv Oblast, and Kyiv stays the city', () => {
    const uk = 'Дрони збито над Київською областю, уламки впали в Києві.';
    expect(regions(uk, 'uk', ['Київською областю', 'Києві'])).toEqual([['Київською областю', 'Kyiv Oblast'], ['Києві', 'place']]);
    const ru = 'Беспилотники сбиты в Киевской области.';
    expect(regions(ru, 'ru', ['Киевской области'])).toEqual([['Киевской области', 'Kyiv Oblast']]);
  });
});

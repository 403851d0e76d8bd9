import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('uk places: a town named by its adjective before a facility', () => {
  it('reads refineries, a port and a power plant as their towns, in several cases', () => {
    const text = 'Вночі дрони атакували Рязанський НПЗ, а на Кременчуцькому НПЗ спалахнула пожежа. ' +
      'Ворог обстріляв Одеський порт і вдарив по Харківській ТЕЦ-5.';
    const found = placesOf(text, 'uk');
    const ryazan = placeAt(found, text, 'Рязанський');
    expect(ryazan).toMatchObject({ country: 'RU', kind: 'place', rule: 'uk/places/city-adjective' });
    expect(near(ryazan, 54.63, 39.74)).toBe(true);
    expect(near(placeAt(found, text, 'Кременчуцькому'), 49.07, 33.42)).toBe(true);
    expect(near(placeAt(found, text, 'Одеський'), 46.48, 30.73)).toBe(true);
    expect(near(placeAt(found, text, 'Харківській'), 49.98, 36.25)).toBe(true);
    expect(found).toHaveLength(4);
  });

  it('reads adjectives over words between, and towns found by their Russian spelling', () => {
    const text = 'На Туапсинському морському терміналі та на Новошахтинському заводі спалахнули пожежі, ' +
      'пошкоджено Донецький аеропорт.';
    const found = placesOf(text, 'uk');
    expect(near(placeAt(found, text, 'Туапсинському'), 44.1, 39.08)).toBe(true);
    expect(placeAt(found, text, 'Новошахтинському')).toMatchObject({ country: 'RU', kind: 'place' });
    expect(near(placeAt(found, text, 'Новошахтинському'), 47.76, 39.93)).toBe(true);
    expect(near(placeAt(found, text, 'Донецький'), 48.0, 37.8)).toBe(true);
  });

  it('reads both towns of "Одеський і Чорноморський порти"', () => {
    const text = 'Ворог атакував Одеський і Чорноморський порти.';
    const found = placesOf(text, 'uk');
    expect(near(placeAt(found, text, 'Одеський'), 46.48, 30.73)).toBe(true);
    expect(near(placeAt(found, text, 'Чорноморський'), 46.3, 30.65)).toBe(true);
    expect(found).toHaveLength(2);
  });

  it('reads a nuclear plant named after its region as the region, a dam named after its town as the town', () => {
    const text = 'Запорізька АЕС знову без живлення, ситуація на Хмельницькій АЕС стабільна, Каховську ГЕС зруйновано.';
    const found = placesOf(text, 'uk');
    expect(placeAt(found, text, 'Запорізька')).toMatchObject({ name: 'Zaporizhzhia Oblast', kind: 'admin1', rule: 'uk/places/region-adjective' });
    expect(placeAt(found, text, 'Хмельницькій')).toMatchObject({ name: 'Khmelnytskyi Oblast', kind: 'admin1' });
    expect(near(placeAt(found, text, 'Каховську'), 46.81, 33.49)).toBe(true);
  });
});

describe('uk places: a town adjective before other words is no place', () => {
  it('not before a word that is no facility, nor a generic adjective before one', () => {
    const text = 'Харківський футбол переживає важкі часи. Морський порт працює. Міський вокзал відкрито.';
    expect(placesOf(text, 'uk')).toEqual([]);
  });

  it('adjectives of seas that towns are named after too name no town: "Балтійський завод"', () => {
    const text = 'Балтійський завод спустив на воду корабель, Каспійський термінал працює.';
    expect(placesOf(text, 'uk')).toEqual([]);
  });

  it('a country adjective stays the country, whatever follows', () => {
    const text = 'Українська армія відбила атаку, російські дрони вдарили по об\'єктах.';
    const found = placesOf(text, 'uk');
    expect(placeAt(found, text, 'Українська')).toMatchObject({ kind: 'country', country: 'UA' });
    expect(found).toHaveLength(2);
  });

  it('region and district phrases are read as before', () => {
    const text = 'Харківська область під обстрілом, у Покровському районі пошкоджено будинки.';
    const found = placesOf(text, 'uk');
    expect(placeAt(found, text, 'Харківська область')).toMatchObject({ name: 'Kharkiv Oblast', kind: 'admin1', rule: 'uk/places/name-region' });
    expect(found.map((p) => p.rule)).not.toContain('uk/places/city-adjective');
  });

  it('reads a front direction named by its town: "на Покровському напрямку", "Куп\'янського напрямку"', () => {
    const text = 'На Покровському напрямку ворог атакував 38 разів, на Куп\'янському напрямку — 12.';
    const found = placesOf(text, 'uk');
    expect(near(placeAt(found, text, 'Покровському'), 48.28, 37.18)).toBe(true);
    expect(near(placeAt(found, text, 'Куп\'янському'), 49.71, 37.61)).toBe(true);
    // not a direction of the compass: "у північному напрямку"
    expect(placesOf('Колона рушила в північному напрямку.', 'uk')).toEqual([]);
  });
});

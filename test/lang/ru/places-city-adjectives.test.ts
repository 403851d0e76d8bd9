import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('ru places: a town named by its adjective before a facility', () => {
  it('reads refineries, a port and an airfield as their towns, in several cases', () => {
    const text = 'Ночью беспилотники атаковали Саратовский НПЗ, а на Рязанском НПЗ начался пожар. ' +
      'Удары пришлись по Волгоградскому нефтеперерабатывающему заводу, по Одесскому порту и по Морозовскому аэродрому.';
    const found = placesOf(text, 'ru');
    const saratov = placeAt(found, text, 'Саратовский');
    expect(saratov).toMatchObject({ country: 'RU', kind: 'place', rule: 'ru/places/city-adjective' });
    expect(near(saratov, 51.54, 46.01)).toBe(true);
    expect(near(placeAt(found, text, 'Рязанском'), 54.63, 39.74)).toBe(true);
    expect(near(placeAt(found, text, 'Волгоградскому'), 48.72, 44.5)).toBe(true);
    expect(placeAt(found, text, 'Одесскому')).toMatchObject({ country: 'UA', kind: 'place' });
    expect(near(placeAt(found, text, 'Одесскому'), 46.48, 30.73)).toBe(true);
    expect(near(placeAt(found, text, 'Морозовскому'), 48.35, 41.83)).toBe(true);
    expect(found).toHaveLength(5);
  });

  it('undoes the stem changes of the adjective: -инский, -ль, -ь, and the town as the adjective itself', () => {
    const text = 'Туапсинский морской терминал и Ярославский НПЗ атакованы дронами, Ильский НПЗ остановлен.';
    const found = placesOf(text, 'ru');
    expect(near(placeAt(found, text, 'Туапсинский'), 44.1, 39.08)).toBe(true);
    // Yaroslavl, not the village of Yaroslavsky that the adjective also names
    expect(near(placeAt(found, text, 'Ярославский'), 57.63, 39.87)).toBe(true);
    expect(placeAt(found, text, 'Ильский')).toMatchObject({ country: 'RU', kind: 'place' });
    expect(near(placeAt(found, text, 'Ильский'), 44.84, 38.56)).toBe(true);
  });

  it('reads every town of a list before one facility word: "на Саратовском, Рязанском и Волгоградском НПЗ"', () => {
    const text = 'Пожары вспыхнули на Саратовском, Рязанском и Волгоградском НПЗ.';
    const found = placesOf(text, 'ru');
    expect(found.map((p) => [p.text, p.name])).toEqual([['Саратовском', 'Saratov'], ['Рязанском', 'Ryazan’'], ['Волгоградском', 'Volgograd']]);
  });

  it('reads a town adjective before a plant with a number: "Харьковскую ТЭЦ-5"', () => {
    const text = 'Российская армия обстреляла Харьковскую ТЭЦ-5.';
    const found = placesOf(text, 'ru');
    expect(near(placeAt(found, text, 'Харьковскую'), 49.98, 36.25)).toBe(true);
  });

  it('reads a nuclear plant named after its region as the region, one named after its town as the town', () => {
    const text = 'На Курской АЭС и на Запорожской АЭС ввели ограничения, Нововоронежская АЭС работает штатно.';
    const found = placesOf(text, 'ru');
    expect(placeAt(found, text, 'Курской')).toMatchObject({ name: 'Kursk Oblast', kind: 'admin1', rule: 'ru/places/region-adjective' });
    expect(placeAt(found, text, 'Запорожской')).toMatchObject({ name: 'Zaporizhzhia Oblast', kind: 'admin1', country: 'UA' });
    expect(near(placeAt(found, text, 'Нововоронежская'), 51.31, 39.22)).toBe(true);
  });
});

describe('ru places: a town adjective before other words is no place', () => {
  it('not before a word that is no facility, nor a generic adjective before one', () => {
    const text = 'Харьковский футбол переживает трудные времена. Рязанская нефтеперерабатывающая компания отчиталась. ' +
      'Морской порт работает.';
    expect(placesOf(text, 'ru')).toEqual([]);
  });

  it('adjectives of seas and peninsulas that towns are named after too name no town', () => {
    // (the Baltic Shipyard is in St Petersburg, not in Baltiysk; Crimean airfields are not Krymsk's)
    const text = 'Балтийский завод спустил на воду корабль. Крымские аэродромы атакованы, Уральский завод остановлен.';
    expect(placesOf(text, 'ru')).toEqual([]);
  });

  it('a country adjective before a facility stays the country', () => {
    const text = 'Российский НПЗ остановил работу.';
    expect(placeAt(placesOf(text, 'ru'), text, 'Российский')).toMatchObject({ kind: 'country', country: 'RU' });
  });

  it('region phrases are read as before', () => {
    const text = 'Губернатор Белгородской области сообщил об атаке на Курскую область.';
    const found = placesOf(text, 'ru');
    expect(placeAt(found, text, 'Белгородской области')).toMatchObject({ kind: 'admin1', rule: 'ru/places/name-region' });
    expect(placeAt(found, text, 'Курскую область')).toMatchObject({ name: 'Kursk Oblast', kind: 'admin1' });
    expect(found).toHaveLength(2);
  });

  it('reads a front direction named by its town: "на Купянском направлении", "Запорожском направлении"', () => {
    const text = 'На Купянском направлении ВСУ атаковали 12 раз, на Запорожском направлении — пять.';
    const found = placesOf(text, 'ru');
    expect(near(placeAt(found, text, 'Купянском'), 49.71, 37.61)).toBe(true);
    expect(near(placeAt(found, text, 'Запорожском'), 47.84, 35.14)).toBe(true);
    // not a direction of the compass: "в северном направлении"
    expect(placesOf('Колонна двинулась в северном направлении.', 'ru')).toEqual([]);
  });
});

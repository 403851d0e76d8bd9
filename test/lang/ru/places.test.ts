import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('ru places', () => {
  it('undoes the cases of place names', () => {
    const text = 'Под Курском сбили беспилотник, в Харькове слышны взрывы, из Москвы пришёл ответ.';
    const found = placesOf(text, 'ru');
    const kursk = placeAt(found, text, 'Курском');
    expect(kursk).toMatchObject({ country: 'RU', kind: 'place', near: true });
    expect(near(kursk, 51.74, 36.19)).toBe(true);
    expect(placeAt(found, text, 'Харькове')).toMatchObject({ country: 'UA', kind: 'place' });
    expect(near(placeAt(found, text, 'Москвы'), 55.75, 37.62)).toBe(true);
  });

  it('reads a given name that is also a city as the start of a name', () => {
    const text = 'Корреспондент Владимир Исаченков сообщил из Москвы, что Владимир и Суздаль закрыты. ' +
      'Исаченков добавил, что музеи откроются в мае.';
    const found = placesOf(text, 'ru');
    expect(placeAt(found, text, 'Владимир')).toBeUndefined();
    expect(placeAt(found, text, 'Владимир', 'что ')).toMatchObject({ country: 'RU', kind: 'place' });
    expect(near(placeAt(found, text, 'Москвы'), 55.75, 37.62)).toBe(true);
  });

  it('reads "в английском городе" as a place in Britain, and "пару" as a couple', () => {
    const text = 'Пару нашли в английском городе Солсбери.';
    const found = placesOf(text, 'ru');
    expect(placeAt(found, text, 'Пару')).toBeUndefined();
    const salisbury = placeAt(found, text, 'Солсбери');
    expect(salisbury).toMatchObject({ country: 'GB', kind: 'place' });
    expect(near(salisbury, 51.07, -1.8)).toBe(true);
  });

  it('finds regions by their adjective and the village in them', () => {
    const text = 'В посёлке Хомутовка Курской области без света остались тысячи людей.';
    const found = placesOf(text, 'ru');
    expect(placeAt(found, text, 'Курской области')).toMatchObject({ country: 'RU', kind: 'admin1' });
    const village = placeAt(found, text, 'Хомутовка');
    expect(village).toMatchObject({ country: 'RU', kind: 'place', admin1: 'Kursk Oblast' });
    expect(near(village, 51.92, 34.56)).toBe(true);
  });

  it('does not take months, people or ordinary words for places', () => {
    const text = 'Президент Путин выступил в понедельник. Мира не будет, сказал Песков.';
    expect(placesOf(text, 'ru')).toEqual([]);
  });

  it('reads a city in another case after a title as the office\'s seat, a name after a title as a person', () => {
    const text = 'Мэр Киева Виталий Кличко заявил, что город выстоит, а мэр Кличко поблагодарил спасателей.';
    const found = placesOf(text, 'ru');
    expect(near(placeAt(found, text, 'Киева'), 50.45, 30.52)).toBe(true);
    expect(found.map((p) => text.slice(p.start, p.end))).toEqual(['Киева']);
  });

  it('reads the land around a town, named after it ("-щина"), as that town, and a region\'s own such name as the region', () => {
    const text = 'ВСУ обстреляли Никопольщину, на Купянщине и Харьковщине идут бои.';
    const found = placesOf(text, 'ru');
    expect(near(placeAt(found, text, 'Никопольщину'), 47.57, 34.39)).toBe(true);
    expect(placeAt(found, text, 'Никопольщину')?.kind).toBe('place');
    expect(near(placeAt(found, text, 'Купянщине'), 49.71, 37.61)).toBe(true);
    expect(placeAt(found, text, 'Купянщине')?.kind).toBe('place');
    expect(placeAt(found, text, 'Харьковщине')?.kind).toBe('admin1');
  });
});

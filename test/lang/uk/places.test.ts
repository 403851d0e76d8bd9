import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('uk places', () => {
  it('reads "в англійському місті" as a place in Britain, and "пару" as a couple', () => {
    const text = 'Пару знайшли в англійському місті Солсбері.';
    const found = placesOf(text, 'uk');
    expect(placeAt(found, text, 'Пару')).toBeUndefined();
    expect(near(placeAt(found, text, 'Солсбері'), 51.07, -1.8)).toBe(true);
  });

  it('reads "Крім того" (besides) as no place, though respelled it is "Крим", and still reads Crimea', () => {
    const text = 'Крім того, росіяни вдарили по Харкову. Уночі дрони атакували Крим.';
    const found = placesOf(text, 'uk');
    expect(found.map((p) => [text.slice(p.start, p.end), p.name])).toEqual([['Харкову', 'Kharkiv'], ['Крим', 'Autonomous Republic of Crimea']]);
  });

  it('undoes the cases of place names', () => {
    const text = 'Уночі у Харкові пролунали вибухи, а з Києва вилетіла делегація до Одеси.';
    const found = placesOf(text, 'uk');
    const kharkiv = placeAt(found, text, 'Харкові');
    expect(kharkiv).toMatchObject({ country: 'UA', kind: 'place', rule: 'uk/places/inflected-name' });
    expect(near(kharkiv, 49.98, 36.25)).toBe(true);
    expect(near(placeAt(found, text, 'Києва'), 50.45, 30.52)).toBe(true);
    expect(near(placeAt(found, text, 'Одеси'), 46.48, 30.73)).toBe(true);
  });

  it('finds regions by adjective and by their colloquial names', () => {
    const text = 'Обстріли Курської області тривають, а на Харківщині оголошено тривогу.';
    const found = placesOf(text, 'uk');
    expect(placeAt(found, text, 'Курської області')).toMatchObject({ country: 'RU', kind: 'admin1', rule: 'uk/places/name-region' });
    expect(placeAt(found, text, 'Харківщині')).toMatchObject({ country: 'UA', kind: 'admin1' });
  });

  it('reads a village with its cue and country adjectives', () => {
    const text = 'Російські дрони атакували село Хомутівка.';
    const found = placesOf(text, 'uk');
    expect(placeAt(found, text, 'Російські')).toMatchObject({ country: 'RU', adjective: true });
  });

  it('does not take months, people or ordinary words for places', () => {
    const text = 'Президент Зеленський виступив у понеділок. Мира не буде без справедливості.';
    expect(placesOf(text, 'uk')).toEqual([]);
  });

  it('reads a city in another case after a title as the office\'s seat, a name after a title as a person', () => {
    const text = 'Мер Києва Віталій Кличко заявив, що місто вистоїть, а мер Кличко подякував рятувальникам.';
    const found = placesOf(text, 'uk');
    expect(near(placeAt(found, text, 'Києва'), 50.45, 30.52)).toBe(true);
    expect(found.map((p) => text.slice(p.start, p.end))).toEqual(['Києва']);
  });

  it('reads a country adjective at the start of a sentence, not a town with a case ending undone', () => {
    const text = 'Українські сили ППО збили 48 дронів над Києвом.';
    const found = placesOf(text, 'uk');
    expect(placeAt(found, text, 'Українські')).toMatchObject({ country: 'UA', kind: 'country', rule: 'uk/places/country-adjective' });
  });

  it('undoes the cases of neuter names in -лля: "по Краснопіллю", "у Краснопіллі"', () => {
    const text = 'Удар по Краснопіллю на Сумщині, а вранці вибухи у Краснопіллі.';
    const found = placesOf(text, 'uk');
    for (const form of ['Краснопіллю', 'Краснопіллі']) {
      expect(placeAt(found, text, form)).toMatchObject({ name: 'Krasnopillia', admin1: 'Sumy Oblast', rule: 'uk/places/inflected-name' });
    }
  });

  it('reads the land around a town, named after it ("-щина"), as that town, and a region\'s own such name as the region', () => {
    const text = 'Ворог обстріляв Нікопольщину, на Куп\'янщині та Харківщині тривають бої.';
    const found = placesOf(text, 'uk');
    expect(near(placeAt(found, text, 'Нікопольщину'), 47.57, 34.39)).toBe(true);
    expect(placeAt(found, text, 'Нікопольщину')?.kind).toBe('place');
    expect(near(placeAt(found, text, 'Куп\'янщині'), 49.71, 37.61)).toBe(true);
    expect(placeAt(found, text, 'Куп\'янщині')?.kind).toBe('place');
    expect(placeAt(found, text, 'Харківщині')?.kind).toBe('admin1');
  });
});

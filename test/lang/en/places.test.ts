import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en places', () => {
  it('tells a region from its capital when the text says region', () => {
    const text = 'Drones hit the Kursk region overnight; in the village of Khomutovka, near Kursk, power was cut. Kharkiv Oblast was shelled too.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Kursk region')).toMatchObject({ kind: 'admin1', country: 'RU', rule: 'en/places/name-region' });
    expect(placeAt(found, text, 'Khomutovka')).toMatchObject({ kind: 'place', country: 'RU' });
    const kursk = placeAt(found, text, 'Kursk', 'near ');
    expect(kursk).toMatchObject({ kind: 'place', country: 'RU' });
    expect(near(kursk, 51.74, 36.19)).toBe(true);
    expect(placeAt(found, text, 'Kharkiv Oblast')).toMatchObject({ kind: 'admin1', country: 'UA' });
  });

  it('uses the place after a comma: "Paris, Texas"', () => {
    const text = 'The festival moved to Paris, Texas, last year.';
    const paris = placeAt(placesOf(text, 'en'), text, 'Paris');
    expect(paris).toMatchObject({ country: 'US' });
    expect(near(paris, 33.66, -95.56)).toBe(true);
  });

  it('prefers a city by its own name to one that once bore it, but keeps exonyms', () => {
    // "Manchester" was a town now inside Richmond, Virginia: not the city of Richmond.
    const text = 'Fans travelled from Manchester for the final.';
    const manchester = placeAt(placesOf(text, 'en'), text, 'Manchester');
    expect(manchester).toMatchObject({ country: 'GB', kind: 'place' });
    expect(near(manchester, 53.48, -2.24)).toBe(true);
    // "Geneva" for Genève, "Florence" for Firenze: the name in another language.
    const exonyms = 'Talks resumed in Geneva on Monday, a day after tourists crowded Florence.';
    const found = placesOf(exonyms, 'en');
    expect(placeAt(found, exonyms, 'Geneva')).toMatchObject({ country: 'CH' });
    expect(placeAt(found, exonyms, 'Florence')).toMatchObject({ country: 'IT' });
  });

  it('reads "the English city of" as a place in England, and English alone as the language', () => {
    const text = 'The pair was found in the English city of Salisbury on Sunday.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'English')).toMatchObject({ country: 'GB', name: 'England' });
    const salisbury = placeAt(found, text, 'Salisbury');
    expect(salisbury).toMatchObject({ country: 'GB', kind: 'place' });
    expect(near(salisbury, 51.07, -1.8)).toBe(true);
    // ("Salisbury" is also the former name of Harare; "English" a town in Indiana)
    const language = 'She teaches English to students in Lyon, and speaks it in English.';
    expect(placesOf(language, 'en').filter((p) => p.text === 'English')).toEqual([]);
  });

  it('reads continents by their adjectives', () => {
    const text = 'European airlines and African leaders met Asian investors in Lagos.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'European')).toMatchObject({ name: 'Europe', kind: 'region', lat: 48.69096, lon: 9.14062 });
    expect(placeAt(found, text, 'African')).toMatchObject({ name: 'Africa', kind: 'region' });
    expect(placeAt(found, text, 'Asian')).toMatchObject({ name: 'Asia', kind: 'region' });
    expect(placeAt(found, text, 'Lagos')).toMatchObject({ country: 'NG' });
  });

  it('takes the short name of a big city though it is a frequent word', () => {
    // "newcastle" is frequent in English text; the city's own name is Newcastle upon Tyne.
    const text = 'The treatment was developed by doctors in Newcastle, in the UK.';
    const newcastle = placeAt(placesOf(text, 'en'), text, 'Newcastle');
    expect(newcastle).toMatchObject({ country: 'GB', kind: 'place' });
    expect(near(newcastle, 54.97, -1.61)).toBe(true);
    // Frequent words that merely are other names of big cities stay words.
    const words = 'For Kyle, the Cup final was about Luck.';
    expect(placesOf(words, 'en')).toEqual([]);
  });

  it('reads the Holy See as the Vatican', () => {
    const text = "Armenia's ambassador to the Holy See met the Pope on Monday.";
    expect(placeAt(placesOf(text, 'en'), text, 'Holy See')).toMatchObject({ country: 'VA', kind: 'country' });
  });

  it('reads demonyms and abbreviations as countries', () => {
    const text = 'Russian troops and U.S. officials met in Geneva.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Russian')).toMatchObject({ country: 'RU', kind: 'country', adjective: true });
    expect(placeAt(found, text, 'U.S.')).toMatchObject({ country: 'US', kind: 'country' });
    expect(near(placeAt(found, text, 'Geneva'), 46.2, 6.15)).toBe(true);
  });

  it('does not take ordinary words, months or people for places', () => {
    const text = 'Most people left in May. President Zelensky met Kevin Durant on Monday. The White House said so.';
    expect(placesOf(text, 'en')).toEqual([]);
  });
});

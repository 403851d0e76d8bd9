import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en places: people, streets and buildings are not places', () => {
  it('does not take a surname after a first and a middle name', () => {
    const text = 'The driver, Cory Lee Henderson, was charged on Tuesday in Phoenix.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Henderson')).toBeUndefined();
    expect(near(placeAt(found, text, 'Phoenix'), 33.45, -112.07)).toBe(true);
  });

  it('reads a given name that is also a town as the start of a name', () => {
    // Nancy, Marco and Adrian are towns too; Charlotte a city of 900,000, which takes the
    // surname's use on its own to be read as a woman's name.
    const text = 'Pediatrician Nancy Kellogg and Marco Rubio met Adrian Dunbar and Charlotte Rowell in Tampa. ' +
      'Rowell said the talks went well.';
    const found = placesOf(text, 'en');
    for (const name of ['Nancy', 'Kellogg', 'Marco', 'Rubio', 'Adrian', 'Dunbar', 'Charlotte', 'Rowell']) {
      expect(placeAt(found, text, name), name).toBeUndefined();
    }
    expect(near(placeAt(found, text, 'Tampa'), 27.95, -82.46)).toBe(true);
  });

  it('keeps a big city after a word that opens the sentence, but not after a given name', () => {
    const text = "Although Edmonton's economy remains healthy, growth slowed. Overall Toronto received a B grade.";
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Edmonton')).toMatchObject({ country: 'CA', kind: 'place' });
    expect(placeAt(found, text, 'Toronto')).toMatchObject({ country: 'CA', kind: 'place' });
    const person = 'Charlotte Toronto, a painter, said the show would open.';
    expect(placeAt(placesOf(person, 'en'), person, 'Toronto')).toBeUndefined();
  });

  it('keeps a big city named before a word the text does not use alone', () => {
    // The newspaper is named after the city.
    const text = 'The Charlotte Observer reported that flights from Charlotte to Nancy resumed.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Charlotte')).toMatchObject({ country: 'US', admin1: 'North Carolina' });
    expect(placeAt(found, text, 'Charlotte', 'from ')).toMatchObject({ country: 'US', admin1: 'North Carolina' });
    expect(placeAt(found, text, 'Nancy')).toMatchObject({ country: 'FR' });
  });

  it('does not take the words of set phrases for towns', () => {
    const text = "Rioters threw Molotov cocktails before Det.-Sgt. Jane Roe arrived; Messi won the Ballon d'Or.";
    expect(placesOf(text, 'en')).toEqual([]);
  });

  it('does not take a name after a police title, even a title that is a town', () => {
    const text = 'Officer Rodriguez and Deputy Baker said the suspect fled.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Rodriguez')).toBeUndefined();
    expect(placeAt(found, text, 'Baker')).toBeUndefined();
  });

  it('does not take a street corner for a state', () => {
    const text = 'The crash happened at 6th and Montana on Sunday; a second one at Montana and 4th.';
    expect(placesOf(text, 'en').filter((p) => p.text === 'Montana')).toEqual([]);
  });

  it("does not take a saint's hospital for a town, but keeps a town's hospital", () => {
    const text = "He was flown to St. Mary's Hospital, then moved to Colchester Hospital in Essex.";
    const found = placesOf(text, 'en');
    expect(found.find((p) => p.text.includes('Mary'))).toBeUndefined();
    const colchester = placeAt(found, text, 'Colchester');
    expect(colchester).toMatchObject({ country: 'GB', kind: 'place' });
    expect(near(colchester, 51.89, 0.9)).toBe(true);
  });

  it('keeps a big city that names an institution', () => {
    const text = 'The Winnipeg Free Press reported that Kevin Durant scored.';
    const found = placesOf(text, 'en');
    const winnipeg = placeAt(found, text, 'Winnipeg');
    expect(winnipeg).toMatchObject({ country: 'CA', kind: 'place' });
    expect(near(winnipeg, 49.88, -97.15)).toBe(true);
    expect(placeAt(found, text, 'Kevin')).toBeUndefined();
    expect(placeAt(found, text, 'Durant')).toBeUndefined();
  });

  it('keeps a big city after a frequent word opening the sentence', () => {
    const text = 'Snow fell all day. One Toronto resident said the buses stopped.';
    const toronto = placeAt(placesOf(text, 'en'), text, 'Toronto');
    expect(toronto).toMatchObject({ country: 'CA', kind: 'place' });
    expect(near(toronto, 43.7, -79.42)).toBe(true);
  });

  it('still finds the state and the city by themselves', () => {
    const text = 'Montana lawmakers met in Henderson, Nevada, on Monday.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Montana')).toMatchObject({ country: 'US', kind: 'admin1' });
    const henderson = placeAt(found, text, 'Henderson');
    expect(henderson).toMatchObject({ country: 'US', kind: 'place' });
    expect(near(henderson, 36.04, -114.98)).toBe(true);
  });
});

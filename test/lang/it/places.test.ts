import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('it places', () => {
  it('resolves the places of a war report in context', () => {
    const text =
      "Un drone ha colpito un'auto nella regione russa di confine di Belgorod. Più tardi, nel villaggio di Khomutovka, " +
      'nella regione di Kursk, migliaia di case sono rimaste senza luce. A Kharkiv le sirene hanno suonato tutta la notte.';
    const found = placesOf(text, 'it');
    const belgorod = placeAt(found, text, 'Belgorod');
    expect(belgorod).toMatchObject({ country: 'RU', kind: 'admin1', rule: 'it/places/name' });
    expect(near(belgorod, 50.88, 37.28, 60)).toBe(true);
    const khomutovka = placeAt(found, text, 'Khomutovka');
    expect(khomutovka).toMatchObject({ country: 'RU', kind: 'place', admin1: 'Kursk Oblast' });
    expect(near(khomutovka, 51.92, 34.56)).toBe(true);
    expect(placeAt(found, text, 'Kursk')).toMatchObject({ country: 'RU', kind: 'admin1' });
    const kharkiv = placeAt(found, text, 'Kharkiv');
    expect(kharkiv).toMatchObject({ country: 'UA', kind: 'place' });
    expect(near(kharkiv, 49.98, 36.25)).toBe(true);
  });

  it('counts a country named by its own name as context', () => {
    // ("Canada" is also a Cañada of Spain: still a certain country)
    const text = 'Nove persone sono morte a Vancouver questa settimana, una crisi per la città canadese. ' +
      'Il Canada ha chiesto aiuto agli USA.';
    const found = placesOf(text, 'it');
    expect(placeAt(found, text, 'Vancouver')).toMatchObject({ country: 'CA', admin1: 'British Columbia', kind: 'place' });
    expect(placeAt(found, text, 'Canada')).toMatchObject({ country: 'CA', kind: 'country' });
  });

  it('weighs a region named again and again above one named once', () => {
    const text = 'Maestri in sciopero in California lunedì: in California le lezioni si sono fermate da Fresno a ' +
      'San Diego, e gli studenti di San Marcos si sono uniti. Un senatore del Texas ha criticato lo sciopero.';
    const sanMarcos = placeAt(placesOf(text, 'it'), text, 'San Marcos');
    expect(sanMarcos).toMatchObject({ country: 'US', admin1: 'California', kind: 'place' });
    expect(near(sanMarcos, 33.14, -117.17)).toBe(true);
  });

  it('reads the region after a comma as the one that holds the town before it', () => {
    const text = 'La società ha aperto uffici ad Atlanta, Georgia, lunedì.';
    expect(placeAt(placesOf(text, 'it'), text, 'Georgia')).toMatchObject({ country: 'US', admin1: 'Georgia', kind: 'admin1' });
    const tbilisi = "L'inviato è atterrato a Tbilisi, Georgia, lunedì.";
    expect(placeAt(placesOf(tbilisi, 'it'), tbilisi, 'Georgia')).toMatchObject({ country: 'GE', kind: 'country' });
  });

  it('prefers a city by its own name to one that once bore it', () => {
    const text = 'I tifosi sono partiti da Manchester per la finale.';
    const manchester = placeAt(placesOf(text, 'it'), text, 'Manchester');
    expect(manchester).toMatchObject({ country: 'GB', kind: 'place' });
    expect(near(manchester, 53.48, -2.24)).toBe(true);
  });

  it('reads a given name that is also a town as the start of a name', () => {
    const text = 'Ha parlato Marco Rubio, che ha incontrato Adrian Dunbar a Tampa.';
    const found = placesOf(text, 'it');
    for (const name of ['Ha', 'Marco', 'Rubio', 'Adrian', 'Dunbar']) expect(placeAt(found, text, name), name).toBeUndefined();
    expect(near(placeAt(found, text, 'Tampa'), 27.95, -82.46)).toBe(true);
  });

  it('reads "la città inglese di" as a place in Britain', () => {
    const text = 'La coppia è stata trovata nella città inglese di Salisbury domenica.';
    const salisbury = placeAt(placesOf(text, 'it'), text, 'Salisbury');
    expect(salisbury).toMatchObject({ country: 'GB', kind: 'place' });
    expect(near(salisbury, 51.07, -1.8)).toBe(true);
  });

  it('reads the Santa Sede as the Vatican', () => {
    const text = "L'ambasciatore armeno presso la Santa Sede ha incontrato il Papa lunedì.";
    expect(placeAt(placesOf(text, 'it'), text, 'Santa Sede')).toMatchObject({ country: 'VA', kind: 'country' });
  });

  it('keeps a big city after a word that opens the sentence', () => {
    const text = 'Intanto Milano ha deciso di chiudere le scuole.';
    expect(placeAt(placesOf(text, 'it'), text, 'Milano')).toMatchObject({ country: 'IT', kind: 'place' });
  });

  it('reads country adjectives and elided articles', () => {
    const text = "L'esercito ucraino è entrato nell'Ucraina orientale.";
    const found = placesOf(text, 'it');
    expect(placeAt(found, text, 'ucraino')).toMatchObject({ country: 'UA', kind: 'country', adjective: true });
    expect(placeAt(found, text, 'Ucraina')).toMatchObject({ country: 'UA', kind: 'country' });
  });

  it('does not take ordinary words, months or people for places', () => {
    const text = 'Via libera al piano. Mercato chiuso a Gennaio. Mira al bersaglio, disse il presidente Zelensky.';
    expect(placesOf(text, 'it')).toEqual([]);
  });
});

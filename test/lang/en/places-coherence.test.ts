import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en places in context', () => {
  it('reads postal abbreviations with their period as regions', () => {
    const text = 'The plant in Conway, Ark., closed; a second one in Brandon, Man., stays open.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Ark.')).toMatchObject({ kind: 'admin1', country: 'US', admin1: 'Arkansas' });
    expect(placeAt(found, text, 'Man.')).toMatchObject({ kind: 'admin1', country: 'CA', admin1: 'Manitoba' });
    expect(near(placeAt(found, text, 'Conway'), 35.09, -92.44)).toBe(true);
    expect(near(placeAt(found, text, 'Brandon'), 49.85, -99.95)).toBe(true);
  });

  it('takes a country by its own name over a capital that shares it', () => {
    const text = 'Exports to Mexico fell sharply, officials in Mexico City said.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Mexico')).toMatchObject({ kind: 'country', country: 'MX', lat: 23, lon: -102 });
    expect(placeAt(found, text, 'Mexico City')).toMatchObject({ kind: 'place', country: 'MX' });
    // ("City" is part of the name before, not a cue for the name after)
    const dateline = 'In Mexico City, Mexico should act.';
    expect(placeAt(placesOf(dateline, 'en'), dateline, 'Mexico', 'City, ')).toMatchObject({ kind: 'country', country: 'MX' });
  });

  it('counts a country named by its own name as context, though villages abroad share the name', () => {
    // ("Canada" is also a Cañada of Spain and Mexico; "US" a village of France)
    const text = 'Nine people have died in Vancouver this week. The mayor spoke of a crisis for the Canadian city. ' +
      'Canada has asked US officials for help.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Vancouver')).toMatchObject({ country: 'CA', admin1: 'British Columbia', kind: 'place' });
    expect(placeAt(found, text, 'Canada')).toMatchObject({ country: 'CA', kind: 'country' });
    // "the Canadian city": the country's adjective, not the town of Canadian, Texas.
    expect(placeAt(found, text, 'Canadian')).toMatchObject({ country: 'CA', kind: 'country' });
    // Without Canada, the US context keeps its own Vancouver.
    const us = 'Nine people have died in Vancouver this week. US officials have sent help.';
    expect(placeAt(placesOf(us, 'en'), us, 'Vancouver')).toMatchObject({ country: 'US', admin1: 'Washington' });
  });

  it('weighs a region the article names again and again above one it names once', () => {
    const text = 'Teachers across California walked out on Monday. In California, classes stopped from Fresno to ' +
      'San Diego, and students in San Marcos joined them. A Texas senator called the strike illegal.';
    const sanMarcos = placeAt(placesOf(text, 'en'), text, 'San Marcos');
    expect(sanMarcos).toMatchObject({ country: 'US', admin1: 'California', kind: 'place' });
    expect(near(sanMarcos, 33.14, -117.17)).toBe(true);
    // A state after the comma still says more than the article's many mentions of another.
    const texas = 'Teachers across California walked out on Monday. In California, classes stopped from Fresno to ' +
      'San Diego. Students in San Marcos, Texas, joined them.';
    expect(placeAt(placesOf(texas, 'en'), texas, 'San Marcos')).toMatchObject({ country: 'US', admin1: 'Texas' });
  });

  it('reads the region after a comma as the one that holds the town before it', () => {
    const athens = 'The company opened offices in Athens, Georgia, on Monday.';
    const found = placesOf(athens, 'en');
    expect(placeAt(found, athens, 'Georgia')).toMatchObject({ country: 'US', admin1: 'Georgia', kind: 'admin1' });
    expect(near(placeAt(found, athens, 'Athens'), 33.96, -83.38)).toBe(true);
    // No Tbilisi lies in the US state: the country.
    const tbilisi = 'The envoy landed in Tbilisi, Georgia, on Monday.';
    expect(placeAt(placesOf(tbilisi, 'en'), tbilisi, 'Georgia')).toMatchObject({ country: 'GE', kind: 'country' });
  });

  it('keeps a frequent word as a place in every mention once a region after a comma placed it', () => {
    const text = 'Judy Law of Oxford, North Carolina, said the fire at their home in Oxford was set on purpose.';
    const found = placesOf(text, 'en');
    for (const after of ['', 'home in ']) {
      const oxford = placeAt(found, text, 'Oxford', after);
      expect(oxford, after).toMatchObject({ country: 'US', admin1: 'North Carolina' });
      expect(near(oxford, 36.31, -78.59)).toBe(true);
    }
  });

  it('does not read a list of cities as a town and its region', () => {
    // (there are towns called Washington in New York state)
    const text = 'After stops in Washington, New York and Boston, the minister flew home.';
    const found = placesOf(text, 'en');
    expect(near(placeAt(found, text, 'Washington'), 38.9, -77.04)).toBe(true);
    expect(near(placeAt(found, text, 'New York'), 40.71, -74.01)).toBe(true);
  });

  it('prefers the namesake near the other places of the article', () => {
    const text = 'Firefighters were called to a house in Edmonton. Crews from Enfield and Tottenham helped.';
    const edmonton = placeAt(placesOf(text, 'en'), text, 'Edmonton');
    expect(edmonton).toMatchObject({ country: 'GB', kind: 'place' });
    expect(near(edmonton, 51.62, -0.06, 10)).toBe(true);
    const canada = 'Flights from Edmonton to Calgary were cancelled.';
    expect(placeAt(placesOf(canada, 'en'), canada, 'Edmonton')).toMatchObject({ country: 'CA' });
  });

  it('keeps one sense per name in an article', () => {
    const text = 'LONDON, Ky. - A barn burned on Friday. The London fire chief said nobody was hurt.';
    const found = placesOf(text, 'en');
    for (const after of ['', 'The ']) {
      const london = placeAt(found, text, after ? 'London' : 'LONDON', after);
      expect(london, after).toMatchObject({ country: 'US', admin1: 'Kentucky' });
      expect(near(london, 37.13, -84.08)).toBe(true);
    }
  });

  it('does not take organisations, people, agencies or dates for places', () => {
    const text = "The State Police in Kentucky said on Nov. 5 that Russia's Vladimir Putin had called. Xinhua reported it. The talks went on.";
    const found = placesOf(text, 'en');
    expect(found.map((p) => p.text)).toEqual(['Kentucky', 'Russia']);
  });

  it('takes a frequent word at the start of a sentence for the place the article names elsewhere', () => {
    const text = 'Taxes rose this year, officials in Ottawa said.\nOttawa has publicly said it plans to act.';
    const found = placesOf(text, 'en');
    expect(placeAt(found, text, 'Ottawa', '\n')).toMatchObject({ country: 'CA', kind: 'place' });
    const alone = 'Taxes rose.\nMobile phones were cut off.';
    expect(placesOf(alone, 'en')).toEqual([]);
  });

  it('reads first names before a surname as people, even where a minor region bears them', () => {
    const text = 'Mary Magdalene and Paul Ryan spoke. The town was quiet, they said in Ohio.';
    expect(placesOf(text, 'en').map((p) => p.text)).toEqual(['Ohio']);
  });
});

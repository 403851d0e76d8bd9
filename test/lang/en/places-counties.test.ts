import { describe, expect, it } from 'vitest';
import { near, placeAt, placesOf } from '../../geo/helpers.js';

describe('en counties and well-known regions', () => {
  it('finds US counties, in the state the article is about', () => {
    const text = 'Deputies in Plymouth County, Iowa, searched a farm near Le Mars. Later, Plymouth Co. officials thanked them.';
    const found = placesOf(text, 'en');
    const county = placeAt(found, text, 'Plymouth County');
    expect(county).toMatchObject({ kind: 'admin2', country: 'US', admin1: 'Iowa', name: 'Plymouth County' });
    expect(near(county, 42.74, -96.21, 40)).toBe(true);
    expect(placeAt(found, text, 'Plymouth Co.')).toMatchObject({ kind: 'admin2', admin1: 'Iowa' });
    const massachusetts = 'The Plymouth County sheriff in Massachusetts spoke in Brockton.';
    expect(placeAt(placesOf(massachusetts, 'en'), massachusetts, 'Plymouth County')).toMatchObject({ admin1: 'Massachusetts' });
  });

  it('keeps "St." with the name it abbreviates', () => {
    const text = 'The family moved from St. Thomas, Ont., to Toronto.';
    const found = placesOf(text, 'en');
    const stThomas = placeAt(found, text, 'St. Thomas');
    expect(stThomas).toMatchObject({ country: 'CA', kind: 'place' });
    expect(near(stThomas, 42.78, -81.18)).toBe(true);
  });

  it('reads a well-known province by its own name as the province', () => {
    const text = 'Quebec will hold an election; Montreal voters are undecided.';
    expect(placeAt(placesOf(text, 'en'), text, 'Quebec')).toMatchObject({ kind: 'admin1', country: 'CA' });
    const oblast = 'Shelling hit Kharkiv overnight.';
    expect(placeAt(placesOf(oblast, 'en'), oblast, 'Kharkiv')).toMatchObject({ kind: 'place', country: 'UA' });
  });
});

import { describe, expect, it } from 'vitest';
import { placeAt, placesOf } from '../../geo/helpers.js';

describe('it places next to people', () => {
  it('does not take a first name for a place when a known surname follows, whatever the cue', () => {
    const text = 'Lo ha annunciato il capo della regione, Alexander Khinshtein, dopo un attacco a Rylsk.';
    const found = placesOf(text, 'it');
    expect(found.map((p) => p.text)).not.toContain('Alexander');
    expect(placeAt(found, text, 'Rylsk')).toMatchObject({ country: 'RU', kind: 'place' });
  });
});

import { describe, expect, it } from 'vitest';
import { Article, evidenceOf as evidence, onlyEvent as only } from '../../pipeline/events-mentions.js';

/** Casualty, toll, outage and source phrases, with the numbers and times of the en pack itself. */

describe('en casualty, toll, outage and source phrases', () => {
  it('reads "a man died and three people were wounded", "local authorities said"', () => {
    const a = new Article('A man died and three people were wounded in shelling of Kherson, local authorities said.', '2026-02-11', 'en')
      .stages()
      .place('Kherson', { lat: 46.64, lon: 32.61, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 1, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 3, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['three people were wounded']);
    expect(e.sources).toEqual([{ role: 'authorities' }]);
  });

  it('reads "the number of injured has risen to 14"', () => {
    const a = new Article('The number of injured in Kharkiv has risen to 14.', '2026-02-11', 'en')
      .stages()
      .place('Kharkiv', { lat: 49.99, lon: 36.23, country: 'UA' });
    const e = only(a);
    expect(e.injured).toEqual({ value: 14, qualifier: 'exact' });
    expect(e.fatalities).toBeUndefined();
  });

  it('reads "more than 30,000 households were left without power", "according to the regional administration"', () => {
    const a = new Article('More than 30,000 households in Odesa were left without power after a drone attack, according to the regional administration.', '2026-02-11', 'en')
      .stages()
      .place('Odesa', { lat: 46.48, lon: 30.73, country: 'UA' });
    const e = only(a);
    expect(e.impacts).toEqual([{ kind: 'power_outage', affected: { value: 30000, qualifier: 'more_than', min: 30000 } }]);
    expect(e.sources).toEqual([{ role: 'region_head' }]);
  });

  it('takes the actor named first, not a country of the place ("the Belgorod region of Russia")', () => {
    const a = new Article('Ukrainian drones attacked an electrical substation in the Belgorod region of Russia on Tuesday, leaving about 12,000 residents without power, Ukraine\'s air force said.', '2026-04-02', 'en')
      .stages()
      .place('Belgorod region', { name: 'Belgorod Oblast', kind: 'admin1', lat: 50.6, lon: 36.6, country: 'RU' });
    const e = only(a);
    expect(e.actor1).toEqual({ name: 'Military Forces of Ukraine', country: 'UA' });
    expect(e.impacts).toEqual([{ kind: 'power_outage', affected: { value: 12000, qualifier: 'approx' } }]);
    expect(e.sources).toEqual([{ name: 'Ukraine\'s air force', role: 'military' }]);
  });
});

describe('en impacts: damage and an outage in one sentence', () => {
  it('gives the count of people without power to the outage, not to the damage before it', () => {
    const a = new Article('Drones damaged an energy facility in Odesa overnight, leaving more than 30,000 households without power.', '2026-03-09', 'en')
      .stages()
      .place('Odesa', { name: 'Odesa', lat: 46.48, lon: 30.73, country: 'UA' });
    const e = only(a);
    expect(e.impacts.map((i) => [i.kind, i.affected?.value, i.affected?.qualifier])).toEqual([['damage', undefined, undefined], ['power_outage', 30000, 'more_than']]);
    expect(evidence(a, e, 'impacts')[1]).toBe('more than 30,000 households without power');
  });
});

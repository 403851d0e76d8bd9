import { describe, expect, it } from 'vitest';
import { Article, evidenceOf as evidence, onlyEvent as only } from '../../pipeline/events-mentions.js';

/** Casualty, toll, outage and source phrases, with the numbers and times of the it pack itself. */

describe('it casualty, toll, outage and source phrases', () => {
  it('reads "sono morte due persone e undici sono rimaste ferite", "ha fatto sapere il governatore"', () => {
    const a = new Article('A Zaporizhzhia sono morte due persone e undici sono rimaste ferite in un attacco di droni russi, ha fatto sapere il governatore Ivan Fedorov su Telegram.', '2026-02-11', 'it')
      .stages()
      .place('Zaporizhzhia', { lat: 47.84, lon: 35.14, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 11, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['undici sono rimaste ferite']);
    expect(e.sources).toEqual([{ name: 'Ivan Fedorov', role: 'governor', channel: 'Telegram' }]);
  });

  it('reads "il bilancio delle vittime è salito a sette", reported by an agency', () => {
    const a = new Article('Il bilancio delle vittime del raid su Dnipro è salito a sette, riferisce l\'agenzia Ukrinform.', '2026-02-11', 'it')
      .stages()
      .place('Dnipro', { lat: 48.45, lon: 34.98, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 7, qualifier: 'exact' });
    expect(evidence(a, e, 'fatalities')).toEqual(['bilancio delle vittime del raid su Dnipro è salito a sette']);
    expect(e.sources).toEqual([{ outlet: 'Ukrinform' }]);
  });

  it('reads "oltre 20mila utenze sono rimaste senza luce"', () => {
    const a = new Article('Dopo l\'attacco a Kharkiv oltre 20mila utenze sono rimaste senza luce, secondo le autorità locali.', '2026-02-11', 'it')
      .stages()
      .place('Kharkiv', { lat: 49.99, lon: 36.23, country: 'UA' });
    const e = only(a);
    expect(e.impacts).toEqual([{ kind: 'power_outage', affected: { value: 20000, qualifier: 'more_than', min: 20000 } }]);
    expect(e.sources).toEqual([{ role: 'authorities' }]);
  });
});

describe('it impacts: damage and an outage in one sentence', () => {
  it('gives the count of people without power to the outage, not to the damage before it', () => {
    const a = new Article('Nella notte i droni hanno danneggiato un impianto energetico a Odessa, lasciando oltre 30mila persone senza elettricità.', '2026-03-09', 'it')
      .stages()
      .place('Odessa', { name: 'Odesa', lat: 46.48, lon: 30.73, country: 'UA' });
    const e = only(a);
    expect(e.impacts.map((i) => [i.kind, i.affected?.value, i.affected?.qualifier])).toEqual([['damage', undefined, undefined], ['power_outage', 30000, 'more_than']]);
    expect(evidence(a, e, 'impacts')[1]).toBe('oltre 30mila persone senza elettricità');
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const ODESA = { lat: 46.48, lon: 30.73, country: 'UA', admin1: 'Odesa' };
const BRYANSK = { lat: 53.25, lon: 34.37, country: 'RU', admin1: 'Bryansk' };
const SUMY = { lat: 50.91, lon: 34.8, country: 'UA', kind: 'admin1', admin1: 'Sumy' } as const;
const KRASNOPILLIA = { lat: 50.77, lon: 35.27, country: 'UA', admin1: 'Sumy' };

function threeEvents(): Article {
  const text =
    "È salito a cinque il numero delle vittime dell'attacco effettuato dalle forze armate russe sulla città ucraina di Odessa lo scorso 8 febbraio. " +
    'Lo ha reso noto su Telegram il sindaco Gennadiy Trukhanov spiegando che tra le macerie “sono stati trovati i resti di un’altra persona”.\n\n' +
    "Mentre due persone sono state uccise e altre tre ferite nella regione russa di Bryansk in seguito all'attacco di un drone ucraino contro un autobus. " +
    'Il governatore Alexander Bogomaz ha dichiarato che tra i feriti c’è anche una bambina di 7 anni.\n\n' +
    'Oltre 20mila persone nella regione di Sumy sono rimaste senza elettricità dopo un attacco di droni russi contro una sottostazione nel villaggio di Krasnopillia. ' +
    'Lo ha annunciato il capo della regione, Oleh Hryhorov. Lo riporta Ukrinform.';
  return new Article(text, '2026-02-10', 'it')
    .qty('cinque', 5)
    .time('8 febbraio', '2026-02-08')
    .place('Odessa', ODESA)
    .qty('due', 2)
    .qty('tre', 3)
    .place('Bryansk', BRYANSK)
    .qty('7', 7)
    .qty('Oltre 20mila', 20000, 'more_than')
    .place('regione di Sumy', { ...SUMY, name: 'Sumy Oblast' })
    .place('Krasnopillia', KRASNOPILLIA);
}

describe('it events: three events in one article', () => {
  const a = threeEvents();
  const events = extractEvents(a.doc, a.mentions);

  it('finds one event per place, in order', () => {
    expect(events.map((e) => e.location.name)).toEqual(['Odessa', 'Bryansk', 'Krasnopillia']);
  });

  it('reads a toll that rose, the actor and the stated date (it/toll, it/rise)', () => {
    const e = events[0]!;
    expect(e.fatalities).toEqual({ value: 5, qualifier: 'exact' });
    expect(e.injured).toBeUndefined();
    expect(e.date).toEqual({ start: '2026-02-08', end: '2026-02-08', precision: 'day' });
    expect(e.actor1).toEqual({ name: 'Military Forces of Russia', country: 'RU' });
    expect(e.subEventType).toBe('Air/drone strike');
    expect(e.sources).toEqual([{ name: 'Gennadiy Trukhanov', role: 'mayor', channel: 'Telegram' }]);
    expect(a.at(e.fieldEvidence!['fatalities']![0]!)).toBe('È salito a cinque il numero delle vittime');
    expect(e.fieldEvidence!['fatalities']![0]!.rule).toBe('it/rise/rise-killed');
    expect(e.evidence.map((s) => a.at(s).slice(0, 20))).toEqual(['È salito a cinque il', 'Lo ha reso noto su T']);
  });

  it('counts killed and injured, not the age of a child among them', () => {
    const e = events[1]!;
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 3, qualifier: 'exact' });
    expect(e.location.precision).toBe('admin1');
    expect(e.date).toEqual({ start: '2026-02-10', end: '2026-02-10', precision: 'days' });
    expect(e.fieldEvidence!['date']![0]!.source).toBe('inferred');
    expect(e.actor1).toEqual({ name: 'Military Forces of Ukraine', country: 'UA' });
    expect(e.target).toEqual({ kind: 'vehicle' });
    expect(e.weapons).toEqual([{ kind: 'drone' }]);
    expect(e.sources).toEqual([{ name: 'Alexander Bogomaz', role: 'governor' }]);
    expect(e.fieldEvidence!['injured']!.map((s) => a.at(s))).toEqual(['tre ferite']);
  });

  it('reads an outage with the number of people affected, the village over the region', () => {
    const e = events[2]!;
    expect(e.impacts).toEqual([{ kind: 'power_outage', affected: { value: 20000, qualifier: 'more_than' } }]);
    expect(e.fatalities).toBeUndefined();
    expect(e.location.precision).toBe('place');
    expect(e.target).toEqual({ kind: 'energy' });
    expect(e.subEventType).toBe('Air/drone strike');
    expect(e.actor1?.country).toBe('RU');
    expect(e.sources).toEqual([{ name: 'Oleh Hryhorov', role: 'region_head' }, { outlet: 'Ukrinform' }]);
    expect(a.at(e.fieldEvidence!['impacts']![0]!)).toBe('Oltre 20mila persone nella regione di Sumy sono rimaste senza elettricità');
  });
});

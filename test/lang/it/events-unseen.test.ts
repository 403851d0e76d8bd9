import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { extractStatements } from '../../../src/pipeline/statements/index.js';
import { Article, evidenceOf } from '../../pipeline/events-mentions.js';

const ZAPORIZHZHIA = { name: 'Zaporizhzhia', lat: 47.84, lon: 35.14, country: 'UA', admin1: 'Zaporizhzhia Oblast' };
const KHERSON = { name: 'Kherson', lat: 46.64, lon: 32.61, country: 'UA', admin1: 'Kherson' };
const RUSSIA = { lat: 60, lon: 100, country: 'RU', kind: 'country' as const };

describe('it, an article no test had seen: night attack, interceptions, a toll elsewhere', () => {
  const a = new Article(
    'Nella notte tra domenica e lunedì le forze armate russe hanno attaccato Zaporizhzhia con droni e missili balistici. ' +
      'Tre persone sono morte e 14 sono rimaste ferite, tra cui due bambini di 7 e 12 anni, ha riferito su Telegram il capo dell\'amministrazione regionale Ivan Fedorov. ' +
      'Danneggiati un condominio e una sottostazione elettrica: circa 40mila utenze sono rimaste senza elettricità.\n\n' +
      'L\'aeronautica militare ucraina ha dichiarato di aver abbattuto 52 dei 67 droni lanciati dalla Russia durante la notte.\n\n' +
      'A Kherson, intanto, è salito a cinque il numero delle vittime del bombardamento di sabato su un mercato, secondo la procura regionale.',
    '2026-02-10',
    'it',
  )
    .stages()
    .place('Zaporizhzhia', ZAPORIZHZHIA)
    .place('Russia', RUSSIA)
    .place('Kherson', KHERSON);
  const events = extractEvents(a.doc, a.mentions);

  it('"hanno attaccato" starts the event: actor, weapons, the night between two days', () => {
    const e = events[0]!;
    expect(e.location.name).toBe('Zaporizhzhia');
    expect(e.date).toEqual({ start: '2026-02-08', end: '2026-02-09', precision: 'day' });
    expect(a.at(e.fieldEvidence!['date']![0]!)).toBe('Nella notte tra domenica e lunedì');
    expect(e.actor1).toEqual({ name: 'Military Forces of Russia', country: 'RU' });
    expect(e.weapons.map((w) => w.kind)).toEqual(['drone', 'missile']);
    expect([e.fatalities?.value, e.injured?.value]).toEqual([3, 14]);
    expect(e.impacts).toContainEqual({ kind: 'power_outage', affected: { value: 40000, qualifier: 'approx' } });
    expect(e.sources).toEqual([{ name: 'Ivan Fedorov', role: 'region_head', channel: 'Telegram' }]);
  });

  it('the drones shot down in a paragraph of their own are another event, of their own type', () => {
    const e = events[1]!;
    expect([e.eventType, e.subEventType]).toEqual(['Strategic developments', 'Disrupted weapons use']);
    expect(evidenceOf(a, e, 'eventType')).toEqual(['abbattuto']);
    expect(e.fatalities).toBeUndefined();
  });

  it('the toll that rose in another city keeps its own day', () => {
    expect(events).toHaveLength(3);
    const e = events[2]!;
    expect(e.location.name).toBe('Kherson');
    expect(e.date.start).toBe('2026-02-07');
    expect(e.fatalities).toEqual({ value: 5, qualifier: 'exact' });
    expect(evidenceOf(a, e, 'fatalities')).toEqual(['è salito a cinque il numero delle vittime']);
  });
});

describe('it, an article no test had seen: an abduction, utilities listed together, a monthly claim', () => {
  const a = new Article(
    'Il presidente ucraino Volodymyr Zelensky ha scritto su Telegram: «Solo questo mese la Russia ha lanciato contro l\'Ucraina oltre 2.300 droni d\'attacco, quasi 1.200 bombe aeree guidate e 80 missili».\n\n' +
      'Nella regione di Kherson i militari russi hanno rapito due volontari nel villaggio di Oleshky, denuncia il commissario per i diritti umani Dmytro Lubinets.\n\n' +
      'A Odessa un attacco di droni ha lasciato senza acqua e riscaldamento oltre 100mila persone, ha riferito il sindaco Hennadiy Trukhanov.',
    '2026-03-15',
    'it',
  )
    .stages()
    .place('Kherson', { ...KHERSON, kind: 'admin1' })
    .place('Oleshky', { lat: 46.63, lon: 32.72, country: 'UA', admin1: 'Kherson' })
    .place('Odessa', { name: 'Odesa', lat: 46.48, lon: 30.73, country: 'UA', admin1: 'Odessa Oblast' });
  const events = extractEvents(a.doc, a.mentions);

  it('"i militari russi hanno rapito": an abduction with its actor, reported by the ombudsman', () => {
    const e = events[0]!;
    expect([e.eventType, e.subEventType]).toEqual(['Violence against civilians', 'Abduction/forced disappearance']);
    expect(e.location.name).toBe('Oleshky');
    expect(e.actor1?.name).toBe('Military Forces of Russia');
    expect(evidenceOf(a, e, 'actor1')).toEqual(['militari russi']);
    expect(e.sources).toEqual([{ name: 'Dmytro Lubinets', role: 'ombudsman' }]);
  });

  it('"senza acqua e riscaldamento oltre 100mila persone": both outages, one count', () => {
    const e = events[1]!;
    expect(e.location.name).toBe('Odesa');
    const affected = { value: 100000, min: 100000, qualifier: 'more_than' };
    expect(e.impacts).toEqual([{ kind: 'water', affected }, { kind: 'heating', affected }]);
    expect(evidenceOf(a, e, 'impacts')).toEqual(['senza acqua e riscaldamento oltre 100mila', 'riscaldamento']);
  });

  it('the monthly claim is a statement, not an event', () => {
    expect(events).toHaveLength(2);
    const [s] = extractStatements(a.doc, a.mentions);
    expect(s?.speaker).toEqual({ name: 'Volodymyr Zelensky', role: 'president' });
    expect(s?.platform).toBe('Telegram');
    expect(s?.claims.map((c) => [c.weapon, c.count.value, c.count.qualifier, c.period?.start])).toEqual([
      ['drone', 2300, 'more_than', '2026-03-01'],
      ['guided_bomb', 1200, 'approx', '2026-03-01'],
      ['missile', 80, 'exact', '2026-03-01'],
    ]);
  });
});

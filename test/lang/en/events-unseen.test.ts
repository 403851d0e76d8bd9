import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf } from '../../pipeline/events-mentions.js';

const KHERSON_REGION = { name: 'Kherson Oblast', lat: 46.67, lon: 33.6, country: 'UA', admin1: 'Kherson', kind: 'admin1' as const };

describe('en, an article no test had seen: a night attack, interceptions, a toll that rose', () => {
  const a = new Article(
    'Russia launched a massive drone and missile attack on Kharkiv overnight, killing four people, including a 10-year-old boy, and injuring 23, regional governor Oleh Syniehubov said on Telegram.\n\n' +
      'Ukraine\'s air force said it shot down 48 of the 65 Shahed drones and two of the three Iskander missiles launched overnight.\n\n' +
      'The death toll from Saturday\'s missile strike on Sumy rose to 11, the city\'s military administration said.',
    '2026-02-16',
    'en',
  )
    .stages()
    .place('Kharkiv', { lat: 49.98, lon: 36.25, country: 'UA', admin1: 'Kharkiv Oblast' })
    .place('Ukraine', { lat: 49, lon: 32, country: 'UA', kind: 'country' })
    // the gazetteer knows a town Iskandar: the weapon's name must not place the event there
    .place('Iskander', { name: 'Iskandar', lat: 41.55, lon: 69.68, country: 'UZ' })
    .place('Sumy', { lat: 50.91, lon: 34.8, country: 'UA', admin1: 'Sumy Oblast' });
  const events = extractEvents(a.doc, a.mentions);

  it('the attack: killed, injured, weapons, source', () => {
    const e = events[0]!;
    expect(e.location.name).toBe('Kharkiv');
    expect([e.fatalities?.value, e.injured?.value]).toEqual([4, 23]);
    expect(e.weapons.map((w) => w.kind)).toEqual(['drone', 'missile']);
    expect(e.sources).toEqual([{ name: 'Oleh Syniehubov', role: 'governor', channel: 'Telegram' }]);
  });

  it('interceptions: in Ukraine, not in a town named like the missile; the counts are the ones shot down', () => {
    const e = events[1]!;
    expect(e.subEventType).toBe('Disrupted weapons use');
    expect(e.location).toMatchObject({ name: 'Ukraine', precision: 'country' });
    // "48 of the 65 Shahed drones and two of the three Iskander missiles": the event is the interception of 48 and of 2
    expect(e.weapons).toEqual([
      { kind: 'drone', model: 'Shahed', count: { value: 48, qualifier: 'exact' } },
      { kind: 'missile', model: 'Iskander', count: { value: 2, qualifier: 'exact' } },
    ]);
    expect(evidenceOf(a, e, 'weapons')).toEqual(['48 of the 65 Shahed drones', 'two of the three Iskander missiles']);
  });

  it('the toll of another day\'s strike', () => {
    expect(events).toHaveLength(3);
    expect([events[2]!.location.name, events[2]!.date.start, events[2]!.fatalities?.value]).toEqual(['Sumy', '2026-02-14', 11]);
  });
});

describe('en, an article no test had seen: shelling, remains found, an abduction in the same region', () => {
  const a = new Article(
    'Russian troops shelled the village of Bilozerka in Kherson region on Tuesday, killing a 67-year-old man and wounding his wife, according to regional governor Oleksandr Prokudin.\n\n' +
      'Rescuers found the remains of another person under the rubble of a residential building in Dnipro, bringing the death toll from Monday\'s attack to nine.\n\n' +
      'In the occupied town of Nova Kakhovka, Russian soldiers abducted three local residents, the Ukrainian ombudsman said.',
    '2026-02-18',
    'en',
  )
    .stages()
    .place('Bilozerka', { lat: 46.63, lon: 32.44, country: 'UA', admin1: 'Kherson' })
    .place('Kherson region', KHERSON_REGION)
    .place('Dnipro', { lat: 48.47, lon: 35.04, country: 'UA', admin1: 'Dnipropetrovsk Oblast' })
    .place('Nova Kakhovka', { lat: 46.76, lon: 33.36, country: 'UA', admin1: 'Kherson' });
  const events = extractEvents(a.doc, a.mentions);

  it('"Russian troops shelled": the troops are the actor, not a military target', () => {
    const e = events[0]!;
    expect(e.subEventType).toBe('Shelling/artillery/missile attack');
    expect(e.actor1?.name).toBe('Military Forces of Russia');
    expect(e.target).toBeUndefined();
    expect([e.fatalities?.value, e.injured?.value]).toEqual([1, 1]);
  });

  it('"bringing the death toll from Monday\'s attack to nine"', () => {
    const e = events[1]!;
    expect([e.location.name, e.date.start, e.fatalities?.value]).toEqual(['Dnipro', '2026-02-16', 9]);
    expect(evidenceOf(a, e, 'fatalities')).toEqual(['bringing the death toll from Monday\'s attack to nine']);
  });

  it('an abduction in the same region is another event', () => {
    expect(events).toHaveLength(3);
    const e = events[2]!;
    expect([e.subEventType, e.location.name, e.actor1?.name]).toEqual(['Abduction/forced disappearance', 'Nova Kakhovka', 'Military Forces of Russia']);
    expect(e.sources).toEqual([{ role: 'ombudsman' }]);
  });
});

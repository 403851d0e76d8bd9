import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/extraction.js';
import { actorsCompatible, coarser, isSameEvent, type MergeCandidate } from '../../src/store/event-merge.js';
import { ingestArticle } from '../../src/store/ingest-service.js';
import { BACKENDS, openTestStore, type TestStore } from './backends.js';
import { event, extraction, fixtureExtractor } from './fixtures.js';

const NOW = new Date('2026-01-06T08:00:00Z');

const KHARKIV: MergeCandidate = {
  id: 1, eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', dateStart: '2026-01-02', dateEnd: '2026-01-02',
  lat: 49.98, lon: 36.25, country: 'UA', admin1: 'Kharkivska', precision: 'place',
  actor1: { name: 'Military Forces of Russia', country: 'RU' }, actor2: null, targetKind: 'residential', weaponKinds: ['drone'], articleIds: [7],
};

describe('merge rules', () => {
  it('merges an account of the same strike from another article', () => {
    expect(isSameEvent(KHARKIV, event(), 8)).toBe(true);
  });
  it('never merges two events of one article', () => {
    expect(isSameEvent(KHARKIV, event(), 7)).toBe(false);
  });
  it('keeps apart another day, another target, another country, another kind', () => {
    expect(isSameEvent(KHARKIV, event({ date: { start: '2026-01-03', end: '2026-01-03' } }), 8)).toBe(false);
    expect(isSameEvent(KHARKIV, event({ target: { kind: 'energy' } }), 8)).toBe(false);
    expect(isSameEvent(KHARKIV, event({ eventType: 'Battles', subEventType: 'Armed clash' }), 8)).toBe(false);
    // Belgorod is 70 km from Kharkiv, but in Russia
    expect(isSameEvent(KHARKIV, event({ location: { name: 'Belgorod', lat: 50.6, lon: 36.6, country: 'RU', admin1: 'Belgorod', precision: 'admin1' } }), 8)).toBe(false);
  });
  it('uses the coarser precision for the distance: 25 km for places, 150 km for a region', () => {
    const chuhuiv = { name: 'Chuhuiv', lat: 49.84, lon: 36.69 }; // ~35 km from Kharkiv
    expect(isSameEvent(KHARKIV, event({ location: { ...chuhuiv, precision: 'place' } }), 8)).toBe(false);
    expect(isSameEvent(KHARKIV, event({ location: { ...chuhuiv, name: 'Kharkiv region', precision: 'admin1' } }), 8)).toBe(true);
    expect(coarser('place', 'admin1')).toBe('admin1');
  });
  it('compares region names only for region-level locations (place names of regions vary)', () => {
    expect(isSameEvent(KHARKIV, event({ location: { admin1: 'Kharkiv Oblast' } }), 8)).toBe(true);
    const region = { ...KHARKIV, precision: 'admin1' };
    expect(isSameEvent(region, event({ location: { admin1: 'Kharkivska', precision: 'admin1' } }), 8)).toBe(true);
    expect(isSameEvent(region, event({ location: { admin1: 'Sumska', lat: 50.9, lon: 34.8, precision: 'admin1' } }), 8)).toBe(false);
  });
  it('accepts a date range that contains the day, and a sub-type mismatch when a weapon is shared', () => {
    expect(isSameEvent(KHARKIV, event({ date: { start: '2026-01-01', end: '2026-01-04', precision: 'week' } }), 8)).toBe(true);
    expect(isSameEvent(KHARKIV, event({ subEventType: 'Shelling/artillery/missile attack', weapons: [{ kind: 'drone' }, { kind: 'missile' }] }), 8)).toBe(true);
    expect(isSameEvent(KHARKIV, event({ subEventType: 'Shelling/artillery/missile attack', weapons: [{ kind: 'artillery' }] }), 8)).toBe(false);
  });
  it('treats actors as compatible unless known to differ', () => {
    expect(actorsCompatible({ name: 'Russian forces', country: 'RU' }, { name: 'Forze russe', country: 'RU' })).toBe(true);
    expect(actorsCompatible({ name: 'Russian forces', country: 'RU' }, { name: 'Ukrainian forces', country: 'UA' })).toBe(false);
    expect(actorsCompatible({ name: 'Wagner' }, undefined)).toBe(true);
    expect(actorsCompatible({ name: 'Wagner' }, { name: 'wagner ' })).toBe(true);
  });
});

for (const backend of BACKENDS) {
  describe(`merging in the store (${backend})`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await openTestStore(backend);
    });
    afterAll(async () => {
      await t.cleanup();
    });

    it('merges one strike told by three articles in three languages, keeping each toll', async () => {
      const texts = {
        it: 'Sale a 3 il bilancio dei morti a Kharkiv.',
        uk: 'У Харкові загинули четверо людей.',
        ru: 'В Харькове погибли четыре человека, сообщил мэр.',
      };
      const table = new Map<string, Extraction>([
        [texts.it, extraction([event({ fatalities: { value: 3, qualifier: 'exact' }, confidence: 0.7 })], [], 'it')],
        [texts.uk, extraction([event({ fatalities: { value: 4, qualifier: 'exact' }, location: { name: 'Харків' } })], [], 'uk')],
        [texts.ru, extraction([event({ fatalities: { value: 4, qualifier: 'exact' }, location: { name: 'Харьков', lat: 49.99, lon: 36.23, precision: 'place' }, sources: [{ name: 'Igor Terekhov', role: 'mayor' }] })], [], 'ru')],
      ]);
      const ex = fixtureExtractor(table);
      const a = await ingestArticle(t.store, { url: 'https://it.example/1', text: texts.it, published: '2026-01-02T18:00:00Z', lang: 'it' }, ex, NOW);
      const b = await ingestArticle(t.store, { url: 'https://uk.example/1', text: texts.uk, published: '2026-01-03T07:00:00Z', lang: 'uk' }, ex, NOW);
      const c = await ingestArticle(t.store, { url: 'https://ru.example/1', text: texts.ru, published: '2026-01-03T11:00:00+02:00', lang: 'ru' }, ex, NOW);
      expect(a.created).toHaveLength(1);
      expect(b.merged).toEqual(a.created);
      expect(c.merged).toEqual(a.created);
      const ev = await t.store.db.selectFrom('events').selectAll().where('id', '=', a.created[0]!).executeTakeFirstOrThrow();
      expect(ev).toMatchObject({ report_count: 3, fatalities: 4, fatalities_min: 3, fatalities_max: 4, date_start: '2026-01-02' });
      expect(ev.confidence).toBeGreaterThan(0.9);
      expect(ev.search_text).toContain('igor terekhov');
      const history = await t.store.db.selectFrom('event_reports').select(['article_id', 'fatalities', 'reported_at']).where('event_id', '=', ev.id).orderBy('reported_at').execute();
      expect(history).toEqual([
        { article_id: a.articleId, fatalities: 3, reported_at: '2026-01-02T18:00:00.000Z' },
        { article_id: b.articleId, fatalities: 4, reported_at: '2026-01-03T07:00:00.000Z' },
        { article_id: c.articleId, fatalities: 4, reported_at: '2026-01-03T09:00:00.000Z' } // given as 11:00+02:00,
      ]);
    });

    it('shows the latest toll even when an older report arrives last', async () => {
      const day = { start: '2026-02-10', end: '2026-02-10' };
      const ex = fixtureExtractor(new Map([
        ['Later report: 6 dead.', extraction([event({ date: day, fatalities: { value: 6, qualifier: 'exact' } })])],
        ['Early report: 2 dead.', extraction([event({ date: day, fatalities: { value: 2, qualifier: 'at_least' } })])],
      ]));
      const late = await ingestArticle(t.store, { text: 'Later report: 6 dead.', published: '2026-02-11' }, ex, NOW);
      await ingestArticle(t.store, { text: 'Early report: 2 dead.', published: '2026-02-10' }, ex, NOW);
      const ev = await t.store.db.selectFrom('events').selectAll().where('id', '=', late.created[0]!).executeTakeFirstOrThrow();
      expect([ev.fatalities, ev.fatalities_min, ev.fatalities_max, ev.report_count]).toEqual([6, 2, 6, 2]);
    });

    it('keeps two different strikes on the same day in the same city apart', async () => {
      const day = { start: '2026-03-05', end: '2026-03-05' };
      const ex = fixtureExtractor(new Map([
        ['Drones hit a block of flats in Kharkiv.', extraction([event({ date: day, target: { kind: 'residential' } })])],
        ['Drones hit a power plant in Kharkiv.', extraction([event({ date: day, target: { kind: 'energy' }, impacts: [{ kind: 'power_outage', affected: { value: 11000, qualifier: 'more_than' } }] })])],
        ['A block of flats and a school were hit.', extraction([event({ date: day }), event({ date: day, target: { kind: 'education' } })])],
      ]));
      const flats = await ingestArticle(t.store, { text: 'Drones hit a block of flats in Kharkiv.' }, ex, NOW);
      const plant = await ingestArticle(t.store, { text: 'Drones hit a power plant in Kharkiv.' }, ex, NOW);
      const both = await ingestArticle(t.store, { text: 'A block of flats and a school were hit.' }, ex, NOW);
      expect(plant.created).toHaveLength(1);
      expect(plant.created[0]).not.toBe(flats.created[0]);
      expect(both.merged).toEqual(flats.created);
      expect(both.created).toHaveLength(1);
      const impacts = await t.store.db.selectFrom('events').select('impacts').where('id', '=', plant.created[0]!).executeTakeFirstOrThrow();
      expect(JSON.parse(impacts.impacts)).toEqual([{ kind: 'power_outage', affected: { value: 11000, qualifier: 'more_than' } }]);
    });
  });
}

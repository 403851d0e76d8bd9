/**
 * One runner for attacks told over a list of places (src/pipeline/events/site-lists.ts), with
 * sentences written in each language (test/lang/<code>/events-site-lists.test.ts), published on
 * Tuesday 10 March 2026: ACLED records one event per location, so "missiles struck Kyiv, Lviv and
 * Dnipro" is three events, each at its place with the place's words as evidence; a weapon's count
 * is the whole attack's and no place's; casualties told at each place go to its event, and a toll
 * that cannot be shared out keeps one event.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/extraction.js';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';

export interface SiteLists {
  /** Missiles strike three cities overnight: the sentence, the gazetteer names and the words naming each city. */
  readonly cities: { readonly text: string; readonly places: readonly string[]; readonly words: readonly string[] };
  /** Forty missiles launched at the same three cities: three events, no count on their missiles. */
  readonly counted: { readonly text: string; readonly places: readonly string[] };
  /** Two regions shelled: two events at admin1 precision. */
  readonly regions: { readonly text: string; readonly places: readonly string[] };
  /** Drones attack two cities, killing three people: one event that keeps the toll. */
  readonly toll: { readonly text: string; readonly place: string; readonly killed: number };
  /** Drones attack two cities, with the dead of one and the injured of the other told at each: two events, each with its own. */
  readonly perPlace: { readonly text: string; readonly events: readonly (readonly [string, number | undefined, number | undefined])[] };
  /** The same, the second count with its verb left out ("killing three people in Odesa and two in Kharkiv"). */
  readonly saidAgain: { readonly text: string; readonly events: readonly (readonly [string, number | undefined, number | undefined])[] };
}

const published = '2026-03-10';

export function describeSiteLists(lang: string, s: SiteLists): void {
  const events = (text: string): Event[] => extract({ text, lang, published }, { gazetteer: loadGazetteer() }).events;
  const said = (text: string, e: Event, field: string): string[] => (e.fieldEvidence?.[field] ?? []).map((v) => text.slice(v.start, v.end));

  describe(`${lang} attacks over a list of places`, () => {
    it('one event per city listed, each at its city, with the city\'s words as evidence', () => {
      const found = events(s.cities.text);
      expect(found.map((e) => [e.location.name, e.location.precision])).toEqual(s.cities.places.map((p) => [p, 'place']));
      expect(found.map((e) => said(s.cities.text, e, 'location'))).toEqual(s.cities.words.map((w) => [w]));
      // the attack itself is shared: type, date and attacker
      expect(new Set(found.map((e) => `${e.subEventType}|${e.date.start}|${e.actor1?.name}`)).size).toBe(1);
      expect(found[0]!.subEventType).toBe('Shelling/artillery/missile attack');
    });

    it('the count of the weapons fired at every place is no place\'s count', () => {
      const found = events(s.counted.text);
      expect(found.map((e) => e.location.name)).toEqual(s.counted.places);
      expect(found.map((e) => e.weapons)).toEqual(s.counted.places.map(() => [{ kind: 'missile' }]));
    });

    it('regions listed are one event each, at admin1 precision', () => {
      const found = events(s.regions.text);
      expect(found.map((e) => [e.location.name, e.location.precision])).toEqual(s.regions.places.map((p) => [p, 'admin1']));
    });

    it('casualties told at each place go to that place\'s event', () => {
      const found = events(s.perPlace.text);
      expect(found.map((e) => [e.location.name, e.fatalities?.value, e.injured?.value])).toEqual(s.perPlace.events);
    });

    it('a count said again for another place, its verb left out, goes to that place', () => {
      const found = events(s.saidAgain.text);
      expect(found.map((e) => [e.location.name, e.fatalities?.value, e.injured?.value])).toEqual(s.saidAgain.events);
    });

    it('a toll of the whole attack keeps one event', () => {
      const found = events(s.toll.text);
      expect(found.map((e) => [e.location.name, e.fatalities?.value])).toEqual([[s.toll.place, s.toll.killed]]);
    });
  });
}

/**
 * One runner for the events told by their weapons, with sentences written in each language
 * (test/lang/<code>/events-weapon-phrases.test.ts), published on Saturday 6 December 2026.
 */
import { describe, expect, it } from 'vitest';
import { locations } from './located.js';

export interface WeaponPhrases {
  /** Drones that damaged houses in a town, with no attack word: "Russian drones damaged three houses in Kharkiv". */
  readonly damage: string;
  /** The town's name in the gazetteer. */
  readonly place: string;
  /** 41 drones destroyed by air defence: "air defences destroyed 41 Russian drones". */
  readonly intercept: string;
  /** The side whose drones were destroyed (actor2 of the interception). */
  readonly owner: string;
  /** Drones that hit an oil refinery in Saratov and caused a fire. */
  readonly refinery: string;
  /** A drone that hit a minibus in Zaporizhzhia, wounding the driver and two passengers. */
  readonly minibus: string;
}

export function describeWeaponPhrases(lang: string, s: WeaponPhrases): void {
  const events = (text: string) => locations(text, lang, '2026-12-06').map((l) => l.event);
  describe(`${lang} events told by their weapons`, () => {
    it('a weapon that did damage is an attack, with no attack word', () => {
      const [e, ...rest] = events(s.damage);
      expect(rest).toEqual([]);
      expect([e!.subEventType, e!.location.name, e!.weapons.map((w) => w.kind), e!.impacts.map((i) => i.kind)]).toEqual(['Air/drone strike', s.place, ['drone'], ['damage']]);
    });

    it('drones destroyed in the air are intercepted, and no damage', () => {
      const [e, ...rest] = events(s.intercept);
      expect(rest).toEqual([]);
      expect([e!.subEventType, e!.weapons, e!.impacts]).toEqual(['Disrupted weapons use', [{ kind: 'drone', count: { value: 41, qualifier: 'exact' } }], []]);
      // the side whose drones were shot down is actor2, not the one that acted
      expect(e!.actor2?.name).toBe(s.owner);
      expect(e!.actor1?.name).not.toBe(s.owner);
    });

    it('counts victims told by their role: the driver and two passengers are three', () => {
      const [e, ...rest] = events(s.minibus);
      expect(rest).toEqual([]);
      expect([e!.location.name, e!.injured]).toEqual(['Zaporizhzhya', { value: 3, qualifier: 'exact' }]);
    });

    it('an oil refinery is an energy target, and a fire is an impact', () => {
      const [e, ...rest] = events(s.refinery);
      expect(rest).toEqual([]);
      expect([e!.subEventType, e!.location.name, e!.target, e!.impacts]).toEqual(['Air/drone strike', 'Saratov', { kind: 'energy' }, [{ kind: 'fire' }]]);
    });
  });
}

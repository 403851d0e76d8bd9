/**
 * One runner for who kills whom, weapons fired at a place and the part of a whole shot down, with
 * sentences written in each language (test/lang/<code>/events-killers-and-launches.test.ts),
 * published on Tuesday 10 March 2026:
 *   - a one-person subject right before a killing verb with people after it is the killer, not a
 *     victim ("a man killed two neighbours" is 2 dead, not 1);
 *   - executions and villagers, neighbours, students are counted like other killings;
 *   - rockets fired at a place are an attack typed by the weapon; an interception told in the
 *     same sentence still outranks them;
 *   - "shot down 50 of 72 drones": the event's count is the part, 50.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/extraction.js';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';

/** A sentence, its event's place (gazetteer name) and the words expected as the evidence of a field. */
export interface Case {
  readonly text: string;
  readonly place: string;
}

export interface KillersAndLaunches {
  /** A man kills two neighbours: 2 killed, the evidence starts at the count after the verb. */
  readonly killer: Case & { readonly victims: string };
  /** Gunmen execute 20 villagers: a Violence-against-civilians attack with 20 killed. */
  readonly execution: Case & { readonly victims: string };
  /** An armed group fires dozens of rockets at a town: a shelling attack by the group, typed by its weapon (`weapon`: the words). */
  readonly rockets: Case & { readonly weapon: string; readonly actor: string };
  /** Rockets fired at a country and most of them shot down, in one sentence: the interception. */
  readonly firedAndDowned: Case;
  /** Air defence shoots down 50 of 72 drones: the drones' count is 50, its evidence "50 ... drones". */
  readonly partOfWhole: Case & { readonly weapons: string };
}

const published = '2026-03-10';

export function describeKillersAndLaunches(lang: string, s: KillersAndLaunches): void {
  const only = (text: string): Event => {
    const x = extract({ text, lang, published }, { gazetteer: loadGazetteer() });
    expect(x.events, text).toHaveLength(1);
    return x.events[0]!;
  };
  const said = (text: string, e: Event, field: string): string[] => (e.fieldEvidence?.[field] ?? []).map((v) => text.slice(v.start, v.end));

  describe(`${lang} killers, executions, rockets fired and parts of a whole`, () => {
    it('a one-person subject before a killing verb is the killer: its victims are the people after the verb', () => {
      const e = only(s.killer.text);
      expect([e.location.name, e.fatalities, said(s.killer.text, e, 'fatalities')]).toEqual([s.killer.place, { value: 2, qualifier: 'exact' }, [s.killer.victims]]);
    });

    it('an execution of villagers is an attack on civilians with its dead counted', () => {
      const e = only(s.execution.text);
      expect([e.eventType, e.subEventType, e.location.name, e.fatalities?.value, said(s.execution.text, e, 'fatalities')])
        .toEqual(['Violence against civilians', 'Attack', s.execution.place, 20, [s.execution.victims]]);
    });

    it('rockets fired at a town are a shelling attack by whoever fired them', () => {
      const e = only(s.rockets.text);
      expect([e.subEventType, e.location.name, e.actor1?.name, said(s.rockets.text, e, 'eventType')])
        .toEqual(['Shelling/artillery/missile attack', s.rockets.place, s.rockets.actor, [s.rockets.weapon]]);
      expect(e.weapons.map((w) => w.kind)).toEqual(['missile']);
    });

    it('an interception told with the firing outranks it', () => {
      const e = only(s.firedAndDowned.text);
      expect([e.subEventType, e.location.name]).toEqual(['Disrupted weapons use', s.firedAndDowned.place]);
    });

    it('the part of a whole shot down is the count of the weapons', () => {
      const e = only(s.partOfWhole.text);
      expect([e.subEventType, e.location.name]).toEqual(['Disrupted weapons use', s.partOfWhole.place]);
      expect(e.weapons.map((w) => [w.kind, w.count?.value])).toEqual([['drone', 50]]);
      expect(said(s.partOfWhole.text, e, 'weapons')).toEqual([s.partOfWhole.weapons]);
    });
  });
}

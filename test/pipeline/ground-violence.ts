/**
 * One runner for violence on the ground and for actors beyond Russia and Ukraine, with sentences
 * written in each language (test/lang/<code>/events-ground-violence.test.ts), published on Monday
 * 5 January 2026: shootings are attacks on civilians, a gunfight between armed sides is an armed
 * clash, a named armed group's raid on a village is an attack by that group, an Israeli air strike
 * is Israel's; shelling, interceptions and a state's attack with no weapon named keep their types.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/extraction.js';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';

/** A sentence, the town its event stands on (gazetteer name) and the words that give its type. */
export interface Told {
  readonly text: string;
  readonly place: string;
  /** The text of the event type's evidence: "opened fire", "sparatoria", "перестрілку". */
  readonly act: string;
  readonly killed?: number;
}

/** A sentence whose attacker is named: the words that name it. */
export interface ToldBy extends Told {
  readonly actorText: string;
}

export interface GroundViolence {
  /** A gunman opens fire in a shopping centre, killing three people. */
  readonly openFire: Told;
  /** Other phrases of the shooting family: "a shooting", "shot dead", "stabbed". */
  readonly shootings: readonly Told[];
  /** Sudan's army and the RSF exchange fire in Omdurman, 15 killed: actor1 the army, actor2 the RSF. */
  readonly gunfight: Told;
  /** Fighters of the Rapid Support Forces attack a village and kill 12 civilians. */
  readonly groupRaid: ToldBy;
  /** An Israeli air strike kills five people in Khan Younis. */
  readonly israeliStrike: ToldBy;
  /** Russian forces shell Kherson, two killed: still shelling. */
  readonly shelling: Told;
  /** Air defence shoots down 20 drones: still an interception. */
  readonly shotDown: Told;
  /** A state's forces attack a city overnight, no weapon named: the remote default (Air/drone strike); `actor` is the state's. */
  readonly stateAttack: ToldBy & { readonly actor: string };
}

const ATTACK = ['Violence against civilians', 'Attack'];

export function describeGroundViolence(lang: string, s: GroundViolence): void {
  const only = (text: string): Event => {
    const x = extract({ text, lang, published: '2026-01-05' }, { gazetteer: loadGazetteer() });
    expect(x.events, text).toHaveLength(1);
    return x.events[0]!;
  };
  const said = (text: string, e: Event, field: string): string[] => (e.fieldEvidence?.[field] ?? []).map((v) => text.slice(v.start, v.end));
  /** The type, place, type's evidence and dead of a sentence's only event are the ones expected. */
  const expectTold = (t: Told, type: readonly string[]): Event => {
    const e = only(t.text);
    expect([[e.eventType, e.subEventType], e.location.name, said(t.text, e, 'eventType')[0], e.fatalities?.value]).toEqual([type, t.place, t.act, t.killed]);
    return e;
  };
  const expectActor = (t: ToldBy, e: Event, actor: string): void => {
    expect([e.actor1?.name, said(t.text, e, 'actor1')]).toEqual([actor, [t.actorText]]);
  };

  describe(`${lang} violence on the ground`, () => {
    it('fire opened by a gunman is an attack on civilians, not an air strike', () => {
      expectTold(s.openFire, ATTACK);
    });

    it('every phrase of the shooting family is an attack on civilians', () => {
      for (const t of s.shootings) expectTold(t, ATTACK);
    });

    it('a gunfight between two armed sides is an armed clash, with a side each', () => {
      const e = expectTold(s.gunfight, ['Battles', 'Armed clash']);
      expect([e.actor1?.name, e.actor2?.name]).toEqual(['Military Forces of Sudan', 'Rapid Support Forces']);
    });

    it('a named armed group that raids a village attacks civilians, and is actor1', () => {
      const e = expectTold(s.groupRaid, ATTACK);
      expectActor(s.groupRaid, e, 'Rapid Support Forces');
      expect(e.actor1?.country).toBe('SD');
    });

    it('an Israeli air strike is an air strike by the military of Israel', () => {
      const e = expectTold(s.israeliStrike, ['Explosions/Remote violence', 'Air/drone strike']);
      expectActor(s.israeliStrike, e, 'Military Forces of Israel');
      expect(e.actor1?.country).toBe('IL');
    });
  });

  describe(`${lang} violence on the ground: what stays as it was`, () => {
    it('shelling stays shelling', () => {
      expectTold(s.shelling, ['Explosions/Remote violence', 'Shelling/artillery/missile attack']);
    });

    it('drones shot down are an interception, no shooting', () => {
      expectTold(s.shotDown, ['Strategic developments', 'Disrupted weapons use']);
    });

    it("a state's attack with no weapon named keeps the remote default", () => {
      const e = expectTold(s.stateAttack, ['Explosions/Remote violence', 'Air/drone strike']);
      expectActor(s.stateAttack, e, s.stateAttack.actor);
    });
  });
}

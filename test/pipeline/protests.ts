/**
 * One runner for protests and riots, with sentences written in each language
 * (test/lang/<code>/events-protests.test.ts), published on Tuesday 10 March 2026: a peaceful
 * protest and a riot are events of ACLED's Protests and Riots types at their city, with the words
 * that give the type as evidence; the month of a dateline ("KHARKIV, March 8") is no march.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/extraction.js';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';

/** A sentence, its event's place (gazetteer name) and the words that give its type. */
export interface Told {
  readonly text: string;
  readonly place: string;
  readonly act: string;
}

export interface Protests {
  readonly protest: Told;
  readonly riot: Told;
  /** A strike told in a month named like a march or with a word near a protest word: a strike. */
  readonly notProtest: Told;
}

const published = '2026-03-10';

export function describeProtests(lang: string, s: Protests): void {
  const only = (text: string): Event => {
    const x = extract({ text, lang, published }, { gazetteer: loadGazetteer() });
    expect(x.events, text).toHaveLength(1);
    return x.events[0]!;
  };
  const typed = (t: Told): [string, string, string, string | undefined] => {
    const e = only(t.text);
    const evidence = e.fieldEvidence?.['eventType']?.[0];
    return [e.eventType, e.subEventType, e.location.name, evidence && t.text.slice(evidence.start, evidence.end)];
  };

  describe(`${lang} protests and riots`, () => {
    it('a peaceful protest at its city', () => {
      expect(typed(s.protest)).toEqual(['Protests', 'Peaceful protest', s.protest.place, s.protest.act]);
    });

    it('a riot at its city', () => {
      expect(typed(s.riot)).toEqual(['Riots', 'Violent demonstration', s.riot.place, s.riot.act]);
    });

    it('a strike is no protest', () => {
      expect(typed(s.notProtest)).toEqual(['Explosions/Remote violence', 'Shelling/artillery/missile attack', s.notProtest.place, s.notProtest.act]);
    });
  });
}

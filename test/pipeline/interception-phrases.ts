/**
 * One runner for interceptions — who intercepted and where — with sentences written in each
 * language (test/lang/<code>/events-interceptions.test.ts), published on Saturday 6 December 2026.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/extraction.js';
import { locations } from './located.js';

const FORCES: Record<string, string> = { RU: 'Military Forces of Russia', UA: 'Military Forces of Ukraine' };

/** A sentence and the side (country code) that intercepted, with the text its evidence must span. */
export interface Interceptor {
  readonly text: string;
  readonly side: string;
  readonly evidence: string;
}

export interface InterceptionPhrases {
  /** The air defence named with its side's demonym: "Russian air defences shot down 41 Ukrainian drones". */
  readonly demonym: Interceptor & { readonly owner: string };
  /** The air defence named with its side after it: "ПВО России", "сили ППО ЗСУ", "air defence units of the Ukrainian forces". */
  readonly genitive: Interceptor;
  /** No side with the air defence, but the command that reports it: "..., the Air Force of Ukraine said". */
  readonly reported: Interceptor;
  /** Nothing but the region the drones were shot down over: "over the Bryansk region" (Russia). */
  readonly sky: Interceptor;
  /** Nothing tells the side: over Crimea, where both sides shoot drones down. */
  readonly none: string;
  /** A summary over three regions of one country, then a town hit by debris in another sentence. */
  readonly regions: { readonly text: string; readonly country: string; readonly evidence: string; readonly town: string };
  /** A summary over a whole country, named, then a town hit by debris. */
  readonly country: { readonly text: string; readonly country: string; readonly evidence: string; readonly town: string };
  /** A count per region: the regions (gazetteer names), their counts, and the text of each region and count. */
  readonly shares: Shares;
  /** The same, the counts told in a sentence of their own after the total. */
  readonly sharesNext: Shares;
}

interface Shares {
  readonly text: string;
  readonly regions: readonly (readonly [string, number, string, string])[];
}

/** The text of the first evidence span of an event's field. */
function evidence(text: string, e: Event, field: string): string | undefined {
  const span = e.fieldEvidence?.[field]?.[0];
  return span && text.slice(span.start, span.end);
}

export function describeInterceptions(lang: string, s: InterceptionPhrases): void {
  const events = (text: string) => locations(text, lang, '2026-12-06').map((l) => l.event);
  const only = (text: string): Event => {
    const [e, ...rest] = events(text);
    expect(rest).toEqual([]);
    expect(e?.subEventType).toBe('Disrupted weapons use');
    return e!;
  };
  const interceptor = (c: Interceptor) => {
    const e = only(c.text);
    expect(e.actor1).toEqual({ name: FORCES[c.side], country: c.side });
    expect(evidence(c.text, e, 'actor1')).toBe(c.evidence);
    return e;
  };

  describe(`${lang} interceptions: who intercepted`, () => {
    it('the side of the air defence, by its demonym; the side whose drones were shot down stays actor2', () => {
      const e = interceptor(s.demonym);
      expect(e.actor2).toEqual({ name: FORCES[s.demonym.owner], country: s.demonym.owner });
    });

    it('the side of the air defence, named after it', () => {
      interceptor(s.genitive);
    });

    it('the side of the command that reports the interceptions', () => {
      interceptor(s.reported);
    });

    it('the side whose region the drones were shot down over', () => {
      interceptor(s.sky);
    });

    it('no interceptor when nothing tells it', () => {
      const e = only(s.none);
      expect([e.actor1, e.actor2, e.fieldEvidence?.['actor1']]).toEqual([undefined, undefined, undefined]);
    });
  });

  describe(`${lang} interceptions: where`, () => {
    it('a summary over several regions stands in their country, not in a town of another sentence', () => {
      const [summary, debris, ...rest] = events(s.regions.text);
      expect(rest).toEqual([]);
      expect([summary!.subEventType, summary!.location.name, summary!.location.precision]).toEqual(['Disrupted weapons use', s.regions.country, 'country']);
      expect(evidence(s.regions.text, summary!, 'location')).toBe(s.regions.evidence);
      expect(summary!.fieldEvidence?.['location']?.[0]?.source).toBe('inferred');
      expect(debris!.location.name).toBe(s.regions.town);
    });

    it('a summary over a whole country stands in that country', () => {
      const [summary, debris, ...rest] = events(s.country.text);
      expect(rest).toEqual([]);
      expect([summary!.subEventType, summary!.location.name, summary!.location.precision]).toEqual(['Disrupted weapons use', s.country.country, 'country']);
      expect(evidence(s.country.text, summary!, 'location')).toBe(s.country.evidence);
      expect(debris!.location.name).toBe(s.country.town);
    });

    for (const [what, shares] of [['in the sentence of the total', s.shares], ['in a sentence after the total', s.sharesNext]] as const) {
      it(`a count per region is an interception per region, with its count (${what})`, () => {
        const all = events(shares.text);
        expect(all.map((e) => [e.subEventType, e.location.name, e.location.precision, e.weapons.map((w) => [w.kind, w.count?.value])])).toEqual(
          shares.regions.map(([region, count]) => ['Disrupted weapons use', region, 'admin1', [['drone', count]]]),
        );
        expect(all.map((e) => [evidence(shares.text, e, 'location'), evidence(shares.text, e, 'weapons')])).toEqual(
          shares.regions.map(([, , place, count]) => [place, count]),
        );
      });
    }
  });
}

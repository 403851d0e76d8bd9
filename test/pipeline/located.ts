/**
 * Test helper: the whole pipeline with the real gazetteer, for where events are placed — the
 * places stage's choices among namesakes and the events stage's choice among the places.
 */
import type { Event } from '../../src/model/extraction.js';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';
import { distanceKm } from '../../src/geo/api.js';

export interface Located {
  readonly name: string;
  readonly precision: string;
  /** The text of the span the location came from. */
  readonly evidence: string;
  readonly event: Event;
}

/** The locations of the events of `text` (published on a fixed day), with the text they came from. */
export function locations(text: string, lang: string, published = '2021-09-15'): Located[] {
  const x = extract({ text, lang, published }, { gazetteer: loadGazetteer() });
  return x.events.map((event) => {
    const ev = event.fieldEvidence?.['location']?.[0];
    return { name: event.location.name, precision: event.location.precision, evidence: ev ? text.slice(ev.start, ev.end) : '', event };
  });
}

/** The only event's location (throws when there is not exactly one). */
export function locationOf(text: string, lang: string, published?: string): Located {
  const all = locations(text, lang, published);
  if (all.length !== 1) throw new Error(`expected one event in "${text}", got ${all.length}`);
  return all[0]!;
}

/** The event lies within `km` of a point. */
export function within(l: Located, lat: number, lon: number, km: number): boolean {
  return distanceKm(l.event.location, { lat, lon }) <= km;
}

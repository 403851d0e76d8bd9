/**
 * Test helper: the weapons of the only event of a text, through the whole pipeline with the real
 * gazetteer, and the text of each weapon's evidence.
 */
import type { Event } from '../../src/model/extraction.js';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';

export function weaponsOf(text: string, lang: string, published: string): { weapons: Event['weapons']; evidence: string[] } {
  const events = extract({ text, lang, published }, { gazetteer: loadGazetteer() }).events;
  if (events.length !== 1) throw new Error(`expected one event in "${text}", got ${events.length}`);
  const e = events[0]!;
  return { weapons: e.weapons, evidence: (e.fieldEvidence?.['weapons'] ?? []).map((s) => text.slice(s.start, s.end)) };
}

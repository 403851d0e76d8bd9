/**
 * A toll told as of a later day, in a paragraph of its own with no attack and no place: the toll
 * of the strike told before, not another event (src/pipeline/events/assemble.ts, `asOfLater`).
 * Texts written in each language (test/lang/<code>/events-tolls.test.ts): a strike on Dnipro on
 * 9 March kills four, and the next paragraph, as of 10 March, says six; published 10 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';

export function describeTollAsOf(lang: string, s: { readonly text: string; readonly asOf: string; readonly evidence: string }): void {
  describe(`${lang} tolls: a toll told as of a later day`, () => {
    it(`"${s.asOf}": the toll of the strike told before, not another event`, () => {
      const events = extract({ text: s.text, lang, published: '2026-03-10' }, { gazetteer: loadGazetteer() }).events;
      expect(events.map((e) => [e.location.name, e.date.start, e.fatalities?.value])).toEqual([['Dnipro', '2026-03-09', 6]]);
      expect(events[0]!.fieldEvidence!['fatalities']!.map((v) => s.text.slice(v.start, v.end))).toEqual([s.evidence]);
    });
  });
}

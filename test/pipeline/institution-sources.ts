/**
 * One runner for institutions that report an event with no person named: emergency services and
 * health ministries (lexicon `role` keys `emergency`, `health`), and bodies named with their side
 * (lexicon `institution`: "Генштаб ЗСУ", "Минобороны России"), with sentences written in each
 * language (test/lang/<code>/events-institution-sources.test.ts), published on Tuesday 10 March
 * 2026. The source is the institution's role with its words as its name; those words are the evidence.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';

/** A sentence, the source expected of its one event and the words that name the source. */
export interface Reported {
  readonly text: string;
  readonly source: { readonly name?: string; readonly role: string; readonly channel?: string };
  readonly words: string;
}

export function describeInstitutionSources(lang: string, cases: { readonly emergency: Reported; readonly health: Reported; readonly body: Reported }): void {
  describe(`${lang} institutions as sources`, () => {
    it.each(Object.entries(cases))('%s', (_, r) => {
      const events = extract({ text: r.text, lang, published: '2026-03-10' }, { gazetteer: loadGazetteer() }).events;
      expect(events.map((e) => e.sources)).toEqual([[r.source]]);
      expect(events[0]!.fieldEvidence!['sources']!.map((s) => r.text.slice(s.start, s.end))).toEqual([r.words]);
    });
  });
}

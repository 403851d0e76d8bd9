/**
 * One runner for cue words whose violent sense needs support in their sentence
 * (src/pipeline/events/support.ts), with sentences written in each language
 * (test/lang/<code>/events-weak-cues.test.ts), published on Tuesday 10 March 2026: the words
 * used in general news for other things ("struck a record deal", "colpito dalla crisi", "захватила
 * власть") tell no event; the same words with a weapon, an armed actor, a casualty or a territory
 * taken do, with the place and the type expected.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/geo/load.js';
import { extract } from '../../src/pipeline/index.js';

export interface WeakCues {
  /** Sentences that name a place and use a cue word in another sense: no event. */
  readonly noEvent: readonly string[];
  /** Sentences where the word is supported: their one event's sub-event type and place (gazetteer name). */
  readonly events: readonly { readonly text: string; readonly type: string; readonly place: string }[];
}

const published = '2026-03-10';

export function describeWeakCues(lang: string, s: WeakCues): void {
  const events = (text: string) => extract({ text, lang, published }, { gazetteer: loadGazetteer() }).events;

  describe(`${lang} cue words that need support`, () => {
    it.each(s.noEvent)('no event: %s', (text) => {
      expect(events(text)).toEqual([]);
    });

    it.each(s.events)('an event: $text', ({ text, type, place }) => {
      expect(events(text).map((e) => [e.subEventType, e.location.name])).toEqual([[type, place]]);
    });
  });
}

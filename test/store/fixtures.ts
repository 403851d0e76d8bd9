/**
 * Hand-made extractions (own invented data) for store tests: events are built field by field,
 * and a fixture extractor returns the extraction registered for a text.
 */
import type { Event, Extraction, Statement } from '../../src/model/extraction.js';
import type { Extractor } from '../../src/store/ingest-service.js';

export type EventPatch = Partial<Omit<Event, 'location' | 'date'>> & {
  location?: Partial<Event['location']>;
  date?: Partial<Event['date']>;
};

/** A drone strike on a residential block in Kharkiv on 2026-01-02, with overrides. */
export function event(patch: EventPatch = {}): Event {
  const { location, date, ...rest } = patch;
  return {
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    date: { start: '2026-01-02', end: '2026-01-02', precision: 'day', ...date },
    location: { name: 'Kharkiv', lat: 49.98, lon: 36.25, country: 'UA', admin1: 'Kharkivska', precision: 'place', ...location },
    actor1: { name: 'Military Forces of Russia', country: 'RU' },
    target: { kind: 'residential' },
    weapons: [{ kind: 'drone' }],
    impacts: [],
    sources: [],
    evidence: [{ start: 0, end: 10 }],
    confidence: 0.8,
    ...rest,
  };
}

export function extraction(events: readonly Event[], statements: readonly Statement[] = [], lang = 'en'): Extraction {
  return { id: '', lang, quantities: [], times: [], places: [], events, statements };
}

/** An extractor that answers from `table` (text → extraction) and fails loudly on unknown texts. */
export function fixtureExtractor(table: ReadonlyMap<string, Extraction>): Extractor {
  return (input) => {
    const found = table.get(input.text);
    if (!found) throw new Error(`no fixture for text ${JSON.stringify(input.text.slice(0, 40))}`);
    return { ...found, id: input.id, ...(input.published ? { published: input.published } : {}) };
  };
}

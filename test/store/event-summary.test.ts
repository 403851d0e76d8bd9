import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/store/event-summary.js';
import { notes } from '../../src/store/export-format.js';
import type { EventRow } from '../../src/store/schema.js';
import { event } from './fixtures.js';

const report = (weapons: Parameters<typeof event>[0]['weapons'], reportedAt: string) => ({ event: event({ weapons }), reportedAt, confidence: 0.8, sources: [] });

describe('event summary: weapons over reports', () => {
  it('keeps the largest count and the type and model that any report gives', () => {
    const fields = summarize([
      report([{ kind: 'missile', count: { value: 6, qualifier: 'exact' } }], '2026-01-02T08:00:00Z'),
      report([{ kind: 'missile', type: 'ballistic', model: 'Iskander' }], '2026-01-02T09:00:00Z'),
    ]);
    expect(JSON.parse(fields.weapons)).toEqual([{ kind: 'missile', type: 'ballistic', model: 'Iskander', count: { value: 6, qualifier: 'exact' } }]);
  });

  it('writes the type and model into the export notes', () => {
    const fields = summarize([report([{ kind: 'drone', type: 'attack', model: 'Shahed', count: { value: 40, qualifier: 'exact' } }], '2026-01-02T08:00:00Z')]);
    expect(notes({ ...fields, id: 1 } as unknown as EventRow)).toContain('; weapons: drone (attack, Shahed).');
  });
});

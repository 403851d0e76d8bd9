import { describe, expect, it } from 'vitest';
import { foldDays } from '../../src/server/web-timeline.js';

describe('foldDays', () => {
  it('folds (day, type) rows into one bucket per day, in date order', () => {
    const days = foldDays([
      { date_start: '2026-01-04', event_type: 'Battles', n: 2, fat: 3 },
      { date_start: '2026-01-02', event_type: 'Protests', n: '1', fat: null },
      { date_start: '2026-01-04', event_type: 'Explosions/Remote violence', n: 5n, fat: '4' },
    ]);
    expect(days).toEqual([
      { date: '2026-01-02', events: 1, fatalities: 0, byType: { Protests: 1 } },
      { date: '2026-01-04', events: 7, fatalities: 7, byType: { Battles: 2, 'Explosions/Remote violence': 5 } },
    ]);
  });
});

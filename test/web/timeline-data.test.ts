import { describe, expect, it } from 'vitest';
import { brushRange, dayAt, fillDays } from '../../src/web/timeline-data.js';

describe('timeline data', () => {
  const buckets = [
    { date: '2026-01-04', events: 2, fatalities: 5, byType: { Battles: 2 } },
    { date: '2026-01-01', events: 1, fatalities: 0, byType: { Protests: 1 } },
  ];

  it('fills the empty days between the first and the last', () => {
    const days = fillDays(buckets, 3660, 1);
    expect(days.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(days[1]!.events).toBe(0);
    expect(days[3]!.fatalities).toBe(5);
  });

  it('keeps only the last maxDays, and shows at least minDays', () => {
    expect(fillDays(buckets, 2, 1).map((d) => d.date)).toEqual(['2026-01-03', '2026-01-04']);
    expect(fillDays(buckets).map((d) => d.date)).toHaveLength(14);
    expect(fillDays(buckets)[13]!.date).toBe('2026-01-04');
  });

  it('finds the day under the pointer and orders a brushed range', () => {
    const days = fillDays(buckets, 3660, 1);
    expect(dayAt(0, 400, days)).toBe('2026-01-01');
    expect(dayAt(399, 400, days)).toBe('2026-01-04');
    expect(dayAt(250, 400, days)).toBe('2026-01-03');
    expect(brushRange('2026-01-04', '2026-01-02')).toEqual({ from: '2026-01-02', to: '2026-01-04' });
  });
});

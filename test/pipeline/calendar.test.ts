import { describe, expect, it } from 'vitest';
import {
  addMonths, expandYear, isoDay, pastMonthDay, pastWeekday, startOfWeek, ymd,
} from '../../src/pipeline/times/calendar.js';

const REF = new Date(Date.UTC(2026, 0, 4, 10, 30)); // Sunday 4 January 2026, 10:30

describe('calendar', () => {
  it('resolves a day and month toward the past', () => {
    expect(isoDay(pastMonthDay(REF, 1, 2)!)).toBe('2026-01-02');
    expect(isoDay(pastMonthDay(REF, 1, 4)!)).toBe('2026-01-04');
    expect(isoDay(pastMonthDay(REF, 12, 28)!)).toBe('2025-12-28');
    expect(isoDay(pastMonthDay(REF, 2, 29)!)).toBe('2024-02-29');
    expect(pastMonthDay(REF, 2, 30)).toBeUndefined();
  });

  it('finds the last weekday before the reference', () => {
    expect(isoDay(pastWeekday(REF, 6))).toBe('2026-01-03'); // sabato
    expect(isoDay(pastWeekday(REF, 7))).toBe('2025-12-28'); // last Sunday, not today
    expect(isoDay(pastWeekday(REF, 7, true))).toBe('2026-01-04');
  });

  it('does week and month arithmetic', () => {
    expect(isoDay(startOfWeek(REF))).toBe('2025-12-29');
    expect(isoDay(addMonths(ymd(2026, 1, 31)!, 1))).toBe('2026-02-28');
    expect(expandYear(26, REF)).toBe(2026);
    expect(expandYear(98, REF)).toBe(1998);
  });
});

import { describe, expect, it } from 'vitest';
import { nightInto, nightOf } from '../../src/pipeline/times/night.js';
import { isoDay, ymd } from '../../src/pipeline/times/calendar.js';
import { numericDates } from '../../src/pipeline/times/numeric-dates.js';
import { parseYearWords } from '../../src/pipeline/times/year-words.js';
import { periodOf, shiftedWeekday } from '../../src/pipeline/times/periods.js';
import { holidayDate } from '../../src/pipeline/times/holidays.js';
import { grammar as en } from '../../src/lang/en/times.js';
import { compact, docOf } from './times-helpers.js';

const REF = new Date(Date.UTC(2026, 0, 4)); // Sunday

describe('night convention', () => {
  it('spans the evening day to the morning day', () => {
    const into = nightInto(ymd(2026, 1, 5)!);
    const of = nightOf(ymd(2026, 1, 5)!);
    expect([isoDay(into.from), isoDay(into.to)]).toEqual(['2026-01-04', '2026-01-05']);
    expect([isoDay(of.from), isoDay(of.to)]).toEqual(['2026-01-05', '2026-01-06']);
  });
});

describe('periods', () => {
  it('runs this week from Monday to the publication day', () => {
    const week = periodOf(REF, 'week', 'this')!;
    expect([isoDay(week.from), isoDay(week.to)]).toEqual(['2025-12-29', '2026-01-04']);
    const month = periodOf(REF, 'month', 'past')!;
    expect([isoDay(month.from), isoDay(month.to)]).toEqual(['2025-12-01', '2025-12-31']);
  });

  it('shifts weekdays', () => {
    expect(isoDay(shiftedWeekday(REF, 6, undefined))).toBe('2026-01-03');
    expect(isoDay(shiftedWeekday(REF, 7, undefined))).toBe('2026-01-04');
    expect(isoDay(shiftedWeekday(REF, 7, 'past'))).toBe('2025-12-28');
    expect(isoDay(shiftedWeekday(REF, 5, 'previous'))).toBe('2025-12-26');
    expect(isoDay(shiftedWeekday(REF, 1, 'next'))).toBe('2026-01-05');
    expect(isoDay(shiftedWeekday(REF, 3, 'upcoming'))).toBe('2026-01-07');
  });
});

describe('holidays and years in words', () => {
  it('computes fixed, Easter-based and n-th weekday holidays', () => {
    expect(isoDay(holidayDate('12-25', 2025)!)).toBe('2025-12-25');
    expect(isoDay(holidayDate('easter+1', 2026)!)).toBe('2026-04-06');
    expect(isoDay(holidayDate('11-w4n4', 2025)!)).toBe('2025-11-27');
    expect(isoDay(holidayDate('05-w1n-1', 2025)!)).toBe('2025-05-26');
    expect(holidayDate('bogus', 2025)).toBeUndefined();
  });

  it('reads years written in words', () => {
    expect(parseYearWords('two thousand and fifteen', en.lexicon)).toBe(2015);
    expect(parseYearWords('nineteen ninety six', en.lexicon)).toBe(1996);
    expect(parseYearWords('seventeen hundred thirty three', en.lexicon)).toBe(1733);
    expect(parseYearWords('thousand and five', en.lexicon)).toBeUndefined();
  });
});

describe('numeric dates alone', () => {
  it('works for any language, in the order asked for', () => {
    const text = 'Звіт від 04.01.2026 і 2026-01-02.';
    expect(compact(numericDates(docOf(text, '2026-01-04', 'uk'), 'dmy'), text)).toEqual([
      ['04.01.2026', 'day', '2026-01-04'],
      ['2026-01-02', 'day', '2026-01-02'],
    ]);
    const us = 'Filed 1/2/2026.';
    expect(compact(numericDates(docOf(us, '2026-01-04', 'en'), 'mdy'), us)).toEqual([['1/2/2026', 'day', '2026-01-02']]);
  });

  it('names its rules after the language', () => {
    const [m] = numericDates(docOf('04.01.2026', '2026-01-04', 'uk'), 'dmy');
    expect(m?.rule).toBe('uk/times/numeric-date');
  });
});

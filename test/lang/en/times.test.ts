import { describe, expect, it } from 'vitest';
import { times } from '../../../src/lang/en/times.js';
import { timesOf } from '../../pipeline/times-helpers.js';

// Published on Sunday 4 January 2026.
const REF = '2026-01-04T09:00:00';
const t = (text: string) => timesOf(times, 'en', REF, text);

describe('en times: absolute dates', () => {
  it('reads month-first and day-first dates, toward the past', () => {
    expect(t('Russia struck Kharkiv on January 2, officials said; 5 January 2025 and Jan. 5 were calm.')).toEqual([
      ['January 2', 'day', '2026-01-02'],
      ['5 January 2025', 'day', '2025-01-05'],
      ['Jan. 5', 'day', '2025-01-05'],
    ]);
  });

  it('reads numeric dates month first, unless impossible', () => {
    expect(t('The meetings on 12/28, on 1/2 and on 22/12/2025.')).toEqual([
      ['12/28', 'day', '2025-12-28'],
      ['1/2', 'day', '2026-01-02'],
      ['22/12/2025', 'day', '2025-12-22'],
    ]);
  });

  it('reads months, years and ranges', () => {
    expect(t('In March 2023 and in 2022 the front was quieter than in May.')).toEqual([
      ['March 2023', 'month', '2023-03-01..2023-03-31'],
      ['2022', 'year', '2022-01-01..2022-12-31'],
      ['May', 'month', '2025-05-01..2025-05-31'],
    ]);
    expect(t('Between March and May, from 2014 to 2018.')).toEqual([
      ['Between March and May', 'month', '2025-03-01..2025-05-31'],
      ['from 2014 to 2018', 'year', '2014-01-01..2018-12-31'],
    ]);
  });

  it('knows holidays', () => {
    expect(t('Christmas Eve, New Year\'s Day and Easter 2025.')).toEqual([
      ['Christmas Eve', 'day', '2025-12-24'],
      ["New Year's Day", 'day', '2026-01-01'],
      ['Easter 2025', 'day', '2025-04-20'],
    ]);
  });
});

describe('en times: relative expressions', () => {
  it('resolves days relative to the publication day', () => {
    expect(t('Yesterday, today, the day before yesterday and two days ago.')).toEqual([
      ['Yesterday', 'day', '2026-01-03'],
      ['today', 'day', '2026-01-04'],
      ['the day before yesterday', 'day', '2026-01-02'],
      ['two days ago', 'day', '2026-01-02'],
    ]);
  });

  it('resolves weekdays: on Friday, last Friday (of the previous week), this past Wednesday', () => {
    expect(t('On Friday the governor spoke; last Friday and this past Wednesday too.')).toEqual([
      ['Friday', 'day', '2026-01-02'],
      ['last Friday', 'day', '2025-12-26'],
      ['this past Wednesday', 'day', '2025-12-31'],
    ]);
  });

  it('resolves periods: this week up to the publication day', () => {
    expect(t('This week, last week, last month and earlier this month.')).toEqual([
      ['This week', 'week', '2025-12-29..2026-01-04'],
      ['last week', 'week', '2025-12-22..2025-12-28'],
      ['last month', 'month', '2025-12-01..2025-12-31'],
      ['earlier this month', 'month', '2026-01-01..2026-01-04'],
    ]);
  });

  it('counts from another time', () => {
    expect(t('Three weeks from tomorrow, 2 weeks before Christmas, within 9 months.')).toEqual([
      ['Three weeks from tomorrow', 'day', '2026-01-26'],
      ['2 weeks before Christmas', 'day', '2025-12-11'],
      ['within 9 months', 'month', '2026-01-04..2026-10-04'],
    ]);
  });
});

describe('en times: nights and parts of the day (evening day .. morning day)', () => {
  it('reads overnight, last night and this morning', () => {
    expect(t('Overnight, drones hit Belgorod; last night another wave followed, this morning a third.')).toEqual([
      ['Overnight', 'part_of_day', '2026-01-03..2026-01-04'],
      ['last night', 'part_of_day', '2026-01-03..2026-01-04'],
      ['this morning', 'part_of_day', '2026-01-04'],
    ]);
  });

  it('reads the night of a date as the night that begins on it', () => {
    expect(t('On the night of 3 January, and on the night of 3 to 4 January.')).toEqual([
      ['On the night of 3 January', 'part_of_day', '2026-01-03..2026-01-04'],
      ['on the night of 3 to 4 January', 'part_of_day', '2026-01-03..2026-01-04'],
    ]);
    expect(t('Zelensky said on Saturday evening that the attack had ended.')).toEqual([
      ['Saturday evening', 'part_of_day', '2026-01-03'],
    ]);
  });
});

describe('en times: the days up to the publication day', () => {
  it('reads "over the past week", "the past few days", "over the last 24 hours" as the days up to the reference day, not as the calendar week', () => {
    expect(t('Five soldiers were killed over past week, two in the past few days and one over the last 24 hours; last week was calm.')).toEqual([
      ['over past week', 'week', '2025-12-29..2026-01-04'],
      ['in the past few days', 'week', '2026-01-01..2026-01-04'],
      ['over the last 24 hours', 'day', '2026-01-04'],
      ['last week', 'week', '2025-12-22..2025-12-28'],
    ]);
  });

  it('reads "in the past day", "over the last two days" and keeps "the last 3 weeks of this year"', () => {
    expect(t('One died in the past day and two over the last two days; the last 3 weeks of this year.')).toEqual([
      ['in the past day', 'day', '2026-01-04'],
      ['over the last two days', 'day', '2026-01-03..2026-01-04'],
      ['the last 3 weeks of this year', 'week', '2026-12-07..2026-12-27'],
    ]);
  });
});

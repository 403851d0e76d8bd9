import { describe, expect, it } from 'vitest';
import { times } from '../../../src/lang/en/times.js';
import { timesOf } from '../../pipeline/times-helpers.js';

const t = (text: string) => timesOf(times, 'en', '2026-01-04', text);

describe('en times: what is not a time', () => {
  it.each([
    ['Theresa May said the talks may resume.', '"May" as a name and a verb'],
    ['Protesters march to the square.', '"march" the verb'],
    ['This may take longer; one may ask why.', '"may" after "this" and "one"'],
    ['April Ryan asked a question.', 'a month as a first name'],
    ['The Sun reported that they wed on a sunny day.', 'weekday abbreviations that are words'],
    ['The score was 3-2.', 'a score'],
    ['Turnout was 5/7 of registered voters.', 'a fraction'],
    ['About 2000 soldiers were killed, a $12 bonus paid.', 'a count and an amount'],
    ['Version 10.5.12 was released.', 'a version number'],
    ['The office is on the 4th floor.', 'an ordinal that is no date'],
    ['The day before, they had left; the next day they returned.', 'days relative to another event'],
    ['It is common in women in their 30s and 40s.', 'ages'],
  ])('%s (%s)', (text) => {
    expect(t(text)).toEqual([]);
  });
});

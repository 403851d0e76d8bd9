/**
 * Holidays and observances from a language's data file (`times-holidays.txt`). A value is
 * `MM-DD` (fixed date), `easter`, `easter+N`/`easter-N` (days from Easter Sunday), or `MM-wDnN`
 * (the N-th weekday D of month MM; D 1 = Monday; N -1 = the last), optionally followed by `+N`
 * days ('11-w4n4+1' is the day after the fourth Thursday of November).
 */
import type { Resolver } from './grammar.js';
import { addDays, dayOf, easterSunday, nthWeekdayOfMonth, ymd } from './calendar.js';
import { shiftOf, yearOf } from './resolvers.js';

const FIXED = /^(?<m>\d\d)-(?<d>\d\d)$/;
const EASTER = /^easter(?<off>[+-]\d+)?$/;
const NTH = /^(?<m>\d\d)-w(?<wd>[1-7])n(?<n>-?\d)(?<off>[+-]\d+)?$/;

/** The date of a holiday in a year, from its data value; undefined for a malformed value. */
export function holidayDate(value: string, year: number): Date | undefined {
  const fixed = FIXED.exec(value)?.groups;
  if (fixed) return ymd(year, Number(fixed['m']), Number(fixed['d']));
  const easter = EASTER.exec(value)?.groups;
  if (easter) return addDays(easterSunday(year), Number(easter['off'] ?? 0));
  const nth = NTH.exec(value)?.groups;
  if (nth) {
    const date = nthWeekdayOfMonth(year, Number(nth['m']), Number(nth['wd']), Number(nth['n']));
    return date && addDays(date, Number(nth['off'] ?? 0));
  }
  return undefined;
}

/** Resolves the `holiday` group with the table of macro `table`: the last occurrence on or before the reference, or the stated year. */
export function holiday(table: string): Resolver {
  return (ctx) => {
    const raw = ctx.groups['holiday'];
    const value = raw === undefined ? undefined : ctx.lexicon.extra?.[table]?.get(raw);
    if (typeof value !== 'string') return undefined;
    const ref = dayOf(ctx.reference).getTime();
    const stated = yearOf(ctx);
    const shift = shiftOf(ctx);
    let date: Date | undefined;
    if (stated !== undefined) date = holidayDate(value, stated);
    else {
      const y = ctx.reference.getUTCFullYear();
      const years = shift === 'next' ? [y, y + 1] : [y, y - 1, y - 2];
      for (const year of years) {
        const d = holidayDate(value, year);
        if (!d) continue;
        if (shift === 'next' ? d.getTime() > ref : shift === 'past' ? d.getTime() < ref : d.getTime() <= ref) {
          date = d;
          break;
        }
      }
    }
    if (!date) return undefined;
    // a fixed date states its month and day, so ranges and offsets can move it by a year
    const fixed = FIXED.exec(value)?.groups;
    const parts = fixed ? { year: stated, month: Number(fixed['m']), day: Number(fixed['d']) } : undefined;
    return { grain: 'day', from: date, to: date, ...(parts ? { parts } : {}) };
  };
}

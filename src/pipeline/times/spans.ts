/**
 * Spans named by their bounds or their part: 'Jan-Feb 2017', 'later this week', 'the 21st century'.
 */
import type { Resolver } from './grammar.js';
import {
  addDays, addMonths, addUnits, dayOf, endOfMonth, isoWeekday, isoWeekStart, nthWeekdayOfMonth, pastMonth, startOfWeek, ymd,
} from './calendar.js';
import { laterIn, periodOf } from './periods.js';
import { monthOf, monthYear, numberOf, shiftOf, yearOf } from './resolvers.js';

/** 'Jan-Feb 2017', 'from Sep to Nov', 'Nov-Feb 5th, 2017': the year given belongs to the end. */
export const monthRange: Resolver = (ctx) => {
  const m1 = monthOf(ctx);
  const m2 = monthOf(ctx, 'month2');
  if (m1 === undefined || m2 === undefined || m1 === m2) return undefined;
  const year = yearOf(ctx);
  // 'from this May to Oct 2020': the shift fixes the start's year
  const first = ctx.groups['shift'] !== undefined ? monthYear({ ...ctx, groups: { ...ctx.groups, year: undefined } })?.from : undefined;
  const y1 = first?.getUTCFullYear() ?? (year === undefined ? pastMonth(ctx.reference, m1).getUTCFullYear() : m1 > m2 ? year - 1 : year);
  const y2 = year ?? (m2 < m1 ? y1 + 1 : y1);
  const from = new Date(Date.UTC(y1, m1 - 1, 1));
  const day2 = numberOf(ctx, 'day2');
  const to = day2 === undefined ? endOfMonth(new Date(Date.UTC(y2, m2 - 1, 1))) : ymd(y2, m2, day2);
  return to ? { grain: day2 === undefined ? 'month' : 'day', from, to, parts: { year: y1, month: m1 } } : undefined;
};

/** 'later this week', 'later in the year': the rest of the unit (periods.ts). */
export const laterThis: Resolver = (ctx) => {
  const raw = ctx.groups['unit'];
  const unit = raw === undefined ? undefined : ctx.lexicon.units.get(raw);
  return unit === undefined ? undefined : laterIn(ctx.reference, unit);
};

/** 'the first week of 2015' (ISO week 1), 'the last week of 2016' (the last ISO week). */
export const nthWeekOfYear: Resolver = (ctx) => {
  const n = numberOf(ctx, 'ord');
  const year = yearOf(ctx);
  if (n === undefined || year === undefined || n === 0 || n > 53) return undefined;
  const monday = n > 0 ? isoWeekStart(year, n) : addDays(isoWeekStart(year + 1, 1), 7 * n);
  return { grain: 'week', from: monday, to: addDays(monday, 6) };
};

/** 'the third month of 2021'. */
export const nthMonthOfYear: Resolver = (ctx) => {
  const n = numberOf(ctx, 'ord');
  const year = yearOf(ctx);
  if (n === undefined || year === undefined || n < 1 || n > 12) return undefined;
  const from = new Date(Date.UTC(year, n - 1, 1));
  return { grain: 'month', from, to: endOfMonth(from) };
};

/** 'within 9 months', 'within the next two weeks': from the reference to the end of the count. */
export const within: Resolver = (ctx) => {
  const n = ctx.groups['num'] === undefined ? 1 : numberOf(ctx, 'num');
  const raw = ctx.groups['unit'];
  const unit = raw === undefined ? undefined : ctx.lexicon.units.get(raw);
  const to = n === undefined || unit === undefined ? undefined : addUnits(dayOf(ctx.reference), unit, n);
  if (!to || !unit) return undefined;
  const grain = unit === 'day' ? 'day' : unit === 'week' || unit === 'fortnight' ? 'week' : unit === 'year' || unit === 'decade' ? 'year' : 'month';
  return { grain, from: dayOf(ctx.reference), to };
};

/** 'the first 2 weeks of 2021', 'the last four months of 2021', 'the last 3 weeks of this year'. */
export const partOfYear: Resolver = (ctx) => {
  const n = ctx.groups['num'] === undefined ? 1 : numberOf(ctx, 'num');
  const raw = ctx.groups['unit'];
  const unit = raw === undefined ? undefined : ctx.lexicon.units.get(raw);
  const year = yearOf(ctx) ?? ctx.reference.getUTCFullYear() + (shiftOf(ctx, 'yshift') === 'past' ? -1 : shiftOf(ctx, 'yshift') === 'next' ? 1 : 0);
  const edge = numberOf(ctx, 'ord');
  if (n === undefined || (unit !== 'week' && unit !== 'month' && unit !== 'day') || (edge !== 1 && edge !== -1)) return undefined;
  const grain = unit;
  if (unit === 'month') {
    const from = new Date(Date.UTC(year, edge === 1 ? 0 : 12 - n, 1));
    return { grain, from, to: edge === 1 ? endOfMonth(addMonths(from, n - 1)) : new Date(Date.UTC(year, 11, 31)) };
  }
  if (unit === 'day') {
    const from = edge === 1 ? new Date(Date.UTC(year, 0, 1)) : new Date(Date.UTC(year, 11, 32 - n));
    return { grain, from, to: addDays(from, n - 1) };
  }
  // whole Monday-to-Sunday weeks inside the year
  const firstMonday = nthWeekdayOfMonth(year, 1, 1, 1)!;
  const dec31 = new Date(Date.UTC(year, 11, 31));
  const lastSunday = addDays(dec31, -(isoWeekday(dec31) % 7));
  const from = edge === 1 ? firstMonday : addDays(lastSunday, 1 - 7 * n);
  return { grain: 'week', from, to: edge === 1 ? addDays(firstMonday, 7 * n - 1) : lastSunday };
};

/** 'the 15th day of next month', 'the 9th month of next year', 'the last week of this month'. */
export const nthOfPeriod: Resolver = (ctx) => {
  const n = numberOf(ctx, 'ord');
  const part = ctx.groups['part']?.toLowerCase();
  const container = ctx.groups['container'] === undefined ? undefined : ctx.lexicon.units.get(ctx.groups['container']);
  const period = container === undefined ? undefined : periodOf(ctx.reference, container, shiftOf(ctx) ?? 'this', true);
  if (n === undefined || n === 0 || !period) return undefined;
  const { from, to } = period;
  if (part === 'day') {
    const date = n > 0 ? addDays(from, n - 1) : addDays(to, n + 1);
    return date.getTime() <= to.getTime() && date.getTime() >= from.getTime() ? { grain: 'day', from: date, to: date } : undefined;
  }
  if (part === 'month' && container === 'year') {
    const start = addMonths(from, n > 0 ? n - 1 : 12 + n);
    return { grain: 'month', from: start, to: endOfMonth(start) };
  }
  if (part === 'week' && container === 'month') {
    const monday = nthWeekdayOfMonth(from.getUTCFullYear(), from.getUTCMonth() + 1, 1, n);
    return monday ? { grain: 'week', from: monday, to: addDays(monday, 6) } : undefined;
  }
  return undefined;
};

/** 'the week after next': the week that starts in two weeks. */
export const weekAfterNext: Resolver = (ctx) => {
  const monday = addDays(startOfWeek(ctx.reference), 14);
  return { grain: 'week', from: monday, to: addDays(monday, 6) };
};

/** 'the 21st century' (2001–2100 strictly; written usage starts it at 2000, as here). */
export const century: Resolver = (ctx) => {
  const n = numberOf(ctx, 'ord');
  if (n === undefined || n < 2 || n > 30) return undefined;
  const start = (n - 1) * 100;
  return { grain: 'year', from: new Date(Date.UTC(start, 0, 1)), to: new Date(Date.UTC(start + 99, 11, 31)) };
};

/**
 * Compound expressions built on a month or a count: 'primo martedì di ottobre', 'the last week
 * of July', 'la settimana del 6 ottobre', 'gli ultimi 3 mesi', 'week 31'.
 */
import type { Resolver } from './grammar.js';
import {
  addDays, isoWeekStart, nthWeekdayOfMonth, pastMonth, pastMonthDay, startOfWeek, ymd,
} from './calendar.js';
import { monthOf, numberOf, shiftOf, spanOf, weekdayOf, yearOf } from './resolvers.js';

/** The year of a month group: stated, else the last such month on or before the reference. */
function monthYearOf(ctx: Parameters<Resolver>[0], month: number): number {
  return yearOf(ctx) ?? pastMonth(ctx.reference, month).getUTCFullYear();
}

/** 'primo martedì di ottobre', 'ultimo lunedì di marzo', 'the third Tuesday of September 2014'. */
export const nthWeekday: Resolver = (ctx) => {
  const n = numberOf(ctx, 'ord');
  const wd = weekdayOf(ctx);
  const month = monthOf(ctx);
  if (n === undefined || wd === undefined || month === undefined || n === 0 || n > 5) return undefined;
  const date = nthWeekdayOfMonth(monthYearOf(ctx, month), month, wd, n);
  return date ? { grain: 'day', from: date, to: date } : undefined;
};

/** 'il terzo giorno di ottobre', "l'ultimo giorno di ottobre 2015". */
export const nthDayOfMonth: Resolver = (ctx) => {
  const n = numberOf(ctx, 'ord');
  const month = monthOf(ctx);
  if (n === undefined || month === undefined || n === 0) return undefined;
  const year = monthYearOf(ctx, month);
  const date = n > 0 ? ymd(year, month, n) : new Date(Date.UTC(year, month, 0));
  return date ? { grain: 'day', from: date, to: date } : undefined;
};

/** 'la prima settimana di ottobre' (the week of its first Monday), 'the last week of July' (of its last Monday). */
export const nthWeekOfMonth: Resolver = (ctx) => {
  const n = numberOf(ctx, 'ord');
  const month = monthOf(ctx);
  if (n === undefined || month === undefined || n === 0 || n > 5) return undefined;
  const year = monthYearOf(ctx, month);
  const monday = nthWeekdayOfMonth(year, month, 1, n);
  return monday ? { grain: 'week', from: monday, to: addDays(monday, 6) } : undefined;
};

/** 'la settimana del 6 ottobre', 'the week of April 10th': the week that contains the day. */
export const weekOfDate: Resolver = (ctx) => {
  const day = numberOf(ctx, 'day');
  const month = monthOf(ctx);
  if (day === undefined || month === undefined) return undefined;
  const date = pastMonthDay(ctx.reference, month, day, yearOf(ctx));
  if (!date) return undefined;
  const monday = startOfWeek(date);
  return { grain: 'week', from: monday, to: addDays(monday, 6) };
};

/** 'week 31', 'settimana 12 del 2026', 'week 27 of last year': an ISO week of the stated or reference year. */
export const weekNumber: Resolver = (ctx) => {
  const n = numberOf(ctx, 'num');
  if (n === undefined || n < 1 || n > 53) return undefined;
  const shift = shiftOf(ctx);
  const year = yearOf(ctx) ?? ctx.reference.getUTCFullYear() + (shift === 'past' ? -1 : shift === 'next' ? 1 : 0);
  const monday = isoWeekStart(year, n);
  return { grain: 'week', from: monday, to: addDays(monday, 6) };
};

/** 'gli ultimi 3 mesi' (past), 'i prossimi 3 giorni' (next), by the `shift` word. */
export const shiftedSpan: Resolver = (ctx) => {
  const shift = shiftOf(ctx);
  if (shift === 'past') return spanOf(-1)(ctx);
  if (shift === 'next') return spanOf(1)(ctx);
  return undefined;
};

/** 'Q1 2019', '2019-Q3', 'the first quarter of 2013', 'H2 2019': grain month, the quarter's or half's months. */
export const quarter: Resolver = (ctx) => {
  const q = numberOf(ctx, 'q') ?? numberOf(ctx, 'ord');
  const half = numberOf(ctx, 'half');
  const year = yearOf(ctx) ?? ctx.reference.getUTCFullYear();
  if (half !== undefined) {
    if (half < 1 || half > 2) return undefined;
    const from = new Date(Date.UTC(year, (half - 1) * 6, 1));
    return { grain: 'month', from, to: new Date(Date.UTC(year, half * 6, 0)) };
  }
  if (q === undefined || q < 1 || q > 4) return undefined;
  const from = new Date(Date.UTC(year, (q - 1) * 3, 1));
  return { grain: 'month', from, to: new Date(Date.UTC(year, q * 3, 0)) };
};

/** 'the 1990s', '1990 s', "the '90s": a decade, grain year. */
export const decade: Resolver = (ctx) => {
  const raw = ctx.groups['decade'];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const start = raw.length === 2 ? (n <= (ctx.reference.getUTCFullYear() % 100) ? 2000 + n : 1900 + n) : n;
  if (start % 10 !== 0) return undefined;
  return { grain: 'year', from: new Date(Date.UTC(start, 0, 1)), to: new Date(Date.UTC(start + 9, 11, 31)) };
};

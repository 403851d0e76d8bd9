/**
 * Resolvers shared by every language: they read the standard group names of a match
 * (`day`, `month`, `year`, `weekday`, `shift`, `unit`, `num`, `rel`, and `day2`, `month2`,
 * `year2` for ranges) and return a calendar range resolved toward the past (calendar.ts).
 */
import type { Resolved, Resolver, RuleContext } from './grammar.js';
import {
  addDays, addMonths, dayOf, endOfMonth, expandYear, pastDayOfMonth, pastMonth, pastMonthDay, startOfWeek, ymd,
} from './calendar.js';
import { periodOf, shiftedWeekday } from './periods.js';
import { parseYearWords } from './year-words.js';

/** A number from a group: digits ('5', '5th', '1º') or a number/ordinal word ('tre', 'third'). */
export function numberOf(ctx: RuleContext, name: string): number | undefined {
  const raw = ctx.groups[name];
  if (raw === undefined) return undefined;
  const digits = /^\d+/.exec(raw);
  if (digits) return Number(digits[0]);
  return ctx.lexicon.numbers.get(raw) ?? ctx.lexicon.ordinals.get(raw);
}

export function monthOf(ctx: RuleContext, name = 'month'): number | undefined {
  const raw = ctx.groups[name];
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  return ctx.lexicon.months.get(raw);
}

/** A year from a group: '2026', '26', "'26" (two digits expand around the reference), 'two thousand and six'. */
export function yearOf(ctx: RuleContext, name = 'year'): number | undefined {
  const raw = ctx.groups[name]?.replace(/^'/, '');
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) return parseYearWords(raw, ctx.lexicon);
  return expandYear(Number(raw), ctx.reference);
}

export function weekdayOf(ctx: RuleContext, name = 'weekday'): number | undefined {
  const raw = ctx.groups[name];
  return raw === undefined ? undefined : ctx.lexicon.weekdays.get(raw);
}

/**
 * 'past' | 'next' | 'this' from the `shift` group (or another), undefined when absent. A language
 * may mark some past words 'previous' ('last Friday': the Friday of the previous week) and some
 * next words 'upcoming' ('this coming Friday': the next Friday); they read as 'past' and 'next'
 * unless `exact` is asked for.
 */
export function shiftOf(ctx: RuleContext, name = 'shift', exact = false): string | undefined {
  const raw = ctx.groups[name];
  const shift = raw === undefined ? undefined : ctx.lexicon.shifts.get(raw);
  if (exact) return shift;
  return shift === 'previous' ? 'past' : shift === 'upcoming' ? 'next' : shift;
}

function dayRange(from: Date | undefined, to: Date | undefined, parts: Resolved['parts']): Resolved | undefined {
  if (!from || !to || to.getTime() < from.getTime()) return undefined;
  return { grain: 'day', from, to, parts };
}

/** Day and month, optionally year and a second day: '2 gennaio 2026', 'January 5', '3-5 gennaio'. */
export const absoluteDate: Resolver = (ctx) => {
  const day = numberOf(ctx, 'day');
  const month = monthOf(ctx);
  const year = yearOf(ctx);
  // a year that does not read as one ('thousand and five') spoils the whole match
  if (day === undefined || month === undefined || (ctx.groups['year'] !== undefined && year === undefined)) return undefined;
  let from = pastMonthDay(ctx.reference, month, day, year);
  // 'il prossimo 5 marzo': the next one after the reference
  if (from && year === undefined && shiftOf(ctx) === 'next' && from.getTime() <= dayOf(ctx.reference).getTime()) {
    from = ymd(from.getUTCFullYear() + 1, month, day);
  }
  if (!from) return undefined;
  const day2 = numberOf(ctx, 'day2');
  const month2 = monthOf(ctx, 'month2') ?? month;
  if (day2 === undefined) return dayRange(from, from, { year, month, day });
  let to = ymd(from.getUTCFullYear(), month2, day2);
  if (to && to.getTime() < from.getTime()) to = ymd(from.getUTCFullYear() + 1, month2, day2);
  return dayRange(from, to, { year, month, day });
};

/** Day-first range across months: '28 febbraio - 3 marzo', '3 gennaio - 5 febbraio 2026'. */
export const dayMonthRange: Resolver = (ctx) => {
  const d1 = numberOf(ctx, 'day');
  const m1 = monthOf(ctx);
  const d2 = numberOf(ctx, 'day2');
  const m2 = monthOf(ctx, 'month2');
  if (d1 === undefined || m1 === undefined || d2 === undefined || m2 === undefined) return undefined;
  const y2 = yearOf(ctx, 'year2');
  const to = pastMonthDay(ctx.reference, m2, d2, y2);
  if (!to) return undefined;
  const y1 = yearOf(ctx) ?? (m1 > m2 ? to.getUTCFullYear() - 1 : to.getUTCFullYear());
  return dayRange(ymd(y1, m1, d1), to, { year: y1, month: m1, day: d1 });
};

/** A day of the month alone: 'the 18th' → the last 18th on or before the reference. */
export const dayOfMonth: Resolver = (ctx) => {
  const day = numberOf(ctx, 'day');
  if (day === undefined || day < 1 || day > 31) return undefined;
  const date = pastDayOfMonth(ctx.reference, day);
  return dayRange(date, date, { day });
};

/** A month, optionally with a year or a shift: 'gennaio 2026', 'a marzo', 'this September'. */
export const monthYear: Resolver = (ctx) => {
  const month = monthOf(ctx);
  if (month === undefined || month < 1 || month > 12) return undefined;
  const year = yearOf(ctx);
  const shift = shiftOf(ctx);
  const refYear = ctx.reference.getUTCFullYear();
  let from: Date;
  if (year !== undefined) from = new Date(Date.UTC(year, month - 1, 1));
  else if (shift === 'this') from = new Date(Date.UTC(refYear, month - 1, 1));
  else if (shift === 'next') from = new Date(Date.UTC(refYear + (month - 1 > ctx.reference.getUTCMonth() ? 0 : 1), month - 1, 1));
  else if (shift === 'past') from = pastMonth(addMonths(ctx.reference, -1), month);
  else from = pastMonth(ctx.reference, month);
  // 'this May' states its year as much as 'May 2026' does
  const stated = year ?? (shift !== undefined ? from.getUTCFullYear() : undefined);
  return { grain: 'month', from, to: endOfMonth(from), parts: { year: stated, month } };
};

/** A year: 'nel 2022', 'in 2023', 'dal 2014 al 2018'. */
export const yearOnly: Resolver = (ctx) => {
  const year = yearOf(ctx);
  if (year === undefined) return undefined;
  const year2 = yearOf(ctx, 'year2') ?? year;
  if (year2 < year) return undefined;
  return { grain: 'year', from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year2, 11, 31)), parts: { year } };
};

/** 'ieri', 'oggi', 'l'altro ieri', 'yesterday', 'today', 'tomorrow'. */
export const relativeDay: Resolver = (ctx) => {
  const raw = ctx.groups['rel'];
  const offset = raw === undefined ? undefined : ctx.lexicon.relativeDays.get(raw);
  if (offset === undefined) return undefined;
  const date = addDays(ctx.reference, offset);
  return { grain: 'day', from: date, to: date };
};

/**
 * 'sabato', 'sabato scorso' (`shift` or `shift2`), 'last Friday', 'next Monday', and with the week
 * named (`wkshift`): 'lunedì di questa settimana', 'martedì della settimana scorsa', 'Tuesday of next week'.
 */
export const weekday: Resolver = (ctx) => {
  const wd = weekdayOf(ctx);
  if (wd === undefined) return undefined;
  const week = shiftOf(ctx, 'wkshift');
  if (week !== undefined) {
    const monday = addDays(startOfWeek(ctx.reference), week === 'past' ? -7 : week === 'next' ? 7 : 0);
    const date = addDays(monday, wd - 1);
    return { grain: 'day', from: date, to: date };
  }
  // 'il martedì dopo' (`after`): the following one
  const shift = shiftOf(ctx, 'shift', true) ?? shiftOf(ctx, 'shift2', true) ?? (ctx.groups['after'] !== undefined ? 'next' : undefined);
  const date = shiftedWeekday(ctx.reference, wd, shift);
  // 'il martedì dopo' is no weekday a date could name
  return { grain: 'day', from: date, to: date, ...(ctx.groups['after'] === undefined ? { weekday: wd } : {}) };
};

/** 'la settimana scorsa', 'questo mese', 'last week', 'this year'. */
export const unitPeriod: Resolver = (ctx) => {
  const raw = ctx.groups['unit'] ?? ctx.groups['unit2'];
  const unit = raw === undefined ? undefined : ctx.lexicon.units.get(raw);
  const shift = shiftOf(ctx) ?? shiftOf(ctx, 'shift2') ?? 'this';
  // 'l'ultimo giorno', 'the next day': a day before or after some event, not the publication
  if (unit === undefined || (unit === 'day' && shift !== 'this')) return undefined;
  return periodOf(ctx.reference, unit, shift);
};

/** A count of units from the reference: 'tre giorni fa' (-1), 'in two weeks' (+1). */
export function offsetBy(direction: -1 | 1): Resolver {
  return (ctx) => {
    const n = ctx.groups['num'] === undefined ? 1 : numberOf(ctx, 'num');
    const unit = ctx.groups['unit'] === undefined ? undefined : ctx.lexicon.units.get(ctx.groups['unit']);
    if (n === undefined || unit === undefined) return undefined;
    const ref = dayOf(ctx.reference);
    const k = n * direction;
    switch (unit) {
      case 'day': return { grain: 'day', from: addDays(ref, k), to: addDays(ref, k) };
      case 'week': return { grain: 'day', from: addDays(ref, 7 * k), to: addDays(ref, 7 * k) };
      case 'fortnight': return { grain: 'day', from: addDays(ref, 14 * k), to: addDays(ref, 14 * k) };
      case 'month': return { grain: 'day', from: addMonths(ref, k), to: addMonths(ref, k) };
      case 'year': {
        // 'in two years' names a day; 'due anni fa' is vague: the month is the precision we claim
        if (direction > 0) return { grain: 'day', from: addMonths(ref, 12 * k), to: addMonths(ref, 12 * k) };
        const from = addMonths(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), 1)), 12 * k);
        return { grain: 'month', from, to: endOfMonth(from) };
      }
      default: return undefined;
    }
  };
}

/**
 * 'gli ultimi 3 mesi', 'the last 3 months', 'the next two days': a span ending or starting at the
 * reference. Quarters and decades count whole units: 'the last 2 quarters' are the two before the
 * current one.
 */
export function spanOf(direction: -1 | 1): Resolver {
  return (ctx) => {
    const n = ctx.groups['num'] === undefined ? 1 : numberOf(ctx, 'num');
    const unit = ctx.groups['unit'] === undefined ? undefined : ctx.lexicon.units.get(ctx.groups['unit']);
    if (n === undefined || unit === undefined) return undefined;
    const ref = dayOf(ctx.reference);
    if (unit === 'quarter' || unit === 'decade') return wholeUnits(ref, unit, n, direction);
    const months = unit === 'month' ? n : unit === 'year' ? 12 * n : undefined;
    const days = unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'fortnight' ? 14 * n : undefined;
    const grain = unit === 'day' ? 'day' : unit === 'week' || unit === 'fortnight' ? 'week' : unit === 'month' ? 'month' : 'year';
    if (direction < 0) {
      const from = months !== undefined ? addMonths(ref, -months) : days !== undefined ? addDays(ref, -days) : undefined;
      return from ? { grain, from, to: ref } : undefined;
    }
    const to = months !== undefined ? addMonths(ref, months) : days !== undefined ? addDays(ref, days) : undefined;
    return to ? { grain, from: addDays(ref, 1), to } : undefined;
  };
}

/** `n` whole quarters or decades before the current one, or after it. */
function wholeUnits(ref: Date, unit: 'quarter' | 'decade', n: number, direction: -1 | 1): Resolved {
  const size = unit === 'quarter' ? 3 : 120;
  const y = ref.getUTCFullYear();
  const current = unit === 'quarter'
    ? new Date(Date.UTC(y, ref.getUTCMonth() - (ref.getUTCMonth() % 3), 1))
    : new Date(Date.UTC(y - (y % 10), 0, 1));
  const grain = unit === 'quarter' ? 'month' : 'year';
  if (direction < 0) return { grain, from: addMonths(current, -size * n), to: addDays(current, -1) };
  return { grain, from: addMonths(current, size), to: addDays(addMonths(current, size * (n + 1)), -1) };
}

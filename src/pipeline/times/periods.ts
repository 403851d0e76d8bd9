/**
 * Named periods relative to the reference: 'this week', 'la settimana scorsa', 'next month',
 * and weekdays with a modifier. The convention (news reports what has happened):
 *
 *   - 'this <unit>' ('questa settimana', 'this month', 'quest'anno') runs from the start of the
 *     unit to the publication day: the part that has happened. Published Sunday 2026-01-04,
 *     'questa settimana' is 2025-12-29 … 2026-01-04.
 *   - 'last <unit>' ('la settimana scorsa', 'il mese scorso') is the whole previous unit;
 *     'next <unit>' the whole next one.
 *   - A bare weekday ('sabato', 'on Friday') is the most recent such day, the publication day
 *     included; 'sabato scorso' / 'last Saturday' the most recent one strictly before it;
 *     'next Monday' / 'lunedì prossimo' the Monday of the next week; 'this Friday' /
 *     'venerdì di questa settimana' the Friday of the publication week. English 'last Friday' and
 *     'previous Monday' (shift 'previous') are that day of the previous week: written on a
 *     Thursday, 'last Monday' is ten days back (three days back would be 'on Monday').
 *   - 'later this <unit>' ('later this week', 'later this year') is the rest of the unit after the
 *     publication day; 'earlier this <unit>' the part before it, like 'this <unit>'.
 */
import type { Resolved } from './grammar.js';
import {
  addDays, addMonths, dayOf, endOfMonth, isoWeekday, pastWeekday, quarterStart, startOfMonth, startOfWeek,
} from './calendar.js';

export function shiftedWeekday(reference: Date, weekday: number, shift: string | undefined): Date {
  const monday = startOfWeek(reference);
  // 'last Friday', 'previous Monday' (shift 'previous'): that day of the previous week
  if (shift === 'previous') return addDays(monday, weekday - 8);
  // 'this coming Friday' (shift 'upcoming'): the next one after the reference
  if (shift === 'upcoming') return addDays(dayOf(reference), ((weekday - isoWeekday(reference) + 6) % 7) + 1);
  if (shift === 'past') return pastWeekday(reference, weekday, false);
  if (shift === 'next') return addDays(monday, 7 + weekday - 1);
  if (shift === 'this') return addDays(monday, weekday - 1);
  return pastWeekday(reference, weekday, true);
}

type Span = readonly [Date, Date];

/** The unit that contains `date`: [first day, last day]. */
function unitAround(date: Date, unit: string): Span | undefined {
  const y = date.getUTCFullYear();
  switch (unit) {
    case 'day': return [dayOf(date), dayOf(date)];
    case 'week': return [startOfWeek(date), addDays(startOfWeek(date), 6)];
    case 'month': return [startOfMonth(date), endOfMonth(date)];
    case 'quarter': {
      const from = quarterStart(y, Math.floor(date.getUTCMonth() / 3) + 1);
      return [from, endOfMonth(addMonths(from, 2))];
    }
    case 'year': return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y, 11, 31))];
    case 'decade': {
      const d = y - (y % 10);
      return [new Date(Date.UTC(d, 0, 1)), new Date(Date.UTC(d + 9, 11, 31))];
    }
    default: return undefined;
  }
}

/** Moves a date by `n` units. */
function step(date: Date, unit: string, n: number): Date {
  if (unit === 'day') return addDays(date, n);
  if (unit === 'week') return addDays(date, 7 * n);
  if (unit === 'quarter') return addMonths(date, 3 * n);
  if (unit === 'year') return addMonths(date, 12 * n);
  if (unit === 'decade') return addMonths(date, 120 * n);
  return addMonths(date, n);
}

const GRAIN: Readonly<Record<string, Resolved['grain']>> = {
  day: 'day', week: 'week', fortnight: 'week', weekend: 'day', month: 'month', quarter: 'month', year: 'year', decade: 'year',
};

/** The weekend (Saturday–Sunday) meant by 'the weekend' / 'lo scorso weekend'. */
function weekend(reference: Date, shift: string): Span {
  const saturday = addDays(startOfWeek(reference), 5);
  const wd = isoWeekday(reference);
  if (shift === 'past') return [addDays(saturday, -7), addDays(saturday, -6)];
  if (shift === 'next') return [addDays(saturday, 7), addDays(saturday, 8)];
  // 'this weekend': the one under way, the coming one on a Friday, else the one just gone
  if (wd >= 5) return [saturday, addDays(saturday, 1)];
  return [addDays(saturday, -7), addDays(saturday, -6)];
}

/** 'later this week': from the day after the reference (at the latest the unit's second half) to the unit's end. */
export function laterIn(reference: Date, unit: string): Resolved | undefined {
  const grain = GRAIN[unit];
  const around = unitAround(dayOf(reference), unit);
  if (!grain || !around) return undefined;
  const [from, to] = around;
  // the second half: Thursday, the 16th, the quarter's second month, 1 July, the decade's sixth year
  const half = unit === 'week' ? addDays(from, 3) : unit === 'month' ? addDays(from, 15)
    : unit === 'quarter' ? addMonths(from, 1) : unit === 'year' ? addMonths(from, 6) : addMonths(from, 60);
  const start = dayOf(reference).getTime() > half.getTime() ? dayOf(reference) : half;
  return { grain, from: start, to };
}

/** 'this' / 'past' / 'next' unit around the reference (see the convention above); `whole` keeps all of 'this' unit. */
export function periodOf(reference: Date, unit: string, shift: string, whole = false): Resolved | undefined {
  const grain = GRAIN[unit];
  if (grain === undefined) return undefined;
  const ref = dayOf(reference);
  if (unit === 'weekend') {
    const [from, to] = weekend(ref, shift);
    return { grain, from, to };
  }
  if (unit === 'fortnight') {
    const monday = startOfWeek(ref);
    if (shift === 'past') return { grain, from: addDays(monday, -14), to: addDays(monday, -1) };
    // the fortnight is this week and the next: 'the next fortnight' starts in two weeks
    if (shift === 'next') return { grain, from: addDays(monday, 14), to: addDays(monday, 27) };
    return { grain, from: monday, to: ref };
  }
  if (shift === 'this') {
    const around = unitAround(ref, unit);
    return around ? { grain, from: around[0], to: whole ? around[1] : ref } : undefined;
  }
  const n = shift === 'past' ? -1 : 1;
  const around = unitAround(step(unitAround(ref, unit)?.[0] ?? ref, unit, n), unit);
  return around ? { grain, from: around[0], to: around[1] } : undefined;
}

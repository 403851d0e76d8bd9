/**
 * A weekday named with a date: 'sabato 23/06/18', 'Friday, March 7', 'martedì 19', 'Mon 13th'.
 * When the text gives no year (or no month), the weekday picks the date: the nearest one to the
 * reference, before or after it, whose weekday matches ('martedì 19' written on Tuesday
 * 12 February 2013 is 19 February 2013: such a pair almost always names a date within weeks).
 */
import type { DateParts, Resolved, Resolver } from './grammar.js';
import { addMonths, dayOf, isoWeekday, startOfMonth, ymd } from './calendar.js';
import { numberOf, weekdayOf } from './resolvers.js';

const DAY_MS = 86_400_000;

/** The date matching `parts` and `weekday` nearest to the reference, within a year each way. */
export function nearestWithWeekday(reference: Date, parts: DateParts, weekday: number): Date | undefined {
  if (parts.day === undefined || parts.year !== undefined) return undefined;
  const ref = dayOf(reference);
  let best: Date | undefined;
  for (let k = -13; k <= 13; k++) {
    const month = addMonths(startOfMonth(ref), k);
    if (parts.month !== undefined && month.getUTCMonth() + 1 !== parts.month) continue;
    const date = ymd(month.getUTCFullYear(), month.getUTCMonth() + 1, parts.day);
    if (!date || isoWeekday(date) !== weekday) continue;
    const dist = Math.abs(date.getTime() - ref.getTime());
    // on a tie the past one: news reports what has happened
    if (!best || dist < Math.abs(best.getTime() - ref.getTime()) - DAY_MS / 2) best = date;
  }
  return best;
}

/** A date resolved again with the weekday named before it; unchanged when it states a year or none agrees. */
export function withWeekday(resolved: Resolved, weekday: number, reference: Date): Resolved {
  const p = resolved.parts;
  if (!p || p.day === undefined || p.year !== undefined || resolved.from.getTime() !== resolved.to.getTime()) return resolved;
  const date = nearestWithWeekday(reference, p, weekday);
  return date ? { ...resolved, from: date, to: date } : resolved;
}

/** 'martedì 19', 'Mon 13th': a weekday and a day of the month. */
export const weekdayAndDay: Resolver = (ctx) => {
  const wd = weekdayOf(ctx);
  const day = numberOf(ctx, 'day');
  if (wd === undefined || day === undefined || day < 1 || day > 31) return undefined;
  const date = nearestWithWeekday(ctx.reference, { day }, wd);
  return date ? { grain: 'day', from: date, to: date, parts: { day } } : undefined;
};

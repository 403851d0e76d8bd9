/**
 * Parts of a day and nights ('stamattina', 'ieri sera', 'la notte scorsa', 'last night',
 * 'nella notte tra sabato e domenica', 'on the night of 5 January'). Grain `part_of_day`;
 * nights follow the convention of night.ts (start = the evening day, end = the morning day).
 */
import type { Resolved, Resolver, RuleContext } from './grammar.js';
import { addDays, dayOf, pastMonthDay, pastWeekday } from './calendar.js';
import { nightInto, nightOf, type NightRange } from './night.js';
import { monthOf, numberOf, weekdayOf, yearOf } from './resolvers.js';
import { shiftedWeekday } from './periods.js';
import { shiftOf } from './resolvers.js';

function part(from: Date, to: Date): Resolved {
  return { grain: 'part_of_day', from, to };
}

/** The part-of-day kind of group `name` in table `table` ('sera' → 'evening'). */
function kindOf(ctx: RuleContext, table: string, name: string): string | undefined {
  const raw = ctx.groups[name];
  const kind = raw === undefined ? undefined : ctx.lexicon.extra?.[table]?.get(raw);
  return typeof kind === 'string' ? kind : undefined;
}

function onDay(day: Date, kind: string): Resolved {
  const night: NightRange | undefined = kind === 'night' ? nightOf(day) : undefined;
  return night ? part(night.from, night.to) : part(day, day);
}

/** 'stamattina', 'stasera', 'this morning' (the publication day); 'stanotte', 'last night', 'overnight' (the night into it). */
export function partOfToday(table: string): Resolver {
  return (ctx) => {
    const kind = kindOf(ctx, table, 'part');
    if (kind === undefined) return undefined;
    const ref = dayOf(ctx.reference);
    if (kind === 'night') {
      const night = nightInto(ref);
      return part(night.from, night.to);
    }
    return part(ref, ref);
  };
}

/** The day named before or after a part of day: a relative day word, a weekday or a date. */
function namedDay(ctx: RuleContext): Date | undefined {
  const rel = ctx.groups['rel'];
  if (rel !== undefined) {
    const offset = ctx.lexicon.relativeDays.get(rel);
    return offset === undefined ? undefined : addDays(ctx.reference, offset);
  }
  const wd = weekdayOf(ctx);
  if (wd !== undefined) return shiftedWeekday(ctx.reference, wd, shiftOf(ctx));
  const day = numberOf(ctx, 'day');
  const month = monthOf(ctx);
  if (day !== undefined && month !== undefined) return pastMonthDay(ctx.reference, month, day, yearOf(ctx));
  return undefined;
}

/** 'ieri sera', 'domenica mattina', 'yesterday evening', 'la notte del 5 gennaio', 'the night of 5 January'. */
export function partOfNamedDay(table: string): Resolver {
  return (ctx) => {
    const kind = kindOf(ctx, table, 'part');
    const day = namedDay(ctx);
    return kind === undefined || !day ? undefined : onDay(day, kind);
  };
}

/** 'nella notte tra sabato e domenica': the morning day is the last `weekday2` on or before the reference. */
export const nightBetweenWeekdays: Resolver = (ctx) => {
  const wd2 = weekdayOf(ctx, 'weekday2');
  const wd1 = weekdayOf(ctx);
  if (wd1 === undefined || wd2 === undefined || wd2 !== (wd1 % 7) + 1) return undefined;
  const night = nightInto(pastWeekday(ctx.reference, wd2, true));
  return part(night.from, night.to);
};

/** 'nella notte tra il 4 e il 5 gennaio', 'the night of 4 to 5 January': night into the second day. */
export const nightBetweenDays: Resolver = (ctx) => {
  const month = monthOf(ctx);
  const day2 = numberOf(ctx, 'day2');
  if (month === undefined || day2 === undefined) return undefined;
  const morning = pastMonthDay(ctx.reference, month, day2, yearOf(ctx));
  if (!morning) return undefined;
  const night = nightInto(morning);
  const day1 = numberOf(ctx, 'day');
  if (day1 !== undefined && night.from.getUTCDate() !== day1) return undefined;
  return part(night.from, night.to);
};

/** 'у ніч на 5 січня', 'в ночь на 5 января': the night into the day named. */
export const nightIntoDate: Resolver = (ctx) => {
  const day = numberOf(ctx, 'day');
  const month = monthOf(ctx);
  if (day === undefined || month === undefined) return undefined;
  const morning = pastMonthDay(ctx.reference, month, day, yearOf(ctx));
  if (!morning) return undefined;
  const night = nightInto(morning);
  return part(night.from, night.to);
};

/**
 * Resolvers of the Ukrainian and Russian grammar that the shared ones (resolvers.ts) do not
 * cover: nights ('у ніч на 5 січня'), weekdays with a modifier ('наступної середи' is the
 * coming Wednesday, as Duckling and everyday usage read it), 'позаминулого тижня', the n-th
 * weekday of a month, holidays, and the guards of ambiguous words ('Май' the name, '1.5 рази').
 */
import type { Resolved, Resolver, RuleContext } from './grammar.js';
import type { CyrillicLexicon, HolidayDate } from './cyrillic-lexicon.js';
import {
  addDays, addMonths, dayOf, endOfMonth, isoWeekday, nthWeekdayOfMonth, orthodoxEasterSunday, pastMonth, pastWeekday,
  startOfMonth, startOfWeek, ymd,
} from './calendar.js';
import { nightInto } from './night.js';
import { withWeekday } from './weekday-dates.js';
import { periodOf } from './periods.js';
import { absoluteDate, monthOf, monthYear, numberOf, offsetBy, shiftOf, weekdayOf, yearOf } from './resolvers.js';

const day = (date: Date | undefined): Resolved | undefined => (date ? { grain: 'day', from: date, to: date } : undefined);

/** A weekday with an optional modifier: past / next (the coming one) / this week / before-last. */
export function cyrillicWeekday(reference: Date, weekday: number, shift: string | undefined): Date {
  const ref = dayOf(reference);
  if (shift === 'next') return addDays(ref, ((weekday - isoWeekday(ref) + 6) % 7) + 1);
  if (shift === 'this') return addDays(startOfWeek(ref), weekday - 1);
  if (shift === 'past') return pastWeekday(ref, weekday, false);
  if (shift === 'before-last') return addDays(pastWeekday(ref, weekday, false), -7);
  return pastWeekday(ref, weekday, true);
}

/** 'у суботу', 'минулої суботи', 'в следующую среду', 'субота'. */
export const weekdayShift: Resolver = (ctx) => {
  const wd = weekdayOf(ctx);
  return wd === undefined ? undefined : day(cyrillicWeekday(ctx.reference, wd, shiftOf(ctx)));
};

/** 'середу після наступної': the weekday after the coming one. */
export const weekdayAfterNext: Resolver = (ctx) => {
  const wd = weekdayOf(ctx);
  return wd === undefined ? undefined : day(addDays(cyrillicWeekday(ctx.reference, wd, 'next'), 7));
};

/** 'середа наступного тижня', 'вторник на следующей неделе', 'неділю на минулому тижні'. */
export const weekdayOfWeek: Resolver = (ctx) => {
  const wd = weekdayOf(ctx);
  const shift = shiftOf(ctx);
  if (wd === undefined || shift === undefined) return undefined;
  const weeks = { past: -1, this: 0, next: 1, 'before-last': -2 }[shift] ?? 0;
  return day(addDays(startOfWeek(ctx.reference), 7 * weeks + wd - 1));
};

/** 'минулого тижня', 'в позапрошлом месяце', 'цього року', 'на вихідних' (periods.ts has the convention). */
export const shiftedPeriod: Resolver = (ctx) => {
  const unit = ctx.groups['unit'] === undefined ? undefined : ctx.lexicon.units.get(ctx.groups['unit']);
  const shift = shiftOf(ctx) ?? 'this';
  if (unit === undefined) return undefined;
  if (shift !== 'before-last') return periodOf(ctx.reference, unit, shift);
  const back = unit === 'day' ? addDays(ctx.reference, -1) : unit === 'week' ? addDays(ctx.reference, -7)
    : addMonths(ctx.reference, unit === 'year' ? -12 : -1);
  return periodOf(back, unit, 'past');
};

/**
 * 'три дні тому', 'через тиждень' (offsetBy of resolvers.ts), but years at month precision both
 * ways: 'через 3 роки' is as vague as '3 роки тому'.
 */
export function unitOffset(direction: -1 | 1): Resolver {
  const shared = offsetBy(direction);
  return (ctx) => {
    const unit = ctx.groups['unit'] === undefined ? undefined : ctx.lexicon.units.get(ctx.groups['unit']);
    const n = ctx.groups['num'] === undefined ? 1 : numberOf(ctx, 'num');
    if (unit !== 'year' || n === undefined) return shared(ctx);
    const from = addMonths(startOfMonth(ctx.reference), 12 * n * direction);
    return { grain: 'month', from, to: endOfMonth(from) };
  };
}

/** 'торік' (-1), 'цьогоріч' (0): a year relative to the reference. */
export function yearOffset(offset: -1 | 0): Resolver {
  return (ctx) => {
    const y = ctx.reference.getUTCFullYear() + offset;
    const from = new Date(Date.UTC(y, 0, 1));
    return { grain: 'year', from, to: offset === 0 ? dayOf(ctx.reference) : new Date(Date.UTC(y, 11, 31)) };
  };
}

/** The month a rule names, its year stated or toward the past. */
function monthStart(ctx: RuleContext): Date | undefined {
  const month = monthOf(ctx);
  if (month === undefined) return undefined;
  const year = yearOf(ctx);
  return year === undefined ? pastMonth(ctx.reference, month) : new Date(Date.UTC(year, month - 1, 1));
}

/** 'перший вівторок у жовтні', 'останній тиждень вересня 2014', 'третій день у жовтні'. */
export function nthInMonth(lex: CyrillicLexicon): Resolver {
  const last = lex.lexicon.extra?.['LAST'];
  return (ctx) => {
    const first = monthStart(ctx);
    const raw = ctx.groups['pos'];
    if (!first || raw === undefined) return undefined;
    const n = last?.get(raw) !== undefined ? -1 : numberOf(ctx, 'pos');
    if (n === undefined || n === 0 || n > 5) return undefined;
    const y = first.getUTCFullYear();
    const m = first.getUTCMonth() + 1;
    const wd = weekdayOf(ctx);
    if (wd !== undefined) return day(nthWeekdayOfMonth(y, m, wd, n));
    const unit = ctx.groups['unit'] === undefined ? undefined : ctx.lexicon.units.get(ctx.groups['unit']);
    if (unit === 'day') return day(n < 0 ? endOfMonth(first) : ymd(y, m, n));
    if (unit !== 'week') return undefined;
    // weeks that lie wholly inside the month: the first starts on its first Monday
    const firstMonday = addDays(first, (8 - isoWeekday(first)) % 7);
    const lastMonday = addDays(startOfWeek(endOfMonth(first)), isoWeekday(endOfMonth(first)) === 7 ? 0 : -7);
    const from = n < 0 ? lastMonday : addDays(firstMonday, 7 * (n - 1));
    if (from.getUTCMonth() !== first.getUTCMonth() || from.getTime() > lastMonday.getTime()) return undefined;
    return { grain: 'week', from, to: addDays(from, 6) };
  };
}

/** 'у ніч на 5 січня', 'в ночь с 4 на 5 января': the night into the day named. */
export const nightIntoDate: Resolver = (ctx) => {
  const target = absoluteDate(ctx);
  return target ? { grain: 'part_of_day', ...nightInto(target.from) } : undefined;
};

/** 'у ніч проти неділі', 'в ночь с субботы на воскресенье': the night into that weekday. */
export const nightIntoWeekday: Resolver = (ctx) => {
  const wd = weekdayOf(ctx);
  return wd === undefined ? undefined : { grain: 'part_of_day', ...nightInto(pastWeekday(ctx.reference, wd, true)) };
};

/** 'минулої ночі', 'этой ночью': the night before the publication day. */
export const lastNight: Resolver = (ctx) => ({ grain: 'part_of_day', ...nightInto(dayOf(ctx.reference)) });

/**
 * 'Вночі', 'Ночью' alone: the night before publication, as a report opens ('Вночі росіяни
 * запустили 86 дронів'). Not when a day is named close by ('3 січня вночі', 'вчора вночі'):
 * then the night is that day's, and the day's own mention carries the date.
 */
export function nightAlone(lex: CyrillicLexicon): Resolver {
  const { relativeDays, weekdays, months } = lex.lexicon;
  // a day named: "5 січня", "05.01", "вчора", "у неділю" (not any number: "Вночі росіяни запустили 86 дронів")
  const dayNamed = new RegExp(`\\d\\s*(?:${months.source})(?![\\p{L}])|\\d[./]\\d|(?<![\\p{L}])(?:${relativeDays.source}|${weekdays.source})(?![\\p{L}])`, 'iu');
  return (ctx) => {
    const around = `${ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start)} ${ctx.text.slice(ctx.end, ctx.end + 24)}`;
    return dayNamed.test(around) ? undefined : lastNight(ctx);
  };
}

/** 'на початку січня' (1–10), 'у середині січня' (11–20), 'наприкінці січня' (21–end). */
export const monthPart: Resolver = (ctx) => {
  const first = monthStart(ctx);
  if (!first) return undefined;
  const [from, to] = ctx.groups['early'] !== undefined ? [0, 9]
    : ctx.groups['mid'] !== undefined ? [10, 19] : [20, endOfMonth(first).getUTCDate() - 1];
  return { grain: 'month', from: addDays(first, from), to: addDays(first, to) };
};

/** A holiday's date in a year: 'MM-DD', or 'orthodox-easter' with an optional '+N' / '-N' days. */
function holidayIn(md: string, year: number): Date | undefined {
  const easter = /^orthodox-easter(?<off>[+-]\d+)?$/.exec(md);
  if (easter) return addDays(orthodoxEasterSunday(year), Number(easter.groups?.['off'] ?? 0));
  const [m, d] = md.split('-').map(Number);
  return ymd(year, m!, d!);
}

/** The most recent date of a holiday on or before the reference, or in the year stated. */
export function holiday(lex: CyrillicLexicon): Resolver {
  return (ctx) => {
    const entry = ctx.groups['holiday'] === undefined ? undefined : lex.holidays.get(ctx.groups['holiday']);
    if (!entry) return undefined;
    const stated = yearOf(ctx);
    const ref = dayOf(ctx.reference);
    const years = stated !== undefined ? [stated] : [ref.getUTCFullYear(), ref.getUTCFullYear() - 1];
    const valid = (d: HolidayDate, y: number): boolean => (d.since ?? -Infinity) <= y && y <= (d.until ?? Infinity);
    const candidates = years.flatMap((y) => entry.dates.filter((d) => valid(d, y)).map((d) => holidayIn(d.md, y)))
      .filter((d): d is Date => d !== undefined && (stated !== undefined || d.getTime() <= ref.getTime()));
    candidates.sort((a, b) => b.getTime() - a.getTime());
    const date = candidates[0];
    // 'у новорічну ніч': the night into 1 January
    if (date && entry.night) return { grain: 'part_of_day', ...nightInto(date) };
    return day(date);
  };
}

/** The day before what `resolve` finds: 'напередодні Різдва'. */
export function dayBefore(resolve: Resolver): Resolver {
  return (ctx) => {
    const found = resolve(ctx);
    return found && day(addDays(found.from, -1));
  };
}

/** A date led by a weekday ('у середу, 31 грудня', 'Пт, 18.07'): without a year, the weekday picks it. */
export function ledByWeekday(resolve: Resolver): Resolver {
  return (ctx) => {
    const found = resolve(ctx);
    const abbr = ctx.groups['leadabbr'];
    const short = abbr === undefined ? undefined : ctx.lexicon.extra?.['WDABBR']?.get(abbr);
    const wd = weekdayOf(ctx, 'leadwd') ?? (typeof short === 'number' ? short : undefined);
    return found && wd !== undefined ? withWeekday(found, wd, ctx.reference) : found;
  };
}

/** 'березень', 'март': a bare month, unless it is a capitalized name inside a sentence ('Май'). */
export function bareMonth(lex: CyrillicLexicon): Resolver {
  return (ctx) => {
    const raw = ctx.groups['month'] ?? '';
    if (lex.bareNeedsYear.has(raw.toLowerCase())) return undefined;
    const capital = raw[0] !== raw[0]?.toLowerCase();
    const sentenceStart = /(?:^|[.!?…:;"«»\n]\s*)$/u.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start));
    return capital && !sentenceStart ? undefined : monthYear(ctx);
  };
}

/** '15.02', '10.12.': a day and month with a dot, unless a unit follows ('1.5 рази', '15.2 тис.'). */
export function dotDayMonth(lex: CyrillicLexicon): Resolver {
  const notDate = new RegExp(`^\\s*(?:${lex.notDate.source})(?![\\p{L}])`, 'iu');
  return (ctx) => {
    const before = ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start);
    const after = ctx.text.slice(ctx.end, ctx.end + 16);
    if (/[\d.,:/-]\s?$/.test(before) || /^[.,:/]?\d/.test(after) || notDate.test(after)) return undefined;
    return absoluteDate(ctx);
  };
}

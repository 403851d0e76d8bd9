/**
 * Calendar arithmetic shared by every language's time grammar. Dates are `Date` objects whose
 * UTC fields hold the wall-clock date (see `parseReference`); nothing here reads the clock.
 *
 * News reports what has happened, so an underspecified date resolves toward the past:
 * "lo scorso 2 gennaio" published on 4 January 2026 is 2026-01-02, and "2 gennaio" published on
 * 28 December 2025 is 2025-01-02 (the last 2 January on or before the reference day).
 */
import type { TimeGrain, TimeMention } from '../../model/extraction.js';

const DAY_MS = 86_400_000;

/** A calendar day (UTC midnight) from year, month (1–12) and day; undefined when it does not exist. */
export function ymd(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date;
}

/** The calendar day of a date (time of day dropped). */
export function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(dayOf(date).getTime() + days * DAY_MS);
}

/** Adds calendar months, clamping the day ("31 January + 1 month" is 28/29 February). */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), last)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

/** Monday of the ISO week that contains `date`. */
export function startOfWeek(date: Date): Date {
  return addDays(date, 1 - isoWeekday(date));
}

export function startOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

export function endOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
}

/** 'YYYY-MM-DD'. */
export function isoDay(date: Date): string {
  const y = date.getUTCFullYear();
  // (toISOString writes years out of 0–9999 with a sign, and throws on an invalid date)
  if (!(y >= 0 && y <= 9999)) return date.toISOString().slice(0, 10);
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The most recent `month`/`day` on or before the reference day (toward the past).
 * With `year` given, that exact date. Undefined for impossible dates ("31 febbraio").
 */
export function pastMonthDay(reference: Date, month: number, day: number, year?: number): Date | undefined {
  if (year !== undefined) return ymd(year, month, day);
  const ref = dayOf(reference);
  const y = ref.getUTCFullYear();
  const sameYear = ymd(y, month, day);
  if (sameYear && sameYear.getTime() <= ref.getTime()) return sameYear;
  // 29 February resolves to the last leap year before the reference
  for (let back = 1; back <= 8; back++) {
    const earlier = ymd(y - back, month, day);
    if (earlier) return earlier;
  }
  return undefined;
}

/**
 * The most recent given weekday (1 = Monday … 7 = Sunday) before the reference day; with
 * `includeToday`, the reference day itself when it is that weekday ("sabato" in an article
 * published on a Saturday is usually that day; "sabato scorso" is not).
 */
export function pastWeekday(reference: Date, weekday: number, includeToday = false): Date {
  const ref = dayOf(reference);
  let diff = isoWeekday(ref) - weekday;
  if (diff < 0 || (diff === 0 && !includeToday)) diff += 7;
  return addDays(ref, -diff);
}

/** Two-digit years: "02.01.26" is 2026, "12/3/98" is 1998 (a window around the reference). */
export function expandYear(year: number, reference: Date): number {
  if (year >= 100) return year;
  const refYear = reference.getUTCFullYear();
  const century = Math.floor(refYear / 100) * 100;
  let full = century + year;
  if (full > refYear + 20) full -= 100;
  return full;
}

/** Builds a time mention from a span of the document and the resolved calendar range. */
export function timeMention(
  text: string,
  start: number,
  end: number,
  grain: TimeGrain,
  from: Date,
  to: Date,
  rule: string,
  source: 'stated' | 'inferred' = 'stated',
): TimeMention {
  return {
    start,
    end,
    text: text.slice(start, end),
    grain,
    value: { start: isoDay(from), end: isoDay(to) },
    rule,
    source,
  };
}

/** The first day of the most recent `month` (1–12) on or before the reference month. */
export function pastMonth(reference: Date, month: number): Date {
  const y = reference.getUTCFullYear();
  const year = month - 1 <= reference.getUTCMonth() ? y : y - 1;
  return new Date(Date.UTC(year, month - 1, 1));
}

/** The most recent day `day` of a month on or before the reference day ("the 18th"). */
export function pastDayOfMonth(reference: Date, day: number): Date | undefined {
  const ref = dayOf(reference);
  for (let back = 0; back <= 12; back++) {
    const first = addMonths(startOfMonth(ref), -back);
    const date = ymd(first.getUTCFullYear(), first.getUTCMonth() + 1, day);
    if (date && date.getTime() <= ref.getTime()) return date;
  }
  return undefined;
}

export function startOfYear(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), 0, 1));
}

export function endOfYear(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
}

/** First day of the quarter (1–4) of a year. */
export function quarterStart(year: number, quarter: number): Date {
  return new Date(Date.UTC(year, (quarter - 1) * 3, 1));
}

/** The `n`-th (1-based; -1 = last) given weekday of a month ("primo martedì di ottobre"). */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): Date | undefined {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  const date = addDays(first, (weekday - isoWeekday(first) + 7) % 7 + (n - 1) * 7);
  return date.getUTCMonth() === month - 1 ? date : undefined;
}

/** Monday of ISO week `week` (1–53) of `year`. */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return addDays(startOfWeek(jan4), (week - 1) * 7);
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Orthodox Easter Sunday of a year, as a Gregorian date (Julian computus, then the Julian–Gregorian
 * offset: 13 days in 1900–2099). Ukraine and Russia keep it ('Великдень', 'Пасха').
 */
export function orthodoxEasterSunday(year: number): Date {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const offset = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return addDays(new Date(Date.UTC(year, month - 1, day)), offset);
}

/** Moves a date by `n` calendar units: day, week, fortnight, month, quarter, year, decade. */
export function addUnits(date: Date, unit: string, n: number): Date | undefined {
  switch (unit) {
    case 'day': return addDays(date, n);
    case 'week': return addDays(date, 7 * n);
    case 'fortnight': return addDays(date, 14 * n);
    case 'month': return addMonths(date, n);
    case 'quarter': return addMonths(date, 3 * n);
    case 'year': return addMonths(date, 12 * n);
    case 'decade': return addMonths(date, 120 * n);
    default: return undefined;
  }
}

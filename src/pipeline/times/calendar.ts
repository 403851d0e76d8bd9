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
  return date.toISOString().slice(0, 10);
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

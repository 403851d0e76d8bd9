/**
 * Timeline series (events and fatalities per day, by type) and the arithmetic of the brush:
 * pure functions, tested without a browser.
 */

export interface DayBucket {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly events: number;
  readonly fatalities: number;
  /** Events per event type. */
  readonly byType: Readonly<Record<string, number>>;
}

const DAY_MS = 86_400_000;

export function dayIndex(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dayDate(index: number): string {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Every day from the first to the last bucket, with empty days filled in: at least `minDays`
 * (a single day is not drawn as one bar across the chart) and at most `maxDays`, the latest.
 */
export function fillDays(buckets: readonly DayBucket[], maxDays = 3660, minDays = 14): DayBucket[] {
  if (!buckets.length) return [];
  const sorted = [...buckets].sort((a, b) => (a.date < b.date ? -1 : 1));
  const last = dayIndex(sorted[sorted.length - 1]!.date);
  const first = Math.max(Math.min(dayIndex(sorted[0]!.date), last - minDays + 1), last - maxDays + 1);
  const byDate = new Map(sorted.map((b) => [b.date, b]));
  const out: DayBucket[] = [];
  for (let d = first; d <= last; d++) {
    const date = dayDate(d);
    out.push(byDate.get(date) ?? { date, events: 0, fatalities: 0, byType: {} });
  }
  return out;
}

/** The day under an x position of a chart `width` wide showing `days`. */
export function dayAt(x: number, width: number, days: readonly DayBucket[]): string | undefined {
  if (!days.length || width <= 0) return undefined;
  const i = Math.max(0, Math.min(days.length - 1, Math.floor((x / width) * days.length)));
  return days[i]!.date;
}

/** The inclusive date range between two brushed days, in order. */
export function brushRange(a: string, b: string): { from: string; to: string } {
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

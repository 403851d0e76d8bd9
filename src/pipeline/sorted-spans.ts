/**
 * Look-ups in lists of spans sorted by start: the cues, the sentences, the quotes, and the
 * mentions every stage returns. A binary search instead of a walk over the whole list, so that
 * the work per sentence or per quote does not grow with the length of the text (a live blog of
 * 100 KB has a thousand sentences and as many mentions).
 */
import type { Span } from '../model/extraction.js';

/** The first index of 0..n-1 where `before` turns false (`before` true up to some index, false after it); n when none. */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first span of `list` that starts at or after `at` (`list.length` when none). */
export function firstFrom(list: readonly Span[], at: number): number {
  return lowerBound(list.length, (i) => list[i]!.start < at);
}

/** The spans of `list` that lie inside `span`, in order: `list.filter((x) => x.start >= span.start && x.end <= span.end)`. */
export function spansInside<T extends Span>(list: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstFrom(list, span.start); i < list.length && list[i]!.start <= span.end; i++) {
    if (list[i]!.end <= span.end) out.push(list[i]!);
  }
  return out;
}

/**
 * The span of `list` (spans that do not overlap) that holds position `at`:
 * `list.find((x) => x.start <= at && at < x.end)`.
 */
export function spanHolding<T extends Span>(list: readonly T[], at: number): T | undefined {
  const x = list[firstFrom(list, at + 1) - 1];
  return x && at < x.end ? x : undefined;
}

/** The starts of the runs of line breaks of `text`, for `paragraphAt`. */
export function lineBreakRuns(text: string): number[] {
  const runs: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (at === 0 || text.charCodeAt(at - 1) !== 10) runs.push(at);
  }
  return runs;
}

/** The number of runs of line breaks that start before `at` (`runs` of `lineBreakRuns`): the paragraph of `at`, from 0. */
export function paragraphAt(runs: readonly number[], at: number): number {
  return lowerBound(runs.length, (i) => runs[i]! < at);
}

/**
 * Whether a span of `list` overlaps `span`, for lists whose spans do not overlap each other (the
 * times stage's mentions): their ends come in order too, so the last span that starts before
 * `span` ends is the only one to look at. `list.some((x) => x.start < span.end && span.start < x.end)`.
 */
export function overlapsAny(list: readonly Span[], span: Span): boolean {
  const x = list[firstFrom(list, span.end) - 1];
  return x !== undefined && x.end > span.start;
}

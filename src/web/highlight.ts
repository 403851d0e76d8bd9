/**
 * Splits an article's text into segments at the boundaries of evidence spans, so that the
 * dashboard can wrap each highlighted piece in its own element (text nodes only: article text is
 * untrusted and is never parsed as HTML). Spans are half-open `[start, end)` in UTF-16 units.
 */

export interface Mark {
  readonly start: number;
  readonly end: number;
  /** The field the span supports (`fatalities`, `location`, `event`, ...). */
  readonly field: string;
  readonly rule?: string | null;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The marks covering this whole segment (empty: plain text). */
  readonly marks: readonly Mark[];
}

/** Clamps the marks to the text and drops empty or inverted ones. */
function validMarks(length: number, marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  for (const m of marks) {
    const start = Math.max(0, Math.min(length, Math.floor(m.start)));
    const end = Math.max(0, Math.min(length, Math.floor(m.end)));
    if (end > start) out.push({ ...m, start, end });
  }
  return out;
}

export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const valid = validMarks(text.length, marks);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    segments.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return segments;
}

/** The most specific field of a segment's marks: a field other than the whole `event`. */
export function primaryField(marks: readonly Mark[]): string | undefined {
  const specific = marks.filter((m) => m.field !== 'event');
  const pick = specific.length ? specific : marks;
  return pick.reduce<Mark | undefined>((best, m) => (!best || m.end - m.start < best.end - best.start ? m : best), undefined)?.field;
}

/** Display formatting shared by the views. */

/** `2026-01-02` or `2026-01-02 – 2026-01-04`. */
export function formatDateRange(start: string, end: string): string {
  const a = start.slice(0, 10);
  const b = end.slice(0, 10);
  return a === b ? a : `${a} – ${b}`;
}

/** A count with its qualifier, as the text gave it: `more than 11,000`, `about 900`, `3–5`. */
export function formatCount(c: { value: number; min?: number | null; max?: number | null; qualifier?: string | null }): string {
  const n = (v: number): string => v.toLocaleString('en');
  switch (c.qualifier) {
    case 'range':
      return c.min != null && c.max != null ? `${n(c.min)}–${n(c.max)}` : n(c.value);
    case 'more_than':
      return `more than ${n(c.value)}`;
    case 'at_least':
      return `at least ${n(c.value)}`;
    case 'less_than':
      return `fewer than ${n(c.value)}`;
    case 'at_most':
      return `at most ${n(c.value)}`;
    case 'approx':
      return `about ${n(c.value)}`;
    default:
      return n(c.value);
  }
}

/** `power_outage` → `power outage`. */
export function humanize(kind: string): string {
  return kind.replace(/_/g, ' ');
}

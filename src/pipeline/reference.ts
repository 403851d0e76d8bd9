/** An expected failure caused by the caller's input; its message is meant for people. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a reference time. The wall-clock date and time as written are kept (an offset is
 * dropped): "2026-01-04T23:30:00+02:00" is still the evening of 4 January for the article.
 * Returns a Date whose UTC fields hold that wall-clock time.
 */
export function parseReference(published: string): Date {
  const s = published.trim();
  const m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, se] = m;
    const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, +(h ?? 0), +(mi ?? 0), +(se ?? 0)));
    if (date.getUTCMonth() === +mo! - 1 && date.getUTCDate() === +d!) return date;
  } else {
    // RSS and HTTP dates: "Sun, 04 Jan 2026 10:00:00 GMT"
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t);
  }
  throw new InputError(
    `invalid publication date "${published}": expected an ISO date such as 2026-01-04 or 2026-01-04T10:30:00`,
  );
}

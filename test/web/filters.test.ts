import { describe, expect, it } from 'vitest';
import { filterParams, filtersFromHash, filtersToHash } from '../../src/web/filters.js';

describe('filters', () => {
  const f = { types: ['Battles', 'Protests'], from: '2026-01-01', to: '2026-01-31', country: 'UA', minFatalities: 3, q: 'Odesa' };

  it('maps to API query parameters, dates optional', () => {
    expect(filterParams(f).toString()).toBe('from=2026-01-01&to=2026-01-31&type=Battles%2CProtests&country=UA&min_fatalities=3&q=Odesa');
    expect(filterParams(f, { dates: false }).has('from')).toBe(false);
    expect(filterParams({ types: [], minFatalities: 0 }).toString()).toBe('');
  });

  it('round-trips through the URL hash with the open event', () => {
    const { filters, eventId } = filtersFromHash(filtersToHash(f, 42));
    expect(filters).toEqual(f);
    expect(eventId).toBe(42);
  });

  it('ignores malformed hash values', () => {
    const { filters, eventId } = filtersFromHash('#from=yesterday&min_fatalities=-4&event=abc&country=ua');
    expect(filters).toEqual({ types: [], country: 'UA' });
    expect(eventId).toBeUndefined();
  });

});

import { describe, expect, it } from 'vitest';
import { times } from '../../../src/lang/und/times.js';
import { timesOf } from '../../pipeline/times-helpers.js';

const t = (text: string) => timesOf(times, 'und', '2026-01-04', text);

describe('und times: numeric dates in any language', () => {
  it('reads ISO, compact and year-month dates', () => {
    expect(t('Relatório 2026-01-02; arquivo 20251230; período 2025-12.')).toEqual([
      ['2026-01-02', 'day', '2026-01-02'],
      ['20251230', 'day', '2025-12-30'],
      ['2025-12', 'month', '2025-12-01..2025-12-31'],
    ]);
  });

  it('reads numeric dates day first, and toward the past without a year', () => {
    expect(t('Am 04.01.2026 und am 28/12, dann 3/1/26.')).toEqual([
      ['04.01.2026', 'day', '2026-01-04'],
      ['28/12', 'day', '2025-12-28'],
      ['3/1/26', 'day', '2026-01-03'],
    ]);
  });

  it('joins nothing and invents nothing', () => {
    expect(t('Score 3-2, fraction 5/7 of them, 10.5.12.1, 12:30, 31/02/2026, 1/2/3/4.')).toEqual([]);
  });
});

/**
 * The convention for nights, shared by every language (it, en, uk, ru, ...).
 *
 * A night spans two calendar days. A time mention of a night has grain `part_of_day` and
 * `value = { start: the evening day, end: the morning day }` — always two consecutive days,
 * `start` the day the night began, `end` the day it ended:
 *
 *   - 'nella notte tra sabato e domenica' (published Sunday 2026-01-04) → 2026-01-03 … 2026-01-04
 *   - 'у ніч на 5 січня', 'в ночь на 5 января' (the night INTO 5 January)  → 2026-01-04 … 2026-01-05
 *   - 'on the night of 4 to 5 January', 'nella notte tra il 4 e il 5 gennaio' → 2026-01-04 … 2026-01-05
 *   - 'on the night of 5 January', 'nella notte del 5 gennaio' (the night that BEGINS on the
 *     evening of the day named) → 2026-01-05 … 2026-01-06
 *   - 'la notte scorsa', 'stanotte', 'last night', 'overnight' (the night before the publication
 *     day)                                                            → reference - 1 … reference
 *
 * What differs between languages is which day a phrase names (Ukrainian and Russian "на" name
 * the morning day; English "the night of" and Italian "la notte del" name the evening day);
 * the value is always evening day … morning day. Use these helpers rather than adding days by hand.
 */
import { addDays } from './calendar.js';

export interface NightRange {
  readonly from: Date;
  readonly to: Date;
}

/** The night that ends on the morning of `day` ('у ніч на 5 січня'): day-1 … day. */
export function nightInto(day: Date): NightRange {
  return { from: addDays(day, -1), to: addDays(day, 0) };
}

/** The night that begins on the evening of `day` ('the night of 5 January'): day … day+1. */
export function nightOf(day: Date): NightRange {
  return { from: addDays(day, 0), to: addDays(day, 1) };
}

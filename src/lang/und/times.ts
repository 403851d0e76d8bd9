import type { TimeRecognizer } from '../types.js';
import { numericDates } from '../../pipeline/times/numeric-dates.js';

/**
 * Language-neutral times: ISO dates ('2026-01-04', '20260104', '2026-01') and numeric dates read
 * day-first ('04.01.2026', '4/1/2026', '4/1'), the order of most of the world.
 */
export const times: TimeRecognizer = (doc) => numericDates(doc, 'dmy', 'und');

import type { TimeRecognizer } from '../types.js';
import { cyrillicTimes } from '../../pipeline/times/cyrillic-grammar.js';

/** Ukrainian dates: '5 січня', 'у ніч на 5 січня', 'минулого тижня', 'три дні тому'. */
export const times: TimeRecognizer = cyrillicTimes('uk', new URL('./data/', import.meta.url));

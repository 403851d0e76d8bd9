import type { TimeRecognizer } from '../types.js';
import { cyrillicTimes } from '../../pipeline/times/cyrillic-grammar.js';

/** Russian dates: '5 января', 'в ночь на 5 января', 'на прошлой неделе', 'три дня назад'. */
export const times: TimeRecognizer = cyrillicTimes('ru', new URL('./data/', import.meta.url));

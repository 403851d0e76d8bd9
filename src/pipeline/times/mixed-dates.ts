/**
 * Dates that mix digits and a month name joined by '-' or '/', in any order: '05-Aug-2016',
 * '23/set/2020', '2019-aug-01', 'Sep-23-2020', 'settembre-2020-23', and month-year 'Dec-2018',
 * 'Dec/2018'. The same templates serve every language through its {MONTH} words.
 */
import type { TimeRule } from './grammar.js';
import { absoluteDate, monthYear } from './resolvers.js';

const SEP = '\\s?[-/]\\s?';
const D = '{DAYNUM:day}';

export function mixedDateRules(lang: string): TimeRule[] {
  const id = `${lang}/times/mixed-date`;
  return [
    // '05-Aug-2016', '23/set/2020'
    { id, pattern: `${D}${SEP}{MONTH}${SEP}{YEAR}`, resolve: absoluteDate },
    // '23-2020-settembre'
    { id, pattern: `${D}${SEP}{YEAR}${SEP}{MONTH}`, resolve: absoluteDate },
    // 'Sep-23-2020'
    { id, pattern: `{MONTH}${SEP}${D}${SEP}{YEAR}`, resolve: absoluteDate },
    // 'September-2020-23'
    { id, pattern: `{MONTH}${SEP}{YEAR}${SEP}${D}`, resolve: absoluteDate },
    // '2020/Sep/23', '2019-aug-1'
    { id, pattern: `{YEAR}${SEP}{MONTH}${SEP}${D}`, resolve: absoluteDate },
    // '2020/23/Sep'
    { id, pattern: `{YEAR}${SEP}${D}${SEP}{MONTH}`, resolve: absoluteDate },
    // 'Dec-2018', 'Dec/2018'
    { id: `${lang}/times/mixed-month`, pattern: `{MONTH}${SEP}{YEAR}`, resolve: monthYear },
    // 'Oct/2', 'Jan/3', 'Jun-15'
    { id, pattern: `{MONTH}[-/]${D}(?![-/.]?\\d)`, resolve: absoluteDate },
  ];
}

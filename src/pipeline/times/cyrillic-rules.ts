/**
 * The rules of the Ukrainian and Russian time grammar. Both languages share the grammar; the
 * words come from each language's data files (cyrillic-lexicon.ts), so one template covers
 * 'минулого тижня' and 'на прошлой неделе'. Rule ids are `<lang>/times/<name>`.
 * Macros: see grammar.ts; the Cyrillic word classes are the `extra` tables of the lexicon.
 */
import type { TimeRule } from './grammar.js';
import type { CyrillicLexicon } from './cyrillic-lexicon.js';
import {
  bareMonth, dayBefore, dotDayMonth, holiday, ledByWeekday, lastNight, monthPart, nightAlone, nightIntoDate, nightIntoWeekday, nthInMonth,
  shiftedPeriod, unitOffset, weekdayAfterNext, weekdayOfWeek, weekdayShift, yearOffset,
} from './cyrillic-resolvers.js';
import { absoluteDate, monthYear, relativeDay, spanOf, yearOnly } from './resolvers.js';
import { numericDateRules } from './numeric-dates.js';
import { partOfNamedDay } from './parts-of-day.js';

/** A day of the month: '5', '5-го', 'п'ятого', 'двадцять четверте'. */
const DAY = (name: string): string => `(?<${name}>{DAYNUM:}|{ORD:})`;
/** An optional year after a date: ' 2026', ' 2026 року', ' 2026 г.', ' 2022-го року'. */
const YEAR_TAIL = '(?:\\s+{YEAR}(?:-?{YEARSUFFIX:})?(?:\\s*{YEARWORD:})?)?';
/** An optional weekday before a date: 'Понеділок, ', 'у п'ятницю, ', 'Пт, ' (read by `ledByWeekday`). */
const WEEKDAY_LEAD = '(?:(?:{IN:}\\s+)?{WEEKDAY:leadwd}\\s*,?\\s+|{WDABBR:leadabbr}\\.?\\s*,\\s*)?';
/** 'на' before a week: 'вторник на следующей неделе', 'на минулому тижні'. */
const ON = '(?:(?:{IN:}|{ON:})\\s+)?';

/** Absolute dates: a day and month, a month, a year, numeric dates, holidays. */
function absoluteRules(lang: string, lex: CyrillicLexicon): TimeRule[] {
  const id = (name: string): string => `${lang}/times/${name}`;
  // Ukrainian and Russian write dates with dots: a slash without a year is '24/7' (round the clock)
  const numeric = numericDateRules(lang, 'dmy')
    .filter((r) => !r.id.endsWith('/numeric-day-month'))
    .map((r) => ({ ...r, pattern: `${WEEKDAY_LEAD}(?:${r.pattern})`, resolve: ledByWeekday(r.resolve) }));
  return [
    // '5 січня', '5 января 2026 года', 'Понеділок, 18 лютого', 'п'ятого січня', '18-го фев.'
    { id: id('day-month'), pattern: `${WEEKDAY_LEAD}${DAY('day')}\\s+{MONTHGEN:month}${YEAR_TAIL}`, resolve: ledByWeekday(absoluteDate) },
    // '5-7 січня', 'з 5 по 7 січня 2026 року'
    {
      id: id('day-range'),
      pattern: `(?:{FROM:}\\s+)?${DAY('day')}(?:\\s+{UNTIL:}\\s+|\\s*-\\s*)${DAY('day2')}\\s+{MONTHGEN:month}${YEAR_TAIL}`,
      resolve: absoluteDate,
    },
    // '02.01.2026', 'П'ятниця, 18.07.14', '2026-01-04'
    ...numeric,
    // '15.02', '10.12.'
    { id: id('dot-day-month'), pattern: `${WEEKDAY_LEAD}(?<day>[0-3]?\\d)\\.(?<month>[01]?\\d)\\.?`, resolve: ledByWeekday(dotDayMonth(lex)) },
    // 'січень 2024', 'у січні 2024 року', 'Октябрь 2014', 'з березня 2022 року'
    { id: id('month-year'), pattern: `(?:{IN:}\\s+)?{MONTH}\\s+{YEAR}(?:\\s*{YEARWORD:})?`, resolve: monthYear },
    // 'у січні', 'в январе'
    { id: id('in-month'), pattern: '{IN:}\\s+{MONTHLOC:month}', resolve: monthYear },
    // 'минулого березня', 'в прошлом марте'
    { id: id('shift-month'), pattern: `(?:{IN:}\\s+)?{SHIFT}\\s+{MONTH}`, resolve: monthYear },
    // 'березень', 'март'
    { id: id('bare-month'), pattern: '{MONTHBARE:month}', resolve: bareMonth(lex) },
    // 'у 2022 році', 'в 2022 году', '2014 р.', '2014-2022 роки', 'у 2022-му'
    {
      id: id('year'),
      pattern: `(?:{IN:}\\s+)?{YEAR}(?:\\s*-\\s*{YEAR:year2})?(?:-?{YEARSUFFIX:}(?:\\s*{YEARWORD:})?|\\s*{YEARWORD:})`,
      resolve: yearOnly,
    },
    // 'торік', 'цьогоріч', 'з початку року'
    { id: id('last-year'), pattern: '{YEARPAST:}', resolve: yearOffset(-1) },
    { id: id('this-year'), pattern: '{YEARTHIS:}|{YEARSOFAR:}', resolve: yearOffset(0) },
    // 'на початку січня', 'в конце декабря 2025 года'
    {
      id: id('month-part'),
      pattern: `(?:(?<early>{MONTHEARLY:})|(?<mid>{MONTHMID:})|(?<late>{MONTHLATE:}))\\s+{MONTHGEN:month}${YEAR_TAIL}`,
      resolve: monthPart,
    },
    // 'різдво', 'Новий рік', 'День Незалежності 2023 року'
    { id: id('holiday'), pattern: `{HOLIDAY}${YEAR_TAIL}`, resolve: holiday(lex) },
    // 'напередодні Різдва', 'накануне Пасхи'
    { id: id('holiday-eve'), pattern: `{EVE:}\\s+{HOLIDAY}${YEAR_TAIL}`, resolve: dayBefore(holiday(lex)) },
  ];
}

/** Relative dates: days, weekdays, weeks, months, years, nights, 'три дні тому'. */
function relativeRules(lang: string, lex: CyrillicLexicon): TimeRule[] {
  const id = (name: string): string => `${lang}/times/${name}`;
  return [
    // 'вчора', 'позавчера', 'накануне'; not 'напередодні Різдва' (the eve of the holiday)
    { id: id('relative-day'), pattern: '{REL}(?!\\s+{HOLIDAY:})', resolve: relativeDay },
    // 'у суботу', 'во вторник'
    { id: id('in-weekday'), pattern: '{IN:}\\s+{WDACC:weekday}', resolve: weekdayShift },
    // 'субота', 'понедельник'
    { id: id('bare-weekday'), pattern: '{WDBARE:weekday}', resolve: weekdayShift },
    // 'минулої суботи', 'в прошлую субботу', 'наступного вівторка', 'в эту среду'
    { id: id('shift-weekday'), pattern: `(?:{IN:}\\s+)?{SHIFT}\\s+{WEEKDAY}`, resolve: weekdayShift },
    // 'середа наступного тижня', 'вторник на следующей неделе'
    { id: id('weekday-of-week'), pattern: `(?:{IN:}\\s+)?{WEEKDAY}\\s+${ON}{SHIFT}\\s+{WEEK:}`, resolve: weekdayOfWeek },
    // 'середу після наступної'
    { id: id('weekday-after-next'), pattern: '(?:{IN:}\\s+)?{WEEKDAY}\\s+{AFTER:}\\s+{NEXT:}', resolve: weekdayAfterNext },
    // 'минулого тижня', 'на прошлой неделе', 'цього місяця', 'в позапрошлом месяце', 'минулої доби'
    { id: id('shift-period'), pattern: `${ON}{SHIFT}\\s+{PUNIT:unit}`, resolve: shiftedPeriod },
    // 'на вихідних', 'на выходных': the weekend under way or just gone
    { id: id('weekend'), pattern: '{ON:}\\s+{WEEKEND:unit}', resolve: shiftedPeriod },
    // 'вчора ввечері', 'у суботу вранці', 'в прошлую субботу вечером'
    {
      id: id('part-of-day'),
      pattern: '(?:{REL}|(?:{IN:}\\s+)?(?:{SHIFT}\\s+)?{WEEKDAY})\\s+{PART}',
      resolve: partOfNamedDay('PART'),
    },
    // 'за тиждень', 'протягом трьох днів', 'за сутки'; not 'за тиждень до виборів'
    { id: id('over-span'), pattern: '{OVER:}\\s+(?:{NUM}\\s+)?{UNIT}(?!\\s+{UNTIL:}(?![\\p{L}]))', resolve: spanOf(-1) },
    // 'за останній тиждень', 'за последние три дня'
    { id: id('last-n'), pattern: '{LAST:}\\s+(?:{NUM}\\s+)?{UNIT}', resolve: spanOf(-1) },
    // 'три дні тому', 'две недели назад'
    { id: id('ago'), pattern: '{NUM}\\s+{UNIT}\\s+{AGO:}', resolve: unitOffset(-1) },
    // 'тиждень тому', 'неделю тому назад'
    { id: id('unit-ago'), pattern: '{SINGLE:unit}\\s+{AGO:}', resolve: unitOffset(-1) },
    // 'через три дні', 'через неделю'; not 'через 2 дні після удару' (counted from another event)
    { id: id('later'), pattern: '{LATER:}\\s+(?:{NUM}\\s+)?{UNIT}(?!\\s+{AFTER:})', resolve: unitOffset(1) },
    // 'перший вівторок у жовтні', 'останній тиждень вересня 2014'
    {
      id: id('nth-in-month'),
      pattern: `(?<pos>{ORD:}|{LAST:})\\s+(?:{WEEKDAY}|{UNIT})\\s+(?:{IN:}\\s+)?{MONTH}${YEAR_TAIL}`,
      resolve: nthInMonth(lex),
    },
  ];
}

/** Nights: 'у ніч на 5 січня', 'в ночь с 4 на 5 января', 'у ніч проти неділі', 'минулої ночі'. */
function nightRules(lex: CyrillicLexicon): TimeRule[] {
  const id = (name: string): string => `${lex.lang}/times/${name}`;
  return [
    // 'у ніч на 5 січня', 'в ночь с 4 на 5 января', 'у ніч з 31 грудня на 1 січня', 'в ночь на воскресенье, 4 января'
    {
      id: id('night-of'),
      pattern: `{NIGHT:}\\s+(?:{FROM:}\\s+{DAYNUM:}(?:\\s+{MONTHGEN:})?\\s+)?{NIGHTTO:}\\s+(?:{WEEKDAY:}\\s*,?\\s+)?${DAY('day')}\\s+{MONTHGEN:month}${YEAR_TAIL}`,
      resolve: nightIntoDate,
    },
    // 'у ніч проти неділі', 'в ночь с субботы на воскресенье'
    {
      id: id('night-of-weekday'),
      pattern: '{NIGHT:}\\s+(?:{FROM:}\\s+{WEEKDAY:}\\s+)?{NIGHTTO:}\\s+{WEEKDAY}',
      resolve: nightIntoWeekday,
    },
    // 'минулої ночі', 'этой ночью'
    { id: id('last-night'), pattern: '{LASTNIGHT:}', resolve: lastNight },
    // 'Вночі росіяни запустили 86 дронів', 'Ночью беспилотники атаковали' (no day named next to it)
    { id: id('night-alone'), pattern: '{NIGHTALONE:}', resolve: nightAlone(lex) },
  ];
}

/** Every rule of the Cyrillic grammar, most specific first (ties go to the earlier rule). */
export function cyrillicRules(lex: CyrillicLexicon): TimeRule[] {
  return [...nightRules(lex), ...relativeRules(lex.lang, lex), ...absoluteRules(lex.lang, lex)];
}

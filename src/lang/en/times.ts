/**
 * English time expressions ('January 5', '5 January 2026', 'last Friday', 'on the night of
 * 5 January', 'two days ago', 'earlier this month'), resolved toward the past against the
 * publication date. Numeric dates are month-first ('2/1' is 1 February), as in US English,
 * unless that is impossible ('22/04'). Words live in ./data/times-*.txt; the engine and the
 * conventions (nights, weeks) are in src/pipeline/times/.
 */
import type { TimeRecognizer } from '../types.js';
import type { Resolver, TimeGrammar, TimeRule } from '../../pipeline/times/grammar.js';
import { createTimeRecognizer } from '../../pipeline/times/engine.js';
import { loadTimeLexicon } from '../../pipeline/times/lexicon.js';
import { numericDateRules } from '../../pipeline/times/numeric-dates.js';
import { mixedDateRules } from '../../pipeline/times/mixed-dates.js';
import { holiday } from '../../pipeline/times/holidays.js';
import {
  century, laterThis, monthRange, nthMonthOfYear, nthOfPeriod, nthWeekOfYear, partOfYear, weekAfterNext, within,
} from '../../pipeline/times/spans.js';
import {
  absoluteDate, dayMonthRange, dayOfMonth, monthYear, offsetBy, relativeDay, unitPeriod, weekday, yearOnly,
} from '../../pipeline/times/resolvers.js';
import {
  decade, nthDayOfMonth, nthWeekday, nthWeekOfMonth, quarter, shiftedSpan, weekNumber, weekOfDate,
} from '../../pipeline/times/compound.js';
import {
  nightBetweenDays, nightBetweenWeekdays, partOfNamedDay, partOfToday,
} from '../../pipeline/times/parts-of-day.js';
import { weekdayAndDay } from '../../pipeline/times/weekday-dates.js';
import { compoundOffset } from '../../pipeline/times/durations.js';
import { bareYear } from '../../pipeline/times/years.js';
import { bareMonth } from '../../pipeline/times/bare-month.js';
import { numberOf } from '../../pipeline/times/resolvers.js';
import { addDays, addUnits, dayOf } from '../../pipeline/times/calendar.js';
import { readTenseCues, unlessDuration } from '../../pipeline/times/tense.js';

/**
 * 'over the past week', 'in the last 2 days': the days up to and including the reference day
 * (a war report's "past week" is the seven days to its publication, "past day" its own day).
 */
const upToReference: Resolver = (ctx) => {
  const n = ctx.groups['num'] === undefined ? 1 : numberOf(ctx, 'num');
  const raw = ctx.groups['unit'];
  const unit = raw === undefined ? undefined : ctx.lexicon.units.get(raw);
  const to = dayOf(ctx.reference);
  const back = n === undefined || unit === undefined ? undefined : addUnits(to, unit, -n);
  if (!back) return undefined;
  const days = Math.round((to.getTime() - back.getTime()) / 86_400_000);
  return { grain: days <= 2 ? 'day' : days <= 14 ? 'week' : days <= 92 ? 'month' : 'year', from: addDays(back, 1), to };
};

/** The `days` days before the reference through the reference ('the past few days'). */
const pastDays = (days: number, grain: 'day' | 'week'): Resolver => (ctx) => {
  const to = dayOf(ctx.reference);
  return { grain, from: addDays(to, -days), to };
};

const lexicon = loadTimeLexicon(new URL('./data/', import.meta.url), 'st|nd|rd|th', {
  PART: 'times-parts-of-day.txt',
  TODAYPART: 'times-parts-of-today.txt',
  INDEF: 'times-indefinite.txt',
  HOLIDAY: 'times-holidays.txt',
  AMBIG: 'times-months-ambiguous.txt',
  MONTHCTX: 'times-month-context.txt',
  OFFSETDIR: 'times-offset-directions.txt',
  SCALE: 'times-scales.txt',
  CLUE: 'times-clues.txt',
});

/** ', 2026', ' of 1995', ' in 2020', " of '87". */
const YEAR_OPT = "(?:\\s*,?\\s*(?:of\\s+|in\\s+)?{YEAR}|\\s+of\\s+'?(?<year_z>\\d{2}))?";
/** 'January 5', 'Jan. 5, 2026', 'Dec31 , 1994', 'June the 28th'. */
const MONTH_DAY = '{MONTH}\\s*(?:the\\s+)?{DAY}' + YEAR_OPT;
/** '5 January 2026', 'the 09th of May', 'second of Aug.'. */
const DAY_MONTH = '(?:the\\s+)?{DAY}\\s+(?:of\\s+)?{MONTH}' + YEAR_OPT;
const TO = '(?:-|to|through|thru|till|until|and)';
/** 'killed seven civilians in a day' is how long, 'will resume in two days' a day to come. */
const TENSE = readTenseCues(new URL('./data/times-tense-cues.txt', import.meta.url), { past: ['ed'] });

const rules: TimeRule[] = [
  // 'on the night of 4 to 5 January', 'the night of January 4-5'
  { id: 'en/times/night-between-days', pattern: `(?:on\\s+)?(?:the\\s+)?night\\s+of\\s+(?:the\\s+)?{DAY}\\s*${TO}\\s*(?:the\\s+)?{DAY:day2}\\s+(?:of\\s+)?{MONTH}${YEAR_OPT}|(?:on\\s+)?(?:the\\s+)?night\\s+of\\s+{MONTH}\\s+{DAY}\\s*${TO}\\s*{DAY:day2}${YEAR_OPT}`, resolve: nightBetweenDays },
  // 'the night between Saturday and Sunday', 'Saturday night into Sunday'
  { id: 'en/times/night-between-weekdays', pattern: '(?:(?:on\\s+)?the\\s+night\\s+(?:between|from)\\s+{WEEKDAY}\\s+(?:and|to|into)\\s+{WEEKDAY:weekday2}|{WEEKDAY}\\s+night\\s+into\\s+{WEEKDAY:weekday2})', resolve: nightBetweenWeekdays },
  // 'on the night of 5 January', 'the morning of January 5', 'on the evening of Friday'
  { id: 'en/times/part-of-date', pattern: `(?:on\\s+|in\\s+)?(?:the\\s+)?{PART}\\s+of\\s+(?:{WEEKDAY}|${DAY_MONTH}|${MONTH_DAY})`, resolve: partOfNamedDay('PART') },
  // 'yesterday evening', 'Friday night', 'last Saturday morning'
  { id: 'en/times/part-of-day', pattern: '(?:{REL}|(?:{SHIFT}\\s+)?{WEEKDAY})\\s+{PART}', resolve: partOfNamedDay('PART') },
  // 'this morning', 'last night', 'overnight', 'tonight'
  { id: 'en/times/part-of-today', pattern: '{TODAYPART:part}', resolve: partOfToday('TODAYPART') },
  // 'January 5', 'Jan. 5, 2026', 'last January 5'
  { id: 'en/times/month-day', pattern: `(?:{SHIFT}\\s+)?${MONTH_DAY}`, resolve: absoluteDate },
  // '5 January 2026', 'the 9th of May', 'fourth of July 1995'
  { id: 'en/times/day-month', pattern: `(?:{SHIFT}\\s+)?${DAY_MONTH}`, resolve: absoluteDate },
  // 'April 9th through 17th', 'November 18-19, 2026'
  { id: 'en/times/month-day-range', pattern: `{MONTH}\\s*(?:the\\s+)?{DAY}\\s*${TO}\\s*(?:the\\s+)?{DAY:day2}${YEAR_OPT}`, resolve: absoluteDate },
  // 'between 3 and 12 of Sept', '9 to 12 of June', '18-19 June 2026' ('18 and 19 June' are two days)
  { id: 'en/times/day-range-month', pattern: `(?:between\\s+(?:the\\s+)?{DAY}\\s*and|(?:from\\s+)?(?:the\\s+)?{DAY}\\s*(?:-|to|through|thru|till|until))\\s*(?:the\\s+)?{DAY:day2}\\s+(?:of\\s+)?{MONTH}${YEAR_OPT}`, resolve: absoluteDate },
  // 'Nov 18-Dec 19, 2015'
  { id: 'en/times/month-day-month-range', pattern: '{MONTH}\\s+{DAY}\\s*(?:-|to|through|until)\\s*{MONTH:month2}\\s+{DAY:day2}(?:\\s*,?\\s*{YEAR:year2})?', resolve: dayMonthRange },
  // 'January 2013', 'April of 1987', 'Dec, 2018', 'June in 2017', "April of '87"
  { id: 'en/times/month-year', pattern: "(?:{SHIFT}\\s+)?{MONTH}\\s*,?\\s+(?:(?:of\\s+|in\\s+)?{YEAR}|of\\s+'?(?<year_z>\\d{2}))", resolve: monthYear },
  // 'Jan-Feb 2017', 'from Sep to Nov', 'Nov-Feb 5th, 2017'
  { id: 'en/times/month-range', pattern: '(?:{SHIFT}\\s+)?{MONTH}\\s*(?:-|to|through|till|until)\\s*{MONTH:month2}(?:\\s+{DAYNUM:day2})?(?:\\s*,?\\s*(?:in\\s+|of\\s+)?{YEAR})?', resolve: monthRange },
  // 'in 2017 April'
  { id: 'en/times/year-month', pattern: '{YEAR}\\s+{MONTHLONG:month}', resolve: monthYear },
  // 'this September', 'last March', 'since this August'
  { id: 'en/times/shift-month', pattern: '{SHIFT}\\s+{MONTHLONG:month}', resolve: monthYear },
  // 'January', 'in November' — capitalized; 'March', 'May', 'August' need a preposition
  { id: 'en/times/month', pattern: '(?!(?:{AMBIG:})(?![\\p{L}])){MONTHLONG:month}', resolve: bareMonth('MONTHCTX'), caseSensitive: true },
  // 'in may', 'since March', 'early April', 'in the april'
  { id: 'en/times/month-after-preposition', pattern: '(?<=(?:^|[^\\p{L}])(?:{MONTHCTX:})\\s+){MONTHLONG:month}', resolve: monthYear },
  // 'from March to May': a capitalized month after 'to', 'and', 'through'
  { id: 'en/times/month-in-range', pattern: '(?<=(?:^|[^\\p{L}])(?:to|and|through|till|until|-)\\s*){MONTHLONG:month}', resolve: bareMonth('MONTHCTX'), caseSensitive: true },
  // 'in 2022', 'the year 2008', 'since 2014'
  { id: 'en/times/year', pattern: '(?<=(?:in|of|since|from|during|year|by|until|before|after|early|late|mid|between|and|to|through|=|>|<)\\s*){YEAR}', resolve: yearOnly },
  // '2020' alone, when no word follows it ('2000 soldiers' is a count)
  { id: 'en/times/bare-year', pattern: '{YEAR}', resolve: bareYear(['and', 'or', 'to', 'through', 'till', 'until']) },
  // 'the 1990s', '1990 s', "the '90s" (two digits need 'the' or an apostrophe: 'in their 30s' is an age)
  { id: 'en/times/decade', pattern: "(?:the\\s+)?(?<decade>[12]\\d{2}0)\\s?'?s|(?:the\\s+'?|')(?<decade_b>\\d0)\\s?'?s", resolve: decade },
  // 'Q1 2019', '2019-Q3', 'q1-2019', 'H2 2019', 'the first quarter of 2013'
  { id: 'en/times/quarter', pattern: '(?:q(?<q>[1-4])(?:\\s*-?\\s*(?:of\\s+)?{YEAR})?|{YEAR}\\s*-?\\s*(?:q(?<q_b>[1-4])|h(?<half>[12]))|h(?<half_b>[12])\\s*-?\\s*{YEAR}|(?:the\\s+)?{ORD}\\s+quarter\\s+of\\s+(?:{YEAR}|the\\s+year|this\\s+year))', resolve: quarter },
  // 'yesterday', 'today', 'the day before yesterday'
  { id: 'en/times/relative-day', pattern: '{REL}', resolve: relativeDay },
  // 'Tuesday of last week', 'Monday of next week', 'next week Wednesday', 'this week Monday'
  { id: 'en/times/weekday-of-week', pattern: '(?:{WEEKDAY}\\s+of\\s+(?:the\\s+)?{SHIFT:wkshift}\\s+week|{SHIFT:wkshift}\\s+week\\s*(?:-|on|,)?\\s*{WEEKDAY})', resolve: weekday },
  // 'last Friday', 'Friday', 'this past Wednesday', 'next Monday'
  { id: 'en/times/weekday', pattern: '(?:{SHIFT}\\s+)?{WDLONG:weekday}', resolve: weekday },
  // 'Mon or Tue' — capitalized abbreviations
  { id: 'en/times/weekday-short', pattern: '(?:{SHIFT}\\s+)?{WDSHORT:weekday}', resolve: weekday, caseSensitive: true },
  // 'Friday 7.6', 'Fri 5.12': a dotted month.day is a date only after a weekday ('5.12' is a number)
  { id: 'en/times/weekday-dotted-date', pattern: '(?:{SHIFT:}\\s+)?{WEEKDAY}\\s*,?\\s+(?<month>1[0-2]|0?[1-9])\\.(?<day>[0-3]?\\d)(?![.\\d])', resolve: absoluteDate },
  // 'Mon 13th', 'Sat 14th', 'wednesday the thirty first'
  { id: 'en/times/weekday-day', pattern: '{WEEKDAY}\\s*,?\\s+(?:the\\s+)?(?:{DAYNUM:day}|{ORD:day})(?=\\s*(?:[,.;:!?)]|$|and\\s|or\\s))', resolve: weekdayAndDay },
  // 'over the past week', 'in the last 2 days', 'over past week': the days up to the reference ('last week' alone is the calendar week)
  { id: 'en/times/over-past-span', pattern: '(?:over|in|during|within|throughout)\\s+(?:the\\s+)?(?:past|last)\\s+(?:{NUM}\\s+)?{UNIT}(?!\\s+of\\s)', resolve: upToReference },
  // 'over the last 24 hours', 'the past 24 hours': a report's own day, as 'the past day'
  { id: 'en/times/past-day-hours', pattern: '(?:(?:over|in|during|within|throughout)\\s+)?(?:the\\s+)?(?:past|last)\\s+(?:24|twenty-four)\\s+hours', resolve: pastDays(0, 'day'), clues: ['digit'] },
  // 'the past few days', 'over the last couple of days': about three days up to the reference
  { id: 'en/times/past-few-days', pattern: '(?:(?:over|in|during|within|throughout)\\s+)?(?:the\\s+)?(?:past|last)\\s+(?:few|couple\\s+of|several)\\s+days', resolve: pastDays(3, 'week'), clues: ['unit'] },
  // 'last week', 'this month', 'the past fortnight', 'earlier this year', 'so far this year'
  { id: 'en/times/shift-unit', pattern: '(?:earlier\\s+(?:in\\s+)?|so\\s+far\\s+|the\\s+)?{SHIFT}\\s+{UNITSG:unit}', resolve: unitPeriod },
  // 'in the year', 'of the month', 'the week': the current one ('the day' is too often another day)
  { id: 'en/times/the-unit', pattern: '(?<=(?:in|of|for|during|throughout)\\s+)the\\s+(?<unit>week|month|year)(?!\\s+(?:before|after|earlier|later|of|in|when|that|to|ahead|since|which|\\d))', resolve: unitPeriod, clues: ['unit'] },
  // 'later this week', 'later in the year'
  { id: 'en/times/later-this-unit', pattern: '(?:later\\s+(?:this|in\\s+the)|(?:the\\s+)?(?:rest|remainder|remaining)\\s+of\\s+the)\\s+{UNITSG:unit}', resolve: laterThis },
  // 'the weekend', 'weekend' (not 'the weekend of Halloween', 'Labor Day weekend')
  { id: 'en/times/weekend', pattern: '(?<!(?:{HOLIDAY:}|\\d{4})\\s+)(?:the\\s+)?(?<unit>weekend)(?!\\s+of)', resolve: unitPeriod, clues: ['unit'] },
  // 'the first week of 2015', 'the last week of 2016'
  { id: 'en/times/nth-week-of-year', pattern: '(?:the\\s+)?{ORD}\\s+week\\s+of\\s+{YEAR}', resolve: nthWeekOfYear },
  // 'the third month of 2021'
  { id: 'en/times/nth-month-of-year', pattern: '(?:the\\s+)?{ORD}\\s+month\\s+of\\s+{YEAR}', resolve: nthMonthOfYear },
  // 'the 15th day of next month', 'the 9th month of next year', 'the last week of this month'
  { id: 'en/times/nth-of-period', pattern: '(?:the\\s+)?{ORD}\\s+(?<part>day|week|month)\\s+of\\s+{SHIFT}\\s+{UNITSG:container}', resolve: nthOfPeriod },
  // 'the week after next'
  { id: 'en/times/week-after-next', pattern: '(?:the\\s+)?week\\s+after\\s+next', resolve: weekAfterNext, clues: ['unit'] },
  // 'the 21st century'
  { id: 'en/times/century', pattern: '(?:the\\s+)?{ORD}\\s+century', resolve: century, clues: ['clue', 'digit'] },
  // 'earlier in the week', 'the year to date'. (No '\\s*' between the look-ahead and the unit,
  // where it could only match nothing: a match starts with a word, and is tried only at its words.)
  { id: 'en/times/this-unit', pattern: '(?:earlier\\s+in\\s+the\\s*|(?:the\\s+)?(?=\\S+\\s+to\\s+date)){UNITSG:unit}(?:\\s+to\\s+date)?', resolve: unitPeriod },
  // '2 weeks and 2 days ago'
  { id: 'en/times/compound-ago', pattern: '(?<!{SHIFT:}\\s+)(?:(?:{NUM}|{INDEF:})\\s+{UNIT}\\s*,?\\s*(?:and\\s+)?){2,3}ago', resolve: compoundOffset(-1) },
  // 'three days ago', 'a week ago'
  { id: 'en/times/ago', pattern: '(?:{NUM}|{INDEF:})\\s+{UNIT}\\s+(?:ago|back|earlier)', resolve: offsetBy(-1) },
  // 'in two weeks', 'in a fortnight' — not 'killed seven civilians in a day' (tense.ts)
  { id: 'en/times/in', pattern: 'in\\s+(?:{NUM}|{INDEF:})\\s+{UNIT}(?:\\s+time)?', resolve: unlessDuration(TENSE, offsetBy(1)) },
  // 'two days from now', 'a week from today'
  { id: 'en/times/from-now', pattern: '(?:{NUM}|{INDEF:})\\s+{UNIT}\\s+from\\s+(?:now|today)', resolve: offsetBy(1) },
  // 'the last 3 months', 'the past two weeks', 'the next five days', 'the 5 past years'
  { id: 'en/times/span', pattern: '(?:{SHIFT}\\s+(?:{NUM}|couple(?:\\s+of)?)\\s+{UNIT}|{NUM}\\s+{SHIFT}\\s+{UNITPL:unit})', resolve: shiftedSpan },
  // 'the first Monday of October', 'the last Sunday in March 2014'
  { id: 'en/times/nth-weekday', pattern: '(?:the\\s+)?{ORD}\\s+{WEEKDAY}\\s+(?:of|in)\\s+{MONTH}' + YEAR_OPT, resolve: nthWeekday },
  // 'the last week of July', 'the first week of October 2014'
  { id: 'en/times/nth-week', pattern: '(?:the\\s+)?{ORD}\\s+week\\s+of\\s+{MONTH}' + YEAR_OPT, resolve: nthWeekOfMonth },
  // 'the last day of October 2015', 'the 15th day of September'
  { id: 'en/times/nth-day', pattern: '(?:the\\s+)?{ORD}\\s+day\\s+of\\s+{MONTH}' + YEAR_OPT, resolve: nthDayOfMonth },
  // 'the week of April 10th', 'w/c Feb 4', 'the week beginning February 4'
  { id: 'en/times/week-of', pattern: `(?:(?:the\\s+)?week\\s+(?:of|beginning|starting|commencing)(?:\\s+on)?|w/c)\\s+(?:${MONTH_DAY}|${DAY_MONTH})`, resolve: weekOfDate },
  // 'week 31', 'week 3 of 2027'
  { id: 'en/times/week-number', pattern: '(?:the\\s+)?week\\s+(?<num>\\d{1,2})(?:\\s+of\\s+(?:{YEAR}|{SHIFT}\\s+year))?', resolve: weekNumber },
  // 'within 9 months', 'within the next two weeks'
  { id: 'en/times/within', pattern: 'within\\s+(?:the\\s+)?(?:{SHIFT:}\\s+)?(?:{NUM}|{INDEF:})\\s+{UNIT}', resolve: within },
  // 'the first 2 weeks of 2021', 'the last four months of this year'
  { id: 'en/times/part-of-year', pattern: '(?:the\\s+)?{ORD}\\s+{NUM}\\s+{UNITPL:unit}\\s+of\\s+(?:{YEAR}|{SHIFT:yshift}\\s+year)', resolve: partOfYear },
  // 'on the 18th', 'on 4th' (followed by no word: 'on the 18th floor')
  { id: 'en/times/day-of-month', pattern: '(?<=on\\s+)(?:the\\s+)?{DAYNUM:day}(?=\\s*(?:[,.;:!?)-]|$|and\\s|or\\s))', resolve: (ctx) => /\d(?:st|nd|rd|th)$/i.test(ctx.groups['day'] ?? '') ? dayOfMonth(ctx) : undefined },
  // 'Christmas', 'Easter 2018', 'last Easter', 'next Thanksgiving'
  { id: 'en/times/holiday', pattern: '(?:{SHIFT}\\s+)?{HOLIDAY}' + YEAR_OPT, resolve: holiday('HOLIDAY') },
  ...numericDateRules('en', 'mdy'),
  ...mixedDateRules('en'),
];

/** 'from 2007 to the end of 2008': the end of a range may name an edge of its last unit. */
const EDGE = '(?:\\s+the\\s+(?:end|start|beginning|middle)\\s+of(?:\\s+the)?)?';

/**
 * Lower-case 'may', 'march', 'august' are a verb, a verb and an adjective ('This may take long',
 * 'One may ask'): as months they need a capital or digits next to them, except after a
 * preposition ('in may').
 */
const CAPITAL_AMBIGUOUS = new RegExp(`(?<![\\p{L}])(?:${lexicon.extra?.['AMBIG']?.source ?? '(?!)'})(?![\\p{L}])`, 'u');

function ambiguousMonthCase(resolve: Resolver): Resolver {
  return (ctx) => {
    const month = ctx.groups['month'];
    const original = ctx.text.slice(ctx.start, ctx.end);
    // the groups are read from the lower-cased text: the capital is checked on the original
    if (month !== undefined && lexicon.extra?.['AMBIG']?.get(month) !== undefined && !/\d/.test(original) && !CAPITAL_AMBIGUOUS.test(original)) return undefined;
    return resolve(ctx);
  };
}

export const grammar: TimeGrammar = {
  lang: 'en',
  lexicon,
  anchors: ['HOLIDAY', 'PART', 'TODAYPART', 'SCALE', 'CLUE'],
  rules: rules.map((r) => (r.id === 'en/times/month-after-preposition' ? r : { ...r, resolve: ambiguousMonthCase(r.resolve) })),
  // 'three weeks from tomorrow', '2 weeks before Christmas'
  offset: '(?:(?:{NUM}|(?<indef>{INDEF:}))\\s+{UNIT}|(?:{ORD}\\s+)?{WEEKDAY})\\s+{OFFSETDIR:dir}',
  ranges: [
    // 'from March to May', 'from 2014 through 2018', 'from 10/1 to 11/7'
    { before: 'from', between: `(?:-|~|to|till|until|through|thru)${EDGE}` },
    // 'between 2007 and 2009', 'between Jan 22 and now'
    { before: 'between', between: `(?:and|-|~|through)${EDGE}` },
    // '2014-2018', 'Jan-Feb 2017', 'Feb 28th to March 1st'
    { before: '', between: '-|~|to|through|thru|till|until' },
  ],
};

export const times: TimeRecognizer = createTimeRecognizer(grammar);

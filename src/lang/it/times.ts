/**
 * Italian time expressions ('lo scorso 2 gennaio', 'nella notte tra sabato e domenica',
 * 'questa settimana', 'tre giorni fa'), resolved toward the past against the publication date.
 * Words live in ./data/times-*.txt; the engine and the conventions are in src/pipeline/times/.
 */
import type { TimeRecognizer } from '../types.js';
import type { Resolver, TimeGrammar, TimeRule } from '../../pipeline/times/grammar.js';
import { readTenseCues, unlessDuration } from '../../pipeline/times/tense.js';
import { createTimeRecognizer } from '../../pipeline/times/engine.js';
import { loadTimeLexicon } from '../../pipeline/times/lexicon.js';
import { numericDateRules } from '../../pipeline/times/numeric-dates.js';
import { holiday } from '../../pipeline/times/holidays.js';
import {
  absoluteDate, monthYear, offsetBy, relativeDay, unitPeriod, weekday, yearOnly,
} from '../../pipeline/times/resolvers.js';
import { nthDayOfMonth, nthWeekday, nthWeekOfMonth, shiftedSpan, weekOfDate } from '../../pipeline/times/compound.js';
import { mixedDateRules } from '../../pipeline/times/mixed-dates.js';
import { weekdayAndDay } from '../../pipeline/times/weekday-dates.js';
import { compoundOffset } from '../../pipeline/times/durations.js';
import {
  nightBetweenDays, nightBetweenWeekdays, partOfNamedDay, partOfToday,
} from '../../pipeline/times/parts-of-day.js';
import { bareYear } from '../../pipeline/times/years.js';

const lexicon = loadTimeLexicon(new URL('./data/', import.meta.url), '°|º|o', {
  PART: 'times-parts-of-day.txt',
  TODAYPART: 'times-parts-of-today.txt',
  INDEF: 'times-indefinite.txt',
  HOLIDAY: 'times-holidays.txt',
  HOLIDAYLOWER: 'times-holidays-lower.txt',
  OFFSETDIR: 'times-offset-directions.txt',
});

/** A day and month with an optional year: '2 gennaio 2026', 'primo di marzo', '13 feb. 2013'. */
const DATE = "{DAY}\\s+(?:di\\s+|del\\s+mese\\s+di\\s+)?{MONTH}(?:,?\\s+(?:del\\s+|dell')?{YEAR})?";
const YEAR_OPT = "(?:\\s+(?:del\\s+|dell')?{YEAR})?";

const TENSE = readTenseCues(new URL('./data/times-tense-cues.txt', import.meta.url), {
  past: ['ato', 'ata', 'ati', 'ate', 'ito', 'ita', 'iti', 'ite', 'uto', 'uta', 'uti', 'ute'],
  future: ['rà', 'ranno', 'remo', 'rò'],
});

/** 'tra tre giorni' is a day to come; 'in tre giorni' is, unless its clause tells what happened. */
const ahead = offsetBy(1);
const inUnits = unlessDuration(TENSE, ahead);
const aheadUnlessDuration: Resolver = (ctx) => {
  const c = ctx.text.charCodeAt(ctx.start);
  return c === 105 || c === 73 ? inUnits(ctx) : ahead(ctx); // 'in' or 'In', else 'tra', 'fra'
};

const rules: TimeRule[] = [
  // 'nella notte tra sabato e domenica'
  { id: 'it/times/night-between-weekdays', pattern: '(?:nella\\s+|la\\s+)?notte\\s+(?:tra|fra)\\s+{WEEKDAY}\\s+e\\s+{WEEKDAY:weekday2}', resolve: nightBetweenWeekdays },
  // 'nella notte tra il 4 e il 5 gennaio'
  { id: 'it/times/night-between-days', pattern: "(?:nella\\s+|la\\s+)?notte\\s+(?:tra|fra)\\s+(?:il\\s+|l')?{DAY}\\s+e\\s+(?:il\\s+|l')?{DAY:day2}\\s+(?:di\\s+)?{MONTH}" + YEAR_OPT, resolve: nightBetweenDays },
  // 'nella notte del 5 gennaio', 'nella mattinata di sabato'
  { id: 'it/times/part-of-date', pattern: `(?:nella\\s+|la\\s+|in\\s+)?{PART}\\s+(?:del|dell'|di)\\s*(?:{WEEKDAY}|${DATE})`, resolve: partOfNamedDay('PART') },
  // 'ieri sera', 'domenica mattina', 'sabato scorso in serata'
  { id: 'it/times/part-of-day', pattern: '(?:{REL}|{WEEKDAY}(?:\\s+{SHIFT})?)\\s+(?:in\\s+|di\\s+)?{PART}', resolve: partOfNamedDay('PART') },
  // 'stamattina', 'stanotte', 'la notte scorsa', 'nella notte'
  { id: 'it/times/part-of-today', pattern: '{TODAYPART:part}', resolve: partOfToday('TODAYPART') },
  // 'lo scorso 2 gennaio', 'lunedì 18 febbraio', 'il 13 febbraio 2013', 'primo marzo'
  { id: 'it/times/date', pattern: `(?:{WEEKDAY},?\\s+)?(?:(?:lo\\s+|il\\s+)?{SHIFT}\\s+)?${DATE}(?:\\s+{SHIFT})?`, resolve: absoluteDate },
  // 'dal 3 al 5 gennaio', 'tra il 3 e il 12 di set', '3-5 gennaio 2026'
  { id: 'it/times/day-range', pattern: "(?:(?:dal|tra\\s+il|fra\\s+il)\\s+|dall'|tra\\s+l'|fra\\s+l')?{DAY}\\s*(?:-|al|all'|e\\s+il|e\\s+l')\\s*{DAY:day2}\\s+(?:di\\s+)?{MONTH}" + YEAR_OPT, resolve: absoluteDate },
  // 'Gen ventidue, 2018', 'novembre 19-20'
  { id: 'it/times/month-day', pattern: '{MONTH}\\s+(?:{DAY},?\\s+{YEAR}|{DAYNUM:day}\\s*-\\s*{DAYNUM:day2})', resolve: absoluteDate },
  // 'martedì 19', 'gio 15' (followed by no word: 'sabato 3 morti' is a count)
  { id: 'it/times/weekday-day', pattern: '{WEEKDAY}\\s+{DAYNUM:day}(?=\\s*(?:[,.;:)]|$|e\\s|o\\s))', resolve: weekdayAndDay },
  // 'gennaio 2026', 'dell'ottobre 2015', 'lo scorso marzo 2025'
  { id: 'it/times/month-year', pattern: "(?:{SHIFT}\\s+)?{MONTH}\\s+(?:del\\s+|dell'|di\\s+)?{YEAR}", resolve: monthYear },
  // 'questo settembre', 'lo scorso marzo', 'marzo scorso'
  { id: 'it/times/shift-month', pattern: '(?:{SHIFT}\\s+{MONTHLONG:month}|{MONTHLONG:month}\\s+{SHIFT})', resolve: monthYear },
  // 'a gennaio', 'in marzo' — month names are lower case in Italian: 'Marzo', 'Maggio' are names
  { id: 'it/times/month', pattern: '{MONTHLONG:month}', resolve: monthYear, caseSensitive: true },
  // 'da Gennaio ad Aprile 2021', 'a Marzo' (after a preposition but 'di': 'Di Maggio' is a surname)
  { id: 'it/times/month-after-preposition', pattern: "(?<=(?:^|[^\\p{L}])(?:da|dal|dall'|a|ad|in|tra|fra|entro|fino\\s+a)\\s+){MONTHLONG:month}", resolve: monthYear },
  // 'nel 2022', 'dal 2014'
  { id: 'it/times/year', pattern: "(?<=(?:nel|del|dal|al|entro\\s+il|l'anno|nell'anno|anno)\\s+){YEAR}", resolve: yearOnly },
  // '2020' alone, when no word follows it ('2000 persone' is a count)
  { id: 'it/times/bare-year', pattern: '{YEAR}', resolve: bareYear(['e', 'o', 'al', 'a', 'fino', 'ed']) },
  // 'ieri', 'oggi', "l'altro ieri", 'domani'
  { id: 'it/times/relative-day', pattern: '{REL}', resolve: relativeDay },
  // 'lunedì di questa settimana', 'martedì della settimana scorsa'
  { id: 'it/times/weekday-of-week', pattern: "{WEEKDAY}\\s+(?:di|della|dell')\\s+(?:{SHIFT:wkshift}\\s+settimana|settimana\\s+{SHIFT:wkshift})", resolve: weekday },
  // 'la prossima settimana di martedì'
  { id: 'it/times/week-weekday', pattern: '{SHIFT:wkshift}\\s+settimana\\s+(?:di\\s+)?{WEEKDAY}', resolve: weekday },
  // 'sabato', 'sabato scorso', 'lo scorso sabato', 'ultima domenica', 'prossimo lunedì'
  { id: 'it/times/weekday', pattern: '(?:{SHIFT}\\s+)?{WDLONG:weekday}(?:\\s+{SHIFT:shift2}|\\s+(?<after>dopo))?', resolve: weekday },
  // 'sab.', 'dom' — abbreviations alone only in lower case ('Gio' is a name)
  { id: 'it/times/weekday-short', pattern: '{WDSHORT:weekday}', resolve: weekday, caseSensitive: true },
  // 'la settimana scorsa', 'quest'anno', 'il mese prossimo'
  { id: 'it/times/shift-unit', pattern: '{SHIFT}\\s*{UNITSG:unit}', resolve: unitPeriod },
  { id: 'it/times/unit-shift', pattern: '{UNITSG:unit}\\s+{SHIFT}', resolve: unitPeriod },
  // 'in settimana': this week
  { id: 'it/times/in-unit', pattern: '(?<=in\\s+){UNITSG:unit}(?!\\s+(?:di|del|dell|della|successiv|precedent|dopo|prima))', resolve: (ctx) => ctx.groups['unit']?.toLowerCase() === 'settimana' ? unitPeriod(ctx) : undefined },
  // '2 settimane e 2 giorni fa'
  { id: 'it/times/compound-ago', pattern: '(?<!{SHIFT:}\\s+)(?:(?:{NUM}|{INDEF:})\\s+{UNIT}\\s*,?\\s*(?:e\\s+)?){2,3}(?:fa|or\\s+sono)', resolve: compoundOffset(-1) },
  // 'tre giorni fa', 'una settimana fa'
  { id: 'it/times/ago', pattern: '(?:{NUM}|{INDEF:})\\s+{UNIT}\\s+(?:fa|or\\s+sono|addietro)', resolve: offsetBy(-1) },
  // 'tra tre giorni', 'fra una settimana', 'in due settimane' — not 'sono stati uccisi 12 civili
  // in tre giorni', how long it took (tense.ts); 'tra' and 'fra' always look ahead
  { id: 'it/times/in', pattern: '(?:tra|fra|in)\\s+(?:{NUM}|{INDEF:})\\s+{UNIT}', resolve: aheadUnlessDuration },
  // 'negli ultimi 3 mesi', 'i prossimi tre giorni'
  { id: 'it/times/span', pattern: '{SHIFT}\\s+{NUM}\\s+{UNIT}', resolve: shiftedSpan },
  // 'primo martedì di ottobre', 'ultima domenica di marzo 2014'
  { id: 'it/times/nth-weekday', pattern: "{ORD}\\s+{WEEKDAY}\\s+(?:di|del|in|del\\s+mese\\s+di)\\s+{MONTH}" + YEAR_OPT, resolve: nthWeekday },
  // 'il terzo giorno di ottobre', "l'ultimo giorno dell'ottobre 2015"
  { id: 'it/times/nth-day', pattern: "{ORD}\\s+giorno\\s+(?:di|del|dell')\\s*{MONTH}" + YEAR_OPT, resolve: nthDayOfMonth },
  // 'la prima settimana di ottobre', "l'ultima settimana di luglio"
  { id: 'it/times/nth-week', pattern: "{ORD}\\s+settimana\\s+(?:di|del|dell')\\s*{MONTH}" + YEAR_OPT, resolve: nthWeekOfMonth },
  // 'la settimana del 6 ottobre'
  { id: 'it/times/week-of', pattern: "settimana\\s+del\\s+{DAY}\\s+(?:di\\s+)?{MONTH}" + YEAR_OPT, resolve: weekOfDate },
  // 'natale', 'pasqua 2024', 'la festa della repubblica'
  { id: 'it/times/holiday', pattern: '(?:{SHIFT}\\s+)?{HOLIDAY}' + YEAR_OPT, resolve: holiday('HOLIDAY') },
  // 'santo stefano' (in lower case: 'Santo Stefano' is also a town)
  { id: 'it/times/holiday-lower', pattern: '{HOLIDAYLOWER:holiday}', resolve: holiday('HOLIDAYLOWER'), caseSensitive: true },
  ...numericDateRules('it', 'dmy'),
  ...mixedDateRules('it'),
];

export const grammar: TimeGrammar = {
  lang: 'it',
  lexicon,
  anchors: ['HOLIDAY', 'HOLIDAYLOWER', 'PART', 'TODAYPART'],
  rules,
  // 'tre giorni dopo il 5 gennaio', 'due settimane prima di natale', 'il mese dopo natale', 'terzo martedì dopo natale'
  offset: "(?:(?:{NUM}|(?<indef>{INDEF:}))\\s+{UNIT}|{UNITSG:unit}|(?:{ORD}\\s+)?{WEEKDAY})\\s+{OFFSETDIR:dir}",
  ranges: [
    // 'dal 3 gennaio al 5 febbraio', 'da gennaio ad aprile', 'dal 2014 al 2018'
    { before: "dal|dall'|da|dai|dagli", between: "al|all'|a|ad|-|fino\\s+al|fino\\s+all'|fino\\s+a" },
    // 'tra il 2015 e il 2018', 'tra gennaio e marzo'
    { before: "tra\\s+il|tra\\s+l'|fra\\s+il|fra\\s+l'|tra|fra", between: "e\\s+il|e\\s+l'|e" },
    // '2014-2018', 'gennaio-febbraio 2017'
    { before: '', between: '-' },
  ],
};

export const times: TimeRecognizer = createTimeRecognizer(grammar);

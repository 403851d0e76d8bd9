/**
 * Word lists of the Ukrainian and Russian time grammars, loaded from `src/lang/<code>/data/`:
 *
 *   - times-months.json, times-weekdays.json: names by case ('січень' / 'січня' / 'у січні'),
 *     because which case may stand alone differs ('у січні' yes, a bare 'січня' no);
 *   - times-ordinals.txt: ordinal stems ('п'ят'), completed with the endings of the
 *     'ordinal-ending' class ('п'ятого', 'п'ятому', 'п'яте');
 *   - times-counts.txt, times-day-offsets.txt, times-parts-of-day.txt, times-words.txt (word
 *     classes), times-holidays.json.
 */
import { readFileSync } from 'node:fs';
import type { TimeLexicon } from './grammar.js';
import { loadWords, wordKey, wordTable, type WordTable } from './lexicon.js';

interface CaseForms {
  readonly nom: readonly string[];
  readonly gen?: readonly string[];
  readonly loc?: readonly string[];
  readonly acc?: readonly string[];
  readonly other: readonly string[];
  readonly abbr: readonly string[];
}

/** A holiday of times-holidays.json; with `night`, the night into its date ('у новорічну ніч'). */
export interface HolidayEntry {
  readonly id: string;
  readonly forms: readonly string[];
  readonly dates: readonly HolidayDate[];
  readonly night?: boolean;
}

/** A holiday's month-day, valid from `since` to `until` (years, inclusive) when given. */
export interface HolidayDate {
  readonly md: string;
  readonly since?: number;
  readonly until?: number;
}

/** The generic lexicon plus the case-specific tables the Cyrillic rules need. */
export interface CyrillicLexicon {
  readonly lang: string;
  readonly lexicon: TimeLexicon;
  readonly holidays: WordTable<HolidayEntry>;
  /** Month forms that stand alone only with a year or a capital at a sentence start. */
  readonly bareNeedsYear: ReadonlySet<string>;
  /** Words that turn '15.02' into a number ('15.2 тис.'). */
  readonly notDate: WordTable<string>;
}

function readJson<T>(url: URL): T {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (err) {
    throw new Error(`cannot read the time data file ${url.pathname}: ${(err as Error).message}`);
  }
}

/** `{ "1": forms, ... }` → one table per selection of the case forms. */
function caseTable(byValue: Readonly<Record<string, CaseForms>>, pick: (f: CaseForms) => readonly string[]): WordTable<number> {
  return wordTable(Object.entries(byValue).map(([value, forms]) => [Number(value), pick(forms)] as const));
}

const allForms = (f: CaseForms): string[] =>
  [...f.nom, ...(f.gen ?? []), ...(f.loc ?? []), ...(f.acc ?? []), ...f.other];

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>): string =>
  [...words].sort((x, y) => y.length - x.length).map(escape).join('|') || '(?!)';

/**
 * Ordinal words from stems and endings: 'трет' + 'ього' → 3; 'двадцять' + ' ' + 'перш' + 'ого' → 21.
 * The regex is stems × endings rather than every form listed (several hundred), which keeps
 * the rules that use it fast; `get` splits a matched word the same way.
 */
function ordinalTable(entries: readonly [string, string[]][], endings: readonly string[]): WordTable<number> {
  const stems = new Map<string, number>();
  const tens = new Map<string, number>();
  for (const [value, words] of entries) {
    for (const w of words) (value.endsWith('+') ? tens : stems).set(w.toLowerCase(), parseInt(value, 10));
  }
  const ends = new Set(endings.map((e) => e.toLowerCase()));
  const byLength = [...stems.keys()].sort((x, y) => y.length - x.length);
  const single = (word: string): number | undefined => {
    const stem = byLength.find((st) => word.startsWith(st) && ends.has(word.slice(st.length)));
    return stem === undefined ? undefined : stems.get(stem);
  };
  const get = (raw: string): number | undefined => {
    const [first, second, extra] = wordKey(raw).split(' ');
    if (extra !== undefined || first === undefined) return undefined;
    if (second === undefined) return single(first);
    const ten = tens.get(first);
    const unit = single(second);
    return ten === undefined || unit === undefined || unit > 9 ? undefined : ten + unit;
  };
  const source = `(?:(?:${alternation(tens.keys())})\\s+)?(?:${alternation(stems.keys())})(?:${alternation(ends)})`;
  // stems and endings are already factored: lower-casing is all the trie form needs
  return { get, source, trie: source.toLowerCase(), words: [] };
}

type Months = Readonly<Record<string, CaseForms>>;

/** Month and weekday names by case: 'MONTHGEN' ('5 січня', '5 фев.'), 'WDACC' ('у суботу'), ... */
function nameTables(months: Months, weekdays: Months, ambiguous: ReadonlySet<string>): Record<string, WordTable<number>> {
  return {
    MONTHGEN: caseTable(months, (f) => [...(f.gen ?? []), ...f.abbr.map((a) => `${a}.`)]),
    MONTHLOC: caseTable(months, (f) => f.loc ?? []),
    MONTHBARE: caseTable(months, (f) => f.nom),
    WDBARE: caseTable(weekdays, (f) => f.nom.filter((w) => !ambiguous.has(w))),
    WDACC: caseTable(weekdays, (f) => f.acc ?? []),
    WDABBR: caseTable(weekdays, (f) => f.abbr),
  };
}

/** Classes of times-words.txt used as macros: 'night-to' → {NIGHTTO}. */
const CLASS_MACROS = [
  'in', 'on', 'over', 'eve', 'from', 'until', 'after', 'night', 'night-to', 'last-night', 'night-alone', 'last', 'ago', 'later',
  'year-word', 'year-suffix', 'year-past', 'year-this', 'year-so-far', 'past', 'next', 'this', 'month-early', 'month-mid', 'month-late',
  'unit-week', 'unit-weekend',
];

/** Units: the generic table ('UNIT') and those a modifier can name ('PUNIT': not a plain day). */
function unitTables(cls: (name: string) => string[]): { units: WordTable<string>; periods: WordTable<string>; single: WordTable<string> } {
  const periods: [string, string[]][] = [
    ['day', cls('unit-day24')], ['week', cls('unit-week')], ['month', cls('unit-month')],
    ['year', cls('unit-year')], ['weekend', cls('unit-weekend')],
  ];
  const units = wordTable<string>([['day', cls('unit-day')], ...periods]);
  const single = wordTable(units.words.filter((w) => cls('unit-single').includes(w)).map((w) => [units.get(w)!, [w]] as const));
  return { units, periods: wordTable(periods), single };
}

/** Loads the lexicon of one language from its data folder (`new URL('./data/', import.meta.url)`). */
export function loadCyrillicLexicon(lang: string, dataDir: URL): CyrillicLexicon {
  const file = (name: string): URL => new URL(name, dataDir);
  const numbers = (name: string): WordTable<number> => wordTable(loadWords(file(name)).map(([v, w]) => [Number(v), w] as const));
  const months = readJson<{ months: Months; bareNeedsYear: string[] }>(file('times-months.json'));
  const weekdays = readJson<{ weekdays: Months; bareAmbiguous: string[] }>(file('times-weekdays.json'));
  const holidays = readJson<{ holidays: HolidayEntry[] }>(file('times-holidays.json'));
  const words = new Map(loadWords(file('times-words.txt')));
  const cls = (name: string): string[] => words.get(name) ?? [];
  const table = (name: string): WordTable<string> => wordTable([[name, cls(name)]]);
  const { units, periods, single } = unitTables(cls);
  const holidayTable = wordTable(holidays.holidays.map((h) => [h, h.forms] as const));
  const extra: Record<string, WordTable<unknown>> = {
    ...nameTables(months.months, weekdays.weekdays, new Set(weekdays.bareAmbiguous)),
    ...Object.fromEntries(CLASS_MACROS.map((c) => [c.replace(/^unit-|-/g, '').toUpperCase(), table(c)])),
    PUNIT: periods,
    SINGLE: single,
    PART: wordTable(loadWords(file('times-parts-of-day.txt'))),
    HOLIDAY: holidayTable,
  };
  const lexicon: TimeLexicon = {
    months: caseTable(months.months, (f) => [...allForms(f), ...f.abbr.map((a) => `${a}.`)]),
    weekdays: caseTable(weekdays.weekdays, allForms),
    numbers: numbers('times-counts.txt'),
    ordinals: ordinalTable(loadWords(file('times-ordinals.txt')), cls('ordinal-ending')),
    units,
    shifts: wordTable<string>(['past', 'next', 'this', 'before-last'].map((s) => [s, cls(s)] as const)),
    relativeDays: numbers('times-day-offsets.txt'),
    extra,
    ordinalSuffix: `-(?:${cls('day-suffix').sort((a, b) => b.length - a.length).join('|')})`,
  };
  return { lang, lexicon, holidays: holidayTable, bareNeedsYear: new Set(months.bareNeedsYear), notDate: table('not-date') };
}

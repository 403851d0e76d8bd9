/**
 * The shape of a language's time grammar: an ordered list of small rules, each a regex
 * template over the language's word lists plus a resolver that turns the match into a
 * calendar range. Templates use macros: `{MONTH}` expands to `(?<month>…the month words…)`,
 * `{DAY:day2}` to a group named `day2`, `{MONTH:}` to a group without a name.
 */
import type { TimeGrain } from '../../model/extraction.js';
import type { WordTable } from './lexicon.js';

/** Which fields of a date the text states (used to complete ranges such as 'Jan-Feb 2017'). */
export interface DateParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

export interface Resolved {
  readonly grain: TimeGrain;
  readonly from: Date;
  readonly to: Date;
  readonly source?: 'stated' | 'inferred';
  /** For absolute dates: what the text states; absent for relative expressions. */
  readonly parts?: DateParts;
  /** Set on a bare weekday ('sabato', 'Friday'), which a following date may absorb. */
  readonly weekday?: number;
}

/** What a resolver sees: the named groups of the match, the reference and the word lists. */
export interface RuleContext {
  readonly groups: Readonly<Record<string, string | undefined>>;
  readonly reference: Date;
  readonly lexicon: TimeLexicon;
  /** The normalized text and the match offsets, for guards that look around the match. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type Resolver = (ctx: RuleContext) => Resolved | undefined;

export interface TimeRule {
  /** Stable id, e.g. 'it/times/scorso-day-month'. */
  readonly id: string;
  readonly pattern: string;
  readonly resolve: Resolver;
  /** Case-sensitive pattern (default: case-insensitive; then write the template's letters in lower case). */
  readonly caseSensitive?: boolean;
  /**
   * Kinds of clue a match always contains (windows.ts), when its template names them only in
   * literal words ('weekend', 'the week'); by default they come from the template's macros.
   */
  readonly clues?: readonly string[];
}

/** Word lists a grammar is written against. Every table is optional except the core ones. */
export interface TimeLexicon {
  readonly months: WordTable<number>;
  readonly weekdays: WordTable<number>;
  /** Cardinal number words ('tre', 'twenty five'). */
  readonly numbers: WordTable<number>;
  /** Ordinal words ('primo', 'third', 'twenty-first'). */
  readonly ordinals: WordTable<number>;
  /** Units: day, week, month, year, fortnight, quarter, decade. */
  readonly units: WordTable<string>;
  /** Modifiers: past, next, this. */
  readonly shifts: WordTable<string>;
  /** Relative day words ('ieri' → -1, 'domani' → 1). */
  readonly relativeDays: WordTable<number>;
  /** Further tables a language's templates use, by macro name ('PARTOFDAY' → table). */
  readonly extra?: Readonly<Record<string, WordTable<unknown>>>;
  /** Regex source of ordinal suffixes after digits ('st|nd|rd|th', '°|º'). */
  readonly ordinalSuffix: string;
}

/** Words that join two dates into a range ('from X to Y', 'dal X al Y'). */
export interface RangeConnectors {
  /** Regex source of what may precede the first date ('from', 'between', 'dal', 'tra il'). */
  readonly before: string;
  /** Regex source of what joins the two dates ('to', 'and', '-', 'al', 'e il'). */
  readonly between: string;
}

export interface TimeGrammar {
  /** Language code, the prefix of rule ids. */
  readonly lang: string;
  readonly lexicon: TimeLexicon;
  readonly rules: readonly TimeRule[];
  readonly ranges?: readonly RangeConnectors[];
  /**
   * Extra tables (by macro name) whose words may be the only clue of a time ('natale',
   * 'stanotte', 'overnight'): see windows.ts. Months, weekdays, units, relative days and digits
   * are always clues. Declaring it (even `[]`) turns on the fast path: rules run only on windows
   * around clues, case-insensitive ones on a lower-cased copy (templates' own letters in lower
   * case). Without it every rule runs on the whole text with the `i` flag.
   */
  readonly anchors?: readonly string[];
  /**
   * With `anchors`: the rules still read the text as written (case-insensitive ones with the `i`
   * flag) instead of the lower-cased copy, for resolvers that look at capitals ('Березень' at a
   * sentence start is a month, inside a sentence a name); only the windows come from the anchors.
   */
  readonly readsCase?: boolean;
  /** Template of the words before a time that move it ('three weeks from', '2 days before'); see offsets.ts. */
  readonly offset?: string;
}

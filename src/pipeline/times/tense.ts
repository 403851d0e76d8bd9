/**
 * Whether 'in two weeks' names a day to come or a stretch of time. News tells what happened:
 * "Russian forces killed seven civilians in a day", "twelve soldiers died in 3 weeks", "the first
 * combat death in three weeks" count how long, not a date after the publication; "the talks will
 * resume in two weeks" is a day to come. The clause before the match decides, read from a
 * language's tense cues (src/lang/<code>/data/times-tense-cues.txt): the nearest cue decides, a
 * future one keeps the date, a past one (or a word in -ed, for English) or a record one makes it
 * a duration.
 */
import { readWordList } from '../../lang/word-list.js';
import type { Resolver } from './grammar.js';

export interface TenseCues {
  readonly future: ReadonlySet<string>;
  readonly past: ReadonlySet<string>;
  readonly record: ReadonlySet<string>;
  /** Endings that mark a past participle or past tense ('ed'; 'ato', 'iti'). */
  readonly pastEndings: readonly string[];
  /** Endings that mark a future tense ('ranno', 'rà'). */
  readonly futureEndings: readonly string[];
}

/** Word endings that mark a tense, where a language has them. */
export interface TenseEndings {
  readonly past?: readonly string[];
  readonly future?: readonly string[];
}

/** Reads `future = a | b`, `past = ...`, `record = ...` lines ('#' comments). */
export function readTenseCues(url: URL, endings: TenseEndings = {}): TenseCues {
  const sets: Record<string, Set<string>> = { future: new Set(), past: new Set(), record: new Set() };
  for (const line of readWordList(url)) {
    const eq = line.indexOf('=');
    const set = eq > 0 ? sets[line.slice(0, eq).trim()] : undefined;
    if (!set) throw new Error(`${url.pathname}: expected 'future|past|record = words', got: ${line}`);
    for (const w of line.slice(eq + 1).split('|')) if (w.trim()) set.add(w.trim().toLowerCase());
  }
  return {
    future: sets['future']!,
    past: sets['past']!,
    record: sets['record']!,
    pastEndings: endings.past ?? [],
    futureEndings: endings.future ?? [],
  };
}

/** How far back the clause is read, at most (characters). */
const CLAUSE_MAX = 160;
const WORD = /[\p{L}']+/gu;

/** . ! ? ; : and a line break end a clause. */
function endsClause(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10;
}

/** The clause before `start`: back to a sentence end, ';', ':' or a line break. */
function clauseBefore(text: string, start: number): string {
  let i = start;
  const stop = Math.max(0, start - CLAUSE_MAX);
  while (i > stop && !endsClause(text.charCodeAt(i - 1))) i--;
  return text.slice(i, start);
}

/** The clause after `end`: up to a sentence end, ';', ':' or a line break. */
function clauseAfter(text: string, end: number): string {
  let i = end;
  const stop = Math.min(text.length, end + CLAUSE_MAX);
  while (i < stop && !endsClause(text.charCodeAt(i))) i++;
  return text.slice(end, i);
}

/** What a word says of the clause's tense: 'past' (or a record), 'future', or undefined. */
function tenseOf(cues: TenseCues, w: string): 'past' | 'future' | undefined {
  if (cues.future.has(w)) return 'future';
  if (cues.past.has(w) || cues.record.has(w)) return 'past';
  if (endsWithOne(w, cues.futureEndings)) return 'future';
  if (endsWithOne(w, cues.pastEndings)) return 'past';
  return undefined;
}

/**
 * True when the clause around the match tells a stretch of time, not a day to come. The cue
 * before the match nearest to it decides ("the ministry said 12 soldiers died in a day": 'died',
 * a duration; "officials said the talks resume in two weeks": 'said', a day to come). With no cue
 * before it, as at the head of a sentence, the first cue after it decides ("In two days, the
 * army fired 500 shells": 'fired'; "In two weeks the envoys will meet again": 'will').
 */
export function readsAsDuration(cues: TenseCues, text: string, start: number, end = start): boolean {
  let tense: 'past' | 'future' | undefined;
  for (const m of clauseBefore(text, start).toLowerCase().matchAll(WORD)) tense = tenseOf(cues, m[0]) ?? tense;
  if (tense === undefined) {
    for (const m of clauseAfter(text, end).toLowerCase().matchAll(WORD)) {
      tense = tenseOf(cues, m[0]);
      if (tense) break;
    }
  }
  return tense === 'past';
}

/** True when `word` is longer than one of `endings` by at least two letters and ends with it. */
function endsWithOne(word: string, endings: readonly string[]): boolean {
  for (const e of endings) if (word.length >= e.length + 2 && word.endsWith(e)) return true;
  return false;
}

/** `resolve`, unless the clause before the match makes it a duration ('killed seven in a day'). */
export function unlessDuration(cues: TenseCues, resolve: Resolver): Resolver {
  return (ctx) => (readsAsDuration(cues, ctx.text, ctx.start, ctx.end) ? undefined : resolve(ctx));
}

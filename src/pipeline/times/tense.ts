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
  /** A suffix that marks a past participle or past tense ('-ed'), or undefined. */
  readonly pastSuffix?: string;
}

/** Reads `future = a | b`, `past = ...`, `record = ...` lines ('#' comments). */
export function readTenseCues(url: URL, pastSuffix?: string): TenseCues {
  const sets: Record<string, Set<string>> = { future: new Set(), past: new Set(), record: new Set() };
  for (const line of readWordList(url)) {
    const eq = line.indexOf('=');
    const set = eq > 0 ? sets[line.slice(0, eq).trim()] : undefined;
    if (!set) throw new Error(`${url.pathname}: expected 'future|past|record = words', got: ${line}`);
    for (const w of line.slice(eq + 1).split('|')) if (w.trim()) set.add(w.trim().toLowerCase());
  }
  return { future: sets['future']!, past: sets['past']!, record: sets['record']!, pastSuffix };
}

/** How far back the clause is read, at most (characters). */
const CLAUSE_MAX = 160;
const WORD = /[\p{L}']+/gu;

/** The clause before `start`: back to a sentence end, ';', ':' or a line break. */
function clauseBefore(text: string, start: number): string {
  let i = start;
  const stop = Math.max(0, start - CLAUSE_MAX);
  while (i > stop) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10) break; // . ! ? ; : \n
    i--;
  }
  return text.slice(i, start);
}

/**
 * True when the clause before the match tells a stretch of time, not a day to come: the cue
 * nearest the match decides ("the ministry said 12 soldiers died in a day": 'died', a duration;
 * "officials said the talks resume in two weeks": 'said', a day to come).
 */
export function readsAsDuration(cues: TenseCues, text: string, start: number): boolean {
  let past = false;
  for (const m of clauseBefore(text, start).toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (cues.future.has(w)) past = false;
    else if (cues.past.has(w) || cues.record.has(w) || (cues.pastSuffix !== undefined && w.length >= 4 && w.endsWith(cues.pastSuffix))) past = true;
  }
  return past;
}

/** `resolve`, unless the clause before the match makes it a duration ('killed seven in a day'). */
export function unlessDuration(cues: TenseCues, resolve: Resolver): Resolver {
  return (ctx) => (readsAsDuration(cues, ctx.text, ctx.start) ? undefined : resolve(ctx));
}

/**
 * The time engine shared by every language: runs a grammar's rules over the normalized text,
 * keeps the longest non-overlapping matches, joins 'from X to Y' into ranges and returns
 * `TimeMention`s with spans in the original text.
 */
import type { TimeMention } from '../../model/extraction.js';
import type { Doc } from '../doc.js';
import type { RangeConnectors, Resolved, TimeGrammar, TimeLexicon } from './grammar.js';
import { compileGrammar, type CompiledRule } from './compile.js';
import { applyOffsets, offsetScan, type OffsetScan } from './offsets.js';
import { ruleIndex, scanWindow, type RuleIndex } from './rule-scan.js';
import { anchorRegex, anchorWindows, lowerSameLength, type ClueScan, type TimeWindow } from './windows.js';
import { addDays, addMonths, pastMonthDay, startOfWeek, timeMention, ymd } from './calendar.js';
import { withWeekday } from './weekday-dates.js';

/** A resolved match before selection. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly resolved: Resolved;
}

/** A group with a suffix and the group it stands for ('day_b' → 'day'). */
type Fold = readonly [key: string, base: string];

/** The groups of a match with a suffix, in the order of its groups object (a rule's matches all have the same). */
function foldsOf(groups: Record<string, string | undefined>): readonly Fold[] {
  const folds: Fold[] = [];
  for (const key in groups) {
    if (key[key.length - 2] !== '_') continue; // most groups have no suffix
    const base = /^(?<base>\w+)_[a-z]$/.exec(key)?.groups?.['base'];
    if (base) folds.push([key, base]);
  }
  return folds;
}

/**
 * A regex may not repeat a group name, so alternatives name a group `shift_b`, `month_b`, ...:
 * the value of `x_b` is read as `x` when `x` did not match. The match's own groups object is
 * filled in (a copy of some fifty groups per match was most of the time spent here), going
 * through the suffixed groups only (`folds`, read once per rule).
 */
function foldGroups(groups: Record<string, string | undefined> | undefined, folds: readonly Fold[]): Record<string, string | undefined> {
  if (!groups) return {};
  for (const [key, base] of folds) {
    const value = groups[key];
    if (value !== undefined && groups[base] === undefined) groups[base] = value;
  }
  return groups;
}

function holdsAny(kinds: ReadonlySet<string>, clues: ReadonlySet<string>): boolean {
  for (const k of clues) if (kinds.has(k)) return true;
  return false;
}

/** Letters or digits must not touch a match on its left ('sabato' is not in 'sabatoni'). */
const WORDISH = /[\p{L}\p{N}]/u;

function wordish(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORDISH.test(text[at]!);
}

/**
 * Whether a match may start at `at` of window `w` (relative to it): not after a letter or a digit
 * of the whole text (the lower-cased window has the same positions), nor inside a surrogate pair.
 */
function windowStart(text: string, w: TimeWindow, at: number): boolean {
  const i = w.start + at;
  if (i > 0 && wordish(text, i - 1)) return false;
  const code = text.charCodeAt(i);
  return !(code >= 0xdc00 && code <= 0xdfff && at > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800);
}

/** A grammar's rules with their scan index. */
interface RuleScan {
  readonly index: RuleIndex;
  /** Per rule: `foldsOf` its matches, read off the first one. */
  readonly folds: (readonly Fold[] | undefined)[];
  /** Per set of clue kinds met in a window (their names joined): which rules run; undefined when none. */
  readonly wanted: Map<string, readonly boolean[] | undefined>;
}

const scans = new WeakMap<readonly CompiledRule[], RuleScan>();

function ruleScan(rules: readonly CompiledRule[]): RuleScan {
  let found = scans.get(rules);
  if (!found) {
    found = { index: ruleIndex(rules.map((r) => r.regex), rules.map((r) => r.lower)), folds: [], wanted: new Map() };
    scans.set(rules, found);
  }
  return found;
}

/** The rules that may match in a window with clues of `kinds` (`key`: their names joined). */
function wantedRules(
  scan: RuleScan, rules: readonly CompiledRule[], key: string, kinds: ReadonlySet<string>,
): readonly boolean[] | undefined {
  if (scan.wanted.has(key)) return scan.wanted.get(key);
  const wanted = rules.map(({ clues }) => !clues || holdsAny(kinds, clues));
  const found = wanted.includes(true) ? wanted : undefined;
  scan.wanted.set(key, found);
  return found;
}

/**
 * Runs every rule over each window of the text that holds one of the rule's clues; each match
 * that resolves becomes a candidate. Rules compiled to read lower case read `lower`. The
 * matches are those of a global scan of each rule's regex over the window, found by
 * `scanWindow` (rule-scan.ts); candidates come window by window, rule by rule, left to right.
 */
export function runRules(
  text: string, lower: string, reference: Date, rules: readonly CompiledRule[], lexicon: TimeLexicon,
  windows: readonly TimeWindow[],
): Candidate[] {
  const out: Candidate[] = [];
  const scan = ruleScan(rules);
  for (const w of windows) {
    const wanted = wantedRules(scan, rules, [...w.kinds].join(' '), w.kinds);
    // (no rule has a clue here: no scan)
    if (!wanted) continue;
    const found: Candidate[][] = [];
    const part = { lower: lower.slice(w.start, w.end), text: text.slice(w.start, w.end) };
    scanWindow(part, scan.index, (at) => windowStart(text, w, at), wanted, (r, m) => {
      const start = w.start + m.index;
      const end = start + m[0].length;
      const folds = m.groups ? (scan.folds[r] ??= foldsOf(m.groups)) : [];
      const resolved = rules[r]!.rule.resolve({ groups: foldGroups(m.groups, folds), reference, lexicon, text, start, end });
      if (resolved) (found[r] ??= []).push({ start, end, rule: rules[r]!.rule.id, resolved });
    });
    for (const list of found) if (list) out.push(...list);
  }
  return out;
}

/** Longest match wins; on a tie the leftmost, then the earlier rule in the grammar. */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }));
  order.sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
  const taken: Candidate[] = [];
  for (const { c } of order) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * A weekday next to a date is part of it: 'sabato 23/06/18', 'Friday, March 7', 'Tuesday the 11th'
 * (the date decides). Next to a day counted from the reference ('Monday two weeks from now',
 * 'in 3 days on Friday'), the weekday is that day's weekday in the same week.
 */
export function absorbWeekdays(text: string, selected: readonly Candidate[], reference: Date): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < selected.length; i++) {
    const a = selected[i]!;
    const b = selected[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    const weekday = a.resolved.weekday;
    if (b && weekday !== undefined && b.resolved.parts?.day !== undefined && /^[,\s(-]*(?:the\s+|il\s+)?$/iu.test(gap)) {
      out.push({ start: a.start, end: b.end, rule: b.rule, resolved: withWeekday(b.resolved, weekday, reference) });
      i++;
    } else if (b && weekday !== undefined && isCounted(b.resolved) && /^\s*,?\s*$/u.test(gap)) {
      out.push({ start: a.start, end: b.end, rule: b.rule, resolved: sameWeek(b.resolved, weekday) });
      i++;
    } else if (b && b.resolved.weekday !== undefined && isCounted(a.resolved) && /^\s*,?\s*(?:on\s+)?$/iu.test(gap)) {
      out.push({ start: a.start, end: b.end, rule: a.rule, resolved: sameWeek(a.resolved, b.resolved.weekday) });
      i++;
    } else out.push(a);
  }
  return out;
}

/** A single day counted from the reference ('in 3 days', 'two weeks from now'): no stated date, no weekday. */
function isCounted(r: Resolved): boolean {
  return r.grain === 'day' && !r.parts && r.weekday === undefined && r.from.getTime() === r.to.getTime();
}

function sameWeek(r: Resolved, weekday: number): Resolved {
  const date = addDays(startOfWeek(r.from), weekday - 1);
  return { grain: 'day', from: date, to: date };
}

/** The first date of a range completed with the year of the second: 'Jan-Feb 2017', '3 to 5 May 2026'. */
function completeFirst(first: Resolved, second: Resolved, reference: Date): Resolved {
  const p = first.parts;
  const y2 = second.parts?.year;
  if (!p || p.year !== undefined || y2 === undefined || p.month === undefined) return first;
  const m2 = second.parts?.month ?? 12;
  const year = p.month > m2 ? y2 - 1 : y2;
  if (p.day === undefined) {
    const from = new Date(Date.UTC(year, p.month - 1, 1));
    return { ...first, from };
  }
  const from = ymd(year, p.month, p.day) ?? pastMonthDay(reference, p.month, p.day);
  return from ? { ...first, from } : first;
}

/**
 * The end of a range after its start: 'from 10/25 to 01/25' ends in the year after the start,
 * 'from next Monday to Friday' in the week of the start.
 */
function laterEnd(first: Resolved, second: Resolved): Date | undefined {
  if (second.to.getTime() >= first.from.getTime()) return second.to;
  if (second.weekday !== undefined && second.from.getTime() === second.to.getTime()) {
    const weeks = Math.ceil((first.from.getTime() - second.to.getTime()) / (7 * 86_400_000));
    return addDays(second.to, 7 * weeks);
  }
  if (second.parts?.year !== undefined || second.parts?.month === undefined) return undefined;
  const to = addMonths(second.to, 12);
  return to.getTime() >= first.from.getTime() ? to : undefined;
}

function joinRange(a: Candidate, b: Candidate, start: number, reference: Date, lang: string): Candidate | undefined {
  const first = completeFirst(a.resolved, b.resolved, reference);
  const to = laterEnd(first, b.resolved);
  if (!to) return undefined;
  const grain = first.grain === 'day' || b.resolved.grain === 'day' ? 'day' : first.grain;
  return { start, end: b.end, rule: `${lang}/times/range`, resolved: { grain, from: first.from, to } };
}

interface RangeJoin {
  readonly between: RegExp;
  readonly before: RegExp | undefined;
}

const joinCache = new WeakMap<readonly RangeConnectors[], readonly RangeJoin[]>();

/** The connectors' regexes, built once per grammar rather than once per text. */
function rangeJoins(ranges: readonly RangeConnectors[]): readonly RangeJoin[] {
  let joins = joinCache.get(ranges);
  if (!joins) {
    joins = ranges.map((r) => ({
      between: new RegExp(`^\\s*(?:${r.between})\\s*$`, 'iu'),
      before: r.before ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.before})\\s*$`, 'iu') : undefined,
    }));
    joinCache.set(ranges, joins);
  }
  return joins;
}

/** Joins 'from X to Y', 'tra il X e il Y', 'X - Y' into one mention. */
export function mergeRanges(text: string, selected: readonly Candidate[], ranges: readonly RangeConnectors[], reference: Date, lang: string): Candidate[] {
  if (!ranges.length) return [...selected];
  const joins = rangeJoins(ranges);
  const out: Candidate[] = [];
  for (let i = 0; i < selected.length; i++) {
    const a = selected[i]!;
    const b = selected[i + 1];
    let merged: Candidate | undefined;
    if (b && b.start - a.end <= 12) {
      const gap = text.slice(a.end, b.start);
      const lead = text.slice(Math.max(0, a.start - 16), a.start);
      for (const j of joins) {
        if (!j.between.test(gap)) continue;
        const m = j.before ? j.before.exec(lead) : undefined;
        if (j.before && !m) continue;
        merged = joinRange(a, b, m ? a.start - (lead.length - m.index) : a.start, reference, lang);
        if (merged) break;
      }
    }
    if (merged) {
      out.push(merged);
      i++;
    } else out.push(a);
  }
  return out;
}

/** What a grammar compiles to; built on the first text of its language. */
interface Compiled {
  readonly rules: readonly CompiledRule[];
  readonly anchor?: ClueScan;
  readonly offset?: OffsetScan;
}

function compileAll(grammar: TimeGrammar): Compiled {
  return {
    rules: compileGrammar(grammar),
    ...(grammar.anchors === undefined ? {} : { anchor: anchorRegex(grammar) }),
    ...(grammar.offset === undefined ? {} : { offset: offsetScan(grammar.offset, grammar.lexicon, grammar.lang) }),
  };
}

/**
 * Builds the `TimeRecognizer` of a language from its grammar, compiled once, on first use: a
 * process that reads one language does not pay for compiling the others (cold start).
 */
export function createTimeRecognizer(grammar: TimeGrammar): (doc: Doc) => TimeMention[] {
  let compiled: Compiled | undefined;
  return (doc) => {
    const { rules, anchor, offset } = (compiled ??= compileAll(grammar));
    // grammars without `anchors` run every rule on the whole text (windows.ts)
    const lower = anchor ? lowerSameLength(doc.norm) : doc.norm;
    const windows = anchor ? anchorWindows(lower, anchor) : [{ start: 0, end: doc.norm.length, kinds: new Set<string>() }];
    if (!windows.length) return [];
    const candidates = runRules(doc.norm, lower, doc.reference, rules, grammar.lexicon, windows);
    const dates = absorbWeekdays(doc.norm, selectCandidates(candidates), doc.reference);
    const shifted = applyOffsets(doc.norm, dates, offset, grammar.lexicon, doc.reference, grammar.lang);
    const selected = mergeRanges(doc.norm, shifted, grammar.ranges ?? [], doc.reference, grammar.lang);
    return selected.map((c) =>
      timeMention(doc.text, c.start, c.end, c.resolved.grain, c.resolved.from, c.resolved.to, c.rule, c.resolved.source ?? 'stated'));
  };
}

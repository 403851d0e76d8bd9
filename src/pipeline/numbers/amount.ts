/**
 * Amounts: a number with what qualifies it — 'oltre 1.070' (more_than), 'quasi mille' (approx),
 * 'tra 10 e 15' and '3-4' (range), 'decine di migliaia' and 'dozens' (vague amounts with bounds).
 */
import type { Qualifier } from '../../model/extraction.js';
import type { Context } from './cardinal.js';
import type { NumberLexicon, QualifierPhrase, RangeFrame, VagueAmount } from './lexicon.js';
import { readNumber, type Reading } from './phrase.js';
import { matchPhrase, near } from './tokenize.js';
import { cardinalAt } from './words.js';

export interface Amount {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
  readonly qualifier: Qualifier;
  /** Rule name without the language prefix: 'digits', 'range', 'qualified', 'vague', … */
  readonly rule: string;
  readonly next: number;
  readonly pieces?: Reading['pieces'];
}

/** The phrases of a lexicon that start with one word, each list in the lexicon's order. */
interface Starting {
  readonly ranges: readonly RangeFrame[];
  readonly qualifiers: readonly QualifierPhrase[];
  readonly vague: readonly VagueAmount[];
}

const NONE: Starting = { ranges: [], qualifiers: [], vague: [] };
const firstWords = new WeakMap<NumberLexicon, ReadonlyMap<string, Starting>>();

function indexFirstWords(lexicon: NumberLexicon): Map<string, Starting> {
  const index = new Map<string, { ranges: RangeFrame[]; qualifiers: QualifierPhrase[]; vague: VagueAmount[] }>();
  const at = (word: string | undefined) => {
    if (word === undefined) return undefined;
    if (!index.has(word)) index.set(word, { ranges: [], qualifiers: [], vague: [] });
    return index.get(word);
  };
  for (const r of lexicon.ranges) at(r.before[0])?.ranges.push(r);
  for (const q of lexicon.qualifiers) at(q.words[0])?.qualifiers.push(q);
  for (const v of lexicon.vague) at(v.words[0])?.vague.push(v);
  return index;
}

/**
 * Speed: the phrases that may start at token `k` are those whose first word it is; looking them
 * up replaces a scan of every qualifier, range and vague amount at each candidate token ('a', 'un').
 */
function startingAt(ctx: Context, k: number): Starting {
  let index = firstWords.get(ctx.lexicon);
  if (!index) firstWords.set(ctx.lexicon, (index = indexFirstWords(ctx.lexicon)));
  return index.get(ctx.tokens[k]?.lower ?? '') ?? NONE;
}

/** Bounds implied by a qualifier: 'almeno 5' → min 5, 'fino a 5' → max 5. */
function bounds(qualifier: Qualifier, value: number): { min?: number; max?: number } {
  if (qualifier === 'more_than' || qualifier === 'at_least') return { min: value };
  if (qualifier === 'less_than' || qualifier === 'at_most') return { max: value };
  return {};
}

/** A number right at token `k` (on the same line as what precedes it). */
function numberAt(ctx: Context, k: number): Reading | undefined {
  if (!near(ctx.tokens[k])) return undefined;
  const r = readNumber(ctx, k);
  return r && !r.pieces ? r : undefined;
}

/** The range from `a` to `b`, scaling `a` like `b` ('tra 10 e 15 mila' is 10 000–15 000). */
function range(a: Reading, b: Reading, start: number, infix: boolean): Amount | undefined {
  let low = a.value;
  if (a.scale === undefined && b.scale !== undefined && low * b.scale <= b.value) low *= b.scale;
  if (!(low < b.value) || (infix && b.value > 10 * low)) return undefined;
  return { start, end: b.end, value: low, min: low, max: b.value, qualifier: 'range', rule: 'range', next: b.next };
}

// 'tra 10 e 15', 'from 5 to 7', 'від 5 до 7'
function framedRange(ctx: Context, k: number): Amount | undefined {
  for (const frame of startingAt(ctx, k).ranges) {
    if (!matchPhrase(ctx.tokens, k, frame.before)) continue;
    const a = numberAt(ctx, k + frame.before.length);
    if (!a || !near(ctx.tokens[a.next]) || !matchPhrase(ctx.tokens, a.next, frame.between)) continue;
    const b = numberAt(ctx, a.next + frame.between.length);
    const r = b && range(a, b, ctx.tokens[k]!.start, false);
    if (r) return r;
  }
  return undefined;
}

/** 'decine', 'decine di migliaia', 'десятки тисяч', 'hundreds of thousands'. */
function vagueAt(ctx: Context, k: number): Amount | undefined {
  const v = startingAt(ctx, k).vague.find((x) => matchPhrase(ctx.tokens, k, x.words));
  if (!v) return undefined;
  let next = k + v.words.length;
  const { value, min, max, qualifier } = v;
  let amount: Amount = { start: ctx.tokens[k]!.start, end: ctx.tokens[next - 1]!.end, value, min, max, qualifier, rule: 'vague', next };
  for (const of of [...ctx.lexicon.vagueOf, []]) {
    if (of.length && !matchPhrase(ctx.tokens, next, of)) continue;
    const at = next + of.length;
    const unit = near(ctx.tokens[at]) ? unitAt(ctx, at) : undefined;
    if (!unit) continue;
    next = unit.next;
    amount = {
      ...amount, end: unit.end, next, value: v.value * unit.unit, min: v.min * unit.unit,
      max: (v.max + 1) * unit.unit - 1,
    };
    break;
  }
  return amount;
}

/** What a vague amount may multiply: a scale word ('тисяч') or a vague unit ('migliaia'). */
function unitAt(ctx: Context, k: number): { unit: number; next: number; end: number } | undefined {
  const w = cardinalAt(ctx.tokens, k, ctx.lexicon);
  if (w && w.parts.length === 1 && w.parts[0]!.cls === 'scale') return { unit: w.parts[0]!.value, next: w.next, end: w.end };
  const v: VagueAmount | undefined = ctx.lexicon.vague.find((x) => x.unit !== undefined && matchPhrase(ctx.tokens, k, x.words));
  return v ? { unit: v.unit!, next: k + v.words.length, end: ctx.tokens[k + v.words.length - 1]!.end } : undefined;
}

// 'oltre 1.070', 'quasi mille', 'более тысячи', 'more than a dozen'
function qualified(ctx: Context, k: number): Amount | undefined {
  for (const q of startingAt(ctx, k).qualifiers) {
    if (!matchPhrase(ctx.tokens, k, q.words)) continue;
    const at = k + q.words.length;
    const token = ctx.tokens[at];
    if (!near(token)) continue;
    const start = ctx.tokens[k]!.start;
    const singular = ctx.lexicon.qualifiedSingulars.get(token!.lower);
    if (singular !== undefined) {
      return { start, end: token!.end, value: singular, qualifier: q.qualifier, ...bounds(q.qualifier, singular), rule: 'qualified', next: at + 1 };
    }
    const inner = vagueAt(ctx, at) ?? plain(ctx, at);
    if (!inner || inner.pieces) continue;
    if (inner.qualifier === 'range') return { ...inner, start };
    const value = inner.value;
    return { start, end: inner.end, value, qualifier: q.qualifier, ...bounds(q.qualifier, value), rule: 'qualified', next: inner.next };
  }
  return undefined;
}

// '3-4', 'tre o quattro', '5 to 7'; '1.000 circa', '10 or more'
function plain(ctx: Context, k: number): Amount | undefined {
  const a = readNumber(ctx, k);
  if (!a) return undefined;
  if (a.pieces) return { ...a, qualifier: 'exact', next: a.next };
  for (const infix of ctx.lexicon.rangeInfixes) {
    if (!near(ctx.tokens[a.next]) || !matchPhrase(ctx.tokens, a.next, infix)) continue;
    const b = numberAt(ctx, a.next + infix.length);
    const r = b && range(a, b, a.start, true);
    if (r) return r;
  }
  const post = ctx.lexicon.postQualifiers.find((q) => near(ctx.tokens[a.next]) && matchPhrase(ctx.tokens, a.next, q.words));
  if (post) {
    const next = a.next + post.words.length;
    return { ...a, end: ctx.tokens[next - 1]!.end, qualifier: post.qualifier, ...bounds(post.qualifier, a.value), rule: 'qualified', next };
  }
  return { start: a.start, end: a.end, value: a.value, qualifier: 'exact', rule: a.rule, next: a.next };
}

/** The amount that starts at token `k`, if any. */
export function readAmount(ctx: Context, k: number): Amount | undefined {
  return framedRange(ctx, k) ?? qualified(ctx, k) ?? vagueAt(ctx, k) ?? plain(ctx, k);
}

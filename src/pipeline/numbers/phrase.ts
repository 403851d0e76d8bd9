/**
 * One number phrase at a token: a sign, a cardinal, and what may follow it — a fraction
 * ('tre quarti', 'uno su tre', '2 1/4'), decimals in words ('duecento virgola settantuno'),
 * dozens ('tre dozzine'), a joined fraction ('un milione e mezzo', 'три с половиной').
 */
import { readCardinal, type CardinalRead, type Context } from './cardinal.js';
import {
  combine, halfAt, ordinalFraction, overFraction, slashFraction, splitOrdinalFraction, vulgarAt, type Reading,
} from './fractions.js';
import { matchPhrase, near } from './tokenize.js';
import { cardinalAt } from './words.js';

export type { Reading } from './fractions.js';

function ruleOf(c: CardinalRead): string {
  const words = c.steps.filter((s) => s.word).length;
  if (words === 0) return c.steps[0]!.acc.big && !Number.isInteger(c.steps[0]!.acc.value) ? 'digits-decimal' : 'digits';
  return words === c.steps.length ? 'words' : 'digits-scale';
}

function baseOf(c: CardinalRead): Reading | undefined {
  if (c.list) {
    const pieces = c.list.values;
    return { start: pieces[0]!.start, end: c.list.end, value: pieces[0]!.value, next: -1, rule: 'digits-list', pieces };
  }
  const last = c.steps.at(-1)!;
  if (c.article && c.steps.length === 1) return undefined; // 'a', 'an' alone are no number
  const scale = Number.isFinite(last.acc.lastScale) ? last.acc.lastScale : undefined;
  return { start: c.start, end: last.end, value: last.acc.value, next: last.next, rule: ruleOf(c), ...(scale ? { scale } : {}) };
}

/** 'tre dozzine', 'three hundred and two dozens' (= 300 + 2·12), 'a dozen'. */
function dozens(ctx: Context, c: CardinalRead, base: Reading): Reading | undefined {
  const token = ctx.tokens[c.steps.at(-1)!.next];
  if (!token || !near(token) || !ctx.lexicon.dozenWords.has(token.lower)) return undefined;
  const joined = c.steps.findLastIndex((s) => s.joint === 'and');
  const head = joined > 0 ? c.steps[joined - 1]!.acc.value : 0;
  const tail = c.steps.at(-1)!.acc.value - head;
  const next = c.steps.at(-1)!.next + 1;
  return { start: c.start, end: token.end, value: head + tail * 12, next, rule: 'dozen' };
}

/** 'duecento punto zero tre', 'two hundred point seventy-one', 'один точка один'. */
function pointDecimals(ctx: Context, base: Reading): Reading | undefined {
  const point = ctx.tokens[base.next];
  if (!point || !near(point) || !ctx.lexicon.pointWords.has(point.lower) || !Number.isInteger(base.value)) return undefined;
  let digits = '';
  let at = base.next + 1;
  let end = point.end;
  for (;;) {
    const c = near(ctx.tokens[at]) ? readCardinal(ctx, at) : undefined;
    const last = c?.steps.at(-1);
    if (!c || c.list || c.article || !last || last.acc.value >= 100 || !Number.isInteger(last.acc.value)) break;
    digits += ctx.tokens[at]!.kind === 'digits' ? ctx.tokens[at]!.text : String(last.acc.value);
    at = last.next;
    end = last.end;
  }
  if (!digits) return undefined;
  const sign = base.value < 0 ? -1 : 1;
  return { start: base.start, end, value: base.value + sign * Number(`0.${digits}`), next: at, rule: 'decimal-point' };
}

/** The fraction after 'e', 'and', 'с': 'mezzo', 'a half', 'tre quarti', '1/4', 'половиной', 'due dozzine'. */
function joinedFraction(ctx: Context, k: number): Reading | undefined {
  const token = ctx.tokens[k];
  if (!near(token)) return undefined;
  const half = token && ctx.lexicon.halfWords.get(token.lower);
  if (half !== undefined && half < 1) {
    return { start: token!.start, end: token!.end, value: half, next: k + 1, rule: 'half' };
  }
  const c = readCardinal(ctx, k);
  if (!c || c.list) return undefined;
  const last = c.steps.at(-1)!;
  const base: Reading = { start: c.start, end: last.end, value: last.acc.value, next: last.next, rule: 'words' };
  if (last.word || c.article) {
    return ordinalFraction(ctx, c) ?? (c.article ? undefined : dozens(ctx, c, base));
  }
  return c.steps.length === 1 ? slashFraction(ctx, base) : undefined;
}

/** 'un milione e mezzo' (1.5·10⁶), 'five and a half million', 'one billion and a half million'. */
function joined(ctx: Context, base: Reading): Reading | undefined {
  for (const join of ctx.lexicon.fractionJoins) {
    if (!near(ctx.tokens[base.next]) || !matchPhrase(ctx.tokens, base.next, join)) continue;
    const f = joinedFraction(ctx, base.next + join.length);
    if (f) return combine(ctx, base, f);
  }
  return undefined;
}

/** '2 1/4': an integer, a space and a fraction in digits. */
function mixedFraction(ctx: Context, base: Reading): Reading | undefined {
  const token = ctx.tokens[base.next];
  if (!Number.isInteger(base.value) || base.rule !== 'digits' || !token || token.kind !== 'digits' || !near(token) || token.gap === '') return undefined;
  const c = readCardinal(ctx, base.next);
  const last = c?.steps.at(-1);
  if (!c || c.list || !last || c.steps.length !== 1) return undefined;
  const f = slashFraction(ctx, { start: token.start, end: last.end, value: last.acc.value, next: last.next, rule: 'digits' });
  return f && f.value < 1 ? { ...f, start: base.start, value: base.value + f.value, rule: 'fraction-mixed' } : undefined;
}

/** 'two thirds of a million' */
function ofScale(ctx: Context, f: Reading): Reading {
  for (const of of ctx.lexicon.ofScale) {
    if (!near(ctx.tokens[f.next]) || !matchPhrase(ctx.tokens, f.next, of)) continue;
    const at = f.next + of.length;
    const w = near(ctx.tokens[at]) ? cardinalAt(ctx.tokens, at, ctx.lexicon) : undefined;
    if (w && w.parts.length === 1 && w.parts[0]!.cls === 'scale') {
      return { ...f, end: w.end, next: w.next, value: f.value * w.parts[0]!.value, scale: w.parts[0]!.value };
    }
  }
  return f;
}

function afterCardinal(ctx: Context, c: CardinalRead): Reading | undefined {
  const fraction = ordinalFraction(ctx, c) ?? splitOrdinalFraction(ctx, c);
  if (fraction) return ofScale(ctx, fraction);
  const base = baseOf(c);
  if (!base || base.pieces) return base;
  const extended = dozens(ctx, c, base) ?? pointDecimals(ctx, base) ?? overFraction(ctx, base)
    ?? slashFraction(ctx, base) ?? mixedFraction(ctx, base);
  const whole = extended ?? base;
  return whole.rule === 'fraction-over' ? whole : joined(ctx, whole) ?? whole;
}

/** A sign before a number: '-1', '- 10 k', 'meno 1.200.000', 'minus five'. */
function signAt(ctx: Context, k: number): { next: number; start: number } | undefined {
  const token = ctx.tokens[k];
  if (!token || !near(ctx.tokens[k + 1])) return undefined;
  if (ctx.lexicon.signWords.has(token.lower)) return { next: k + 1, start: token.start };
  if (token.text !== '-') return undefined;
  const before = ctx.norm[token.start - 1];
  if (before !== undefined && !/[\s(]/u.test(before)) return undefined; // 'SCP-173', '3-4'
  // 'у Курській області — 20': a dash spaced on both sides after a word parts a clause, it signs nothing
  if (/\s/u.test(ctx.norm[token.end] ?? '') && /[\p{L}\p{N}]\s+$/u.test(ctx.norm.slice(Math.max(0, token.start - 4), token.start))) return undefined;
  return { next: k + 1, start: token.start };
}

function magnitude(ctx: Context, k: number): Reading | undefined {
  const simple = vulgarAt(ctx, k) ?? halfAt(ctx, k);
  if (simple) return simple;
  const c = readCardinal(ctx, k);
  return c ? afterCardinal(ctx, c) : undefined;
}

/** 'the one', 'which one': the pronoun, not the number. */
function pronoun(ctx: Context, k: number, r: Reading): boolean {
  const token = ctx.tokens[k]!;
  const before = ctx.tokens[k - 1];
  return r.next === k + 1 && ctx.lexicon.pronounOne.has(token.lower)
    && before !== undefined && ctx.lexicon.pronounPreceders.has(before.lower);
}

/** The number phrase that starts at token `k`, if any. */
export function readNumber(ctx: Context, k: number): Reading | undefined {
  const sign = signAt(ctx, k);
  if (sign) {
    const r = magnitude(ctx, sign.next);
    if (r && !r.pieces) return { ...r, start: sign.start, value: -r.value, rule: `negative-${r.rule}` };
  }
  const r = magnitude(ctx, k);
  if (!r || pronoun(ctx, k, r)) return undefined;
  return r;
}

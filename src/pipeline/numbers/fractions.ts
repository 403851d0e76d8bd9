/**
 * Fractions: 'tre quarti', 'one hundred thirty fifths' (= 100/35), 'uno su tre', '3/4', '½',
 * 'mezzo milione', 'half a dozen'.
 */
import { readCardinal, type CardinalRead, type Context } from './cardinal.js';
import { matchPhrase, near } from './tokenize.js';
import { cardinalAt, ordinalAt, type OrdinalMatch } from './words.js';

export interface Reading {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Index of the token after the reading. */
  readonly next: number;
  /** Rule name, without the language prefix: 'digits', 'words', 'fraction', … */
  readonly rule: string;
  /** The last scale of the number ('15 mila' → 1000), for ranges like 'tra 10 e 15 mila'. */
  readonly scale?: number;
  /** A run of digits that is a list of integers: each is a number of its own. */
  readonly pieces?: readonly { readonly start: number; readonly end: number; readonly value: number }[];
}

const VULGAR: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5,
  '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
  '⅑': 1 / 9, '⅒': 1 / 10,
};

/** A fraction sign: '½', '⅙'. */
export function isVulgar(text: string): boolean {
  return Object.hasOwn(VULGAR, text);
}

/** '⅙', '½' */
export function vulgarAt(ctx: Context, k: number): Reading | undefined {
  const token = ctx.tokens[k];
  const value = token && VULGAR[token.text];
  return token && value !== undefined ? { start: token.start, end: token.end, value, next: k + 1, rule: 'fraction-sign' } : undefined;
}

/** A word token follows on the same line: 'un mezzo militare' is a vehicle, not a half. */
export function wordFollows(ctx: Context, k: number): boolean {
  const token = ctx.tokens[k];
  return token !== undefined && token.kind === 'word' && near(token);
}

/** 'twenty-first', 'thirty fifths': a tens word and a unit ordinal. */
function compoundOrdinalAt(ctx: Context, k: number, tens?: number): OrdinalMatch | undefined {
  let at = k;
  let value = tens;
  if (value === undefined) {
    const w = cardinalAt(ctx.tokens, k, ctx.lexicon);
    if (!w || w.parts.length !== 1 || w.parts[0]!.cls !== 'tens') return undefined;
    value = w.parts[0]!.value;
    at = w.next;
  }
  if (ctx.tokens[at]?.text === '-' && near(ctx.tokens[at])) at++;
  const ord = near(ctx.tokens[at]) ? ordinalAt(ctx.tokens, at, ctx.lexicon) : undefined;
  return ord && ord.value < 10 ? { ...ord, value: value + ord.value, bound: false } : undefined;
}

/** A plain ordinal at `k`, after an optional hyphen ('one - fourth', 'hundred-fifths'). */
function ordinalAfter(ctx: Context, k: number): OrdinalMatch | undefined {
  let at = k;
  if (ctx.tokens[at]?.text === '-' && near(ctx.tokens[at])) at++;
  if (!near(ctx.tokens[at])) return undefined;
  const ord = ordinalAt(ctx.tokens, at, ctx.lexicon) ?? compoundOrdinalAt(ctx, at);
  return ord && !ord.bound ? ord : undefined;
}

function fraction(ctx: Context, c: CardinalRead, numerator: number, ord: OrdinalMatch): Reading | undefined {
  if (ctx.lexicon.fractionAgreement && (numerator === 1) === ord.plural) return undefined; // 'two millionth'
  if (ord.final && wordFollows(ctx, ord.next)) return undefined;
  return { start: c.start, end: ord.end, value: numerator / ord.value, next: ord.next, rule: 'fraction' };
}

/** A cardinal in words and an ordinal: 'tre quarti', 'a hundred trillionths', 'one hundred thirty fifths'. */
export function ordinalFraction(ctx: Context, c: CardinalRead): Reading | undefined {
  if (c.list || c.steps.some((s) => !s.word)) return undefined;
  const last = c.steps.at(-1)!;
  const prev = c.steps.at(-2);
  if (last.cls === 'tens' && prev && last.joint === '') {
    // 'one hundred thirty fifths' = 100/35, but 'one hundred and thirty fifths' = 130/5
    const ord = compoundOrdinalAt(ctx, last.next, last.acc.value - prev.acc.value);
    if (ord) return fraction(ctx, c, prev.acc.value, ord);
  }
  const ord = ordinalAfter(ctx, last.next);
  if (!ord) return undefined;
  // 'one hundred and three quarters' = 100 + 3/4, but 'one hundred and thirty fifths' = 130/5
  const and = c.steps.findLastIndex((s) => s.joint === 'and');
  const head = and > 0 ? c.steps[and - 1]!.acc : undefined;
  if (head && last.acc.value - head.value < ord.value) {
    const f = fraction(ctx, c, last.acc.value - head.value, ord);
    if (f) return combine(ctx, { start: c.start, value: head.value, scale: finite(head.lastScale) }, f);
  }
  return fraction(ctx, c, last.acc.value, ord);
}

const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined);

/**
 * A number and the fraction joined to it: 'un milione e mezzo' (1.5·10⁶), 'cento e tre quarti'
 * (100.75), 'five and a half million' (5.5·10⁶), 'one billion and a half million' (10⁹ + 5·10⁵).
 */
export function combine(ctx: Context, base: { start: number; value: number; scale?: number | undefined }, f: Reading): Reading {
  const after = near(ctx.tokens[f.next]) ? cardinalAt(ctx.tokens, f.next, ctx.lexicon) : undefined;
  const s = after?.parts.length === 1 && after.parts[0]!.cls === 'scale' ? after.parts[0]!.value : undefined;
  if (after && s !== undefined) {
    const value = base.scale !== undefined && base.scale > s ? base.value + f.value * s : (base.value + f.value) * s;
    return { start: base.start, end: after.end, value, next: after.next, rule: 'fraction-joined', scale: s };
  }
  const scaled = base.scale !== undefined && base.scale >= 1000 && f.value < 1 ? f.value * base.scale : f.value;
  const scale = base.scale !== undefined ? { scale: base.scale } : {};
  return { start: base.start, end: f.end, value: base.value + scaled, next: f.next, rule: 'fraction-joined', ...scale };
}

/** 'one one hundred fifth' = 1/105: a second cardinal and a unit ordinal make the denominator. */
export function splitOrdinalFraction(ctx: Context, c: CardinalRead): Reading | undefined {
  const last = c.steps.at(-1);
  if (!last || c.list || c.steps.some((s) => !s.word) || !near(ctx.tokens[last.next])) return undefined;
  const den = readCardinal(ctx, last.next);
  const tail = den?.steps.at(-1);
  if (!den || !tail || den.article || den.steps.some((s) => !s.word) || tail.cls !== 'hundred' && tail.cls !== 'scale') return undefined;
  let at = tail.next;
  if (near(ctx.tokens[at]) && ctx.lexicon.andWords.has(ctx.tokens[at]!.lower)) at++;
  const ord = near(ctx.tokens[at]) ? ordinalAt(ctx.tokens, at, ctx.lexicon) : undefined;
  if (!ord || ord.value >= 10) return undefined;
  return fraction(ctx, c, last.acc.value, { ...ord, value: tail.acc.value + ord.value });
}

/** 'uno su tre', 'one over 20', 'two out of five hundred' (numerator first, already read). */
export function overFraction(ctx: Context, base: Reading): Reading | undefined {
  for (const over of ctx.lexicon.overWords) {
    if (!near(ctx.tokens[base.next]) || !matchPhrase(ctx.tokens, base.next, over.words)) continue;
    const den = readCardinal(ctx, base.next + over.words.length);
    const last = den?.steps.at(-1);
    if (!den || !last || !near(ctx.tokens[base.next + over.words.length])) continue;
    const value = last.acc.value;
    if (value === 0 || (over.smaller && base.value >= value) || wordFollows(ctx, last.next)) continue;
    return { start: base.start, end: last.end, value: base.value / value, next: last.next, rule: 'fraction-over' };
  }
  return undefined;
}

/** '3/4' after the integer `base` ('-4/5'); not '24/7/365' nor '222-2222/2222'. */
export function slashFraction(ctx: Context, base: Reading): Reading | undefined {
  const slash = ctx.tokens[base.next];
  const den = ctx.tokens[base.next + 1];
  if (slash?.text !== '/' || slash.gap !== '' || den?.kind !== 'digits' || den.gap !== '') return undefined;
  const before = ctx.norm.slice(Math.max(0, base.start - 2), base.start);
  const after = ctx.norm[den.end] ?? '';
  if (!Number.isInteger(base.value) || /\/$|[0-9]-$/u.test(before) || /[/0-9]/u.test(after)) return undefined;
  if (ctx.blocked[base.next + 1] || Number(den.text) === 0) return undefined;
  return { start: base.start, end: den.end, value: base.value / Number(den.text), next: base.next + 2, rule: 'fraction-slash' };
}

/** 'mezzo milione', 'half a dozen', 'quarter million', and 'half' by itself. */
export function halfAt(ctx: Context, k: number): Reading | undefined {
  const token = ctx.tokens[k];
  const value = token && ctx.lexicon.halfWords.get(token.lower);
  if (!token || value === undefined) return undefined;
  let at = k + 1;
  if (near(ctx.tokens[at]) && ctx.lexicon.articles.has(ctx.tokens[at]!.lower)) at++;
  const next = ctx.tokens[at];
  if (near(next) && next && ctx.lexicon.dozenWords.has(next.lower)) {
    return { start: token.start, end: next.end, value: value * 12, next: at + 1, rule: 'half' };
  }
  const scale = near(next) ? cardinalAt(ctx.tokens, at, ctx.lexicon) : undefined;
  if (scale && scale.parts.length === 1 && scale.parts[0]!.cls === 'scale') {
    const s = scale.parts[0]!.value;
    return { start: token.start, end: scale.end, value: value * s, next: scale.next, rule: 'half', scale: s };
  }
  if (!ctx.lexicon.halfAlone.has(token.lower)) return undefined;
  return { start: token.start, end: token.end, value, next: k + 1, rule: 'half' };
}

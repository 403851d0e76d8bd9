/**
 * Reads the longest cardinal at a token: digits ('1.070', '12k', '11mila', '1,5 milioni'), words
 * ('duecentocinquanta', 'four hundred and twelve', 'двадцяти п'яти') or both ('4 thousand 3 hundred').
 */
import { Cardinal, type Part } from './compose.js';
import { readDigits, type DigitRun } from './digits.js';
import type { NumberLexicon } from './lexicon.js';
import { near, type Token } from './tokenize.js';
import { cardinalAt } from './words.js';

/** The grammar's state after one more part, and where that part ends. */
export interface Step {
  readonly acc: Cardinal;
  readonly cls: Part['cls'];
  readonly next: number;
  readonly end: number;
  /** How the part was joined to the one before: 'and' ('hundred and six'), '-' ('fifty-two'). */
  readonly joint: 'and' | '-' | '';
  /** The part is a word, not digits. */
  readonly word: boolean;
}

export interface CardinalRead {
  readonly start: number;
  readonly steps: readonly Step[];
  /** Digits that are a list of integers ('192.168.1.2'): no grammar applies. */
  readonly list?: DigitRun;
  /** The first part is the article 'a'/'an', worth one only before a scale or a fraction. */
  readonly article: boolean;
}

export interface Context {
  readonly lexicon: NumberLexicon;
  readonly tokens: readonly Token[];
  readonly norm: string;
  /** Tokens inside dates, clock times and years: never part of a number. */
  readonly blocked: readonly boolean[];
}

/** A run of digits at token `k` ('1.070', or '.77' when `k` is the dot), with the token after it. */
export function digitsAt(ctx: Context, k: number): { run: DigitRun; next: number } | undefined {
  const token = ctx.tokens[k];
  if (!token || ctx.blocked[k]) return undefined;
  const leadingDot = token.kind === 'punct' && (token.text === '.' || token.text === ',')
    && ctx.tokens[k + 1]?.kind === 'digits' && ctx.tokens[k + 1]!.gap === ''
    && !/[0-9]/u.test(ctx.norm[token.start - 1] ?? '');
  if (token.kind !== 'digits' && !leadingDot) return undefined;
  const run = readDigits(ctx.norm, token.start, ctx.lexicon.conventions);
  if (!run) return undefined;
  let next = k;
  while (ctx.tokens[next] && ctx.tokens[next]!.start < run.end) next++;
  if (ctx.blocked.slice(k, next).some(Boolean)) return undefined;
  return { run, next };
}

/** A multiplier after digits: '12k', '2,33 k', '3 тыс.', '1MM'. */
function multiplierAt(ctx: Context, k: number): { part: Part; next: number; end: number } | undefined {
  const token = ctx.tokens[k];
  const m = token && ctx.lexicon.multipliers.get(token.text);
  if (!token || !m || !near(token) || (token.gap !== '' && !m.spaced)) return undefined;
  const dot = ctx.tokens[k + 1];
  const withDot = m.dot === true && dot?.text === '.' && dot.gap === '';
  return {
    part: { cls: 'scale', value: m.value },
    next: withDot ? k + 2 : k + 1,
    end: withDot ? dot.end : token.end,
  };
}

/** Letters glued to digits that are no multiplier make no number: '180ml', '29km', '4th'. */
function gluedLetters(ctx: Context, k: number): boolean {
  const token = ctx.tokens[k];
  return token !== undefined && token.kind === 'word' && token.gap === '';
}

function push(steps: Step[], parts: readonly Part[], at: Omit<Step, 'acc' | 'cls'>): boolean {
  const acc = (steps.at(-1)?.acc ?? new Cardinal()).clone();
  for (const part of parts) if (!acc.push(part)) return false;
  steps.push({ next: at.next, end: at.end, joint: at.joint, word: at.word, acc, cls: parts.at(-1)!.cls });
  return true;
}

/** 'twenty and three': a unit word after a tens word. */
function unitAfterTens(ctx: Context, k: number, last: Step): boolean {
  const w = last.cls === 'tens' && last.word ? cardinalAt(ctx.tokens, k, ctx.lexicon) : undefined;
  return w !== undefined && w.parts.length === 1 && w.parts[0]!.cls === 'unit';
}

/** The joint before token `k` when a part may follow there: 'and', '-' or nothing. */
function jointAt(ctx: Context, k: number, last: Step): { joint: Step['joint']; k: number } {
  const token = ctx.tokens[k];
  if (!token || !near(token)) return { joint: '', k: -1 };
  if (ctx.lexicon.andWords.has(token.lower) && (last.cls === 'hundred' || last.cls === 'scale' || unitAfterTens(ctx, k + 1, last))) {
    return { joint: 'and', k: k + 1 };
  }
  if (token.text === '-' && last.cls === 'tens' && last.word) return { joint: '-', k: k + 1 };
  return { joint: '', k };
}

/** One more part at token `k` after `steps`: a word, digits, or a multiplier after digits. */
function nextPart(ctx: Context, k: number, steps: Step[], joint: Step['joint']): boolean {
  const token = ctx.tokens[k];
  if (!token || !near(token) || ctx.blocked[k]) return false;
  const last = steps.at(-1);
  if (last && !last.word) {
    const m = multiplierAt(ctx, k);
    if (m) return push(steps, [m.part], { next: m.next, end: m.end, joint, word: true });
  }
  if (token.kind === 'word') {
    if (last && !last.word && token.gap === '' && !ctx.lexicon.multipliers.has(token.text)) {
      const w = cardinalAt(ctx.tokens, k, ctx.lexicon);
      if (!w || w.parts.some((p) => p.cls !== 'scale')) return false; // '11mila' but not '4th'
    }
    const w = cardinalAt(ctx.tokens, k, ctx.lexicon);
    return w !== undefined && push(steps, w.parts, { next: w.next, end: w.end, joint, word: true });
  }
  const d = digitsAt(ctx, k);
  if (!d || d.run.values.length !== 1 || (last && token.gap === '')) return false;
  if (gluedLetters(ctx, d.next) && !multiplierAt(ctx, d.next) && !scaleWordAt(ctx, d.next)) return false;
  return push(steps, [{ cls: 'digits', value: d.run.values[0]!.value }], { next: d.next, end: d.run.end, joint, word: false });
}

function multiplierWordAt(ctx: Context, k: number): boolean {
  const w = near(ctx.tokens[k]) ? cardinalAt(ctx.tokens, k, ctx.lexicon) : undefined;
  return w !== undefined && (w.parts[0]!.cls === 'hundred' || w.parts[0]!.cls === 'scale');
}

function scaleWordAt(ctx: Context, k: number): boolean {
  const w = cardinalAt(ctx.tokens, k, ctx.lexicon);
  return w !== undefined && w.parts.every((p) => p.cls === 'scale');
}

/** Reads the longest cardinal from token `k`; undefined when there is none. */
export function readCardinal(ctx: Context, k: number): CardinalRead | undefined {
  const token = ctx.tokens[k];
  if (!token || ctx.blocked[k]) return undefined;
  const first = digitsAt(ctx, k);
  if (first && first.run.values.length > 1) return { start: token.start, steps: [], list: first.run, article: false };
  if (first && gluedLetters(ctx, first.next) && !multiplierAt(ctx, first.next) && !scaleWordAt(ctx, first.next)) {
    return undefined; // '180ml', '29km'
  }
  const steps: Step[] = [];
  const article = ctx.lexicon.articles.has(token.lower);
  if (article) steps.push({ acc: Object.assign(new Cardinal(), { group: 1, filled: 1, parts: 1, lastCls: 'unit' }), cls: 'unit', next: k + 1, end: token.end, joint: '', word: true });
  else if (!nextPart(ctx, k, steps, '')) return undefined;
  for (;;) {
    const last = steps.at(-1)!;
    const { joint, k: at } = jointAt(ctx, last.next, last);
    if (at < 0 || !nextPart(ctx, at, steps, joint)) break;
  }
  // '3 hundred and 2 hundred': the part after 'and' belongs to the multiplier that did not fit
  const last = steps.at(-1)!;
  if (last.joint === 'and' && steps.length > 1 && multiplierWordAt(ctx, last.next)) steps.pop();
  return { start: token.start, steps, article };
}

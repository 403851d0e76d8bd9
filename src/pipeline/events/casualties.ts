import type { Count, Span } from '../../model/extraction.js';
import type { CountToken } from './counts.js';
import { wordsBetween } from './counts.js';
import type { Cue } from './cues.js';

export type CasualtyKind = 'killed' | 'injured';

/** A casualty count found in a sentence. `total` marks a toll ("il numero delle vittime è salito a 4"). */
export interface Casualty extends Span {
  readonly kind: CasualtyKind;
  readonly count: Count;
  readonly total: boolean;
  readonly rule: string;
}

const CLAUSE_BREAK = /[.;:!?()\n]/u;
const MAX_BEFORE_CHARS = 48;
const MAX_AFTER_CHARS = 28;
const MAX_GAP_WORDS = 6;

/**
 * Casualty counts of one sentence: first tolls (a "rise" phrase followed by a count, with a toll
 * noun in the sentence: "è salito a quattro il numero delle vittime", "death toll rose to 28"),
 * then each casualty cue paired with the nearest free count before or after it in the same
 * clause ("una persona è stata uccisa e altre due ferite", "killing five people"), cheapest first.
 * A cue right after an "among" phrase is a part of a count, not a count ("tra i feriti c'è anche
 * un bambino").
 */
export function findCasualties(norm: string, cues: readonly Cue[], counts: readonly CountToken[]): Casualty[] {
  const used = new Set<CountToken>();
  const out: Casualty[] = [...tolls(norm, cues, counts, used)];
  const tollNouns = cues.filter((c) => c.category === 'toll');
  const casualtyCues = cues.filter(
    (c) => c.category === 'casualty' && !tollNouns.some((t) => t.start < c.end && c.start < t.end) && !afterAmong(norm, c, cues),
  );
  const pairs: { cue: Cue; token: CountToken; cost: number }[] = [];
  for (const cue of casualtyCues) {
    for (const token of counts) {
      const cost = pairCost(norm, cue, token);
      if (cost !== undefined) pairs.push({ cue, token, cost });
    }
  }
  pairs.sort((a, b) => a.cost - b.cost || a.token.start - b.token.start);
  const done = new Set<Cue>();
  for (const { cue, token } of pairs) {
    if (done.has(cue) || used.has(token)) continue;
    done.add(cue);
    used.add(token);
    out.push({ kind: cue.key as CasualtyKind, count: token.count, total: false, rule: cue.rule, start: Math.min(cue.start, token.start), end: Math.max(cue.end, token.end) });
  }
  return out;
}

/** Characters between count and cue, or undefined when they cannot belong together. */
function pairCost(norm: string, cue: Cue, token: CountToken): number | undefined {
  const before = token.end <= cue.start;
  const [from, to] = before ? [token.end, cue.start] : [cue.end, token.start];
  if (!before && token.start < cue.end) return undefined;
  const gap = norm.slice(from, to);
  if (gap.length > (before ? MAX_BEFORE_CHARS : MAX_AFTER_CHARS) || CLAUSE_BREAK.test(gap)) return undefined;
  if (wordsBetween(norm, from, to) > MAX_GAP_WORDS) return undefined;
  // "killed, 5 injured": a comma right after the cue ends its clause
  if (!before && /^\s*,/u.test(gap)) return undefined;
  return gap.length + (before ? 0 : 2);
}

function tolls(norm: string, cues: readonly Cue[], counts: readonly CountToken[], used: Set<CountToken>): Casualty[] {
  const nouns = cues.filter((c) => c.category === 'toll');
  if (!nouns.length) return [];
  const out: Casualty[] = [];
  for (const rise of cues.filter((c) => c.category === 'rise')) {
    // "è salito a quattro", "rose to 28", "зросла до 5"
    const token = counts.find((t) => t.start >= rise.end && /^[\s,]*$/u.test(norm.slice(rise.end, t.start)) && t.start - rise.end <= 6);
    if (!token || used.has(token)) continue;
    const noun = nearest(nouns, rise);
    used.add(token);
    out.push({ kind: noun.key as CasualtyKind, count: token.count, total: true, rule: `${rise.rule}-${noun.key}`, start: Math.min(noun.start, rise.start), end: Math.max(noun.end, token.end) });
  }
  return out;
}

function nearest(cues: readonly Cue[], to: Span): Cue {
  let best = cues[0]!;
  for (const c of cues) if (distance(c, to) < distance(best, to)) best = c;
  return best;
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

function afterAmong(norm: string, cue: Cue, cues: readonly Cue[]): boolean {
  return cues.some((c) => c.category === 'among' && c.end <= cue.start && /^\s*$/u.test(norm.slice(c.end, cue.start)));
}

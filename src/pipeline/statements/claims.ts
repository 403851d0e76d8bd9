import type { Claim, Span, TextSpan, TimeMention } from '../../model/extraction.js';
import { weapons } from '../events/build-frame.js';
import type { CountToken } from '../events/counts.js';
import type { Cue } from '../events/cues.js';
import { keyCode } from '../events/cues.js';
import { spansInside } from '../sorted-spans.js';

/** Made on first use: loading ICU's region names takes ~30 ms, which most texts never need. */
let countryNames: Intl.DisplayNames | undefined;
const PERIODS = new Set<TimeMention['grain']>(['week', 'month', 'year', 'day']);

/** What a claim needs from the rest of the document. */
export interface ClaimContext {
  readonly norm: string;
  readonly cues: readonly Cue[];
  /** The counts of a span of the text (a count is read by the words next to it: those of the span are enough). */
  readonly counts: (span: Span) => readonly CountToken[];
  readonly times: readonly TimeMention[];
}

/**
 * The numeric claims of a quote: each weapon with a count after a launch verb (or an
 * interception verb: "our air defence shot down 30 drones" → intercepted)
 * ("solo questa settimana, la Russia ha lanciato più di 1.070 bombe aeree guidate, quasi 1.000
 * droni d'attacco e sei missili" → three claims), with the actor named before the verb
 * ("la Russia") and the period the quote gives ("questa settimana"), else the one of `around`.
 */
export function claimsOf(quote: TextSpan, around: Span, ctx: ClaimContext): Claim[] {
  const cues = spansInside(ctx.cues, quote);
  const claims: Claim[] = [];
  const launches = cues.filter((c) => c.category === 'launch');
  if (!launches.length) return claims;
  // (the quote and its sentence: a weapon's count is written right before it)
  const counts = ctx.counts({ start: Math.min(quote.start, around.start), end: Math.max(quote.end, around.end) });
  for (const launch of launches) {
    const actor = [...cues].reverse().find((c) => c.category === 'actor' && c.end <= launch.start);
    const clause = clauseAfter(ctx.norm, launch.end, quote.end);
    const found = weapons(ctx.norm, cues.filter((c) => c.category === 'weapon' && c.start >= launch.end && c.end <= clause), counts);
    const period = periodOf(quote, around, ctx.times);
    for (const w of found) {
      if (!w.value.count) continue;
      claims.push({
        // lexicon keys: 'launch' ("ha lanciato") and 'intercepted' ("shot down 30 drones")
        what: launch.key === 'launch' ? 'launched' : keyCode(launch.key),
        weapon: w.value.kind,
        ...(actor ? { actor: actorName(actor.key) } : {}),
        count: w.value.count,
        ...(period ? { period } : {}),
        evidence: [{ start: w.start, end: w.end }],
      });
    }
  }
  return claims;
}

/** The end of the sentence that follows a launch verb, inside the quote. */
function clauseAfter(norm: string, from: number, limit: number): number {
  const m = /[.;!?](?=\s|$)/u.exec(norm.slice(from, limit)); // not the dot of "1.070"
  return m ? from + m.index : limit;
}

function periodOf(quote: Span, around: Span, times: readonly TimeMention[]): Claim['period'] {
  const within = (s: Span, t: TimeMention): boolean => t.start >= s.start && t.end <= s.end && PERIODS.has(t.grain);
  const t = times.find((x) => within(quote, x)) ?? times.find((x) => within(around, x));
  return t ? { start: t.value.start.slice(0, 10), end: t.value.end.slice(0, 10) } : undefined;
}

/** "RU:Military Forces of Russia" → "Russia"; other actors by their label. */
function actorName(key: string): string {
  const code = keyCode(key);
  if (/^[A-Z]{2}$/u.test(code)) return (countryNames ??= new Intl.DisplayNames(['en'], { type: 'region' })).of(code) ?? code;
  return key.slice(key.indexOf(':') + 1);
}

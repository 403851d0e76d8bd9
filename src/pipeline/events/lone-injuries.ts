import type { Span } from '../../model/extraction.js';
import type { Casualty } from './casualties.js';
import { casualtyKind } from './casualties.js';
import type { Cue } from './cues.js';
import { ofCategory } from './cues.js';

/** The clause of a cue starts after the last sentence or clause mark. */
const CLAUSE_START = /[.;:!?]/gu;

/**
 * One injured person told with no count and no named subject: "The man was taken to Kings County
 * Hospital ... and is in stable condition", "found a 30-year-old man suffering from a gunshot
 * wound", "was shot in the leg by one of them", not the active "he shot a round". At most one
 * per sentence, only when the sentence has no other casualty and tells of no death, never in a
 * denied clause ("No one else was injured"). Marked a hit: the event's dead may be that person
 * ("He was taken to a hospital where he died").
 */
export function loneInjuries(norm: string, sentence: Span, cues: readonly Cue[], found: readonly Casualty[]): Casualty[] {
  if (found.some((f) => f.start >= sentence.start && f.end <= sentence.end)) return [];
  const own = ofCategory(cues, 'casualty').filter((c) => c.start >= sentence.start && c.end <= sentence.end);
  // "gunmen kill wounded servicemen at hospital", "there are dead and wounded": deaths told in the sentence
  if (own.some((c) => casualtyKind(c.key).kind === 'killed')) return [];
  const [plurals, denials] = ['plural', 'denial'].map((k) => ofCategory(cues, k).filter((c) => c.start >= sentence.start)) as [Cue[], Cue[]];
  const cue = own.find((c) => c.key !== 'shoots' && !denied(norm, sentence, c, denials) && !plural(norm, c, plurals));
  if (!cue) return [];
  return [{ kind: 'injured', hit: true, count: { value: 1, qualifier: 'exact' }, total: false, rule: `${cue.rule}/lone`, start: cue.start, end: cue.end }];
}

/** Up to two words between a plural cue and the injury. */
const NEAR = /^(?:\s+[\p{L}'’-]+){0,2}\s+$/u;

/** "many were hurt", "Both were taken to the hospital", "were shot": a plural told with no count is not one person. */
function plural(norm: string, cue: Cue, plurals: readonly Cue[]): boolean {
  return plurals.some((p) => (p.end <= cue.start && NEAR.test(norm.slice(p.end, cue.start))) || (p.start === cue.start && p.end <= cue.end));
}

/** A denial in the clause before the cue (lexicon `denial`): "No one else was injured", "it did not injure anyone". */
export function denied(norm: string, sentence: Span, cue: Cue, denials: readonly Cue[]): boolean {
  let from = sentence.start;
  for (const m of norm.slice(sentence.start, cue.start).matchAll(CLAUSE_START)) from = sentence.start + m.index + 1;
  return denials.some((d) => d.start >= from && d.end <= cue.start);
}

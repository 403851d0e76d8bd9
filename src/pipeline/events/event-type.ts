import { readFileSync } from 'node:fs';
import type { Span } from '../../model/extraction.js';
import { keyCode } from './cues.js';
import type { Frame } from './frame.js';

type TypePair = readonly [string, string];

interface TypeTable {
  readonly cues: readonly { cue: string; type: TypePair }[];
  readonly weapons: readonly { weapon: string; type: TypePair }[];
  readonly explosion: TypePair;
  readonly default: TypePair;
  readonly casualtyOnly: TypePair;
}

const TABLE = JSON.parse(readFileSync(new URL('./data/event-types.json', import.meta.url), 'utf8')) as TypeTable;

export interface TypedEvent {
  readonly eventType: string;
  readonly subEventType: string;
  readonly rule: string;
  readonly evidence: readonly Span[];
}

/**
 * The ACLED type of a group of frames: a cue that fixes the type by itself ("abbattuti" →
 * Disrupted weapons use, unless someone was hurt), else the weapon of the attack ("attacco di
 * droni" → Air/drone strike), else an explosion, else a bare attack ("il raid"), else
 * casualties with no attack cue ("two people were shot dead").
 */
export function eventTypeOf(frames: readonly Frame[]): TypedEvent {
  const cues = frames.flatMap((f) => f.cues);
  const weapons = frames.flatMap((f) => f.weapons);
  // the attack word of a weapon's name attacks nothing: "збили 57 із 72 ударних безпілотників"
  const acts = cues.filter((c) => !weapons.some((w) => w.start <= c.start && c.end <= w.end));
  const harmed = frames.some((f) => f.casualties.length > 0 || f.impacts.length > 0);
  for (const { cue, type } of TABLE.cues) {
    if (cue === 'intercept' && (harmed || acts.some((c) => keyCode(c.key) !== 'intercept'))) continue;
    const found = cues.filter((c) => keyCode(c.key) === cue);
    if (found.length) return typed(type, found[0]!.rule, found);
  }
  for (const { weapon, type } of TABLE.weapons) {
    const found = weapons.filter((w) => w.value.kind === weapon);
    if (found.length) return typed(type, found[0]!.rule, found);
  }
  const explosion = cues.filter((c) => keyCode(c.key) === 'explosion');
  if (explosion.length) return typed(TABLE.explosion, explosion[0]!.rule, explosion);
  if (cues.length) return typed(TABLE.default, cues[0]!.rule, cues);
  const casualties = frames.flatMap((f) => f.casualties);
  return typed(TABLE.casualtyOnly, casualties[0]?.rule ?? 'events/type/default', casualties);
}

function typed(type: TypePair, rule: string, evidence: readonly Span[]): TypedEvent {
  return { eventType: type[0], subEventType: type[1], rule, evidence: evidence.map((e) => ({ start: e.start, end: e.end })) };
}

import { readFileSync } from 'node:fs';
import type { Span } from '../../model/extraction.js';
import { keyCode } from './cues.js';
import type { SupportRule } from './support.js';
import type { ActorFound, Found, Frame } from './frame.js';

type TypePair = readonly [string, string];

/** A row of the table: the type it fixes; a `ground` row is violence on the ground, typed by its sides (`groundType`). */
interface TypeRow {
  readonly type: TypePair;
  readonly ground?: boolean;
  /** A state's forces that act on neither civilians nor an armed side keep the default. */
  readonly stateKeepsDefault?: boolean;
}

interface TypeTable {
  /** Cue words that need support in their sentence (support.ts). */
  readonly support: Readonly<Record<string, SupportRule>>;
  readonly cues: readonly (TypeRow & { readonly cue: string })[];
  readonly weapons: readonly (TypeRow & { readonly weapon: string })[];
  readonly launches: readonly string[];
  readonly fire: readonly (TypeRow & { readonly cue: string })[];
  readonly explosion: TypePair;
  readonly default: TypePair;
  readonly casualtyOnly: TypePair;
  readonly ground: { readonly attack: TypePair; readonly armedSides: TypePair; readonly actors: readonly string[] };
}

const TABLE = JSON.parse(readFileSync(new URL('./data/event-types.json', import.meta.url), 'utf8')) as TypeTable;

/** The support rules of event-types.json, read with the rest of the table (support.ts). */
export const SUPPORT_RULES: Readonly<Record<string, SupportRule>> = TABLE.support;

export interface TypedEvent {
  readonly eventType: string;
  readonly subEventType: string;
  readonly rule: string;
  readonly evidence: readonly Span[];
}

/**
 * The ACLED type of a group of frames: a cue that fixes the type by itself ("abbattuti" →
 * Disrupted weapons use, unless someone was hurt; "a shooting"), else the weapon of the attack
 * ("attacco di droni" → Air/drone strike), else an explosion, else fire opened ("a gunman opened
 * fire"), else a bare attack ("il raid"): on the ground when gunmen, the police or a non-state
 * armed group attack, else the default; else casualties with no attack cue ("two people were shot dead").
 */
export function eventTypeOf(frames: readonly Frame[]): TypedEvent {
  const cues = frames.flatMap((f) => f.cues);
  const weapons = frames.flatMap((f) => f.weapons);
  // the attack word of a weapon's name attacks nothing: "збили 57 із 72 ударних безпілотників"
  const acts = cues.filter((c) => !weapons.some((w) => w.start <= c.start && c.end <= w.end));
  const harmed = frames.some((f) => f.casualties.length > 0 || f.impacts.length > 0);
  const rowType = (row: TypeRow, found: readonly Span[]): TypePair => (row.ground ? groundType(frames, found, row.stateKeepsDefault) : row.type);
  for (const row of TABLE.cues) {
    if (row.cue === 'intercept' && (harmed || acts.some((c) => keyCode(c.key) !== 'intercept' && !LAUNCHES.has(keyCode(c.key))))) continue;
    const found = cues.filter((c) => keyCode(c.key) === row.cue);
    if (found.length) return typed(rowType(row, found), found[0]!.rule, found);
  }
  for (const row of TABLE.weapons) {
    const found = weapons.filter((w) => w.value.kind === row.weapon);
    if (found.length) return typed(rowType(row, found), found[0]!.rule, found);
  }
  const explosion = cues.filter((c) => keyCode(c.key) === 'explosion');
  if (explosion.length) return typed(TABLE.explosion, explosion[0]!.rule, explosion);
  for (const row of TABLE.fire) {
    const found = cues.filter((c) => keyCode(c.key) === row.cue);
    if (found.length) return typed(rowType(row, found), found[0]!.rule, found);
  }
  // "RSF fighters killed 12 civilians in an attack on a village" (not "Russia attacked Kharkiv overnight")
  if (cues.length) return typed(byGroundActor(frames) ? groundType(frames, cues) : TABLE.default, cues[0]!.rule, cues);
  const casualties = frames.flatMap((f) => f.casualties);
  return typed(TABLE.casualtyOnly, casualties[0]?.rule ?? 'events/type/default', casualties);
}

/** Cue keys of weapons fired at a place: an interception told with them outranks them (`launches`). */
const LAUNCHES: ReadonlySet<string> = new Set(TABLE.launches);

/** Actors whose attacks are on the ground: gunmen, the police, non-state armed groups (`ground.actors`). */
const ON_GROUND: ReadonlySet<string> = new Set(TABLE.ground.actors);

/** The attacker (the first actor on the attacking side) attacks on the ground. */
function byGroundActor(frames: readonly Frame[]): boolean {
  const attacker = attackerOf(frames);
  return attacker !== undefined && ON_GROUND.has(attacker.value.name);
}

/** The first actor on the attacking side, as `toEvent` takes actor1. */
function attackerOf(frames: readonly Frame[]): Found<ActorFound> | undefined {
  for (const f of frames) for (const a of f.actors) if (a.value.side === 'attacker') return a;
  return undefined;
}

/**
 * Violence on the ground: an armed clash when an armed side stands on each end, else an attack
 * (on civilians). The other end is armed when an actor stands on the attacked side ("an attack
 * against Ukrainian positions"), when the target is military ("gunmen killed three soldiers"), or
 * when another actor is the object right after the act ("gunmen attacked Israeli soldiers"; not
 * "Police said a gunman shot three people", nor "he was shot by a suspect").
 */
function groundType(frames: readonly Frame[], acts: readonly Span[], stateKeepsDefault = false): TypePair {
  const attacker = attackerOf(frames)?.value.name;
  const other = (a: Found<ActorFound>): boolean => a.value.name !== attacker;
  // (one space between: a comma is no object, "shot, police said")
  const object = (a: Found<ActorFound>): boolean => acts.some((c) => a.start === c.end + 1);
  const target = frames.flatMap((f) => f.targets)[0]?.value;
  const armed = frames.some((f) => f.actors.some((a) => other(a) && (a.value.side === 'target' || object(a)))) || target === 'military';
  if (armed) return TABLE.ground.armedSides;
  // "Invaders fired at Nikolaev at night" (not "Russian troops opened fire on civilians")
  if (stateKeepsDefault && attacker !== undefined && !ON_GROUND.has(attacker) && target !== 'civilians') return TABLE.default;
  return TABLE.ground.attack;
}

function typed(type: TypePair, rule: string, evidence: readonly Span[]): TypedEvent {
  return { eventType: type[0], subEventType: type[1], rule, evidence: evidence.map((e) => ({ start: e.start, end: e.end })) };
}

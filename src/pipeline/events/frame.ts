import type { Count, EventSource, PlaceMention, Quantity, Span, TimeMention } from '../../model/extraction.js';
import type { AreaResolver, CountryResolver, NamesakeFinder } from './areas.js';
import type { Casualty } from './casualties.js';
import type { Cue } from './cues.js';

/**
 * What the events stage consumes from the earlier stages, as they return it: each list sorted by
 * start, and the quantities and the times never overlapping one another (sorted-spans.ts looks
 * them up so).
 */
export interface Mentions {
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeMention[];
  readonly places: readonly PlaceMention[];
  /** Looks up the areas that phrases imply ("in eastern Ukraine"); without it they are not used. */
  readonly areas?: AreaResolver;
  /** Finds a place's namesake inside an area the text names; without it the area stands for the place. */
  readonly namesakes?: NamesakeFinder;
  /** Finds a country by its code: the place of a summary over several of its regions; without it those summaries keep a region. */
  readonly countries?: CountryResolver;
}

/** A value found in the text, with the span and rule behind it. */
export interface Found<T> extends Span {
  readonly value: T;
  readonly rule: string;
}

export interface WeaponFound {
  readonly kind: string;
  /** "ballistic", "attack", "fpv": what the weapon's phrase says of its kind. */
  readonly type?: string;
  /** "Shahed", "Iskander", "KAB": the model named with it. */
  readonly model?: string;
  readonly count?: Count;
}

export interface ImpactFound {
  readonly kind: string;
  readonly affected?: Count;
}

export interface ActorFound {
  readonly name: string;
  readonly country?: string;
  /** 'attacker' (actor1) or 'target' (actor2), from the words around it. */
  readonly side: 'attacker' | 'target';
}

/**
 * Everything one sentence says about an event: the frame. Frames are merged into events
 * (`assemble.ts`); a frame with no event cue can still add a source or a casualty to the
 * event it continues.
 */
export interface Frame {
  readonly sentence: Span;
  readonly paragraph: number;
  /** Event cues: attack, shelling, clash, ... (lexicon category `cue`). */
  readonly cues: readonly Cue[];
  readonly weapons: readonly Found<WeaponFound>[];
  readonly casualties: readonly Casualty[];
  readonly impacts: readonly Found<ImpactFound>[];
  readonly actors: readonly Found<ActorFound>[];
  /** The sides whose air defence the sentence names: "Russian air defences", "ПВО России" (interceptors.ts). */
  readonly defenders: readonly Found<ActorFound>[];
  /** The sides whose military command the sentence names: "Повітряні сили ЗСУ", "Минобороны России". */
  readonly commands: readonly Found<ActorFound>[];
  readonly targets: readonly Found<string>[];
  readonly sources: readonly Found<EventSource>[];
  readonly times: readonly TimeMention[];
  readonly places: readonly PlaceMention[];
  /** Places written as a region: "nella regione di Belgorod" (an admin-unit word before the name). */
  readonly regionPlaces: ReadonlySet<PlaceMention>;
  /**
   * Places that name a party or where someone comes from, not a site: "Russian positions", "Russia
   * killed 383 children" (not "in Russia"), "a priest from Kazan" (after every other place).
   */
  readonly partyPlaces: ReadonlySet<PlaceMention>;
  /** Places right after a locative preposition: "killed in Ukraine", "uccisi in Ucraina" (lexicon `site_preposition`). */
  readonly sitePlaces: ReadonlySet<PlaceMention>;
  /** The sentence is a habitual or general remark ("quasi ogni giorno"), or off-topic (a drone show). */
  readonly suppressed: boolean;
}

/**
 * The lexicon categories without which no frame can start an event (`isEventFrame`): an event
 * cue, an impact, or a casualty word of some kind (a casualty cue, a toll noun, a crime that
 * names its victims, a suicide, a killing word with the victim's name after it). A text with none
 * of them has no events, whatever else it says: most texts are a headline or a date phrase.
 */
export const EVENT_CATEGORIES: ReadonlySet<string> = new Set(['cue', 'impact', 'casualty', 'toll', 'victims_of', 'suicide', 'victim_name_after']);

/** True when the frame can start an event of its own. */
export function isEventFrame(f: Frame): boolean {
  if (f.suppressed) return false;
  if (f.casualties.length > 0) return true;
  // an outage with the number affected, or a weapon that did damage: "Russian drones damaged
  // three houses in Kharkiv" tells an attack with no attack word
  if (f.cues.length === 0) return f.impacts.some((i) => (i.value.kind !== 'damage' && i.value.affected) || (i.value.kind === 'damage' && f.weapons.length > 0));
  return f.places.length > 0 || f.weapons.length > 0 || f.actors.length > 0 || f.targets.length > 0 || f.impacts.length > 0;
}

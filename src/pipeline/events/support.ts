/**
 * Cue words whose violent sense needs support in their sentence (event-types.json `support`).
 * General news uses them for other things: "hit by low oil prices", "struck a record deal", "a
 * general strike", "Trump attacked the media", "captured on video", "a Twitter storm", "police
 * detained the suspect", "a relegation battle", "shot down rumors". Such a cue tells an attack
 * only when its sentence also names a weapon, an explosion, an armed actor, a casualty or a target
 * that is no passer-by; a territory taken only when a place or a word for territory follows it (or
 * comes right before it: "Bakhmut was captured"); a detention is an abduction only when someone
 * other than the police holds people; a battle with an armed actor, a weapon or a casualty, and
 * fighting or clashes with a place right after them too; an interception with a weapon, an air
 * defence or a sky.
 */
import type { PlaceMention, Span } from '../../model/extraction.js';
import type { ActorFound, Found } from './frame.js';
import type { Cue } from './cues.js';
import { keyCode, ofCategory } from './cues.js';
import { SUPPORT_RULES } from './event-type.js';

export interface SupportRule {
  /** Lexicon categories any cue of which in the sentence supports the cue ("weapon", "casualty"). */
  readonly categories?: readonly string[];
  /** Cue keys of the `cue` category that support it ("explosion"). */
  readonly cues?: readonly string[];
  /** Target kinds that support it ("energy"; not "civilians": "people" is everywhere). */
  readonly targets?: readonly string[];
  /** Actors that do not support it ("Police Forces" for a detention). */
  readonly notActors?: readonly string[];
  /** Only an actor who acts supports it: one before the cue, or after it past "by" ("Russian soldiers detained", "detained by Russian soldiers"; not "detained the suspect"). */
  readonly actorActs?: boolean;
  /** The cue must take a place or a territory word (lexicon `territory`) as its object. */
  readonly territory?: boolean;
  /** A place right after the cue supports it too ("fighting near Bakhmut", "clashes in Khartoum"). */
  readonly placeAfter?: boolean;
}

/** The rules by full cue key ("attack:weak"): a map, so that no key reads an object's own properties. */
const RULES: ReadonlyMap<string, SupportRule> = new Map(Object.entries(SUPPORT_RULES));

/**
 * Between the cue and its object: at most three words, none a preposition ("captured the
 * strategic town of", "seized Avdiivka", "захопили село"; not "captured on video in Chicago").
 */
const OBJECT_GAP = /^\s+(?:(?!(?:on|in|at|by|from|with|during|after|a|al|alla|nel|nella|su|da|con|durante|dopo|в|у|на|з|с|із|по|під|под|после|після)\s)[\p{L}'’-]+\s+){0,3}$/u;
/** A locative between a cue and the place it happened at, maybe after a verb of going on: "fighting near", "clashes erupted in". */
const PLACE_GAP = /^\s+(?:(?:continued|continue|erupted|broke out|raged|went on)\s+)?(?:near|in|around|outside|at|on the outskirts of|for control of)\s+(?:the\s+)?$/u;
/** Right before the cue: "Bakhmut was captured", "Бахмут захвачен". */
const SUBJECT_GAP = /^\s*(?:(?:was|were|has been|have been|had been|è stat[oa]|sono stat[ie]|був|була|було|були|был|была|было|были)\s+)?(?:[\p{L}-]+\s+)?$/u;

/**
 * The event cues of a sentence (lexicon category `cue`) that keep their violent sense: every cue
 * whose key has no support rule, and the others when the sentence supports them (see the top of
 * the file). `cues` are all the sentence's cues, `actors` its actors, `places` its places.
 */
export function supportedCues(
  norm: string, eventCues: readonly Cue[], cues: readonly Cue[], actors: readonly Found<ActorFound>[], places: readonly PlaceMention[],
): readonly Cue[] {
  if (!eventCues.some((c) => RULES.has(c.key))) return eventCues;
  return eventCues.filter((c) => {
    const rule = RULES.get(c.key);
    return !rule || supports(norm, c, rule, eventCues, cues, actors, places);
  });
}

function supports(
  norm: string, cue: Cue, rule: SupportRule, eventCues: readonly Cue[], cues: readonly Cue[], actors: readonly Found<ActorFound>[], places: readonly PlaceMention[],
): boolean {
  if (rule.territory) return objectIsTerritory(norm, cue, [...places, ...ofCategory(cues, 'territory')]);
  if (rule.categories?.some((category) => category === 'actor' ? armed(norm, cue, actors, rule) : ofCategory(cues, category).length > 0)) return true;
  if (rule.cues?.some((key) => eventCues.some((c) => c !== cue && keyCode(c.key) === key))) return true;
  if (rule.placeAfter && places.some((p) => p.start >= cue.end && PLACE_GAP.test(norm.slice(cue.end, p.start)))) return true;
  return rule.targets !== undefined && ofCategory(cues, 'target').some((t) => rule.targets!.includes(keyCode(t.key)));
}

/** "by", "by the": the agent of a passive. */
const BY = /^\s+by\s+(?:the\s+)?$/u;

function armed(norm: string, cue: Cue, actors: readonly Found<ActorFound>[], rule: SupportRule): boolean {
  return actors.some((a) =>
    !rule.notActors?.includes(a.value.name) && (!rule.actorActs || a.end <= cue.start || (a.start >= cue.end && BY.test(norm.slice(cue.end, a.start)))));
}

/** A place or a territory word right after the cue in its clause, or right before it. */
function objectIsTerritory(norm: string, cue: Cue, spans: readonly Span[]): boolean {
  return spans.some((s) =>
    (s.start >= cue.end && OBJECT_GAP.test(norm.slice(cue.end, s.start))) || (s.end <= cue.start && cue.start - s.end <= 30 && SUBJECT_GAP.test(norm.slice(s.end, cue.start))),
  );
}

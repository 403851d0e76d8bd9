import { readFileSync } from 'node:fs';
import type { EventLocation, PlaceMention, Span } from '../../model/extraction.js';
import type { CountryResolver } from './areas.js';
import type { Cue } from './cues.js';
import { ofCategory } from './cues.js';
import type { ActorFound, Found, Frame } from './frame.js';
import { actorOf } from './people.js';
import type { Field } from './resolve.js';
import { countryLocation } from './summaries.js';

/** Between a side and its air defence or command, before it: "Russian air defences", "Ukraine's air force". */
const GAP_BEFORE = /^(?:['’]s)?\s+$/u;
/** After it: "ПВО России", "сили ППО ЗСУ", "difesa aerea russa", "difesa aerea dell'Ucraina", "Air Force of Ukraine", "units of the Russian forces". */
const GAP_AFTER = /^\s+(?:(?:of|di|della|del)\s+(?:the\s+)?|dell['’])?$/u;

/**
 * The sides whose air defence a sentence names (lexicon `air_defence`) or whose military command
 * (lexicon `command`): "Russian air defences", "ПВО России", "українська ППО", "сили ППО ЗСУ",
 * "la contraerea ucraina"; "Повітряні сили ЗСУ", "Минобороны России", "Ukraine's air force". The
 * side is a demonym, an actor or a country right before or after the word; a word with none names
 * no side ("the air defences", "the defence ministry said").
 */
export function sidesOf(norm: string, category: string, cues: readonly Cue[], places: readonly PlaceMention[]): Found<ActorFound>[] {
  const out: Found<ActorFound>[] = [];
  for (const c of ofCategory(cues, category)) {
    const side = sideBefore(norm, c, cues, places) ?? sideAfter(norm, c, cues, places);
    if (side) out.push({ start: Math.min(side.start, c.start), end: Math.max(side.end, c.end), value: side.value, rule: c.rule });
  }
  return out;
}

type Side = Span & { readonly value: ActorFound };

function sideBefore(norm: string, word: Cue, cues: readonly Cue[], places: readonly PlaceMention[]): Side | undefined {
  return sideWhere((s) => s.end <= word.start && word.start - s.end <= 3 && GAP_BEFORE.test(norm.slice(s.end, word.start)), cues, places);
}

function sideAfter(norm: string, word: Cue, cues: readonly Cue[], places: readonly PlaceMention[]): Side | undefined {
  return sideWhere((s) => s.start >= word.end && s.start - word.end <= 12 && GAP_AFTER.test(norm.slice(word.end, s.start)), cues, places);
}

/** The side at a span that `at` accepts: a demonym or actor cue, else a country. */
function sideWhere(at: (s: Span) => boolean, cues: readonly Cue[], places: readonly PlaceMention[]): Side | undefined {
  const cue = cues.find((c) => (c.category === 'demonym' || c.category === 'actor') && at(c));
  if (cue) return { start: cue.start, end: cue.end, value: sided(actorOf(cue.key)) };
  const place = places.find((p) => p.kind === 'country' && at(p));
  return place && { start: place.start, end: place.end, value: forcesOf(place) };
}

function sided(actor: { name: string; country?: string }): ActorFound {
  return actor.country !== undefined ? { name: actor.name, country: actor.country, side: 'attacker' } : { name: actor.name, side: 'attacker' };
}

/** A country's armed forces, named as the lexicons name them ("Military Forces of Russia"). */
export function forcesOf(country: { name: string; country: string }): ActorFound {
  return { name: `Military Forces of ${country.name}`, country: country.country, side: 'attacker' };
}

/** "UA:Autonomous Republic of Crimea": regions where both sides shoot drones down (data/contested-regions.txt). */
const CONTESTED: ReadonlySet<string> = new Set(
  readFileSync(new URL('./data/contested-regions.txt', import.meta.url), 'utf8')
    .split(/\r?\n/u)
    .map((line) => line.replace(/#.*$/u, '').trim())
    .filter(Boolean),
);

/**
 * The side whose sky the weapons were shot down in, when no word names the interceptor: "ПВО
 * уничтожила 12 беспилотников над Брянской областью" → Russia; "збили 30 дронів над Україною" →
 * Ukraine; "над Брянской, Курской и Белгородской областями" → Russia. Only from places the event's
 * own sentences name as its site (not a party's adjective, "Ukrainian drones"), and not over a region
 * both sides report on ("над Крымом": contested).
 */
export function skyOwner(frames: readonly Frame[], at: Field<EventLocation>, countries: CountryResolver | undefined): Found<ActorFound> | undefined {
  const ev = at.evidence[0];
  const code = at.value.country;
  if (!ev || !code || contested(at.value)) return undefined;
  const sites = sitesIn(frames, ev);
  if (!sites.length || sites.some((p) => p.country !== code || contested(p))) return undefined;
  const country = at.value.precision === 'country' ? at.value : countries?.(code);
  return country && { start: ev.start, end: ev.end, value: forcesOf({ name: country.name, country: code }), rule: 'events/actor/sky-country' };
}

const contested = (p: { country: string; name: string; admin1?: string }): boolean =>
  CONTESTED.has(`${p.country}:${p.name}`) || (p.admin1 !== undefined && CONTESTED.has(`${p.country}:${p.admin1}`));

/**
 * The places of the frames inside `span` (the location's evidence: a place, or the list of regions
 * of a summary) that they name as sites: not a party, and a country only after a site or sky word
 * ("над Україною"). Only from a location the frames state or a list of their regions.
 */
function sitesIn(frames: readonly Frame[], span: Span & { readonly source: string; readonly rule?: string }): PlaceMention[] {
  if (span.source !== 'stated' && span.rule !== 'events/location/summed-regions') return [];
  const out: PlaceMention[] = [];
  for (const f of frames) {
    for (const p of f.places) {
      if (p.start < span.start || p.end > span.end || f.partyPlaces.has(p)) continue;
      if (p.kind !== 'country' || f.sitePlaces.has(p)) out.push(p);
    }
  }
  return out;
}

/**
 * Where an interception that names no place at all happened: over the country of the side that
 * intercepted it or reports it, at country precision, inferred from that side's phrase: "Протягом
 * ночі сили ППО збили 50 із 72 дронів, повідомили Повітряні сили ЗСУ" (Ukraine). Not from the sky
 * (there is none) nor from the owner of the weapons.
 */
export function interceptorCountry(frames: readonly Frame[], countries: CountryResolver | undefined): Field<EventLocation> | undefined {
  const side = frames.flatMap((f) => f.defenders).find((d) => d.value.country) ?? frames.flatMap((f) => f.commands).find((d) => d.value.country);
  const country = side && countries?.(side.value.country!);
  if (!side || !country) return undefined;
  return { value: countryLocation(country), evidence: [{ start: side.start, end: side.end, rule: `events/location/interceptor-country:${side.rule}`, source: 'inferred' }] };
}

/**
 * Attacks told over a list of places: "Russian missiles struck Kyiv, Lviv and Dnipro overnight",
 * "дрони атакували Одесу та Харків", "hanno colpito Kiev, Leopoli e Dnipro". ACLED records one
 * event per location: such a draft becomes one event per place listed, each at its place, with
 * the type, date, actors and weapons of the attack.
 *
 * Only when nothing would be counted twice or given to the wrong place: no casualties and no
 * affected counts (a toll of the whole attack cannot be shared out), and no place named apart
 * from the list. A weapon's count is the attack's, not a place's: the shares keep the weapon
 * without it. Interceptions are summed up per region by summaries.ts instead.
 */
import type { PlaceMention } from '../../model/extraction.js';
import type { Draft } from './assemble.js';
import type { Frame } from './frame.js';
import { intercepts } from './summaries.js';

/** A place of a list the attack was told over: the event's place, and whether it is written as a region. */
export interface ListedSite {
  readonly place: PlaceMention;
  readonly asRegion: boolean;
}

/**
 * Between two places of one list: a comma, a conjunction or both, maybe with the locative
 * preposition said again ("Kyiv, Lviv and Dnipro", "Одесу та Харків", "у Києві та у Львові",
 * "Kiev, Leopoli e Dnipro").
 */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|e|ed|та|і|й|и)\s+)?|\s(?:and|e|ed|та|і|й|и)\s+)(?:(?:in|at|a|на|у|в|по)\s+)?$/u;

/** One draft per place when the draft's attack is told over a list of two or more places (see the top of the file); else the draft. */
export function perSite<D extends Draft>(draft: D, norm: string): (D & { readonly site?: ListedSite })[] {
  const frames = [...draft.frames, ...draft.extra];
  if (frames.some((f) => f.casualties.length > 0 || f.impacts.some((i) => i.value.affected) || intercepts(f))) return [draft];
  const first = draft.frames[0]!;
  const list = siteList(first, norm);
  if (!list) return [draft];
  // "... struck Kyiv, Lviv and Dnipro. In Lviv a school was damaged": only the listed places
  const named = frames.flatMap((f) => f.places.filter((p) => p.kind !== 'country' && !f.partyPlaces.has(p)));
  if (named.some((p) => !list.some((q) => q === p || q.name === p.name))) return [draft];
  return list.map((place) => Object.assign({}, draft, { site: { place, asRegion: first.regionPlaces.has(place) } }));
}

/**
 * The places of a sentence listed one after the other, two or more of them, of one level (towns,
 * or regions) and all different, none a party ("Russian missiles"); undefined when the sentence
 * names any other place below the country.
 */
function siteList(f: Frame, norm: string): PlaceMention[] | undefined {
  const places = f.places.filter((p) => p.kind !== 'country' && !f.partyPlaces.has(p));
  if (places.length < 2) return undefined;
  const town = (p: PlaceMention): boolean => p.kind === 'place' && !f.regionPlaces.has(p);
  for (let i = 1; i < places.length; i++) {
    const [a, b] = [places[i - 1]!, places[i]!];
    if (town(a) !== town(b) || a.name === b.name || !LIST_GAP.test(norm.slice(a.end, b.start))) return undefined;
  }
  return places;
}

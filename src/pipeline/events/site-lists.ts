/**
 * Attacks told over a list of places: "Russian missiles struck Kyiv, Lviv and Dnipro overnight",
 * "дрони атакували Одесу та Харків", "hanno colpito Kiev, Leopoli e Dnipro". ACLED records one
 * event per location: such a draft becomes one event per place listed, each at its place, with
 * the type, date, actors and weapons of the attack.
 *
 * Only when nothing would be counted twice or given to the wrong place: no affected counts, no
 * place named apart from the list, and casualties only when each is told at one of the listed
 * places ("killing three people in Odesa and injuring two in Kharkiv", "у Херсоні загинула
 * жінка"): each share keeps its own. A toll of the whole attack cannot be shared out: one event.
 * A weapon's count is the attack's, not a place's: the shares keep the weapon without it.
 * Interceptions are summed up per region by summaries.ts instead.
 */
import type { PlaceMention } from '../../model/extraction.js';
import type { Draft } from './assemble.js';
import type { Casualty } from './casualties.js';
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
  if (frames.some((f) => f.impacts.some((i) => i.value.affected) || intercepts(f))) return [draft];
  const first = draft.frames[0]!;
  const list = siteList(first, norm);
  if (!list) return [draft];
  // "... struck Kyiv, Lviv and Dnipro. In Lviv a school was damaged": only the listed places
  const named = frames.flatMap((f) => f.places.filter((p) => p.kind !== 'country' && !f.partyPlaces.has(p)));
  if (named.some((p) => !list.some((q) => q === p || q.name === p.name))) return [draft];
  const told = toldAt(frames, list, norm);
  if (!told) return [draft];
  return list.map((place) => Object.assign({}, draft, {
    // each share keeps the casualties told at its place
    ...(told.size ? { frames: draft.frames.map((f) => only(f, told, place)), extra: draft.extra.map((f) => only(f, told, place)) } : {}),
    site: { place, asRegion: first.regionPlaces.has(place) },
  }));
}

/** The frame with only the casualties told at `place`. */
function only(f: Frame, told: ReadonlyMap<Casualty, PlaceMention>, place: PlaceMention): Frame {
  return f.casualties.length ? Object.assign({}, f, { casualties: f.casualties.filter((c) => told.get(c)!.name === place.name) }) : f;
}

/** A locative right after a casualty, maybe past its people noun: "killing three people in Odesa", "injuring two in Kharkiv". */
const PLACE_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,2}(?:in|at|near|a|ad|у|в|на|під|под|біля|возле)\s+(?:the\s+)?$/u;
/** A place right before a casualty: "у Херсоні загинула жінка", "in Kharkiv, two were injured". */
const PLACE_BEFORE = /^\s*,?\s*$/u;

/**
 * The listed place each casualty of the frames is told at (by a mention of it outside the list),
 * an empty map when there are none, undefined when one of them is told at none.
 */
function toldAt(frames: readonly Frame[], list: readonly PlaceMention[], norm: string): Map<Casualty, PlaceMention> | undefined {
  const out = new Map<Casualty, PlaceMention>();
  for (const f of frames) {
    const anchors = f.places.filter((p) => !list.includes(p) && list.some((q) => q.name === p.name));
    for (const c of f.casualties) {
      const at = anchors.find((p) => p.start >= c.end && PLACE_AFTER.test(norm.slice(c.end, p.start))) ??
        anchors.find((p) => p.end <= c.start && PLACE_BEFORE.test(norm.slice(p.end, c.start)));
      if (!at) return undefined;
      out.set(c, at);
    }
  }
  return out;
}

/**
 * The places of a sentence listed one after the other, two or more of them, of one level (towns,
 * or regions) and all different, none a party ("Russian missiles"); undefined when the sentence
 * names any other place below the country than those of the list said again ("killing three
 * people in Odesa").
 */
function siteList(f: Frame, norm: string): PlaceMention[] | undefined {
  const places = f.places.filter((p) => p.kind !== 'country' && !f.partyPlaces.has(p));
  if (places.length < 2) return undefined;
  const town = (p: PlaceMention): boolean => p.kind === 'place' && !f.regionPlaces.has(p);
  const run = [places[0]!];
  for (const b of places.slice(1)) {
    const a = run[run.length - 1]!;
    if (town(a) !== town(b) || run.some((q) => q.name === b.name) || !LIST_GAP.test(norm.slice(a.end, b.start))) break;
    run.push(b);
  }
  if (run.length < 2 || places.slice(run.length).some((p) => !run.some((q) => q.name === p.name))) return undefined;
  return run;
}

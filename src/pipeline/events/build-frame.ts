import type { EventSource, PlaceMention, Span, TimeMention } from '../../model/extraction.js';
import type { Casualty } from './casualties.js';
import { diedAfterNamedHit, findCasualties, markRepeats, namedCrimes, suicides } from './casualties.js';
import type { CountToken } from './counts.js';
import { countsIn } from './counts.js';
import type { Cue } from './cues.js';
import { keyCode, ofCategory } from './cues.js';
import type { ActorFound, Found, Frame, ImpactFound, Mentions, WeaponFound } from './frame.js';
import { actorOf, findPeople } from './people.js';
import { loneInjuries } from './lone-injuries.js';
import { namedVictims, victimsNamedAfter } from './victims.js';
import { weaponDetails } from './weapon-details.js';
import { spansInside } from '../sorted-spans.js';
import { sidesOf } from './interceptors.js';
import { supportedCues } from './support.js';
import { afterPlaceComma, afterSitePreposition, allegianceAfter, attackerBefore, blamed, launchedBy, origin, underSky, unitName } from './non-sites.js';

/** The inputs every frame of a document shares. */
export interface FrameContext {
  readonly text: string;
  readonly norm: string;
  readonly mentions: Mentions;
}

const PERIODS = new Set(['week', 'month', 'year']);
/** The categories whose cues take a count: "two killed", "the toll rose to 28", "six missiles", "11mila persone senza luce". */
const COUNTED: readonly string[] = ['casualty', 'toll', 'weapon', 'impact'];
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Builds the frame of one sentence from the cues inside it (`cues`, in text order). */
export function buildFrame(ctx: FrameContext, sentence: Span, paragraph: number, cues: readonly Cue[]): Frame {
  const of = (category: string): readonly Cue[] => ofCategory(cues, category);
  const { quantities, times, places } = ctx.mentions;
  const sentenceTimes = spansInside(times, sentence);
  // every time, not only the sentence's: "Dec. 18" may be split after "Dec."; counts are read
  // only by casualty words, tolls, weapons and impacts: a sentence with none of them needs none
  const counts = COUNTED.some((category) => of(category).length > 0) ? countsIn(sentence, quantities, times, cues, ctx.norm) : [];
  const people = findPeople(ctx.text, ctx.norm, sentence, cues, places);
  const named = withNamedVictims(ctx, sentence, cues, findCasualties(ctx.norm, cues, counts));
  const told = markRepeats(ctx.norm, [...named, ...loneInjuries(ctx.norm, sentence, cues, named), ...namedCrimes(cues)]);
  const counted = statistic(ctx.norm, sentenceTimes, of('since'), of('record')) || wholeWar(sentenceTimes, of('whole_war'))
    ? told.filter((c) => c.retold || /\/named$/u.test(c.rule))
    : told.filter((c) => !nationalToll(ctx.norm, c, places));
  const casualties = [...counted, ...suicides(cues)];
  // (a weapon named like a town is the weapon: "two of the three Iskander missiles")
  const sentencePlaces = spansInside(places, sentence).filter(
    (p) =>
      !people.some((x) => overlaps(x, p)) && !speaksFor(ctx.norm, p, sentence, cues, places) && !streetName(ctx.norm, p, cues) &&
      !business(ctx.norm, p, places) && !of('weapon').some((w) => overlaps(w, p)) && !of('weapon_model').some((w) => overlaps(w, p)) && !unitName(ctx.norm, p, cues),
  );
  const found = actors(ctx.norm, cues);
  return {
    sentence,
    paragraph,
    // "struck a record deal", "captured on video": cue words general news uses for other things need support (support.ts)
    cues: supportedCues(ctx.norm, of('cue'), cues, found, sentencePlaces),
    weapons: of('weapon').length ? weapons(ctx.norm, of('weapon'), counts, [...of('weapon_type'), ...of('weapon_model')]) : [],
    casualties,
    // "поранено чотирьох мешканців": a count of casualties does not count an impact too
    // ("destroyed 41 Ukrainian drones": the damage word of an interception is no damage)
    impacts: impacts(ctx.norm, cues, counts.filter((t) => !casualties.some((c) => overlaps(c, t)))).filter((i) => !intercepted(of('cue'), i)),
    actors: found,
    defenders: of('air_defence').length ? sidesOf(ctx.norm, 'air_defence', cues, sentencePlaces) : NO_ACTORS,
    commands: of('command').length ? sidesOf(ctx.norm, 'command', cues, sentencePlaces) : NO_ACTORS,
    // "Russian troops shelled": the troops of an actor act, they are not the target
    targets: of('target').filter((c) => !of('actor').some((a) => overlaps(a, c))).map((c) => ({ start: c.start, end: c.end, value: keyCode(c.key), rule: c.rule })),
    sources: sources(ctx.text, cues, people),
    times: sentenceTimes,
    places: sentencePlaces,
    regionPlaces: setOf(sentencePlaces.filter((p) => writtenAsRegion(ctx.norm, p, of('admin1')))),
    partyPlaces: setOf(sentencePlaces.filter((p) => (party(ctx.norm, p, cues) && !underSky(ctx.norm, p, cues)) || origin(ctx.norm, p, cues))),
    sitePlaces: setOf(sentencePlaces.filter((p) => afterSitePreposition(ctx.norm, p, cues) || afterPlaceComma(ctx.norm, p, sentencePlaces) || underSky(ctx.norm, p, cues))),
    // "solo questa settimana, la Russia ha lanciato più di 1.070 bombe": a weekly total is a claim
    suppressed: of('habitual').length > 0 || of('negative').length > 0 || (of('launch').length > 0 && sentenceTimes.some((t) => PERIODS.has(t.grain))),
  };
}

const NO_PLACES: ReadonlySet<PlaceMention> = new Set();
const NO_ACTORS: readonly Found<ActorFound>[] = Object.freeze([]);

/** The places as a set; the empty lists, most of them, share one empty set (three sets per sentence are asked for). */
function setOf(places: readonly PlaceMention[]): ReadonlySet<PlaceMention> {
  return places.length ? new Set(places) : NO_PLACES;
}

/**
 * A count over a year or more is a statistic, not an event's toll: "Nine officers have been
 * fatally shot this year", "since 2007, when 28 were killed", "Since the December 2012 rampage, 555
 * children have been killed", "dall'inizio dell'anno 40 morti". The sentence names a year, or a
 * month after "since" (lexicon `since`), and no day. A victim named is still a victim, and a day
 * set against the period is no statistic ("killed in bloodiest day since August", "first killed in
 * 2016": lexicon `record`).
 */
function statistic(norm: string, times: readonly TimeMention[], since: readonly Cue[], record: readonly Cue[]): boolean {
  if (!times.length || record.length || times.some((t) => DAYS.has(t.grain))) return false;
  return times.some((t) => t.grain === 'year' || (t.grain === 'month' && since.some((s) => s.end <= t.start && SINCE_GAP.test(norm.slice(s.end, t.start)))));
}

/**
 * A count over the whole war is a running total, not an event's toll: "since the start of the
 * full-scale invasion, 461 children have been killed", "з початку війни загинули", "с начала
 * СВО" (lexicon `whole_war`), unless the sentence names a day.
 */
function wholeWar(times: readonly TimeMention[], cues: readonly Cue[]): boolean {
  return cues.length > 0 && !times.some((t) => DAYS.has(t.grain));
}

/** "Ukraine death toll", "Ukraine's death toll", "the death toll in Ukraine": a country's toll. */
const COUNTRY_BEFORE_TOLL = /^(?:['’]s)?\s+$/u;
const COUNTRY_IN_TOLL = /\s(?:in|of|for|в|у|по)\s+(?:the\s+)?$/u;

/**
 * The toll of a whole country is the running total of a war, not the toll of one event: "Ukraine
 * death toll rises to 28", "the death toll in Ukraine reached 5,000" (a toll phrase whose noun
 * a country names); a city's toll is the event's ("Death toll in Donetsk rises to four").
 */
function nationalToll(norm: string, c: Casualty, places: readonly PlaceMention[]): boolean {
  if (!c.total || !/\/rise$|\/rise-/u.test(c.rule)) return false;
  return places.some((p) =>
    p.kind === 'country' &&
    ((p.end <= c.start && c.start - p.end <= 3 && COUNTRY_BEFORE_TOLL.test(norm.slice(p.end, c.start))) ||
      (p.start > c.start && p.end <= c.end && COUNTRY_IN_TOLL.test(norm.slice(c.start, p.start)) && p.start - c.start <= 24)),
  );
}

/** At most two words between "since" and its month: "Since the deadly December 2012 rampage". */
const SINCE_GAP = /^(?:\s+[\p{L}'’-]+){0,2}\s+$/u;

const DAYS = new Set<TimeMention['grain']>(['day', 'hour', 'part_of_day']);

/** Counted casualties plus victims named with no number ("Jakell Mitchell was shot and killed"). */
function withNamedVictims(ctx: FrameContext, sentence: Span, cues: readonly Cue[], found: Casualty[]): Casualty[] {
  const named = [...namedVictims(ctx.text, sentence, cues, found, ctx.mentions.places), ...victimsNamedAfter(ctx.text, sentence, cues, found, ctx.mentions.places)];
  if (!named.length) return found;
  const all = [...found, ...named];
  // "Arnold had been shot multiple times and was pronounced dead"
  return [...all, ...diedAfterNamedHit(ctx.norm, sentence, cues, all)];
}

const NO_DETAILS: readonly Cue[] = Object.freeze([]);

/**
 * "quasi 1.000 droni d'attacco", "six missiles", "6 Shahed drones": a count right before the
 * weapon (or before its model), with the type and model the text gives (weapon-details.ts).
 */
export function weapons(norm: string, cues: readonly Cue[], counts: readonly CountToken[], details: readonly Cue[] = NO_DETAILS): Found<WeaponFound>[] {
  return joinVariants(norm, cues).map((c) => {
    const kind = keyCode(c.key);
    const { type, model, start, end } = weaponDetails(norm, c, kind, details);
    const total = counts.find((t) => t.end <= start && start - t.end <= 14 && /^\s*(?:[\p{L}-]+\s+)?$/u.test(norm.slice(t.end, start)));
    const count = total && partOf(norm, total, counts);
    const value: WeaponFound = { kind, ...(type ? { type } : {}), ...(model ? { model } : {}), ...(count ? { count: count.count } : {}) };
    return { start: count ? count.start : start, end, value, rule: c.rule };
  });
}

/** Between a part and its whole: "50 of 72", "50 із 72", "50 из 72", "50 dei 72", "50 su 72", "two of the three". */
const PART_OF = /^\s+(?:of|out of|of the|out of the|із|з|зі|из|dei|degli|delle|su)\s+$/u;

/**
 * The count a weapon's event is about: the part of a whole when one is given ("shot down 50 of
 * 72 drones", "збили 50 із 72 дронів": 50, not the 72 launched), else the count itself.
 */
function partOf(norm: string, whole: CountToken, counts: readonly CountToken[]): CountToken {
  const part = counts.find((t) => t.end <= whole.start && whole.start - t.end <= 8 && PART_OF.test(norm.slice(t.end, whole.start)));
  return part ?? whole;
}

/** Between two words of one weapon: a variant's letters and quote marks ("Iskander-M ballistic missiles"). */
const VARIANT_GAP = /^[-«»"“”„'‘’]?[\p{Lu}\p{N}]{0,3}[»"“”'’]?\s*$/u;

/** Weapon cues of one kind written as one phrase ("Iskander-M ballistic missiles") as one cue. */
function joinVariants(norm: string, cues: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const c of cues) {
    const last = out[out.length - 1];
    if (last && last.key === c.key && c.start >= last.end && VARIANT_GAP.test(norm.slice(last.end, c.start))) out[out.length - 1] = { ...last, end: c.end };
    else out.push(c);
  }
  return out;
}

/** Inside an interception phrase (lexicon cue key `intercept`). */
function intercepted(cues: readonly Cue[], s: Span): boolean {
  return cues.some((c) => c.start <= s.start && s.end <= c.end && keyCode(c.key) === 'intercept');
}

/** "Oltre 11mila persone ... sono rimasti senza elettricità": the count of affected people in the clause. */
function impacts(norm: string, cues: readonly Cue[], counts: readonly CountToken[]): Found<ImpactFound>[] {
  const nouns = ofCategory(cues, 'affected');
  const told = ofCategory(cues, 'impact');
  const gapOf = (c: Cue, t: CountToken): string => (t.end <= c.start ? norm.slice(t.end, c.start) : norm.slice(c.end, t.start));
  const countOf = (c: Cue): CountToken | undefined => counts.find((t) => {
    const noun = nouns.find((n) => n.start >= t.end && n.start - t.end <= 16);
    if (!noun) return false;
    const gap = gapOf(c, t);
    return gap.length <= 100 && !/[.;:!?]/u.test(gap);
  });
  const wanted = told.map(countOf);
  return told.map((c, i) => {
    // "пошкодили об'єкт енергетики, без світла залишилися 30 тисяч абонентів": a count goes to the nearest impact that wants it
    const own = wanted[i];
    const count = own && !told.some((d, j) => wanted[j] === own && gapOf(d, own).length < gapOf(c, own).length) ? own : undefined;
    const value: ImpactFound = count ? { kind: keyCode(c.key), affected: count.count } : { kind: keyCode(c.key) };
    const found = { start: count ? Math.min(count.start, c.start) : c.start, end: count ? Math.max(count.end, c.end) : c.end, value, rule: c.rule };
    return [found, ...listedAfter(norm, c, cues).map((u) => ({ start: u.start, end: u.end, value: Object.assign({}, value, { kind: keyCode(u.key) }), rule: u.rule }))];
  }).flat();
}

/**
 * The utilities listed right after an outage, which share it and its count: "senza acqua e
 * riscaldamento", "без води та опалення", "without power, water and heat" (lexicon `utility`, `and`).
 */
function listedAfter(norm: string, impact: Cue, cues: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  let end = impact.end;
  for (;;) {
    const and = ofCategory(cues, 'and').find((c) => c.start >= end && /^\s*$/u.test(norm.slice(end, c.start)));
    const from = and ? and.end : end;
    // "without power, water and heat": a comma lists too
    const gap = and ? /^\s+$/u : /^,\s*$/u;
    const next = ofCategory(cues, 'utility').find((c) => c.start > from && gap.test(norm.slice(from, c.start)));
    if (!next) return out;
    out.push(next);
    end = next.end;
  }
}

/** Named actors ("le forze armate russe") and demonyms next to a weapon or attack ("un drone ucraino"). */
function actors(norm: string, cues: readonly Cue[]): Found<ActorFound>[] {
  // most sentences name no actor
  if (!ofCategory(cues, 'actor').length && !ofCategory(cues, 'demonym').length) return [];
  const against = ofCategory(cues, 'against');
  const sideOf = (s: Span): ActorFound['side'] =>
    against.some((a) => a.end <= s.start && /^[\s\p{Ll}']{0,12}$/u.test(norm.slice(a.end, s.start))) ? 'target' : 'attacker';
  const out: Found<ActorFound>[] = ofCategory(cues, 'actor')
    .map((c) => ({ start: c.start, end: c.end, value: sided(c.key, sideOf(c)), rule: c.rule }));
  const heads = cues.filter((c) => c.category === 'weapon' || c.category === 'cue');
  for (const d of ofCategory(cues, 'demonym')) {
    const head = heads.find((h) => /^\s*$/u.test(h.end <= d.start ? norm.slice(h.end, d.start) : norm.slice(d.end, h.start)));
    if (!head || out.some((o) => overlaps(o, d))) continue;
    out.push({ start: Math.min(d.start, head.start), end: Math.max(d.end, head.end), value: sided(d.key, sideOf(head)), rule: d.rule });
  }
  // "Ukrainian drones attacked ... in the Belgorod region of Russia": the actor named first acts
  return out.sort((a, b) => a.start - b.start);
}

/** The actor of a lexicon key on a side: `actorOf` read once per key ("RU:Military Forces of Russia"). */
function sided(key: string, side: ActorFound['side']): ActorFound {
  let actor = actorsByKey.get(key);
  if (!actor) actorsByKey.set(key, (actor = actorOf(key)));
  return actor.country !== undefined ? { name: actor.name, country: actor.country, side } : { name: actor.name, side };
}

/** (keys are the lexicons' own: a few hundred at most) */
const actorsByKey = new Map<string, ReturnType<typeof actorOf>>();

/** Who reported it: a person with a role in a sentence with a reporting verb, the platform, the outlet. */
function sources(text: string, cues: readonly Cue[], people: ReturnType<typeof findPeople>): Found<EventSource>[] {
  const reported = ofCategory(cues, 'report').length > 0;
  const platform = ofCategory(cues, 'platform')[0];
  const channel = platform ? { channel: keyCode(platform.key) } : {};
  const out: Found<EventSource>[] = [];
  if (reported) {
    for (const p of people) {
      // "Минобороны России сообщило", "the Ukrainian air force said": a body with no person named is named by its words
      const body = p.name ? undefined : ofCategory(cues, 'institution').find((c) => c.start < p.end && p.start < c.end);
      const name = p.name ?? (body && text.slice(body.start, body.end));
      const value: EventSource = Object.assign({}, name ? { name } : {}, p.role ? { role: p.role } : {}, channel);
      out.push({ start: body ? Math.min(body.start, p.start) : p.start, end: body ? Math.max(body.end, p.end) : p.end, value, rule: p.rule });
    }
  }
  for (const o of ofCategory(cues, 'outlet')) {
    out.push({ start: o.start, end: o.end, value: { outlet: keyCode(o.key) }, rule: o.rule });
  }
  return out;
}

/** "Kiev forces shell the town", "- Kiev military": a place that stands for the party that acts or reports is not where it happened. */
const METONYM_GAP = /^(?:'s|’s)?\s*$/u;
/** "Kiev's shelling of east Ukraine", "Kiev's sniper": the genitive of a place that acts (lexicon `metonym_genitive`). */
const GENITIVE = /^['’]s\s+$/u;
/** "Two soldiers killed in east Ukraine fighting: Kiev." — a place after a dash or colon that closes a headline names its source. */
const HEADLINE_SOURCE = /[:\u2013\u2014]\s*$|\s-\s*$/u;
const TAIL_WORDS = /^(?:\s+[\p{L}'’-]+){0,3}[\s.!?"”»]*$/u;

function speaksFor(norm: string, place: PlaceMention, sentence: Span, cues: readonly Cue[], places: readonly PlaceMention[]): boolean {
  // "killed by Russia-led forces", "Kiev points at Russia", "drones launched by Russia": a country named only as a side
  if (allegianceAfter(norm, place, cues) || blamed(norm, place, cues) || launchedBy(norm, place, cues)) return true;
  if (place.kind === 'country') return false;
  // "Ukrainian shelling kills militiaman - DPR Operational Command", "Two DPR military servicemen
  // killed": the authority of an area reports on its own area (an inferred area place), and its
  // forces fight in it, unlike a capital that reports or fights for a country
  if (place.source === 'inferred') return false;
  const after = (category: string, gap: RegExp): boolean => ofCategory(cues, category).some((m) => m.start >= place.end && gap.test(norm.slice(place.end, m.start)));
  if (after('metonym', METONYM_GAP) || after('metonym_genitive', GENITIVE)) return true;
  // "pro-Kiev official", "filo-Kiev": an allegiance, not a site; "Moscow-backed rebels"
  if (ofCategory(cues, 'allegiance').some((c) => c.end === place.start - 1 && norm[c.end] === '-')) return true;
  if (attackerBefore(norm, place, cues, places)) return true;
  if (after('speaks', METONYM_GAP)) return true;
  return HEADLINE_SOURCE.test(norm.slice(sentence.start, place.start)) && TAIL_WORDS.test(norm.slice(place.end, sentence.end));
}

/**
 * A place name that names a street is not where the event is told to be, so it does not start
 * another event: "a home on Southland Street", "Doral Court", "in via Roma", "на вулиці Київській"
 * (lexicon `street_after`, `street_before`).
 */
function streetName(norm: string, place: PlaceMention, cues: readonly Cue[]): boolean {
  return (
    // English writes the street word with a capital: "Southland Street", not "Chapel Hill drive-by"
    ofCategory(cues, 'street_after').some((c) => c.start >= place.end && /^\s+$/u.test(norm.slice(place.end, c.start)) && /^\p{Lu}/u.test(norm.slice(c.start, c.end))) ||
    ofCategory(cues, 'street_before').some((c) => c.end <= place.start && /^\s+$/u.test(norm.slice(c.end, place.start)))
  );
}

/**
 * A country named as a party: its adjective or demonym under an actor or demonym phrase
 * ("Russian positions", "destroyed 37 Russians"), with no locative preposition right before it
 * (lexicon `site_preposition`).
 */
function party(norm: string, place: PlaceMention & { adjective?: boolean }, cues: readonly Cue[]): boolean {
  // the bare name may be the site ("MH17 Ukraine site"): only the adjective or demonym of a party
  if (place.kind !== 'country' || !place.adjective) return false;
  if (!ofCategory(cues, 'actor').some((c) => overlaps(c, place)) && !ofCategory(cues, 'demonym').some((c) => overlaps(c, place))) return false;
  return !afterSitePreposition(norm, place, cues);
}

/** "Angie's Bar", "Joe's Diner": a name after someone's possessive names a business, unless the owner is a place ("Ukraine's Donetsk"). */
const OWNER = /(?<![\p{L}'’])\p{Lu}[\p{L}-]*['’]s\s+$/u;

function business(norm: string, place: PlaceMention, places: readonly PlaceMention[]): boolean {
  if (!afterPossessive(norm, place.start)) return false;
  const m = OWNER.exec(norm.slice(Math.max(0, place.start - 40), place.start));
  if (!m) return false;
  const start = place.start - m[0].length;
  return !places.some((q) => q !== place && q.start <= start && start < q.end);
}

/** The text before `at` ends with "'s " or "’s " (the tail of `OWNER`), told without a regex run from every character before it. */
function afterPossessive(norm: string, at: number): boolean {
  let i = at;
  while (i > 0 && SPACE.test(norm[i - 1]!)) i--;
  return i < at && i >= 2 && norm[i - 1] === 's' && (norm[i - 2] === "'" || norm[i - 2] === '’');
}

const SPACE = /\s/u;

/** "nella regione russa di confine di Belgorod", "Kursk region", "Харківській області". */
function writtenAsRegion(norm: string, place: PlaceMention, admin: readonly Cue[]): boolean {
  if (place.kind === 'admin1') return true;
  return admin.some((a) =>
    a.end <= place.start
      ? /^(?:\s+[\p{Ll}']+){0,4}\s+$/u.test(norm.slice(a.end, place.start))
      : a.start >= place.end && /^\s+$/u.test(norm.slice(place.end, a.start)),
  );
}

import type { Count, Event, EventLocation, EventSource, PlaceMention, Provenance, Span } from '../../model/extraction.js';
import type { CountryResolver, NamesakeFinder } from './areas.js';
import { interceptorCountry, skyOwner } from './interceptors.js';
import type { Draft } from './assemble.js';
import type { Casualty, CasualtyKind } from './casualties.js';
import { sumCounts } from './casualties.js';
import { eventTypeOf } from './event-type.js';
import type { ActorFound, Found, Frame, WeaponFound } from './frame.js';
import type { Field } from './resolve.js';
import { resolveDate, resolveLocation, statedLocation } from './resolve.js';
import type { RegionShare } from './summaries.js';
import { summaryLocation } from './summaries.js';
import type { ListedSite } from './site-lists.js';
import { distanceKm } from '../../geo/api.js';
import { lowerBound } from '../sorted-spans.js';

type Evidence = Span & Provenance;

/** Everything outside the draft that resolving it needs. */
export interface DraftContext {
  readonly reference: Date;
  readonly frames: readonly Frame[];
  /** The frames of each paragraph, in text order (by `Frame.paragraph`). */
  readonly paragraphs: ReadonlyMap<number, readonly Frame[]>;
  /** The dateline's city, for a text that names no place ("DETROIT (WJBK) -"). */
  readonly dateline?: PlaceMention;
  /** Finds a place's namesake inside an area the text names ("Luganskoye in the DPR"). */
  readonly namesakes?: NamesakeFinder;
  /** Finds a country by its code (interceptors.ts, `skyOwner`). */
  readonly countries?: CountryResolver;
  /**
   * The text's events before this one. One that counts deaths (or injured) makes a victim told
   * again one of them ("he died", "The man was taken to a hospital"), unless it is another
   * incident: another kind of attack far away (`otherIncident`).
   */
  readonly earlier: readonly Event[];
}

/** Turns a group of frames into an `Event`, or undefined when it has no place to stand on. */
export function toEvent(draft: Draft & { readonly share?: RegionShare; readonly site?: ListedSite }, ctx: DraftContext): Event | undefined {
  const { frames, share, site } = draft;
  const paragraph = ctx.paragraphs.get(frames[0]!.paragraph)!;
  // "у Брянській області — 20": a region's share of a summary; "над Брянской, Курской и
  // Белгородской областями": the country of a summary
  const type = eventTypeOf(frames);
  const intercepted = type.eventType === 'Strategic developments' && type.subEventType === 'Disrupted weapons use';
  // "struck Kyiv, Lviv and Dnipro": one of the places the attack was told over (site-lists.ts)
  const location = share
    ? statedLocation(share.place, true, 'events/location/region-share')
    : site
    ? statedLocation(site.place, site.asRegion, 'events/location/listed-site')
    : (summaryLocation(frames, ctx.countries) ?? resolveLocation(frames, paragraph, ctx.frames, ctx.dateline, ctx.namesakes) ??
      (intercepted ? interceptorCountry([...frames, ...draft.extra], ctx.countries) : undefined));
  if (!location) return undefined;
  const date = resolveDate(frames, ctx.reference);
  const fields: Record<string, Evidence[]> = {
    eventType: type.evidence.map((e) => ({ start: e.start, end: e.end, rule: type.rule, source: 'stated' })),
    date: [...date.evidence],
    location: [...location.evidence],
  };
  const others = ctx.earlier.length ? otherIncidents(ctx, frames[0]!.paragraph, type.subEventType, location.value) : NO_EVENTS;
  const told = others.length ? ctx.earlier.filter((e) => !others.includes(e)) : ctx.earlier;
  const [toldDead, toldHurt] = [told.some((e) => e.fatalities), told.some((e) => e.injured)];
  const victims = casualtyTotal(toldDead ? frames.map((f) => without(f, retoldOf('killed'))) : frames, 'killed', fields, 'fatalities');
  const killed = withPerpetrators(victims, frames, fields);
  // the hit who died are not injured, even when their death was counted by an earlier event
  const dead = toldDead ? casualtyTotal(frames, 'killed', {}, 'fatalities') : victims;
  const hurt = toldHurt ? frames.map((f) => without(f, (c) => retoldOf('injured')(c) || c.rule.endsWith('/lone'))) : frames;
  const elsewhere = new Set(others.flatMap((e) => e.evidence.map((s) => s.start)));
  const rest = elsewhere.size ? ctx.frames.filter((f) => !elsewhere.has(f.sentence.start)) : ctx.frames;
  const injured = survivors(notTheDead(casualtyTotal(hurt, 'injured', fields, 'injured'), rest, fields), dead, fields);
  const foundWeapons = frames.flatMap((f) => f.weapons);
  const merged = shared(withDetails(merge(foundWeapons, (w) => w.value.kind, fields, 'weapons'), foundWeapons), share, fields);
  // (the count of a weapon fired at several places is the whole attack's, none of its places')
  const weapons = site ? merged.map(({ count: _count, ...w }) => w) : merged;
  // "Повреждены жилые дома и автомобили.": a damage sentence with no event of its own tells of this one
  const impacts = merge([...frames, ...draft.extra].flatMap((f) => f.impacts), (i) => i.value.kind, fields, 'impacts');
  const actors = frames.flatMap((f) => f.actors);
  const [actor1, actor2] = intercepted
    ? interceptionSides(actors, foundWeapons, [...frames, ...draft.extra], location, ctx.countries)
    : attackSides(actors, type.eventType === 'Battles');
  const target = frames.flatMap((f) => f.targets)[0];
  const sources = uniqueSources([...frames, ...draft.extra].flatMap((f) => f.sources), fields);
  for (const [name, found] of [['actor1', actor1], ['actor2', actor2], ['target', target]] as const) {
    if (found) fields[name] = [{ start: found.start, end: found.end, rule: found.rule, source: 'stated' }];
  }
  const stated = [killed, injured, actor1, target, weapons.length ? 1 : undefined, sources.length ? 1 : undefined];
  return {
    eventType: type.eventType,
    subEventType: type.subEventType,
    date: date.value,
    location: location.value,
    ...(actor1 ? { actor1: { name: actor1.value.name, ...(actor1.value.country ? { country: actor1.value.country } : {}) } } : {}),
    ...(actor2 ? { actor2: { name: actor2.value.name, ...(actor2.value.country ? { country: actor2.value.country } : {}) } } : {}),
    ...(target ? { target: { kind: target.value } } : {}),
    weapons,
    ...(killed ? { fatalities: killed.count } : {}),
    ...(injured ? { injured: injured.count } : {}),
    impacts,
    sources,
    evidence: [...frames, ...draft.extra].map((f) => ({ start: f.sentence.start, end: f.sentence.end })).sort((a, b) => a.start - b.start),
    fieldEvidence: fields,
    confidence: confidence(stated.filter(Boolean).length, date.evidence[0]!.source === 'stated', location.evidence[0]!.source === 'stated'),
  };
}

/**
 * The toll of one kind: the largest of the tolls stated ("è salito a quattro") and of the
 * per-sentence sums ("killing five children and their mother" → 5 + 1). Reports of one event
 * repeat its toll, so sentences are not added up.
 */
function casualtyTotal(frames: readonly Frame[], kind: CasualtyKind, fields: Record<string, Evidence[]>, field: string): Total | undefined {
  let best: Total | undefined;
  let bestVague: Total | undefined;
  for (const f of frames) {
    const all = f.casualties.filter((c) => c.kind === kind && !c.perpetrator);
    const groups = [...all.filter((c) => c.total).map((c) => [c]), all.filter((c) => !c.total && !c.repeat)];
    for (const g of groups) {
      if (!g.length) continue;
      const count = sumCounts(g.map((c) => c.count));
      if (g.every((c) => vague(c.count))) {
        if (!bestVague || count.value > bestVague.count.value) bestVague = { count, from: g };
      } else if (!best || count.value > best.count.value) best = { count, from: g };
    }
  }
  // "Twelve fighters killed in ambush. Dozens killed in E. Ukraine fighting": a vague amount
  // stands for the toll only when no report of the event gives a number
  best ??= bestVague;
  if (!best) return undefined;
  fields[field] = best.from.map((c) => ({ start: c.start, end: c.end, rule: c.rule, source: 'stated' }));
  return best;
}

type Total = { readonly count: Count; readonly from: readonly Casualty[] };

/** An amount with no number: "dozens", "decine", "десятки", "several" (approximate, with a range of values). */
const vague = (c: Count): boolean => c.qualifier === 'approx' && c.min !== undefined && c.max !== undefined && c.max > c.min;

/**
 * The victims plus the attacker who killed himself ("killing his five children and his wife ...
 * The gunman then took his own life": 7), unless the toll counts every dead ("Three dead in
 * murder-suicide", "left four people dead, including a gunman"): one per sentence at most.
 */
function withPerpetrators(victims: Total | undefined, frames: readonly Frame[], fields: Record<string, Evidence[]>): Total | undefined {
  const own = frames.map((f) => f.casualties.filter((c) => c.perpetrator)).find((cs) => cs.length);
  if (!own || victims?.from.some((c) => c.everyDead)) return victims;
  const from = [...(victims?.from ?? []), own[0]!];
  fields['fatalities'] = from.map((c) => ({ start: c.start, end: c.end, rule: c.rule, source: 'stated' }));
  return { count: sumCounts(from.map((c) => c.count)), from };
}

/**
 * The injured who survived: when every injury of the toll is only "was shot" and the event tells
 * of deaths, the dead are among the shot ("A man was shot ... He died at a hospital": 1 killed,
 * 0 injured; "two people were shot, one died": 1 and 1).
 */
function survivors(injured: Total | undefined, killed: Total | undefined, fields: Record<string, Evidence[]>): Total | undefined {
  if (!injured || !killed || !injured.from.every((c) => c.hit)) return injured;
  const value = injured.count.value - killed.count.value;
  if (value > 0) return { count: Object.assign({}, injured.count, { value }), from: injured.from };
  delete fields['injured'];
  return undefined;
}

type Sides = readonly [Found<ActorFound> | undefined, Found<ActorFound> | undefined];

/**
 * Who attacked (actor1) and who was attacked (actor2), as the words around each actor say. In a
 * battle every side named fights: with none on the attacked side, the next one named is actor2
 * ("Sudanese army and RSF fighters clashed", "gunmen attacked Israeli soldiers").
 */
function attackSides(actors: readonly Found<ActorFound>[], battle = false): Sides {
  const actor1 = actors.find((a) => a.value.side === 'attacker');
  const other = (a: Found<ActorFound>): boolean => a.value.name !== actor1?.value.name;
  return [actor1, actors.find((a) => a.value.side === 'target' && other(a)) ?? (battle ? actors.find(other) : undefined)];
}

/**
 * An interception is the act of the side that intercepts (actor1); the side whose weapons were
 * shot down is actor2: "air defences destroyed 41 Ukrainian drones", "збили 48 російських
 * дронів" (an actor whose phrase takes in a weapon's owns it). The interceptor: the side of the
 * air defence, else one named as the subject, else the side of the command that reports it, else
 * the country of the sky (interceptors.ts); none when nothing tells it. With neither an owner nor
 * an interceptor named, as an attack.
 */
function interceptionSides(
  actors: readonly Found<ActorFound>[], weapons: readonly Found<WeaponFound>[], frames: readonly Frame[], at: Field<EventLocation>, countries?: CountryResolver,
): Sides {
  const owner = actors.find((a) => weapons.some((w) => a.start < w.end && w.start < a.end));
  const other = (a: Found<ActorFound>): boolean => a.value.name !== owner?.value.name;
  // "Russian air defences shot down", "ПВО России", "сили ППО ЗСУ": the side of the air defence
  const defender = frames.flatMap((f) => f.defenders).find(other);
  // then the command that reports the interceptions ("повідомили Повітряні сили ЗСУ", "Минобороны России")
  const command = frames.flatMap((f) => f.commands).find(other);
  if (!owner) {
    // "Russia launched 72 drones ... 50 were shot down, the Ukrainian Air Force said": the other side launched them
    const side = defender ?? command ?? (actors.length ? undefined : skyOwner(frames, at, countries));
    return side ? [side, actors.find((a) => a.value.name !== side.value.name)] : attackSides(actors);
  }
  // a side named as the subject ("ЗСУ збили 48 російських дронів"), and last the country of the
  // sky they were shot down in ("над Брянской областью")
  const actor1 = defender ?? actors.find(other) ?? command ?? skyOwner(frames, at, countries);
  return [actor1 && other(actor1) ? actor1 : undefined, owner];
}

/** The weapons of a region's share of a summary: the first kind with the region's count ("у Курській — 15"). */
function shared(weapons: WeaponFound[], share: RegionShare | undefined, fields: Record<string, Evidence[]>): WeaponFound[] {
  if (!share || !weapons.length) return weapons;
  const { value, min, max, qualifier } = share.count.value;
  const count: Count = { value, qualifier, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  fields['weapons'] = [{ start: share.count.start, end: share.count.end, rule: share.count.rule, source: 'stated' }];
  return [Object.assign({}, weapons[0]!, { count })];
}

/** Beyond this distance two places named down to a town are two incidents, and their victims are not the same. */
const FAR_KM = 50;
const FINE: ReadonlySet<string> = new Set(['place', 'near', 'admin2']);

/**
 * Another incident than the event being built (told in another paragraph), whose victims are
 * not its victims: another kind of attack at a place far away ("загинули двоє людей" in a drone
 * strike on Kharkiv does not make "Крім того, обстріляли Нікополь ... поранено 62-річного
 * чоловіка" a victim told again).
 */
function otherIncident(e: Event, subEventType: string, at: Event['location']): boolean {
  if (e.subEventType === subEventType || !FINE.has(e.location.precision) || !FINE.has(at.precision)) return false;
  return distanceKm(e.location, at) > FAR_KM;
}

const NO_EVENTS: readonly Event[] = Object.freeze([]);

/** The earlier events of the text that are other incidents than this one, told in another paragraph. */
function otherIncidents(ctx: DraftContext, paragraph: number, subEventType: string, at: Event['location']): readonly Event[] {
  const candidates = ctx.earlier.filter((e) => otherIncident(e, subEventType, at));
  if (!candidates.length) return NO_EVENTS;
  return candidates.filter((e) => paragraphOfSentence(ctx.frames, e.evidence[0]!.start) !== paragraph);
}

/** The paragraph of the frame whose sentence starts at `start` (the frames come one per sentence, in text order). */
function paragraphOfSentence(frames: readonly Frame[], start: number): number | undefined {
  const f = frames[lowerBound(frames.length, (i) => frames[i]!.sentence.start < start)];
  return f?.sentence.start === start ? f.paragraph : undefined;
}

/**
 * After an event that counted them, victims told again are not added: "Harris, a Los Angeles
 * resident, was pronounced dead", "He was taken to a hospital" (retold or lone).
 */
function without(f: Frame, told: (c: Casualty) => boolean): Frame {
  return f.casualties.some(told) ? Object.assign({}, f, { casualties: f.casualties.filter((c) => !told(c)) }) : f;
}

const retoldOf = (kind: CasualtyKind) => (c: Casualty): boolean => c.retold === true && c.kind === kind;

/**
 * Injuries told only of one uncounted person ("The man was taken to a hospital", lone-injuries.ts)
 * are not counted in a text that tells of deaths anywhere: that person may be one of the dead
 * ("... was taken to a hospital. ... The victim died Sunday").
 */
function notTheDead(injured: Total | undefined, all: readonly Frame[], fields: Record<string, Evidence[]>): Total | undefined {
  if (!injured || !injured.from.every((c) => c.rule.endsWith('/lone'))) return injured;
  if (!all.some((f) => f.casualties.some((c) => c.kind === 'killed'))) return injured;
  delete fields['injured'];
  return undefined;
}

/** One entry per kind, keeping the first that has a count. */
function merge<T extends { kind: string; count?: Count; affected?: Count }>(
  found: readonly Found<T>[], kindOf: (f: Found<T>) => string, fields: Record<string, Evidence[]>, field: string,
): T[] {
  const byKind = new Map<string, Found<T>>();
  for (const f of found) {
    const had = byKind.get(kindOf(f));
    if (!had || (!(had.value.count ?? had.value.affected) && (f.value.count ?? f.value.affected))) byKind.set(kindOf(f), f);
  }
  if (byKind.size) fields[field] = [...byKind.values()].map((f) => ({ start: f.start, end: f.end, rule: f.rule, source: 'stated' }));
  return [...byKind.values()].map((f) => f.value);
}

/**
 * Each weapon with the type and model that any report of its kind in the event gives: "sei
 * missili" counted in one sentence, "missili balistici Iskander" named in the next.
 */
function withDetails(weapons: readonly WeaponFound[], found: readonly Found<WeaponFound>[]): WeaponFound[] {
  return weapons.map((w) => {
    const type = w.type ?? found.find((f) => f.value.kind === w.kind && f.value.type)?.value.type;
    const model = w.model ?? found.find((f) => f.value.kind === w.kind && f.value.model)?.value.model;
    if (type === w.type && model === w.model) return w;
    return { kind: w.kind, ...(type ? { type } : {}), ...(model ? { model } : {}), ...(w.count ? { count: w.count } : {}) };
  });
}

function uniqueSources(found: readonly Found<EventSource>[], fields: Record<string, Evidence[]>): EventSource[] {
  const seen = new Map<string, Found<EventSource>>();
  for (const s of found) {
    const key = JSON.stringify(s.value);
    if (!seen.has(key)) seen.set(key, s);
  }
  if (seen.size) fields['sources'] = [...seen.values()].map((s) => ({ start: s.start, end: s.end, rule: s.rule, source: 'stated' }));
  return [...seen.values()].map((s) => s.value);
}

/** 0.4 for an event cue, more for each field the text states, at most 0.95. */
function confidence(statedFields: number, dateStated: boolean, placeStated: boolean): number {
  const c = 0.4 + 0.07 * statedFields + (dateStated ? 0.1 : 0) + (placeStated ? 0.15 : 0);
  return Math.round(Math.min(0.95, c) * 100) / 100;
}

/**
 * Test helper: an article with the quantities, times and places the earlier stages would find,
 * written by hand, so that the events and statements stages are tested on their own.
 */
import { expect } from 'vitest';
import type { Event, PlaceKind, PlaceMention, Qualifier, Quantity, TimeGrain, TimeMention } from '../../src/model/extraction.js';
import type { Doc } from '../../src/pipeline/doc.js';
import { extractEvents } from '../../src/pipeline/events/index.js';
import { prepare } from '../../src/pipeline/index.js';

export interface Place {
  readonly name?: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly kind?: PlaceKind;
  readonly admin1?: string;
  /** A country's adjective or demonym ("Russian", "Russians"), as the places stage marks it. */
  readonly adjective?: boolean;
}

export class Article {
  readonly quantities: Quantity[] = [];
  readonly times: TimeMention[] = [];
  readonly places: PlaceMention[] = [];
  readonly doc: Doc;

  constructor(readonly text: string, published: string, lang: string) {
    this.doc = prepare({ text, published, lang });
  }

  /** The span of the n-th whole-word occurrence of `phrase` (fails loudly when absent). */
  span(phrase: string, nth = 0): { start: number; end: number; text: string } {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const all = [...this.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))];
    const m = all[nth];
    if (!m) throw new Error(`"${phrase}" (#${nth}) is not in the text`);
    return { start: m.index, end: m.index + phrase.length, text: phrase };
  }

  qty(phrase: string, value: number, qualifier: Qualifier = 'exact', nth = 0): this {
    this.quantities.push({ ...this.span(phrase, nth), value, qualifier, rule: 'test/quantity' });
    return this;
  }

  time(phrase: string, start: string, end = start, grain: TimeGrain = 'day'): this {
    this.times.push({ ...this.span(phrase), grain, value: { start, end }, rule: 'test/time' });
    return this;
  }

  place(phrase: string, p: Place, nth = 0): this {
    const { name, kind, ...rest } = p;
    this.places.push({ ...this.span(phrase, nth), name: name ?? phrase, kind: kind ?? 'place', ...rest, rule: 'test/place' });
    return this;
  }

  /** The quantities and times of the language pack's own stages (places stay hand-written). */
  stages(): this {
    const pack = this.doc.pack!;
    this.quantities.push(...pack.quantities(this.doc));
    this.times.push(...pack.times(this.doc, this.quantities));
    return this;
  }

  /** The mentions sorted by start, as the stages give them (the events stage looks them up so). */
  get mentions(): { quantities: Quantity[]; times: TimeMention[]; places: PlaceMention[] } {
    const byStart = <T extends { start: number }>(list: T[]): T[] => [...list].sort((a, b) => a.start - b.start);
    return { quantities: byStart(this.quantities), times: byStart(this.times), places: byStart(this.places) };
  }

  /** The text of a span of this article. */
  at(s: { start: number; end: number }): string {
    return this.text.slice(s.start, s.end);
  }
}

/** The one event of an article (fails when there are more or none). */
export function onlyEvent(a: Article): Event {
  const events = extractEvents(a.doc, a.mentions);
  expect(events).toHaveLength(1);
  return events[0]!;
}

/** The texts of an event's evidence for one field. */
export function evidenceOf(a: Article, e: Event, field: string): string[] {
  return (e.fieldEvidence?.[field] ?? []).map((s) => a.at(s));
}

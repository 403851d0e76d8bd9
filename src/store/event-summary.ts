/**
 * The merged view of an event, recomputed from every report of it and then from the analysts'
 * reviews (pure). Recomputing from scratch each time a report arrives keeps the rules in one
 * place and makes corrections survive any re-ingest: they are re-applied last, every time.
 *
 * Rules:
 *  - tolls: the value of the latest credible report (by publication time, then arrival), with the
 *    range over every report; a report is credible when its confidence is ≥ `MIN_CREDIBLE`
 *    (when none is, every report counts);
 *  - location and date: from the most precise report (ties: the most confident, then the latest);
 *  - type and sub-type: the most frequent (ties: the latest); target likewise;
 *  - actors: from the most confident report that names them;
 *  - weapons and impacts: the union by kind (the largest count, the latest affected figure);
 *  - confidence: noisy-or of the reports' confidences (independent outlets reinforce each other).
 */
import type { Count, Event } from '../model/extraction.js';
import type { EventTable } from './schema.js';

export const MIN_CREDIBLE = 0.3;

/** One report as the summary needs it, in arrival order. */
export interface ReportInput {
  readonly event: Event;
  readonly reportedAt: string;
  readonly confidence: number;
  readonly sources: readonly string[];
}

/** A review as the summary needs it, in the order made. */
export interface ReviewInput {
  readonly action: string;
  readonly field: string | null;
  readonly value: string | null;
}

/** The columns of `events` that a summary sets. */
export type EventFields = Omit<EventTable, 'id' | 'created_at' | 'updated_at'>;

const DATE_ORDER = ['day', 'days', 'week', 'month', 'year'];
const PLACE_ORDER = ['place', 'near', 'admin2', 'admin1', 'country'];

/** Summarizes the reports (at least one) and applies the reviews. */
export function summarize(reports: readonly ReportInput[], reviews: readonly ReviewInput[] = []): EventFields {
  if (!reports.length) throw new Error('an event needs at least one report');
  const byTime = [...reports].sort((a, b) => (a.reportedAt < b.reportedAt ? -1 : a.reportedAt > b.reportedAt ? 1 : 0));
  const latest = byTime[byTime.length - 1]!;
  const where = pickBest(byTime, (r) => PLACE_ORDER.indexOf(r.event.location.precision)).event.location;
  const when = pickBest(byTime, (r) => DATE_ORDER.indexOf(r.event.date.precision)).event.date;
  const actor1 = mostConfident(byTime, (e) => e.actor1);
  const actor2 = mostConfident(byTime, (e) => e.actor2);
  const fatalities = toll(byTime, (e) => e.fatalities);
  const injured = toll(byTime, (e) => e.injured);
  const fields: EventFields = {
    event_type: mostFrequent(byTime.map((r) => r.event.eventType)) ?? latest.event.eventType,
    sub_event_type: mostFrequent(byTime.map((r) => r.event.subEventType)) ?? latest.event.subEventType,
    date_start: when.start.slice(0, 10),
    date_end: when.end.slice(0, 10),
    date_precision: when.precision,
    location_name: where.name,
    lat: where.lat,
    lon: where.lon,
    geoname_id: where.geonameId ?? null,
    country: where.country,
    admin1: where.admin1 ?? null,
    location_precision: where.precision,
    actor1: actor1?.name ?? null,
    actor1_country: actor1?.country ?? null,
    actor2: actor2?.name ?? null,
    actor2_country: actor2?.country ?? null,
    target_kind: mostFrequent(byTime.map((r) => r.event.target?.kind)) ?? null,
    weapons: JSON.stringify(weapons(byTime)),
    impacts: JSON.stringify(impacts(byTime)),
    fatalities: fatalities.value,
    fatalities_min: fatalities.min,
    fatalities_max: fatalities.max,
    injured: injured.value,
    injured_min: injured.min,
    injured_max: injured.max,
    confidence: Math.min(0.99, 1 - byTime.reduce((p, r) => p * (1 - clamp01(r.confidence)), 1)),
    status: 'auto',
    report_count: reports.length,
    search_text: '',
  };
  applyReviews(fields, reviews);
  fields.search_text = searchText(fields, byTime);
  return fields;
}

/** The report with the lowest rank (most precise); ties go to the most confident, then the latest. */
function pickBest(reports: readonly ReportInput[], rank: (r: ReportInput) => number): ReportInput {
  let best = reports[0]!;
  const key = (r: ReportInput): number => (rank(r) < 0 ? 99 : rank(r));
  for (const r of reports) {
    if (key(r) < key(best) || (key(r) === key(best) && r.confidence >= best.confidence)) best = r;
  }
  return best;
}

function mostConfident<T>(reports: readonly ReportInput[], get: (e: Event) => T | undefined): T | undefined {
  let best: T | undefined;
  let conf = -1;
  for (const r of reports) {
    const v = get(r.event);
    if (v !== undefined && r.confidence >= conf) {
      best = v;
      conf = r.confidence;
    }
  }
  return best;
}

function mostFrequent(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const v of values) {
    if (!v) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n >= (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

interface Toll {
  value: number | null;
  min: number | null;
  max: number | null;
}

function toll(reports: readonly ReportInput[], get: (e: Event) => Count | undefined): Toll {
  const stated = reports.filter((r) => get(r.event) !== undefined);
  if (!stated.length) return { value: null, min: null, max: null };
  const credible = stated.filter((r) => r.confidence >= MIN_CREDIBLE);
  const latest = get((credible.length ? credible : stated).at(-1)!.event)!;
  const values = stated.map((r) => get(r.event)!);
  return {
    value: Math.round(latest.value),
    min: Math.round(Math.min(...values.map((c) => c.min ?? c.value))),
    max: Math.round(Math.max(...values.map((c) => c.max ?? c.value))),
  };
}

function weapons(reports: readonly ReportInput[]): Event['weapons'] {
  const out = new Map<string, Event['weapons'][number]>();
  for (const r of reports) {
    for (const w of r.event.weapons) {
      const prev = out.get(w.kind);
      const best = !prev || (w.count && (!prev.count || w.count.value > prev.count.value)) ? w : prev;
      // one report counts the missiles, another names them: "6 missiles", "Iskander missiles"
      const [type, model] = [best.type ?? w.type ?? prev?.type, best.model ?? w.model ?? prev?.model];
      out.set(w.kind, { kind: w.kind, ...(type ? { type } : {}), ...(model ? { model } : {}), ...(best.count ? { count: best.count } : {}) });
    }
  }
  return [...out.values()];
}

function impacts(reports: readonly ReportInput[]): Event['impacts'] {
  const out = new Map<string, Event['impacts'][number]>();
  for (const r of reports) for (const i of r.event.impacts) if (!out.has(i.kind) || i.affected) out.set(i.kind, i);
  return [...out.values()];
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
}

function searchText(f: EventFields, reports: readonly ReportInput[]): string {
  const parts = [f.event_type, f.sub_event_type, f.location_name, f.admin1, f.country, f.actor1, f.actor2, f.target_kind];
  for (const r of reports) parts.push(r.event.location.name, ...r.sources);
  return [...new Set(parts.filter((p): p is string => !!p).map((p) => p.toLowerCase()))].join(' | ');
}

/** The columns an analyst may correct (`PATCH /api/events/:id`), with their JSON type. */
export const CORRECTABLE: Readonly<Record<string, 'string' | 'number' | 'integer'>> = {
  event_type: 'string',
  sub_event_type: 'string',
  date_start: 'string',
  date_end: 'string',
  date_precision: 'string',
  location_name: 'string',
  lat: 'number',
  lon: 'number',
  country: 'string',
  admin1: 'string',
  location_precision: 'string',
  actor1: 'string',
  actor2: 'string',
  target_kind: 'string',
  fatalities: 'integer',
  injured: 'integer',
};

/** Applies reviews in order: the last word on each field wins; status follows confirm/reject/reopen. */
export function applyReviews(fields: EventFields, reviews: readonly ReviewInput[]): void {
  const f = fields as unknown as Record<string, unknown>;
  for (const r of reviews) {
    if (r.action === 'confirm') fields.status = 'confirmed';
    else if (r.action === 'reject') fields.status = 'rejected';
    else if (r.action === 'reopen') fields.status = 'auto';
    else if (r.action === 'correct' && r.field && r.field in CORRECTABLE && r.value !== null) {
      f[r.field] = JSON.parse(r.value) as unknown;
    }
  }
}

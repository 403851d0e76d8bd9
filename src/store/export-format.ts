/**
 * Exports of events: CSV with ACLED-compatible column names (plus sitrep's own columns),
 * GeoJSON (one Point feature per event) and JSONL (one event view per line, with its sources).
 * Streamed a batch at a time, so an export of any size runs in constant memory.
 */
import type { Kysely } from 'kysely';
import { createRequire } from 'node:module';
import { streamEvents, type EventFilter } from './event-query.js';
import { toEventView, sitrepId } from './event-view.js';
import type { Database, EventRow } from './schema.js';
import type { ExportFormat } from './names.js';

export { EXPORT_FORMATS, type ExportFormat } from './names.js';

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  jsonl: 'application/x-ndjson',
};

/** ACLED's column names, then sitrep's. */
export const CSV_COLUMNS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location',
  'latitude', 'longitude', 'geo_precision', 'time_precision', 'fatalities', 'notes', 'source',
  'injured', 'evidence', 'sources', 'sitrep_id',
] as const;

// world-countries' common English names are ACLED's ('Russia', not 'Russian Federation')
const COUNTRY_NAMES = new Map(
  (createRequire(import.meta.url)('world-countries') as { cca2: string; name: { common: string } }[]).map((c) => [c.cca2, c.name.common]),
);

/** An event with what exports add: its articles and the evidence text of its reports. */
export interface ExportEvent {
  readonly row: EventRow;
  readonly articles: readonly { readonly url: string | null; readonly outlet: string | null }[];
  readonly evidence: readonly string[];
}

/** The export as a stream of text chunks. */
export async function* exportEvents(db: Kysely<Database>, filter: EventFilter, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield CSV_COLUMNS.join(',') + '\r\n';
  if (format === 'geojson') yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const batch of batches(streamEvents(db, filter), 500)) {
    const lines: string[] = [];
    for (const e of await enrich(db, batch)) {
      if (format === 'csv') lines.push(csvLine(e) + '\r\n');
      else if (format === 'jsonl') lines.push(JSON.stringify(jsonlRecord(e)) + '\n');
      else lines.push((first ? '' : ',\n') + JSON.stringify(geojsonFeature(e)));
      first = false;
    }
    yield lines.join('');
  }
  if (format === 'geojson') yield '\n]}\n';
}

async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** Loads the articles and the evidence text of a batch of events in three queries. */
async function enrich(db: Kysely<Database>, rows: readonly EventRow[]): Promise<ExportEvent[]> {
  const ids = rows.map((r) => r.id);
  const reports = await db
    .selectFrom('event_reports as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .select(['r.id', 'r.event_id', 'a.url', 'a.outlet', 'a.text'])
    .where('r.event_id', 'in', ids)
    .orderBy('r.reported_at')
    .execute();
  const spans = reports.length
    ? await db.selectFrom('evidence').select(['owner_id', 'span_start', 'span_end']).where('owner_kind', '=', 'report').where('field', '=', 'event').where('owner_id', 'in', reports.map((r) => r.id)).execute()
    : [];
  return rows.map((row) => {
    const mine = reports.filter((r) => r.event_id === row.id);
    const evidence = mine.flatMap((r) => spans.filter((s) => s.owner_id === r.id).map((s) => r.text.slice(s.span_start, s.span_end).replace(/\s+/g, ' ').trim()));
    return { row, articles: mine.map((r) => ({ url: r.url, outlet: r.outlet })), evidence: [...new Set(evidence)] };
  });
}

/** ACLED geo_precision: 1 a named place, 2 near a place or in a district, 3 a region or country. */
export function geoPrecision(p: string): number {
  return p === 'place' ? 1 : p === 'near' || p === 'admin2' ? 2 : 3;
}

/** ACLED time_precision: 1 a day, 2 a few days or a week, 3 a month or longer. */
export function timePrecision(p: string): number {
  return p === 'day' ? 1 : p === 'days' || p === 'week' ? 2 : 3;
}

/** ACLED-style notes: one sentence saying what happened, where, to whom, with the toll. */
export function notes(r: EventRow): string {
  const who = r.actor1 ?? 'Unidentified actor';
  const against = r.actor2 ? ` against ${r.actor2}` : '';
  const target = r.target_kind ? ` (target: ${r.target_kind})` : '';
  // "drone (Shahed)", "missile (ballistic, Iskander)"
  const weapons = (JSON.parse(r.weapons) as { kind: string; type?: string; model?: string }[]).map((w) =>
    w.type || w.model ? `${w.kind} (${[w.type, w.model].filter(Boolean).join(', ')})` : w.kind,
  );
  const toll = [r.fatalities !== null ? `${r.fatalities} killed` : '', r.injured !== null ? `${r.injured} injured` : ''].filter(Boolean);
  return `On ${r.date_start}, ${who}: ${r.sub_event_type.toLowerCase()}${against} in ${r.location_name}` +
    `${r.admin1 ? `, ${r.admin1}` : ''}${target}${weapons.length ? `; weapons: ${weapons.join(', ')}` : ''}.` +
    `${toll.length ? ` ${toll.join(', ')}.` : ''}`;
}

function csvLine(e: ExportEvent): string {
  const r = e.row;
  const outlets = [...new Set(e.articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  const values: (string | number | null | undefined)[] = [
    r.date_start, r.event_type, r.sub_event_type, r.actor1, r.actor2, COUNTRY_NAMES.get(r.country) ?? r.country,
    r.admin1, r.location_name, r.lat, r.lon, geoPrecision(r.location_precision), timePrecision(r.date_precision),
    r.fatalities ?? 0, notes(r), outlets.join('; '), r.injured, e.evidence.join(' | '),
    e.articles.map((a) => a.url).filter(Boolean).join(' '), sitrepId(r.id),
  ];
  return values.map(csvField).join(',');
}

/** RFC 4180: quote fields holding a comma, quote or line break; double the quotes. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function jsonlRecord(e: ExportEvent): object {
  return { ...toEventView(e.row), sources: e.articles, evidence: e.evidence };
}

function geojsonFeature(e: ExportEvent): object {
  const r = e.row;
  return {
    type: 'Feature',
    id: r.id,
    geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
    properties: {
      sitrep_id: sitrepId(r.id), event_date: r.date_start, event_type: r.event_type, sub_event_type: r.sub_event_type,
      actor1: r.actor1, actor2: r.actor2, country: r.country, admin1: r.admin1, location: r.location_name,
      geo_precision: geoPrecision(r.location_precision), time_precision: timePrecision(r.date_precision),
      fatalities: r.fatalities, injured: r.injured, status: r.status, notes: notes(r),
      sources: e.articles.map((a) => a.url).filter(Boolean), evidence: e.evidence,
    },
  };
}

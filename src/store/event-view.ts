/**
 * How a stored event is shown to consumers (API, exports, CLI): the field names of the output
 * contract (`eventType`, `date`, `location`, ...) plus the store's own (`id`, `status`, ranges).
 */
import type { EventRow } from './schema.js';

export interface TollView {
  readonly value: number;
  readonly min: number | null;
  readonly max: number | null;
}

export interface EventView {
  readonly id: number;
  readonly sitrepId: string;
  readonly eventType: string;
  readonly subEventType: string;
  readonly date: { readonly start: string; readonly end: string; readonly precision: string };
  readonly location: {
    readonly name: string;
    readonly lat: number;
    readonly lon: number;
    readonly geonameId: number | null;
    readonly country: string;
    readonly admin1: string | null;
    readonly precision: string;
  };
  readonly actor1: { readonly name: string; readonly country: string | null } | null;
  readonly actor2: { readonly name: string; readonly country: string | null } | null;
  readonly target: { readonly kind: string } | null;
  readonly weapons: readonly unknown[];
  readonly impacts: readonly unknown[];
  readonly fatalities: TollView | null;
  readonly injured: TollView | null;
  readonly confidence: number;
  readonly status: string;
  readonly reportCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The public id of an event: stable, and recognisable in a spreadsheet (`SR-42`). */
export function sitrepId(id: number): string {
  return `SR-${id}`;
}

/** A stored row as consumers see it. */
export function toEventView(r: EventRow): EventView {
  return {
    id: r.id,
    sitrepId: sitrepId(r.id),
    eventType: r.event_type,
    subEventType: r.sub_event_type,
    date: { start: r.date_start, end: r.date_end, precision: r.date_precision },
    location: {
      name: r.location_name,
      lat: r.lat,
      lon: r.lon,
      geonameId: r.geoname_id,
      country: r.country,
      admin1: r.admin1,
      precision: r.location_precision,
    },
    actor1: r.actor1 ? { name: r.actor1, country: r.actor1_country } : null,
    actor2: r.actor2 ? { name: r.actor2, country: r.actor2_country } : null,
    target: r.target_kind ? { kind: r.target_kind } : null,
    weapons: JSON.parse(r.weapons) as unknown[],
    impacts: JSON.parse(r.impacts) as unknown[],
    fatalities: r.fatalities === null ? null : { value: r.fatalities, min: r.fatalities_min, max: r.fatalities_max },
    injured: r.injured === null ? null : { value: r.injured, min: r.injured_min, max: r.injured_max },
    confidence: r.confidence,
    status: r.status,
    reportCount: r.report_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * The compact map payload of `GET /api/web/map` (server-side clusters: never 100k points in the
 * browser) and its conversion to GeoJSON for maplibre.
 */
import type { FeatureCollection, Point } from 'geojson';

export interface MapCell {
  readonly lon: number;
  readonly lat: number;
  /** Events in the cell; 1 means a single event, with its `id`. */
  readonly count: number;
  readonly fatalities: number;
  /** The most frequent event type in the cell. */
  readonly type: string;
  readonly id?: number;
}

export interface MapPayload {
  /** Events matching the filters inside the bounding box. */
  readonly total: number;
  readonly cells: readonly MapCell[];
}

export interface CellProps {
  readonly count: number;
  readonly fatalities: number;
  readonly type: string;
  readonly id: number;
}

export function cellsToGeoJson(cells: readonly MapCell[]): FeatureCollection<Point, CellProps> {
  return {
    type: 'FeatureCollection',
    features: cells.map((c) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
      properties: { count: c.count, fatalities: c.fatalities, type: c.type, id: c.id ?? -1 },
    })),
  };
}

/** A bbox parameter `west,south,east,north`, clamped to the world and rounded. */
export function bboxParam(west: number, south: number, east: number, north: number): string {
  const r = (v: number): string => (Math.round(v * 1000) / 1000).toString();
  const w = Math.max(-180, west);
  const e = Math.min(180, east);
  return [w, Math.max(-90, south), e, Math.min(90, north)].map(r).join(',');
}

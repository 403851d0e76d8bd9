/**
 * The map's first data, requested before maplibre has even loaded: from the events' extent and
 * the size of the map's box, the view that `fitBounds` will choose is computed here (Web Mercator,
 * 512 px tiles, as maplibre does), and its clusters are fetched in parallel with the map chunk.
 * The map then takes that answer if its own view matches, instead of asking again.
 */
import { filterParams } from './filters.js';
import type { Filters } from './filters.js';
import { getJson } from './http.js';
import { bboxParam } from './map-data.js';
import type { MapPayload } from './map-data.js';

export const FIT = { padding: 60, maxZoom: 5.5 } as const;
const TILE = 512;

const mercX = (lon: number): number => (lon + 180) / 360;
const mercY = (lat: number): number => {
  const s = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};
const lonOf = (x: number): number => x * 360 - 180;
const latOf = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

export interface View {
  readonly zoom: number;
  /** `[west, south, east, north]` of the whole box. */
  readonly bounds: [number, number, number, number];
}

/** The view that fits `extent` in a `width` × `height` box with `FIT.padding` on each side. */
export function fitView(extent: readonly [number, number, number, number], width: number, height: number): View {
  const [w, s, e, n] = extent;
  const dx = Math.max(mercX(e) - mercX(w), 1e-9);
  const dy = Math.max(mercY(s) - mercY(n), 1e-9);
  const fit = Math.min(Math.log2((width - 2 * FIT.padding) / (TILE * dx)), Math.log2((height - 2 * FIT.padding) / (TILE * dy)));
  const zoom = Math.min(FIT.maxZoom, fit);
  const scale = TILE * 2 ** zoom;
  const cx = (mercX(w) + mercX(e)) / 2;
  const cy = (mercY(n) + mercY(s)) / 2;
  const hw = width / 2 / scale;
  const hh = height / 2 / scale;
  return { zoom, bounds: [lonOf(cx - hw), latOf(cy + hh), lonOf(cx + hw), latOf(cy - hh)] };
}

/** Whether a view asked for is the prefetched one (same zoom, box within a few pixels). */
export function sameView(a: View, b: View, width: number): boolean {
  const px = (Math.abs(a.bounds[0] - b.bounds[0]) / (a.bounds[2] - a.bounds[0] || 1)) * width;
  return Math.abs(a.zoom - b.zoom) < 0.05 && px < 4 && Math.abs(a.bounds[1] - b.bounds[1]) < (a.bounds[3] - a.bounds[1]) * 0.01;
}

let prefetched: { key: string; view: View; width: number; payload: Promise<MapPayload> } | undefined;

export function cellParams(filters: Filters, view: View): URLSearchParams {
  const params = filterParams(filters);
  params.set('bbox', bboxParam(...view.bounds));
  params.set('zoom', view.zoom.toFixed(2));
  return params;
}

export function prefetchCells(filters: Filters, extent: readonly [number, number, number, number], width: number, height: number): void {
  const view = fitView(extent, width, height);
  const payload = getJson<MapPayload>('api/web/map', cellParams(filters, view));
  payload.catch(() => undefined);
  prefetched = { key: filterParams(filters).toString(), view, width, payload };
}

/** The prefetched answer for this view and these filters (once), else undefined. */
export function takePrefetched(filters: Filters, view: View): Promise<MapPayload> | undefined {
  const p = prefetched;
  prefetched = undefined;
  return p && p.key === filterParams(filters).toString() && sameView(p.view, view, p.width) ? p.payload : undefined;
}

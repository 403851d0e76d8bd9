/**
 * The offline maplibre style: a plain background, country polygons and admin-1 outlines from
 * GeoJSON files served by sitrep itself (prepared at build time by
 * scripts/build-web-basemap.mjs), and the event layers. No glyphs, no sprites, no tiles: nothing
 * is fetched from outside, and there are no text labels (cluster counts are DOM markers).
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { OTHER_COLOR, TYPE_COLORS } from './colors.js';

/** An id no event has: the selection ring's filter when nothing is selected (clusters have id -1). */
export const NOTHING = -999;

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

function typeColorExpression(): ExpressionSpecification {
  const pairs = Object.entries(TYPE_COLORS).flat();
  return ['match', ['get', 'type'], ...pairs, OTHER_COLOR] as unknown as ExpressionSpecification;
}

/** Circle radius: clusters by event count, single events by their toll. */
const RADIUS: ExpressionSpecification = [
  'case',
  ['>', ['get', 'count'], 1],
  ['min', 34, ['+', 9, ['*', 3.2, ['ln', ['get', 'count']]]]],
  ['min', 22, ['+', 5, ['*', 2.6, ['ln', ['+', 1, ['get', 'fatalities']]]]]],
];

export function mapStyle(basemapUrl: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: `${basemapUrl}/countries.json` },
      admin1: { type: 'geojson', data: empty() },
      events: { type: 'geojson', data: empty() },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dfe8ef' } },
      { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f7f6f2' } },
      {
        id: 'admin1-line',
        type: 'line',
        source: 'admin1',
        minzoom: 4,
        paint: { 'line-color': '#b9b6ad', 'line-width': 0.6, 'line-dasharray': [3, 2] },
      },
      { id: 'countries-line', type: 'line', source: 'countries', paint: { 'line-color': '#8d8a80', 'line-width': 0.9 } },
      {
        id: 'events-circles',
        type: 'circle',
        source: 'events',
        paint: {
          'circle-color': typeColorExpression(),
          'circle-radius': RADIUS,
          'circle-opacity': 0.78,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['case', ['>', ['get', 'count'], 1], 2, 1],
        },
      },
      {
        id: 'events-selected',
        type: 'circle',
        source: 'events',
        filter: ['==', ['get', 'id'], NOTHING],
        paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111', 'circle-stroke-width': 3 },
      },
    ],
  };
}

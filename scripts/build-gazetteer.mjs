// Builds the gazetteer index (GeoNames cities500, Natural Earth admin-1, countries, continents)
// into node_modules/.cache/sitrep/gazetteer.bin, or $SITREP_GAZETTEER. Runs after tsc in
// `npm run build` (so on `npm ci` too) and needs no network.
// usage: node scripts/build-gazetteer.mjs [DIST_DIR]   (default: dist)
import { resolve as resolvePath, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolvePath(process.argv[2] ?? 'dist');
const { buildGazetteerFile } = await import(pathToFileURL(join(dist, 'geo/build/index.js')).href);
const { gazetteerPath } = await import(pathToFileURL(join(dist, 'geo/load.js')).href);
const started = Date.now();
const path = gazetteerPath();
const bytes = buildGazetteerFile(path);
console.log(`gazetteer: ${path} (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

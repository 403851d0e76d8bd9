// Geo bench: cold start (ms) and peak RSS (MB) of the CLI extracting one article (gazetteer
// load included), and places per second of the places stage alone on a warm gazetteer.
// SITREP_DIST=/tmp/sitrep-NAME/dist benches a private build (default: ./dist).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.SITREP_DIST ?? join(root, 'dist'));
// An article written for this bench (not from any corpus).
const ARTICLE = [
  'Russian drones struck Kharkiv overnight, the mayor said, while in the Kursk region the village of',
  'Khomutovka lost power after an attack on a substation. Officials in Belgorod reported one dead and',
  'two injured near the border. Later, air defence was active over Kyiv, Odesa and Dnipro, and debris',
  'fell in the Sumy region. The governor of Bryansk said ten drones were shot down near Klintsy.',
].join(' ');

const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-bench-'));
const input = join(dir, 'article.jsonl');
writeFileSync(input, JSON.stringify({ id: 'bench', lang: 'en', published: '2026-01-04', text: ARTICLE }) + '\n');

const cli = join(dist, '..', 'bin', 'sitrep.js');
const started = process.hrtime.bigint();
const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'extract', '--jsonl', input], { encoding: 'utf8' });
const coldMs = Number(process.hrtime.bigint() - started) / 1e6;
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const rssMb = Number(run.stderr.trim().split('\n').pop()) / 1024;
const found = JSON.parse(run.stdout).places.length;

const { loadGazetteer } = await import(pathToFileURL(join(dist, 'geo/load.js')).href);
const { findPlaces } = await import(pathToFileURL(join(dist, 'geo/find.js')).href);
const { placesLexicon } = await import(pathToFileURL(join(dist, 'lang/en/places.js')).href);
const loadStart = performance.now();
const gaz = loadGazetteer();
const loadMs = performance.now() - loadStart;
const lex = placesLexicon();
const doc = { text: ARTICLE, norm: ARTICLE, sentences: [{ start: 0, end: ARTICLE.length }] };
let places = 0;
const t0 = performance.now();
while (performance.now() - t0 < 2000) places += findPlaces(doc, gaz, lex).length;
const perSecond = places / ((performance.now() - t0) / 1000);

console.log(`cli cold start (one article): ${coldMs.toFixed(0)} ms, peak RSS ${rssMb.toFixed(0)} MB, ${found} places`);
console.log(`gazetteer load: ${loadMs.toFixed(0)} ms (${gaz.size} entries)`);
console.log(`places stage: ${Math.round(perSecond)} places/s`);

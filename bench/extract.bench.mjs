// Extract bench: articles per second and MB/s of the whole `extract()` over at least 1,000 texts
// in one process, and, over the same texts, chrono-node's date pass (chrono.<lang>.parse) as the
// peer. Texts: the dev texts of ../shared/eval/data when present (read here, never committed),
// else texts generated from sentences written for this bench. Target: our whole extraction with
// the gazetteer (as the CLI runs it) at least as fast as chrono's date pass alone (ratio >= 1).
// Every contender gets the same warm-up and the best of PASSES timed passes over all texts, in
// one process, one thread.
// SITREP_DIST=/tmp/sitrep-NAME/dist benches a private build (default: ./dist).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.SITREP_DIST ?? join(root, 'dist'));
const evalData = join(root, '..', 'shared', 'eval', 'data');
const MIN_TEXTS = 1000;
const PASSES = Number(process.env.BENCH_PASSES ?? 5);

/** Sentences written for this bench, combined into articles when no eval data is at hand. */
const OWN = {
  it: [
    'Lo scorso 2 gennaio un missile ha colpito Kharkiv, ha detto il sindaco.',
    'Nella notte tra sabato e domenica i droni hanno colpito la regione di Kursk.',
    'Questa settimana sono state lanciate oltre 1.070 bombe guidate.',
    'Tre giorni fa il governatore aveva annunciato nuove evacuazioni.',
    'A marzo e nel 2022 la situazione al fronte era diversa.',
  ],
  en: [
    'Russia struck Kharkiv on January 2, killing four people, officials said.',
    'Overnight, drones hit energy facilities in the Belgorod region.',
    'Last week more than 1,000 attack drones were launched, the president said on Sunday.',
    'Two days ago the governor reported that 11,000 people were without power.',
    'In March 2023 the front line barely moved.',
  ],
};

function evalTexts() {
  if (!existsSync(evalData)) return [];
  const out = [];
  for (const entry of readdirSync(evalData, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'article') continue; // HTML pages are not texts
    const dir = join(evalData, entry.name);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line);
        if (typeof r.text === 'string' && r.lang) out.push({ text: r.text, lang: r.lang, published: r.published });
      }
    }
  }
  return out;
}

function ownTexts() {
  const out = [];
  for (let i = 0; out.length < MIN_TEXTS; i++) {
    const lang = i % 2 ? 'en' : 'it';
    const s = OWN[lang];
    const text = Array.from({ length: 8 }, (_, k) => s[(i + k) % s.length]).join(' ');
    out.push({ text, lang, published: '2026-01-04' });
  }
  return out;
}

let texts = evalTexts();
const source = texts.length >= MIN_TEXTS ? 'eval dev texts' : 'own sentences';
if (texts.length < MIN_TEXTS) texts = ownTexts();
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0);

const warmUp = [...new Set(texts.map((t) => t.lang))].flatMap((lang) => texts.filter((t) => t.lang === lang).slice(0, 25));

// Long texts: the same texts joined, per language, into texts of LONG_CHARS characters (a long
// report, a live blog). Work that grows faster than the text (a walk over every sentence for
// every quote) shows here and not in the short texts above.
const LONG_CHARS = 64_000;
const LONG_TEXTS = 8;
const byLang = new Map();
for (const t of texts) {
  const chunks = byLang.get(t.lang) ?? [{ text: '', lang: t.lang, published: t.published }];
  byLang.set(t.lang, chunks);
  let last = chunks[chunks.length - 1];
  if (last.text.length >= LONG_CHARS) chunks.push((last = { text: '', lang: t.lang, published: t.published }));
  last.text += (last.text ? '\n\n' : '') + t.text;
}
// the full ones, cut to LONG_CHARS, taken from each language in turn
const full = [...byLang.values()].map((chunks) => chunks.filter((c) => c.text.length >= LONG_CHARS).map((c) => ({ ...c, text: c.text.slice(0, LONG_CHARS) })));
const long = [];
for (let k = 0; long.length < LONG_TEXTS && full.some((chunks) => k < chunks.length); k++) {
  for (const chunks of full) if (k < chunks.length && long.length < LONG_TEXTS) long.push(chunks[k]);
}
const LONG_PASSES = 3;

/** The best of `passes` timed passes of `fn` over `set`, after one warm-up pass over `warm`; printed under `label`. */
function time(label, fn, set = texts, warm = warmUp, passes = PASSES) {
  fn(warm); // warm-up: data files, gazetteer, JIT, first compilation of every language's regexes
  let s = Infinity;
  let found = 0;
  for (let pass = 0; pass < passes; pass++) {
    const start = performance.now();
    found = fn(set);
    s = Math.min(s, (performance.now() - start) / 1000);
  }
  const size = set === texts ? bytes : set.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0);
  console.log(`${label.padEnd(28)} ${(set.length / s).toFixed(0).padStart(7)} articles/s ${(size / 1e6 / s).toFixed(2).padStart(7)} MB/s  (${found} times)`);
  return s;
}

// The peer runs first, before sitrep is loaded. Once a process has generated 1 MB of regexp code
// (and holds 16 MB of executable memory), V8 compiles every new regexp without its optimizations
// (no look-ahead to skip text that cannot match); sitrep's patterns pass that limit on their own,
// so chrono-node timed after sitrep would look about 2.5 times slower than it is in a process of
// its own.
function chronoPass(batch) {
  let n = 0;
  for (const t of batch) {
    const parser = chrono[t.lang] ?? chrono;
    const ref = t.published ? new Date(t.published) : new Date(Date.UTC(2026, 0, 4));
    n += parser.parse(t.text, ref).length;
  }
  return n;
}
const peer = time('chrono-node date pass', chronoPass);
const longPeer = long.length ? time('chrono-node, long texts', chronoPass, long, long.slice(0, 1), LONG_PASSES) : 0;

const { extract, prepare } = await import(pathToFileURL(join(dist, 'pipeline/index.js')).href);
const { NEUTRAL } = await import(pathToFileURL(join(dist, 'lang/index.js')).href);
const { loadGazetteer } = await import(pathToFileURL(join(dist, 'geo/load.js')).href);
const gazetteer = loadGazetteer();

const ours = time('sitrep extract()', (batch) => {
  let n = 0;
  for (const t of batch) n += extract({ text: t.text, lang: t.lang, published: t.published }).times.length;
  return n;
});
/**
 * A pass of extract() with the gazetteer (as the CLI runs it: places, and the events placed by
 * them, are found) over `batch`; `staged.timings` keeps the per-stage breakdown of the best pass
 * over `full`.
 */
function withGazetteer(batch, full, staged) {
  const mine = {};
  const start = performance.now();
  let n = 0;
  for (const t of batch) n += extract({ text: t.text, lang: t.lang, published: t.published }, { gazetteer, timings: mine }).times.length;
  const s = performance.now() - start;
  if (batch === full && s < staged.best) Object.assign(staged, { best: s, timings: mine });
  return n;
}
const short = { best: Infinity, timings: {} };
const withGaz = time('sitrep extract() + gazetteer', (batch) => withGazetteer(batch, texts, short));
const longStaged = { best: Infinity, timings: {} };
const longOurs = long.length ? time('sitrep, long texts', (batch) => withGazetteer(batch, long, longStaged), long, long.slice(0, 1), LONG_PASSES) : 0;
const stage = time('sitrep times stage alone', (batch) => {
  let n = 0;
  for (const t of batch) {
    const doc = prepare({ text: t.text, lang: t.lang, published: t.published });
    n += (doc.pack ?? NEUTRAL).times(doc, []).length;
  }
  return n;
});
console.log(`${texts.length} texts (${source}), ${(bytes / 1e6).toFixed(2)} MB, best of ${PASSES} passes`);
console.log(`ratio chrono time / sitrep extract() time (no gazetteer, no places): ${(peer / ours).toFixed(2)}`);
console.log(`ratio chrono time / sitrep times stage time: ${(peer / stage).toFixed(2)}`);
console.log(`ratio chrono time / sitrep extract() + gazetteer time (as the CLI runs it): ${(peer / withGaz).toFixed(2)}  — target >= 1`);
const staged = Object.values(short.timings).reduce((a, b) => a + b, 0);
console.log(`stages of extract() + gazetteer (${(staged / 1000).toFixed(2)} s timed of ${withGaz.toFixed(2)} s):`);
for (const [name, ms] of Object.entries(short.timings)) {
  const rate = texts.length / (ms / 1000);
  console.log(`  ${name.padEnd(12)} ${(ms / 1000).toFixed(2).padStart(6)} s ${(100 * ms / staged).toFixed(1).padStart(5)}%  ${rate.toFixed(0).padStart(7)} articles/s  ${(peer * 1000 / ms).toFixed(2).padStart(6)}× chrono`);
}
if (long.length) {
  const longBytes = long.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0);
  console.log(`long texts: ${long.length} of ${LONG_CHARS.toLocaleString('en')} characters (${(longBytes / 1e6).toFixed(2)} MB, the texts above joined by language: ${[...new Set(long.map((t) => t.lang))].join(', ')}), best of ${LONG_PASSES} passes`);
  console.log(`ratio chrono time / sitrep extract() + gazetteer time on long texts: ${(longPeer / longOurs).toFixed(2)}`);
  const stages = Object.entries(longStaged.timings).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`).join(', ');
  console.log(`  stages: ${stages}`);
}

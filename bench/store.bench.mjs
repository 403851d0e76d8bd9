// Store bench: (1) ingest rate, articles/s end to end (extract with the gazetteer + merge + commit)
// into SQLite; (2) GET /api/events latency p50/p95 with 1,000,000 stored events, for filtered pages
// (target: p95 < 50 ms); (3) a bounded autocannon load run on 127.0.0.1 (requests/s, no errors).
// SITREP_DIST=/tmp/sitrep-NAME/dist benches a private build (default: ./dist).
// EVENTS=N overrides 1,000,000; ARTICLES=N overrides 300 (0: skip); LOAD_SECONDS=N overrides 10;
// EVENTS_DB=FILE keeps the generated database in FILE and reuses it on the next run;
// BENCH_PG=postgres://user@host/db also measures PostgreSQL (a throwaway database, dropped after).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.SITREP_DIST ?? join(root, 'dist'));
const EVENTS = Number(process.env.EVENTS ?? 1_000_000);
const ARTICLES = Number(process.env.ARTICLES ?? 300);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { openStore } = await load('store/database.js');

/** A deterministic pseudo-random sequence (the same data every run). */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// ---- (1) ingest rate -------------------------------------------------------------------------
const CITIES = [['Kharkiv', 'Харків', 'Харьков'], ['Odesa', 'Одеса', 'Одесса'], ['Kherson', 'Херсон', 'Херсон'], ['Sumy', 'Суми', 'Сумы'], ['Zaporizhzhia', 'Запоріжжя', 'Запорожье']];

/** Invented reports, several paragraphs long, in four languages; many about the same strikes. */
function article(i) {
  const [en, uk, ru] = CITIES[i % CITIES.length];
  const n = 1 + (i % 6);
  const filler = 'Le autorità locali hanno invitato la popolazione a restare nei rifugi. '.repeat(6);
  const texts = [
    `Nella notte un attacco di droni russi ha colpito ${en}: ${n} morti e ${i % 7} feriti, ha riferito il sindaco su Telegram.\n\n${filler}`,
    `A Russian missile strike on ${en} killed ${n} people and injured ${i % 5} overnight, the regional governor said.\n\n${'Emergency crews worked through the night to clear the rubble. '.repeat(6)}`,
    `Уночі російські дрони атакували місто ${uk}, загинули ${n} людей, повідомив міський голова.\n\n${'Рятувальники працювали на місці всю ніч. '.repeat(6)}`,
    `В ночь на среду беспилотники атаковали ${ru}, погибли ${n} человек, сообщил губернатор.\n\n${'Спасатели работали на месте всю ночь. '.repeat(6)}`,
  ];
  const day = String(1 + (Math.floor(i / 20) % 28)).padStart(2, '0');
  return { url: `https://bench.example/${i}`, outlet: `Outlet ${i % 4}`, published: `2026-02-${day}`, text: `${texts[i % 4]}(${i})` };
}

async function ingestRate(dir) {
  const { ingestArticle } = await load('store/ingest-service.js');
  const { pipelineExtractor } = await load('store/pipeline-extractor.js');
  const store = await openStore(join(dir, 'ingest.db'));
  let t = performance.now();
  const extract = await pipelineExtractor();
  const now = new Date('2026-03-01T00:00:00Z');
  // warm up: the first text of each language loads its lexicons
  for (let i = 0; i < 8; i++) extract({ id: 'warm', ...article(ARTICLES + i) }, { now });
  const warm = performance.now() - t;
  let created = 0;
  let merged = 0;
  t = performance.now();
  for (let i = 0; i < ARTICLES; i++) {
    const r = await ingestArticle(store, article(i), extract, now);
    created += r.created.length;
    merged += r.merged.length;
  }
  const secs = (performance.now() - t) / 1000;
  t = performance.now();
  for (let i = 0; i < ARTICLES; i++) extract({ id: String(i), ...article(i) }, { now });
  const extractSecs = (performance.now() - t) / 1000;
  await store.close();
  console.log(`ingest: ${ARTICLES} articles in ${secs.toFixed(1)} s = ${(ARTICLES / secs).toFixed(1)} articles/s end to end ` +
    `(extraction alone ${(ARTICLES / extractSecs).toFixed(1)}/s; events ${created} new, ${merged} merged; pipeline, gazetteer and lexicons loaded in ${warm.toFixed(0)} ms)`);
}

// ---- (2) 1M events ---------------------------------------------------------------------------
const TYPES = [
  ['Explosions/Remote violence', 'Air/drone strike', 0.4], ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 0.33],
  ['Battles', 'Armed clash', 0.15], ['Violence against civilians', 'Attack', 0.06], ['Protests', 'Peaceful protest', 0.04],
  ['Strategic developments', 'Disrupted weapons use', 0.02],
];
const HUBS = [
  [49.99, 36.23, 'UA', 'Kharkiv Oblast', 'Kharkiv'], [48.0, 37.8, 'UA', 'Donetsk Oblast', 'Donetsk'], [47.84, 35.14, 'UA', 'Zaporizhzhia Oblast', 'Zaporizhzhia'],
  [46.64, 32.61, 'UA', 'Kherson Oblast', 'Kherson'], [46.48, 30.72, 'UA', 'Odessa Oblast', 'Odesa'], [50.91, 34.8, 'UA', 'Sumy Oblast', 'Sumy'],
  [50.6, 36.6, 'RU', 'Belgorod Oblast', 'Belgorod'], [51.73, 36.19, 'RU', 'Kursk Oblast', 'Kursk'], [50.45, 30.52, 'UA', 'Kyiv City', 'Kyiv'],
];

const COLUMNS = ['event_type', 'sub_event_type', 'date_start', 'date_end', 'date_precision', 'location_name', 'lat', 'lon', 'country', 'admin1',
  'location_precision', 'actor1', 'actor1_country', 'weapons', 'impacts', 'fatalities', 'fatalities_min', 'fatalities_max', 'injured',
  'confidence', 'status', 'report_count', 'search_text', 'created_at', 'updated_at'];

/** The values of `size` generated events (COLUMNS order, flattened), from `rand`. */
function batch(rand, size) {
  const start = Date.UTC(2022, 1, 24);
  const values = [];
  for (let k = 0; k < size; k++) {
    let r = rand();
    const [type, sub] = TYPES.find((t) => (r -= t[2]) < 0) ?? TYPES[0];
    const [lat, lon, country, admin1, city] = HUBS[Math.floor(rand() * HUBS.length)];
    const day = new Date(start + Math.floor(rand() * 1460) * 86_400_000).toISOString().slice(0, 10);
    const fat = rand() < 0.6 ? null : Math.floor(rand() * rand() * 40);
    // one in 20 in a village (3,000 of them, each named in some 17 events of a million)
    const name = rand() < 0.05 ? `Selo-${Math.floor(rand() * 3000)}` : `${city} ${Math.floor(rand() * 300)}`;
    const actor = country === 'UA' ? 'Military Forces of Russia' : 'Military Forces of Ukraine';
    values.push(type, sub, day, day, 'day', name, lat + (rand() - 0.5) * 2, lon + (rand() - 0.5) * 3, country, admin1, 'place',
      actor, country === 'UA' ? 'RU' : 'UA', '[]', '[]', fat, fat, fat, fat === null ? null : Math.floor(rand() * 10), 0.5 + rand() / 2,
      rand() < 0.01 ? 'rejected' : 'auto', 1, `${type} | ${sub} | ${name} | ${admin1} | ${country} | ${actor}`.toLowerCase(), `${day}T12:00:00Z`, `${day}T12:00:00Z`);
  }
  return values;
}

/** Fills SQLite's `events` with batched inserts in one transaction, indexes dropped and rebuilt after. */
async function fill(path) {
  const store = await openStore(path); // the schema, by the migrations
  await store.close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const indexes = db.prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'events' and sql is not null").all();
  const triggers = db.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'events'").all();
  for (const { name } of indexes) db.exec(`drop index ${name}`);
  for (const { name } of triggers) db.exec(`drop trigger ${name}`); // the text index is rebuilt once at the end
  const ROWS = 500;
  const row = `(${COLUMNS.map(() => '?').join(',')})`;
  const insert = db.prepare(`insert into events (${COLUMNS.join(',')}) values ${Array(ROWS).fill(row).join(',')}`);
  const rand = rng(7);
  db.transaction(() => {
    for (let done = 0; done < EVENTS; done += ROWS) insert.run(batch(rand, ROWS));
  })();
  for (const { sql } of indexes) db.exec(sql);
  for (const { sql } of triggers) db.exec(sql);
  db.exec("insert into events_fts(events_fts) values ('rebuild')");
  db.exec('analyze');
  db.close();
}

/** Fills PostgreSQL's `events` the same way (BENCH_PG); returns the throwaway database's URL. */
async function fillPostgres(adminUrl) {
  const { default: pg } = await import('pg');
  const name = `sitrep_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const store = await openStore(url);
  await store.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const indexes = (await client.query("select indexname, indexdef from pg_indexes where tablename = 'events' and indexname not like '%_pkey'")).rows;
  for (const { indexname } of indexes) await client.query(`drop index ${indexname}`);
  const ROWS = 2000; // 25 parameters a row: under PostgreSQL's 65,535
  const placeholders = Array.from({ length: ROWS }, (_, r) => `(${COLUMNS.map((_c, c) => `$${r * COLUMNS.length + c + 1}`).join(',')})`).join(',');
  const rand = rng(7);
  await client.query('begin');
  for (let done = 0; done < EVENTS; done += ROWS) {
    await client.query({ name: 'fill', text: `insert into events (${COLUMNS.join(',')}) values ${placeholders}`, values: batch(rand, ROWS) });
  }
  await client.query('commit');
  for (const { indexdef } of indexes) await client.query(indexdef);
  await client.query('analyze events');
  await client.end();
  return { url, drop: async () => { const a = new pg.Client({ connectionString: adminUrl }); await a.connect(); await a.query(`drop database if exists ${name} with (force)`); await a.end(); } };
}

const QUERIES = {
  'country + month': '?country=UA&from=2024-06-01&to=2024-06-30',
  'bbox + month': '?bbox=35.5,49.5,37,50.5&from=2025-01-01&to=2025-01-31',
  'type + country': '?type=Battles&country=RU',
  'actor + admin1 + dates': '?actor=ukraine&admin1=Kursk%20Oblast&from=2024-08-01&to=2024-12-31',
  'min fatalities, by toll': '?min_fatalities=30&sort=-fatalities',
  'types + bbox, page 5': '?type=Air/drone%20strike,Shelling/artillery/missile%20attack&bbox=30,46,38,51&offset=200',
  'no filter': '',
  'text, a village': '?q=selo-1234',
  'text, common + short (scan)': '?q=kharkiv%2017',
};

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function latency(base) {
  const all = [];
  for (const [name, query] of Object.entries(QUERIES)) {
    const times = [];
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      const res = await fetch(`${base}/api/events${query}${query ? '&' : '?'}limit=50`);
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
      const body = await res.json();
      times.push(performance.now() - t);
      if (i === 0 && body.items.length === 0) console.log(`  (warning: ${name} matched nothing)`);
    }
    times.sort((a, b) => a - b);
    if (!name.includes('scan')) all.push(...times.slice(5)); // the first runs warm the cache
    console.log(`  ${name.padEnd(26)} p50 ${pct(times, 50).toFixed(1).padStart(6)} ms  p95 ${pct(times, 95).toFixed(1).padStart(6)} ms`);
  }
  all.sort((a, b) => a - b);
  console.log(`GET /api/events, filtered pages: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms (target p95 < 50 ms)`);
}

async function loadRun(base) {
  const result = await autocannon({
    url: `${base}/api/events?country=UA&from=2024-06-01&to=2024-06-30&limit=50`,
    connections: 8,
    duration: LOAD_SECONDS,
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(`autocannon: 8 connections, ${LOAD_SECONDS} s: ${result.requests.average.toFixed(0)} requests/s, latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms, ` +
    `${errors} errors/timeouts/non-2xx`);
  if (errors) process.exitCode = 1;
}

/** Serves the store at `location` and measures query latency and load. */
async function serveAndMeasure(location, label) {
  const { buildServer } = await load('server/app.js');
  const store = await openStore(location);
  const app = await buildServer({ store, extract: () => { throw new Error('the bench does not ingest'); } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${app.server.address().port}`;
  console.log(`${label}:`);
  try {
    await latency(base);
    await loadRun(base);
  } finally {
    await app.close();
    await store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-bench-'));
try {
  if (ARTICLES > 0) await ingestRate(dir);
  const path = process.env.EVENTS_DB ?? join(dir, 'events.db');
  if (!existsSync(path)) {
    const t = performance.now();
    await fill(path);
    console.log(`database: ${EVENTS.toLocaleString('en')} events generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await serveAndMeasure(path, 'SQLite');
  if (process.env.BENCH_PG) {
    const t = performance.now();
    const pgdb = await fillPostgres(process.env.BENCH_PG);
    console.log(`PostgreSQL: ${EVENTS.toLocaleString('en')} events generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    try {
      await serveAndMeasure(pgdb.url, 'PostgreSQL');
    } finally {
      await pgdb.drop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Article bench: pages per second (and MB of HTML per second, ms per page at p50/p95) through
// the article extractor, for the sitrep engine and for Readability.js alone (the baseline).
// Pages: the scrapinghub benchmark pages of ../shared/eval when present (read here for measuring
// only, never copied), else pages generated from the test fixtures' own texts.
// SITREP_DIST=/tmp/sitrep-NAME/dist benches a private build (default: ./dist). PAGES=N limits the pages.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.SITREP_DIST ?? join(root, 'dist'));
const { extractArticle } = await import(pathToFileURL(join(dist, 'ingest', 'article.js')).href);
const benchmark = join(root, '..', 'shared', 'eval', 'data', 'article', 'scrapinghub.jsonl');
const limit = Number(process.env.PAGES ?? Infinity);

function generatedPages() {
  const para = (i) => `<p>Paragraph ${i} of a generated report: shelling hit the outskirts of the city overnight, officials said, and repair crews restored power to most districts by the morning.</p>`;
  const furniture = '<nav>' + Array.from({ length: 40 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ') + '</nav>';
  return Array.from({ length: 200 }, (_, n) => ({
    url: `https://wire.example/2026/01/${String((n % 28) + 1).padStart(2, '0')}/story-${n}`,
    html: `<html><head><title>Story ${n}</title></head><body>${furniture}<article><h1>Story ${n}</h1>${Array.from({ length: 12 + (n % 20) }, (_, i) => para(i)).join('')}</article><aside class="related">${furniture}</aside><footer>© Wire</footer></body></html>`,
  }));
}

const pages = (existsSync(benchmark)
  ? readFileSync(benchmark, 'utf8').split('\n').filter(Boolean).map((l) => { const r = JSON.parse(l); return { url: r.url, html: r.html }; })
  : generatedPages()).slice(0, limit);
const mb = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / 1024 / 1024;
console.log(`${pages.length} pages, ${mb.toFixed(1)} MB of HTML (${existsSync(benchmark) ? 'scrapinghub benchmark' : 'generated'})`);

for (const engine of ['sitrep', 'readability']) {
  for (const p of pages.slice(0, 5)) extractArticle(p.html, { id: 'warm', url: p.url, engine }); // warm-up
  const times = [];
  const t0 = performance.now();
  for (const [i, p] of pages.entries()) {
    const s = performance.now();
    extractArticle(p.html, { id: String(i), url: p.url, engine });
    times.push(performance.now() - s);
  }
  const secs = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const q = (f) => times[Math.min(times.length - 1, Math.floor(f * times.length))].toFixed(1);
  const rss = process.memoryUsage().rss / 1024 / 1024;
  console.log(`${engine.padEnd(12)} ${(pages.length / secs).toFixed(1)} pages/s, ${(mb / secs).toFixed(1)} MB/s, p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms, RSS ${rss.toFixed(0)} MB`);
}

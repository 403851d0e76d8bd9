/**
 * The dashboard in real Chromium against a real `sitrep serve`: each test starts its own server
 * over a fresh temporary database, loaded with the sample articles (samples/articles.jsonl)
 * through `sitrep ingest` unless it says otherwise.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkPrerequisites, getJson, ingestFile, launch, openPage, postArticle, ROOT, screenshot, serve } from './harness.js';
import type { Served } from './harness.js';

const SAMPLES = join(ROOT, 'samples/articles.jsonl');

let browser: Browser;
let server: Served | undefined;

beforeAll(async () => {
  checkPrerequisites();
  browser = await launch();
});
afterAll(async () => browser?.close());
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function withSamples(): Promise<Served> {
  server = await serve((db) => ingestFile(db, SAMPLES));
  return server;
}

async function tableTotal(page: Page): Promise<number> {
  const text = await page.locator('[data-testid=table-total]').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

describe('dashboard', () => {
  it('renders the offline map with event markers, the timeline and the table', async () => {
    const s = await withSamples();
    const { events } = { events: await getJson<{ total: number }>(s.url, 'api/events?limit=1') };
    expect(events.total).toBeGreaterThan(5);
    const { page, errors, outside, requests } = await openPage(browser, s.url);
    await page.waitForSelector('[data-testid=map][data-rendered]', { timeout: 30_000 });
    // one request for the clusters: prefetched for the framed view while maplibre loaded, then used
    expect(requests.filter((r) => r.startsWith('/api/web/map'))).toHaveLength(1);
    // markers drawn by WebGL, counted with maplibre's own query of what it rendered
    expect(Number(await page.getAttribute('[data-testid=map]', 'data-rendered'))).toBeGreaterThan(0);
    await expect.poll(() => tableTotal(page)).toBe(events.total);
    expect(await page.locator('[data-testid=timeline] rect').count()).toBeGreaterThan(3);
    await screenshot(page, '1-map-timeline-table');
    expect(errors).toEqual([]);
    expect(outside).toEqual([]); // nothing fetched from outside: offline basemap, no glyphs, no tiles
  });

  it('brushing the timeline filters the table to the brushed dates', async () => {
    const s = await withSamples();
    const { page } = await openPage(browser, s.url);
    await page.waitForSelector('[data-testid=map][data-rendered]', { timeout: 30_000 });
    const all = await tableTotal(page);
    const box = (await page.locator('[data-testid=timeline]').boundingBox())!;
    // drag across the first half of the timeline
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => /from=.*to=/.test(location.hash));
    const hash = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
    const from = hash.get('from')!;
    const to = hash.get('to')!;
    const expected = (await getJson<{ total: number }>(s.url, `api/events?from=${from}&to=${to}&limit=1`)).total;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(all);
    await expect.poll(() => tableTotal(page)).toBe(expected);
    const dates = await page.locator('[data-testid=events-table] tbody tr td:first-child').allInnerTexts();
    for (const d of dates) expect(d.slice(0, 10) >= from && d.slice(0, 10) <= to).toBe(true);
    await screenshot(page, '2-timeline-brushed');
  });

  it('opens an event with every field, its rule and the source text with the evidence highlighted', async () => {
    const s = await withSamples();
    const { page } = await openPage(browser, s.url);
    const row = page.locator('[data-testid=events-table] tbody tr').filter({ hasText: 'Odesa' }).first();
    await row.click();
    await page.waitForSelector('[data-testid=article-text] mark');
    const article = await page.locator('[data-testid=article-text]').innerText();
    expect(article).toContain('Nella notte tra sabato e domenica');
    // every highlighted piece is the article's own text, and the location is among them
    const marks = await page.locator('[data-testid=article-text] mark').allInnerTexts();
    for (const m of marks) expect(article).toContain(m);
    expect(await page.locator('[data-testid=article-text] mark[data-field=location]').allInnerTexts()).toContain('Odessa');
    const locationRow = page.locator('[data-testid=event-fields] tr[data-field=location]');
    expect(await locationRow.innerText()).toMatch(/Odesa[\s\S]*“Odessa”[\s\S]*it\/places/);
    await screenshot(page, '3-event-detail');
  });

  it('keeps an analyst correction after a reload, marked as a correction', async () => {
    const s = await withSamples();
    const { page } = await openPage(browser, s.url);
    await page.locator('[data-testid=events-table] tbody tr').first().click();
    await page.waitForSelector('[data-testid=review-form]');
    const form = page.locator('[data-testid=review-form]');
    await form.locator('input[name=reviewer]').fill('Analyst A');
    await form.locator('select[name=field]').selectOption('fatalities');
    await form.locator('input[name=value]').fill('17');
    await form.getByRole('button', { name: 'Correct' }).click();
    await page.waitForSelector('[data-testid=correction-note]');
    await page.reload();
    const fatalities = page.locator('[data-testid=event-fields] tr[data-field=fatalities]');
    await expect.poll(() => fatalities.innerText().catch(() => '')).toMatch(/17[\s\S]*corrected by Analyst A/);
    expect(await page.locator('[data-testid=review-log]').innerText()).toContain('Analyst A · correct fatalities → 17');
    await screenshot(page, '4-review-corrected');
  });
});

describe('ingest from the page', () => {
  it('a pasted Italian article yields its events, which open with their evidence', async () => {
    server = await serve();
    const { page } = await openPage(browser, server.url);
    await page.getByTestId('open-ingest').click();
    const panel = page.getByTestId('ingest-panel');
    await panel.locator('textarea[name=text]').fill(
      'Nella notte un drone russo ha colpito un edificio residenziale a Kharkiv, ferendo cinque persone. ' +
        'Lo ha riferito il sindaco Ihor Terekhov su Telegram.\n\n' +
        'Intanto a Zaporizhzhia un attacco missilistico ha danneggiato una sottostazione elettrica: oltre 20mila famiglie sono rimaste senza luce.',
    );
    await panel.locator('select[name=lang]').selectOption('it');
    await panel.locator('input[name=published]').fill('2026-03-10');
    await panel.getByRole('button', { name: 'Extract and store' }).click();
    // the server's first extraction reads the gazetteer index: give it more than poll's default second
    await expect.poll(() => panel.getByTestId('ingest-results').innerText(), { timeout: 20_000 }).toMatch(/2 new events/);
    await expect.poll(() => tableTotal(page)).toBe(2);
    // and they appear on the map, which frames them (the database was empty when it opened)
    const drawn = async (): Promise<number> => Number((await page.getAttribute('[data-testid=map]', 'data-rendered')) ?? 0);
    await expect.poll(drawn, { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(page, '5-ingest-pasted');
    const locations = await page.locator('[data-testid=events-table] tbody tr td:nth-child(3)').allInnerTexts();
    expect(locations.join(' | ')).toMatch(/Kharkiv/);
    expect(locations.join(' | ')).toMatch(/Zaporizhzhia/);
    await page.locator('[data-testid=events-table] tbody tr').filter({ hasText: 'Kharkiv' }).click();
    await page.waitForSelector('[data-testid=article-text] mark[data-field=location]');
    expect(await page.locator('[data-testid=article-text] mark[data-field=location]').first().innerText()).toBe('Kharkiv');
  });

  it('shows an article full of script tags and event handlers as text, without running any of it', async () => {
    server = await serve();
    const evil =
      '<script>window.__pwned = "script"</script><img src=x onerror="window.__pwned=\'img\'">' +
      '<svg onload="window.__pwned=\'svg\'"></svg><a href="javascript:window.__pwned=\'link\'">x</a>\n' +
      'Nella notte un drone russo ha colpito Odessa. <b onmouseover="window.__pwned=\'hover\'">Tre persone sono state uccise.</b>';
    const ids = await postArticle(server.url, { text: evil, lang: 'it', published: '2026-02-01', title: '<script>alert(1)</script>' });
    expect(ids.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(browser, `${server.url}#event=${ids[0]}`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await page.waitForSelector('[data-testid=article-text]');
    const text = page.locator('[data-testid=article-text]');
    await text.hover();
    await page.locator('[data-testid=article-text] mark').first().hover();
    expect(await text.innerText()).toContain('<script>window.__pwned = "script"</script>');
    expect(await page.locator('#app script, #app img, #app svg a, #app [onerror], #app [onload], #app [onmouseover]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, '6-untrusted-article');
  });

  it('follows a feed from the page, shows why polling it failed, and stops following it', async () => {
    server = await serve();
    const { page, errors } = await openPage(browser, server.url);
    await page.click('[data-testid=open-feeds]');
    await page.waitForSelector('[data-testid=feeds-panel]');
    expect(await page.locator('[data-testid=feeds-list]').innerText()).toContain('No feeds yet.');
    // a feed on this machine's loopback: sitrep serve refuses private addresses (no --allow-private)
    await page.fill('[data-testid=feeds-panel] input[name=url]', 'http://127.0.0.1:9/rss.xml');
    await page.fill('[data-testid=feeds-panel] input[name=name]', 'Loopback <b>feed</b>');
    await page.click('[data-testid=feeds-panel] button[type=submit]');
    const row = page.locator('[data-testid=feeds-list] li[data-feed-id]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('strong').innerText()).toBe('Loopback <b>feed</b>');
    const stored = await getJson<{ feeds: { url: string; name: string }[] }>(server.url, 'api/feeds');
    expect(stored.feeds.map((f) => [f.url, f.name])).toEqual([['http://127.0.0.1:9/rss.xml', 'Loopback <b>feed</b>']]);
    await row.getByRole('button', { name: 'Poll now' }).click();
    await page.waitForSelector('[data-testid=feed-error]');
    expect(await page.locator('[data-testid=feed-error]').innerText()).toMatch(/private|loopback/i);
    await screenshot(page, '7-feeds');
    await row.getByRole('button', { name: 'Stop following' }).click();
    await expect.poll(() => row.count()).toBe(0);
    expect((await getJson<{ feeds: unknown[] }>(server.url, 'api/feeds')).feeds).toEqual([]);
    expect(errors).toEqual([]);
  });
});

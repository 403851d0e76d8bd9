import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/store/export-format.js';
import { BACKENDS } from '../store/backends.js';
import { FIXTURES, TEXTS, seed, startTestServer, type TestServer } from './helpers.js';
import { event, extraction } from '../store/fixtures.js';

for (const backend of BACKENDS) {
  describe(`events API (${backend})`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(backend);
      await seed(s.app);
    });
    afterAll(async () => {
      await s.cleanup();
    });

    const list = async (query: string): Promise<{ total: number; items: { id: number; location: { name: string } }[] }> => {
      const res = await s.app.inject(`/api/events${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const names = async (query: string): Promise<string[]> => (await list(query)).items.map((e) => e.location.name);

    it('lists the merged events, newest first', async () => {
      expect(await names('')).toEqual(['Odesa', 'Pokrovsk', 'Kharkiv']);
      expect(await names('?sort=date')).toEqual(['Kharkiv', 'Pokrovsk', 'Odesa']);
    });

    it('filters by bbox, dates, type, actor, country, fatalities and text', async () => {
      expect(await names('?bbox=35,49,38,51')).toEqual(['Kharkiv']);
      expect(await names('?from=2026-01-03&to=2026-01-03')).toEqual(['Pokrovsk']);
      expect(await names('?type=Battles')).toEqual(['Pokrovsk']);
      expect(await names('?type=Shelling/artillery/missile%20attack,Air/drone%20strike&sort=date')).toEqual(['Kharkiv', 'Odesa']);
      expect(await names('?actor=ukraine')).toEqual(['Pokrovsk']);
      expect(await names('?country=ua&min_fatalities=4')).toEqual(['Kharkiv']);
      expect(await names('?country=RU')).toEqual([]);
      expect(await names('?q=terekhov')).toEqual(['Kharkiv']);
      expect(await names('?admin1=Odeska')).toEqual(['Odesa']);
    });

    it('pages with a total', async () => {
      const page = await list('?limit=2&offset=1&sort=date');
      expect(page.total).toBe(3);
      expect(page.items.map((e) => e.location.name)).toEqual(['Pokrovsk', 'Odesa']);
    });

    it('answers 400 naming the parameter for bad filters', async () => {
      const cases: [string, RegExp][] = [
        ['?bbox=1,2,3', /bbox/],
        ['?bbox=30,52,38,49', /south \(52\) is north of north \(49\)/],
        ['?limit=0', /limit must be >= 1/],
        ['?from=2026-13-01', /from must match format "date"/],
        ['?from=2026-01-05&to=2026-01-01', /from \(2026-01-05\) is after/],
        ['?sort=size', /sort must be equal to one of the allowed values/],
        ['?country=Ukraine', /"Ukraine" is not a two-letter/],
        ['?colour=red', /must NOT have additional properties/],
      ];
      for (const [query, message] of cases) {
        const res = await s.app.inject(`/api/events${query}`);
        expect(res.statusCode, query).toBe(400);
        expect(res.json().message, query).toMatch(message);
      }
    });

    it('shows one event with its reports, toll history, evidence and source texts', async () => {
      const [kharkiv] = (await list('?q=kharkiv')).items;
      const res = await s.app.inject(`/api/events/${kharkiv!.id}`);
      const d = res.json();
      expect(d).toMatchObject({ sitrepId: `SR-${kharkiv!.id}`, reportCount: 2, fatalities: { value: 4, min: 3, max: 4 } });
      expect(d.tollHistory.map((p: { fatalities: number; outlet: string }) => [p.fatalities, p.outlet])).toEqual([[3, 'Giornale'], [4, 'Herald']]);
      expect(d.reports[0].article.text).toBe(TEXTS.kharkivIt);
      expect(d.reports[0].evidence[0]).toEqual({ field: 'event', start: 0, end: 31, rule: null, text: TEXTS.kharkivIt.slice(0, 31) });
      expect((await s.app.inject('/api/events/9999')).statusCode).toBe(404);
      expect((await s.app.inject('/api/events/abc')).statusCode).toBe(400);
    });

    it('keeps an analyst correction when a later report arrives, with who and when', async () => {
      const [kharkiv] = (await list('?q=kharkiv')).items;
      const url = `/api/events/${kharkiv!.id}`;
      const patch = await s.app.inject({ method: 'PATCH', url, payload: { action: 'correct', reviewer: 'ana', note: 'mayor revised', corrections: { fatalities: 5 } } });
      expect(patch.statusCode, patch.body).toBe(200);
      expect(patch.json().fatalities.value).toBe(5);
      const later = 'Kharkiv strike of 2 January: four dead, the regional governor says.';
      FIXTURES.set(later, extraction([event({ fatalities: { value: 4, qualifier: 'exact' } })]));
      await s.app.inject({ method: 'POST', url: '/api/articles', payload: { text: later, published: '2026-01-05' } });
      const d = (await s.app.inject(url)).json();
      expect(d.reportCount).toBe(3);
      expect(d.fatalities.value).toBe(5);
      expect(d.reviews).toMatchObject([{ action: 'correct', field: 'fatalities', value: 5, reviewer: 'ana', note: 'mayor revised' }]);
      expect(d.reviews[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const bad = await s.app.inject({ method: 'PATCH', url, payload: { action: 'correct', reviewer: 'ana', corrections: {} } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toMatch(/needs "corrections"/);
      const badField = await s.app.inject({ method: 'PATCH', url, payload: { action: 'correct', reviewer: 'ana', corrections: { fatalities: 'many' } } });
      expect(badField.statusCode).toBe(400);
      expect((await s.app.inject({ method: 'PATCH', url: '/api/events/9999', payload: { action: 'confirm', reviewer: 'ana' } })).statusCode).toBe(404);
    });

    it('hides rejected events unless asked for', async () => {
      const [odesa] = (await list('?q=odesa')).items;
      await s.app.inject({ method: 'PATCH', url: `/api/events/${odesa!.id}`, payload: { action: 'reject', reviewer: 'bo' } });
      expect(await names('?sort=date')).toEqual(['Kharkiv', 'Pokrovsk']);
      expect(await names('?status=rejected')).toEqual(['Odesa']);
      await s.app.inject({ method: 'PATCH', url: `/api/events/${odesa!.id}`, payload: { action: 'reopen', reviewer: 'bo' } });
    });

    it('exports CSV with ACLED columns, GeoJSON and JSONL', async () => {
      const csv = await s.app.inject('/api/export.csv');
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.body.trim().split('\r\n');
      expect(lines[0]).toBe(CSV_COLUMNS.join(','));
      expect(lines).toHaveLength(4);
      const kharkiv = lines.find((l) => l.includes(',Kharkiv,'))!;
      expect(kharkiv).toMatch(/^2026-01-02,Explosions\/Remote violence,Air\/drone strike,Military Forces of Russia,,Ukraine,Kharkivska,Kharkiv,49.98,36.25,1,1,5,/);
      expect(kharkiv).toContain('Giornale; Herald');
      const geo = (await s.app.inject('/api/export.geojson?type=Battles')).json();
      expect(geo.type).toBe('FeatureCollection');
      expect(geo.features).toHaveLength(1);
      expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [37.18, 48.28] });
      const jsonl = (await s.app.inject('/api/export.jsonl')).body.trim().split('\n').map((l) => JSON.parse(l));
      expect(jsonl).toHaveLength(3);
      expect(jsonl.find((e) => e.location.name === 'Odesa').evidence).toEqual([TEXTS.odesa.slice(0, 33)]);
    });

    it('counts events and tolls per day and per month', async () => {
      const days = (await s.app.inject('/api/stats/timeline')).json();
      expect(days.buckets).toEqual([
        { period: '2026-01-02', events: 1, fatalities: 5, injured: 0 },
        { period: '2026-01-03', events: 1, fatalities: 0, injured: 0 },
        { period: '2026-01-04', events: 1, fatalities: 0, injured: 2 },
      ]);
      const months = (await s.app.inject('/api/stats/timeline?interval=month')).json();
      expect(months.buckets).toEqual([{ period: '2026-01-01', events: 3, fatalities: 5, injured: 2 }]);
      expect((await s.app.inject('/api/stats/timeline?interval=hour')).statusCode).toBe(400);
    });
  });
}

describe('documentation', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await s.cleanup();
  });

  it('publishes an OpenAPI document listing every API route, and a docs page from it', async () => {
    const doc = (await s.app.inject('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/articles', '/api/events', '/api/events/{id}', '/api/export.csv', '/api/export.geojson', '/api/export.jsonl', '/api/stats/timeline', '/api/stream']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    expect(Object.keys(doc.paths['/api/events/{id}'])).toEqual(['get', 'patch']);
    const html = await s.app.inject('/docs');
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('<code>GET /api/events</code>');
    expect(html.body).toContain('<code>bbox</code>');
    expect((await s.app.inject('/nope')).statusCode).toBe(404);
  });
});

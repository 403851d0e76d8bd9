import type { FastifyInstance } from 'fastify';
import type { Extraction } from '../../src/model/extraction.js';
import { buildServer, type ServerOptions } from '../../src/server/app.js';
import { openTestStore, type Backend, type TestStore } from '../store/backends.js';
import { event, extraction, fixtureExtractor } from '../store/fixtures.js';

/** Invented reports of three events: a strike reported twice (toll 3 → 4), a shelling, a clash. */
export const TEXTS = {
  kharkivIt: 'Kharkiv: morte tre persone nel raid di droni del 2 gennaio.',
  kharkivEn: 'The toll of the 2 January drone strike on Kharkiv has risen to four.',
  odesa: 'Shelling hit the port of Odesa on 4 January; two people were injured.',
  clash: 'Fighting near Pokrovsk on 3 January, no casualties reported.',
} as const;

export const FIXTURES = new Map<string, Extraction>([
  [TEXTS.kharkivIt, extraction([event({ fatalities: { value: 3, qualifier: 'exact' }, evidence: [{ start: 0, end: 31 }], sources: [{ name: 'Igor Terekhov', role: 'mayor' }] })], [], 'it')],
  [TEXTS.kharkivEn, extraction([event({ fatalities: { value: 4, qualifier: 'exact' }, evidence: [{ start: 4, end: 44 }] })])],
  [TEXTS.odesa, extraction([event({
    subEventType: 'Shelling/artillery/missile attack', date: { start: '2026-01-04', end: '2026-01-04' },
    location: { name: 'Odesa', lat: 46.48, lon: 30.72, admin1: 'Odeska' }, target: { kind: 'infrastructure' },
    weapons: [{ kind: 'artillery' }], injured: { value: 2, qualifier: 'exact' }, evidence: [{ start: 0, end: 33 }],
  })])],
  [TEXTS.clash, extraction([event({
    eventType: 'Battles', subEventType: 'Armed clash', date: { start: '2026-01-03', end: '2026-01-03' },
    location: { name: 'Pokrovsk', lat: 48.28, lon: 37.18, admin1: 'Donetska' }, actor2: { name: 'Military Forces of Ukraine', country: 'UA' },
    target: undefined, weapons: [], evidence: [{ start: 0, end: 36 }],
  })])],
]);

export interface TestServer extends TestStore {
  readonly app: FastifyInstance;
}

export async function startTestServer(backend: Backend, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const t = await openTestStore(backend);
  const app = await buildServer({ store: t.store, extract: fixtureExtractor(FIXTURES), dashboardDir: '/nonexistent', ...options });
  return { ...t, app, cleanup: async () => { await app.close(); await t.cleanup(); } };
}

/** Posts the four texts (two of them about one event). */
export async function seed(app: FastifyInstance): Promise<void> {
  const articles = [
    { url: 'https://it.example/k', outlet: 'Giornale', text: TEXTS.kharkivIt, published: '2026-01-02T20:00:00Z' },
    { url: 'https://en.example/k', outlet: 'Herald', text: TEXTS.kharkivEn, published: '2026-01-03T08:00:00Z' },
    { url: 'https://en.example/o', outlet: 'Herald', text: TEXTS.odesa, published: '2026-01-04' },
    { url: 'https://en.example/p', outlet: 'Courier', text: TEXTS.clash, published: '2026-01-03' },
  ];
  const res = await app.inject({ method: 'POST', url: '/api/articles', payload: articles });
  if (res.statusCode !== 200) throw new Error(`seed failed: ${res.body}`);
}

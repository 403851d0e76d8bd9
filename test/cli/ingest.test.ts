import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './ingest-helpers.js';

describe('sitrep ingest, events, export (built CLI)', { timeout: 90_000 }, () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
    db = join(dir, 'test.db');
    mkdirSync(join(dir, 'in', 'more'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), 'Nella notte un attacco di droni russi ha colpito Kharkiv, ha riferito il sindaco su Telegram.\n');
    writeFileSync(join(dir, 'in', 'b.json'), JSON.stringify([
      { url: 'https://news.example/b1', title: 'Strike', text: 'A Russian missile strike hit Odesa overnight, the governor said.', published: '2026-03-02' },
      { url: 'https://news.example/b2', text: 'Shelling was reported near Kherson.', published: 'yesterday' },
    ]));
    writeFileSync(join(dir, 'in', 'more', 'c.jsonl'), [
      JSON.stringify({ id: 'c1', text: 'Унаслідок обстрілу міста Суми загинула одна людина.', published: '2026-03-03T08:00:00Z', lang: 'uk' }),
      '{"text": "broken',
      '',
      JSON.stringify({ id: 'c3', title: 'no text' }),
    ].join('\n'));
    writeFileSync(join(dir, 'in', 'notes.md'), 'not an article format: skipped in folders');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests a folder, reports bad records with file and line, and sums up', () => {
    const r = runCli(['ingest', join(dir, 'in'), '--db', db, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'in', 'b.json')}[1]: "published" is not an ISO date`);
    expect(r.stderr).toContain(`${join(dir, 'in', 'more', 'c.jsonl')}:2: not valid JSON`);
    expect(r.stderr).toContain(`${join(dir, 'in', 'more', 'c.jsonl')}:4: the record has no "text" string`);
    expect(r.stderr).toMatch(/6 articles \(3 new, 0 duplicate, 3 failed\); events: \d+ new, \d+ merged/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack traces
    expect(JSON.parse(r.stdout)).toMatchObject({ new: 3, duplicate: 0, failed: 3 });
  });

  it('counts a second ingest of the same files as duplicates, and reads stdin', () => {
    const again = runCli(['ingest', join(dir, 'in', 'a.txt'), '--db', db, '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, duplicate: 1 });
    const stdin = runCli(['ingest', '-', '--db', db, '--json', '--published', '2026-03-04'], 'A drone attack on Sumy damaged a power line.\n');
    expect(JSON.parse(stdin.stdout)).toMatchObject({ new: 1 });
    const jsonl = runCli(['ingest', '--db', db, '--json'], `${JSON.stringify({ text: 'Explosions were heard in Odesa.' })}\n${JSON.stringify({ text: 'Air raid alert in Kyiv.' })}\n`);
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ new: 2 });
    const pretty = runCli(['ingest', '--db', db, '--json'], JSON.stringify({ text: 'Shelling of Nikopol overnight.', lang: 'en' }, null, 2));
    expect(JSON.parse(pretty.stdout)).toMatchObject({ new: 1, failed: 0 });
  });

  it('fails with exit 2 and a message for a missing input folder or database folder', () => {
    const noDb = runCli(['ingest', join(dir, 'in', 'a.txt'), '--db', join(dir, 'nope', 'x.db')]);
    expect(noDb.status).toBe(2);
    expect(noDb.stderr).toMatch(/the folder .*nope does not exist/);
    const noFile = runCli(['ingest', join(dir, 'missing.txt'), '--db', db]);
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toContain('missing.txt: no such file or directory');
  });

  it('reads saved web pages (.html) through src/ingest', () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, `<!doctype html><html lang="en"><head><title>Strike on Odesa</title>
      <meta property="article:published_time" content="2026-03-05T07:00:00Z"></head><body><nav>Home | World</nav>
      <article><h1>Strike on Odesa</h1><p>A Russian drone attack on Odesa overnight damaged a power substation, the regional
      governor said on Telegram, and left thousands of homes without electricity.</p>
      <p>Repair crews were working through the morning to restore power to the affected districts.</p></article></body></html>`);
    const r = runCli(['ingest', page, '--db', db, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ new: 1, failed: 0 });
  });

  it('lists events as a table and exports them', () => {
    const table = runCli(['events', '--db', db]);
    expect(table.status).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+date\s+type\s+location/);
    expect(table.stderr).toMatch(/event\(s\)/);
    const csv = runCli(['export', '--format', 'csv', '--db', db]);
    expect(csv.stdout.split('\r\n')[0]).toBe('event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,time_precision,fatalities,notes,source,injured,evidence,sources,sitrep_id');
    const geo = runCli(['export', '--format', 'geojson', '--db', db, '--country', 'UA']);
    expect(JSON.parse(geo.stdout).type).toBe('FeatureCollection');
    const bad = runCli(['events', '--db', db, '--bbox', '1,2,3']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--bbox must be four numbers');
    const badFormat = runCli(['export', '--format', 'xml', '--db', db]);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of csv, geojson, jsonl');
  });
});

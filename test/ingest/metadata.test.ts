import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/dom.js';
import { dateFromUrl, normaliseDate, readMetadata } from '../../src/ingest/metadata.js';

const meta = (head: string, body = '', url?: string) =>
  readMetadata(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`), url);

describe('readMetadata', () => {
  it('reads the publication time from JSON-LD datePublished, inside @graph', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'X' }, { '@type': 'NewsArticle', headline: 'Шахед над Харковом', datePublished: '2026-01-02T21:15:00+02:00', publisher: { '@type': 'Organization', name: 'Харківські вісті' } }] };
    const m = meta(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(m).toMatchObject({ published: '2026-01-02T19:15:00.000Z', title: 'Шахед над Харковом', outlet: 'Харківські вісті' });
  });

  it('survives a broken JSON-LD block and falls back to <time datetime>', () => {
    const m = meta('<script type="application/ld+json">{"@type": "NewsArticle", </script><title>T</title>', '<time datetime="2026-01-05">5 gennaio</time>');
    expect(m.published).toBe('2026-01-05');
    expect(m.title).toBe('T');
  });

  it('falls back to the date in the URL and the host name as outlet', () => {
    const m = meta('<title>x</title>', '', 'https://www.example.org/news/2025/12/31/story.html');
    expect(m).toMatchObject({ published: '2025-12-31', outlet: 'example.org', canonical: 'https://www.example.org/news/2025/12/31/story.html' });
  });

  it('takes the primary subtag of the declared language', () => {
    expect(readMetadata(parseDocument('<html lang="uk-UA"><head></head><body></body></html>')).lang).toBe('uk');
    expect(meta('<meta property="og:locale" content="ru_RU">').lang).toBe('ru');
  });
});

describe('dates', () => {
  it('normalises dates and rejects what is not one', () => {
    expect(normaliseDate('2026-01-04')).toBe('2026-01-04');
    expect(normaliseDate('Sun, 04 Jan 2026 10:00:00 GMT')).toBe('2026-01-04T10:00:00.000Z');
    expect(normaliseDate('1767520800')).toBe('2026-01-04T10:00:00.000Z');
    expect(normaliseDate('yesterday')).toBeUndefined();
    expect(normaliseDate('0001-01-01T00:00:00Z')).toBeUndefined();
  });

  it('finds a date in URL paths of several shapes, not in ids', () => {
    expect(dateFromUrl('https://x.example/2026/01/04/a')).toBe('2026-01-04');
    expect(dateFromUrl('https://x.example/news/2026-01-04-strike')).toBe('2026-01-04');
    expect(dateFromUrl('https://x.example/20260104/a')).toBe('2026-01-04');
    expect(dateFromUrl('https://x.example/article/14848382.php')).toBeUndefined();
  });
});

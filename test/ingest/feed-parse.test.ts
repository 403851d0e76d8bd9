import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../../src/ingest/feed-parse.js';
import { atom, rdf, rss } from './feed-fixtures.js';

const origin = 'https://wire.example';
const entries = [
  { id: 'wire-1', path: '/2026/01/04/kharkiv', title: 'Drone hits Kharkiv', date: '2026-01-04T08:00:00Z' },
  { id: 'wire-2', path: '/2026/01/05/odesa', title: 'Port of Odesa shelled', date: '2026-01-05T09:30:00Z' },
];

describe('parseFeed', () => {
  it('reads RSS 2.0: guid as key, link (not the atom:link), title, pubDate', () => {
    const feed = parseFeed(rss(origin, entries), `${origin}/rss.xml`);
    expect(feed).toMatchObject({ format: 'rss', title: 'Test Wire & Co' });
    expect(feed.items).toEqual([
      { key: 'wire-1', url: `${origin}/2026/01/04/kharkiv`, title: 'Drone hits Kharkiv', published: '2026-01-04T08:00:00.000Z' },
      { key: 'wire-2', url: `${origin}/2026/01/05/odesa`, title: 'Port of Odesa shelled', published: '2026-01-05T09:30:00.000Z' },
    ]);
  });

  it('reads Atom: id, the alternate link made absolute, updated', () => {
    const feed = parseFeed(atom(origin, entries), `${origin}/feeds/atom.xml`);
    expect(feed.format).toBe('atom');
    expect(feed.items[1]).toEqual({ key: 'wire-2', url: `${origin}/2026/01/05/odesa`, title: 'Port of Odesa shelled', published: '2026-01-05T09:30:00.000Z' });
  });

  it('reads RDF (RSS 1.0): rdf:about, dc:date', () => {
    const feed = parseFeed(rdf(origin, entries), `${origin}/rdf`);
    expect(feed).toMatchObject({ format: 'rdf', title: 'Test Wire RDF' });
    expect(feed.items[0]).toEqual({ key: `${origin}/2026/01/04/kharkiv`, url: `${origin}/2026/01/04/kharkiv`, title: 'Drone hits Kharkiv', published: '2026-01-04T08:00:00.000Z' });
  });

  it('keeps an item without a link under its guid, and drops links that are not http(s)', () => {
    const xml = '<rss><channel><item><guid>only-guid</guid><title>No link</title></item><item><link>javascript:alert(1)</link><guid>js</guid></item></channel></rss>';
    expect(parseFeed(xml).items).toEqual([{ key: 'only-guid', title: 'No link', url: undefined, published: undefined }, { key: 'js', url: undefined, title: undefined, published: undefined }]);
  });

  it('refuses an HTML page and broken XML with a message that says what it is', () => {
    expect(() => parseFeed('<html><body><p>Not a feed</p></body></html>')).toThrow(/not an RSS, Atom or RDF feed \(the document is <html>\)/);
    expect(() => parseFeed('<rss><channel><item></channel>')).toThrow(FeedParseError);
  });
});

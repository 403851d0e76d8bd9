/** Feeds and article pages written for these tests (own texts, invented outlets). */

export function articlePage(title: string, paragraphs: readonly string[], published = '2026-01-04T08:00:00Z'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="${published}"><meta property="og:site_name" content="Test Wire"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>© Test Wire</footer></body></html>`;
}

export const STORIES: Record<string, readonly string[]> = {
  kharkiv: [
    'A drone struck a residential building in the Saltivskyi district of Kharkiv late on Friday evening, regional officials said on Saturday morning.',
    'Rescue teams worked through the night to clear the rubble, and the city administration opened a shelter for the families who lost their flats.',
    'The mayor said that power had been restored to most of the district by noon, although several streets were still closed to traffic.',
  ],
  odesa: [
    'Shelling damaged warehouses in the port of Odesa on Sunday, the regional governor wrote on his channel, adding that two workers were injured.',
    'Port authorities said that loading continued at the other terminals and that the damaged berth would be repaired within a week.',
  ],
  belgorod: [
    'A car was hit by a drone on a road in the Belgorod region on Monday, the regional governor said, reporting one person killed.',
    'Two passengers were taken to hospital, among them a child, and investigators were sent to the scene in the afternoon.',
  ],
};

export interface FeedEntry {
  id: string;
  path: string;
  title: string;
  date: string;
}

export function rss(origin: string, items: readonly FeedEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Test Wire &amp; Co</title><link>${origin}/</link>
<atom:link href="${origin}/rss.xml" rel="self" type="application/rss+xml"/>
${items.map((i) => `<item><title>${i.title}</title><link>${origin}${i.path}</link><guid isPermaLink="false">${i.id}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate><description><![CDATA[<p>${i.title}</p>]]></description></item>`).join('\n')}
</channel></rss>`;
}

export function atom(origin: string, items: readonly FeedEntry[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Test Wire Atom</title><id>urn:test:feed</id>
${items.map((i) => `<entry><id>${i.id}</id><title type="html">${i.title}</title><link rel="alternate" type="text/html" href="${i.path}"/><link rel="enclosure" href="/img.jpg"/><updated>${i.date}</updated></entry>`).join('\n')}
</feed>`;
}

export function rdf(origin: string, items: readonly FeedEntry[]): string {
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${origin}/rdf"><title>Test Wire RDF</title><link>${origin}/</link></channel>
${items.map((i) => `<item rdf:about="${origin}${i.path}"><title>${i.title}</title><link>${origin}${i.path}</link><dc:date>${i.date}</dc:date></item>`).join('\n')}
</rdf:RDF>`;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleError, MAX_DEPTH, MAX_ELEMENTS, MAX_HTML_CHARS, extractArticle } from '../../src/ingest/article.js';

const page = readFileSync(new URL('./pages/news-page.html', import.meta.url), 'utf8');
const url = 'https://corriere.example/esteri/2026/01/04/blackout-leopoli?utm_source=feed';

describe('extractArticle', () => {
  const article = extractArticle(page, { id: 'a1', url });

  it('keeps the article paragraphs, separated by blank lines', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Nella notte tra sabato e domenica una serie di droni/);
    // a link named like a tag list inside a sentence stays: it is part of the sentence
    expect(paragraphs[0]).toContain('alla periferia di Leopoli, lasciando');
    expect(paragraphs).toContain(
      'Il sindaco ha spiegato ai giornalisti che le squadre di riparazione hanno lavorato per tutta la mattina e che la fornitura dovrebbe tornare entro la sera, salvo nuovi allarmi aerei sulla regione.',
    );
    expect(paragraphs.at(-1)).toMatch(/^Le scuole della zona resteranno chiuse lunedì/);
    expect(paragraphs).toHaveLength(4);
  });

  it('drops navigation, cookie banner, byline, share bar, captions, read-also link, a see-also heading with its list, related links, comments and footer', () => {
    for (const furniture of ['Home', 'cookie', 'Di Maria Rossi', 'Condividi', 'Foto: Archivio', 'I tecnici al lavoro', 'Potrebbe interessarti', 'ogni sera alle 20', 'Leggi anche', 'Droni su Kiev', 'Che tristezza', 'diritti riservati']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('reads title, publication time, outlet, language and canonical URL', () => {
    expect(article).toMatchObject({
      id: 'a1',
      title: "Blackout a Leopoli dopo l'attacco notturno",
      published: '2026-01-04T08:30:00.000Z',
      outlet: 'Il Corriere di Prova',
      lang: 'it',
      url: 'https://corriere.example/esteri/2026/01/04/blackout-leopoli',
    });
  });

  it('with the readability engine keeps what Readability.js alone keeps (the baseline)', () => {
    const baseline = extractArticle(page, { id: 'a1', url, engine: 'readability' });
    expect(baseline.text).toContain('Nella notte tra sabato e domenica');
    expect(baseline.text).toContain('Leggi anche');
  });

  it('refuses a page over the size limit with a clear error', () => {
    const huge = '<html><body>' + '<p>x</p>'.repeat(MAX_HTML_CHARS / 8 + 1) + '</body></html>';
    expect(() => extractArticle(huge, { id: 'big' })).toThrow(ArticleError);
    expect(() => extractArticle(huge, { id: 'big' })).toThrow(/MB, over the 12 MB/);
  });

  it('refuses a page too deeply nested or with too many elements, quickly and without overflowing the stack', () => {
    const deep = '<html><body>' + '<div>'.repeat(MAX_DEPTH + 10) + 'x' + '</div>'.repeat(MAX_DEPTH + 10) + '</body></html>';
    expect(() => extractArticle(deep, { id: 'deep' })).toThrow(/nests elements \d+ deep, more than the 500/);
    const wide = '<html><body>' + '<i>x</i>'.repeat(MAX_ELEMENTS) + '</body></html>';
    const t0 = Date.now();
    expect(() => extractArticle(wide, { id: 'wide' })).toThrow(/has 10000\d elements, more than the 100000/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('reads a fragment without <html> and returns empty text for an empty page', () => {
    expect(extractArticle('<p>Solo una riga di testo, senza altro intorno.</p>', { id: 'f' }).text).toBe(
      'Solo una riga di testo, senza altro intorno.',
    );
    expect(extractArticle('', { id: 'e' })).toMatchObject({ id: 'e', text: '', lang: 'und' });
  });
});

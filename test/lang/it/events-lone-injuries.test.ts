import { describe, expect, it } from 'vitest';
import { Article, evidenceOf as evidence, onlyEvent as only } from '../../pipeline/events-mentions.js';
import { extractEvents } from '../../../src/pipeline/events/index.js';

/** Un ferito senza numero: "è stato ricoverato in gravi condizioni". */

const MILANO = { name: 'Milano', lat: 45.46, lon: 9.19, country: 'IT' };
const article = (text: string): Article => new Article(text, '2026-02-11', 'it').stages().place('Milano', MILANO);

describe('it: un ferito raccontato senza numero', () => {
  it('"è stato ricoverato in gravi condizioni" è un ferito', () => {
    const a = article('Sparatoria a Milano nella notte. L\'uomo è stato ricoverato in gravi condizioni.');
    const e = only(a);
    expect(e.injured).toEqual({ value: 1, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['ricoverato']);
    expect(e.fieldEvidence!['injured']![0]!.rule).toBe('it/casualty/injured/lone');
  });
});

describe('it: un ferito senza numero, casi negativi', () => {
  it('"nessun ferito" e "non ci sono feriti" non contano nessuno', () => {
    for (const text of ['Sparatoria a Milano nella notte: nessun ferito.', 'Sparatoria a Milano nella notte, non ci sono feriti.']) {
      expect(extractEvents(article(text).doc, article(text).mentions).every((e) => e.injured === undefined)).toBe(true);
    }
  });

  it('un plurale senza numero non è una persona sola: "sono stati ricoverati"', () => {
    const a = article('Sparatoria a Milano nella notte. Sono stati ricoverati in ospedale.');
    expect(extractEvents(a.doc, a.mentions).every((e) => e.injured === undefined)).toBe(true);
  });
});

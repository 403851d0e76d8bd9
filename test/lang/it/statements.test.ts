import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/pipeline/statements/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const TEXT =
  '“Serve più difesa aerea, subito”. Lo ha scritto su Telegram il ministro degli esteri ucraino, Andrii Sybiha. ' +
  '«Ogni notte le città sono sotto attacco», ha aggiunto precisando che «solo questo mese, la Russia ha lanciato oltre 2.300 droni d’attacco, circa 900 bombe aeree guidate e 45 missili contro l’Ucraina».\n\n' +
  'Il sindaco Vitali Klitschko ha detto che “la città resiste”.';

function article(): Article {
  return new Article(TEXT, '2026-03-31', 'it')
    .qty('oltre 2.300', 2300, 'more_than')
    .qty('circa 900', 900, 'approx')
    .qty('45', 45)
    .time('questo mese', '2026-03-01', '2026-03-31', 'month');
}

describe('it statements', () => {
  const a = article();
  const statements = extractStatements(a.doc, a.mentions);

  it('finds each speaker with role and platform, and every quote style', () => {
    expect(statements.map((s) => s.speaker)).toEqual([
      { name: 'Andrii Sybiha', role: 'minister' },
      { name: 'Vitali Klitschko', role: 'mayor' },
    ]);
    expect(statements[0]!.platform).toBe('Telegram');
    expect(statements[0]!.quotes.map((q) => q.text.slice(0, 22))).toEqual([
      'Serve più difesa aerea',
      'Ogni notte le città so',
      'solo questo mese, la R',
    ]);
    for (const q of statements[0]!.quotes) expect(a.at(q)).toBe(q.text);
  });

  it('reads the numeric claims with actor and period, a count before each weapon', () => {
    expect(statements[0]!.claims.map(({ evidence, ...c }) => c)).toEqual([
      { what: 'launched', weapon: 'drone', actor: 'Russia', count: { value: 2300, qualifier: 'more_than' }, period: { start: '2026-03-01', end: '2026-03-31' } },
      { what: 'launched', weapon: 'guided_bomb', actor: 'Russia', count: { value: 900, qualifier: 'approx' }, period: { start: '2026-03-01', end: '2026-03-31' } },
      { what: 'launched', weapon: 'missile', actor: 'Russia', count: { value: 45, qualifier: 'exact' }, period: { start: '2026-03-01', end: '2026-03-31' } },
    ]);
    expect(a.at(statements[0]!.claims[1]!.evidence![0]!)).toBe('circa 900 bombe aeree guidate');
    expect(statements[1]!.claims).toEqual([]);
  });
});

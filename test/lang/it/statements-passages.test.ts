import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/pipeline/statements/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const TEXT =
  '“La notte è stata dura”. Lo ha scritto su Telegram il sindaco Hennadiy Trukhanov. ' +
  '“Le squadre lavorano senza sosta”, ha aggiunto spiegando che “la difesa aerea ha abbattuto 25 droni”.\n\n' +
  '“Chiediamo più sistemi di difesa”, ha dichiarato ancora.\n\n' +
  '“Ringrazio i soccorritori”, ha aggiunto il sindaco.';

describe('it statements: one passage, one statement', () => {
  const a = new Article(TEXT, '2026-02-10', 'it').qty('25', 25);
  const statements = extractStatements(a.doc, a.mentions);

  it('keeps the quotes of the Telegram passage together, with its platform', () => {
    expect(statements.map((s) => [s.speaker.name, s.platform, s.quotes.length])).toEqual([
      ['Hennadiy Trukhanov', 'Telegram', 3],
      ['Hennadiy Trukhanov', undefined, 2],
    ]);
    expect(statements[0]!.quotes.map((q) => a.at(q))).toEqual([
      'La notte è stata dura',
      'Le squadre lavorano senza sosta',
      'la difesa aerea ha abbattuto 25 droni',
    ]);
  });

  it('a new paragraph with "ha dichiarato ancora" opens a statement, "ha aggiunto" carries it on', () => {
    expect(statements[1]!.quotes.map((q) => a.at(q))).toEqual(['Chiediamo più sistemi di difesa', 'Ringrazio i soccorritori']);
  });

  it('reads an interception claim', () => {
    expect(statements[0]!.claims.map(({ evidence, ...c }) => c)).toEqual([{ what: 'intercepted', weapon: 'drone', count: { value: 25, qualifier: 'exact' } }]);
    expect(a.at(statements[0]!.claims[0]!.evidence![0]!)).toBe('25 droni');
  });

  it('a number that is not after a launch or interception verb is no claim', () => {
    const b = new Article('“In città ci sono 25 droni in mostra”, ha detto il sindaco Hennadiy Trukhanov.', '2026-02-10', 'it').qty('25', 25);
    expect(extractStatements(b.doc, b.mentions)[0]!.claims).toEqual([]);
  });
});

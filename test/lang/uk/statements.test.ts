import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/pipeline/statements/index.js';
import { Article } from '../../pipeline/events-mentions.js';
import { claimsOf, weekOfLaunches } from '../../pipeline/statements-helpers.js';

// Published on Sunday 8 March 2026: "цього тижня" is 2–8 March.
const TEXT =
  '«Нам потрібно більше ППО вже зараз», — написав у Telegram міністр закордонних справ України Андрій Сибіга. ' +
  '«Щоночі наші міста під обстрілами», — додав він, уточнивши, що «лише цього тижня Росія випустила понад 1200 ударних дронів, майже 800 керованих авіабомб і 40 ракет».\n\n' +
  'Мер Києва Віталій Кличко заявив, що «Шахеди» влучили у два райони, і що „місто вистоїть і відбудується“.';

describe('uk statements', () => {
  const a = new Article(TEXT, '2026-03-08T12:00:00', 'uk')
    .stages()
    .place('України', { name: 'Ukraine', lat: 49, lon: 32, country: 'UA', kind: 'country' })
    .place('Києва', { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA' });
  const statements = extractStatements(a.doc, a.mentions);

  it('finds each speaker past the office and its seat, with the platform, in « » and „ “', () => {
    expect(statements.map((s) => [s.speaker, s.platform])).toEqual([
      [{ name: 'Андрій Сибіга', role: 'minister' }, 'Telegram'],
      [{ name: 'Віталій Кличко', role: 'mayor' }, undefined],
    ]);
    expect(statements[0]!.quotes.map((q) => q.text.split(' ').slice(0, 3).join(' '))).toEqual(['Нам потрібно більше', 'Щоночі наші міста', 'лише цього тижня']);
    // «Шахеди» is the name of a drone, not a quotation
    expect(statements[1]!.quotes.map((q) => q.text)).toEqual(['місто вистоїть і відбудується']);
    for (const q of statements.flatMap((s) => s.quotes)) expect(a.at(q)).toBe(q.text);
  });

  it('reads the numeric claims with actor, weapon and period', () => {
    expect(claimsOf(statements[0])).toEqual(weekOfLaunches({ start: '2026-03-02', end: '2026-03-08' }));
    expect(a.at(statements[0]!.claims[1]!.evidence![0]!)).toBe('майже 800 керованих авіабомб');
  });
});

import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/pipeline/statements/index.js';
import { Article } from '../../pipeline/events-mentions.js';
import { claimsOf, weekOfLaunches } from '../../pipeline/statements-helpers.js';

// Published on Sunday 8 March 2026: "this week" is 2–8 March.
const TEXT =
  '"We need more air defence now," Foreign Minister Andrii Sybiha wrote on X. "Every night our cities are under fire," he added, ' +
  'saying that "this week alone, Russia launched more than 1,200 attack drones, nearly 800 guided aerial bombs and 40 missiles against Ukraine."\n\n' +
  'Kyiv Mayor Vitali Klitschko said the "Shahed" drones hit two districts and that “the city is holding on and will rebuild”.';

describe('en statements', () => {
  const a = new Article(TEXT, '2026-03-08T12:00:00', 'en').stages().place('Kyiv', { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA' });
  const statements = extractStatements(a.doc, a.mentions);

  it('finds each speaker with role and platform, in straight and curly quotes', () => {
    expect(statements.map((s) => [s.speaker, s.platform])).toEqual([
      [{ name: 'Andrii Sybiha', role: 'minister' }, 'X'],
      [{ name: 'Vitali Klitschko', role: 'mayor' }, undefined],
    ]);
    expect(statements[0]!.quotes.map((q) => q.text)).toEqual([
      'We need more air defence now,',
      'Every night our cities are under fire,',
      'this week alone, Russia launched more than 1,200 attack drones, nearly 800 guided aerial bombs and 40 missiles against Ukraine.',
    ]);
    for (const q of statements.flatMap((s) => s.quotes)) expect(a.at(q)).toBe(q.text);
  });

  it('takes a name in quote marks for no quotation: "Shahed" drones', () => {
    expect(statements[1]!.quotes.map((q) => q.text)).toEqual(['the city is holding on and will rebuild']);
  });

  it('reads the numeric claims with actor, weapon and period', () => {
    expect(claimsOf(statements[0])).toEqual(weekOfLaunches({ start: '2026-03-02', end: '2026-03-08' }));
    expect(a.at(statements[0]!.claims[0]!.evidence![0]!)).toBe('more than 1,200 attack drones');
    expect(statements[1]!.claims).toEqual([]);
  });
});

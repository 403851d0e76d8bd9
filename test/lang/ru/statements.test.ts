import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/pipeline/statements/index.js';
import { Article } from '../../pipeline/events-mentions.js';
import { claimsOf, weekOfLaunches } from '../../pipeline/statements-helpers.js';

// Published on Sunday 8 March 2026: "на этой неделе" is 2–8 March.
const TEXT =
  '«Нам нужно больше ПВО прямо сейчас», — написал в Telegram министр иностранных дел Украины Андрей Сибига. ' +
  '«Каждую ночь наши города под обстрелами», — добавил он, уточнив, что «только на этой неделе Россия выпустила более 1200 ударных дронов, почти 800 управляемых авиабомб и 40 ракет».\n\n' +
  'Мэр Киева Виталий Кличко заявил, что «Шахеды» попали в два района и что „город выстоит и восстановится“.';

describe('ru statements', () => {
  const a = new Article(TEXT, '2026-03-08T12:00:00', 'ru')
    .stages()
    .place('Украины', { name: 'Ukraine', lat: 49, lon: 32, country: 'UA', kind: 'country' })
    .place('Киева', { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA' });
  const statements = extractStatements(a.doc, a.mentions);

  it('finds each speaker past the office and its seat, with the platform, in « » and „ “', () => {
    expect(statements.map((s) => [s.speaker, s.platform])).toEqual([
      [{ name: 'Андрей Сибига', role: 'minister' }, 'Telegram'],
      [{ name: 'Виталий Кличко', role: 'mayor' }, undefined],
    ]);
    expect(statements[0]!.quotes.map((q) => q.text.split(' ').slice(0, 3).join(' '))).toEqual(['Нам нужно больше', 'Каждую ночь наши', 'только на этой']);
    // «Шахеды» is the name of a drone, not a quotation
    expect(statements[1]!.quotes.map((q) => q.text)).toEqual(['город выстоит и восстановится']);
    for (const q of statements.flatMap((s) => s.quotes)) expect(a.at(q)).toBe(q.text);
  });

  it('reads the numeric claims with actor, weapon and period', () => {
    expect(claimsOf(statements[0])).toEqual(weekOfLaunches({ start: '2026-03-02', end: '2026-03-08' }));
    expect(a.at(statements[0]!.claims[1]!.evidence![0]!)).toBe('почти 800 управляемых авиабомб');
  });
});

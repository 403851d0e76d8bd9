import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

describe('uk events', () => {
  const a = new Article(
    'Унаслідок ракетного удару по Одесі загинули двоє людей, ще п’ятеро поранені, повідомив у Telegram начальник ОВА Олег Кіпер. Серед поранених — 12-річна дівчинка.\n\n' +
      'Кількість загиблих у Херсоні зросла до чотирьох, повідомила прокуратура.',
    '2026-01-08',
    'uk',
  )
    .place('Одесі', { name: 'Odesa', lat: 46.48, lon: 30.73, country: 'UA' })
    .qty('двоє', 2)
    .qty('п’ятеро', 5)
    .qty('12', 12)
    .place('Херсоні', { name: 'Kherson', lat: 46.64, lon: 32.61, country: 'UA' })
    .qty('чотирьох', 4);
  const events = extractEvents(a.doc, a.mentions);

  it('finds a missile strike with killed and injured, not the age', () => {
    const e = events[0]!;
    expect(e.location.name).toBe('Odesa');
    expect(e.subEventType).toBe('Shelling/artillery/missile attack');
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 5, qualifier: 'exact' });
    expect(a.at(e.fieldEvidence!['fatalities']![0]!)).toBe('загинули двоє');
    expect(e.sources).toEqual([{ name: 'Олег Кіпер', role: 'region_head', channel: 'Telegram' }]);
    expect(e.date).toEqual({ start: '2026-01-08', end: '2026-01-08', precision: 'days' });
  });

  it('reads a toll that rose, as its own event in another city', () => {
    expect(events).toHaveLength(2);
    const e = events[1]!;
    expect(e.location.name).toBe('Kherson');
    expect(e.fatalities).toEqual({ value: 4, qualifier: 'exact' });
    expect(a.at(e.fieldEvidence!['fatalities']![0]!)).toBe('Кількість загиблих у Херсоні зросла до чотирьох');
    expect(e.sources).toEqual([{ role: 'police' }]);
  });

  it('negative: a drone show is not an attack', () => {
    const b = new Article('Шоу дронів у Києві зібрало 3 тисячі глядачів.', '2026-01-08', 'uk')
      .place('Києві', { lat: 50.45, lon: 30.52, country: 'UA' })
      .qty('3 тисячі', 3000);
    expect(extractEvents(b.doc, b.mentions)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { locationOf, locations, within } from '../../pipeline/located.js';

describe('ru event locations: a facility named by its town\'s adjective', () => {
  it('"Беспилотники атаковали Саратовский НПЗ": a drone strike on energy at Saratov', () => {
    const l = locationOf('Ночью беспилотники атаковали Саратовский НПЗ, сообщил губернатор.', 'ru', '2026-01-05');
    expect([l.name, l.precision, l.evidence]).toEqual(['Saratov', 'place', 'Саратовский']);
    expect(l.event.subEventType).toBe('Air/drone strike');
    expect(l.event.target).toEqual({ kind: 'energy' });
    // ("Ночью" on the 5th: the night from the 4th to the 5th)
    expect(l.event.date).toMatchObject({ start: '2026-01-04', end: '2026-01-05' });
    expect(within(l, 51.54, 46.01, 25)).toBe(true);
  });

  it('the adjective in the dative after "по": "Беспилотник ударил по Волгоградскому НПЗ"', () => {
    const l = locationOf('Вчера беспилотник ударил по Волгоградскому НПЗ.', 'ru', '2026-01-05');
    expect([l.name, l.precision, l.evidence]).toEqual(['Volgograd', 'place', 'Волгоградскому']);
    expect(l.event.subEventType).toBe('Air/drone strike');
  });

  it('a port over the adjectives between: "Новороссийский морской торговый порт"', () => {
    const l = locationOf('Беспилотники атаковали Новороссийский морской торговый порт.', 'ru', '2026-01-05');
    expect([l.name, l.evidence]).toEqual(['Novorossiysk', 'Новороссийский']);
  });

  it('a nuclear plant named after its region is placed in the region: "на Курскую АЭС"', () => {
    const l = locationOf('Дроны атаковали Курскую АЭС, сообщил губернатор.', 'ru', '2026-01-05');
    expect([l.name, l.precision, l.evidence]).toEqual(['Kursk Oblast', 'admin1', 'Курскую']);
  });

  it('negative: the town\'s adjective before a company is no site, and no event is placed there', () => {
    const all = locations('Рязанская нефтеперерабатывающая компания сообщила о снижении выпуска.', 'ru', '2026-01-05');
    expect(all.map((l) => l.name)).not.toContain('Ryazan’');
  });
});

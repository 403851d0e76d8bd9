import { describe, expect, it } from 'vitest';
import { locationOf, locations, within } from '../../pipeline/located.js';

describe('uk event locations: a facility named by its town\'s adjective', () => {
  it('"Вночі дрони атакували Рязанський НПЗ": a drone strike on energy at Ryazan', () => {
    const l = locationOf('Вночі дрони атакували Рязанський НПЗ, повідомили джерела.', 'uk', '2026-01-05');
    expect([l.name, l.precision, l.evidence]).toEqual(['Ryazan’', 'place', 'Рязанський']);
    expect(l.event.subEventType).toBe('Air/drone strike');
    expect(l.event.target).toEqual({ kind: 'energy' });
    expect(within(l, 54.63, 39.74, 25)).toBe(true);
  });

  it('the adjective in the locative: "на Кременчуцькому НПЗ"', () => {
    const l = locationOf('Після ракетного удару на Кременчуцькому НПЗ спалахнула пожежа.', 'uk', '2026-01-05');
    expect([l.name, l.precision, l.evidence]).toEqual(['Kremenchuk', 'place', 'Кременчуцькому']);
    expect(within(l, 49.07, 33.42, 25)).toBe(true);
  });

  it('a power plant with its number: "по Харківській ТЕЦ-5"', () => {
    const l = locationOf('Росіяни вдарили дронами по Харківській ТЕЦ-5.', 'uk', '2026-01-05');
    expect([l.name, l.evidence]).toEqual(['Kharkiv', 'Харківській']);
    expect(l.event.target).toEqual({ kind: 'energy' });
  });

  it('a nuclear plant named after its region is placed in the region: "Запорізька АЕС"', () => {
    const l = locationOf('Запорізька АЕС знову залишилася без живлення після обстрілу.', 'uk', '2026-01-05');
    expect([l.name, l.precision, l.evidence]).toEqual(['Zaporizhzhia Oblast', 'admin1', 'Запорізька']);
  });

  it('negative: "харківський футбол" gives no place to an event', () => {
    const all = locations('Харківський футбол переживає важкі часи після обстрілів.', 'uk', '2026-01-05');
    expect(all.map((l) => l.name)).not.toContain('Kharkiv');
  });
});

import { describe, expect, it } from 'vitest';
import { locationOf, within } from '../../pipeline/located.js';

describe('uk event locations: a place outside the area the text names as the site', () => {
  it('a village whose only namesakes lie far from the Donbas yields to it: "села Степове на Донбасі"', () => {
    const l = locationOf('Через обстріл села Степове на Донбасі загинули двоє військових.', 'uk');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donbas', 'admin1', 'Донбасі']);
  });

  it('"Степове, Донецька обл.": the oblast written short, not the namesake elsewhere', () => {
    const l = locationOf('Двоє військових загинули біля села Степове, Донецька обл.', 'uk');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donetsk Oblast', 'admin1', 'Донецька обл']);
  });

  it('"Луганська обл.": the oblast, not the city', () => {
    const l = locationOf('Унаслідок обстрілу біля Жовтого, Луганська обл., загинули двоє військових.', 'uk');
    expect([l.name, l.precision, l.evidence]).toEqual(['Luhansk Oblast', 'admin1', 'Луганська обл']);
  });
});

describe('uk event locations: the operation area, names that are no site', () => {
  it('"у зоні ООС" is the Donbas; "батальйону «Азов»" names a unit, not the town', () => {
    const l = locationOf('У зоні ООС загинули двоє бійців батальйону «Азов».', 'uk');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donbas', 'admin1', 'ООС']);
  });

  it('the capital that accuses and the side accused: "Київ звинувачує Москву"', () => {
    const l = locationOf('Київ звинувачує Москву в обстрілі, внаслідок якого в Україні загинули четверо військових.', 'uk');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Україні']);
  });
});

describe('uk event locations: the namesake inside the area', () => {
  it('"біля Дмитрівки в ДНР" is Dmytrivka of Donetsk Oblast, not the one of Odesa Oblast', () => {
    const l = locationOf('Двоє військових загинули внаслідок обстрілу біля Дмитрівки в ДНР.', 'uk');
    expect([l.name, l.precision, l.evidence, l.event.location.admin1]).toEqual(['Dmytrivka', 'place', 'Дмитрівки', 'Donetsk Oblast']);
    expect(within(l, 47.94, 38.94, 10)).toBe(true);
  });
});

describe('uk event locations: precision', () => {
  it('"біля Покровська" is placed near the town (precision near)', () => {
    expect(locationOf('Двоє військових загинули біля Покровська.', 'uk')).toMatchObject({ name: 'Pokrovsk', precision: 'near', evidence: 'Покровська' });
  });
});

describe('uk event locations: the side that launched', () => {
  it('the side that launched what was shot down: "дронів, запущених Росією" is no site', () => {
    const l = locationOf('Уночі українські сили ППО збили 48 із 60 дронів, запущених Росією.', 'uk');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'українські']);
  });
});

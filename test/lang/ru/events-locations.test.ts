import { describe, expect, it } from 'vitest';
import { locationOf, within } from '../../pipeline/located.js';

describe('ru event locations: a place outside the area the text names as the site', () => {
  it('a village whose only namesakes lie far from the Donbas yields to it: "села Степовое в Донбассе"', () => {
    const l = locationOf('При обстреле села Степовое в Донбассе погибли двое военных.', 'ru');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donbas', 'admin1', 'Донбассе']);
  });

  it('"Степовое, Донецкой обл.": the oblast written short, not the namesake elsewhere', () => {
    const l = locationOf('Двое военных погибли у села Степовое, Донецкой обл.', 'ru');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donetsk Oblast', 'admin1', 'Донецкой обл']);
  });
});

describe('ru event locations: the operation area, names that are no site', () => {
  it('"в зоне ООС" is the Donbas; "полка «Азов»" names a unit, not the town', () => {
    const l = locationOf('В зоне ООС погибли двое бойцов полка «Азов».', 'ru');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donbas', 'admin1', 'ООС']);
  });

  it('the capital that accuses and the side accused: "Киев обвиняет Москву"', () => {
    const l = locationOf('Киев обвиняет Москву в обстреле, в результате которого на Украине погибли четверо военных.', 'ru');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Украине']);
  });
});

describe('ru event locations: the namesake inside the area', () => {
  it('"села Дмитровка в ДНР" is Dmytrivka of Donetsk Oblast, not the one of Odesa Oblast', () => {
    const l = locationOf('Двое военных погибли при обстреле села Дмитровка в ДНР.', 'ru');
    expect([l.name, l.precision, l.evidence, l.event.location.admin1]).toEqual(['Dmytrivka', 'place', 'Дмитровка', 'Donetsk Oblast']);
    expect(within(l, 47.94, 38.94, 10)).toBe(true);
  });
});

describe('ru event locations: where someone comes from', () => {
  it('"Священник из Казани погиб ... на Украине": the site, not the home town', () => {
    const l = locationOf('Священник из Казани погиб при обстреле на Украине.', 'ru');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Украине']);
  });
});

describe('ru event locations: the side that launched', () => {
  it('the side that launched what was shot down: "дронов, запущенных Россией" is no site', () => {
    const l = locationOf('Украинские силы ПВО сбили 48 из 60 дронов, запущенных Россией.', 'ru');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Украинские']);
  });
});

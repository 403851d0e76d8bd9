import { describe, expect, it } from 'vitest';
import { locationOf } from '../../pipeline/located.js';

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

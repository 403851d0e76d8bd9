import { describe, expect, it } from 'vitest';
import { locationOf, within } from '../../pipeline/located.js';

describe('it event locations: a place outside the area the text names as the site', () => {
  it('a village whose only namesakes lie far from the Donbas yields to it: "vicino a Stepove nel Donbass"', () => {
    const l = locationOf('Due soldati ucraini sono stati uccisi vicino a Stepove nel Donbass.', 'it');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donbas', 'admin1', 'Donbass']);
  });

  it('the country told as the site, not the one that acts: "attacchi della Russia in Ucraina"', () => {
    const l = locationOf('In seguito agli attacchi della Russia in Ucraina sono morti 12 civili.', 'it');
    expect([l.name, l.precision, l.evidence]).toEqual(['Ukraine', 'country', 'Ucraina']);
  });
});

describe('it event locations: the operation area, names that are no site', () => {
  it('"nella zona dell\'ATO" is the Donbas; "battaglione Azov" names a unit, not the town', () => {
    const l = locationOf("Due combattenti del battaglione Azov sono stati uccisi nella zona dell'ATO.", 'it');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donbas', 'admin1', "zona dell'ATO"]);
  });

  it('the capital that accuses and the side accused: "Kiev accusa Mosca"', () => {
    const l = locationOf('Kiev accusa Mosca per il raid che ha ucciso quattro soldati in Ucraina.', 'it');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Ucraina']);
  });
});

describe('it event locations: the namesake inside the area', () => {
  it('"vicino a Dmitrovka nella DPR" is Dmytrivka of Donetsk Oblast, not the one of Crimea', () => {
    const l = locationOf('Due soldati uccisi dai bombardamenti vicino a Dmitrovka nella DPR.', 'it');
    expect([l.name, l.precision, l.evidence, l.event.location.admin1]).toEqual(['Dmytrivka', 'place', 'Dmitrovka', 'Donetsk Oblast']);
    expect(within(l, 47.94, 38.94, 10)).toBe(true);
  });
});

describe('it event locations: the side that launched', () => {
  it('the side that launched what was shot down: "droni lanciati dalla Russia" is no site', () => {
    const l = locationOf('La difesa aerea ucraina ha abbattuto 48 dei 60 droni lanciati dalla Russia.', 'it');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'ucraina']);
  });
});

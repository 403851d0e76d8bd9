import { describe, expect, it } from 'vitest';
import { locationOf } from '../../pipeline/located.js';

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

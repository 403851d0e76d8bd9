import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const UKRAINE = { name: 'Ukraine', lat: 49, lon: 32, country: 'UA', kind: 'country' as const };
const DONBAS = { name: 'Donbas', lat: 48.3, lon: 38.5, country: 'UA', kind: 'region' as const };
const areas = (name: string) => (name === 'Donbas' ? DONBAS : undefined);
const events = (text: string, place: string) => {
  const a = new Article(text, '2023-02-10', 'it').stages().place(place, UKRAINE);
  return extractEvents(a.doc, { ...a.mentions, areas }).map((e) => [e.location.name, e.fatalities?.value]);
};

describe('it events: separatists, record days', () => {
  it('a text that names Ukraine and its separatists places the event in the Donbas', () => {
    expect(events("L'Ucraina dice che 30 separatisti sono stati uccisi nei combattimenti.", 'Ucraina')).toEqual([['Donbas', 30]]);
  });

  it('"le forze di Kiev", as the other side calls the Ukrainian army, fight in the Donbas', () => {
    expect(events('Ucraina, uccisi 12 soldati delle forze di Kiev in un giorno.', 'Ucraina')).toEqual([['Donbas', 12]]);
  });

  it('a day set against a period is no statistic', () => {
    expect(events('Quattro soldati ucraini uccisi nel giorno più sanguinoso dal 2022 in Ucraina.', 'Ucraina')).toEqual([['Ukraine', 4]]);
  });
});

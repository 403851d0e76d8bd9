import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const UKRAINE = { name: 'Ukraine', lat: 49, lon: 32, country: 'UA', kind: 'country' as const };
const DONBAS = { name: 'Donbas', lat: 48.3, lon: 38.5, country: 'UA', kind: 'region' as const };
const areas = (name: string) => (name === 'Donbas' ? DONBAS : undefined);
const events = (text: string, place: string) => {
  const a = new Article(text, '2023-02-10', 'ru').stages().place(place, UKRAINE);
  return extractEvents(a.doc, { ...a.mentions, areas }).map((e) => [e.location.name, e.fatalities?.value]);
};

describe('ru events: separatists, record days', () => {
  it('a text that names Ukraine and its separatists places the event in the Donbas', () => {
    expect(events('Украина сообщила, что 30 сепаратистов погибли в боях.', 'Украина')).toEqual([['Donbas', 30]]);
  });

  it('"киевские силовики", as the other side calls the Ukrainian forces, fight in the Donbas', () => {
    expect(events('На Украине за сутки погибли 12 киевских силовиков.', 'Украине')).toEqual([['Donbas', 12]]);
    // negative: the same words about a town named outright stay in that town
    const a = new Article('Двое киевских военных погибли под Горловкой.', '2023-02-10', 'ru').stages().place('Горловкой', { name: 'Horlivka', lat: 48.3, lon: 38.05, country: 'UA' });
    expect(extractEvents(a.doc, { ...a.mentions, areas }).map((e) => e.location.name)).toEqual(['Horlivka']);
  });

  it('a day set against a period is no statistic', () => {
    expect(events('На Украине погибли четверо военных в самый кровавый день с августа 2022 года.', 'Украине')).toEqual([['Ukraine', 4]]);
  });
});

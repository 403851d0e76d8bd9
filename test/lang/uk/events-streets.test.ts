import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

describe('uk events: a place name after "вулиця", "проспект" names a street, not another site', () => {
  it('"на вулиці Одеській" does not split the attack on Kharkiv', () => {
    const a = new Article('Дрон атакував Харків, загинули двоє людей. Удар припав на будинок на вулиці Одеській.', '2024-03-10', 'uk')
      .stages()
      .place('Харків', { name: 'Kharkiv', lat: 49.99, lon: 36.23, country: 'UA' })
      .place('Одеській', { name: 'Odesa', lat: 46.48, lon: 30.72, country: 'UA' });
    expect(extractEvents(a.doc, a.mentions).map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Kharkiv', 2]]);
  });
});

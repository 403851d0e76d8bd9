import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

describe('ru events: a place name after "улица", "проспект" names a street, not another site', () => {
  it('"на улице Одесской" does not split the attack on Kharkiv', () => {
    const a = new Article('Дрон атаковал Харьков, погибли два человека. Удар пришёлся на дом на улице Одесской.', '2024-03-10', 'ru')
      .stages()
      .place('Харьков', { name: 'Kharkiv', lat: 49.99, lon: 36.23, country: 'UA' })
      .place('Одесской', { name: 'Odesa', lat: 46.48, lon: 30.72, country: 'UA' });
    expect(extractEvents(a.doc, a.mentions).map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Kharkiv', 2]]);
  });
});

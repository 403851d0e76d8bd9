import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

describe('it events: a place name after "via", "piazza" names a street, not another site', () => {
  it('"in via Odessa" does not split the attack on Kharkiv', () => {
    const a = new Article('Un drone ha colpito Kharkiv: due persone sono morte. Il drone ha colpito un palazzo in via Odessa.', '2024-03-10', 'it')
      .stages()
      .place('Kharkiv', { lat: 49.99, lon: 36.23, country: 'UA' })
      .place('Odessa', { lat: 46.48, lon: 30.72, country: 'UA' });
    expect(extractEvents(a.doc, a.mentions).map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Kharkiv', 2]]);
  });

  it('negative: "a Odessa" is another site', () => {
    const a = new Article('Un drone ha colpito Kharkiv: due persone sono morte. Un altro drone ha colpito un palazzo a Odessa.', '2024-03-10', 'it')
      .stages()
      .place('Kharkiv', { lat: 49.99, lon: 36.23, country: 'UA' })
      .place('Odessa', { lat: 46.48, lon: 30.72, country: 'UA' });
    expect(extractEvents(a.doc, a.mentions).map((e) => e.location.name)).toEqual(['Kharkiv', 'Odessa']);
  });
});

describe('it events: an allegiance is not a site', () => {
  it('"fonti filo-Kiev" do not place the event in Kyiv', () => {
    const a = new Article('Secondo fonti filo-Kiev, due civili sono stati uccisi a Donetsk.', '2024-03-10', 'it')
      .stages()
      .place('Kiev', { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA' })
      .place('Donetsk', { lat: 48, lon: 37.8, country: 'UA' });
    expect(extractEvents(a.doc, a.mentions).map((e) => e.location.name)).toEqual(['Donetsk']);
  });
});

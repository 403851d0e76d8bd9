import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf } from '../../pipeline/events-mentions.js';

const KHARKIV = { name: 'Kharkiv', lat: 49.98, lon: 36.25, country: 'UA', admin1: 'Kharkiv Oblast' };
const NIKOPOL = { name: 'Nikopol', lat: 47.57, lon: 34.39, country: 'UA', admin1: 'Dnipropetrovsk Oblast' };

describe('uk, two incidents in two paragraphs: the victims of one are not told again in the other', () => {
  const a = new Article(
    'Уночі російські війська атакували Харків ударними дронами. За словами мера, загинули двоє людей, ще семеро отримали поранення.\n\n' +
      'Крім того, вранці окупанти обстріляли з артилерії Нікополь. Як повідомив голова ОВА, потерпілого госпіталізовано.',
    '2026-12-05T10:00:00',
    'uk',
  )
    .stages()
    .place('Харків', KHARKIV)
    .place('Нікополь', NIKOPOL);
  const events = extractEvents(a.doc, a.mentions);

  it('counts the one hospitalized victim of the shelling, though the drone strike counted injured before', () => {
    expect(events.map((e) => [e.subEventType, e.location.name, e.fatalities?.value, e.injured?.value])).toEqual([
      ['Air/drone strike', 'Kharkiv', 2, 7],
      ['Shelling/artillery/missile attack', 'Nikopol', undefined, 1],
    ]);
    expect(evidenceOf(a, events[1]!, 'injured')).toEqual(['госпіталізовано']);
  });

  it('still takes a man told again in the same paragraph for one of the injured counted', () => {
    const b = new Article(
      'Уночі російські війська атакували Харків ударними дронами, сімох людей поранено. Пораненого чоловіка доправили до лікарні.',
      '2026-12-05T10:00:00',
      'uk',
    )
      .stages()
      .place('Харків', KHARKIV);
    expect(extractEvents(b.doc, b.mentions).map((e) => [e.location.name, e.injured?.value])).toEqual([['Kharkiv', 7]]);
  });
});

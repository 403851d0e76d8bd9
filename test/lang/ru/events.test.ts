import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

describe('ru events', () => {
  const a = new Article(
    'В ночь на 5 января ВСУ атаковали беспилотниками Белгород, погибли два человека, ранены трое, сообщил губернатор Вячеслав Гладков в Telegram.\n\n' +
      'Число погибших в Горловке возросло до 4, сообщает ТАСС.',
    '2026-01-05',
    'ru',
  )
    .time('В ночь на 5 января', '2026-01-05')
    .place('Белгород', { name: 'Belgorod', lat: 50.6, lon: 36.6, country: 'RU' })
    .qty('два', 2)
    .qty('трое', 3)
    .place('Горловке', { name: 'Horlivka', lat: 48.3, lon: 38.05, country: 'UA' })
    .qty('4', 4);
  const events = extractEvents(a.doc, a.mentions);

  it('reads a drone attack: actor, weapon, killed after the verb, injured, source', () => {
    const e = events[0]!;
    expect(e.location.name).toBe('Belgorod');
    expect(e.subEventType).toBe('Air/drone strike');
    expect(e.actor1).toEqual({ name: 'Military Forces of Ukraine', country: 'UA' });
    expect(e.weapons.map((w) => w.kind)).toEqual(['drone']);
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 3, qualifier: 'exact' });
    expect(e.date).toEqual({ start: '2026-01-05', end: '2026-01-05', precision: 'day' });
    expect(e.sources).toEqual([{ name: 'Вячеслав Гладков', role: 'governor', channel: 'Telegram' }]);
    expect(a.at(e.fieldEvidence!['injured']![0]!)).toBe('ранены трое');
  });

  it('reads a toll that rose and the outlet', () => {
    const e = events[1]!;
    expect(e.location.name).toBe('Horlivka');
    expect(e.fatalities).toEqual({ value: 4, qualifier: 'exact' });
    expect(e.sources).toEqual([{ outlet: 'TASS' }]);
  });

  it('negative: a match is not a battle', () => {
    const b = new Article('В матче в Москве нападающий забил 2 гола и убил интригу.', '2026-01-05', 'ru')
      .place('Москве', { lat: 55.75, lon: 37.62, country: 'RU' })
      .qty('2', 2);
    expect(extractEvents(b.doc, b.mentions)).toEqual([]);
  });
});

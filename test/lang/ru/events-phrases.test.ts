import { describe, expect, it } from 'vitest';
import { Article, evidenceOf as evidence, onlyEvent as only } from '../../pipeline/events-mentions.js';

/** Casualty, toll, outage and source phrases, with the numbers and times of the ru pack itself. */

describe('ru casualty phrases', () => {
  it('reads "погиб один мирный житель, ещё трое получили ранения"', () => {
    const a = new Article('В посёлке Глушково погиб один мирный житель, ещё трое получили ранения, сообщил губернатор Александр Хинштейн в своём Telegram-канале.', '2026-02-11', 'ru')
      .stages()
      .place('Глушково', { name: 'Glushkovo', lat: 51.34, lon: 34.64, country: 'RU' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 1, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 3, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['трое получили ранения']);
    expect(e.sources).toEqual([{ name: 'Александр Хинштейн', role: 'governor', channel: 'Telegram' }]);
  });

  it('keeps the killed and the injured of one sentence apart: "погибли два человека, не менее 15 получили ранения"', () => {
    const a = new Article('Вчера ВСУ обстреляли Белгород из РСЗО: погибли два человека, не менее 15 получили ранения. Повреждены жилые дома.', '2026-03-28', 'ru')
      .stages()
      .place('Белгород', { name: 'Belgorod', lat: 50.6, lon: 36.6, country: 'RU' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.injured).toMatchObject({ value: 15, qualifier: 'at_least' });
    expect(evidence(a, e, 'fatalities')).toEqual(['погибли два']);
    // the damage of the next sentence belongs to this event
    expect(e.impacts).toEqual([{ kind: 'damage' }]);
  });

  it('reads "двое погибших и четверо раненых", reported "по словам губернатора"', () => {
    const a = new Article('По словам губернатора, в Судже двое погибших и четверо раненых.', '2026-02-11', 'ru')
      .stages()
      .place('Судже', { name: 'Sudzha', lat: 51.19, lon: 35.27, country: 'RU' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 4, qualifier: 'exact' });
    expect(e.sources).toEqual([{ role: 'governor' }]);
  });
});

describe('ru tolls, outages and sources', () => {
  it('reads "число погибших возросло до пяти", reported by TASS', () => {
    const a = new Article('Число погибших при обстреле Донецка возросло до пяти, передает ТАСС.', '2026-02-11', 'ru')
      .stages()
      .place('Донецка', { name: 'Donetsk', lat: 48.0, lon: 37.8, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 5, qualifier: 'exact' });
    expect(evidence(a, e, 'fatalities')).toEqual(['Число погибших при обстреле Донецка возросло до пяти']);
    expect(e.subEventType).toBe('Shelling/artillery/missile attack');
    expect(e.sources).toEqual([{ outlet: 'TASS' }]);
  });

  it('reads "около 5 тысяч жителей остались без электричества"', () => {
    const a = new Article('После атаки беспилотников на Брянск около 5 тысяч жителей остались без электричества.', '2026-02-11', 'ru')
      .stages()
      .place('Брянск', { name: 'Bryansk', lat: 53.25, lon: 34.37, country: 'RU' });
    const e = only(a);
    expect(e.impacts).toEqual([{ kind: 'power_outage', affected: { value: 5000, qualifier: 'approx' } }]);
    expect(evidence(a, e, 'impacts')).toEqual(['около 5 тысяч жителей остались без электричества']);
  });

  it('names local authorities as the source: "по словам местных властей"', () => {
    const a = new Article('Накануне, по словам местных властей, в Донецке в результате артиллерийского обстрела погибла женщина.', '2026-03-28', 'ru')
      .stages()
      .place('Донецке', { name: 'Donetsk', lat: 48.0, lon: 37.8, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 1, qualifier: 'exact' });
    expect(e.sources).toEqual([{ role: 'authorities' }]);
    expect(e.date).toEqual({ start: '2026-03-27', end: '2026-03-27', precision: 'day' });
  });
});

describe('ru impacts: damage and an outage in one sentence', () => {
  it('gives the count of people without power to the outage, not to the damage before it', () => {
    const a = new Article('Ночью беспилотники повредили подстанцию в Брянске, без электричества остались около 5 тысяч жителей.', '2026-03-09', 'ru')
      .stages()
      .place('Брянске', { name: 'Bryansk', lat: 53.25, lon: 34.37, country: 'RU' });
    const e = only(a);
    expect(e.impacts.map((i) => [i.kind, i.affected?.value, i.affected?.qualifier])).toEqual([['damage', undefined, undefined], ['power_outage', 5000, 'approx']]);
    expect(evidence(a, e, 'impacts')[1]).toBe('без электричества остались около 5 тысяч');
  });
});

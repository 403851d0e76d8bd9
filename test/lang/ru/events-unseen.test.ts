import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { extractStatements } from '../../../src/pipeline/statements/index.js';
import { Article, evidenceOf } from '../../pipeline/events-mentions.js';

const RUSSIA = { lat: 60, lon: 100, country: 'RU', kind: 'country' as const };

describe('ru, an article no test had seen: a night attack, interceptions, a toll', () => {
  const a = new Article(
    'В ночь на 14 февраля ВСУ атаковали Белгород беспилотниками. Погибли два человека, еще девять получили ранения, среди них ребенок, сообщил губернатор Вячеслав Гладков в Telegram.\n\n' +
      'Минобороны России сообщило, что силы ПВО сбили 45 украинских беспилотников.\n\n' +
      'Число погибших в результате удара по Курску возросло до пяти, по словам губернатора Александра Хинштейна.',
    '2026-02-14',
    'ru',
  )
    .stages()
    .place('Белгород', { name: 'Belgorod', lat: 50.6, lon: 36.59, country: 'RU', admin1: 'Belgorod Oblast' })
    .place('России', RUSSIA)
    .place('Курску', { name: 'Kursk', lat: 51.73, lon: 36.19, country: 'RU', admin1: 'Kursk Oblast' });
  const events = extractEvents(a.doc, a.mentions);

  it('the attack with its toll and source', () => {
    const e = events[0]!;
    expect([e.location.name, e.date.start, e.actor1?.name]).toEqual(['Belgorod', '2026-02-13', 'Military Forces of Ukraine']);
    expect([e.fatalities?.value, e.injured?.value]).toEqual([2, 9]);
    expect(e.sources).toEqual([{ name: 'Вячеслав Гладков', role: 'governor', channel: 'Telegram' }]);
  });

  it('"силы ПВО сбили 45 украинских беспилотников" in a paragraph of its own is another event', () => {
    const e = events[1]!;
    expect(e.subEventType).toBe('Disrupted weapons use');
    expect(e.weapons).toEqual([{ kind: 'drone', count: { value: 45, qualifier: 'exact' } }]);
    expect(e.fatalities).toBeUndefined();
  });

  it('"число погибших ... возросло до пяти" in Kursk', () => {
    expect(events).toHaveLength(3);
    expect([events[2]!.location.name, events[2]!.fatalities?.value]).toEqual(['Kursk', 5]);
  });
});

describe('ru, an article no test had seen: ground taken, remains found, an abduction, utilities, a claim', () => {
  const a = new Article(
    'Российские войска заняли населенный пункт Песчаное в Харьковской области, сообщило Минобороны РФ.\n\n' +
      'В Горловке под завалами дома нашли тело еще одного человека, число погибших возросло до четырех.\n\n' +
      'Украинские военные похитили двух жителей села Тёткино, заявил уполномоченный по правам человека.\n\n' +
      'В Донецке в результате обстрела без воды и отопления остались около 50 тысяч человек.\n\n' +
      'Президент Украины Владимир Зеленский заявил в Telegram: «Только за эту неделю Россия выпустила по Украине более 1100 ударных дронов, почти 800 управляемых авиабомб и 60 ракет».',
    '2026-02-20',
    'ru',
  )
    .stages()
    .place('Песчаное', { name: 'Pishchane', lat: 49.6, lon: 37.8, country: 'UA', admin1: 'Kharkiv Oblast' })
    .place('Харьковской области', { name: 'Kharkiv Oblast', lat: 49.6, lon: 36.5, country: 'UA', admin1: 'Kharkiv Oblast', kind: 'admin1' })
    .place('Горловке', { name: 'Horlivka', lat: 48.34, lon: 38.05, country: 'UA', admin1: 'Donetsk Oblast' })
    .place('Тёткино', { name: 'Tyotkino', lat: 51.27, lon: 34.3, country: 'RU', admin1: 'Kursk Oblast' })
    .place('Донецке', { name: 'Donetsk', lat: 48.02, lon: 37.8, country: 'UA', admin1: 'Donetsk Oblast' });
  const events = extractEvents(a.doc, a.mentions);

  it('"заняли населенный пункт" takes ground', () => {
    const e = events[0]!;
    expect([e.eventType, e.subEventType, e.location.name]).toEqual(['Battles', 'Non-state actor overtakes territory', 'Pishchane']);
    expect(evidenceOf(a, e, 'eventType')).toEqual(['заняли населенный пункт']);
  });

  it('the remains and the abduction are two events, the ombudsman reports the second', () => {
    expect(events.map((e) => [e.subEventType, e.location.name, e.fatalities?.value])).toEqual([
      ['Non-state actor overtakes territory', 'Pishchane', undefined],
      ['Attack', 'Horlivka', 4],
      ['Abduction/forced disappearance', 'Tyotkino', undefined],
      ['Shelling/artillery/missile attack', 'Donetsk', undefined],
    ]);
    expect(events[2]!.sources).toEqual([{ role: 'ombudsman' }]);
  });

  it('"без воды и отопления остались около 50 тысяч человек": both outages', () => {
    const affected = { value: 50000, qualifier: 'approx' };
    expect(events[3]!.impacts).toEqual([{ kind: 'water', affected }, { kind: 'heating', affected }]);
  });

  it('"Президент Украины Владимир Зеленский": the speaker\'s name without the country', () => {
    const [s] = extractStatements(a.doc, a.mentions);
    expect(s?.speaker).toEqual({ name: 'Владимир Зеленский', role: 'president' });
    expect(s?.platform).toBe('Telegram');
    expect(s?.claims.map((c) => [c.weapon, c.count.value, c.count.qualifier])).toEqual([
      ['drone', 1100, 'more_than'],
      ['guided_bomb', 800, 'approx'],
      ['missile', 60, 'exact'],
    ]);
  });
});

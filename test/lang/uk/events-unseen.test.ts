import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { extractStatements } from '../../../src/pipeline/statements/index.js';
import { Article, evidenceOf } from '../../pipeline/events-mentions.js';

const DNIPRO = { name: 'Dnipro', lat: 48.47, lon: 35.04, country: 'UA', admin1: 'Dnipropetrovsk Oblast' };
const KHERSON_REGION = { name: 'Kherson Oblast', lat: 46.67, lon: 33.6, country: 'UA', admin1: 'Kherson', kind: 'admin1' as const };

describe('uk, an article no test had seen: a night attack, interceptions, the toll of another day', () => {
  const a = new Article(
    'У ніч на 12 лютого російські війська атакували Дніпро ударними дронами та крилатими ракетами. ' +
      'Загинули троє людей, ще 18 поранені, серед них двоє дітей, повідомив у Telegram начальник ОВА Сергій Лисак.\n\n' +
      'Унаслідок удару пошкоджено енергетичну інфраструктуру: без світла залишилися понад 30 тисяч абонентів.\n\n' +
      'Повітряні сили повідомили, що сили ППО збили 57 із 72 ударних безпілотників.\n\n' +
      'Кількість загиблих унаслідок удару по Кривому Рогу 9 лютого зросла до 7, повідомила прокуратура.',
    '2026-02-12',
    'uk',
  )
    .stages()
    .place('Дніпро', DNIPRO)
    .place('Кривому Рогу', { name: 'Kryvyi Rih', lat: 47.91, lon: 33.39, country: 'UA', admin1: 'Dnipropetrovsk Oblast' });
  const events = extractEvents(a.doc, a.mentions);

  it('the attack keeps its own toll, not the one of another day', () => {
    const e = events[0]!;
    expect([e.location.name, e.date.start, e.date.end]).toEqual(['Dnipro', '2026-02-11', '2026-02-12']);
    expect([e.fatalities?.value, e.injured?.value]).toEqual([3, 18]);
    expect(e.impacts).toContainEqual({ kind: 'power_outage', affected: { value: 30000, min: 30000, qualifier: 'more_than' } });
    expect(e.sources).toEqual([{ name: 'Сергій Лисак', role: 'region_head', channel: 'Telegram' }]);
  });

  it('"збили 57 із 72 ударних безпілотників": the attack word of the drones\' name does not make it an attack', () => {
    const e = events[1]!;
    expect(e.subEventType).toBe('Disrupted weapons use');
    expect(evidenceOf(a, e, 'eventType')).toEqual(['збили']);
  });

  it('"кількість загиблих ... 9 лютого зросла до 7" is the strike of 9 February', () => {
    expect(events).toHaveLength(3);
    const e = events[2]!;
    expect([e.location.name, e.date.start, e.fatalities?.value]).toEqual(['Kryvyi Rih', '2026-02-09', 7]);
    expect(evidenceOf(a, e, 'fatalities')).toEqual(['Кількість загиблих унаслідок удару по Кривому Рогу 9 лютого зросла до 7']);
  });
});

describe('uk, an article no test had seen: shelling and an abduction in one region, utilities, a weekly claim', () => {
  const a = new Article(
    'Російська армія обстріляла з артилерії село Білозерка на Херсонщині, загинула 72-річна жінка.\n\n' +
      'Російські військові викрали двох волонтерів у селі Олешки на Херсонщині, повідомив омбудсман.\n\n' +
      'Унаслідок атаки дронів на Одесу без води та опалення залишилися близько 100 тисяч людей, повідомив міський голова Геннадій Труханов.\n\n' +
      'Президент України Володимир Зеленський написав у Telegram: «Лише цього тижня Росія випустила по Україні понад 1300 ударних дронів, майже 900 керованих авіабомб і 50 ракет».',
    '2026-02-20',
    'uk',
  )
    .stages()
    .place('Білозерка', { name: 'Bilozerka', lat: 46.63, lon: 32.44, country: 'UA', admin1: 'Kherson' })
    .place('Херсонщині', KHERSON_REGION)
    .place('Олешки', { name: 'Oleshky', lat: 46.63, lon: 32.72, country: 'UA', admin1: 'Kherson' })
    .place('Херсонщині', KHERSON_REGION, 1)
    .place('Одесу', { name: 'Odesa', lat: 46.48, lon: 30.73, country: 'UA', admin1: 'Odessa Oblast' });
  const events = extractEvents(a.doc, a.mentions);

  it('the abduction is not merged into the shelling of the same region', () => {
    expect(events.map((e) => [e.subEventType, e.location.name])).toEqual([
      ['Shelling/artillery/missile attack', 'Bilozerka'],
      ['Abduction/forced disappearance', 'Oleshky'],
      ['Air/drone strike', 'Odesa'],
    ]);
    expect(events[1]!.sources).toEqual([{ role: 'ombudsman' }]);
  });

  it('"без води та опалення залишилися близько 100 тисяч людей": both outages', () => {
    const affected = { value: 100000, qualifier: 'approx' };
    expect(events[2]!.impacts).toEqual([{ kind: 'water', affected }, { kind: 'heating', affected }]);
  });

  it('"Президент України Володимир Зеленський": the country is the office\'s seat, not part of the name', () => {
    const [s] = extractStatements(a.doc, a.mentions);
    expect(s?.speaker).toEqual({ name: 'Володимир Зеленський', role: 'president' });
    expect(s?.claims.map((c) => [c.weapon, c.count.value, c.period?.start, c.period?.end])).toEqual([
      ['drone', 1300, '2026-02-16', '2026-02-20'],
      ['guided_bomb', 900, '2026-02-16', '2026-02-20'],
      ['missile', 50, '2026-02-16', '2026-02-20'],
    ]);
  });
});

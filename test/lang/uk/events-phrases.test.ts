import { describe, expect, it } from 'vitest';
import { Article, evidenceOf as evidence, onlyEvent as only } from '../../pipeline/events-mentions.js';

/** Casualty, toll, outage and source phrases, with the numbers and times of the uk pack itself. */

describe('uk casualty phrases', () => {
  it('reads collective numerals: "загинули двоє людей, ще 11 поранено"', () => {
    const a = new Article('У ніч на 18 січня росіяни атакували Запоріжжя дронами. Загинули двоє людей, ще 11 поранено, серед них дитина.', '2026-01-18', 'uk')
      .stages()
      .place('Запоріжжя', { name: 'Zaporizhzhia', lat: 47.84, lon: 35.14, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 11, qualifier: 'exact' });
    expect(evidence(a, e, 'fatalities')).toEqual(['Загинули двоє']);
    expect(evidence(a, e, 'injured')).toEqual(['11 поранено']);
  });

  it('reads "двоє загиблих і п\'ятеро поранених" and keeps the two lists apart', () => {
    const a = new Article('Після удару по Сумах є двоє загиблих і п\'ятеро поранених.', '2026-01-18', 'uk')
      .stages()
      .place('Сумах', { name: 'Sumy', lat: 50.91, lon: 34.8, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 5, qualifier: 'exact' });
  });

  it('does not add the dead to the injured: "троє людей загинули, дев\'ятеро травмовані"', () => {
    const a = new Article('Росіяни вдарили по Миколаєву: троє людей загинули, дев\'ятеро травмовані.', '2026-01-18', 'uk')
      .stages()
      .place('Миколаєву', { name: 'Mykolaiv', lat: 46.97, lon: 31.99, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 3, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 9, qualifier: 'exact' });
    expect(evidence(a, e, 'injured')).toEqual(['дев\'ятеро травмовані']);
  });

  it('reads "загинув чоловік, ще троє отримали поранення" as shelling, reported by an outlet', () => {
    const a = new Article('У Херсоні внаслідок обстрілу загинув чоловік, ще троє отримали поранення, передає Суспільне.', '2026-01-18', 'uk')
      .stages()
      .place('Херсоні', { name: 'Kherson', lat: 46.64, lon: 32.61, country: 'UA' });
    const e = only(a);
    expect(e.subEventType).toBe('Shelling/artillery/missile attack');
    expect(e.fatalities).toEqual({ value: 1, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 3, qualifier: 'exact' });
    expect(e.sources).toEqual([{ outlet: 'Suspilne' }]);
  });
});

describe('uk tolls, outages and sources', () => {
  it('reads a toll that rose to a word number: "кількість загиблих зросла до трьох"', () => {
    const a = new Article('Кількість загиблих від удару по Ізюму зросла до трьох, повідомив голова обласної військової адміністрації Олег Синєгубов у Telegram.', '2026-01-18', 'uk')
      .stages()
      .place('Ізюму', { name: 'Izium', lat: 49.21, lon: 37.26, country: 'UA' });
    const e = only(a);
    expect(e.fatalities).toEqual({ value: 3, qualifier: 'exact' });
    expect(evidence(a, e, 'fatalities')).toEqual(['Кількість загиблих від удару по Ізюму зросла до трьох']);
    // "голова" is the head of an administration, not a football goal
    expect(e.sources).toEqual([{ name: 'Олег Синєгубов', role: 'region_head', channel: 'Telegram' }]);
  });

  it('reads "понад 30 тисяч абонентів залишилися без світла"', () => {
    const a = new Article('Через атаку дронів на Одесу понад 30 тисяч абонентів залишилися без світла.', '2026-01-18', 'uk')
      .stages()
      .place('Одесу', { name: 'Odesa', lat: 46.48, lon: 30.73, country: 'UA' });
    const e = only(a);
    expect(e.impacts).toEqual([{ kind: 'power_outage', affected: { value: 30000, qualifier: 'more_than', min: 30000 } }]);
    expect(evidence(a, e, 'impacts')).toEqual(['понад 30 тисяч абонентів залишилися без світла']);
  });

  it('does not count the injured as damaged: "пошкодили будинок, поранено чотирьох мешканців"', () => {
    const a = new Article('У Дніпрі уламки дрона пошкодили багатоповерховий будинок, поранено чотирьох мешканців, за словами місцевої влади.', '2026-03-03', 'uk')
      .stages()
      .place('Дніпрі', { name: 'Dnipro', lat: 48.45, lon: 34.98, country: 'UA' });
    const e = only(a);
    expect(e.injured).toEqual({ value: 4, qualifier: 'exact' });
    expect(e.impacts).toEqual([{ kind: 'damage' }]);
    expect(e.sources).toEqual([{ role: 'authorities' }]);
  });
});

describe('uk impacts: damage and an outage in one sentence', () => {
  it('gives the count of people without power to the outage, not to the damage before it', () => {
    const a = new Article('Вночі дрони пошкодили об\'єкт енергетики в Одесі, без світла залишилися понад 30 тисяч абонентів.', '2026-03-09', 'uk')
      .stages()
      .place('Одесі', { name: 'Odesa', lat: 46.48, lon: 30.73, country: 'UA' });
    const e = only(a);
    expect(e.impacts.map((i) => [i.kind, i.affected?.value, i.affected?.qualifier])).toEqual([['damage', undefined, undefined], ['power_outage', 30000, 'more_than']]);
    expect(evidence(a, e, 'impacts')[1]).toBe('без світла залишилися понад 30 тисяч');
  });
});

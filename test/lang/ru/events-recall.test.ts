import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/**
 * Семейства фраз, которыми военные новости сообщают о событии без "атаки" или "погибших": перемирие, нарушенное огнём, отражённые атаки, потери стороны, военные заявления. Предложения написаны для этих тестов.
 */
const A = { lat: 48.14, lon: 37.74, country: 'UA' };
const B = { lat: 47.78, lon: 37.25, country: 'UA' };
const C = { lat: 49.05, lon: 38.22, country: 'UA' };

const report = (text: string, places: [string, Parameters<Article['place']>[1]][]) => {
  const a = new Article(text, '2023-03-10', 'ru').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, a.mentions) };
};

describe('ru event recall: fire exchanged, truces broken, attacks repelled', () => {
  it('"нарушили режим тишины шесть раз": нарушенное перемирие есть вооружённое столкновение', () => {
    const { a, es } = report('Боевики нарушили режим тишины шесть раз за ночь у Авдеевки.', [['Авдеевки', A]]);
    expect(es.map((e) => [e.subEventType, e.location.name, e.fatalities])).toEqual([['Armed clash', 'Авдеевки', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['нарушили режим тишины']);
  });

  it('"открыли огонь по позициям"', () => {
    const { a, es } = report('Противник открыл огонь по позициям у Угледара.', [['Угледара', B]]);
    expect(es.map((e) => e.location.name)).toEqual(['Угледара']);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['открыл огонь']);
  });

  it('"отразили три атаки": атака отражена', () => {
    const { a, es } = report('Морпехи отразили три атаки противника у Угледара.', [['Угледара', B]]);
    expect(es.map((e) => [e.subEventType, e.location.name])).toEqual([['Armed clash', 'Угледара']]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['отразили']);
  });
});

describe('ru event recall: military claims and losses', () => {
  it('"уничтожили до 70 военнослужащих и три танка": уничтоженные люди погибли, танки нет', () => {
    const { a, es } = report('Артиллеристы уничтожили 70 военнослужащих и три танка у Кременной.', [['Кременной', C]]);
    expect(es.map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Кременной', 70]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['уничтожили 70']);
  });

  it('уничтоженный склад есть удар без погибших', () => {
    const { a, es } = report('Артиллеристы уничтожили склад боеприпасов у Кременной.', [['Кременной', C]]);
    expect(es.map((e) => [e.location.name, e.fatalities])).toEqual([['Кременной', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['уничтожили склад боеприпасов']);
  });

  it('"потеряли до 90 военнослужащих": потери стороны есть бой, а не число погибших', () => {
    const { a, es } = report('Противник потерял до 90 военнослужащих у Кременной за сутки.', [['Кременной', C]]);
    expect(es.map((e) => [e.subEventType, e.location.name, e.fatalities])).toEqual([['Armed clash', 'Кременной', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['потерял до 90 военнослужащих']);
  });
});

describe('ru event recall: negative cases', () => {
  it('уничтоженное имущество не считает погибших: "разрушено 300 домов"', () => {
    expect(report('Наводнение разрушило 300 домов у Кременной.', [['Кременной', C]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('politics is no event', () => {
    expect(report('Правительство предлагает повстанцам автономию Кременной, говорит министр.', [['Кременной', C]]).es).toEqual([]);
  });
});

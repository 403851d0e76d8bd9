import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/**
 * Родини фраз, якими воєнні новини повідомляють про подію без "атаки" чи "загиблих": перемир'я, порушене вогнем, відбиті атаки, втрати сторони, військові заяви. Речення написані для цих тестів.
 */
const A = { lat: 48.14, lon: 37.74, country: 'UA' };
const B = { lat: 47.78, lon: 37.25, country: 'UA' };
const C = { lat: 49.05, lon: 38.22, country: 'UA' };

const report = (text: string, places: [string, Parameters<Article['place']>[1]][]) => {
  const a = new Article(text, '2023-03-10', 'uk').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, a.mentions) };
};

describe('uk event recall: fire exchanged, truces broken, attacks repelled', () => {
  it('"порушили режим тиші шість разів": порушене перемир\'я є збройним зіткненням', () => {
    const { a, es } = report('Окупанти порушили режим тиші шість разів за ніч поблизу Авдіївки.', [['Авдіївки', A]]);
    expect(es.map((e) => [e.subEventType, e.location.name, e.fatalities])).toEqual([['Armed clash', 'Авдіївки', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['порушили режим тиші']);
  });

  it('"відкрили вогонь по позиціях"', () => {
    const { a, es } = report('Ворог відкрив вогонь по позиціях ЗСУ поблизу Вугледара.', [['Вугледара', B]]);
    expect(es.map((e) => e.location.name)).toEqual(['Вугледара']);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['відкрив вогонь']);
  });

  it('"відбили три атаки": атаку відбито', () => {
    const { a, es } = report('Морпіхи відбили три атаки ворога поблизу Вугледара.', [['Вугледара', B]]);
    expect(es.map((e) => [e.subEventType, e.location.name])).toEqual([['Armed clash', 'Вугледара']]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['відбили']);
  });
});

describe('uk event recall: military claims and losses', () => {
  it('"знищили 52 окупанти і три танки": знищені люди є загиблими, танки ні', () => {
    const { a, es } = report('Сили оборони знищили 52 окупанти і три танки поблизу Кремінної.', [['Кремінної', C]]);
    expect(es.map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Кремінної', 52]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['знищили 52']);
  });

  it('знищений склад є ударом без загиблих', () => {
    const { a, es } = report('Артилеристи знищили склад боєприпасів поблизу Кремінної.', [['Кремінної', C]]);
    expect(es.map((e) => [e.location.name, e.fatalities])).toEqual([['Кремінної', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['знищили склад боєприпасів']);
  });

  it('"втратив до 90 військових": втрати сторони є боєм, а не кількістю загиблих', () => {
    const { a, es } = report('Ворог втратив до 90 військових поблизу Кремінної за добу.', [['Кремінної', C]]);
    expect(es.map((e) => [e.subEventType, e.location.name, e.fatalities])).toEqual([['Armed clash', 'Кремінної', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['втратив до 90 військових']);
  });
});

describe('uk event recall: negative cases', () => {
  it('знищене майно не лічить загиблих: "зруйновано 300 будинків"', () => {
    expect(report('Повінь зруйнувала 300 будинків поблизу Кремінної.', [['Кремінної', C]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('politics is no event', () => {
    expect(report('Уряд пропонує повстанцям автономію Кремінної, каже міністр.', [['Кремінної', C]]).es).toEqual([]);
  });
});

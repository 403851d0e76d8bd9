import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';
import { describeTollAsOf } from '../../pipeline/toll-as-of.js';

const tolls = (text: string): [number | undefined, number | undefined][] => {
  const a = new Article(text, '2024-03-10', 'ru').stages().place('Харькове', { name: 'Kharkiv', lat: 49.99, lon: 36.23, country: 'UA' });
  return extractEvents(a.doc, a.mentions).map((e) => [e.fatalities?.value, e.injured?.value]);
};

describe('ru tolls: statistics are not an event', () => {
  it('"с января 2023 года ... погибли 500 мирных жителей" is a statistic, not the toll of the strike', () => {
    expect(tolls('В Харькове дрон попал в дом, погибли два человека. С января 2023 года в области погибли 500 мирных жителей.')).toEqual([[2, undefined]]);
  });

  it('negative: a day keeps the toll', () => {
    expect(tolls('В Харькове 9 марта погибли пять мирных жителей.')).toEqual([[5, undefined]]);
  });
});

describe('ru tolls: a crime named by its victims', () => {
  it('"двойное убийство" counts two dead', () => {
    expect(tolls('В Харькове произошло двойное убийство.')).toEqual([[2, undefined]]);
  });
});

describeTollAsOf('ru', {
  text: '9 марта ракета попала в жилой дом в Днепре, погибли четыре человека.\n\nПо состоянию на утро 10 марта число погибших выросло до шести.',
  asOf: 'По состоянию на утро 10 марта',
  evidence: 'число погибших выросло до шести',
});

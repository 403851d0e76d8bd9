import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';
import { describeTollAsOf } from '../../pipeline/toll-as-of.js';

const tolls = (text: string): [number | undefined, number | undefined][] => {
  const a = new Article(text, '2024-03-10', 'uk').stages().place('Харкові', { name: 'Kharkiv', lat: 49.99, lon: 36.23, country: 'UA' });
  return extractEvents(a.doc, a.mentions).map((e) => [e.fatalities?.value, e.injured?.value]);
};

describe('uk tolls: statistics are not an event', () => {
  it('"з січня 2023 року ... загинули 500 цивільних" is a statistic, not the toll of the strike', () => {
    expect(tolls('У Харкові дрон влучив у будинок, загинули двоє людей. З січня 2023 року в області загинули 500 цивільних.')).toEqual([[2, undefined]]);
  });

  it('negative: a day keeps the toll', () => {
    expect(tolls('У Харкові 9 березня загинули п\'ятеро цивільних.')).toEqual([[5, undefined]]);
  });
});

describe('uk tolls: a crime named by its victims', () => {
  it('"подвійне вбивство" counts two dead', () => {
    expect(tolls('У Харкові сталося подвійне вбивство.')).toEqual([[2, undefined]]);
  });
});

describeTollAsOf('uk', {
  text: '9 березня ракета влучила в житловий будинок у Дніпрі, загинули четверо людей.\n\nСтаном на ранок 10 березня кількість загиблих зросла до шести.',
  asOf: 'Станом на ранок 10 березня',
  evidence: 'кількість загиблих зросла до шести',
});

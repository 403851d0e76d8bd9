import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const DAYTON = { lat: 39.76, lon: -84.19, country: 'US', admin1: 'Ohio' };
const article = (text: string): Article => new Article(text, '2016-01-20', 'en').place('Dayton', DAYTON);
const toll = (text: string): [number | undefined, number | undefined] => {
  const a = article(text);
  const events = extractEvents(a.doc, a.mentions);
  const sum = (f: 'fatalities' | 'injured'): number | undefined =>
    events.some((e) => e[f]) ? events.reduce((n, e) => n + (e[f]?.value ?? 0), 0) : undefined;
  return [sum('fatalities'), sum('injured')];
};

describe('en events: one injured person told with no count', () => {
  it('a hospital, a condition or a gunshot wound of one person is one injured', () => {
    expect(toll('Officers found a 30-year-old man suffering from a gunshot wound in Dayton on Sunday.')).toEqual([undefined, 1]);
    expect(toll('There was a shooting in Dayton on Sunday. The man was taken to Miami Valley Hospital and is in stable condition.')).toEqual([undefined, 1]);
    expect(toll('A shooting broke out at a bar in Dayton. The victim was struck once and is in serious condition.')).toEqual([undefined, 1]);
  });

  it('the evidence is the phrase and its rule ends in /lone', () => {
    const a = article('A shooting broke out at a bar in Dayton. The victim was transported to the hospital.');
    const [e] = extractEvents(a.doc, a.mentions);
    const [ev] = e!.fieldEvidence!['injured']!;
    expect(a.at(ev!)).toBe('transported to the hospital');
    expect(ev!.rule).toBe('en/casualty/hurt/lone');
  });

  it('a passive "was shot" with no subject counted is one injured', () => {
    expect(toll('Police say Torres got into a fight at a bakery in Dayton and was shot in the leg by an employee.')).toEqual([undefined, 1]);
  });

  it('wounds are not people: "six gunshot wounds" is one person', () => {
    expect(toll('A shooting in Dayton left a man with six gunshot wounds.')).toEqual([undefined, 1]);
  });
});

describe('en events: one injured person, negative cases', () => {
  it('a denied injury counts nobody', () => {
    expect(toll('Shots were fired at a house in Dayton on Sunday. No one was injured.')).toEqual([undefined, undefined]);
    expect(toll('A bullet was fired into the ceiling of a home in Dayton, but it did not injure anyone.')).toEqual([undefined, undefined]);
  });

  it('the active verb names no victim of its own: "shot a round into the house"', () => {
    expect(toll('A man shot a round from a rifle into a house in Dayton on Sunday.')[1]).toBeUndefined();
  });

  it('the active verb\'s victim is its object, not a number further on: "shot her in the head at Eight Mile"', () => {
    const a = article('In Dayton, a suspect approached and shot her in the head at Eight Mile and Sunset, police said.').qty('Eight', 8);
    expect(extractEvents(a.doc, a.mentions).every((e) => e.injured?.value !== 8)).toBe(true);
  });

  it('a plural told with no count is not one person', () => {
    expect(toll('A shooting broke out at a bar in Dayton. Both were taken to the hospital.')[1]).toBeUndefined();
  });

  it('in a text that tells of a death, the person taken to a hospital may be the dead', () => {
    expect(toll('A man was shot in Dayton on Sunday. He was taken to a hospital. The victim died Monday.')).toEqual([1, undefined]);
  });

  it('a sentence that tells of deaths adds no lone injury: "gunmen kill wounded soldiers at a hospital"', () => {
    expect(toll('Gunmen kill wounded soldiers at a hospital in Dayton.')[1]).toBeUndefined();
  });
});

describe('en events: one injured person told again in a later event', () => {
  it('"The teen was taken to a hospital" after an event that counted the injured adds nobody', () => {
    const FAR = { lat: 25.8, lon: -80.3, country: 'US', admin1: 'Florida' };
    const a = article('A 17-year-old was wounded in a shooting in Dayton on Sunday. Later a gunman opened fire in Doral. The teen was taken to a hospital in good condition.').place('Doral', FAR);
    const events = extractEvents(a.doc, a.mentions);
    expect(events.length).toBeGreaterThan(1);
    expect(events.reduce((n, e) => n + (e.injured?.value ?? 0), 0)).toBe(1);
    expect(a.at(events[0]!.fieldEvidence!['injured']![0]!)).toBe('wounded');
  });
});

describe('en events: a named victim in a denied clause', () => {
  it('"No officers or anyone else at the Walmart was injured" counts nobody', () => {
    expect(toll('A man was shot and killed by officers at a store in Dayton. No officers or anyone else at the Walmart was injured.')).toEqual([1, undefined]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const DAYTON = { lat: 39.76, lon: -84.19, country: 'US', admin1: 'Ohio' };
const toll = (text: string, build: (a: Article) => Article = (a) => a): [number | undefined, number | undefined] => {
  const a = build(new Article(text, '2016-01-20', 'en').place('Dayton', DAYTON));
  const [e] = extractEvents(a.doc, a.mentions);
  return [e?.fatalities?.value, e?.injured?.value];
};

describe('en events: victims named with no number', () => {
  it('a named victim is one, an appositive between commas is skipped', () => {
    expect(toll('Marcus Lee Hall was shot and killed in Dayton on Sunday.')).toEqual([1, undefined]);
    expect(toll('Marcus Hall, a 31-year-old father of two, died Monday after a shooting in Dayton.')).toEqual([1, undefined]);
    const a = new Article('Marcus Hall was shot and killed in Dayton.', '2016-01-20', 'en').place('Dayton', DAYTON);
    const [e] = extractEvents(a.doc, a.mentions);
    expect(a.at(e!.fieldEvidence!['fatalities']![0]!)).toBe('Marcus Hall was shot and killed');
    expect(e!.fieldEvidence!['fatalities']![0]!.rule).toBe('en/casualty/killed/named');
  });

  it('two names joined by "and" are two', () => {
    expect(toll('Ann Cole, 32, and Paul Reyes, 51, were shot and killed in Dayton.')).toEqual([2, undefined]);
  });

  it('a pronoun after the victim: the one who was shot and died is killed, not also injured', () => {
    expect(toll('Marcus Hall was shot in Dayton on Sunday. He was later pronounced dead at a hospital.')).toEqual([1, undefined]);
    expect(toll('Police said Ann Cole was shot in the leg in Dayton.')).toEqual([undefined, 1]);
  });

  it('"the passenger" after the active verb is one victim', () => {
    expect(toll('Police say an officer shot the passenger in a fleeing car in Dayton.')).toEqual([undefined, 1]);
  });

  it('"a man" after a killing verb is one victim', () => {
    expect(toll('Officers shot and killed a man who pointed a gun at them in Dayton.')).toEqual([1, undefined]);
  });
});

describe('en events: victims, negative cases', () => {
  it('the killer is not a victim', () => {
    expect(toll('Marcus Hall killed him in Dayton, police said.')[0]).toBeUndefined();
    // the neighbour is the one victim, not Marcus Hall
    const a = new Article('Marcus Hall killed his neighbour in Dayton, police said.', '2016-01-20', 'en').place('Dayton', DAYTON);
    const [e] = extractEvents(a.doc, a.mentions);
    expect(e!.fatalities).toEqual({ value: 1, qualifier: 'exact' });
    expect(a.at(e!.fieldEvidence!['fatalities']![0]!)).toBe('killed his neighbour');
    expect(toll('Marcus Hall, 29, is accused of killing a police officer in Dayton.')[0]).toBe(1);
  });

  it('offices, plural pronouns and quantifiers are not one named victim', () => {
    expect(toll('Police were called to a shooting in Dayton where many were hurt.')).toEqual([undefined, undefined]);
    expect(toll('In Dayton, Authorities were injured by nobody.')[1]).toBeUndefined();
  });
});

describe('en events: a victim told again goes on with the story', () => {
  const events = (text: string, places: [string, typeof DAYTON][]) => {
    let a = new Article(text, '2016-01-20', 'en');
    for (const [name, at] of places) a = a.place(name, at);
    return { a, events: extractEvents(a.doc, a.mentions) };
  };
  const FAR = { lat: 25.8, lon: -80.3, country: 'US', admin1: 'Florida' };

  it('a pronoun or a name written before stays with its event, whatever place the sentence names', () => {
    const text = 'A man was fatally shot in Dayton on Sunday. Jose Lopez was sitting outside. Lopez was shot in the chest and taken to Sinai Hospital, where he died.';
    const { a, events: found } = events(text, [['Dayton', DAYTON], ['Sinai', FAR]]);
    expect(found).toHaveLength(1);
    expect(found[0]!.fatalities).toEqual({ value: 1, qualifier: 'exact' });
    expect(found[0]!.evidence!.map((e) => a.at(e))).toContain('Lopez was shot in the chest and taken to Sinai Hospital, where he died.');
  });
});

describe('en events: a death told again in a later event of the text', () => {
  it('"he was pronounced dead" after an event that counted the death adds nobody, and is not injured either', () => {
    const FAR = { lat: 25.8, lon: -80.3, country: 'US', admin1: 'Florida' };
    const a = new Article('A 3-year-old boy was shot and killed in Dayton on Monday. In Doral, officers found that the boy had been shot. The toddler was rushed to a hospital where he was pronounced dead.', '2016-01-20', 'en')
      .place('Dayton', DAYTON)
      .place('Doral', FAR);
    const found = extractEvents(a.doc, a.mentions);
    expect(found.length).toBeGreaterThan(1);
    expect(found.reduce((n, e) => n + (e.fatalities?.value ?? 0), 0)).toBe(1);
    expect(found.reduce((n, e) => n + (e.injured?.value ?? 0), 0)).toBe(0);
    expect(a.at(found[0]!.fieldEvidence!['fatalities']![0]!)).toBe('A 3-year-old boy was shot and killed');
  });
});

describe('en events: a victim told again, negative cases', () => {
  it('a new name in another place is another event', () => {
    const FAR = { lat: 25.8, lon: -80.3, country: 'US', admin1: 'Florida' };
    const a = new Article('Marcus Hall was shot and killed in Dayton on Sunday. In Doral, John Reyes was shot and killed on Monday.', '2016-01-20', 'en')
      .place('Dayton', DAYTON)
      .place('Doral', FAR);
    const found = extractEvents(a.doc, a.mentions);
    expect(found).toHaveLength(2);
    expect(found.map((e) => e.fatalities?.value)).toEqual([1, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

/** Numbers that count no people, with the numbers and times of the en pack itself. */
const tolls = (text: string): [number | undefined, number | undefined][] => {
  const a = new Article(text, '2016-01-20', 'en').stages().place('Dayton', { lat: 39.76, lon: -84.19, country: 'US' });
  return extractEvents(a.doc, a.mentions).map((e) => [e.fatalities?.value, e.injured?.value]);
};

describe('en counts that are not people', () => {
  it('money: "sues for $10 Million" is no toll', () => {
    expect(tolls('In Dayton, an officer who fatally shot a teen sues his estate for $10 Million.')).toEqual([[1, undefined]]);
  });

  it('a decade: "a woman in her 20\'s was shot" is one injured, not 20', () => {
    expect(tolls('In Dayton, a woman in her 20\'s was shot in both feet on Sunday.')).toEqual([[undefined, 1]]);
    expect(tolls('In Dayton, a man in his 30s was shot on Sunday.')).toEqual([[undefined, 1]]);
  });

  it('a year: "killed in a 2016 Kia"', () => {
    expect(tolls('In Dayton, a man was killed in a 2016 Kia on Sunday.')).toEqual([[1, undefined]]);
  });

  it('an age after a name: "the body of Aaron Doe, 23,"', () => {
    expect(tolls('Officers in Dayton found the body of Aaron Doe, 23, on Sunday.').some(([k]) => k === 23)).toBe(false);
  });

  it('things: "shot seven times" is not seven people; the man shot is the man who died', () => {
    expect(tolls('In Dayton, a man was shot seven times and died at the scene.')).toEqual([[1, undefined]]);
  });

  it('a date split by the sentence splitter: "on Dec. 18 Woman charged in death"', () => {
    expect(tolls('Police in Dayton said on Dec. 18 Woman charged in death of her husband.').every(([k]) => k !== 18)).toBe(true);
  });

  it('keeps two clauses apart: "left three people dead and nine others wounded"', () => {
    expect(tolls('The standoff in Dayton left three people dead and nine others wounded.')).toEqual([[3, 9]]);
  });

  it('headline style: a bare singular noun before the casualty word counts one ("Ukraine soldier killed")', () => {
    expect(tolls('Ukraine soldier killed in clashes near Dayton.')).toEqual([[1, undefined]]);
    expect(tolls('Police officer killed, two injured in Dayton attack.')).toEqual([[1, 2]]);
    expect(tolls('Young person hurt when bullet flies into a home in Dayton.')).toEqual([[undefined, 1]]);
    // a plural with no number is no count
    expect(tolls('Soldiers killed in Dayton fighting.')).toEqual([[undefined, undefined]]);
  });

  it('a toll repeated in one line of joined headlines counts once', () => {
    expect(tolls('49 troops killed as plane downed near Dayton (PHOTOS) Forty-nine troops killed in plane shot down.')).toEqual([[49, undefined]]);
  });

  it('a title glued to the lede tells of one victim once', () => {
    expect(tolls('Man dies after being shot in Dayton | 6abc.comA 23-year-old man has died after a shooting in Dayton on Sunday.')).toEqual([[1, undefined]]);
  });

  it('two single victims joined by "and" are two: "The woman was shot in the neck and the man was shot in the back"', () => {
    expect(tolls('In Dayton, the woman was shot in the neck and the man was shot in the back.')).toEqual([[undefined, 2]]);
  });

  it('the active verb with its victim: "accidentally shot her husband"', () => {
    expect(tolls('A Dayton woman accidentally shot her husband in the chest on Friday.')).toEqual([[undefined, 1]]);
    expect(tolls('A Dayton man accused of shooting his wife is in custody.')).toEqual([[undefined, 1]]);
  });

  it('the count of those who shot is not the count of the shot: "two officers who fatally shot a man"', () => {
    expect(tolls('A grand jury in Dayton declined to charge two officers who fatally shot a man.').some(([k]) => k === 2)).toBe(false);
  });

  it('a text that names no place stands on its dateline, inferred', () => {
    const a = new Article('Woman shot on east sideDAYTON (WXYZ) - A 42-year-old woman was fatally shot Wednesday night.', '2016-01-20', 'en').stages();
    const areas = (name: string) => (name === 'DAYTON' ? { name: 'Dayton', lat: 39.76, lon: -84.19, country: 'US', kind: 'place' as const } : undefined);
    const [e, ...rest] = extractEvents(a.doc, { ...a.mentions, areas });
    expect(rest).toEqual([]);
    expect(e!.fatalities).toEqual({ value: 1, qualifier: 'exact' });
    expect(e!.location).toMatchObject({ name: 'Dayton', country: 'US', precision: 'place' });
    expect(e!.fieldEvidence!['location']).toEqual([{ start: 23, end: 29, rule: 'events/location/dateline:events/location/dateline', source: 'inferred' }]);
    expect(a.at({ start: 23, end: 29 })).toBe('DAYTON');
  });
});

describe('en two victims of one noun', () => {
  it('"One man was shot in the back and a 29-year-old man was shot multiple times" is two', () => {
    expect(tolls('In Dayton, one man was shot in the back and a 29-year-old man was shot multiple times.')).toEqual([[undefined, 2]]);
  });

  it('a title glued to its lede tells one man: "Man dies after being shot while driving | 6abc.comA 23-year-old man has died"', () => {
    expect(tolls('Man dies after being shot while driving in Dayton | 6abc.comA 23-year-old man has died after a shooting in Dayton.')).toEqual([[1, undefined]]);
  });

  it('a web address: the numbers of "https://news.example.org/war/20481-dayton-reports-2-kia" count nobody', () => {
    const text = 'In Dayton, 2 KIA after a night attack, see https://news.example.org/war/20481-dayton-reports-2-kia.html for more.';
    expect(tolls(text)).toEqual([[2, undefined]]);
    const a = new Article(text, '2016-01-20', 'en').stages().place('Dayton', { lat: 39.76, lon: -84.19, country: 'US' });
    const [e] = extractEvents(a.doc, a.mentions);
    expect(e!.fieldEvidence!['fatalities']!.map((s) => a.at(s))).toEqual(['2 KIA']);
  });
});

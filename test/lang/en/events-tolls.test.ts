import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';
import { describeTollAsOf } from '../../pipeline/toll-as-of.js';

const DAYTON = { lat: 39.76, lon: -84.19, country: 'US', admin1: 'Ohio' };

/** The events of a text with the en pack's own numbers and times, and "Dayton" as its place. */
const events = (text: string): { a: Article; es: ReturnType<typeof extractEvents> } => {
  const a = new Article(text, '2016-01-20', 'en').stages().place('Dayton', DAYTON);
  return { a, es: extractEvents(a.doc, a.mentions) };
};
const tolls = (text: string): [number | undefined, number | undefined][] => events(text).es.map((e) => [e.fatalities?.value, e.injured?.value]);

describe('en tolls: statistics are not an event', () => {
  it('a count over a year is a statistic: "Nine officers have been fatally shot this year"', () => {
    expect(tolls('A Dayton officer was shot in the arm on Sunday. "Nine officers have been fatally shot this year alone," the chief said.')).toEqual([[undefined, 1]]);
    expect(tolls('A man was shot and killed in Dayton on Monday. The city last saw so many killings in 2007, when 28 were killed.')).toEqual([[1, undefined]]);
  });

  it('a month after "since" is a statistic: "Since the deadly December 2012 rampage, 555 children have been killed"', () => {
    expect(tolls('A boy was killed in Dayton on Monday. Since the deadly December 2012 rampage, 555 children have been killed in the state.')).toEqual([[1, undefined]]);
  });

  it('negative: a day keeps the count, and so does a named victim of a year', () => {
    expect(tolls('In Dayton, 3 people were killed on January 12, 2016.')).toEqual([[3, undefined]]);
    expect(tolls('Ann Cole was shot and killed in Dayton in 1985.')).toEqual([[1, undefined]]);
  });
});

describe('en tolls: numbers that count no victims', () => {
  it('an age after "the age of" or "aged": "a boy under the age of 12 was killed" is not 12', () => {
    expect(tolls('In Dayton, a boy under the age of 12 was killed on Monday.').some(([k]) => k === 12)).toBe(false);
    expect(tolls('In Dayton, a man aged 30 was killed on Monday.').some(([k]) => k === 30)).toBe(false);
    // negative: a count with no age word before it
    expect(tolls('In Dayton, 12 were killed on Monday.')).toEqual([[12, undefined]]);
  });

  it('weapons: "a man wielding two handguns was shot and killed" is not two', () => {
    expect(tolls('In Dayton, a man wielding two handguns was shot and killed by officers.').some(([k]) => k === 2)).toBe(false);
    expect(tolls('In Dayton, officers seized three rifles; two men were killed.')).toEqual([[2, undefined]]);
  });

  it('"body cameras" tell of no bodies', () => {
    expect(tolls('In Dayton, the city received 500 body cameras for its officers.')).toEqual([]);
  });

  it('the active verb takes no count before it: "Channel 7 shortly before killing"', () => {
    expect(tolls('In Dayton, the gunman faxed a letter to Channel 7 shortly before killing a neighbor.')).not.toContainEqual([7, undefined]);
    // its victims come after it
    expect(tolls('In Dayton, the gunman opened fire, killing three people.')).toEqual([[3, undefined]]);
  });
});

describe('en tolls: the gunman who killed himself', () => {
  it('adds the gunman to the victims he killed: "killing his five children as well as his wife ... took his own life"', () => {
    const { a, es } = events('A man opened fire at his Dayton home on Monday, killing his five children as well as his wife. The gunman then took his own life.');
    expect(es.map((e) => e.fatalities?.value)).toEqual([7]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['killing his five children as well as his wife', 'took his own life']);
  });

  it('does not add him to a count of every dead: "Three dead in murder-suicide"', () => {
    expect(tolls('Three dead in Dayton murder-suicide. Police say the man shot his wife and daughter before killing himself.')).toEqual([[3, undefined]]);
  });

  it('a threat is no death: "threatened to kill himself"', () => {
    expect(tolls('A man was shot and killed by officers in Dayton after he threatened to kill himself.')).toEqual([[1, undefined]]);
  });

  it('one man who killed himself is one dead', () => {
    expect(tolls('Timothy Reed killed himself during a standoff in Dayton on Tuesday.')).toEqual([[1, undefined]]);
  });
});

describe('en tolls: a victim told again is not a second victim', () => {
  it('"the victim" of a later sentence is the victim told before, wherever that sentence is', () => {
    const a = new Article('A 23-year-old man was found dead in Dayton on Saturday. Police pronounced the victim deceased near Vine Street in Springfield.', '2016-01-20', 'en')
      .stages()
      .place('Dayton', DAYTON)
      .place('Springfield', { lat: 39.92, lon: -83.81, country: 'US', admin1: 'Ohio' });
    expect(extractEvents(a.doc, a.mentions).map((e) => e.fatalities?.value)).toEqual([1]);
  });

  it('"the bodies of the three girls" are the children counted before', () => {
    const a = new Article('A man killed his three daughters in Dayton on Monday. Garner said the bodies of the three girls were found upstairs.', '2016-01-20', 'en')
      .stages()
      .place('Dayton', DAYTON)
      .place('Garner', { lat: 35.71, lon: -78.61, country: 'US', admin1: 'North Carolina' });
    expect(extractEvents(a.doc, a.mentions).map((e) => e.fatalities?.value)).toEqual([3]);
  });

  it('a place in the appositive of a name told before does not make a new victim: "Harris, a Dayton resident, was pronounced dead"', () => {
    const a = new Article('Gary Harris was shot and killed in Springfield on Sunday. Harris, a Dayton resident, was pronounced dead at the scene.', '2016-01-20', 'en')
      .stages()
      .place('Dayton', DAYTON)
      .place('Springfield', { lat: 39.92, lon: -83.81, country: 'US', admin1: 'Ohio' });
    expect(extractEvents(a.doc, a.mentions).map((e) => e.fatalities?.value)).toEqual([1]);
  });
});

describe('en tolls: deaths told after the shot', () => {
  it('a named victim shot who was pronounced dead is one killed, not injured', () => {
    const { a, es } = events('In Dayton, Leon Arnold had been shot multiple times and was pronounced dead at the scene.');
    expect(es.map((e) => [e.fatalities?.value, e.injured?.value])).toEqual([[1, undefined]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['Leon Arnold had been shot multiple times and was pronounced dead']);
  });

  it('"pronounced deceased" is a death', () => {
    expect(tolls('In Dayton, Ann Cole was shot in her car and was later pronounced deceased.')).toEqual([[1, undefined]]);
  });

  it('only auxiliaries between the count and the death: "a 29-year-old man who was found dead"', () => {
    expect(tolls('Deputies in Dayton say a 29-year-old man who was found dead in a ditch was shot several times.')).toEqual([[1, undefined]]);
    // a verb of its own in between is no such gap
    expect(tolls('In Dayton, two officers who chased the car later found a man dead.')).not.toContainEqual([2, undefined]);
  });
});

describe('en tolls: streets and towns are not victims or sites', () => {
  const SPRINGFIELD = { lat: 39.92, lon: -83.81, country: 'US', admin1: 'Ohio' };

  it('a place name that names a street does not start another event: "a home on Springfield Street"', () => {
    const a = new Article('A man was shot and killed in Dayton on Sunday. The shooting happened at a home on Springfield Street, where a woman was also killed.', '2016-01-20', 'en')
      .stages()
      .place('Dayton', DAYTON)
      .place('Springfield', SPRINGFIELD);
    const es = extractEvents(a.doc, a.mentions);
    expect(es.map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Dayton', 1]]);
  });

  it('negative: the street word must be a capitalized street word right after the name ("Springfield drive-by")', () => {
    const a = new Article('A man was shot and killed in Dayton on Sunday. In a Springfield drive-by shooting, a woman was killed.', '2016-01-20', 'en')
      .stages()
      .place('Dayton', DAYTON)
      .place('Springfield', SPRINGFIELD);
    expect(extractEvents(a.doc, a.mentions).map((e) => e.location.name)).toEqual(['Dayton', 'Springfield']);
  });

  it('"Bishop was taken to a medical center where he died" is one killed, not also injured', () => {
    expect(tolls('In Dayton, Greg Bishop was taken to Miami Valley Hospital where he died.')).toEqual([[1, undefined]]);
    // negative: with no death after it, the one taken to a hospital is injured
    expect(tolls('In Dayton, Greg Bishop was taken to Miami Valley Hospital.')).toEqual([[undefined, 1]]);
  });

  it('"a worker from Springfield, Ohio, was shot": a town and its state are not a named victim', () => {
    const a = new Article('A 29-year-old worker from Springfield, Ohio, was shot in Dayton.', '2016-01-20', 'en')
      .stages()
      .place('Dayton', DAYTON)
      .place('Springfield', SPRINGFIELD)
      .place('Ohio', { lat: 40.25, lon: -83, country: 'US', kind: 'admin1' });
    const [e] = extractEvents(a.doc, a.mentions);
    expect(evidence(a, e!, 'injured')).not.toContain('Springfield, Ohio, was shot');
    // negative: a person's name with an appositive is still a victim
    expect(tolls('Ann Cole, 29, was shot in Dayton.')).toEqual([[undefined, 1]]);
  });
});

describe('en tolls: headline verbs and victims named after the verb', () => {
  it('"Woman shot, killed", "man shot & killed", "man found dead" are one killed', () => {
    expect(tolls('Woman shot, killed in Dayton; suspect in custody')).toEqual([[1, undefined]]);
    expect(tolls('Homicide in Dayton: 30-year-old man shot & killed')).toEqual([[1, undefined]]);
    expect(tolls('Couple says man found dead on Dayton road was a robber')).toEqual([[1, undefined]]);
  });

  it('a victim named after a killing verb or noun: "in the shooting death of 38-year-old Goldie Long"', () => {
    const { a, es } = events('A Dayton teen was charged Wednesday in the shooting death of 38-year-old Goldie Long.');
    expect(es.map((e) => e.fatalities?.value)).toEqual([1]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['shooting death of 38-year-old Goldie Long']);
    expect(tolls('In Dayton, police fatally shot Quintonio LeGrier, 19, and Bettie Jones, 55, on Saturday.')).toEqual([[2, undefined]]);
  });

  it('negative: a day or a place after the verb names no victim', () => {
    expect(tolls('A man was murdered Sunday in Dayton.')).toEqual([[1, undefined]]);
    expect(tolls('Police in Dayton investigate the murder of Dayton residents last year.').some(([k]) => k !== undefined)).toBe(false);
  });
});

describe('en tolls: one victim after an active verb, quotes', () => {
  it('one word may stand between the article and the person: "shot and killed a 22-year-old Summerville man"', () => {
    expect(tolls('A Dayton man who police say shot and killed a 22-year-old Summerville man has been arrested.')).toEqual([[1, undefined]]);
    expect(tolls('A Dayton man is accused of fatally shooting an Ohio policeman.')).toEqual([[1, undefined]]);
  });

  it('a quotation mark between a count and a casualty word parts them: "a white man and says “DEATH"', () => {
    expect(tolls('In Dayton, a sign shows a white man and says “DEATH TO ALL”.').some(([k]) => k === 1)).toBe(false);
  });
});

describe('en tolls: a crime named by its victims', () => {
  it('"double shooting" counts two hit, and the victims told one by one do not add to it', () => {
    expect(tolls('Police investigate Dayton double shooting')).toEqual([[undefined, 2]]);
    expect(tolls('Dayton police investigating double shooting | WXYZ.comOne man was shot in the back and a 29-year-old man was shot in the leg.')).toEqual([[undefined, 2]]);
  });

  it('"a double homicide" counts two dead; "triple shooting, 1 killed" is one dead and two injured', () => {
    expect(tolls('The men were killed along with a friend in a double homicide in Dayton.')).toEqual([[2, undefined]]);
    expect(tolls('Dayton triple shooting leaves 1 killed')).toEqual([[1, 2]]);
  });

  it('negative: "double" before other words counts no one', () => {
    expect(tolls('A man was shot on a double-decker bus in Dayton.')).toEqual([[undefined, 1]]);
  });
});

describe('en events: the story returns to its place', () => {
  const SPRINGS = { name: 'Colorado Springs', lat: 38.83, lon: -104.82, country: 'US', admin1: 'Colorado' };
  const UNION = { name: 'Union', lat: 39.06, lon: -84.68, country: 'US', admin1: 'Kentucky' };

  it('a frame that names a place told before goes back to that event, not a third one', () => {
    const a = new Article(
      'Three people were shot outside a Colorado Springs bar on Saturday.\n\nOfficers found that three people had been shot near Union Station.\n\nThree people are recovering after being shot near a Colorado Springs bar.',
      '2016-01-20', 'en',
    ).stages().place('Colorado Springs', SPRINGS).place('Union', UNION).place('Colorado Springs', SPRINGS, 1);
    expect(extractEvents(a.doc, a.mentions).map((e) => [e.location.name, e.injured?.value])).toEqual([['Colorado Springs', 3], ['Union', 3]]);
  });

  it('negative: after "Meanwhile" it is another event, even at a place told before', () => {
    const a = new Article(
      'Two people were shot in Dayton on Saturday.\n\nA man was killed in Springfield.\n\nMeanwhile, in Dayton, a woman was shot on Sunday.',
      '2016-01-20', 'en',
    ).stages().place('Dayton', DAYTON).place('Springfield', { lat: 39.92, lon: -83.81, country: 'US', admin1: 'Ohio' }).place('Dayton', DAYTON, 1);
    expect(extractEvents(a.doc, a.mentions)).toHaveLength(3);
  });

  it('"Angie\'s Bar" names a business, not the town of Bar; "Ukraine\'s Donetsk" names a town', () => {
    const bar = { name: 'Bar', lat: 42.09, lon: 19.1, country: 'ME' };
    const a = new Article("A man was shot and killed in Dayton. The shooting happened at Angie's Bar on Main Street.", '2016-01-20', 'en')
      .stages().place('Dayton', DAYTON).place('Bar', bar);
    expect(extractEvents(a.doc, a.mentions).map((e) => e.location.name)).toEqual(['Dayton']);
    const b = new Article("Two soldiers were killed in shelling of Ukraine's Donetsk.", '2016-01-20', 'en')
      .stages().place('Ukraine', { lat: 49, lon: 32, country: 'UA', kind: 'country' }).place('Donetsk', { lat: 48, lon: 37.8, country: 'UA' });
    expect(extractEvents(b.doc, b.mentions).map((e) => e.location.name)).toEqual(['Donetsk']);
  });
});

describe('en events: a place that is a person of the text', () => {
  const GARNER = { name: 'Garner', lat: 35.71, lon: -78.61, country: 'US', admin1: 'North Carolina' };

  it('"Deputy Chief Kenneth Garner ... Garner confirmed": the one-word place is the person', () => {
    const a = new Article('A man killed his wife in Dayton on Monday, said Deputy Chief Kenneth Garner. Garner confirmed the shooting followed an argument.', '2016-01-20', 'en')
      .stages().place('Dayton', DAYTON).place('Garner', GARNER, 1);
    expect(extractEvents(a.doc, a.mentions).map((e) => e.location.name)).toEqual(['Dayton']);
  });

  it('"Larry Henderson, 30," names a person; negative: a town with no person of that name stays a place', () => {
    const henderson = { name: 'Henderson', lat: 36.04, lon: -114.98, country: 'US', admin1: 'Nevada' };
    const a = new Article('Larry Henderson, 30, was found shot on Friday. Henderson was shot in the killing, police said.', '2016-01-20', 'en')
      .stages().place('Henderson', henderson, 1);
    expect(extractEvents(a.doc, a.mentions).map((e) => e.location.name)).not.toContain('Henderson');
    const b = new Article('A man was shot and killed in Garner on Friday.', '2016-01-20', 'en').stages().place('Garner', GARNER);
    expect(extractEvents(b.doc, b.mentions).map((e) => e.location.name)).toEqual(['Garner']);
  });
});

describe('en events: police ranks name sources', () => {
  it('"Sgt. Kevin McCaster said": a police source with a name', () => {
    const { es } = events('A man was shot and killed in Dayton on Sunday, Sgt. Kevin McCaster said.');
    expect(es.map((e) => e.sources)).toEqual([[{ name: 'Kevin McCaster', role: 'police' }]]);
  });
});

describeTollAsOf('en', {
  text: 'A missile hit an apartment block in Dnipro on March 9, killing four people.\n\nAs of the morning of March 10, the death toll had risen to six.',
  asOf: 'As of the morning of March 10',
  evidence: 'death toll had risen to six',
});

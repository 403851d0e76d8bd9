import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const KHARKIV = { lat: 49.98, lon: 36.25, country: 'UA', admin1: 'Kharkiv Oblast' };
const BELGOROD = { lat: 50.6, lon: 36.6, country: 'RU', admin1: 'Belgorod Oblast' };

describe('en events', () => {
  const a = new Article(
    'Russian forces struck Kharkiv with guided aerial bombs on Tuesday, killing three people and injuring 12 others, regional governor Oleh Syniehubov said on Telegram. ' +
      'Among the injured were two children.\n\n' +
      'Meanwhile, a Ukrainian drone attack on a bus in the Belgorod region killed one person, Governor Vyacheslav Gladkov said. The death toll later rose to 2.',
    '2026-01-08',
    'en',
  )
    .place('Kharkiv', KHARKIV)
    .time('Tuesday', '2026-01-06')
    .qty('three', 3)
    .qty('12', 12)
    .qty('two', 2)
    .place('Belgorod', BELGOROD)
    .qty('one', 1)
    .qty('2', 2);
  const events = extractEvents(a.doc, a.mentions);

  it('splits the article into its two events', () => {
    expect(events.map((e) => [e.location.name, e.location.precision])).toEqual([['Kharkiv', 'place'], ['Belgorod', 'admin1']]);
  });

  it('reads a strike with weapon, actor, date, casualties after the verb and the source', () => {
    const e = events[0]!;
    expect([e.eventType, e.subEventType]).toEqual(['Explosions/Remote violence', 'Air/drone strike']);
    expect(e.weapons).toEqual([{ kind: 'guided_bomb' }]);
    expect(e.actor1).toEqual({ name: 'Military Forces of Russia', country: 'RU' });
    expect(e.date).toEqual({ start: '2026-01-06', end: '2026-01-06', precision: 'day' });
    expect(e.fatalities).toEqual({ value: 3, qualifier: 'exact' });
    expect(e.injured).toEqual({ value: 12, qualifier: 'exact' });
    expect(e.sources).toEqual([{ name: 'Oleh Syniehubov', role: 'governor', channel: 'Telegram' }]);
    expect(a.at(e.fieldEvidence!['fatalities']![0]!)).toBe('killing three');
    expect(a.at(e.fieldEvidence!['sources']![0]!)).toBe('regional governor Oleh Syniehubov');
  });

  it('lets a toll that rose replace the first count', () => {
    const e = events[1]!;
    expect(e.fatalities).toEqual({ value: 2, qualifier: 'exact' });
    expect(e.fieldEvidence!['fatalities']![0]!.rule).toBe('en/rise/rise-killed');
    expect(e.actor1?.country).toBe('UA');
    expect(e.target).toEqual({ kind: 'vehicle' });
    expect(e.sources).toEqual([{ name: 'Vyacheslav Gladkov', role: 'governor' }]);
  });
});

describe('en events: negative cases', () => {
  const none = (text: string, build: (a: Article) => Article = (a) => a): void => {
    const a = build(new Article(text, '2026-01-08', 'en'));
    expect(extractEvents(a.doc, a.mentions)).toEqual([]);
  };

  it('a drone show is not an attack', () => {
    none('The drone show over Kyiv drew 5,000 people on Saturday.', (a) => a.place('Kyiv', { lat: 50.45, lon: 30.52, country: 'UA' }).qty('5,000', 5000));
  });

  it('"killed" in a sports report is not a casualty', () => {
    none('The striker killed the match in Kyiv with 2 late goals.', (a) => a.place('Kyiv', { lat: 50.45, lon: 30.52, country: 'UA' }).qty('2', 2));
  });

  it('an age is not a count of victims', () => {
    const a = new Article('A 4-year-old boy was injured in the shelling of Kherson.', '2026-01-08', 'en')
      .qty('4', 4)
      .place('Kherson', { lat: 46.64, lon: 32.61, country: 'UA' });
    const [e] = extractEvents(a.doc, a.mentions);
    expect(e?.injured).toEqual({ value: 1, qualifier: 'exact' });
  });
});

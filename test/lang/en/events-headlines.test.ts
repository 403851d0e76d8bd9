import { describe, expect, it } from 'vitest';
import type { AreaResolver } from '../../../src/pipeline/events/index.js';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article } from '../../pipeline/events-mentions.js';

const UKRAINE = { lat: 49, lon: 32, country: 'UA', kind: 'country' as const };
const KYIV = { name: 'Kyiv', lat: 50.45, lon: 30.52, country: 'UA', admin1: 'Kyiv City' };
const HORLIVKA = { lat: 48.3, lon: 38.05, country: 'UA', admin1: 'Donetsk Oblast' };

/** A stand-in for the gazetteer: the areas the lexicon keys name. */
const AREAS: AreaResolver = (name, country) =>
  ({
    'UA/Donbas': { name: 'Donbas', lat: 48, lon: 38, country: 'UA', kind: 'region' as const },
    'UA/Donetsk Oblast': { name: 'Donetsk Oblast', lat: 48.05, lon: 37.67, country: 'UA', admin1: 'Donetsk Oblast', kind: 'admin1' as const },
  })[`${country}/${name}`];

const run = (a: Article): ReturnType<typeof extractEvents> => extractEvents(a.doc, { ...a.mentions, areas: AREAS });

describe('en events in headlines: areas, sources, lists', () => {
  it('"in eastern Ukraine" places the event in the Donbas, inferred', () => {
    const a = new Article('Two soldiers killed in eastern Ukraine on Monday.', '2015-03-03', 'en').qty('Two', 2).place('Ukraine', UKRAINE);
    const [e] = run(a);
    expect([e?.location.name, e?.location.precision]).toEqual(['Donbas', 'admin1']);
    expect(a.at(e!.fieldEvidence!['location']![0]!)).toBe('eastern Ukraine');
    expect(e!.fieldEvidence!['location']![0]!.source).toBe('inferred');
    expect(e?.fatalities).toEqual({ value: 2, qualifier: 'exact' });
  });

  it('an actor\'s home area ("DPR") gives the region, a named town still wins', () => {
    const [e] = run(new Article('Eight militiamen killed in DPR over the week.', '2017-09-01', 'en').qty('Eight', 8));
    expect(e?.location.name).toBe('Donetsk Oblast');
    expect(e?.fatalities?.value).toBe(8);
    const b = new Article('Two DPR servicemen killed in shelling of Horlivka.', '2017-09-01', 'en').qty('Two', 2).place('Horlivka', HORLIVKA);
    expect(run(b)[0]?.location.name).toBe('Horlivka');
  });

  it('"in the east" needs a text about Ukraine', () => {
    const a = new Article('Three Ukrainian soldiers killed in clashes in the east.', '2014-07-09', 'en').qty('Three', 3);
    expect(run(a)[0]?.location.name).toBe('Donbas');
    expect(run(new Article('Three soldiers killed in clashes in the east.', '2014-07-09', 'en').qty('Three', 3))).toEqual([]);
  });

  it('a capital that stands for a party ("Kiev forces", ": Kyiv") is not the site', () => {
    const a = new Article('Kyiv forces shell DPR 25 times over past 24 hours, five persons killed.', '2015-05-27', 'en')
      .place('Kyiv', KYIV)
      .qty('25', 25)
      .qty('24', 24)
      .qty('five', 5);
    const [e] = run(a);
    expect(e?.location.name).toBe('Donetsk Oblast');
    // the hours are not a list of victims
    expect(e?.fatalities).toEqual({ value: 5, qualifier: 'exact' });
    const b = new Article('Two soldiers killed in east Ukraine fighting: Kyiv.', '2014-10-18', 'en').qty('Two', 2).place('Ukraine', UKRAINE).place('Kyiv', KYIV);
    expect(run(b)[0]?.location.name).toBe('Donbas');
    // the site itself stays: "two people were killed in Kyiv"
    const c = new Article('Two people were killed in Kyiv on Monday.', '2024-01-02', 'en').qty('Two', 2).place('Kyiv', KYIV);
    expect(run(c)[0]?.location.name).toBe('Kyiv');
  });

  it('an area\'s authority closing a headline reports on its own area ("- DPR Operational Command")', () => {
    const a = new Article('Ukrainian shelling leaves one militiaman dead - DPR operations command.', '2017-09-01', 'en').place('Ukrainian', UKRAINE);
    const [e] = run(a);
    expect(e?.location.name).toBe('Donetsk Oblast');
    expect(a.at(e!.fieldEvidence!['location']![0]!)).toBe('DPR');
    expect(e!.fieldEvidence!['location']![0]!.source).toBe('inferred');
  });

  it('a place that names a meeting is not the site ("Ahead of Minsk peace summit, fighting in Horlivka")', () => {
    const minsk = { name: 'Minsk', lat: 53.9, lon: 27.57, country: 'BY' };
    const a = new Article('Ahead of Minsk peace summit, fighting in Horlivka kills 45.', '2015-02-10', 'en').qty('45', 45).place('Horlivka', HORLIVKA).place('Minsk', minsk);
    expect(run(a).map((e) => e.location.name)).toEqual(['Horlivka']);
  });

  it('headline objects: "kills five in", "kills DPR militiaman", "Seven people, including three children, died"', () => {
    const horlivka = (text: string) => run(new Article(text, '2015-02-10', 'en').stages().place('Horlivka', HORLIVKA))[0]?.fatalities;
    expect(horlivka('Fresh fighting kills five in Horlivka.')).toEqual({ value: 5, qualifier: 'exact' });
    expect(horlivka('Ukrainian shelling kills DPR militiaman in Horlivka.')).toEqual({ value: 1, qualifier: 'exact' });
    expect(horlivka('Seven people, including three children, died in Horlivka.')).toEqual({ value: 7, qualifier: 'exact' });
    // not a count of victims: "fatally shot in four minutes"
    expect(horlivka('A man was fatally shot in four minutes of chaos in Horlivka.')).toEqual({ value: 1, qualifier: 'exact' });
  });

  it('reads KIA and WIA', () => {
    const a = new Article('One KIA, three WIA near Horlivka in past 24 hours.', '2019-07-07', 'en').qty('One', 1).qty('three', 3).place('Horlivka', HORLIVKA).qty('24', 24);
    const [e] = run(a);
    expect([e?.fatalities?.value, e?.injured?.value]).toEqual([1, 3]);
  });

  it('a list of people still adds up', () => {
    const a = new Article('Five Ukrainian soldiers, two rebels killed near Horlivka.', '2016-05-29', 'en').qty('Five', 5).qty('two', 2).place('Horlivka', HORLIVKA);
    expect(run(a)[0]?.fatalities).toEqual({ value: 7, qualifier: 'exact' });
  });
});

import { describe, expect, it } from 'vitest';
import { times } from '../../../src/lang/en/times.js';
import { docOf, timesOf } from '../../pipeline/times-helpers.js';

// Published on Sunday 4 January 2026.
const REF = '2026-01-04T09:00:00';
const t = (text: string) => timesOf(times, 'en', REF, text);

describe("en times: 'in two weeks' as a day to come or as a stretch of time", () => {
  it('is a day to come after a future cue, the nearest cue deciding', () => {
    expect(t('The envoys will meet again in two weeks.')).toEqual([['in two weeks', 'day', '2026-01-18']]);
    expect(t('Officials said the talks resume in three days.')).toEqual([['in three days', 'day', '2026-01-07']]);
    expect(t('The bridge is expected to reopen in a month.')).toEqual([['in a month', 'day', '2026-02-04']]);
    expect(t('He will be back two days from now.')).toEqual([['two days from now', 'day', '2026-01-06']]);
  });

  it('is no date when the clause tells what happened: how long it took', () => {
    expect(t('Shelling killed nine civilians in a day, the governor said.')).toEqual([]);
    expect(t('The ministry said 14 soldiers died in 3 weeks.')).toEqual([]);
    expect(t('Drones were shot down in two days over the region.')).toEqual([]);
    expect(t('The village fell in a week.')).toEqual([]);
  });

  it('reads the clause after the match when nothing before it decides', () => {
    expect(t('In two days, the army fired 500 shells at the town.')).toEqual([]);
    expect(t('In two weeks the envoys will meet again.')).toEqual([['In two weeks', 'day', '2026-01-18']]);
    expect(t('In three days the vote takes place.')).toEqual([['In three days', 'day', '2026-01-07']]);
  });

  it("is no date after a record: 'the first ... in three weeks' counts back", () => {
    expect(t('Kyiv reports the first combat death in three weeks.')).toEqual([]);
    expect(t('It was the deadliest attack in two years.')).toEqual([]);
  });

  it('reads only its own clause: a past verb of the sentence before does not count', () => {
    const text = 'Two men were wounded on Friday. Repairs take place in two days.';
    expect(t(text)).toEqual([['Friday', 'day', '2026-01-02'], ['in two days', 'day', '2026-01-06']]);
    const found = times(docOf(text, REF, 'en'), []).find((m) => m.text === 'in two days');
    expect(found && [found.start, found.end, found.rule]).toEqual([text.indexOf('in two days'), text.length - 1, 'en/times/in']);
  });
});

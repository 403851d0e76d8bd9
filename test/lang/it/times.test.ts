import { describe, expect, it } from 'vitest';
import { times } from '../../../src/lang/it/times.js';
import { timesOf } from '../../pipeline/times-helpers.js';

// Published on Sunday 4 January 2026, mid-morning.
const REF = '2026-01-04T10:30:00';
const t = (text: string) => timesOf(times, 'it', REF, text);

describe('it times: absolute dates', () => {
  it('resolves a day and month toward the past', () => {
    expect(t('Il sindaco ha detto che lo scorso 2 gennaio un missile ha colpito Kharkiv.')).toEqual([
      ['lo scorso 2 gennaio', 'day', '2026-01-02'],
    ]);
    expect(t('Il vertice del 28 dicembre e il 2 gennaio scorso.')).toEqual([
      ['28 dicembre', 'day', '2025-12-28'],
      ['2 gennaio scorso', 'day', '2026-01-02'],
    ]);
  });

  it('keeps a stated year, a weekday and numeric dates (day first)', () => {
    expect(t('Il 2 gennaio 2026, lunedì 29 dicembre, il 02.01.2026 e la nota del 2/1.')).toEqual([
      ['2 gennaio 2026', 'day', '2026-01-02'],
      ['lunedì 29 dicembre', 'day', '2025-12-29'],
      ['02.01.2026', 'day', '2026-01-02'],
      ['2/1', 'day', '2026-01-02'],
    ]);
  });

  it('reads months, years and ranges', () => {
    expect(t('A marzo e nel 2022 la situazione era diversa.')).toEqual([
      ['marzo', 'month', '2025-03-01..2025-03-31'],
      ['2022', 'year', '2022-01-01..2022-12-31'],
    ]);
    expect(t('Dal 3 al 5 gennaio e tra il 28 dicembre e il 2 gennaio.')).toEqual([
      ['Dal 3 al 5 gennaio', 'day', '2026-01-03..2026-01-05'],
      ['tra il 28 dicembre e il 2 gennaio', 'day', '2025-12-28..2026-01-02'],
    ]);
  });

  it('knows holidays and ordinal weekdays', () => {
    expect(t('A Natale, a santo stefano e il primo lunedì di dicembre 2025.')).toEqual([
      ['Natale', 'day', '2025-12-25'],
      ['santo stefano', 'day', '2025-12-26'],
      ['primo lunedì di dicembre 2025', 'day', '2025-12-01'],
    ]);
  });
});

describe('it times: relative expressions', () => {
  it('resolves days relative to the publication day', () => {
    expect(t("Tre giorni fa, ieri, oggi e l'altro ieri ci sono stati attacchi.")).toEqual([
      ['Tre giorni fa', 'day', '2026-01-01'],
      ['ieri', 'day', '2026-01-03'],
      ['oggi', 'day', '2026-01-04'],
      ["l'altro ieri", 'day', '2026-01-02'],
    ]);
  });

  it('resolves weekdays: bare, scorso, prossimo, of a named week', () => {
    expect(t("L'attacco di sabato scorso, quello di domenica e lunedì della settimana scorsa.")).toEqual([
      ['sabato scorso', 'day', '2026-01-03'],
      ['domenica', 'day', '2026-01-04'],
      ['lunedì della settimana scorsa', 'day', '2025-12-22'],
    ]);
  });

  it('resolves weeks, months and years: this one up to the publication day', () => {
    expect(t("Questa settimana, la settimana scorsa, il mese scorso e quest'anno.")).toEqual([
      ['Questa settimana', 'week', '2025-12-29..2026-01-04'],
      ['settimana scorsa', 'week', '2025-12-22..2025-12-28'],
      ['mese scorso', 'month', '2025-12-01..2025-12-31'],
      ["quest'anno", 'year', '2026-01-01..2026-01-04'],
    ]);
  });

  it('counts units back and forth', () => {
    expect(t('Negli ultimi 3 mesi, 2 settimane e 2 giorni fa, tra due settimane.')).toEqual([
      ['ultimi 3 mesi', 'month', '2025-10-04..2026-01-04'],
      ['2 settimane e 2 giorni fa', 'day', '2025-12-19'],
      ['tra due settimane', 'day', '2026-01-18'],
    ]);
  });
});

describe('it times: nights and parts of the day (evening day .. morning day)', () => {
  it('reads the night between two weekdays', () => {
    expect(t('Nella notte tra sabato e domenica i droni hanno colpito la regione.')).toEqual([
      ['Nella notte tra sabato e domenica', 'part_of_day', '2026-01-03..2026-01-04'],
    ]);
  });

  it('reads nights between or of dates, and the last night', () => {
    expect(t('Nella notte tra il 3 e il 4 gennaio, nella notte del 31 dicembre e la notte scorsa.')).toEqual([
      ['Nella notte tra il 3 e il 4 gennaio', 'part_of_day', '2026-01-03..2026-01-04'],
      ['nella notte del 31 dicembre', 'part_of_day', '2025-12-31..2026-01-01'],
      ['la notte scorsa', 'part_of_day', '2026-01-03..2026-01-04'],
    ]);
  });

  it('reads parts of named days', () => {
    expect(t('Stamattina, ieri sera e venerdì mattina.')).toEqual([
      ['Stamattina', 'part_of_day', '2026-01-04'],
      ['ieri sera', 'part_of_day', '2026-01-03'],
      ['venerdì mattina', 'part_of_day', '2026-01-02'],
    ]);
  });

  it('carries rule ids and provenance', () => {
    const [m] = times({ id: 't', text: 'sabato scorso', norm: 'sabato scorso', lang: 'it', reference: new Date(Date.UTC(2026, 0, 4)), sentences: [] }, []);
    expect(m).toMatchObject({ start: 0, end: 13, rule: 'it/times/weekday', source: 'stated' });
  });
});

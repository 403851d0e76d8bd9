import { describe, expect, it } from 'vitest';
import { times } from '../../../src/lang/it/times.js';
import { timesOf } from '../../pipeline/times-helpers.js';

const t = (text: string) => timesOf(times, 'it', '2026-01-04', text);

describe('it times: what is not a time', () => {
  it.each([
    ['Il giornalista Marzo Rossi ha scritto.', 'a capitalized month is a name'],
    ['Secondo Paolo Di Maggio la tregua regge.', 'a surname after "Di"'],
    ['Gio ha detto che il sabatone è finito.', 'a nickname, a weekday inside a word'],
    ['La partita è finita 3-2 ai rigori.', 'a score'],
    ['Hanno ottenuto 5/7 dei voti.', 'a fraction'],
    ['Sono morte 2000 persone, 12,5% dei feriti.', 'a count, a percentage'],
    ['Lo ha scritto la Repubblica.', 'a newspaper, not the holiday'],
    ['Santo Stefano di Cadore è un comune.', 'a town, not the holiday'],
    ["Nei giorni scorsi e l'ultimo giorno di scuola.", 'vague or anaphoric days'],
    ['Il bilancio è salito a 4 morti, 2 feriti.', 'counts'],
  ])('%s (%s)', (text) => {
    expect(t(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { times } from '../../../src/lang/it/times.js';
import { docOf, timesOf } from '../../pipeline/times-helpers.js';

// Published on Sunday 4 January 2026.
const REF = '2026-01-04T09:00:00';
const t = (text: string) => timesOf(times, 'it', REF, text);

describe("it times: 'in tre giorni' as a day to come or as a stretch of time", () => {
  it("is a day to come after 'tra' and 'fra', whatever the clause says", () => {
    expect(t('Sono stati uccisi tre soldati, tra due giorni i funerali.')).toEqual([['tra due giorni', 'day', '2026-01-06']]);
    expect(t('Il ponte è stato riparato e fra una settimana riapre.')).toEqual([['fra una settimana', 'day', '2026-01-11']]);
  });

  it('is a day to come after a future cue or a verb in the future tense', () => {
    expect(t('Il governo ha annunciato che i colloqui riprenderanno in due settimane.')).toEqual([['in due settimane', 'day', '2026-01-18']]);
    expect(t('La centrale dovrebbe tornare in funzione in tre giorni.')).toEqual([['in tre giorni', 'day', '2026-01-07']]);
    expect(t('in due settimane')).toEqual([['in due settimane', 'day', '2026-01-18']]);
  });

  it('is no date when the clause tells what happened: how long it took', () => {
    expect(t('Nella regione sono stati uccisi dodici civili in tre giorni.')).toEqual([]);
    expect(t('Le forze russe hanno lanciato 500 droni in una settimana, ha detto il presidente.')).toEqual([]);
    expect(t('Il villaggio è caduto in due giorni.')).toEqual([]);
  });

  it('reads the clause after the match when nothing before it decides', () => {
    expect(t('In tre giorni le forze russe hanno colpito 40 località.')).toEqual([]);
    expect(t('In due settimane i negoziatori si incontreranno di nuovo.')).toEqual([['In due settimane', 'day', '2026-01-18']]);
  });

  it("is no date after a record: 'il primo ... in tre settimane' counts back", () => {
    expect(t('È il primo soldato morto al fronte in tre settimane.')).toEqual([]);
  });

  it('keeps its span and rule when it is a date', () => {
    const text = 'Due feriti venerdì. I lavori finiranno in due giorni.';
    expect(t(text)).toEqual([['venerdì', 'day', '2026-01-02'], ['in due giorni', 'day', '2026-01-06']]);
    const found = times(docOf(text, REF, 'it'), []).find((m) => m.text === 'in due giorni');
    expect(found && [found.start, found.end, found.rule]).toEqual([text.indexOf('in due giorni'), text.length - 1, 'it/times/in']);
  });
});

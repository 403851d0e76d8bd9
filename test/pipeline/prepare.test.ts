import { describe, expect, it } from 'vitest';
import { extract, prepare } from '../../src/pipeline/index.js';
import { normalizeText } from '../../src/pipeline/normalize.js';

describe('prepare', () => {
  it('keeps the text as given and folds look-alikes in a same-length copy', () => {
    const text = 'l\u2019esercito: 11\u00a0000 \u2013 3\u20134';
    const norm = normalizeText(text);
    expect(norm).toBe("l'esercito: 11 000 - 3-4");
    expect(norm.length).toBe(text.length);
  });

  it('tells Ukrainian from Russian by their letters', () => {
    expect(prepare({ text: 'Вночі ворог атакував Харків ударними дронами, є загиблі.' }).lang).toBe('uk');
    expect(prepare({ text: 'Ночью противник атаковал Харьков, есть погибшие и раненые, объявлена тревога.' }).lang).toBe('ru');
  });

  it('identifies Italian and English news sentences', () => {
    expect(prepare({ text: 'Nella notte le forze russe hanno colpito la città con droni e missili balistici.' }).lang).toBe('it');
    expect(prepare({ text: 'Russian forces struck the city overnight with drones and ballistic missiles, officials said.' }).lang).toBe('en');
  });

  it('tells short Russian and Ukrainian texts without the telling letters apart by their words', () => {
    expect(prepare({ text: 'Вчера в Харькове погибли два человека.' }).lang).toBe('ru');
    expect(prepare({ text: 'Под Купянском ранены три человека' }).lang).toBe('ru');
    expect(prepare({ text: 'Загинули два мешканці селища' }).lang).toBe('uk');
    expect(prepare({ text: 'Донецьк' }).lang).toBe('und'); // a lone name
  });

  it('identifies short headlines and phrases, where trigrams alone are unsure', () => {
    expect(prepare({ text: 'Rebels say mortar attack injures three soldiers.' }).lang).toBe('en');
    expect(prepare({ text: 'Two servicemen killed near the border' }).lang).toBe('en');
    expect(prepare({ text: 'Droni su Odessa, due feriti' }).lang).toBe('it');
    expect(prepare({ text: 'tre settimane fa' }).lang).toBe('it');
    // a lone place name says nothing about the language around it
    expect(prepare({ text: 'Novoselivka.' }).lang).toBe('und');
  });

  it("keeps short texts in other Latin-script languages 'und'", () => {
    for (const text of [
      'Ayer un dron mató a dos personas en la ciudad.',
      'Hier, un drone a tué deux personnes dans la ville.',
      'Gestern hat eine Drohne zwei Menschen in der Stadt getötet.',
      'Ontem um drone matou duas pessoas na cidade.',
      'Gisteren heeft een drone twee mensen gedood in de stad.',
      'Wczoraj dron zabił dwie osoby w mieście.',
    ]) expect(prepare({ text }).lang, text).toBe('und');
  });

  it("gives 'und' to a language without a pack", () => {
    expect(prepare({ text: 'Las fuerzas rusas atacaron la ciudad durante la noche con drones y misiles.' }).lang).toBe('und');
    expect(prepare({ text: 'Τα ρωσικά στρατεύματα επιτέθηκαν στην πόλη τη νύχτα.' }).lang).toBe('und');
    expect(prepare({ text: 'x', lang: 'xx' }).lang).toBe('und');
  });

  it('splits sentences into trimmed spans', () => {
    const text = 'Primo fatto. Secondo fatto!  Terzo?';
    const doc = prepare({ text, lang: 'it' });
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Primo fatto.', 'Secondo fatto!', 'Terzo?']);
  });

  it('rejects an invalid publication date with a clear message', () => {
    expect(() => prepare({ text: 'x', published: '2026-02-30' })).toThrow(/invalid publication date "2026-02-30"/);
    expect(prepare({ text: 'x', published: '2026-01-04T23:30:00+02:00' }).reference.toISOString()).toBe(
      '2026-01-04T23:30:00.000Z',
    );
  });

  it('gives an empty extraction for an empty text', () => {
    expect(extract({ id: 'e', text: '', published: '2026-01-04' })).toEqual({
      id: 'e', lang: 'und', published: '2026-01-04', quantities: [], times: [], places: [], events: [], statements: [],
    });
  });
});

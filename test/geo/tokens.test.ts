import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/geo/tokens.js';

const words = (norm: string, starts: number[] = [0]) =>
  tokenize(norm, starts).map((t) => ({ text: t.text, start: t.start, end: t.end, initial: t.initial }));

describe('geo tokens', () => {
  it("drops an Italian elided article: \"dell'Ucraina\" → \"Ucraina\"", () => {
    const [t] = words("dell'Ucraina");
    expect(t).toMatchObject({ text: 'Ucraina', start: 5, end: 12 });
  });

  it('keeps an apostrophe that elides nothing', () => {
    // more than five letters before it, an upper-case letter, a digit after it
    expect(words("Kam'yanske quattro'x Dell'Ucraina l'2").map((t) => t.text)).toEqual(["Kam'yanske", "quattro'x", "Dell'Ucraina", "l'2"]);
  });

  it("drops an English possessive: \"Russia's\" → \"Russia\"", () => {
    expect(words("Russia's army")[0]).toMatchObject({ text: 'Russia', start: 0, end: 6 });
  });

  it('marks words that open a sentence after a colon, a quote or a line break', () => {
    const ts = words('he said: Kyiv\n  Kharkiv "Odesa" ( Lviv) and Dnipro', [0]);
    expect(ts.filter((t) => t.initial).map((t) => t.text)).toEqual(['he', 'Kyiv', 'Kharkiv', 'Odesa', 'Lviv']);
  });
});

import { describe, expect, it } from 'vitest';
import { quantities } from '../../../src/lang/it/numbers.js';
import { q, quantitiesOf } from '../../pipeline/numbers-helpers.js';

const find = (text: string) => quantitiesOf(quantities, 'it', text);

describe('it numbers: digits', () => {
  it('reads the dot as thousands and the comma as decimals', () => {
    const t = 'Nella notte sono stati lanciati oltre 1.070 droni e 2,5 tonnellate di esplosivo.';
    expect(find(t)).toEqual([q(t, 'oltre 1.070', 1070, 'more_than', { min: 1070 }), q(t, '2,5', 2.5)]);
  });

  it('reads groups of thousands separated by no-break spaces', () => {
    const t = 'Senza luce 11\u00a0000 utenti, poi 1\u202f250\u202f000 in tutta la regione.';
    expect(find(t)).toEqual([q(t, '11\u00a0000', 11000), q(t, '1\u202f250\u202f000', 1250000)]);
  });

  it('reads a dot before one or two digits as a decimal point', () => {
    const t = 'Un cratere profondo 1.5 metri.';
    expect(find(t)).toEqual([q(t, 'Un', 1), q(t, '1.5', 1.5)]);
  });

  it('reads multipliers glued or spaced', () => {
    const t = 'Oltre 11mila persone senza elettricità, 2 mila sfollati, 1,5 milioni di profughi, 12k follower.';
    expect(find(t)).toEqual([
      q(t, 'Oltre 11mila', 11000, 'more_than', { min: 11000 }),
      q(t, '2 mila', 2000),
      q(t, '1,5 milioni', 1500000),
      q(t, '12k', 12000),
    ]);
  });

  it('reads abbreviated millions and billions', () => {
    const t = 'Aiuti per 2,3 mld di euro e 40 mln. di dollari.';
    expect(find(t)).toEqual([q(t, '2,3 mld', 2.3e9), q(t, '40 mln.', 4e7)]);
  });
});

describe('it numbers: words', () => {
  it('reads plain and glued compounds', () => {
    const t = 'Quattro morti, trentatré feriti, duecentocinquanta case e duecentocinquantatremila sfollati.';
    expect(find(t)).toEqual([
      q(t, 'Quattro', 4), q(t, 'trentatré', 33), q(t, 'duecentocinquanta', 250),
      q(t, 'duecentocinquantatremila', 253000),
    ]);
  });

  it('reads elided tens and the numeral one', () => {
    const t = "Un uomo di settant'anni e una donna sono rimasti feriti.";
    expect(find(t)).toEqual([q(t, 'Un', 1), q(t, "settant'", 70), q(t, 'una', 1)]);
  });

  it('reads millions in words, halves and fractions', () => {
    const t = 'Un milione e mezzo di profughi; tre quarti della città; mezzo milione di sfollati.';
    expect(find(t)).toEqual([
      q(t, 'Un milione e mezzo', 1500000), q(t, 'tre quarti', 0.75), q(t, 'mezzo milione', 500000),
    ]);
  });

  it('keeps a number word and a number in digits apart', () => {
    const t = 'Ferito un bambino di 4 anni.';
    expect(find(t)).toEqual([q(t, 'un', 1), q(t, '4', 4)]);
  });
});

describe('it numbers: qualifiers, ranges, vague amounts', () => {
  it('attaches qualifiers before and after', () => {
    const t = 'Almeno 5 morti, quasi 1.000 droni, più di 40 missili, fino a 300 soldati, meno di 10 feriti, 200 circa.';
    expect(find(t)).toEqual([
      q(t, 'Almeno 5', 5, 'at_least', { min: 5 }),
      q(t, 'quasi 1.000', 1000, 'approx'),
      q(t, 'più di 40', 40, 'more_than', { min: 40 }),
      q(t, 'fino a 300', 300, 'at_most', { max: 300 }),
      q(t, 'meno di 10', 10, 'less_than', { max: 10 }),
      q(t, '200 circa', 200, 'approx'),
    ]);
  });

  it('reads ranges, scaling the first end like the second', () => {
    const t = 'Tra 10 e 15 mila sfollati, 3-4 droni abbattuti, da cinque a sette razzi, tre o quattro feriti.';
    expect(find(t)).toEqual([
      q(t, 'Tra 10 e 15 mila', 10000, 'range', { min: 10000, max: 15000 }),
      q(t, '3-4', 3, 'range', { min: 3, max: 4 }),
      q(t, 'da cinque a sette', 5, 'range', { min: 5, max: 7 }),
      q(t, 'tre o quattro', 3, 'range', { min: 3, max: 4 }),
    ]);
  });

  it('gives vague amounts a value and bounds', () => {
    const t = 'Una decina di feriti, decine di migliaia di sfollati, centinaia di case e oltre un migliaio di soldati.';
    expect(find(t)).toEqual([
      q(t, 'Una decina', 10, 'approx', { min: 8, max: 12 }),
      q(t, 'decine di migliaia', 20000, 'approx', { min: 20000, max: 99999 }),
      q(t, 'centinaia', 200, 'approx', { min: 200, max: 999 }),
      q(t, 'oltre un migliaio', 1000, 'more_than', { min: 1000 }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { weaponsOf } from '../../pipeline/weapons-helpers.js';

// Published on Friday 5 December 2026.
const w = (text: string) => weaponsOf(text, 'ru', '2026-12-05');

describe('ru weapons: kind, type, model and count', () => {
  it('reads the model after the weapon, in quotes or after "типа", and the type inside its phrase', () => {
    const { weapons, evidence } = w('Ночью Россия атаковала Харьков, выпустив 6 крылатых ракет Х-101 и 40 ударных беспилотников типа «Шахед».');
    expect(weapons).toEqual([
      { kind: 'missile', type: 'cruise', model: 'Kh-101', count: { value: 6, qualifier: 'exact' } },
      { kind: 'drone', type: 'attack', model: 'Shahed', count: { value: 40, qualifier: 'exact' } },
    ]);
    expect(evidence).toEqual(['6 крылатых ракет Х-101', '40 ударных беспилотников типа «Шахед']);
  });

  it('reads rocket launchers by their names: "Градов"', () => {
    expect(w('Утром ВСУ обстреляли Донецк из «Градов».').weapons).toEqual([{ kind: 'mlrs', model: 'Grad' }]);
  });

  it('reads a model written after the weapon with no quotes, whose name holds the weapon word ("Iskander-M")', () => {
    const { weapons, evidence } = w('Ночью Россия ударила по Киеву четырьмя баллистическими ракетами Искандер-М.');
    expect(weapons).toEqual([{ kind: 'missile', type: 'ballistic', model: 'Iskander', count: { value: 4, qualifier: 'exact' } }]);
    expect(evidence).toEqual(['четырьмя баллистическими ракетами Искандер-М']);
  });

  it('reads the long name of a drone, "unmanned aerial vehicle", as a drone and not an aircraft', () => {
    const { weapons, evidence } = w('Ночью над Брянской областью средствами ПВО сбиты 125 беспилотных летательных аппаратов самолетного типа.');
    expect(weapons).toEqual([{ kind: 'drone', count: { value: 125, qualifier: 'exact' } }]);
    expect(evidence).toEqual(['125 беспилотных летательных аппаратов']);
  });
});

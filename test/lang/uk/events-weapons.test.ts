import { describe, expect, it } from 'vitest';
import { locations } from '../../pipeline/located.js';
import { weaponsOf } from '../../pipeline/weapons-helpers.js';

// Published on Friday 5 December 2026.
const w = (text: string) => weaponsOf(text, 'uk', '2026-12-05');

describe('uk weapons: kind, type, model and count', () => {
  it('reads the model after the weapon, in quotes or after "типу", and the type inside its phrase', () => {
    const { weapons, evidence } = w('Уночі Росія атакувала Харків, випустивши 6 балістичних ракет «Іскандер-М» і 40 ударних безпілотників типу «Шахед».');
    expect(weapons).toEqual([
      { kind: 'missile', type: 'ballistic', model: 'Iskander', count: { value: 6, qualifier: 'exact' } },
      { kind: 'drone', type: 'attack', model: 'Shahed', count: { value: 40, qualifier: 'exact' } },
    ]);
    expect(evidence).toEqual(['6 балістичних ракет «Іскандер-М', '40 ударних безпілотників типу «Шахед']);
  });

  it('takes a model that is the weapon itself: "шахедами", "КАБами"', () => {
    expect(w('Уночі окупанти атакували Харків шахедами та КАБами.').weapons).toEqual([
      { kind: 'drone', model: 'Shahed' },
      { kind: 'guided_bomb', model: 'KAB' },
    ]);
  });

  it('reads a cruise missile by its model "Х-101"', () => {
    expect(w('Уночі Росія атакувала Київ крилатими ракетами Х-101.').weapons).toEqual([{ kind: 'missile', type: 'cruise', model: 'Kh-101' }]);
  });

  it('reads multiple rocket launchers by their long name, and the regional administration as the source', () => {
    const text = 'Окупанти вдарили по житловому кварталу Херсона з реактивних систем залпового вогню, повідомили в Херсонській ОВА.';
    const [e] = locations(text, 'uk', '2026-12-06').map((l) => l.event);
    expect([e!.weapons, e!.sources]).toEqual([[{ kind: 'mlrs' }], [{ role: 'region_head' }]]);
  });

  it('reads a model written after the weapon with no quotes, whose name holds the weapon word ("Iskander-M")', () => {
    const { weapons, evidence } = w('Уночі росіяни атакували Київ чотирма балістичними ракетами Іскандер-М.');
    expect(weapons).toEqual([{ kind: 'missile', type: 'ballistic', model: 'Iskander', count: { value: 4, qualifier: 'exact' } }]);
    expect(evidence).toEqual(['чотирма балістичними ракетами Іскандер-М']);
  });

  it('reads the long name of a drone, "unmanned aerial vehicle", as a drone and not an aircraft', () => {
    const { weapons, evidence } = w('Уночі над Київською областю збито 125 безпілотних літальних апаратів літакового типу.');
    expect(weapons).toEqual([{ kind: 'drone', count: { value: 125, qualifier: 'exact' } }]);
    expect(evidence).toEqual(['125 безпілотних літальних апаратів']);
  });
});

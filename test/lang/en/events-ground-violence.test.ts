import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/geo/load.js';
import { extract } from '../../../src/pipeline/index.js';
import { describeGroundViolence } from '../../pipeline/ground-violence.js';

describeGroundViolence('en', {
  openFire: { text: 'A gunman opened fire at a shopping mall in Dayton on Sunday, killing three people.', place: 'Dayton', act: 'opened fire', killed: 3 },
  shootings: [
    { text: 'Two teenagers were shot dead in Chicago on Friday.', place: 'Chicago', act: 'shot', killed: 2 },
    { text: 'A man was stabbed to death outside a bar in Leeds on Saturday night.', place: 'Leeds', act: 'stabbed', killed: 1 },
    { text: 'Police are investigating a shooting at a nightclub in Memphis.', place: 'Memphis', act: 'shooting' },
  ],
  gunfight: { text: 'Sudanese army soldiers and RSF fighters exchanged fire in Omdurman on Monday, killing 15.', place: 'Omdurman', act: 'exchanged fire', killed: 15 },
  groupRaid: {
    text: 'Rapid Support Forces fighters killed 12 civilians in an attack on a village near El Fasher on Sunday.',
    place: 'El Fasher', act: 'attack', killed: 12, actorText: 'Rapid Support Forces fighters',
  },
  israeliStrike: {
    text: 'An Israeli air strike killed five people in Khan Younis on Sunday.',
    place: 'Khān Yūnis', act: 'air strike', killed: 5, actorText: 'Israeli air strike',
  },
  shelling: { text: 'Russian forces shelled Kherson on Sunday, killing two civilians.', place: 'Kherson', act: 'shelled', killed: 2 },
  shotDown: { text: 'Air defences shot down 20 drones over Kyiv overnight.', place: 'Kyiv', act: 'shot down' },
  stateAttack: { text: 'Russia attacked Kharkiv overnight.', place: 'Kharkiv', act: 'attacked', actor: 'Military Forces of Russia', actorText: 'Russia' },
});

describe('en armed groups beyond Russia and Ukraine', () => {
  const only = (text: string) => {
    const x = extract({ text, lang: 'en', published: '2026-01-05' }, { gazetteer: loadGazetteer() });
    expect(x.events).toHaveLength(1);
    return x.events[0]!;
  };

  it('"Hamas gunmen" are Hamas, not a town named Hamm, and they attack civilians', () => {
    const e = only('Hamas gunmen killed three civilians in Sderot on Saturday.');
    expect([e.subEventType, e.location.name, e.actor1, e.fatalities?.value]).toEqual(['Attack', 'Sderot', { name: 'Hamas Movement', country: 'PS' }, 3]);
  });

  it('a rocket that hits southern Israel is not fired by Israel', () => {
    const e = only('A rocket fired from Gaza hit a house in southern Israel on Sunday.');
    expect([e.subEventType, e.actor1]).toEqual(['Shelling/artillery/missile attack', undefined]);
  });

  it('gunmen who attack soldiers fight them: an armed clash between the two', () => {
    const e = only('Al-Shabaab fighters attacked a military base near Mogadishu, killing ten soldiers.');
    expect([e.subEventType, e.location.name, e.actor1?.name, e.target]).toEqual(['Armed clash', 'Mogadishu', 'Al Shabaab', { kind: 'military' }]);
  });
});

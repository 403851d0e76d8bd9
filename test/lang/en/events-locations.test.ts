import { describe, expect, it } from 'vitest';
import { locationOf, locations, within } from '../../pipeline/located.js';

describe('en event locations: a place outside the area the text names as the site', () => {
  it('a village whose only namesakes lie far from the Donbas yields to the Donbas: "near Stepove in Donbas"', () => {
    const l = locationOf('A Ukrainian marine was killed by mortar fire near Stepove in Donbas on Tuesday.', 'en');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donbas', 'admin1', 'Donbas']);
  });

  it('a town before ", Donetsk Obl" that the gazetteer knows only elsewhere yields to the oblast', () => {
    const l = locationOf('A 40-year-old soldier was killed by a sniper near Stepove, Donetsk Obl on Sept 3.', 'en');
    expect([l.name, l.precision, l.evidence]).toEqual(['Donetsk Oblast', 'admin1', 'Donetsk Obl']);
  });

  it('a city abroad where something is discussed is not the site: "in Donbas ... in Brussels"', () => {
    const l = locationOf('Two soldiers were killed in shelling in Donbas, which the minister will raise in Brussels.', 'en');
    expect([l.name, l.evidence]).toEqual(['Donbas', 'Donbas']);
  });

  it('the country told as the site, not the one that acts: "Russia killed ... in Ukraine"', () => {
    const l = locationOf('Russia killed 12 civilians in Ukraine over the weekend.', 'en');
    expect([l.name, l.precision, l.evidence]).toEqual(['Ukraine', 'country', 'Ukraine']);
  });
});

describe('en event locations: what keeps its place', () => {
  it('a big city outside the region named beside it: "in the Kharkiv region ... in Kherson"', () => {
    const all = locations('Three civilians were killed by shelling in Kherson while troops advanced in the Kharkiv region.', 'en');
    expect(all.map((l) => [l.name, l.evidence])).toEqual([['Kherson', 'Kherson']]);
  });

  it('a country named as where fighters once fought: "fought in Syria ... in Bakhmut"', () => {
    const l = locationOf('Mercenaries who fought in Syria attacked in Bakhmut, killing two soldiers.', 'en');
    expect([l.name, l.evidence]).toEqual(['Bakhmut', 'Bakhmut']);
  });

  it('a region named as an office, not as the site: "the head of the DPR"', () => {
    const l = locationOf('Two soldiers were killed in an attack near Kreminna, said the head of the DPR.', 'en');
    expect([l.name, l.evidence]).toEqual(['Kreminna', 'Kreminna']);
  });
});

describe('en event locations: oblasts abbreviated', () => {
  it('"Luhansk Obl", "Luhansk Oblt": the oblast, not the city, when the town before it is unknown', () => {
    for (const abbr of ['Obl', 'Oblt', 'Obl.']) {
      const text = `A 31-year-old soldier was killed in shelling at Zhovte, Luhansk ${abbr} on Sept 3.`;
      const l = locationOf(text, 'en');
      expect([l.name, l.precision, l.evidence]).toEqual(['Luhansk Oblast', 'admin1', `Luhansk ${abbr.replace('.', '')}`]);
    }
  });
});

describe('en event locations: names of the operation area', () => {
  it('"in the JFO area", "- JFO HQ", "in the war-torn east" are the Donbas', () => {
    for (const [text, phrase] of [
      ['Three soldiers were killed in the JFO area on Monday.', 'JFO'],
      ['A Ukrainian soldier was killed on Friday - JFO HQ.', 'JFO'],
      ['Two Ukrainian marines were killed overnight in the war-torn east.', 'war-torn east'],
      ['Two servicemen were wounded by shelling in the ATO zone.', 'ATO zone'],
    ] as const) {
      const l = locationOf(text, 'en');
      expect([l.name, l.precision, l.evidence]).toEqual(['Donbas', 'admin1', phrase]);
    }
  });

  it('the forces of the DPR fight in it: "DPR military personnel were wounded"', () => {
    const l = locationOf('Three DPR military personnel were wounded by Ukrainian shelling.', 'en');
    expect([l.name, l.evidence]).toEqual(['Donetsk Oblast', 'DPR']);
  });
});

describe('en event locations: names that are no site', () => {
  it('a unit named after a town: "the Azov regiment" is not Azov, Rostov Oblast', () => {
    const l = locationOf('Three fighters of the Azov regiment were killed by shelling in Ukraine.', 'en');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Ukraine']);
  });

  it('the side blamed: "Kyiv blames Moscow for an air strike"', () => {
    const l = locationOf('Kyiv blames Moscow for an air strike that killed four soldiers in Ukraine.', 'en');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Ukraine']);
  });

  it('an allegiance written as a compound: "killed by Russia-led forces"', () => {
    const l = locationOf('A Ukrainian soldier was killed by Russia-led forces in an attack on Tuesday.', 'en');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Ukrainian']);
  });

  it('the side that shells: "killed in Kyiv shelling in Horlivka"; "Kharkiv shelling kills three" keeps Kharkiv', () => {
    expect(locationOf('A woman was killed in Kyiv shelling in Horlivka, the mayor said.', 'en').evidence).toBe('Horlivka');
    expect(locationOf('Kharkiv shelling kills three.', 'en').evidence).toBe('Kharkiv');
  });
});

describe('en event locations: the namesake inside the area', () => {
  it('"near Dmitrovka in the DPR" is Dmytrivka of Donetsk Oblast, not the Dmitrovka of Crimea the places stage chose', () => {
    const l = locationOf('Two soldiers were killed by shelling near Dmitrovka in the DPR.', 'en');
    expect([l.name, l.precision, l.evidence, l.event.location.admin1]).toEqual(['Dmytrivka', 'place', 'Dmitrovka', 'Donetsk Oblast']);
    expect(within(l, 47.94, 38.94, 10)).toBe(true);
    expect(l.event.fieldEvidence!['location']![0]!.rule).toMatch(/^events\/location\/namesake-in-area:/u);
  });
});

describe('en event locations: where someone comes from', () => {
  it('"a volunteer medic from Kazan was killed ... in Ukraine": the site, not the home town', () => {
    const l = locationOf('A volunteer medic from Kazan was killed by shelling in Ukraine.', 'en');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Ukraine']);
  });

  it('a home town is still the place when nothing else is named: "a man from Kherson was killed"', () => {
    expect(locationOf('A man from Kherson was killed by a drone on Sunday.', 'en').evidence).toBe('Kherson');
  });
});

describe('en event locations: precision', () => {
  it('"near Kreminna" is placed near the town (precision near); "in Kreminna" in it', () => {
    expect(locationOf('Two soldiers were killed near Kreminna on Monday.', 'en')).toMatchObject({ name: 'Kreminna', precision: 'near', evidence: 'Kreminna' });
    expect(locationOf('Two soldiers were killed in Kreminna on Monday.', 'en')).toMatchObject({ name: 'Kreminna', precision: 'place' });
  });
});

describe('en event locations: the side that launched', () => {
  it('the side that launched what was shot down: "drones launched by Russia" is no site', () => {
    const l = locationOf('Ukrainian air defences shot down 48 of the 60 drones launched by Russia overnight.', 'en');
    expect([l.name, l.evidence]).toEqual(['Ukraine', 'Ukrainian']);
  });
});

describe('en event locations: the dateline', () => {
  it('names where the story was filed, not the site, when the text names another place', () => {
    const l = locationOf('KYIV, Dec 6 (Reuters) - Russian drones struck overnight, killing three people in the western Lviv region, officials said.', 'en', '2026-12-06');
    expect([l.name, l.evidence]).toEqual(['Lviv Oblast', 'Lviv region']);
  });

  it('stands for the site when the text names no other place', () => {
    const l = locationOf('KYIV, Dec 6 (Reuters) - Russian drones struck overnight, killing three people, officials said.', 'en', '2026-12-06');
    expect(l.name).toBe('Kyiv');
  });
});

import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/pipeline/events/index.js';
import { Article, evidenceOf as evidence } from '../../pipeline/events-mentions.js';

/**
 * Phrase families conflict news uses to report an event with no "attack" or "killed" in it:
 * truces broken with fire, attacks repelled, a side's losses, a military claim of enemies
 * destroyed. Sentences written for these tests; places hand-written, numbers and times from the
 * en pack's own stages.
 */
const AVDIIVKA = { lat: 48.14, lon: 37.74, country: 'UA' };
const VUHLEDAR = { lat: 47.78, lon: 37.25, country: 'UA' };
const KREMINNA = { lat: 49.05, lon: 38.22, country: 'UA' };
const LYMAN = { lat: 48.99, lon: 37.8, country: 'UA' };
const SHCHASTIA = { lat: 48.74, lon: 39.23, country: 'UA' };
const OLESHKY = { lat: 46.62, lon: 32.72, country: 'UA' };
const UKRAINE = { lat: 49, lon: 32, country: 'UA', kind: 'country' as const };

const headline = (text: string, places: [string, Parameters<Article['place']>[1]][]) => {
  const a = new Article(text, '2021-06-10', 'en').stages();
  for (const [phrase, p] of places) a.place(phrase, p);
  return { a, es: extractEvents(a.doc, a.mentions) };
};

describe('en event recall: fire exchanged, truces broken', () => {
  it('"violate ceasefire nine times": a truce broken is an armed clash', () => {
    const { a, es } = headline('Rebel forces violate ceasefire nine times overnight near Avdiivka - army.', [['Avdiivka', AVDIIVKA]]);
    expect(es.map((e) => [e.subEventType, e.location.name, e.fatalities])).toEqual([['Armed clash', 'Avdiivka', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['violate ceasefire']);
  });

  it('"fire on army positions", "opened fire on", "exchanges of fire"', () => {
    const one = headline('Separatists fire on army positions 21 times near Avdiivka over past day.', [['Avdiivka', AVDIIVKA]]);
    expect(evidence(one.a, one.es[0]!, 'eventType')).toEqual(['fire on']);
    const two = headline('Exchanges of fire reported at Avdiivka industrial zone.', [['Avdiivka', AVDIIVKA]]);
    expect(evidence(two.a, two.es[0]!, 'eventType')).toEqual(['Exchanges of fire']);
  });

  it('"Rebels shell Avdiivka": the verb after its subject', () => {
    const { a, es } = headline('Rebels shell Avdiivka again as truce talks stall.', [['Avdiivka', AVDIIVKA]]);
    expect(es.map((e) => e.subEventType)).toEqual(['Shelling/artillery/missile attack']);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['shell']);
  });

  it('attacks repelled, soldiers captured, a blow inflicted', () => {
    const repelled = headline('Marines repelled three enemy attacks near Vuhledar.', [['Vuhledar', VUHLEDAR]]);
    expect(evidence(repelled.a, repelled.es[0]!, 'eventType')).toEqual(['repelled']);
    const captured = headline('Rebels capture four Ukrainian paratroopers near Vuhledar.', [['Vuhledar', VUHLEDAR]]);
    expect(evidence(captured.a, captured.es[0]!, 'eventType')).toEqual(['capture four Ukrainian paratroopers']);
    const blow = headline('Artillery inflicted fire damage on enemy units near Vuhledar.', [['Vuhledar', VUHLEDAR]]);
    expect(blow.es.map((e) => e.location.name)).toEqual(['Vuhledar']);
  });
});

describe('en event recall: military claims and losses', () => {
  it('"destroyed 52 invaders and three tanks": the people destroyed are the dead, the tanks are not', () => {
    const { a, es } = headline('Ukrainian forces destroyed 52 invaders and three tanks near Kreminna.', [['Kreminna', KREMINNA]]);
    expect(es.map((e) => [e.location.name, e.fatalities?.value])).toEqual([['Kreminna', 52]]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['destroyed 52']);
  });

  it('"destroyed 40 occupiers, four tanks": the list goes on only while it counts people', () => {
    expect(headline('Paratroopers destroyed 40 occupiers, four tanks near Kreminna.', [['Kreminna', KREMINNA]]).es.map((e) => e.fatalities?.value)).toEqual([40]);
  });

  it('a destroyed depot or howitzer is an attack with no toll', () => {
    const { a, es } = headline('Gunners destroyed an ammunition depot near Kreminna overnight.', [['Kreminna', KREMINNA]]);
    expect(es.map((e) => [e.location.name, e.fatalities])).toEqual([['Kreminna', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['destroyed an ammunition depot']);
  });

  it('a military object destroyed, told in the passive: "howitzer ... was destroyed near Kreminna"', () => {
    const { a, es } = headline('An enemy howitzer with its ammunition was destroyed near Kreminna overnight.', [['Kreminna', KREMINNA]]);
    expect(es.map((e) => [e.location.name, e.fatalities])).toEqual([['Kreminna', undefined]]);
    expect(es[0]!.evidence.map((s) => a.at(s))).toEqual(['An enemy howitzer with its ammunition was destroyed near Kreminna overnight.']);
  });

  it('"military" after a count counts people ("up to 35 Ukrainian military"), not before a thing ("3 military vehicles")', () => {
    expect(headline('Gunners destroyed up to 35 Ukrainian military near Kreminna.', [['Kreminna', KREMINNA]]).es.map((e) => e.fatalities?.value)).toEqual([35]);
    expect(headline('Gunners destroyed 3 military vehicles near Kreminna.', [['Kreminna', KREMINNA]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('"lost up to 90 servicemen": a side\'s losses are a battle, not a toll of the dead', () => {
    const { a, es } = headline('Enemy forces lost up to 90 servicemen near Lyman in a day - ministry.', [['Lyman', LYMAN]]);
    expect(es.map((e) => [e.subEventType, e.location.name, e.fatalities])).toEqual([['Armed clash', 'Lyman', undefined]]);
    expect(evidence(a, es[0]!, 'eventType')).toEqual(['lost up to 90 servicemen']);
  });

  it('"Two soldiers, one rebel killed": a number before a bare noun counts it, and the list adds up', () => {
    const { a, es } = headline('Two soldiers, one rebel killed near Shchastia.', [['Shchastia', SHCHASTIA]]);
    expect(es.map((e) => e.fatalities?.value)).toEqual([3]);
    expect(evidence(a, es[0]!, 'fatalities')).toEqual(['Two soldiers, one rebel killed']);
  });
});

describe('en event recall: negative cases', () => {
  it('things destroyed count no dead: "300 houses destroyed", "depot near Oleshky was destroyed"', () => {
    expect(headline('Over 300 houses destroyed by floods near Oleshky.', [['Oleshky', OLESHKY]]).es.every((e) => !e.fatalities)).toBe(true);
    expect(headline('The fuel depot near Oleshky was destroyed by artillery.', [['Oleshky', OLESHKY]]).es.every((e) => !e.fatalities)).toBe(true);
  });

  it('politics and reports are no events', () => {
    for (const text of ['Ukraine offers rebels autonomy, to sign trade pact.', 'Investors in Ukraine suffered heavy losses as bonds fell.', 'Report on the human rights situation in Ukraine.', 'Russia announces pullout of military observers from Ukraine.', 'Ukraine is preparing a counteroffensive, analysts say.']) {
      expect(headline(text, [['Ukraine', UKRAINE]]).es, text).toEqual([]);
    }
  });
});

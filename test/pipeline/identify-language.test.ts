import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../src/pipeline/identify-language.js';

const SUPPORTED = ['it', 'en', 'uk', 'ru'];

// Sentences written for this test.
describe('language identification', () => {
  it('tells the four languages apart', () => {
    expect(identifyLanguage('Nella notte i droni hanno colpito la regione di Kursk, ha detto il governatore.', SUPPORTED)).toBe('it');
    expect(identifyLanguage('Overnight, drones hit energy facilities in the Belgorod region, the governor said.', SUPPORTED)).toBe('en');
    expect(identifyLanguage('Уночі дрони атакували енергетичні об\u02bcєкти в Харківській області.', SUPPORTED)).toBe('uk');
    expect(identifyLanguage('Ночью беспилотники атаковали объекты энергетики в Белгородской области.', SUPPORTED)).toBe('ru');
  });

  it('tells Ukrainian from Russian by their words when the telling letters are missing', () => {
    expect(identifyLanguage('Вчера в Харькове погибли два человека', SUPPORTED)).toBe('ru');
    // the past of a verb: '-в' in Ukrainian, '-л' in Russian ("удар" is written alike in both)
    expect(identifyLanguage('Президент Зеленський заявив про удар.', SUPPORTED)).toBe('uk');
    expect(identifyLanguage('Президент Зеленский заявил об ударе.', SUPPORTED)).toBe('ru');
  });

  it('refuses other languages, lone names and texts without letters', () => {
    expect(identifyLanguage('Anoche los drones atacaron la región de Kursk, según el gobernador de la provincia.', SUPPORTED)).toBe('und');
    expect(identifyLanguage('Pisky.', SUPPORTED)).toBe('und');
    expect(identifyLanguage('12 345 — 67', SUPPORTED)).toBe('und');
  });
});

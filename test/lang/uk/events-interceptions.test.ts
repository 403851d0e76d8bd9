import { describe, expect, it } from 'vitest';
import { locations } from '../../pipeline/located.js';
import { describeInterceptions } from '../../pipeline/interception-phrases.js';

describeInterceptions('uk', {
  demonym: { text: 'Уночі українська ППО збила 25 російських дронів над Харківською областю.', side: 'UA', evidence: 'українська ППО', owner: 'RU' },
  genitive: { text: 'Уночі сили ППО ЗСУ збили 25 дронів над Сумською областю.', side: 'UA', evidence: 'ППО ЗСУ' },
  reported: { text: 'Уночі над Полтавською областю збито 50 дронів, повідомили Повітряні сили ЗСУ.', side: 'UA', evidence: 'Повітряні сили ЗСУ' },
  sky: { text: 'Уночі над Брянською областю збито 30 дронів.', side: 'RU', evidence: 'Брянською областю' },
  none: 'Уночі над Кримом збито 12 дронів.',
  regions: {
    text: 'Уночі ППО збила 41 дрон над Харківською, Сумською та Полтавською областями. У Харкові уламки дрона пошкодили дах будинку.',
    country: 'Ukraine',
    evidence: 'Харківською, Сумською та Полтавською областями',
    town: 'Kharkiv',
  },
  country: {
    text: 'Українська ППО збила 30 російських дронів над регіонами України. У Харкові уламки дрона пошкодили будинок.',
    country: 'Ukraine',
    evidence: 'України',
    town: 'Kharkiv',
  },
  shares: {
    text: 'Уночі ППО збила 41 дрон: у Харківській області — 20, у Сумській — 15, у Полтавській — 6.',
    regions: [
      ['Kharkiv Oblast', 20, 'Харківській області', '20'],
      ['Sumy Oblast', 15, 'Сумській', '15'],
      ['Poltava Oblast', 6, 'Полтавській', '6'],
    ],
  },
  sharesNext: {
    text: 'Уночі ППО збила 41 дрон. У Харківській області — 20, у Сумській — 15, у Полтавській — 6.',
    regions: [
      ['Kharkiv Oblast', 20, 'Харківській області', '20'],
      ['Sumy Oblast', 15, 'Сумській', '15'],
      ['Poltava Oblast', 6, 'Полтавській', '6'],
    ],
  },
});

describe('uk interceptions that name no place', () => {
  const events = (text: string) => locations(text, 'uk', '2026-12-06').map((l) => l.event);

  it('stand in the country of the side that reports them, inferred from its phrase', () => {
    const text = 'Протягом ночі сили ППО збили 50 дронів, повідомили Повітряні сили ЗСУ.';
    const [e, ...rest] = events(text);
    expect(rest).toEqual([]);
    expect([e!.subEventType, e!.location.name, e!.location.precision, e!.actor1?.name]).toEqual(['Disrupted weapons use', 'Ukraine', 'country', 'Military Forces of Ukraine']);
    const span = e!.fieldEvidence?.['location']?.[0];
    expect([span && text.slice(span.start, span.end), span?.source]).toEqual(['Повітряні сили ЗСУ', 'inferred']);
  });

  it('have no place when no side is named either', () => {
    expect(events('Протягом ночі сили ППО збили 50 дронів.')).toEqual([]);
  });
});

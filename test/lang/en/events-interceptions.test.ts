import { describe, expect, it } from 'vitest';
import { locations } from '../../pipeline/located.js';
import { describeInterceptions } from '../../pipeline/interception-phrases.js';

describeInterceptions('en', {
  demonym: { text: 'Russian air defences shot down 41 Ukrainian drones over the Bryansk region overnight.', side: 'RU', evidence: 'Russian air defences', owner: 'UA' },
  genitive: {
    text: 'Overnight the air defence units of the Ukrainian forces shot down 25 drones over the Kharkiv region.',
    side: 'UA',
    evidence: 'air defence units of the Ukrainian forces',
  },
  reported: { text: 'Overnight 50 drones were shot down over the Poltava region, the Air Force of Ukraine said.', side: 'UA', evidence: 'Air Force of Ukraine' },
  sky: { text: 'Overnight 30 drones were shot down over the Bryansk region.', side: 'RU', evidence: 'Bryansk region' },
  none: 'Overnight 12 drones were shot down over Crimea.',
  regions: {
    text: 'Russian air defences shot down 41 drones over the Bryansk, Kursk and Belgorod regions overnight. In Kursk, drone debris damaged the roof of a house.',
    country: 'Russia',
    evidence: 'Bryansk, Kursk and Belgorod regions',
    town: 'Kursk',
  },
  country: {
    text: 'Ukrainian air defences shot down 30 Russian drones over Ukrainian regions overnight. In Kharkiv, drone debris damaged a house.',
    country: 'Ukraine',
    evidence: 'Ukrainian',
    town: 'Kharkiv',
  },
  shares: {
    text: 'Russian air defences shot down 41 drones overnight: 20 over the Bryansk region, 15 over the Kursk region and 6 over the Belgorod region.',
    regions: [
      ['Bryansk Oblast', 20, 'Bryansk region', '20'],
      ['Kursk Oblast', 15, 'Kursk region', '15'],
      ['Belgorod Oblast', 6, 'Belgorod region', '6'],
    ],
  },
  sharesNext: {
    text: 'Russian air defences shot down 41 drones overnight. Bryansk region: 20, Kursk region: 15, Belgorod region: 6.',
    regions: [
      ['Bryansk Oblast', 20, 'Bryansk region', '20'],
      ['Kursk Oblast', 15, 'Kursk region', '15'],
      ['Belgorod Oblast', 6, 'Belgorod region', '6'],
    ],
  },
});

describe('en interceptions: the side that launched', () => {
  it('is actor2 when the command of the other side reports the interceptions', () => {
    const text = "Russia launched 72 drones overnight, 50 of which were shot down over the Kharkiv region, Ukraine's air force said.";
    const [e, ...rest] = locations(text, 'en', '2026-12-06').map((l) => l.event);
    expect(rest).toEqual([]);
    expect([e!.subEventType, e!.actor1?.name, e!.actor2?.name]).toEqual(['Disrupted weapons use', 'Military Forces of Ukraine', 'Military Forces of Russia']);
    const span = e!.fieldEvidence?.['actor1']?.[0];
    expect(span && text.slice(span.start, span.end)).toBe("Ukraine's air force");
  });
});

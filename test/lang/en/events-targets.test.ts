import { describe } from 'vitest';
import { targetCases } from '../../pipeline/event-targets.js';

describe('en event targets: ports, airports, stations, airfields', () => {
  targetCases('en', [
    { text: 'Russian drones struck the seaport of Odesa overnight.', target: ['infrastructure', 'seaport'] },
    { text: 'A missile hit the train station in Kramatorsk.', target: ['infrastructure', 'train station'] },
    { text: 'Ukrainian drones attacked the Saky airfield in Crimea.', target: ['military', 'airfield'] },
    { text: 'A Russian drone hit a residential neighbourhood of Kharkiv overnight.', target: ['residential', 'residential neighbourhood'] },
  ]);
});

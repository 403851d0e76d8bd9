import { describe } from 'vitest';
import { targetCases } from '../../pipeline/event-targets.js';

describe('it event targets: porti, aeroporti, basi aeree', () => {
  targetCases('it', [
    { text: 'Nella notte i droni russi hanno colpito il porto di Odessa.', target: ['infrastructure', 'porto'] },
    { text: "Un missile ha colpito l'aeroporto di Dnipro.", target: ['infrastructure', 'aeroporto'] },
    { text: 'I droni ucraini hanno attaccato la base aerea di Saky in Crimea.', target: ['military', 'base aerea'] },
    { text: 'Nella notte un drone ha colpito un quartiere residenziale di Kharkiv.', target: ['residential', 'quartiere residenziale'] },
  ]);
});

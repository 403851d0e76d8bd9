import type { LanguagePack } from '../types.js';
import { lazyWordSet } from '../word-list.js';
import { eventLexicon } from './events.js';
import { quantities } from './numbers.js';
import { times } from './times.js';
import { placesLexicon } from './places.js';

export const it: LanguagePack = { code: 'it', name: 'Italiano', quantities, times, eventLexicon, placesLexicon,
  abbreviations: lazyWordSet(new URL('./data/abbreviations.txt', import.meta.url)) };

import type { LanguagePack } from '../types.js';
import { quantities } from './numbers.js';
import { times } from './times.js';

export const it: LanguagePack = { code: 'it', name: 'Italiano', quantities, times };

import type { LanguagePack } from '../types.js';
import { quantities } from './numbers.js';
import { times } from './times.js';

export const uk: LanguagePack = { code: 'uk', name: 'Українська', quantities, times };

import type { LanguagePack } from '../types.js';
import { quantities } from './numbers.js';
import { times } from './times.js';

export const en: LanguagePack = { code: 'en', name: 'English', quantities, times };

import type { LanguagePack } from '../types.js';
import { quantities } from './numbers.js';
import { times } from './times.js';

export const ru: LanguagePack = { code: 'ru', name: 'Русский', quantities, times };

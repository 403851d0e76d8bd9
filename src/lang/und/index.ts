import type { LanguagePack } from '../types.js';
import { quantities } from './numbers.js';
import { times } from './times.js';

export const und: LanguagePack = { code: 'und', name: 'neutral', quantities, times };

import type { TimeRecognizer } from '../types.js';

// Placeholder until the time grammar for 'uk' lands.
export const times: TimeRecognizer = () => [];

import type { TimeRecognizer } from '../types.js';

// Placeholder until the time grammar for 'und' lands.
export const times: TimeRecognizer = () => [];

import type { TimeRecognizer } from '../types.js';

// Placeholder until the time grammar for 'it' lands.
export const times: TimeRecognizer = () => [];

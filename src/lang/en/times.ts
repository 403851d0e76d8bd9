import type { TimeRecognizer } from '../types.js';

// Placeholder until the time grammar for 'en' lands.
export const times: TimeRecognizer = () => [];

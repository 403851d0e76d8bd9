import type { TimeRecognizer } from '../types.js';

// Placeholder until the time grammar for 'ru' lands.
export const times: TimeRecognizer = () => [];

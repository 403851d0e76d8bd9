import type { QuantityRecognizer } from '../types.js';

// Placeholder until the number grammar for 'it' lands.
export const quantities: QuantityRecognizer = () => [];

import type { QuantityRecognizer } from '../types.js';

// Placeholder until the number grammar for 'und' lands.
export const quantities: QuantityRecognizer = () => [];

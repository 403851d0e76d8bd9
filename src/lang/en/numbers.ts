import type { QuantityRecognizer } from '../types.js';

// Placeholder until the number grammar for 'en' lands.
export const quantities: QuantityRecognizer = () => [];

import type { QuantityRecognizer } from '../types.js';

// Placeholder until the number grammar for 'ru' lands.
export const quantities: QuantityRecognizer = () => [];

import type { QuantityRecognizer } from '../types.js';

// Placeholder until the number grammar for 'uk' lands.
export const quantities: QuantityRecognizer = () => [];

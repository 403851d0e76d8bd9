/**
 * The number engine: one grammar for every language, each language's words in its data folder.
 *
 *   const lexicon = loadNumberLexicon('it', new URL('./data/', import.meta.url));
 *   createQuantityRecognizer(lexicon)(doc)                   // the pipeline stage
 *   createNumberReader(lexicon, text, norm).at(offset)       // 'tre' of 'tre giorni fa' → 3
 */
/*
 * Conventions of the quantities it finds (src/model/extraction.ts `Quantity`):
 *  - `text` is the original slice, qualifier words included: 'oltre 1.070', 'понад 11 тисяч'.
 *  - qualifier bounds: more_than and at_least set `min` = value, less_than and at_most set `max`;
 *    approx sets neither ('quasi 1.000', 'близько тисячі').
 *  - ranges ('3-4', 'tra 10 e 15', 'від 5 до 7') have `min`, `max` and `value` = `min`, the lower
 *    bound, as conflict datasets code an uncertain toll.
 *  - vague amounts carry the bounds written in each language's numbers.json: 'una decina' 10 (8–12),
 *    'decine'/'десятки'/'tens' 20 (20–99), 'dozens' 24 (24–99), 'centinaia' 200 (200–999),
 *    'migliaia' 2000 (2000–9999), 'decine di migliaia' 20 000 (20 000–99 999).
 *  - not quantities: numeric dates, clock times, years in context ('nel 2022', '2022 року'), model
 *    names ('S-300'), digits glued to units ('29km'), the article 'a'/'an' and the pronoun 'one'.
 *    Italian 'un'/'una' is the numeral one ('un morto'), as in Italian grammar.
 *  - sorted by start, never overlapping.
 */
export { loadNumberLexicon } from './load.js';
export { createNumberReader, createQuantityRecognizer, type Amount, type NumberReader } from './recognize.js';
export type { NumberLexicon } from './lexicon.js';

/**
 * The number engine: one grammar for every language, each language's words in its data folder.
 *
 *   const lexicon = loadNumberLexicon('it', new URL('./data/', import.meta.url));
 *   createQuantityRecognizer(lexicon)(doc)                   // the pipeline stage
 *   createNumberReader(lexicon, text, norm).at(offset)       // 'tre' of 'tre giorni fa' → 3
 */
export { loadNumberLexicon } from './load.js';
export { createNumberReader, createQuantityRecognizer, type Amount, type NumberReader } from './recognize.js';
export type { NumberLexicon } from './lexicon.js';

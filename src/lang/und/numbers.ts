/**
 * language-neutral quantities: the shared number engine (src/pipeline/numbers) with the lexicon in
 * ./data/numbers*.{txt,json}.
 */
import { createNumberReader, createQuantityRecognizer, loadNumberLexicon } from '../../pipeline/numbers/index.js';
import type { NumberReader } from '../../pipeline/numbers/index.js';
import type { QuantityRecognizer } from '../types.js';

export const numberLexicon = loadNumberLexicon('und', new URL('./data/', import.meta.url));

export const quantities: QuantityRecognizer = createQuantityRecognizer(numberLexicon);

/** A reader of language-neutral numbers in `text` (and its normalized copy `norm`), e.g. for the times stage. */
export const numberReader = (text: string, norm?: string): NumberReader => createNumberReader(numberLexicon, text, norm);

/**
 * The pipeline's `extract` with the gazetteer (loaded once per process), for the commands that
 * store what they extract (`ingest`, `serve`): without a gazetteer no places, hence no events,
 * are found.
 */
import { loadGazetteer } from '../geo/load.js';
import { extract, type ExtractOptions } from '../pipeline/index.js';
import type { ExtractInput, Extraction } from '../model/extraction.js';

export function extractWithGazetteer(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  return extract(input, { ...options, gazetteer: loadGazetteer() });
}

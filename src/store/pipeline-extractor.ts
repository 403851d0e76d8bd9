/**
 * The extraction the store applies to new articles: the pipeline's `extract` with the gazetteer
 * (without it no places, hence no events, are found). Loaded on demand, so that opening the
 * store or serving reads never pays for the pipeline and the gazetteer.
 */
import type { Extractor } from './ingest-service.js';

export async function pipelineExtractor(): Promise<Extractor> {
  const { extract } = await import('../pipeline/index.js');
  const { loadGazetteer } = await import('../geo/load.js');
  const gazetteer = loadGazetteer();
  return (input, { now }) => extract(input, { now, gazetteer });
}

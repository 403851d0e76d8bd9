import { lazyLexicon } from '../../pipeline/events/lexicon.js';

/** The it event and statement lexicons (see src/pipeline/events/lexicon.ts for the format). */
export const eventLexicon = lazyLexicon('it', [
  new URL('./data/events-cues.txt', import.meta.url),
  new URL('./data/events-casualties.txt', import.meta.url),
  new URL('./data/events-sources.txt', import.meta.url),
  new URL('./data/events-locations.txt', import.meta.url),
]);

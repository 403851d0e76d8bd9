import type { Quantity, TimeMention } from '../model/extraction.js';
import type { Doc } from '../pipeline/doc.js';
import type { EventLexicon } from '../pipeline/events/lexicon.js';
import type { PlacesLexicon } from '../geo/lexicon.js';

/** Finds the quantities ("1.070", "quasi mille", "понад 11 тисяч") of a document. */
export type QuantityRecognizer = (doc: Doc) => Quantity[];

/** Finds the time expressions of a document and resolves them against `doc.reference`. */
export type TimeRecognizer = (doc: Doc, quantities: readonly Quantity[]) => TimeMention[];

/**
 * Everything language-specific the pipeline needs, one per folder `src/lang/<code>/`.
 * Lexicons live in `src/lang/<code>/data/`; the code here is small and wires them up.
 */
export interface LanguagePack {
  /** ISO 639-1 code. */
  readonly code: string;
  /** The language's own name for itself. */
  readonly name: string;
  readonly quantities: QuantityRecognizer;
  readonly times: TimeRecognizer;
  /** The event and statement lexicons (`data/events-*.txt`), read on first use. */
  readonly eventLexicon?: () => EventLexicon;
  /** The place lexicon (`data/places-*.txt`): cues, stop words, inflections; read on first use. */
  readonly placesLexicon?: () => PlacesLexicon;
  /** Abbreviations that end in a full stop without ending the sentence (`data/abbreviations.txt`). */
  readonly abbreviations?: () => ReadonlySet<string>;
}

import type { Span } from '../model/extraction.js';
import type { LanguagePack } from '../lang/types.js';

/**
 * The document as the stages see it. `text` is the input exactly as given (all spans index
 * into it); `norm` is a same-length copy with look-alike characters folded (NBSP and other
 * spaces to ' ', typographic apostrophes to "'", dashes to '-'), so that patterns can be
 * written once without breaking the span convention.
 */
export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly norm: string;
  /** Language code: 'it', 'en', 'uk', 'ru', or 'und' when no pack fits. */
  readonly lang: string;
  /** The language pack, when the language is one we support. */
  readonly pack?: LanguagePack;
  /** Reference time as given (ISO), usually the publication date. */
  readonly published?: string;
  /** Reference time as a date (UTC midnight of the publication day when only a date is given). */
  readonly reference: Date;
  readonly sentences: readonly Span[];
}

/**
 * The statements stage: who said what, where, and the numbers they claimed.
 *
 *   quotes → the attribution around each ("Lo ha scritto su X il presidente ucraino, Volodymyr
 *   Zelensky", "ha aggiunto") → quotes grouped by speaker → numeric claims inside the quotes
 */
import type { Span, Statement, TextSpan } from '../../model/extraction.js';
import type { Doc } from '../doc.js';
import type { CountToken } from '../events/counts.js';
import { countsIn } from '../events/counts.js';
import type { Cue } from '../events/cues.js';
import { findCues, keyCode } from '../events/cues.js';
import type { Mentions } from '../events/frame.js';
import type { Person } from '../events/people.js';
import { findPeople } from '../events/people.js';
import { firstFrom, lineBreakRuns, paragraphAt, spanHolding, spansInside } from '../sorted-spans.js';
import { claimsOf } from './claims.js';
import { findQuotes } from './quotes.js';

interface Attribution {
  readonly person?: Person;
  readonly platform?: string;
  readonly span: Span;
  /** The attribution carries on an earlier statement ("ha aggiunto", "he added"). */
  readonly continues: boolean;
}

interface Entry {
  readonly speaker: Person;
  readonly platform?: string;
  readonly quotes: TextSpan[];
  readonly around: Span[];
  paragraph: number;
}

/** The statements of a document; none when its language has no lexicon. */
export function extractStatements(doc: Doc, mentions: Mentions): Statement[] {
  const lexicon = doc.pack?.eventLexicon?.();
  if (!lexicon) return [];
  // a statement is built around a quote: a text with none has no statements
  const quotes = findQuotes(doc.text);
  if (!quotes.length) return [];
  const cues = findCues(doc.norm, lexicon);
  const entries = statementEntries(doc, cues, quotes, mentions.places);
  // the counts of a span, read only around a quote with a launch verb ("ha lanciato"): most have none
  const countsOf = (span: Span): readonly CountToken[] => countsIn(span, mentions.quantities, mentions.times, spansInside(cues, span), doc.norm);
  const ctx = { norm: doc.norm, cues, counts: countsOf, times: mentions.times };
  return entries.map(({ speaker, platform, quotes, around }) => ({
    speaker: { name: speaker.name!, ...(speaker.role ? { role: speaker.role } : {}) },
    ...(platform ? { platform } : {}),
    quotes,
    claims: quotes.flatMap((q) => claimsOf(q, sentenceOf(doc, q), ctx)),
    evidence: [...around, ...quotes.map((q) => ({ start: q.start, end: q.end }))].sort((a, b) => a.start - b.start),
  }));
}

/**
 * Quotes grouped into statements. A statement is one speaker's passage: a quote with no name
 * of its own goes to the previous speaker ("”, ha aggiunto"); a quote in a later paragraph opens
 * a new statement unless its attribution carries on ("ha dichiarato ancora" after "Lo ha
 * scritto su X": two statements, the second not on X; "he added" continues the first).
 */
function statementEntries(doc: Doc, cues: readonly Cue[], quotes: readonly TextSpan[], places: readonly Span[]): Entry[] {
  const entries: Entry[] = [];
  const current = new Map<string, Entry>();
  let previous: Entry | undefined;
  // the words outside every quote, the same for each quote's attribution
  const unquoted = outsideQuotes(cues, quotes);
  const breaks = lineBreakRuns(doc.text);
  for (const quote of quotes) {
    const found = attribution(doc, unquoted, quotes, quote, places);
    if (!found) continue;
    const speaker = found.person ?? previous?.speaker;
    if (!speaker?.name) continue;
    const paragraph = paragraphAt(breaks, quote.start);
    let entry = current.get(speaker.name);
    if (entry && entry.paragraph !== paragraph && !found.continues) entry = undefined;
    if (!entry) {
      const platform = found.platform ?? (found.person || previous?.paragraph !== paragraph ? undefined : previous.platform);
      entry = { speaker, quotes: [], around: [], paragraph, ...(platform ? { platform } : {}) };
      entries.push(entry);
      current.set(speaker.name, entry);
    }
    entry.quotes.push(quote);
    entry.around.push(found.span);
    entry.paragraph = paragraph;
    previous = entry;
  }
  return entries;
}

/**
 * The words that say who spoke: a speech or reporting verb in the rest of the quote's sentence
 * ("”, ha aggiunto"), before the quote in its sentence ("il sindaco … spiegando che “…”"), or in
 * the next sentence of the paragraph when the quote ends its own ("Lo ha scritto su X il presidente…").
 */
function attribution(doc: Doc, unquoted: readonly Cue[], quotes: readonly TextSpan[], quote: TextSpan, places: readonly Span[]): Attribution | undefined {
  const first = sentenceOf(doc, quote);
  const last = sentenceOf(doc, { start: Math.max(quote.start, quote.end - 1), end: quote.end });
  const next = doc.sentences[firstFrom(doc.sentences, last.end)];
  const windows: Span[] = [
    { start: quote.end + 1, end: Math.max(quote.end + 1, last.end) },
    { start: first.start, end: Math.max(first.start, quote.start - 1) },
  ];
  const endsSentence = !/[\p{L}]/u.test(doc.norm.slice(quote.end + 1, last.end));
  if (endsSentence && next && !doc.text.slice(last.end, next.start).includes('\n')) windows.push(next);
  for (const span of windows) {
    const inside = spansInside(unquoted, span);
    if (!inside.some((c) => c.category === 'speech' || c.category === 'report')) continue;
    // the places let a role skip its seat: "Президент України Володимир Зеленський"
    const person = findPeople(doc.text, doc.norm, span, inside, places).find((p) => p.name && !quotes.some((q) => q.start < p.end && p.start < q.end)) ??
      institution(doc, inside);
    const platform = inside.find((c) => c.category === 'platform');
    const continues = inside.some((c) => c.category === 'continue');
    return { span, continues, ...(person ? { person } : {}), ...(platform ? { platform: keyCode(platform.key) } : {}) };
  }
  return undefined;
}

/**
 * A body that speaks with no person named (lexicon `institution`), as the speaker: its words as
 * written are its name ("the Ukrainian air force said", "Минобороны России сообщило").
 */
function institution(doc: Doc, cues: readonly Cue[]): Person | undefined {
  const c = cues.find((x) => x.category === 'institution');
  return c && { name: doc.text.slice(c.start, c.end), role: keyCode(c.key), start: c.start, end: c.end, rule: c.rule };
}

/** The cues outside every quote (`quotes` in text order, not overlapping): a walk over both lists. */
function outsideQuotes(cues: readonly Cue[], quotes: readonly TextSpan[]): Cue[] {
  const out: Cue[] = [];
  let q = 0;
  for (const c of cues) {
    // (cues come by start: a quote that ends before this cue starts ends before every later one)
    while (q < quotes.length && quotes[q]!.end < c.start) q++;
    if (!(q < quotes.length && quotes[q]!.start <= c.start && c.end <= quotes[q]!.end)) out.push(c);
  }
  return out;
}

/** The sentence that holds the start of a span (or the span itself when it crosses sentences). */
function sentenceOf(doc: Doc, s: Span): Span {
  return spanHolding(doc.sentences, s.start) ?? s;
}

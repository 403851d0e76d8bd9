/**
 * The output contract of sitrep (see DESIGN.md, "Output contract").
 *
 * Every span is half-open `[start, end)` in UTF-16 code units of the text as given.
 * Fields may be added; the names below must never be renamed: the CLI, the API,
 * the store and the evaluation scorer all rely on them.
 */

/** A half-open span `[start, end)` in UTF-16 code units of the input text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers (`text === input.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string;
}

/**
 * Where a value came from: `stated` in the text, or `inferred` (from the publication date,
 * a dateline, the gazetteer, a default). `rule` is the stable id of the rule that produced it,
 * e.g. `it/numbers/thousands-dot`.
 */
export interface Provenance {
  readonly rule: string;
  readonly source?: 'stated' | 'inferred';
}

export type Qualifier =
  | 'exact'
  | 'approx'
  | 'more_than'
  | 'at_least'
  | 'less_than'
  | 'at_most'
  | 'range';

export interface Quantity extends TextSpan, Provenance {
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
  readonly qualifier: Qualifier;
}

export type TimeGrain = 'hour' | 'part_of_day' | 'day' | 'week' | 'month' | 'year';

/** ISO dates (`YYYY-MM-DD`) or datetimes; `end` is inclusive of the last day at day grain. */
export interface TimeValue {
  readonly start: string;
  readonly end: string;
}

export interface TimeMention extends TextSpan, Provenance {
  readonly grain: TimeGrain;
  readonly value: TimeValue;
}

export type PlaceKind = 'place' | 'admin1' | 'admin2' | 'country' | 'region';

export interface PlaceMention extends TextSpan, Provenance {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonameId?: number;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly admin1?: string;
  readonly kind: PlaceKind;
}

export interface Count {
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
  readonly qualifier: Qualifier | string;
}

export interface Actor {
  readonly name: string;
  readonly country?: string;
}

export type DatePrecision = 'day' | 'days' | 'week' | 'month' | 'year';
export type LocationPrecision = 'place' | 'near' | 'admin2' | 'admin1' | 'country';

export interface EventLocation {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonameId?: number;
  readonly country: string;
  readonly admin1?: string;
  readonly precision: LocationPrecision;
}

export interface EventSource {
  readonly name?: string;
  readonly role?: string;
  readonly channel?: string;
  readonly outlet?: string;
}

export interface Event {
  /** ACLED vocabulary, e.g. 'Explosions/Remote violence'. */
  readonly eventType: string;
  /** ACLED vocabulary, e.g. 'Air/drone strike'. */
  readonly subEventType: string;
  readonly date: { readonly start: string; readonly end: string; readonly precision: DatePrecision };
  readonly location: EventLocation;
  readonly actor1?: Actor;
  readonly actor2?: Actor;
  readonly target?: { readonly kind: string };
  /** Kind (drone, missile, guided_bomb, ...), with the type ('ballistic', 'attack') and model ('Shahed', 'Iskander') the text gives. */
  readonly weapons: readonly { readonly kind: string; readonly type?: string; readonly model?: string; readonly count?: Count }[];
  readonly fatalities?: Count;
  readonly injured?: Count;
  readonly impacts: readonly { readonly kind: string; readonly affected?: Count }[];
  readonly sources: readonly EventSource[];
  readonly evidence: readonly Span[];
  /** Per-field evidence: field name → spans and the rule that set it. */
  readonly fieldEvidence?: Readonly<Record<string, readonly (Span & Provenance)[]>>;
  readonly confidence: number;
}

export interface Claim {
  readonly what: string;
  readonly weapon?: string;
  readonly actor?: string;
  readonly count: Count;
  readonly period?: { readonly start: string; readonly end: string };
  readonly evidence?: readonly Span[];
}

export interface Statement {
  readonly speaker: { readonly name: string; readonly role?: string };
  readonly platform?: string;
  readonly quotes: readonly TextSpan[];
  readonly claims: readonly Claim[];
  readonly evidence?: readonly Span[];
}

export interface Extraction {
  readonly id: string;
  /** ISO 639-1 code of the text's language, or 'und' when not one we support. */
  readonly lang: string;
  /** The reference time (ISO), usually the publication date. */
  readonly published?: string;
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeMention[];
  readonly places: readonly PlaceMention[];
  readonly events: readonly Event[];
  readonly statements: readonly Statement[];
}

/** What a caller passes to the pipeline along with the text. */
export interface ExtractInput {
  readonly id?: string;
  readonly text: string;
  /** A language code; when absent or 'auto' the language is identified from the text. */
  readonly lang?: string;
  /** Reference time (ISO date or datetime): relative dates resolve against it. */
  readonly published?: string;
}

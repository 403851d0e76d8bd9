/**
 * The dashboard's view of the sitrep HTTP API (src/server): the routes it calls and the shapes
 * it reads. Paths are relative, so the dashboard works under any base path.
 */
import { getJson, sendJson } from './http.js';
import type { DayBucket } from './timeline-data.js';

export interface CountValue {
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
  readonly qualifier: string;
}

/** A row of the event list. */
export interface EventSummary {
  readonly id: number;
  readonly eventType: string;
  readonly subEventType: string;
  readonly dateStart: string;
  readonly dateEnd: string;
  readonly datePrecision: string;
  readonly locationName: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly admin1: string | null;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly fatalities: number | null;
  readonly injured: number | null;
  readonly status: string;
  readonly reportCount: number;
  readonly confidence: number;
}

export interface EventPage {
  readonly total: number;
  readonly items: readonly EventSummary[];
}

export interface EvidenceSpan {
  readonly field: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string | null;
}

export interface EventReport {
  readonly id: number;
  readonly articleId: number;
  readonly reportedAt: string;
  readonly fatalities: number | null;
  readonly fatalitiesQualifier: string | null;
  readonly injured: number | null;
  readonly injuredQualifier: string | null;
  readonly confidence: number;
  readonly event: Record<string, unknown>;
  readonly evidence: readonly EvidenceSpan[];
  readonly article: {
    readonly id: number;
    readonly url: string | null;
    readonly title: string | null;
    readonly outlet: string | null;
    readonly published: string | null;
    readonly lang: string;
    readonly text: string;
  };
}

export interface Review {
  readonly id: number;
  readonly action: string;
  readonly field: string | null;
  readonly value: unknown;
  readonly reviewer: string;
  readonly note: string | null;
  readonly createdAt: string;
}

export interface EventDetail extends EventSummary {
  readonly locationPrecision: string;
  readonly targetKind: string | null;
  readonly weapons: readonly { kind: string; count?: CountValue }[];
  readonly impacts: readonly { kind: string; affected?: CountValue }[];
  readonly fatalitiesMin: number | null;
  readonly fatalitiesMax: number | null;
  readonly injuredMin: number | null;
  readonly injuredMax: number | null;
  readonly reports: readonly EventReport[];
  readonly reviews: readonly Review[];
}

export type ReviewAction =
  | { action: 'confirm'; reviewer: string; note?: string }
  | { action: 'reject'; reviewer: string; note?: string }
  | { action: 'correct'; reviewer: string; field: string; value: unknown; note?: string };

export interface IngestResponse {
  readonly status: string;
  readonly articleId: number;
  readonly created: readonly number[];
  readonly merged: readonly number[];
}

export function fetchEvents(params: URLSearchParams, signal?: AbortSignal): Promise<EventPage> {
  return getJson<EventPage>('api/events', params, signal);
}

export function fetchEvent(id: number, signal?: AbortSignal): Promise<EventDetail> {
  return getJson<EventDetail>(`api/events/${id}`, undefined, signal);
}

export async function fetchTimeline(params: URLSearchParams, signal?: AbortSignal): Promise<DayBucket[]> {
  const body = await getJson<{ days: DayBucket[] }>('api/stats/timeline', params, signal);
  return body.days;
}

export function reviewEvent(id: number, review: ReviewAction): Promise<EventDetail> {
  return sendJson<EventDetail>('PATCH', `api/events/${id}`, review);
}

export function postArticle(article: { text: string; lang?: string; published?: string; title?: string; outlet?: string; url?: string }): Promise<IngestResponse> {
  return sendJson<IngestResponse>('POST', 'api/articles', article);
}

/**
 * The dashboard's view of the sitrep HTTP API (src/server): the routes it calls. The shapes are
 * the store's own view types (type-only imports: nothing of the server is bundled). Paths are
 * relative, so the dashboard works under any base path.
 */
import type { EventDetail } from '../store/event-detail.js';
import type { EventView } from '../store/event-view.js';
import type { ReviewRequest } from '../store/review-service.js';
import { getJson, sendJson } from './http.js';
import type { DayBucket } from './timeline-data.js';
import type { ArticleDraft } from './ingest-files.js';
import type { FeedView } from '../ingest/feed-store.js';

export type { EventDetail, EventView, FeedView, ReviewRequest };
export type { ReportView, ReviewView } from '../store/event-detail.js';

export interface EventPage {
  readonly items: readonly EventView[];
  readonly total: number;
  readonly totalExact?: boolean;
}

export function fetchEvents(params: URLSearchParams, signal?: AbortSignal): Promise<EventPage> {
  return getJson<EventPage>('api/events', params, signal);
}

export function fetchEvent(id: number, signal?: AbortSignal): Promise<EventDetail> {
  return getJson<EventDetail>(`api/events/${id}`, undefined, signal);
}

/** Events and fatalities per day by type (`GET /api/web/timeline`, src/server/web-timeline.ts). */
export async function fetchTimeline(params: URLSearchParams, signal?: AbortSignal): Promise<DayBucket[]> {
  const body = await getJson<{ days: DayBucket[] }>('api/web/timeline', params, signal);
  return body.days;
}

/** Records a review, then reads the event back with its reports and reviews. */
export async function reviewEvent(id: number, review: ReviewRequest): Promise<EventDetail> {
  await sendJson<unknown>('PATCH', `api/events/${id}`, review);
  return fetchEvent(id);
}

/** One article's outcome in `POST /api/articles` (src/server/article-routes.ts). */
export interface IngestResult {
  readonly status: 'new' | 'duplicate' | 'failed';
  readonly articleId?: number;
  readonly created?: readonly number[];
  readonly merged?: readonly number[];
  readonly error?: string;
}

export async function postArticle(article: ArticleDraft): Promise<IngestResult> {
  const body = await sendJson<{ results: IngestResult[] }>('POST', 'api/articles', article);
  const result = body.results[0];
  if (!result) throw new Error('the server returned no result for the article');
  if (result.status === 'failed') throw new Error(result.error ?? 'the article could not be ingested');
  return result;
}

/** The feeds sitrep follows (`/api/feeds`, src/server/feeds-routes.ts). */
export async function fetchFeeds(): Promise<FeedView[]> {
  return (await getJson<{ feeds: FeedView[] }>('api/feeds')).feeds;
}

export function addFeed(url: string, name?: string, intervalMinutes?: number): Promise<FeedView> {
  return sendJson<FeedView>('POST', 'api/feeds', { url, ...(name ? { name } : {}), ...(intervalMinutes ? { intervalMinutes } : {}) });
}

export function removeFeed(id: number): Promise<void> {
  return sendJson<void>('DELETE', `api/feeds/${id}`);
}

/** Polls a feed now; the answer says what was found and ingested. */
export function pollFeed(id: number): Promise<unknown> {
  return sendJson<unknown>('POST', `api/feeds/${id}/poll`, {});
}

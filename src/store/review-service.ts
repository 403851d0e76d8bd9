/**
 * Analyst review of an event (`PATCH /api/events/:id`): confirm, reject, reopen, or correct
 * fields. Reviews are appended (who, when, what) and never deleted; the event's merged view is
 * recomputed with them applied last, so corrections survive any later report or re-ingest.
 */
import { isIsoDate } from './article-input.js';
import type { Store } from './database.js';
import { CORRECTABLE } from './event-summary.js';
import { lockForMerge, recomputeEvent } from './event-repository.js';

export const REVIEW_ACTIONS = ['confirm', 'reject', 'reopen', 'correct'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface ReviewRequest {
  readonly action: ReviewAction;
  readonly reviewer: string;
  readonly note?: string;
  /** For `correct`: column → new value (see `CORRECTABLE`); `null` clears a value. */
  readonly corrections?: Readonly<Record<string, string | number | null>>;
}

/** A review that cannot be applied; the message says why. */
export class ReviewError extends Error {
  override name = 'ReviewError';
}

/** Records a review; returns false when the event does not exist. */
export async function reviewEvent(store: Store, eventId: number, req: ReviewRequest, now = new Date()): Promise<boolean> {
  const corrections = Object.entries(req.corrections ?? {});
  if (req.action === 'correct' && !corrections.length) throw new ReviewError('"correct" needs "corrections": {field: value, ...}');
  for (const [field, value] of corrections) checkCorrection(field, value);
  const at = now.toISOString();
  return store.db.transaction().execute(async (tx) => {
    await lockForMerge(tx, store.dialect);
    const exists = await tx.selectFrom('events').select('id').where('id', '=', eventId).executeTakeFirst();
    if (!exists) return false;
    const base = { event_id: eventId, reviewer: req.reviewer, note: req.note ?? null, created_at: at };
    const rows = req.action === 'correct'
      ? corrections.map(([field, value]) => ({ ...base, action: 'correct', field, value: JSON.stringify(value) }))
      : [{ ...base, action: req.action, field: null, value: null }];
    await tx.insertInto('reviews').values(rows).execute();
    await recomputeEvent(tx, eventId, at);
    return true;
  });
}

function checkCorrection(field: string, value: string | number | null): void {
  const type = CORRECTABLE[field];
  if (!type) throw new ReviewError(`"${field}" cannot be corrected (correctable: ${Object.keys(CORRECTABLE).join(', ')})`);
  if (value === null) return;
  const ok = type === 'string' ? typeof value === 'string' : typeof value === 'number' && Number.isFinite(value) && (type === 'number' || Number.isInteger(value));
  if (!ok) throw new ReviewError(`"${field}" must be ${type === 'string' ? 'a string' : `a${type === 'integer' ? 'n integer' : ' number'}`} or null`);
  if ((field === 'date_start' || field === 'date_end') && !isIsoDate(String(value))) {
    throw new ReviewError(`"${field}" must be a date YYYY-MM-DD`);
  }
}

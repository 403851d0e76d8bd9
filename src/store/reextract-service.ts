/**
 * Re-extracting a stored article (after the extraction has improved): its old reports and
 * statements are replaced by the new extraction's, in one transaction. The new reports merge by
 * the usual rules — including into the events the old ones belonged to, whose ids, reviews and
 * corrections therefore stay. An event left without any report is deleted, unless an analyst has
 * reviewed it (then it stays, with `report_count` 0, for the analyst to see).
 */
import type { Kysely } from 'kysely';
import { reportTime } from './article-input.js';
import type { Store } from './database.js';
import { lockForMerge, recomputeEvent } from './event-repository.js';
import { writeExtraction } from './extraction-writer.js';
import type { Extractor, IngestResult } from './ingest-service.js';
import type { Database } from './schema.js';

/** Re-extracts article `articleId`; undefined when there is no such article. */
export async function reextractArticle(store: Store, articleId: number, extract: Extractor, now = new Date()): Promise<IngestResult | undefined> {
  const a = await store.db.selectFrom('articles').selectAll().where('id', '=', articleId).executeTakeFirst();
  if (!a) return undefined;
  const extraction = extract(
    { id: a.external_id ?? a.url ?? a.content_hash.slice(0, 16), text: a.text, lang: a.lang, ...(a.published ? { published: a.published } : {}) },
    { now },
  );
  const at = now.toISOString();
  return store.db.transaction().execute(async (tx) => {
    await lockForMerge(tx, store.dialect);
    const before = await removeExtraction(tx, articleId);
    const ref = { articleId, outlet: a.outlet, reportedAt: reportTime(a.published, a.ingested_at) };
    const { created, merged } = await writeExtraction(tx, ref, extraction, at);
    for (const eventId of before) if (!merged.includes(eventId)) await settleEvent(tx, eventId, at);
    await tx.updateTable('articles').set({ lang: extraction.lang }).where('id', '=', articleId).execute();
    return { status: 'reextracted', articleId, created, merged, statements: extraction.statements.length } satisfies IngestResult;
  });
}

/** Deletes an article's reports, statements and their evidence; returns the events it reported. */
async function removeExtraction(db: Kysely<Database>, articleId: number): Promise<number[]> {
  const reports = await db.selectFrom('event_reports').select(['id', 'event_id']).where('article_id', '=', articleId).execute();
  const statements = await db.selectFrom('statements').select('id').where('article_id', '=', articleId).execute();
  await db.deleteFrom('evidence').where('article_id', '=', articleId).execute();
  if (statements.length) await db.deleteFrom('claims').where('statement_id', 'in', statements.map((s) => s.id)).execute();
  await db.deleteFrom('statements').where('article_id', '=', articleId).execute();
  await db.deleteFrom('event_reports').where('article_id', '=', articleId).execute();
  return [...new Set(reports.map((r) => r.event_id))];
}

/** Recomputes an event that lost a report; deletes it when none is left and nobody reviewed it. */
async function settleEvent(db: Kysely<Database>, eventId: number, at: string): Promise<void> {
  const left = await db.selectFrom('event_reports').select('id').where('event_id', '=', eventId).limit(1).execute();
  if (left.length) return recomputeEvent(db, eventId, at);
  const reviewed = await db.selectFrom('reviews').select('id').where('event_id', '=', eventId).limit(1).execute();
  if (reviewed.length) {
    await db.updateTable('events').set({ report_count: 0, updated_at: at }).where('id', '=', eventId).execute();
    await db.insertInto('changes').values({ event_id: eventId, kind: 'updated', at }).execute();
    return;
  }
  await db.deleteFrom('events').where('id', '=', eventId).execute();
  await db.insertInto('changes').values({ event_id: eventId, kind: 'deleted', at }).execute();
}

/**
 * The change log (`changes`): every creation or update of an event, in commit order, for
 * `GET /api/stream`. Reading by id works across processes (a CLI ingest, or workers on
 * PostgreSQL, are seen by a running server): on PostgreSQL ids are taken under the merge lock, so
 * they commit in order and a reader never skips one.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface Change {
  readonly id: number;
  readonly eventId: number;
  readonly kind: 'created' | 'updated' | 'deleted';
  readonly at: string;
}

/** Changes after `afterId`, oldest first. */
export async function changesSince(db: Kysely<Database>, afterId: number, limit = 500): Promise<Change[]> {
  const rows = await db.selectFrom('changes').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, eventId: r.event_id, kind: r.kind as Change['kind'], at: r.at }));
}

/** The id of the latest change (0 when none): where a new subscriber starts. */
export async function latestChangeId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('changes').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  return Number(row?.max ?? 0);
}

/**
 * Writing an article's extraction inside the caller's transaction: its statements (speaker,
 * platform, claims, quotes as half-open spans) and its events, each merged into a stored event or
 * stored as a new one.
 */
import type { Kysely } from 'kysely';
import type { Extraction, Statement } from '../model/extraction.js';
import { pickMerge } from './event-merge.js';
import { createEvent, findCandidates, insertReport, recomputeEvent } from './event-repository.js';
import type { Database } from './schema.js';

export interface ArticleRef {
  readonly articleId: number;
  readonly outlet: string | null;
  /** When the article gave its account: its publication time, else its ingestion time. */
  readonly reportedAt: string;
}

/** Stores statements and events; returns the events created and those merged into. */
export async function writeExtraction(db: Kysely<Database>, a: ArticleRef, x: Extraction, at: string): Promise<{ created: number[]; merged: number[] }> {
  for (const [i, s] of x.statements.entries()) await insertStatement(db, a.articleId, i, s);
  const created: number[] = [];
  const merged: number[] = [];
  for (const [ordinal, event] of x.events.entries()) {
    const report = { articleId: a.articleId, ordinal, reportedAt: a.reportedAt, event };
    const target = pickMerge(await findCandidates(db, event), event, a.articleId);
    if (target) {
      await insertReport(db, target.id, report);
      await recomputeEvent(db, target.id, at);
      merged.push(target.id);
    } else {
      created.push(await createEvent(db, report, a.outlet, at));
    }
  }
  return { created, merged };
}

async function insertStatement(db: Kysely<Database>, articleId: number, ordinal: number, s: Statement): Promise<void> {
  const { id } = await db
    .insertInto('statements')
    .values({ article_id: articleId, ordinal, speaker_name: s.speaker.name, speaker_role: s.speaker.role ?? null, platform: s.platform ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (s.claims.length) {
    await db
      .insertInto('claims')
      .values(
        s.claims.map((c) => ({
          statement_id: id,
          what: c.what,
          weapon: c.weapon ?? null,
          actor: c.actor ?? null,
          count_value: c.count.value,
          count_qualifier: String(c.count.qualifier),
          period_start: c.period?.start ?? null,
          period_end: c.period?.end ?? null,
        })),
      )
      .execute();
  }
  const spans = [
    ...s.quotes.map((q) => ({ field: 'quote', start: q.start, end: q.end })),
    ...(s.evidence ?? []).map((e) => ({ field: 'statement', start: e.start, end: e.end })),
  ];
  if (spans.length) {
    const rows = spans.map((p) => ({ article_id: articleId, owner_kind: 'statement', owner_id: id, field: p.field, span_start: p.start, span_end: p.end, rule: null }));
    await db.insertInto('evidence').values(rows).execute();
  }
}

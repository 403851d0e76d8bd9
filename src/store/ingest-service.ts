/**
 * Ingesting one article: store it (idempotently, by URL and by content hash), extract it, store
 * its statements, and merge each of its events into the stored ones — all in ONE transaction,
 * so a process killed halfway leaves either the whole article or nothing, and re-running the
 * ingest finishes the job.
 */
import type { Kysely } from 'kysely';
import type { Extraction, Statement } from '../model/extraction.js';
import { checkArticle, contentHash, type ArticleInput } from './article-input.js';
import type { Store } from './database.js';
import { pickMerge } from './event-merge.js';
import { createEvent, findCandidates, insertReport, lockForMerge, recomputeEvent, type NewReport } from './event-repository.js';
import type { Database } from './schema.js';

/** The extraction to run on an article (the pipeline's `extract`, or a test double). */
export type Extractor = (input: { id: string; text: string; lang?: string; published?: string }, options: { now: Date }) => Extraction;

export interface IngestResult {
  readonly status: 'new' | 'duplicate';
  readonly articleId: number;
  /** Events created by this article, and existing events it was merged into. */
  readonly created: readonly number[];
  readonly merged: readonly number[];
  readonly statements: number;
}

/** Ingests one article; an article already stored (same URL or same content) changes nothing. */
export async function ingestArticle(store: Store, input: ArticleInput, extract: Extractor, now = new Date()): Promise<IngestResult> {
  const article = checkArticle(input);
  const hash = contentHash(article.text);
  const existing = await findArticle(store.db, article.url, hash);
  if (existing !== undefined) return { status: 'duplicate', articleId: existing, created: [], merged: [], statements: 0 };
  const extraction = extract(
    { id: article.id ?? article.url ?? hash.slice(0, 16), text: article.text, lang: article.lang, published: article.published },
    { now },
  );
  const at = now.toISOString();
  return store.db.transaction().execute(async (tx) => {
    await lockForMerge(tx, store.dialect);
    const inserted = await tx
      .insertInto('articles')
      .values({
        url: article.url ?? null,
        external_id: article.id ?? null,
        outlet: article.outlet ?? null,
        title: article.title ?? null,
        published: article.published ?? null,
        lang: extraction.lang,
        text: article.text,
        content_hash: hash,
        ingested_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      // another process stored it between our check and our insert
      const id = (await findArticle(tx, article.url, hash)) ?? 0;
      return { status: 'duplicate', articleId: id, created: [], merged: [], statements: 0 } as IngestResult;
    }
    const articleId = inserted.id;
    const reportedAt = article.published ?? at;
    for (const [i, s] of extraction.statements.entries()) await insertStatement(tx, articleId, i, s);
    const created: number[] = [];
    const merged: number[] = [];
    for (const [ordinal, event] of extraction.events.entries()) {
      const report: NewReport = { articleId, ordinal, reportedAt, event };
      const target = pickMerge(await findCandidates(tx, event), event, articleId);
      if (target) {
        await insertReport(tx, target.id, report);
        await recomputeEvent(tx, target.id, at);
        merged.push(target.id);
      } else {
        created.push(await createEvent(tx, report, article.outlet ?? null, at));
      }
    }
    return { status: 'new', articleId, created, merged, statements: extraction.statements.length };
  });
}

/** The id of the article with this URL or this content hash, if stored. */
export async function findArticle(db: Kysely<Database>, url: string | undefined, hash: string): Promise<number | undefined> {
  let q = db.selectFrom('articles').select('id');
  q = url ? q.where((eb) => eb.or([eb('url', '=', url), eb('content_hash', '=', hash)])) : q.where('content_hash', '=', hash);
  const row = await q.limit(1).executeTakeFirst();
  return row?.id;
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
    await db
      .insertInto('evidence')
      .values(spans.map((p) => ({ article_id: articleId, owner_kind: 'statement', owner_id: id, field: p.field, span_start: p.start, span_end: p.end, rule: null })))
      .execute();
  }
}

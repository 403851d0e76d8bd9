/**
 * Ingesting one article: store it (idempotently, by URL and by content hash), extract it, store
 * its statements, and merge each of its events into the stored ones — all in ONE transaction,
 * so a process killed halfway leaves either the whole article or nothing, and re-running the
 * ingest finishes the job.
 */
import type { Kysely } from 'kysely';
import type { Extraction } from '../model/extraction.js';
import { checkArticle, contentHash, reportTime, type ArticleInput } from './article-input.js';
import type { Store } from './database.js';
import { lockForMerge } from './event-repository.js';
import { writeExtraction } from './extraction-writer.js';
import type { Database } from './schema.js';

/** The extraction to run on an article (the pipeline's `extract`, or a test double). */
export type Extractor = (input: { id: string; text: string; lang?: string; published?: string }, options: { now: Date }) => Extraction;

export interface IngestResult {
  /** `reextracted`: an article already stored, extracted again (see reextract-service.ts). */
  readonly status: 'new' | 'duplicate' | 'reextracted';
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
    const reportedAt = reportTime(article.published, at);
    const { created, merged } = await writeExtraction(tx, { articleId, outlet: article.outlet ?? null, reportedAt }, extraction, at);
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

/** What `sitrep ingest` does (registered in ingest.ts, loaded when the command runs). */
import type { ArticleInput } from '../store/article-input.js';
import { ingestArticle, type Extractor } from '../store/ingest-service.js';
import { IngestTally } from '../store/ingest-tally.js';
import type { Store } from '../store/database.js';
import { reextractArticle } from '../store/reextract-service.js';
import { Fetcher } from '../ingest/fetcher.js';
import { pipelineExtractor } from '../store/pipeline-extractor.js';
import { openCliStore } from './db.js';
import { EXIT, type IngestFlags } from './ingest.js';
import { countRecords, readSources } from './ingest-readers.js';
import { writeOut } from './io.js';
import { progress } from './progress.js';

export async function runIngest(inputs: readonly string[], flags: IngestFlags): Promise<number> {
  const store = await openCliStore('ingest', flags.db);
  if (!store) return EXIT.usage;
  const { extractWithGazetteer: extract } = await import('./gazetteer-extract.js');
  const tally = new IngestTally();
  const bar = progress('ingest', countRecords(inputs));
  try {
    for await (const rec of readSources(inputs, { fetcher: new Fetcher({ allowPrivate: flags.allowPrivate ?? false }) })) {
      bar.tick();
      const problem = rec.error ?? (await ingestOne(store, withDefaults(rec.article!, flags), extract, tally, flags.reextract ?? false));
      if (problem) {
        tally.fail();
        process.stderr.write(`sitrep ingest: ${rec.where}: ${problem}\n`);
      }
    }
  } finally {
    bar.stop();
    await store.close();
  }
  process.stderr.write(`sitrep ingest: ${tally} (${store.location})\n`);
  if (flags.json) await writeOut(JSON.stringify(tally.summary) + '\n');
  return tally.summary.failed ? EXIT.someFailed : EXIT.ok;
}

/** Ingests one article; returns why it failed, or undefined. */
async function ingestOne(store: Store, a: ArticleInput, extract: Extractor, tally: IngestTally, reextract: boolean): Promise<string | undefined> {
  try {
    const r = await ingestArticle(store, a, extract);
    tally.add(r.status === 'duplicate' && reextract ? ((await reextractArticle(store, r.articleId, extract)) ?? r) : r);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function withDefaults(a: ArticleInput, flags: IngestFlags): ArticleInput {
  return {
    ...a,
    ...(a.lang === undefined && flags.lang ? { lang: flags.lang } : {}),
    ...(a.published === undefined && flags.published ? { published: flags.published } : {}),
  };
}

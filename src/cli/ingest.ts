/**
 * `sitrep ingest FILE...|DIR|-`: extract articles and store them, merging their events into the
 * stored ones. Each article is its own transaction: killed halfway, the command loses no article
 * already stored and leaves nothing half-written; run again, it skips what is stored (duplicates)
 * and finishes the job.
 */
import type { Command } from 'commander';
import type { ArticleInput } from '../store/article-input.js';
import { ingestArticle, type Extractor } from '../store/ingest-service.js';
import { IngestTally } from '../store/ingest-tally.js';
import type { Store } from '../store/database.js';
import { reextractArticle } from '../store/reextract-service.js';
import { Fetcher } from '../ingest/fetcher.js';
import { pipelineExtractor } from '../store/pipeline-extractor.js';
import { addDbOption, openCliStore } from './db.js';
import { countRecords, readSources } from './ingest-readers.js';
import { writeOut } from './io.js';
import { progress } from './progress.js';

interface IngestFlags {
  db?: string;
  lang?: string;
  published?: string;
  json?: boolean;
  allowPrivate?: boolean;
  reextract?: boolean;
}

/** Exit codes of `sitrep ingest` (also in the README). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

export function registerIngest(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('ingest')
    .description('extract articles (txt, json, jsonl, html files, folders, web pages, or stdin) and store them, merging events across reports')
    .argument('[inputs...]', "files, folders or http(s) URLs ('-' or none: standard input)");
  addDbOption(cmd)
    .option('--lang <code>', 'language of records that do not say (default: identified from the text)')
    .option('--published <iso>', 'publication date of records that do not say (default: the time of ingest)')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--reextract', 'extract articles already stored again (after the extraction improved); reviews and corrections stay')
    .option('--allow-private', 'allow fetching URLs from private, loopback and link-local addresses')
    .action(async (inputs: string[], flags: IngestFlags) => setExit(await runIngest(inputs.length ? inputs : ['-'], flags)));
}

async function runIngest(inputs: readonly string[], flags: IngestFlags): Promise<number> {
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

/**
 * `sitrep ingest FILE...|DIR|-`: extract articles and store them, merging their events into the
 * stored ones. Each article is its own transaction: killed halfway, the command loses no article
 * already stored and leaves nothing half-written; run again, it skips what is stored (duplicates)
 * and finishes the job.
 */
import type { Command } from 'commander';
import { addDbOption } from './db.js';

export interface IngestFlags {
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
    .action(async (inputs: string[], flags: IngestFlags) => {
      const { runIngest } = await import('./ingest-run.js');
      setExit(await runIngest(inputs.length ? inputs : ['-'], flags));
    });
}

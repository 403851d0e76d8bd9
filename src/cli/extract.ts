import type { Command } from 'commander';

export interface ExtractFlags {
  jsonl?: string;
  lang?: string;
  published?: string;
  id?: string;
  compact?: boolean;
}

/** Exit codes of `sitrep extract` (also in the README). */
export const EXIT = { ok: 0, badRecords: 1, usage: 2 } as const;

export function registerExtract(program: Command, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract quantities, times, places, events and statements from texts')
    .argument('[files...]', "plain-text files ('-' or none: standard input)")
    .option('--jsonl <file>', "JSONL records {id, text, lang?, published?}, one per line ('-' for stdin)")
    .option('--lang <code>', 'language of the text(s): it, en, uk, ru, or auto', 'auto')
    .option('--published <iso>', 'publication date, the reference for relative dates (default: now)')
    .option('--id <id>', 'id of the text (default: the file name)')
    .option('--compact', 'one line of JSON per text instead of pretty output')
    .action(async (files: string[], flags: ExtractFlags) => {
      // the pipeline, its language packs and the gazetteer load only when the command runs
      const { extractFiles, extractJsonl } = await import('./extract-run.js');
      setExit(flags.jsonl ? await extractJsonl(flags.jsonl, flags) : await extractFiles(files, flags));
    });
}

export function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

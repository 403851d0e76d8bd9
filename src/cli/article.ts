import type { Command } from 'commander';
import type { Engine } from '../ingest/article.js';

export interface ArticleFlags {
  jsonl?: string;
  url?: string;
  id?: string;
  engine: string;
  compact?: boolean;
  allowPrivate?: boolean;
}

/** Exit codes of `sitrep article` (also in the README). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const ENGINES: readonly Engine[] = ['sitrep', 'readability'];

export function registerArticle(program: Command, setExit: (code: number) => void): void {
  program
    .command('article')
    .description('read the article of web pages: text without navigation, ads and comments, plus title, date, outlet, language')
    .argument('[source]', "an HTML file, an http(s) URL, or '-' for standard input")
    .option('--jsonl <file>', "JSONL records {id, url?, html}, one per line ('-' for stdin)")
    .option('--url <url>', 'the URL a file was saved from (resolves the canonical URL and the date in the URL)')
    .option('--id <id>', 'id of the article (default: the file name or URL)')
    .option('--engine <name>', `extraction engine: ${ENGINES.join(' or ')} (Readability.js alone, the baseline)`, 'sitrep')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--compact', 'one line of JSON instead of pretty output')
    .action(async (source: string | undefined, flags: ArticleFlags) => {
      if (!ENGINES.includes(flags.engine as Engine)) {
        process.stderr.write(`sitrep article: unknown engine '${flags.engine}' (use ${ENGINES.join(' or ')})\n`);
        return setExit(EXIT.usage);
      }
      // linkedom and Readability load only when the command runs
      const { articleJsonl, articleSource } = await import('./article-run.js');
      setExit(flags.jsonl ? await articleJsonl(flags.jsonl, flags) : await articleSource(source ?? '-', flags));
    });
}

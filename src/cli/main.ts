import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerArticle } from './article.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerFeeds } from './feeds.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command('sitrep')
    .description('sitrep: conflict news in many languages turned into structured, geolocated, evidence-linked event data')
    .version(version(), '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run sitrep --help for usage)');
  registerExtract(program, setExit);
  registerArticle(program, setExit);
  registerIngest(program, setExit);
  registerServe(program, setExit);
  registerEvents(program, setExit);
  registerExport(program, setExit);
  registerFeeds(program, setExit);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return exitCode;
}

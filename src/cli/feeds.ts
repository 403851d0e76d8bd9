/**
 * `sitrep feeds add|list|remove|poll`: the RSS/Atom/RDF feeds sitrep follows. `sitrep serve`
 * polls them in the background; `feeds poll` polls them once (from cron, say).
 */
import type { Command } from 'commander';
import type { Store } from '../store/database.js';
import { addDbOption, openCliStore } from './db.js';

export interface FeedFlags {
  db?: string;
  name?: string;
  every?: string;
  json?: boolean;
  due?: boolean;
  allowPrivate?: boolean;
}

/** Exit codes of `sitrep feeds` (also in the README). */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

type Action = (store: Store, args: string[], flags: FeedFlags) => Promise<number>;
type ActionName = 'add' | 'list' | 'remove' | 'poll';

export function registerFeeds(program: Command, setExit: (code: number) => void): void {
  const feeds = program.command('feeds').description('the RSS, Atom and RDF feeds sitrep follows (polled by sitrep serve)');
  const run = (name: ActionName) => async (...params: unknown[]) => {
    const flags = params[params.length - 2] as FeedFlags;
    const args = params.slice(0, -2).map(String);
    const store = await openCliStore('feeds', flags.db);
    if (!store) return setExit(EXIT.usage);
    try {
      // the feed store and the HTTP client load only when a subcommand runs
      const action: Action = (await import('./feeds-run.js'))[name];
      setExit(await action(store, args, flags));
    } finally {
      await store.close();
    }
  };
  addDbOption(feeds.command('add').description('follow a feed').argument('<url>', 'the feed URL (http or https)'))
    .option('--name <name>', 'a name for the feed')
    .option('--every <minutes>', 'poll interval in minutes', '15')
    .action(run('add'));
  addDbOption(feeds.command('list').description('the feeds, their last poll, errors and items'))
    .option('--json', 'JSON instead of a table')
    .action(run('list'));
  addDbOption(feeds.command('remove').description('stop following a feed (its articles stay)').argument('<feed>', 'feed id or URL'))
    .action(run('remove'));
  addDbOption(feeds.command('poll').description('poll the feeds once now and ingest their new articles'))
    .option('--due', 'only the feeds whose interval has passed')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--json', 'print the poll reports as JSON lines')
    .action(run('poll'));
}

/**
 * `sitrep serve`: the HTTP API (and the dashboard when built) over the store. Writes are open on
 * a loopback address; on any other address the server refuses to start without an API token.
 */
import type { Command } from 'commander';
import { addDbOption } from './db.js';

export interface ServeFlags {
  port: string;
  host: string;
  db?: string;
  token?: string;
  log?: boolean;
  allowPrivate?: boolean;
  poll: boolean;
}

/** Exit codes of `sitrep serve` (also in the README). */
export const EXIT = { ok: 0, usage: 2 } as const;

export function registerServe(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('serve')
    .description('serve the HTTP API (docs at /docs, OpenAPI at /openapi.json) and the dashboard')
    .option('--port <n>', 'port to listen on', '8787')
    .option('--host <addr>', 'address to listen on (not a loopback address: writes need --token)', '127.0.0.1');
  addDbOption(cmd)
    .option('--token <secret>', 'API token required for writes (default: $SITREP_API_TOKEN)')
    .option('--log', 'log every request (JSON lines on stdout)')
    .option('--no-poll', 'do not poll the feeds (sitrep feeds) in the background')
    .option('--allow-private', 'allow fetching feeds and pages from private, loopback and link-local addresses')
    .action(async (flags: ServeFlags) => {
      const { runServe } = await import('./serve-run.js');
      setExit(await runServe(flags));
    });
}

/**
 * `sitrep serve`: the HTTP API (and the dashboard when built) over the store. Writes are open on
 * a loopback address; on any other address the server refuses to start without an API token.
 */
import type { Command } from 'commander';
import { needsToken } from '../server/write-guard.js';
import { addDbOption, openCliStore } from './db.js';

interface ServeFlags {
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
    .action(async (flags: ServeFlags) => setExit(await runServe(flags)));
}

async function runServe(flags: ServeFlags): Promise<number> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`sitrep serve: --port must be a number from 0 to 65535, got '${flags.port}'\n`);
    return EXIT.usage;
  }
  const token = flags.token ?? process.env.SITREP_API_TOKEN ?? undefined;
  if (!token && needsToken(flags.host)) {
    process.stderr.write(`sitrep serve: listening on ${flags.host} lets other machines write: set an API token with --token or SITREP_API_TOKEN\n`);
    return EXIT.usage;
  }
  const store = await openCliStore('serve', flags.db);
  if (!store) return EXIT.usage;
  const { buildServer } = await import('../server/app.js');
  const { extractWithGazetteer } = await import('./gazetteer-extract.js');
  const { Fetcher } = await import('../ingest/fetcher.js');
  const fetcher = new Fetcher({ allowPrivate: flags.allowPrivate ?? false }); // one per process: per-host politeness is shared
  const app = await buildServer({ store, token, logger: flags.log ?? false, extract: extractWithGazetteer, fetcher });
  try {
    await app.listen({ port, host: flags.host });
  } catch (err) {
    process.stderr.write(`sitrep serve: cannot listen on ${flags.host}:${port}: ${(err as Error).message}\n`);
    await store.close();
    return EXIT.usage;
  }
  const address = app.server.address();
  const shown = typeof address === 'object' && address ? `http://${flags.host}:${address.port}` : `${flags.host}:${port}`;
  process.stderr.write(`sitrep serve: ${shown} (API docs: ${shown}/docs; database: ${store.location}${token ? '; writes need the token' : ''})\n`);
  const { startFeedPolling } = await import('../ingest/feed-scheduler.js');
  const feeds = flags.poll ? startFeedPolling({ store, fetcher, extract: extractWithGazetteer }, { log: (line) => process.stderr.write(`sitrep serve: ${line}\n`) }) : undefined;
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await feeds?.stop();
  await app.close();
  await store.close();
  return EXIT.ok;
}

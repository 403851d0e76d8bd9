/** What `sitrep serve` does (registered in serve.ts, loaded when the command runs). */
import { needsToken } from '../server/write-guard.js';
import { openCliStore } from './db.js';
import { EXIT, type ServeFlags } from './serve.js';

export async function runServe(flags: ServeFlags): Promise<number> {
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

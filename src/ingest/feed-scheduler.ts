import { describePoll, pollFeeds } from './feed-poller.js';
import type { WebIngestContext } from './ingest-url.js';

export interface FeedScheduler {
  /** Stops polling; resolves when the poll under way (if any) has finished. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** How often to look for due feeds, ms (default 30 s); each feed keeps its own interval. */
  tickMs?: number;
  /** Where to write a line about each poll that ingested or failed something (quiet polls are not logged). */
  log?: (line: string) => void;
}

/**
 * Polls the due feeds in the background, for `sitrep serve`: one pass at start, then every
 * `tickMs`. Passes never overlap: a slow pass delays the next one instead of piling up.
 */
export function startFeedPolling(ctx: WebIngestContext, opts: SchedulerOptions = {}): FeedScheduler {
  const tickMs = opts.tickMs ?? 30_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async (): Promise<void> => {
    try {
      for (const r of await pollFeeds(ctx)) if (r.status === 'failed' || r.items > 0) opts.log?.(describePoll(r));
    } catch (err) {
      // The store itself failed (not a feed): say so and try again at the next tick.
      process.stderr.write(`sitrep feeds: polling failed: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  };
  const loop = (): void => {
    if (stopped) return;
    running = pass().finally(() => {
      if (!stopped) timer = setTimeout(loop, tickMs);
    });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

import type { PollReport } from './feed-poller.js';
import { pollFeeds } from './feed-poller.js';
import type { WebIngestContext } from './ingest-url.js';

export interface FeedScheduler {
  /** Stops polling; resolves when the poll under way (if any) has finished. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** How often to look for due feeds, ms (default 30 s); each feed keeps its own interval. */
  tickMs?: number;
  /** Called after each poll of a feed (the server logs it and tells dashboards about new events). */
  onPoll?: (report: PollReport) => void;
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
      for (const report of await pollFeeds(ctx)) opts.onPoll?.(report);
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

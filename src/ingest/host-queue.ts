interface HostState {
  active: number;
  /** When the next request to the host may start (ms since epoch). */
  nextStart: number;
  waiting: (() => void)[];
}

export interface HostQueueOptions {
  /** Requests to one host at the same time (1 or 2 is polite). */
  perHost: number;
  /** Pause between the starts of two requests to one host, in ms. */
  delayMs: number;
  /** The clock and the timer, replaceable in tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Politeness per host: at most `perHost` requests at once to a host, and at least `delayMs`
 * between the starts of two of them (raised for a host whose robots.txt asks for a Crawl-delay).
 * Other hosts are not held up.
 */
export class HostQueue {
  private readonly hosts = new Map<string, HostState>();
  private readonly delays = new Map<string, number>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly opts: HostQueueOptions) {
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
  }

  /** A host asks for a longer pause (robots.txt Crawl-delay, in ms). */
  setDelay(host: string, delayMs: number): void {
    this.delays.set(host, Math.max(this.opts.delayMs, delayMs));
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, nextStart: 0, waiting: [] };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Runs `task` when the host has a free slot and its pause has passed. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const s = this.state(host);
    while (s.active >= this.opts.perHost) await new Promise<void>((r) => s.waiting.push(r));
    s.active++;
    try {
      const wait = s.nextStart - this.now();
      s.nextStart = Math.max(s.nextStart, this.now()) + (this.delays.get(host) ?? this.opts.delayMs);
      if (wait > 0) await this.sleep(wait);
      return await task();
    } finally {
      s.active--;
      s.waiting.shift()?.();
    }
  }
}

import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

/** A progress bar on stderr when stderr is a terminal; a no-op otherwise (pipes, CI, eval). */
export function progress(label: string, total: number | undefined): Progress {
  if (!process.stderr.isTTY || !total || total < 50) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} {percentage}% eta {eta}s`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

/**
 * Live updates: `GET /api/stream` (server-sent events) announces new and changed events; the
 * dashboard refetches, at most once every two seconds while a burst of ingests lasts.
 */
import { useEffect, useState } from 'preact/hooks';

const THROTTLE_MS = 2000;

export function useLiveUpdates(onChange: () => void): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('api/stream');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = (): void => {
      timer ??= setTimeout(() => {
        timer = undefined;
        onChange();
      }, THROTTLE_MS);
    };
    source.onopen = () => setOpen(true);
    source.onerror = () => setOpen(source.readyState === EventSource.OPEN);
    source.onmessage = changed;
    for (const name of ['event', 'created', 'updated', 'reviewed']) source.addEventListener(name, changed);
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
  }, [onChange]);
  return open;
}

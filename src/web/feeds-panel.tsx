/**
 * The feeds sitrep follows: add one (URL, name, polling interval), poll it now, stop following it,
 * and see when each was last read, what went wrong and how many of its items were ingested.
 * Feed names, titles and errors come from outside: they are shown as text, never as HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import { addFeed, fetchFeeds, pollFeed, removeFeed } from './api.js';
import type { FeedView } from './api.js';

interface Props {
  readonly onIngested: () => void;
  readonly onClose: () => void;
}

export function FeedsPanel({ onIngested, onClose }: Props) {
  const [feeds, setFeeds] = useState<FeedView[]>([]);
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [every, setEvery] = useState('15');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const reload = async (): Promise<void> => setFeeds(await fetchFeeds());
  useEffect(() => void reload().catch((err: Error) => setError(err.message)), []);

  /** Runs a change, then reads the feeds back; a failure is shown, never thrown. */
  const act = async (change: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await change();
      await reload();
    } catch (err) {
      setError((err as Error).message);
    }
    setBusy(false);
  };

  const add = (): Promise<void> =>
    act(async () => {
      await addFeed(url.trim(), name.trim() || undefined, Number(every) || undefined);
      setUrl('');
      setName('');
    });

  return (
    <aside class="detail feeds" data-testid="feeds-panel" aria-label="Feeds">
      <header>
        <h2>Feeds</h2>
        <button type="button" class="close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <form onSubmit={(e) => (e.preventDefault(), url.trim() && void add())}>
        <input name="url" type="url" required placeholder="https://outlet.example/rss.xml" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <div class="ingest-meta">
          <label>
            Name <input name="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            Every (minutes) <input name="every" type="number" min={1} value={every} onInput={(e) => setEvery(e.currentTarget.value)} />
          </label>
        </div>
        <button type="submit" disabled={busy || !url.trim()}>
          Follow feed
        </button>
      </form>
      {error && <p class="error" data-testid="feeds-error">{error}</p>}
      <ul class="feeds-list" data-testid="feeds-list">
        {feeds.map((f) => (
          <FeedRow key={f.id} feed={f} busy={busy} onPoll={() => act(() => pollFeed(f.id)).then(onIngested)} onRemove={() => act(() => removeFeed(f.id))} />
        ))}
        {feeds.length === 0 && <li class="muted">No feeds yet.</li>}
      </ul>
    </aside>
  );
}

function FeedRow({ feed, busy, onPoll, onRemove }: { feed: FeedView; busy: boolean; onPoll: () => void; onRemove: () => void }) {
  const items = Object.entries(feed.items).map(([state, n]) => `${n} ${state}`).join(', ') || 'no items yet';
  return (
    <li data-feed-id={feed.id}>
      <strong>{feed.name ?? feed.title ?? feed.url}</strong>
      <div class="muted">{feed.url}</div>
      <div>
        every {feed.intervalMinutes} min · last read {feed.lastPolledAt ?? 'never'} · {items}
      </div>
      {feed.lastError && (
        <div class="error" data-testid="feed-error">
          {feed.lastError} ({feed.errorCount} failure{feed.errorCount === 1 ? '' : 's'}; next try {feed.nextPollAt})
        </div>
      )}
      <button type="button" disabled={busy} onClick={onPoll}>
        Poll now
      </button>{' '}
      <button type="button" disabled={busy} onClick={onRemove}>
        Stop following
      </button>
    </li>
  );
}

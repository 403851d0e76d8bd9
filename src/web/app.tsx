/**
 * The dashboard: filters on top, map and timeline on the left, the event table on the right, and
 * a side panel for an event's detail, for adding articles or for the feeds. The filters and the open event live
 * in the URL hash, so a view can be bookmarked and survives a reload.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { EventDetailView } from './event-detail.js';
import { EventTable } from './event-table.js';
import { FilterBar } from './filter-bar.js';
import { filtersFromHash, filtersToHash } from './filters.js';
import type { Filters } from './filters.js';
import { apiToken, setApiToken } from './http.js';
import { FeedsPanel } from './feeds-panel.js';
import { IngestPanel } from './ingest-panel.js';
import { LazyMapView } from './map-lazy.js';
import { Timeline } from './timeline.js';
import { useLiveUpdates } from './live.js';

/** Asks for the API token (kept in this browser; empty to forget it). */
function askToken(): void {
  const token = prompt('API token for changes (empty: none). It is kept in this browser only.', apiToken() ?? '');
  if (token !== null) setApiToken(token.trim() || undefined);
}

export function App() {
  const initial = filtersFromHash(location.hash);
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [selected, setSelected] = useState<number | undefined>(initial.eventId);
  const [ingesting, setIngesting] = useState(false);
  const [feeds, setFeeds] = useState(false);
  // bumped when data changes (ingest, review, stream) so that every view refetches
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const live = useLiveUpdates(refresh);

  useEffect(() => {
    const hash = filtersToHash(filters, selected);
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }, [filters, selected]);

  const select = useCallback((id: number) => (setSelected(id), setIngesting(false), setFeeds(false)), []);
  return (
    <div class={`app${selected !== undefined || ingesting || feeds ? ' with-panel' : ''}`}>
      <header class="top">
        <h1>sitrep</h1>
        <FilterBar filters={filters} onChange={setFilters} />
        <span class={`live ${live ? 'on' : ''}`} title="live updates from /api/stream">
          {live ? '● live' : '○ offline'}
        </span>
        <button type="button" onClick={askToken} title="the token that sitrep serve --token requires for changes">
          API token
        </button>
        <button type="button" onClick={() => (setFeeds(true), setIngesting(false), setSelected(undefined))} data-testid="open-feeds">
          Feeds
        </button>
        <button type="button" class="primary" onClick={() => (setIngesting(true), setFeeds(false), setSelected(undefined))} data-testid="open-ingest">
          Add articles
        </button>
      </header>
      <main>
        <div class="left">
          <LazyMapView filters={filters} selected={selected} version={version} onSelect={select} />
          <Timeline filters={filters} version={version} onRange={(r) => setFilters({ ...filters, ...{ from: undefined, to: undefined }, ...r })} />
        </div>
        <EventTable filters={filters} version={version} selected={selected} onSelect={select} />
      </main>
      {selected !== undefined && <EventDetailView id={selected} version={version} onClose={() => setSelected(undefined)} onChanged={refresh} />}
      {feeds && <FeedsPanel onIngested={refresh} onClose={() => setFeeds(false)} />}
      {ingesting && <IngestPanel onIngested={refresh} onSelect={select} onClose={() => setIngesting(false)} />}
    </div>
  );
}

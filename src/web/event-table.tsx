/**
 * The event table: sortable by column, paged on the server (50 rows at a time), filtered by the
 * shared filters. A click on a row opens the event.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fetchEvents } from './api.js';
import type { EventPage, EventView } from './api.js';
import { typeColor } from './colors.js';
import { filterParams } from './filters.js';
import type { Filters } from './filters.js';
import { isAbort } from './http.js';
import { formatDateRange } from './format.js';

export const PAGE_SIZE = 50;

interface Column {
  readonly key: string;
  readonly label: string;
  readonly sort?: string;
  readonly cell: (e: EventView) => ComponentChild;
}

const COLUMNS: readonly Column[] = [
  { key: 'date', label: 'Date', sort: 'date', cell: (e) => formatDateRange(e.date.start, e.date.end) },
  {
    key: 'type',
    label: 'Type',
    cell: (e) => (
      <span>
        <i class="swatch" style={{ background: typeColor(e.eventType) }} />
        {e.subEventType || e.eventType}
      </span>
    ),
  },
  { key: 'where', label: 'Location', cell: (e) => [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') },
  { key: 'actors', label: 'Actors', cell: (e) => [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' vs ') || '—' },
  { key: 'fatalities', label: 'Killed', sort: 'fatalities', cell: (e) => e.fatalities?.value ?? '—' },
  { key: 'injured', label: 'Injured', cell: (e) => e.injured?.value ?? '—' },
  { key: 'reports', label: 'Reports', cell: (e) => e.reportCount },
  { key: 'confidence', label: 'Conf.', sort: 'confidence', cell: (e) => e.confidence.toFixed(2) },
  { key: 'status', label: 'Review', cell: (e) => <span class={`status status-${e.status}`}>{e.status}</span> },
];

interface Props {
  readonly filters: Filters;
  readonly version: number;
  readonly selected?: number;
  readonly onSelect: (id: number) => void;
}

export function EventTable({ filters, version, selected, onSelect }: Props) {
  const [sort, setSort] = useState({ by: 'date', desc: true });
  const [page, setPage] = useState(0);
  const [data, setData] = useState<EventPage>();
  const [error, setError] = useState<string>();

  useEffect(() => setPage(0), [filters, sort]);
  useEffect(() => {
    const ctrl = new AbortController();
    const params = filterParams(filters);
    params.set('sort', `${sort.desc ? '-' : ''}${sort.by}`);
    params.set('limit', String(PAGE_SIZE));
    params.set('offset', String(page * PAGE_SIZE));
    fetchEvents(params, ctrl.signal)
      .then((d) => {
        if (!performance.getEntriesByName('sitrep:table-data').length) performance.mark('sitrep:table-data'); // timed by the bench
        setData(d);
        setError(undefined);
      })
      .catch((err: unknown) => isAbort(err) || setError((err as Error).message));
    return () => ctrl.abort();
  }, [filters, sort, page, version]);

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <section class="table-panel" aria-label="Events">
      <div class="table-head">
        <strong data-testid="table-total">{data ? `${data.total.toLocaleString('en')}${data.totalExact === false ? '+' : ''} events` : 'loading…'}</strong>
        {error && <span class="error">{error}</span>}
        <span class="pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            ‹ Prev
          </button>
          page {page + 1} of {pages}
          <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next ›
          </button>
        </span>
      </div>
      <div class="table-scroll">
        <table data-testid="events-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} aria-sort={sort.by === c.sort ? (sort.desc ? 'descending' : 'ascending') : undefined}>
                  {c.sort ? (
                    <button type="button" onClick={() => setSort({ by: c.sort!, desc: sort.by === c.sort ? !sort.desc : true })}>
                      {c.label} {sort.by === c.sort ? (sort.desc ? '▼' : '▲') : ''}
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data?.items.map((e) => (
              <tr
                key={e.id}
                class={e.id === selected ? 'selected' : ''}
                data-event-id={e.id}
                tabIndex={0}
                onClick={() => onSelect(e.id)}
                onKeyDown={(k) => k.key === 'Enter' && onSelect(e.id)}
              >
                {COLUMNS.map((c) => (
                  <td key={c.key}>{c.cell(e)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** What `sitrep events` does (registered in events.ts, loaded when the command runs). */
import { SORTS, queryEvents, type EventSort } from '../store/event-query.js';
import type { EventRow } from '../store/schema.js';
import { openCliStore } from './db.js';
import { filterFromFlags } from './events-options.js';
import { EXIT, type EventsFlags } from './events.js';
import { writeOut } from './io.js';

export async function runEvents(flags: EventsFlags): Promise<number> {
  const limit = Number(flags.limit);
  const offset = Number(flags.offset);
  let filter;
  try {
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new Error(`--limit must be from 1 to 500, got '${flags.limit}'`);
    if (!Number.isInteger(offset) || offset < 0) throw new Error(`--offset must be a whole number ≥ 0, got '${flags.offset}'`);
    if (!SORTS.includes(flags.sort as EventSort)) throw new Error(`--sort must be one of ${SORTS.join(', ')}, got '${flags.sort}'`);
    filter = filterFromFlags(flags);
  } catch (err) {
    process.stderr.write(`sitrep events: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const store = await openCliStore('events', flags.db);
  if (!store) return EXIT.usage;
  try {
    const page = await queryEvents(store.db, filter, { limit, offset, sort: flags.sort as EventSort });
    await writeOut(table(page.items));
    const shown = page.items.length ? `${offset + 1}-${offset + page.items.length}` : '0';
    process.stderr.write(`${shown} of ${page.totalExact ? '' : 'more than '}${page.total} event(s)\n`);
  } finally {
    await store.close();
  }
  return EXIT.ok;
}

const COLUMNS: readonly [string, (e: EventRow) => string, number][] = [
  ['id', (e) => `SR-${e.id}`, 9],
  ['date', (e) => (e.date_end !== e.date_start ? `${e.date_start}…` : e.date_start), 11],
  ['type', (e) => e.sub_event_type, 24],
  ['location', (e) => [e.location_name, e.admin1, e.country].filter(Boolean).join(', '), 30],
  ['actor1', (e) => e.actor1 ?? '', 20],
  ['killed', (e) => toll(e.fatalities, e.fatalities_min, e.fatalities_max), 8],
  ['injured', (e) => toll(e.injured, e.injured_min, e.injured_max), 8],
  ['reports', (e) => String(e.report_count), 7],
  ['status', (e) => e.status, 9],
];

function toll(v: number | null, min: number | null, max: number | null): string {
  if (v === null) return '';
  return min !== null && max !== null && min !== max ? `${v} (${min}-${max})` : String(v);
}

/** A fixed-width table: long cells are cut with '…'. */
export function table(rows: readonly EventRow[]): string {
  const cell = (s: string, w: number): string => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const lines = [COLUMNS.map(([h, , w]) => cell(h, w)).join(' '), COLUMNS.map(([, , w]) => '-'.repeat(w)).join(' ')];
  for (const r of rows) lines.push(COLUMNS.map(([, get, w]) => cell(get(r), w)).join(' ').trimEnd());
  return lines.join('\n') + '\n';
}

/**
 * The event filters of `sitrep events` and `sitrep export`: the same ones as the API's query
 * string (`GET /api/events`), checked the same way.
 */
import type { Command } from 'commander';
import { isIsoDate } from '../store/article-input.js';
import type { EventFilter } from '../store/event-query.js';
import { toFilter } from '../server/filter-params.js';

export interface FilterFlags {
  bbox?: string;
  from?: string;
  to?: string;
  type?: string;
  actor?: string;
  country?: string;
  admin1?: string;
  minFatalities?: string;
  search?: string;
  status?: string;
}

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--bbox <w,s,e,n>', 'bounding box in degrees: west,south,east,north')
    .option('--from <date>', 'first event date, YYYY-MM-DD')
    .option('--to <date>', 'last event date, YYYY-MM-DD')
    .option('--type <list>', 'event types or sub-event types, comma-separated')
    .option('--actor <list>', 'parts of actor names, comma-separated')
    .option('--country <list>', 'ISO 3166-1 alpha-2 codes, comma-separated (e.g. UA,RU)')
    .option('--admin1 <list>', 'first-level regions, comma-separated')
    .option('--min-fatalities <n>', 'at least this many killed')
    .option('--search <words>', 'words that must all appear in names, actors, types and sources')
    .option('--status <list>', 'auto, confirmed, rejected (default: all but rejected)');
}

/** The filter, or throws an Error whose message names the bad option. */
export function filterFromFlags(f: FilterFlags): EventFilter {
  for (const key of ['from', 'to'] as const) {
    const v = f[key];
    if (v !== undefined && (!isIsoDate(v) || v.length !== 10)) throw new Error(`--${key} must be a date YYYY-MM-DD, got '${v}'`);
  }
  let minFatalities: number | undefined;
  if (f.minFatalities !== undefined) {
    minFatalities = Number(f.minFatalities);
    if (!Number.isInteger(minFatalities) || minFatalities < 0) throw new Error(`--min-fatalities must be a whole number ≥ 0, got '${f.minFatalities}'`);
  }
  try {
    return toFilter({ ...f, min_fatalities: minFatalities, q: f.search });
  } catch (err) {
    // 'querystring/bbox: ...' → '--bbox: ...'
    throw new Error((err as Error).message.replace(/querystring\/(\w+)/g, (_m, name: string) => `--${name.replace('_', '-')}`));
  }
}

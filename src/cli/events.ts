/** `sitrep events [filters]`: the matching events as a table in the terminal. */
import type { Command } from 'commander';
import { SORTS } from '../store/names.js';
import { addDbOption } from './db.js';
import { addFilterOptions, type FilterFlags } from './events-options.js';

export interface EventsFlags extends FilterFlags {
  db?: string;
  limit: string;
  offset: string;
  sort: string;
}

/** Exit codes of `sitrep events` (also in the README). */
export const EXIT = { ok: 0, usage: 2 } as const;

export function registerEvents(program: Command, setExit: (code: number) => void): void {
  const cmd = program.command('events').description('list stored events as a table (newest first)');
  addFilterOptions(addDbOption(cmd))
    .option('--limit <n>', 'how many (1-500)', '30')
    .option('--offset <n>', 'skip this many', '0')
    .option('--sort <key>', `${SORTS.join(', ')}`, '-date')
    .action(async (flags: EventsFlags) => {
      const { runEvents } = await import('./events-run.js');
      setExit(await runEvents(flags));
    });
}

/** `sitrep export --format csv|geojson|jsonl [filters]`: the matching events to stdout (or --out). */
import type { Command } from 'commander';
import { EXPORT_FORMATS } from '../store/names.js';
import { addDbOption } from './db.js';
import { addFilterOptions, type FilterFlags } from './events-options.js';

export interface ExportFlags extends FilterFlags {
  db?: string;
  format: string;
  out?: string;
}

/** Exit codes of `sitrep export` (also in the README). */
export const EXIT = { ok: 0, usage: 2 } as const;

export function registerExport(program: Command, setExit: (code: number) => void): void {
  const cmd = program
    .command('export')
    .description('export events: CSV with ACLED-compatible columns, GeoJSON, or JSONL')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(', '))
    .option('--out <file>', 'write to this file instead of stdout');
  addFilterOptions(addDbOption(cmd)).action(async (flags: ExportFlags) => {
    const { runExport } = await import('./export-run.js');
    setExit(await runExport(flags));
  });
}

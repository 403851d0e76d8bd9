/** `sitrep export --format csv|geojson|jsonl [filters]`: the matching events to stdout (or --out). */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../store/export-format.js';
import { addDbOption, openCliStore } from './db.js';
import { addFilterOptions, filterFromFlags, type FilterFlags } from './events-options.js';
import { writeOut } from './io.js';

interface ExportFlags extends FilterFlags {
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
  addFilterOptions(addDbOption(cmd)).action(async (flags: ExportFlags) => setExit(await runExport(flags)));
}

async function runExport(flags: ExportFlags): Promise<number> {
  let filter;
  try {
    if (!EXPORT_FORMATS.includes(flags.format as ExportFormat)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got '${flags.format}'`);
    filter = filterFromFlags(flags);
  } catch (err) {
    process.stderr.write(`sitrep export: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  const store = await openCliStore('export', flags.db);
  if (!store) return EXIT.usage;
  const file = flags.out ? createWriteStream(flags.out) : undefined;
  try {
    for await (const chunk of exportEvents(store.db, filter, flags.format as ExportFormat)) {
      if (!file) await writeOut(chunk);
      else if (!file.write(chunk)) await once(file, 'drain');
    }
  } finally {
    if (file) await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await store.close();
  }
  return EXIT.ok;
}

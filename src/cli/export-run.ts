/** What `sitrep export` does (registered in export.ts, loaded when the command runs). */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../store/export-format.js';
import { openCliStore } from './db.js';
import { filterFromFlags } from './events-options.js';
import { EXIT, type ExportFlags } from './export.js';
import { writeOut } from './io.js';

export async function runExport(flags: ExportFlags): Promise<number> {
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

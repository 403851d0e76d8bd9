/** What `sitrep extract` does (registered in extract.ts, loaded when the command runs). */
import type { Extraction } from '../model/extraction.js';
import { InputError, extract } from '../pipeline/index.js';
import { loadGazetteer } from '../geo/load.js';
import { EXIT, message, type ExtractFlags } from './extract.js';
import { countLines, readInput, readLines, writeOut } from './io.js';
import { progress } from './progress.js';

export async function extractFiles(files: string[], flags: ExtractFlags): Promise<number> {
  const paths = files.length ? files : ['-'];
  const now = new Date();
  let code: number = EXIT.ok;
  for (const path of paths) {
    let result: Extraction;
    try {
      const text = await readInput(path);
      result = extract(
        { id: flags.id ?? (path === '-' ? 'stdin' : path), text, lang: flags.lang, published: flags.published },
        { now, gazetteer: loadGazetteer() },
      );
    } catch (err) {
      process.stderr.write(`sitrep extract: ${path}: ${message(err)}\n`);
      code = err instanceof InputError ? EXIT.usage : EXIT.badRecords;
      continue;
    }
    const pretty = paths.length === 1 && !flags.compact;
    await writeOut(JSON.stringify(result, null, pretty ? 2 : undefined) + '\n');
  }
  return code;
}

export async function extractJsonl(path: string, flags: ExtractFlags): Promise<number> {
  const bar = progress('extract', countLines(path));
  const now = new Date();
  let bad = 0;
  for await (const { line, number } of readLines(path)) {
    bar.tick();
    if (!line.trim()) continue;
    let result: Extraction;
    try {
      const record = parseRecord(line);
      result = extract(
        {
          id: record.id ?? `line-${number}`,
          text: record.text,
          lang: record.lang ?? (flags.lang === 'auto' ? undefined : flags.lang),
          published: record.published ?? flags.published,
        },
        { now, gazetteer: loadGazetteer() },
      );
    } catch (err) {
      bad++;
      process.stderr.write(`sitrep extract: ${path === '-' ? 'stdin' : path}: line ${number}: ${message(err)}\n`);
      continue;
    }
    await writeOut(JSON.stringify(result) + '\n');
  }
  bar.stop();
  if (bad) process.stderr.write(`sitrep extract: ${bad} record(s) could not be processed (see above)\n`);
  return bad ? EXIT.badRecords : EXIT.ok;
}

interface InputRecord {
  id?: string;
  text: string;
  lang?: string;
  published?: string;
}

function parseRecord(line: string): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new InputError(`not valid JSON (${message(err)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('expected a JSON object {id, text, lang?, published?}');
  }
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new InputError('the record has no "text" string');
  for (const key of ['lang', 'published'] as const) {
    if (r[key] !== undefined && r[key] !== null && typeof r[key] !== 'string') {
      throw new InputError(`"${key}" must be a string`);
    }
  }
  const id = r.id === undefined || r.id === null ? undefined : String(r.id);
  return {
    id,
    text: r.text,
    lang: (r.lang as string | null | undefined) ?? undefined,
    published: (r.published as string | null | undefined) ?? undefined,
  };
}

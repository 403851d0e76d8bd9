import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Reads a whole file, or standard input for '-', as UTF-8. */
export async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFileSync(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Streams the lines of a file (or stdin for '-') with their 1-based numbers. */
export async function* readLines(path: string): AsyncGenerator<{ line: string; number: number }> {
  const input: Readable = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of rl) {
    number++;
    yield { line, number };
  }
}

/** Counts lines cheaply (for a progress bar's total); undefined for stdin. */
export function countLines(path: string): number | undefined {
  if (path === '-') return undefined;
  const buf = readFileSync(path);
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
  if (buf.length > 0 && buf[buf.length - 1] !== 10) n++;
  return n;
}

/** Writes to stdout, waiting when the pipe is full so that huge outputs do not pile up in memory. */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}

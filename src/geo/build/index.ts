/** Builds the gazetteer index file from the vendored sources (see `scripts/build-gazetteer.mjs`). */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { collect } from './collect.js';
import { serialize } from './write.js';

/** Builds the index and writes it to `path` atomically; returns its size in bytes. */
export function buildGazetteerFile(path: string): number {
  const bytes = serialize(collect(new URL('../data/', import.meta.url)));
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return bytes.length;
}

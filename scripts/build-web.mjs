// Builds the dashboard into dist/web: typechecks src/web, bundles it with Vite, then the offline basemap
// (scripts/build-web-basemap.mjs, cached in .cache/basemap). Run by `npm run build`.
// usage: node scripts/build-web.mjs [OUT_DIR]   (default: dist/web)
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'dist/web'));

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build-web: ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

run([join(root, 'node_modules/typescript/bin/tsc'), '-p', 'src/web/tsconfig.json']);
run([join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn', '--outDir', out]);
run([join(root, 'scripts/build-web-basemap.mjs'), join(out, 'basemap')]);

// `npm start` (after `npm run build`): loads the sample articles into the embedded database
// (`sitrep ingest samples/articles.jsonl`: idempotent, an article already stored is skipped) and
// serves the API and the dashboard at http://127.0.0.1:8787 until Ctrl-C.
// usage: node scripts/start.mjs [--db PATH] [--port N]   (defaults: ./sitrep.db, 8787)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/sitrep.js');
const { values } = parseArgs({ options: { db: { type: 'string', default: 'sitrep.db' }, port: { type: 'string', default: '8787' } } });

if (!existsSync(join(root, 'dist/cli/main.js')) || !existsSync(join(root, 'dist/web/index.html'))) {
  console.error('start: sitrep is not built: run npm run build (npm start does it first)');
  process.exit(2);
}

const ingest = spawnSync(process.execPath, [bin, 'ingest', '--db', values.db, join(root, 'samples/articles.jsonl')], { stdio: 'inherit' });
if (ingest.status !== 0) {
  console.error(`start: loading the sample articles failed (exit ${ingest.status})`);
  process.exit(ingest.status ?? 1);
}

console.log(`start: dashboard at http://127.0.0.1:${values.port}/ (Ctrl-C to stop)`);
const server = spawn(process.execPath, [bin, 'serve', '--db', values.db, '--port', values.port, '--host', '127.0.0.1'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

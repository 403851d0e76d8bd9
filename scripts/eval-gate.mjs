#!/usr/bin/env node
// Quality gate: runs ../shared/eval on every dataset named in eval/floors.json and fails when a
// metric falls below its pinned floor. Skips (exit 0, with a message) when ../shared/eval is absent.
//
//   node scripts/eval-gate.mjs [--out DIR]
//   SITREP_CMD="node /tmp/sitrep-NAME/bin/sitrep.js" node scripts/eval-gate.mjs   (gates a private build)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
const outIdx = process.argv.indexOf('--out');
const out = outIdx > 0 ? process.argv[outIdx + 1] : join(process.env.TMPDIR ?? '/tmp', 'sitrep-eval-gate');

if (!existsSync(join(evalDir, 'run'))) {
  console.log(`eval gate: ${evalDir} not found, skipped`);
  process.exit(0);
}
const { floors } = JSON.parse(readFileSync(join(root, 'eval', 'floors.json'), 'utf8'));
const datasets = Object.keys(floors);
if (datasets.length === 0) {
  console.log('eval gate: no floors pinned yet');
  process.exit(0);
}
const run = spawnSync('bash', [join(evalDir, 'run'), ...datasets, '--out', out], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  // SITREP_CMD picks another build (e.g. a private one of scripts/dev-build.sh); default: this checkout's
  env: { ...process.env, SITREP_CMD: process.env.SITREP_CMD ?? `node ${join(root, 'bin', 'sitrep.js')}` },
});
let failed = run.status !== 0;
if (failed) console.error(`eval gate: the eval runner exited with ${run.status}`);

console.log('\neval gate: metric            floor   score');
for (const ds of datasets) {
  const [task, name] = ds.split('/');
  const file = join(out, task, `${name}.score.json`);
  const metrics = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).metrics : {};
  for (const [metric, floor] of Object.entries(floors[ds])) {
    const score = metrics[metric];
    const ok = typeof score === 'number' && score + 1e-9 >= floor;
    if (!ok) failed = true;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${`${ds} ${metric}`.padEnd(36)} ${floor.toFixed(3)}  ${typeof score === 'number' ? score.toFixed(3) : 'missing'}`);
  }
}
process.exit(failed ? 1 : 0);

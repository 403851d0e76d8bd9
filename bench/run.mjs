#!/usr/bin/env node
// Benchmark runner: `npm run bench` runs every bench/*.bench.mjs in turn (after a build);
// `node bench/run.mjs NAME...` runs the named ones (bench/NAME.bench.mjs). Each bench prints its
// own figures; nothing here is a pass/fail test.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const names = process.argv.slice(2);
const all = readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).map((f) => f.replace(/\.bench\.mjs$/, '')).sort();
const pick = names.length ? names : all;
let failed = 0;
for (const name of pick) {
  if (!all.includes(name)) {
    console.error(`bench: no bench/${name}.bench.mjs (have: ${all.join(', ')})`);
    failed++;
    continue;
  }
  console.log(`\n=== bench ${name}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, `${name}.bench.mjs`)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

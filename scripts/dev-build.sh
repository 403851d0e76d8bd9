#!/usr/bin/env bash
# Builds a private copy of the CLI into /tmp/sitrep-NAME (dist/, bin/, package.json, links to
# the packages of node_modules, its own gazetteer index), so that several engineers can build and
# evaluate at once without overwriting each other's dist/ or gazetteer. Then, for example:
#   SITREP_CMD="node /tmp/sitrep-NAME/bin/sitrep.js" ../shared/eval/run numbers --out /tmp/eval-NAME
set -euo pipefail
name="${1:?usage: scripts/dev-build.sh NAME}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="/tmp/sitrep-$name"
mkdir -p "$out/bin"
cd "$root"
# node_modules: a link per package, so that the gazetteer index this build writes (into
# node_modules/.cache, see src/geo/load.ts) stays private instead of overwriting the shared one
if [ -L "$out/node_modules" ]; then rm "$out/node_modules"; fi
mkdir -p "$out/node_modules"
for entry in "$root/node_modules"/* "$root/node_modules"/.bin; do
  ln -sfn "$(readlink -f "$entry")" "$out/node_modules/$(basename "$entry")"
done
npx tsc -p tsconfig.build.json --outDir "$out/dist"
node scripts/copy-assets.mjs "$out/dist"
node scripts/build-gazetteer.mjs "$out/dist"
cp bin/sitrep.js "$out/bin/"
cp package.json "$out/"
# the dashboard (dist/web) only when asked: SITREP_WEB=1 scripts/dev-build.sh NAME
if [ "${SITREP_WEB:-0}" = 1 ]; then node scripts/build-web.mjs "$out/dist/web"; fi
echo "built $out: SITREP_CMD=\"node $out/bin/sitrep.js\""

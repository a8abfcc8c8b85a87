#!/usr/bin/env node
// The `kp` command: runs the built CLI (out/main/cli.js), building it first when the sources are
// newer — so `npm install && npx kp …` works without a separate build step, and no TypeScript
// compiler runs at run time.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale, root } from '../scripts/build-if-stale.mjs';

const problem = buildIfStale(['out/main/cli.js'], { onBuild: () => process.stderr.write('kp: building KP Drafter (once, after an install or an update)…\n') });
if (problem) {
  process.stderr.write(`${problem}\nkp: the build failed (see above)\n`);
  process.exit(2);
}
await import(pathToFileURL(join(root, 'out', 'main', 'cli.js')).href);

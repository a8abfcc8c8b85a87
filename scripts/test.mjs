#!/usr/bin/env node
// The one test command: type-check, lint, build the renderer, then every vitest project.
// Nothing here needs the Electron binary.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check (all, against electron.d.ts)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['type-check (core has no DOM or Node)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.core.json']],
  ['lint (layering)', 'npx', ['eslint', '.']],
  ['build (main, preload, renderer)', 'npx', ['electron-vite', 'build']],
  ['tests', 'npx', ['vitest', 'run']],
];

for (const [label, cmd, args] of steps) {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`✖ ${label} failed\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

#!/usr/bin/env node
// The one test command: type-check, lint, build the renderer, then every vitest project.
// Nothing here needs the Electron binary.
import { spawn, spawnSync } from 'node:child_process';

const steps = [
  ['type-check (all, against electron.d.ts)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['type-check (core has no DOM or Node)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.core.json']],
  ['lint (layering)', 'npx', ['eslint', '.']],
  ['build (main, preload, renderer)', 'npx', ['electron-vite', 'build']],
];

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

for (const [label, cmd, args] of steps) {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`✖ ${label} failed\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`✔ ${label} (${seconds(started)})\n`);
}

// The Chromium tests run one file at a time and take most of the run; the other projects run
// beside them in a second vitest, so the two cores are both at work. Each line vitest prints
// names its project, so the interleaved output still says which test it is about.
const runs = [
  ['tests: end-to-end in Chromium', ['vitest', 'run', '--project', 'e2e']],
  ['tests: unit, component, slow', ['vitest', 'run', '--project', 'unit', '--project', 'dom', '--project', 'slow']],
];
process.stdout.write(`\n▶ ${runs.map(([label]) => label).join(' | ')}\n`);
const results = await Promise.all(runs.map(([label, args]) => new Promise((done) => {
  const started = Date.now();
  spawn('npx', args, { stdio: 'inherit' }).on('exit', (code) => done({ label, code, took: seconds(started) }));
})));
for (const { label, code, took } of results) process.stdout.write(`${code === 0 ? '✔' : '✖'} ${label} (${took})\n`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);

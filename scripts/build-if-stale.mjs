// Builds the app with electron-vite unless its outputs are newer than every source, so starting
// the app (and the end-to-end tests) doesn't wait for a build that changes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['core', 'renderer', 'templates', 'electron', 'electron.vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const e of readdirSync(path, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, e.name)));
  }
  return newest;
}

/** True when an output (paths relative to the project) is missing or older than a source. */
export function isStale(outputs) {
  const built = Math.min(...outputs.map((o) => (existsSync(join(root, o)) ? statSync(join(root, o)).mtimeMs : 0)));
  return built === 0 || built < Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
}

/** Runs `electron-vite build` when needed; returns an error line, or null on success. */
export function buildIfStale(outputs, { onBuild = () => {} } = {}) {
  if (!isStale(outputs)) return null;
  onBuild();
  const r = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  if (r.status === 0) return null;
  const out = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.trim();
  return out.split('\n').slice(-15).join('\n') || `electron-vite build exited with ${r.status}`;
}

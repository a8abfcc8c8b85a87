#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is installed, otherwise browser mode (the
// same renderer and services on 127.0.0.1). `npm run start:web` (--web) always uses browser mode.
// Arguments after `--` go to the app (browser mode: --port N, --no-browser, files to open).
// Builds first when the sources are newer than out/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale, root } from './build-if-stale.mjs';

const args = process.argv.slice(2);
const forceWeb = args.includes('--web');
const appArgs = args.filter((a) => a !== '--web');
const say = (line) => process.stdout.write(`KP Drafter: ${line}\n`);

/** Electron's executable, or null: what require('electron') resolves, checked on disk. */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  try {
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const bin = join(dir, 'dist', rel);
    return rel && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/**
 * Install scripts are off (.npmrc), so the binary is fetched here, on the first start. The caller
 * finishes the line this starts, so the whole story stays on one line.
 */
function fetchElectron() {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return 'the electron package is not installed';
  process.stdout.write("KP Drafter: Electron's binary is missing; fetching it (npm run start:web skips this)… ");
  const r = spawnSync(process.execPath, [installer], { cwd: root, encoding: 'utf8', timeout: 5 * 60_000 });
  if (r.status === 0 && electronBinary()) return null;
  if (r.error) return r.error.code === 'ETIMEDOUT' ? 'the download timed out' : r.error.message;
  const first = `${r.stderr ?? ''}`.split('\n').find((l) => /error/i.test(l)) ?? `the installer exited with ${r.status}`;
  return first.trim().slice(0, 160);
}

function build(outputs) {
  const problem = buildIfStale(outputs, { onBuild: () => say('building…') });
  if (problem) {
    process.stderr.write(`${problem}\n`);
    say('the build failed (see above); nothing was started');
    process.exit(1);
  }
}

let electron = forceWeb ? null : electronBinary();
if (!forceWeb && !electron) {
  const problem = fetchElectron();
  electron = electronBinary();
  process.stdout.write(electron ? 'done\n' : `not available (${problem}); starting in browser mode instead\n`);
}

if (electron) {
  build(['out/main/index.js', 'out/renderer/index.html']);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, ['.', ...appArgs], { cwd: root, stdio: 'inherit', env });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  build(['out/main/serve-web.js', 'out/renderer/index.html']);
  // The server runs in this process (no second Node to start).
  process.argv = [process.argv[0], join(root, 'out', 'main', 'serve-web.js'), ...appArgs];
  await import(pathToFileURL(join(root, 'out', 'main', 'serve-web.js')).href);
}

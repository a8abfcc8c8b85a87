import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Install scripts are off (.npmrc); `npm start` runs Electron's install.js itself, on whatever Node
// the user has. It must get as far as the download on the oldest Node the README promises
// (package.json "engines"), even though Electron's own packages declare a newer one.
const root = fileURLToPath(new URL('../..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');
const cache = mkdtempSync(join(tmpdir(), 'kp-electron-cache-'));
// A copy of the installer beside the project's node_modules (so it resolves the same helpers), in
// a folder without a binary: one already installed for `npm start` would make it stop early.
mkdirSync(join(root, '.tmp'), { recursive: true });
const installer = mkdtempSync(join(root, '.tmp', 'electron-install-'));
for (const f of ['install.js', 'package.json', 'checksums.json']) copyFileSync(join(electronDir, f), join(installer, f));
afterAll(() => {
  rmSync(cache, { recursive: true, force: true });
  rmSync(installer, { recursive: true, force: true });
});

describe("Electron's installer under this project's Node", () => {
  it('loads and asks the mirror for the binary of the installed Electron', async () => {
    const asked: string[] = [];
    // A mirror that has nothing: the installer must reach it, then fail cleanly without a binary.
    const mirror = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => mirror.listen(0, '127.0.0.1', r));
    const port = (mirror.address() as AddressInfo).port;
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(installer, 'install.js')], {
        cwd: root,
        env: { ...process.env, ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache, force_no_cache: 'true' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    await new Promise((r) => mirror.close(r));

    const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string };
    expect(run.stderr).not.toMatch(/SyntaxError|ERR_REQUIRE_ESM|ERR_REQUIRE_ASYNC_MODULE|is not a function/);
    expect(asked.some((u) => u.includes(`v${version}/electron-v${version}-`)), `asked: ${asked.join(', ')}\n${run.stderr}`).toBe(true);
    expect(run.code).not.toBe(0);
  });

  it('is the supported Electron major (45)', () => {
    const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string };
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});

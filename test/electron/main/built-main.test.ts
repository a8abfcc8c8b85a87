import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The built app, not the sources: electron-vite builds main, preload and renderer into a scratch
 * folder, then out/main/index.js is started under plain Node with a stand-in `electron`
 * (smoke/electron-runtime.mjs) and the built preload is run in a context whose require() knows
 * only 'electron', as in a sandboxed renderer. This catches what unit tests cannot: bundling,
 * ESM/CJS output formats, paths between out/ folders, externalised dependencies.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const runner = fileURLToPath(new URL('./smoke/run-built-main.mjs', import.meta.url));
mkdirSync(join(root, '.tmp'), { recursive: true });
// Inside the project so the bundle resolves node_modules; absolute, because electron-vite
// resolves a relative --outDir against the renderer's root.
const scratch = mkdtempSync(join(root, '.tmp', 'built-main-'));
const outDir = join(scratch, 'out');
const home = join(scratch, 'home');
const file = join(scratch, 'Ansökan Gävle.kpdraft');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Smoke {
  beforeReady: { windows: number; protocols: number };
  privileged: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  privilegedBeforeReady: boolean;
  sandbox: boolean;
  lockData: { file: string | null };
  windows: Array<{ loaded: string[]; webPreferences: Record<string, unknown> }>;
  menuTop: string[];
  session: string[];
  dictionaryDownloadURL: string | null;
  page: { status: number; csp: string; assets: string[]; served: number[]; escape: number };
  ipc: { channels: string[]; info: unknown; forbidden: unknown; malformed: unknown; createdOk: boolean };
  exported: { result: unknown; magic: string | null; workers: string[] };
  sent: Array<{ channel: string; payload: unknown }>;
  preload: { required: string[]; keys: string[]; viaPreload: unknown };
}
let smoke: Smoke;

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(build.status, build.stderr + build.stdout).toBe(0);
  mkdirSync(home, { recursive: true });
  const run = spawnSync(process.execPath, [runner, outDir, home, file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  smoke = JSON.parse(run.stdout) as Smoke;
}, 300_000);

describe('the built main process', () => {
  it('is out/main/index.js (package.json "main") and starts under a stand-in Electron', () => {
    expect(smoke.windows).toHaveLength(1);
    expect(smoke.beforeReady).toEqual({ windows: 0, protocols: 0 });
  });

  it('registers app:// as privileged before ready, sandboxes renderers and takes the single-instance lock', () => {
    expect(smoke.privilegedBeforeReady).toBe(true);
    expect(smoke.privileged[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(smoke.sandbox).toBe(true);
    expect(smoke.lockData).toEqual({ file });
  });

  it('opens a secure window on app://kp with the built preload (out/preload/index.cjs)', () => {
    // The window opens the command-line draft: its page may paint that draft's kept first screen.
    expect(smoke.windows[0]!.loaded).toEqual(['app://kp/index.html?first-screen=1']);
    expect(smoke.windows[0]!.webPreferences).toMatchObject({
      preload: join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('serves the built renderer and its assets on app:// with the CSP, and nothing outside it', () => {
    expect(smoke.page.status).toBe(200);
    expect(smoke.page.csp).toMatch(/default-src 'self'/);
    expect(smoke.page.assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(smoke.page.served.every((s) => s === 200)).toBe(true);
    expect(smoke.page.escape).toBe(404);
  });

  it('hardens the session, sets the Swedish menu by default, and serves the contract to its window only', () => {
    expect(smoke.session).toEqual(['beforeRequest', 'devicePermission', 'headersReceived', 'permissionCheck', 'permissionRequest']);
    expect(smoke.menuTop).toEqual(['&Arkiv', '&Redigera', '&Visa', '&Hjälp']);
    expect(smoke.ipc.info).toMatchObject({ ok: true, value: { mode: 'electron' } });
    expect(smoke.ipc.forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(smoke.ipc.malformed).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(smoke.ipc.createdOk).toBe(true);
  });

  it('keeps the spellchecker’s dictionaries local: off macOS its download address is a file:// folder of the app', () => {
    if (process.platform === 'darwin') expect(smoke.dictionaryDownloadURL).toBeNull();
    else expect(smoke.dictionaryDownloadURL).toMatch(/^file:\/\/.*\/dictionaries\/$/);
  });

  it('exports Word through the worker built beside it (out/main/export-docx-worker.js)', () => {
    expect(existsSync(join(outDir, 'main', 'export-docx-worker.js'))).toBe(true);
    expect(smoke.exported.result).toMatchObject({ ok: true });
    expect(smoke.exported.magic).toBe('PK');
    expect(smoke.exported.workers).toEqual([pathToFileURL(join(outDir, 'main', 'export-docx-worker.js')).href]);
  });

  it('sends the command-line draft to the page once it has loaded', () => {
    expect(smoke.sent).toEqual([{ channel: 'app:open-file', payload: { path: file } }]);
  });

  it('has a preload that needs nothing but electron and exposes only invoke and on', () => {
    expect(smoke.preload.required).toEqual(['electron']);
    expect(smoke.preload.keys).toEqual(['invoke', 'on']);
    expect(smoke.preload.viaPreload).toEqual({ ok: true, value: { channel: 'settings:get' } });
  });
});

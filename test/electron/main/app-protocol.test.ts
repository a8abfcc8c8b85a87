import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, createAppProtocolHandler, resolveAppFile } from '../../../electron/main/app-protocol';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const base = mkdtempSync(join(tmpdir(), 'kp-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>KP</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'not for the page');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const serve = createAppProtocolHandler(root);
const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('serves the built renderer with its content type and the CSP', async () => {
    const page = await get(APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>KP</title>');
    const script = await get('app://kp/assets/index-abc.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('app://kp/')).status).toBe(200);
  });

  it('never serves anything outside the renderer folder', async () => {
    for (const url of [
      'app://kp/../secret.txt',
      'app://kp/%2e%2e/secret.txt',
      'app://kp/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://kp/..%5csecret.txt',
      'app://kp/%00index.html',
      'app://other/index.html',
      'app://kp/missing.js',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('not for the page');
    }
    expect(resolveAppFile(root, 'app://kp/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, 'https://kp/index.html')).toBeNull();
  });

  it('refuses anything but reading', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });
});

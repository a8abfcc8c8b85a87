import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FirstScreen } from '../../../../core/ipc/first-screen-contract';
import { startWebServer, type WebServer } from '../../../../electron/services/web/server';
import { raw } from './web-fixture';

// The page a launch file opens with: its kept first screen painted before the app's code, and the
// style sheet carried along under a policy that allows exactly that sheet.

const CSS = '.kp-editor-screen { display: grid }';
let dir: string;
let server: WebServer;
let served = 0;
const screen: FirstScreen = { path: '/utkast.kpdraft', sha256: 'a'.repeat(64), html: '<div class="kp-editor-screen">Sammanfattning</div>', uiLanguage: 'sv', role: 'author', panelOpen: true };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kp-web-first-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><script type="module" crossorigin src="./assets/index-a.js"></script><link rel="stylesheet" crossorigin href="./assets/index-a.css"></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index-a.css'), CSS);
  writeFileSync(join(dir, 'first-screen.js'), '// keeps keys');
  // Like browser mode's launch file: the first page load only.
  server = await startWebServer({ handlers: {}, rendererDir: dir, firstScreen: async () => (served++ === 0 ? screen : null) });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser mode: the page of a draft opened at launch', () => {
  it('paints the kept first screen with its style sheet inline, allowed by the sheet\'s hash alone', async () => {
    const page = await raw(server.port, { path: `/?token=${server.token}` });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="kp-first-screen" data-kp-path="/utkast.kpdraft"');
    expect(page.text).toContain(`<style>${CSS}</style>`);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain(`style-src 'self' 'sha256-${createHash('sha256').update(CSS).digest('base64')}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'self';");
  });

  it('serves the page as built when the first-screen script is missing (it starts the app)', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'kp-web-bare-'));
    writeFileSync(join(bare, 'index.html'), '<!doctype html><html><head><script type="module" crossorigin src="./a.js"></script></head><body><div id="root"></div></body></html>');
    const other = await startWebServer({ handlers: {}, rendererDir: bare, firstScreen: async () => screen });
    try {
      const page = await raw(other.port, { path: `/?token=${other.token}` });
      expect(page.text).not.toContain('kp-first-screen');
      expect(page.text).toContain('<script type="module" crossorigin src="./a.js"></script>');
    } finally {
      await other.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('serves the page as built on the next load (a reload opens no draft by itself)', async () => {
    const cookie = String([(await raw(server.port, { path: `/?token=${server.token}` })).headers['set-cookie']].flat()[0]).split(';')[0]!;
    const page = await raw(server.port, { path: '/', headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('kp-first-screen');
    expect(page.text).toContain('<script type="module" crossorigin src="./assets/index-a.js"></script>');
    expect(String(page.headers['content-security-policy'])).toContain("style-src 'self';");
  });
});

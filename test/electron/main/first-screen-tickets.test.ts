import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, createAppProtocolHandler } from '../../../electron/main/app-protocol';
import { FirstScreenTickets } from '../../../electron/main/first-screen-tickets';
import { AppStore } from '../../../electron/services/app-store';
import { createFirstScreenStore } from '../../../electron/services/first-screen';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

// A window created to open a draft loads the app's page with a ticket; app:// then paints that
// draft's kept first screen in it, once.

const base = mkdtempSync(join(tmpdir(), 'kp-protocol-first-'));
const root = join(base, 'renderer');
mkdirSync(root, { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><html><head><script type="module" crossorigin src="./assets/index-a.js"></script><link rel="stylesheet" crossorigin href="./assets/index-a.css"></head><body><div id="root"></div></body></html>');
writeFileSync(join(root, 'first-screen.js'), '// keeps keys');
const draft = join(base, 'utkast.kpdraft');
writeFileSync(draft, 'the draft');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const kv = new Map<string, unknown>();
const store = new AppStore({ get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) });
const screens = createFirstScreenStore(join(base, 'user'));
const tickets = new FirstScreenTickets(screens, () => store);
const serve = createAppProtocolHandler(root, (url) => tickets.take(url));

describe('a window opening a draft (Electron)', () => {
  it('paints the draft\'s kept first screen in the page it loads first, and only there', async () => {
    const sha256 = createHash('sha256').update('the draft').digest('hex');
    expect(await screens.keep({ path: draft, sha256, html: '<div class="kp-editor-screen">Sammanfattning</div>', uiLanguage: 'sv', role: 'author', panelOpen: true })).toMatchObject({ ok: true });
    const url = tickets.entryUrl(draft);
    expect(url).toMatch(/^app:\/\/kp\/index\.html\?first-screen=\d+$/);
    const page = await (await serve(new Request(url))).text();
    expect(page).toContain(`<div id="kp-first-screen" data-kp-path="${draft}"`);
    expect(page).toContain('<div class="kp-editor-screen">Sammanfattning</div>');
    // The ticket is spent: a reload of the same address shows the page as built.
    expect(await (await serve(new Request(url))).text()).not.toContain('kp-first-screen');
  });

  it('loads the page as built for a window that opens no draft, or a draft without a kept screen', async () => {
    expect(tickets.entryUrl(undefined)).toBe(APP_ENTRY_URL);
    expect(await (await serve(new Request(APP_ENTRY_URL))).text()).not.toContain('kp-first-screen');
    const other = tickets.entryUrl(join(base, 'annat.kpdraft'));
    expect(await (await serve(new Request(other))).text()).not.toContain('kp-first-screen');
  });
});

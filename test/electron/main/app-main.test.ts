import { pathToFileURL } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { contract } from '../../../core/ipc/contract';
import { startApp } from '../../../electron/main/app-main';
import { FakeBrowserWindow, FakeWebContents, fakeEvent, invokeEvent, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron-store', async () => (await import('./fake-electron')).createFakeElectronStore());
const fake = electron as unknown as FakeElectron;

const home = mkdtempSync(join(tmpdir(), 'kp-app-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const argv = process.argv;

beforeAll(() => {
  fake.app.paths = { userData: join(home, 'user-data'), documents: join(home, 'Documents') };
  process.argv = ['/opt/KP Drafter/kp-drafter', '--no-sandbox', join(home, 'start.kpdraft')];
  startApp({ rendererDir: join(home, 'renderer'), preloadPath: join(home, 'preload', 'index.cjs') });
  process.argv = argv;
});

const mainWindow = () => FakeBrowserWindow.all[0]!;

describe('starting the app', () => {
  it('registers app:// as a privileged scheme and sandboxes every renderer before the app is ready', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      // codeCache: later starts load the renderer's bundle compiled, not parse it again.
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }),
    ]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });

  it('takes the single-instance lock, handing over the file named on the command line', () => {
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledWith({ file: join(home, 'start.kpdraft') });
  });

  it('once ready: serves app://, hardens the session, sets the menu, answers IPC and opens one window', async () => {
    await fake.app.becomeReady();
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(contract).sort());
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(mainWindow().options.webPreferences).toMatchObject({ preload: join(home, 'preload', 'index.cjs'), sandbox: true });
  });

  it('opens the command-line file in the window once its page has loaded', () => {
    const wc = mainWindow().webContents;
    expect(wc.sent).toEqual([]);
    wc.finishLoad();
    expect(wc.sent).toEqual([{ channel: 'app:open-file', payload: { path: join(home, 'start.kpdraft') } }]);
  });

  it('forwards the file of a second launch to the running window instead of starting again', () => {
    const wc = mainWindow().webContents;
    fake.app.emit('second-instance', fakeEvent(), ['kp-drafter', 'other.kpdraft'], '/home/u', { file: '/home/u/b.kpdraft' });
    fake.app.emit('second-instance', fakeEvent(), ['kp-drafter', 'c.kpdraft'], '/home/u', {});
    expect(wc.sent.slice(-2)).toEqual([
      { channel: 'app:open-file', payload: { path: '/home/u/b.kpdraft' } },
      { channel: 'app:open-file', payload: { path: '/home/u/c.kpdraft' } },
    ]);
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });

  it('guards every web contents that gets created', () => {
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', fakeEvent(), contents);
    const navigation = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('turns a Word document dropped on a window into that window\'s import, and lets it read that file', async () => {
    const wc = mainWindow().webContents;
    wc.finishLoad();
    fake.app.emit('web-contents-created', fakeEvent(), wc);
    const dropped = join(home, 'Ansökan 2025.docx');
    const navigation = fakeEvent({ url: pathToFileURL(dropped).href });
    wc.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(wc.sent.at(-1)).toEqual({ channel: 'app:import-file', payload: { path: dropped } });
    const r = (await fake.ipcMain.handlers.get('import:docx')!(invokeEvent(wc), { path: dropped })) as { ok: boolean; error?: { code: string } };
    expect(r.error?.code).not.toBe('forbidden');
  });

  it('routes menu commands to the window as named actions', () => {
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ id?: string; submenu?: Array<{ id?: string; click?: () => void }> }>;
    const save = template.find((m) => m.id === 'file')!.submenu!.find((i) => i.id === 'draft.save')!;
    save.click!();
    expect(mainWindow().webContents.sent.at(-1)).toEqual({ channel: 'menu:action', payload: { action: 'draft.save' } });
  });

  it('reflects window:state in the title, and rebuilds the menu in the new language after settings:set', async () => {
    const wc = mainWindow().webContents;
    const call = (channel: string, req: unknown) => fake.ipcMain.handlers.get(channel)!(invokeEvent(wc), req);
    expect(await call('window:state', { title: 'Gävle — KP Drafter •', dirty: true })).toEqual({ ok: true, value: {} });
    expect(mainWindow().title).toBe('Gävle — KP Drafter •');
    await call('settings:set', { uiLanguage: 'en' });
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ label?: string }>;
    expect(template.map((m) => m.label)).toContain('&File');
  });

  it('remembers opened and saved drafts as recent documents of the system', async () => {
    const wc = mainWindow().webContents;
    const call = (channel: string, req: unknown) => fake.ipcMain.handlers.get(channel)!(invokeEvent(wc), req);
    const created = (await call('draft:new', {})) as { value: { draft: unknown } };
    const path = join(home, 'saved.kpdraft');
    const builds = fake.Menu.buildFromTemplate.mock.calls.length;
    await call('draft:save', { path, draft: created.value.draft });
    expect(fake.app.addRecentDocument).toHaveBeenCalledWith(path);
    expect(fake.Menu.buildFromTemplate.mock.calls.length).toBe(builds + 1);
    const file = fake.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ id?: string; submenu?: Array<{ id?: string; submenu?: Array<{ toolTip?: string }> }> }>;
    const recent = file.find((m) => m.id === 'file')!.submenu!.find((i) => i.id === 'file.recent')!.submenu!;
    expect(recent[0]?.toolTip).toBe(path);
    // Saving the same draft again changes nothing the menu shows: no rebuild.
    await call('draft:save', { path, draft: created.value.draft });
    expect(fake.Menu.buildFromTemplate.mock.calls.length).toBe(builds + 1);
  });

  it('brings forward the window that already shows a file instead of opening the file a second time', async () => {
    const wc = mainWindow().webContents;
    const call = (channel: string, req: unknown) => fake.ipcMain.handlers.get(channel)!(invokeEvent(wc), req);
    const created = (await call('draft:new', {})) as { value: { draft: unknown } };
    const shown = join(home, 'shown.kpdraft');
    await call('draft:save', { path: shown, draft: created.value.draft });
    const lastSent = () => wc.sent.at(-1);
    const before = wc.sent.length;
    FakeBrowserWindow.focused = null;
    fake.app.emit('second-instance', fakeEvent(), ['kp-drafter', shown], home, { file: shown });
    fake.app.emit('open-file', fakeEvent(), shown);
    expect(wc.sent.length).toBe(before);
    expect(FakeBrowserWindow.focused).toBe(mainWindow());

    // Another file opens as before; so does this one once the window has moved on or reloaded.
    fake.app.emit('second-instance', fakeEvent(), ['kp-drafter'], home, { file: join(home, 'other.kpdraft') });
    expect(lastSent()).toEqual({ channel: 'app:open-file', payload: { path: join(home, 'other.kpdraft') } });
    await call('draft:new', {});
    fake.app.emit('second-instance', fakeEvent(), ['kp-drafter'], home, { file: shown });
    expect(lastSent()).toEqual({ channel: 'app:open-file', payload: { path: shown } });
    await call('draft:open', { path: shown });
    wc.emit('did-start-loading');
    wc.finishLoad();
    fake.app.emit('open-file', fakeEvent(), shown);
    expect(lastSent()).toEqual({ channel: 'app:open-file', payload: { path: shown } });
  });

  it('answers IPC from any other web contents with forbidden', async () => {
    const other = new FakeWebContents();
    const r = await fake.ipcMain.handlers.get('settings:get')!(invokeEvent(other), {});
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

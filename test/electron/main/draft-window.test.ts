import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { DraftWindow, draftNameFromTitle } from '../../../electron/main/draft-window';
import { stringsFor } from '../../../electron/main/strings';
import { FakeBrowserWindow, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

const SAVE = 0;
const DONT_SAVE = 1;
const CANCEL = 2;

function open(kv = new Map<string, unknown>(), lang: 'sv' | 'en' = 'en') {
  const onClosed = vi.fn();
  const onCloseCancelled = vi.fn();
  const w = new DraftWindow({
    preloadPath: '/app/out/preload/index.cjs',
    strings: () => stringsFor(lang),
    kv: { get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) },
    log: { info: vi.fn(), error: vi.fn() },
    onClosed,
    onCloseCancelled,
  });
  const win = w.win as unknown as FakeBrowserWindow;
  win.webContents.finishLoad();
  return { w, win, kv, onClosed, onCloseCancelled };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const answer = (response: number) => fake.dialog.showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false });

beforeEach(() => {
  fake.dialog.showMessageBox.mockReset();
  FakeBrowserWindow.all = [];
});

describe('the application window', () => {
  it('is created with the secure web preferences and the built preload', () => {
    const { win } = open();
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('shows the app from its own protocol, never a remote or file URL', () => {
    const { win } = open();
    expect(win.loaded).toEqual(['app://kp/index.html']);
  });

  it('shows the title the renderer words, and asks about the draft by its name', async () => {
    const { w, win } = open();
    expect(win.options.title).toBe('KP Drafter');
    w.setState('Ansökan Gävle — KP Drafter •', true);
    expect(win.title).toBe('Ansökan Gävle — KP Drafter •');
    w.setState('', false);
    expect(win.title).toBe('KP Drafter');
    expect(draftNameFromTitle('Ansökan Gävle — KP Drafter •', stringsFor('en'))).toBe('Ansökan Gävle');
    expect(draftNameFromTitle('gavle.kpdraft', stringsFor('en'))).toBe('gavle.kpdraft');
    expect(draftNameFromTitle('KP Drafter', stringsFor('sv'))).toBe('Namnlöst utkast');
  });

  it('holds events until the page has loaded, then delivers them in order', () => {
    const { w, win } = open();
    win.webContents.emit('did-start-loading');
    w.send('app:open-file', { path: '/home/u/a.kpdraft' });
    w.send('menu:action', { action: 'draft.save' });
    expect(win.webContents.sent).toEqual([]);
    win.webContents.finishLoad();
    expect(win.webContents.sent).toEqual([
      { channel: 'app:open-file', payload: { path: '/home/u/a.kpdraft' } },
      { channel: 'menu:action', payload: { action: 'draft.save' } },
    ]);
  });

  it('reopens where it was closed', () => {
    const first = open();
    first.win.bounds = { x: 40, y: 50, width: 1400, height: 950 };
    first.win.close();
    const second = open(first.kv);
    expect(second.win.options).toMatchObject({ x: 40, y: 50, width: 1400, height: 950 });
  });
});

describe('closing with unsaved changes', () => {
  it('closes at once when everything is saved', () => {
    const { win, onClosed } = open();
    win.close();
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(onClosed).toHaveBeenCalled();
  });

  it('asks Save / Don’t save / Cancel, and Cancel keeps the window and its work', async () => {
    const { w, win, onClosed, onCloseCancelled } = open();
    w.setState('Ansökan — KP Drafter •', true);
    answer(CANCEL);
    win.close();
    await flush();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(
      win,
      expect.objectContaining({
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        cancelId: CANCEL,
        message: 'Do you want to save the changes to “Ansökan”?',
      }),
    );
    expect(win.destroyed).toBe(false);
    expect(onClosed).not.toHaveBeenCalled();
    expect(onCloseCancelled).toHaveBeenCalled();
    expect(win.webContents.sent).toEqual([]);
  });

  it('asks in the UI language', async () => {
    const { w, win } = open(new Map(), 'sv');
    w.setState('Ansökan', true);
    answer(CANCEL);
    win.close();
    await flush();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(win, expect.objectContaining({ buttons: ['Spara', 'Spara inte', 'Avbryt'] }));
  });

  it('Don’t save closes without saving', async () => {
    const { w, win, onClosed } = open();
    w.setState('Ansökan', true);
    answer(DONT_SAVE);
    win.close();
    await flush();
    expect(win.destroyed).toBe(true);
    expect(onClosed).toHaveBeenCalled();
    expect(win.webContents.sent).toEqual([]);
  });

  it('Save asks the renderer to save and closes once it reports a clean state', async () => {
    const { w, win, onClosed } = open();
    w.setState('Ansökan', true);
    answer(SAVE);
    win.close();
    await flush();
    expect(win.webContents.sent).toEqual([{ channel: 'menu:action', payload: { action: 'draft.save' } }]);
    expect(win.destroyed).toBe(false);
    w.guard.onSaveStarted();
    w.guard.onSaveEnded(true);
    expect(win.destroyed).toBe(false);
    w.setState('Ansökan', false);
    expect(win.destroyed).toBe(true);
    expect(onClosed).toHaveBeenCalled();
  });

  it('Save followed by a cancelled Save As dialog keeps the window open, and a later save does not close it', async () => {
    const { w, win, onCloseCancelled } = open();
    w.setState('Namnlöst', true);
    answer(SAVE);
    win.close();
    await flush();
    w.guard.onSaveStarted();
    w.guard.onSaveEnded(false);
    expect(win.destroyed).toBe(false);
    expect(onCloseCancelled).toHaveBeenCalled();
    w.setState('Namnlöst', false);
    expect(win.destroyed).toBe(false);
  });
});

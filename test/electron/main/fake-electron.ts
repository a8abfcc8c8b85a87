import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of Electron's main-process API the shell uses, for
 * `vi.mock('electron', …)`. It keeps what tests need to look at (constructor options, sent
 * events, registered handlers) and emits the events the real objects would.
 */

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export const fakeEvent = (extra: object = {}): FakeEvent & Record<string, unknown> => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
  ...extra,
});

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  readonly replaced: string[] = [];
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  replaceMisspelling(word: string) {
    this.replaced.push(word);
  }
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = h;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Simulates the page finishing its load (the preload is listening from now on). */
  finishLoad() {
    this.emit('did-finish-load');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow = () => FakeBrowserWindow.focused;
  static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.destroyed);

  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  title = '';
  destroyed = false;
  maximized = false;
  bounds = { x: 10, y: 20, width: 1300, height: 900 };

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  setTitle(t: string) {
    this.title = t;
  }
  setDocumentEdited() {}
  getNormalBounds() {
    return this.bounds;
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {
    FakeBrowserWindow.focused = this;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Like the real close(): emits 'close', and only if nobody prevented it, 'closed'. */
  close() {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  handle = (channel: string, fn: (event: unknown, request: unknown) => Promise<unknown>) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, fn);
  };
  removeHandler = (channel: string) => {
    this.handlers.delete(channel);
  };
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  private resolveReady!: () => void;
  private readyPromise = new Promise<void>((r) => (this.resolveReady = r));
  singleInstance = true;
  paths: Record<string, string> = { userData: '/tmp/kp-fake-user-data', documents: '/tmp/kp-fake-documents' };
  getPath = (name: string) => this.paths[name] ?? `/tmp/kp-fake-${name}`;
  getVersion = () => '0.1.0';
  requestSingleInstanceLock = vi.fn((_data?: unknown) => this.singleInstance);
  quit = vi.fn();
  enableSandbox = vi.fn();
  setAppUserModelId = vi.fn();
  addRecentDocument = vi.fn();
  clearRecentDocuments = vi.fn();
  isReady = () => this.ready;
  whenReady = () => this.readyPromise;
  /** Fires 'ready' the way Electron does once the app has started. */
  async becomeReady() {
    this.ready = true;
    this.resolveReady();
    await this.readyPromise;
    await new Promise((r) => setTimeout(r, 0));
  }
}

function fakeSession() {
  return Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    addWordToSpellCheckerDictionary: vi.fn(() => true),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  });
}

/** A fresh set of fakes; call in vi.mock's factory (one per test file) and reset with `resetFakes`. */
export function createFakeElectron() {
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t, popup: vi.fn() })), setApplicationMenu: vi.fn() },
    dialog: { showMessageBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: fakeSession() },
    fakeSession,
  };
}
export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** An invoke event as ipcMain would pass it. */
export function invokeEvent(sender: { id: number }, url = 'app://kp/index.html', parent: unknown = null) {
  return { sender, senderFrame: { url, parent } };
}

/** electron-store needs a running Electron; the shell only uses get/set, so a Map stands in. */
export function createFakeElectronStore() {
  return {
    default: class {
      private readonly m = new Map<string, unknown>();
      get(k: string) {
        return this.m.get(k);
      }
      set(k: string, v: unknown) {
        this.m.set(k, v);
      }
    },
  };
}

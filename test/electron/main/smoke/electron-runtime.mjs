// A stand-in for Electron's main-process module, just enough for the built out/main/index.js to
// start under plain Node. Everything the app does to it is recorded on globalThis.__smoke.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

const rec = {
  windows: [],
  handlers: new Map(),
  protocols: new Map(),
  privileged: null,
  privilegedBeforeReady: false,
  sandbox: false,
  lockData: undefined,
  menu: null,
  session: {},
};
globalThis.__smoke = rec;

let markReady;
const ready = new Promise((r) => (markReady = r));
let isReady = false;

class App extends EventEmitter {
  isPackaged = false;
  getPath(name) {
    return join(process.env.KP_SMOKE_HOME, name);
  }
  getVersion() {
    return '0.0.0-smoke';
  }
  getName() {
    return 'KP Drafter';
  }
  requestSingleInstanceLock(data) {
    rec.lockData = data;
    return true;
  }
  quit() {
    rec.quit = true;
  }
  enableSandbox() {
    rec.sandbox = true;
  }
  setAppUserModelId() {}
  addRecentDocument() {}
  clearRecentDocuments() {}
  isReady() {
    return isReady;
  }
  whenReady() {
    return ready;
  }
}
export const app = new App();
export function __becomeReady() {
  isReady = true;
  markReady();
  app.emit('ready');
}

let nextId = 1;
class WebContents extends EventEmitter {
  id = nextId++;
  sent = [];
  send(channel, payload) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(h) {
    this.windowOpenHandler = h;
  }
  isDestroyed() {
    return false;
  }
}

export class BrowserWindow extends EventEmitter {
  static getFocusedWindow() {
    return null;
  }
  static getAllWindows() {
    return rec.windows;
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.loaded = [];
    rec.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  setTitle(t) {
    this.title = t;
  }
  setDocumentEdited() {}
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 860 };
  }
  isMaximized() {
    return false;
  }
  maximize() {}
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {}
  isDestroyed() {
    return false;
  }
  close() {}
}

export const ipcMain = {
  handle(channel, fn) {
    rec.handlers.set(channel, fn);
  },
  removeHandler(channel) {
    rec.handlers.delete(channel);
  },
  on() {},
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    rec.privileged = schemes;
    rec.privilegedBeforeReady = !isReady;
  },
  handle(scheme, fn) {
    rec.protocols.set(scheme, fn);
  },
};

const record = (name) => (handler) => {
  rec.session[name] = handler;
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: record('permissionRequest'),
    setPermissionCheckHandler: record('permissionCheck'),
    setDevicePermissionHandler: record('devicePermission'),
    setSpellCheckerEnabled: (on) => {
      rec.spellchecker = on;
    },
    setSpellCheckerDictionaryDownloadURL: (url) => {
      rec.dictionaryDownloadURL = url;
    },
    setSpellCheckerLanguages: () => {},
    addWordToSpellCheckerDictionary: () => true,
    on() {},
    webRequest: { onBeforeRequest: record('beforeRequest'), onHeadersReceived: record('headersReceived') },
  },
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    rec.menu = menu;
  },
};
// The save dialog answers as if the user chose export.docx in the home folder.
export const dialog = {
  showSaveDialog: async () => ({ canceled: false, filePath: join(process.env.KP_SMOKE_HOME, 'export.docx') }),
};
export const shell = { openPath: async () => '' };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };

export default { app, BrowserWindow, ipcMain, protocol, session, Menu, dialog, shell, screen };

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, Menu, session, type WebContents } from 'electron';
import type { Channel } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { ok, type Result } from '../../core/result';
import { AppStore } from '../services/app-store';
import { createServiceHandlers } from '../services/handlers';
import { readDraftAhead } from '../services/draft-read-ahead';
import { APP_ID } from './app-id';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { FirstScreenTickets } from './first-screen-tickets';
import { createFirstScreenStore } from '../services/first-screen';
import { createDialogHandlers } from './dialogs';
import { DraftWindow } from './draft-window';
import { guardPaths } from './granted-handlers';
import { GrantedPaths } from './granted-paths';
import { registerIpc } from './ipc';
import { OpenFiles } from './open-files';
import { draftPathFromArgv, draftPathFromInstanceData } from './launch-file';
import { createFileLogger, logUncaught } from './log';
import { buildMenuTemplate } from './menu';
import { installContextMenu } from './context-menu';
import { Spelling } from './spelling';
import type { DocumentLanguage } from '../../core/draft/schema';
import { guardWebContents, hardenSession } from './security';
import { showFileWithShell } from './show-file';
import { openElectronStore } from './store';
import { stringsFor } from './strings';

export interface AppPaths {
  /** The built renderer (out/renderer), served on app://kp. */
  rendererDir: string;
  /** The built preload (out/preload/index.cjs). */
  preloadPath: string;
}

/** Where electron-vite puts the renderer and preload relative to out/main/index.js. */
export function builtPaths(mainDir: string): AppPaths {
  return { rendererDir: join(mainDir, '..', 'renderer'), preloadPath: join(mainDir, '..', 'preload', 'index.cjs') };
}

const pathOf = (result: Result<unknown>): string | null => {
  if (!result.ok) return null;
  const path = (result.value as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? path : null;
};

/**
 * The Electron shell: one instance (a second launch hands its file to the running window),
 * app://kp content under a hardened session, a native menu that speaks in named actions, and the
 * IPC contract served to our own windows only.
 */
export function startApp(paths: AppPaths): void {
  const log = createFileLogger(join(app.getPath('userData'), 'logs'));
  logUncaught(log);
  registerAppScheme();
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  const launchFile = draftPathFromArgv(process.argv, process.cwd());
  if (!app.requestSingleInstanceLock({ file: launchFile })) {
    // Another instance is running; it receives our file through 'second-instance'.
    app.quit();
    return;
  }

  const windows = new Map<number, DraftWindow>();
  const pendingFiles: string[] = launchFile ? [launchFile] : [];
  let quitting = false;
  let store: AppStore | null = null;
  let kv: ReturnType<typeof openElectronStore> | null = null;
  let draftsDir = '';
  const windowHandlers = new Map<number, Partial<Handlers>>();
  // The files a renderer may name: what main handed out (dialogs, command line, drops, recent list).
  const granted = new GrantedPaths({ recent: () => store?.getRecent().map((r) => r.path) ?? [] });
  if (launchFile) granted.grant(launchFile);
  const openFiles = new OpenFiles();
  let spelling: Spelling | null = null;
  let tickets: FirstScreenTickets | null = null;
  // Each window's draft language; the session's spellchecker follows the focused window.
  const textLanguage = new Map<number, DocumentLanguage>();
  const applySpelling = (w: DraftWindow | undefined) => {
    if (w && store) spelling?.apply(store.getSettings(), textLanguage.get(w.contents.id) ?? 'sv-SE');
  };

  const strings = () => stringsFor(store?.getSettings().uiLanguage ?? 'sv');
  const targetWindow = (): DraftWindow | undefined => {
    const focused = BrowserWindow.getFocusedWindow();
    return [...windows.values()].find((w) => w.win === focused) ?? windows.values().next().value;
  };
  const windowOf = (sender: WebContents) => windows.get(sender.id);

  /** A new window; `opening`: the draft it is made to open at once (its page may paint that draft's first screen). */
  const createWindow = (opening?: string): DraftWindow | undefined => {
    if (!kv) return undefined;
    const w: DraftWindow = new DraftWindow({
      preloadPath: paths.preloadPath,
      strings,
      kv,
      log,
      onClosed: () => {
        windows.delete(id);
        windowHandlers.delete(id);
        textLanguage.delete(id);
        openFiles.forget(id);
        if (quitting && windows.size === 0) app.quit();
      },
      onCloseCancelled: () => {
        quitting = false;
      },
      entryUrl: tickets?.entryUrl(opening ?? pendingFiles[0]),
    });
    const id = w.contents.id;
    windows.set(id, w);
    w.win.on('focus', () => applySpelling(w));
    installContextMenu(w.contents, strings, (word) => session.defaultSession.addWordToSpellCheckerDictionary(word));
    // A reloaded page starts with no draft.
    w.contents.on('did-start-loading', () => openFiles.forget(id));
    for (const file of pendingFiles.splice(0)) w.send('app:open-file', { path: file });
    return w;
  };

  const ensureWindow = (opening?: string) => targetWindow() ?? createWindow(opening);

  const openDraft = (path: string) => {
    granted.grant(path);
    // Already open in a window: bring that one forward rather than reading the file twice.
    const holder = openFiles.holderOf(path);
    const showing = holder === undefined ? undefined : windows.get(holder);
    if (showing) {
      showing.focus();
      return;
    }
    readDraftAhead(path);
    if (!app.isReady() || !kv) {
      pendingFiles.push(path);
      return;
    }
    const w = ensureWindow(path);
    w?.send('app:open-file', { path });
    w?.focus();
  };

  let lastRecentShown = '';
  const recentShown = () => (store?.getRecent() ?? []).map((r) => `${r.path}\u0000${r.title}`).join('\n');
  const refreshMenu = () => {
    if (!store) return;
    const s = store;
    lastRecentShown = recentShown();
    const template = buildMenuTemplate({
      platform: process.platform,
      strings: strings(),
      recent: s.getRecent(),
      withDevTools: !app.isPackaged,
      dispatch: (action) => ensureWindow()?.send('menu:action', { action }),
      openRecent: openDraft,
      clearRecent: () => {
        for (const r of s.getRecent()) s.removeRecent(r.path);
        app.clearRecentDocuments();
        refreshMenu();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  app.on('open-file', (event, path) => {
    // macOS: a draft double-clicked in Finder or dropped on the Dock icon.
    event.preventDefault();
    openDraft(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory, data) => {
    const file = draftPathFromInstanceData(data) ?? draftPathFromArgv(argv, workingDirectory);
    if (file) openDraft(file);
    else ensureWindow()?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (path) => openDraft(path), (m) => log.info(m), (path) => {
      // The window it was dropped on imports it; the import service may then read that file.
      granted.grant(path);
      windows.get(contents.id)?.send('app:import-file', { path });
    });
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.size === 0) createWindow();
  });
  app.on('child-process-gone', (_event, details) => log.info(`child process gone: ${details.type} ${details.reason}`));

  void app.whenReady().then(() => {
    kv = openElectronStore(log);
    store = new AppStore(kv);
    draftsDir = join(app.getPath('documents'), 'KP Drafter');
    try {
      mkdirSync(draftsDir, { recursive: true });
    } catch (e) {
      log.error('could not create the drafts folder', e);
    }
    hardenSession(session.defaultSession, (m) => log.info(m));
    spelling = new Spelling({
      session: session.defaultSession,
      platform: process.platform,
      profileDictionaries: join(app.getPath('userData'), 'Dictionaries'),
      bundledDictionaries: join(process.resourcesPath ?? '', 'dictionaries'),
      log: (m) => log.info(m),
    });
    tickets = new FirstScreenTickets(createFirstScreenStore(app.getPath('userData')), () => store);
    handleAppProtocol(paths.rendererDir, (url) => tickets?.take(url) ?? Promise.resolve(null));

    const services = createServiceHandlers({
      store,
      mode: 'electron',
      version: app.getVersion(),
      draftsDir,
      userDataDir: app.getPath('userData'),
      showFile: showFileWithShell,
    });

    registerIpc({
      isOurWindow: (sender) => windows.has(sender.id),
      handlersFor: (sender) => {
        const w = windowOf(sender);
        if (!w) return {};
        let handlers = windowHandlers.get(sender.id);
        if (!handlers) {
          handlers = guardPaths({
            ...services,
            ...createDialogHandlers(w.win, strings, draftsDir),
            'window:state': async ({ title, dirty }) => {
              w.setState(title, dirty);
              return ok({});
            },
            'spelling:status': async () => ok(spelling!.status()),
            'spelling:document-language': async ({ language }) => {
              textLanguage.set(sender.id, language);
              if (targetWindow() === w) applySpelling(w);
              return ok({});
            },
          }, granted);
          windowHandlers.set(sender.id, handlers);
        }
        return handlers;
      },
      onBug: (e) => log.error('IPC handler failed', e),
      onStart: (sender, channel: Channel) => {
        if (channel === 'dialog:save-draft' || channel === 'draft:save') windowOf(sender)?.guard.onSaveStarted();
      },
      onEnd: (sender, channel: Channel, result) => {
        const w = windowOf(sender);
        if (channel === 'dialog:save-draft' || channel === 'draft:save') w?.guard.onSaveEnded(pathOf(result) !== null);
        if (result.ok && (channel === 'draft:open' || channel === 'draft:save' || channel === 'recovery:load' || channel === 'draft:new')) {
          openFiles.set(sender.id, pathOf(result));
        }
        if ((channel === 'draft:open' || channel === 'draft:save') && result.ok) {
          const path = pathOf(result);
          if (path) app.addRecentDocument(path);
          // Saving (autosave to file included) only reorders or re-stamps the list; rebuild the
          // menu only when what it shows changed — on macOS a rebuild closes an open menu.
          const shown = recentShown();
          if (shown !== lastRecentShown) refreshMenu();
        }
        // The menu speaks the UI language; the renderer re-words the title itself.
        if (channel === 'settings:set' && result.ok) {
          refreshMenu();
          applySpelling(targetWindow());
        }
      },
    });

    refreshMenu();
    createWindow();
  });
}

import { BrowserWindow, dialog, screen } from 'electron';
import { events, type EventName, type EventPayload } from '../../core/ipc/contract';
import type { KeyValueStore } from '../services/app-store';
import { APP_ENTRY_URL } from './app-protocol';
import { CloseGuard, type CloseChoice } from './close-guard';
import type { Logger } from './log';
import type { MainStrings } from './strings';
import { MIN_SIZE, loadWindowBounds, saveWindowBounds } from './window-bounds';

export const PRODUCT_NAME = 'KP Drafter';
const MAX_CRASH_RELOADS = 3;

export interface DraftWindowDeps {
  preloadPath: string;
  strings: () => MainStrings;
  kv: KeyValueStore;
  log: Logger;
  onClosed: (w: DraftWindow) => void;
  /** A close was cancelled (or its save abandoned): a pending quit must be called off. */
  onCloseCancelled: () => void;
  /** The page to load first (default the app's entry; see first-screen-tickets.ts). */
  entryUrl?: string;
}

/**
 * The window title is worded by the renderer (it knows the UI language and shows the same text as
 * document.title in browser mode): "<draft> — KP Drafter •". Main shows it as given.
 */
export function windowTitle(requested: string): string {
  return requested.trim() || PRODUCT_NAME;
}

/** The draft's name inside a window title, for "Save changes to …?". */
export function draftNameFromTitle(title: string, s: MainStrings): string {
  const name = title
    .replace(/[•●*]/g, '')
    .replace(/\s+[—–-]\s+KP Drafter\s*$/, '')
    .trim();
  return name && name !== PRODUCT_NAME ? name : s.untitled;
}

/**
 * One application window: created with the secure preferences, showing app://kp, remembering its
 * bounds, reflecting the renderer's title and unsaved state, and asking before it closes unsaved work.
 */
export class DraftWindow {
  readonly win: BrowserWindow;
  readonly guard: CloseGuard;
  private state = { title: '', dirty: false };
  private loaded = false;
  private queued: Array<{ name: EventName; payload: unknown }> = [];
  private crashReloads = 0;

  constructor(private readonly d: DraftWindowDeps) {
    const bounds = loadWindowBounds(d.kv, screen.getAllDisplays().map((display) => display.workArea));
    this.win = new BrowserWindow({
      width: bounds.width,
      height: bounds.height,
      ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: PRODUCT_NAME,
      // The page runs like a web page with no powers: isolated from the preload, sandboxed, no
      // Node, same-origin policy on, no remote content. window.kp is its only way out. Written
      // out here, at the one place windows are made, so reviewers and scanners see it whole.
      webPreferences: {
        // Electronegativity flags every preload for manual review. Reviewed: it exposes only
        // window.kp = { invoke, on } over the contract's channels (test/electron/preload).
        preload: d.preloadPath, // eng-disable PRELOAD_JS_CHECK
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        // Middle-click would try to open links in new windows (denied anyway); this stops the attempt.
        disableBlinkFeatures: 'Auxclick',
        // A file dropped outside the editor's own drop targets navigates to its file:// URL;
        // guardWebContents cancels that navigation and opens the file if it is a draft.
        navigateOnDragDrop: true,
        // The spellchecker itself is switched per language by spelling.ts, which keeps its
        // dictionaries local (Chromium would otherwise download them from Google's servers).
        spellcheck: true,
      },
    });
    if (bounds.maximized) this.win.maximize();
    this.win.once('ready-to-show', () => this.win.show());

    this.guard = new CloseGuard({
      isDirty: () => this.state.dirty,
      ask: () => this.askToSave(),
      requestSave: () => this.send('menu:action', { action: 'draft.save' }),
      close: () => this.win.close(),
      onCancelled: () => d.onCloseCancelled(),
    });
    this.win.on('close', (event) => {
      if (!this.guard.onCloseRequested()) {
        event.preventDefault();
        return;
      }
      saveWindowBounds(d.kv, this.win.getNormalBounds(), this.win.isMaximized());
    });
    this.win.on('closed', () => d.onClosed(this));
    this.watchContents();
    void this.win.loadURL(d.entryUrl ?? APP_ENTRY_URL);
  }

  get contents() {
    return this.win.webContents;
  }

  /** Sends an event to the page once it has loaded (the preload holds it until the UI subscribes). */
  send<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked = events[name].safeParse(payload);
    if (!checked.success) {
      this.d.log.info(`event not sent, payload outside the contract: ${name}`);
      return;
    }
    if (this.loaded && !this.contents.isDestroyed()) this.contents.send(name, checked.data);
    else this.queued.push({ name, payload: checked.data });
  }

  /** window:state from the renderer: title and unsaved marker, and the close guard's cue. */
  setState(title: string, dirty: boolean): void {
    this.state = { title, dirty };
    this.refreshTitle();
    this.guard.onState(dirty);
  }

  /** Re-applies the title and the macOS unsaved-changes dot. */
  refreshTitle(): void {
    this.win.setTitle(windowTitle(this.state.title));
    if (process.platform === 'darwin') this.win.setDocumentEdited(this.state.dirty);
  }

  focus(): void {
    if (this.win.isMinimized()) this.win.restore();
    this.win.show();
    this.win.focus();
  }

  private async askToSave(): Promise<CloseChoice> {
    const s = this.d.strings();
    const { response } = await dialog.showMessageBox(this.win, {
      type: 'warning',
      buttons: [s.saveButton, s.dontSaveButton, s.cancelButton],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      message: s.unsavedQuestion(draftNameFromTitle(this.state.title, s)),
      detail: s.unsavedDetail,
    });
    return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
  }

  private watchContents(): void {
    const wc = this.contents;
    wc.on('did-finish-load', () => {
      this.loaded = true;
      for (const { name, payload } of this.queued.splice(0)) wc.send(name, payload);
    });
    wc.on('did-start-loading', () => {
      this.loaded = false;
    });
    wc.on('render-process-gone', (_event, details) => {
      this.d.log.info(`renderer gone: ${details.reason} (exit code ${details.exitCode})`);
      // Unsaved text died with the page; the autosave copy is offered again after the reload.
      this.guard.reset();
      this.state = { title: '', dirty: false };
      this.refreshTitle();
      if (details.reason !== 'clean-exit' && this.crashReloads < MAX_CRASH_RELOADS && !this.win.isDestroyed()) {
        this.crashReloads++;
        void this.win.loadURL(APP_ENTRY_URL);
      }
    });
    wc.on('unresponsive', () => this.d.log.info('renderer unresponsive'));
    wc.on('responsive', () => this.d.log.info('renderer responsive again'));
  }
}

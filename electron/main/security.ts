import { fileURLToPath } from 'node:url';
import type { Session, WebContents } from 'electron';
import { RENDERER_CSP } from '../services/web/csp';
import { isAppUrl } from './app-protocol';

/** Schemes a page of ours may load from: the app itself, inline data and blobs it made, devtools. */
const ALLOWED_REQUEST = /^(app:\/\/kp\/|data:|blob:app:\/\/kp\/|devtools:\/\/)/;

/** Writing text to the clipboard from a user's click (navigator.clipboard.writeText); never reading it. */
const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

/**
 * Session-wide guards: every permission is refused but writing plain text to the clipboard (the
 * "Kopiera för webbformuläret" buttons; reading it stays refused), every request that isn't the app's own
 * content is cancelled (the app never touches the network), and every response carries the CSP
 * even if it didn't come from our protocol handler.
 */
export function hardenSession(ses: Session, log: (message: string) => void): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    if (permission === CLIPBOARD_WRITE) return callback(true);
    log(`permission request denied: ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler((_contents, permission) => permission === CLIPBOARD_WRITE);
  ses.setDevicePermissionHandler(() => false);
  // Off the Mac the spellchecker would fetch dictionaries from the network: it stays off until
  // spelling.ts has pointed it at the app's own dictionaries and a window has named its language.
  if (process.platform !== 'darwin') ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = ALLOWED_REQUEST.test(details.url);
    if (!allowed) log(`request blocked: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] },
    });
  });
}

/** The path of a file:// URL, or null for any other URL. */
function filePathOf(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

/** A dropped file makes Chromium navigate to its file:// URL; this recovers the path of a draft. */
export function draftPathFromNavigation(url: string): string | null {
  const path = filePathOf(url);
  return path && /\.kpdraft$/i.test(path) ? path : null;
}

/** The same for a dropped Word document, which is imported into a new draft rather than opened. */
export function docxPathFromNavigation(url: string): string | null {
  const path = filePathOf(url);
  return path && /\.docx$/i.test(path) ? path : null;
}

/**
 * Per-page guards: no navigation away from the app (a dropped .kpdraft is opened instead, a
 * dropped .docx imported), no new windows, no redirects, no <webview>.
 */
export function guardWebContents(
  contents: WebContents,
  onOpenDraft: (path: string) => void,
  log: (message: string) => void,
  onImportDocx: (path: string) => void,
): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    const dropped = draftPathFromNavigation(event.url);
    const docx = dropped ? null : docxPathFromNavigation(event.url);
    if (dropped) onOpenDraft(dropped);
    else if (docx) onImportDocx(docx);
    else log(`navigation denied: ${event.url.slice(0, 200)}`);
  });
  contents.on('will-frame-navigate', (event) => {
    // The main frame is covered by will-navigate; subframes may only show the app's own pages.
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`window.open denied: ${url.slice(0, 200)}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { docxPathFromNavigation, draftPathFromNavigation, guardWebContents, hardenSession } from '../../../electron/main/security';
import { FakeWebContents, createFakeElectron, fakeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

function guarded() {
  const contents = new FakeWebContents();
  const onOpenDraft = vi.fn();
  const onImportDocx = vi.fn();
  guardWebContents(contents as unknown as WebContents, onOpenDraft, () => {}, onImportDocx);
  const navigate = (url: string, name = 'will-navigate', extra: object = {}) => {
    const event = fakeEvent({ url, isMainFrame: true, ...extra });
    contents.emit(name, event);
    return event.defaultPrevented;
  };
  return { contents, onOpenDraft, onImportDocx, navigate };
}

describe('page guards', () => {
  it('deny every navigation away from the app', () => {
    const { navigate, onOpenDraft } = guarded();
    for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://kp/other.html', 'javascript:alert(1)']) {
      expect(navigate(url), url).toBe(true);
    }
    expect(onOpenDraft).not.toHaveBeenCalled();
  });

  it('turn a Word document dropped on the window into importing it, never into opening it as a draft', () => {
    const { navigate, onOpenDraft, onImportDocx } = guarded();
    expect(navigate('file:///home/u/Dokument/Ans%C3%B6kan%202025.DOCX')).toBe(true);
    expect(onImportDocx).toHaveBeenCalledWith('/home/u/Dokument/Ansökan 2025.DOCX');
    expect(onOpenDraft).not.toHaveBeenCalled();
    expect(navigate('file:///home/u/budget.xlsx')).toBe(true);
    expect(navigate('https://evil.example/a.docx')).toBe(true);
    expect(onImportDocx).toHaveBeenCalledTimes(1);
    expect(docxPathFromNavigation('file:///a.docx.exe')).toBeNull();
  });

  it('turn a draft dropped on the window (a navigation to its file:// URL) into opening it', () => {
    const { navigate, onOpenDraft } = guarded();
    expect(navigate('file:///home/u/Dokument/Ans%C3%B6kan%20G%C3%A4vle.kpdraft')).toBe(true);
    expect(onOpenDraft).toHaveBeenCalledWith('/home/u/Dokument/Ansökan Gävle.kpdraft');
    expect(navigate('file:///home/u/notes.docx')).toBe(true);
    expect(onOpenDraft).toHaveBeenCalledTimes(1);
  });

  it('deny window.open, <webview>, foreign redirects and foreign subframe navigation', () => {
    const { contents, navigate } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://kp/index.html' })).toEqual({ action: 'deny' });
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
    expect(navigate('https://evil.example/', 'will-redirect')).toBe(true);
    expect(navigate('https://evil.example/', 'will-frame-navigate', { isMainFrame: false })).toBe(true);
    expect(navigate('app://kp/index.html', 'will-frame-navigate', { isMainFrame: false })).toBe(false);
  });

  it('only recognise .kpdraft files as drops to open', () => {
    expect(draftPathFromNavigation('file:///C:/Users/u/a.KPDRAFT')).toMatch(/a\.KPDRAFT$/);
    expect(draftPathFromNavigation('https://x/a.kpdraft')).toBeNull();
    expect(draftPathFromNavigation('file:///a.kpdraft.exe')).toBeNull();
  });
});

describe('session guards', () => {
  const ses = createFakeElectron().fakeSession();
  hardenSession(ses as unknown as Session, () => {});
  const beforeRequest = ses.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
  const requestCancelled = (url: string) => {
    let cancel: boolean | undefined;
    beforeRequest({ url }, (r) => (cancel = r.cancel));
    return cancel;
  };

  it('refuse every permission request and check', () => {
    const request = ses.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const cb = vi.fn();
      request({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    const check = ses.setPermissionCheckHandler.mock.calls[0]![0] as (wc?: unknown, p?: string) => boolean;
    expect(check()).toBe(false);
    expect(check({}, 'clipboard-read')).toBe(false);
  });

  it('let the copy buttons write plain text to the clipboard, and nothing more', () => {
    const request = ses.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    const cb = vi.fn();
    request({}, 'clipboard-sanitized-write', cb);
    expect(cb).toHaveBeenCalledWith(true);
    const check = ses.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string) => boolean;
    expect(check({}, 'clipboard-sanitized-write')).toBe(true);
  });

  it('keep the spellchecker from downloading dictionaries (off outside macOS, whose own is offline)', () => {
    if (process.platform === 'darwin') expect(ses.setSpellCheckerEnabled).not.toHaveBeenCalled();
    else expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancel every request that is not the app’s own content: the app never touches the network', () => {
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:3000/', 'ws://localhost/', 'file:///etc/passwd', 'app://evil/x.js']) {
      expect(requestCancelled(url), url).toBe(true);
    }
    for (const url of ['app://kp/index.html', 'app://kp/assets/index-abc.js', 'data:image/png;base64,AA']) {
      expect(requestCancelled(url), url).toBe(false);
    }
  });

  it('put the strict CSP on every response: no remote origins, no eval, no inline script', () => {
    const headers = ses.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      d: { responseHeaders: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    let out: Record<string, string[]> = {};
    headers({ responseHeaders: { 'content-type': ['text/html'] } }, (r) => (out = r.responseHeaders));
    const csp = out['Content-Security-Policy']![0]!;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toMatch(/unsafe-inline/);
    expect(out['content-type']).toEqual(['text/html']);
  });
});

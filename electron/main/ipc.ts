import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { contract, type Channel } from '../../core/ipc/contract';
import { dispatch, type Handlers } from '../../core/ipc/dispatch';
import { err, type Result } from '../../core/result';
import { isAppUrl } from './app-protocol';

export interface IpcOptions {
  /** True when the sender is the page of one of our windows. */
  isOurWindow: (sender: WebContents) => boolean;
  /** The handlers for the sending window (dialogs and window:state need to know which one). */
  handlersFor: (sender: WebContents) => Partial<Handlers>;
  /** A handler threw: a bug, logged by the caller; the renderer gets an `unexpected` error value. */
  onBug: (error: unknown) => void;
  /** Sees every accepted request start and end (the close guard follows saves this way). */
  onStart?: (sender: WebContents, channel: Channel) => void;
  onEnd?: (sender: WebContents, channel: Channel, result: Result<unknown>) => void;
}

/**
 * Only the top frame of one of our windows, showing the app's own page, may call main. A page
 * that somehow navigated elsewhere, a subframe, or any other webContents gets `forbidden`.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, isOurWindow: (sender: WebContents) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!isAppUrl(frame.url)) return false;
  return isOurWindow(event.sender);
}

/**
 * Registers every channel of the contract with ipcMain.handle. Each request is checked for its
 * sender, validated against the contract (core/ipc/dispatch.ts, shared with browser mode) and
 * answered with a Result value — never a thrown error, whose code Electron would strip.
 * Returns a function that removes the handlers again.
 */
export function registerIpc(o: IpcOptions): () => void {
  const channels = Object.keys(contract) as Channel[];
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, request: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, o.isOurWindow)) {
        return err('forbidden', `${channel}: the request did not come from the app's own window`);
      }
      o.onStart?.(event.sender, channel);
      let result: Result<unknown> = err('unexpected', 'an unexpected error occurred; nothing was changed');
      try {
        result = await dispatch(o.handlersFor(event.sender), channel, request, o.onBug);
      } catch (e) {
        o.onBug(e);
      } finally {
        o.onEnd?.(event.sender, channel, result);
      }
      return result;
    });
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}

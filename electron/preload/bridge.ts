import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { Err } from '../../core/result';
import type { Bridge } from '../../core/ipc/bridge';
import { CHANNELS, EVENT_NAMES } from './api';

const channelSet: ReadonlySet<string> = new Set(CHANNELS);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);
/** Events that arrive before the UI subscribes are held, up to this many per event name. */
const MAX_HELD = 20;

// Literal error values: importing core/result would pull zod into the sandboxed preload.
const failure = (code: 'invalid-request' | 'unexpected', message: string): Err => ({ ok: false, error: { code, message } });

/**
 * Builds `window.kp` over ipcRenderer. Only contract channels and events pass; the raw
 * ipcRenderer and its event objects (whose `sender` is ipcRenderer itself) never reach the page.
 *
 * Main may push an event (a file named on the command line) before React has subscribed, so
 * each event name's early arrivals are held and handed to its first subscriber.
 */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on'>): Bridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const held = new Map<string, unknown[]>();

  for (const name of EVENT_NAMES) {
    listeners.set(name, new Set());
    ipc.on(name, (_event: IpcRendererEvent, payload: unknown) => {
      const subscribers = listeners.get(name);
      if (subscribers && subscribers.size > 0) {
        for (const listener of [...subscribers]) listener(payload);
      } else {
        const queue = held.get(name) ?? [];
        if (queue.length < MAX_HELD) queue.push(payload);
        held.set(name, queue);
      }
    });
  }

  const invoke = async (channel: string, request: unknown) => {
    if (typeof channel !== 'string' || !channelSet.has(channel)) return failure('invalid-request', 'unknown channel');
    try {
      return await ipc.invoke(channel, request);
    } catch {
      // Only a missing handler or a torn-down window gets here; main answers everything else.
      return failure('unexpected', `${channel} could not be reached`);
    }
  };

  const on = (event: string, listener: (payload: unknown) => void) => {
    if (typeof event !== 'string' || !eventSet.has(event)) throw new TypeError(`unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const subscribers = listeners.get(event)!;
    subscribers.add(listener);
    const early = held.get(event);
    if (early && early.length > 0) {
      held.delete(event);
      queueMicrotask(() => early.forEach((payload) => listener(payload)));
    }
    return () => {
      subscribers.delete(listener);
    };
  };

  return { invoke, on } as Bridge;
}

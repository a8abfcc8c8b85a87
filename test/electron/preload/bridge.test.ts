import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, events } from '../../../core/ipc/contract';
import type { Bridge } from '../../../core/ipc/bridge';
import { CHANNELS, EVENT_NAMES } from '../../../electron/preload/api';
import { createBridge } from '../../../electron/preload/bridge';

const exposed = vi.hoisted(() => ({ calls: [] as Array<[string, unknown]> }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.calls.push([key, api]) },
    ipcRenderer: Object.assign(new Emitter(), { invoke: async () => ({ ok: true, value: {} }) }),
  };
});

/** A stand-in ipcRenderer: records invokes, and lets tests push events from "main". */
function fakeIpc(answer: (channel: string, req: unknown) => Promise<unknown> = async () => ({ ok: true, value: {} })) {
  const emitter = new EventEmitter();
  const invoke = vi.fn(answer);
  const ipc = { invoke, on: emitter.on.bind(emitter) } as unknown as Parameters<typeof createBridge>[0];
  const push = (name: string, payload: unknown) => emitter.emit(name, { sender: 'ipcRenderer itself' }, payload);
  return { ipc, invoke, push };
}

let ipc: ReturnType<typeof fakeIpc>;
let kp: Bridge;
beforeEach(() => {
  ipc = fakeIpc();
  kp = createBridge(ipc.ipc);
});

describe('the preload', () => {
  it('exposes exactly window.kp = { invoke, on } and nothing else', async () => {
    await import('../../../electron/preload/index');
    expect(exposed.calls).toHaveLength(1);
    const [key, api] = exposed.calls[0]!;
    expect(key).toBe('kp');
    expect(Object.keys(api as object).sort()).toEqual(['invoke', 'on']);
  });

  it('knows exactly the contract’s channels and events', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });

  it('is the bridge the renderer is written against', () => {
    const asRendererSees: Bridge = kp;
    expect(typeof asRendererSees.invoke).toBe('function');
  });
});

describe('invoke', () => {
  it('forwards a contract channel and its request to main and returns main’s Result', async () => {
    ipc.invoke.mockResolvedValueOnce({ ok: true, value: { uiLanguage: 'en' } });
    expect(await kp.invoke('settings:get', {})).toEqual({ ok: true, value: { uiLanguage: 'en' } });
    expect(ipc.invoke).toHaveBeenCalledWith('settings:get', {});
  });

  it('refuses a channel outside the contract without reaching main', async () => {
    const anyKp = kp as unknown as { invoke(c: unknown, r: unknown): Promise<unknown> };
    for (const channel of ['shell:openExternal', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'toString', 42, null]) {
      expect(await anyKp.invoke(channel, {})).toEqual({ ok: false, error: { code: 'invalid-request', message: 'unknown channel' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns a transport failure into an error value instead of a rejected promise', async () => {
    ipc.invoke.mockRejectedValueOnce(new Error("No handler registered for 'draft:open'"));
    expect(await kp.invoke('draft:open', { path: '/a.kpdraft' })).toMatchObject({ ok: false, error: { code: 'unexpected' } });
  });
});

describe('on', () => {
  it('delivers the payload only — never ipcRenderer’s event object — and unsubscribes', () => {
    const listener = vi.fn();
    const off = kp.on('menu:action', listener);
    ipc.push('menu:action', { action: 'draft.save' });
    expect(listener).toHaveBeenCalledWith({ action: 'draft.save' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    ipc.push('menu:action', { action: 'draft.open' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('refuses event names outside the contract', () => {
    const anyKp = kp as unknown as { on(e: unknown, l: unknown): unknown };
    expect(() => anyKp.on('ELECTRON_RENDERER_WINDOW_OPEN', () => {})).toThrow(/unknown event/);
    expect(() => anyKp.on('menu:action', 'not a function')).toThrow(/function/);
  });

  it('holds events that arrive before the UI subscribes and hands them to the first subscriber', async () => {
    ipc.push('app:open-file', { path: '/home/u/start.kpdraft' });
    const listener = vi.fn();
    kp.on('app:open-file', listener);
    await Promise.resolve();
    expect(listener).toHaveBeenCalledWith({ path: '/home/u/start.kpdraft' });
    const late = vi.fn();
    kp.on('app:open-file', late);
    await Promise.resolve();
    expect(late).not.toHaveBeenCalled();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { contract } from '../../../core/ipc/contract';
import type { Handlers } from '../../../core/ipc/dispatch';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { registerIpc } from '../../../electron/main/ipc';
import { invokeEvent, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

const dir = mkdtempSync(join(tmpdir(), 'kp-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ours = { id: 1 };
const stranger = { id: 2 };

function setup(extra: Partial<Handlers> = {}) {
  const kv = new Map<string, unknown>();
  const services = createServiceHandlers({
    store: new AppStore({ get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) }),
    mode: 'electron',
    version: '0.1.0',
    draftsDir: dir,
    userDataDir: dir,
  });
  const onBug = vi.fn();
  const onStart = vi.fn();
  const onEnd = vi.fn();
  const unregister = registerIpc({
    isOurWindow: (sender) => sender.id === ours.id,
    handlersFor: () => ({ ...services, ...extra }),
    onBug,
    onStart,
    onEnd,
  });
  const call = (channel: string, request: unknown, event = invokeEvent(ours)) => {
    const handler = fake.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, request) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  };
  return { call, onBug, onStart, onEnd, unregister, kv };
}

beforeEach(() => fake.ipcMain.handlers.clear());

describe('IPC registration', () => {
  it('registers every channel of the contract, and removes them again', () => {
    const { unregister } = setup();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(contract).sort());
    unregister();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('rejects a request from a page that is not the app, with a forbidden error and no side effect', async () => {
    const spy = vi.fn();
    const { call, onStart } = setup({ 'settings:set': spy });
    for (const event of [
      invokeEvent(ours, 'https://evil.example/index.html'),
      invokeEvent(ours, 'file:///home/u/page.html'),
      invokeEvent(ours, 'app://other-host/index.html'),
      invokeEvent(stranger, 'app://kp/index.html'),
      invokeEvent(ours, 'app://kp/index.html', { url: 'app://kp/index.html' }), // a subframe
      { sender: ours, senderFrame: null },
    ]) {
      const r = await call('settings:set', { uiLanguage: 'en' }, event as ReturnType<typeof invokeEvent>);
      expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('settings:set') } });
    }
    expect(spy).not.toHaveBeenCalled();
    expect(onStart).not.toHaveBeenCalled();
  });

  it('rejects malformed payloads with invalid-request before any handler runs', async () => {
    const open = vi.fn();
    const { call } = setup({ 'draft:open': open });
    for (const bad of [undefined, null, 'x', { path: 42 }, { path: '' }, { path: '/a.kpdraft', extra: true }]) {
      const r = await call('draft:open', bad);
      expect(r.ok).toBe(false);
      expect(r.error?.code).toBe('invalid-request');
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('passes valid requests to the shared service handlers and returns their Result', async () => {
    const { call, kv } = setup();
    const set = await call('settings:set', { uiLanguage: 'en' });
    expect(set).toMatchObject({ ok: true, value: { uiLanguage: 'en' } });
    expect(kv.get('settings')).toMatchObject({ uiLanguage: 'en' });

    const created = await call('draft:new', {});
    expect(created.ok).toBe(true);
    const draft = (created.value as { draft: unknown }).draft;
    const path = join(dir, 'roundtrip.kpdraft');
    expect(await call('draft:save', { path, draft })).toMatchObject({ ok: true, value: { path } });
    const reopened = await call('draft:open', { path });
    expect(reopened).toMatchObject({ ok: true, value: { path, draft } });
    expect(await call('recent:list', {})).toMatchObject({ ok: true, value: [{ path }] });
  });

  it('answers a missing file with a coded error value, not an exception', async () => {
    const { call } = setup();
    const r = await call('draft:open', { path: join(dir, 'missing.kpdraft') });
    expect(r).toMatchObject({ ok: false, error: { code: 'file-not-found' } });
  });

  it('turns a handler bug into an unexpected error value and reports it', async () => {
    const boom = new Error('boom');
    const { call, onBug } = setup({
      'settings:get': async () => {
        throw boom;
      },
    });
    expect(await call('settings:get', {})).toMatchObject({ ok: false, error: { code: 'unexpected' } });
    expect(onBug).toHaveBeenCalledWith(boom);
  });

  it('tells observers when an accepted request starts and how it ended', async () => {
    const { call, onStart, onEnd } = setup();
    await call('draft:open', { path: join(dir, 'missing.kpdraft') });
    expect(onStart).toHaveBeenCalledWith(ours, 'draft:open');
    expect(onEnd).toHaveBeenCalledWith(ours, 'draft:open', expect.objectContaining({ ok: false }));
  });
});

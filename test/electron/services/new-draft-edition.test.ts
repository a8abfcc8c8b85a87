import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-new-edition-')));
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

function handlers() {
  const kv = new Map<string, unknown>();
  const store = new AppStore({ get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) });
  return { store, h: createServiceHandlers({ store, mode: 'web', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') }) };
}

const editionOf = async (h: ReturnType<typeof handlers>['h'], req: Record<string, unknown> = {}) => {
  const r = await dispatch(h, 'draft:new', req);
  return r.ok ? (r.value as { draft: { editionId: string; submissionDate: string | null } }).draft : null;
};

describe('a new draft asked for without an edition', () => {
  it('gets the edition in force today, or on its planned submission date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 10, 0));
    const { h } = handlers();
    expect((await editionOf(h))?.editionId).toBe('icld-kp-2023');
    const planned = await editionOf(h, { submissionDate: '2021-09-20' });
    expect(planned).toMatchObject({ editionId: 'icld-kp-2020', submissionDate: '2021-09-20' });
    vi.setSystemTime(new Date(2022, 5, 1, 10, 0));
    expect((await editionOf(h))?.editionId).toBe('icld-kp-2020');
  });

  it('gets the fixed edition the settings name, and refuses a setting that is no edition', async () => {
    const { store, h } = handlers();
    expect(store.getSettings().defaultEdition).toBe('in-force');
    store.setSettings({ defaultEdition: 'icld-kp-2016' });
    expect((await editionOf(h))?.editionId).toBe('icld-kp-2016');
    expect(() => store.setSettings({ defaultEdition: 'newest' })).toThrow();
    expect(store.getSettings().defaultEdition).toBe('icld-kp-2016');
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { createWebHandlers } from '../../../electron/services/web/web-handlers';
import { tempFolder, memoryStore } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-review-copy-'));
});
afterEach(() => cleanup());

const naming = { title: 'Unga röster', reviewer: 'Greta Ek', label: 'granskning' };

describe('review:copy-path (where a reviewer’s save goes)', () => {
  it('names a new copy beside the opened file, numbered past the copies that exist', async () => {
    const h = createServiceHandlers({ store: new AppStore(memoryStore()), mode: 'electron', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });
    const original = join(dir, 'ansokan.kpdraft');
    writeFileSync(original, '{}');
    expect(await dispatch(h, 'review:copy-path', { path: original, ...naming })).toEqual({
      ok: true, value: { path: join(dir, 'Unga röster – granskning Greta Ek.kpdraft'), isNew: true },
    });
    writeFileSync(join(dir, 'Unga röster – granskning Greta Ek.kpdraft'), '{}');
    expect(await dispatch(h, 'review:copy-path', { path: original, ...naming })).toEqual({
      ok: true, value: { path: join(dir, 'Unga röster – granskning Greta Ek (2).kpdraft'), isNew: true },
    });
  });

  it('saves the reviewer’s own copy in place when that is the open file', async () => {
    const h = createServiceHandlers({ store: new AppStore(memoryStore()), mode: 'electron', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });
    const copy = join(dir, 'Unga röster – granskning Greta Ek (2).kpdraft');
    writeFileSync(copy, '{}');
    expect(await dispatch(h, 'review:copy-path', { path: copy, ...naming })).toEqual({ ok: true, value: { path: copy, isNew: false } });
  });

  it('in browser mode, only for files in the drafts folder or a recent file’s folder', async () => {
    const drafts = join(dir, 'drafts');
    mkdirSync(drafts);
    const h = createWebHandlers({ store: new AppStore(memoryStore()), version: 't', draftsDir: drafts, userDataDir: join(dir, 'u') });
    expect((await dispatch(h, 'review:copy-path', { path: join(drafts, 'a.kpdraft'), ...naming })).ok).toBe(true);
    expect(await dispatch(h, 'review:copy-path', { path: join(dir, 'a.kpdraft'), ...naming })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

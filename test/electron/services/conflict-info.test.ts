import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  ({ dir, cleanup } = await tempFolder('kp-conflict-info-'));
});
afterEach(() => cleanup());

const deps = () => ({ store: new AppStore(memoryStore()), version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });

describe('draft:conflict-info (what the conflict dialog tells the user)', () => {
  it('names the first numbered copy that nothing on disk has: past earlier copies, and past a folder of that name', async () => {
    const h = createServiceHandlers({ ...deps(), mode: 'electron' });
    const file = join(dir, 'Ansökan.kpdraft');
    writeFileSync(file, '{}');
    expect(await dispatch(h, 'draft:conflict-info', { path: file })).toEqual({ ok: true, value: { path: join(dir, 'Ansökan (2).kpdraft'), gone: false } });
    writeFileSync(join(dir, 'Ansökan (2).kpdraft'), '{}');
    mkdirSync(join(dir, 'Ansökan (3).kpdraft'));
    expect(await dispatch(h, 'draft:conflict-info', { path: file })).toEqual({ ok: true, value: { path: join(dir, 'Ansökan (4).kpdraft'), gone: false } });
  });

  it('says when the file is gone from its place (moved or deleted)', async () => {
    const h = createServiceHandlers({ ...deps(), mode: 'electron' });
    const file = join(dir, 'borta.kpdraft');
    writeFileSync(file, '{}');
    rmSync(file);
    expect(await dispatch(h, 'draft:conflict-info', { path: file })).toMatchObject({ ok: true, value: { gone: true } });
  });

  it('in browser mode, answers only about files in the folders it may use', async () => {
    const h = createWebHandlers(deps());
    const outside = join(dir, '..', 'elsewhere.kpdraft');
    expect(await dispatch(h, 'draft:conflict-info', { path: outside })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(h, 'draft:conflict-info', { path: join(dir, 'a.kpdraft') })).toMatchObject({ ok: true });
  });
});

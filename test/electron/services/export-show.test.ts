import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers, type ShowFile } from '../../../electron/services/handlers';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-export-show-')));
afterEach(() => cleanup());

function handlers(showFile?: ShowFile) {
  const kv = new Map<string, unknown>();
  const store = new AppStore({ get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) });
  return createServiceHandlers({ store, mode: 'web', version: 't', draftsDir: dir, userDataDir: join(dir, 'u'), ...(showFile ? { showFile } : {}) });
}

describe('export:show (after an export: open the document, show its folder)', { timeout: 60_000 }, () => {
  it('opens only a document exported in this run, the way asked', async () => {
    const shown: string[] = [];
    const h = handlers(async (path, how) => (shown.push(`${how} ${path}`), { ok: true, value: {} }));
    const path = join(dir, 'Ansökan.docx');
    const before = await dispatch(h, 'export:show', { path, how: 'open' });
    expect(before).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const draft = generateDraft({ words: 200, budgetLines: 2 });
    expect(await dispatch(h, 'export:docx', { draft, path, allowErrors: true })).toMatchObject({ ok: true });
    expect(await dispatch(h, 'export:show', { path, how: 'open' })).toEqual({ ok: true, value: {} });
    expect(await dispatch(h, 'export:show', { path, how: 'folder' })).toEqual({ ok: true, value: {} });
    expect(await dispatch(h, 'export:show', { path: join(dir, 'annan.docx'), how: 'open' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(h, 'export:show', { path, how: 'print' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(shown).toEqual([`open ${path}`, `folder ${path}`]);
  });

  it('says so where the shell cannot open files', async () => {
    const h = handlers();
    const path = join(dir, 'a.docx');
    await dispatch(h, 'export:docx', { draft: generateDraft({ words: 50 }), path, allowErrors: true });
    expect(await dispatch(h, 'export:show', { path, how: 'open' })).toMatchObject({ ok: false, error: { code: 'not-available' } });
  });
});

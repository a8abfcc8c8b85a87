import { createHash } from 'node:crypto';
import { readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import type { DiskFingerprint } from '../../../core/ipc/contract';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

// A save after another program, window or tab changed the file reports a conflict and writes nothing.

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-conflict-')));
afterEach(() => cleanup());

const titled = (title: string): Draft => ({ ...generateDraft({ words: 300, budgetLines: 2 }), title });
const handlers = () => {
  const kv = new Map<string, unknown>();
  const store = new AppStore({ get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) });
  return createServiceHandlers({ store, mode: 'web', version: 't', draftsDir: dir, userDataDir: join(dir, 'user-data') });
};
type Opened = { ok: true; value: { draft: Draft; fingerprint: DiskFingerprint } };
const backupsOf = async () => (await readdir(join(dir, 'user-data'), { recursive: true }).catch(() => [] as string[])).filter((n) => n.endsWith('.kpdraft'));

describe('saving over a file that changed on disk', () => {
  it('opening returns the fingerprint of the bytes that were read', async () => {
    const path = join(dir, 'a.kpdraft');
    const text = serializeDraft(titled('Öppnad'));
    await writeFile(path, text);
    const r = (await dispatch(handlers(), 'draft:open', { path })) as Opened;
    expect(r.value.fingerprint).toMatchObject({ size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') });
  });

  it('reports a conflict and leaves the other program\'s change byte for byte, with no backup taken', async () => {
    const h = handlers();
    const path = join(dir, 'a.kpdraft');
    await writeFile(path, serializeDraft(titled('Original')));
    const opened = (await dispatch(h, 'draft:open', { path })) as Opened;
    const theirs = serializeDraft(titled('Ändrad i ett annat program'));
    await writeFile(path, theirs);

    const r = await dispatch(h, 'draft:save', { path, draft: titled('Min version'), expected: opened.value.fingerprint });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', path } });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect(await backupsOf()).toEqual([]);
  });

  it('treats a file deleted meanwhile as a change, and does not recreate it unasked', async () => {
    const h = handlers();
    const path = join(dir, 'a.kpdraft');
    await writeFile(path, serializeDraft(titled('Original')));
    const opened = (await dispatch(h, 'draft:open', { path })) as Opened;
    await rm(path);
    expect(await dispatch(h, 'draft:save', { path, draft: titled('Min'), expected: opened.value.fingerprint })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await readdir(dir)).not.toContain('a.kpdraft');
  });

  it('saves when only the time changed, and each save hands back the fingerprint the next one expects', async () => {
    const h = handlers();
    const path = join(dir, 'a.kpdraft');
    await writeFile(path, serializeDraft(titled('Original')));
    const opened = (await dispatch(h, 'draft:open', { path })) as Opened;
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later); // a backup program touched it; the content is the same
    const first = await dispatch(h, 'draft:save', { path, draft: titled('Ett'), expected: opened.value.fingerprint });
    expect(first).toMatchObject({ ok: true });
    const fingerprint = (first as { value: { fingerprint: DiskFingerprint } }).value.fingerprint;
    expect(fingerprint.sha256).toBe(createHash('sha256').update(await readFile(path)).digest('hex'));
    expect(await dispatch(h, 'draft:save', { path, draft: titled('Två'), expected: fingerprint })).toMatchObject({ ok: true });
    expect(await dispatch(h, 'draft:save', { path, draft: titled('Tre'), expected: opened.value.fingerprint })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('sees the save of a second window or tab on the same file', async () => {
    const h = handlers();
    const path = join(dir, 'delad.kpdraft');
    await writeFile(path, serializeDraft(titled('Original')));
    const windowA = (await dispatch(h, 'draft:open', { path })) as Opened;
    const windowB = (await dispatch(h, 'draft:open', { path })) as Opened;
    expect(await dispatch(h, 'draft:save', { path, draft: titled('Från A'), expected: windowA.value.fingerprint })).toMatchObject({ ok: true });
    expect(await dispatch(h, 'draft:save', { path, draft: titled('Från B'), expected: windowB.value.fingerprint })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.parse(await readFile(path, 'utf8')).draft.title).toBe('Från A');
  });

  it('a new file (expected null) is not written over a file that appeared with that name', async () => {
    const h = handlers();
    const path = join(dir, 'ny.kpdraft');
    expect(await dispatch(h, 'draft:save', { path, draft: titled('Först'), expected: null })).toMatchObject({ ok: true });
    expect(await dispatch(h, 'draft:save', { path, draft: titled('Sedan'), expected: null })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.parse(await readFile(path, 'utf8')).draft.title).toBe('Först');
  });

  it('overwrites when the user chose to, keeping the replaced version as a backup', async () => {
    const h = handlers();
    const path = join(dir, 'a.kpdraft');
    await writeFile(path, serializeDraft(titled('Original')));
    const opened = (await dispatch(h, 'draft:open', { path })) as Opened;
    await writeFile(path, serializeDraft(titled('Ändrad utifrån')));
    const r = await dispatch(h, 'draft:save', { path, draft: titled('Min'), expected: opened.value.fingerprint, overwrite: true });
    expect(r).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(path, 'utf8')).draft.title).toBe('Min');
    expect(await backupsOf()).toHaveLength(1);
  });
});

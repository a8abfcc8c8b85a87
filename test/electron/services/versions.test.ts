import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftWords } from '../../../core/draft/version-diff';
import type { Draft } from '../../../core/draft/schema';
import type { VersionEntry } from '../../../core/ipc/contract';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore, type KeyValueStore } from '../../../electron/services/app-store';
import { listBackups } from '../../../electron/services/backups';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { createRecoveryArea } from '../../../electron/services/recovery';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
let userData: string;
let docs: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-versions-'));
  userData = join(dir, 'userData');
  docs = join(dir, 'Dokument');
  await mkdir(docs);
});
afterEach(async () => cleanup());

const handlers = () => {
  const kv = new Map<string, unknown>();
  const store: KeyValueStore = { get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) };
  return createServiceHandlers({ store: new AppStore(store), mode: 'web', version: 't', draftsDir: docs, userDataDir: userData });
};
const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];
/** Version n of one draft: the challenge section holds n sentences, and n budget lines. */
const version = (n: number): Draft => {
  const d = generateDraft({ words: 100, budgetLines: 5, seed: 1 });
  return { ...d, title: `Version ${n}`, budget: d.budget.slice(0, n), sections: { ...d.sections, challenge: para(Array.from({ length: n }, (_, i) => `Mening nummer ${i + 1}.`).join(' ')) } };
};
const value = <T>(r: { ok: boolean; value?: unknown }): T => {
  expect(r).toMatchObject({ ok: true });
  return r.value as T;
};

describe('versions of an open draft', () => {
  it('lists the backups newest first with time, size, words and what changed since, by opaque ids that load them', async () => {
    const h = handlers();
    const path = join(docs, 'Ansökan.kpdraft');
    for (const n of [1, 2, 3]) value(await dispatch(h, 'draft:save', { path, draft: version(n) }));
    const current = version(4);
    const { entries } = value<{ entries: VersionEntry[] }>(await dispatch(h, 'versions:list', { path, draftId: current.id, current }));

    expect(entries.map((e) => e.kind)).toEqual(['backup', 'backup']);
    const backups = await listBackups(userData, path);
    expect(entries.map((e) => e.takenAt)).toEqual(backups.map((b) => b.takenAt));
    expect(entries.map((e) => e.words)).toEqual([draftWords(version(2)), draftWords(version(1))]);
    expect(entries[0]!.sizeBytes).toBe((await readFile(backups[0]!.path)).byteLength);
    // Version 2 → the open draft (version 4): six more words in the challenge, two more budget lines.
    expect(entries[0]!.changes).toMatchObject({ title: true, sections: [{ id: 'challenge', words: 6 }], budget: { delta: 2, changed: true } });
    expect(entries[1]!.changes).toMatchObject({ sections: [{ id: 'challenge', words: 3 }], budget: { delta: 1 } });
    // The ids name no file.
    for (const e of entries) expect(e.id).not.toContain(docs);

    // Another window's unsaved work on the file stands beside the history, compared with the open draft;
    // the backups still compare with each other.
    value(await createRecoveryArea(userData).save('annat-fonster', path, { ...version(3), title: 'Annat fönster' }));
    const withCopy = value<{ entries: VersionEntry[] }>(await dispatch(h, 'versions:list', { path, draftId: current.id, current }));
    expect(withCopy.entries.map((e) => e.kind)).toEqual(['recovery', 'backup', 'backup']);
    expect(withCopy.entries[0]!.changes).toMatchObject({ title: true, sections: [{ id: 'challenge', words: 3 }] });
    expect(withCopy.entries[1]!.changes).toEqual(entries[0]!.changes);

    const older = value<{ draft: Draft }>(await dispatch(h, 'versions:load', { id: entries[1]!.id }));
    expect(older.draft.title).toBe('Version 1');
  });

  it('loads only ids it handed out, never a path', async () => {
    const h = handlers();
    const path = join(docs, 'Ansökan.kpdraft');
    for (const n of [1, 2]) value(await dispatch(h, 'draft:save', { path, draft: version(n) }));
    const [backup] = await listBackups(userData, path);
    expect(await dispatch(h, 'versions:load', { id: backup!.path })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(h, 'versions:load', { id: `v${'0'.repeat(32)}` })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    // Ids are per service instance: another window's handler set cannot use them either.
    const { entries } = value<{ entries: VersionEntry[] }>(await dispatch(h, 'versions:list', { path, draftId: 'x', current: version(3) }));
    expect(await dispatch(handlers(), 'versions:load', { id: entries[0]!.id })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('lists an unreadable backup as such, and the newest readable backup skips it', async () => {
    const h = handlers();
    const path = join(docs, 'Ansökan.kpdraft');
    for (const n of [1, 2, 3]) value(await dispatch(h, 'draft:save', { path, draft: version(n) }));
    const [newest] = await listBackups(userData, path);
    await writeFile(newest!.path, '{"format":"kp-drafter/draft","version":2,"draft":{');
    const { entries } = value<{ entries: VersionEntry[] }>(await dispatch(h, 'versions:list', { path, draftId: 'x', current: version(3) }));
    expect(entries[0]).toMatchObject({ readable: false, problem: 'file-corrupt', words: 0 });
    expect(entries[0]!.changes).toBeUndefined();
    // The readable one is compared with the open draft, the nearest readable newer version.
    expect(entries[1]).toMatchObject({ readable: true, changes: { sections: [{ id: 'challenge', words: 6 }] } });

    const { entry } = value<{ entry: VersionEntry | null }>(await dispatch(h, 'versions:newest-readable', { path }));
    expect(entry).toMatchObject({ takenAt: entries[1]!.takenAt, readable: true });
    const loaded = value<{ draft: Draft }>(await dispatch(h, 'versions:load', { id: entry!.id }));
    expect(loaded.draft.title).toBe('Version 1');
  });

  it('has nothing to offer for a file never saved over', async () => {
    const h = handlers();
    const path = join(docs, 'Ny.kpdraft');
    value(await dispatch(h, 'draft:save', { path, draft: version(1) }));
    expect(value(await dispatch(h, 'versions:list', { path, draftId: 'x', current: version(1) }))).toEqual({ entries: [] });
    expect(value(await dispatch(h, 'versions:newest-readable', { path }))).toEqual({ entry: null });
  });

  it('includes the recovery copies of this file, or of this unsaved draft, and no others', async () => {
    const h = handlers();
    const recovery = createRecoveryArea(userData);
    const path = join(docs, 'Ansökan.kpdraft');
    const mine = version(2);
    const unsaved = { ...version(1), id: 'osparad-1' };
    value(await recovery.save('k1', path, mine));
    value(await recovery.save('k2', join(docs, 'Annan.kpdraft'), version(3)));
    value(await recovery.save('k3', null, unsaved));
    value(await recovery.save('k4', null, { ...version(1), id: 'osparad-2' }));

    const forFile = value<{ entries: VersionEntry[] }>(await dispatch(h, 'versions:list', { path, draftId: mine.id, current: version(3) }));
    expect(forFile.entries).toHaveLength(1);
    expect(forFile.entries[0]).toMatchObject({ kind: 'recovery', words: draftWords(mine), readable: true });
    expect(value<{ draft: Draft }>(await dispatch(h, 'versions:load', { id: forFile.entries[0]!.id })).draft.title).toBe('Version 2');

    const openNow = { ...unsaved, title: 'Ändrad sedan' };
    const forUnsaved = value<{ entries: VersionEntry[] }>(await dispatch(h, 'versions:list', { path: null, draftId: 'osparad-1', current: openNow }));
    expect(forUnsaved.entries).toHaveLength(1);
    expect(forUnsaved.entries[0]!.changes).toMatchObject({ title: true, sections: [] });
    // A copy holding just what is open (the window's own autosave) is not listed as another version.
    const same = value<{ entries: VersionEntry[] }>(await dispatch(h, 'versions:list', { path: null, draftId: 'osparad-1', current: unsaved }));
    expect(same.entries).toEqual([]);
  });
});

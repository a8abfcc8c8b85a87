import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore, type KeyValueStore } from '../../../electron/services/app-store';
import { backupFolderFor, keepBackup, listBackups } from '../../../electron/services/backups';
import { readDraftFile, writeDraftFile } from '../../../electron/services/draft-files';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
let userData: string;
let docs: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-backups-'));
  userData = join(dir, 'userData');
  docs = join(dir, 'Dokument');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(docs);
});
afterEach(async () => cleanup());

const version = (n: number): Draft => ({ ...generateDraft({ words: 200 }), title: `Version ${n}` });
const backupTitles = async (path: string) =>
  Promise.all((await listBackups(userData, path)).map(async (b) => (JSON.parse(await readFile(b.path, 'utf8')) as { draft: Draft }).draft.title));

describe('backups of earlier versions', () => {
  it('keeps the last N versions (N from settings) in the recovery area, newest first', async () => {
    const kv = new Map<string, unknown>();
    const store: KeyValueStore = { get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) };
    const h = createServiceHandlers({ store: new AppStore(store), mode: 'web', version: 't', draftsDir: docs, userDataDir: userData });
    await dispatch(h, 'settings:set', { backupCount: 2 });
    const path = join(docs, 'Ansökan.kpdraft');
    for (let n = 1; n <= 4; n++) expect(await dispatch(h, 'draft:save', { path, draft: version(n) })).toMatchObject({ ok: true });
    expect(await backupTitles(path)).toEqual(['Version 3', 'Version 2']);
    expect(await readdir(docs)).toEqual(['Ansökan.kpdraft']); // nothing added next to the user's file
    expect(backupFolderFor(userData, path).startsWith(join(userData, 'recovery', 'backups'))).toBe(true);
    const [newest] = await listBackups(userData, path);
    expect(await readFile(newest!.path, 'utf8')).toBe(serializeDraft(version(3)));
  });

  it('does not pile up identical copies when the same content is saved again', async () => {
    const path = join(docs, 'a.kpdraft');
    const opts = { backups: { userDataDir: userData, keep: 5 } };
    await writeDraftFile(path, version(1), opts);
    for (let i = 0; i < 3; i++) await writeDraftFile(path, version(1), opts);
    await writeDraftFile(path, version(2), opts);
    expect(await backupTitles(path)).toEqual(['Version 1']);
  });

  it('keeps an older-format file byte for byte before it is saved in the new format', async () => {
    const path = join(docs, 'gammal.kpdraft');
    const fixture = join(__dirname, '../../fixtures/drafts/versions/uppsala-mombasa.v1.kpdraft');
    await copyFile(fixture, path);
    const opened = await readDraftFile(path);
    expect(opened.ok).toBe(true);
    await writeDraftFile(path, (opened as { value: Draft }).value, { backups: { userDataDir: userData, keep: 3 } });
    const [backup] = await listBackups(userData, path);
    expect(await readFile(backup!.path)).toEqual(await readFile(fixture));
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ version: CURRENT_VERSION });
  });

  it('makes none when N is 0, and a failed backup never blocks the save', async () => {
    const path = join(docs, 'a.kpdraft');
    await writeDraftFile(path, version(1));
    await writeDraftFile(path, version(2), { backups: { userDataDir: userData, keep: 0 } });
    expect(await listBackups(userData, path)).toEqual([]);
    await writeFile(userData, 'a file where the folder should be');
    expect(await writeDraftFile(path, version(3), { backups: { userDataDir: userData, keep: 3 } })).toMatchObject({ ok: true });
    expect((await readDraftFile(path)).ok && ((await readDraftFile(path)) as { value: Draft }).value.title).toBe('Version 3');
  });

  it('names backups by time and keeps two taken in the same millisecond apart', async () => {
    const path = join(docs, 'a.kpdraft');
    const at = new Date('2026-03-01T09:08:07.006Z');
    await writeFile(path, 'one');
    await keepBackup(userData, path, 5, at);
    await writeFile(path, 'two');
    await keepBackup(userData, path, 5, at);
    const list = await listBackups(userData, path);
    expect(list.map((b) => b.takenAt)).toEqual(['2026-03-01T09:08:07.006Z', '2026-03-01T09:08:07.006Z']);
    expect(await Promise.all(list.map((b) => readFile(b.path, 'utf8')))).toEqual(['two', 'one']);
  });
});

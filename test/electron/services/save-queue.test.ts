import { mkdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore, type KeyValueStore } from '../../../electron/services/app-store';
import { listBackups } from '../../../electron/services/backups';
import { writeDraftFile } from '../../../electron/services/draft-files';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
let userData: string;
let docs: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-save-queue-'));
  userData = join(dir, 'userData');
  docs = join(dir, 'Dokument');
  await mkdir(docs);
});
afterEach(async () => cleanup());

const base = generateDraft({ words: 300, budgetLines: 4 });
const version = (n: number): Draft => ({ ...base, title: `Version ${n}` });
const titleIn = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as { draft: Draft }).draft.title;

describe('one save at a time per file', { timeout: 180_000 }, () => {
  it('200 parallel saves of one file: the file holds the last one issued, the backups are N distinct earlier versions', async () => {
    const kv = new Map<string, unknown>();
    const store: KeyValueStore = { get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) };
    const h = createServiceHandlers({ store: new AppStore(store), mode: 'web', version: 't', draftsDir: docs, userDataDir: userData });
    const keep = 5;
    await dispatch(h, 'settings:set', { backupCount: keep });
    const path = join(docs, 'Ansökan.kpdraft');
    expect(await dispatch(h, 'draft:save', { path, draft: version(0) })).toMatchObject({ ok: true });
    const results = await Promise.all(Array.from({ length: 200 }, (_, n) => dispatch(h, 'draft:save', { path, draft: version(n + 1) })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(serializeDraft(version(200)));
    const backups = await Promise.all((await listBackups(userData, path)).map((b) => titleIn(b.path)));
    expect(backups).toEqual(['Version 199', 'Version 198', 'Version 197', 'Version 196', 'Version 195']);
  });

  it('saves through a link to the file wait for saves under its real name', async () => {
    const path = join(docs, 'a.kpdraft');
    await writeDraftFile(path, version(0));
    await symlink(path, join(docs, 'link.kpdraft'));
    const backups = { userDataDir: userData, keep: 50 };
    const saves = Array.from({ length: 40 }, (_, n) => writeDraftFile(join(docs, n % 2 ? 'link.kpdraft' : 'a.kpdraft'), version(n + 1), { backups }));
    expect((await Promise.all(saves)).every((r) => r.ok)).toBe(true);
    // Each backup is the version its save replaced, never a repeat: every save saw the one before end.
    const titles = await Promise.all((await listBackups(userData, path)).map((b) => titleIn(b.path)));
    const linkTitles = await Promise.all((await listBackups(userData, join(docs, 'link.kpdraft'))).map((b) => titleIn(b.path)));
    const all = [...titles, ...linkTitles];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(40);
  });

  it('a precondition runs in turn: it sees the previous save on disk, and its refusal writes nothing', async () => {
    const path = join(docs, 'a.kpdraft');
    await writeDraftFile(path, version(0));
    const seen: string[] = [];
    const saves = Array.from({ length: 20 }, (_, n) =>
      writeDraftFile(path, version(n + 1), {
        precondition: async () => {
          seen.push(await titleIn(path));
          return n === 19 ? { ok: false, error: { code: 'write-failed', message: 'refused by the check' } } : { ok: true, value: undefined };
        },
      }),
    );
    const results = await Promise.all(saves);
    expect(results.map((r) => r.ok)).toEqual([...Array.from({ length: 19 }, () => true), false]);
    expect(seen).toEqual(Array.from({ length: 20 }, (_, n) => `Version ${n}`));
    expect(await titleIn(path)).toBe('Version 19');
  });
});

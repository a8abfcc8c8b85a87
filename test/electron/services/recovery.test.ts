import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore, type KeyValueStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { createRecoveryArea } from '../../../electron/services/recovery';
import { generateDraft } from '../../helpers/generate-draft';
import { recoveryKeyFor } from '../../../renderer/actions/recovery-key';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-recovery-')));
afterEach(async () => cleanup());

const draft = (title: string): Draft => ({ ...generateDraft({ words: 500, budgetLines: 3 }), title });
const clock = (...isoTimes: string[]) => {
  let i = 0;
  return () => new Date(isoTimes[Math.min(i++, isoTimes.length - 1)]!);
};

describe('recovery area', () => {
  it('keeps unsaved work under <userData>/recovery and gives it back exactly', async () => {
    const area = createRecoveryArea(dir, clock('2026-03-01T10:00:00.000Z'));
    const d = draft('Ansökan 2026 – “utkast” ✓');
    expect(await area.save('w1', '/home/anna/Ansökan.kpdraft', d)).toEqual({ ok: true, value: { savedAt: '2026-03-01T10:00:00.000Z' } });
    expect(await readdir(join(dir, 'recovery'))).toEqual(['w1.json']);
    expect(await area.list()).toEqual({
      ok: true,
      value: [{ key: 'w1', title: 'Ansökan 2026 – “utkast” ✓', path: '/home/anna/Ansökan.kpdraft', savedAt: '2026-03-01T10:00:00.000Z' }],
    });
    expect(await area.load('w1')).toEqual({ ok: true, value: { draft: d, path: '/home/anna/Ansökan.kpdraft' } });
  });

  it('remembers a copy set aside on purpose, and reads copies written before the reason was kept as unsaved work', async () => {
    const area = createRecoveryArea(dir, clock('2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z'));
    await area.save('undan', '/x/a.kpdraft', draft('Lagd undan'), null, 'set-aside');
    await area.save('w1', '/x/a.kpdraft', draft('Osparad'));
    // A copy from before: no reason field at all.
    const older = JSON.parse(await readFile(join(dir, 'recovery', 'w1.json'), 'utf8'));
    expect('reason' in older).toBe(false);
    const listed = await area.list();
    expect(listed).toMatchObject({ ok: true, value: [{ key: 'w1', title: 'Osparad' }, { key: 'undan', title: 'Lagd undan', reason: 'set-aside' }] });
    expect((listed as { value: Array<{ reason?: string }> }).value[0]!.reason).toBeUndefined();
    expect(await area.load('undan')).toMatchObject({ ok: true, value: { draft: { title: 'Lagd undan' } } });
  });

  it('never writes to the user\'s own file', async () => {
    const own = join(dir, 'Ansökan.kpdraft');
    const before = serializeDraft(draft('sparad'));
    await writeFile(own, before);
    const area = createRecoveryArea(dir);
    await area.save('w1', own, draft('osparad ändring'));
    await area.save('w1', own, draft('ännu en ändring'));
    expect(await readFile(own, 'utf8')).toBe(before);
    expect((await area.load('w1')).ok && (await area.load('w1'))).toMatchObject({ value: { draft: { title: 'ännu en ändring' } } });
  });

  it('lists several drafts newest first, and forgets a discarded one', async () => {
    const area = createRecoveryArea(dir, clock('2026-03-01T10:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-01T11:00:00.000Z'));
    await area.save('a', null, draft('A'));
    await area.save('b', '/x/b.kpdraft', draft('B'));
    await area.save('c', null, draft('C'));
    const titles = async () => ((await area.list()) as { value: Array<{ title: string }> }).value.map((e) => e.title);
    expect(await titles()).toEqual(['B', 'C', 'A']);
    expect(await area.discard('b')).toEqual({ ok: true, value: {} });
    expect(await area.discard('b')).toEqual({ ok: true, value: {} }); // already gone is fine
    expect(await titles()).toEqual(['C', 'A']);
    expect(await area.load('b')).toMatchObject({ ok: false, error: { code: 'file-not-found' } });
  });

  it('lists damaged or newer copies marked unreadable, with the reason, and keeps them on disk', async () => {
    const area = createRecoveryArea(dir);
    await area.save('good', null, draft('Bra'));
    const folder = join(dir, 'recovery');
    await writeFile(join(folder, 'damaged.json'), '{"format":"kp-drafter/recovery","version":1,"ke');
    await writeFile(join(folder, 'newer.json'), JSON.stringify({ format: 'kp-drafter/recovery', version: 9 }));
    await writeFile(join(folder, 'notes.txt'), 'x');
    await mkdir(join(folder, 'backups'));
    const list = (await area.list()) as { value: Array<{ key: string; title: string; unreadable?: { code: string } }> };
    expect(list.value.map((e) => [e.key, e.unreadable?.code]).sort()).toEqual([['damaged', 'file-corrupt'], ['good', undefined], ['newer', 'draft-too-new']]);
    expect(await area.load('damaged')).toMatchObject({ ok: false, error: { code: 'file-corrupt' } });
    expect(await area.load('newer')).toMatchObject({ ok: false, error: { code: 'draft-too-new' } });
    expect((await readdir(folder)).sort()).toEqual(['backups', 'damaged.json', 'good.json', 'newer.json', 'notes.txt']);
    // An unreadable copy can still be discarded from the list.
    expect(await area.discard('damaged')).toEqual({ ok: true, value: {} });
    expect((await readdir(folder)).sort()).toEqual(['backups', 'good.json', 'newer.json', 'notes.txt']);
  });

  it('keeps two windows\' copies of drafts with the same id apart: a clean save in one leaves the other\'s', async () => {
    const kv = new Map<string, unknown>();
    const h = createServiceHandlers({ store: new AppStore({ get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) }), mode: 'web', version: 't', draftsDir: dir, userDataDir: dir });
    const original = draft('Originalet');
    const reviewCopy = { ...original, title: 'Granskarens kopia' }; // same draft id, another file
    const keyA = recoveryKeyFor('11111111-1111-4111-8111-111111111111', join(dir, 'original.kpdraft'), original);
    const keyB = recoveryKeyFor('22222222-2222-4222-8222-222222222222', join(dir, 'kopia.kpdraft'), reviewCopy);
    expect(keyA).not.toBe(keyB);
    await dispatch(h, 'recovery:save', { key: keyA, path: join(dir, 'original.kpdraft'), draft: original });
    await dispatch(h, 'recovery:save', { key: keyB, path: join(dir, 'kopia.kpdraft'), draft: reviewCopy });
    // Window A saves cleanly and discards its own copy.
    expect(await dispatch(h, 'draft:save', { path: join(dir, 'original.kpdraft'), draft: original })).toMatchObject({ ok: true });
    await dispatch(h, 'recovery:discard', { key: keyA });
    const list = (await dispatch(h, 'recovery:list', {})) as { value: Array<{ key: string; title: string }> };
    expect(list.value.map((e) => [e.key, e.title])).toEqual([[keyB, 'Granskarens kopia']]);
  });

  it('keeps the fingerprint of the window\'s file with the copy, so a save after restoring still sees changes', async () => {
    const area = createRecoveryArea(dir);
    const fingerprint = { size: 12, mtimeMs: 1_700_000_000_000, sha256: 'a'.repeat(64) };
    await area.save('w1', '/x/a.kpdraft', draft('A'), fingerprint);
    expect(await area.load('w1')).toMatchObject({ ok: true, value: { path: '/x/a.kpdraft', fingerprint } });
  });

  it('upgrades a recovery copy written by an older format, like an opened file', async () => {
    const v1 = JSON.parse(await readFile(join(__dirname, '../../fixtures/drafts/versions/uppsala-mombasa.v1.kpdraft'), 'utf8'));
    await mkdir(join(dir, 'recovery'));
    await writeFile(
      join(dir, 'recovery', 'old.json'),
      JSON.stringify({ format: 'kp-drafter/recovery', version: 1, key: 'old', title: 'Delaktighet', path: null, savedAt: '2026-02-03T15:42:17.250Z', file: v1 }),
    );
    const r = await createRecoveryArea(dir).load('old');
    expect(r).toMatchObject({ ok: true, value: { path: null, draft: { partners: [{ id: 'partner-1', country: 'KE' }] } } });
  });

  it.each(['../escape', 'a/b', 'a.b', '', 'x'.repeat(101)])('refuses the key %j', async (key) => {
    const area = createRecoveryArea(dir);
    expect(await area.save(key, null, draft('x'))).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await area.load(key)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await area.discard(key)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a recovery area that cannot be created', async () => {
    await writeFile(join(dir, 'recovery'), 'a file where the folder should be');
    expect(await createRecoveryArea(dir).save('w1', null, draft('x'))).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });
});

describe('recovery:* channels', () => {
  const memoryStore = (): KeyValueStore => {
    const m = new Map<string, unknown>();
    return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) };
  };
  const handlers = () =>
    createServiceHandlers({ store: new AppStore(memoryStore()), mode: 'web', version: 't', draftsDir: dir, userDataDir: join(dir, 'userData') });

  it('save, list, load and discard through the contract', async () => {
    const h = handlers();
    const d = draft('Via kanalen');
    expect(await dispatch(h, 'recovery:save', { key: 'win-1', path: null, draft: d })).toMatchObject({ ok: true });
    const list = await dispatch(h, 'recovery:list', {});
    expect(list).toMatchObject({ ok: true, value: [{ key: 'win-1', title: 'Via kanalen', path: null }] });
    expect(await dispatch(h, 'recovery:load', { key: 'win-1' })).toEqual({ ok: true, value: { draft: d, path: null } });
    expect(await dispatch(h, 'recovery:discard', { key: 'win-1' })).toEqual({ ok: true, value: {} });
    expect(await dispatch(h, 'recovery:list', {})).toEqual({ ok: true, value: [] });
  });

  it('rejects malformed requests before they reach the disk', async () => {
    const h = handlers();
    expect(await dispatch(h, 'recovery:save', { key: '../../etc', path: null, draft: draft('x') })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(h, 'recovery:save', { key: 'k', path: null, draft: { title: 'not a draft' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(h, 'recovery:load', { key: 'missing' })).toMatchObject({ ok: false, error: { code: 'file-not-found' } });
    expect(await readdir(dir)).toEqual([]);
  });
});

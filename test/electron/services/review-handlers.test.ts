import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { createWebHandlers } from '../../../electron/services/web/web-handlers';
import { tempFolder, memoryStore } from './draft-files-helpers';

const fixtures = join(import.meta.dirname, '../../fixtures/review');

function fixtureDraft(name: string): Draft {
  const r = parseDraftFile(readFileSync(join(fixtures, `${name}.kpdraft`), 'utf8'));
  if (!r.ok) throw new Error(`fixture ${name}: ${r.error.message}`);
  return r.value;
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-review-handlers-'));
});
afterEach(() => cleanup());

describe('review:roles and review:set-role', () => {
  it('remembers the role of each file, the latest choice winning, and survives bad stored data', async () => {
    const kv = memoryStore();
    const h = createServiceHandlers({ store: new AppStore(kv), mode: 'web', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });
    expect(await dispatch(h, 'review:roles', {})).toEqual({ ok: true, value: [] });
    await dispatch(h, 'review:set-role', { path: '/a.kpdraft', role: 'reviewer' });
    await dispatch(h, 'review:set-role', { path: '/b.kpdraft', role: 'reviewer' });
    await dispatch(h, 'review:set-role', { path: '/a.kpdraft', role: 'author' });
    expect(await dispatch(h, 'review:roles', {})).toEqual({
      ok: true,
      value: [{ path: '/a.kpdraft', role: 'author' }, { path: '/b.kpdraft', role: 'reviewer' }],
    });
    expect(await dispatch(h, 'review:set-role', { path: '/a.kpdraft', role: 'editor' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    kv.set('reviewRoles', 'garbage');
    expect(await dispatch(h, 'review:roles', {})).toEqual({ ok: true, value: [] });
  });
});

describe('review:merge', () => {
  it("returns the open draft's comments merged with the copies' and the report, without writing any file", async () => {
    for (const n of ['omar', 'lena', 'kim']) copyFileSync(join(fixtures, `${n}.kpdraft`), join(dir, `${n}.kpdraft`));
    const before = ['omar', 'lena', 'kim'].map((n) => readFileSync(join(dir, `${n}.kpdraft`), 'utf8'));
    const h = createServiceHandlers({ store: new AppStore(memoryStore()), mode: 'electron', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });
    const paths = ['omar', 'lena', 'kim'].map((n) => join(dir, `${n}.kpdraft`));
    const r = await dispatch(h, 'review:merge', { draft: fixtureDraft('draft'), paths });
    expect(r).toMatchObject({ ok: true, value: { report: { added: 4, alreadyPresent: 1, orphaned: 1, repliesAdded: 4 } } });
    if (!r.ok) return;
    expect((r.value as { annotations: Array<{ id: string }> }).annotations.map((a) => a.id)).toEqual(['ab-1', 'os-2', 'le-3', 'kl-2', 'kl-3']);
    expect(['omar', 'lena', 'kim'].map((n) => readFileSync(join(dir, `${n}.kpdraft`), 'utf8'))).toEqual(before);
  });

  it('names the copy that cannot be read', async () => {
    const h = createServiceHandlers({ store: new AppStore(memoryStore()), mode: 'electron', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });
    const missing = join(dir, 'gone.kpdraft');
    expect(await dispatch(h, 'review:merge', { draft: fixtureDraft('draft'), paths: [missing] })).toMatchObject({ ok: false, error: { path: missing } });
  });

  it('in browser mode, reads copies only inside the allowed folders', async () => {
    const drafts = join(dir, 'drafts');
    mkdirSync(drafts);
    copyFileSync(join(fixtures, 'lena.kpdraft'), join(drafts, 'lena.kpdraft'));
    copyFileSync(join(fixtures, 'kim.kpdraft'), join(dir, 'kim.kpdraft'));
    const h = createWebHandlers({ store: new AppStore(memoryStore()), version: 't', draftsDir: drafts, userDataDir: join(dir, 'u') });
    const inside = await dispatch(h, 'review:merge', { draft: fixtureDraft('draft'), paths: [join(drafts, 'lena.kpdraft')] });
    expect(inside.ok).toBe(true);
    const outside = await dispatch(h, 'review:merge', { draft: fixtureDraft('draft'), paths: [join(drafts, 'lena.kpdraft'), join(dir, 'kim.kpdraft')] });
    expect(outside).toMatchObject({ ok: false, error: { code: 'forbidden', path: join(dir, 'kim.kpdraft') } });
    expect(await dispatch(h, 'dialog:open-review-copies', {})).toMatchObject({ ok: false, error: { code: 'not-available' } });
  });
});

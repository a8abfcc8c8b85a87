import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFixture, type Fixture } from './web-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
  mkdirSync(join(f.draftsDir, 'Arkiv'));
  mkdirSync(join(f.draftsDir, '.hidden'));
  writeFileSync(join(f.draftsDir, 'ansökan.kpdraft'), '{}');
  writeFileSync(join(f.draftsDir, 'Arkiv', 'gammal.kpdraft'), '{}');
  writeFileSync(join(f.draftsDir, 'notes.txt'), 'x');
  writeFileSync(join(f.outsideDir, 'other.kpdraft'), '{}');
  symlinkSync(f.outsideDir, join(f.draftsDir, 'escape'));
});
afterEach(async () => {
  await f.dispose();
});

type Listing = { ok: true; value: { dir: string; parent: string | null; entries: { name: string; isDirectory: boolean }[] } };

describe('files:list (the in-app picker in browser mode)', () => {
  it('lists the drafts folder by default: folders first, then drafts; other files, hidden ones and escaping links left out', async () => {
    const r = (await f.invoke('files:list', {})).json() as Listing;
    expect(r.ok).toBe(true);
    expect(r.value.parent).toBeNull();
    expect(r.value.entries.map((e) => [e.name, e.isDirectory])).toEqual([['Arkiv', true], ['ansökan.kpdraft', false]]);
  });

  it('lists Word documents instead of drafts when asked (exporting shows what a name would replace)', async () => {
    writeFileSync(join(f.draftsDir, 'ansökan.docx'), 'x');
    writeFileSync(join(f.draftsDir, 'Gammal.DOCX'), 'x');
    const r = (await f.invoke('files:list', { ext: '.docx' })).json() as Listing;
    expect(r.value.entries.map((e) => [e.name, e.isDirectory])).toEqual([['Arkiv', true], ['ansökan.docx', false], ['Gammal.DOCX', false]]);
    expect(((await f.invoke('files:list', {})).json() as Listing).value.entries.map((e) => e.name)).toEqual(['Arkiv', 'ansökan.kpdraft']);
  });

  it('goes into sub-folders and back up to the drafts folder, no further', async () => {
    const sub = (await f.invoke('files:list', { dir: join(f.draftsDir, 'Arkiv') })).json() as Listing;
    expect(sub.value.entries.map((e) => e.name)).toEqual(['gammal.kpdraft']);
    expect(sub.value.parent).toBe(f.draftsDir);
  });

  it('rejects path traversal, absolute paths elsewhere, relative paths and symlinks leading out', async () => {
    for (const dir of [join(f.draftsDir, '..'), join(f.draftsDir, 'Arkiv', '..', '..', 'outside'), f.outsideDir, '/etc', '..', join(f.draftsDir, 'escape')]) {
      const r = await f.invoke('files:list', { dir });
      expect(r.status).toBe(200);
      expect(r.json(), dir).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('a recent file in a sub-folder does not widen access beyond the drafts folder', async () => {
    const { value } = (await f.invoke('draft:new', {})).json() as { value: { draft: unknown } };
    const path = join(f.draftsDir, 'Arkiv', 'ny.kpdraft');
    expect((await f.invoke('draft:save', { path, draft: value.draft })).json()).toMatchObject({ ok: true });
    const up = await f.invoke('files:list', { dir: join(f.draftsDir, '..') });
    expect(up.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens up the folder of a recent file kept elsewhere, and only that folder', async () => {
    const other = join(f.outsideDir, 'other.kpdraft');
    f.store.addRecent({ path: other, title: 'Annan', modifiedAt: new Date().toISOString() });
    const r = (await f.invoke('files:list', { dir: f.outsideDir })).json() as Listing;
    expect(r.value.entries.map((e) => e.name)).toEqual(['other.kpdraft']);
    expect(r.value.parent).toBeNull();
    // Reachable now (the file is no draft, which is the reader's verdict, not a refusal).
    expect((await f.invoke('draft:open', { path: other })).json()).toMatchObject({ ok: false, error: { code: 'file-not-draft' } });
    expect((await f.invoke('files:list', { dir: f.dir })).json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('names a folder that does not exist', async () => {
    const r = await f.invoke('files:list', { dir: join(f.draftsDir, 'saknas') });
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'file-not-found' } });
  });
});

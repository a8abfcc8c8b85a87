import { mkdir, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MAX_DRAFT_FILE_BYTES, parseDraftFile, serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { readDraftFile, writeDraftFile } from '../../../electron/services/draft-files';
import { generateDraft } from '../../helpers/generate-draft';
import { injectFault, makeUnwritable, tempFolder } from './draft-files-helpers';

const fixtures = join(__dirname, '../../fixtures/drafts');
const sample = (): Draft => {
  const r = parseDraftFile(JSON.stringify({ format: 'kp-drafter/draft', version: CURRENT_VERSION, draft: generateDraft({ words: 300, budgetLines: 5 }) }));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
afterEach(async () => cleanup());

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('readDraftFile', { timeout: 120_000 }, () => {
  it('opens a saved draft unchanged and an older-format draft upgraded', async () => {
    const draft = sample();
    const path = join(dir, 'Ansökan.kpdraft');
    expect(await writeDraftFile(path, draft)).toMatchObject({ ok: true });
    expect(await readDraftFile(path)).toEqual({ ok: true, value: draft });
    const v1 = await readDraftFile(join(fixtures, 'versions/uppsala-mombasa.v1.kpdraft'));
    expect(v1.ok && v1.value.partners[0]?.organisation).toBe('Mombasa County Government');
  });

  it('reports a missing file, a folder and a wrong extension with the path and a coded error', async () => {
    const missing = join(dir, 'gone.kpdraft');
    expect(await readDraftFile(missing)).toEqual({
      ok: false,
      error: { code: 'file-not-found', message: expect.stringMatching(/does not exist/), path: missing },
    });
    await mkdir(join(dir, 'folder.kpdraft'));
    expect(codeOf(await readDraftFile(join(dir, 'folder.kpdraft')))).toBe('file-unreadable');
    const json = join(dir, 'draft.json');
    await writeFile(json, serializeDraft(sample()));
    expect(await readDraftFile(json)).toMatchObject({ ok: false, error: { code: 'wrong-extension', path: json } });
    expect(codeOf(await readDraftFile(join(dir, 'UPPER.KPDRAFT')))).toBe('file-not-found'); // extension check ignores case
  });

  it('refuses a 50 MB file, even one holding a valid draft, and leaves it as it was', async () => {
    const draft = sample();
    draft.sections['summary'] = [{ type: 'paragraph', children: [{ text: 'x'.repeat(50 * 1024 * 1024) }] }];
    const path = join(dir, 'huge.kpdraft');
    const text = serializeDraft(draft);
    await writeFile(path, text);
    const r = await readDraftFile(path);
    expect(r).toMatchObject({ ok: false, error: { code: 'file-too-large', message: expect.stringMatching(/50\.0 MB/) } });
    expect((await readFile(path, 'utf8')) === text).toBe(true);
  });

  it('checks the size before reading: an 8 GB (sparse) file is refused at once', async () => {
    const path = join(dir, 'sparse.kpdraft');
    await writeFile(path, '');
    await truncate(path, 8 * 1024 ** 3);
    // Reading 8 GB would exhaust memory long before the check; refusing takes a stat.
    expect(codeOf(await readDraftFile(path))).toBe('file-too-large');
  });

  it('accepts a file of exactly the size cap only if it parses (the cap is not off by one)', async () => {
    const path = join(dir, 'edge.kpdraft');
    await writeFile(path, Buffer.alloc(MAX_DRAFT_FILE_BYTES, 0x20));
    expect(codeOf(await readDraftFile(path))).toBe('file-corrupt'); // read, found empty, not refused for size
    await writeFile(path, Buffer.alloc(MAX_DRAFT_FILE_BYTES + 1, 0x20));
    expect(codeOf(await readDraftFile(path))).toBe('file-too-large');
  });

  it('refuses binary data and text in another encoding instead of decoding it with replacement characters', async () => {
    expect(codeOf(await readDraftFile(join(fixtures, 'bad/binary-garbage.kpdraft')))).toBe('file-binary');
    expect(codeOf(await readDraftFile(join(fixtures, 'bad/invalid-utf8.kpdraft')))).toBe('file-binary');
  });

  it('accepts a UTF-8 byte-order mark, as some editors write one', async () => {
    const draft = sample();
    const path = join(dir, 'bom.kpdraft');
    await writeFile(path, '\uFEFF' + serializeDraft(draft));
    expect(await readDraftFile(path)).toEqual({ ok: true, value: draft });
  });
});

describe('writeDraftFile', () => {
  it('refuses names without .kpdraft and writes nothing', async () => {
    const path = join(dir, 'draft.docx');
    expect(codeOf(await writeDraftFile(path, sample()))).toBe('wrong-extension');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a vanished folder as folder-not-found', async () => {
    const gone = join(dir, 'usb-stick');
    await mkdir(gone);
    await rm(gone, { recursive: true });
    const r = await writeDraftFile(join(gone, 'a.kpdraft'), sample());
    expect(r).toMatchObject({ ok: false, error: { code: 'folder-not-found', path: join(gone, 'a.kpdraft') } });
  });

  it('reports a read-only folder as read-only and leaves the existing file untouched', async () => {
    const path = join(dir, 'a.kpdraft');
    const before = serializeDraft(sample());
    await writeFile(path, before);
    const changed = { ...sample(), title: 'Ny titel' };
    const undo = makeUnwritable(dir) ?? injectFault({ code: 'EACCES', on: 'open', match: (p) => p.startsWith(dir) });
    try {
      const r = await writeDraftFile(path, changed);
      expect(r).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/unchanged/) } });
    } finally {
      undo();
    }
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['a.kpdraft']);
  });

  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EIO', 'write-failed'],
  ])('a disk that fails mid-write (%s) gives %s; the file keeps its old content and no temp file stays', async (errno, code) => {
    const path = join(dir, 'a.kpdraft');
    const before = serializeDraft(sample());
    await writeFile(path, before);
    const big = generateDraft({ words: 20000, budgetLines: 50 });
    const undo = injectFault({ code: errno, on: 'write', match: (p) => p.startsWith(dir) });
    let r;
    try {
      r = await writeDraftFile(path, big);
    } finally {
      undo();
    }
    expect(codeOf(r)).toBe(code);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['a.kpdraft']);
  });

  it.each([
    ['EACCES', 'read-only'],
    ['EPERM', 'read-only'],
    ['EROFS', 'read-only'],
  ])('a refused temp file (%s) gives %s', async (errno, code) => {
    const path = join(dir, 'a.kpdraft');
    await writeFile(path, 'old');
    const undo = injectFault({ code: errno, on: 'open', match: (p) => p.startsWith(dir) });
    try {
      expect(codeOf(await writeDraftFile(path, sample()))).toBe(code);
    } finally {
      undo();
    }
    expect(await readFile(path, 'utf8')).toBe('old');
  });

  it('replaces the file in one step: the folder never holds a half-written .kpdraft', async () => {
    const path = join(dir, 'a.kpdraft');
    const seen: string[] = [];
    const big = generateDraft({ words: 30000, budgetLines: 100 });
    await writeDraftFile(path, sample());
    const watcher = setInterval(async () => {
      const text = await readFile(path, 'utf8').catch(() => '');
      seen.push(parseDraftFile(text).ok ? 'ok' : 'bad');
    }, 1);
    for (let i = 0; i < 10; i++) await writeDraftFile(path, { ...big, title: `v${i}` });
    clearInterval(watcher);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s === 'bad')).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DRAFT_FILE_BYTES, MAX_LIST_DEPTH, MAX_NESTING_DEPTH, serializeDraft } from '../../../core/draft/file-format';
import type { RichText } from '../../../core/draft/rich-text';
import type { Draft } from '../../../core/draft/schema';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore, type KeyValueStore } from '../../../electron/services/app-store';
import { listBackups } from '../../../electron/services/backups';
import { readDraftFile, writeDraftFile } from '../../../electron/services/draft-files';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { generateDraft, nestedList } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
let userData: string;
let docs: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-save-refusals-'));
  userData = join(dir, 'userData');
  docs = join(dir, 'Dokument');
  await mkdir(docs);
});
afterEach(async () => cleanup());

const hashOf = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

const withSection = (draft: Draft, blocks: RichText): Draft => ({ ...draft, sections: { ...draft.sections, summary: blocks } });

function handlers() {
  const kv = new Map<string, unknown>();
  const store: KeyValueStore = { get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) };
  return createServiceHandlers({ store: new AppStore(store), mode: 'web', version: 't', draftsDir: docs, userDataDir: userData });
}

/** Saves `next` over a saved draft and checks that the save was refused with `code` before anything was written. */
async function expectRefusedBeforeWriting(next: Draft, code: string) {
  const h = handlers();
  const path = join(docs, 'Ansökan.kpdraft');
  expect(await dispatch(h, 'draft:save', { path, draft: generateDraft({ words: 300 }) })).toMatchObject({ ok: true });
  const before = { hash: await hashOf(path), listing: await readdir(docs), backups: await listBackups(userData, path) };
  const r = await dispatch(h, 'draft:save', { path, draft: next });
  expect(r).toMatchObject({ ok: false, error: { code, path } });
  expect(await hashOf(path)).toBe(before.hash);
  expect(await readdir(docs)).toEqual(before.listing); // no temp file, nothing beside it
  expect(await listBackups(userData, path)).toEqual(before.backups); // no backup taken either
  expect((await readDraftFile(path)).ok).toBe(true);
}

describe('a save that could not be reopened is refused before anything touches the disk', { timeout: 120_000 }, () => {
  it('refuses a draft with lists nested 60 levels deep; the old file stays byte-identical', async () => {
    await expectRefusedBeforeWriting(withSection(generateDraft({ words: 50 }), [nestedList(60)]), 'draft-too-deep');
  });

  it('refuses a draft whose file would exceed the file limit; the old file stays byte-identical', async () => {
    // Many short paragraphs: the pretty-printed file is far larger than the text in them.
    const paragraphs = Array.from({ length: 200_000 }, (_, i) => ({ type: 'paragraph' as const, children: [{ text: `Stycke ${i}` }] }));
    const next = withSection(generateDraft({ words: 50 }), paragraphs);
    expect(JSON.stringify(next).length).toBeLessThan(MAX_DRAFT_FILE_BYTES);
    expect(serializeDraft(next).length).toBeGreaterThan(MAX_DRAFT_FILE_BYTES);
    await expectRefusedBeforeWriting(next, 'draft-too-large');
  });

  it('refuses a new file too, and creates nothing', async () => {
    const path = join(docs, 'Ny.kpdraft');
    const r = await writeDraftFile(path, withSection(generateDraft({ words: 50 }), [nestedList(60)]), { backups: { userDataDir: userData, keep: 5 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'draft-too-deep', message: expect.stringMatching(/unchanged/) } });
    expect(await readdir(docs)).toEqual([]);
  });

  it('saves and reopens identical a draft with lists at the deepest level the editor allows', async () => {
    expect(MAX_LIST_DEPTH).toBeGreaterThanOrEqual(9);
    // A file at that depth is well inside what the loader accepts.
    expect(7 + 4 * MAX_LIST_DEPTH).toBeLessThan(MAX_NESTING_DEPTH);
    const draft = withSection(generateDraft({ words: 50 }), [nestedList(MAX_LIST_DEPTH)]);
    const path = join(docs, 'Djup.kpdraft');
    expect(await writeDraftFile(path, draft)).toMatchObject({ ok: true });
    expect(await readDraftFile(path)).toEqual({ ok: true, value: draft });
  });
});

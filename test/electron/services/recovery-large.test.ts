import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DRAFT_FILE_BYTES } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { writeDraftFile } from '../../../electron/services/draft-files';
import { createRecoveryArea } from '../../../electron/services/recovery';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-recovery-large-')));
afterEach(async () => cleanup());

describe('the recovery copy of a draft refused as too large to save', { timeout: 60_000 }, () => {
  it('is listed and restores in full, so the work can be shortened and saved', async () => {
    const draft: Draft = { ...generateDraft({ words: 20 }), sections: { summary: [{ type: 'paragraph', children: [{ text: 'å'.repeat(MAX_DRAFT_FILE_BYTES / 2 + 1000) }] }] } };
    const docs = join(dir, 'Dokument');
    await mkdir(docs);
    const path = join(docs, 'Stor.kpdraft');
    expect(await writeDraftFile(path, draft)).toMatchObject({ ok: false, error: { code: 'draft-too-large' } });
    const recovery = createRecoveryArea(join(dir, 'userData'));
    expect(await recovery.save('w1', path, draft)).toMatchObject({ ok: true });
    expect((await readFile(join(dir, 'userData', 'recovery', 'w1.json'))).length).toBeGreaterThan(MAX_DRAFT_FILE_BYTES);
    const listed = await recovery.list();
    expect(listed.ok && listed.value.map((e) => e.key)).toEqual(['w1']);
    expect(await recovery.load('w1')).toEqual({ ok: true, value: { draft, path } });
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DRAFT_FILE_BYTES } from '../../../core/draft/file-format';
import { listBackups } from '../../../electron/services/backups';
import { readDraftFile, writeDraftFile } from '../../../electron/services/draft-files';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-backups-oversized-')));
afterEach(async () => cleanup());

describe('backups before a save', { timeout: 60_000 }, () => {
  it('keep a file too large to open (an older version could write one) before a save replaces it', async () => {
    const path = join(dir, 'a.kpdraft');
    const userData = join(dir, 'userData');
    // A file too large to open, as an earlier version could leave one behind.
    const old = Buffer.from(JSON.stringify({ format: 'kp-drafter/draft', version: 2, draft: { huge: 'x'.repeat(MAX_DRAFT_FILE_BYTES) } }));
    await writeFile(path, old);
    expect(await readDraftFile(path)).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
    expect(await writeDraftFile(path, generateDraft({ words: 50 }), { backups: { userDataDir: userData, keep: 3 } })).toMatchObject({ ok: true });
    const [backup] = await listBackups(userData, path);
    expect(backup).toBeDefined();
    expect((await readFile(backup!.path)).equals(old)).toBe(true);
  });
});

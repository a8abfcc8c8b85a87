import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../../core/draft/file-format';
import { readDraftAhead, readDraftFileOrAhead, readDraftWithFingerprint } from '../../../electron/services/draft-read-ahead';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
afterEach(async () => cleanup());

const titled = (title: string) => serializeDraft({ ...generateDraft({ words: 500, budgetLines: 3 }), title });

describe('reading a draft named at launch ahead of the window', () => {
  it('answers the window with the draft as read from disk', async () => {
    const path = join(dir, 'a.kpdraft');
    await writeFile(path, titled('Före'));
    readDraftAhead(path);
    expect(await readDraftFileOrAhead(path)).toEqual(await readDraftWithFingerprint(path));
  });

  it('reads the file again when it changed after the read-ahead, and uses a read-ahead only once', async () => {
    const path = join(dir, 'b.kpdraft');
    await writeFile(path, titled('Första'));
    // The read-ahead finishes, then the file changes (with a later time, as a save gives it).
    await readDraftAhead(path);
    await writeFile(path, titled('Andra, längre titel'));
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);
    const r = await readDraftFileOrAhead(path);
    expect(r.ok && r.value.draft.title).toBe('Andra, längre titel');
    await writeFile(path, titled('Tredje'));
    const again = await readDraftFileOrAhead(path);
    expect(again.ok && again.value.draft.title).toBe('Tredje');
  });

  it('reports a file that could not be read ahead the same way as an ordinary open', async () => {
    const path = join(dir, 'broken.kpdraft');
    await writeFile(path, '{"format": "kp-drafter/draft", "version": 2, "draft": {');
    readDraftAhead(path);
    const r = await readDraftFileOrAhead(path);
    expect(r).toEqual(await readDraftWithFingerprint(path));
    expect(r.ok).toBe(false);
  });
});

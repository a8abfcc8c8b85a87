import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DRAFT_FILE_BYTES, serializeDraft } from '../../../../core/draft/file-format';
import type { Draft } from '../../../../core/draft/schema';
import { readDraftFile } from '../../../../electron/services/draft-files';
import { MAX_BODY_BYTES } from '../../../../electron/services/web/server';
import { generateDraft } from '../../../helpers/generate-draft';
import { startFixture, type Fixture } from './web-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture(); // the real request limit
});
afterEach(async () => {
  await f.dispose();
});

/** A draft whose one paragraph holds `chars` characters of text. */
const withText = (chars: number): Draft => ({
  ...generateDraft({ words: 20 }),
  sections: { summary: [{ type: 'paragraph', children: [{ text: 'x'.repeat(chars) }] }] },
});

describe('browser mode: request and file limits agree', { timeout: 120_000 }, () => {
  it('a draft that fits in a file gets through; one that could not be reopened is refused as too large, and nothing is written', async () => {
    const fits = withText(MAX_DRAFT_FILE_BYTES - 4096);
    expect(Buffer.byteLength(serializeDraft(fits))).toBeLessThanOrEqual(MAX_DRAFT_FILE_BYTES);
    const path = join(f.draftsDir, 'stor.kpdraft');
    expect((await f.invoke('draft:save', { path, draft: fits })).json()).toMatchObject({ ok: true });
    expect(await readDraftFile(path)).toEqual({ ok: true, value: fits });

    // Larger than a file may be, though well within what the request limit used to let through.
    const tooLarge = withText(MAX_DRAFT_FILE_BYTES + 512 * 1024);
    const other = join(f.draftsDir, 'för-stor.kpdraft');
    const r = await f.invoke('draft:save', { path: other, draft: tooLarge });
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'draft-too-large' } });
    expect(existsSync(other)).toBe(false);
    expect(MAX_BODY_BYTES).toBeGreaterThan(MAX_DRAFT_FILE_BYTES);
  });
});

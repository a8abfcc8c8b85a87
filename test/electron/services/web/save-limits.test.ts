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

    // Larger than a file may be, though within what the request limit let through before.
    const tooLarge = withText(MAX_DRAFT_FILE_BYTES + 512 * 1024);
    const other = join(f.draftsDir, 'för-stor.kpdraft');
    const r = await f.invoke('draft:save', { path: other, draft: tooLarge });
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'draft-too-large' } });
    expect(existsSync(other)).toBe(false);
    expect(MAX_BODY_BYTES).toBeGreaterThan(MAX_DRAFT_FILE_BYTES);
  });

  it('the unsaved work of a draft too large to save is still secured in the recovery area', async () => {
    const huge = withText(40 * 1024 * 1024);
    const path = join(f.draftsDir, 'enorm.kpdraft');
    expect((await f.invoke('draft:save', { path, draft: huge })).json()).toMatchObject({ ok: false, error: { code: 'draft-too-large' } });
    expect((await f.invoke('recovery:save', { key: 'w1', path, draft: huge })).json()).toMatchObject({ ok: true });
    expect((await f.invoke('recovery:list', {})).json()).toMatchObject({ ok: true, value: [{ key: 'w1', path }] });
    const loaded = (await f.invoke('recovery:load', { key: 'w1' })).json() as { ok: boolean; value: { draft: Draft } };
    expect(loaded.ok && loaded.value.draft).toEqual(huge);
  });

  it('a request larger than any draft the app keeps is refused with the same code, and the server keeps serving', async () => {
    const r = await f.invoke('recovery:save', JSON.stringify({ key: 'w2', path: null, draft: { title: 'x'.repeat(MAX_BODY_BYTES) } }));
    expect(r.status).toBe(413);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'draft-too-large' } });
    expect((await f.invoke('app:info', {})).json()).toMatchObject({ ok: true });
  });
});

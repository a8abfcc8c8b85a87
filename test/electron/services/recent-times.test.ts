import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-recent-times-')));
afterEach(() => cleanup());

describe('the recent list\'s "changed" time', () => {
  it('is when the file itself last changed, not when the app last opened it', async () => {
    const kv = new Map<string, unknown>();
    const h = createServiceHandlers({ store: new AppStore({ get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) }), mode: 'web', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });
    const path = join(dir, 'a.kpdraft');
    expect(await dispatch(h, 'draft:save', { path, draft: generateDraft({ words: 50 }) })).toMatchObject({ ok: true });
    // Written last spring (by a colleague, say), opened today.
    const spring = new Date('2026-04-10T08:30:00.000Z');
    await utimes(path, spring, spring);
    expect(await dispatch(h, 'draft:open', { path })).toMatchObject({ ok: true });

    const recent = await h['recent:list']!({});
    expect(recent.ok && recent.value.map((r) => r.modifiedAt)).toEqual([spring.toISOString()]);
  });

});

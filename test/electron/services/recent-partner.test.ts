import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/ipc/dispatch';
import { AppStore } from '../../../electron/services/app-store';
import { createServiceHandlers } from '../../../electron/services/handlers';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-recent-')));
afterEach(() => cleanup());

describe('the recent list names who each draft is with', () => {
  it('records the partners with their countries on save and open, and nothing for a draft without', async () => {
    const kv = new Map<string, unknown>();
    const h = createServiceHandlers({ store: new AppStore({ get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) }), mode: 'web', version: 't', draftsDir: dir, userDataDir: join(dir, 'u') });
    const base = generateDraft({ words: 100 });
    const withPartners = {
      ...base,
      title: 'Delaktighet i Mombasa',
      partners: [
        { ...base.partners[0]!, organisation: 'Mombasa County', country: 'KE' },
        { ...base.partners[0]!, id: 'p2', organisation: '  ', country: 'TZ' },
      ],
    };
    const a = join(dir, 'a.kpdraft');
    const b = join(dir, 'b.kpdraft');
    expect(await dispatch(h, 'draft:save', { path: a, draft: withPartners })).toMatchObject({ ok: true });
    expect(await dispatch(h, 'draft:save', { path: b, draft: { ...base, partners: [] } })).toMatchObject({ ok: true });
    expect(await dispatch(h, 'draft:open', { path: a })).toMatchObject({ ok: true });
    const recent = await h['recent:list']!({});
    expect(recent.ok && recent.value.map((r) => [r.title, r.partner])).toEqual([
      ['Delaktighet i Mombasa', 'Mombasa County (KE)'],
      [base.title || 'b.kpdraft', undefined],
    ]);
  });
});

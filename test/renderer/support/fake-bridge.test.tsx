import { describe, expect, it } from 'vitest';
import { ok } from '../../../core/result';
import { bridge } from '../../../renderer/bridge';
import { fakeBridge } from './fake-bridge';

// The component tests trust the fake bridge to speak the contract; these tests hold it to that.

describe('fake bridge', () => {
  it('is the bridge the renderer uses', async () => {
    fakeBridge.answer('recent:list', () => ok([{ path: '/tmp/a.kpdraft', title: 'A', modifiedAt: '2026-01-01T00:00:00.000Z' }]));

    expect(await bridge.invoke('recent:list', {})).toEqual(ok([{ path: '/tmp/a.kpdraft', title: 'A', modifiedAt: '2026-01-01T00:00:00.000Z' }]));
    expect(fakeBridge.requests('recent:list')).toEqual([{}]);
  });

  it('refuses a request main would refuse', async () => {
    await expect(bridge.invoke('draft:open', { path: '' })).rejects.toThrow(/request main refuses/);
  });

  it('refuses a canned answer main could never give', async () => {
    fakeBridge.answer('export:docx', () => ok({ path: '' }));
    const draft = (await bridge.invoke('draft:new', {}));
    if (!draft.ok) throw new Error('no draft');

    await expect(bridge.invoke('export:docx', { draft: draft.value.draft, path: '/tmp/a.docx' })).rejects.toThrow(/breaks the contract/);
  });

  it('answers a channel the test did not mention with an error, not silence', async () => {
    const r = await bridge.invoke('versions:load', { id: `v${'0'.repeat(32)}` });

    expect(r).toMatchObject({ ok: false, error: { code: 'not-available' } });
  });
});

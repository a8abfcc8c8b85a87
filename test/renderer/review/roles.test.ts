import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn(async (channel: string, _req: unknown) =>
  channel === 'review:roles'
    ? { ok: true, value: [{ path: '/d/b.kpdraft', role: 'reviewer' }, { path: '/d/a.kpdraft', role: 'author' }] }
    : { ok: true, value: {} });
vi.mock('../../../renderer/bridge', () => ({ bridge: { invoke } }));

const roles = await import('../../../renderer/review/roles');

beforeEach(() => invoke.mockClear());

describe('the role a draft opens in', () => {
  it('is the remembered one for a known file, author for others and for new drafts', async () => {
    await roles.loadRoleMemory();
    expect(roles.roleForOpening('/d/b.kpdraft')).toBe('reviewer');
    expect(roles.roleForOpening('/d/a.kpdraft')).toBe('author');
    expect(roles.roleForOpening('/d/new.kpdraft')).toBe('author');
    expect(roles.roleForOpening(null)).toBe('author');
    expect(invoke).not.toHaveBeenCalledWith('review:set-role', expect.anything());
  });

  it('is the one asked for when opening ("Öppna för granskning…"), once, and is remembered for the file', () => {
    roles.resetRoleMemory([['/d/a.kpdraft', 'author']]);
    roles.requestRole('reviewer');
    expect(roles.roleForOpening('/d/a.kpdraft')).toBe('reviewer');
    expect(invoke).toHaveBeenCalledWith('review:set-role', { path: '/d/a.kpdraft', role: 'reviewer' });
    expect(roles.rememberedRole('/d/a.kpdraft')).toBe('reviewer');
    expect(roles.roleForOpening('/d/c.kpdraft')).toBe('author'); // the request was used up
  });

  it('tells main only about changes', () => {
    roles.resetRoleMemory();
    roles.rememberRole('/d/x.kpdraft', 'author');
    expect(invoke).not.toHaveBeenCalled();
    roles.rememberRole('/d/x.kpdraft', 'reviewer');
    roles.rememberRole('/d/x.kpdraft', 'reviewer');
    roles.rememberRole('/d/x.kpdraft', 'author');
    expect(invoke.mock.calls.map((c) => (c[1] as { role: string }).role)).toEqual(['reviewer', 'author']);
  });
});

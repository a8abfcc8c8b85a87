import { beforeEach, describe, expect, it } from 'vitest';
import { Annotation } from '../../../core/draft/annotation';
import { itemAnchor, sectionAnchor } from '../../../core/review/field-anchor';
import {
  addComment,
  addReply,
  authorFromSettings,
  deleteComment,
  deleteReply,
  editComment,
  editReply,
  reopenThread,
  resolveThread,
  type ReviewEnv,
} from '../../../core/review/threads';

function env(name: string, initials: string, start = Date.parse('2026-03-02T10:00:00Z')): ReviewEnv {
  let t = start;
  let n = 0;
  return { author: { name, initials }, now: () => new Date((t += 60_000)), newId: () => `${initials}-${++n}` };
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

let anna: ReviewEnv;
let omar: ReviewEnv;
beforeEach(() => {
  anna = env('Anna Berg', 'AB');
  omar = env('Omar Said', 'OS', Date.parse('2026-03-01T10:00:00Z'));
});

describe('comment threads', () => {
  it('adds a comment on a section, a budget line and a team member, each valid for the file format', () => {
    let list: Annotation[] = [];
    for (const anchor of [sectionAnchor('risks'), itemAnchor('budget', 'b1'), itemAnchor('team', 't1')]) {
      list = unwrap(addComment(list, anna, anchor, 'Kan vi förtydliga?')).annotations;
    }
    expect(list.map((a) => a.anchor)).toEqual([
      { kind: 'section', sectionId: 'risks' },
      { kind: 'field', field: 'budget:b1' },
      { kind: 'field', field: 'team:t1' },
    ]);
    for (const a of list) expect(Annotation.safeParse(a).success).toBe(true);
    expect(list[0]).toMatchObject({ id: 'AB-1', author: { name: 'Anna Berg', initials: 'AB' }, resolved: false, replies: [] });
  });

  it('replies, resolves and reopens without touching the input array', () => {
    const start = unwrap(addComment([], anna, sectionAnchor('risks'), 'Saknas en risk?')).annotations;
    const frozen = structuredClone(start);
    const replied = unwrap(addReply(start, omar, 'AB-1', 'Jag lägger till korruption.'));
    expect(replied.annotations[0]!.replies).toEqual([replied.reply]);
    expect(replied.reply.author.name).toBe('Omar Said');
    const resolved = unwrap(resolveThread(replied.annotations, omar, 'AB-1'));
    expect(resolved[0]).toMatchObject({ resolved: true, statusChangedBy: { name: 'Omar Said' } });
    const reopened = unwrap(reopenThread(resolved, anna, 'AB-1'));
    expect(reopened[0]).toMatchObject({ resolved: false, statusChangedBy: { name: 'Anna Berg' } });
    expect(Date.parse(reopened[0]!.statusChangedAt!)).toBeGreaterThan(Date.parse(resolved[0]!.statusChangedAt!));
    expect(start).toEqual(frozen);
    expect(Annotation.safeParse(reopened[0]).success).toBe(true);
  });

  it('lets only the author edit or delete a comment or reply', () => {
    let list = unwrap(addComment([], anna, sectionAnchor('risks'), 'Första')).annotations;
    list = unwrap(addReply(list, omar, 'AB-1', 'Svar')).annotations;
    expect(editComment(list, omar, 'AB-1', 'Ändrat')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const edited = unwrap(editComment(list, anna, 'AB-1', 'Första, ändrad'));
    expect(edited[0]).toMatchObject({ body: 'Första, ändrad' });
    expect(edited[0]!.editedAt).not.toBeNull();
    expect(editReply(list, anna, 'AB-1', 'OS-1', 'x')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(unwrap(editReply(list, omar, 'AB-1', 'OS-1', 'Bättre svar'))[0]!.replies[0]).toMatchObject({ body: 'Bättre svar' });
    expect(deleteReply(list, anna, 'AB-1', 'OS-1')).toMatchObject({ ok: false });
    expect(unwrap(deleteReply(list, omar, 'AB-1', 'OS-1'))[0]!.replies).toEqual([]);
  });

  it("refuses to delete a thread that holds someone else's reply, and deletes it once that is gone", () => {
    let list = unwrap(addComment([], anna, sectionAnchor('risks'), 'Första')).annotations;
    list = unwrap(addReply(list, omar, 'AB-1', 'Svar')).annotations;
    expect(deleteComment(list, anna, 'AB-1')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(deleteComment(list, omar, 'AB-1')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    list = unwrap(deleteReply(list, omar, 'AB-1', 'OS-1'));
    expect(unwrap(deleteComment(list, anna, 'AB-1'))).toEqual([]);
  });

  it('rejects empty comments and unknown threads with a message', () => {
    expect(addComment([], anna, sectionAnchor('risks'), '   ')).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(addReply([], anna, 'nope', 'Hej')).toMatchObject({ ok: false, error: { message: 'the comment no longer exists' } });
    expect(addComment([], anna, sectionAnchor('risks'), 'x'.repeat(20001))).toMatchObject({ ok: false });
  });

  it('takes the author from settings, asking for a name when there is none', () => {
    expect(authorFromSettings({ authorName: ' Anna  Berg ', authorInitials: '' })).toEqual({ ok: true, value: { name: 'Anna  Berg', initials: 'AB' } });
    expect(authorFromSettings({ authorName: 'Anna Berg', authorInitials: 'ABe' })).toMatchObject({ value: { initials: 'ABe' } });
    expect(authorFromSettings({ authorName: '', authorInitials: 'AB' })).toMatchObject({ ok: false });
  });

  it('writes the organisation from settings on the author, and none when it is blank', () => {
    expect(authorFromSettings({ authorName: 'Anna Berg', authorInitials: 'AB', authorOrganisation: ' Kalix kommun ' })).toEqual({
      ok: true, value: { name: 'Anna Berg', initials: 'AB', organisation: 'Kalix kommun' },
    });
    expect(authorFromSettings({ authorName: 'Anna Berg', authorInitials: 'AB', authorOrganisation: '  ' })).toEqual({ ok: true, value: { name: 'Anna Berg', initials: 'AB' } });
  });

  it('keeps a past comment’s author when the settings change: a new comment carries the new name', () => {
    const before = authorFromSettings({ authorName: 'Anna Berg', authorInitials: 'AB' });
    const after = authorFromSettings({ authorName: 'Anna Lind', authorInitials: 'AL', authorOrganisation: 'Kalix kommun' });
    if (!before.ok || !after.ok) throw new Error('no author');
    const first = addComment([], { ...anna, author: before.value }, sectionAnchor('risks'), 'Första');
    if (!first.ok) throw new Error(first.error.message);
    const second = addComment(first.value.annotations, { ...anna, author: after.value }, sectionAnchor('risks'), 'Andra');
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.annotations.map((a) => [a.author.name, a.author.organisation])).toEqual([['Anna Berg', undefined], ['Anna Lind', 'Kalix kommun']]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Annotation } from '../../../core/draft/annotation';
import { itemAnchor, sectionAnchor } from '../../../core/review/field-anchor';
import { mergeAnnotations } from '../../../core/review/merge';
import { addComment, addReply, editComment, setResolved, type ReviewEnv } from '../../../core/review/threads';
import { draftWith, valueFromText } from './helpers';

/**
 * Reviewers work on copies (some forwarded from another reviewer's copy), adding comments,
 * replies, edits and resolves with their own skewed clocks. Merging their copies must keep every
 * thread and reply exactly once, be idempotent, and not depend on the order of the copies.
 */

const base = draftWith({ risks: valueFromText('Risker.') });
base.budget = [{ id: 'b1', category: 'work_input', side: 'swedish', year: 1, amountOre: 100, description: '', activityId: null }];

const action = fc.record({ kind: fc.constantFrom('comment', 'reply', 'resolve', 'reopen', 'edit'), pick: fc.nat(), body: fc.string({ minLength: 1, maxLength: 5 }).map((s) => `x${s}`) });
const reviewer = fc.record({ from: fc.nat(), actions: fc.array(action, { maxLength: 6 }) });

function reviewerEnv(i: number): ReviewEnv {
  let t = Date.parse('2026-03-01T00:00:00Z') + i * 7001; // skewed clocks that never tick together
  let n = 0;
  return { author: { name: `Reviewer ${i}`, initials: `R${i}` }, now: () => new Date((t += 60_000)), newId: () => `r${i}-${++n}` };
}

type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

function act(list: Annotation[], env: ReviewEnv, a: Action): Annotation[] {
  const target = list.length ? list[a.pick % list.length]! : undefined;
  const r =
    a.kind === 'comment' || !target
      ? addComment(list, env, a.pick % 2 ? sectionAnchor('risks') : itemAnchor('budget', 'b1'), a.body)
      : a.kind === 'reply'
        ? addReply(list, env, target.id, a.body)
        : a.kind === 'edit'
          ? editComment(list, env, target.id, a.body)
          : setResolved(list, env, target.id, a.kind === 'resolve');
  if (!r.ok) return list; // e.g. editing someone else's comment
  return Array.isArray(r.value) ? r.value : r.value.annotations;
}

const ids = (list: Annotation[]) => list.flatMap((a) => [a.id, ...a.replies.map((r) => r.id)]);
const sorted = (list: Annotation[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('merging reviewers’ copies (property)', () => {
  it('keeps every thread and reply once, is idempotent and ignores the order of copies', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 4 }), fc.array(reviewer, { minLength: 1, maxLength: 4 }), fc.nat(), (own, reviewers, shuffle) => {
        const author = reviewerEnv(0);
        const start = { ...base, annotations: own.reduce((l, a) => act(l, author, a), [] as Annotation[]) };
        const copies = [start];
        reviewers.forEach((r, i) => {
          const from = copies[r.from % copies.length]!; // forwarded copies overlap
          const env = reviewerEnv(i + 1);
          copies.push({ ...from, annotations: r.actions.reduce((l, a) => act(l, env, a), from.annotations) });
        });
        const returned = copies.slice(1);
        const { annotations, report } = mergeAnnotations(start, returned);

        const all = new Set(returned.flatMap((c) => ids(c.annotations)).concat(ids(start.annotations)));
        expect(ids(annotations).sort()).toEqual([...all].sort());
        const incoming = new Set(returned.flatMap((c) => c.annotations.map((a) => a.id)));
        expect(report.added + report.alreadyPresent).toBe(incoming.size);
        expect(report.repliesAdded).toBe(ids(annotations).length - ids(start.annotations).length - report.added);

        const again = mergeAnnotations({ ...start, annotations }, returned);
        expect(again.annotations).toEqual(annotations);
        expect(again.report).toMatchObject({ added: 0, repliesAdded: 0, updated: 0 });

        const rotated = [...returned.slice(shuffle % returned.length), ...returned.slice(0, shuffle % returned.length)].reverse();
        expect(sorted(mergeAnnotations(start, rotated).annotations)).toEqual(sorted(annotations));
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Annotation, RowProposal } from '../../../core/draft/annotation';
import type { BudgetLine, Draft, TeamMember } from '../../../core/draft/schema';
import type { Activity, Risk } from '../../../core/draft/framework';
import { fieldAnchor, itemAnchor } from '../../../core/review/field-anchor';
import { mergeReview } from '../../../core/review/merge-review';
import { decideRowProposals } from '../../../core/review/proposal-decide';
import { openRowProposals } from '../../../core/review/proposal-rows';
import { annotationOn, draftWith } from './helpers';

/**
 * Reviewers propose new rows (some with ids the table already has) and removals in their copies, in
 * the budget, the team, the activity plan and the risk register,
 * some forwarded from another reviewer's copy. Merging must bring each proposal once however often
 * a copy is merged, and rejecting them all must leave the tables exactly as the author has them.
 */

const line = (id: string, amountOre: number): BudgetLine => ({ id, category: 'work_input', side: 'swedish', year: 1, amountOre, description: `Rad ${id}`, activityId: null });
const member = (id: string): TeamMember => ({ id, name: `Person ${id}`, role: '', side: 'swedish', kind: 'other', politicalSide: null, coordinator: false, icldContact: false, projectManager: false });

const activity = (id: string, title = `Aktivitet ${id}`): Activity => ({ id, title, description: '', resultIds: [], startMonth: 1, endMonth: 2, place: 'digital', parties: ['swedish'], kind: null, participants: null });
const risk = (id: string, owner = ''): Risk => ({ id, text: `Risk ${id}`, likelihood: 2, impact: 1, mitigation: '', owner, threatens: null });

// Budget line b2 is linked to activity a1, so removing a1 leaves it pointing at a removed activity.
const author: Draft = { ...draftWith({}), budget: [line('b1', 100), { ...line('b2', 200), activityId: 'a1' }], team: [member('t1'), member('t2')],
  activities: [activity('a1'), activity('a2')], risks: [risk('r1'), risk('r2')] };

const proposal = fc.oneof(
  fc.record({ id: fc.constantFrom('b1', 'b2', 'b3', 'b4'), amount: fc.nat(1_000_000) }).map(({ id, amount }): RowProposal => ({ kind: 'add-row', table: 'budget', row: line(id, amount) })),
  fc.constantFrom('t1', 't3').map((id): RowProposal => ({ kind: 'add-row', table: 'team', row: member(id) })),
  fc.constantFrom('b1', 'b2').map((id): RowProposal => ({ kind: 'remove-row', table: 'budget', row: author.budget.find((l) => l.id === id)! })),
  fc.constantFrom('t1', 't2').map((id): RowProposal => ({ kind: 'remove-row', table: 'team', row: member(id) })),
  fc.record({ id: fc.constantFrom('a1', 'a3'), title: fc.string({ maxLength: 20 }) }).map(({ id, title }): RowProposal => ({ kind: 'add-row', table: 'activity', row: activity(id, title) })),
  fc.record({ id: fc.constantFrom('r2', 'r3'), owner: fc.string({ maxLength: 20 }) }).map(({ id, owner }): RowProposal => ({ kind: 'add-row', table: 'risk', row: risk(id, owner) })),
  fc.constantFrom('a1', 'a2').map((id): RowProposal => ({ kind: 'remove-row', table: 'activity', row: activity(id) })),
  fc.constantFrom('r1', 'r2').map((id): RowProposal => ({ kind: 'remove-row', table: 'risk', row: risk(id) })),
);
const reviewer = fc.record({ from: fc.nat(), proposals: fc.array(proposal, { maxLength: 4 }) });

function copies(reviewers: Array<{ from: number; proposals: RowProposal[] }>): Draft[] {
  const out: Draft[] = [];
  reviewers.forEach((r, i) => {
    // Some reviewers work on a copy forwarded from an earlier reviewer.
    const start = out.length && r.from % 2 ? out[r.from % out.length]! : author;
    const made: Annotation[] = r.proposals.map((p, k) => ({
      ...annotationOn(p.kind === 'add-row' ? fieldAnchor(p.table) : itemAnchor(p.table, p.row.id), `r${i}-${k}`),
      author: { name: `Granskare ${i}`, initials: `G${i}` },
      proposal: p,
    }));
    out.push({ ...start, annotations: [...start.annotations, ...made] });
  });
  return out;
}

const env = { author: { name: 'Författare', initials: 'F' }, now: () => new Date('2026-05-01T10:00:00Z'), newId: () => 'n' };

describe('proposed rows from several copies', () => {
  it('merging the same copies again adds nothing', () => {
    fc.assert(fc.property(fc.array(reviewer, { minLength: 1, maxLength: 4 }), (rs) => {
      const cs = copies(rs);
      const once = mergeReview(author, cs);
      const merged = { ...author, annotations: once.annotations };
      const again = mergeReview(merged, [...cs, ...cs]);
      expect(again.report.comments.added).toBe(0);
      expect(again.annotations).toEqual(once.annotations);
      const ids = once.annotations.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
    }));
  });

  it('rejecting every proposal leaves the tables as the author has them, and none open', () => {
    fc.assert(fc.property(fc.array(reviewer, { minLength: 1, maxLength: 4 }), (rs) => {
      const merged = { ...author, annotations: mergeReview(author, copies(rs)).annotations };
      const out = decideRowProposals(merged, merged.annotations, () => 'reject', env);
      expect(out.draft.budget).toEqual(author.budget);
      expect(out.draft.team).toEqual(author.team);
      expect(out.draft.activities).toEqual(author.activities);
      expect(out.draft.risks).toEqual(author.risks);
      expect(openRowProposals(out.annotations)).toEqual([]);
    }));
  });

  it('accepting every proposal keeps every table row id unique and the draft one that saves', () => {
    fc.assert(fc.property(fc.array(reviewer, { minLength: 1, maxLength: 4 }), (rs) => {
      const merged = { ...author, annotations: mergeReview(author, copies(rs)).annotations };
      const out = decideRowProposals(merged, merged.annotations, () => 'accept', env);
      for (const list of [out.draft.budget, out.draft.team, out.draft.activities, out.draft.risks]) expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
      // Only removals of rows already removed by an earlier proposal are refused.
      expect(out.refused.every((r) => r.reason === 'row-gone')).toBe(true);
      // A budget line linked to a removed activity keeps its link, as when the author removes it.
      expect(out.draft.budget.find((l) => l.id === 'b2')?.activityId ?? 'a1').toBe('a1');
    }));
  });
});

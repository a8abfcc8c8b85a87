import { describe, expect, it } from 'vitest';
import { Annotation, type RowProposal } from '../../../core/draft/annotation';
import type { BudgetLine, Draft, TeamMember } from '../../../core/draft/schema';
import { fieldAnchor, itemAnchor } from '../../../core/review/field-anchor';
import { mergeReview } from '../../../core/review/merge-review';
import { applyProposal, tryProposal } from '../../../core/review/proposal';
import { decideRowProposals } from '../../../core/review/proposal-decide';
import { openRowProposals } from '../../../core/review/proposal-rows';
import { resolveAnchor } from '../../../core/review/reanchor';
import type { ReviewEnv } from '../../../core/review/threads';
import { annotationOn, draftWith } from './helpers';

const line = (id: string, o: Partial<BudgetLine> = {}): BudgetLine => ({ id, category: 'international_travel', side: 'swedish', year: 1, amountOre: 1_200_000, description: 'Resa', activityId: null, ...o });
const member = (id: string, o: Partial<TeamMember> = {}): TeamMember => ({ id, name: 'Eva Lund', role: 'Samordnare', side: 'swedish', kind: 'civil_servant', politicalSide: null, coordinator: false, icldContact: false, projectManager: false, ...o });

function base(): Draft {
  const d = draftWith({});
  return { ...d, budget: [line('b1'), line('b2', { description: 'Tolk', amountOre: 500_000 })], team: [member('t1'), member('t2', { name: 'Olle Ek' })] };
}

const env: ReviewEnv = { author: { name: 'Anna Berg', initials: 'AB' }, now: () => new Date('2026-04-01T10:00:00Z'), newId: () => 'x' };

function proposalOn(p: RowProposal, id: string): Annotation {
  const anchor = p.kind === 'add-row' ? fieldAnchor(p.table) : itemAnchor(p.table, p.row.id);
  return { ...annotationOn(anchor, id), proposal: p };
}

describe('proposed rows', () => {
  it('an accepted new budget line is put at the end of the table as proposed, and the draft it came from is untouched', () => {
    const d = base();
    const next = applyProposal(d, 'budget', { kind: 'add-row', table: 'budget', row: line('b9', { description: 'Flyg' }) })!;
    expect(next.budget.map((l) => l.id)).toEqual(['b1', 'b2', 'b9']);
    expect(next.budget[2]).toEqual(line('b9', { description: 'Flyg' }));
    expect(d.budget).toHaveLength(2);
  });

  it('a new row whose id the table already has is put in under a fresh id, and the other rows keep theirs', () => {
    const d = base();
    const r = tryProposal(d, 'budget', { kind: 'add-row', table: 'budget', row: line('b1', { description: 'Annan resa' }) });
    expect(r.ok).toBe(true);
    const budget = r.ok ? r.draft.budget : [];
    expect(budget.map((l) => l.id)).toEqual(['b1', 'b2', 'b1-2']);
    expect(budget[0]).toEqual(d.budget[0]);
    expect(budget[2]!.description).toBe('Annan resa');
    const again = applyProposal(r.ok ? r.draft : d, 'budget', { kind: 'add-row', table: 'budget', row: line('b1') })!;
    expect(again.budget.map((l) => l.id)).toEqual(['b1', 'b2', 'b1-2', 'b1-3']);
  });

  it('an accepted removal takes the row out; a comment on that row is kept, as an orphan with its text', () => {
    const comment = { ...annotationOn(itemAnchor('team', 't2'), 'c-on-row'), body: 'Är Olle med?' };
    const removal = proposalOn({ kind: 'remove-row', table: 'team', row: member('t2', { name: 'Olle Ek' }) }, 'p-remove');
    const d = { ...base(), annotations: [comment, removal] };
    const out = decideRowProposals(d, d.annotations, () => 'accept', env);
    expect(out.draft.team.map((m) => m.id)).toEqual(['t1']);
    const kept = out.annotations.find((a) => a.id === 'c-on-row')!;
    expect(kept.body).toBe('Är Olle med?');
    expect(resolveAnchor(kept, { ...out.draft, annotations: out.annotations })).toMatchObject({ status: 'orphan', reason: 'field-missing' });
    expect(out.annotations.find((a) => a.id === 'p-remove')!.resolved).toBe(true);
  });

  it('a rejected proposal leaves the table as it was and resolves its comment', () => {
    const add = proposalOn({ kind: 'add-row', table: 'budget', row: line('b9') }, 'p-add');
    const remove = proposalOn({ kind: 'remove-row', table: 'budget', row: line('b1') }, 'p-remove');
    const d = { ...base(), annotations: [add, remove] };
    const out = decideRowProposals(d, d.annotations, () => 'reject', env);
    expect(out.draft).toBe(d);
    expect(out.decided).toEqual(['p-add', 'p-remove']);
    expect(openRowProposals(out.annotations)).toEqual([]);
  });

  it('a proposed row the draft can no longer take is refused with its reason, stays open, and the draft is unchanged', () => {
    const d = base();
    // A row that does not validate as a budget line (built by hand, as a hand-edited file could hold).
    const broken = { kind: 'add-row', table: 'budget', row: { ...line('b9'), year: 0 } } as RowProposal;
    expect(tryProposal(d, 'budget', broken)).toEqual({ ok: false, reason: 'row-invalid' });
    // A partner that was removed since the reviewer proposed a line on its side.
    const partnerGone = proposalOn({ kind: 'add-row', table: 'budget', row: line('b9', { side: 'gone-partner' }) }, 'p1');
    const removalGone = proposalOn({ kind: 'remove-row', table: 'team', row: member('t7') }, 'p2');
    const out = decideRowProposals(d, [partnerGone, removalGone], () => 'accept', env);
    expect(out.refused).toEqual([{ id: 'p1', reason: 'side-gone' }, { id: 'p2', reason: 'row-gone' }]);
    expect(out.draft).toBe(d);
    expect(openRowProposals(out.annotations).map((a) => a.id)).toEqual(['p1', 'p2']);
  });

  it('a full table refuses one more row instead of making a draft that cannot be saved', () => {
    const d = { ...base(), team: Array.from({ length: 500 }, (_, i) => member(`m${i}`)) };
    expect(tryProposal(d, 'team', { kind: 'add-row', table: 'team', row: member('new') })).toEqual({ ok: false, reason: 'row-invalid' });
  });

  it('the file keeps a proposed row only on its table and a removal only on its row, each row checked as a real row', () => {
    const row = line('b9');
    expect(Annotation.safeParse(proposalOn({ kind: 'add-row', table: 'budget', row }, 'a')).success).toBe(true);
    expect(Annotation.safeParse({ ...proposalOn({ kind: 'add-row', table: 'budget', row }, 'a'), anchor: fieldAnchor('team') }).success).toBe(false);
    expect(Annotation.safeParse({ ...proposalOn({ kind: 'remove-row', table: 'budget', row }, 'a'), anchor: itemAnchor('budget', 'b1') }).success).toBe(false);
    expect(Annotation.safeParse(proposalOn({ kind: 'add-row', table: 'budget', row: { ...row, amountOre: -1 } }, 'a')).success).toBe(false);
    expect(Annotation.safeParse(proposalOn({ kind: 'add-row', table: 'team', row: { ...member('t9'), kind: 'boss' } as unknown as TeamMember }, 'a')).success).toBe(false);
    // A format 5 value proposal is still one.
    expect(Annotation.safeParse({ ...annotationOn(itemAnchor('budget', 'b1')), proposal: { property: 'amount', value: '1', was: '2' } }).success).toBe(true);
  });

  it('merging a reviewer’s copy brings its proposed rows once, however often it is merged', () => {
    const author = base();
    const copy = { ...author, annotations: [proposalOn({ kind: 'add-row', table: 'budget', row: line('b9') }, 'p-add'), proposalOn({ kind: 'remove-row', table: 'team', row: member('t1') }, 'p-rm')] };
    const once = mergeReview(author, [copy]);
    expect(once.report.comments.added).toBe(2);
    expect(once.report.comments.orphaned).toBe(0);
    const merged = { ...author, annotations: once.annotations };
    const twice = mergeReview(merged, [copy, copy]);
    expect(twice.report.comments.added).toBe(0);
    expect(twice.report.comments.alreadyPresent).toBe(2);
    expect(twice.annotations).toEqual(once.annotations);
    expect(openRowProposals(twice.annotations).map((a) => a.proposal.kind)).toEqual(['add-row', 'remove-row']);
  });
});

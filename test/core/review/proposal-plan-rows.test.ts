import { describe, expect, it } from 'vitest';
import { Annotation, type RowProposal } from '../../../core/draft/annotation';
import type { Activity, Risk } from '../../../core/draft/framework';
import type { BudgetLine, Draft } from '../../../core/draft/schema';
import { fieldAnchor, itemAnchor } from '../../../core/review/field-anchor';
import { mergeReview } from '../../../core/review/merge-review';
import { applyProposal, proposalCurrentValue, tryProposal } from '../../../core/review/proposal';
import { decideRowProposals } from '../../../core/review/proposal-decide';
import { linkedBudgetLines, openRowProposals } from '../../../core/review/proposal-rows';
import { resolveAnchor } from '../../../core/review/reanchor';
import { rowProposalText } from '../../../core/review/row-text';
import type { ReviewEnv } from '../../../core/review/threads';
import { annotationOn, draftWith } from './helpers';

const activity = (id: string, o: Partial<Activity> = {}): Activity => ({ id, title: 'Workshop i Mombasa', description: '', resultIds: [], startMonth: 3, endMonth: 4,
  place: 'partner_country', parties: ['swedish'], kind: 'workshop', participants: 20, ...o });
const risk = (id: string, o: Partial<Risk> = {}): Risk => ({ id, text: 'Valet byter majoritet', likelihood: 2, impact: 3, mitigation: 'Förankra i båda blocken', owner: 'Projektledaren', threatens: null, ...o });
const line = (id: string, activityId: string | null): BudgetLine => ({ id, category: 'international_travel', side: 'swedish', year: 1, amountOre: 100_000, description: 'Resa', activityId });

function base(): Draft {
  const d = draftWith({});
  const framework = { ...d.framework, projectObjectives: [{ id: 'o1', text: 'Mål', note: '', indicators: [], assumptions: '', results: [{ id: 'res1', text: 'Resultat', note: '', indicators: [], assumptions: '' }] }] };
  return { ...d, framework, activities: [activity('a1'), activity('a2', { title: 'Studiebesök' })], risks: [risk('r1'), risk('r2', { text: 'Visum dröjer' })],
    budget: [line('b1', 'a1'), line('b2', 'a1'), line('b3', null)] };
}

const env: ReviewEnv = { author: { name: 'Anna Berg', initials: 'AB' }, now: () => new Date('2026-04-01T10:00:00Z'), newId: () => 'x' };

function proposalOn(p: RowProposal, id: string): Annotation {
  const anchor = p.kind === 'add-row' ? fieldAnchor(p.table) : itemAnchor(p.table, p.row.id);
  return { ...annotationOn(anchor, id), proposal: p };
}

describe('proposed activities and risks', () => {
  it('an accepted new activity is put at the end of the plan as proposed; one whose id the plan has gets a fresh id', () => {
    const d = base();
    const next = applyProposal(d, 'activity', { kind: 'add-row', table: 'activity', row: activity('a9', { resultIds: ['res1'] }) })!;
    expect(next.activities.map((a) => a.id)).toEqual(['a1', 'a2', 'a9']);
    expect(next.activities[2]).toEqual(activity('a9', { resultIds: ['res1'] }));
    const clash = applyProposal(d, 'activity', { kind: 'add-row', table: 'activity', row: activity('a1', { title: 'Annan' }) })!;
    expect(clash.activities.map((a) => a.id)).toEqual(['a1', 'a2', 'a1-2']);
    expect(clash.activities[0]).toEqual(d.activities[0]);
    expect(d.activities).toHaveLength(2);
  });

  it('an accepted new risk is put at the end of the register', () => {
    const next = applyProposal(base(), 'risk', { kind: 'add-row', table: 'risk', row: risk('r2', { text: 'Tolken slutar' }) })!;
    expect(next.risks.map((r) => [r.id, r.text])).toEqual([['r1', 'Valet byter majoritet'], ['r2', 'Visum dröjer'], ['r2-2', 'Tolken slutar']]);
  });

  it('refuses a new activity or risk whose result or party is gone, and leaves the draft as it was', () => {
    const d = base();
    expect(tryProposal(d, 'activity', { kind: 'add-row', table: 'activity', row: activity('a9', { resultIds: ['gone'] }) })).toEqual({ ok: false, reason: 'result-gone' });
    expect(tryProposal(d, 'activity', { kind: 'add-row', table: 'activity', row: activity('a9', { parties: ['gone-partner'] }) })).toEqual({ ok: false, reason: 'side-gone' });
    expect(tryProposal(d, 'risk', { kind: 'add-row', table: 'risk', row: risk('r9', { threatens: 'gone' }) })).toEqual({ ok: false, reason: 'result-gone' });
    // A risk may threaten a project objective as well as a result.
    expect(tryProposal(d, 'risk', { kind: 'add-row', table: 'risk', row: risk('r9', { threatens: 'o1' }) }).ok).toBe(true);
  });

  it('removing an activity leaves the budget lines linked to it pointing at it, as removing it by hand does, and counts them', () => {
    const d = { ...base(), annotations: [proposalOn({ kind: 'remove-row', table: 'activity', row: activity('a1') }, 'p-rm')] };
    expect(linkedBudgetLines(d, 'a1')).toBe(2);
    const out = decideRowProposals(d, d.annotations, () => 'accept', env);
    expect(out.draft.activities.map((a) => a.id)).toEqual(['a2']);
    expect(out.draft.budget.map((l) => l.activityId)).toEqual(['a1', 'a1', null]);
    expect(openRowProposals(out.annotations)).toEqual([]);
  });

  it('an accepted risk removal takes it out; a rejected one leaves the register and resolves the comment', () => {
    const d = { ...base(), annotations: [proposalOn({ kind: 'remove-row', table: 'risk', row: risk('r1') }, 'p-rm'), annotationOn(itemAnchor('risk', 'r1'), 'c')] };
    const rejected = decideRowProposals(d, d.annotations, () => 'reject', env);
    expect(rejected.draft).toBe(d);
    expect(rejected.annotations.find((a) => a.id === 'p-rm')!.resolved).toBe(true);
    const accepted = decideRowProposals(d, d.annotations, () => 'accept', env);
    expect(accepted.draft.risks.map((r) => r.id)).toEqual(['r2']);
    // A comment on the removed risk is kept, as an orphan.
    expect(resolveAnchor(accepted.annotations.find((a) => a.id === 'c')!, { ...accepted.draft, annotations: accepted.annotations })).toMatchObject({ status: 'orphan', reason: 'field-missing' });
  });

  it('the file keeps a proposed activity only on the plan and a risk removal only on its risk, each checked as a real row', () => {
    const add = proposalOn({ kind: 'add-row', table: 'activity', row: activity('a9') }, 'a');
    expect(Annotation.safeParse(add).success).toBe(true);
    expect(Annotation.safeParse({ ...add, anchor: fieldAnchor('risk') }).success).toBe(false);
    expect(Annotation.safeParse(proposalOn({ kind: 'add-row', table: 'activity', row: activity('a9', { startMonth: 0 }) }, 'a')).success).toBe(false);
    const rm = proposalOn({ kind: 'remove-row', table: 'risk', row: risk('r1') }, 'b');
    expect(Annotation.safeParse(rm).success).toBe(true);
    expect(Annotation.safeParse({ ...rm, anchor: itemAnchor('risk', 'r2') }).success).toBe(false);
    expect(Annotation.safeParse(proposalOn({ kind: 'add-row', table: 'risk', row: risk('r9', { likelihood: 4 }) }, 'a')).success).toBe(false);
  });

  it('merging a copy brings a proposed activity and a risk removal once, placed on the plan and the risk, however often it is merged', () => {
    const author = base();
    const copy = { ...author, annotations: [proposalOn({ kind: 'add-row', table: 'activity', row: activity('a9') }, 'p-add'), proposalOn({ kind: 'remove-row', table: 'risk', row: risk('r1') }, 'p-rm')] };
    const once = mergeReview(author, [copy]);
    expect(once.report.comments).toMatchObject({ added: 2, alreadyPresent: 0, orphaned: 0 });
    const merged = { ...author, annotations: once.annotations };
    for (const a of once.annotations) expect(resolveAnchor(a, merged)).toMatchObject({ status: 'placed' });
    const twice = mergeReview(merged, [copy, copy]);
    expect(twice.report.comments).toMatchObject({ added: 0, alreadyPresent: 2 });
    expect(twice.annotations).toEqual(once.annotations);
  });

  it('takes a proposed value on an activity’s title and a risk’s owner, showing the value it replaces', () => {
    const d = base();
    expect(proposalCurrentValue(d, 'activity:a2', 'title')).toBe('Studiebesök');
    const next = applyProposal(d, 'activity:a2', { property: 'title', value: 'Studiebesök i Uppsala', was: 'Studiebesök' })!;
    expect(next.activities[1]!.title).toBe('Studiebesök i Uppsala');
    expect(proposalCurrentValue(d, 'risk:r1', 'owner')).toBe('Projektledaren');
    expect(applyProposal(d, 'risk:r1', { property: 'owner', value: 'Koordinatorn', was: 'Projektledaren' })!.risks[0]!.owner).toBe('Koordinatorn');
    // A number is not a text field and takes no proposed text.
    expect(proposalCurrentValue(d, 'activity:a2', 'participants')).toBeNull();
  });

  it('says an activity by title, months and place, and a risk by text and owner, in either language', () => {
    const d = base();
    expect(rowProposalText({ kind: 'add-row', table: 'activity', row: activity('a9') }, d, 'sv')).toBe('Workshop i Mombasa · månad 3–4 · Partnerlandet');
    expect(rowProposalText({ kind: 'add-row', table: 'activity', row: activity('a9', { endMonth: 3, place: null }) }, d, 'en')).toBe('Workshop i Mombasa · month 3');
    expect(rowProposalText({ kind: 'add-row', table: 'activity', row: activity('a9', { title: ' ', startMonth: null, endMonth: null }) }, d, 'sv')).toBe('(utan titel) · Partnerlandet');
    expect(rowProposalText({ kind: 'remove-row', table: 'risk', row: risk('r1') }, d, 'sv')).toBe('Valet byter majoritet · Projektledaren');
    expect(rowProposalText({ kind: 'remove-row', table: 'risk', row: risk('r1', { owner: '' }) }, d, 'en')).toBe('Valet byter majoritet');
  });
});

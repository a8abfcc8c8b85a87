import type { Annotation, RowProposal } from '../draft/annotation';
import { isRowProposal, rowProposalField } from '../draft/annotation';
import { amountKey, withInvalidInput } from '../draft/invalid-inputs';
import { BudgetLine, TeamMember } from '../draft/rows';
import type { Draft } from '../draft/schema';

/**
 * Proposed rows: a reviewer's comment on a table can carry a whole new row, a comment on a row a
 * proposed removal (format 6). Accepting one goes through `applyProposal` (proposal.ts) like a
 * proposed value; this is what it does to the table. A row that could not be put into the draft is
 * refused with the reason, and the draft is left as it was.
 */

/** Why a proposed row cannot be accepted into the draft as it is now. */
export type RowRefusal =
  /** The row is not one the table could hold (as the schema of a real row says). */
  | 'row-invalid'
  /** A new row's party (or a budget line's activity) is no longer in the draft. */
  | 'side-gone'
  | 'activity-gone'
  /** The row proposed for removal is no longer in the table. */
  | 'row-gone';

export type RowOutcome = { ok: true; draft: Draft; rowId: string } | { ok: false; reason: RowRefusal };

type Row = { id: string };
const listOf = (draft: Draft, table: RowProposal['table']): readonly Row[] => (table === 'budget' ? draft.budget : draft.team);

/** An id no row of the table has: the proposed one, else it numbered ("b1-2", "b1-3" …). */
export function freshRowId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, 100 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function addRow(draft: Draft, p: Extract<RowProposal, { kind: 'add-row' }>): RowOutcome {
  const parsed = (p.table === 'budget' ? BudgetLine : TeamMember).safeParse(p.row);
  if (!parsed.success) return { ok: false, reason: 'row-invalid' };
  const side = (parsed.data as { side: string }).side;
  if (side !== 'swedish' && !draft.partners.some((x) => x.id === side)) return { ok: false, reason: 'side-gone' };
  const activityId = p.table === 'budget' ? (parsed.data as BudgetLine).activityId : null;
  if (activityId !== null && !draft.activities.some((a) => a.id === activityId)) return { ok: false, reason: 'activity-gone' };
  const rowId = freshRowId(p.row.id, new Set(listOf(draft, p.table).map((r) => r.id)));
  const row = { ...parsed.data, id: rowId };
  const next = p.table === 'budget' ? { ...draft, budget: [...draft.budget, row as BudgetLine] } : { ...draft, team: [...draft.team, row as TeamMember] };
  return { ok: true, draft: next, rowId };
}

function removeRow(draft: Draft, p: Extract<RowProposal, { kind: 'remove-row' }>): RowOutcome {
  const id = p.row.id;
  if (!listOf(draft, p.table).some((r) => r.id === id)) return { ok: false, reason: 'row-gone' };
  // A line's unreadable amount goes with the line, as when the author removes it.
  const next = p.table === 'budget'
    ? withInvalidInput({ ...draft, budget: draft.budget.filter((l) => l.id !== id) }, amountKey(id), null)
    : { ...draft, team: draft.team.filter((m) => m.id !== id) };
  return { ok: true, draft: next, rowId: id };
}

/** The draft with a proposed row added or removed (not yet checked as a whole draft). */
export function rowProposalOutcome(draft: Draft, field: string, p: RowProposal): RowOutcome {
  if (field !== rowProposalField(p)) return { ok: false, reason: 'row-invalid' };
  return p.kind === 'add-row' ? addRow(draft, p) : removeRow(draft, p);
}

/** An open comment carrying a proposed row or removal, with its proposal. */
export type RowProposalThread = Annotation & { proposal: RowProposal };

/** The open row proposals among the comments, in their order; of one table when it is given. */
export function openRowProposals(annotations: readonly Annotation[], table?: RowProposal['table']): RowProposalThread[] {
  return annotations.filter((a): a is RowProposalThread => !a.resolved && !!a.proposal && isRowProposal(a.proposal) && (!table || a.proposal.table === table));
}

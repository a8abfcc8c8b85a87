import type { Annotation, RowProposal } from '../draft/annotation';
import { isRowProposal, rowProposalField } from '../draft/annotation';
import { amountKey, withInvalidInput } from '../draft/invalid-inputs';
import { Activity, Risk } from '../draft/framework';
import { allResults } from '../draft/framework-numbers';
import { BudgetLine, TeamMember } from '../draft/rows';
import type { Draft } from '../draft/schema';

/**
 * Proposed rows: a reviewer's comment on a table can carry a whole new row, a comment on a row a
 * proposed removal (format 6: the budget and the team; format 7 also the activity plan and the
 * risk register). Accepting one goes through `applyProposal` (proposal.ts) like a proposed value;
 * this is what it does to the table. A row that could not be put into the draft is refused with
 * the reason, and the draft is left as it was.
 */

/** Why a proposed row cannot be accepted into the draft as it is now. */
export type RowRefusal =
  /** The row is not one the table could hold (as the schema of a real row says). */
  | 'row-invalid'
  /** A new row's party (or a budget line's activity) is no longer in the draft. */
  | 'side-gone'
  | 'activity-gone'
  /** A new activity's result, or what a new risk threatens, is no longer in the results framework. */
  | 'result-gone'
  /** The row proposed for removal is no longer in the table. */
  | 'row-gone';

export type RowOutcome = { ok: true; draft: Draft; rowId: string } | { ok: false; reason: RowRefusal };

type Table = RowProposal['table'];
type Row = { id: string };

/** Where each table's rows are in the draft. */
export const TABLE_LIST = { budget: 'budget', team: 'team', activity: 'activities', risk: 'risks' } as const satisfies Record<Table, keyof Draft>;
const SCHEMA = { budget: BudgetLine, team: TeamMember, activity: Activity, risk: Risk } as const;

const listOf = (draft: Draft, table: Table): readonly Row[] => draft[TABLE_LIST[table]];

/** An id no row of the table has: the proposed one, else it numbered ("b1-2", "b1-3" …). */
export function freshRowId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, 100 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const hasSide = (draft: Draft, side: string) => side === 'swedish' || draft.partners.some((x) => x.id === side);

/** What a new row points at that is no longer in the draft, or null when all of it is. */
function missingTarget(draft: Draft, p: Extract<RowProposal, { kind: 'add-row' }>): RowRefusal | null {
  const results = () => new Set([...draft.framework.projectObjectives.map((o) => o.id), ...allResults(draft.framework).map((r) => r.result.id)]);
  switch (p.table) {
    case 'budget':
      if (!hasSide(draft, p.row.side)) return 'side-gone';
      return p.row.activityId !== null && !draft.activities.some((a) => a.id === p.row.activityId) ? 'activity-gone' : null;
    case 'team':
      return hasSide(draft, p.row.side) ? null : 'side-gone';
    case 'activity': {
      if (!p.row.parties.every((s) => hasSide(draft, s))) return 'side-gone';
      const known = new Set(allResults(draft.framework).map((r) => r.result.id));
      return p.row.resultIds.every((id) => known.has(id)) ? null : 'result-gone';
    }
    case 'risk':
      return p.row.threatens !== null && !results().has(p.row.threatens) ? 'result-gone' : null;
  }
}

function addRow(draft: Draft, p: Extract<RowProposal, { kind: 'add-row' }>): RowOutcome {
  const parsed = SCHEMA[p.table].safeParse(p.row);
  if (!parsed.success) return { ok: false, reason: 'row-invalid' };
  const proposal = { ...p, row: parsed.data } as Extract<RowProposal, { kind: 'add-row' }>;
  const missing = missingTarget(draft, proposal);
  if (missing) return { ok: false, reason: missing };
  const key = TABLE_LIST[p.table];
  const rowId = freshRowId(p.row.id, new Set(listOf(draft, p.table).map((r) => r.id)));
  const next = { ...draft, [key]: [...draft[key], { ...parsed.data, id: rowId }] } as Draft;
  return { ok: true, draft: next, rowId };
}

function removeRow(draft: Draft, p: Extract<RowProposal, { kind: 'remove-row' }>): RowOutcome {
  const id = p.row.id;
  if (!listOf(draft, p.table).some((r) => r.id === id)) return { ok: false, reason: 'row-gone' };
  const key = TABLE_LIST[p.table];
  const without = { ...draft, [key]: listOf(draft, p.table).filter((r) => r.id !== id) } as Draft;
  // A line's unreadable amount goes with the line, as when the author removes it. Budget lines
  // linked to a removed activity keep their link, as when the author removes it: the budget table
  // then says the activity is gone, and the rules report it.
  const next = p.table === 'budget' ? withInvalidInput(without, amountKey(id), null) : without;
  return { ok: true, draft: next, rowId: id };
}

/** Budget lines linked to an activity (that removing it would leave pointing at a removed activity). */
export const linkedBudgetLines = (draft: Draft, activityId: string): number => draft.budget.filter((l) => l.activityId === activityId).length;

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

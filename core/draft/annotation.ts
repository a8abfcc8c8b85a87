import { z } from 'zod';
import { Activity, Risk } from './framework';
import { BudgetLine, TeamMember } from './rows';

/**
 * Review annotations. A comment is anchored to a text range, a whole section or a structured
 * field; a text anchor also keeps the quoted text with some context so that a copy edited
 * elsewhere can be re-anchored by fuzzy matching (and listed as an orphan when it cannot).
 */

export const Author = z.strictObject({
  name: z.string().min(1).max(200),
  initials: z.string().max(10),
  /** The commenter's organisation, as their settings said when they wrote (absent in older files). */
  organisation: z.string().min(1).max(200).optional(),
});
export type Author = z.infer<typeof Author>;

const SlatePoint = z.strictObject({
  path: z.array(z.number().int().min(0)).max(32),
  offset: z.number().int().min(0),
});

export const Quote = z.strictObject({
  exact: z.string().max(20000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export type Quote = z.infer<typeof Quote>;

export const Anchor = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('text'),
    sectionId: z.string().max(100),
    anchor: SlatePoint,
    focus: SlatePoint,
    quote: Quote,
    /**
     * Set when the quoted text could not be found in this draft (e.g. a comment merged from a copy
     * whose text had changed): the points are then meaningless and the quote is all that is left.
     */
    detached: z.literal(true).optional(),
  }),
  z.strictObject({ kind: z.literal('section'), sectionId: z.string().max(100) }),
  z.strictObject({
    kind: z.literal('field'),
    /** e.g. "applicant.organisation", "budget:<lineId>", "team:<memberId>", "partner:<partnerId>", "activity:<id>", "risk:<id>". */
    field: z.string().max(200),
  }),
]);
export type Anchor = z.infer<typeof Anchor>;

export const Reply = z.strictObject({
  id: z.string().min(1).max(100),
  author: Author,
  body: z.string().max(20000),
  createdAt: z.iso.datetime({ offset: true }),
  editedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Reply = z.infer<typeof Reply>;

/**
 * A value a reviewer proposes for the field their comment is on (format 5), beside the value it
 * would replace, both as the field shows them; the author accepts it into the field or rejects it.
 */
export const ValueProposal = z.strictObject({
  /** Absent in format 5 files, which know no other kind. */
  kind: z.literal('value').optional(),
  /** Which of a list item's fields ("amount" of a budget line); absent for a plain field. */
  property: z.string().min(1).max(100).optional(),
  value: z.string().max(20000),
  was: z.string().max(20000),
});
export type ValueProposal = z.infer<typeof ValueProposal>;

/** The tables a reviewer can propose rows for, each row checked by the schema of a real row. */
export const PROPOSABLE_TABLES = ['budget', 'team', 'activity', 'risk'] as const;
export type ProposableTable = (typeof PROPOSABLE_TABLES)[number];

function rowProposal<K extends 'add-row' | 'remove-row'>(kind: K) {
  return z.discriminatedUnion('table', [
    z.strictObject({ kind: z.literal(kind), table: z.literal('budget'), row: BudgetLine }),
    z.strictObject({ kind: z.literal(kind), table: z.literal('team'), row: TeamMember }),
    // Format 7: an activity of the plan and a risk of the register.
    z.strictObject({ kind: z.literal(kind), table: z.literal('activity'), row: Activity }),
    z.strictObject({ kind: z.literal(kind), table: z.literal('risk'), row: Risk }),
  ]);
}

/**
 * A row a reviewer proposes to add to a table (format 6), on a comment on the table (`budget`,
 * `team`; format 7 also `activity`, `risk`): the whole row, as the table would hold it.
 */
export const AddRowProposal = rowProposal('add-row');
export type AddRowProposal = z.infer<typeof AddRowProposal>;

/**
 * A row a reviewer proposes to remove (format 6), on a comment on that row (`budget:<id>`): the
 * row as it was when they proposed it, so the proposal still says what it meant once it changed.
 */
export const RemoveRowProposal = rowProposal('remove-row');
export type RemoveRowProposal = z.infer<typeof RemoveRowProposal>;

export const Proposal = z.union([ValueProposal, AddRowProposal, RemoveRowProposal]);
export type Proposal = z.infer<typeof Proposal>;
export type RowProposal = AddRowProposal | RemoveRowProposal;

/** True for a proposed row or a proposed removal, false for a proposed value. */
export const isRowProposal = (p: Proposal): p is RowProposal => p.kind === 'add-row' || p.kind === 'remove-row';

/** The field a row proposal's comment is anchored on: the table for a new row, the row for a removal. */
export const rowProposalField = (p: RowProposal): string => (p.kind === 'add-row' ? p.table : `${p.table}:${p.row.id}`);

export const Annotation = z.strictObject({
  id: z.string().min(1).max(100),
  author: Author,
  body: z.string().max(20000),
  createdAt: z.iso.datetime({ offset: true }),
  editedAt: z.iso.datetime({ offset: true }).nullable(),
  anchor: Anchor,
  resolved: z.boolean(),
  /** When `resolved` last changed (resolve or reopen); merging copies keeps the latest change. */
  statusChangedAt: z.iso.datetime({ offset: true }).optional(),
  /** Who last resolved or reopened the thread. */
  statusChangedBy: Author.optional(),
  replies: z.array(Reply),
  proposal: Proposal.optional(),
}).refine((a) => !a.proposal || a.anchor.kind === 'field', {
  // Only a field can show a proposed value; elsewhere it would be kept where nobody sees it.
  message: 'a proposed value belongs to a comment on a field',
  path: ['proposal'],
}).refine((a) => !a.proposal || !isRowProposal(a.proposal) || (a.anchor.kind === 'field' && a.anchor.field === rowProposalField(a.proposal)), {
  // A proposed row is shown in its table, a proposed removal on its row: anywhere else nobody would see it.
  message: 'a proposed row belongs to a comment on its table, a proposed removal to a comment on its row',
  path: ['proposal'],
});
export type Annotation = z.infer<typeof Annotation>;

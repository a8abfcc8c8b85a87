import type { Annotation, RowProposal } from '../../core/draft/annotation';
import { changeAuthorKey } from '../../core/review/change-list';
import { decideRowProposals, type RowVerdict } from '../../core/review/proposal-decide';
import { linkedBudgetLines, openRowProposals, type RowProposalThread } from '../../core/review/proposal-rows';
import type { Draft } from '../../core/draft/schema';
import { text } from '../i18n/text-key';
import { notify } from '../state/app-state';
import { asOneStep } from '../state/doc-history';
import { docStore, updateFields } from '../state/doc-state';
import { asAuthor } from './comment-actions';
import { recordMerge } from './merge-step';
import { reviewStore, setAnnotations, useReview } from './review-state';

/**
 * Deciding reviewers' proposed rows and removals in the open draft: the table change and the
 * comment's resolve are one step of the document history, so Ctrl+Z takes back both (the row goes
 * again and the proposal is open again). Only the author decides; a refused proposal says why.
 */

/**
 * Decides the open row proposals `verdict` names; returns how many were decided. A decision made
 * inside a wider `asOneStep` (Acceptera alla) joins that step.
 */
export function decideRows(verdict: (t: RowProposalThread) => RowVerdict): number {
  if (reviewStore.get().role !== 'author') return 0;
  // Deciding the text's suggestions alone never asks for a name: only a row's comment is resolved.
  if (!openRowProposals(reviewStore.get().annotations).some((t) => verdict(t) !== 'keep')) return 0;
  let decided = 0;
  asAuthor((env) => {
    const draft = docStore.get().draft;
    const before = reviewStore.get().annotations;
    if (!draft) return;
    const out = decideRowProposals(draft, before, verdict, env);
    for (const r of out.refused) notify('error', text(`rows.refused.${r.reason}`));
    if (out.decided.length === 0) return;
    asOneStep(() => {
      if (out.draft !== draft) updateFields(() => out.draft);
      recordMerge(before, out.annotations);
      setAnnotations(out.annotations);
    });
    decided = out.decided.length;
    sayLinkedLines(draft, openRowProposals(before), out.decided, verdict);
  });
  return decided;
}

/**
 * After removing activities that budget lines are linked to, says so: the lines keep their link
 * (as when the author removes the activity), and the budget table marks them.
 */
function sayLinkedLines(before: Draft, threads: readonly RowProposalThread[], decided: readonly string[], verdict: (t: RowProposalThread) => RowVerdict): void {
  const count = threads.filter((t) => decided.includes(t.id) && verdict(t) === 'accept' && t.proposal.kind === 'remove-row' && t.proposal.table === 'activity')
    .reduce((n, t) => n + linkedBudgetLines(before, t.proposal.row.id), 0);
  if (count > 0) notify('info', text('rows.linkedLines', { count }));
}

/** Accepts or rejects one proposed row or removal; false when nothing was decided. */
export const decideRow = (id: string, verdict: 'accept' | 'reject'): boolean => decideRows((t) => (t.id === id ? verdict : 'keep')) > 0;

/** Every open row proposal, or one person's (`changeAuthorKey`), accepted or rejected. */
export const decideAllRows = (verdict: 'accept' | 'reject', author: string | null): number =>
  decideRows((t) => (author === null || changeAuthorKey(t.author) === author ? verdict : 'keep'));

/** True when a comment carries a proposed row or removal that is still open. */
export const isOpenRowProposal = (a: Annotation | undefined): a is RowProposalThread => !!a && openRowProposals([a]).length === 1;

/** The open proposals of new rows for a table, for showing them in it. */
export function useProposedRows(table: RowProposal['table']): RowProposalThread[] {
  const annotations = useReview((s) => s.annotations);
  return openRowProposals(annotations, table).filter((a) => a.proposal.kind === 'add-row');
}

/** Who proposes removing a row (the first open proposal), or null. */
export function useRowRemoval(table: RowProposal['table'], rowId: string): RowProposalThread | null {
  return useReview((s) => openRowProposals(s.annotations, table).find((a) => a.proposal.kind === 'remove-row' && a.proposal.row.id === rowId) ?? null);
}

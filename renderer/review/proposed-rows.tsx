import { useTranslation } from 'react-i18next';
import type { RowProposal } from '../../core/draft/annotation';
import { fieldAnchor } from '../../core/review/field-anchor';
import type { RowProposalThread } from '../../core/review/proposal-rows';
import { formatOre } from '../../core/editor/amount';
import type { Draft } from '../../core/draft/schema';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { startComment } from './comment-actions';
import { decideRow, useProposedRows, useRowRemoval } from './row-proposals';
import { useReview } from './review-state';
import { authorColour } from './suggestion-colour';

/**
 * Reviewers' proposed rows shown in their tables (the budget and the team; the activity plan and
 * the risk register, which are lists, show theirs with proposed-items.tsx): a new row as an inserted row (underlined, dashed
 * frame, in the reviewer's colour, labelled "Föreslagen rad · Karin Ek"), a row proposed for
 * removal struck through and labelled, so neither depends on colour. The author accepts or rejects
 * either on the spot (or in the change list); a reviewer proposes a new row from the table.
 */

export const colourClass = (t: RowProposalThread) => `kp-author-${authorColour(t.author.name)}`;

/** Acceptera / Avvisa for the author, beside the label saying who proposed what. */
export function Decision({ thread, label }: { thread: RowProposalThread; label: string }) {
  const { t } = useTranslation();
  const author = useReview((s) => s.role === 'author');
  return (
    <span className="kp-row-proposal-note">
      <span className={`kp-row-proposal-label ${colourClass(thread)}`}>{label}</span>
      {author && <>
        <button type="button" data-kp-review className="kp-icon-button kp-row-accept" aria-label={`${t('changes.accept')}: ${label}`} title={t('changes.accept')} onClick={() => decideRow(thread.id, 'accept')}>✓</button>
        <button type="button" data-kp-review className="kp-icon-button kp-row-reject" aria-label={`${t('changes.reject')}: ${label}`} title={t('changes.reject')} onClick={() => decideRow(thread.id, 'reject')}>✕</button>
      </>}
    </span>
  );
}

/** The tables shown as HTML tables; the activity plan and the risk register are lists (proposed-items.tsx). */
type TableRows = Extract<RowProposal, { table: 'budget' | 'team' }>;
const isTableRows = (p: RowProposal): p is TableRows => p.table === 'budget' || p.table === 'team';

/** The cells of a proposed row, in the order of its table's columns (the last column is the note). */
function useCells(p: TableRows, draft: Draft): string[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const side = (id: string) => (id === 'swedish' ? draft.applicant.organisation || t('team.swedish') : draft.partners.find((x) => x.id === id)?.organisation || id);
  if (p.table === 'budget') {
    const l = p.row;
    const category = packView(draft.editionId)?.costCategories.find((c) => c.id === l.category)?.[lang] ?? l.category;
    const activity = draft.activities.find((a) => a.id === l.activityId)?.title ?? '–';
    return [l.description, activity, category || '–', side(l.side), String(l.year), t('rows.amount', { amount: formatOre(l.amountOre) })];
  }
  const m = p.row;
  return [m.name, m.role, side(m.side), t(`team.kinds.${m.kind}`), m.politicalSide ? t(`team.${m.politicalSide}`) : t('team.none'), ''];
}

function ProposedRow({ thread }: { thread: RowProposalThread & { proposal: TableRows } }) {
  const { t } = useTranslation();
  const draft = useStore(docStore, (s) => s.draft)!;
  const cells = useCells(thread.proposal, draft);
  const label = t('rows.proposedBy', { name: thread.author.name });
  return (
    <tr className={`kp-proposed-row ${colourClass(thread)}`} data-kp-proposed-row={thread.id} data-kp-loc={`field:${thread.proposal.table}`} tabIndex={-1}>
      {cells.map((c, i) => <td key={i} className={i === 5 && thread.proposal.table === 'budget' ? 'kp-num' : undefined}><ins>{c}</ins></td>)}
      <td><Decision thread={thread} label={label} /></td>
    </tr>
  );
}

/** The table's proposed new rows, after its own rows (inside its tbody). */
export function ProposedRows({ table }: { table: TableRows['table'] }) {
  const rows = useProposedRows(table);
  return <>{rows.map((r) => isTableRows(r.proposal) && <ProposedRow key={r.id} thread={{ ...r, proposal: r.proposal }} />)}</>;
}

/** "Föreslå ny rad", for a reviewer: a comment on the table with the row they would add. */
export function ProposeRowButton({ table }: { table: RowProposal['table'] }) {
  const { t } = useTranslation();
  const reviewer = useReview((s) => s.role === 'reviewer');
  if (!reviewer) return null;
  return <button type="button" data-kp-review className="kp-add kp-propose-row" onClick={() => startComment(fieldAnchor(table))}>+ {t('rows.propose')}</button>;
}

/** The class of a row someone proposes to remove (struck through) and the labelled row to put under it, or nothing. */
export function useRemovalMarks(table: RowProposal['table'], rowId: string): { className: string; note: React.ReactNode } {
  const { t } = useTranslation();
  const thread = useRowRemoval(table, rowId);
  if (!thread) return { className: '', note: null };
  return {
    className: `kp-proposed-removal ${colourClass(thread)}`,
    // A row of its own under the struck row, so the label has the table's width; in a list, a line of the item.
    note: table === 'activity' || table === 'risk'
      ? <div className={`kp-row-proposal-row ${colourClass(thread)}`} data-kp-proposed-removal={thread.id}>
        <Decision thread={thread} label={t('rows.removalBy', { name: thread.author.name })} /></div>
      : <tr className={`kp-row-proposal-row ${colourClass(thread)}`} data-kp-proposed-removal={thread.id}><td colSpan={7}>
        <Decision thread={thread} label={t('rows.removalBy', { name: thread.author.name })} /></td></tr>,
  };
}

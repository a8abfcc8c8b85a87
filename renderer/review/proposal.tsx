import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Anchor, Annotation, Proposal } from '../../core/draft/annotation';
import { parseField } from '../../core/review/field-anchor';
import type { TextKey } from '../i18n/text-key';
import { applyProposal, proposalCurrentValue } from '../../core/review/proposal';
import { notify } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { text } from '../i18n/text-key';
import { resolve } from './comment-actions';
import { useReview } from './review-state';
import { decideRow } from './row-proposals';
import { tableOf, useRowProposalInput } from './row-proposal-input';
import { describeRow } from './changes-state';

/**
 * Proposed values on fields: shown in the thread card of a comment that carries one, with
 * Acceptera (the field takes the value through the same update as typing into it: one undo step;
 * the comment is resolved) and Avvisa (the comment is resolved); proposed in the comment form.
 */

/** The properties of a list item that take a proposal, each with the label its field has. */
const ITEM_PROPERTIES: Partial<Record<string, Readonly<Record<string, TextKey>>>> = {
  budget: { amount: 'budget.amount', description: 'budget.description' },
  partner: { organisation: 'parties.organisation', country: 'parties.country' },
  team: { name: 'team.name', role: 'team.role' },
  activity: { title: 'plan.title', description: 'plan.description' },
  risk: { text: 'risks.text', mitigation: 'risks.mitigation', owner: 'risks.owner' },
};

/** The table a comment on a whole table is on (it takes a proposed row, not a value). */
const tableOfRows = (anchor: Anchor) => tableOf(anchor) !== null;

/** What can be proposed for an anchor: its properties with their labels (none: the field itself), or null for nothing. */
function proposableProperties(anchor: Anchor): Readonly<Record<string, TextKey>> | null {
  if (anchor.kind !== 'field') return null;
  const f = parseField(anchor.field);
  if ('item' in f) return ITEM_PROPERTIES[f.item] ?? null;
  const draft = docStore.get().draft;
  return draft && proposalCurrentValue(draft, anchor.field) !== null ? {} : null;
}

/** Puts a proposed value into its field (a proposed row into its table) and resolves the comment; false when it cannot be. */
export function acceptProposal(thread: Annotation): boolean {
  const p = thread.proposal;
  const draft = docStore.get().draft;
  if (p && 'row' in p) return decideRow(thread.id, 'accept');
  if (!p || thread.anchor.kind !== 'field' || !draft) return false;
  const field = thread.anchor.field;
  if (!applyProposal(draft, field, p)) {
    notify('error', text('changes.proposalUnreadable'));
    return false;
  }
  updateFields((d) => applyProposal(d, field, p) ?? d);
  resolve(thread.id, true);
  notify('info', text('changes.proposalAccepted'));
  return true;
}

/** "Föreslaget värde: 96 000 (nu 84 000)", with Acceptera / Avvisa for the author of an open thread. */
export function ProposalBox({ thread }: { thread: Annotation }) {
  const { t } = useTranslation();
  const author = useReview((s) => s.role === 'author');
  const p = thread.proposal;
  const field = thread.anchor.kind === 'field' ? thread.anchor.field : null;
  const now = useStore(docStore, (s) => (s.draft && field && p && !('row' in p) ? proposalCurrentValue(s.draft, field, p.property) : null));
  const draft = useStore(docStore, (s) => s.draft);
  if (!p || !field || !draft) return null;
  const said = 'row' in p
    ? t(p.kind === 'add-row' ? 'rows.docxAdd' : 'rows.docxRemove', { row: describeRow(p, draft) })
    : t('changes.proposal', { value: p.value, was: now ?? p.was });
  const reject = () => ('row' in p ? decideRow(thread.id, 'reject') : resolve(thread.id, true));
  return (
    <div className="kp-proposal" data-kp-proposal={thread.id}>
      <p>{said}</p>
      {author && !thread.resolved && (
        <div className="kp-proposal-actions">
          <button type="button" data-kp-review className="kp-proposal-accept" onClick={() => acceptProposal(thread)}>✓ {t('changes.accept')}</button>
          <button type="button" data-kp-review className="kp-proposal-reject" onClick={reject}>✕ {t('changes.reject')}</button>
        </div>
      )}
    </div>
  );
}

/** The comment form's optional "Föreslå värde" (a reviewer's, on a field that takes one). */
export function useProposalInput(anchor: Anchor): { input: React.ReactNode; proposal: () => Proposal | undefined } {
  const { t } = useTranslation();
  const reviewer = useReview((s) => s.role === 'reviewer');
  const rows = useRowProposalInput(anchor);
  const labels = tableOfRows(anchor) ? null : proposableProperties(anchor);
  const properties = labels ? Object.keys(labels) : null;
  const [property, setProperty] = useState(properties?.[0]);
  const [value, setValue] = useState('');
  if (reviewer && rows.input && !properties) return { input: rows.input, proposal: rows.proposal };
  if (!reviewer || !properties || anchor.kind !== 'field') return { input: null, proposal: () => undefined };
  const proposal = (): Proposal | undefined => {
    const draft = docStore.get().draft;
    const was = draft ? proposalCurrentValue(draft, anchor.field, property) : null;
    if (value.trim() === '' || was === null) return undefined;
    return { ...(property ? { property } : {}), value: value.trim(), was };
  };
  if (rows.removing) return { input: rows.input, proposal: rows.proposal };
  const input = (
    <div className="kp-proposal-input">
      {rows.input}
      {properties.length > 1 && (
        <select data-kp-review aria-label={t('changes.proposalField')} value={property} onChange={(e) => setProperty(e.target.value)}>
          {properties.map((p) => <option key={p} value={p}>{t(labels![p]!)}</option>)}
        </select>
      )}
      <label className="kp-stacked"><span>{t('changes.proposalField')}</span>
        <input data-kp-review className="kp-proposal-value" value={value} maxLength={20000} onChange={(e) => setValue(e.target.value)} /></label>
    </div>
  );
  return { input, proposal };
}

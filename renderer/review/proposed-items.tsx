import { useTranslation } from 'react-i18next';
import type { RowProposal } from '../../core/draft/annotation';
import type { Draft } from '../../core/draft/schema';
import { allResults, planNumbers } from '../../core/draft/framework-numbers';
import type { RowProposalThread } from '../../core/review/proposal-rows';
import { monthDateLabel } from '../cards/plan-months';
import { STEPS } from '../cards/risk-grid';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { colourClass, Decision } from './proposed-rows';
import { useProposedRows } from './row-proposals';

/**
 * Reviewers' proposed activities and risks, shown in the activity plan and the risk register
 * after their own items: each field with its label, underlined in a dashed frame in the
 * reviewer's colour and labelled "Föreslagen rad · Karin Ek" (as a proposed budget line is), with
 * Acceptera / Avvisa for the author.
 */

type ListTable = Extract<RowProposal['table'], 'activity' | 'risk'>;
type Fields = Array<[label: string, value: string]>;

function useFields(p: RowProposal, draft: Draft): Fields {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  if (p.table === 'activity') {
    const a = p.row;
    const month = (m: number | null) => (m === null ? '–' : monthDateLabel(draft.period.start, m, lang) ?? t('plan.monthN', { n: m }));
    const numbers = planNumbers(draft.framework, draft.activities).of;
    const results = allResults(draft.framework).filter(({ result }) => a.resultIds.includes(result.id))
      .map(({ result }) => `${numbers.get(result.id) ?? ''} ${result.text.trim() || t('plan.untitledResult')}`);
    return [[t('plan.title'), a.title.trim() || t('plan.untitled')], [t('plan.start'), month(a.startMonth)], [t('plan.end'), month(a.endMonth)],
      [t('plan.place'), a.place ? t(`plan.places.${a.place}`) : '–'], [t('plan.results'), results.join('; ') || '–'],
      // The reviewer's form has no description; one from a hand-made file is still shown.
      ...(a.description.trim() ? [[t('plan.description'), a.description.trim()] as [string, string]] : [])];
  }
  if (p.table === 'risk') {
    const r = p.row;
    const level = (n: number | null) => (n === null ? '–' : t(`risks.levels.${STEPS[n - 1]!}`));
    return [[t('risks.text'), r.text.trim() || '–'], [t('risks.likelihood'), level(r.likelihood)], [t('risks.impact'), level(r.impact)],
      [t('risks.mitigation'), r.mitigation.trim() || '–'], [t('risks.owner'), r.owner.trim() || '–']];
  }
  return [];
}

function ProposedItem({ thread }: { thread: RowProposalThread }) {
  const { t } = useTranslation();
  const draft = useStore(docStore, (s) => s.draft)!;
  const fields = useFields(thread.proposal, draft);
  const label = t('rows.proposedBy', { name: thread.author.name });
  return (
    <li className={`kp-proposed-item ${colourClass(thread)}`} data-kp-proposed-row={thread.id} data-kp-loc={`field:${thread.proposal.table}`} tabIndex={-1}
      aria-label={label}>
      <Decision thread={thread} label={label} />
      <dl className="kp-proposed-fields">
        {fields.map(([name, value]) => <div key={name}><dt>{name}</dt><dd><ins>{value}</ins></dd></div>)}
      </dl>
    </li>
  );
}

/** The list's proposed new items, after its own (inside its `<ol>`). */
export function ProposedItems({ table }: { table: ListTable }) {
  const rows = useProposedRows(table);
  return <>{rows.map((r) => <ProposedItem key={r.id} thread={r} />)}</>;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPOSABLE_TABLES, type Anchor, type Proposal, type RowProposal } from '../../core/draft/annotation';
import { TABLE_LIST } from '../../core/review/proposal-rows';
import type { BudgetLine, Draft, TeamMember } from '../../core/draft/schema';
import { parseAmountOre } from '../../core/editor/amount';
import { parseField } from '../../core/review/field-anchor';
import { newId } from '../cards/ids';
import { packView } from '../rules/engine';
import { docStore } from '../state/doc-state';
import { ACTIVITY_START, newPlanRow, PlanRowForm, RISK_START } from './plan-row-form';

/**
 * The comment form's proposed row (a reviewer's comment on the budget or team table, the activity
 * plan or the risk register: the row they would add, field by field as the table has them) and proposed removal (a comment on a row: a
 * box to tick). The row is checked as the table would check it when the author accepts it.
 */

export type Fields = Record<string, string>;
const START: Record<RowProposal['table'], Fields> = {
  budget: { description: '', category: '', side: 'swedish', year: '1', amount: '' },
  team: { name: '', role: '', side: 'swedish', kind: 'civil_servant' },
  activity: ACTIVITY_START,
  risk: RISK_START,
};

const isTable = (s: string): s is RowProposal['table'] => (PROPOSABLE_TABLES as readonly string[]).includes(s);

/** The table a comment on a whole table proposes a row for, or null. */
export const tableOf = (anchor: Anchor): RowProposal['table'] | null => (anchor.kind === 'field' && isTable(anchor.field) ? anchor.field : null);

function rowItem(anchor: Anchor): { table: RowProposal['table']; id: string } | null {
  if (anchor.kind !== 'field') return null;
  const f = parseField(anchor.field);
  return 'item' in f && isTable(f.item) ? { table: f.item, id: f.id } : null;
}

/** The proposed row from the form, or undefined when nothing that names it was given. */
function newRow(table: RowProposal['table'], f: Fields): RowProposal | undefined {
  if (table === 'activity' || table === 'risk') return newPlanRow(table, f);
  if (table === 'budget') {
    const amount = parseAmountOre(f.amount ?? '');
    if (!f.description!.trim() && !amount.ok) return undefined;
    const row: BudgetLine = { id: newId('b'), category: f.category!, side: f.side!, year: Number(f.year), amountOre: amount.ok ? amount.ore : 0, description: f.description!.trim(), activityId: null };
    return { kind: 'add-row', table, row };
  }
  if (!f.name!.trim() && !f.role!.trim()) return undefined;
  const kind = f.kind as TeamMember['kind'];
  const row: TeamMember = { id: newId('t'), name: f.name!.trim(), role: f.role!.trim(), side: f.side!, kind, politicalSide: kind === 'politician' ? 'majority' : null, coordinator: false, icldContact: false, projectManager: false };
  return { kind: 'add-row', table, row };
}

function sides(draft: Draft, swedish: string): Array<[string, string]> {
  return [['swedish', draft.applicant.organisation || swedish], ...draft.partners.map((p): [string, string] => [p.id, p.organisation || p.id])];
}

/** A labelled text box of the form. */
export type TextInput = (k: string, label: string) => React.ReactNode;
/** A labelled choice of the form. */
export type SelectInput = (k: string, label: string, options: Array<[string, string]>) => React.ReactNode;

function RowForm({ table, fields, set }: { table: RowProposal['table']; fields: Fields; set: (k: string, v: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const draft = docStore.get().draft!;
  const text = (k: string, label: string) => (
    <label className="kp-stacked" key={k}><span>{label}</span>
      <input data-kp-review data-kp-row-field={k} value={fields[k]} maxLength={1000} onChange={(e) => set(k, e.target.value)} /></label>
  );
  const select = (k: string, label: string, options: Array<[string, string]>) => (
    <label className="kp-stacked" key={k}><span>{label}</span>
      <select data-kp-review data-kp-row-field={k} value={fields[k]} onChange={(e) => set(k, e.target.value)}>
        {options.map(([v, name]) => <option key={v} value={v}>{name}</option>)}</select></label>
  );
  const parties = sides(draft, t('team.swedish'));
  if (table === 'activity' || table === 'risk') return <PlanRowForm table={table} text={text} select={select} />;
  if (table === 'team') {
    return <>{[text('name', t('team.name')), text('role', t('team.role')), select('side', t('team.side'), parties),
      select('kind', t('team.kind'), (['politician', 'civil_servant', 'cso', 'other'] as const).map((k) => [k, t(`team.kinds.${k}`)]))]}</>;
  }
  const pack = packView(draft.editionId);
  const years = Math.max(1, pack?.maxYears(draft) ?? 3);
  return <>{[text('description', t('budget.description')),
    select('category', t('budget.category'), [['', '–'], ...(pack?.costCategories ?? []).map((c): [string, string] => [c.id, c[lang]])]),
    select('side', t('budget.side'), parties),
    select('year', t('budget.year'), Array.from({ length: years }, (_, i) => [String(i + 1), String(i + 1)])),
    text('amount', t('budget.amount'))]}</>;
}

/** The form's part for a proposed row or removal, and what it proposes; `input` is null where neither applies. */
export function useRowProposalInput(anchor: Anchor): { input: React.ReactNode; proposal: () => Proposal | undefined; removing: boolean } {
  const { t } = useTranslation();
  const table = tableOf(anchor);
  const item = rowItem(anchor);
  const [fields, setFields] = useState<Fields>(() => ({ ...START[table ?? 'budget'] }));
  const [removing, setRemoving] = useState(false);
  const set = (k: string, v: string) => setFields((f) => ({ ...f, [k]: v }));
  if (table) {
    const input = (
      <fieldset className="kp-proposal-input kp-row-proposal-input" data-kp-row-proposal-form={table}>
        <legend>{t('rows.composeRow')}</legend>
        <RowForm table={table} fields={fields} set={set} />
      </fieldset>
    );
    return { input, proposal: () => newRow(table, fields), removing: false };
  }
  if (item) {
    const draft = docStore.get().draft;
    const list: ReadonlyArray<{ id: string }> = draft ? draft[TABLE_LIST[item.table]] : [];
    const row = list.find((r) => r.id === item.id) as RowProposal['row'] | undefined;
    const input = (
      <label className="kp-check kp-propose-removal"><input type="checkbox" data-kp-review checked={removing} onChange={(e) => setRemoving(e.target.checked)} />{t('rows.proposeRemoval')}</label>
    );
    const proposal = (): Proposal | undefined => (removing && row ? ({ kind: 'remove-row', table: item.table, row } as RowProposal) : undefined);
    return { input, proposal, removing };
  }
  return { input: null, proposal: () => undefined, removing: false };
}

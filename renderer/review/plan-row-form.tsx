import { useTranslation } from 'react-i18next';
import type { RowProposal } from '../../core/draft/annotation';
import { ActivityPlace, type Activity, type Risk } from '../../core/draft/framework';
import { allResults, planNumbers } from '../../core/draft/framework-numbers';
import { newId } from '../cards/ids';
import { monthDateLabel, planYears } from '../cards/plan-months';
import { STEPS } from '../cards/risk-grid';
import { packView } from '../rules/engine';
import { docStore } from '../state/doc-state';
import type { Fields, SelectInput, TextInput } from './row-proposal-input';

/**
 * The comment form's proposed activity (title, months, place, the result it serves) and proposed
 * risk (text, likelihood, impact, mitigation, owner): the fields a reviewer is likely to have an
 * opinion on; the author fills in the rest after accepting, as for a row they add themselves.
 */

export const ACTIVITY_START: Fields = { title: '', startMonth: '', endMonth: '', place: '', result: '' };
export const RISK_START: Fields = { text: '', likelihood: '', impact: '', mitigation: '', owner: '' };

const numberOrNull = (s: string | undefined) => (s ? Number(s) : null);

/** The proposed activity or risk from the form, or undefined while it names nothing. */
export function newPlanRow(table: 'activity' | 'risk', f: Fields): RowProposal | undefined {
  if (table === 'activity') {
    if (!f.title!.trim()) return undefined;
    const start = numberOrNull(f.startMonth);
    const end = numberOrNull(f.endMonth);
    // An activity never ends before it begins (the plan's own rule when months are chosen).
    const [startMonth, endMonth] = start !== null && end !== null && end < start ? [end, start] : [start, end];
    const row: Activity = { id: newId('a'), title: f.title!.trim(), description: '', resultIds: f.result ? [f.result] : [], startMonth, endMonth,
      place: (f.place || null) as Activity['place'], parties: [], kind: null, participants: null };
    return { kind: 'add-row', table, row };
  }
  if (!f.text!.trim()) return undefined;
  const row: Risk = { id: newId('r'), text: f.text!.trim(), likelihood: numberOrNull(f.likelihood), impact: numberOrNull(f.impact),
    mitigation: f.mitigation!.trim(), owner: f.owner!.trim(), threatens: null };
  return { kind: 'add-row', table, row };
}

/** The fields of a proposed activity or risk in the comment form. */
export function PlanRowForm({ table, text, select }: { table: 'activity' | 'risk'; text: TextInput; select: SelectInput }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const draft = docStore.get().draft!;
  if (table === 'risk') {
    const levels: Array<[string, string]> = [['', t('risks.choose')], ...[1, 2, 3].map((n): [string, string] => [String(n), t(`risks.levels.${STEPS[n - 1]!}`)])];
    return <>{[text('text', t('risks.text')), select('likelihood', t('risks.likelihood'), levels), select('impact', t('risks.impact'), levels),
      text('mitigation', t('risks.mitigation')), text('owner', t('risks.owner'))]}</>;
  }
  const years = planYears(draft, packView(draft.editionId)?.maxYears(draft) ?? 3);
  const months: Array<[string, string]> = [['', t('plan.chooseMonth')], ...Array.from({ length: years * 12 }, (_, k): [string, string] =>
    [String(k + 1), monthDateLabel(draft.period.start, k + 1, lang) ?? t('plan.monthN', { n: k + 1 })])];
  const numbers = planNumbers(draft.framework, draft.activities).of;
  const results: Array<[string, string]> = [['', t('rows.noResult')], ...allResults(draft.framework).map(({ result }): [string, string] =>
    [result.id, `${numbers.get(result.id) ?? ''} ${result.text.trim() || t('plan.untitledResult')}`])];
  return <>{[text('title', t('plan.title')), select('startMonth', t('plan.start'), months), select('endMonth', t('plan.end'), months),
    select('place', t('plan.place'), [['', t('plan.choose')], ...ActivityPlace.options.map((p): [string, string] => [p, t(`plan.places.${p}`)])]),
    select('result', t('rows.result'), results)]}</>;
}

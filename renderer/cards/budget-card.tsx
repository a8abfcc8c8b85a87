import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKronor } from '../../core/editor/amount';
import { FieldMessages, useFieldFindings } from '../findings/field-findings';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { budgetTotals, shownLimit, shownWorkInputLimit, workInputTotals } from './budget-totals';
import { addLine } from './budget-lines';
import { BudgetRow } from './budget-row';
import { CeilingBar } from './ceiling-bar';
import { invalidAmountLines } from '../../core/draft/invalid-inputs';
import { planNumbers } from '../../core/draft/framework-numbers';
import type { ActivityChoice } from './activity-picker';
import { ProposedRows, ProposeRowButton } from '../review';

/** The budget table with totals per year, per category and overall, each beside its ceiling. */
export function BudgetCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const draft = useStore(docStore, (s) => s.draft)!;
  const pack = packView(draft.editionId);
  const unreadable = invalidAmountLines(draft);
  const totals = budgetTotals(draft.budget, unreadable);
  const limits = pack?.limits(draft) ?? [];
  const work = workInputTotals(draft.budget, pack?.workInputCategories ?? new Set(), unreadable);
  const totalLimit = shownLimit(limits, 'total', totals.total);
  const totalWorkLimit = shownWorkInputLimit(limits, 'total', work.total);
  const perYearOnly = totalLimit === null && limits.some((l) => l.per === 'year' && l.severity !== null);
  // Stable while the party names are: the memoised rows then skip re-rendering.
  const sidesKey = [draft.applicant.organisation, ...draft.partners.map((p) => `${p.id}=${p.organisation}`)].join('|');
  const sides = useMemo((): Array<[string, string]> => [['swedish', draft.applicant.organisation || t('team.swedish')],
    ...draft.partners.map((p, i): [string, string] => [p.id, p.organisation || t('parties.partner', { n: i + 1 })])],
  [sidesKey, t]);
  const years = Math.max(1, ...draft.budget.map((l) => l.year), pack?.maxYears(draft) ?? 3);
  const catName = (id: string) => pack?.costCategories.find((c) => c.id === id)?.[lang] ?? (id || '–');
  const totalF = useFieldFindings('budget-total');
  // Stable while the plan is, so that the memoised rows skip re-rendering.
  const activities = useMemo((): ActivityChoice[] => {
    const numbers = planNumbers(draft.framework, draft.activities);
    return draft.activities.map((a) => ({ id: a.id, label: `${numbers.activity.get(a.id) ?? ''} ${a.title.trim() || t('plan.untitled')}` }));
  }, [draft.framework, draft.activities, t]);
  return (
    <div className="kp-card kp-budget">
      <p className="kp-hint">{t('budget.hint')}</p>
      <table className="kp-table kp-budget-table">
        <caption className="kp-sr-only">{t('budget.caption')}</caption>
        <colgroup>
          <col className="kp-col-description" /><col className="kp-col-activity" /><col className="kp-col-category" /><col className="kp-col-side" />
          <col className="kp-col-year" /><col className="kp-col-amount" /><col className="kp-col-actions" />
        </colgroup>
        <thead><tr>
          <th scope="col">{t('budget.description')}</th><th scope="col">{t('plan.activityColumn')}</th><th scope="col">{t('budget.category')}</th><th scope="col">{t('budget.side')}</th>
          <th scope="col">{t('budget.year')}</th><th scope="col" className="kp-num">{t('budget.amount')}</th><th scope="col"><span className="kp-sr-only">↑↓✕</span></th>
        </tr></thead>
        <tbody>
          {draft.budget.length === 0 && <tr><td colSpan={7} className="kp-empty">{t('budget.empty')}</td></tr>}
          {draft.budget.map((l, i) => <BudgetRow key={l.id} line={l} i={i} count={draft.budget.length} sides={sides} years={years} activities={activities} />)}
          <ProposedRows table="budget" />
        </tbody>
        <tfoot>
          <tr className="kp-total-row" data-kp-loc="budget-total">
            <th scope="row" colSpan={5}>{t('budget.total')}</th>
            <td className="kp-num"><span data-kp-total="all">{formatKronor(totals.total)}</span><LeftOut count={totals.invalid.total} /></td>
            <td>{perYearOnly
              ? <span className="kp-ceiling unknown">{t('budget.perYearOnly')}</span>
              : <CeilingBar used={totals.total} limit={totalLimit} />}</td>
          </tr>
          {totalWorkLimit && <tr className="kp-work-input-row">
            <th scope="row" colSpan={5}>{t('budget.workInput')}</th>
            <td className="kp-num" data-kp-total="work-input">{formatKronor(work.total)}</td>
            <td><CeilingBar used={work.total} limit={totalWorkLimit} /></td>
          </tr>}
        </tfoot>
      </table>
      <FieldMessages loc="budget-total" found={totalF} />
      <button type="button" className="kp-add" onClick={() => addLine(draft.budget.length - 1)}>+ {t('budget.add')}</button>
      <ProposeRowButton table="budget" />
      {draft.budget.length > 0 && (
        <div className="kp-subtotals">
          <table className="kp-table kp-compact">
            <caption>{t('budget.perYear', { year: '' }).trim()}</caption>
            <tbody>{totals.byYear.map(([y, sum]) => {
              const workSum = work.byYear.get(y) ?? 0;
              const workLimit = shownWorkInputLimit(limits, 'year', workSum);
              return (
                <Fragment key={y}>
                  <tr data-kp-loc={`budget-total:year:${y}`}><th scope="row">{t('budget.yearN', { n: y })}</th><td className="kp-num"><span data-kp-total={`year-${y}`}>{formatKronor(sum)}</span><LeftOut count={totals.invalid.byYear.get(y) ?? 0} /></td>
                    <td><CeilingBar used={sum} limit={shownLimit(limits, 'year', sum)} /></td></tr>
                  {/* The steering group's guide value for work input applies to each year's work-input lines. */}
                  {workLimit && <tr className="kp-work-input-row" data-kp-work-input={y}>
                    <th scope="row">{t('budget.workInput')}</th><td className="kp-num" data-kp-total={`year-${y}-work-input`}>{formatKronor(workSum)}</td>
                    <td><CeilingBar used={workSum} limit={workLimit} /></td></tr>}
                </Fragment>
              );
            })}</tbody>
          </table>
          <table className="kp-table kp-compact">
            <caption>{t('budget.perCategory')}</caption>
            <tbody>{totals.byCategory.map(([c, sum]) => (
              <tr key={c} data-kp-loc={`budget-total:category:${c}`}><th scope="row">{catName(c)}</th><td className="kp-num"><span data-kp-total={`category-${c}`}>{formatKronor(sum)}</span><LeftOut count={totals.invalid.byCategory.get(c) ?? 0} /></td></tr>
            ))}</tbody>
          </table>
        </div>
      )}
      <SubtotalMessages keys={[...totals.byYear.map(([y]) => `budget-total:year:${y}`), ...totals.byCategory.map(([c]) => `budget-total:category:${c}`)]} />
    </div>
  );
}

/** Under a sum: how many amounts that could not be read it leaves out (their errors say which). */
function LeftOut({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return <span className="kp-total-left-out" data-kp-left-out={count}>{t('invalidInput.leftOut', { count })}</span>;
}

/** Findings about a year's or a category's total, under the subtotals they concern. */
function SubtotalMessages({ keys }: { keys: string[] }) {
  return <>{keys.map((k) => <SubtotalMessage key={k} loc={k} />)}</>;
}

function SubtotalMessage({ loc }: { loc: string }) {
  const found = useFieldFindings(loc);
  return <FieldMessages loc={loc} found={found} />;
}

import { Fragment, memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine, Draft } from '../../core/draft/schema';
import { formatKronor } from '../../core/editor/amount';
import { FieldMessages, fieldProps, useFieldFindings } from '../findings/field-findings';
import { packView } from '../rules/engine';
import { useStore } from '../state/create-store';
import { docStore, updateFields } from '../state/doc-state';
import { AmountInput } from './amount-input';
import { budgetTotals, shownLimit, shownWorkInputLimit, workInputTotals } from './budget-totals';
import { newId } from './ids';
import { CeilingBar } from './ceiling-bar';

type Col = 'description' | 'category' | 'side' | 'year' | 'amount';

function focusCell(row: number, col: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-kp-row="${row}"][data-kp-col="${col}"]`)?.focus());
}

function addLine(after: number) {
  const line: BudgetLine = { id: newId('b'), category: '', side: 'swedish', year: 1, amountOre: 0, description: '', activityId: null };
  updateFields((d) => {
    const prev = d.budget[after];
    const next = prev ? { ...line, category: prev.category, side: prev.side, year: prev.year } : line;
    return { ...d, budget: [...d.budget.slice(0, after + 1), next, ...d.budget.slice(after + 1)] };
  });
  focusCell(after + 1, 'description');
}

function move(d: Draft, i: number, step: number): Draft {
  const j = i + step;
  if (j < 0 || j >= d.budget.length) return d;
  const budget = [...d.budget];
  [budget[i], budget[j]] = [budget[j]!, budget[i]!];
  return { ...d, budget };
}

const Row = memo(function Row({ line, i, count, sides, years }: { line: BudgetLine; i: number; count: number; sides: Array<[string, string]>; years: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const editionId = useStore(docStore, (s) => s.draft!.editionId);
  const cats = packView(editionId)?.costCategories ?? [];
  const amountLoc = `budget:${line.id}:amount`;
  const catLoc = `budget:${line.id}:category`;
  const amountF = useFieldFindings(amountLoc);
  const catF = useFieldFindings(catLoc);
  const descF = useFieldFindings(`budget:${line.id}:description`);
  const sideF = useFieldFindings(`budget:${line.id}:side`);
  const yearF = useFieldFindings(`budget:${line.id}:year`);
  const set = (patch: Partial<BudgetLine>, key?: string) =>
    updateFields((d) => ({ ...d, budget: d.budget.map((l) => (l.id === line.id ? { ...l, ...patch } : l)) }), key);
  const n = i + 1;
  const cell = (col: Col) => ({ 'data-kp-row': i, 'data-kp-col': col });
  const onKeyDown = (e: React.KeyboardEvent) => {
    const col = (e.target as HTMLElement).dataset.kpCol;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); addLine(i); return; }
    if (e.key === 'Enter' && col && !e.shiftKey) {
      if (i + 1 < count) focusCell(i + 1, col);
      else addLine(i);
      if ((e.target as HTMLElement).tagName !== 'INPUT') e.preventDefault();
    }
    if (e.key === 'Delete' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); remove(); }
  };
  const remove = () => {
    updateFields((d) => ({ ...d, budget: d.budget.filter((l) => l.id !== line.id) }));
    focusCell(Math.max(0, i - 1), 'description');
  };
  const found = [...catF, ...amountF, ...descF, ...sideF, ...yearF];
  return (
    <>
      <tr onKeyDown={onKeyDown} data-kp-loc={`budget:${line.id}`} className={found[0] ? `kp-row-${found[0].severity}` : undefined}>
        <td><input {...cell('description')} {...fieldProps(`budget:${line.id}:description`, descF)} aria-label={`${t('budget.description')} ${n}`} value={line.description}
          onChange={(e) => set({ description: e.target.value }, `budget:${line.id}:description`)} /></td>
        <td><select {...cell('category')} {...fieldProps(catLoc, catF)} aria-label={`${t('budget.category')} ${n}`} value={line.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="">{t('parties.choose')}</option>
          {cats.map((c) => <option key={c.id} value={c.id}>{c[lang]}</option>)}
          {line.category && !cats.some((c) => c.id === line.category) && <option value={line.category}>{line.category}</option>}
        </select></td>
        <td><select {...cell('side')} {...fieldProps(`budget:${line.id}:side`, sideF)} aria-label={`${t('budget.side')} ${n}`} value={line.side} onChange={(e) => set({ side: e.target.value })}>
          {sides.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          {!sides.some(([id]) => id === line.side) && <option value={line.side}>{line.side}</option>}
        </select></td>
        <td><select {...cell('year')} {...fieldProps(`budget:${line.id}:year`, yearF)} aria-label={`${t('budget.year')} ${n}`} value={line.year} onChange={(e) => set({ year: Number(e.target.value) })}>
          {Array.from({ length: Math.max(years, line.year) }, (_, k) => k + 1).map((y) => <option key={y} value={y}>{y}</option>)}
        </select></td>
        <td className="kp-num"><AmountInput ore={line.amountOre} inputProps={{ ...cell('amount'), ...fieldProps(amountLoc, amountF), 'aria-label': `${t('budget.amount')} ${n}` }}
          onCommit={(ore) => set({ amountOre: ore })} /></td>
        <td className="kp-row-actions">
          <button type="button" className="kp-icon-button" aria-label={t('budget.up', { n })} title={t('budget.up', { n })} disabled={i === 0} onClick={() => updateFields((d) => move(d, i, -1))}>↑</button>
          <button type="button" className="kp-icon-button" aria-label={t('budget.down', { n })} title={t('budget.down', { n })} disabled={i === count - 1} onClick={() => updateFields((d) => move(d, i, 1))}>↓</button>
          <button type="button" className="kp-icon-button" aria-label={t('budget.remove', { n })} title={t('budget.remove', { n })} onClick={remove}>✕</button>
        </td>
      </tr>
      {found.length > 0 && <tr className="kp-message-row"><td colSpan={6}>
        <FieldMessages loc={catLoc} found={catF} /><FieldMessages loc={amountLoc} found={amountF} /><FieldMessages loc={`budget:${line.id}:description`} found={descF} />
        <FieldMessages loc={`budget:${line.id}:side`} found={sideF} /><FieldMessages loc={`budget:${line.id}:year`} found={yearF} />
      </td></tr>}
    </>
  );
});

/** The budget table with totals per year, per category and overall, each beside its ceiling. */
export function BudgetCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const draft = useStore(docStore, (s) => s.draft)!;
  const pack = packView(draft.editionId);
  const totals = budgetTotals(draft.budget);
  const limits = pack?.limits(draft) ?? [];
  const work = workInputTotals(draft.budget, pack?.workInputCategories ?? new Set());
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
  return (
    <div className="kp-card kp-budget">
      <p className="kp-hint">{t('budget.hint')}</p>
      <table className="kp-table kp-budget-table">
        <caption className="kp-sr-only">{t('budget.caption')}</caption>
        <colgroup>
          <col className="kp-col-description" /><col className="kp-col-category" /><col className="kp-col-side" />
          <col className="kp-col-year" /><col className="kp-col-amount" /><col className="kp-col-actions" />
        </colgroup>
        <thead><tr>
          <th scope="col">{t('budget.description')}</th><th scope="col">{t('budget.category')}</th><th scope="col">{t('budget.side')}</th>
          <th scope="col">{t('budget.year')}</th><th scope="col" className="kp-num">{t('budget.amount')}</th><th scope="col"><span className="kp-sr-only">↑↓✕</span></th>
        </tr></thead>
        <tbody>
          {draft.budget.length === 0 && <tr><td colSpan={6} className="kp-empty">{t('budget.empty')}</td></tr>}
          {draft.budget.map((l, i) => <Row key={l.id} line={l} i={i} count={draft.budget.length} sides={sides} years={years} />)}
        </tbody>
        <tfoot>
          <tr className="kp-total-row" data-kp-loc="budget-total">
            <th scope="row" colSpan={4}>{t('budget.total')}</th>
            <td className="kp-num" data-kp-total="all">{formatKronor(totals.total)}</td>
            <td>{perYearOnly
              ? <span className="kp-ceiling unknown">{t('budget.perYearOnly')}</span>
              : <CeilingBar used={totals.total} limit={totalLimit} />}</td>
          </tr>
          {totalWorkLimit && <tr className="kp-work-input-row">
            <th scope="row" colSpan={4}>{t('budget.workInput')}</th>
            <td className="kp-num" data-kp-total="work-input">{formatKronor(work.total)}</td>
            <td><CeilingBar used={work.total} limit={totalWorkLimit} /></td>
          </tr>}
        </tfoot>
      </table>
      <FieldMessages loc="budget-total" found={totalF} />
      <button type="button" className="kp-add" onClick={() => addLine(draft.budget.length - 1)}>+ {t('budget.add')}</button>
      {draft.budget.length > 0 && (
        <div className="kp-subtotals">
          <table className="kp-table kp-compact">
            <caption>{t('budget.perYear', { year: '' }).trim()}</caption>
            <tbody>{totals.byYear.map(([y, sum]) => {
              const workSum = work.byYear.get(y) ?? 0;
              const workLimit = shownWorkInputLimit(limits, 'year', workSum);
              return (
                <Fragment key={y}>
                  <tr data-kp-loc={`budget-total:year:${y}`}><th scope="row">{t('budget.yearN', { n: y })}</th><td className="kp-num" data-kp-total={`year-${y}`}>{formatKronor(sum)}</td>
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
              <tr key={c} data-kp-loc={`budget-total:category:${c}`}><th scope="row">{catName(c)}</th><td className="kp-num" data-kp-total={`category-${c}`}>{formatKronor(sum)}</td></tr>
            ))}</tbody>
          </table>
        </div>
      )}
      <SubtotalMessages keys={[...totals.byYear.map(([y]) => `budget-total:year:${y}`), ...totals.byCategory.map(([c]) => `budget-total:category:${c}`)]} />
    </div>
  );
}

/** Findings about a year's or a category's total, under the subtotals they concern. */
function SubtotalMessages({ keys }: { keys: string[] }) {
  return <>{keys.map((k) => <SubtotalMessage key={k} loc={k} />)}</>;
}

function SubtotalMessage({ loc }: { loc: string }) {
  const found = useFieldFindings(loc);
  return <FieldMessages loc={loc} found={found} />;
}

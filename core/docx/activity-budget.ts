import type { Paragraph, Table } from 'docx';
import type { Draft } from '../draft/schema';
import { orderedActivities } from './activity-gantt';
import { amount, amountColumn, budgetTotals } from './budget-section';
import type { BuildContext } from './context';
import { planLabels } from './plan-labels';
import { fixedTable, spacer, type Cell, type Row } from './tables';

/** The activity names keep at least this much beside the amounts, in twips. */
const NAME_MIN = 2600;

const sum = (m: ReadonlyMap<number, number> | undefined) => [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);

/**
 * The budget per activity: each activity's cost per project year and in all, from the budget
 * lines that point at it; the lines that point at none (or at an activity no longer in the plan)
 * on a row of their own, so the total is the budget table's total. The sums are the budget
 * table's own (`budgetTotals`), not a second count.
 */
export function activityBudget(draft: Draft, ctx: BuildContext, width: number): Array<Paragraph | Table> {
  if (draft.activities.length === 0 || draft.budget.length === 0) return [];
  const L = ctx.labels;
  const t = budgetTotals(draft);
  const activities = orderedActivities(draft);
  const known = new Set(draft.activities.map((a) => a.id));
  const unlinked = new Map<number, number>();
  for (const [id, perYear] of t.byActivityYear) {
    if (known.has(id)) continue;
    for (const [y, ore] of perYear) unlinked.set(y, (unlinked.get(y) ?? 0) + ore);
  }
  const lines = [
    ...activities.map(({ activity, number }) => ({ name: `${number} ${activity.title.trim() || '–'}`, perYear: t.byActivityYear.get(activity.id) })),
    ...(unlinked.size > 0 ? [{ name: planLabels(ctx.lang).activityBudget.unlinked, perYear: unlinked as ReadonlyMap<number, number> }] : []),
  ];
  const totalCol = amountColumn([t.total], ctx);
  const yearCols = t.years.map((y) => amountColumn([t.byYear.get(y) ?? 0], ctx));
  // The years as columns when their amounts leave the activity names room (as in the budget
  // summary); otherwise only the totals (each year's lines are still in the budget's year tables).
  const withYears = width - totalCol - yearCols.reduce((a, b) => a + b, 0) >= NAME_MIN;
  const years = withYears ? t.years : [];
  const cellOf = (ore: number | undefined, bold = false): Cell => (ore ? amount(ore, ctx, { bold }) : { text: '–', align: 'right' });
  const rows: Row[] = lines.map((l) => ({ cells: [{ text: l.name }, ...years.map((y) => cellOf(l.perYear?.get(y))), cellOf(sum(l.perYear), true)] }));
  rows.push({ total: true, cells: [{ text: L.total }, ...years.map((y) => amount(t.byYear.get(y) ?? 0, ctx)), amount(t.total, ctx)] });
  const amountCols = [...(withYears ? yearCols : []), totalCol];
  const columns = [width - amountCols.reduce((a, b) => a + b, 0), ...amountCols];
  const header: Cell[] = [{ text: planLabels(ctx.lang).gantt.activity }, ...years.map((y) => ({ text: L.year(y), align: 'right' as const })), { text: L.total, align: 'right' }];
  return [fixedTable(ctx, columns, header, rows), spacer(ctx)];
}

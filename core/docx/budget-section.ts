import type { Paragraph, Table } from 'docx';
import type { BudgetLine, Draft } from '../draft/schema';
import type { BuildContext } from './context';
import type { DocxPackInfo } from './pack-info';
import { bodyParagraph, heading } from './rich-text-blocks';
import { textRuns } from './runs';
import { sideName } from './structured-sections';
import { textWidth } from './page-estimate';
import { METRICS, TEXT_WIDTH } from './styles';
import { CELL_MARGIN, fixedTable, spacer, type Cell, type Row } from './tables';
import { formatSek } from './text';
import { amountKey, invalidAmountLines, invalidInput } from '../draft/invalid-inputs';

type Block = Paragraph | Table;

/** Budget sums in öre: overall, per project year, and per year and category. */
export interface BudgetTotals {
  total: number;
  years: number[];
  byYear: Map<number, number>;
  byYearCategory: Map<string, number>;
  byCategory: Map<string, number>;
  /** Per activity id ('' for lines linked to none) and project year. */
  byActivityYear: Map<string, Map<number, number>>;
  /** Lines left out of every sum because their amount is text that could not be read. */
  leftOut: number;
}

const key = (year: number, category: string) => `${year}\u0000${category}`;

/**
 * Sums the budget lines of a draft (integer öre, so the sums are exact). A line whose amount could
 * not be read is in no sum (only in `leftOut`), so no stale figure is ever printed.
 */
export function budgetTotals(draft: Pick<Draft, 'budget' | 'invalidInputs'>): BudgetTotals {
  const t: BudgetTotals = { total: 0, years: [], byYear: new Map(), byYearCategory: new Map(), byCategory: new Map(), byActivityYear: new Map(), leftOut: 0 };
  const unreadable = invalidAmountLines(draft);
  for (const line of draft.budget) {
    const l: BudgetLine = unreadable.has(line.id) ? { ...line, amountOre: 0 } : line;
    if (unreadable.has(line.id)) t.leftOut++;
    t.total += l.amountOre;
    t.byYear.set(l.year, (t.byYear.get(l.year) ?? 0) + l.amountOre);
    t.byCategory.set(l.category, (t.byCategory.get(l.category) ?? 0) + l.amountOre);
    t.byYearCategory.set(key(l.year, l.category), (t.byYearCategory.get(key(l.year, l.category)) ?? 0) + l.amountOre);
    const perYear = t.byActivityYear.get(l.activityId ?? '') ?? new Map<number, number>();
    perYear.set(l.year, (perYear.get(l.year) ?? 0) + l.amountOre);
    t.byActivityYear.set(l.activityId ?? '', perYear);
  }
  t.years = [...t.byYear.keys()].sort((a, b) => a - b);
  return t;
}

export const amount = (ore: number, ctx: BuildContext, o: Partial<Cell> = {}): Cell => ({ text: formatSek(ore, ctx.lang), align: 'right', ...o });

// An amount column is as wide as its widest amount (set in bold, as totals are, with a little room
// for a reader whose font metrics differ slightly), so a figure never breaks across lines in either
// language ("SEK 25,000.50" is wider than "25 000,50 kr"); never narrower than the usual width, and
// never so wide that an absurd figure squeezes the text columns to nothing (that one may wrap).
const AMOUNT_MIN = 1400;
const AMOUNT_MAX = 3000;
const SLACK = 100;
export function amountColumn(amounts: readonly number[], ctx: BuildContext): number {
  const widest = Math.max(0, ...amounts.map((a) => textWidth(formatSek(a, ctx.lang), METRICS.table.size, true)));
  return Math.min(AMOUNT_MAX, Math.max(AMOUNT_MIN, widest + 2 * CELL_MARGIN + SLACK));
}

// The category column keeps at least this much beside the year columns.
const CATEGORY_MIN = 2200;

function summaryTable(t: BudgetTotals, categories: string[], ctx: BuildContext): Table {
  const L = ctx.labels;
  const totalCol = amountColumn([...categories.map((c) => t.byCategory.get(c) ?? 0), t.total], ctx);
  const yearCols = t.years.map((y) => amountColumn([t.byYear.get(y) ?? 0, ...categories.map((c) => t.byYearCategory.get(key(y, c)) ?? 0)], ctx));
  // Up to four years fit as columns beside the category, when their amounts leave the category
  // column room; otherwise the table shows the totals only (each year still has its own table below).
  const withYears = t.years.length <= 4 && TEXT_WIDTH - totalCol - yearCols.reduce((a, b) => a + b, 0) >= CATEGORY_MIN;
  const years = withYears ? t.years : [];
  const amountCols = [...(withYears ? yearCols : []), totalCol];
  const columns = [TEXT_WIDTH - amountCols.reduce((a, b) => a + b, 0), ...amountCols];
  const header: Cell[] = [{ text: L.category }, ...years.map((y) => ({ text: L.year(y), align: 'right' as const })), { text: L.total, align: 'right' }];
  const rows: Row[] = categories.map((c) => ({
    cells: [{ text: ctx.names.costCategory(c) }, ...years.map((y) => amount(t.byYearCategory.get(key(y, c)) ?? 0, ctx)), amount(t.byCategory.get(c) ?? 0, ctx, { bold: true })],
  }));
  rows.push({ total: true, cells: [{ text: L.total }, ...years.map((y) => amount(t.byYear.get(y) ?? 0, ctx)), amount(t.total, ctx)] });
  return fixedTable(ctx, columns, header, rows);
}

/** A line's amount, or (exported despite errors) the text typed that could not be read, marked as such. */
function lineAmount(draft: Draft, l: BudgetLine, ctx: BuildContext): Cell {
  const typed = invalidInput(draft, amountKey(l.id));
  return typed === undefined ? amount(l.amountOre, ctx) : { text: ctx.labels.invalidAmount(typed), align: 'right' };
}

function yearTable(draft: Draft, year: number, t: BudgetTotals, categories: string[], ctx: BuildContext): Table {
  const L = ctx.labels;
  const order = new Map(categories.map((c, i) => [c, i]));
  const lines = draft.budget
    .filter((l) => l.year === year)
    .map((l, i) => ({ l, i }))
    .sort((a, b) => (order.get(a.l.category) ?? 0) - (order.get(b.l.category) ?? 0) || a.i - b.i)
    .map(({ l }) => l);
  const rows: Row[] = lines.map((l) => ({
    cells: [
      { text: ctx.names.costCategory(l.category) },
      { text: sideName(draft, l.side, ctx) },
      { text: l.description || '–', children: ctx.wrap(`field:budget:${l.id}`, textRuns(l.description || '–', {}, ctx.locale)) },
      lineAmount(draft, l, ctx),
    ],
  }));
  rows.push({ total: true, cells: [{ text: L.yearTotal(year) }, { text: '' }, { text: '' }, amount(t.byYear.get(year) ?? 0, ctx)] });
  const col = amountColumn([...lines.map((l) => l.amountOre), t.byYear.get(year) ?? 0], ctx);
  const columns = [2400, 2000, TEXT_WIDTH - 2400 - 2000 - col, col];
  return fixedTable(ctx, columns, [{ text: L.category }, { text: L.side }, { text: L.description }, { text: L.amountColumn, align: 'right' }], rows);
}

/** The budget: a summary by year and category with totals, the ceiling if known, then each year's lines. */
export function budgetSection(draft: Draft, ctx: BuildContext, limits: DocxPackInfo['budgetLimits']): Block[] {
  const L = ctx.labels;
  if (draft.budget.length === 0) return [bodyParagraph(ctx, L.noBudget, { italic: true })];
  const t = budgetTotals(draft);
  const categories = ctx.names.categoryOrder(draft);
  const out: Block[] = [];
  const h = (text: string) => heading(ctx, 2, textRuns(text, {}, ctx.locale), text, { toc: false });
  out.push(h(L.budgetSummary), summaryTable(t, categories, ctx), spacer(ctx));
  if (t.leftOut > 0) out.push(bodyParagraph(ctx, L.amountsLeftOut(t.leftOut), { bold: true }));
  for (const l of limits ?? []) out.push(bodyParagraph(ctx, L.ceiling(formatSek(l.amountOre, ctx.lang), l.per, l.kind), { italic: true }));
  for (const y of t.years) out.push(h(L.year(y)), yearTable(draft, y, t, categories, ctx), spacer(ctx));
  return out;
}

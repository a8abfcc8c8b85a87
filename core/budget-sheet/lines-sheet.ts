import type { BudgetLine, Draft } from '../draft/schema';
import { amountKey, invalidInput } from '../draft/invalid-inputs';
import { planNumbers } from '../draft/framework-numbers';
import type { NameResolver } from '../docx/pack-info';
import type { BudgetSheetLabels } from './labels';
import { cellRef, sheetRef, type SheetCell, type SheetModel } from './model';

/** The lines sheet's columns (0-based), which the summary's formulas read. */
export const LINE_COLUMNS = { year: 0, category: 1, party: 2, description: 3, activity: 4, amount: 5 } as const;

/** Where the lines are: rows 2 … lastRow (1-based), so the summary's formulas can name the ranges. */
export interface LinesRange {
  sheet: string;
  /** 1-based row of the last line; at least 2, so a range is never empty or reversed. */
  lastRow: number;
}

/** An absolute range of one column of the lines, e.g. 'Budgetrader'!$F$2:$F$41. */
export function linesColumn(r: LinesRange, col: number): string {
  return `${sheetRef(r.sheet)}!${cellRef(1, col, true)}:${cellRef(r.lastRow - 1, col, true)}`;
}

/** A line's amount in kronor; the unreadable ones count as nothing, as in every total of the app. */
export const kronor = (ore: number): number => ore / 100;

/** The lines in the order the budget tables list them: by year, then category, then as entered. */
export function orderedLines(draft: Draft, categories: readonly string[]): BudgetLine[] {
  const rank = new Map(categories.map((c, i) => [c, i]));
  return draft.budget
    .map((l, i) => ({ l, i }))
    .sort((a, b) => a.l.year - b.l.year || (rank.get(a.l.category) ?? 0) - (rank.get(b.l.category) ?? 0) || a.i - b.i)
    .map(({ l }) => l);
}

function activityName(draft: Draft, id: string | null, L: BudgetSheetLabels): string {
  if (id === null) return L.noActivity;
  const a = draft.activities.find((x) => x.id === id);
  if (!a) return L.noActivity;
  const number = planNumbers(draft.framework, draft.activities).activity.get(id) ?? '';
  return `${number} ${a.title.trim() || '–'}`.trim();
}

/**
 * One row per budget line (year, category, party, description, linked activity, amount) and a
 * total under them. A line whose amount could not be read shows what was typed, as text, so no
 * total counts it.
 */
export function linesSheet(name: string, draft: Draft, lines: readonly BudgetLine[], names: NameResolver, party: (side: string) => string, L: BudgetSheetLabels): SheetModel {
  const header: SheetCell[] = [L.yearColumn, L.category, L.party, L.description, L.activity, L.amount]
    .map((text, i) => ({ kind: 'text', text, style: i === LINE_COLUMNS.amount ? 'headerAmount' : 'header' }));
  const numbering = new Map<string, string>();
  const rows: SheetCell[][] = [header];
  let total = 0;
  for (const l of lines) {
    const typed = invalidInput(draft, amountKey(l.id));
    if (typed === undefined) total += l.amountOre;
    if (l.activityId !== null && !numbering.has(l.activityId)) numbering.set(l.activityId, activityName(draft, l.activityId, L));
    rows.push([
      { kind: 'number', value: l.year, style: 'year' },
      { kind: 'text', text: names.costCategory(l.category), style: 'text' },
      { kind: 'text', text: party(l.side), style: 'text' },
      { kind: 'text', text: l.description, style: 'text' },
      { kind: 'text', text: l.activityId === null ? L.noActivity : numbering.get(l.activityId)!, style: 'text' },
      typed === undefined ? { kind: 'number', value: kronor(l.amountOre), style: 'amount' } : { kind: 'text', text: L.invalidAmount(typed), style: 'flag' },
    ]);
  }
  // Without lines the total's range is one empty row, never the total's own cell.
  if (lines.length === 0) rows.push([null, null, null, { kind: 'text', text: L.noLines, style: 'note' }, null, null]);
  const last = Math.max(2, lines.length + 1);
  const totalRow: SheetCell[] = [{ kind: 'text', text: L.total, style: 'totalLabel' }, null, null, null, null,
    { kind: 'formula', formula: `SUM(${cellRef(1, LINE_COLUMNS.amount)}:${cellRef(last - 1, LINE_COLUMNS.amount)})`, value: kronor(total), style: 'total' }];
  rows.push(totalRow);
  return { name, widths: [6, 34, 28, 56, 64, 16], rows, frozenRows: 1 };
}

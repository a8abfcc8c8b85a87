import type { BudgetLine } from '../draft/schema';
import type { BudgetSheetLabels } from './labels';
import { kronor, LINE_COLUMNS, linesColumn, type LinesRange } from './lines-sheet';
import { cellRef, textLiteral, type CellStyle, type FormulaCell, type SheetCell, type SheetModel } from './model';

/** A ceiling or guide value beside the totals, in öre. */
export interface SheetLimit { amountOre: number; per: 'year' | 'total'; kind: 'max' | 'guide' }

export interface SummaryInput {
  name: string;
  title: string;
  /** The party whose lines the sheet sums (as the lines sheet names it), or null for all. */
  party: string | null;
  /** The lines the sheet sums (already only the party's), unreadable amounts as 0. */
  lines: readonly BudgetLine[];
  categories: ReadonlyArray<{ id: string; name: string }>;
  years: readonly number[];
  range: LinesRange;
  /** Ceilings beside the totals; null: none shown (a party's sheet), []: unknown for the edition. */
  limits: readonly SheetLimit[] | null;
  L: BudgetSheetLabels;
}

const PARTY_CELL = cellRef(1, 1, true);
const HEADER_ROW = 4;

/** The criteria of one cell: its category (column A of its row), its year and, on a party's sheet, the party. */
function cellFormula(s: SummaryInput, row: number, year: number): string {
  const test = (col: number, against: string) => `(${linesColumn(s.range, col)}=${against})`;
  const tests = [test(LINE_COLUMNS.category, `$A${row + 1}`), test(LINE_COLUMNS.year, String(year))];
  if (s.party !== null) tests.push(test(LINE_COLUMNS.party, PARTY_CELL));
  return `SUMPRODUCT(${tests.join('*')},${linesColumn(s.range, LINE_COLUMNS.amount)})`;
}

const sum = (from: string, to: string) => `SUM(${from}:${to})`;
const f = (formula: string, ore: number, style: FormulaCell['style'] = 'amount'): FormulaCell => ({ kind: 'formula', formula, value: kronor(ore), style });

/**
 * A budget by cost category (rows) and project year (columns): each cell sums the lines sheet for
 * its category and year (and party), with row totals, year totals and the grand total as
 * formulas, so the sheet follows any edit to the lines; beneath, the ceilings and whether the
 * budget passes them.
 */
export function summarySheet(s: SummaryInput): SheetModel {
  const { L, years, categories } = s;
  const text = (t: string, style: CellStyle): SheetCell => ({ kind: 'text', text: t, style });
  const rows: SheetCell[][] = [
    [text(s.title, 'title')],
    [text(L.party, 'label'), text(s.party ?? L.allParties, 'label')],
    [text(L.currencyNote, 'note')],
    [],
  ];
  const totalCol = years.length + 1;
  rows.push([text(L.category, 'header'), ...years.map((y): SheetCell => ({ kind: 'text', text: L.year(y), style: 'headerAmount' })), { kind: 'text', text: L.total, style: 'headerAmount' }]);
  const byCell = new Map<string, number>();
  for (const l of s.lines) byCell.set(`${l.category}\u0000${l.year}`, (byCell.get(`${l.category}\u0000${l.year}`) ?? 0) + l.amountOre);
  const first = HEADER_ROW + 1;
  categories.forEach((c, i) => {
    const row = first + i;
    const amounts = years.map((y) => byCell.get(`${c.id}\u0000${y}`) ?? 0);
    rows.push([text(c.name, 'text'), ...years.map((y, j) => f(cellFormula(s, row, y), amounts[j]!)),
      f(sum(cellRef(row, 1), cellRef(row, years.length)), amounts.reduce((a, b) => a + b, 0), 'rowTotal')]);
  });
  const last = first + Math.max(categories.length, 1) - 1;
  const totalRow = rows.length;
  const yearTotals = years.map((y) => s.lines.filter((l) => l.year === y).reduce((a, l) => a + l.amountOre, 0));
  const grand = yearTotals.reduce((a, b) => a + b, 0);
  rows.push([text(L.total, 'totalLabel'), ...years.map((_, j) => f(sum(cellRef(first, 1 + j), cellRef(last, 1 + j)), yearTotals[j]!, 'total')),
    f(sum(cellRef(first, totalCol), cellRef(last, totalCol)), grand, 'total')]);
  if (s.limits !== null) rows.push([], ...limitRows(s, totalRow, yearTotals, grand));
  return { name: s.name, widths: [34, ...years.map(() => 16), 18], rows, frozenRows: HEADER_ROW + 1 };
}

/** Per ceiling: a row with the figure beside the totals it limits, and one saying whether it is exceeded. */
function limitRows(s: SummaryInput, totalRow: number, yearTotals: number[], grand: number): SheetCell[][] {
  const { L, years } = s;
  if (s.limits!.length === 0) return [[{ kind: 'text', text: L.ceilingUnknown, style: 'note' }]];
  const out: SheetCell[][] = [];
  for (const limit of s.limits!) {
    const perYear = limit.per === 'year';
    const label = limit.kind === 'max' ? (perYear ? L.ceilingMax : L.ceilingMaxTotal) : (perYear ? L.ceilingGuide : L.ceilingGuideTotal);
    const cols = perYear ? years.map((_, j) => 1 + j) : [years.length + 1];
    const ceilingRow = totalRow + out.length + 2;
    const ceiling: SheetCell[] = [{ kind: 'text', text: label, style: 'text' }];
    const exceeded: SheetCell[] = [{ kind: 'text', text: L.exceeded, style: 'text' }];
    for (const col of cols) {
      const used = perYear ? yearTotals[col - 1]! : grand;
      ceiling[col] = { kind: 'number', value: kronor(limit.amountOre), style: 'amount' };
      exceeded[col] = { kind: 'formula', formula: `IF(${cellRef(totalRow, col)}>${cellRef(ceilingRow, col)},${textLiteral(L.yes)},${textLiteral(L.no)})`, value: used > limit.amountOre ? L.yes : L.no, style: 'flag' };
    }
    out.push(fill(ceiling), fill(exceeded));
  }
  return out;
}

/** Holes of a sparse row as empty cells. */
const fill = (row: SheetCell[]): SheetCell[] => Array.from({ length: row.length }, (_, i) => row[i] ?? null);

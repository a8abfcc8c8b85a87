/**
 * The budget spreadsheet as plain data: which sheets, which cells, which formulas and what they
 * come to. Built in core (build-workbook.ts) so that what the .xlsx says can be tested without a
 * spreadsheet library; electron/services writes it with one.
 */

/** How a cell looks; the writer maps each to fonts, borders and number formats. */
export type CellStyle = 'title' | 'note' | 'label' | 'header' | 'headerAmount' | 'text' | 'year' | 'amount' | 'rowTotal' | 'totalLabel' | 'total' | 'flag';

/** An amount or any other number, in kronor for amounts (öre / 100). */
export interface NumberCell { kind: 'number'; value: number; style: CellStyle }
export interface TextCell { kind: 'text'; text: string; style: CellStyle }
/**
 * A formula (without the leading "=") and the value it comes to, stored beside it so that a
 * reader that does not recalculate still shows the figure.
 */
export interface FormulaCell { kind: 'formula'; formula: string; value: number | string; style: CellStyle }
export type SheetCell = NumberCell | TextCell | FormulaCell | null;

export interface SheetModel {
  /** At most 31 characters, none of []:*?/\, unique in the workbook. */
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: SheetCell[][];
  /** Rows kept in view when scrolling (the column headings). */
  frozenRows: number;
}

export interface WorkbookModel {
  title: string;
  /** Number formats of amounts, whole kronor and with öre (the document language's way). */
  amountFormats: { whole: string; withOre: string };
  sheets: SheetModel[];
}

/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** An A1 reference of a 0-based row and column; `absolute` gives $A$1. */
export function cellRef(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnName(col)}${d}${row + 1}`;
}

/** A sheet name as a formula names it: always quoted, quotes doubled. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A text as a formula string literal. */
export const textLiteral = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * A valid, unique sheet name from a wished-for one: forbidden characters replaced, cut to 31
 * characters, and numbered " (2)", " (3)" … when the name is taken (compared without case, as
 * spreadsheet programs compare them).
 */
export function uniqueSheetName(wish: string, taken: Set<string>): string {
  const base = (wish.replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim() || 'Sheet').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

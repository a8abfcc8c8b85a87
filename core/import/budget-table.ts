import type { CandidateLine } from './plan';
import { parseDocumentAmount } from './amounts';

/**
 * Whether a table of a Word document is a budget, and its lines if so. A budget table has an
 * amount column and a category or year column, either as one line per row (category, party,
 * description, amount; the year from a column or from the heading above, "År 2") or as a summary
 * with a column per year ("Kategori | År 1 | År 2 | Totalt"). Totals rows are left out: the app
 * sums the lines itself.
 */

/** Category label (lower case, either language) → cost category id. */
export type CategoryLabels = ReadonlyMap<string, string>;

const AMOUNT = /^(belopp|amount|kostnad|cost|sek|kr|summa|sum|budget)\b/;
const CATEGORY = /^(kategori|category|kostnadsslag|kostnadskategori|cost category|post|budgetpost)\b/;
const YEAR = /^(år|year|projektår|project year)$/;
const YEAR_COLUMN = /^(?:år|year|projektår|project year)\s*(\d{1,2})$/;
const SIDE = /^(part|party|side|sida|organisation|organization)\b/;
const DESCRIPTION = /^(beskrivning|description|aktivitet|activity|specifikation|specification)\b/;
const TOTAL_ROW = /^(totalt|total|summa|sum|delsumma|subtotal|summa år|total year)\b/;

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const find = (header: string[], re: RegExp) => header.findIndex((h) => re.test(h));

/** The category a label names: exactly, else the one whose label it shortens ("Tolkning" for "Tolkning och översättning"). */
function category(label: string, labels: CategoryLabels): string {
  const k = key(label);
  const exact = labels.get(k);
  if (exact) return exact;
  if (k.length >= 4) for (const [l, id] of labels) if (l.startsWith(k)) return id;
  return label.trim().slice(0, 100);
}

/** The year a heading names ("År 2", "Year 3 budget"), or null. */
export function yearOfHeading(heading: string): number | null {
  const m = /(?:år|year|projektår)\s*(\d{1,2})\b/i.exec(heading);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 10 ? n : null;
}

const clampYear = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 10 ? n : null);

function lineRows(rows: string[][], cols: Record<'amount' | 'category' | 'year' | 'side' | 'description', number>, year: number, labels: CategoryLabels): CandidateLine[] {
  const out: CandidateLine[] = [];
  for (const row of rows.slice(1)) {
    if ([row[0], cols.category >= 0 ? row[cols.category] : undefined].some((cell) => TOTAL_ROW.test(key(cell ?? '')))) continue;
    const amountOre = parseDocumentAmount(row[cols.amount] ?? '');
    if (amountOre === null) continue;
    const label = cols.category >= 0 ? (row[cols.category] ?? '') : '';
    if (cols.category >= 0 && label.trim() === '') continue;
    const y = cols.year >= 0 ? clampYear(Number.parseInt(row[cols.year] ?? '', 10)) : year;
    const description = cols.description >= 0 ? (row[cols.description] ?? '').trim() : '';
    out.push({
      year: y ?? year,
      category: category(label || 'other', labels),
      side: cols.side >= 0 ? (row[cols.side] ?? '').trim().slice(0, 1000) : '',
      amountOre,
      description: description === '–' ? '' : description.slice(0, 1000),
    });
  }
  return out;
}

function summaryRows(rows: string[][], yearCols: Array<[number, number]>, categoryCol: number, labels: CategoryLabels): CandidateLine[] {
  const out: CandidateLine[] = [];
  for (const row of rows.slice(1)) {
    const label = row[categoryCol] ?? '';
    if (label.trim() === '' || TOTAL_ROW.test(key(label))) continue;
    for (const [col, year] of yearCols) {
      const amountOre = parseDocumentAmount(row[col] ?? '');
      if (amountOre === null || amountOre === 0) continue;
      out.push({ year, category: category(label, labels), side: '', amountOre, description: '' });
    }
  }
  return out;
}

/** What a table holds as a budget: its lines and whether it is a summary by year; null when it is no budget. */
export function readBudgetTable(rows: string[][], heading: string, labels: CategoryLabels): { lines: CandidateLine[]; summary: boolean } | null {
  if (rows.length < 2) return null;
  const header = rows[0]!.map(key);
  const yearCols = header.flatMap((h, i): Array<[number, number]> => {
    const m = YEAR_COLUMN.exec(h);
    const y = m ? clampYear(Number(m[1])) : null;
    return y ? [[i, y]] : [];
  });
  const categoryCol = find(header, CATEGORY);
  if (yearCols.length > 0 && categoryCol >= 0) {
    const lines = summaryRows(rows, yearCols, categoryCol, labels);
    return lines.length ? { lines, summary: true } : null;
  }
  const cols = { amount: find(header, AMOUNT), category: categoryCol, year: find(header, YEAR), side: find(header, SIDE), description: find(header, DESCRIPTION) };
  if (cols.amount < 0 || (cols.category < 0 && cols.year < 0)) return null;
  const lines = lineRows(rows, cols, yearOfHeading(heading) ?? 1, labels);
  return lines.length ? { lines, summary: false } : null;
}

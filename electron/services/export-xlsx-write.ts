import ExcelJS from 'exceljs';
import type { CellStyle, SheetCell, WorkbookModel } from '../../core/budget-sheet/model';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

/** Fonts, borders and alignment of each cell style (the number format is chosen per amount). */
const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  note: { font: { italic: true, color: { argb: 'FF595959' } } },
  label: { font: { bold: true } },
  header: { font: { bold: true }, border: { bottom: THIN } },
  headerAmount: { font: { bold: true }, border: { bottom: THIN }, alignment: { horizontal: 'right' } },
  // No wrapping: a reader that does not size rows to their text (LibreOffice on opening) would draw wrapped lines over the next row.
  text: { alignment: { vertical: 'top' } },
  year: { alignment: { horizontal: 'center', vertical: 'top' } },
  amount: { alignment: { horizontal: 'right', vertical: 'top' } },
  rowTotal: { font: { bold: true }, alignment: { horizontal: 'right', vertical: 'top' } },
  totalLabel: { font: { bold: true }, border: { top: THIN } },
  total: { font: { bold: true }, border: { top: THIN }, alignment: { horizontal: 'right' } },
  flag: { font: { bold: true }, alignment: { horizontal: 'right' } },
};

const isAmount = (style: CellStyle) => style === 'amount' || style === 'rowTotal' || style === 'total';

function writeCell(cell: ExcelJS.Cell, c: Exclude<SheetCell, null>, formats: WorkbookModel['amountFormats']): void {
  if (c.kind === 'text') cell.value = c.text;
  else if (c.kind === 'number') cell.value = c.value;
  else cell.value = { formula: c.formula, result: c.value };
  const style = STYLES[c.style];
  if (style.font) cell.font = style.font;
  if (style.border) cell.border = style.border;
  if (style.alignment) cell.alignment = style.alignment;
  const value = c.kind === 'text' ? null : c.value;
  if (isAmount(c.style) && typeof value === 'number') cell.numFmt = Number.isInteger(value) ? formats.whole : formats.withOre;
}

/**
 * The .xlsx file of a budget workbook model, written with ExcelJS: each formula with the value it
 * comes to beside it (readers that do not calculate show that), and the workbook marked to be
 * recalculated on opening, so a program that does calculate never trusts a stale figure.
 */
export async function writeBudgetXlsx(model: WorkbookModel, now: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'KP Drafter';
  wb.title = model.title;
  wb.created = now;
  wb.modified = now;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) {
    // Printed (or saved as PDF) landscape, every column on one page's width.
    const ws = wb.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: sheet.frozenRows }],
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = sheet.widths.map((width) => ({ width }));
    sheet.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        if (c) writeCell(ws.getCell(r + 1, col + 1), c, model.amountFormats);
      });
    });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

import { BorderStyle, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalMergeType, WidthType, type Paragraph, type ParagraphChild } from 'docx';
import type { BuildContext } from './context';
import { textWidth } from './page-estimate';
import { plainParagraph } from './plain-paragraph';
import { textRuns } from './runs';
import { METRICS, STYLE } from './styles';
import { BORDER, CELL_MARGIN, HEADER_FILL, recordTable } from './tables';
import { startsRtl } from './text';

/**
 * The plan's tables need what the simple tables do not: cells merged down a level's rows (the
 * results matrix), header cells spanning a year of months and shaded month cells (the Gantt
 * table). Same look and page rules as `fixedTable`: fixed layout with explicit widths, header
 * rows repeated on each page, rows never split, and kept together where they belong together.
 */
export interface PlanCell {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Background colour (hex), e.g. an activity's months. */
  fill?: string;
  /** Merged with the cells below it ('restart') or part of the cell above ('continue'). */
  merge?: 'restart' | 'continue';
  /** Columns the cell spans (1 when not given). */
  span?: number;
  align?: 'right' | 'center';
  /** Narrow cell margins, for the month columns. */
  tight?: boolean;
  /** A stronger left border, where a new project year starts. */
  yearStart?: boolean;
  /** The cell's runs when they are more than its text (its text wrapped in a comment's range). */
  children?: ParagraphChild[];
}

export interface PlanRow {
  cells: PlanCell[];
  header?: boolean;
}

/** Cell margin of the narrow month columns, in twips. */
export const TIGHT_MARGIN = 20;
const YEAR_BORDER = { style: BorderStyle.SINGLE, size: 12, color: '595959' };

/** A column as wide as its widest text (bold, as in a header), at least `min`, in twips. */
export function fitColumn(texts: readonly string[], min: number, bold = true): number {
  return Math.max(min, ...texts.map((t) => textWidth(t, METRICS.table.size, bold) + 2 * CELL_MARGIN + 60));
}

function paragraphs(ctx: BuildContext, c: PlanCell, header: boolean, keepNext: boolean): Paragraph[] {
  const style = header ? STYLE.tableHeading : STYLE.tableText;
  if (c.children) return [plainParagraph(c.children, { style, keepNext, align: c.align, bidirectional: startsRtl(c.text) })];
  return c.text.split(/\r?\n/).map((line) =>
    plainParagraph(textRuns(line, { bold: c.bold, italic: c.italic }, ctx.locale), { style, keepNext, align: c.align, bidirectional: startsRtl(line) }));
}

function cell(ctx: BuildContext, c: PlanCell, width: number, header: boolean, keepNext: boolean): TableCell {
  const fill = c.fill ?? (header ? HEADER_FILL : undefined);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.span && c.span > 1 ? c.span : undefined,
    verticalMerge: c.merge === 'restart' ? VerticalMergeType.RESTART : c.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
    margins: c.tight ? { left: TIGHT_MARGIN, right: TIGHT_MARGIN, top: 0, bottom: 0 } : undefined,
    borders: c.yearStart ? { left: YEAR_BORDER } : undefined,
    children: paragraphs(ctx, c.merge === 'continue' ? { ...c, text: '' } : c, header, keepNext),
  });
}

/**
 * A plan table of `columns` (twips). Header rows come first. A row is kept on the page of the
 * next one when that one continues its merged cells, and the header with the first body row.
 */
export function planTable(ctx: BuildContext, columns: readonly number[], rows: readonly PlanRow[]): Table {
  const headerRows = rows.filter((r) => r.header).length;
  const keep = rows.map((r, i) => {
    const next = rows[i + 1];
    return next !== undefined && (r.header === true || next.cells.some((c) => c.merge === 'continue'));
  });
  const built = rows.map((r, i) => {
    let col = 0;
    const cells = r.cells.map((c) => {
      const span = c.span ?? 1;
      const width = columns.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      return cell(ctx, c, width, r.header === true, keep[i]!);
    });
    return new TableRow({ tableHeader: r.header === true, cantSplit: true, children: cells });
  });
  recordTable(ctx, {
    columns,
    headerRows,
    keepNext: keep,
    // A spanning cell is measured as one line (its text is short: a year's label) and a merged
    // cell once, in the row it starts in.
    rows: rows.map((r) =>
      r.cells.flatMap((c) => [
        { text: c.span && c.span > 1 ? '' : c.merge === 'continue' ? '' : c.text, bold: r.header === true || c.bold === true },
        ...Array.from({ length: (c.span ?? 1) - 1 }, () => ({ text: '', bold: false })),
      ])),
  });
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    rows: built,
  });
}

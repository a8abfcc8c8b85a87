import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { BuildContext } from './context';
import { plainParagraph } from './plain-paragraph';
import { textRuns } from './runs';
import { METRICS, STYLE } from './styles';
import { startsRtl } from './text';

/** One cell: its text (newlines start new paragraphs), or ready-made runs with that text. */
export interface Cell {
  text: string;
  children?: ParagraphChild[];
  bold?: boolean;
  align?: 'right';
}

/** A body row, optionally shaded as a total. */
export interface Row {
  cells: Cell[];
  total?: boolean;
}

/** Space in twips between a cell's border and its text, on the left and on the right. */
export const CELL_MARGIN = 108;

export const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
export const HEADER_FILL = 'DCE3EF';
export const TOTAL_FILL = 'F2F2F2';

function cellParagraphs(ctx: BuildContext, c: Cell, heading: boolean, keepNext: boolean): Paragraph[] {
  const style = heading ? STYLE.tableHeading : STYLE.tableText;
  if (c.children) return [plainParagraph(c.children, { style, keepNext, align: c.align })];
  return c.text.split(/\r?\n/).map((line) => plainParagraph(textRuns(line, { bold: c.bold }, ctx.locale), { style, keepNext, align: c.align, bidirectional: startsRtl(line) }));
}

/**
 * A table with fixed layout and explicit widths in twips on the grid, the table and every cell,
 * which LibreOffice and Google Docs need to draw the columns as Word does. The header row repeats
 * on each page, no row splits across pages, and a total row never starts a page on its own.
 */
export function fixedTable(ctx: BuildContext, columns: readonly number[], header: readonly Cell[], rows: readonly Row[], o: { borders?: boolean } = {}): Table {
  const borders = o.borders === false
    ? { top: { style: BorderStyle.NONE, size: 0, color: 'auto' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' }, left: { style: BorderStyle.NONE, size: 0, color: 'auto' }, right: { style: BorderStyle.NONE, size: 0, color: 'auto' }, insideHorizontal: BORDER, insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' } }
    : { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
  // Word keeps a row on the page of the next one when its paragraphs are "keep with next": the
  // header row with the first line, and the line before a total with it, so that neither a lone
  // header at the foot of a page nor a lone total at the top of the next can happen.
  const row = (cells: readonly Cell[], kind: 'header' | 'body' | 'total', keepNext: boolean) =>
    new TableRow({
      tableHeader: kind === 'header',
      cantSplit: true,
      children: columns.map((w, j) => {
        const c = cells[j] ?? { text: '' };
        const fill = kind === 'header' ? HEADER_FILL : kind === 'total' ? TOTAL_FILL : undefined;
        return new TableCell({
          width: { size: w, type: WidthType.DXA },
          shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
          children: cellParagraphs(ctx, kind === 'total' ? { ...c, bold: true } : c, kind === 'header', keepNext),
        });
      }),
    });
  const keep = [...(header.length ? [rows.length > 0] : []), ...rows.map((_, i) => rows[i + 1]?.total === true)];
  const all = [
    ...(header.length ? [row(header, 'header', keep[0]!)] : []),
    ...rows.map((r, i) => row(r.cells, r.total ? 'total' : 'body', keep[i + (header.length ? 1 : 0)]!)),
  ];
  recordTable(ctx, {
    columns,
    headerRows: header.length ? 1 : 0,
    keepNext: keep,
    rows: [
      ...(header.length ? [header.map((c) => ({ text: c.text, bold: true }))] : []),
      ...rows.map((r) => columns.map((_, j) => ({ text: r.cells[j]?.text ?? '', bold: !!(r.total || r.cells[j]?.bold) }))),
    ],
  });
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    rows: all,
  });
}

/** An empty paragraph after a table, so two tables or a table and a heading never touch. */
export function spacer(ctx: BuildContext): Paragraph {
  ctx.layout.push({ kind: 'text', text: '', size: METRICS.body.size, bold: false, line: 120, before: 0, after: 0, indent: 0, keepNext: false });
  return new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] });
}

/** A table as the page estimate lays it out: the body table style's size, line and padding, no space after. */
export function recordTable(ctx: BuildContext, t: { columns: readonly number[]; headerRows: number; keepNext: boolean[]; rows: Array<Array<{ text: string; bold: boolean }>> }): void {
  ctx.layout.push({
    kind: 'table',
    columns: t.columns,
    size: METRICS.table.size,
    line: METRICS.table.line,
    cellPadding: METRICS.table.before + METRICS.table.after,
    headerRows: t.headerRows,
    after: 0,
    keepNext: t.keepNext,
    rows: t.rows,
  });
}

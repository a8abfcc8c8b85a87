import {
  AlignmentType,
  BorderStyle,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

/**
 * The look of the exported document: A4 with 2.54 cm margins, Arial throughout (Liberation Sans
 * in LibreOffice has the same widths, so pages break alike), and Word's own style ids (Heading1,
 * Title, Quote, TOC1 …) so Word's navigation pane, style gallery and "update table" all work.
 */

/** Page size and margins in twips. */
export const PAGE = { width: 11906, height: 16838, margin: 1440, header: 708, footer: 708 } as const;
/** Width of the text area in twips; tables are laid out to exactly this width. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Height of the text area in twips. */
export const TEXT_HEIGHT = PAGE.height - 2 * PAGE.margin;

/** The one font of the document. */
export const FONT = 'Arial';

/** Height in twips of a line of Arial at `size` half-points, times `factor` (Word's "single" is 1.15 em). */
const lineOf = (size: number, factor = 1) => Math.round(size * 10 * 1.15 * factor);

/**
 * Sizes in half-points, spacing and line heights in twips, shared by the styles and the page
 * estimate. Line heights are "at least" values: Word draws Arial's lines 1.15 em apart but
 * LibreOffice draws Liberation Sans 1.117 em apart, so with "auto" spacing the two break pages
 * differently; a minimum just above both makes every line exactly this tall in both (and still
 * lets a line holding a taller glyph, such as an emoji from a fallback font, grow).
 */
export const METRICS = {
  body: { size: 22, line: lineOf(22, 1.15), before: 0, after: 120 },
  list: { size: 22, line: lineOf(22, 1.15), before: 0, after: 60 },
  quote: { size: 22, line: lineOf(22, 1.15), before: 60, after: 180, indent: 567 },
  h1: { size: 32, line: lineOf(32), before: 360, after: 120 },
  h2: { size: 26, line: lineOf(26), before: 240, after: 80 },
  h3: { size: 22, line: lineOf(22), before: 200, after: 60 },
  table: { size: 20, line: lineOf(20), before: 40, after: 40 },
  toc: { size: 22, line: lineOf(22), before: 60, after: 60 },
  title: { size: 52, line: lineOf(52) },
  small: { size: 18, line: lineOf(18) },
} as const;

/** Paragraph spacing in twips with a minimum line height (see METRICS). */
export function spacing(before: number, after: number, line: number) {
  return { before, after, line, lineRule: LineRuleType.AT_LEAST };
}

const HEADING_COLOR = '1F3864';
const MUTED = '595959';

/** Style ids used by the builder. */
export const STYLE = {
  quote: 'Quote',
  tableText: 'KpTableText',
  tableHeading: 'KpTableHeading',
  tocHeading: 'TOCHeading',
  subtitle: 'Subtitle',
  titleMeta: 'KpTitleMeta',
  draftBanner: 'KpDraftBanner',
  placeholder: 'KpPlaceholder',
  header: 'Header',
  footer: 'Footer',
} as const;

/** The document's styles, with the proofing language on the defaults as well as on every run. */
export function buildStyles(locale: string): IStylesOptions {
  const lang = { value: locale };
  const m = METRICS;
  return {
    default: {
      document: {
        run: { font: FONT, size: m.body.size, sizeComplexScript: m.body.size, language: lang },
        paragraph: { spacing: spacing(m.body.before, m.body.after, m.body.line) },
      },
      title: {
        run: { font: FONT, size: m.title.size, bold: true, color: HEADING_COLOR, language: lang },
        paragraph: { spacing: spacing(0, 240, m.title.line) },
      },
      heading1: {
        run: { font: FONT, size: m.h1.size, bold: true, color: HEADING_COLOR, language: lang },
        paragraph: { spacing: spacing(m.h1.before, m.h1.after, m.h1.line), keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: m.h2.size, bold: true, color: HEADING_COLOR, language: lang },
        paragraph: { spacing: spacing(m.h2.before, m.h2.after, m.h2.line), keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: m.h3.size, bold: true, color: '000000', language: lang },
        paragraph: { spacing: spacing(m.h3.before, m.h3.after, m.h3.line), keepNext: true, keepLines: true },
      },
      hyperlink: { run: { color: '0563C1', underline: {} } },
      listParagraph: { paragraph: { spacing: spacing(m.list.before, m.list.after, m.list.line) } },
    },
    paragraphStyles: [
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: {
          indent: { left: m.quote.indent, right: m.quote.indent },
          spacing: { before: m.quote.before, after: m.quote.after },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'A6A6A6', space: 8 } },
        },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: m.table.size, sizeComplexScript: m.table.size },
        paragraph: { spacing: spacing(m.table.before, m.table.after, m.table.line) },
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: m.h1.size, bold: true, color: HEADING_COLOR },
        paragraph: { spacing: spacing(0, 240, m.h1.line) },
      },
      ...[1, 2].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: m.toc.size, bold: level === 1, language: lang },
        paragraph: {
          indent: { left: (level - 1) * 440 },
          spacing: spacing(level === 1 ? m.toc.before * 2 : 0, m.toc.after, m.toc.line),
        },
      })),
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 28, color: MUTED },
        paragraph: { spacing: { before: 0, after: 120 } },
      },
      {
        id: STYLE.titleMeta,
        name: 'Title Page Label',
        basedOn: 'Normal',
        run: { size: 18, color: MUTED, allCaps: true },
        paragraph: { spacing: { before: 0, after: 1200 } },
      },
      {
        id: STYLE.draftBanner,
        name: 'Draft Banner',
        basedOn: 'Normal',
        run: { bold: true, color: '9C0006' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 480, after: 0 },
          shading: { type: 'clear', fill: 'FFC7CE', color: 'auto' },
          border: { top: { style: BorderStyle.SINGLE, size: 6, color: '9C0006', space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 6, color: '9C0006', space: 4 } },
        },
      },
      {
        id: STYLE.placeholder,
        name: 'Not Filled In',
        basedOn: 'Normal',
        run: { italics: true, color: '808080' },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: m.small.size, color: MUTED },
        paragraph: { spacing: spacing(0, 0, m.small.line) },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: m.small.size, color: MUTED },
        paragraph: { spacing: spacing(0, 0, m.small.line) },
      },
    ],
  };
}

/** Numbering reference of bulleted lists. */
export const BULLETS = 'kp-bullets';
/** Numbering reference of numbered lists; each list is its own instance so it starts at 1. */
export const NUMBERS = 'kp-numbers';

const indent = (level: number) => ({ left: 360 * (level + 1), hanging: 360 });
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

/** Bullet and number definitions for nine levels of nesting. */
export function buildNumbering(): INumberingOptions {
  const levels = Array.from({ length: 9 }, (_, i) => i);
  return {
    config: [
      {
        reference: BULLETS,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: level % 2 === 0 ? '\u2022' : '\u2013',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: indent(level) }, run: { font: FONT } },
        })),
      },
      {
        reference: NUMBERS,
        levels: levels.map((level) => ({
          level,
          format: NUMBER_FORMATS[level % 3]!,
          text: `%${level + 1}.`,
          start: 1,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: indent(level) } },
        })),
      },
    ],
  };
}

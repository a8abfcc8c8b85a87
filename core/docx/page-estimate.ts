/**
 * A quick page layout of the exported document, so the table of contents can be written with its
 * page numbers already filled in (no "update fields?" prompt, and correct in readers that never
 * update fields). docx's own Word-faithful layout (docx/layout) takes about 0.1 s per page, far too
 * slow for long drafts; this one measures text with Arial's advance widths (which Liberation Sans
 * shares) and follows the few rules that move page breaks: line wrapping, paragraph spacing, keep
 * with next, widow/orphan control and unsplittable table rows. Tests compare it with LibreOffice.
 */

/** A paragraph as the estimate sees it. Lengths in twips, font size in half-points. */
export interface TextBlock {
  kind: 'text';
  text: string;
  size: number;
  bold: boolean;
  /** Height of each line in twips. */
  line: number;
  before: number;
  after: number;
  indent: number;
  keepNext: boolean;
  /** Bookmark whose page the table of contents needs. */
  bookmark?: string;
}

/** A table: rows never split across pages; the first `headerRows` repeat on each page. */
export interface TableBlock {
  kind: 'table';
  columns: readonly number[];
  rows: ReadonlyArray<ReadonlyArray<{ text: string; bold: boolean }>>;
  size: number;
  /** Height of each line of cell text, and the spacing around a cell's text, in twips. */
  line: number;
  cellPadding: number;
  headerRows: number;
  after: number;
  /** Rows kept on the page of the row after them ("keep with next"), by index. */
  keepNext?: readonly boolean[];
}

/** A new page section: the blocks after it start on a new page of this geometry (a landscape part). */
export interface SectionBlock {
  kind: 'section';
  geometry: PageGeometry;
}

/** Anything the estimate lays out. */
export type LayoutBlock = TextBlock | TableBlock | SectionBlock | { kind: 'pageBreak' };

/** The page geometry the estimate lays out on. */
export interface PageGeometry {
  /** Height of the text area (page height less top and bottom margins). */
  bodyHeight: number;
  /** Width of the text area. */
  bodyWidth: number;
}

/** Where each bookmark starts, and how many pages there are. */
export interface PageEstimate {
  pages: number;
  bookmarks: Map<string, number>;
  /** The page each block starts on, by index. */
  blockPages: Int32Array;
}

// Advance widths in 1/1000 em of Arial (metric-compatible with Helvetica and Liberation Sans),
// printable ASCII 32–126, regular then bold.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584,
];

// Latin-1 and Latin Extended letters take the width of their base letter (å → a, Ö → O).
const BASE = 'AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty';

function buildTable(ascii: number[]): Uint16Array {
  const t = new Uint16Array(0x300).fill(556);
  for (let i = 0; i < ascii.length; i++) t[32 + i] = ascii[i]!;
  for (let i = 0; i < BASE.length; i++) t[0xc0 + i] = t[BASE.charCodeAt(i)]!;
  t[0xa0] = t[32]!; // no-break space
  t[0xd7] = 584;
  t[0xf7] = 584;
  return t;
}
const WIDTHS = { regular: buildTable(REGULAR), bold: buildTable(BOLD) };

/** Advance width of one UTF-16 code unit in 1/1000 em. */
function charWidth(code: number, table: Uint16Array): number {
  if (code < 0x300) return table[code]!;
  if (code < 0x370) return 0; // combining marks
  if (code >= 0xdc00 && code <= 0xdfff) return 0; // second half of a surrogate pair
  if (code >= 0x2e80 || (code >= 0xd800 && code <= 0xdbff)) return 1000; // CJK, emoji
  if (code >= 0x2000 && code <= 0x206f) return code === 0x2013 ? 556 : code === 0x2014 ? 1000 : 333; // punctuation
  return 556;
}

/** Width in twips of `text` set on one line at `size` half-points. */
export function textWidth(text: string, size: number, bold: boolean): number {
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charWidth(text.charCodeAt(i), table);
  return Math.ceil((em * size * 20) / (1000 * 2));
}

/** Number of lines `text` wraps to in `width` twips, greedy at spaces, as Word wraps. */
export function countLines(text: string, width: number, size: number, bold: boolean): number {
  // Widths are summed in 1/1000 em; convert the line width once: twips → 1/1000 em.
  const limit = (width * 1000 * 2) / (size * 20);
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  const space = table[32]!;
  const tab = 72000 / size; // default tab stops every 720 twips
  let lines = 1;
  let line = 0; // width of the current line, up to the last space
  let word = 0; // width of the word being read
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (line + word > limit && line > 0) {
        lines++;
        line = word;
      } else line += word;
      line += space;
      word = 0;
    } else if (c === 10 || c === 13) {
      if (line + word > limit && line > 0) lines++;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lines++;
      line = 0;
      word = 0;
    } else if (c === 9) {
      line += word;
      word = 0;
      line = (Math.floor(line / tab) + 1) * tab;
    } else {
      word += c < 0x300 ? table[c]! : charWidth(c, table);
      // A word longer than the whole line is broken at the margin, as Word does.
      if (word > limit) {
        if (line > 0) lines++;
        lines++;
        line = 0;
        word -= limit;
      }
    }
  }
  if (line + word > limit && line > 0) lines++;
  return lines;
}

/** Height of a table row in twips: its tallest cell, which wraps inside the cell margins. */
function rowHeight(t: TableBlock, cells: ReadonlyArray<{ text: string; bold: boolean }>): number {
  let lines = 1;
  cells.forEach((c, j) => {
    lines = Math.max(lines, countLines(c.text, (t.columns[j] ?? 2000) - 216, t.size, c.bold));
  });
  return lines * t.line + t.cellPadding + 10; // and the border
}

/**
 * Height that must fit on one page with a "keep with next" paragraph: itself, every paragraph
 * after it that is kept with its next in turn (a heading followed by a sub-heading), and the first
 * two lines of the paragraph the chain ends on, or the header and first row of a table.
 */
function keptHeight(blocks: readonly LayoutBlock[], lineCounts: readonly number[], i: number): number {
  let b = blocks[i] as TextBlock;
  let h = lineCounts[i]! * b.line;
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (next.kind === 'table') return h + b.after + next.rows.slice(0, next.headerRows + 1).reduce((sum, r) => sum + rowHeight(next, r), 0);
    if (next.kind !== 'text') return h;
    h += Math.max(b.after, next.before);
    if (!next.keepNext) return h + Math.min(2, lineCounts[j]!) * next.line;
    h += lineCounts[j]! * next.line;
    b = next;
  }
  return h;
}

/**
 * Lays the blocks out on pages starting at `firstPage` and reports where each bookmark starts.
 * As in Word, the space between two paragraphs is the larger of the first's space after and the
 * second's space before (not their sum), and a paragraph at the top of a page has no space before.
 */
export function estimatePages(blocks: readonly LayoutBlock[], first: PageGeometry, firstPage = 1): PageEstimate {
  const bookmarks = new Map<string, number>();
  const blockPages = new Int32Array(blocks.length);
  let page = firstPage;
  let y = 0; // used height on the current page, without the last paragraph's space after
  let after = 0; // the space after the last paragraph, still to come
  const newPage = () => {
    page++;
    y = 0;
    after = 0;
  };
  const gap = (before: number) => (y === 0 ? 0 : Math.max(after, before));
  // Each paragraph's lines, counted once (keep-with-next looks at the next paragraph's too), at
  // the width of the page section it is in.
  let width = first.bodyWidth;
  const lineCounts = blocks.map((b) => {
    if (b.kind === 'section') width = b.geometry.bodyWidth;
    return b.kind === 'text' ? countLines(b.text, width - b.indent, b.size, b.bold) : 0;
  });
  let geo = first;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'section') {
      if (y > 0) newPage();
      geo = b.geometry;
      blockPages[i] = page;
      continue;
    }
    if (b.kind === 'pageBreak') {
      if (y > 0) newPage();
      blockPages[i] = page;
      continue;
    }
    if (b.kind === 'table') {
      const header = b.rows.slice(0, b.headerRows).reduce((h, r) => h + rowHeight(b, r), 0);
      y += gap(0);
      after = 0;
      blockPages[i] = page;
      b.rows.forEach((r, j) => {
        const h = rowHeight(b, r);
        const following = b.keepNext?.[j] ? b.rows[j + 1] : undefined;
        const need = h + (following ? rowHeight(b, following) : 0);
        if (y + need > geo.bodyHeight && y > 0) {
          newPage();
          if (j === 0) blockPages[i] = page;
          if (j >= b.headerRows) y += header;
        }
        y += h;
      });
      after = b.after;
      continue;
    }
    const lh = b.line;
    const lines = lineCounts[i]!;
    // What must fit on this page: the first two lines, or all of a paragraph of three lines or
    // fewer (widow/orphan control leaves no line alone), or with "keep with next" the whole
    // paragraph and the next one's first two lines.
    const alone = gap(b.before) + (lines <= 3 ? lines : 2) * lh;
    const kept = b.keepNext ? gap(b.before) + keptHeight(blocks, lineCounts, i) : alone;
    // A chain taller than a page cannot be kept together; Word then lets it break.
    const need = kept > geo.bodyHeight ? alone : kept;
    if (y + need > geo.bodyHeight && y > 0) newPage();
    blockPages[i] = page;
    if (b.bookmark) bookmarks.set(b.bookmark, page);
    y += gap(b.before);
    let left = lines;
    while (left > 0) {
      const fit = Math.floor((geo.bodyHeight - y) / lh);
      if (left <= fit) {
        y += left * lh;
        left = 0;
      } else {
        // Widow/orphan control: at least two lines stay together on each side of a break.
        let take = fit;
        if (left - take < 2) take = left - 2;
        if (take < 2) take = 0;
        y += take * lh;
        left -= take;
        newPage();
      }
    }
    after = b.after;
  }
  return { pages: page, bookmarks, blockPages };
}

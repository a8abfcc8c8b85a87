import { MAX_LIST_DEPTH } from '../draft/file-format';
import type { InlineChild, ListEl, TextBlockEl } from '../editor/types';
import { mergeInlines, type Builder, type Target } from './build';
import type { WalkBlocks } from './lists';
import { inlineStyle, marksOf, type Marks } from './marks';
import type { HElement } from './parse';

/**
 * A section holds no tables (core/editor/types.ts), so a pasted table becomes one paragraph per
 * row, its cells' text in order with " – " between them: in the editor and in the exported Word
 * document that reads as a line of a table ("Workshop i Mombasa – mars 2025 – Anna Berg"), where
 * a tab would jump to Word's default tab stops and leave ragged columns. Empty cells add no
 * separator; a header row keeps its bold; a caption is a paragraph before the rows.
 */
export const CELL_SEPARATOR = ' – ';

const isElement = (n: { kind: string }): n is HElement => n.kind === 'element';
const childElements = (el: HElement, tags: string[]) => el.children.filter(isElement).filter((c) => tags.includes(c.tag));

/** The table's rows, each as its cells, in document order (nested tables stay inside their cell). */
function rowsOf(table: HElement): HElement[][] {
  const rows: HElement[] = [];
  for (const part of childElements(table, ['thead', 'tbody', 'tfoot', 'tr'])) {
    if (part.tag === 'tr') rows.push(part);
    else rows.push(...childElements(part, ['tr']));
  }
  return rows.map((row) => childElements(row, ['td', 'th']));
}

/**
 * The text of a cell's blocks as one run: paragraphs joined by a space, the items of a list in the
 * cell by a comma ("sökande, budgetansvar").
 */
function joinBlocks(blocks: Target): InlineChild[] {
  const out: InlineChild[] = [];
  const add = (block: TextBlockEl | ListEl, separator: string) => {
    if (block.type === 'bulleted-list' || block.type === 'numbered-list') {
      block.children.forEach((item, i) => item.children.forEach((child, j) => add(child, i > 0 && j === 0 ? ', ' : ' ')));
      return;
    }
    const { children } = block as TextBlockEl;
    // An item's paragraph is empty when the item starts with a nested list.
    if (children.every((c) => 'text' in c && c.text === '')) return;
    if (out.length) out.push({ text: separator });
    out.push(...children);
  };
  for (const block of blocks) add(block, ' ');
  return out;
}

function cellInlines(b: Builder, cell: HElement, marks: Marks, walk: WalkBlocks): InlineChild[] {
  const content: Target = [];
  b.joined(() => {
    walk(b, cell.children, marksOf(cell, marks), content);
    b.flush(content);
  });
  return joinBlocks(content);
}

/** One paragraph per row with text. */
export function tableParagraphs(b: Builder, table: HElement, marks: Marks, walk: WalkBlocks): TextBlockEl[] {
  const out: TextBlockEl[] = [];
  for (const caption of childElements(table, ['caption'])) {
    const children = cellInlines(b, caption, marks, walk);
    if (children.length) out.push({ type: 'paragraph', children: mergeInlines(children) });
  }
  for (const row of rowsOf(table)) {
    const cells = row.map((cell) => cellInlines(b, cell, marks, walk)).filter((c) => c.length > 0);
    if (cells.length === 0) continue;
    const children = cells.flatMap((c, i) => (i === 0 ? c : [{ text: CELL_SEPARATOR }, ...c]));
    out.push({ type: 'paragraph', children: mergeInlines(children) });
  }
  return out;
}

/**
 * Adds a table where it stands: in the section, its rows are paragraphs; in a list item, they are
 * a bulleted list below the item's text (as a table sits under a step in a document), unless that
 * would nest deeper than a draft allows, where they join the item's text.
 */
export function addTable(b: Builder, table: HElement, marks: Marks, walk: WalkBlocks, target?: Target): void {
  const rows = tableParagraphs(b, table, marks, walk);
  if (rows.length === 0) return;
  const asList = (): ListEl => ({ type: 'bulleted-list', children: rows.map((p) => ({ type: 'list-item', children: [p] })) });
  if (target && b.listDepth > 0 && b.listDepth < MAX_LIST_DEPTH) target.push(asList());
  // Word has no tables in list items: a table indented with a list stands between its paragraphs, and the list goes on after it.
  else if (!target && indented(table) && b.attachToWordList(asList())) return;
  else for (const row of rows) b.emit(row, target);
}

const indented = (table: HElement) => Number.parseFloat(inlineStyle(table)['margin-left'] ?? '') > 0;

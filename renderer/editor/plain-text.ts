import type { TopBlock } from '../../core/editor/types';

/**
 * Plain text: each line is a paragraph. Blank lines only separate paragraphs: they make no empty
 * paragraph (the editor spaces paragraphs itself), so text pasted as plain text or as HTML, where
 * empty paragraphs are dropped too, comes out the same.
 */
export function blocksFromPlainText(text: string): TopBlock[] {
  return text
    .split(/\r\n?|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}

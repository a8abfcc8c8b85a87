import type { TopBlock } from '../../core/editor/types';
import { Builder } from './paste/build';
import { parseBody } from './paste/parse';
import { walkBlocks } from './paste/walk';

/**
 * Cleans HTML from the clipboard (Word, LibreOffice, Google Docs, web pages) into the editor's
 * blocks and marks. Fonts, colours and classes are dropped; headings, lists, links, quotes,
 * bold/italic/underline are kept; a table's text is kept, a row per paragraph; images are dropped
 * and counted for a notice. The result already has the editor's structure
 * (core/editor/with-draft-schema.ts): nothing is left for its repairs, which would otherwise split
 * list items where the source had none.
 *
 * The steps live in paste/: parse (the HTML parser), marks, word-lists (Word's list paragraphs),
 * lists and tables (HTML structures), build (the editor's nodes) and walk (which ties them up).
 */

export interface CleanedPaste {
  blocks: TopBlock[];
  droppedImages: number;
}

/** Cleans clipboard HTML into blocks. */
export function cleanPastedHtml(html: string): CleanedPaste {
  const b = new Builder();
  walkBlocks(b, parseBody(html), {});
  b.flush();
  return { blocks: b.blocks, droppedImages: b.droppedImages };
}

export { blocksFromPlainText } from './plain-text';

import type { TopBlock } from '../editor/types';
import { Builder } from './build';
import { parseBody, type HNode } from './parse';
import { walkBlocks } from './walk';

/**
 * Cleans HTML (the clipboard's from Word, LibreOffice, Google Docs, web pages; a Word document's
 * converted on import) into the editor's blocks and marks. Fonts, colours and classes are dropped;
 * headings, lists, links, quotes, bold/italic/underline are kept; a table's text is kept, a row per
 * paragraph; images are dropped and counted for a notice; only web and mail links survive. The
 * result already has the editor's structure (core/editor/with-draft-schema.ts): nothing is left for
 * its repairs, which would otherwise split list items where the source had none.
 *
 * The steps: parse (the HTML parser), marks, word-lists (Word's list paragraphs), lists and tables
 * (HTML structures), build (the editor's nodes) and walk (which ties them up). Pure: no DOM, so
 * the renderer (paste), the import service and the `kp` command share this one implementation.
 */

export interface CleanedHtml {
  blocks: TopBlock[];
  droppedImages: number;
}

/** Cleans already parsed nodes (a part of a document) into blocks. */
export function cleanHtmlNodes(nodes: HNode[]): CleanedHtml {
  const b = new Builder();
  walkBlocks(b, nodes, {});
  b.flush();
  return { blocks: b.blocks, droppedImages: b.droppedImages };
}

/** Cleans an HTML document or fragment into blocks. */
export function cleanHtml(html: string): CleanedHtml {
  return cleanHtmlNodes(parseBody(html));
}

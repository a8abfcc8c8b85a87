import { Editor, Transforms } from 'slate';
import type { TopBlock } from '../../core/editor/types';
import { blocksFromPlainText, cleanPastedHtml } from './paste-html';

/** Called when a paste dropped images, so the UI can say so in one line. */
export type PasteNotice = (dropped: { images: number }) => void;

/**
 * Paste from other programs arrives cleaned: HTML becomes supported blocks and marks, plain text
 * keeps its paragraphs. Copying inside the app keeps Slate's own fragment format.
 */
export function withPaste<E extends Editor>(editor: E, onDropped: PasteNotice): E {
  const { insertData } = editor as E & { insertData?: (data: DataTransfer) => void };
  const e = editor as E & { insertData: (data: DataTransfer) => void };
  e.insertData = (data: DataTransfer) => {
    if (data.types.includes('application/x-slate-fragment') && insertData) {
      insertData(data);
      return;
    }
    const html = data.getData('text/html');
    let blocks: TopBlock[] = [];
    if (html) {
      const cleaned = cleanPastedHtml(html);
      blocks = cleaned.blocks;
      if (cleaned.droppedImages) onDropped({ images: cleaned.droppedImages });
    }
    if (blocks.length === 0) {
      const text = data.getData('text/plain');
      if (!text) return;
      blocks = blocksFromPlainText(text);
    }
    if (blocks.length === 0) return;
    insertBlocks(editor, blocks);
  };
  return editor;
}

/** Inserts pasted blocks; a single paragraph merges into the current line like typed text. */
export function insertBlocks(editor: Editor, blocks: TopBlock[]): void {
  if (blocks.length === 1 && blocks[0]!.type === 'paragraph') {
    Transforms.insertNodes(editor, blocks[0]!.children);
    return;
  }
  Transforms.insertFragment(editor, blocks);
}

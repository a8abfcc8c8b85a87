import { Editor, Transforms } from 'slate';
import type { TopBlock } from '../../core/editor/types';
import { blocksFromPlainText } from './plain-text';

type Cleaner = typeof import('./paste-html');
let cleaner: Cleaner | null = null;

/**
 * The HTML cleaner (with its parser) is loaded apart from the start-up bundle: the window asks for
 * it when idle (main.tsx), long before anyone pastes; a paste that comes first waits for it.
 */
export function loadPasteCleaner(): Promise<Cleaner> {
  return cleaner ? Promise.resolve(cleaner) : import('./paste-html').then((m) => (cleaner = m));
}

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
    // The clipboard can only be read during the paste event itself.
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    if (!html || cleaner) {
      pasteCleaned(editor, cleaner, html, text, onDropped);
      return;
    }
    const at = editor.selection;
    void loadPasteCleaner().then((c) => {
      if (at) Transforms.select(editor, at);
      pasteCleaned(editor, c, html, text, onDropped);
    });
  };
  return editor;
}

function pasteCleaned(editor: Editor, c: Cleaner | null, html: string, text: string, onDropped: PasteNotice): void {
  let blocks: TopBlock[] = [];
  if (html && c) {
    const cleaned = c.cleanPastedHtml(html);
    blocks = cleaned.blocks;
    if (cleaned.droppedImages) onDropped({ images: cleaned.droppedImages });
  }
  if (blocks.length === 0) {
    if (!text) return;
    blocks = blocksFromPlainText(text);
  }
  if (blocks.length === 0) return;
  insertBlocks(editor, blocks);
}

/** Inserts pasted blocks; a single paragraph merges into the current line like typed text. */
export function insertBlocks(editor: Editor, blocks: TopBlock[]): void {
  if (blocks.length === 1 && blocks[0]!.type === 'paragraph') {
    Transforms.insertNodes(editor, blocks[0]!.children);
    return;
  }
  Transforms.insertFragment(editor, blocks);
}

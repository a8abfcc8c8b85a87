import { Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * Gives Slate the page's selection at once. Slate reads it only on a throttled selectionchange,
 * and every render of the editor before then (a comment button, the caret's finding, any store
 * update) writes Slate's older selection back onto the page: on a busy machine the next key would
 * then move from there, or from nowhere, and a command pressed straight after selecting (Ctrl+B)
 * would act on the selection before it.
 */
export function followPageSelection(editor: Editor): void {
  const sel = globalThis.getSelection?.();
  if (!sel || sel.rangeCount === 0) return;
  const range = ReactEditor.toSlateRange(editor, sel, { exactMatch: false, suppressThrow: true });
  if (range) Transforms.select(editor, range);
}

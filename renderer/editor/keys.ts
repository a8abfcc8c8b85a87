import type { KeyboardEvent } from 'react';
import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';
import { toggleMark } from './formatting';
import { MAX_LIST_DEPTH } from '../../core/draft/file-format';
import { i18next } from '../i18n';
import { appStore, notify } from '../state/app-state';
import { currentItem, indentItem, isAtDeepestLevel, outdentItem } from './lists';
import { nextStepIsWholeDraft, redoFields, undoFields } from '../state/doc-state';

// The section's own history first; past its start, a whole-draft step (a restored version) is next.
function undoHere(editor: Editor): void {
  if (editor.history.undos.length === 0 && nextStepIsWholeDraft('undo')) undoFields();
  else HistoryEditor.undo(editor);
}

function redoHere(editor: Editor): void {
  if (editor.history.redos.length === 0 && nextStepIsWholeDraft('redo')) redoFields();
  else HistoryEditor.redo(editor);
}

/** Word's keyboard habits inside a text section. Returns true when the key was handled. */
export function handleEditorKey(editor: Editor, e: KeyboardEvent): boolean {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey) {
    if (key === 'b' || key === 'i' || key === 'u') {
      toggleMark(editor, key === 'b' ? 'bold' : key === 'i' ? 'italic' : 'underline');
      return true;
    }
    if (key === 'z' && !e.shiftKey) { undoHere(editor); return true; }
    if (key === 'y' || (key === 'z' && e.shiftKey)) { redoHere(editor); return true; }
  }
  if (e.key === 'Tab' && !mod && !e.altKey) {
    const item = currentItem(editor);
    // Outside lists Tab leaves the editor, so the keyboard can always reach the next control.
    if (!item) return false;
    if (e.shiftKey) outdentItem(editor, item[1]);
    else if (isAtDeepestLevel(editor, item[1])) sayDeepest();
    else indentItem(editor, item[1]);
    return true;
  }
  return false;
}

/** Tab at the deepest list level does nothing but say why, once however often it is pressed. */
function sayDeepest(): void {
  const text = i18next.t('lists.deepest', { depth: MAX_LIST_DEPTH });
  if (!appStore.get().notices.some((n) => n.text === text)) notify('info', text);
}

import type { KeyboardEvent } from 'react';
import type { Editor, Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { TextCommand } from '../../core/ipc/keybindings';
import { commandFor } from '../../core/ipc/key-match';
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

/** Tab in a list item indents it; outside lists it is not handled, so Tab leaves the editor for the next control. */
function inItem(editor: Editor, change: (editor: Editor, path: Path) => unknown): boolean {
  const item = currentItem(editor);
  if (!item) return false;
  change(editor, item[1]);
  return true;
}

/** What each text-editor command does to the editor it was pressed in; true when it handled the key. */
const TEXT_COMMANDS: Record<TextCommand, (editor: Editor) => boolean> = {
  'format.bold': (editor) => (toggleMark(editor, 'bold'), true),
  'format.italic': (editor) => (toggleMark(editor, 'italic'), true),
  'format.underline': (editor) => (toggleMark(editor, 'underline'), true),
  'text.undo': (editor) => (undoHere(editor), true),
  'text.redo': (editor) => (redoHere(editor), true),
  // At the deepest level the format holds, Tab says so instead of building a list no file could hold.
  'list.indent': (editor) => inItem(editor, (ed, path) => (isAtDeepestLevel(ed, path) ? sayDeepest() : indentItem(ed, path))),
  'list.outdent': (editor) => inItem(editor, outdentItem),
};

const isTextCommand = (id: string | undefined): id is TextCommand => !!id && id in TEXT_COMMANDS;

/**
 * Word's keyboard habits inside a text section, from the `text` bindings of core/ipc/keybindings.ts.
 * App actions bound there (Link) are left to the window's dispatcher. Returns true when the key was handled.
 */
export function handleEditorKey(editor: Editor, e: KeyboardEvent): boolean {
  const command = commandFor(e, ['text']);
  return isTextCommand(command) && TEXT_COMMANDS[command](editor);
}

/** Tab at the deepest list level does nothing but say why, once however often it is pressed. */
function sayDeepest(): void {
  const text = i18next.t('lists.deepest', { depth: MAX_LIST_DEPTH });
  if (!appStore.get().notices.some((n) => n.text === text)) notify('info', text);
}

import type { KeyboardEvent } from 'react';
import type { Editor, Path } from 'slate';
import type { TextCommand } from '../../core/ipc/keybindings';
import { commandFor } from '../../core/ipc/key-match';
import { toggleMark } from './formatting';
import { MAX_LIST_DEPTH } from '../../core/draft/file-format';
import { i18next } from '../i18n';
import { appStore, notify } from '../state/app-state';
import { currentItem, indentItem, isAtDeepestLevel, outdentItem } from './lists';
import { redoStep, undoStep } from '../state/doc-history';
import { fieldsLocked } from '../review/lock';
import { reviewStore } from '../review/review-state';
import { followPageSelection } from './page-selection';

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
  // The document's one history: the newest change, in this section or anywhere else.
  'text.undo': () => (undoStep(), true),
  'text.redo': () => (redoStep(), true),
  // At the deepest level the format holds, Tab says so instead of building a list no file could hold.
  'list.indent': (editor) => inItem(editor, (ed, path) => (isAtDeepestLevel(ed, path) ? sayDeepest() : indentItem(ed, path))),
  'list.outdent': (editor) => inItem(editor, outdentItem),
};

/** Commands that change the text, not run in a reviewer's view; of them, Tab and Shift+Tab are left to the page. */
const CHANGES_TEXT = new Set<TextCommand>(['format.bold', 'format.italic', 'format.underline', 'list.indent', 'list.outdent']);
const LEAVES_FOCUS = new Set<TextCommand>(['list.indent', 'list.outdent']);
/** The formatting commands: of those, the ones suggestion mode turns into suggestions (the editor's suggestion plugin). */
const SUGGESTED = new Set<TextCommand>(['format.bold', 'format.italic', 'format.underline']);

const isTextCommand = (id: string | undefined): id is TextCommand => !!id && id in TEXT_COMMANDS;

/**
 * Word's keyboard habits inside a text section, from the `text` bindings of core/ipc/keybindings.ts.
 * App actions bound there (Link) are left to the window's dispatcher. Returns true when the key was handled.
 */
export function handleEditorKey(editor: Editor, e: KeyboardEvent): boolean {
  const command = commandFor(e, ['text']);
  if (!isTextCommand(command)) return false;
  // A reviewer's view runs no command that changes the text: the lock would drop its operations
  // one by one, and a command built of several (indenting a list item) would then look for nodes
  // that were never made. Tab then leaves the text, as in any read-only page; Ctrl+B does nothing
  // unless it is suggested.
  // A list level cannot be suggested: in suggestion mode Tab in a list says so (in either role)
  // rather than changing the author's list or leaving the text without a word.
  if (reviewStore.get().suggesting && LEAVES_FOCUS.has(command)) return currentItem(editor) ? (sayOnce(i18next.t('review.suggest.noListLevel')), true) : false;
  if (fieldsLocked() && CHANGES_TEXT.has(command) && !(reviewStore.get().suggesting && SUGGESTED.has(command))) return !LEAVES_FOCUS.has(command);
  // Formatting acts on the selection just made, which Slate may not have read yet.
  if (SUGGESTED.has(command)) followPageSelection(editor);
  return TEXT_COMMANDS[command](editor);
}

/** Tab at the deepest list level does nothing but say why, once however often it is pressed. */
function sayDeepest(): void {
  sayOnce(i18next.t('lists.deepest', { depth: MAX_LIST_DEPTH }));
}

/** A notice shown once while it is on screen, however often the key is pressed. */
function sayOnce(text: string): void {
  if (!appStore.get().notices.some((n) => n.text === text)) notify('info', text);
}

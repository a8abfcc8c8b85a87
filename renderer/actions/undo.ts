import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import { docStore, fieldsLastEditedAt, redoFields, undoFields } from '../state/doc-state';
import { lastEditedSection, lastFocusedSection, sectionEditor } from '../editor/session';

/**
 * Undo outside a text editor (toolbar, menu, a form field focused): undo whichever changed last,
 * the structured fields or the most recently edited section's text.
 */
export function undo(): void {
  const text = lastEditedSection();
  const editor = text ? sectionEditor(text.id) : undefined;
  if (editor && text && text.at >= fieldsLastEditedAt() && editor.history.undos.length > 0) {
    HistoryEditor.undo(editor);
    return;
  }
  if (!undoFields() && editor) HistoryEditor.undo(editor);
}

export function redo(): void {
  const id = lastFocusedSection();
  const editor = id ? sectionEditor(id) : undefined;
  if (docStore.get().redo.length > 0 && (!editor || editor.history.redos.length === 0)) {
    redoFields();
    return;
  }
  if (editor && editor.history.redos.length > 0) HistoryEditor.redo(editor);
  else redoFields();
}

/** Focuses a section's editor (used after toolbar commands). */
export function focusSection(id: string): void {
  const editor = sectionEditor(id);
  if (editor) ReactEditor.focus(editor);
}

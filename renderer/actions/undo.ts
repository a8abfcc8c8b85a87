import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { redoStep, setRevealPlace, undoStep, type Place } from '../state/doc-history';
import { sectionEditor } from '../editor/session';
import { mountAllSections } from '../layout/progressive-mount';
import { scrollCaretIntoView } from '../editor/scroll-caret';

/**
 * Undo and redo of the whole document (toolbar, menu, Ctrl/Cmd+Z anywhere): the newest change,
 * wherever it is, and the view moves to it.
 */
export function undo(): void {
  undoStep();
}

export function redo(): void {
  redoStep();
}

/** Focuses a section's editor (used after toolbar commands). */
export function focusSection(id: string): void {
  const editor = sectionEditor(id);
  if (editor) ReactEditor.focus(editor);
}

const afterRender = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

/** Brings a changed place into view: the caret into a section's text, the focus into a field. */
export function revealPlace(place: Place): void {
  mountAllSections();
  // A field step re-renders its card (a whole-draft step remounts the document): wait for it.
  afterRender(() => (place.sectionId ? revealText(place.sectionId) : revealField(place)));
}

function revealText(id: string): void {
  const editor = sectionEditor(id);
  if (!editor) return;
  try {
    if (!editor.selection) Transforms.select(editor, Editor.start(editor, []));
    ReactEditor.focus(editor);
    const dom = ReactEditor.toDOMRange(editor, editor.selection!);
    (dom.startContainer instanceof Element ? dom.startContainer : dom.startContainer.parentElement)?.scrollIntoView({ block: 'nearest' });
    scrollCaretIntoView(editor);
  } catch {
    // The section is not on screen (another component): nothing to show.
  }
}

function revealField(place: Place): void {
  const byId = place.elementId ? document.getElementById(place.elementId) : null;
  const byLoc = place.loc ? document.querySelector<HTMLElement>(`[data-kp-loc="${CSS.escape(place.loc)}"]`) : null;
  const card = place.card ? document.querySelector<HTMLElement>(`[data-kp-section="${CSS.escape(place.card)}"]`) : null;
  const el = byId ?? byLoc ?? card;
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  const target = el.matches('input, select, textarea, button') ? el : el.querySelector<HTMLElement>('input, select, textarea');
  target?.focus({ preventScroll: true });
}

/** Every undo and redo, from any key, menu or editor, shows where it happened. */
export function installUndoReveal(): void {
  setRevealPlace(revealPlace);
}

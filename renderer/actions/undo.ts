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

/** Room above a section heading brought to the top. */
const HEADING_MARGIN_PX = 12;

/** The visible part of the scrolling document, below the find bar when that is open. */
function documentView(): { top: number; bottom: number } | null {
  const doc = document.querySelector<HTMLElement>('.kp-document');
  if (!doc) return null;
  const box = doc.getBoundingClientRect();
  const bar = doc.querySelector('.kp-find-bar')?.getBoundingClientRect();
  return { top: bar ? Math.max(box.top, bar.bottom) : box.top, bottom: box.bottom };
}

/**
 * Shows the changed text with its section's heading above it, so the user sees which section the
 * undo touched: the heading at the top when the change fits below it, otherwise the change centred.
 */
function showWithHeading(sectionId: string, changed: Element): void {
  const heading = document.querySelector(`[data-kp-section="${CSS.escape(sectionId)}"] > h2, [data-kp-section="${CSS.escape(sectionId)}"] > .kp-section-head > h2`);
  const doc = document.querySelector<HTMLElement>('.kp-document');
  const view = documentView();
  if (!heading || !doc || !view) return changed.scrollIntoView({ block: 'center' });
  const top = heading.getBoundingClientRect().top;
  const bottom = changed.getBoundingClientRect().bottom;
  const inView = top >= view.top && bottom <= view.bottom;
  if (inView) return;
  if (bottom - top + HEADING_MARGIN_PX <= view.bottom - view.top) doc.scrollTop += top - view.top - HEADING_MARGIN_PX;
  else changed.scrollIntoView({ block: 'center' });
}

function revealText(id: string): void {
  const editor = sectionEditor(id);
  if (!editor) return;
  try {
    if (!editor.selection) Transforms.select(editor, Editor.start(editor, []));
    ReactEditor.focus(editor);
    const dom = ReactEditor.toDOMRange(editor, editor.selection!);
    const changed = dom.startContainer instanceof Element ? dom.startContainer : dom.startContainer.parentElement;
    if (changed) showWithHeading(id, changed);
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

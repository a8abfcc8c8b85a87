import type { ActionId } from '../../core/ipc/actions';
import { runAction } from './registry';

/** Shortcuts of DESIGN.md §Keyboard (Ctrl on Windows/Linux, Cmd on macOS). */
function actionFor(e: KeyboardEvent, inTextEditor: boolean): ActionId | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.key === 'F8' && !mod) return 'view.nextProblem';
  if (e.altKey && !mod && e.key === 'ArrowUp') return 'view.previousSection';
  if (e.altKey && !mod && e.key === 'ArrowDown') return 'view.nextSection';
  if (!mod || e.altKey) return null;
  if (key === 'n' && !e.shiftKey) return 'draft.new';
  if (key === 'o' && !e.shiftKey) return 'draft.open';
  if (key === 's') return e.shiftKey ? 'draft.saveAs' : 'draft.save';
  if (key === 'e' && !e.shiftKey) return 'draft.export';
  if (key === 'f' && !e.shiftKey) return 'edit.find';
  // Only in a text editor: a link stands on text, and a form field has none.
  if (key === 'k' && !e.shiftKey && inTextEditor) return 'edit.link';
  // In a text editor, Slate's own history handles undo (see editor/keys.ts).
  if (!inTextEditor && key === 'z') return e.shiftKey ? 'edit.redo' : 'edit.undo';
  if (!inTextEditor && key === 'y') return 'edit.redo';
  return null;
}

/** Listens for the app's shortcuts on the whole window. Returns the unsubscribe function. */
export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    const inTextEditor = !!target?.closest?.('[data-slate-editor]');
    const id = actionFor(e, inTextEditor);
    if (!id) return;
    e.preventDefault();
    runAction(id);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

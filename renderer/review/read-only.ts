import type { Editor } from 'slate';
import { keepsAuthorsText } from '../../core/review/suggestion-ops';
import { fieldsLocked } from './lock';

/**
 * Review mode guarantees that the text and the fields stay as they are. Slate's readOnly stops
 * typing, but keyboard handlers, paste and toolbar commands can still reach an editor, so every
 * section editor drops changes while locked (selecting text still works, for commenting). Only
 * suggested changes get through, and their undo: they leave the author's text as it is.
 * Fields are made read-only in the page itself: text inputs become readonly (still focusable,
 * so a reviewer can pick them to comment on and copy from them), other controls disabled.
 */

const guarded = new WeakSet<Editor>();

/** Makes an editor ignore every change but selection while the draft is locked. */
export function guardEditor(editor: Editor): void {
  if (guarded.has(editor)) return;
  guarded.add(editor);
  const apply = editor.apply;
  editor.apply = (op) => {
    if (fieldsLocked() && !keepsAuthorsText(editor, op)) return;
    apply(op);
  };
  // A mark toggled at a caret is kept on the editor (no operation) and drawn as an empty styled
  // spot in focused text, which read-only text now can be: none in review mode.
  const { addMark, removeMark } = editor;
  editor.addMark = (key, value) => {
    if (!fieldsLocked()) addMark(key, value);
  };
  editor.removeMark = (key) => {
    if (!fieldsLocked()) removeMark(key);
  };
}

/** Controls a reviewer may still use: guidance, the review features' own buttons. */
const EXEMPT = '.kp-guidance-toggle, [data-kp-review]';
const CONTROLS = '.kp-document-column :is(input, select, textarea, button), .kp-sidepanel .kp-fix';
const TEXT_INPUT = /^(text|search|email|url|tel|number|date|month|week|time|datetime-local|)$/;

function lockAll(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(CONTROLS)) {
    if (el.matches(EXEMPT) || el.dataset.kpLocked) continue;
    if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TEXT_INPUT.test(el.type))) {
      if (el.readOnly) continue;
      el.readOnly = true;
      el.dataset.kpLocked = 'readonly';
    } else if (el instanceof HTMLButtonElement || el instanceof HTMLSelectElement || el instanceof HTMLInputElement) {
      if (el.disabled) continue;
      el.disabled = true;
      el.dataset.kpLocked = 'disabled';
    }
  }
}

function unlockAll(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-kp-locked]')) {
    if (el.dataset.kpLocked === 'readonly') (el as HTMLInputElement).readOnly = false;
    else (el as HTMLButtonElement).disabled = false;
    delete el.dataset.kpLocked;
  }
}

/**
 * Keeps the page's controls locked while `isLocked()` holds, including controls React adds or
 * re-enables later. Returns a function that re-reads the state (call it when the role changes).
 */
export function installFieldLock(isLocked: () => boolean): () => void {
  let frame = 0;
  const sync = () => {
    frame = 0;
    if (isLocked()) lockAll(document);
    else unlockAll(document);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(sync);
  };
  const observer = new MutationObserver((records) => {
    if (!isLocked()) return;
    // A control React re-enabled (its own disabled prop changed) loses its mark: lock it again.
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof HTMLElement && r.target.dataset.kpLocked) {
        const el = r.target as HTMLInputElement;
        if (!el.disabled && !el.readOnly) delete el.dataset.kpLocked;
      }
    }
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'readonly'] });
  return () => sync();
}

import type { Editor } from 'slate';
import { followPageSelection } from '../editor/page-selection';
import { isMacPlatform } from '../layout/shortcut-label';

/**
 * Selecting text with the keyboard in review mode. A read-only editor is not contenteditable, so
 * the browser gives it no caret and Shift+arrows select nothing; here the arrows, Home/End (and
 * the word and document variants) move or extend the page's selection as they would in an
 * editable text, so a keyboard-only reviewer can pick the words a comment is about. Slate follows
 * the page's selection, and "Kommentera" / Ctrl+Alt+M comment on it as on a mouse selection.
 */

type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'documentboundary';
interface Move { direction: 'forward' | 'backward'; granularity: Granularity }

export interface SelectionKey { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }

/** The selection move a key stands for, or null for keys that do something else. */
export function moveFor(k: SelectionKey, mac = isMacPlatform()): Move | null {
  const word = mac ? k.altKey && !k.metaKey && !k.ctrlKey : k.ctrlKey && !k.altKey && !k.metaKey;
  const plain = !k.altKey && !k.metaKey && !k.ctrlKey;
  const command = mac && k.metaKey && !k.altKey && !k.ctrlKey;
  const back = k.key === 'ArrowLeft' || k.key === 'ArrowUp' || k.key === 'Home';
  const direction = back ? 'backward' : 'forward';
  switch (k.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      if (command) return { direction, granularity: 'lineboundary' };
      return plain ? { direction, granularity: 'character' } : word ? { direction, granularity: 'word' } : null;
    case 'ArrowUp':
    case 'ArrowDown':
      // Alt+↑/↓ goes to the previous/next section.
      if (command) return { direction, granularity: 'documentboundary' };
      return plain ? { direction, granularity: 'line' } : null;
    case 'Home':
    case 'End':
      if (plain) return { direction, granularity: 'lineboundary' };
      return (mac ? k.metaKey : k.ctrlKey) && !k.altKey ? { direction, granularity: 'documentboundary' } : null;
  }
  return null;
}

const inside = (root: Element, n: Node | null) => !!n && root.contains(n);

/** The first place text can be in `root` (where a caret starts when the text is reached by Tab). */
export function placeCaretAtStart(editor: Editor, root: HTMLElement): void {
  placeCaretIn(root);
  followPageSelection(editor);
}

function placeCaretIn(root: HTMLElement): void {
  const sel = window.getSelection();
  if (!sel || (inside(root, sel.anchorNode) && inside(root, sel.focusNode))) return;
  const start = edgeOf(root, 'backward');
  sel.collapse(start.node, start.offset);
}

interface DomPoint { node: Node; offset: number }

/**
 * The first or last place in `root`'s text, in one of Slate's own text nodes, so that Slate can
 * map it back to a point of the document (a place in the element itself, or in a comment icon
 * inside the text, is not one).
 */
function edgeOf(root: HTMLElement, direction: Move['direction']): DomPoint {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[data-slate-string], [data-slate-zero-width]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  let node = walker.nextNode();
  if (!node) return { node: root, offset: 0 };
  if (direction === 'backward') return { node, offset: 0 };
  for (let next = walker.nextNode(); next; next = walker.nextNode()) node = next;
  const zeroWidth = !!node.parentElement?.closest('[data-slate-zero-width]');
  return { node, offset: zeroWidth ? 0 : (node.textContent ?? '').length };
}

/** Moves the selection's focus to `to`, keeping its anchor when extending. */
function moveFocus(sel: Selection, to: DomPoint, extend: boolean): void {
  if (extend && sel.anchorNode) sel.setBaseAndExtent(sel.anchorNode, sel.anchorOffset, to.node, to.offset);
  else sel.collapse(to.node, to.offset);
}

/**
 * Moves or extends the selection of the read-only text `root` for a key; true when the key was
 * one of these (the caller stops the browser's own handling).
 */
export function handleSelectionKey(editor: Editor, root: HTMLElement, k: SelectionKey): boolean {
  const sel = window.getSelection();
  if (!sel) return false;
  if (k.key.toLowerCase() === 'a' && (isMacPlatform() ? k.metaKey : k.ctrlKey) && !k.altKey && !k.shiftKey) {
    // Select all means this text, not the whole window.
    sel.selectAllChildren(root);
    followPageSelection(editor);
    return true;
  }
  const move = moveFor(k);
  if (!move) return false;
  placeCaretIn(root);
  if (move.granularity === 'documentboundary') {
    // The page's document is the whole window; Ctrl+Home/End go to the start or end of this text.
    moveFocus(sel, edgeOf(root, move.direction), k.shiftKey);
  } else {
    sel.modify(k.shiftKey ? 'extend' : 'move', move.direction, move.granularity);
    // A move never leaves the text: past its start or end the focus stops there, the anchor stays.
    if (!inside(root, sel.focusNode)) moveFocus(sel, edgeOf(root, move.direction), k.shiftKey);
  }
  followPageSelection(editor);
  return true;
}

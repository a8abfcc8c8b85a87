
/** Room kept between the caret and the scroller's edge, as in a word processor. */
const MARGIN_PX = 24;
const pending = new WeakSet<object>();

function scroller(from: Element): HTMLElement | null {
  for (let el = from.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : null;
}

/** The caret's box: the focus end of the selection (a collapsed range can measure 0×0 at a line start). */
function caretRect(selection: Selection): DOMRect | null {
  if (!selection.focusNode) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  const rect = range.getBoundingClientRect();
  if (rect.width || rect.height || rect.x || rect.y) return rect;
  const el = selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode.parentElement;
  return el?.getBoundingClientRect() ?? null;
}

/**
 * Keeps the caret in view after typing or moving it (slate-react's `scrollSelectionIntoView`).
 * The check waits for the next frame: done inside every input event it forced a layout of its
 * own on each keystroke, ahead of the one the frame does anyway.
 */
export function scrollCaretIntoView(editor: object): void {
  if (pending.has(editor)) return;
  pending.add(editor);
  requestAnimationFrame(() => {
    pending.delete(editor);
    const selection = document.getSelection();
    const rect = selection && caretRect(selection);
    const host = selection?.focusNode instanceof Element ? selection.focusNode : selection?.focusNode?.parentElement;
    const box = host && scroller(host);
    if (!rect || !box) return;
    const view = box === document.scrollingElement ? { top: 0, bottom: window.innerHeight } : box.getBoundingClientRect();
    if (rect.top < view.top + MARGIN_PX) box.scrollTop -= view.top + MARGIN_PX - rect.top;
    else if (rect.bottom > view.bottom - MARGIN_PX) box.scrollTop += rect.bottom - (view.bottom - MARGIN_PX);
  });
}

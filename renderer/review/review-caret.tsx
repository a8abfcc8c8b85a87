import { useEffect, useState } from 'react';

interface Spot { top: number; left: number; height: number }

const READ_ONLY_TEXT = '[data-slate-editor][contenteditable="false"][data-kp-loc^="section:"]';

/** Where the caret of a focused read-only text is, when its selection is collapsed. */
function caretSpot(): Spot | null {
  const sel = window.getSelection();
  const focused = document.activeElement;
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !(focused instanceof HTMLElement) || !focused.matches(READ_ONLY_TEXT)) return null;
  if (!focused.contains(sel.focusNode)) return null;
  const range = sel.getRangeAt(0);
  let rect: DOMRect | null = range.getClientRects()[0] ?? null;
  if (!rect || rect.height === 0) {
    const el = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    rect = el?.getBoundingClientRect() ?? null;
  }
  if (!rect || rect.bottom < 0 || rect.top > window.innerHeight) return null;
  return { top: rect.top, left: rect.left, height: rect.height || 20 };
}

/**
 * The caret of a read-only text in review mode. The browser draws none where text cannot be
 * edited, so a keyboard user would not see where Shift+arrows start selecting.
 */
export function ReviewCaret() {
  const [spot, setSpot] = useState<Spot | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSpot(caretSpot()));
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, []);
  if (!spot) return null;
  return <div className="kp-review-caret" aria-hidden style={{ top: spot.top, left: spot.left, height: spot.height }} />;
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commentOnSelection } from './comment-actions';
import { CommentIcon } from './comment-icon';

interface Spot { top: number; left: number }

/** Where the button goes for the current selection: just above its end, inside the window. */
function spotForSelection(): Spot | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const host = (n: Node | null) => (n instanceof Element ? n : n?.parentElement)?.closest('[data-slate-editor][data-kp-loc^="section:"]');
  const editor = host(sel.anchorNode);
  if (!editor || editor !== host(sel.focusNode)) return null;
  const rects = sel.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1] ?? sel.getRangeAt(0).getBoundingClientRect();
  // A selection scrolled out of view has nothing to point at.
  if (last.bottom < 0 || last.top > window.innerHeight) return null;
  const column = editor.getBoundingClientRect();
  const top = Math.min(Math.max(4, last.top - 38), window.innerHeight - 40);
  const left = Math.min(Math.max(column.left, last.right - 40), window.innerWidth - 150);
  return { top, left };
}

/**
 * "Kommentera" beside selected text (in review mode and while writing alike). It never takes the
 * focus or the selection away: the comment is anchored to exactly what is selected.
 */
export function SelectionCommentButton() {
  const { t } = useTranslation();
  const [spot, setSpot] = useState<Spot | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSpot(spotForSelection()));
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, []);
  if (!spot) return null;
  return (
    <button type="button" className="kp-selection-comment" data-kp-review style={{ top: spot.top, left: spot.left }}
      title={t('review.commentShortcut')} onMouseDown={(e) => e.preventDefault()}
      onClick={() => { commentOnSelection(); setSpot(null); }}>
      <CommentIcon /> {t('review.comment')}
    </button>
  );
}

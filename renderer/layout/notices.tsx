import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appStore, dismissNotice, type Notice } from '../state/app-state';
import { useStore } from '../state/create-store';

/** Time a message still gets after the pointer or the focus leaves it, however little it had left. */
const AFTER_PAUSE_MS = 2000;
/** Room kept between the caret and the document's lower edge when a message takes space from it. */
const CARET_MARGIN_PX = 24;

/** Counts down a message's time while it is neither hovered nor focused (WCAG 2.2.1: timing adjustable). */
function useTimeOut(notice: Notice) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;
  const left = useRef(notice.timeoutMs);
  useEffect(() => {
    if (left.current === null || paused) return;
    const started = Date.now();
    const timer = setTimeout(() => dismissNotice(notice.id), left.current);
    return () => {
      clearTimeout(timer);
      left.current = Math.max(AFTER_PAUSE_MS, left.current! - (Date.now() - started));
    };
  }, [paused, notice.id]);
  return {
    // A pointer moved onto it, not one resting where the message happened to appear: that one
    // would hold it forever without the user ever having looked at it.
    onPointerMove: () => setHovered(true),
    onPointerLeave: () => setHovered(false),
    onFocus: () => setFocused(true),
    onBlur: (e: FocusEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
    },
  };
}

function NoticeView({ notice: n }: { notice: Notice }) {
  const { t } = useTranslation();
  const timing = useTimeOut(n);
  return (
    <div className={`kp-notice kp-notice-${n.kind}${n.actions?.length === 1 ? ' kp-notice-one-action' : ''}`} role={n.kind === 'error' ? 'alert' : 'status'} data-kp-notice={n.kind} {...timing}>
      <span title={n.text}>{n.text}</span>
      {n.actions?.map((a) => (
        <button key={a.label} type="button" className="kp-notice-action" onClick={() => {
          dismissNotice(n.id);
          a.run();
        }}>{a.label}</button>
      ))}
      <button type="button" className="kp-icon-button" aria-label={t('dialogs.close')} onClick={() => dismissNotice(n.id)}>✕</button>
    </div>
  );
}

/** The caret's box (or the focused field's) in the document, if that is where the user is. */
function caretBox(doc: HTMLElement): DOMRect | null {
  const active = document.activeElement;
  if (!active || !doc.contains(active)) return null;
  const selection = document.getSelection();
  if (active.closest('[data-slate-editor]') && selection?.focusNode) {
    const range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    const rect = range.getBoundingClientRect();
    if (rect.height > 0) return rect;
  }
  return active.getBoundingClientRect();
}

/** A message that takes room from the document must not take the caret out of sight: scroll it back up. */
function keepCaretInView(): void {
  const doc = document.querySelector<HTMLElement>('.kp-document');
  const caret = doc && caretBox(doc);
  if (!doc || !caret) return;
  const bottom = doc.getBoundingClientRect().bottom;
  if (caret.bottom > bottom - CARET_MARGIN_PX && caret.top < bottom + doc.clientHeight) doc.scrollTop += caret.bottom - bottom + CARET_MARGIN_PX;
}

/**
 * The messages after saving, exporting, removing … (aria-live), each with its follow-up buttons.
 * In the editor they sit in their own strip below the document (`docked`), never over its text or
 * the caret; elsewhere they float at the bottom of the window.
 */
export function Notices({ docked = false }: { docked?: boolean }) {
  const notices = useStore(appStore, (s) => s.notices);
  useLayoutEffect(() => {
    if (docked && notices.length > 0) keepCaretInView();
  }, [docked, notices.length]);
  return (
    <div className={docked ? 'kp-notices kp-notices-docked' : 'kp-notices'} aria-live="polite">
      {notices.map((n) => <NoticeView key={n.id} notice={n} />)}
    </div>
  );
}

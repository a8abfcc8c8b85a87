import { useEffect, useRef, type ReactNode } from 'react';
import { rememberFocus } from './focus-return';

/**
 * A native modal <dialog>: focus stays inside, Escape closes, the page behind is inert, and on
 * closing the keyboard goes back where it was (unless the dialog's action put it somewhere else).
 */
export function Modal({ title, onClose, children, className }: { title: string; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    const back = rememberFocus(() => d);
    if (d && !d.open) d.showModal();
    // showModal focuses the first control; the one the dialog means to start in says so (React's
    // autoFocus runs before the dialog is open, when nothing in it can take the focus).
    // A button at the dialog's foot takes the focus without scrolling the title and the start of
    // a long dialog out of view.
    const first = d?.querySelector<HTMLElement>('[data-autofocus]');
    first?.focus({ preventScroll: !!first.closest('.kp-dialog-actions') });
    return () => {
      d?.close();
      back.restore();
    };
  }, []);
  return (
    <dialog ref={ref} className={`kp-modal ${className ?? ''}`} aria-label={title} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}

/** Joins a folder and a file name with the folder's own separator. */
export function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** The folder of a file path. */
export function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i > 0 ? path.slice(0, i) : path;
}

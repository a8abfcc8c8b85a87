import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/create-store';
import { closeFind, findStore, runFind, stepFind } from './find';

/** Ctrl/Cmd+F: find in the whole application. Enter next, Shift+Enter previous, Escape closes. */
export function FindBar() {
  const { t } = useTranslation();
  const open = useStore(findStore, (s) => s.open);
  const query = useStore(findStore, (s) => s.query);
  const count = useStore(findStore, (s) => s.matches.length);
  const index = useStore(findStore, (s) => s.index);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);
  if (!open) return null;
  return (
    <div className="kp-find-bar" role="search">
      <input ref={input} autoFocus aria-label={t('find.label')} placeholder={t('find.label')} value={query}
        onChange={(e) => runFind(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.preventDefault(); stepFind(e.shiftKey ? -1 : 1); }
          if (e.key === 'Escape') { e.preventDefault(); closeFind(true); }
        }} />
      <span className="kp-find-count" aria-live="polite">{query.trim() === '' ? '' : count === 0 ? t('find.none') : t('find.count', { n: index + 1, total: count })}</span>
      <button type="button" className="kp-icon-button" aria-label={t('find.previous')} title={t('find.previous')} onClick={() => stepFind(-1)} disabled={count === 0}>↑</button>
      <button type="button" className="kp-icon-button" aria-label={t('find.next')} title={t('find.next')} onClick={() => stepFind(1)} disabled={count === 0}>↓</button>
      <button type="button" className="kp-icon-button" aria-label={t('dialogs.close')} title={t('dialogs.close')} onClick={() => closeFind(false)}>✕</button>
    </div>
  );
}

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/create-store';
import { useIsReviewer } from '../review';
import { docStore } from '../state/doc-state';
import { closeFind, findStore, refreshFind, runFind, setFindOptions, stepFind } from './find';
import { replaceAll, replaceCurrent } from './replace';

/**
 * Ctrl/Cmd+F: find in the whole application; Ctrl/Cmd+H adds the replace row. Enter next,
 * Shift+Enter previous, Enter in the replace field replaces the current match, Escape closes. A
 * reviewer's locked view gets find only.
 */
export function FindBar() {
  const { t } = useTranslation();
  const s = useStore(findStore, (x) => x);
  const reviewer = useIsReviewer();
  const input = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const replacing = s.replacing && !reviewer;
  useEffect(() => {
    if (s.open) input.current?.select();
  }, [s.open, s.replacing]);
  // The text changed (an undo of a replacement, typing): the highlighted matches follow it.
  const revision = useStore(docStore, (d) => d.revision);
  useEffect(refreshFind, [revision]);
  if (!s.open) return null;
  const count = s.matches.length;
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); closeFind(true); }
  };
  return (
    <div className="kp-find-bar" role="search" aria-label={t(replacing ? 'find.replaceTitle' : 'find.label')}>
      <div className="kp-find-row">
        {!reviewer && (
          <button type="button" className="kp-icon-button kp-find-toggle" aria-expanded={replacing} aria-label={t('find.showReplace')} title={t('find.showReplace')}
            onClick={() => findStore.set({ replacing: !s.replacing })}>{replacing ? '▾' : '▸'}</button>
        )}
        <input ref={input} autoFocus aria-label={t('find.label')} placeholder={t('find.label')} value={s.query}
          onChange={(e) => runFind(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') { e.preventDefault(); stepFind(e.shiftKey ? -1 : 1); }
            escape(e);
          }} />
        <div className="kp-find-tools">
          <label className="kp-find-option"><input type="checkbox" checked={s.matchCase} onChange={(e) => setFindOptions({ matchCase: e.target.checked })} />{t('find.matchCase')}</label>
          <label className="kp-find-option"><input type="checkbox" checked={s.wholeWords} onChange={(e) => setFindOptions({ wholeWords: e.target.checked })} />{t('find.wholeWords')}</label>
          <span className="kp-find-count" aria-live="polite">{s.replaced !== null ? t('find.replacedAll', { count: s.replaced })
            : s.query.trim() === '' ? '' : count === 0 ? t('find.none') : t('find.count', { n: s.index + 1, total: count })}</span>
          <button type="button" className="kp-icon-button" aria-label={t('find.previous')} title={t('find.previous')} onClick={() => stepFind(-1)} disabled={count === 0}>↑</button>
          <button type="button" className="kp-icon-button" aria-label={t('find.next')} title={t('find.next')} onClick={() => stepFind(1)} disabled={count === 0}>↓</button>
          <button type="button" className="kp-icon-button" aria-label={t('dialogs.close')} title={t('dialogs.close')} onClick={() => closeFind(false)}>✕</button>
        </div>
      </div>
      {replacing && (
        <div className="kp-find-row">
          <input ref={replaceInput} aria-label={t('find.replaceWith')} placeholder={t('find.replaceWith')} value={s.replacement}
            onChange={(e) => findStore.set({ replacement: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') { e.preventDefault(); replaceCurrent(); }
              escape(e);
            }} />
          <div className="kp-find-tools">
            <button type="button" onClick={() => replaceCurrent()} disabled={count === 0}>{t('find.replace')}</button>
            <button type="button" onClick={() => replaceAll()} disabled={count === 0}>{t('find.replaceAll')}</button>
          </div>
        </div>
      )}
    </div>
  );
}

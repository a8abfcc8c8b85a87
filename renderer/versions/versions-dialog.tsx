import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../core/draft/schema';
import type { VersionEntry } from '../../core/ipc/contract';
import { bridge } from '../bridge';
import { currentDraft, showError } from '../actions/draft-commands';
import { focusSection } from '../actions/undo';
import { Modal } from '../dialogs/modal';
import { fieldsLocked } from '../review/lock';
import { notify, openDialog } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { changeLine } from './change-line';
import { restoreVersion } from './restore';
import { VersionPreview } from './version-preview';
import { formatSize, formatTimes } from './format';

type Preview = { id: string; draft: Draft } | { id: string; loading: true } | { id: string; unreadable: true };

/** "Versioner": the open draft's earlier versions; one is previewed read-only and can be restored (undoably). */
export function VersionsDialog() {
  const { t, i18n } = useTranslation();
  const path = useStore(docStore, (s) => s.path);
  const [entries, setEntries] = useState<VersionEntry[] | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const close = () => openDialog(null);

  useEffect(() => {
    const current = currentDraft();
    if (!current) return;
    void bridge.invoke('versions:list', { path, draftId: current.id, current }).then((r) => {
      // A list that could not be read is not an empty one: say why and close.
      if (!r.ok) {
        showError(r.error);
        openDialog(null);
      } else setEntries(r.value.entries);
    });
  }, [path]);

  const select = async (entry: VersionEntry) => {
    if (!entry.readable) return setPreview({ id: entry.id, unreadable: true });
    setPreview({ id: entry.id, loading: true });
    const r = await bridge.invoke('versions:load', { id: entry.id });
    if (!r.ok) {
      showError(r.error);
      return setPreview({ id: entry.id, unreadable: true });
    }
    setPreview((p) => (p?.id === entry.id ? { id: entry.id, draft: r.value.draft } : p));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && canRestore) {
      e.preventDefault();
      return restore();
    }
    if (!entries?.length || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const i = entries.findIndex((x) => x.id === preview?.id);
    const next = entries[Math.max(0, Math.min(entries.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]!;
    void select(next);
    listRef.current?.querySelector<HTMLElement>(`[data-kp-version="${next.id}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  const sections = templateSections(docStore.get().draft?.component ?? 'project');
  const times = formatTimes((entries ?? []).map((e) => e.takenAt), i18n.language);
  const chosenAt = entries?.findIndex((e) => e.id === preview?.id) ?? -1;
  const restore = () => {
    if (!preview || !('draft' in preview) || chosenAt < 0) return;
    if (restoreVersion(preview.draft)) {
      close();
      // The time as the list showed it (with seconds where two versions share a minute).
      notify('info', t('versions.restored', { time: times[chosenAt] }));
      // Back to the text, as after any edit: the dialog's opener may be gone, and <body> helps nobody.
      const first = sections[0]?.id;
      if (first) setTimeout(() => focusSection(first), 0);
    }
  };
  // Read as one line: "2 dec. 14:03, Sparad, 312 ord, 4,2 kB, +120 ord i Bakgrund".
  const optionLabel = (e: VersionEntry, time: string) => [
    time, t(`versions.kind.${e.kind}`),
    ...(e.readable ? [t('versions.words', { count: e.words }), formatSize(e.sizeBytes, i18n.language), e.changes ? changeLine(e.changes, sections) : ''] : [t('versions.unreadable')]),
  ].filter(Boolean).join(', ');
  const locked = fieldsLocked();
  const canRestore = !!preview && 'draft' in preview && !locked;

  return (
    <Modal title={t('versions.title')} onClose={close} className={`kp-versions-dialog${entries?.length === 0 ? ' is-empty' : ''}`}>
      <p className="kp-muted kp-versions-hint">{t('versions.hint')}</p>
      {entries === null ? <p className="kp-versions-loading">{t('versions.loading')}</p> : entries.length === 0 ? (
        <div className="kp-versions-empty" data-kp-versions-empty="">
          <p className="kp-versions-empty-title">{t('versions.empty')}</p>
          <p className="kp-muted">{t('versions.emptyHint')}</p>
        </div>
      ) : (
        <div className="kp-versions-body">
          <div className="kp-versions-listpane">
            <div className="kp-version-head" aria-hidden>
              <div className="kp-version-row">
                <span>{t('versions.column.time')}</span><span />
                <span className="kp-num">{t('versions.column.words')}</span><span className="kp-num">{t('versions.column.size')}</span>
              </div>
              <div className="kp-version-head-sub">{t('versions.column.changes')}</div>
            </div>
            <ul ref={listRef} className="kp-versions-list" role="listbox" aria-label={t('versions.list')} tabIndex={0} onKeyDown={onKeyDown}
              aria-activedescendant={preview ? `kp-version-${preview.id}` : undefined}>
              {entries.map((e, i) => (
                <li key={e.id} id={`kp-version-${e.id}`} role="option" aria-selected={preview?.id === e.id} aria-label={optionLabel(e, times[i]!)} data-kp-version={e.id} data-kp-version-kind={e.kind}
                  className={`kp-version ${preview?.id === e.id ? 'selected' : ''} ${e.readable ? '' : 'unreadable'}`} onClick={() => void select(e)}>
                  <div className="kp-version-row">
                    <span className="kp-version-time">{times[i]}</span>
                    <span className={`kp-version-kind kind-${e.kind}`} title={e.reason === 'set-aside' ? t('restoreOffers.setAsideHint') : t(`versions.kindHint.${e.kind}`)}>{t(`versions.kind.${e.kind}`)}</span>
                    <span className="kp-num">{e.readable ? e.words.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE') : '—'}</span>
                    <span className="kp-num">{formatSize(e.sizeBytes, i18n.language)}</span>
                  </div>
                  <div className="kp-version-change" data-kp-version-change="">
                    {!e.readable ? <span className="severity-error">{t('versions.unreadable')}</span>
                      : e.changes ? changeLine(e.changes, sections) : null}
                  </div>
                </li>
              ))}
            </ul>
          </div>
          <div className="kp-versions-previewpane" aria-label={t('versions.preview')} role="region">
            {!preview ? <p className="kp-muted kp-versions-placeholder">{t('versions.previewHint')}</p>
              : 'loading' in preview ? <p className="kp-muted kp-versions-placeholder">{t('versions.previewLoading')}</p>
                : 'unreadable' in preview ? <p className="kp-versions-placeholder severity-error">{t('versions.previewUnreadable')}</p>
                  : <VersionPreview draft={preview.draft} />}
          </div>
        </div>
      )}
      <div className="kp-dialog-actions">
        {entries?.length ? <span id="kp-versions-restore-hint" className="kp-muted kp-versions-restore-hint" data-kp-restore-hint="">
          {t(locked ? 'versionsReview.restoreLocked' : 'versions.restoreHint')}</span> : null}
        {entries?.length ? <button type="button" className="kp-primary" disabled={!canRestore} aria-describedby="kp-versions-restore-hint" onClick={restore}>{t('versions.restore')}</button> : null}
        <button type="button" onClick={close}>{t('dialogs.close')}</button>
      </div>
    </Modal>
  );
}

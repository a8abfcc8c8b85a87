import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../core/draft/schema';
import type { ReuseSourceEntry } from '../../core/ipc/reuse-contract';
import { bridge } from '../bridge';
import { showError } from '../actions/draft-commands';
import { Modal } from '../dialogs/modal';
import { messageFor } from '../messages';
import { notify, openDialog } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { reuseDate } from '../layout/reuse-note';
import { ReusePartChooser } from './reuse-part-chooser';

type Loaded = { path: string; draft: Draft } | { path: string; loading: true } | { path: string; failed: string };

/** One earlier draft in the list: title, when it changed, who it is with; or why it cannot be opened. */
function SourceOption({ entry, selected, onSelect }: { entry: ReuseSourceEntry; selected: boolean; onSelect: () => void }) {
  const { t, i18n } = useTranslation();
  const name = entry.path.split(/[\\/]/).pop() ?? entry.path;
  const meta = [t(`reuse.dialog.origin.${entry.origin}`), entry.modifiedAt ? t('reuse.dialog.modified', { date: reuseDate(entry.modifiedAt, i18n.language) }) : null].filter(Boolean).join(' · ');
  return (
    <li role="option" aria-selected={selected} aria-disabled={!!entry.problem} className={entry.problem ? 'unreadable' : undefined}
      data-kp-reuse-source={name} title={entry.path} onClick={entry.problem ? undefined : onSelect}>
      <span className="kp-reuse-source-title">{entry.title.trim() || name}</span>
      <span className="kp-reuse-source-meta">{meta}</span>
      {entry.partner && <span className="kp-reuse-source-meta">{entry.partner}</span>}
      {entry.problem && <span className="kp-reuse-source-problem">{t('reuse.dialog.unreadable', { reason: messageFor(entry.problem) })}</span>}
    </li>
  );
}

/**
 * "Infoga från tidigare ansökan": the user's earlier drafts (recent and in the drafts folder), one
 * of them read read-only to choose a section's text, team members or budget lines from.
 */
export function ReuseDialog() {
  const { t } = useTranslation();
  const openPath = useStore(docStore, (s) => s.path);
  const [entries, setEntries] = useState<ReuseSourceEntry[] | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const close = () => openDialog(null);

  useEffect(() => {
    void bridge.invoke('reuse:list', {}).then((r) => {
      if (!r.ok) {
        showError(r.error);
        return close();
      }
      // The open draft is not a source for itself.
      setEntries(r.value.entries.filter((e) => e.path !== openPath));
    });
  }, [openPath]);

  const choose = async (entry: ReuseSourceEntry) => {
    setLoaded({ path: entry.path, loading: true });
    const r = await bridge.invoke('reuse:read', { path: entry.path });
    setLoaded((l) => (l?.path !== entry.path ? l : r.ok ? { path: entry.path, draft: r.value.draft } : { path: entry.path, failed: messageFor(r.error) }));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!entries || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const readable = entries.filter((x) => !x.problem);
    const i = readable.findIndex((x) => x.path === loaded?.path);
    const next = readable[Math.max(0, Math.min(readable.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) void choose(next);
  };
  const inserted = (title: string) => {
    close();
    notify('info', t('reuse.dialog.inserted', { title: title.trim() || t('reuse.dialog.untitled') }), undefined, { topic: 'reuse' });
  };

  return (
    <Modal title={t('reuse.dialog.title')} onClose={close} className="kp-reuse-dialog">
      <div className="kp-reuse-body">
        <div>
          <h3 className="kp-sr-only">{t('reuse.dialog.drafts')}</h3>
          {entries === null && <p className="kp-muted">{t('reuse.dialog.loading')}</p>}
          {entries?.length === 0 && <p className="kp-muted">{t('reuse.dialog.none')}</p>}
          {!!entries?.length && (
            <ul className="kp-reuse-sources" role="listbox" tabIndex={0} data-autofocus aria-label={t('reuse.dialog.drafts')} onKeyDown={onKeyDown}>
              {entries.map((e) => <SourceOption key={e.path} entry={e} selected={loaded?.path === e.path} onSelect={() => void choose(e)} />)}
            </ul>
          )}
        </div>
        <div className="kp-reuse-detail" aria-live="polite">
          {!loaded && entries?.length ? <p className="kp-muted">{t('reuse.dialog.chooseSource')}</p> : null}
          {loaded && 'loading' in loaded && <p className="kp-muted">{t('reuse.dialog.loading')}</p>}
          {loaded && 'failed' in loaded && <p className="kp-reuse-source-problem">{t('reuse.dialog.unreadable', { reason: loaded.failed })}</p>}
          {loaded && 'draft' in loaded && <ReusePartChooser key={loaded.path} source={{ file: loaded.path, draft: loaded.draft }} onDone={inserted} onCancel={close} />}
        </div>
      </div>
      {!(loaded && 'draft' in loaded) && <div className="kp-dialog-actions"><button type="button" onClick={close}>{t('dialogs.cancel')}</button></div>}
    </Modal>
  );
}

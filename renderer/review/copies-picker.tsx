import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/when';
import { FolderBar, useFolderListing } from '../dialogs/folder-listing';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { FileIcon } from '../dialogs/file-icons';


/**
 * Browser mode's picker for reviewers' copies: several .kpdraft files, ticked in one folder (the
 * Electron build uses the native multi-select dialog instead). The open draft's own file is shown
 * but cannot be ticked.
 */
export function CopiesPicker({ initialDir, submitLabel, onPick }: { initialDir?: string; submitLabel: (count: number) => string; onPick: (paths: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const own = useStore(docStore, (s) => s.path);
  const { listing, error, setDir } = useFolderListing(initialDir);
  const [picked, setPicked] = useState<string[]>([]);

  const entries = listing?.entries.filter((e) => e.isDirectory || e.name.toLowerCase().endsWith('.kpdraft')) ?? [];
  const toggle = (path: string, on: boolean) => setPicked((p) => (on ? [...p, path] : p.filter((x) => x !== path)));
  return (
    <form className="kp-picker" onSubmit={(e) => { e.preventDefault(); if (picked.length > 0) onPick(picked); }}>
      <FolderBar listing={listing} onDir={setDir} />
      <ul className="kp-picker-list" aria-label={t('dialogs.folder', { dir: listing?.dir ?? '' })}>
        {error ? <li className="kp-picker-error" role="alert">{error}</li>
          : entries.length === 0 && <li className="kp-muted">{listing ? t('dialogs.noFiles') : '…'}</li>}
        {entries.map((f) => (
          <li key={f.path}>
            {f.isDirectory ? (
              <button type="button" className="kp-picker-entry" onClick={() => { setDir(f.path); setPicked([]); }}>
                <FileIcon folder /> {f.name}
              </button>
            ) : (
              <label className="kp-picker-entry kp-picker-check" data-kp-file={f.name}>
                <input type="checkbox" checked={picked.includes(f.path)} disabled={f.path === own} onChange={(e) => toggle(f.path, e.target.checked)} />
                <span>{f.name}</span>
                <span className="kp-muted"> · {f.path === own ? t('review.thisDraft') : formatDateTime(f.modifiedAt, i18n.language)}</span>
              </label>
            )}
          </li>
        ))}
      </ul>
      <div className="kp-dialog-actions">
        <button type="submit" className="kp-primary" disabled={picked.length === 0}>{submitLabel(picked.length)}</button>
      </div>
    </form>
  );
}

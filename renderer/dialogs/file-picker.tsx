import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderBar, useFolderListing } from './folder-listing';
import { formatDateTime } from '../i18n/when';
import { joinPath } from './modal';
import { ReplaceConfirm } from './replace-confirm';
import { FileIcon } from './file-icons';

export interface PickerProps {
  mode: 'open' | 'save';
  ext: '.kpdraft' | '.docx' | '.xlsx' | '.pdf';
  initialDir?: string;
  initialName?: string;
  /**
   * Called with the chosen folder, the file name and the file's path; `replace` is true when the
   * user confirmed writing over a file that exists (save mode asks first).
   */
  onPick: (dir: string, name: string, path: string, replace: boolean) => void;
  submitLabel: string;
  /** Something the pick started is still running: the submit button waits for it. */
  busy?: boolean;
  /** Given, a Cancel button stands in the same row as the submit button. */
  onCancel?: () => void;
}

/** Browser mode's in-app file picker over the drafts folder (Electron uses native dialogs instead). */
export function FilePicker({ mode, ext, initialDir, initialName, onPick, submitLabel, busy, onCancel }: PickerProps) {
  const { t, i18n } = useTranslation();
  const { listing, error, setDir } = useFolderListing(initialDir, ext);
  const [name, setName] = useState(initialName ?? '');
  const [confirming, setConfirming] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  const files = listing?.entries.filter((e) => e.isDirectory || e.name.toLowerCase().endsWith(ext)) ?? [];
  const fileName = name.trim() === '' ? '' : name.trim().toLowerCase().endsWith(ext) ? name.trim() : name.trim() + ext;
  const exists = mode === 'save' && files.some((f) => !f.isDirectory && f.name === fileName);
  // A folder named like the file ("Mapp.docx") is in the way: never a file to replace.
  const folderInTheWay = mode === 'save' && files.some((f) => f.isDirectory && f.name.toLowerCase() === fileName.toLowerCase());
  const submit = (replace = false) => {
    if (busy || !listing || fileName === '' || folderInTheWay) return;
    if (exists && !replace) return setConfirming(true);
    setConfirming(false);
    const entry = files.find((f) => f.name === fileName && !f.isDirectory);
    onPick(listing.dir, fileName, entry?.path ?? joinPath(listing.dir, fileName), exists);
  };
  return (
    <form className="kp-picker" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <FolderBar listing={listing} onDir={setDir} />
      <ul className="kp-picker-list" aria-label={t('dialogs.folder', { dir: listing?.dir ?? '' })}>
        {error ? <li className="kp-picker-error" role="alert">{error}</li>
          : files.length === 0 && <li className="kp-muted">{listing ? t(ext === '.docx' ? 'replace.noDocuments' : ext === '.xlsx' ? 'dialogs.noSpreadsheets' : 'dialogs.noFiles') : '…'}</li>}
        {files.map((f) => (
          <li key={f.path}>
            <button type="button" className={`kp-picker-entry ${f.name === fileName ? 'selected' : ''}`} data-kp-file={f.name}
              onClick={() => { setConfirming(false); if (f.isDirectory) setDir(f.path); else setName(f.name); }}
              onDoubleClick={() => { if (!f.isDirectory && mode === 'open' && listing) onPick(listing.dir, f.name, f.path, false); }}>
              <FileIcon folder={f.isDirectory} /> {f.name}
              {!f.isDirectory && <span className="kp-muted"> · {formatDateTime(f.modifiedAt, i18n.language)}</span>}
            </button>
          </li>
        ))}
      </ul>
      <label className="kp-picker-name"><span>{t('dialogs.fileName')}</span>
        <input ref={nameRef} value={name} aria-invalid={folderInTheWay || undefined} onChange={(e) => { setConfirming(false); setName(e.target.value); }} autoFocus={mode === 'save'} data-autofocus={mode === 'save' || undefined} /></label>
      {confirming && exists ? (
        <ReplaceConfirm name={fileName} onReplace={() => submit(true)} onCancel={() => { setConfirming(false); nameRef.current?.focus(); }} />
      ) : (
        <>
          {exists && <p className="kp-warning-text">{t('dialogs.overwrite', { name: fileName })}</p>}
          {folderInTheWay && <p className="kp-warning-text" role="status">{t('pickerFolder.inTheWay', { name: fileName })}</p>}
          <div className="kp-dialog-actions">
            {/* Enabled once the folder is listed: only then is it known whether the name is taken. */}
            {onCancel && <button type="button" onClick={onCancel}>{t('dialogs.cancel')}</button>}
            <button type="submit" className="kp-primary" disabled={busy || fileName === '' || !listing || folderInTheWay}>{submitLabel}</button>
          </div>
        </>
      )}
    </form>
  );
}

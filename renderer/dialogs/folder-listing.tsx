import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileEntry } from '../../core/ipc/contract';
import { showError } from '../actions/draft-commands';
import { bridge } from '../bridge';
import { messageFor } from '../messages';

export interface FolderListing {
  dir: string;
  parent: string | null;
  entries: FileEntry[];
}

/**
 * The folder an in-app picker shows (the drafts folder at first) with its files of extension
 * `ext`; an unreadable folder falls back to the drafts folder. When nothing can be listed, `error`
 * says why, so the picker never shows a folder as empty that it could not read.
 */
export function useFolderListing(initialDir?: string, ext: '.kpdraft' | '.docx' | '.xlsx' | '.pdf' = '.kpdraft') {
  const [dir, setDir] = useState<string | undefined>(initialDir);
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void bridge.invoke('files:list', { ...(dir ? { dir } : {}), ...(ext === '.kpdraft' ? {} : { ext }) }).then((r) => {
      if (r.ok) {
        setError(null);
        return setListing(r.value);
      }
      // Another folder would fail the same way when the app itself is gone.
      if (dir && r.error.code !== 'app-gone') {
        showError({ ...r.error, path: dir });
        return setDir(undefined);
      }
      setListing(null);
      setError(messageFor(r.error));
    });
  }, [dir, ext]);
  return { listing, error, setDir };
}

/** The picker's current folder and the way up. */
export function FolderBar({ listing, onDir }: { listing: FolderListing | null; onDir: (dir: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="kp-picker-folder">
      <span className="kp-muted">{t('dialogs.folder', { dir: listing?.dir ?? '…' })}</span>
      {listing?.parent && <button type="button" onClick={() => onDir(listing.parent!)}>↑ {t('dialogs.up')}</button>}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileEntry } from '../../core/ipc/contract';
import { showError } from '../actions/draft-commands';
import { bridge } from '../bridge';

export interface FolderListing {
  dir: string;
  parent: string | null;
  entries: FileEntry[];
}

/**
 * The folder an in-app picker shows (the drafts folder at first) with its files of extension
 * `ext`; an unreadable folder falls back to the drafts folder.
 */
export function useFolderListing(initialDir?: string, ext: '.kpdraft' | '.docx' = '.kpdraft') {
  const [dir, setDir] = useState<string | undefined>(initialDir);
  const [listing, setListing] = useState<FolderListing | null>(null);
  useEffect(() => {
    void bridge.invoke('files:list', { ...(dir ? { dir } : {}), ...(ext === '.kpdraft' ? {} : { ext }) }).then((r) => {
      if (r.ok) setListing(r.value);
      else if (dir) { showError({ ...r.error, path: dir }); setDir(undefined); }
      else showError(r.error);
    });
  }, [dir, ext]);
  return { listing, setDir };
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

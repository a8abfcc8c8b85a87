import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveAsCommand, saveTo } from '../actions/draft-commands';
import { Modal } from '../dialogs/modal';
import { i18next } from '../i18n';
import { notify, openDialog } from '../state/app-state';
import { quotedName } from './unreadable';

/** Declining leaves a word behind: Ctrl+S did something, and the file is as it was. */
export function keepUnreadableFile(path: string): void {
  openDialog(null);
  notify('info', i18next.t('unreadableSave.cancelled', { file: quotedName(path) }));
}

/**
 * A save is about to write over a file that could not be read, with the backup the user opened
 * instead. Replacing is the user's choice (the unreadable file stays among the backups); they may
 * also keep it and save elsewhere, or save nothing.
 */
export function ReplaceUnreadableDialog({ path }: { path: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const file = quotedName(path);
  const replace = async () => {
    setBusy(true);
    try {
      // Saving says itself whether it worked; a failure leaves the question open to try again.
      if (await saveTo(path, { overwrite: true })) openDialog(null);
    } finally {
      setBusy(false);
    }
  };
  const saveElsewhere = () => {
    openDialog(null);
    void saveAsCommand();
  };
  return (
    <Modal title={t('unreadableSave.title', { file })} onClose={() => keepUnreadableFile(path)} className="kp-unreadable-dialog">
      <p>{t('unreadableSave.body', { file })}</p>
      <div className="kp-dialog-actions">
        <button type="button" className="kp-primary" disabled={busy} onClick={() => void replace()}>{t('unreadableSave.replace')}</button>
        <button type="button" disabled={busy} onClick={saveElsewhere}>{t('unreadableSave.saveAs')}</button>
        <button type="button" disabled={busy} onClick={() => keepUnreadableFile(path)}>{t('dialogs.cancel')}</button>
      </div>
    </Modal>
  );
}

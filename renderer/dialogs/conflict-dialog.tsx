import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepBothCopies, overwriteChangedFile, reloadFromDisk } from '../actions/conflict-commands';
import { numberedName } from '../actions/copy-name';
import { openDialog } from '../state/app-state';
import { Modal } from './modal';
import '../styles/conflict.css';

type Choice = 'keepBoth' | 'overwrite' | 'reload';

/**
 * A save found the file changed on disk (another program, window or tab) or gone. Nothing has
 * been written; the user picks what happens, each choice saying what it does to both versions.
 */
export function ConflictDialog({ path }: { path: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Choice | null>(null);
  const name = path.split(/[\\/]/).pop() || path;
  const run = (choice: Choice, action: (p: string) => Promise<void>) => async () => {
    setBusy(choice);
    try {
      await action(path);
    } finally {
      setBusy(null);
    }
  };
  const option = (choice: Choice, action: (p: string) => Promise<void>, primary = false) => (
    <li>
      <button type="button" className={primary ? 'kp-primary' : ''} disabled={busy !== null} data-kp-conflict={choice}
        aria-describedby={`kp-conflict-${choice}`} onClick={run(choice, action)}>{t(`conflict.${choice}`)}</button>
      <span id={`kp-conflict-${choice}`} className="kp-muted">{t(`conflict.${choice}Hint`, { copy: numberedName(name) })}</span>
    </li>
  );
  return (
    <Modal title={t('conflict.title')} onClose={() => openDialog(null)} className="kp-conflict-dialog">
      <p>{t('conflict.body', { name })}</p>
      <ul className="kp-conflict-choices">
        {option('keepBoth', keepBothCopies, true)}
        {option('overwrite', overwriteChangedFile)}
        {option('reload', reloadFromDisk)}
      </ul>
      <div className="kp-dialog-actions">
        <button type="button" disabled={busy !== null} onClick={() => openDialog(null)}>{t('dialogs.cancel')}</button>
      </div>
    </Modal>
  );
}

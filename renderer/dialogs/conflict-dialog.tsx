import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepBothCopies, overwriteChangedFile, reloadFromDisk, saveBackHere } from '../actions/conflict-commands';
import { saveAsCommand } from '../actions/draft-commands';
import { bridge } from '../bridge';
import { openDialog } from '../state/app-state';
import { Modal } from './modal';
import '../styles/conflict.css';

type Choice = 'keepBoth' | 'overwrite' | 'reload' | 'saveHere' | 'saveAs';
/** What the disk says now: is the file gone, and which free name would "keep both" write (null: none left). */
interface OnDisk { gone: boolean; copy: string | null }

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

/** Asks the disk, not a guess: an earlier "keep both" may already have taken "X (2)". */
async function lookAtDisk(path: string): Promise<OnDisk> {
  const r = await bridge.invoke('draft:conflict-info', { path });
  return r.ok ? { gone: r.value.gone, copy: r.value.path } : { gone: false, copy: null };
}

/**
 * A save found the file changed on disk (another program, window or tab) or gone. Nothing has
 * been written; the user picks what happens, each choice saying what it does to both versions.
 * A file that was moved or deleted has nothing to keep, reload or back up: it can be saved back
 * where it was, or elsewhere.
 */
export function ConflictDialog({ path }: { path: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Choice | null>(null);
  const [disk, setDisk] = useState<OnDisk | null>(null);
  const [copyTaken, setCopyTaken] = useState<string | null>(null);
  const name = baseName(path);
  const refresh = useCallback(() => lookAtDisk(path).then(setDisk), [path]);
  useEffect(() => void refresh(), [refresh]);

  const run = (choice: Choice, action: () => Promise<unknown>) => async () => {
    setBusy(choice);
    try {
      await action();
    } finally {
      setBusy(null);
    }
  };
  const keepBoth = async () => {
    if (!disk?.copy) return openDialog({ kind: 'save-as' });
    if (await keepBothCopies(disk.copy)) return;
    // Another program took the name after the dialog looked: say so, and offer the next free one.
    setCopyTaken(baseName(disk.copy));
    await refresh();
  };
  // Any other outcome that leaves the dialog open (e.g. the file came back meanwhile) shows the disk as it is now.
  const thenLook = (action: (p: string) => Promise<void>) => async () => {
    await action(path);
    await refresh();
  };
  const option = (choice: Choice, label: string, action: () => Promise<unknown>, hint: string, primary = false) => (
    <li>
      <button type="button" className={primary ? 'kp-primary' : ''} disabled={busy !== null} data-kp-conflict={choice}
        aria-describedby={`kp-conflict-${choice}`} onClick={run(choice, action)}>{label}</button>
      <span id={`kp-conflict-${choice}`} className="kp-muted">{hint}</span>
    </li>
  );
  const cancel = <button type="button" disabled={busy !== null} onClick={() => openDialog(null)}>{t('dialogs.cancel')}</button>;
  if (!disk) return null;
  const copy = disk.copy ? baseName(disk.copy) : null;
  const keepBothHint = copy ? t('conflict.keepBothHint', { copy }) : t('conflictGone.saveAsHint');
  if (disk.gone) {
    return (
      <Modal title={t('conflictGone.title')} onClose={() => openDialog(null)} className="kp-conflict-dialog">
        <p>{t('conflictGone.body', { name })}</p>
        <ul className="kp-conflict-choices">
          {option('saveHere', t('conflictGone.saveHere'), thenLook(saveBackHere), t('conflictGone.saveHereHint', { name }), true)}
          {option('saveAs', t('conflictGone.saveAs'), () => saveAsCommand(), t('conflictGone.saveAsHint'))}
        </ul>
        <div className="kp-dialog-actions">{cancel}</div>
      </Modal>
    );
  }
  return (
    <Modal title={t('conflict.title')} onClose={() => openDialog(null)} className="kp-conflict-dialog">
      <p>{t('conflict.body', { name })}</p>
      {copyTaken && <p className="kp-warning-text" role="status">{t('conflictCopy.taken', { taken: copyTaken, copy: copy ?? '' })}</p>}
      <ul className="kp-conflict-choices">
        {option('keepBoth', t('conflict.keepBoth'), keepBoth, keepBothHint, true)}
        {option('overwrite', t('conflict.overwrite'), thenLook(overwriteChangedFile), t('conflict.overwriteHint'))}
        {option('reload', t('conflict.reload'), thenLook(reloadFromDisk), t('conflict.reloadHint'))}
      </ul>
      <div className="kp-dialog-actions">{cancel}</div>
    </Modal>
  );
}

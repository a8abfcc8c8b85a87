import { useTranslation } from 'react-i18next';
import { openAsAuthor, saveTo, suggestedName } from '../actions/draft-commands';
import { appStore, openDialog } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { ConflictDialog, ExportDialog, FilePicker, LinkDialog, ReplaceUnreadableDialog, SettingsDialog, SubmitDialog, FormViewDialog, VersionsDialog } from './deferred-dialogs';
import { dirOf, Modal } from './modal';
import { ExportBudgetDialog } from './export-budget-dialog';
import { ReuseDialog } from '../reuse/reuse-dialog';
import { setAnnex } from '../cards/annex-file';
import { ImportDialog } from '../import/import-dialog';
import { setLinkedFile } from '../cards/linked-file';

/** Shows the open dialog, if any. */
export function DialogHost() {
  const { t } = useTranslation();
  const dialog = useStore(appStore, (s) => s.dialog);
  const draftsDir = useStore(appStore, (s) => s.draftsDir);
  const path = useStore(docStore, (s) => s.path);
  const close = () => openDialog(null);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'open-file':
      return (
        <Modal title={t('dialogs.openTitle')} onClose={close}>
          <FilePicker mode="open" ext=".kpdraft" initialDir={draftsDir || undefined} submitLabel={t('dialogs.open')}
            onPick={(_dir, _name, p) => { close(); void openAsAuthor(p); }} />
          <div className="kp-dialog-actions"><button type="button" onClick={close}>{t('dialogs.cancel')}</button></div>
        </Modal>
      );
    case 'save-as':
      return (
        <Modal title={t('dialogs.saveTitle')} onClose={close}>
          <FilePicker mode="save" ext=".kpdraft" initialDir={path ? dirOf(path) : draftsDir || undefined} initialName={suggestedName('.kpdraft')}
            submitLabel={t('dialogs.save')} onPick={async (_dir, _name, p) => {
              // The picker already warned that an existing file will be replaced.
              const ok = await saveTo(p, { overwrite: true });
              if (ok) openDialog(dialog.then === 'export' ? { kind: 'export' } : null);
            }} />
          <div className="kp-dialog-actions"><button type="button" onClick={close}>{t('dialogs.cancel')}</button></div>
        </Modal>
      );
    case 'export':
      return <ExportDialog />;
    case 'export-budget':
      return <ExportBudgetDialog />;
    case 'submit-check':
      return <SubmitDialog />;
    case 'form-view':
      return <FormViewDialog />;
    case 'versions':
      return <VersionsDialog />;
    case 'reuse':
      return <ReuseDialog />;
    case 'import':
      return <ImportDialog path={dialog.path} />;
    case 'link':
      return <LinkDialog target={dialog.target} />;
    case 'conflict':
      return <ConflictDialog path={dialog.path} />;
    case 'replace-unreadable':
      return <ReplaceUnreadableDialog path={dialog.path} />;
    case 'settings':
      return <SettingsDialog />;
    case 'annex-file':
      return (
        <Modal title={dialog.title} onClose={close}>
          <FilePicker mode="open" ext=".pdf" initialDir={path ? dirOf(path) : draftsDir || undefined} submitLabel={t('dialogs.open')}
            onPick={(_dir, _name, p) => { close(); setAnnex(dialog.annexKind, { file: p }); }} />
          <div className="kp-dialog-actions"><button type="button" onClick={close}>{t('dialogs.cancel')}</button></div>
        </Modal>
      );
    case 'linked-draft':
      return (
        <Modal title={dialog.title} onClose={close}>
          <FilePicker mode="open" ext=".kpdraft" initialDir={path ? dirOf(path) : draftsDir || undefined} submitLabel={t('dialogs.open')}
            onPick={(_dir, _name, p) => { close(); setLinkedFile(p); }} />
          <div className="kp-dialog-actions"><button type="button" onClick={close}>{t('dialogs.cancel')}</button></div>
        </Modal>
      );
    case 'about':
      return (
        <Modal title={t('actions.help.about')} onClose={close}>
          <p>{t('dialogs.about', { version: '' })}</p>
          <div className="kp-dialog-actions"><button type="button" className="kp-primary" onClick={close}>{t('dialogs.close')}</button></div>
        </Modal>
      );
  }
}

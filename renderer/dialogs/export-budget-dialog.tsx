import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentLanguage } from '../../core/draft/schema';
import { bridge } from '../bridge';
import { currentDraft, showError, suggestedName } from '../actions/draft-commands';
import { appStore, openDialog } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { FilePicker } from './file-picker';
import { dirOf, joinPath, Modal } from './modal';
import { ReplaceConfirm } from './replace-confirm';
import { notifyExported } from './exported-notice';

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

/**
 * Export the budget as a spreadsheet: the language of its words, then the file (the native save
 * dialog, or the in-app picker in browser mode), as the Word export chooses its file.
 */
export function ExportBudgetDialog() {
  const { t } = useTranslation();
  const mode = useStore(appStore, (s) => s.mode);
  const draftsDir = useStore(appStore, (s) => s.draftsDir);
  const path = useStore(docStore, (s) => s.path);
  const fields = useStore(docStore, (s) => s.draft)!;
  const [language, setLanguage] = useState<DocumentLanguage>(fields.documentLanguage);
  const [busy, setBusy] = useState(false);
  const [existing, setExisting] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const close = () => openDialog(null);

  const exportTo = async (dest: string, replace: boolean) => {
    const draft = currentDraft();
    if (!draft || busy) return;
    setBusy(true);
    const r = await bridge.invoke('export:xlsx', { draft, path: dest, language, replace });
    setBusy(false);
    if (!r.ok && r.error.code === 'target-exists' && !replace) return setExisting(dest);
    if (!r.ok) return showError({ ...r.error, path: r.error.path ?? dest }, { during: 'export' });
    close();
    const exported = r.value.path;
    notifyExported(exported, { message: t('budgetExport.exported', { path: exported }), open: t('budgetExport.openSheet'), folder: t('dialogs.showInFolder') });
  };
  const chooseNative = async () => {
    const r = await bridge.invoke('dialog:export-xlsx', { suggestedName: suggestedName('.xlsx') });
    if (!r.ok) return showError(r.error);
    if (r.value.path) await exportTo(r.value.path, r.value.replaceConfirmed === true);
  };
  return (
    <Modal title={t('budgetExport.title')} onClose={close} className="kp-export-budget-dialog">
      <p>{t('budgetExport.intro')}</p>
      <div className="kp-export-options">
        <label className="kp-export-language"><span>{t('budgetExport.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as DocumentLanguage)}>
            {DocumentLanguage.options.map((l) => <option key={l} value={l}>{t(`languages.${l}`)}</option>)}
          </select></label>
      </div>
      {existing ? (
        <ReplaceConfirm name={baseName(existing)} onReplace={() => { setExisting(null); void exportTo(existing, true); }} onCancel={() => setExisting(null)} />
      ) : mode === 'electron' ? (
        <div className="kp-dialog-actions kp-export-actions">
          <button type="button" onClick={close}>{t('dialogs.cancel')}</button>
          <button type="button" className="kp-primary" disabled={busy} autoFocus data-autofocus onClick={() => void chooseNative()}>{t('dialogs.export')}…</button>
        </div>
      ) : (
        <div className="kp-export-actions">
          <FilePicker mode="save" ext=".xlsx" initialDir={target ? dirOf(target) : path ? dirOf(path) : draftsDir || undefined}
            initialName={target ? baseName(target) : suggestedName('.xlsx')} busy={busy} onCancel={close}
            submitLabel={t('dialogs.export')} onPick={(dir, name, _p, replace) => { const chosen = joinPath(dir, name); setTarget(chosen); void exportTo(chosen, replace); }} />
        </div>
      )}
    </Modal>
  );
}

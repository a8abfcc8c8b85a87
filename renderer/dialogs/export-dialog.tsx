import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentLanguage } from '../../core/draft/schema';
import { bridge } from '../bridge';
import { currentDraft, showError, suggestedName } from '../actions/draft-commands';
import { countBySeverity, findingsStore } from '../findings/findings-state';
import { checkIfStale } from '../findings/live-checks';
import { appStore, openDialog } from '../state/app-state';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { FilePicker } from './file-picker';
import { dirOf, joinPath, Modal } from './modal';
import { ExportProgress } from './export-progress';
import { PreflightList } from './preflight-list';
import { pendingSuggestions } from './pending-suggestions';
import { ReplaceConfirm } from './replace-confirm';
import { notifyExported } from './exported-notice';

const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

/** Export to Word: pre-flight summary, document language, comments and suggestions off by default, then the file. */
export function ExportDialog() {
  const { t } = useTranslation();
  const mode = useStore(appStore, (s) => s.mode);
  const draftsDir = useStore(appStore, (s) => s.draftsDir);
  const path = useStore(docStore, (s) => s.path);
  const fields = useStore(docStore, (s) => s.draft)!;
  const findings = useStore(findingsStore, (s) => s.findings);
  const c = countBySeverity(findings);
  const [language, setLanguage] = useState<DocumentLanguage>(fields.documentLanguage);
  const [withComments, setWithComments] = useState(false);
  // Without it the document has the author's own text; the choice is offered only when there are suggestions.
  const [withSuggestions, setWithSuggestions] = useState(false);
  const [suggested] = useState(() => pendingSuggestions().length > 0);
  const [busy, setBusy] = useState(false);
  // A target that turned out to exist although nobody confirmed replacing it (a name the native
  // dialog did not check, or a file that appeared after the picker listed the folder).
  const [existing, setExisting] = useState<string | null>(null);
  // The picker's last choice, so it comes back with that name after the question is answered.
  const [target, setTarget] = useState<string | null>(null);
  const close = () => openDialog(null);
  // The list and the export's "with errors" flag describe the draft as it is now, even when the
  // dialog opens before the check of a draft just opened (or of the last keystroke) has run.
  useLayoutEffect(checkIfStale, []);
  // Start the export worker while the user reads the pre-flight list.
  useEffect(() => void bridge.invoke('export:prepare', {}), []);

  const exportTo = async (dest: string, replace: boolean) => {
    const draft = currentDraft();
    if (!draft) return;
    if (busy) return;
    setBusy(true);
    const r = await bridge.invoke('export:docx', { draft, path: dest, language, withComments, withSuggestions: suggested && withSuggestions, allowErrors: c.error > 0, replace });
    setBusy(false);
    if (!r.ok && r.error.code === 'target-exists' && !replace) return setExisting(dest);
    if (!r.ok) return showError({ ...r.error, path: r.error.path ?? dest }, { during: 'export' });
    close();
    const exported = r.value.path;
    notifyExported(exported, { message: t('dialogs.exported', { path: exported }), open: t('dialogs.openDocument'), folder: t('dialogs.showInFolder') });
  };
  const chooseNative = async () => {
    const r = await bridge.invoke('dialog:export-docx', { suggestedName: suggestedName('.docx') });
    if (!r.ok) return showError(r.error);
    if (r.value.path) await exportTo(r.value.path, r.value.replaceConfirmed === true);
  };
  const submitLabel = c.error > 0 ? t('dialogs.exportAnyway') : t('dialogs.export');
  // Enter exports from anywhere in the dialog but a button (which does its own thing) or the file
  // picker's form (which submits itself).
  const onKeyDown = (e: React.KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
    if (el.closest('form, .kp-replace-confirm') || el.matches('button, a, textarea')) return;
    e.preventDefault();
    e.currentTarget.querySelector<HTMLButtonElement>('.kp-export-actions .kp-primary:not(:disabled)')?.click();
  };
  return (
    <Modal title={t('dialogs.exportTitle')} onClose={close} className="kp-export-dialog">
      <div className="kp-export-body" onKeyDown={onKeyDown}>
        <section className="kp-preflight" aria-label={t('dialogs.preflight')}>
          <h3>{t('dialogs.preflight')}</h3>
          <PreflightList findings={findings} withComments={withComments} />
          {c.error > 0 && <p className="kp-warning-text">{t('dialogs.preflightErrors', { count: c.error })}</p>}
        </section>
        <div className="kp-export-options">
          <label className="kp-export-language"><span>{t('fields.documentLanguage')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as DocumentLanguage)}>
              {DocumentLanguage.options.map((l) => <option key={l} value={l}>{t(`languages.${l}`)}</option>)}
            </select></label>
          <label className="kp-check"><input type="checkbox" checked={withComments} onChange={(e) => setWithComments(e.target.checked)} /><span>{t('dialogs.withComments')}</span></label>
          {suggested && <label className="kp-check"><input type="checkbox" checked={withSuggestions} onChange={(e) => setWithSuggestions(e.target.checked)} /><span>{t('dialogs.withSuggestions')}</span></label>}
        </div>
        <ExportProgress running={busy} />
        {existing ? (
          <ReplaceConfirm name={baseName(existing)} onReplace={() => { setExisting(null); void exportTo(existing, true); }} onCancel={() => setExisting(null)} />
        ) : mode === 'electron' ? (
          <div className="kp-dialog-actions kp-export-actions">
            <button type="button" onClick={close}>{t('dialogs.cancel')}</button>
            <button type="button" className="kp-primary" disabled={busy} autoFocus data-autofocus onClick={() => void chooseNative()}>{submitLabel}…</button>
          </div>
        ) : (
          <div className="kp-export-actions">
            <FilePicker mode="save" ext=".docx" initialDir={target ? dirOf(target) : path ? dirOf(path) : draftsDir || undefined}
              initialName={target ? baseName(target) : suggestedName('.docx')} busy={busy} onCancel={close}
              submitLabel={submitLabel} onPick={(dir, name, _p, replace) => { const chosen = joinPath(dir, name); setTarget(chosen); void exportTo(chosen, replace); }} />
          </div>
        )}
      </div>
    </Modal>
  );
}

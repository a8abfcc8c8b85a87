import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../core/import/plan';
import { bridge } from '../bridge';
import { FilePicker } from '../dialogs/file-picker';
import { Modal } from '../dialogs/modal';
import { messageFor } from '../messages';
import { appStore, openDialog } from '../state/app-state';
import { useStore } from '../state/create-store';
import { openImportedDraft } from './import-commands';
import { ImportPreview } from './import-preview';

type Reading = { kind: 'reading' } | { kind: 'plan'; plan: ImportPlan } | { kind: 'failed'; line: string };

/**
 * "Importera Word-dokument": the document is read (off the window's thread, by the import
 * service) and its preview shown; a file that cannot or may not be read says why in one line.
 * Without a path (browser mode) the in-app picker chooses the document first.
 */
export function ImportDialog({ path: given }: { path?: string | undefined }) {
  const { t } = useTranslation();
  const draftsDir = useStore(appStore, (s) => s.draftsDir);
  const [path, setPath] = useState<string | null>(given ?? null);
  const [reading, setReading] = useState<Reading>({ kind: 'reading' });
  const close = () => openDialog(null);

  useEffect(() => {
    if (!path) return;
    let current = true;
    setReading({ kind: 'reading' });
    void bridge.invoke('import:docx', { path }).then((r) => {
      if (!current) return;
      if (!r.ok) setReading({ kind: 'failed', line: messageFor({ ...r.error, path: r.error.path ?? path }) });
      else if (r.value.kind === 'refused') setReading({ kind: 'failed', line: t(`import.refused.${r.value.reason}`) });
      else setReading({ kind: 'plan', plan: r.value.plan });
    });
    return () => { current = false; };
  }, [path]);

  const name = path?.split(/[\\/]/).pop() ?? '';
  return (
    <Modal title={t('import.title')} onClose={close} className="kp-import-dialog">
      {!path ? (
        <FilePicker mode="open" ext=".docx" initialDir={draftsDir || undefined} submitLabel={t('import.read')} onCancel={close}
          onPick={(_dir, _name, p) => setPath(p)} />
      ) : (
        <>
          <p className="kp-import-file" title={path}>{name}</p>
          {reading.kind === 'reading' && <p className="kp-muted" role="status">{t('import.reading')}</p>}
          {reading.kind === 'failed' && (
            <>
              <p className="kp-import-error" role="alert">{reading.line}</p>
              <div className="kp-dialog-actions">
                <button type="button" onClick={() => setPath(null)}>{t('import.pickAnother')}</button>
                <button type="button" className="kp-primary" autoFocus data-autofocus onClick={close}>{t('dialogs.close')}</button>
              </div>
            </>
          )}
          {reading.kind === 'plan' && (
            <ImportPreview plan={reading.plan} onCancel={close} onConfirm={(choices) => {
              if (openImportedDraft(reading.plan, choices)) close();
            }} />
          )}
        </>
      )}
    </Modal>
  );
}

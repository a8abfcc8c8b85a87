import { useTranslation } from 'react-i18next';

/**
 * "Ersätt ”x.docx”?": asked before a file the user already has is written over. The safe answer
 * has the focus, so a second Enter does not replace anything; Escape keeps the file too.
 */
export function ReplaceConfirm({ name, onReplace, onCancel }: { name: string; onReplace: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    // Escape answers this question ("keep the file"), not the whole dialog around it.
    <div className="kp-replace-confirm" role="alertdialog" aria-labelledby="kp-replace-title" aria-describedby="kp-replace-hint"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onCancel(); } }}>
      <p id="kp-replace-title" className="kp-replace-title">{t('replace.title', { name })}</p>
      <p id="kp-replace-hint" className="kp-muted">{t('replace.hint')}</p>
      <div className="kp-dialog-actions">
        <button type="button" className="kp-danger" onClick={onReplace}>{t('replace.confirm')}</button>
        <button type="button" autoFocus onClick={onCancel}>{t('replace.keep')}</button>
      </div>
    </div>
  );
}

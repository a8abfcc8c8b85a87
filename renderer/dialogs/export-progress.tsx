import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A quick export needs no bar; one that takes longer than this shows that it is under way. */
const SHOW_AFTER_MS = 500;

/**
 * An indeterminate bar and a spoken "Exporting…" while an export runs, shown only once it has run
 * for half a second so a quick export does not flicker.
 */
export function ExportProgress({ running }: { running: boolean }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!running) return setShown(false);
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [running]);
  return (
    <div className="kp-export-progress" role="status" aria-live="polite">
      {shown && <><progress aria-label={t('exportPreflight.running')} /> <span>{t('exportPreflight.running')}</span></>}
    </div>
  );
}

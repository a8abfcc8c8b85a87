import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/rules/finding';
import { focusFinding } from '../findings/navigation';
import { openDialog } from '../state/app-state';

const SHOWN = 5;

/** The errors an export would carry, by name, each a way to the place it concerns. */
export function PreflightErrors({ findings }: { findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return null;
  const go = (f: Finding) => {
    openDialog(null);
    // After the dialog has given the focus back, so the jump is the last word.
    setTimeout(() => focusFinding(f), 10);
  };
  return (
    <ul className="kp-preflight-errors">
      {errors.slice(0, SHOWN).map((f, i) => (
        <li key={i}><button type="button" className="kp-link-button" data-kp-rule={f.ruleId} onClick={() => go(f)}>{f.ruleId}: {f.message[lang]}</button></li>
      ))}
      {errors.length > SHOWN && <li className="kp-muted">{t('exportPreflight.more', { count: errors.length - SHOWN })}</li>}
    </ul>
  );
}

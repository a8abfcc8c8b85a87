import { useTranslation } from 'react-i18next';
import { runAction } from '../actions/registry';
import { ariaShortcutFor, shortcutFor, withShortcut } from './shortcut-label';

/** Opens Settings; the way there in browser mode, which has no menu bar (Ctrl/⌘+, works in both). */
export function SettingsButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="kp-tool kp-settings-button" aria-label={t('settings.open')} title={withShortcut(t('settings.open'), shortcutFor('app.settings'))}
      aria-keyshortcuts={ariaShortcutFor('app.settings')} onClick={() => runAction('app.settings')}>
      <svg className="kp-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden focusable="false">
        <circle cx="12" cy="12" r="3.2" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}

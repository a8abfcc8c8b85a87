import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';
import { setUiLanguage, type UiLanguage } from '../i18n';
import { appStore } from '../state/app-state';

/** The UI language (sv/en), persisted in settings; the document language is separate. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = async (lng: UiLanguage) => {
    await setUiLanguage(lng);
    const r = await bridge.invoke('settings:set', { uiLanguage: lng });
    if (r.ok) appStore.set({ settings: r.value });
  };
  return (
    <select className="kp-ui-language" aria-label={t('ui.language')} value={i18n.language} onChange={(e) => void change(e.target.value as UiLanguage)}>
      <option value="sv">Svenska</option>
      <option value="en">English</option>
    </select>
  );
}

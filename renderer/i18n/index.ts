import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogue } from '../../core/i18n/catalogue';
import { keyLabels } from './key-labels';
import { isMacPlatform } from '../layout/shortcut-label';

import type { UiLanguage } from '../../core/settings';

export type { UiLanguage };

export function initI18n(lng: UiLanguage): typeof i18next {
  const mac = isMacPlatform();
  void i18next.use(initReactI18next).init({
    // Texts name shortcuts with $t(keys.<command>), written from the key bindings for this platform.
    resources: {
      sv: { translation: { ...catalogue.sv, keys: keyLabels('sv', mac) } },
      en: { translation: { ...catalogue.en, keys: keyLabels('en', mac) } },
    },
    lng,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18next;
}

export async function setUiLanguage(lng: UiLanguage): Promise<void> {
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export { i18next };

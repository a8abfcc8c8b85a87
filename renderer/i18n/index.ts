import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';
import { platformShortcuts } from './platform-shortcuts';
import { isMacPlatform } from '../layout/shortcut-label';

import type { UiLanguage } from '../../core/settings';

export type { UiLanguage };

export function initI18n(lng: UiLanguage): typeof i18next {
  void i18next.use(initReactI18next).use(platformShortcuts).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    initAsync: false,
    // Only where there is something to rewrite: a post-processor runs on every t() call.
    postProcess: isMacPlatform() ? ['platformShortcuts'] : false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18next;
}

export async function setUiLanguage(lng: UiLanguage): Promise<void> {
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}

export { i18next };

import { catalogue } from '../../core/i18n/catalogue';
import { textIn } from '../../core/i18n/lookup';
import type { mainSv } from '../../core/i18n/main-sv';
import type { UiLanguage } from '../../core/settings';

export type { UiLanguage };

/**
 * Every word main shows by itself: menus, native dialogs, the unsaved-changes question. The words
 * are the catalogue's `main` group (core/i18n/main-sv.ts, main-en.ts).
 */
export type MainStrings = Omit<typeof mainSv, 'unsavedQuestion'> & { unsavedQuestion: (name: string) => string };

/** The strings for a UI language (menus and dialogs follow the same setting as the renderer). */
export function stringsFor(lang: UiLanguage): MainStrings {
  const main = catalogue[lang].main;
  return { ...main, unsavedQuestion: (name) => textIn(lang, 'main.unsavedQuestion', { name }) };
}

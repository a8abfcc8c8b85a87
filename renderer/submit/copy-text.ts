import { i18next } from '../i18n';
import { notify } from '../state/app-state';

/**
 * Puts text on the clipboard as plain text. The page's own clipboard API, in Electron as in the
 * browser: main grants the window only this (writing, never reading; electron/main/security.ts).
 */
export async function copyForForm(text: string, field: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    notify('info', i18next.t('submit.form.copied', { field }));
    return true;
  } catch {
    notify('error', i18next.t('submit.form.copyFailed'));
    return false;
  }
}

import { i18next } from '../i18n';
import { appStore, notify } from '../state/app-state';

const isDocx = (f: File) => /\.docx$/i.test(f.name);

/**
 * A Word document dropped on the window opens the import preview. In Electron the drop is left to
 * Chromium, whose navigation to the file main turns into the import (electron/main/security.ts),
 * so the path comes from main. A browser gives the page no path, so browser mode keeps the page
 * (a drop would navigate away from it) and says how to import instead.
 */
export function installDocxDrop(): void {
  window.addEventListener('dragover', (e) => {
    if (appStore.get().mode === 'web' && e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    if (appStore.get().mode !== 'web' || e.defaultPrevented) return;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    e.preventDefault();
    if (files.some(isDocx)) notify('info', i18next.t('import.dropNoPath'), undefined, { topic: 'import-drop' });
  });
}

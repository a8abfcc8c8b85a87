import { MAX_FIRST_SCREEN_CHARS } from '../../core/ipc/first-screen-contract';
import { bridge } from '../bridge';
import { reviewStore } from '../review/review-state';
import { appStore } from '../state/app-state';
import { docStore } from '../state/doc-state';
import { captureFirstScreen } from './capture';
import { firstScreenShown } from './takeover';

/** How long the window must have been left alone (after opening or saving) before its screen is kept. */
const SETTLE_MS = 1500;

const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 0));

/**
 * What the kept screen would be of: the file's exact bytes (its fingerprint: only a saved, unchanged
 * draft shows what the file holds), the UI language, the role and the layout. Null while there is
 * nothing that may be kept.
 */
function screenKey(): string | null {
  const { path, fingerprint, dirty } = docStore.get();
  const { screen, settings, sidePanelOpen } = appStore.get();
  if (screen !== 'editor' || !path || !fingerprint || dirty) return null;
  return JSON.stringify([path, fingerprint.sha256, settings.uiLanguage, reviewStore.get().role, sidePanelOpen]);
}

/**
 * Keeps the window's first screen whenever it shows a draft as its file holds it (after opening
 * and after each save, once the window is left alone), so that the next window opening the file
 * paints it at once (takeover.ts). Each screen is kept once.
 */
export function installFirstScreenKeeper(): void {
  let kept: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const attempt = (key: string) => {
    if (screenKey() !== key) return;
    // Only a complete screen: every section mounted, the page's own first screen gone.
    if (firstScreenShown() || document.documentElement.dataset.kpSectionsMounted !== 'true') {
      timer = setTimeout(() => attempt(key), SETTLE_MS);
      return;
    }
    const html = captureFirstScreen();
    kept = key;
    if (!html || html.length > MAX_FIRST_SCREEN_CHARS) return;
    const [path, sha256, uiLanguage, role, panelOpen] = JSON.parse(key) as [string, string, 'sv' | 'en', 'author' | 'reviewer', boolean];
    void bridge.invoke('first-screen:keep', { path, sha256, html, uiLanguage, role, panelOpen }).then((r) => {
      // Refused (the file changed meanwhile, or it lies where this window may not write): no first screen, nothing else.
      if (!r.ok && r.error.code !== 'conflict' && r.error.code !== 'forbidden') console.warn(`[kp] first-screen:keep: ${r.error.code}: ${r.error.message}`);
    });
  };

  const schedule = () => {
    const key = screenKey();
    if (key === null || key === kept) return;
    clearTimeout(timer);
    timer = setTimeout(() => idle(() => attempt(key)), SETTLE_MS);
  };
  docStore.subscribe(schedule);
  appStore.subscribe(schedule);
  reviewStore.subscribe(schedule);
}

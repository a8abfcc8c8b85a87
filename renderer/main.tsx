// First, so that the bridge opens its event stream before the rest of the code is evaluated (see
// http-bridge.ts: openEventsNow).
import { bridge, hideWebTokenFromAddress, webTokenMissing } from './bridge';
import { createRoot } from 'react-dom/client';
import { ActionId } from '../core/ipc/actions';
import { installAutosave } from './actions/autosave';
import { isOpeningDraft, openPath } from './actions/draft-commands';
import { runAction } from './actions/registry';
import { installShortcuts } from './actions/shortcuts';
import { installUndoReveal } from './actions/undo';
import { installWindowTitle } from './actions/window-title';
import { importDroppedDocx } from './import/import-commands';
import { installDocxDrop } from './import/docx-drop';
import { App } from './app';
import { MissingKeyScreen } from './screens/missing-key-screen';
import { preloadDialogs } from './dialogs/deferred-dialogs';
import { loadPasteCleaner } from './editor/with-paste';
import { installLiveChecks } from './findings/live-checks';
import { installReview } from './review/install';
import { setPasteNotice } from './editor/session';
import { formatCount } from './layout/word-limit-level';
import { installSpellingLanguage } from './editor/spelling';
import { i18next, initI18n, setUiLanguage } from './i18n';
import { appStore, dropStaleNotices, notify } from './state/app-state';
import { setRulesLanguage } from './rules/engine';
import { docStore } from './state/doc-state';
import { installFirstScreenKeeper } from './first-screen/keep';
import { firstScreenShown, installFirstScreenTakeover } from './first-screen/takeover';
import './styles/base.css';
import './styles/layout.css';
import './styles/editor.css';
import './styles/cards.css';
import './styles/tables.css';
import './styles/plan.css';
import './styles/risks.css';
import './styles/results.css';
import './styles/start.css';
import './styles/review.css';
import './styles/suggestions.css';
import './styles/changes.css';
import './styles/versions.css';
import './styles/reuse.css';
import './styles/import.css';
// The conflict dialog's code loads later (dialogs/deferred-dialogs.ts), its style sheet with the others.
import './styles/conflict.css';
import './styles/submit.css';

initI18n('sv');
i18next.on('languageChanged', (l) => setRulesLanguage(l === 'en' ? 'en' : 'sv'));
installShortcuts();
installUndoReveal();
installAutosave();
installWindowTitle();
installLiveChecks();
installReview();
installSpellingLanguage();
installFirstScreenTakeover();
installFirstScreenKeeper();
setPasteNotice(({ images }) => notify('info', i18next.t('paste.dropped', { what: i18next.t('paste.images', { count: images }) })));

bridge.on('menu:action', ({ action }) => {
  if (ActionId.safeParse(action).success) runAction(action);
});
bridge.on('app:open-file', ({ path }) => void openPath(path));
bridge.on('app:import-file', ({ path }) => importDroppedDocx(path));
installDocxDrop();

// Narrow windows start with the side panel folded away (it opens from the toolbar).
const WIDE = 1100;
let wide = window.innerWidth >= WIDE;
appStore.set({ sidePanelOpen: wide });
window.addEventListener('resize', () => {
  const now = window.innerWidth >= WIDE;
  if (now !== wide) appStore.set({ sidePanelOpen: now });
  wide = now;
});

createRoot(document.getElementById('root')!).render(webTokenMissing ? <MissingKeyScreen /> : <App />);

// Once the editor is mounted and focusable (and a first screen on the page has handed over to it),
// benchmarks and tests may start typing.
const markReady = () => {
  const ready = appStore.get().screen === 'editor' && document.querySelector('#root [data-slate-editor]') !== null && !firstScreenShown();
  if (ready) document.documentElement.dataset.kpEditorReady = 'true';
  else delete document.documentElement.dataset.kpEditorReady;
};
appStore.subscribe(() => requestAnimationFrame(markReady));
docStore.subscribe(() => requestAnimationFrame(markReady));
document.addEventListener('kp-first-screen-gone', markReady);
// A message goes as soon as the draft makes it untrue ("Sparat" after a new edit, "Raden togs bort" once it is back).
docStore.subscribe(dropStaleNotices);

async function boot(): Promise<void> {
  const [info, settings] = await Promise.all([bridge.invoke('app:info', {}), bridge.invoke('settings:get', {})]);
  if (info.ok) appStore.set({ mode: info.value.mode, draftsDir: info.value.draftsDir });
  if (settings.ok) {
    appStore.set({ settings: settings.value });
    await setUiLanguage(settings.value.uiLanguage);
  }
  if (!info.ok) notify('error', i18next.t('errors.offline'));
  // A file opened at launch may already be on screen, or on its way (then the start screen would only flash).
  if (appStore.get().screen === 'loading' && !isOpeningDraft()) appStore.set({ screen: 'start' });
}
if (webTokenMissing) void setUiLanguage(navigator.language.toLowerCase().startsWith('en') ? 'en' : 'sv');
else void boot();
// Browser mode: the page keeps its key per tab; the address bar (history, screen shares) need not show it.
if (document.readyState === 'complete') hideWebTokenFromAddress();
else window.addEventListener('load', hideWebTokenFromAddress, { once: true });

const idle = (fn: () => void, timeout?: number) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout }) : setTimeout(fn, 0));
// Counts are written with Intl.NumberFormat, whose first use loads its locale's data (some 10 ms):
// done in an idle moment while the window waits for its draft (not before the draft is even asked
// for, as a timer would) rather than inside the draft's first frame.
idle(() => formatCount(0, i18next.language === 'en' ? 'en' : 'sv'));

// The dialogs' code is fetched once the window shows its first screen and has a moment to spare
// (after the first check), not while the draft itself is on its way.
const untilShown = appStore.subscribe(() => {
  if (appStore.get().screen === 'loading') return;
  untilShown();
  requestAnimationFrame(() => idle(() => void Promise.all([preloadDialogs(), loadPasteCleaner()]), 3000));
});

window.addEventListener('beforeunload', (e) => {
  if (docStore.get().dirty) e.preventDefault();
});

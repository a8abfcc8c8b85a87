import { bridge } from '../bridge';
import { i18next } from '../i18n';
import { appStore } from '../state/app-state';
import { docStore } from '../state/doc-state';

/** "<title> — KP Drafter •" (dot = unsaved), in the document title and the native window. */
export function installWindowTitle(): () => void {
  let last = '';
  const update = () => {
    const { draft, dirty } = docStore.get();
    const onEditor = appStore.get().screen === 'editor' && draft;
    const title = onEditor ? `${draft.title.trim() || i18next.t('app.untitled')} — KP Drafter${dirty ? ' •' : ''}` : 'KP Drafter';
    if (title === last) return;
    last = title;
    document.title = title;
    void bridge.invoke('window:state', { title, dirty: !!(onEditor && dirty) }).then((r) => {
      if (!r.ok && r.error.code !== 'not-available' && r.error.code !== 'app-gone') console.warn(`[kp] window:state: ${r.error.code}`);
    });
  };
  const a = docStore.subscribe(update);
  const b = appStore.subscribe(update);
  i18next.on('languageChanged', update);
  update();
  return () => {
    a();
    b();
    i18next.off('languageChanged', update);
  };
}

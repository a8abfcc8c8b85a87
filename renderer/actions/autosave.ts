import { bridge } from '../bridge';
import { docStore } from '../state/doc-state';
import { currentDraft, recoveryKey } from './draft-commands';

/** How long after the last change unsaved work is copied to the recovery area. */
export const AUTOSAVE_DELAY_MS = 3000;

/**
 * Autosave writes to the recovery area only (never over the user's file): a few seconds after
 * changes stop, and at once when the window loses focus. A clean save discards the copy.
 */
export function installAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSavedRevision = -1;
  let running = false;

  const flush = async () => {
    clearTimeout(timer);
    const { dirty, revision, path } = docStore.get();
    if (!dirty || revision === lastSavedRevision || running) return;
    const draft = currentDraft();
    if (!draft) return;
    running = true;
    try {
      const r = await bridge.invoke('recovery:save', { key: recoveryKey(draft), path, draft });
      if (r.ok) {
        lastSavedRevision = revision;
        docStore.set({ autosavedAt: r.value.savedAt });
      } else console.warn(`[kp] autosave failed: ${r.error.code}`);
    } finally {
      running = false;
    }
  };

  let seen = docStore.get().revision;
  const unsub = docStore.subscribe(() => {
    const { revision, dirty } = docStore.get();
    if (revision === seen) return;
    seen = revision;
    clearTimeout(timer);
    if (dirty) timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  });
  const onBlur = () => void flush();
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  window.addEventListener('blur', onBlur);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsub();
    clearTimeout(timer);
    window.removeEventListener('blur', onBlur);
    document.removeEventListener('visibilitychange', onHide);
  };
}

import { bridge } from '../bridge';
import { fieldsLocked } from '../review/lock';
import { appStore, notify, openDialog } from '../state/app-state';
import { messageFor } from '../messages';
import { docStore } from '../state/doc-state';
import type { AppError } from '../../core/result';
import { currentDraft, recoveryKey, writeOpenDraft } from './draft-commands';
import { answerForLiveCopy } from './live-copies';

/** How long after the last change unsaved work is copied to the recovery area. */
export const AUTOSAVE_DELAY_MS = 3000;
/** After a failed copy, the next try waits this long, doubling up to the maximum. */
const RETRY_FIRST_MS = 5000;
const RETRY_MAX_MS = 60_000;

/**
 * With settings.autosaveToFile on, the file itself is saved too, under the same conflict check as
 * Ctrl+S: a file changed on disk is never overwritten silently, the conflict dialog asks. Never in
 * review mode (the file is the author's) and never while a dialog is open.
 */
async function autosaveToFile(path: string): Promise<void> {
  const { settings, dialog } = appStore.get();
  if (!settings.autosaveToFile || fieldsLocked() || dialog) return;
  const r = await writeOpenDraft(path);
  if (r.ok) return;
  if (r.error.code === 'conflict' && !appStore.get().dialog) openDialog({ kind: 'conflict', path });
  else console.warn(`[kp] autosave to the file failed: ${r.error.code}`);
}

/**
 * A failed copy turns the status bar's "secured" into a warning. That the app itself is gone is
 * said once when it happens: the window cannot save anything, and the user must know before
 * typing on.
 */
function failed(error: AppError): void {
  console.warn(`[kp] autosave failed: ${error.code}`);
  const first = !docStore.get().autosaveFailed;
  docStore.set({ autosaveFailed: true });
  // Untrue once a copy reaches the app again (the status bar says "secured" then too).
  if (first && error.code === 'app-gone') notify('error', messageFor(error), undefined, { staleWhen: () => !docStore.get().autosaveFailed });
}

/**
 * Autosave writes to the recovery area (and over the user's file only when the setting says so):
 * a few seconds after changes stop, and at once when the window loses focus. A clean save
 * discards the copy.
 */
export function installAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSavedRevision = -1;
  let running = false;

  let retryMs = RETRY_FIRST_MS;

  const flush = async () => {
    clearTimeout(timer);
    const { dirty, revision, path, fingerprint } = docStore.get();
    if (!dirty || revision === lastSavedRevision || running) return;
    const draft = currentDraft();
    if (!draft) return;
    running = true;
    try {
      const r = await bridge.invoke('recovery:save', { key: recoveryKey(draft, path), path, draft, fingerprint });
      if (r.ok) {
        lastSavedRevision = revision;
        retryMs = RETRY_FIRST_MS;
        docStore.set({ autosavedAt: r.value.savedAt, autosaveFailed: false });
        if (path) await autosaveToFile(path);
      } else {
        failed(r.error);
        // Keep trying quietly: the status bar says the work is not secured until a try succeeds.
        timer = setTimeout(() => void flush(), retryMs);
        retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
      }
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
  const stopAnswering = answerForLiveCopy(() => {
    const { draft, path } = docStore.get();
    return draft ? recoveryKey(draft, path) : null;
  });
  return () => {
    unsub();
    stopAnswering();
    clearTimeout(timer);
    window.removeEventListener('blur', onBlur);
    document.removeEventListener('visibilitychange', onHide);
  };
}

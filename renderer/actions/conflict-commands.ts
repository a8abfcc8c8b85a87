import type { RecoveryReason } from '../../core/ipc/contract';
import { bridge } from '../bridge';
import { text } from '../i18n/text-key';
import { notify, openDialog } from '../state/app-state';
import { docStore } from '../state/doc-state';
import { currentDraft, recoveryKey, saveTo, showError, startDraft, writeOpenDraft } from './draft-commands';
import { keptAsideKey } from './recovery-key';

/**
 * The three ways out of a save conflict (the file changed on disk since this window read it).
 * Whichever the user picks, the window's unsaved work is in the recovery area first, so no
 * choice can lose it.
 */

const t = text;
const baseName = (p: string) => p.split(/[\\/]/).pop() || p;

/** Writes the open draft to the recovery area under `key` now (not waiting for autosave). */
async function keepInRecovery(key: string, reason?: RecoveryReason): Promise<boolean> {
  const draft = currentDraft();
  if (!draft) return false;
  const { path, fingerprint } = docStore.get();
  const r = await bridge.invoke('recovery:save', { key, path, draft, fingerprint, ...(reason ? { reason } : {}) });
  if (!r.ok) showError(r.error);
  return r.ok;
}

/**
 * Keep both: the open draft goes to `copy`, the free name beside the changed file that the dialog
 * showed (draft:conflict-info), and nowhere else. False when something took that name meanwhile:
 * nothing was written, and the dialog asks again with the next free name.
 */
export async function keepBothCopies(copy: string): Promise<boolean> {
  // Not the open file's path, so the save only succeeds where no file exists yet.
  const r = await writeOpenDraft(copy);
  if (!r.ok && r.error.code === 'conflict') return false;
  if (!r.ok) {
    showError({ ...r.error, path: r.error.path ?? copy });
    return true;
  }
  openDialog(null);
  notify('info', t('conflict.keptBoth', { name: baseName(copy) }));
  return true;
}

/** Save here again: the file was moved or deleted, so the open draft is written back at its path (only while nothing is there). */
export async function saveBackHere(path: string): Promise<void> {
  if (await saveTo(path, { expectNoFile: true })) openDialog(null);
}

/** Overwrite: the user's version replaces the file (its changed content is kept as a backup). */
export async function overwriteChangedFile(path: string): Promise<void> {
  const draft = currentDraft();
  if (!draft || !(await keepInRecovery(recoveryKey(draft)))) return;
  if (await saveTo(path, { overwrite: true })) openDialog(null);
}

/**
 * Reload: the file's version from disk replaces the open draft. The unsaved work is set aside under
 * its own recovery key first (the window's usual key will hold the reloaded file's future edits),
 * and the file is read before anything in the window changes.
 */
export async function reloadFromDisk(path: string): Promise<void> {
  const draft = currentDraft();
  if (!draft) return;
  const usual = recoveryKey(draft);
  if (docStore.get().dirty && !(await keepInRecovery(keptAsideKey(usual, Date.now()), 'set-aside'))) return;
  const r = await bridge.invoke('draft:open', { path });
  if (!r.ok) return showError({ ...r.error, path: r.error.path ?? path });
  void bridge.invoke('recovery:discard', { key: usual });
  openDialog(null);
  startDraft(r.value.draft, r.value.path, { fingerprint: r.value.fingerprint ?? null });
  notify('info', t('conflict.reloaded'));
}

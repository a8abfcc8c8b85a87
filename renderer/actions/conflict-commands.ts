import { bridge } from '../bridge';
import { dirOf, joinPath } from '../dialogs/modal';
import { text } from '../i18n/text-key';
import { notify, openDialog } from '../state/app-state';
import { docStore } from '../state/doc-state';
import { currentDraft, recoveryKey, saveTo, showError, startDraft, writeOpenDraft } from './draft-commands';
import { numberedName } from './copy-name';
import { keptAsideKey } from './recovery-key';

/**
 * The three ways out of a save conflict (the file changed on disk since this window read it).
 * Whichever the user picks, the window's unsaved work is in the recovery area first, so no
 * choice can lose it.
 */

const t = text;
const MAX_COPIES = 99;

/** Writes the open draft to the recovery area under `key` now (not waiting for autosave). */
async function keepInRecovery(key: string): Promise<boolean> {
  const draft = currentDraft();
  if (!draft) return false;
  const { path, fingerprint } = docStore.get();
  const r = await bridge.invoke('recovery:save', { key, path, draft, fingerprint });
  if (!r.ok) showError(r.error);
  return r.ok;
}

/** Keep both: the open draft goes to a new file beside the changed one, which stays as it is. */
export async function keepBothCopies(path: string): Promise<void> {
  const folder = dirOf(path);
  const name = path.slice(folder.length + 1) || path;
  for (let k = 1; k <= MAX_COPIES; k++) {
    const target = joinPath(folder, numberedName(name, k));
    // Not the open file's path, so the save only succeeds where no file exists yet.
    const r = await writeOpenDraft(target);
    if (r.ok) {
      openDialog(null);
      notify('info', t('conflict.keptBoth', { name: numberedName(name, k) }));
      return;
    }
    if (r.error.code !== 'conflict') return showError({ ...r.error, path: r.error.path ?? target });
  }
  // Every numbered name is taken: let the user pick one.
  openDialog({ kind: 'save-as' });
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
  if (docStore.get().dirty && !(await keepInRecovery(keptAsideKey(usual, Date.now())))) return;
  const r = await bridge.invoke('draft:open', { path });
  if (!r.ok) return showError({ ...r.error, path: r.error.path ?? path });
  void bridge.invoke('recovery:discard', { key: usual });
  openDialog(null);
  startDraft(r.value.draft, r.value.path, { fingerprint: r.value.fingerprint ?? null });
  notify('info', t('conflict.reloaded'));
}

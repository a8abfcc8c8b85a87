import { bridge } from '../bridge';
import { checkNow } from '../findings/live-checks';
import { appStore, openDialog } from '../state/app-state';
import { docStore, updateFields } from '../state/doc-state';
import { linkedStore } from '../state/linked-state';

/** Reads the linked draft (read-only) and checks the open one again with what was read. */
export async function readLinked(file: string): Promise<void> {
  const r = await bridge.invoke('linked:read', { path: file });
  linkedStore.set({ read: { file, result: r.ok ? { ok: true, summary: r.value } : { ok: false, code: r.error.code } } });
  const draft = docStore.get().draft;
  // The title is remembered, so a link that can no longer be read is still named by it.
  if (r.ok && draft?.linkedDraft?.file === file && draft.linkedDraft.title !== r.value.title) {
    updateFields((d) => ({ ...d, linkedDraft: { file, title: r.value.title } }));
  }
  checkNow();
}

/** Links the open draft to the draft in `file` (only the path and its title are remembered). */
export function setLinkedFile(file: string): void {
  updateFields((d) => ({ ...d, linkedDraft: { file, title: d.linkedDraft?.file === file ? d.linkedDraft.title : '' } }));
  void readLinked(file);
}

export function removeLink(): void {
  updateFields((d) => ({ ...d, linkedDraft: null }));
  linkedStore.set({ read: null });
  checkNow();
}

/**
 * Lets the user choose the draft submitted with this one: the native open-draft dialog in
 * Electron, the in-app picker in browser mode.
 */
export async function chooseLinkedDraft(title: string): Promise<void> {
  if (appStore.get().mode === 'web') {
    openDialog({ kind: 'linked-draft', title });
    return;
  }
  const r = await bridge.invoke('dialog:open-draft', {});
  if (r.ok && r.value.path) setLinkedFile(r.value.path);
}

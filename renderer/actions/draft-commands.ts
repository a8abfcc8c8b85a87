import type { ComponentId, DocumentLanguage, Draft } from '../../core/draft/schema';
import type { AppError } from '../../core/result';
import { bridge } from '../bridge';
import { loadSectionEditors, assembleDraft } from '../editor/session';
import { i18next } from '../i18n';
import { messageFor } from '../messages';
import { appStore, notify, openDialog } from '../state/app-state';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { loadReview, withComments } from '../review/review-session';
import { mayReplaceUnreadable, showOpenError } from '../versions/unreadable';

/** Draft lifecycle commands: new, open, save, save as, restore. Every failure ends in a message, never a lost draft. */

const t = (k: string, o?: Record<string, unknown>) => i18next.t(k, o);

export function showError(error: AppError): void {
  if (error.code === 'cancelled') return;
  notify('error', messageFor(error));
}

/** A recovery key for a draft (the id when it is safe as a file name). */
export function recoveryKey(draft: Draft): string {
  return /^[A-Za-z0-9_-]{1,100}$/.test(draft.id) ? draft.id : draft.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 100) || 'draft';
}

/** Shows a draft in the editor. */
export function startDraft(draft: Draft, path: string | null, opts: { dirty?: boolean } = {}): void {
  loadSectionEditors(draft, templateSections(draft.component));
  loadReview(draft, path);
  docStore.set({
    draft, path, dirty: opts.dirty ?? false, savedAt: null, autosavedAt: null, undo: [], redo: [],
    revision: docStore.get().revision + 1, generation: docStore.get().generation + 1,
  });
  appStore.set({ screen: 'editor', dialog: null });
}

/** True when it is fine to replace the open draft (nothing unsaved, or the user agrees). */
export function mayDiscardOpenDraft(): boolean {
  const { draft, dirty } = docStore.get();
  if (!draft || !dirty) return true;
  return window.confirm(t('dialogs.discardChanges', { title: draft.title || t('app.untitled') }));
}

export async function newDraft(o: { component?: ComponentId; editionId?: string; documentLanguage?: DocumentLanguage } = {}): Promise<void> {
  const r = await bridge.invoke('draft:new', o);
  if (!r.ok) return showError(r.error);
  startDraft(r.value.draft, null, { dirty: false });
}

let opening = 0;
/** True while a draft is being read: the window shows "loading" rather than the start screen meanwhile. */
export const isOpeningDraft = () => opening > 0;

export async function openPath(path: string): Promise<void> {
  if (!mayDiscardOpenDraft()) return;
  opening++;
  let r: Awaited<ReturnType<typeof bridge.invoke<'draft:open'>>>;
  try {
    r = await bridge.invoke('draft:open', { path });
  } finally {
    opening--;
  }
  if (!r.ok) {
    if (appStore.get().screen === 'loading' && !isOpeningDraft()) appStore.set({ screen: 'start' });
    // A file that cannot be read may have a readable backup: the message offers it.
    return showOpenError({ ...r.error, path: r.error.path ?? path }, path);
  }
  startDraft(r.value.draft, r.value.path);
}

export async function openDraftCommand(): Promise<void> {
  if (appStore.get().mode === 'electron') {
    const r = await bridge.invoke('dialog:open-draft', {});
    if (!r.ok) return showError(r.error);
    if (r.value.path) await openPath(r.value.path);
    return;
  }
  openDialog({ kind: 'open-file' });
}

/** The draft as it is now, text included. */
export function currentDraft(): Draft | null {
  const fields = docStore.get().draft;
  return fields ? withComments(assembleDraft(fields)) : null;
}

export async function saveTo(path: string): Promise<boolean> {
  const draft = currentDraft();
  if (!draft || !mayReplaceUnreadable(path)) return false;
  const revision = docStore.get().revision;
  const r = await bridge.invoke('draft:save', { path, draft });
  if (!r.ok) {
    showError({ ...r.error, path: r.error.path ?? path });
    return false;
  }
  docStore.set((s) => ({
    path: r.value.path,
    savedAt: r.value.savedAt,
    // Edits made while the file was being written keep the draft dirty.
    dirty: s.revision !== revision,
    draft: s.draft ? { ...s.draft, modifiedAt: draft.modifiedAt } : s.draft,
  }));
  if (docStore.get().dirty === false) void bridge.invoke('recovery:discard', { key: recoveryKey(draft) });
  notify('info', t('dialogs.saved', { path: r.value.path }));
  return true;
}

export function suggestedName(ext: string): string {
  const title = docStore.get().draft?.title.trim() || t('app.untitled');
  return `${title.replace(/[\\/:*?"<>|]+/g, '-').slice(0, 120)}${ext}`;
}

export async function saveAsCommand(then?: 'export'): Promise<boolean> {
  if (appStore.get().mode === 'electron') {
    const r = await bridge.invoke('dialog:save-draft', { suggestedName: suggestedName('.kpdraft') });
    if (!r.ok) {
      showError(r.error);
      return false;
    }
    return r.value.path ? saveTo(r.value.path) : false;
  }
  openDialog(then ? { kind: 'save-as', then } : { kind: 'save-as' });
  return false;
}

export async function saveCommand(): Promise<boolean> {
  const { path } = docStore.get();
  return path ? saveTo(path) : saveAsCommand();
}

export async function restoreRecovery(key: string): Promise<void> {
  if (!mayDiscardOpenDraft()) return;
  const r = await bridge.invoke('recovery:load', { key });
  if (!r.ok) return showError(r.error);
  startDraft(r.value.draft, r.value.path, { dirty: true });
}

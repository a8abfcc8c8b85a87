import type { ComponentId, DocumentLanguage, Draft } from '../../core/draft/schema';
import type { DiskFingerprint } from '../../core/ipc/contract';
import { err, ok, type AppError, type Result } from '../../core/result';
import { bridge } from '../bridge';
import { resetFind } from '../editor/find';
import { loadSectionEditors, assembleDraft } from '../editor/session';
import { text } from '../i18n/text-key';
import { messageFor } from '../messages';
import { appStore, dropDocumentNotices, notify, openDialog } from '../state/app-state';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { loadReview, withComments } from '../review/review-session';
import { requestRole } from '../review/roles';
import { recoveryKeyFor, windowSessionId } from './recovery-key';
import { forgetUnreadableFile, isUnreadableFile, showOpenError } from '../versions/unreadable';

/** Draft lifecycle commands: new, open, save, save as, restore. Every failure ends in a message, never a lost draft. */

const t = text;

export function showError(error: AppError, o: { during?: 'export'; topic?: string } = {}): void {
  if (error.code === 'cancelled') return;
  notify('error', messageFor(error, o), undefined, o.topic ? { topic: o.topic } : {});
}

const newSessionId = () =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `w${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
/** This window's session (per window or tab; a reload keeps it). */
export const windowSession = windowSessionId(typeof sessionStorage === 'undefined' ? null : sessionStorage, newSessionId);

/** The key of this window's recovery copy of a draft at a path (default: the open one). */
export function recoveryKey(draft: Pick<Draft, 'id'>, path: string | null = docStore.get().path): string {
  return recoveryKeyFor(windowSession, path, draft);
}

/** Shows a draft in the editor; `fingerprint` is what its file held when it was read. */
export function startDraft(draft: Draft, path: string | null, opts: { dirty?: boolean; fingerprint?: DiskFingerprint | null } = {}): void {
  dropDocumentNotices();
  resetFind();
  loadSectionEditors(draft, templateSections(draft.component));
  loadReview(draft, path);
  docStore.set({
    draft, path, fingerprint: opts.fingerprint ?? null, dirty: opts.dirty ?? false, savedAt: null, autosavedAt: null, autosaveFailed: false, undo: [], redo: [],
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

export async function newDraft(o: { component?: ComponentId; editionId?: string; documentLanguage?: DocumentLanguage; submissionDate?: string } = {}): Promise<void> {
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
  startDraft(r.value.draft, r.value.path, { fingerprint: r.value.fingerprint ?? null });
}

/**
 * "Öppna…": the file opens for writing, whatever role it was last used in; only a reopen from the
 * recent list or the command line takes the remembered role ("Öppna för granskning…" asks for review).
 */
export async function openAsAuthor(path: string): Promise<void> {
  requestRole('author');
  await openPath(path).finally(() => requestRole(null));
}

export async function openDraftCommand(): Promise<void> {
  if (appStore.get().mode === 'electron') {
    const r = await bridge.invoke('dialog:open-draft', {});
    if (!r.ok) return showError(r.error);
    if (r.value.path) await openAsAuthor(r.value.path);
    return;
  }
  openDialog({ kind: 'open-file' });
}

/** The draft as it is now, text included. */
export function currentDraft(): Draft | null {
  const fields = docStore.get().draft;
  return fields ? withComments(assembleDraft(fields)) : null;
}

export interface SaveOptions {
  /**
   * Replace whatever the file holds: the user confirmed it (a Save As dialog, or "overwrite" after
   * a conflict). Otherwise the open file must still hold what this window read, and any other
   * path must not exist yet; else the conflict dialog asks.
   */
  overwrite?: boolean;
  /** Write only where no file is now, even at the open file's path (it was moved or deleted: write it back). */
  expectNoFile?: boolean;
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Writes the open draft to `path` and records it as the window's file; the raw result, no UI.
 * One save at a time per window: a second save (autosave to the file during Ctrl+S) must expect
 * what the first one wrote, or it would take the window's own save for someone else's change.
 */
export function writeOpenDraft(path: string, o: SaveOptions = {}): Promise<Result<{ path: string }>> {
  const run = saving.then(() => writeNow(path, o));
  saving = run.catch(() => undefined);
  return run;
}

async function writeNow(path: string, o: SaveOptions): Promise<Result<{ path: string }>> {
  const draft = currentDraft();
  if (!draft) return err('cancelled', 'no draft is open');
  // A backup opened for a file that could not be read replaces that file only when the user chose
  // it (saveTo asks); autosave to the file never does.
  if (!o.overwrite && isUnreadableFile(path)) return err('cancelled', 'the unreadable file is kept until the user chooses to replace it', path);
  const before = docStore.get();
  const expected = path === before.path && !o.expectNoFile ? before.fingerprint : null;
  const r = await bridge.invoke('draft:save', { path, draft, ...(o.overwrite ? { overwrite: true } : { expected }) });
  if (!r.ok) return r;
  forgetUnreadableFile(path);
  docStore.set((s) => ({
    path: r.value.path,
    fingerprint: r.value.fingerprint ?? null,
    savedAt: r.value.savedAt,
    // What was written is safe on disk; a warning about an earlier failed copy no longer holds.
    autosaveFailed: false,
    // Edits made while the file was being written keep the draft dirty.
    dirty: s.revision !== before.revision,
    draft: s.draft ? { ...s.draft, modifiedAt: draft.modifiedAt } : s.draft,
  }));
  if (docStore.get().dirty === false) {
    // Only this window's copies: another window's unsaved work on a draft with the same id stays.
    const keys = new Set([recoveryKey(draft, before.path), recoveryKey(draft, r.value.path)]);
    for (const key of keys) void bridge.invoke('recovery:discard', { key });
  }
  return ok(r.value);
}

/**
 * Saves the open draft to `path`; a file changed on disk meanwhile opens the conflict dialog, and
 * an unreadable file (whose backup is open) is replaced only after the user says so.
 */
export async function saveTo(path: string, o: SaveOptions = {}): Promise<boolean> {
  if (!o.overwrite && isUnreadableFile(path)) {
    openDialog({ kind: 'replace-unreadable', path });
    return false;
  }
  const r = await writeOpenDraft(path, o);
  if (!r.ok) {
    if (r.error.code === 'conflict') openDialog({ kind: 'conflict', path });
    else showError({ ...r.error, path: r.error.path ?? path }, { topic: 'save' });
    return false;
  }
  // A save that works replaces the message of one that failed; "Sparat" itself goes with the next change.
  notify('info', t('dialogs.saved', { path: r.value.path }), undefined, { topic: 'save', staleWhen: () => docStore.get().dirty });
  return true;
}

/** The name Save As and Export suggest: the open file's own name, as in Word; else one from the title. */
export function suggestedName(ext: string): string {
  const { path, draft } = docStore.get();
  const own = path?.split(/[\\/]/).pop()?.replace(/\.kpdraft$/i, '');
  if (own) return `${own}${ext}`;
  const title = draft?.title.trim() || t('app.untitled');
  return `${title.replace(/[\\/:*?"<>|]+/g, '-').slice(0, 120)}${ext}`;
}

export async function saveAsCommand(then?: 'export'): Promise<boolean> {
  if (appStore.get().mode === 'electron') {
    const r = await bridge.invoke('dialog:save-draft', { suggestedName: suggestedName('.kpdraft') });
    if (!r.ok) {
      showError(r.error);
      return false;
    }
    // The save dialog already asked before replacing an existing file.
    return r.value.path ? saveTo(r.value.path, { overwrite: true }) : false;
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
  startDraft(r.value.draft, r.value.path, { dirty: true, fingerprint: r.value.fingerprint ?? null });
  // The copy now belongs to this window: kept under its key, so its saves and crashes find it.
  const own = recoveryKey(r.value.draft, r.value.path);
  if (own === key) return;
  const moved = await bridge.invoke('recovery:save', { key: own, path: r.value.path, draft: r.value.draft, fingerprint: r.value.fingerprint ?? null });
  if (moved.ok) void bridge.invoke('recovery:discard', { key });
}

import { useReview } from '../review/review-state';
import { deferred } from './deferred';

// The dialogs, loaded apart from the start-up bundle (see deferred.tsx): none is open in a
// window's first frame. `preloadDialogs()` fetches them all once the window is idle.
export const ConflictDialog = deferred(() => import('./conflict-dialog').then((m) => m.ConflictDialog));
export const ExportDialog = deferred(() => import('./export-dialog').then((m) => m.ExportDialog));
export const FilePicker = deferred(() => import('./file-picker').then((m) => m.FilePicker));
export const LinkDialog = deferred(() => import('./link-dialog').then((m) => m.LinkDialog));
export const VersionsDialog = deferred(() => import('../versions/versions-dialog').then((m) => m.VersionsDialog));
export const SubmitDialog = deferred(() => import('../submit/submit-dialog').then((m) => m.SubmitDialog));
export const FormViewDialog = deferred(() => import('../submit/form-view').then((m) => m.FormViewDialog));
export const SettingsDialog = deferred(() => import('./settings-dialog').then((m) => m.SettingsDialog));
export const ReplaceUnreadableDialog = deferred(() => import('../versions/unreadable-dialog').then((m) => m.ReplaceUnreadableDialog));
const LoadedReviewDialogs = deferred(() => import('../review/review-dialogs').then((m) => m.ReviewDialogs));

/**
 * Review's dialogs, which the window always has in place: their code is asked for only once one
 * of them is open (or by the preload), not at the first frame, when it would compete with the draft.
 */
export function ReviewDialogs() {
  const open = useReview((s) => s.dialog !== null);
  return open ? <LoadedReviewDialogs /> : null;
}

const all = [ConflictDialog, ExportDialog, SubmitDialog, FormViewDialog, FilePicker, LinkDialog, SettingsDialog, VersionsDialog, ReplaceUnreadableDialog, LoadedReviewDialogs];

/** Loads every dialog's module now (they are small; the first one opened then shows at once). */
export function preloadDialogs(): Promise<void> {
  return Promise.all(all.map((d) => d.preload())).then(() => undefined);
}

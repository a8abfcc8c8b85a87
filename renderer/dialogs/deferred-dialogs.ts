import { deferred } from './deferred';

// The dialogs, loaded apart from the start-up bundle (see deferred.tsx): none is open in a
// window's first frame. `preloadDialogs()` fetches them all once the window is idle.
export const ConflictDialog = deferred(() => import('./conflict-dialog').then((m) => m.ConflictDialog));
export const ExportDialog = deferred(() => import('./export-dialog').then((m) => m.ExportDialog));
export const FilePicker = deferred(() => import('./file-picker').then((m) => m.FilePicker));
export const LinkDialog = deferred(() => import('./link-dialog').then((m) => m.LinkDialog));
export const VersionsDialog = deferred(() => import('../versions/versions-dialog').then((m) => m.VersionsDialog));
export const ReplaceUnreadableDialog = deferred(() => import('../versions/unreadable-dialog').then((m) => m.ReplaceUnreadableDialog));
export const ReviewDialogs = deferred(() => import('../review/review-dialogs').then((m) => m.ReviewDialogs));

const all = [ConflictDialog, ExportDialog, FilePicker, LinkDialog, VersionsDialog, ReplaceUnreadableDialog, ReviewDialogs];

/** Loads every dialog's module now (they are small; the first one opened then shows at once). */
export function preloadDialogs(): Promise<void> {
  return Promise.all(all.map((d) => d.preload())).then(() => undefined);
}

import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { Handlers } from '../../core/ipc/dispatch';
import { ok } from '../../core/result';
import type { MainStrings } from './strings';

type DialogChannel = 'dialog:open-draft' | 'dialog:open-docx' | 'dialog:save-draft' | 'dialog:export-docx' | 'dialog:export-xlsx' | 'dialog:open-review-copies' | 'dialog:open-annex';

/**
 * A file name from a draft title: no folders, no characters Windows forbids, no trailing dots or
 * spaces, not empty, not absurdly long.
 */
export function safeFileName(suggested: string, fallback: string): string {
  const cleaned = suggested
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 120)
    .trim();
  return cleaned === '' || /^\.+$/.test(cleaned) ? fallback : cleaned;
}

/** Adds the extension when the user typed a name without it (GTK's dialog does not add it). */
export function withExtension(path: string, ext: string): string {
  return path.toLowerCase().endsWith(`.${ext}`) ? path : `${path}.${ext}`;
}

/**
 * The native open/save dialogs, modal to the asking window. A cancelled dialog answers
 * `{ path: null }`: cancelling is not an error.
 */
export function createDialogHandlers(
  win: BrowserWindow,
  strings: () => MainStrings,
  draftsDir: string,
): Pick<Handlers, DialogChannel> {
  return {
    'dialog:open-draft': async () => {
      const s = strings();
      const r = await dialog.showOpenDialog(win, {
        title: s.openTitle,
        defaultPath: draftsDir,
        properties: ['openFile'],
        filters: [{ name: s.draftFilter, extensions: ['kpdraft'] }],
      });
      return ok({ path: r.canceled ? null : (r.filePaths[0] ?? null) });
    },
    'dialog:open-docx': async () => {
      const s = strings();
      const r = await dialog.showOpenDialog(win, {
        title: s.importTitle,
        defaultPath: draftsDir,
        properties: ['openFile'],
        filters: [{ name: s.wordFilter, extensions: ['docx'] }],
      });
      return ok({ path: r.canceled ? null : (r.filePaths[0] ?? null) });
    },
    'dialog:open-review-copies': async () => {
      const s = strings();
      const r = await dialog.showOpenDialog(win, {
        title: s.reviewCopiesTitle,
        defaultPath: draftsDir,
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: s.draftFilter, extensions: ['kpdraft'] }],
      });
      return ok({ paths: r.canceled ? [] : r.filePaths });
    },
    'dialog:open-annex': async ({ title }) => {
      const r = await dialog.showOpenDialog(win, { title, defaultPath: draftsDir, properties: ['openFile'] });
      return ok({ path: r.canceled ? null : (r.filePaths[0] ?? null) });
    },
    'dialog:save-draft': async ({ suggestedName }) => {
      const s = strings();
      const r = await dialog.showSaveDialog(win, {
        title: s.saveTitle,
        defaultPath: join(draftsDir, `${safeFileName(suggestedName, s.untitled)}.kpdraft`),
        filters: [{ name: s.draftFilter, extensions: ['kpdraft'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return ok({ path: r.canceled || !r.filePath ? null : withExtension(r.filePath, 'kpdraft') });
    },
    'dialog:export-docx': async ({ suggestedName }) => {
      const s = strings();
      const r = await dialog.showSaveDialog(win, {
        title: s.exportTitle,
        defaultPath: join(draftsDir, `${safeFileName(suggestedName, s.untitled)}.docx`),
        filters: [{ name: s.wordFilter, extensions: ['docx'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (r.canceled || !r.filePath) return ok({ path: null });
      const path = withExtension(r.filePath, 'docx');
      // The dialog asked about replacing the name it returned; a name it returned without the
      // extension was never checked with it, so the window asks itself if that file exists.
      return ok({ path, replaceConfirmed: path === r.filePath });
    },
    'dialog:export-xlsx': async ({ suggestedName }) => {
      const s = strings();
      const r = await dialog.showSaveDialog(win, {
        title: s.exportBudgetTitle,
        defaultPath: join(draftsDir, `${safeFileName(suggestedName, s.untitled)}.xlsx`),
        filters: [{ name: s.spreadsheetFilter, extensions: ['xlsx'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (r.canceled || !r.filePath) return ok({ path: null });
      const path = withExtension(r.filePath, 'xlsx');
      return ok({ path, replaceConfirmed: path === r.filePath });
    },
  };
}

import type { AppError } from '../../core/result';
import type { VersionEntry } from '../../core/ipc/contract';
import { bridge } from '../bridge';
import { mayDiscardOpenDraft, showError, startDraft } from '../actions/draft-commands';
import { i18next } from '../i18n';
import { text } from '../i18n/text-key';
import { messageFor } from '../messages';
import { notify } from '../state/app-state';
import { formatWhen } from './format';

/**
 * A draft file that cannot be read is not a dead end: the message offers the file's newest
 * readable backup, opened as unsaved work under the file's own path. The first save then asks
 * (unreadable-dialog.tsx) before it replaces the unreadable file, which the save keeps among the backups.
 */

/** Errors about the file's content, where an earlier version may well read. */
const CONTENT_PROBLEMS = new Set<AppError['code']>(['file-corrupt', 'draft-invalid', 'draft-unknown-field', 'file-binary', 'file-not-draft', 'file-too-large']);

/** Files opened from a backup because they could not be read; saving over one asks first. */
const unreadable = new Set<string>();

const t = text;
/** The file's name in the quotes of the UI language. */
export const quotedName = (path: string) => {
  const q = i18next.language === 'en' ? ['“', '”'] : ['”', '”'];
  return `${q[0]}${path.split(/[\\/]/).pop() || path}${q[1]}`;
};

/** Shows why a file could not be opened, offering its newest readable backup when there is one. */
export async function showOpenError(error: AppError, path: string): Promise<void> {
  if (!CONTENT_PROBLEMS.has(error.code)) return showError(error);
  const r = await bridge.invoke('versions:newest-readable', { path });
  const entry = r.ok ? r.value.entry : null;
  if (!entry) return showError(error);
  const time = formatWhen(entry.takenAt, i18next.language);
  notify('error', messageFor(error), [{ label: t('versions.openBackup', { time }), run: () => void openBackup(entry, path) }]);
}

async function openBackup(entry: VersionEntry, path: string): Promise<void> {
  if (!mayDiscardOpenDraft()) return;
  const r = await bridge.invoke('versions:load', { id: entry.id });
  if (!r.ok) return showError(r.error);
  unreadable.add(path);
  startDraft(r.value.draft, path, { dirty: true });
  notify('info', t('versions.openedBackup', { time: formatWhen(entry.takenAt, i18next.language), file: quotedName(path) }));
}

/** True when `path` is an unreadable file whose backup is open: only an explicit choice writes over it. */
export const isUnreadableFile = (path: string): boolean => unreadable.has(path);

/** After a save wrote over `path`, it is an ordinary file again. */
export function forgetUnreadableFile(path: string): void {
  unreadable.delete(path);
}

import { open, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import {
  DRAFT_FILE_EXTENSION,
  MAX_DRAFT_FILE_BYTES,
  MAX_LIST_DEPTH,
  MAX_NESTING_DEPTH,
  exceedsNestingDepth,
  hasDraftExtension,
  parseDraftFile,
  serializeDraft,
} from '../../core/draft/file-format';
import { Draft } from '../../core/draft/schema';
import type { DiskFingerprint } from '../../core/ipc/contract';
import { err, ok, type Result } from '../../core/result';
import { keepBackup } from './backups';
import { checkUnchangedOnDisk, fingerprintOfWritten } from './disk-fingerprint';
import { removeStaleTempFiles, writeAtomic } from './draft-files-safe-write';
import { oneSaveAtATime } from './save-queue';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes and parses the bytes of a `.kpdraft` file. Binary data (NUL bytes, invalid UTF-8) is
 * refused rather than decoded with replacement characters, which would silently alter the text.
 * Total: never throws.
 */
export function parseDraftBytes(bytes: Uint8Array): Result<Draft> {
  if (bytes.includes(0)) return err('file-binary', 'the file holds binary data, not a draft (it may be damaged)');
  let text: string;
  try {
    text = utf8.decode(bytes); // also drops a UTF-8 byte-order mark (some editors add one)
  } catch {
    return err('file-binary', 'the file is not UTF-8 text (it may be damaged or be another kind of file)');
  }
  return parseDraftFile(text);
}

/**
 * Reads and validates a `.kpdraft` file, migrating older formats. Never throws; never writes.
 * The size is checked before anything is read, so a huge file cannot freeze or exhaust the app.
 */
export async function readDraftFile(path: string): Promise<Result<Draft>> {
  if (!hasDraftExtension(path)) {
    return err('wrong-extension', `only ${DRAFT_FILE_EXTENSION} files can be opened as drafts`, path);
  }
  const bytes = await readDraftBytes(path);
  if (!bytes.ok) return bytes;
  const parsed = parseDraftBytes(bytes.value);
  return parsed.ok ? parsed : err(parsed.error.code, parsed.error.message, path);
}

/**
 * Reads a whole file of at most `limit` bytes (MAX_DRAFT_FILE_BYTES unless given), checking the
 * size before reading. Errors are coded (file-not-found, file-unreadable, file-too-large). Never throws.
 */
export async function readDraftBytes(path: string, limit = MAX_DRAFT_FILE_BYTES): Promise<Result<Uint8Array>> {
  try {
    // stat first: opening a FIFO or device would block or never end.
    const info = await stat(path);
    if (info.isDirectory()) return err('file-unreadable', 'this is a folder, not a draft file', path);
    if (!info.isFile()) return err('file-unreadable', 'this is not a regular file', path);
    if (info.size > limit) return tooLarge(info.size, limit, path);
    const handle = await open(path, 'r');
    try {
      // The file may have grown since stat: read at most one byte past the cap, and judge by that.
      const buffer = new Uint8Array(Math.min((await handle.stat()).size, limit) + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > limit) return tooLarge(filled, limit, path);
      return ok(buffer.subarray(0, filled));
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return err('file-not-found', 'the file does not exist (it may have been moved or deleted)', path);
    if (code === 'EACCES' || code === 'EPERM') return err('file-unreadable', 'you do not have permission to read the file', path);
    if (code === 'EISDIR') return err('file-unreadable', 'this is a folder, not a draft file', path);
    return err('file-unreadable', `the file could not be read (${code ?? 'unknown error'})`, path);
  }
}

const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);

function tooLarge(size: number, limit: number, path: string) {
  return err('file-too-large', `the file is ${mb(size)} MB; drafts larger than ${mb(limit)} MB are not opened`, path);
}

const encoder = new TextEncoder();
const unchanged = 'nothing was written and the file on disk is unchanged';

/**
 * The exact bytes a save of `draft` would write, once they are known to pass the checks the
 * loader applies (size, nesting depth, format) and to reopen as this very draft; otherwise a
 * coded refusal saying why. Pure computation: it runs before anything touches the disk, so a
 * refused save leaves no backup, no temp file and the old file as it was.
 */
export function bytesToSave(draft: Draft, path?: string): Result<Uint8Array> {
  // The loader counts the draft as level 1 (see parseDraftData).
  if (exceedsNestingDepth(draft, MAX_NESTING_DEPTH)) {
    return err('draft-too-deep', `lists are nested too deep for a draft file to hold (the editor allows ${MAX_LIST_DEPTH} levels); ${unchanged}`, path);
  }
  // Written in the schema's key order, which is also the order a reopened draft has.
  const canonical = Draft.safeParse(draft);
  if (!canonical.success) return err('draft-not-reopenable', `the draft does not match the file format; ${unchanged}`, path);
  const text = serializeDraft(canonical.data);
  const bytes = encoder.encode(text);
  if (bytes.length > MAX_DRAFT_FILE_BYTES) {
    return err('draft-too-large', `the file would be ${mb(bytes.length)} MB; drafts larger than ${mb(MAX_DRAFT_FILE_BYTES)} MB cannot be opened, so ${unchanged}`, path);
  }
  const reopened = parseDraftBytes(bytes);
  if (!reopened.ok) return err('draft-not-reopenable', `the file would not open again (${reopened.error.message}); ${unchanged}`, path);
  if (serializeDraft(reopened.value) !== text) {
    return err('draft-not-reopenable', `the file would not open again as the same draft; ${unchanged}`, path);
  }
  return ok(bytes);
}

export interface WriteDraftOptions {
  /** Keep the file's previous content in the recovery area before replacing it. */
  backups?: { userDataDir: string; keep: number };
  /** What the file must still hold (null: no file there), else `conflict` and nothing is written. */
  expected?: DiskFingerprint | null;
  /**
   * Runs in the file's turn (after every earlier save of it has finished), before the backup and
   * the write; an error stops the save with nothing written. For checks that must see the file
   * as the save will replace it, such as whether it changed on disk since it was opened.
   */
  precondition?: () => Promise<Result<unknown>>;
}

/**
 * Saves a draft atomically and durably: a temp file in the same folder is written and fsynced,
 * then renamed over the target, then the folder is fsynced. A draft that would not reopen is
 * refused before anything is written (bytesToSave). Saves of one file run one at a time, in the
 * order issued. On any failure the file on disk is exactly what it was before, and the error is
 * coded (draft-too-large, read-only, disk-full, folder-not-found …).
 */
export function writeDraftFile(
  path: string,
  draft: Draft,
  options: WriteDraftOptions = {},
): Promise<Result<{ savedAt: string; fingerprint: DiskFingerprint }>> {
  if (!hasDraftExtension(path)) {
    return Promise.resolve(err('wrong-extension', `drafts are saved only under names ending in ${DRAFT_FILE_EXTENSION}`, path));
  }
  const bytes = bytesToSave(draft, path);
  if (!bytes.ok) return Promise.resolve(bytes);
  return oneSaveAtATime(path, () => replaceFile(path, bytes.value, options));
}

async function replaceFile(path: string, bytes: Uint8Array, options: WriteDraftOptions): Promise<Result<{ savedAt: string; fingerprint: DiskFingerprint }>> {
  const folder = dirname(path);
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) return err('folder-not-found', `"${basename(folder)}" is not a folder`, path);
  } catch {
    return err('folder-not-found', 'the folder no longer exists (it may have been moved, deleted or disconnected)', path);
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) return err('write-failed', 'a folder with this name is in the way; nothing was saved', path);
  // Inside the file's turn: what is on disk now is what this save replaces.
  if (options.expected !== undefined) {
    const unchanged = await checkUnchangedOnDisk(path, options.expected);
    if (!unchanged.ok) return unchanged;
  }
  const allowed = options.precondition ? await options.precondition() : ok(undefined);
  if (!allowed.ok) return allowed;
  if (existing && options.backups) await keepBackup(options.backups.userDataDir, path, options.backups.keep);
  const written = await writeAtomic(path, bytes);
  if (!written.ok) return written;
  await removeStaleTempFiles(path);
  return ok({ savedAt: new Date().toISOString(), fingerprint: await fingerprintOfWritten(path, bytes) });
}

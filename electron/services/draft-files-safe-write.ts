import { open, readdir, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { err, ok, type Err, type Result } from '../../core/result';

/**
 * Turns a failed write into a coded error a person can act on. Every message ends by saying the
 * existing file is unchanged, which the atomic write guarantees.
 */
export function writeErrorFor(e: unknown, path: string): Err {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const untouched = 'the file on disk is unchanged';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return err('disk-full', `the disk is full; nothing was saved and ${untouched}`, path);
    case 'EROFS':
      return err('read-only', `the folder is on a read-only drive; ${untouched}`, path);
    case 'EACCES':
    case 'EPERM':
      return err('read-only', `you do not have permission to write in this folder or the file is read-only; ${untouched}`, path);
    case 'ENOENT':
    case 'ENOTDIR':
      return err('folder-not-found', 'the folder no longer exists (it may have been moved, deleted or disconnected)', path);
    case 'EBUSY':
      return err('file-locked', `the file is in use by another program; ${untouched}`, path);
    case 'ENAMETOOLONG':
      return err('write-failed', `the file name is too long; ${untouched}`, path);
    default:
      return err('write-failed', `the file could not be saved (${code ?? 'unknown error'}); ${untouched}`, path);
  }
}

/**
 * Writes text (as UTF-8) or bytes atomically (temp file in the same folder, fsync, rename) and then fsyncs the folder
 * so the rename itself survives a power cut. Failures come back coded; never throws.
 */
export async function writeAtomic(path: string, data: string | Buffer): Promise<Result<void>> {
  try {
    await writeFileAtomic(path, data, { encoding: 'utf8', fsync: true });
  } catch (e) {
    return writeErrorFor(e, path);
  }
  await syncFolder(dirname(path));
  return ok(undefined);
}

/** fsyncs a folder's entry list. Best effort: some platforms (Windows) cannot open folders. */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here; the file itself was fsynced before the rename.
  }
}

/** Temp files older than this are leftovers of a crash or kill, never a write in progress. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Removes temp files that a killed save left next to `path` (`<name>.<number>`, the atomic
 * writer's naming). They are incomplete by definition; the real file was never touched. Only
 * files matching that exact pattern and older than ten minutes are removed. Best effort.
 */
export async function removeStaleTempFiles(path: string, now = Date.now()): Promise<number> {
  let removed = 0;
  try {
    const real = await realpath(path).catch(() => path);
    const folder = dirname(real);
    const name = basename(real);
    for (const entry of await readdir(folder)) {
      if (!entry.startsWith(`${name}.`) || !/^\d{1,10}$/.test(entry.slice(name.length + 1))) continue;
      const full = join(folder, entry);
      const info = await stat(full).catch(() => null);
      if (!info?.isFile() || now - info.mtimeMs < STALE_TEMP_MS) continue;
      await unlink(full).then(() => removed++, () => {});
    }
  } catch {
    // Cleaning up is a courtesy; a failure here must never fail the save.
  }
  return removed;
}

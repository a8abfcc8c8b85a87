import { readdir, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { err, ok, type Err, type Result } from '../../core/result';
import { removeStaleTempFiles, writeAtomic } from './draft-files-safe-write';

/**
 * Writes an exported document atomically (our own temp file beside it, then rename; the temp file
 * is removed when anything fails), so the target is either the old file or the whole new one, and
 * leftovers of an export that was killed are swept next time. An existing file is replaced only
 * when the user said so.
 */
export async function writeExport(path: string, bytes: Buffer, o: { replace?: boolean } = {}): Promise<Result<void>> {
  const folder = await folderInTheWay(path);
  if (folder) return folder;
  if (!o.replace && (await exists(path))) return err('target-exists', 'a file with this name already exists; confirm to replace it', path);
  const written = await writeAtomic(path, bytes);
  if (written.ok) {
    await removeStaleTempFiles(path);
    return ok(undefined);
  }
  if (written.error.code === 'read-only' && (await hasOfficeOwnerFile(path))) {
    return err('file-locked', 'the file is open in another program (Word keeps the documents it has open locked); close it there and export again; the file on disk is unchanged', path);
  }
  return written;
}

/** A folder where the document was to go: never a file to replace, whatever the user confirmed. */
export async function folderInTheWay(path: string): Promise<Err | null> {
  const isFolder = (await stat(path).catch(() => null))?.isDirectory() === true;
  return isFolder ? err('target-is-folder', 'a folder has this name; nothing was written, choose another name', path) : null;
}

/** True when something is at `path` already. */
export async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

/**
 * Windows refuses to replace a file that a program holds open: EBUSY (reported as file-locked by
 * the atomic writer) or EPERM/EACCES (reported as read-only). Word keeps an owner file
 * "~$name.docx" beside every document it has open, with the first one or two characters of longer
 * names replaced by "~$"; finding one tells "open in Word" apart from a truly read-only place.
 */
export async function hasOfficeOwnerFile(path: string): Promise<boolean> {
  const name = basename(path).toLowerCase();
  const entries = await readdir(dirname(path)).catch(() => [] as string[]);
  return entries.some((entry) => {
    const e = entry.toLowerCase();
    const tail = e.slice(2);
    return e.startsWith('~$') && tail.length > 0 && name.endsWith(tail) && name.length - tail.length <= 2;
  });
}

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { lstat, open, readdir, realpath, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
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
    case 'EISDIR':
      return err('target-is-folder', `a folder has this name; nothing was written and the folder is untouched`, path);
    case 'EBUSY':
      return err('file-locked', `the file is in use by another program; ${untouched}`, path);
    case 'ENAMETOOLONG':
      return err('write-failed', `the file name is too long; ${untouched}`, path);
    default:
      return err('write-failed', `the file could not be saved (${code ?? 'unknown error'}); ${untouched}`, path);
  }
}

/**
 * Writes text (as UTF-8) or bytes atomically and durably: a temp file of our own naming (see
 * tempNameFor) is created beside the target, written, fsynced and renamed over it, then the folder
 * is fsynced so the rename itself survives a power cut. The temp file is created exclusively, so
 * no existing file, whatever its name, is ever opened for writing except the target by rename.
 * Symbolic links are followed (the link stays, its target is replaced). Never throws.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<Result<void>> {
  const target = await realpath(path).catch(() => path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const previous = await stat(target).catch(() => null);
  let temp: string | null = null;
  try {
    temp = await writeTemp(target, bytes, previous?.mode ?? 0o666);
    if (previous) {
      // Keep the owner the file had (matters when saving as another user, e.g. an admin).
      await promisify(fs.chown)(temp, previous.uid, previous.gid).catch(() => {});
      await promisify(fs.chmod)(temp, previous.mode).catch(() => {});
    }
    await promisify(fs.rename)(temp, target);
    temp = null;
  } catch (e) {
    return writeErrorFor(e, path);
  } finally {
    if (temp) await promisify(fs.unlink)(temp).catch(() => {});
  }
  await syncFolder(dirname(target));
  return ok(undefined);
}

/**
 * Creates a fresh temp file next to `target` holding `bytes`, fsynced, and returns its path. The
 * callback API of `fs` is looked up at call time on purpose: it is what fault-injection tests patch.
 */
async function writeTemp(target: string, bytes: Uint8Array, mode: number): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const temp = join(dirname(target), tempNameFor(basename(target)));
    let fd: number;
    try {
      fd = await promisify(fs.open)(temp, 'wx', mode);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 3) continue;
      throw e;
    }
    try {
      for (let at = 0; at < bytes.length; ) {
        at += await writeChunk(fd, bytes, at);
      }
      await promisify(fs.fsync)(fd);
    } catch (e) {
      await promisify(fs.close)(fd).catch(() => {});
      await promisify(fs.unlink)(temp).catch(() => {});
      throw e;
    }
    await promisify(fs.close)(fd);
    return temp;
  }
}

/** Writes what it can of `bytes` from `at` on; returns how many bytes it wrote. */
function writeChunk(fd: number, bytes: Uint8Array, at: number): Promise<number> {
  return new Promise((resolve, reject) => {
    fs.write(fd, bytes, at, bytes.length - at, at, (e, written) => (e ? reject(e) : resolve(written)));
  });
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

const TEMP_MARK = '.kp-tmp-';

/**
 * The name of a temp file for `name`: hidden (leading dot), with a marker and this process's id
 * and a random part, `.<name>.kp-tmp-<pid>-<8 hex>`. Nothing but this app makes such names, so the
 * sweep below can never take a user's file (`a.kpdraft.1`, `a.kpdraft.2024`, `a.kpdraft.bak` …).
 */
export function tempNameFor(name: string): string {
  return `.${name}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
}

const TEMP_TAIL = /\.kp-tmp-\d{1,10}-[0-9a-f]{8}$/;

/** True when `entry` is one of our temp files: for `name` if given, else for any name. */
export function isOwnTempName(entry: string, name?: string): boolean {
  if (!entry.startsWith('.') || !TEMP_TAIL.test(entry)) return false;
  return name === undefined || entry.slice(1, entry.lastIndexOf(TEMP_MARK)) === name;
}

/** Temp files older than this are leftovers of a crash or kill, never a write in progress. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Removes temp files that a killed save left next to `path`: only names this app makes for this
 * file (see tempNameFor) and only those older than ten minutes. They are incomplete by
 * definition; the real file was never touched. Best effort.
 */
export async function removeStaleTempFiles(path: string, now = Date.now()): Promise<number> {
  const real = await realpath(path).catch(() => path);
  return sweep(dirname(real), basename(real), now);
}

/** The same for every file in `folder` (the backup folders, where each backup has its own name). */
export function removeStaleTempFilesIn(folder: string, now = Date.now()): Promise<number> {
  return sweep(folder, undefined, now);
}

async function sweep(folder: string, name: string | undefined, now: number): Promise<number> {
  let removed = 0;
  try {
    for (const entry of await readdir(folder)) {
      if (!isOwnTempName(entry, name)) continue;
      const full = join(folder, entry);
      const info = await lstat(full).catch(() => null);
      if (!info?.isFile() || now - info.mtimeMs < STALE_TEMP_MS) continue;
      await unlink(full).then(() => removed++, () => {});
    }
  } catch {
    // Cleaning up is a courtesy; a failure here must never fail the save.
  }
  return removed;
}

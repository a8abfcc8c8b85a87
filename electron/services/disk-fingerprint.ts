import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { DiskFingerprint } from '../../core/ipc/contract';
import { err, ok, type Result } from '../../core/result';

/**
 * Conflict detection: a window remembers what its file held when it read or wrote it, and a save
 * first checks that the file still holds exactly that. Another program, a second window or a
 * second browser tab may have written it meanwhile; their change must not vanish without a word.
 */

/** The fingerprint of bytes read from (or written to) a file with the given modification time. */
export function fingerprintOf(bytes: Uint8Array | string, mtimeMs: number): DiskFingerprint {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return { size: data.byteLength, mtimeMs: Math.max(0, mtimeMs), sha256: createHash('sha256').update(data).digest('hex') };
}

/** The fingerprint of text just written to `path` (its mtime as the disk now reports it). */
export async function fingerprintOfWritten(path: string, written: Uint8Array | string): Promise<DiskFingerprint> {
  const info = await stat(path).catch(() => null);
  return fingerprintOf(written, info?.mtimeMs ?? 0);
}

const changed = (path: string, what: string) =>
  err('conflict', `${what} since this window read or saved it; nothing was written`, path);

/**
 * Ok when `path` still holds what `expected` describes (null: when there is no file there).
 * A missing file, different bytes, or a file that cannot be read to compare all answer `conflict`:
 * the user decides, nothing is written unasked.
 */
export async function checkUnchangedOnDisk(path: string, expected: DiskFingerprint | null): Promise<Result<void>> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' || e.code === 'ENOTDIR' ? null : e));
  if (info === null) return expected === null ? ok(undefined) : changed(path, 'the file was moved or deleted');
  if (info instanceof Error) return changed(path, 'the file could not be checked');
  if (expected === null) return changed(path, 'a file with this name was created');
  if (!info.isFile() || info.size !== expected.size) return changed(path, 'the file was changed');
  // Same size as what was read, so no larger than the draft size limit: read it whole.
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return changed(path, 'the file could not be read to compare it');
  return fingerprintOf(bytes, info.mtimeMs).sha256 === expected.sha256 ? ok(undefined) : changed(path, 'the file was changed');
}

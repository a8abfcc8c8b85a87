import { lstat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { numberedName } from '../../core/draft/numbered-name';
import { err, ok, type Result } from '../../core/result';

/** The numbered names "keep both" tries beside a file before it asks for a name instead. */
export const MAX_NUMBERED_COPIES = 99;

const missing = (e: NodeJS.ErrnoException) => e.code === 'ENOENT' || e.code === 'ENOTDIR';

/** True when nothing at all (no file, no folder) is at `path`. */
async function isFree(path: string): Promise<boolean> {
  return lstat(path).then(() => false, (e: NodeJS.ErrnoException) => missing(e));
}

/**
 * What the conflict dialog tells the user about a file whose save was refused: whether the file is
 * gone from its place (moved or deleted, so there is nothing on disk to keep or reload), and the
 * first numbered name beside it that nothing has, which is the file "keep both" will write.
 */
export async function conflictInfo(path: string): Promise<Result<{ path: string; gone: boolean }>> {
  const gone = await isFree(path);
  const folder = dirname(path);
  for (let k = 1; k <= MAX_NUMBERED_COPIES; k++) {
    const candidate = join(folder, numberedName(basename(path), k));
    if (await isFree(candidate)) return ok({ path: candidate, gone });
  }
  return err('target-exists', 'every numbered name for a copy is taken in this folder', path);
}

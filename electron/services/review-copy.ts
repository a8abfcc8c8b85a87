import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { chooseReviewCopyName, isReviewCopyName, type ReviewCopyNaming } from '../../core/review/copy-name';
import { err, ok, type Result } from '../../core/result';

/**
 * Where a reviewer's save goes: the reviewer's own copy beside the opened file. A file that
 * already is this reviewer's copy is saved in place; anything else gets a new name that no file
 * in the folder has, so the author's original is never written.
 */
export function reviewCopyPath(opened: string, n: Omit<ReviewCopyNaming, 'originalName'>): Result<{ path: string; isNew: boolean }> {
  const name = basename(opened);
  if (isReviewCopyName(name, n.reviewer, n.label)) return ok({ path: opened, isNew: false });
  const folder = dirname(opened);
  const free = chooseReviewCopyName({ ...n, originalName: name }, (candidate) => existsSync(join(folder, candidate)));
  return free === null ? err('write-failed', 'there are too many review copies in this folder', opened) : ok({ path: join(folder, free), isNew: true });
}

import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { FileEntry, ResValue } from '../../../core/ipc/contract';
import { err, ok, type Result } from '../../../core/result';
import { isWithin, realRoots } from './confine';

/**
 * Lists a folder for the in-app picker: sub-folders and the files with extension `ext` (drafts
 * unless told otherwise; Word documents when exporting, so an existing one can be seen and chosen),
 * hidden entries left out.
 * Only the drafts folder, the folders of recent files and what lies beneath them may be listed
 * (the first root is the default); anything else, `..` tricks and symlinks leading out included,
 * is refused.
 */
export async function listFolder(dir: string | undefined, roots: readonly string[], ext: '.kpdraft' | '.docx' | '.xlsx' | '.pdf' = '.kpdraft'): Promise<Result<ResValue<'files:list'>>> {
  const listed = (name: string) => name.toLowerCase().endsWith(ext);
  const allowed = await realRoots(roots);
  const target = dir ?? roots[0];
  if (target === undefined || !isAbsolute(target)) return err('forbidden', 'only absolute folder paths can be listed');
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return err('file-not-found', 'the folder does not exist', target);
  }
  const inside = (p: string) => allowed.some((r) => isWithin(p, r));
  if (!inside(real)) return err('forbidden', 'only the drafts folder and the folders of recent files can be browsed here', target);

  let names;
  try {
    names = await readdir(real, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return err('invalid-request', 'not a folder', target);
    return err('file-unreadable', 'the folder could not be read', target);
  }

  const entries: FileEntry[] = [];
  await Promise.all(
    names
      .filter((d) => !d.name.startsWith('.'))
      .map(async (d) => {
        const path = join(real, d.name);
        try {
          const s = await stat(path);
          if (s.isDirectory()) {
            // A symlinked folder is shown only when it stays inside the allowed roots.
            if (d.isSymbolicLink() && !inside(await realpath(path))) return;
            entries.push({ name: d.name, path, isDirectory: true, modifiedAt: s.mtime.toISOString() });
          } else if (s.isFile() && listed(d.name)) {
            entries.push({ name: d.name, path, isDirectory: false, modifiedAt: s.mtime.toISOString() });
          }
        } catch {
          // Vanished or unreadable between readdir and stat: leave it out.
        }
      }),
  );
  entries.sort((a, b) => Number(b.isDirectory) - Number(a.isDirectory) || a.name.localeCompare(b.name, 'sv'));
  const up = dirname(real);
  return ok({ dir: real, parent: up !== real && inside(up) ? up : null, entries });
}

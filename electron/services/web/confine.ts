import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep, basename, join } from 'node:path';

/** True when `child` is `root` or lies beneath it (both already resolved). */
export function isWithin(child: string, root: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await realpath(p);
  } catch {
    return null;
  }
}

/** The roots that exist, with symlinks resolved (a root that vanished simply grants nothing). */
export async function realRoots(roots: readonly string[]): Promise<string[]> {
  const found = await Promise.all(roots.map((r) => (isAbsolute(r) ? realOrNull(r) : Promise.resolve(null))));
  return [...new Set(found.filter((r): r is string => r !== null))];
}

/**
 * Where a file path really points, for a file that may not exist yet (Save As): its folder is
 * resolved through symlinks, and the file itself too when it exists. Null for relative paths or
 * a missing folder.
 */
export async function realFilePath(path: string): Promise<string | null> {
  if (!isAbsolute(path)) return null;
  const full = resolve(path);
  const existing = await realOrNull(full);
  if (existing) return existing;
  const dir = await realOrNull(dirname(full));
  return dir === null ? null : join(dir, basename(full));
}

/** True when the file path (existing or to be created) lies inside one of the roots. */
export async function fileIsInside(path: string, roots: readonly string[]): Promise<boolean> {
  const real = await realFilePath(path);
  if (real === null) return false;
  return (await realRoots(roots)).some((r) => isWithin(real, r));
}

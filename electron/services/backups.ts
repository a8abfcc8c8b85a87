import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DRAFT_FILE_EXTENSION, MAX_DRAFT_FILE_BYTES } from '../../core/draft/file-format';
import { removeStaleTempFilesIn, writeAtomic } from './draft-files-safe-write';

/**
 * Earlier versions of a user's draft file, kept in the recovery area before each save replaces
 * the file: `<userData>/recovery/backups/<hash of the file's path>/<time> <name>.kpdraft`, the
 * newest `keep` of them, plus `source.json` naming the original file. Byte-for-byte copies, so
 * an older-format file that is upgraded on save is kept exactly as it was.
 */

export interface BackupEntry {
  path: string;
  /** When the backup was taken (ISO time). */
  takenAt: string;
}

/**
 * Files up to this size are backed up before a save replaces them. It is well above the draft
 * limit on purpose: a file too large to open (written by an older version, or not a draft at
 * all) is still the user's content, and a save over it must not make it vanish without a copy.
 * Beyond this nothing a person could want is plausible, and copying it could fill the disk.
 */
export const MAX_BACKUP_BYTES = 4 * MAX_DRAFT_FILE_BYTES;

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d{3,})? /;

/** The folder holding the backups of one draft file. */
export function backupFolderFor(userDataDir: string, filePath: string): string {
  const key = createHash('sha256').update(resolve(filePath)).digest('hex').slice(0, 16);
  return join(userDataDir, 'recovery', 'backups', key);
}

/** Backups of one draft file, newest first. */
export async function listBackups(userDataDir: string, filePath: string): Promise<BackupEntry[]> {
  const folder = backupFolderFor(userDataDir, filePath);
  const names = await readdir(folder).catch(() => [] as string[]);
  return names
    .filter((n) => STAMP.test(n) && n.endsWith(DRAFT_FILE_EXTENSION))
    .sort()
    .reverse()
    .map((n) => {
      const [, day, h, m, s, ms] = STAMP.exec(n)!;
      return { path: join(folder, n), takenAt: `${day}T${h}:${m}:${s}.${ms}Z` };
    });
}

/**
 * Copies the current content of `filePath` into its backup folder (unless the newest backup is
 * already identical) and prunes to the newest `keep`. Best effort: a failed backup never stops
 * the save, which is atomic anyway. Returns the new backup's path, or null when none was made.
 */
export async function keepBackup(userDataDir: string, filePath: string, keep: number, now = new Date()): Promise<string | null> {
  if (keep <= 0) return null;
  try {
    const info = await stat(filePath);
    if (!info.isFile() || info.size > MAX_BACKUP_BYTES) return null;
    const current = await readFile(filePath);
    const folder = backupFolderFor(userDataDir, filePath);
    await mkdir(folder, { recursive: true });
    const existing = await listBackups(userDataDir, filePath);
    const newest = existing[0] ? await readFile(existing[0].path).catch(() => null) : null;
    let made: string | null = null;
    if (!newest || !newest.equals(current)) {
      made = await freeName(folder, now, basename(filePath));
      const written = await writeAtomic(made, current);
      if (!written.ok) return null;
      const source = join(folder, 'source.json');
      if (!(await stat(source).catch(() => null))) await writeAtomic(source, JSON.stringify({ path: resolve(filePath) }, null, 2) + '\n');
    }
    for (const old of (await listBackups(userDataDir, filePath)).slice(keep)) await unlink(old.path).catch(() => {});
    await removeStaleTempFilesIn(folder);
    return made;
  } catch {
    return null;
  }
}

async function freeName(folder: string, now: Date, name: string): Promise<string> {
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  const taken = new Set(await readdir(folder));
  for (let i = 0; ; i++) {
    const candidate = `${stamp}${i === 0 ? '' : `-${String(i).padStart(3, '0')}`} ${name}`;
    if (!taken.has(candidate)) return join(folder, candidate);
  }
}

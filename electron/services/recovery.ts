import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { CURRENT_VERSION, FORMAT_MARKER, MAX_DRAFT_FILE_BYTES, parseDraftData, type DraftFile } from '../../core/draft/file-format';
import type { Draft } from '../../core/draft/schema';
import { DiskFingerprint, RecoveryReason, type RecoveryEntry } from '../../core/ipc/contract';
import { err, ok, type AppError, type Result } from '../../core/result';
import { readDraftBytes } from './draft-files';
import { removeStaleTempFiles, writeAtomic } from './draft-files-safe-write';

/**
 * The recovery area: unsaved work written a few seconds after each change to
 * `<userData>/recovery/<key>.json`, never to the user's own file. After a crash or kill the next
 * start lists these and offers to restore them; a clean save or an explicit "don't restore"
 * discards them. Each file wraps a complete `.kpdraft` file, so recovered drafts go through the
 * same migrations and checks as opened ones.
 */

/**
 * Recovery copies may be larger than a draft file: they matter most for a draft refused as too
 * large to save, which must still come back after a crash (then to be shortened and saved).
 */
export const MAX_RECOVERY_COPY_BYTES = 4 * MAX_DRAFT_FILE_BYTES;
const RECOVERY_MARKER = 'kp-drafter/recovery';
const RECOVERY_VERSION = 1;
/** Same rule as the IPC contract: the key becomes a file name, so no separators or dots. */
const KEY = /^[A-Za-z0-9_-]{1,100}$/;

const RecoveryHeader = z.strictObject({
  format: z.literal(RECOVERY_MARKER),
  version: z.literal(RECOVERY_VERSION),
  key: z.string(),
  title: z.string(),
  path: z.string().min(1).nullable(),
  savedAt: z.string(),
  /** What the draft's file held when the window last read or wrote it (absent in older copies). */
  fingerprint: DiskFingerprint.nullable().optional(),
  /** Why the copy was kept (absent in older copies and for autosave's own: unsaved work). */
  reason: RecoveryReason.optional(),
  file: z.unknown(),
});

type Loaded = { draft: Draft; path: string | null; fingerprint?: DiskFingerprint | null };

export interface RecoveryArea {
  /**
   * Every copy, newest first. One that cannot be read is listed too, marked `unreadable` with the
   * reason (and kept on disk), so the user sees it and can discard it rather than never knowing.
   */
  list(): Promise<Result<RecoveryEntry[]>>;
  save(key: string, path: string | null, draft: Draft, fingerprint?: DiskFingerprint | null, reason?: RecoveryReason): Promise<Result<{ savedAt: string }>>;
  load(key: string): Promise<Result<Loaded>>;
  /** Deletes the entry; succeeds when it is already gone. */
  discard(key: string): Promise<Result<Record<string, never>>>;
}

/** The recovery area under `userDataDir`. `now` is injectable for tests. */
export function createRecoveryArea(userDataDir: string, now: () => Date = () => new Date()): RecoveryArea {
  const folder = join(userDataDir, 'recovery');
  const fileFor = (key: string) => join(folder, `${key}.json`);
  const badKey = () => err('invalid-request', 'invalid recovery key');

  async function readEntry(key: string): Promise<Result<{ entry: RecoveryEntry; loaded: Loaded }>> {
    const path = fileFor(key);
    const bytes = await readDraftBytes(path, MAX_RECOVERY_COPY_BYTES);
    if (!bytes.ok) return bytes;
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.value));
    } catch {
      return err('file-corrupt', 'the recovery copy is damaged', path);
    }
    const header = RecoveryHeader.safeParse(data);
    if (!header.success) {
      const tooNew = (data as { version?: unknown } | null)?.version;
      if (typeof tooNew === 'number' && tooNew > RECOVERY_VERSION) {
        return err('draft-too-new', 'the recovery copy was written by a newer KP Drafter', path);
      }
      return err('file-corrupt', 'the recovery copy is damaged', path);
    }
    const draft = parseDraftData(header.data.file);
    if (!draft.ok) return err(draft.error.code, draft.error.message, path);
    const { title, savedAt, fingerprint, reason } = header.data;
    const loaded: Loaded = { draft: draft.value, path: header.data.path, ...(fingerprint !== undefined ? { fingerprint } : {}) };
    return ok({ entry: { key, title, path: header.data.path, savedAt, ...(reason ? { reason } : {}) }, loaded });
  }

  /** An entry for a copy that cannot be read: dated by the file itself, titled by nothing. */
  async function unreadableEntry(key: string, problem: AppError): Promise<RecoveryEntry> {
    const info = await stat(fileFor(key)).catch(() => null);
    const { code, message } = problem;
    return { key, title: '', path: null, savedAt: (info ? info.mtime : new Date(0)).toISOString(), unreadable: { code, message } };
  }

  return {
    async list() {
      const names = await readdir(folder).catch(() => [] as string[]);
      const entries: RecoveryEntry[] = [];
      for (const name of names) {
        const key = name.endsWith('.json') ? name.slice(0, -5) : '';
        if (!KEY.test(key)) continue;
        const r = await readEntry(key);
        entries.push(r.ok ? r.value.entry : await unreadableEntry(key, r.error));
      }
      return ok(entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
    },

    async save(key, path, draft, fingerprint, reason) {
      if (!KEY.test(key)) return badKey();
      const savedAt = now().toISOString();
      const body = {
        format: RECOVERY_MARKER,
        version: RECOVERY_VERSION,
        key,
        title: draft.title,
        path,
        savedAt,
        ...(fingerprint !== undefined ? { fingerprint } : {}),
        ...(reason ? { reason } : {}),
        file: { format: FORMAT_MARKER, version: CURRENT_VERSION, draft } satisfies DraftFile,
      };
      try {
        await mkdir(folder, { recursive: true });
      } catch {
        return err('write-failed', 'the recovery folder could not be created', folder);
      }
      const written = await writeAtomic(fileFor(key), JSON.stringify(body));
      if (!written.ok) return written;
      await removeStaleTempFiles(fileFor(key));
      return ok({ savedAt });
    },

    async load(key) {
      if (!KEY.test(key)) return badKey();
      const r = await readEntry(key);
      return r.ok ? ok(r.value.loaded) : r;
    },

    async discard(key) {
      if (!KEY.test(key)) return badKey();
      try {
        await unlink(fileFor(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
          return err('write-failed', 'the recovery copy could not be deleted', fileFor(key));
        }
      }
      return ok({});
    },
  };
}

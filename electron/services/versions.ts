import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeDraft } from '../../core/draft/file-format';
import type { Draft } from '../../core/draft/schema';
import { draftWords, isUnchanged, summarizeChanges } from '../../core/draft/version-diff';
import type { RecoveryEntry, VersionEntry } from '../../core/ipc/contract';
import { err, ok, type Result } from '../../core/result';
import { listBackups } from './backups';
import { readDraftFile } from './draft-files';
import type { RecoveryArea } from './recovery';

/**
 * The earlier versions of an open draft: its file's backups (kept before each save) and the
 * recovery copies of its unsaved work. The renderer only ever sees opaque ids; each maps back
 * here to a backup file or a recovery entry it was handed out for, so no request can make this
 * read a file it names.
 */

export interface VersionStore {
  /** The versions of the draft at `path` (or, unsaved, with id `draftId`), newest first. */
  list(req: { path: string | null; draftId: string; current: Draft }): Promise<Result<{ entries: VersionEntry[] }>>;
  load(id: string): Promise<Result<{ draft: Draft }>>;
  /** The newest backup of `path` that reads as a valid draft, or null. */
  newestReadable(path: string): Promise<Result<{ entry: VersionEntry | null }>>;
}

type Source = { kind: 'backup'; path: string } | { kind: 'recovery'; key: string };
type Read = { entry: VersionEntry; draft: Draft | null };

/** How many handed-out ids are remembered: far more than any list shows, so a shown id stays valid. */
const MAX_IDS = 2000;

export function createVersionStore(userDataDir: string, recovery: RecoveryArea): VersionStore {
  const sources = new Map<string, Source>();
  const handOut = (source: Source): string => {
    const id = `v${randomBytes(16).toString('hex')}`;
    sources.set(id, source);
    if (sources.size > MAX_IDS) sources.delete(sources.keys().next().value!);
    return id;
  };

  async function readBackup(path: string, takenAt: string): Promise<Read> {
    const size = (await stat(path).catch(() => null))?.size ?? 0;
    const r = await readDraftFile(path);
    const base = { id: handOut({ kind: 'backup', path }), kind: 'backup' as const, takenAt, sizeBytes: size };
    if (!r.ok) return { entry: { ...base, words: 0, readable: false, problem: r.error.code }, draft: null };
    return { entry: { ...base, words: draftWords(r.value), readable: true }, draft: r.value };
  }

  async function readRecovery(key: string, savedAt: string, reason?: RecoveryEntry['reason']): Promise<Read | null> {
    const r = await recovery.load(key);
    if (!r.ok) return null;
    const entry: VersionEntry = {
      id: handOut({ kind: 'recovery', key }), kind: 'recovery', takenAt: savedAt,
      sizeBytes: Buffer.byteLength(serializeDraft(r.value.draft)), words: draftWords(r.value.draft), readable: true,
      ...(reason ? { reason } : {}),
    };
    return { entry, draft: r.value.draft };
  }

  /** Recovery copies of this draft: same file, or (never saved) same draft id. */
  async function recoveryCopies(path: string | null, draftId: string): Promise<Read[]> {
    const all = await recovery.list();
    if (!all.ok) return [];
    const out: Read[] = [];
    for (const e of all.value) {
      if (path !== null ? e.path === null || resolve(e.path) !== resolve(path) : e.path !== null) continue;
      const read = await readRecovery(e.key, e.savedAt, e.reason);
      if (read && (path !== null || read.draft?.id === draftId)) out.push(read);
    }
    return out;
  }

  return {
    async list({ path, draftId, current }) {
      const backups = path === null ? [] : await listBackups(userDataDir, path);
      // A recovery copy that holds just what is open (this window's own autosave) is no other version.
      const copies = (await recoveryCopies(path, draftId)).filter((r) => !r.draft || !isUnchanged(summarizeChanges(r.draft, current)));
      const reads = [...(await Promise.all(backups.map((b) => readBackup(b.path, b.takenAt)))), ...copies]
        .sort((a, b) => b.entry.takenAt.localeCompare(a.entry.takenAt));
      // The file's history: each backup is compared with the nearest readable newer one, the newest
      // with the open draft. Recovery copies are unsaved work beside that history: compared with the open draft.
      let newer = current;
      const entries = reads.map(({ entry, draft }) => {
        if (!draft) return entry;
        if (entry.kind === 'recovery') return { ...entry, changes: summarizeChanges(draft, current) };
        const changed = { ...entry, changes: summarizeChanges(draft, newer) };
        newer = draft;
        return changed;
      });
      return ok({ entries });
    },

    async load(id) {
      const source = sources.get(id);
      if (!source) return err('invalid-request', 'this version is no longer listed; open the list again');
      if (source.kind === 'recovery') {
        const r = await recovery.load(source.key);
        return r.ok ? ok({ draft: r.value.draft }) : r;
      }
      const r = await readDraftFile(source.path);
      return r.ok ? ok({ draft: r.value }) : r;
    },

    async newestReadable(path) {
      for (const b of await listBackups(userDataDir, path)) {
        const read = await readBackup(b.path, b.takenAt);
        if (read.draft) return ok({ entry: read.entry });
      }
      return ok({ entry: null });
    },
  };
}

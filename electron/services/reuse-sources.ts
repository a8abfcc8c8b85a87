import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hasDraftExtension } from '../../core/draft/file-format';
import type { ReuseSourceEntry } from '../../core/ipc/reuse-contract';
import type { RecentFile } from '../../core/ipc/contract';
import type { Draft } from '../../core/draft/schema';
import { ok, type Result } from '../../core/result';
import { readDraftFile } from './draft-files';
import { linkedSummary } from '../../core/draft/linked-summary';
import type { LinkedDraftSummary } from '../../core/ipc/linked-contract';

/** More drafts than anyone keeps in one folder; a bigger folder lists its first ones only. */
const MAX_SOURCES = 200;

/** The drafts directly in the drafts folder (not in sub-folders, not hidden ones). */
async function folderDrafts(draftsDir: string): Promise<string[]> {
  const names = await readdir(draftsDir, { withFileTypes: true }).catch(() => []);
  return names.filter((d) => d.isFile() && !d.name.startsWith('.') && hasDraftExtension(d.name)).map((d) => join(draftsDir, d.name)).sort();
}

/** One listed draft: read (and validated) to show its title, or listed with why it cannot be read. */
async function describe(path: string, origin: ReuseSourceEntry['origin'], recentTitle: string | undefined, partnerLine: (d: Draft) => string): Promise<ReuseSourceEntry> {
  const r = await readDraftFile(path);
  if (!r.ok) return { path, origin, title: recentTitle ?? '', problem: r.error };
  const partner = partnerLine(r.value);
  return { path, origin, title: r.value.title, modifiedAt: r.value.modifiedAt, ...(partner ? { partner } : {}) };
}

/**
 * The user's earlier drafts to reuse from: the recent files (newest first), then the other drafts
 * in the drafts folder. `partnerLine` names who each is with. Each is read to be described; nothing is opened, remembered or written.
 */
export async function listReuseSources(draftsDir: string, recent: readonly RecentFile[], partnerLine: (d: Draft) => string): Promise<Result<{ entries: ReuseSourceEntry[] }>> {
  const seen = new Set<string>();
  const wanted: Array<{ path: string; origin: ReuseSourceEntry['origin']; title?: string }> = [];
  const add = (path: string, origin: ReuseSourceEntry['origin'], title?: string) => {
    const key = resolve(path);
    if (seen.has(key) || !hasDraftExtension(path)) return;
    seen.add(key);
    wanted.push({ path, origin, title });
  };
  for (const r of recent) add(r.path, 'recent', r.title);
  for (const p of await folderDrafts(draftsDir)) add(p, 'folder');
  const entries = await Promise.all(wanted.slice(0, MAX_SOURCES).map((w) => describe(w.path, w.origin, w.title, partnerLine)));
  return ok({ entries });
}

/** An earlier draft, read-only: validated and migrated as when opened, but not opened. */
export async function readReuseSource(path: string): Promise<Result<{ path: string; draft: Draft }>> {
  const r = await readDraftFile(path);
  return r.ok ? ok({ path, draft: r.value }) : r;
}

/** The draft linked to the open one, read-only like a reuse source, as its checks need it. */
export async function readLinkedDraft(path: string): Promise<Result<LinkedDraftSummary>> {
  const r = await readDraftFile(path);
  return r.ok ? ok(linkedSummary(r.value)) : r;
}

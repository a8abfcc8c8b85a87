import type { Annotation, Reply } from '../draft/annotation';
import type { Draft } from '../draft/schema';
import { reanchor, type OrphanReason } from './reanchor';

/**
 * Merging the comments of reviewers' returned copies into the open draft. Threads and replies are
 * matched by id, so merging the same copy twice, or copies forwarded from one reviewer to the
 * next, never duplicates anything; the order of the copies only decides the order in which new
 * threads are listed.
 * Only comments are taken from a copy, never its text. New text comments are re-anchored by their
 * quote against the draft's current text; what cannot be placed is kept as a detached orphan.
 * Deletions do not travel: a thread deleted in one copy but present in another stays.
 */

/** What a merge did, for the message shown to the user. */
export interface MergeReport {
  /** Threads that were not in the draft and now are. */
  added: number;
  /** Threads of the copies that the draft already had (each counted once). */
  alreadyPresent: number;
  /** Of the added threads, those whose place could not be found (kept as orphans). */
  orphaned: number;
  /** Replies that were not in the draft and now are, in new and existing threads alike. */
  repliesAdded: number;
  /** Threads the draft already had that changed: new replies, an edit, or a resolve/reopen. */
  updated: number;
  /** The orphaned threads, with why they could not be placed. */
  orphans: Array<{ id: string; reason: OrphanReason }>;
}

/** The merged annotations and the report. */
export interface MergeResult {
  annotations: Annotation[];
  report: MergeReport;
}

const time = (iso: string | null | undefined): number => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);
const editTime = (x: { createdAt: string; editedAt: string | null }) => time(x.editedAt ?? x.createdAt);

function compareReplies(a: Reply, b: Reply): number {
  return time(a.createdAt) - time(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Replies in the order they were written (by their clocks), so every merge order agrees. */
function withSortedReplies(a: Annotation): Annotation {
  const sorted = [...a.replies].sort(compareReplies);
  return sorted.every((r, i) => r === a.replies[i]) ? a : { ...a, replies: sorted };
}

/** Replies of both, matched by id; the later edit of a reply wins. */
function mergeReplies(current: Reply[], incoming: Reply[]): { replies: Reply[]; added: number; changed: boolean } {
  const byId = new Map(current.map((r) => [r.id, r]));
  let added = 0;
  let changed = false;
  for (const r of incoming) {
    const mine = byId.get(r.id);
    if (!mine) {
      byId.set(r.id, r);
      added++;
    } else if (editTime(r) > editTime(mine)) {
      byId.set(r.id, r);
      changed = true;
    }
  }
  if (added === 0 && !changed) return { replies: current, added, changed };
  return { replies: [...byId.values()].sort(compareReplies), added, changed: true };
}

/** The later resolve/reopen wins; with no timestamps on either side (older files), resolved wins. */
function statusWinner(a: Annotation, b: Annotation): Annotation {
  const ta = time(a.statusChangedAt);
  const tb = time(b.statusChangedAt);
  if (tb > ta) return b;
  if (tb === ta && a.resolved !== b.resolved && ta === Number.NEGATIVE_INFINITY) return a.resolved ? a : b;
  return a;
}

function mergeThread(current: Annotation, incoming: Annotation): { thread: Annotation; repliesAdded: number } {
  let thread = current;
  if (editTime(incoming) > editTime(current)) thread = { ...thread, body: incoming.body, editedAt: incoming.editedAt };
  const status = statusWinner(current, incoming);
  if (status !== current && (status.resolved !== thread.resolved || status.statusChangedAt !== thread.statusChangedAt)) {
    thread = { ...thread, resolved: status.resolved };
    delete thread.statusChangedAt;
    delete thread.statusChangedBy;
    if (status.statusChangedAt) thread.statusChangedAt = status.statusChangedAt;
    if (status.statusChangedBy) thread.statusChangedBy = status.statusChangedBy;
  }
  const r = mergeReplies(thread.replies, incoming.replies);
  if (r.changed) thread = { ...thread, replies: r.replies };
  return { thread, repliesAdded: r.added };
}

/**
 * Merges the threads and replies of `copies` into `base.annotations` (base order first, then new
 * threads in the order they are first met). Pure: neither draft is changed.
 */
export function mergeAnnotations(base: Draft, copies: readonly Draft[]): MergeResult {
  const out = [...base.annotations];
  const index = new Map(out.map((a, i) => [a.id, i]));
  const addedIds = new Set<string>();
  const presentIds = new Set<string>();
  const updatedIds = new Set<string>();
  const report: MergeReport = { added: 0, alreadyPresent: 0, orphaned: 0, repliesAdded: 0, updated: 0, orphans: [] };

  for (const copy of copies) {
    for (const incoming of copy.annotations) {
      const i = index.get(incoming.id);
      if (i === undefined) {
        const placement = reanchor(incoming, base);
        index.set(incoming.id, out.length);
        out.push(withSortedReplies(placement.annotation));
        addedIds.add(incoming.id);
        report.repliesAdded += incoming.replies.length;
        if (placement.status === 'orphan') report.orphans.push({ id: incoming.id, reason: placement.reason });
        continue;
      }
      if (!addedIds.has(incoming.id)) presentIds.add(incoming.id);
      const current = out[i]!;
      const { thread, repliesAdded } = mergeThread(current, incoming);
      report.repliesAdded += repliesAdded;
      if (thread !== current) {
        out[i] = thread;
        if (!addedIds.has(incoming.id)) updatedIds.add(incoming.id);
      }
    }
  }
  report.added = addedIds.size;
  report.alreadyPresent = presentIds.size;
  report.updated = updatedIds.size;
  report.orphaned = report.orphans.length;
  return { annotations: out, report };
}

import { resolve } from 'node:path';
import type { Draft } from '../../core/draft/schema';
import { err, ok, type Result } from '../../core/result';
import { mergeAnnotations, type MergeReport } from '../../core/review/merge';
import { readDraftFile, writeDraftFile } from './draft-files';

/**
 * Importing comments from reviewers' returned copies: read every copy (all must be readable, or
 * nothing is merged), merge their threads into the draft, and (for the CLI) write the result.
 * Only comments are taken from the copies, never their text.
 */

export interface MergeCommentsOptions {
  /** Also take comments from drafts with another id (not copies of this draft). Off by default. */
  allowOtherDrafts?: boolean;
  /** Injected clock for the draft's modification time. */
  now?: () => Date;
}

/** The merged draft and what the merge did. */
export interface MergeOutcome {
  draft: Draft;
  report: MergeReport;
}

async function readCopies(base: Draft, copyPaths: readonly string[], options: MergeCommentsOptions): Promise<Result<Draft[]>> {
  const copies: Draft[] = [];
  for (const path of copyPaths) {
    const r = await readDraftFile(path);
    if (!r.ok) return r;
    if (r.value.id !== base.id && !options.allowOtherDrafts) {
      const title = r.value.title.trim() === '' ? 'an untitled draft' : `"${r.value.title}"`;
      return err('invalid-request', `not a copy of this draft (it is ${title}); its comments would not fit the text`, path);
    }
    copies.push(r.value);
  }
  return ok(copies);
}

/**
 * Merges the comments of the copies at `copyPaths` into `base` (the open draft, in memory). The
 * first copy that cannot be read, or is not a copy of `base`, stops the import with its error
 * (naming the file) and nothing is merged.
 */
export async function mergeCommentsFromFiles(
  base: Draft,
  copyPaths: readonly string[],
  options: MergeCommentsOptions = {},
): Promise<Result<MergeOutcome>> {
  const copies = await readCopies(base, copyPaths, options);
  if (!copies.ok) return copies;
  const { annotations, report } = mergeAnnotations(base, copies.value);
  const changed = report.added + report.updated > 0;
  const now = options.now ?? (() => new Date());
  const draft = changed ? { ...base, annotations, modifiedAt: now().toISOString() } : base;
  return ok({ draft, report });
}

/**
 * Reads the draft at `draftPath`, merges the comments of the copies and writes the result to
 * `outPath` (which may be `draftPath` itself, but never one of the copies: a reviewer's file is
 * not overwritten).
 */
export async function mergeCommentFiles(
  draftPath: string,
  copyPaths: readonly string[],
  outPath: string,
  options: MergeCommentsOptions = {},
): Promise<Result<MergeOutcome & { savedAt: string }>> {
  if (copyPaths.some((c) => resolve(c) === resolve(outPath))) {
    return err('invalid-request', "the output would overwrite a reviewer's copy; choose another name", outPath);
  }
  const base = await readDraftFile(draftPath);
  if (!base.ok) return base;
  const merged = await mergeCommentsFromFiles(base.value, copyPaths, options);
  if (!merged.ok) return merged;
  const written = await writeDraftFile(outPath, merged.value.draft);
  if (!written.ok) return written;
  return ok({ ...merged.value, savedAt: written.value.savedAt });
}

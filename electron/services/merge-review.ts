import { resolve } from 'node:path';
import type { Draft } from '../../core/draft/schema';
import { err, ok, type Result } from '../../core/result';
import { mergeChanged, mergeReview, type ReviewMergeReport } from '../../core/review/merge-review';
import { readDraftFile, writeDraftFile } from './draft-files';

/**
 * Importing reviewers' returned copies: read every copy (all must be readable, or nothing is
 * merged), merge their comments and suggested changes into the draft, and (for the CLI) write the
 * result. The author's own text is never taken from a copy: suggestions come as suggestions.
 */

export interface MergeReviewOptions {
  /** Also take comments from drafts with another id (not copies of this draft). Off by default. */
  allowOtherDrafts?: boolean;
  /** Injected clock for the draft's modification time. */
  now?: () => Date;
}

/** The merged draft and what the merge did. */
export interface MergeOutcome {
  draft: Draft;
  report: ReviewMergeReport;
}

async function readCopies(base: Draft, copyPaths: readonly string[], options: MergeReviewOptions): Promise<Result<Draft[]>> {
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
 * Merges the comments and suggestions of the copies at `copyPaths` into `base` (the open draft, in memory). The
 * first copy that cannot be read, or is not a copy of `base`, stops the import with its error
 * (naming the file) and nothing is merged.
 */
export async function mergeReviewFromFiles(
  base: Draft,
  copyPaths: readonly string[],
  options: MergeReviewOptions = {},
): Promise<Result<MergeOutcome>> {
  const copies = await readCopies(base, copyPaths, options);
  if (!copies.ok) return copies;
  const { sections, annotations, report } = mergeReview(base, copies.value);
  const now = options.now ?? (() => new Date());
  const draft = mergeChanged(report) ? { ...base, sections, annotations, modifiedAt: now().toISOString() } : base;
  return ok({ draft, report });
}

/**
 * Reads the draft at `draftPath`, merges the comments and suggestions of the copies and writes the result to
 * `outPath` (which may be `draftPath` itself, but never one of the copies: a reviewer's file is
 * not overwritten).
 */
export async function mergeReviewFiles(
  draftPath: string,
  copyPaths: readonly string[],
  outPath: string,
  options: MergeReviewOptions = {},
): Promise<Result<MergeOutcome & { savedAt: string }>> {
  if (copyPaths.some((c) => resolve(c) === resolve(outPath))) {
    return err('invalid-request', "the output would overwrite a reviewer's copy; choose another name", outPath);
  }
  const base = await readDraftFile(draftPath);
  if (!base.ok) return base;
  const merged = await mergeReviewFromFiles(base.value, copyPaths, options);
  if (!merged.ok) return merged;
  const written = await writeDraftFile(outPath, merged.value.draft);
  if (!written.ok) return written;
  return ok({ ...merged.value, savedAt: written.value.savedAt });
}

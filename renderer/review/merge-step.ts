import type { Annotation } from '../../core/draft/annotation';
import { recordStep } from '../state/doc-history';
import { reviewStore, setAnnotations } from './review-state';

/**
 * Merging reviewers' comments as one step of the document history. Undo takes back exactly the
 * threads the merge added or changed (a comment written since is kept), redo puts them back.
 */
export function recordMerge(before: readonly Annotation[], after: readonly Annotation[]): void {
  const old = new Map(before.map((a) => [a.id, a]));
  // The merge maps every thread into the editors' layout anew: compare contents, not objects.
  const touched = after.filter((a) => JSON.stringify(old.get(a.id)) !== JSON.stringify(a));
  if (touched.length === 0) return;
  const merged = new Map(touched.map((a) => [a.id, a]));
  const ids = new Set(merged.keys());
  recordStep({
    undo: () => swap((id) => old.get(id), ids),
    redo: () => swap((id) => merged.get(id), ids),
    place: () => null,
  });
}

/** Puts `version(id)` in place of each thread in `ids` (removing it where there is none). */
function swap(version: (id: string) => Annotation | undefined, ids: ReadonlySet<string>): boolean {
  const now = reviewStore.get().annotations;
  const kept = now.flatMap((a) => (ids.has(a.id) ? [] : [a]));
  const put = [...ids].flatMap((id) => version(id) ?? []);
  setAnnotations([...kept, ...put]);
  return true;
}

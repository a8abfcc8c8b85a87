import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../core/draft/annotation';
import { reviewOverview, type ReviewOverview } from '../../core/review/overview';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { editorLayoutDraft } from './live-anchors';
import { personKey, reviewStore, setAnnotations, useReview } from './review-state';

/** How long typing must pause before the comment list is worked out again. */
const SETTLE_MS = 250;

/** docStore's revision, but only once changes pause (typing does not re-render the panel per key). */
export function useSettledRevision(): number {
  const [settled, setSettled] = useState(() => docStore.get().revision);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = docStore.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(docStore.get().revision), SETTLE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
  return settled;
}

/** The comments panel's listing: threads in document order with filters applied, counts, authors. */
export function useReviewOverview(): ReviewOverview | null {
  const annotations = useReview((s) => s.annotations);
  const status = useReview((s) => s.status);
  const author = useReview((s) => s.author);
  const fields = useStore(docStore, (s) => s.draft);
  const revision = useSettledRevision();
  const overview = useMemo(() => {
    if (!fields) return null;
    const sections = templateSections(fields.component);
    const all = reviewOverview(editorLayoutDraft(fields, annotations), sections, { status });
    const who = author ? all.authors.find((a) => personKey(a) === author) : undefined;
    return who ? reviewOverview(editorLayoutDraft(fields, annotations), sections, { status, author: who }) : all;
    // The settled revision stands for the text: the list follows typing once it pauses.
  }, [annotations, status, author, fields, revision]);

  // Comments re-found by their quote (e.g. after undo brought their text back) keep their new place.
  useEffect(() => {
    if (!overview) return;
    const moved = new Map<string, Annotation>();
    for (const item of overview.items) {
      if (item.placement.status === 'placed' && item.placement.moved) moved.set(item.annotation.id, item.placement.annotation);
    }
    if (moved.size === 0) return;
    const current = reviewStore.get().annotations;
    if (current !== annotations) return;
    setAnnotations(current.map((a) => moved.get(a.id) ?? a), { quiet: true });
  }, [overview, annotations]);

  return overview;
}

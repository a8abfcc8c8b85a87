import type { Draft } from '../../core/draft/schema';
import { currentDraft } from '../actions/draft-commands';
import { putSectionTexts, sectionTextsOf, takeSectionTexts, type SectionTexts } from '../editor/session';
import { checkNow } from '../findings/live-checks';
import { anchorComments } from '../review/review-session';
import { docStore, replaceWholeDraft, type TextSwap } from '../state/doc-state';
import type { Annotation } from '../../core/draft/annotation';

/**
 * Restores an earlier version into the open draft as one ordinary change: the draft stays open
 * (same file, same id), its unsaved marker comes on, and one undo brings back what was there,
 * text, fields and comments alike.
 */
export function restoreVersion(version: Draft): boolean {
  const before = currentDraft();
  if (!before) return false;
  return replaceDraftContent({ ...version, id: before.id, createdAt: before.createdAt });
}

/**
 * Puts `next` (text, fields and comments) in place of the open draft as one undoable change, as
 * restoring a version or importing reviewers' suggestions does.
 */
export function replaceDraftContent(next: Draft): boolean {
  const done = replaceWholeDraft(next, swapTo({ texts: sectionTextsOf(next), sections: next.sections, annotations: next.annotations }));
  if (done) checkNow();
  return done;
}

/** The section text and the comments anchored in it (`sections` is that text in its stored form). */
interface Content {
  texts: SectionTexts;
  sections: Draft['sections'];
  annotations: Annotation[];
}

/** Puts `content` in place; returns the swap that puts back what was there. */
function swapTo(content: Content): TextSwap {
  return () => {
    const now = currentDraft();
    const previous: Content = { texts: takeSectionTexts(), sections: now?.sections ?? {}, annotations: now?.annotations ?? [] };
    putSectionTexts(content.texts);
    const fields = docStore.get().draft;
    if (fields) anchorComments({ ...fields, sections: content.sections, annotations: content.annotations });
    return swapTo(previous);
  };
}

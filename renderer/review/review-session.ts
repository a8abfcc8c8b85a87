import type { Editor } from 'slate';
import type { Annotation } from '../../core/draft/annotation';
import type { Draft } from '../../core/draft/schema';
import { sectionEditor, sectionIds } from '../editor/session';
import { adoptSection, followEdits, isAdopted, resetAnchors, toStoredLayout } from './live-anchors';
import { guardEditor } from './read-only';
import { roleForOpening } from './roles';
import { reviewStore, setAnnotations, setRole } from './review-state';

/**
 * The review side of the draft's life: loading its comments with the draft, moving them with the
 * text, and handing them back (in the stored layout) whenever the draft is assembled.
 */

/** Called when a draft is shown in the editor, right after its section editors were created. */
export function loadReview(draft: Draft, path: string | null): void {
  anchorComments(draft);
  const role = roleForOpening(path);
  reviewStore.set({ author: null, status: 'open', dialog: null, busy: false, suggesting: false, panelTab: role === 'reviewer' ? 'comments' : 'problems' });
  setRole(role);
}

/**
 * Anchors the draft's comments (stored against `draft.sections`) in the text the section editors
 * hold now: when a draft is opened, or when restoring a version replaced the text. The role stays.
 */
export function anchorComments(draft: Draft): void {
  resetAnchors(draft);
  let annotations = draft.annotations;
  for (const id of sectionIds()) {
    const editor = sectionEditor(id)!;
    guardEditor(editor);
    annotations = adoptSection(id, editor, annotations);
  }
  reviewStore.set({ annotations, activeId: null, composer: null });
}

/** A section editor rendered for the first time (e.g. after a component change added it). */
export function adoptEditor(id: string, editor: Editor): void {
  guardEditor(editor);
  if (isAdopted(id, editor)) return;
  setAnnotations(adoptSection(id, editor, reviewStore.get().annotations), { quiet: true });
}

/** From a section editor's onChange: moves the section's comments with the operations just applied. */
export function trackCommentAnchors(id: string, editor: Editor): void {
  const annotations = reviewStore.get().annotations;
  const next = followEdits(id, editor, annotations);
  if (next !== annotations) setAnnotations(next, { quiet: true });
}

let memo: { annotations: Annotation[]; sections: Draft['sections']; out: Annotation[] } | null = null;

/** The draft with its current comments, anchored in its stored text (for saving, checks, export). */
export function withComments(draft: Draft): Draft {
  const { annotations } = reviewStore.get();
  const same = memo && memo.annotations === annotations && Object.keys(draft.sections).every((k) => memo!.sections[k] === draft.sections[k]);
  if (!same) memo = { annotations, sections: draft.sections, out: toStoredLayout(annotations, draft.sections) };
  return { ...draft, annotations: memo!.out };
}

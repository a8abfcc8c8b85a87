import { docStore } from '../state/doc-state';
import { commentOnSelection, startComment } from './comment-actions';
import { fieldsLocked } from './lock';
import { installMarkClicks } from './navigate';
import { installFieldLock } from './read-only';
import { reviewStore, setRole } from './review-state';
import { loadRoleMemory, rememberedRole, rememberRole } from './roles';
import { anchorForLoc } from './targets';
import { installTargetMarks } from './target-marks';
import { installTargetTracking, targetStore } from './target-tracking';
import { templateSections } from '../template';
import { setSuggestionOptions } from '../editor/session';
import { suggestionOptions } from './suggest-mode';

/** "Kommentera" (the review.comment action): on the selected text, or else on the field or section last clicked. */
export function commentHere(): void {
  const draft = docStore.get().draft;
  if (!draft || commentOnSelection()) return;
  const { loc, sectionId } = targetStore.get();
  const anchor = anchorForLoc(loc, sectionId, draft, templateSections(draft.component));
  if (anchor) startComment(anchor);
}

/** Installs the review features once, at start (after i18n). */
export function installReview(): void {
  setSuggestionOptions(suggestionOptions);
  installTargetTracking();
  installMarkClicks();
  installTargetMarks();
  const relock = installFieldLock(fieldsLocked);
  let role = reviewStore.get().role;
  reviewStore.subscribe(() => {
    if (reviewStore.get().role === role) return;
    role = reviewStore.get().role;
    relock();
  });

  // A file saved under a new name keeps the role it is being worked on in.
  let path = docStore.get().path;
  docStore.subscribe(() => {
    const next = docStore.get().path;
    if (next === path) return;
    path = next;
    if (next) rememberRole(next, reviewStore.get().role);
  });
  // A draft opened before the remembered roles arrived (e.g. named on the command line) takes its role now.
  void loadRoleMemory().then(() => {
    const { path: p, dirty } = docStore.get();
    if (p && !dirty && rememberedRole(p) === 'reviewer' && reviewStore.get().role === 'author') setRole('reviewer');
  });
}

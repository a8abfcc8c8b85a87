import type { Anchor, Annotation } from '../../core/draft/annotation';
import type { ReviewRole } from '../../core/ipc/contract';
import { appStore } from '../state/app-state';
import { createStore, useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { setFieldsLocked } from './lock';

/** The side panel's tabs. */
export type PanelTab = 'problems' | 'comments' | 'changes';

/** Which threads the comments panel lists. */
export type StatusFilter = 'open' | 'resolved' | 'all';

/** Dialogs of the review features (shown by ReviewDialogs). */
export type ReviewDialog =
  | { kind: 'author'; then: () => void }
  | { kind: 'open-for-review' }
  | { kind: 'import' }
  | { kind: 'switch-to-author' };

/**
 * The open draft's comments and the review UI around them. The comments live here, not in
 * docStore's draft: field undo swaps whole drafts and must not take comments with it. Text
 * anchors of sections that have an editor are kept in the editor's node layout (see
 * live-anchors.ts) and mapped back to the stored layout whenever the draft is assembled.
 */
export interface ReviewState {
  role: ReviewRole;
  annotations: Annotation[];
  /** The thread selected in the panel (highlighted in the text). */
  activeId: string | null;
  status: StatusFilter;
  /** Author filter: `name|initials` of one person, or null for everyone. */
  author: string | null;
  /** A new comment being written, with what it will be anchored to. */
  composer: { anchor: Anchor } | null;
  dialog: ReviewDialog | null;
  panelTab: PanelTab;
  /** An import of reviewers' copies is running. */
  busy: boolean;
  /** Suggestion mode: typing and deleting become suggested changes (off until turned on, in either role). */
  suggesting: boolean;
}

export const reviewStore = createStore<ReviewState>({
  role: 'author',
  annotations: [],
  activeId: null,
  status: 'open',
  author: null,
  composer: null,
  dialog: null,
  panelTab: 'problems',
  busy: false,
  suggesting: false,
}, () => setFieldsLocked(false));

/** The key used by the author filter for a person. */
export const personKey = (a: { name: string; initials: string }) => `${a.name.trim().toLowerCase()}|${a.initials.trim().toLowerCase()}`;

/** Sets the role: review mode locks text and fields and shows the comments first. */
export function setRole(role: ReviewRole): void {
  setFieldsLocked(role === 'reviewer');
  reviewStore.set((s) => ({ role, panelTab: role === 'reviewer' ? 'comments' : s.panelTab, suggesting: s.role === role && s.suggesting }));
  if (role === 'reviewer' && !appStore.get().sidePanelOpen) appStore.set({ sidePanelOpen: true });
}

/**
 * Replaces the comments after a user's change: the draft becomes unsaved (and is autosaved like
 * any other change). `quiet` is for anchors that only moved with the text.
 */
export function setAnnotations(next: Annotation[], o: { quiet?: boolean } = {}): void {
  if (next === reviewStore.get().annotations) return;
  reviewStore.set({ annotations: next });
  if (!o.quiet) docStore.set((s) => ({ dirty: true, revision: s.revision + 1, lastChange: 'typing' }));
}

/** Shows the comments tab (opening the side panel if it was closed). */
export function showCommentsPanel(): void {
  reviewStore.set({ panelTab: 'comments' });
  if (!appStore.get().sidePanelOpen) appStore.set({ sidePanelOpen: true });
}

export const useReview = <T>(select: (s: ReviewState) => T): T => useStore(reviewStore, select);

/** True while the open draft is in review mode. */
export const useIsReviewer = (): boolean => useStore(reviewStore, (s) => s.role === 'reviewer');

/** True while typing and deleting become suggested changes. */
export const useIsSuggesting = (): boolean => useStore(reviewStore, (s) => s.suggesting);

/** The side panel's tab, shared so the review features can bring the comments forward. */
export function usePanelTab(): [PanelTab, (tab: PanelTab) => void] {
  return [useStore(reviewStore, (s) => s.panelTab), (panelTab) => reviewStore.set({ panelTab })];
}

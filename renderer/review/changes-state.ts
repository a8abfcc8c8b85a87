import { useMemo } from 'react';
import { changeAuthors, changeAuthorKey, rowChanges, sectionChanges, type ChangeItem } from '../../core/review/change-list';
import type { RowProposal } from '../../core/draft/annotation';
import type { Draft } from '../../core/draft/schema';
import { rowProposalText } from '../../core/review/row-text';
import { ITEM_SECTION_KIND } from '../../core/review/overview';
import i18next from 'i18next';
import { packView } from '../rules/engine';
import { reviewStore, useReview } from './review-state';
import type { RichText } from '../../core/draft/rich-text';
import type { Author } from '../../core/draft/annotation';
import { createStore, useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { sectionValue } from '../editor/session';
import { templateSections } from '../template';
import { useSettledRevision } from './overview';
import { currentDraft } from '../actions/draft-commands';
import { isBreakKey, isKeptSuggestion } from '../../core/review/kept-suggestion';
import { suggestionConflicts } from '../../core/review/suggestion-conflicts';

/**
 * How the text shows open suggestions (view only, the draft is never changed by it): `markup`
 * shows insertions and deletions marked, `final` the text as if all were accepted, `original` as
 * if all were rejected.
 */
export type SuggestionView = 'markup' | 'final' | 'original';

export interface ChangesState {
  view: SuggestionView;
  /** Author filter of the change list (`changeAuthorKey`), or null for everyone. */
  author: string | null;
  /** The suggestion last jumped to or decided from the list (its row keeps the focus ring). */
  activeId: string | null;
  /** The problems panel shows the findings of the text with every suggestion accepted (a preview). */
  preview: boolean;
  /** Bumped when the list itself decided something, so it is worked out again at once. */
  decided: number;
}

export const changesStore = createStore<ChangesState>({ view: 'markup', author: null, activeId: null, preview: false, decided: 0 });

export const useSuggestionView = (): SuggestionView => useStore(changesStore, (s) => s.view);

/** Shows the text in another view (each section editor carries it for the style sheet). */
export function setSuggestionView(view: SuggestionView): void {
  changesStore.set({ view });
}

const perSection = new WeakMap<RichText, ChangeItem[]>();

/** A proposed row in words, in the interface's language, its cost category by name. */
export function describeRow(p: RowProposal, draft: Draft): string {
  const lang = i18next.language === 'en' ? 'en' : 'sv';
  const categories = packView(draft.editionId)?.costCategories ?? [];
  return rowProposalText(p, draft, lang, (id) => categories.find((c) => c.id === id)?.[lang] ?? id);
}

/**
 * The open suggestions of the draft's text as its editors hold it now, and the proposed rows of
 * its tables (shown with the card of the table), in document order.
 */
export function currentChanges(): ChangeItem[] {
  const draft = docStore.get().draft;
  if (!draft) return [];
  const sections = templateSections(draft.component);
  const rows = rowChanges(reviewStore.get().annotations, (table) => sections.find((s) => s.kind === ITEM_SECTION_KIND[table])?.id, (p) => describeRow(p, draft));
  return sections.flatMap((s) => {
    if (s.kind !== 'text') return rows.filter((i) => i.sectionId === s.id);
    const value = s.kind === 'text' ? sectionValue(s.id) ?? draft.sections[s.id] : undefined;
    if (!value) return [];
    let items = perSection.get(value);
    if (!items) perSection.set(value, (items = sectionChanges(s.id, value)));
    return items;
  });
}

/**
 * The ids of open suggestions that overlap another reviewer's on the same words (merged from
 * several copies): both are kept, and the list says they compete.
 */
function currentConflicts(all: readonly ChangeItem[]): ReadonlySet<string> {
  const draft = currentDraft();
  // Suggestions kept as comments (one that could not be placed beside another's) compete too.
  const kept = draft?.annotations.filter(isKeptSuggestion).map((a) => a.author) ?? [];
  if (new Set([...all.map((i) => i.author), ...kept].map(changeAuthorKey)).size < 2) return new Set();
  // A paragraph break conflicts under `<id>:break`; its entry in the list is the suggestion `<id>`.
  return new Set(draft ? suggestionConflicts(draft).map((id) => (isBreakKey(id) ? id.slice(0, -':break'.length) : id)) : []);
}

/** Which of the list's suggestions conflict: worked out for the list itself only, as it assembles the draft. */
export function useConflicts(all: readonly ChangeItem[]): ReadonlySet<string> {
  return useMemo(() => currentConflicts(all), [all]);
}

/** The change list: every open suggestion, the ones the author filter shows, and who made them. */
export function useChanges(): { all: ChangeItem[]; shown: ChangeItem[]; authors: Author[] } {
  // Typing does not re-work the list per key; a decision from the list does, at once.
  const revision = useSettledRevision();
  const generation = useStore(docStore, (s) => s.generation);
  const decided = useStore(changesStore, (s) => s.decided);
  const author = useStore(changesStore, (s) => s.author);
  const annotations = useReview((s) => s.annotations);
  return useMemo(() => {
    const all = currentChanges();
    const shown = author ? all.filter((i) => changeAuthorKey(i.author) === author) : all;
    return { all, shown, authors: changeAuthors(all) };
    // The revision and generation stand for the text, the comments for the proposed rows.
  }, [revision, generation, decided, author, annotations]);
}


import { i18next } from '../i18n';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { currentChanges } from '../review/changes-state';
import { jumpToChange } from '../review/change-actions';
import { changedText } from '../../core/review/change-list';

/** A suggested change (tracked insertion or deletion) nobody has accepted or rejected yet. */
export interface PendingSuggestion {
  id: string;
  /** What the pre-flight list says about it: where, who, what. */
  text: string;
  /** Shows it where it is. */
  go: () => void;
}

const ellipsis = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The draft's undecided suggestions in document order, for the export's pre-flight list. */
export function pendingSuggestions(): PendingSuggestion[] {
  const draft = docStore.get().draft;
  if (!draft) return [];
  const lang = i18next.language === 'en' ? 'en' : 'sv';
  const sections = templateSections(draft.component);
  return currentChanges().map((c) => ({
    id: c.id,
    text: i18next.t('changes.pending', {
      kind: i18next.t(`changes.kind.${c.kind}`),
      text: ellipsis(changedText(c).trim(), 60),
      author: c.author.name,
      where: sections.find((s) => s.id === c.sectionId)?.title[lang] ?? c.sectionId,
    }),
    go: () => jumpToChange(c.sectionId, c.id),
  }));
}

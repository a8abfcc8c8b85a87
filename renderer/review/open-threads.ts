import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewOverview } from '../../core/review/overview';
import { useStore } from '../state/create-store';
import { docStore } from '../state/doc-state';
import { templateSections } from '../template';
import { editorLayoutDraft } from './live-anchors';
import { activateThread } from './navigate';
import { useReview } from './review-state';
import { anchorLabel } from './targets';

/** An open comment as a list outside the panel names it: where it is, who wrote it, what it says. */
export interface OpenThread {
  id: string;
  where: string;
  /** The commented words, for a comment on part of a text. */
  quote: string | null;
  author: string;
  body: string;
}

/** The draft's unresolved comments in document order (for the export's pre-flight). */
export function useOpenThreads(): OpenThread[] {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const annotations = useReview((s) => s.annotations);
  const fields = useStore(docStore, (s) => s.draft);
  return useMemo(() => {
    if (!fields) return [];
    const sections = templateSections(fields.component);
    const { items } = reviewOverview(editorLayoutDraft(fields, annotations), sections, { status: 'open' });
    return items.map(({ annotation: a, placement }) => {
      const anchor = placement.status === 'placed' ? placement.annotation.anchor : a.anchor;
      return {
        id: a.id,
        where: anchorLabel(anchor, fields, sections, t, lang),
        quote: anchor.kind === 'text' ? anchor.quote.exact : null,
        author: a.author.name,
        body: a.body,
      };
    });
  }, [annotations, fields, t, lang]);
}

/** Shows a comment where it belongs and puts the keyboard in its card in the comments panel. */
export function goToThread(id: string): void {
  activateThread(id, { focusCard: true });
}

import type { ParagraphChild } from 'docx';
import type { CommentPlacer } from './comments';
import type { DocLabels, Lang } from './labels';
import type { NameResolver } from './pack-info';
import type { LayoutBlock } from './page-estimate';

/** One line of the table of contents. */
export interface TocEntry {
  title: string;
  level: 1 | 2;
  /** Bookmark on the heading. */
  href: string;
}

/**
 * What the parts of the builder share while one document is built: the language, names, the
 * running page-layout model, the contents entries, comment placement and id counters.
 */
export interface BuildContext {
  lang: Lang;
  locale: 'sv-SE' | 'en-GB';
  labels: DocLabels;
  names: NameResolver;
  /** Everything in the body after the table of contents, as the page estimate sees it. */
  layout: LayoutBlock[];
  toc: TocEntry[];
  comments: CommentPlacer | null;
  /** A fresh numbering instance: each numbered list starts again at 1. */
  nextListInstance(): number;
  /** A fresh hidden bookmark name for a heading (Word's own "_Toc" prefix keeps it out of sight). */
  nextBookmark(): string;
  /** A fresh id for a Word revision (a suggested insertion or deletion). */
  nextRevisionId(): number;
  /** Wraps content in the comments on a target when comments are exported. */
  wrap(target: string, children: ParagraphChild[]): ParagraphChild[];
}

/** A context for one build. */
export function createContext(o: Omit<BuildContext, 'layout' | 'toc' | 'nextListInstance' | 'nextBookmark' | 'nextRevisionId' | 'wrap'>): BuildContext {
  let list = 0;
  let mark = 0;
  // Revision ids count from high up, clear of the ids docx gives comments and bookmarks.
  let revision = 900_000;
  return {
    ...o,
    layout: [],
    toc: [],
    nextListInstance: () => ++list,
    nextBookmark: () => `_Toc${String(++mark).padStart(6, '0')}`,
    nextRevisionId: () => ++revision,
    wrap: (target, children) => (o.comments ? o.comments.wrap(target, children) : children),
  };
}

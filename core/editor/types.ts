import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { BlockSuggestionMark, FormattedText, LinkElement } from '../draft/rich-text';

/**
 * The editor's node types. They match the stored rich text (core/draft/rich-text.ts) except for
 * list items: Slate needs an element's children to be all blocks or all inlines, so in the editor
 * a list item holds one paragraph followed by nested lists (see convert.ts).
 */

/** A finding shown on a span of text; added by decorations, never stored. */
export interface FindingDecoration {
  kpSeverity?: 'error' | 'warning' | 'info';
  /** Index of the finding in the current findings list, for hover and focus. */
  kpFinding?: number;
  /** A match of the find bar, and whether it is the current one. */
  kpFind?: boolean;
  kpFindCurrent?: boolean;
}

/** A text leaf: stored marks plus decoration-only fields. */
export type EditorText = FormattedText & FindingDecoration;

/** A link inline; its children are formatted text. */
export type LinkEl = Omit<LinkElement, 'children'> & { children: EditorText[] };

/** What may stand inside a text block. */
export type InlineChild = EditorText | LinkEl;

/** Paragraph, headings and block quote: blocks that hold inline content. */
export type TextBlockEl = {
  type: 'paragraph' | 'heading-one' | 'heading-two' | 'block-quote';
  children: InlineChild[];
  /** A suggested paragraph break before this block (stored on top-level blocks only). */
  suggestion?: BlockSuggestionMark;
};

/** A list item: one paragraph, then any nested lists. */
export type ListItemEl = {
  type: 'list-item';
  children: Array<TextBlockEl | ListEl>;
  /** A suggested break before this item: a reviewer's new item, or a proposed join with the item before (format 7). */
  suggestion?: BlockSuggestionMark;
};

/** A bulleted or numbered list. */
export type ListEl = { type: 'bulleted-list' | 'numbered-list'; children: ListItemEl[] };

/** Blocks allowed at the top level of a section. */
export type TopBlock = TextBlockEl | ListEl;

/** Every element type of the editor. */
export type EditorElement = TextBlockEl | ListEl | ListItemEl | LinkEl;

/** Element type names that hold inline content. */
export const TEXT_BLOCK_TYPES = ['paragraph', 'heading-one', 'heading-two', 'block-quote'] as const;
/** Element type names of lists. */
export const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;
/** The text marks the editor supports. */
export const MARKS = ['bold', 'italic', 'underline'] as const;
/** One text mark. */
export type Mark = (typeof MARKS)[number];

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor & HistoryEditor;
    Element: EditorElement;
    Text: EditorText;
  }
}

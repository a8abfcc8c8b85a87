import { z } from 'zod';
import { Author } from './annotation';

/**
 * Rich text as stored in a draft: the Slate value of one section.
 * The schema is deliberately closed (no unknown keys on elements) so that pasted foreign
 * structure never reaches a saved file, but text is never constrained: any string is kept.
 */

/** The character formatting a text can have (each mark `true` or absent). */
export const TextMarks = z.strictObject({
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  underline: z.literal(true).optional(),
});
export type TextMarks = z.infer<typeof TextMarks>;

/**
 * A suggested change on the text it concerns (format 5), as Word keeps w:ins/w:del/w:rPrChange
 * around runs: `insert` is text a reviewer proposes to add, `delete` text they propose to remove,
 * `format` formatting they propose (the text shows it; `formerly` is what it had before). The text
 * carries it through every edit elsewhere, so a suggestion needs no anchor of its own.
 */
export const SuggestionMark = z.strictObject({
  id: z.string().min(1).max(100),
  kind: z.enum(['insert', 'delete', 'format']),
  author: Author,
  createdAt: z.iso.datetime({ offset: true }),
  formerly: TextMarks.optional(),
}).refine((m) => (m.kind === 'format') === (m.formerly !== undefined), {
  message: 'a formatting suggestion says what the formatting was (formerly), and only it does',
  path: ['formerly'],
});
export type SuggestionMark = z.infer<typeof SuggestionMark>;

export const FormattedText = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  underline: z.literal(true).optional(),
  suggestion: SuggestionMark.optional(),
});
export type FormattedText = z.infer<typeof FormattedText>;

/** The longest link address a draft keeps (the editor's link dialog and paste refuse longer ones). */
export const MAX_LINK_URL_LENGTH = 2048;

export const LinkElement = z.strictObject({
  type: z.literal('link'),
  url: z.string().max(MAX_LINK_URL_LENGTH),
  children: z.array(FormattedText).min(1),
});
export type LinkElement = z.infer<typeof LinkElement>;

export const InlineNode = z.union([FormattedText, LinkElement]);
export type InlineNode = z.infer<typeof InlineNode>;

const inlineChildren = z.array(InlineNode).min(1);

/**
 * A suggested paragraph break (format 6), as Word marks the paragraph mark itself inserted or
 * deleted: on a block, it concerns the break before it. `insert`: a reviewer split the block
 * before it here (accepted, the split stays; rejected, this block is joined onto the one before);
 * `delete`: a reviewer proposes joining this block onto the one before (accepted, joined; rejected,
 * the break stays). Only a top-level text block after another one carries it.
 */
export const BlockSuggestionMark = z.strictObject({
  id: z.string().min(1).max(100),
  kind: z.enum(['insert', 'delete']),
  author: Author,
  createdAt: z.iso.datetime({ offset: true }),
});
export type BlockSuggestionMark = z.infer<typeof BlockSuggestionMark>;

const blockSuggestion = BlockSuggestionMark.optional();
export const ParagraphElement = z.strictObject({ type: z.literal('paragraph'), children: inlineChildren, suggestion: blockSuggestion });
export const HeadingOneElement = z.strictObject({ type: z.literal('heading-one'), children: inlineChildren, suggestion: blockSuggestion });
export const HeadingTwoElement = z.strictObject({ type: z.literal('heading-two'), children: inlineChildren, suggestion: blockSuggestion });
export const BlockQuoteElement = z.strictObject({ type: z.literal('block-quote'), children: inlineChildren, suggestion: blockSuggestion });

export type ListItemElement = {
  type: 'list-item';
  children: Array<InlineNode | ListElement>;
  /** A suggested break before this item (format 7): a new item a reviewer started, or a proposed join with the item before. */
  suggestion?: BlockSuggestionMark;
};
export type ListElement = {
  type: 'bulleted-list' | 'numbered-list';
  children: ListItemElement[];
};

export const ListElement: z.ZodType<ListElement, ListElement> = z.lazy(() =>
  z.strictObject({
    type: z.enum(['bulleted-list', 'numbered-list']),
    children: z.array(ListItemElement).min(1),
  }),
);
export const ListItemElement: z.ZodType<ListItemElement, ListItemElement> = z.lazy(() =>
  z.strictObject({
    type: z.literal('list-item'),
    children: z.array(z.union([InlineNode, ListElement])).min(1),
    suggestion: blockSuggestion,
  }),
);

export const BlockElement: z.ZodType<BlockElement, BlockElement> = z.union([
  ParagraphElement,
  HeadingOneElement,
  HeadingTwoElement,
  BlockQuoteElement,
  ListElement,
]);
export type TextBlockElement = {
  type: 'paragraph' | 'heading-one' | 'heading-two' | 'block-quote';
  children: InlineNode[];
  suggestion?: BlockSuggestionMark;
};
export type BlockElement = TextBlockElement | ListElement;

/** The content of one section: at least one block. */
export const RichText = z.array(BlockElement).min(1);
export type RichText = BlockElement[];

/** An empty section: one empty paragraph (Slate needs at least one text node). */
export function emptyRichText(): RichText {
  return [{ type: 'paragraph', children: [{ text: '' }] }];
}

/** Plain paragraphs from text split on blank lines or newlines. */
export function richTextFromPlain(text: string): RichText {
  const paragraphs = text.split(/\r?\n/);
  return paragraphs.map((p) => ({ type: 'paragraph', children: [{ text: p }] }));
}

/** True for bulleted and numbered lists. */
export function isListElement(node: unknown): node is ListElement {
  const t = (node as { type?: unknown } | null)?.type;
  return t === 'bulleted-list' || t === 'numbered-list';
}

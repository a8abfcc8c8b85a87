import { Editor, Element, Path, Point, type Operation } from 'slate';
import type { BlockSuggestionMark } from '../draft/rich-text';
import { isTextBlock } from './block-suggestions';
import { breakHolder, isEmptyItem, itemAt, itemMark, joinItemAt, splitItemAt } from './suggest-list-breaks';
import { leafBeside, type SuggestContext } from './suggest-transforms';
import { sameAuthor } from './threads';

/**
 * New paragraphs and joined paragraphs in suggestion mode, on a live Slate editor (block-edits.ts
 * does the same on stored text): Enter splits a top-level text block, the new block carrying an
 * inserted break; Backspace at a block's start, or a removal across blocks, marks the break for
 * removal. Each change is a single operation that carries its mark, so the review lock
 * (keepsAuthorsText) sees the author's text unchanged at every step. In a list the same happens to
 * list items (suggest-list-breaks.ts).
 */

const isOwn = (mark: BlockSuggestionMark | undefined, ctx: SuggestContext, kind: BlockSuggestionMark['kind']) =>
  mark?.kind === kind && sameAuthor(mark.author, ctx.author);

const newMark = (ctx: SuggestContext, kind: BlockSuggestionMark['kind']): BlockSuggestionMark =>
  ({ id: ctx.newId(), kind, author: ctx.author, createdAt: ctx.now().toISOString() });

/** The top-level text block at a point, if the point is directly in its text (not in a link or a list). */
function topTextBlock(editor: Editor, at: Point): number | undefined {
  const [index] = at.path;
  const block = editor.children[index!];
  return at.path.length === 2 && isTextBlock(block) ? index : undefined;
}

/** The break continues the reviewer's own insertion it is typed in, or is a new one. */
function breakMarkAt(editor: Editor, point: Point, ctx: SuggestContext): BlockSuggestionMark {
  const ownText = leafBeside(editor, point, 'before')?.[0].suggestion;
  return ownText?.kind === 'insert' && sameAuthor(ownText.author, ctx.author)
    ? { id: ownText.id, kind: 'insert', author: ownText.author, createdAt: ownText.createdAt }
    : newMark(ctx, 'insert');
}

/**
 * Suggests a paragraph break, or a new list item, at the caret. Returns false where none can be
 * suggested (in a link). The break continues the reviewer's own insertion it is typed in, or gets
 * `given`. In an empty list item of one's own, Enter takes the new item back (the caret goes to
 * the end of the item before), as Enter in an empty item leaves the list without suggestions.
 */
export function suggestBreakAt(editor: Editor, ctx: SuggestContext, given?: BlockSuggestionMark): boolean {
  const point = editor.selection?.anchor;
  if (!point) return false;
  const item = itemAt(editor, point);
  if (item) {
    if (isEmptyItem(editor, item) && isOwn(itemMark(editor, item), ctx, 'insert')) {
      const end = Editor.end(editor, Path.previous(item));
      if (!joinItemAt(editor, item, true)) return false;
      editor.select(end);
      return true;
    }
    splitItemAt(editor, point, given ?? breakMarkAt(editor, point, ctx));
    return true;
  }
  const index = topTextBlock(editor, point);
  if (index === undefined) return false;
  const block = editor.children[index] as Element & { type: string; suggestion?: BlockSuggestionMark };
  const mark = given ?? breakMarkAt(editor, point, ctx);
  const { children: _children, suggestion: _own, ...props } = block;
  // A heading ended with Enter continues with a paragraph, as without suggestions.
  const atEnd = Editor.isEnd(editor, point, [index]);
  const type = atEnd && (props.type === 'heading-one' || props.type === 'heading-two') ? 'paragraph' : props.type;
  Editor.withoutNormalizing(editor, () => {
    const [leaf] = Editor.leaf(editor, point);
    let position = point.path[1]!;
    if (point.offset > 0 && point.offset < leaf.text.length) {
      const { text: _text, ...leafProps } = leaf;
      editor.apply({ type: 'split_node', path: point.path, position: point.offset, properties: leafProps });
    }
    if (point.offset > 0) position++;
    const op: Operation = { type: 'split_node', path: [index], position, properties: { ...props, type, suggestion: mark } as Partial<Element> };
    editor.apply(op);
  });
  editor.select(Editor.start(editor, [index + 1]));
  return true;
}

/**
 * Suggests joining the block or list item at `path` (see breakHolder) onto the one before: the
 * break is marked for removal with `mark`, or, if the reviewer inserted it, taken back outright.
 * Returns false when the two cannot be joined as a suggestion (not two top-level text blocks, nor
 * two items of one list) or a suggestion is already on the break.
 */
export function suggestJoinAt(editor: Editor, path: Path, ctx: SuggestContext, mark: () => BlockSuggestionMark): 'taken back' | 'marked' | false {
  if (path.length > 1) return suggestItemJoin(editor, path, ctx, mark);
  const [index] = path as [number];
  const block = editor.children[index] as unknown;
  const previous = editor.children[index - 1] as unknown;
  if (index < 1 || !isTextBlock(block) || !isTextBlock(previous)) return false;
  const current = block.suggestion;
  if (isOwn(current, ctx, 'insert')) {
    const { children: _c, ...props } = block;
    editor.apply({ type: 'merge_node', path: [index], position: previous.children.length, properties: props as Partial<Element> });
    return 'taken back';
  }
  if (current) return false;
  editor.apply({ type: 'set_node', path: [index], properties: {}, newProperties: { suggestion: mark() } as Partial<Element> });
  return 'marked';
}

function suggestItemJoin(editor: Editor, path: Path, ctx: SuggestContext, mark: () => BlockSuggestionMark): 'taken back' | 'marked' | false {
  const current = itemMark(editor, path);
  if (isOwn(current, ctx, 'insert')) return joinItemAt(editor, path, true) && 'taken back';
  if (current) return false;
  editor.apply({ type: 'set_node', path, properties: {}, newProperties: { suggestion: mark() } as Partial<Element> });
  return 'marked';
}

/** The blocks and list items whose break lies inside a range from `start` to `end` (later ones first). */
export function breaksBetween(editor: Editor, start: Point, end: Point): Path[] {
  const blocks = Editor.nodes(editor, { at: { anchor: start, focus: end }, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) && !Editor.isVoid(editor, n) && n.children.some((c) => !Element.isElement(c) || editor.isInline(c)), mode: 'lowest' });
  const out: Path[] = [];
  let first = true;
  for (const [, path] of blocks) {
    const holder = first ? undefined : breakHolder(editor, path);
    first = false;
    if (holder) out.unshift(holder);
  }
  return out;
}

/** A delete mark for a break from a text mark (a removal's id, author and time). */
export const breakMarkFrom = (m: { id: string; author: BlockSuggestionMark['author']; createdAt: string }): BlockSuggestionMark =>
  ({ id: m.id, kind: 'delete', author: m.author, createdAt: m.createdAt });

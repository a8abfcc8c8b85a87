import { Editor, Element, Node, Path, Point, type Operation } from 'slate';
import type { BlockSuggestionMark } from '../draft/rich-text';
import type { ListItemEl } from '../editor/types';
import { isTextBlock } from './block-suggestions';

/**
 * New list items and joined list items in suggestion mode, on a live Slate editor (format 7): the
 * counterpart of suggest-breaks.ts inside lists. In the editor a list item holds one paragraph and
 * then its sub-lists (core/editor/convert.ts), so Enter splits the item's paragraph and then the
 * item; the new paragraph carries the mark for that moment (a list item's paragraph's mark means
 * nothing once stored), which is what lets the review lock tell this split from one that would
 * change the author's text. Each step is one operation the lock (keepsAuthorsText) lets through.
 */

const isItem = (n: unknown): n is ListItemEl => Element.isElement(n) && (n as { type?: string }).type === 'list-item';

/** True for a text block that is a list item's own paragraph. */
export function isItemParagraph(editor: Editor, path: Path): boolean {
  return path.length > 1 && Node.has(editor, path) && isItem(Node.get(editor, Path.parent(path)));
}

/**
 * The node that carries the break before the text block at `path`: the block itself at the top
 * level, its list item for an item's paragraph (none for the first block, or a list's first item).
 */
export function breakHolder(editor: Editor, path: Path): Path | undefined {
  if (path.length === 1) return path[0]! > 0 && isTextBlock(editor.children[path[0]!]) ? path : undefined;
  if (!isItemParagraph(editor, path) || path[path.length - 1] !== 0) return undefined;
  const item = Path.parent(path);
  return item[item.length - 1]! > 0 ? item : undefined;
}

/** The list item whose own paragraph holds `point` directly (not inside a link), if any. */
export function itemAt(editor: Editor, point: Point): Path | undefined {
  const paragraph = Path.parent(point.path);
  return paragraph[paragraph.length - 1] === 0 && isItemParagraph(editor, paragraph) ? Path.parent(paragraph) : undefined;
}

/** The mark of a list item at `path`, if it is one. */
export function itemMark(editor: Editor, path: Path): BlockSuggestionMark | undefined {
  const node = Node.has(editor, path) ? Node.get(editor, path) : undefined;
  return isItem(node) ? node.suggestion : undefined;
}

/** True when the item at `path` is empty and has no sub-list (Enter there would end a list without suggestions). */
export function isEmptyItem(editor: Editor, path: Path): boolean {
  const item = Node.get(editor, path) as ListItemEl;
  return item.children.length === 1 && Node.string(item) === '';
}

/** Splits the list item whose paragraph holds `point` there; the new item (and, for now, its paragraph) carries `mark`. */
export function splitItemAt(editor: Editor, point: Point, mark: BlockSuggestionMark): void {
  const item = itemAt(editor, point)!;
  const paragraph = [...item, 0];
  const { children: _children, suggestion: _own, ...props } = Node.get(editor, item) as ListItemEl;
  Editor.withoutNormalizing(editor, () => {
    const [leaf] = Editor.leaf(editor, point);
    let position = point.path[point.path.length - 1]!;
    if (point.offset > 0 && point.offset < leaf.text.length) {
      const { text: _text, ...leafProps } = leaf;
      editor.apply({ type: 'split_node', path: point.path, position: point.offset, properties: leafProps });
    }
    if (point.offset > 0) position++;
    editor.apply({ type: 'split_node', path: paragraph, position, properties: { type: 'paragraph', suggestion: mark } as Partial<Element> });
    editor.apply({ type: 'split_node', path: item, position: 1, properties: { ...props, suggestion: mark } as Partial<Element> });
    editor.apply({ type: 'set_node', path: [...Path.next(item), 0], properties: { suggestion: mark } as Partial<Element>, newProperties: {} });
  });
  editor.select(Editor.start(editor, Path.next(item)));
}

/**
 * Joins list item `path` onto the item before: its text runs on after that item's text, its
 * sub-lists follow that item's (as `joinItems` does on stored text). The paragraph takes the
 * item's mark first, so that the review lock lets a new item's join through (a reviewer taking
 * back their own); `simple` refuses (false) where the item before has sub-lists, whose move the
 * lock would not let through.
 */
export function joinItemAt(editor: Editor, path: Path, simple = false): boolean {
  const previous = Path.previous(path);
  const count = (Node.get(editor, previous) as ListItemEl).children.length;
  if (simple && count > 1) return false;
  const { children: _c, ...props } = Node.get(editor, path) as ListItemEl;
  Editor.withoutNormalizing(editor, () => {
    if (props.suggestion) editor.apply({ type: 'set_node', path: [...path, 0], properties: {}, newProperties: { suggestion: props.suggestion } as Partial<Element> });
    editor.apply({ type: 'merge_node', path, position: count, properties: props as Partial<Element> });
    if (count > 1) editor.apply({ type: 'move_node', path: [...previous, count], newPath: [...previous, 1] });
    const first = Node.get(editor, [...previous, 0]) as Element;
    const { children: _p, ...paragraph } = Node.get(editor, [...previous, 1]) as Element;
    const op: Operation = { type: 'merge_node', path: [...previous, 1], position: first.children.length, properties: paragraph as Partial<Element> };
    editor.apply(op);
  });
  return true;
}

/** The list items of an editor that carry a suggested break, later ones (and inner ones) first. */
export function markedItems(editor: Editor): Array<{ path: Path; mark: BlockSuggestionMark }> {
  const out: Array<{ path: Path; mark: BlockSuggestionMark }> = [];
  for (const [node, path] of Node.nodes(editor)) if (isItem(node) && node.suggestion) out.unshift({ path, mark: node.suggestion });
  return out;
}

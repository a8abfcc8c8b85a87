import { Editor, Element, Node, Path, Range, Transforms } from 'slate';
import { MAX_LIST_DEPTH } from '../../core/draft/file-format';
import { listDepthAt, listLevelsWithin } from '../../core/editor/list-depth';
import type { EditorElement, ListEl, ListItemEl } from '../../core/editor/types';

/** List commands with Word's habits: Tab nests, Shift+Tab lifts, lifting the last level leaves the list. */

const isList = (n: unknown): n is ListEl =>
  Element.isElement(n) && ((n as EditorElement).type === 'bulleted-list' || (n as EditorElement).type === 'numbered-list');
const isItem = (n: unknown): n is ListItemEl => Element.isElement(n) && (n as EditorElement).type === 'list-item';

/** The list items the selection touches, deepest first per branch, in document order. */
export function selectedItems(editor: Editor): Path[] {
  if (!editor.selection) return [];
  const entries = Array.from(Editor.nodes(editor, { match: isItem, mode: 'lowest' }));
  return entries.map(([, p]) => p);
}

/** The innermost list item around the selection, if any. */
export function currentItem(editor: Editor): [ListItemEl, Path] | undefined {
  const e = Editor.above(editor, { match: isItem, mode: 'lowest' });
  return e as [ListItemEl, Path] | undefined;
}

/** True when nesting the item at `path` one level deeper would take it (or its own nested items) past MAX_LIST_DEPTH. */
export function isAtDeepestLevel(editor: Editor, path: Path): boolean {
  return listDepthAt(editor, path) + listLevelsWithin(Node.get(editor, path)) >= MAX_LIST_DEPTH;
}

/** Nests the item at `path` under its previous sibling. Returns false when it has none or lists may go no deeper. */
export function indentItem(editor: Editor, path: Path): boolean {
  const index = path.at(-1)!;
  if (index === 0 || isAtDeepestLevel(editor, path)) return false;
  const list = Node.get(editor, Path.parent(path)) as ListEl;
  const prevPath = Path.previous(path);
  const prev = Node.get(editor, prevPath) as ListItemEl;
  Editor.withoutNormalizing(editor, () => {
    const last = prev.children.at(-1);
    if (!isList(last)) {
      Transforms.insertNodes(editor, { type: list.type, children: [] } as unknown as ListEl, { at: [...prevPath, prev.children.length] });
    }
    const nested = [...prevPath, isList(last) ? prev.children.length - 1 : prev.children.length];
    const count = (Node.get(editor, nested) as ListEl).children.length;
    Transforms.moveNodes(editor, { at: path, to: [...nested, count] });
  });
  return true;
}

/** Lifts the item at `path` one level; at the top level it becomes a paragraph again. */
export function outdentItem(editor: Editor, path: Path): void {
  const listPath = Path.parent(path);
  const list = Node.get(editor, listPath) as ListEl;
  const index = path.at(-1)!;
  const parentPath = Path.parent(listPath);
  const parent = listPath.length > 1 ? Node.get(editor, parentPath) : null;
  Editor.withoutNormalizing(editor, () => {
    if (isItem(parent)) {
      // Following siblings stay after the lifted item: they become its nested list.
      const following = list.children.length - index - 1;
      if (following > 0) {
        const item = Node.get(editor, path) as ListItemEl;
        const at = [...path, item.children.length];
        Transforms.insertNodes(editor, { type: list.type, children: [] } as unknown as ListEl, { at });
        for (let k = 0; k < following; k++) {
          Transforms.moveNodes(editor, { at: [...listPath, index + 1], to: [...at, k] });
        }
      }
      Transforms.moveNodes(editor, { at: path, to: Path.next(parentPath) });
      if ((Node.get(editor, listPath) as ListEl).children.length === 0) Transforms.removeNodes(editor, { at: listPath });
      return;
    }
    // Top level: split the list around the item and put the item's content in between.
    const after = Path.next(listPath);
    const following = list.children.length - index - 1;
    if (following > 0) {
      Transforms.insertNodes(editor, { type: list.type, children: [] } as unknown as ListEl, { at: after });
      for (let k = 0; k < following; k++) Transforms.moveNodes(editor, { at: [...listPath, index + 1], to: [...after, k] });
    }
    const item = Node.get(editor, path) as ListItemEl;
    for (let k = item.children.length - 1; k >= 0; k--) Transforms.moveNodes(editor, { at: [...path, k], to: after });
    Transforms.removeNodes(editor, { at: path });
    if (index === 0) Transforms.removeNodes(editor, { at: listPath });
  });
}

/** Turns the selected blocks into a list of `type`, switches the list type, or leaves the list. */
export function toggleList(editor: Editor, type: ListEl['type']): void {
  if (!editor.selection) return;
  const lists = Array.from(Editor.nodes(editor, { match: isList, mode: 'lowest' }));
  if (lists.length > 0) {
    const [[list, listPath]] = lists as [[ListEl, Path]];
    if (list.type !== type) {
      Transforms.setNodes<EditorElement>(editor, { type }, { at: listPath });
      return;
    }
    liftOutOfLists(editor);
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes<EditorElement>(editor, { type: 'paragraph' }, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) && !isList(n) && !isItem(n), mode: 'lowest' });
    Transforms.wrapNodes(editor, { type: 'list-item', children: [] } as unknown as ListItemEl, { match: (n) => Element.isElement(n) && (n as EditorElement).type === 'paragraph', mode: 'lowest' });
    Transforms.wrapNodes(editor, { type, children: [] } as unknown as ListEl, { match: isItem, mode: 'highest' });
  });
}

/** Lifts every selected item all the way out of its lists. */
export function liftOutOfLists(editor: Editor): void {
  for (let guard = 0; guard < 50; guard++) {
    const items = selectedItems(editor);
    if (items.length === 0) return;
    Editor.withoutNormalizing(editor, () => {
      for (const p of [...items].reverse()) outdentItem(editor, p);
    });
  }
}

/** True when the collapsed selection is at the very start of a list item's paragraph. */
export function isAtItemStart(editor: Editor): boolean {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return false;
  const item = currentItem(editor);
  if (!item) return false;
  return Editor.isStart(editor, selection.anchor, [...item[1], 0]);
}

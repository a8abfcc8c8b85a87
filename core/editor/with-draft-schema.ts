import { Editor, Element, Node, Path, Text, Transforms, type NodeEntry } from 'slate';
import { MAX_LIST_DEPTH } from '../draft/file-format';
import { listDepthAt } from './list-depth';
import type { EditorElement } from './types';

/**
 * Structural invariants of a section's value, repaired silently so that the editor can work:
 * top level holds text blocks and lists; a list holds list items; a list item holds one
 * paragraph followed by nested lists, at most MAX_LIST_DEPTH levels deep; text blocks and links
 * hold inline content only.
 * Every repair wraps, unwraps, splits or retypes nodes — none removes text (Slate's default
 * normalisation would drop misplaced text, so these run first). Programme rules never live here.
 */

const TEXT_BLOCKS = new Set(['paragraph', 'heading-one', 'heading-two', 'block-quote']);
const LISTS = new Set(['bulleted-list', 'numbered-list']);
const KNOWN = new Set([...TEXT_BLOCKS, ...LISTS, 'list-item', 'link']);

const typeOf = (n: Node): string | undefined => (Element.isElement(n) ? (n as EditorElement).type : undefined);
const isInlineNode = (editor: Editor, n: Node) => Text.isText(n) || (Element.isElement(n) && editor.isInline(n));
const isList = (n: Node) => LISTS.has(typeOf(n) ?? '');
const isTextBlock = (n: Node) => TEXT_BLOCKS.has(typeOf(n) ?? '');

/**
 * Moves children [from, to] of `path` into a new element inserted in their place. Built from
 * insert + move (not wrapNodes) because it must also work on nodes that have no text yet.
 */
function wrapChildren(editor: Editor, path: Path, from: number, to: number, type: EditorElement['type']): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, { type, children: [] } as unknown as EditorElement, { at: [...path, from] });
    for (let k = to + 1; k >= from + 1; k--) {
      Transforms.moveNodes(editor, { at: [...path, k], to: [...path, from, 0] });
    }
  });
}

/** Replaces child `i` of `path` by its own children (keeps them, drops only the wrapper). */
function unwrapChild(editor: Editor, path: Path, i: number, count: number): void {
  Editor.withoutNormalizing(editor, () => {
    for (let k = count - 1; k >= 0; k--) Transforms.moveNodes(editor, { at: [...path, i, k], to: [...path, i + 1] });
    Transforms.removeNodes(editor, { at: [...path, i] });
  });
}

/** Moves children from `i` on into a new sibling element of the same type after `path`. */
function splitAt(editor: Editor, path: Path, i: number, count: number, type: EditorElement['type']): void {
  Editor.withoutNormalizing(editor, () => {
    const next = Path.next(path);
    Transforms.insertNodes(editor, { type, children: [] } as unknown as EditorElement, { at: next });
    for (let k = count - 1; k >= i; k--) Transforms.moveNodes(editor, { at: [...path, k], to: [...next, 0] });
  });
}

/** Wraps the first run of inline children of `path` into a paragraph; true when it changed something. */
function wrapInlineRun(editor: Editor, path: Path, children: readonly Node[]): boolean {
  const start = children.findIndex((c) => isInlineNode(editor, c));
  if (start < 0) return false;
  let end = start;
  while (end + 1 < children.length && isInlineNode(editor, children[end + 1]!)) end++;
  wrapChildren(editor, path, start, end, 'paragraph');
  return true;
}

/**
 * An item at the deepest level may not hold lists (a pasted list, say, nested deeper than a file
 * may): their items follow it in its own list instead, in order, text and all.
 */
function liftNestedItems(editor: Editor, path: Path, children: EditorElement[]): void {
  Editor.withoutNormalizing(editor, () => {
    const to = Path.next(path);
    for (let k = children.length - 1; k >= 1; k--) {
      const items = (children[k] as EditorElement & { children: unknown[] }).children.length;
      for (let j = items - 1; j >= 0; j--) Transforms.moveNodes(editor, { at: [...path, k, j], to });
      Transforms.removeNodes(editor, { at: [...path, k] });
    }
  });
}

function normalizeContainer(editor: Editor, node: Editor | EditorElement, path: Path): boolean {
  const children = node.children as Node[];
  const kind = Editor.isEditor(node) ? 'root' : typeOf(node);
  if (kind === 'root' || kind === 'list-item') {
    // Blocks-only containers: stray inline content is wrapped, never dropped.
    if (children.some((c) => isInlineNode(editor, c))) return wrapInlineRun(editor, path, children);
  }
  if (kind === 'root') {
    if (children.length === 0) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
      return true;
    }
    const i = children.findIndex((c) => typeOf(c) === 'list-item');
    if (i >= 0) {
      wrapChildren(editor, path, i, i, 'bulleted-list');
      return true;
    }
  }
  if (kind !== undefined && LISTS.has(kind)) {
    if (children.length === 0) {
      Transforms.removeNodes(editor, { at: path });
      return true;
    }
    const i = children.findIndex((c) => typeOf(c) !== 'list-item');
    if (i >= 0) {
      const child = children[i]!;
      if (isList(child)) {
        // A list directly inside a list belongs to the previous item (or a new one).
        if (i > 0) Transforms.moveNodes(editor, { at: [...path, i], to: [...path, i - 1, (children[i - 1] as EditorElement).children.length] });
        else wrapChildren(editor, path, i, i, 'list-item');
      } else wrapChildren(editor, path, i, i, 'list-item');
      return true;
    }
  }
  if (kind === 'list-item') {
    const nestedItem = children.findIndex((c) => typeOf(c) === 'list-item');
    if (nestedItem >= 0) {
      wrapChildren(editor, path, nestedItem, nestedItem, 'bulleted-list');
      return true;
    }
    if (children.length === 0 || !isTextBlock(children[0]!)) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [...path, 0] });
      return true;
    }
    if (typeOf(children[0]!) !== 'paragraph') {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: [...path, 0] });
      return true;
    }
    const i = children.findIndex((c, k) => k > 0 && !isList(c));
    if (i > 0) {
      // A second paragraph starts a new item (this is how Enter splits an item).
      splitAt(editor, path, i, children.length, 'list-item');
      return true;
    }
    // Only at the deepest level itself: items further down are lifted in turn once they get there
    // (lifting them all where they are would move each one many times).
    if (children.length > 1 && listDepthAt(editor, path) === MAX_LIST_DEPTH) {
      liftNestedItems(editor, path, children as EditorElement[]);
      return true;
    }
  }
  if (kind !== undefined && (TEXT_BLOCKS.has(kind) || kind === 'link')) {
    const i = children.findIndex((c) => !isInlineNode(editor, c) || (kind === 'link' && typeOf(c) === 'link'));
    if (i >= 0) {
      unwrapChild(editor, path, i, (children[i] as EditorElement).children?.length ?? 0);
      return true;
    }
  }
  return false;
}

/** Adds the draft's structural normalisation to an editor (pure Slate; safe headless). */
export function withDraftSchema<E extends Editor>(editor: E): E {
  const { normalizeNode, isInline } = editor;
  editor.isInline = (el) => (el as EditorElement).type === 'link' || isInline(el);
  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && !KNOWN.has(typeOf(node) ?? '')) {
      // Unknown structure (e.g. pasted) becomes a paragraph; its text stays.
      Transforms.setNodes<EditorElement>(editor, { type: 'paragraph' }, { at: path });
      return;
    }
    if ((Editor.isEditor(node) || Element.isElement(node)) && normalizeContainer(editor, node as Editor | EditorElement, path)) return;
    normalizeNode(entry, options);
  };
  return editor;
}

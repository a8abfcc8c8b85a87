import { Element, Node, Path, Text, type Editor, type Operation } from 'slate';
import type { SuggestionMark } from '../draft/rich-text';

/**
 * Which editor operations leave the author's text as it is: the text with every open suggestion
 * rejected (`rejectAll`) is the same before and after. These are the operations a reviewer's
 * suggestions (and their undo and redo) consist of, so review mode lets exactly these through:
 * adding and changing suggested insertions, marking text for removal or reformatting it as a
 * suggestion (and taking that back), and splitting and joining leaves without changing them.
 */

type Leaf = Partial<Text> & { suggestion?: SuggestionMark };
const FORMAT_KEYS = ['bold', 'italic', 'underline'] as const;
const LEAF_KEYS = new Set<string>(['suggestion', ...FORMAT_KEYS]);

const isInsertion = (n: unknown) => (n as Leaf | undefined)?.suggestion?.kind === 'insert';

/** How a leaf looks in the author's text: gone if suggested, else its formatting (its former one if reformatted). */
function authorsView(leaf: Leaf): string {
  if (leaf.suggestion?.kind === 'insert') return 'none';
  const marks = leaf.suggestion?.kind === 'format' ? leaf.suggestion.formerly ?? {} : leaf;
  return FORMAT_KEYS.map((k) => (marks[k] ? k[0] : '-')).join('');
}

function textAt(editor: Editor, path: Path): Text | undefined {
  if (!Node.has(editor, path)) return undefined;
  const node = Node.get(editor, path);
  return Text.isText(node) ? node : undefined;
}

/** A leaf with `newProperties` set in place of `properties`. */
function changed(leaf: Text, properties: object, newProperties: object): Leaf {
  const out: Record<string, unknown> = { ...leaf };
  for (const k of Object.keys(properties)) delete out[k];
  return { ...out, ...newProperties };
}

const typeAt = (editor: Editor, path: Path): string | undefined => {
  const node = Node.has(editor, path) ? Node.get(editor, path) : undefined;
  return node && Element.isElement(node) ? (node as { type?: string }).type : undefined;
};

/**
 * Elements whose suggested break the author's text depends on: top-level blocks and list items.
 * A list item's own paragraph may carry a mark for a moment too (suggest-list-breaks.ts); stored,
 * it means nothing, so setting or unsetting it changes nothing.
 */
function breakElement(editor: Editor, path: Path): 'block' | 'item' | 'item-paragraph' | undefined {
  if (path.length === 1) return 'block';
  const type = typeAt(editor, path);
  if (type === 'list-item') return 'item';
  return type && path.length > 1 && typeAt(editor, Path.parent(path)) === 'list-item' ? 'item-paragraph' : undefined;
}

/** A top-level block's (or list item's) break is in the author's text unless a reviewer inserted it. */
const authorsBreak = (mark: unknown) => (mark as SuggestionMark | undefined)?.kind !== 'insert';

/** Marking a break for removal, or taking that back: the block's suggestion changes, the author's break does not. */
function setsOnlyBreakMark(editor: Editor, op: Extract<Operation, { type: 'set_node' }>): boolean {
  const keys = [...Object.keys(op.properties), ...Object.keys(op.newProperties)];
  if (!Node.has(editor, op.path) || !keys.every((k) => k === 'suggestion')) return false;
  const now = (Node.get(editor, op.path) as { suggestion?: unknown }).suggestion;
  const next = 'suggestion' in op.newProperties ? (op.newProperties as { suggestion?: unknown }).suggestion : undefined;
  return authorsBreak(now) === authorsBreak(next);
}

/** True when applying `op` to `editor` now cannot change the author's text. */
export function keepsAuthorsText(editor: Editor, op: Operation): boolean {
  switch (op.type) {
    case 'set_selection':
      return true;
    case 'insert_text':
    case 'remove_text':
      return isInsertion(textAt(editor, op.path));
    case 'insert_node':
    case 'remove_node':
      return Text.isText(op.node) && (op.node.text === '' || isInsertion(op.node));
    case 'split_node': {
      // A new paragraph or list item of a reviewer's: the node after the split carries an inserted break.
      if (breakElement(editor, op.path)) return isInsertion(op.properties);
      const leaf = textAt(editor, op.path);
      return !!leaf && Text.equals(leaf, { ...op.properties, text: leaf.text } as Text, { loose: true });
    }
    case 'merge_node': {
      // Taking a new paragraph or item back (or undoing it) joins a node whose break was inserted.
      if (breakElement(editor, op.path)) return Node.has(editor, op.path) && isInsertion(Node.get(editor, op.path));
      // The joined leaf keeps the first one's properties: only an empty leaf may lose its own.
      const leaf = textAt(editor, op.path);
      const previous = op.path[op.path.length - 1]! > 0 ? textAt(editor, Path.previous(op.path)) : undefined;
      return !!leaf && !!previous && (leaf.text === '' || Text.equals(leaf, previous, { loose: true }));
    }
    case 'set_node': {
      const element = breakElement(editor, op.path);
      if (element === 'item-paragraph') return [...Object.keys(op.properties), ...Object.keys(op.newProperties)].every((k) => k === 'suggestion');
      if (element) return setsOnlyBreakMark(editor, op);
      const leaf = textAt(editor, op.path);
      const keys = [...Object.keys(op.properties), ...Object.keys(op.newProperties)];
      return !!leaf && keys.every((k) => LEAF_KEYS.has(k)) && authorsView(leaf) === authorsView(changed(leaf, op.properties, op.newProperties));
    }
    default:
      return false;
  }
}

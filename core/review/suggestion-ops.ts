import { Node, Path, Text, type Editor, type Operation } from 'slate';
import type { SuggestionMark } from '../draft/rich-text';

/**
 * Which editor operations leave the author's text as it is: the text with every open suggestion
 * rejected (`rejectAll`) is the same before and after. These are the operations a reviewer's
 * suggestions (and their undo and redo) consist of, so review mode lets exactly these through:
 * adding and changing suggested insertions, marking plain text for removal and unmarking it,
 * and splitting and joining leaves without changing what they say or suggest.
 */

const markOf = (n: unknown): SuggestionMark | undefined => (n as { suggestion?: SuggestionMark } | undefined)?.suggestion;
const isInsertion = (n: unknown) => markOf(n)?.kind === 'insert';
const sameMark = (a: unknown, b: unknown) => markOf(a)?.id === markOf(b)?.id && markOf(a)?.kind === markOf(b)?.kind;

function textAt(editor: Editor, path: Path): Text | undefined {
  if (!Node.has(editor, path)) return undefined;
  const node = Node.get(editor, path);
  return Text.isText(node) ? node : undefined;
}

/** A change of a leaf's properties that only marks plain text for removal, or takes such a mark back. */
function onlyTogglesRemoval(properties: object, newProperties: object): boolean {
  const keys = new Set([...Object.keys(properties), ...Object.keys(newProperties)]);
  return [...keys].every((k) => k === 'suggestion') && !isInsertion(properties) && !isInsertion(newProperties);
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
      const leaf = textAt(editor, op.path);
      return !!leaf && sameMark(leaf, op.properties);
    }
    case 'merge_node': {
      // The joined leaf keeps the first one's properties: only an empty leaf may lose its own.
      const leaf = textAt(editor, op.path);
      const previous = op.path[op.path.length - 1]! > 0 ? textAt(editor, Path.previous(op.path)) : undefined;
      return !!leaf && !!previous && (leaf.text === '' || sameMark(leaf, previous));
    }
    case 'set_node':
      return !!textAt(editor, op.path) && onlyTogglesRemoval(op.properties, op.newProperties);
    default:
      return false;
  }
}

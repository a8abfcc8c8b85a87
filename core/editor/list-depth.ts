import { Element, Node, Text, type Path } from 'slate';
import type { EditorElement } from './types';

/** How deep lists nest in the editor, measured against MAX_LIST_DEPTH (core/draft/file-format.ts). */

const isList = (n: Node) => {
  const type = Element.isElement(n) ? (n as EditorElement).type : undefined;
  return type === 'bulleted-list' || type === 'numbered-list';
};

/** How many lists enclose the node at `path`, counting the node itself when it is a list (1 for a top-level list or its items). */
export function listDepthAt(root: Node, path: Path): number {
  let depth = 0;
  let node = root;
  for (const index of path) {
    node = Node.child(node, index);
    if (isList(node)) depth++;
  }
  return depth;
}

/** How many levels of lists a node (or a whole editor) holds below itself (0 for an item without nested lists). */
export function listLevelsWithin(node: Node): number {
  if (Text.isText(node)) return 0;
  let deepest = 0;
  for (const child of node.children) deepest = Math.max(deepest, (isList(child) ? 1 : 0) + listLevelsWithin(child));
  return deepest;
}

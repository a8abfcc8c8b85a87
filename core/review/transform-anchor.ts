import { createEditor, Path, Point, Transforms, type Descendant, type Operation } from 'slate';
import type { Anchor, Annotation } from '../draft/annotation';
import { offsetToPoint, projectText, type SlateNodeLike } from './plain-text';
import { anchorOffsets, rangeEdges, type TextAnchor } from './text-anchor';

/**
 * Moving text anchors along with editing operations, so a comment stays on its words while the
 * author types. Points move with slate's own Point.transform; the range is *inward*: typing at
 * either edge stays outside the comment, typing inside extends it. When the node holding an edge
 * is removed, the edge moves to the nearest remaining text (the start forward, the end backward),
 * which needs the value the operation applies to. A range whose text is all deleted collapses
 * (resolveAnchor then reports it as an orphan, or re-finds its quote if the text comes back, as
 * on undo).
 */

type TextEntry = { path: Path; length: number };

function textEntries(root: readonly SlateNodeLike[]): TextEntry[] {
  const out: TextEntry[] = [];
  const visit = (node: SlateNodeLike, path: Path) => {
    if ('text' in node && typeof node.text === 'string') out.push({ path, length: node.text.length });
    else if ('children' in node) node.children.forEach((c, i) => visit(c, [...path, i]));
  };
  root.forEach((n, i) => visit(n, [i]));
  return out;
}

/** Where an edge inside a removed node goes: the nearest text outside it, in the given direction first. */
function edgeAfterRemoval(
  op: Extract<Operation, { type: 'remove_node' }>,
  root: readonly SlateNodeLike[] | undefined,
  prefer: 'next' | 'previous',
): Point | null {
  if (!root) return null;
  let previous: Point | null = null;
  let next: Point | null = null;
  for (const t of textEntries(root)) {
    if (Path.isBefore(t.path, op.path)) previous = { path: t.path, offset: t.length };
    else if (Path.isAfter(t.path, op.path)) {
      next = Point.transform({ path: t.path, offset: 0 }, op);
      break;
    }
  }
  return prefer === 'next' ? (next ?? previous) : (previous ?? next);
}

/**
 * An anchor after one operation on *its own section* (the caller picks the section; see
 * applyOpsToAnnotations). Only text anchors move. `root` is the section value *before* the
 * operation; it is only read for `remove_node`. Without it, an anchor whose text was entirely
 * inside a removed node is marked detached (it keeps its quote). Returns the same object when
 * nothing moved.
 */
export function transformAnchor<A extends Anchor>(anchor: A, op: Operation, root?: readonly SlateNodeLike[]): A {
  if (anchor.kind !== 'text') return anchor;
  return transformTextAnchor(anchor as TextAnchor, op, root) as A;
}

function transformTextAnchor(anchor: TextAnchor, op: Operation, root?: readonly SlateNodeLike[]): TextAnchor {
  if (anchor.detached) return anchor;
  const [start, end] = rangeEdges(anchor);
  const collapsed = Point.equals(start, end);
  let s = Point.transform(start, op, { affinity: 'forward' });
  let e = Point.transform(end, op, { affinity: collapsed ? 'forward' : 'backward' });
  if (op.type === 'remove_node') {
    s ??= edgeAfterRemoval(op, root, 'next');
    e ??= edgeAfterRemoval(op, root, 'previous');
    if (!s && !e) return { ...anchor, detached: true };
    s ??= e;
    e ??= s;
  }
  if (!s || !e) return anchor; // Point.transform returns null only for remove_node, handled above
  if (Point.isAfter(s, e)) e = s; // the whole range was removed: collapse where it stood
  if (Point.equals(s, start) && Point.equals(e, end) && anchor.anchor === start) return anchor;
  return { ...anchor, anchor: s, focus: e };
}

function leafLength(root: readonly SlateNodeLike[], path: Path): number | null {
  let node: SlateNodeLike | undefined = { children: root };
  for (const i of path) node = node && 'children' in node ? node.children[i] : undefined;
  return node && 'text' in node ? node.text.length : null;
}

/**
 * An anchor with its edges on the text they enclose: a start at the very end of a leaf moves to
 * the start of the next leaf of the block, an end at the very start of a leaf to the end of the
 * previous one. Slate points are ambiguous at leaf boundaries, and without this a start left at
 * the end of a bold word would take in what is typed at the start of the next word. `value` is
 * the section value the anchor's points refer to. Returns the same object when nothing moved.
 */
export function snapAnchorEdges<A extends Anchor>(anchor: A, value: readonly SlateNodeLike[]): A {
  if (anchor.kind !== 'text' || anchor.detached) return anchor;
  const [start, end] = rangeEdges(anchor);
  const atLeafEnd = start.offset > 0 && start.offset === leafLength(value, start.path);
  const atLeafStart = end.offset === 0 && !Point.equals(start, end);
  if (!atLeafEnd && !atLeafStart) return anchor;
  const p = projectText(value);
  const offsets = anchorOffsets(p, anchor);
  if (!offsets) return anchor;
  const collapsed = offsets[0] === offsets[1];
  const s = offsetToPoint(p, offsets[0], 'forward');
  const e = offsetToPoint(p, offsets[1], collapsed ? 'forward' : 'backward');
  if (!s || !e || (Point.equals(s, anchor.anchor) && Point.equals(e, anchor.focus))) return anchor;
  return { ...anchor, anchor: s, focus: e };
}

/**
 * The annotations after a batch of operations on one section (e.g. `editor.operations` in an
 * onChange handler). `valueBefore` is the section value the first operation applied to (in the
 * same node layout as the operations' paths); the batch is replayed on a scratch copy to repair
 * edges in removed nodes and to snap edges onto their text afterwards. Unchanged annotations keep
 * their identity, and the array itself is returned when nothing moved.
 */
export function applyOpsToAnnotations(
  annotations: readonly Annotation[],
  sectionId: string,
  ops: readonly Operation[],
  valueBefore: readonly SlateNodeLike[],
): Annotation[] {
  const affected = annotations.some((a) => a.anchor.kind === 'text' && a.anchor.sectionId === sectionId);
  if (!affected || ops.length === 0) return annotations as Annotation[];
  const scratch = createEditor();
  scratch.children = valueBefore as Descendant[];
  let replayOk = true;

  const anchors = annotations.map((a) => a.anchor);
  for (const op of ops) {
    const root = replayOk ? (scratch.children as readonly SlateNodeLike[]) : undefined;
    for (let i = 0; i < anchors.length; i++) {
      const a = anchors[i]!;
      if (a.kind === 'text' && a.sectionId === sectionId) anchors[i] = transformAnchor(a, op, root);
    }
    if (!replayOk) continue;
    try {
      Transforms.transform(scratch, op);
    } catch {
      // The batch does not fit the value given; carry on without it (edges in removed nodes then
      // snap to the other edge, or the anchor is detached).
      replayOk = false;
    }
  }
  let changed = false;
  const out = annotations.map((a, i) => {
    let anchor = anchors[i]!;
    // Snap even unmoved anchors: text removed next to an edge can leave it on a leaf boundary.
    if (replayOk && a.anchor.kind === 'text' && a.anchor.sectionId === sectionId) {
      anchor = snapAnchorEdges(anchor, scratch.children as readonly SlateNodeLike[]);
    }
    if (anchor === a.anchor) return a;
    changed = true;
    return { ...a, anchor };
  });
  return changed ? out : (annotations as Annotation[]);
}

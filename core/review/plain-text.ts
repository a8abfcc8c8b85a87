import type { Path, Point } from 'slate';

/**
 * The plain-text projection of one section's Slate value: every text leaf in document order,
 * with a line break between leaves of different blocks. Quotes are taken from it and searched in
 * it; the leaf table maps offsets back to Slate points. Works for any Slate-shaped value (the
 * stored rich text or the editor's value), because it only looks at `text` and `children`.
 */

/** The part of a Slate node this module reads. */
export type SlateNodeLike = { text: string } | { type?: string; children: readonly SlateNodeLike[] };

/** One text leaf: its path, where it starts in the projection, and its text. */
export interface ProjectedLeaf {
  path: Path;
  start: number;
  text: string;
}

/** A section's text with the leaf table that maps offsets back to points. */
export interface Projection {
  text: string;
  leaves: ProjectedLeaf[];
}

/** Which leaf an offset on a leaf boundary belongs to: the following one or the preceding one. */
export type Bias = 'forward' | 'backward';

/** Elements that flow inside a block rather than forming one. */
const INLINE_TYPES = new Set(['link']);

const isText = (n: SlateNodeLike): n is { text: string } => typeof (n as { text?: unknown }).text === 'string';

/** Projects a section value (its top-level blocks) to plain text. */
export function projectText(value: readonly SlateNodeLike[]): Projection {
  const leaves: ProjectedLeaf[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: string | null = null;

  const visit = (node: SlateNodeLike, path: number[], block: string) => {
    if (isText(node)) {
      if (lastBlock !== null && lastBlock !== block) {
        parts.push('\n');
        length += 1;
      }
      lastBlock = block;
      leaves.push({ path, start: length, text: node.text });
      parts.push(node.text);
      length += node.text.length;
      return;
    }
    const inline = typeof node.type === 'string' && INLINE_TYPES.has(node.type);
    const childBlock = inline ? block : path.join(',');
    node.children.forEach((child, i) => visit(child, [...path, i], childBlock));
  };
  value.forEach((node, i) => visit(node, [i], ''));
  return { text: parts.join(''), leaves };
}

function comparePaths(a: Path, b: Path): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/** The projection offset of a point, or null when the point names no leaf or lies past its end. */
export function pointToOffset(p: Projection, point: Point): number | null {
  let lo = 0;
  let hi = p.leaves.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const leaf = p.leaves[mid]!;
    const c = comparePaths(leaf.path, point.path);
    if (c === 0) return point.offset <= leaf.text.length ? leaf.start + point.offset : null;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/**
 * The point at a projection offset (clamped to the text). On a boundary between two leaves,
 * `forward` picks the start of the later leaf and `backward` the end of the earlier one, so a
 * range's start and end stay on the text they enclose. Null only for a value without text leaves.
 */
export function offsetToPoint(p: Projection, offset: number, bias: Bias): Point | null {
  if (p.leaves.length === 0) return null;
  const o = Math.max(0, Math.min(offset, p.text.length));
  // Leaves are sorted by start; find the last leaf starting at or before o (forward) or the first
  // leaf ending at or after o (backward).
  let lo = 0;
  let hi = p.leaves.length - 1;
  if (bias === 'forward') {
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (p.leaves[mid]!.start <= o) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const leaf = p.leaves[found]!;
    return { path: leaf.path, offset: Math.min(o - leaf.start, leaf.text.length) };
  }
  let found = p.leaves.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const leaf = p.leaves[mid]!;
    if (leaf.start + leaf.text.length >= o) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  const leaf = p.leaves[found]!;
  return { path: leaf.path, offset: Math.max(0, Math.min(o - leaf.start, leaf.text.length)) };
}

/**
 * Maps a point from one value to another with the same text but a different node layout (e.g.
 * the stored rich text and the editor's value, whose list items nest differently). Null when the
 * point is not in `from` or `to` has no text.
 */
export function remapPoint(
  from: readonly SlateNodeLike[],
  to: readonly SlateNodeLike[],
  point: Point,
  bias: Bias,
): Point | null {
  const offset = pointToOffset(projectText(from), point);
  return offset === null ? null : offsetToPoint(projectText(to), offset, bias);
}

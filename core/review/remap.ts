import type { Annotation } from '../draft/annotation';
import { offsetToPoint, projectText, type SlateNodeLike } from './plain-text';
import { anchorOffsets } from './text-anchor';

/**
 * Stored anchors point into a section's *stored* rich text. An editor whose value nests nodes
 * differently (the app's editor puts a paragraph inside every list item) maps them into its own
 * layout when it opens the section, tracks them there with applyOpsToAnnotations, and maps them
 * back before the draft is saved. Both layouts have the same text, so the mapping goes through
 * the plain-text projection and loses nothing.
 */

/**
 * The annotations with the text anchors of `sectionId` moved from the node layout of `from` to
 * that of `to` (two values with the same text). Anchors whose points are not in `from`, detached
 * anchors and other anchors are returned as they are; so is the array when nothing moved.
 */
export function remapAnnotations(
  annotations: readonly Annotation[],
  sectionId: string,
  from: readonly SlateNodeLike[],
  to: readonly SlateNodeLike[],
): Annotation[] {
  const wanted = (a: Annotation) => a.anchor.kind === 'text' && a.anchor.sectionId === sectionId && !a.anchor.detached;
  if (!annotations.some(wanted)) return annotations as Annotation[];
  const pFrom = projectText(from);
  const pTo = projectText(to);
  let changed = false;
  const out = annotations.map((a) => {
    if (!wanted(a) || a.anchor.kind !== 'text') return a;
    const offsets = anchorOffsets(pFrom, a.anchor);
    if (!offsets) return a;
    const anchor = offsetToPoint(pTo, offsets[0], 'forward');
    const focus = offsetToPoint(pTo, offsets[1], offsets[0] === offsets[1] ? 'forward' : 'backward');
    if (!anchor || !focus) return a;
    changed = true;
    return { ...a, anchor: { ...a.anchor, anchor, focus } };
  });
  return changed ? out : (annotations as Annotation[]);
}

import type { Annotation } from '../draft/annotation';
import type { RichText } from '../draft/rich-text';
import { projectText } from './plain-text';
import { authorOffset, layoutOf, markupOffset, remapMarkup, type Layout } from './suggestion-layout';
import { anchorOffsets, textAnchorAt } from './text-anchor';

/**
 * Where a comment's edge goes: an edge right at an author's character stays at that character,
 * so text suggested beside the comment stays outside it (ranges are inward, as in typing).
 */
function remapEdge(from: Layout, to: Layout, markup: number, side: 'start' | 'end'): number {
  const a = authorOffset(from, markup);
  return markupOffset(from, a, side) === markup ? markupOffset(to, a, side) : remapMarkup(from, to, markup);
}

/**
 * Keeps the comments of a section on their words when suggestions are added to it: inserted
 * suggested text and split leaves change the points' paths, never the author's text.
 */
export function remapAfterSuggesting(annotations: Annotation[], sectionId: string, before: RichText, after: RichText): Annotation[] {
  const from = projectText(before);
  const to = projectText(after);
  const layouts = { from: layoutOf(before), to: layoutOf(after) };
  return annotations.map((a) => {
    const anchor = a.anchor;
    if (anchor.kind !== 'text' || anchor.sectionId !== sectionId || anchor.detached) return a;
    const offsets = anchorOffsets(from, anchor);
    if (!offsets) return a;
    const start = remapEdge(layouts.from, layouts.to, offsets[0], 'start');
    const end = remapEdge(layouts.from, layouts.to, offsets[1], 'end');
    return { ...a, anchor: { ...textAnchorAt(to, sectionId, start, end), quote: anchor.quote } };
  });
}

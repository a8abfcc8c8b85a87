import type { Annotation } from '../draft/annotation';
import type { RichText } from '../draft/rich-text';
import { projectText } from './plain-text';
import { layoutOf, remapMarkup } from './suggestion-layout';
import { anchorOffsets, textAnchorAt } from './text-anchor';

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
    const [start, end] = offsets.map((o) => remapMarkup(layouts.from, layouts.to, o)) as [number, number];
    return { ...a, anchor: { ...textAnchorAt(to, sectionId, start, end), quote: anchor.quote } };
  });
}

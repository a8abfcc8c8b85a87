import type { LinkElement } from '../draft/rich-text';
import type { SuggestedText } from './suggestions';
import { normalizeInlines, type InlineItem, type SuggestedLink } from './suggestion-normalize';

/**
 * A block's inline text as a flat list of pieces (links opened up) and back, which suggesting,
 * deciding and merging edit: a piece is split or marked without caring which link holds it.
 */

/** A leaf with the link it sits in, if any. */
export type Piece = SuggestedText & { link?: Omit<LinkElement, 'children'> };

/** A block's inline text as pieces, links opened up (each piece remembers its link). */
export function piecesOf(inlines: readonly InlineItem[]): Piece[] {
  return inlines.flatMap((n): Piece[] => {
    if (!('type' in n)) return [n];
    const link = n as SuggestedLink;
    return link.children.map((c) => ({ ...c, link: { type: 'link', url: link.url } }));
  });
}

/** Puts pieces back into normalized inlines: neighbouring pieces of one link become one link again. */
export function inlinesOf(pieces: readonly Piece[]): InlineItem[] {
  const out: InlineItem[] = [];
  for (const { link, ...leaf } of pieces) {
    const last = out[out.length - 1];
    if (!link) out.push(leaf);
    else if (last && 'type' in last && last.url === link.url) last.children.push(leaf);
    else out.push({ ...link, children: [leaf] });
  }
  return normalizeInlines(out);
}


import { Point, type Range } from 'slate';
import type { Anchor, Quote } from '../draft/annotation';
import { err, ok, type Result } from '../result';
import { offsetToPoint, pointToOffset, projectText, type Projection, type SlateNodeLike } from './plain-text';

/** A comment's anchor on a range of text. */
export type TextAnchor = Extract<Anchor, { kind: 'text' }>;

/** Characters of context kept on each side of a quote; enough to tell repeated phrases apart. */
export const QUOTE_CONTEXT_LENGTH = 32;
/** Longest quote the file format accepts (see core/draft/annotation.ts). */
export const MAX_QUOTE_LENGTH = 20000;

/** A range's two points in document order. */
export function rangeEdges(range: Range): [Point, Point] {
  return Point.compare(range.anchor, range.focus) <= 0 ? [range.anchor, range.focus] : [range.focus, range.anchor];
}

/** The quote (text plus context) between two projection offsets. */
export function quoteBetween(p: Projection, start: number, end: number): Quote {
  return {
    exact: p.text.slice(start, end),
    prefix: p.text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: p.text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  };
}

/**
 * The projection offsets of a text anchor's start and end in a section value, or null when a
 * point names no text leaf of it.
 */
export function anchorOffsets(p: Projection, anchor: Pick<TextAnchor, 'anchor' | 'focus'>): [number, number] | null {
  const a = pointToOffset(p, anchor.anchor);
  const f = pointToOffset(p, anchor.focus);
  if (a === null || f === null) return null;
  return a <= f ? [a, f] : [f, a];
}

/**
 * A text anchor for a selection in a section: the range (stored start-first) and its quote with
 * context, so the comment can be found again in a copy edited elsewhere. Fails for a collapsed
 * selection or one holding only line breaks, one whose points are not in the value, or one longer than the file format allows.
 */
export function buildTextAnchor(
  sectionValue: readonly SlateNodeLike[],
  sectionId: string,
  range: Range,
): Result<TextAnchor> {
  const p = projectText(sectionValue);
  const offsets = anchorOffsets(p, range);
  if (!offsets) return err('invalid-request', 'the selection is not in this section');
  const [start, end] = offsets;
  // A selection of nothing but line breaks (between empty paragraphs) has no words to point at:
  // it could be neither shown nor found again in a copy.
  if (!/[^\n]/.test(p.text.slice(start, end))) return err('invalid-request', 'select some text to comment on');
  if (end - start > MAX_QUOTE_LENGTH) {
    return err('invalid-request', `the selection is too long to comment on (at most ${MAX_QUOTE_LENGTH} characters)`);
  }
  return ok(textAnchorAt(p, sectionId, start, end));
}

/** A text anchor over projection offsets [start, end); points are snapped onto the enclosed text. */
export function textAnchorAt(p: Projection, sectionId: string, start: number, end: number): TextAnchor {
  const anchor = offsetToPoint(p, start, 'forward') ?? { path: [0, 0], offset: 0 };
  const focus = offsetToPoint(p, end, end === start ? 'forward' : 'backward') ?? anchor;
  return { kind: 'text', sectionId, anchor, focus, quote: quoteBetween(p, start, end) };
}

/** The text a live anchor currently covers in a section value, or null when its points are not in it. */
export function currentText(sectionValue: readonly SlateNodeLike[], anchor: TextAnchor): string | null {
  const p = projectText(sectionValue);
  const offsets = anchorOffsets(p, anchor);
  return offsets ? p.text.slice(offsets[0], offsets[1]) : null;
}

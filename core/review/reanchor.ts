import { Point } from 'slate';
import type { Annotation, Quote } from '../draft/annotation';
import type { Draft } from '../draft/schema';
import { fieldTargetExists } from './field-anchor';
import { editDistance, LONG_PATTERN, searchApprox, searchLong, type ApproxMatch } from './fuzzy-search';
import { pointToOffset, projectText, type Projection } from './plain-text';
import { anchorOffsets, QUOTE_CONTEXT_LENGTH, rangeEdges, textAnchorAt, type TextAnchor } from './text-anchor';

/**
 * Finding where a comment belongs in a draft. `reanchor` trusts only the quote (for comments from
 * a copy whose text may differ); `resolveAnchor` trusts the stored points and falls back to the
 * quote when they no longer hold (for the open draft). Neither ever drops a comment: what cannot
 * be placed is an orphan that keeps its quote.
 */

/** Why a comment could not be placed. */
export type OrphanReason = 'section-missing' | 'field-missing' | 'quote-not-found' | 'text-deleted';

/** Where a comment goes: placed (possibly with new points) or an orphan, never dropped. */
export type Placement =
  | { status: 'placed'; annotation: Annotation; moved: boolean }
  | { status: 'orphan'; annotation: Annotation; reason: OrphanReason };

/** A found quote: projection offsets and the number of edits between the quote and the text there. */
export interface QuoteMatch extends ApproxMatch {
  score: number;
}

// Weights of the evidence for a candidate (as in Hypothesis' quote anchoring): the quote itself
// matters most, its context tells repeated phrases apart, the old position breaks ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
/** Quotes shorter than this are common words: their context must half-agree as well. */
const SHORT_QUOTE = 8;
/** Score (of QUOTE_WEIGHT + 2 × CONTEXT_WEIGHT + POSITION_WEIGHT) at which a match is taken without looking further. */
const CONFIDENT_SCORE = 0.8 * (QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT);
/** Characters on each side of the old place searched before the whole section. */
const NEAR_WINDOW = 4000;
/** Exact occurrences rated, nearest to the old place first; more would only cost time. */
const MAX_EXACT = 100;

/** Edits tolerated for a quote of this length: none for tiny quotes, then a quarter, at most 64. */
export function maxQuoteErrors(length: number): number {
  return length <= 4 ? 0 : Math.min(64, Math.floor(length / 4));
}

function contextSimilarity(actual: string, expected: string): number {
  return 1 - editDistance(actual, expected) / QUOTE_CONTEXT_LENGTH;
}

/**
 * The best place for a quote in a section's text, or null. `hint` is the offset where the quote
 * used to start (nearer wins a tie); with `covering`, only matches that include that offset count.
 * Cheap evidence first: the exact quote in its own context is taken at once; then approximate
 * matches near the old place; only then the whole section.
 */
export function findQuote(p: Projection, quote: Quote, hint: number | null, covering?: number): QuoteMatch | null {
  const m = quote.exact.length;
  if (m === 0) return null;
  const text = p.text;

  const rate = (c: ApproxMatch): QuoteMatch | null => {
    if (covering !== undefined && (c.start > covering || c.end < covering)) return null;
    const prefix = contextSimilarity(text.slice(Math.max(0, c.start - QUOTE_CONTEXT_LENGTH), c.start), quote.prefix);
    const suffix = contextSimilarity(text.slice(c.end, c.end + QUOTE_CONTEXT_LENGTH), quote.suffix);
    if (m < SHORT_QUOTE && prefix + suffix < 1) return null;
    const position = hint === null ? 0 : 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
    const score = QUOTE_WEIGHT * (1 - c.errors / m) + CONTEXT_WEIGHT * (prefix + suffix) + POSITION_WEIGHT * position;
    return { ...c, score };
  };
  const bestOf = (candidates: ApproxMatch[]) => {
    let best: QuoteMatch | null = null;
    for (const c of candidates) {
      const r = rate(c);
      if (r && (!best || r.score > best.score)) best = r;
    }
    return best;
  };
  const confident = (b: QuoteMatch | null) => b !== null && b.score >= CONFIDENT_SCORE;
  const search = (from: number, to: number): ApproxMatch[] => {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    const found = m <= LONG_PATTERN ? searchApprox(part, quote.exact, maxQuoteErrors(m)) : searchLong(part, quote.exact);
    return from === 0 ? found : found.map((c) => ({ ...c, start: c.start + from, end: c.end + from }));
  };

  const starts: number[] = [];
  for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) starts.push(i);
  if (hint !== null) starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
  // The quote unchanged, with its context unchanged, nearest to where it was: nothing can beat it.
  for (const i of starts) {
    const intact =
      text.slice(Math.max(0, i - quote.prefix.length), i) === quote.prefix &&
      text.slice(i + m, i + m + quote.suffix.length) === quote.suffix &&
      (covering === undefined || (i <= covering && covering <= i + m));
    if (intact && (m >= SHORT_QUOTE || quote.prefix.length + quote.suffix.length > 0)) {
      return { start: i, end: i + m, errors: 0, score: QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT };
    }
  }
  const exact = starts.slice(0, MAX_EXACT).map((i) => ({ start: i, end: i + m, errors: 0 }));
  const bestExact = bestOf(exact);
  if (confident(bestExact)) return bestExact;

  if (hint !== null && text.length > 2 * NEAR_WINDOW + m) {
    const near = bestOf([...exact, ...search(Math.max(0, hint - NEAR_WINDOW), Math.min(text.length, hint + m + NEAR_WINDOW))]);
    if (confident(near)) return near;
  }
  return bestOf([...exact, ...search(0, text.length)]);
}

/** Where a point used to be, as an offset: exact when its leaf still exists, else its block's start. */
function hintOffset(p: Projection, point: Point): number | null {
  const exact = pointToOffset(p, point);
  if (exact !== null) return exact;
  let hint: number | null = null;
  for (const leaf of p.leaves) {
    if (Point.isBefore({ path: leaf.path, offset: 0 }, point)) hint = leaf.start;
    else break;
  }
  return hint;
}

function placeByQuote(annotation: Annotation, anchor: TextAnchor, p: Projection, covering?: number): Placement | null {
  const [start] = rangeEdges(anchor);
  const match = findQuote(p, anchor.quote, hintOffset(p, start), covering);
  if (!match) return null;
  const placed = textAnchorAt(p, anchor.sectionId, match.start, match.end);
  // Keep the quote as it was written: it is what the reviewer commented on.
  const next: TextAnchor = { ...placed, quote: anchor.quote };
  const moved = !Point.equals(next.anchor, anchor.anchor) || !Point.equals(next.focus, anchor.focus) || !!anchor.detached;
  return { status: 'placed', annotation: moved ? { ...annotation, anchor: next } : annotation, moved };
}

function detach(annotation: Annotation, reason: OrphanReason): Placement {
  const a = annotation.anchor;
  const anchor = a.kind === 'text' && !a.detached ? { ...a, detached: true as const } : a;
  return { status: 'orphan', annotation: anchor === a ? annotation : { ...annotation, anchor }, reason };
}

function placeNonText(annotation: Annotation, draft: Draft): Placement {
  const a = annotation.anchor;
  if (a.kind === 'section' && !Object.hasOwn(draft.sections, a.sectionId)) {
    return { status: 'orphan', annotation, reason: 'section-missing' };
  }
  if (a.kind === 'field' && !fieldTargetExists(draft, a.field)) {
    return { status: 'orphan', annotation, reason: 'field-missing' };
  }
  return { status: 'placed', annotation, moved: false };
}

/**
 * Places a comment from another copy of the draft by its quote alone: the exact quote, told apart
 * from repeats by its context and old position, else the closest approximate match within
 * maxQuoteErrors. An orphan text comment comes back marked `detached`, with its quote intact.
 */
export function reanchor(annotation: Annotation, draft: Draft): Placement {
  const a = annotation.anchor;
  if (a.kind !== 'text') return placeNonText(annotation, draft);
  const value = Object.hasOwn(draft.sections, a.sectionId) ? draft.sections[a.sectionId] : undefined;
  if (!value) return detach(annotation, 'section-missing');
  return placeByQuote(annotation, a, projectText(value)) ?? detach(annotation, 'quote-not-found');
}

/**
 * Where a comment of the open draft is now. Stored points are trusted while they hold text; points
 * that name no text are re-found by quote; a collapsed range (its text deleted) is placed again
 * only if its quote is back at that spot (as after undo). Orphans are returned unchanged, so a
 * later undo can still bring them back; `moved` placements should be stored by the caller.
 */
export function resolveAnchor(annotation: Annotation, draft: Draft): Placement {
  const a = annotation.anchor;
  if (a.kind !== 'text') return placeNonText(annotation, draft);
  const value = Object.hasOwn(draft.sections, a.sectionId) ? draft.sections[a.sectionId] : undefined;
  if (!value) return { status: 'orphan', annotation, reason: 'section-missing' };
  if (a.detached) return { status: 'orphan', annotation, reason: 'quote-not-found' };
  const p = projectText(value);
  const offsets = anchorOffsets(p, a);
  if (!offsets) return placeByQuote(annotation, a, p) ?? { status: 'orphan', annotation, reason: 'quote-not-found' };
  if (offsets[0] === offsets[1]) {
    return placeByQuote(annotation, a, p, offsets[0]) ?? { status: 'orphan', annotation, reason: 'text-deleted' };
  }
  return { status: 'placed', annotation, moved: false };
}

/**
 * Tries again to place the draft's detached text comments by their quote (e.g. after the author
 * restored the text, or from an "Anchor again" action). Returns the array itself when none could
 * be placed.
 */
export function retryOrphans(draft: Draft): { annotations: Annotation[]; placed: number } {
  let placed = 0;
  const annotations = draft.annotations.map((a) => {
    if (a.anchor.kind !== 'text' || !a.anchor.detached) return a;
    const r = reanchor(a, draft);
    if (r.status !== 'placed') return a;
    placed++;
    return r.annotation; // placed anchors are built afresh, without the detached mark
  });
  return { annotations: placed ? annotations : draft.annotations, placed };
}

import type { BlockSuggestionMark, RichText, TextBlockElement } from '../draft/rich-text';
import { decideListBreaks, hasListBreak } from './list-breaks';
import { normalizeInlines, type InlineItem } from './suggestion-normalize';

/**
 * Suggested paragraph breaks: a mark on the top-level text block after the break (format 6).
 * An inserted break rejected, or a deleted one accepted, joins the block onto the one before;
 * otherwise the mark just goes. Text is decided first (suggestions.ts), then the breaks.
 */

type Verdict = 'accept' | 'reject' | 'keep';

const TEXT_TYPES = new Set(['paragraph', 'heading-one', 'heading-two', 'block-quote']);

/** True for a top-level block that can carry a suggested break. */
export const isTextBlock = (b: unknown): b is TextBlockElement => TEXT_TYPES.has((b as { type?: string } | null)?.type ?? '');

/** The suggested break before a block, if any. */
export const breakMark = (b: unknown): BlockSuggestionMark | undefined => (isTextBlock(b) ? b.suggestion : undefined);

export const hasBreakSuggestion = (value: RichText) => value.some((b) => breakMark(b)) || hasListBreak(value);

const unmarked = ({ suggestion: _dropped, ...rest }: TextBlockElement): TextBlockElement => rest;

/** `second`'s text appended to `first`, which keeps its type and its own break. */
export function joinBlocks(first: TextBlockElement, second: TextBlockElement): TextBlockElement {
  return { ...first, children: normalizeInlines([...first.children, ...second.children] as InlineItem[]) as TextBlockElement['children'] };
}

/** Applies `decide` to every suggested break of a section, between list items too (list-breaks.ts). */
export function decideBreaks(value: RichText, decide: (mark: BlockSuggestionMark) => Verdict): RichText {
  return decideTopBreaks(decideListBreaks(value, decide), decide);
}

function decideTopBreaks(value: RichText, decide: (mark: BlockSuggestionMark) => Verdict): RichText {
  if (!value.some((b) => breakMark(b))) return value;
  const out: RichText = [];
  for (const block of value) {
    const mark = breakMark(block);
    const verdict = mark ? decide(mark) : 'keep';
    if (!mark || verdict === 'keep') {
      out.push(block);
      continue;
    }
    const joins = (verdict === 'accept') === (mark.kind === 'delete');
    const previous = out[out.length - 1];
    if (joins && isTextBlock(previous)) out[out.length - 1] = joinBlocks(previous, block as TextBlockElement);
    else out.push(unmarked(block as TextBlockElement));
  }
  return out;
}

import type { RichText, TextBlockElement } from '../draft/rich-text';
import { breakMark, isTextBlock, joinBlocks } from './block-suggestions';
import type { SuggestionMeta, TextSpot } from './suggestions';
import type { InlineItem } from './suggestion-normalize';
import { inlinesOf, piecesOf } from './suggestion-pieces';

/**
 * A reviewer's new paragraphs and joined paragraphs in suggestion mode, on a section's stored text
 * (the counterpart of suggest-edits.ts for breaks; suggest-breaks.ts does the same in a live editor).
 * Only top-level text blocks split and join; a break inside a link is not suggested.
 */

/** Suggests a paragraph break at `spot`: the text after it becomes a new block of the same type. */
export function suggestSplit(value: RichText, spot: TextSpot, meta: SuggestionMeta): RichText {
  const target = value[spot.block];
  if (!isTextBlock(target)) return value;
  const pieces = piecesOf(target.children as InlineItem[]);
  let at = 0;
  let i = 0;
  for (; i < pieces.length && at + pieces[i]!.text.length <= spot.offset; i++) at += pieces[i]!.text.length;
  if (i < pieces.length && at < spot.offset) {
    const p = pieces[i]!;
    if (p.link) return value;
    pieces.splice(i, 1, { ...p, text: p.text.slice(0, spot.offset - at) }, { ...p, text: p.text.slice(spot.offset - at) });
    i++;
  } else if (pieces[i]?.link && pieces[i - 1]?.link?.url === pieces[i]!.link!.url) return value;
  const left: TextBlockElement = { ...target, children: inlinesOf(pieces.slice(0, i)) as TextBlockElement['children'] };
  const { suggestion: _own, ...rest } = target;
  const right: TextBlockElement = { ...rest, children: inlinesOf(pieces.slice(i)) as TextBlockElement['children'], suggestion: { ...meta, kind: 'insert' } };
  return [...value.slice(0, spot.block), left, right, ...value.slice(spot.block + 1)];
}

/**
 * Suggests joining block `block` onto the one before. A break the reviewer inserted (`own`) is
 * taken back outright, as in Word; a break already suggested for removal, or inserted by someone
 * else, stays as it is.
 */
export function suggestJoin(value: RichText, block: number, meta: SuggestionMeta, own: (id: string) => boolean): RichText {
  const target = value[block];
  const previous = value[block - 1];
  if (!isTextBlock(target) || !isTextBlock(previous)) return value;
  const mark = breakMark(target);
  if (mark?.kind === 'insert' && own(mark.id)) {
    return [...value.slice(0, block - 1), joinBlocks(previous, target), ...value.slice(block + 1)];
  }
  if (mark) return value;
  return value.map((b, i) => (i === block ? { ...target, suggestion: { ...meta, kind: 'delete' as const } } : b));
}

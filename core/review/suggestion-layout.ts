import type { RichText, SuggestionMark } from '../draft/rich-text';
import { breakMark } from './block-suggestions';
import { mapInlineLists, type InlineItem } from './suggestion-normalize';
import { inlinesOf, piecesOf, type Piece } from './suggestion-pieces';

export { inlinesOf, piecesOf, type Piece };

/**
 * A section's text laid out twice: as stored, every leaf counted (the markup, as the plain-text
 * projection has it), and as its author wrote it, suggested insertions left out (what `rejectAll`
 * gives). Suggestions from a reviewer's copy are found and placed in the author's text, because
 * that is the only text a reviewer cannot change; the stored value is then edited at the pieces
 * that author text falls on.
 */

/** A piece of a section, with where it starts in the markup and in the author's text. */
export interface LaidPiece {
  piece: Piece;
  block: number;
  markupStart: number;
  authorStart: number;
}

/** Where one block (inline list) of a section starts, and whether it is a suggested new paragraph (no line break before it in the author's text). */
export interface LaidBlock {
  authorStart: number;
  markupStart: number;
  newParagraph: boolean;
}

/** A section laid out: its pieces and blocks in order and the author's text (blocks joined by line breaks). */
export interface Layout {
  pieces: LaidPiece[];
  blocks: LaidBlock[];
  authorText: string;
}

/** How much of the author's text a piece holds (a suggested insertion holds none). */
export const authorLength = (p: Piece) => (p.suggestion?.kind === 'insert' ? 0 : p.text.length);

/** Every inline list (block) of a section in document order, as the plain-text projection reads them. */
function blocksOf(value: RichText): Array<{ inlines: InlineItem[]; newParagraph: boolean }> {
  const blocks: Array<{ inlines: InlineItem[]; newParagraph: boolean }> = [];
  for (const top of value) {
    // A suggested new paragraph is no paragraph of the author's: its text continues the one before.
    const newParagraph = breakMark(top)?.kind === 'insert';
    mapInlineLists([top], (inlines) => {
      blocks.push({ inlines, newParagraph });
      return inlines;
    });
  }
  return blocks;
}

/** Lays a section out (see above). */
export function layoutOf(value: RichText): Layout {
  const pieces: LaidPiece[] = [];
  const blocks: LaidBlock[] = [];
  const author: string[] = [];
  let markup = 0;
  let authorAt = 0;
  blocksOf(value).forEach(({ inlines, newParagraph }, block) => {
    if (block > 0) markup += 1;
    if (block > 0 && !newParagraph) {
      authorAt += 1;
      author.push('\n');
    }
    blocks.push({ authorStart: authorAt, markupStart: markup, newParagraph });
    for (const piece of piecesOf(inlines)) {
      pieces.push({ piece, block, markupStart: markup, authorStart: authorAt });
      markup += piece.text.length;
      authorAt += authorLength(piece);
      if (authorLength(piece) > 0) author.push(piece.text);
    }
  });
  return { pieces, blocks, authorText: author.join('') };
}

/**
 * The markup offset of an author offset: where that character of the author's text is stored
 * (`start` of a range: the character after it; `end`: the character before it).
 */
export function markupOffset(layout: Layout, offset: number, side: 'start' | 'end'): number {
  let fallback = 0;
  for (const { piece, markupStart, authorStart } of layout.pieces) {
    const len = authorLength(piece);
    if (len === 0) continue;
    const inside = side === 'start' ? offset >= authorStart && offset < authorStart + len : offset > authorStart && offset <= authorStart + len;
    if (inside) return markupStart + (offset - authorStart);
    if (authorStart + len <= offset) fallback = markupStart + len;
  }
  return fallback;
}

/** The author offset of a markup offset (inside a suggested insertion: where the insertion sits). */
export function authorOffset(layout: Layout, markup: number): number {
  let fallback = 0;
  for (const { piece, markupStart, authorStart } of layout.pieces) {
    if (markup >= markupStart && markup <= markupStart + piece.text.length) {
      return authorStart + Math.min(authorLength(piece), markup - markupStart);
    }
    if (markupStart < markup) fallback = authorStart + authorLength(piece);
  }
  return fallback;
}

/** A run of pieces carrying one suggestion in one block, in the author's text. */
export interface SuggestionRun {
  mark: SuggestionMark;
  block: number;
  /** Author offsets: the deleted range, or (start = end) where the insertion sits. */
  start: number;
  end: number;
  /** The pieces as stored (the inserted text with its formatting, or the text suggested for removal). */
  pieces: Piece[];
}

/** The suggestions of a laid-out section, as runs of neighbouring pieces with the same id. */
export function suggestionRuns(layout: Layout): SuggestionRun[] {
  const runs: SuggestionRun[] = [];
  let open: SuggestionRun | null = null;
  for (const { piece, block, authorStart } of layout.pieces) {
    const mark = piece.suggestion;
    if (!mark) {
      if (piece.text !== '') open = null;
      continue;
    }
    if (open && open.block === block && open.mark.id === mark.id && open.mark.kind === mark.kind) {
      open.pieces.push(piece);
      open.end = authorStart + authorLength(piece);
    } else {
      open = { mark, block, start: authorStart, end: authorStart + authorLength(piece), pieces: [piece] };
      runs.push(open);
    }
  }
  return runs;
}

/** The text a run holds. */
export const runText = (run: Pick<SuggestionRun, 'pieces'>) => run.pieces.map((p) => p.text).join('');

/**
 * Edits the blocks of a section: `edit` gets each block's pieces and the author offset where the
 * block starts, and returns new pieces or null to leave the block as it is.
 */
export function editBlocks(value: RichText, edit: (pieces: Piece[], authorStart: number) => Piece[] | null): RichText {
  // A suggested new paragraph continues the author's text of the block before, as in layoutOf.
  const fresh = blocksOf(value).map((b) => b.newParagraph);
  let at = 0;
  let k = 0;
  return mapInlineLists(value, (inlines) => {
    if (k > 0 && !fresh[k]) at += 1;
    k++;
    const pieces = piecesOf(inlines);
    const start = at;
    at += pieces.reduce((n, p) => n + authorLength(p), 0);
    const next = edit(pieces, start);
    return next ? inlinesOf(next) : inlines;
  });
}

/** The first markup offset at author offset `a` (before any suggested insertion there). */
function markupAtAuthor(layout: Layout, a: number): number {
  for (const { piece, markupStart, authorStart } of layout.pieces) {
    const len = authorLength(piece);
    if (len > 0 ? a >= authorStart && a <= authorStart + len : authorStart >= a) return markupStart + Math.max(0, a - authorStart);
  }
  const last = layout.pieces[layout.pieces.length - 1];
  return last ? last.markupStart + last.piece.text.length : 0;
}

/**
 * Where a markup offset of a section goes when suggestions are added to it: the same author
 * offset, as far into the suggested text there as before. The author's text is the same in both.
 */
export function remapMarkup(from: Layout, to: Layout, markup: number): number {
  const a = authorOffset(from, markup);
  return markupAtAuthor(to, a) + (markup - markupAtAuthor(from, a));
}

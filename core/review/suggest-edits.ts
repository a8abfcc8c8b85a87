import type { RichText, TextMarks } from '../draft/rich-text';
import type { SuggestionMeta, TextSpot } from './suggestions';
import { sameFormat, type InlineItem } from './suggestion-normalize';
import { inlinesOf, piecesOf, type Piece } from './suggestion-pieces';

/**
 * A reviewer's typing and deleting in suggestion mode, as changes to a section's stored text.
 * Offsets count the text as the reviewer sees it with markup shown: text suggested for removal
 * is still there (struck through), so it counts.
 */

type Block = { type: string; children: Array<InlineItem | { type: string }> };

/** Splits pieces so that one boundary falls exactly at `offset`; returns the index of the piece starting there. */
function splitAt(pieces: Piece[], offset: number): number {
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const len = pieces[i]!.text.length;
    if (offset === at) return i;
    if (offset < at + len) {
      const p = pieces[i]!;
      pieces.splice(i, 1, { ...p, text: p.text.slice(0, offset - at) }, { ...p, text: p.text.slice(offset - at) });
      return i + 1;
    }
    at += len;
  }
  return pieces.length;
}

/** Edits one text block's inline text (a list, whose items hold the text, is left alone). */
function editBlock(value: RichText, block: number, edit: (pieces: Piece[]) => Piece[]): RichText {
  const target = value[block] as Block | undefined;
  if (!target || !target.children.every((c) => !('type' in c) || c.type === 'link')) return value;
  const pieces = edit(piecesOf(target.children as InlineItem[]));
  const next = value.slice();
  next[block] = { ...target, children: inlinesOf(pieces) } as RichText[number];
  return next;
}

/**
 * Suggests `text` at `spot`. It takes the formatting (and link) of the text before it, never that
 * text's suggestion: a suggestion is always of its own.
 */
export function suggestInsert(value: RichText, spot: TextSpot, text: string, meta: SuggestionMeta): RichText {
  if (text === '') return value;
  return editBlock(value, spot.block, (pieces) => {
    const i = splitAt(pieces, spot.offset);
    const before = pieces[i - 1] ?? pieces[i];
    const { suggestion: _theirs, ...format } = before ?? { text: '' };
    pieces.splice(i, 0, { ...format, text, suggestion: { ...meta, kind: 'insert' } });
    return pieces;
  });
}

/** A formatting mark a reviewer can turn on or off. */
export type FormatMark = keyof TextMarks;

/**
 * Suggests turning a formatting mark on or off from `from` to `to` in one block. Plain text
 * shows the new formatting and remembers its old one; the reviewer's own insertions simply
 * change, and so does text they reformatted already (it keeps what it had first); text suggested
 * for removal, or with someone else's suggestion, stays as it is.
 */
export function suggestFormat(value: RichText, block: number, from: number, to: number, change: { mark: FormatMark; on: boolean }, meta: SuggestionMeta, own: (id: string) => boolean): RichText {
  if (to <= from) return value;
  const apply = (p: Piece): Piece => {
    const { [change.mark]: _old, ...rest } = p;
    return change.on ? { ...rest, [change.mark]: true } : rest;
  };
  return editBlock(value, block, (pieces) => {
    const start = splitAt(pieces, from);
    const end = splitAt(pieces, to);
    const range = pieces.slice(start, end).map((p): Piece => {
      const s = p.suggestion;
      const next = apply(p);
      if (!s) return sameFormat(next, p) ? p : { ...next, suggestion: { ...meta, kind: 'format', formerly: marksOf(p) } };
      // Formatting put back as it was is no suggestion any more.
      if (s.kind === 'format' && own(s.id)) return sameFormat(next, s.formerly) ? { ...marksOf(next), text: p.text, ...(p.link && { link: p.link }) } : next;
      return s.kind === 'insert' && own(s.id) ? next : p;
    });
    return [...pieces.slice(0, start), ...range, ...pieces.slice(end)];
  });
}

const marksOf = ({ bold, italic, underline }: TextMarks): TextMarks => ({
  ...(bold && { bold }), ...(italic && { italic }), ...(underline && { underline }),
});

/**
 * Suggests removing the text from `from` to `to` in one block. Plain text is marked for removal;
 * the reviewer's own suggested insertions (`own`) are taken back outright, as in Word; text
 * already suggested for removal, or inserted by someone else, stays as it is.
 */
export function suggestDelete(value: RichText, block: number, from: number, to: number, meta: SuggestionMeta, own: (id: string) => boolean): RichText {
  if (to <= from) return value;
  return editBlock(value, block, (pieces) => {
    const start = splitAt(pieces, from);
    const end = splitAt(pieces, to);
    const range = pieces.slice(start, end).flatMap((p): Piece[] => {
      if (!p.suggestion) return [{ ...p, suggestion: { ...meta, kind: 'delete' } }];
      if (p.suggestion.kind === 'insert' && own(p.suggestion.id)) return [];
      // Text the reviewer reformatted is removed as the author wrote it.
      if (p.suggestion.kind === 'format' && own(p.suggestion.id)) {
        return [{ text: p.text, ...p.suggestion.formerly, ...(p.link && { link: p.link }), suggestion: { ...meta, kind: 'delete' } }];
      }
      return [p];
    });
    return [...pieces.slice(0, start), ...range, ...pieces.slice(end)];
  });
}

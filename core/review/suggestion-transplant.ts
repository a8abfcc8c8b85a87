import type { Quote } from '../draft/annotation';
import type { RichText, SuggestionMark, TextMarks } from '../draft/rich-text';
import { findQuote } from './reanchor';
import { authorLength, editBlocks, layoutOf, runText, type Piece, type SuggestionRun } from './suggestion-layout';
import { QUOTE_CONTEXT_LENGTH } from './text-anchor';

/**
 * Moving one suggestion from a reviewer's copy into the author's draft. The suggestion is found by
 * its context in the copy's author text, with the same quote matcher as comments, and placed in
 * the draft's author text; only then is the stored value edited where that text lies.
 */

/** A place in the author's text: the deleted range, or (start = end) where an insertion goes. */
export interface AuthorRange {
  start: number;
  end: number;
}

/** What placing a suggestion did. */
export type PlaceOutcome =
  | { status: 'added'; value: RichText }
  | { status: 'present' }
  /** The words are already suggested for removal by someone else: a text leaf holds one suggestion. */
  | { status: 'overlap' };

/** Characters of the copy's text next to an insertion that must be next to it in the draft too. */
const NEIGHBOURS = 8;

const L = QUOTE_CONTEXT_LENGTH;

/** The quote of a run in its copy's author text: what a deletion removes, or the text around an insertion. */
export function runQuote(run: SuggestionRun, copyText: string): Quote {
  if (run.mark.kind !== 'insert') {
    return { exact: runText(run), prefix: copyText.slice(Math.max(0, run.start - L), run.start), suffix: copyText.slice(run.end, run.end + L) };
  }
  return { exact: '', prefix: copyText.slice(Math.max(0, run.start - L), run.start), suffix: copyText.slice(run.start, run.start + L) };
}

/** Where a run of a copy belongs in the draft's author text, or null when its text or context is gone. */
export function locateRun(run: SuggestionRun, copyText: string, draftText: string): AuthorRange | null {
  const text = { text: draftText, leaves: [] };
  const quote = runQuote(run, copyText);
  if (run.mark.kind !== 'insert') {
    const m = findQuote(text, quote, run.start);
    // A deletion or reformatting concerns those very words: changed words are no longer what the reviewer marked.
    return m && draftText.slice(m.start, m.end) === quote.exact ? { start: m.start, end: m.end } : null;
  }
  const before = quote.prefix;
  const after = quote.suffix;
  if (before + after === '') return draftText === '' ? { start: 0, end: 0 } : null;
  const around: Quote = {
    exact: before + after,
    prefix: copyText.slice(Math.max(0, run.start - 2 * L), Math.max(0, run.start - L)),
    suffix: copyText.slice(run.start + L, run.start + 2 * L),
  };
  const m = findQuote(text, around, Math.max(0, run.start - before.length));
  if (!m) return null;
  const k1 = Math.min(before.length, NEIGHBOURS);
  const k2 = Math.min(after.length, NEIGHBOURS);
  const fits = (q: number) =>
    q >= k1 && draftText.slice(q - k1, q) === before.slice(before.length - k1) && draftText.slice(q, q + k2) === after.slice(0, k2);
  const ideal = m.start + before.length;
  for (let d = 0; d <= m.end - m.start; d++) {
    for (const q of [ideal - d, ideal + d]) if (q >= m.start && q <= m.end && fits(q)) return { start: q, end: q };
  }
  return null;
}

/** Splits the piece holding author offset `o` (within a block) so that a piece boundary falls there. */
function splitAtAuthor(pieces: Piece[], o: number): void {
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const len = authorLength(p);
    if (o > at && o < at + len) {
      pieces.splice(i, 1, { ...p, text: p.text.slice(0, o - at) }, { ...p, text: p.text.slice(o - at) });
      return;
    }
    at += len;
  }
}

const sameAuthor = (a: SuggestionMark, b: SuggestionMark) => a.author.name === b.author.name;

/**
 * Which suggestions already in the text came from the copy being merged: the same change twice
 * in one copy is two changes (a word typed twice), but the same change in another copy is one.
 */
export type FromThisCopy = (id: string) => boolean;

/** Whether the author's text [start, end) already carries suggestions: `present` when all are this same change from another copy. */
function alreadyMarked(value: RichText, mark: SuggestionMark, at: AuthorRange, mine: FromThisCopy): 'present' | 'overlap' | null {
  const touched = layoutOf(value).pieces.filter(
    (lp) => authorLength(lp.piece) > 0 && lp.authorStart < at.end && lp.authorStart + authorLength(lp.piece) > at.start,
  );
  const marks = touched.map((lp) => lp.piece.suggestion);
  if (marks.length > 0 && marks.every((m) => m && m.kind === mark.kind && sameAuthor(m, mark) && !mine(m.id))) return 'present';
  return marks.some((m) => m) ? 'overlap' : null;
}

/**
 * Marks the author's text [start, end) piece by piece: `change` gets each piece inside and its
 * offset from `at.start`; `cuts` are further offsets (from `at.start`) where pieces must split.
 */
function markRange(value: RichText, at: AuthorRange, cuts: number[], change: (p: Piece, offset: number) => Piece): RichText {
  return editBlocks(value, (pieces, blockStart) => {
    const blockEnd = blockStart + pieces.reduce((n, p) => n + authorLength(p), 0);
    if (at.end <= blockStart || at.start >= blockEnd) return null;
    for (const c of [0, ...cuts, at.end - at.start]) splitAtAuthor(pieces, at.start + c - blockStart);
    let o = blockStart;
    return pieces.map((p) => {
      const len = authorLength(p);
      const inside = len > 0 && o >= at.start && o + len <= at.end;
      const offset = o - at.start;
      o += len;
      return inside ? change(p, offset) : p;
    });
  });
}

/** Suggests removing the author's text [start, end) with `mark`, unless it is already suggested. */
export function placeDeletion(value: RichText, mark: SuggestionMark, at: AuthorRange, mine: FromThisCopy): PlaceOutcome {
  const marked = alreadyMarked(value, mark, at, mine);
  if (marked) return { status: marked };
  return { status: 'added', value: markRange(value, at, [], (p) => ({ ...p, suggestion: mark })) };
}

const marksOf = ({ bold, italic, underline }: TextMarks): TextMarks => ({ ...(bold && { bold }), ...(italic && { italic }), ...(underline && { underline }) });

/**
 * Suggests a run's formatting on the author's text at `at`, piece by piece as in the copy; each
 * piece remembers the formatting it has in the draft, which rejecting gives back.
 */
export function placeFormat(value: RichText, run: SuggestionRun, at: AuthorRange, mine: FromThisCopy): PlaceOutcome {
  const marked = alreadyMarked(value, run.mark, at, mine);
  if (marked) return { status: marked };
  const ends: number[] = [];
  for (const p of run.pieces) ends.push((ends[ends.length - 1] ?? 0) + p.text.length);
  const proposed = (offset: number) => run.pieces[ends.findIndex((e) => offset < e)] ?? run.pieces[run.pieces.length - 1]!;
  return {
    status: 'added',
    value: markRange(value, at, ends.slice(0, -1), (p, offset) => {
      const { bold: _b, italic: _i, underline: _u, ...rest } = p;
      return { ...rest, ...marksOf(proposed(offset)), suggestion: { ...run.mark, formerly: marksOf(p) } };
    }),
  };
}

/** Orders insertions at one place by when they were made, so every merge order gives the same text. */
const later = (a: SuggestionMark, b: SuggestionMark) => {
  const ta = Date.parse(a.createdAt);
  const tb = Date.parse(b.createdAt);
  return ta !== tb ? ta > tb : a.id > b.id;
};

/** The insertion runs starting between pieces `from` and `to` (pieces that hold no author text). */
function insertionRunsBetween(pieces: Piece[], from: number, to: number): Array<{ index: number; mark: SuggestionMark; text: string }> {
  const runs: Array<{ index: number; mark: SuggestionMark; text: string }> = [];
  for (let j = from; j < to; j++) {
    const m = pieces[j]!.suggestion;
    if (m?.kind !== 'insert') continue;
    const last = runs[runs.length - 1];
    if (last && last.mark.id === m.id && pieces[j - 1]?.suggestion?.id === m.id) last.text += pieces[j]!.text;
    else runs.push({ index: j, mark: m, text: pieces[j]!.text });
  }
  return runs;
}

/**
 * Suggests inserting a run's pieces at author offset `at.start`, beside other insertions there:
 * after its own reviewer's (in the order of the copy), else before later ones by others. Where a
 * suggested new paragraph starts at that offset, the text goes at the end of the paragraph before
 * unless `inBlock` (a layout block) says it begins the new one.
 */
export function placeInsertion(value: RichText, run: SuggestionRun, at: AuthorRange, mine: FromThisCopy, inBlock?: number): PlaceOutcome {
  let added = false;
  let done = false;
  let k = -1;
  const text = runText(run);
  const next = editBlocks(value, (pieces, blockStart) => {
    const blockEnd = blockStart + pieces.reduce((n, p) => n + authorLength(p), 0);
    k++;
    if (inBlock !== undefined && k !== inBlock) return null;
    if (done || at.start < blockStart || at.start > blockEnd) return null;
    done = true;
    const o = at.start - blockStart;
    splitAtAuthor(pieces, o);
    let from = -1;
    let to = -1;
    let a = 0;
    for (let i = 0; i <= pieces.length && a <= o; i++) {
      if (a === o) {
        if (from < 0) from = i;
        to = i;
      }
      if (i < pieces.length) a += authorLength(pieces[i]!);
    }
    const runs = insertionRunsBetween(pieces, from, to);
    if (runs.some((r) => r.text === text && sameAuthor(r.mark, run.mark) && !mine(r.mark.id))) return null;
    const own = runs.findLastIndex((r) => sameAuthor(r.mark, run.mark));
    const slot = runs.slice(own + 1).find((r) => later(r.mark, run.mark))?.index ?? to;
    pieces.splice(slot, 0, ...run.pieces.map((p) => ({ ...p, suggestion: run.mark })));
    added = true;
    return pieces;
  });
  return added ? { status: 'added', value: next } : { status: 'present' };
}

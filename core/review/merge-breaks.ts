import type { Annotation } from '../draft/annotation';
import type { BlockSuggestionMark, ListItemElement, RichText, SuggestionMark, TextBlockElement } from '../draft/rich-text';
import { breakMark, isTextBlock } from './block-suggestions';
import { suggestSplit } from './block-edits';
import { projectText } from './plain-text';
import { mapInlineLists } from './suggestion-normalize';
import { authorLength, layoutOf, type Layout } from './suggestion-layout';
import { locateRun } from './suggestion-transplant';
import { anchorOffsets, textAnchorAt, type TextAnchor } from './text-anchor';

/**
 * Moving a suggested paragraph break (a mark on the block after it) from a reviewer's copy into
 * the author's draft. A break is a place in the author's text: where the new paragraph starts, or
 * the line break a join would remove. It is found by its context, as an insertion is, and made
 * there as the reviewer's Enter (or Backspace) would have made it. The words typed into a new
 * paragraph are placed first, as suggested text; the split then falls right after the ones the
 * reviewer typed before the break, so the paragraph holds the same words as in the copy.
 */

/** A suggested break of a copy's section. */
export interface CopyBreak {
  mark: BlockSuggestionMark;
  /** The element carrying the mark: a top-level text block, or (format 7) a list item. */
  node: TextBlockElement | ListItemElement;
  /** Where the element's text starts in the copy's author text; null for a break this merge cannot place (in a list). */
  at: number | null;
  /** Characters of suggested insertions right before the break at `at` (typed before the Enter). */
  before: number;
}

type Marked = TextBlockElement | ListItemElement;

/** Every element of a section carrying a suggested break, at any depth, in document order. */
export function breakElements(value: RichText): Marked[] {
  const out: Marked[] = [];
  const walk = (n: unknown) => {
    const e = n as { children?: unknown[]; suggestion?: BlockSuggestionMark };
    if (!e || !Array.isArray(e.children)) return;
    if (e.suggestion) out.push(e as Marked);
    e.children.forEach(walk);
  };
  value.forEach(walk);
  return out;
}

/** The index of each top-level block's first inline list in the layout's blocks. */
export function firstInlineLists(value: RichText): number[] {
  let k = 0;
  return value.map((top) => {
    const first = k;
    mapInlineLists([top], (inlines) => {
      k++;
      return inlines;
    });
    return first;
  });
}

/** The suggested breaks of a copy's section, each with its place in the copy's author text. */
export function copyBreaks(value: RichText, layout: Layout): CopyBreak[] {
  const lists = firstInlineLists(value);
  const tops = new Map(value.map((b, i) => [b as unknown, i]));
  return breakElements(value).map((e) => {
    const mark = e.suggestion!;
    const top = tops.get(e);
    // A list item's break (format 7) is not placed yet, nor a mark on the first block (before no break).
    if (top === undefined || !isTextBlock(e) || top === 0) return { mark, node: e, at: null, before: 0 };
    const k = lists[top]!;
    const at = layout.blocks[k]!.authorStart;
    let before = 0;
    const first = layout.pieces.findIndex((p) => p.block === k);
    for (let j = first - 1; j >= 0; j--) {
      const lp = layout.pieces[j]!;
      if (authorLength(lp.piece) > 0 || lp.authorStart !== at) break;
      before += lp.piece.text.length;
    }
    return { mark, node: e, at, before };
  });
}

/** The id of the suggested new paragraph a run of a copy begins (its text is the first there), if any. */
export function newParagraphOf(value: RichText, layout: Layout, block: number, start: number): string | undefined {
  const laid = layout.blocks[block];
  if (!laid?.newParagraph || laid.authorStart !== start) return undefined;
  const top = firstInlineLists(value).lastIndexOf(block);
  return top < 0 ? undefined : breakMark(value[top])?.id;
}

/** The layout block of a draft section's new paragraph `id` if it starts at author offset `q`. */
export function paragraphAt(value: RichText, layout: Layout, id: string, q: number): number | undefined {
  const lists = firstInlineLists(value);
  const top = value.findIndex((b, i) => breakMark(b)?.id === id && layout.blocks[lists[i]!]?.authorStart === q);
  return top < 0 ? undefined : lists[top];
}

/** What placing a break did. */
export type BreakOutcome =
  | { status: 'added'; value: RichText; split?: number }
  | { status: 'present' }
  /** Someone else's break is already at that place: the top-level block there. */
  | { status: 'collision'; block: number }
  /** Its place is gone from the draft's text. */
  | { status: 'not-found' }
  /** Its place lies where no break can be suggested (in a list, in a link), or it is a list item's. */
  | { status: 'unplaceable' };

/** The top-level blocks of a draft section with a break at author offset `q`. */
function breaksAt(value: RichText, layout: Layout, q: number): number[] {
  const lists = firstInlineLists(value);
  return value.flatMap((b, i) => (breakMark(b) && layout.blocks[lists[i]!]?.authorStart === q ? [i] : []));
}

/**
 * Where to split the draft at author offset `q`: past `before` characters of this copy's
 * insertions there (`copyIds`), before the next of them, else before the author's text at `q`.
 * Returns a layout block and an offset in its text, or null.
 */
function cutAt(layout: Layout, q: number, before: number, copyIds: ReadonlySet<string>): { block: number; offset: number } | null {
  let need = before;
  let last: { block: number; offset: number } | null = null;
  const at = (j: number, o: number) => ({ block: layout.pieces[j]!.block, offset: layout.pieces[j]!.markupStart + o - layout.blocks[layout.pieces[j]!.block]!.markupStart });
  for (let j = 0; j < layout.pieces.length; j++) {
    const { piece, authorStart } = layout.pieces[j]!;
    const len = authorLength(piece);
    if (authorStart > q) break;
    if (len > 0) {
      if (q < authorStart + len) return at(j, q - authorStart);
      if (authorStart + len === q) last = at(j, len);
      continue;
    }
    if (authorStart !== q) continue;
    const ours = piece.suggestion?.kind === 'insert' && copyIds.has(piece.suggestion.id);
    if (ours && need === 0) return at(j, 0);
    if (ours) {
      const take = Math.min(need, piece.text.length);
      need -= take;
      if (need === 0) return at(j, take);
    }
    last = at(j, piece.text.length);
  }
  return last;
}

const sameAuthor = (a: BlockSuggestionMark, b: BlockSuggestionMark) => a.author.name === b.author.name;

/**
 * What is at the draft's place `q` already: `present` (this same break, with the same paragraph
 * after it, by the same reviewer from another copy), someone else's break (a collision), or
 * nothing that stops it: a reviewer's own breaks do not compete.
 */
function existing(value: RichText, layout: Layout, q: number, brk: CopyBreak, mine: (id: string) => boolean): BreakOutcome | null {
  const there = breaksAt(value, layout, q).filter((i) => !mine(breakMark(value[i])!.id));
  const words = projectText([brk.node]).text;
  const same = (i: number) => breakMark(value[i])!.kind === brk.mark.kind && projectText([value[i]!]).text === words;
  if (there.some((i) => sameAuthor(breakMark(value[i])!, brk.mark) && same(i))) return { status: 'present' };
  const theirs = there.find((i) => !sameAuthor(breakMark(value[i])!, brk.mark));
  return theirs === undefined ? null : { status: 'collision', block: theirs };
}

/**
 * Places one break of a copy (author text `copyText`) in a draft section: a new paragraph split
 * off, or a block marked for joining. `copyIds` are the suggestion ids of the copy's section;
 * `mine` tells the breaks already placed from this copy.
 */
export function placeBreak(value: RichText, brk: CopyBreak, copyText: string, copyIds: ReadonlySet<string>, mine: (id: string) => boolean): BreakOutcome {
  if (brk.at === null) return { status: 'unplaceable' };
  const layout = layoutOf(value);
  const probe: SuggestionMark = { ...brk.mark, kind: 'insert' };
  const found = locateRun({ mark: probe, block: 0, start: brk.at, end: brk.at, pieces: [] }, copyText, layout.authorText);
  if (!found) return { status: 'not-found' };
  const q = found.start;
  const known = existing(value, layout, q, brk, mine);
  if (known) return known;
  const lists = firstInlineLists(value);
  if (brk.mark.kind === 'delete') {
    if (layout.authorText[q - 1] !== '\n') return { status: 'not-found' };
    const i = value.findIndex((_, t) => t > 0 && layout.blocks[lists[t]!]?.authorStart === q);
    if (i < 0 || !isTextBlock(value[i]) || !isTextBlock(value[i - 1])) return { status: 'unplaceable' };
    return { status: 'added', value: value.map((b, t) => (t === i ? { ...b, suggestion: brk.mark } : b)) };
  }
  const cut = cutAt(layout, q, brk.before, copyIds);
  const top = cut ? lists.indexOf(cut.block) : -1;
  if (!cut || top < 0 || !isTextBlock(value[top])) return { status: 'unplaceable' };
  const { kind: _kind, ...meta } = brk.mark;
  const next = suggestSplit(value, { block: top, offset: cut.offset }, meta);
  if (next === value) return { status: 'unplaceable' };
  // The new paragraph is of the kind the reviewer's is (Enter at the end of a heading gives a paragraph).
  const made = next[top + 1]!;
  if (isTextBlock(brk.node) && isTextBlock(made)) next[top + 1] = { ...made, type: brk.node.type };
  return { status: 'added', value: next, split: layout.blocks[cut.block]!.markupStart + cut.offset };
}

/**
 * Keeps a section's comments on their words after a split at markup offset `at`: the text after
 * it moves one line break on; a range ending right at the split stays before it.
 */
export function remapAfterSplit(annotations: Annotation[], sectionId: string, before: RichText, after: RichText, at: number): Annotation[] {
  const from = projectText(before);
  const to = projectText(after);
  return annotations.map((a) => {
    const anchor = a.anchor;
    if (anchor.kind !== 'text' || anchor.sectionId !== sectionId || anchor.detached) return a;
    const offsets = anchorOffsets(from, anchor);
    if (!offsets) return a;
    const [s, e] = offsets;
    return { ...a, anchor: { ...textAnchorAt(to, sectionId, s >= at ? s + 1 : s, e > at ? e + 1 : e), quote: anchor.quote } };
  });
}

/** A live anchor on the whole text of a draft section's top-level block, or null for an empty block. */
export function blockAnchor(value: RichText, sectionId: string, block: number): TextAnchor | null {
  const p = projectText(value);
  const leaves = p.leaves.filter((l) => l.path[0] === block);
  const start = leaves[0]?.start;
  const last = leaves[leaves.length - 1];
  if (start === undefined || !last || last.start + last.text.length === start) return null;
  return textAnchorAt(p, sectionId, start, last.start + last.text.length);
}

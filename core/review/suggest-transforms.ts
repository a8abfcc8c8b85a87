import { Editor, Element, Path, Point, Range, Text, Transforms, type NodeEntry } from 'slate';
import type { Author } from '../draft/annotation';
import type { FormattedText, SuggestionMark } from '../draft/rich-text';
import { breakMarkFrom, breaksBetween, suggestJoinAt } from './suggest-breaks';
import { breakHolder, itemAt, itemMark } from './suggest-list-breaks';
import { sameAuthor } from './threads';

/**
 * Typing and deleting as suggestions, on a live Slate editor (the Slate-level counterpart of
 * suggest-edits.ts, with the same rules): typed text becomes a suggested insertion of its own,
 * taking the formatting of the text before it; deleting marks plain text for removal, takes the
 * user's own suggested insertions back outright (as in Word) and leaves other suggestions alone.
 * Typing right after (or before) one's own suggestion continues it under the same id, as does
 * deleting next to one's own suggested removal. Joining blocks is suggest-breaks.ts's.
 */

/** Who is suggesting, and where ids and times come from. */
export interface SuggestContext {
  author: Author;
  now(): Date;
  newId(): string;
}

/** The formatting a piece of suggested text takes. */
export type TextFormat = Pick<FormattedText, 'bold' | 'italic' | 'underline'>;

const isOwn = (leaf: Text, ctx: SuggestContext, kind: SuggestionMark['kind']) =>
  leaf.suggestion?.kind === kind && sameAuthor(leaf.suggestion.author, ctx.author);

const newMark = (ctx: SuggestContext, kind: SuggestionMark['kind']): SuggestionMark =>
  ({ id: ctx.newId(), kind, author: ctx.author, createdAt: ctx.now().toISOString() });

function formatOf(leaf: Text | undefined): TextFormat {
  const out: TextFormat = {};
  if (leaf?.bold) out.bold = true;
  if (leaf?.italic) out.italic = true;
  if (leaf?.underline) out.underline = true;
  return out;
}

const blockOf = (editor: Editor, at: Point) =>
  Editor.above(editor, { at, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });

/** The leaf holding the character before (or after) `point` in its block, empty leaves skipped. */
export function leafBeside(editor: Editor, point: Point, side: 'before' | 'after'): NodeEntry<Text> | undefined {
  let entry: NodeEntry<Text> | undefined = Editor.leaf(editor, point);
  if (side === 'before' ? point.offset > 0 : point.offset < entry[0].text.length) return entry;
  const block = blockOf(editor, point);
  const match = (n: unknown): n is Text => Text.isText(n);
  for (;;) {
    entry = side === 'before' ? Editor.previous(editor, { at: entry[1], match }) : Editor.next(editor, { at: entry[1], match });
    if (!entry || !block || !Path.isAncestor(block[1], entry[1])) return undefined;
    if (entry[0].text !== '') return entry;
  }
}

/** At the start of a new paragraph (or list item) of one's own, typing continues that suggestion (one Enter and its text are one change). */
function newParagraphMark(editor: Editor, point: Point, ctx: SuggestContext): SuggestionMark | undefined {
  const item = itemAt(editor, point);
  const block = point.path.length === 2 ? editor.children[point.path[0]!] : undefined;
  const holder = item ?? (block ? [point.path[0]!] : undefined);
  const mark = item ? itemMark(editor, item) : block && 'suggestion' in block ? block.suggestion : undefined;
  if (!holder || mark?.kind !== 'insert' || !sameAuthor(mark.author, ctx.author) || !Editor.isStart(editor, point, holder)) return undefined;
  return { id: mark.id, kind: 'insert', author: mark.author, createdAt: mark.createdAt };
}

/** What a leaf's formatting was before `mark` reformatted it, as properties to set (absent marks unset). */
const former = (mark: SuggestionMark): TextFormat => ({ bold: mark.formerly?.bold, italic: mark.formerly?.italic, underline: mark.formerly?.underline });

/**
 * Marks `range` for removal and places the caret at its start or end. Plain text gets the mark;
 * the user's own insertions in it go, and text they reformatted is removed as the author wrote
 * it; other suggestions stay. `given` is the mark to use (a replacement's); else a removal next to
 * the user's own continues it.
 */
export function suggestRemoval(editor: Editor, range: Range, caret: 'start' | 'end', ctx: SuggestContext, given?: SuggestionMark): void {
  Editor.withoutNormalizing(editor, () => {
    const [start, end] = Range.edges(range);
    const adjacent = [leafBeside(editor, end, 'after'), leafBeside(editor, start, 'before')].find((e) => e && isOwn(e[0], ctx, 'delete'));
    const mark = given ?? adjacent?.[0].suggestion ?? newMark(ctx, 'delete');
    const ref = Editor.rangeRef(editor, range, { affinity: 'inward' });
    // Leaves are split at the range's edges, so that each leaf is either in it or out of it.
    Transforms.splitNodes(editor, { at: end, match: Text.isText });
    // (A split after `start` does not move it.)
    Transforms.splitNodes(editor, { at: start, match: Text.isText });
    const inside = ref.current!;
    const leaves = [...Editor.nodes<Text>(editor, { at: inside, match: Text.isText })]
      .filter(([, path]) => { const r = Range.intersection(inside, Editor.range(editor, path)); return !!r && Range.isExpanded(r); });
    const gone: Path[] = [];
    for (const [leaf, path] of leaves) {
      if (!leaf.suggestion) Transforms.setNodes(editor, { suggestion: mark }, { at: path });
      else if (isOwn(leaf, ctx, 'format')) Transforms.setNodes(editor, { ...former(leaf.suggestion), suggestion: mark }, { at: path });
      else if (isOwn(leaf, ctx, 'insert')) gone.push(path);
    }
    // Their text goes, not the leaves: the range and the caret stay where they were.
    for (const path of gone.reverse()) Transforms.delete(editor, { at: Editor.range(editor, path) });
    // The paragraph breaks inside the range are suggested for removal too (later ones first).
    const [from, to] = Range.edges(ref.current!);
    for (const holder of breaksBetween(editor, from, to)) suggestJoinAt(editor, holder, ctx, () => breakMarkFrom(mark));
    const done = ref.unref()!;
    Transforms.select(editor, caret === 'start' ? Range.start(done) : Range.end(done));
  });
}

/** Backspace or Delete at the caret (or over a selection) in suggestion mode. */
export function suggestDeleteAtCaret(editor: Editor, direction: 'backward' | 'forward', unit: 'character' | 'word' | 'line' | 'block', ctx: SuggestContext): void {
  const { selection } = editor;
  if (!selection) return;
  if (Range.isExpanded(selection)) return suggestRemoval(editor, selection, direction === 'backward' ? 'start' : 'end', ctx);
  const point = selection.anchor;
  const other = direction === 'backward' ? Editor.before(editor, point, { unit }) : Editor.after(editor, point, { unit });
  if (!other) return;
  // Across a paragraph break (or between list items), joining them is suggested; where it cannot be
  // (a list's first item, or a suggestion is on the break already), the caret just moves on.
  if (blockOf(editor, other)?.[1].join() !== blockOf(editor, point)?.[1].join()) {
    const later = direction === 'backward' ? point : other;
    const beside = leafBeside(editor, point, direction === 'backward' ? 'after' : 'before');
    const own = beside && isOwn(beside[0], ctx, 'delete') ? beside[0].suggestion! : undefined;
    const holder = breakHolder(editor, Path.parent(later.path));
    const done = !!holder && suggestJoinAt(editor, holder, ctx, () => breakMarkFrom(own ?? newMark(ctx, 'delete')));
    // A new paragraph taken back leaves the caret where the blocks now meet.
    if (done !== 'taken back') Transforms.select(editor, other);
    return;
  }
  suggestRemoval(editor, { anchor: other, focus: point }, direction === 'backward' ? 'start' : 'end', ctx);
}

/**
 * Types `text` at the caret as a suggested insertion. Typed over a selection, it is a replacement:
 * the selection is marked for removal and the new text follows it, both one suggestion (one id),
 * which the author accepts or rejects as one. `format` overrides the formatting taken from the text before.
 */
export function suggestText(editor: Editor, text: string, ctx: SuggestContext, format?: TextFormat): void {
  if (!editor.selection || text === '') return;
  Editor.withoutNormalizing(editor, () => {
    let replacing: SuggestionMark | undefined;
    if (Range.isExpanded(editor.selection!)) {
      replacing = newMark(ctx, 'delete');
      suggestRemoval(editor, editor.selection!, 'end', ctx, replacing);
    }
    const point = editor.selection!.anchor;
    const before = leafBeside(editor, point, 'before');
    const after = leafBeside(editor, point, 'after');
    const own = [before, after].find((e) => e && isOwn(e[0], ctx, 'insert'));
    const { suggestion: _pending, ...marks } = editor.marks ?? {};
    const wanted = format ?? (editor.marks ? (marks as TextFormat) : undefined);
    if (own && !wanted && !replacing) {
      // Continue one's own suggestion: the text goes into its leaf.
      const at = own === before ? (Path.equals(own[1], point.path) ? point : Editor.end(editor, own[1])) : Editor.start(editor, own[1]);
      Transforms.insertText(editor, text, { at });
      Transforms.select(editor, { path: own[1], offset: at.offset + text.length });
    } else {
      const mark = replacing ? { ...replacing, kind: 'insert' as const } : (own?.[0].suggestion ?? newParagraphMark(editor, point, ctx) ?? newMark(ctx, 'insert'));
      const node: Text = { ...(wanted ?? formatOf(before?.[0] ?? after?.[0])), text, suggestion: mark };
      Transforms.insertNodes(editor, node, { at: point, select: true });
    }
    editor.marks = null;
  });
}

const sameFormat = (a: TextFormat, b: TextFormat) => a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;

/**
 * Turns a formatting mark on or off over `range` as a suggestion (the rules of suggestFormat in
 * suggest-edits.ts): plain text shows the new formatting and remembers its old one; the user's own
 * insertions, and text they reformatted already, simply change (formatting put back as it was is
 * no suggestion any more); text suggested for removal, or by someone else, stays as it is.
 */
export function suggestFormatting(editor: Editor, range: Range, mark: keyof TextFormat, on: boolean, ctx: SuggestContext): void {
  const suggestion = newMark(ctx, 'format');
  Editor.withoutNormalizing(editor, () => {
    const ref = Editor.rangeRef(editor, range, { affinity: 'inward' });
    const [start, end] = Range.edges(range);
    Transforms.splitNodes(editor, { at: end, match: Text.isText });
    Transforms.splitNodes(editor, { at: start, match: Text.isText });
    const inside = ref.current!;
    const leaves = [...Editor.nodes<Text>(editor, { at: inside, match: Text.isText })]
      .filter(([, path]) => { const r = Range.intersection(inside, Editor.range(editor, path)); return !!r && Range.isExpanded(r); });
    const value = { [mark]: on ? true : undefined };
    for (const [leaf, path] of leaves) {
      const next = { ...formatOf(leaf), ...value };
      if (!leaf.suggestion) {
        if (!sameFormat(next, formatOf(leaf))) Transforms.setNodes(editor, { ...value, suggestion: { ...suggestion, formerly: formatOf(leaf) } }, { at: path });
      } else if (isOwn(leaf, ctx, 'format')) {
        const back = sameFormat(next, formatOf(leaf.suggestion.formerly as Text));
        Transforms.setNodes(editor, back ? { ...value, suggestion: undefined } : value, { at: path });
      } else if (isOwn(leaf, ctx, 'insert')) Transforms.setNodes(editor, value, { at: path });
    }
    Transforms.select(editor, ref.unref()!);
  });
}

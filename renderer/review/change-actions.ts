import { Editor, Node, Path, Range, Text, Transforms, type Element as SlateElement } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { BlockSuggestionMark, SuggestionMark } from '../../core/draft/rich-text';
import { breakMark, isTextBlock } from '../../core/review/block-suggestions';
import { breakHolder, itemMark, joinItemAt, markedItems } from '../../core/review/suggest-list-breaks';
import { changeAuthorKey } from '../../core/review/change-list';
import { sectionEditor, sectionIds } from '../editor/session';
import { mountAllSections } from '../layout/progressive-mount';
import { asOneStep } from '../state/doc-history';
import { markTextChanged } from '../state/doc-state';
import { changesStore } from './changes-state';
import { fieldsLocked } from './lock';
import { reviewStore } from './review-state';
import { decideRows } from './row-proposals';

/**
 * Accepting and rejecting suggestions in the section editors, so that each decision is one step of
 * the document's one undo history (Ctrl+Z brings the suggestion back). Only the author decides: a
 * reviewer's view never changes the text.
 */

type Verdict = 'accept' | 'reject' | 'keep';
type Decide = (mark: Pick<SuggestionMark, 'id' | 'author'>) => Verdict;

const markOf = (n: Node): SuggestionMark | undefined => (Text.isText(n) ? n.suggestion : undefined);

/** True when the open draft's user may accept and reject (the author, not a reviewer). */
export const canDecide = (): boolean => reviewStore.get().role === 'author';

const MARKS = ['bold', 'italic', 'underline'] as const;

/** Accepted insertions and rejected deletions stay (unmarked), the others go; a rejected formatting suggestion gives the text its formatting back. */
function decideLeaf(editor: Editor, path: Path, mark: SuggestionMark, verdict: 'accept' | 'reject'): void {
  if (mark.kind === 'format' && verdict === 'reject') {
    const was = mark.formerly ?? {};
    Transforms.unsetNodes(editor, ['suggestion', ...MARKS.filter((m) => !was[m])], { at: path });
    const back = Object.fromEntries(MARKS.filter((m) => was[m]).map((m) => [m, true]));
    if (Object.keys(back).length > 0) Transforms.setNodes(editor, back, { at: path });
  } else if (mark.kind === 'format' || (verdict === 'accept') === (mark.kind === 'insert')) {
    Transforms.unsetNodes(editor, 'suggestion', { at: path });
  } else {
    Transforms.removeNodes(editor, { at: path });
  }
}

/**
 * An inserted break rejected, or a deleted one accepted, joins the block (or list item) onto the
 * one before; else its mark goes. A reviewer withdrawing their new item joins it only where the
 * review lock lets that through (the item before has no sub-list); otherwise it stays open.
 */
function decideBreak(editor: Editor, path: Path, mark: BlockSuggestionMark, verdict: 'accept' | 'reject'): void {
  const joins = (verdict === 'accept') === (mark.kind === 'delete');
  if (path.length > 1) {
    if (!joins || path[path.length - 1] === 0) Transforms.unsetNodes(editor, 'suggestion', { at: path });
    else joinItemAt(editor, path, fieldsLocked());
    return;
  }
  const index = path[0]!;
  const previous = editor.children[index - 1];
  if (joins && isTextBlock(previous)) {
    const { children: _children, ...props } = editor.children[index] as SlateElement;
    editor.apply({ type: 'merge_node', path: [index], position: previous.children.length, properties: props });
  } else Transforms.unsetNodes(editor, 'suggestion', { at: [index] });
}

/** Decides the marked leaves of one editor as one batch of its history; returns whether anything changed. */
function decideIn(editor: Editor, decide: Decide): boolean {
  const hits: Array<{ path: Path; mark: SuggestionMark; verdict: 'accept' | 'reject' }> = [];
  for (const [node, path] of Node.texts(editor)) {
    const mark = node.suggestion;
    const verdict = mark ? decide(mark) : 'keep';
    if (mark && verdict !== 'keep') hits.push({ path, mark, verdict });
  }
  const top = editor.children.flatMap((block, index) => {
    const mark = breakMark(block);
    return mark ? [{ path: [index], mark }] : [];
  });
  // Later ones first (inner list items before the items and blocks around them), so paths stay valid.
  const breaks = [...markedItems(editor), ...top.reverse()].sort((a, b) => Path.compare(b.path, a.path))
    .flatMap(({ path, mark }) => {
      const verdict = decide(mark as SuggestionMark);
      return verdict !== 'keep' ? [{ path, mark, verdict }] : [];
    });
  if (hits.length === 0 && breaks.length === 0) return false;
  HistoryEditor.withNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      // Last first, so the paths of the leaves still to do stay valid; the text first, then the breaks.
      for (const { path, mark, verdict } of hits.reverse()) decideLeaf(editor, path, mark, verdict);
      for (const { path, mark, verdict } of breaks) decideBreak(editor, path, mark, verdict);
    });
  });
  return true;
}

/** Decides in every section, and the proposed rows of the tables, as one step; returns how many sections and rows changed. */
function decideEverywhere(decide: Decide, o: { withdrawing?: boolean } = {}): number {
  if (!canDecide() && !o.withdrawing) return 0;
  let changed = 0;
  asOneStep(() => {
    for (const id of sectionIds()) {
      const editor = sectionEditor(id);
      if (editor && decideIn(editor, decide)) changed++;
    }
    if (!o.withdrawing) changed += decideRows((t) => decide(t));
  });
  if (changed > 0) {
    markTextChanged();
    changesStore.set((s) => ({ decided: s.decided + 1 }));
  }
  return changed;
}

/** Accepts one suggestion: added text stays, removed text goes. */
export const acceptChange = (id: string) => decideEverywhere((m) => (m.id === id ? 'accept' : 'keep')) > 0;
/** Rejects one suggestion: the text is as it was before it. */
export const rejectChange = (id: string) => decideEverywhere((m) => (m.id === id ? 'reject' : 'keep')) > 0;

/**
 * A reviewer takes back a suggestion of their own: it goes as if rejected (the author's text is as
 * it was, which the review lock lets through). Someone else's suggestion stays.
 */
export function withdrawChange(id: string, me: Pick<SuggestionMark['author'], 'name' | 'initials'>): boolean {
  const mine = changeAuthorKey(me);
  return decideEverywhere((m) => (m.id === id && changeAuthorKey(m.author) === mine ? 'reject' : 'keep'), { withdrawing: true }) > 0;
}

/** Accepts or rejects every open suggestion, or only one person's (`changeAuthorKey`), as one step. */
export function decideAll(verdict: 'accept' | 'reject', author: string | null = null): boolean {
  return decideEverywhere((m) => (author === null || changeAuthorKey(m.author) === author ? verdict : 'keep')) > 0;
}

/** The id of the suggested break before the block whose first leaf is at `path`, if any. */
function breakIdAt(editor: Editor, path: Path): string | undefined {
  const holder = breakHolder(editor, Path.parent(path));
  return holder && (holder.length === 1 ? breakMark(editor.children[holder[0]!]) : itemMark(editor, holder))?.id;
}

/** The range a suggestion covers in its section's editor (first to last marked leaf). */
export function changeRange(editor: Editor, id: string): Range | null {
  let first: Path | null = null;
  let last: Path | null = null;
  for (const [node, path] of Node.texts(editor)) {
    // A suggested break is at the start of its block.
    const atBreak = path[path.length - 1] === 0 && breakIdAt(editor, path) === id;
    if (markOf(node)?.id !== id && !atBreak) continue;
    first ??= path;
    last = path;
  }
  if (!first || !last) return null;
  return { anchor: Editor.start(editor, first), focus: Editor.end(editor, last) };
}

/** Scrolls to a suggestion and selects its text, with the keyboard in the text (the marked view is shown). */
export function jumpToChange(sectionId: string, id: string): void {
  if (jumpToRow(id)) return;
  const editor = sectionEditor(sectionId);
  const range = editor && changeRange(editor, id);
  if (!editor || !range) return;
  // The marked view shows what the suggestion does (in final or original it may be hidden).
  changesStore.set({ activeId: id, view: 'markup' });
  mountAllSections();
  requestAnimationFrame(() => {
    try {
      ReactEditor.focus(editor);
      Transforms.select(editor, range);
      const dom = ReactEditor.toDOMRange(editor, range);
      (dom.startContainer.parentElement ?? dom.startContainer as Element).scrollIntoView?.({ block: 'center' });
    } catch {
      // The section is not on the page (yet): nothing to show.
    }
  });
}

/** Scrolls to a proposed row (or the row proposed for removal) in its table; false when the change is not one. */
function jumpToRow(id: string): boolean {
  const thread = reviewStore.get().annotations.find((a) => a.id === id);
  if (!thread?.proposal || !('row' in thread.proposal)) return false;
  const p = thread.proposal;
  changesStore.set({ activeId: id });
  mountAllSections();
  requestAnimationFrame(() => {
    const sel = p.kind === 'add-row' ? `[data-kp-proposed-row="${CSS.escape(id)}"]` : `[data-kp-loc="${CSS.escape(`${p.table}:${p.row.id}`)}"]`;
    const row = document.querySelector<HTMLElement>(sel);
    row?.scrollIntoView?.({ block: 'center' });
    (row?.querySelector<HTMLElement>('button, input, select') ?? row)?.focus?.();
  });
  return true;
}

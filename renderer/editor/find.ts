import { Editor, Element, Node, Text, type Range } from 'slate';
import { ReactEditor } from 'slate-react';
import { createStore } from '../state/create-store';
import { sectionEditor, sectionIds } from './session';
import { mountAllSections } from '../layout/progressive-mount';

/** One match of the find bar: a range in one section's text. */
export interface FindMatch {
  sectionId: string;
  range: Range;
}

/** The find bar's state: open or not, the query, its matches in document order, the current one. */
export const findStore = createStore<{ open: boolean; query: string; matches: FindMatch[]; index: number }>({
  open: false, query: '', matches: [], index: -1,
});

const fold = (s: string) => s.toLocaleLowerCase('sv-SE');

/** Every case-insensitive occurrence of `query` in a section, matches may span marks but not blocks. */
export function findInEditor(editor: Editor, sectionId: string, query: string): FindMatch[] {
  const q = fold(query);
  if (q === '') return [];
  const out: FindMatch[] = [];
  for (const [block, path] of Editor.nodes(editor, { at: [], match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) && !Editor.hasBlocks(editor, n) })) {
    const leaves: Array<{ path: number[]; start: number; end: number }> = [];
    let text = '';
    for (const [leaf, rel] of Node.texts(block)) {
      if (!Text.isText(leaf)) continue;
      leaves.push({ path: [...path, ...rel], start: text.length, end: text.length + leaf.text.length });
      text += leaf.text;
    }
    const hay = fold(text);
    const point = (o: number, end: boolean) => {
      const l = leaves.find((x) => (end ? o > x.start && o <= x.end : o >= x.start && o < x.end)) ?? leaves.at(-1)!;
      return { path: l.path, offset: o - l.start };
    };
    for (let i = hay.indexOf(q); i >= 0; i = hay.indexOf(q, i + q.length)) {
      out.push({ sectionId, range: { anchor: point(i, false), focus: point(i + q.length, true) } });
    }
  }
  return out;
}

/** Runs the query over every section, in document order. */
export function runFind(query: string): void {
  const matches = query.trim() === '' ? [] : sectionIds().flatMap((id) => findInEditor(sectionEditor(id)!, id, query));
  findStore.set({ query, matches, index: matches.length ? 0 : -1 });
  revealCurrent();
}

/** Moves to the next (or previous) match, wrapping around. */
export function stepFind(step: 1 | -1): void {
  const { matches, index } = findStore.get();
  if (matches.length === 0) return;
  findStore.set({ index: (index + step + matches.length) % matches.length });
  revealCurrent();
}

function revealCurrent(): void {
  mountAllSections();
  const { matches, index } = findStore.get();
  const m = matches[index];
  if (!m) return;
  const editor = sectionEditor(m.sectionId);
  if (!editor) return;
  requestAnimationFrame(() => {
    try {
      const dom = ReactEditor.toDOMRange(editor, m.range);
      (dom.startContainer.parentElement ?? null)?.scrollIntoView({ block: 'center' });
    } catch {
      // The match's text changed since the search; the next search finds it again.
    }
  });
}

/** Closes the bar and puts the caret on the current match, so typing goes on from there. */
export function closeFind(selectMatch: boolean): void {
  mountAllSections();
  const { matches, index } = findStore.get();
  findStore.set({ open: false, matches: [], index: -1 });
  const m = matches[index];
  const editor = m ? sectionEditor(m.sectionId) : undefined;
  if (selectMatch && m && editor) {
    ReactEditor.focus(editor);
    try {
      editor.select(m.range);
    } catch {
      // Stale range: leave the caret where it was.
    }
  }
}

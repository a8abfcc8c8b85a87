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

/** How the query is matched. */
export interface FindOptions {
  matchCase: boolean;
  wholeWords: boolean;
}

/**
 * The find bar's state: open or not, with the replace row or not, the query and its options, its
 * matches in document order, the current one, and how many the last "replace all" replaced.
 */
export interface FindState extends FindOptions {
  open: boolean;
  replacing: boolean;
  query: string;
  replacement: string;
  matches: FindMatch[];
  index: number;
  replaced: number | null;
}

const closed: FindState = {
  open: false, replacing: false, query: '', replacement: '', matchCase: false, wholeWords: false, matches: [], index: -1, replaced: null,
};
export const findStore = createStore<FindState>({
  ...closed,
});

const fold = (s: string) => s.toLocaleLowerCase('sv-SE');
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** A whole word: no letter or digit right before or after. */
const standsAlone = (text: string, start: number, end: number) => !WORD_CHAR.test(text[start - 1] ?? ' ') && !WORD_CHAR.test(text[end] ?? ' ');

/** Every occurrence of `query` in a section (without case unless asked), matches may span marks but not blocks. */
export function findInEditor(editor: Editor, sectionId: string, query: string, options: FindOptions = { matchCase: false, wholeWords: false }): FindMatch[] {
  const { matchCase, wholeWords } = options;
  const q = matchCase ? query : fold(query);
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
    const hay = matchCase ? text : fold(text);
    const point = (o: number, end: boolean) => {
      const l = leaves.find((x) => (end ? o > x.start && o <= x.end : o >= x.start && o < x.end)) ?? leaves.at(-1)!;
      return { path: l.path, offset: o - l.start };
    };
    for (let i = hay.indexOf(q); i >= 0;) {
      if (wholeWords && !standsAlone(hay, i, i + q.length)) {
        i = hay.indexOf(q, i + 1);
        continue;
      }
      out.push({ sectionId, range: { anchor: point(i, false), focus: point(i + q.length, true) } });
      i = hay.indexOf(q, i + q.length);
    }
  }
  return out;
}

/** Every match of the bar's query and options, in document order. */
export function allMatches(state: Pick<FindState, 'query' | 'matchCase' | 'wholeWords'> = findStore.get()): FindMatch[] {
  return state.query.trim() === '' ? [] : sectionIds().flatMap((id) => findInEditor(sectionEditor(id)!, id, state.query, state));
}

/** Runs the query over every section, in document order. */
export function runFind(query: string): void {
  const matches = allMatches({ ...findStore.get(), query });
  findStore.set({ query, matches, index: matches.length ? 0 : -1, replaced: null });
  revealCurrent();
}

/** Finds the matches again in the changed text (an undo, typing), keeping the current one's place. */
export function refreshFind(): void {
  const { open, index } = findStore.get();
  if (!open) return;
  const matches = allMatches();
  findStore.set({ matches, index: matches.length === 0 ? -1 : Math.min(Math.max(index, 0), matches.length - 1) });
}

/** Changes how the query matches and searches again. */
export function setFindOptions(options: Partial<FindOptions>): void {
  findStore.set(options);
  runFind(findStore.get().query);
}

/** Moves to the next (or previous) match, wrapping around. */
export function stepFind(step: 1 | -1): void {
  const { matches, index } = findStore.get();
  if (matches.length === 0) return;
  findStore.set({ index: (index + step + matches.length) % matches.length });
  revealCurrent();
}

export function revealCurrent(): void {
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

/** Another document opens: the bar, its search and its options belonged to the one before. */
export function resetFind(): void {
  findStore.set(closed);
}

/** Closes the bar and puts the caret on the current match, so typing goes on from there. */
export function closeFind(selectMatch: boolean): void {
  mountAllSections();
  const { matches, index } = findStore.get();
  findStore.set({ open: false, matches: [], index: -1, replaced: null });
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

import { Editor, Element, Path, Range, Transforms } from 'slate';
import type { EditorElement, LinkEl, Mark, TextBlockEl } from '../../core/editor/types';
import { liftOutOfLists, toggleList } from './lists';

/** True when the mark is on at the selection. */
export function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

/** Turns a mark on or off for the selection (or for what is typed next). */
export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

/** The kind of block at the selection: a text block type, or the innermost list's type. */
export type BlockKind = TextBlockEl['type'] | 'bulleted-list' | 'numbered-list';

export function currentBlockKind(editor: Editor): BlockKind | null {
  if (!editor.selection) return null;
  const list = Editor.above(editor, {
    match: (n) => Element.isElement(n) && ((n as EditorElement).type === 'bulleted-list' || (n as EditorElement).type === 'numbered-list'),
    mode: 'lowest',
  });
  if (list) return (list[0] as EditorElement).type as BlockKind;
  const block = Editor.above(editor, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n), mode: 'lowest' });
  return block ? ((block[0] as EditorElement).type as BlockKind) : null;
}

/** Sets the block kind of the selected blocks, toggling lists and block quotes off when repeated. */
export function setBlockKind(editor: Editor, kind: BlockKind): void {
  if (kind === 'bulleted-list' || kind === 'numbered-list') {
    toggleList(editor, kind);
    return;
  }
  const current = currentBlockKind(editor);
  if (current === 'bulleted-list' || current === 'numbered-list') liftOutOfLists(editor);
  const target = current === kind && kind !== 'paragraph' ? 'paragraph' : kind;
  Transforms.setNodes<EditorElement>(editor, { type: target }, {
    match: (n) => Element.isElement(n) && ['paragraph', 'heading-one', 'heading-two', 'block-quote'].includes((n as EditorElement).type),
    mode: 'lowest',
  });
}

const isLink = (n: unknown) => Element.isElement(n) && (n as EditorElement).type === 'link';

/** The link at the selection, if any. */
export function currentLink(editor: Editor): LinkEl | null {
  const e = Editor.above(editor, { match: isLink });
  return e ? (e[0] as LinkEl) : null;
}

/**
 * Adds, changes or (with an empty url) removes the link at the selection; `url` is already checked
 * (link-url.ts). With nothing selected a new link shows `text`, or the address (without mailto:)
 * when that is blank, and the caret goes after it, so typing on does not lengthen the link (as in
 * Word). Selected text stays selected once it is a link.
 */
export function setLink(editor: Editor, url: string, text = ''): void {
  if (url === '') {
    Transforms.unwrapNodes(editor, { match: isLink });
    return;
  }
  if (currentLink(editor)) {
    Transforms.setNodes<EditorElement>(editor, { url } as Partial<LinkEl>, { match: isLink });
    return;
  }
  const { selection } = editor;
  if (!selection) return;
  if (Range.isCollapsed(selection)) {
    Transforms.insertNodes(editor, { type: 'link', url, children: [{ text: text.trim() === '' ? url.replace(/^mailto:/i, '') : text }] });
    const link = Editor.above(editor, { match: isLink });
    if (link) Transforms.select(editor, Editor.start(editor, Path.next(link[1])));
  } else {
    Transforms.wrapNodes(editor, { type: 'link', url, children: [] } as unknown as LinkEl, { split: true });
  }
}

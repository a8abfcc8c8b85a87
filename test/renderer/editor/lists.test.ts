import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms, type Descendant } from 'slate';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';
import { withLists } from '../../../renderer/editor/with-lists';
import { indentItem, outdentItem, toggleList } from '../../../renderer/editor/lists';
import { setBlockKind } from '../../../renderer/editor/formatting';
import { pointAfterWords, rangeForOffsets } from '../../../renderer/editor/offsets';

const p = (text: string) => ({ type: 'paragraph', children: [{ text }] });
const li = (...children: unknown[]) => ({ type: 'list-item', children });
const ul = (...children: unknown[]) => ({ type: 'bulleted-list', children });
const ol = (...children: unknown[]) => ({ type: 'numbered-list', children });

function editorWith(children: unknown[]) {
  const editor = withDraftSchema(withLists(createEditor()));
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

describe('list commands', () => {
  it('Tab nests an item under the one before it; Shift+Tab lifts it back', () => {
    const e = editorWith([ul(li(p('a')), li(p('b')), li(p('c')))]);
    indentItem(e, [0, 1]);
    expect(e.children).toEqual([ul(li(p('a'), ul(li(p('b')))), li(p('c')))]);
    outdentItem(e, [0, 0, 1, 0]);
    expect(e.children).toEqual([ul(li(p('a')), li(p('b')), li(p('c')))]);
  });

  it('lifting an item keeps the items after it after it (they become its children)', () => {
    const e = editorWith([ul(li(p('a'), ul(li(p('b')), li(p('c')))))]);
    outdentItem(e, [0, 0, 1, 0]);
    expect(e.children).toEqual([ul(li(p('a')), li(p('b'), ul(li(p('c')))))]);
  });

  it('lifting a top-level item leaves the list as a paragraph and splits the list around it', () => {
    const e = editorWith([ol(li(p('1')), li(p('2')), li(p('3')))]);
    outdentItem(e, [0, 1]);
    expect(e.children).toEqual([ol(li(p('1'))), p('2'), ol(li(p('3')))]);
  });

  it('turns paragraphs into a list, switches its type, and turns it back', () => {
    const e = editorWith([p('a'), p('b')]);
    Transforms.select(e, { anchor: Editor.start(e, [0]), focus: Editor.end(e, [1]) });
    toggleList(e, 'bulleted-list');
    expect(e.children).toEqual([ul(li(p('a')), li(p('b')))]);
    toggleList(e, 'numbered-list');
    expect(e.children).toEqual([ol(li(p('a')), li(p('b')))]);
    toggleList(e, 'numbered-list');
    expect(e.children).toEqual([p('a'), p('b')]);
  });

  it('a heading chosen inside a list leaves the list first', () => {
    const e = editorWith([ul(li(p('rubrik')))]);
    Transforms.select(e, Editor.start(e, []));
    setBlockKind(e, 'heading-one');
    expect(e.children).toEqual([{ type: 'heading-one', children: [{ text: 'rubrik' }] }]);
  });

  it('Enter in an empty item leaves the list; Backspace at the start of an item lifts it', () => {
    const e = editorWith([ul(li(p('a')))]);
    Transforms.select(e, Editor.end(e, []));
    e.insertBreak();
    expect(e.children).toEqual([ul(li(p('a')), li(p('')))]);
    e.insertBreak();
    expect(e.children).toEqual([ul(li(p('a'))), p('')]);
    const f = editorWith([ul(li(p('a')), li(p('b')))]);
    Transforms.select(f, Editor.start(f, [0, 1]));
    f.deleteBackward('character');
    expect(f.children).toEqual([ul(li(p('a'))), p('b')]);
  });

  it('Enter at the end of a heading continues with body text', () => {
    const e = editorWith([{ type: 'heading-two', children: [{ text: 'Rubrik' }] }]);
    Transforms.select(e, Editor.end(e, []));
    e.insertBreak();
    e.insertText('brödtext');
    expect(e.children).toEqual([{ type: 'heading-two', children: [{ text: 'Rubrik' }] }, p('brödtext')]);
  });
});

describe('text offsets', () => {
  it('maps plain-text offsets (blocks joined by one newline) to ranges', () => {
    const e = editorWith([p('ett två'), ul(li(p('tre')))]);
    const r = rangeForOffsets(e, 8, 11)!;
    expect(Editor.string(e, r)).toBe('tre');
    expect(rangeForOffsets(e, 99, 100)).toBeNull();
  });

  it('finds where the words past a limit start, words never spanning blocks', () => {
    const e = editorWith([p('ett två – tre'), p('fyra fem')]);
    const at = pointAfterWords(e, 3)!;
    expect(Node.string(Node.get(e, at.path)).slice(at.offset)).toBe('fyra fem');
    expect(pointAfterWords(e, 5)).toBeNull();
  });
});

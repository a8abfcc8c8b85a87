import { describe, expect, it } from 'vitest';
import { createEditor, Editor, Node, Transforms, type Descendant } from 'slate';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';
import { currentLink, setLink } from '../../../renderer/editor/formatting';

const p = (...children: unknown[]) => ({ type: 'paragraph', children });
const link = (url: string, text: string) => ({ type: 'link', url, children: [{ text }] });

function editorWith(children: unknown[]) {
  const editor = withDraftSchema(createEditor());
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

describe('setLink', () => {
  it('makes the selected words a link and keeps them selected', () => {
    const e = editorWith([p({ text: 'Läs om Kommunalt Partnerskap här' })]);
    Transforms.select(e, { anchor: { path: [0, 0], offset: 7 }, focus: { path: [0, 0], offset: 28 } });
    setLink(e, 'https://www.icld.se');
    expect(e.children).toEqual([p({ text: 'Läs om ' }, link('https://www.icld.se', 'Kommunalt Partnerskap'), { text: ' här' })]);
    expect(Editor.string(e, e.selection!)).toBe('Kommunalt Partnerskap');
  });

  it('with nothing selected inserts the text as a link and puts the caret after it', () => {
    const e = editorWith([p({ text: 'Mejla ' })]);
    Transforms.select(e, Editor.end(e, []));
    setLink(e, 'mailto:info@icld.se', 'oss');
    Editor.insertText(e, '!');
    expect(e.children).toEqual([p({ text: 'Mejla ' }, link('mailto:info@icld.se', 'oss'), { text: '!' })]);
  });

  it('shows the address when the text is left blank (an e-mail address without mailto:)', () => {
    const e = editorWith([p({ text: '' })]);
    Transforms.select(e, Editor.end(e, []));
    setLink(e, 'mailto:info@icld.se', '  ');
    setLink(e, 'https://icld.se');
    expect(Node.string(e)).toBe('info@icld.sehttps://icld.se');
  });

  it('changes the address of the link at the caret, or removes the link and keeps its text', () => {
    const e = editorWith([p({ text: 'Se ' }, link('https://icld.se', 'ICLD'), { text: '.' })]);
    Transforms.select(e, { path: [0, 1, 0], offset: 2 });
    expect(currentLink(e)?.url).toBe('https://icld.se');
    setLink(e, 'https://www.icld.se/kp');
    expect(e.children).toEqual([p({ text: 'Se ' }, link('https://www.icld.se/kp', 'ICLD'), { text: '.' })]);
    setLink(e, '');
    expect(e.children).toEqual([p({ text: 'Se ICLD.' })]);
    expect(currentLink(e)).toBeNull();
  });
});

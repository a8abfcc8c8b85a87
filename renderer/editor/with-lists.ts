import { Editor, Element, Node, Range, Transforms } from 'slate';
import type { EditorElement } from '../../core/editor/types';
import { currentItem, isAtItemStart, outdentItem } from './lists';

/**
 * Word's habits for Enter and Backspace: Enter in an empty list item leaves the list, Enter at the
 * end of a heading continues with a paragraph, Backspace at the start of an item lifts it.
 */
export function withLists<E extends Editor>(editor: E): E {
  const { insertBreak, deleteBackward } = editor;
  editor.insertBreak = () => {
    const item = currentItem(editor);
    if (item && Node.string(item[0].children[0]!) === '' && item[0].children.length === 1) {
      outdentItem(editor, item[1]);
      return;
    }
    const block = Editor.above(editor, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n), mode: 'lowest' });
    const type = (block?.[0] as EditorElement | undefined)?.type;
    if (block && (type === 'heading-one' || type === 'heading-two') && editor.selection && Range.isCollapsed(editor.selection)
      && Editor.isEnd(editor, editor.selection.anchor, block[1])) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] });
      return;
    }
    insertBreak();
  };
  editor.deleteBackward = (unit) => {
    if (unit === 'character' && isAtItemStart(editor)) {
      outdentItem(editor, currentItem(editor)![1]);
      return;
    }
    deleteBackward(unit);
  };
  return editor;
}

import { createEditor, Editor, Node } from 'slate';
import { describe, expect, it } from 'vitest';
import { pointAfterWords, rangeForOffsets } from '../../../renderer/editor/offsets';

const author = { name: 'Karin Ek', initials: 'KE' };
const mark = (kind: 'insert' | 'delete') => ({ id: `s-${kind}`, kind, author, createdAt: '2026-11-20T10:15:00+01:00' });

/** "Unga röstar[ sällan] i [Mombasa och ]Uppsala": an insertion and a deletion, in the editor. */
function editor(): Editor {
  const e = createEditor();
  e.children = [{ type: 'paragraph', children: [
    { text: 'Unga röstar' }, { text: ' sällan', suggestion: mark('insert') }, { text: ' i ' }, { text: 'Mombasa och ', suggestion: mark('delete') }, { text: 'Uppsala' },
  ] }] as never;
  return e;
}
const textOf = (e: Editor, r: ReturnType<typeof rangeForOffsets>) => (r ? Editor.string(e, r) : null);

describe('finding offsets in text with suggestions', () => {
  it('count the author’s text: a suggested insertion takes no offsets, a suggested deletion does', () => {
    const e = editor();
    // The author's text is "Unga röstar i Mombasa och Uppsala".
    const author = 'Unga röstar i Mombasa och Uppsala';
    const at = (w: string) => [author.indexOf(w), author.indexOf(w) + w.length] as const;
    expect(textOf(e, rangeForOffsets(e, ...at('röstar')))).toBe('röstar');
    expect(textOf(e, rangeForOffsets(e, ...at('Mombasa')))).toBe('Mombasa');
    expect(textOf(e, rangeForOffsets(e, ...at('Uppsala')))).toBe('Uppsala');
  });

  it('the word limit counts the author’s words only', () => {
    const e = editor();
    const point = pointAfterWords(e, 3)!;
    expect(Node.get(e, point.path)).toMatchObject({ text: 'Mombasa och ' });
    expect(point.offset).toBe(0);
  });

  it('take no line break before a suggested new paragraph or list item, whose text continues the one before', () => {
    const e = createEditor();
    e.children = [
      { type: 'paragraph', children: [{ text: 'Unga ' }] },
      { type: 'paragraph', suggestion: mark('insert'), children: [{ text: 'röstar.' }] },
      { type: 'bulleted-list', children: [
        { type: 'list-item', children: [{ type: 'paragraph', children: [{ text: 'Ett ' }] }] },
        { type: 'list-item', suggestion: mark('insert'), children: [{ type: 'paragraph', children: [{ text: 'två' }] }] },
        { type: 'list-item', suggestion: mark('delete'), children: [{ type: 'paragraph', children: [{ text: 'tre' }] }] },
      ] },
    ] as never;
    // The author's text is "Unga röstar.\nEtt två\ntre".
    const author = 'Unga röstar.\nEtt två\ntre';
    const at = (w: string) => [author.indexOf(w), author.indexOf(w) + w.length] as const;
    expect(textOf(e, rangeForOffsets(e, ...at('röstar')))).toBe('röstar');
    expect(textOf(e, rangeForOffsets(e, ...at('två')))).toBe('två');
    expect(textOf(e, rangeForOffsets(e, ...at('tre')))).toBe('tre');
  });
});

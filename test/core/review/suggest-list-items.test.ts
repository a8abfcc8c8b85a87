import { createEditor, Editor, Node, Transforms, type Operation } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import type { Author } from '../../../core/draft/annotation';
import type { ListItemElement, RichText } from '../../../core/draft/rich-text';
import { fromEditorValue, toEditorValue } from '../../../core/editor/convert';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';
import { sectionChanges } from '../../../core/review/change-list';
import type { SuggestContext } from '../../../core/review/suggest-transforms';
import { keepsAuthorsText } from '../../../core/review/suggestion-ops';
import { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion, suggestionIds } from '../../../core/review/suggestions';
import { withSuggestions } from '../../../core/review/with-suggestions';

const GRETA: Author = { name: 'Greta Granskare', initials: 'GG' };
const KARIN: Author = { name: 'Karin Ek', initials: 'KE' };

const item = (text: string, ...lists: RichText): ListItemElement => ({ type: 'list-item', children: [{ text }, ...(lists as never[])] });
const bullets = (...items: ListItemElement[]): RichText => [{ type: 'bulleted-list', children: items }];
const itemTexts = (v: RichText): string[] => (v[0]!.children as ListItemElement[]).map((i) => Node.string({ type: 'paragraph', children: i.children.filter((c) => !('type' in c && c.type !== 'link')) } as Node));

/** A headless section editor in suggestion mode; the operations it applies are checked by the review lock. */
function suggesting(value: RichText, author: Author = GRETA) {
  let n = 0;
  const ctx: SuggestContext = { author, now: () => new Date('2026-12-04T09:30:00Z'), newId: () => `${author.initials}${++n}` };
  const refused: string[] = [];
  const editor = withSuggestions(withDraftSchema(withHistory(createEditor())), { context: () => ctx, refused: (w) => refused.push(w) });
  editor.children = toEditorValue(value);
  const blocked: Operation[] = [];
  const { apply } = editor;
  editor.apply = (op) => {
    if (!keepsAuthorsText(editor, op)) blocked.push(op);
    apply(op);
  };
  /** The caret `offset` characters into item `i` of the first list. */
  const caret = (i: number, offset: number) => Transforms.select(editor, { path: [0, i, 0, 0], offset });
  const type = (text: string) => [...text].forEach((ch) => editor.insertText(ch));
  return { editor, refused, blocked, caret, type, stored: () => fromEditorValue(editor.children) };
}

describe('suggesting new list items', () => {
  const original = bullets(item('Workshops i Uppsala'), item('Studiebesök i Mombasa'));

  it('Enter in an item suggests a new item, and the text typed in it is the same suggestion; rejected, the list is as it was', () => {
    const s = suggesting(original);
    s.caret(1, 'Studiebesök i Mombasa'.length);
    s.editor.insertBreak();
    s.type('Slutkonferens');
    const v = s.stored();
    expect(s.refused).toEqual([]);
    expect(s.blocked).toEqual([]);
    expect(itemTexts(v)).toEqual(['Workshops i Uppsala', 'Studiebesök i Mombasa', 'Slutkonferens']);
    expect((v[0]!.children[2] as ListItemElement).suggestion).toMatchObject({ id: 'GG1', kind: 'insert', author: GRETA });
    expect(suggestionIds(v)).toEqual(['GG1']);
    expect(sectionChanges('s', v)).toMatchObject([{ id: 'GG1', kind: 'insert', inserted: '¶Slutkonferens' }]);
    expect(rejectAll(v)).toEqual(original);
    expect(rejectSuggestion(v, 'GG1')).toEqual(original);
    expect(acceptAll(v)).toEqual(bullets(item('Workshops i Uppsala'), item('Studiebesök i Mombasa'), item('Slutkonferens')));
    expect(acceptSuggestion(v, 'GG1')).toEqual(acceptAll(v));
  });

  it('Enter in the middle of an item splits it, its sub-list going with the new item; rejected, item and sub-list are whole again', () => {
    const nested = bullets(item('Ett två', ...bullets(item('inre'))), item('Tre'));
    const s = suggesting(nested);
    s.caret(0, 3);
    s.editor.insertBreak();
    const v = s.stored();
    expect(s.blocked).toEqual([]);
    expect(v[0]!.children[1]).toMatchObject({ children: [{ text: ' två' }, { type: 'bulleted-list' }], suggestion: { kind: 'insert' } });
    expect(rejectAll(v)).toEqual(nested);
  });

  it('Enter again in the empty new item takes it back, the caret at the end of the item before', () => {
    const s = suggesting(original);
    s.caret(1, 'Studiebesök i Mombasa'.length);
    s.editor.insertBreak();
    s.editor.insertBreak();
    expect(s.stored()).toEqual(original);
    expect(s.blocked).toEqual([]);
    expect(s.editor.selection!.anchor).toEqual(Editor.end(s.editor, [0, 1]));
  });

  it('Backspace at an item’s start suggests joining it onto the item before; one’s own new item is taken back outright', () => {
    const s = suggesting(original);
    s.caret(1, 0);
    s.editor.deleteBackward('character');
    const v = s.stored();
    expect(s.blocked).toEqual([]);
    expect((v[0]!.children[1] as ListItemElement).suggestion).toMatchObject({ kind: 'delete' });
    expect(acceptAll(v)).toEqual(bullets(item('Workshops i UppsalaStudiebesök i Mombasa')));
    expect(rejectAll(v)).toEqual(original);
    const own = suggesting(original);
    own.caret(0, 9);
    own.editor.insertBreak();
    own.editor.deleteBackward('character');
    expect(own.stored()).toEqual(original);
    expect(own.blocked).toEqual([]);
  });

  it('someone else’s new item is left for the author; the first item of a list has nothing to join', () => {
    const greta = suggesting(original);
    greta.caret(0, 9);
    greta.editor.insertBreak();
    const karin = suggesting(greta.stored(), KARIN);
    karin.caret(1, 0);
    karin.editor.deleteBackward('character');
    karin.caret(0, 0);
    karin.editor.deleteBackward('character');
    expect(karin.stored()).toEqual(greta.stored());
  });

  it('a removal across items marks their text and the break between them, one suggestion', () => {
    const s = suggesting(original);
    Transforms.select(s.editor, { anchor: { path: [0, 0, 0, 0], offset: 9 }, focus: { path: [0, 1, 0, 0], offset: 11 } });
    s.editor.deleteFragment({ direction: 'backward' });
    const v = s.stored();
    expect(s.blocked).toEqual([]);
    expect(suggestionIds(v)).toEqual(['GG1']);
    expect(acceptAll(v)).toEqual(bullets(item('Workshops i Mombasa')));
    expect(rejectAll(v)).toEqual(original);
  });

  it('undoing and redoing a new item and its text keeps to what the review lock lets through', () => {
    const s = suggesting(original);
    s.caret(0, 9);
    s.editor.insertBreak();
    s.type('X');
    const suggested = s.stored();
    s.editor.undo();
    s.editor.undo();
    expect(s.stored()).toEqual(original);
    s.editor.redo();
    s.editor.redo();
    expect(s.stored()).toEqual(suggested);
    expect(s.blocked).toEqual([]);
  });
});

describe('a suggested line break', () => {
  it('Shift+Enter suggests a line break within the paragraph, which the author accepts or rejects as text', () => {
    const s = suggesting([{ type: 'paragraph', children: [{ text: 'Ett två' }] }]);
    Transforms.select(s.editor, { path: [0, 0], offset: 3 });
    s.editor.insertSoftBreak();
    const v = s.stored();
    expect(s.refused).toEqual([]);
    expect(s.blocked).toEqual([]);
    expect(v).toEqual([{ type: 'paragraph', children: [{ text: 'Ett' }, { text: '\n', suggestion: { id: 'GG1', kind: 'insert', author: GRETA, createdAt: '2026-12-04T09:30:00.000Z' } }, { text: ' två' }] }]);
    expect(acceptAll(v)).toEqual([{ type: 'paragraph', children: [{ text: 'Ett\n två' }] }]);
    expect(rejectAll(v)).toEqual([{ type: 'paragraph', children: [{ text: 'Ett två' }] }]);
  });
});

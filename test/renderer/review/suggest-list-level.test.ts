import type { KeyboardEvent } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';
import { initI18n } from '../../../renderer/i18n';
import { handleEditorKey } from '../../../renderer/editor/keys';
import { withLists } from '../../../renderer/editor/with-lists';
import { reviewStore, setRole } from '../../../renderer/review/review-state';
import { appStore } from '../../../renderer/state/app-state';

beforeAll(() => initI18n('sv'));
afterEach(() => setRole('author'));

const p = (text: string) => ({ type: 'paragraph', children: [{ text }] });
const li = (...children: unknown[]) => ({ type: 'list-item', children });
const ul = (...children: unknown[]) => ({ type: 'bulleted-list', children });
const key = (shiftKey: boolean) => ({ key: 'Tab', shiftKey, ctrlKey: false, metaKey: false, altKey: false }) as KeyboardEvent;
const NOTICE = 'Listnivåer kan inte föreslås. Kommentera punkten och skriv vilken nivå den ska ha.';

function list() {
  const editor = withDraftSchema(withLists(createEditor()));
  editor.children = [ul(li(p('a')), li(p('b'), ul(li(p('c'))))), p('efter')] as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

describe('Tab in a list while suggesting', () => {
  for (const role of ['reviewer', 'author'] as const) {
    it(`is refused for the ${role} with a notice saying list levels cannot be suggested; the list stays as it was`, () => {
      setRole(role);
      reviewStore.set({ suggesting: true });
      appStore.set({ notices: [] });
      const editor = list();
      const before = structuredClone(editor.children);
      Transforms.select(editor, Editor.start(editor, [0, 1]));
      expect(handleEditorKey(editor, key(false))).toBe(true);
      Transforms.select(editor, Editor.start(editor, [0, 1, 1, 0]));
      expect(handleEditorKey(editor, key(true))).toBe(true);
      expect(editor.children).toEqual(before);
      expect(appStore.get().notices.map((n) => n.text)).toEqual([NOTICE]);
    });
  }

  it('outside a list Tab is left to the page (it moves on), and without suggestions the author indents as before', () => {
    reviewStore.set({ suggesting: true });
    const editor = list();
    Transforms.select(editor, Editor.start(editor, [1]));
    expect(handleEditorKey(editor, key(false))).toBe(false);
    reviewStore.set({ suggesting: false });
    Transforms.select(editor, Editor.start(editor, [0, 1]));
    expect(handleEditorKey(editor, key(false))).toBe(true);
    expect(editor.children).not.toEqual(list().children);
  });
});

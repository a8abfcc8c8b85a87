import type { KeyboardEvent } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { MAX_LIST_DEPTH } from '../../core/draft/file-format';
import { fromEditorValue } from '../../core/editor/convert';
import { listLevelsWithin } from '../../core/editor/list-depth';
import { withDraftSchema } from '../../core/editor/with-draft-schema';
import { bytesToSave } from '../../electron/services/draft-files';
import { generateDraft } from '../helpers/generate-draft';
import { initI18n } from '../../renderer/i18n';
import { handleEditorKey } from '../../renderer/editor/keys';
import { indentItem } from '../../renderer/editor/lists';
import { withLists } from '../../renderer/editor/with-lists';
import { appStore } from '../../renderer/state/app-state';

beforeAll(() => initI18n('sv'));

const p = (text: string) => ({ type: 'paragraph', children: [{ text }] });
const li = (...children: unknown[]) => ({ type: 'list-item', children });
const ul = (...children: unknown[]) => ({ type: 'bulleted-list', children });
const tab = { key: 'Tab', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false } as KeyboardEvent;

function listOf(count: number) {
  const editor = withDraftSchema(withLists(withHistory(createEditor())));
  editor.children = [ul(...Array.from({ length: count }, (_, i) => li(p(`punkt ${i + 1}`))))] as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

const levels = (editor: Editor) => listLevelsWithin(editor);

describe('Tab in a list stops at the deepest level a draft file holds', () => {
  it('pressing Tab on each new item, 60 times, nests no deeper than MAX_LIST_DEPTH, and the text still saves', () => {
    const editor = listOf(61);
    for (let i = 1; i <= 60; i++) {
      // The next item still at the top level, then Tab as often as there are items: each goes one deeper than the one before.
      Transforms.select(editor, Editor.start(editor, [0, 1]));
      for (let k = 0; k < 60; k++) expect(handleEditorKey(editor, tab)).toBe(true); // Tab stays in the editor
      expect(levels(editor)).toBeLessThanOrEqual(MAX_LIST_DEPTH);
    }
    expect(levels(editor)).toBe(MAX_LIST_DEPTH);
    const draft = { ...generateDraft({ words: 20 }), sections: { summary: fromEditorValue(editor.children) } };
    expect(bytesToSave(draft).ok).toBe(true);
  });

  it('refuses to nest an item whose own nested items would go too deep, and says so once', () => {
    let inner: unknown = li(p('djupast'));
    for (let level = MAX_LIST_DEPTH - 1; level >= 1; level--) inner = li(p(`nivå ${level}`), ul(inner));
    const editor = withDraftSchema(withLists(createEditor()));
    editor.children = [ul(li(p('först')), inner)] as Descendant[];
    Editor.normalize(editor, { force: true });
    const before = structuredClone(editor.children);
    expect(indentItem(editor, [0, 1])).toBe(false);
    expect(editor.children).toEqual(before);
    Transforms.select(editor, Editor.start(editor, [0, 1]));
    appStore.set({ notices: [] });
    for (let k = 0; k < 5; k++) handleEditorKey(editor, tab);
    expect(editor.children).toEqual(before);
    expect(appStore.get().notices.map((n) => n.text)).toEqual([`Listor kan ha högst ${MAX_LIST_DEPTH} nivåer.`]);
  });
});
